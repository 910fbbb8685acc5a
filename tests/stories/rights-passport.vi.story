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

> 1
Hộ chiếu và thẻ cư trú (在留カード) là của bạn. Với thực tập sinh kỹ năng, luật rất rõ: công ty và nghiệp đoàn không được giữ các giấy tờ đó (Luật Thực tập Kỹ năng, Điều 48 khoản 1; 技能実習法 第48条第1項). Thu phí giữ giấy tờ cũng bị cấm.
Với người lao động khác, ví dụ lao động kỹ năng đặc định, quy định này chưa được xác nhận trong các nguồn tôi đã kiểm tra. Tư vấn viên có thể cho bạn biết quy định nào áp dụng cho bạn.
Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 110 (cảnh sát) hoặc 119 (xe cấp cứu, cứu hỏa). Cả hai số đều miễn phí, gọi được cả ngày lẫn đêm.
Bạn có thể làm: hãy đòi lại hộ chiếu và thẻ. Hãy ghi lại bạn đã hỏi khi nào, hỏi ai, và họ đã nói gì. Nếu họ từ chối hoặc đe dọa bạn, hãy nói chuyện với tư vấn viên ngay.
[1] Gặp tư vấn viên ngay
[2] Số điện thoại hỗ trợ
[3] Quyền khác
[4] Menu chính

> 1
Tôi đã đề nghị các tư vấn viên trả lời bạn trước. Một người thật sẽ viết cho bạn ở đây sớm nhất có thể.
Bạn có thể tiếp tục viết: mọi tin nhắn bạn gửi đều được giữ lại cho tư vấn viên.
[1] Menu chính
