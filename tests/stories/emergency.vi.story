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

> đánh máy ở đâu
Xin lỗi, tôi chưa hiểu. Hãy bấm một nút, hoặc gõ số của nút đó.
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> 1
Xem lương tối thiểu
Tôi sẽ so sánh lương của bạn với lương tối thiểu của tỉnh nơi bạn làm việc. Lương tối thiểu là mức lương theo giờ thấp nhất mà luật cho phép. Mức này áp dụng cho mọi người lao động, kể cả thực tập sinh kỹ năng.
Bạn muốn kiểm tra lương nào?
[1] Lương hiện nay
[2] Một tháng đã qua

> sếp đánh em
Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 110 (cảnh sát) hoặc 119 (xe cấp cứu, cứu hỏa). Cả hai số đều miễn phí, gọi được cả ngày lẫn đêm.
Tôi đã báo cho các tư vấn viên của chúng tôi rằng bạn có thể đang gặp nguy hiểm. Một người thật sẽ trả lời bạn ở đây sớm nhất có thể. Hãy luôn giữ điện thoại bên mình.
Nếu có thể, hãy đến một nơi an toàn: bốt cảnh sát (交番), cửa hàng tiện lợi hoặc nhà ga.
[1] Menu chính

> /menu
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi
