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

> 5
Tiền lương phải được trả đủ, bằng tiền, trực tiếp cho bạn, ít nhất mỗi tháng một lần vào một ngày cố định (Luật Tiêu chuẩn Lao động, Điều 24; 労働基準法 第24条).
Bạn có thể đòi tiền lương chưa được trả trong vòng 3 năm, tính từ mỗi ngày trả lương. Hãy giữ phiếu lương và hợp đồng, và ghi lại số giờ làm việc mỗi ngày.
Tôi có thể cùng bạn kiểm tra tiền lương, hoặc bạn có thể nói chuyện với một người thật.
[1] Lương có quá thấp?
[2] Tiền tăng ca
[3] Tiền bị trừ lương
[4] Gặp tư vấn viên
[5] Số điện thoại hỗ trợ
[6] Quyền khác

> 1
Xem lương tối thiểu
Tôi sẽ so sánh lương của bạn với lương tối thiểu của tỉnh nơi bạn làm việc. Lương tối thiểu là mức lương theo giờ thấp nhất mà luật cho phép. Mức này áp dụng cho mọi người lao động, kể cả thực tập sinh kỹ năng.
Bạn muốn kiểm tra lương nào?
[1] Lương hiện nay
[2] Một tháng đã qua
