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

> /menu
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> 6
Quyền khi làm việc
Bạn đang gặp vấn đề gì? Hãy chọn một.
[1] Bị giữ hộ chiếu
[2] Bị ép về nước
[3] Bạo lực, quấy rối
[4] Mang thai
[5] Không được trả lương
[6] Đổi công ty
[7] Nghỉ phép có lương
[8] Menu chính

> /human
Cảm ơn bạn. Tư vấn viên sẽ trả lời bạn ngay trong cuộc trò chuyện này, sớm nhất có thể.
Bạn có thể tiếp tục viết: mọi tin nhắn bạn gửi đều được giữ lại cho tư vấn viên.
[1] Menu chính

> Tôi không được trả tiền tăng ca.

> Có ai không?

> /menu
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> 4
Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 110 (cảnh sát) hoặc 119 (xe cấp cứu, cứu hỏa). Cả hai số đều miễn phí, gọi được cả ngày lẫn đêm.
Bạn làm việc ở đâu? Hãy chọn vùng của Nhật Bản, hoặc gõ tên tỉnh.
[1] Hokkaido
[2] Tohoku
[3] Kanto (Tokyo)
[4] Chubu (Aichi)
[5] Kinki (Osaka)
[6] Chugoku
[7] Shikoku
[8] Kyushu, Okinawa
[9] Tôi sẽ tự gõ tên
[10] Tôi không biết

> 1
Tỉnh nào? Hãy bấm vào tên tỉnh, hoặc gõ tên tỉnh (ví dụ Aichi hoặc 愛知).
[1] Hokkaido (北海道)

> bỏ qua
Tôi không biết tỉnh này. Hãy viết tên tỉnh, ví dụ Tokyo, Aichi hoặc 愛知.

> @cmd:menu
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi
