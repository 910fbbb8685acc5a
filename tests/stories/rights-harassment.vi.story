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

> 3
Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 110 (cảnh sát) hoặc 119 (xe cấp cứu, cứu hỏa). Cả hai số đều miễn phí, gọi được cả ngày lẫn đêm.
Với thực tập sinh kỹ năng, luật cấm ép bạn làm việc bằng bạo lực, đe dọa hoặc nhốt bạn lại (Luật Thực tập Kỹ năng, Điều 46; 技能実習法 第46条). Luật cũng cấm hạn chế vô lý việc bạn đi ra ngoài và đời sống riêng của bạn (Luật Thực tập Kỹ năng, Điều 48 khoản 2; 技能実習法 第48条第2項).
Hãy ghi lại chuyện đã xảy ra: ngày, nơi, ai đã làm, họ đã nói gì hoặc làm gì. Hãy giữ ảnh, tin nhắn và giấy tờ của bác sĩ. La mắng, xúc phạm, bắt nạt và quấy rối tình dục cũng là vấn đề: bạn không phải chịu đựng một mình.
Nếu bây giờ bạn đang gặp nguy hiểm, hãy bấm "Tôi đang gặp nguy hiểm": tư vấn viên sẽ trả lời bạn trước. Nếu không, một người thật có thể giúp bạn quyết định nên làm gì.
[1] Tôi đang gặp nguy hiểm
[2] Gặp tư vấn viên
[3] Số điện thoại hỗ trợ
[4] Quyền khác
[5] Menu chính

> 1
Tôi đã báo cho các tư vấn viên của chúng tôi rằng bạn có thể đang gặp nguy hiểm. Một người thật sẽ trả lời bạn ở đây sớm nhất có thể. Hãy luôn giữ điện thoại bên mình.
Nếu có thể, hãy đến một nơi an toàn: bốt cảnh sát (交番), cửa hàng tiện lợi hoặc nhà ga.
[1] Menu chính
