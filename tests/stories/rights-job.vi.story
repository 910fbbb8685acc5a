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

> 6
Tôi có thể chuyển sang công ty khác không?
Thực tập sinh kỹ năng: chỉ được trong một số trường hợp. Các nguồn tôi đã kiểm tra chưa liệt kê các trường hợp đó, nên trước khi bỏ việc, hãy hỏi tư vấn viên hoặc OTIT (Cơ quan Thực tập Kỹ năng).
Lao động kỹ năng đặc định: quy định về việc đổi công ty chưa có trong các nguồn tôi đã kiểm tra. Hãy hỏi tư vấn viên trước khi nghỉ việc.
Từ 2027-04-01, một chế độ mới là “Lao động phát triển kỹ năng” (育成就労, Ikusei Shuro) sẽ thay thế chế độ thực tập kỹ năng. Trong chế độ mới:
• Nếu bị bạo hành, quấy rối, hoặc có lý do khác khiến bạn không thể ở lại, bạn sẽ được đổi công ty trong nhiều trường hợp hơn.
• Bạn cũng có thể đổi theo ý muốn của mình, trong cùng ngành, sau một thời gian quy định ở công ty đầu tiên, nếu bạn đỗ kỳ thi kỹ năng và tiếng Nhật.
• Việc đổi công ty phải qua cơ quan công, ví dụ Hello Work, không qua công ty môi giới việc làm tư nhân.
• Phí trả cho công ty phái cử sẽ có mức trần.
Chưa được xác nhận trong nguồn của tôi: mỗi ngành phải ở công ty đầu tiên bao lâu, mỗi ngành cần trình độ tiếng Nhật nào, và mức trần của phí là bao nhiêu. Trước 2027-04-01, những điều này chưa áp dụng. Hãy hỏi tư vấn viên xem điều này có ý nghĩa gì với bạn.
Bây giờ bạn muốn làm gì?
[1] Gặp tư vấn viên
[2] Số điện thoại hỗ trợ
[3] Quyền khác
[4] Menu chính

> 3
Bạn đang gặp vấn đề gì? Hãy chọn một.
[1] Bị giữ hộ chiếu
[2] Bị ép về nước
[3] Bạo lực, quấy rối
[4] Mang thai
[5] Không được trả lương
[6] Đổi công ty
[7] Nghỉ phép có lương
[8] Menu chính

> 8
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi
