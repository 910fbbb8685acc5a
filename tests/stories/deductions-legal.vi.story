lang: vi

> /start
Xin chào. Tôi là sodan, trợ lý miễn phí và giữ bí mật, dành cho người nước ngoài đang làm việc ở Nhật Bản.
Tôi có thể kiểm tra tiền lương của bạn, tiền bị trừ vào lương, và tiền tăng ca. Tôi cũng chỉ cho bạn nơi có thể nhận giúp đỡ bằng tiếng của bạn.
Tôi không nói gì với công ty hay nghiệp đoàn của bạn.
Lúc nào bạn cũng có thể gõ /menu để quay lại đây, /human để nói chuyện với người thật, và /lang để đổi ngôn ngữ.
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> 2
Tiền bị trừ lương
Hãy lấy phiếu lương (給与明細) ra. Với mỗi khoản tiền bị trừ vào lương, hãy chọn đó là khoản gì. Tôi sẽ cho bạn biết khoản đó có được phép không và bạn có thể làm gì. Cuối cùng, bạn sẽ nhận được một bản tóm tắt.
Khoản gì bị trừ vào lương của bạn? Hãy chọn một nhóm.
[1] Thuế và bảo hiểm
[2] Nhà ở, ăn, điện nước
[3] Tiền phạt
[4] Các loại phí khác
[5] Khoản khác
[6] Xong: tóm tắt

> 6
Bạn chưa chọn khoản nào. Nếu bạn không hiểu một dòng trên phiếu lương, tư vấn viên có thể giúp bạn.
[1] Menu chính
[2] Gặp tư vấn viên

> 1
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> 2
Tiền bị trừ lương
Hãy lấy phiếu lương (給与明細) ra. Với mỗi khoản tiền bị trừ vào lương, hãy chọn đó là khoản gì. Tôi sẽ cho bạn biết khoản đó có được phép không và bạn có thể làm gì. Cuối cùng, bạn sẽ nhận được một bản tóm tắt.
Khoản gì bị trừ vào lương của bạn? Hãy chọn một nhóm.
[1] Thuế và bảo hiểm
[2] Nhà ở, ăn, điện nước
[3] Tiền phạt
[4] Các loại phí khác
[5] Khoản khác
[6] Xong: tóm tắt

> 1
Khoản nào? Nếu không có trong danh sách, hãy bấm "Quay lại".
[1] Thuế thu nhập
[2] Thuế cư trú
[3] Bảo hiểm, lương hưu
[4] Bảo hiểm việc làm
[5] Quay lại

> 4
Bảo hiểm việc làm (雇用保険): ĐƯỢC PHÉP. Luật cho phép công ty trừ khoản này vào lương.
Luật: Labor Standards Act Art. 24; Labour Insurance Premium Collection Act Art. 32
Bảo hiểm việc làm (雇用保険) bị trừ theo luật.
Bạn nên làm gì: không cần làm gì, nhưng hãy giữ phiếu lương: phiếu lương cho thấy bạn đã có bảo hiểm.
Còn khoản nào khác bị trừ vào lương không?
[1] Có, kiểm tra tiếp
[2] Không, xem tóm tắt
[3] Gặp tư vấn viên

> 2
Những khoản bạn đã kiểm tra:
Những khoản được luật cho phép:
• Bảo hiểm việc làm (雇用保険)
Tất cả các khoản bạn đã kiểm tra đều được luật cho phép. Dù vậy, hãy kiểm tra số tiền trên phiếu lương mỗi tháng.
[1] Menu chính
[2] Gặp tư vấn viên
