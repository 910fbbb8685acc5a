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

> 7
Nghỉ phép có lương (年次有給休暇): tôi chưa có thông tin đã kiểm tra về số ngày bạn được nghỉ và khi nào được nghỉ. Tư vấn viên hoặc đường dây điện thoại có thể cho bạn biết. Hãy ghi lại những ngày bạn làm và những ngày bạn nghỉ.
Một quy định tôi có thể cho bạn biết: khi giờ tăng ca của bạn hơn 60 giờ trong một tháng, công ty chỉ được cho bạn nghỉ có lương thay cho một phần tiền tăng ca thêm khi có thỏa thuận bằng văn bản ở nơi làm việc, và chỉ khi bạn chọn như vậy (Luật Tiêu chuẩn Lao động, Điều 37 khoản 3; 労働基準法 第37条第3項).
Bây giờ bạn muốn làm gì?
[1] Gặp tư vấn viên
[2] Số điện thoại hỗ trợ
[3] Tiền tăng ca
[4] Quyền khác
[5] Menu chính

> 1
Cảm ơn bạn. Tư vấn viên sẽ trả lời bạn ngay trong cuộc trò chuyện này, sớm nhất có thể.
Bạn có thể tiếp tục viết: mọi tin nhắn bạn gửi đều được giữ lại cho tư vấn viên.
[1] Menu chính
