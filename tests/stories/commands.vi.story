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

> banana
Xin lỗi, tôi chưa hiểu. Hãy bấm một nút, hoặc gõ số của nút đó.
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> ５
Cảm ơn bạn. Tư vấn viên sẽ trả lời bạn ngay trong cuộc trò chuyện này, sớm nhất có thể.
Bạn có thể tiếp tục viết: mọi tin nhắn bạn gửi đều được giữ lại cho tư vấn viên.
[1] Menu chính

> menu
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> trợ giúp
Cảm ơn bạn. Tư vấn viên sẽ trả lời bạn ngay trong cuộc trò chuyện này, sớm nhất có thể.
Bạn có thể tiếp tục viết: mọi tin nhắn bạn gửi đều được giữ lại cho tư vấn viên.
[1] Menu chính

> /menu
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> /lang
Vui lòng chọn ngôn ngữ của bạn.
[1] English
[2] 日本語
[3] Tiếng Việt
[4] 简体中文
[5] Bahasa Indonesia
[6] Tagalog
[7] မြန်မာဘာသာ
[8] नेपाली
[9] ไทย
[10] ភាសាខ្មែរ

> Tiếng Việt
Được rồi. Từ bây giờ tôi sẽ viết bằng tiếng Việt.
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> /forget
Bạn có muốn tôi xóa hết những gì tôi đã lưu về bạn không? Đó là tin nhắn và câu trả lời của bạn. Sau khi xóa, không thể lấy lại được.
[1] Có
[2] Không

> maybe
Bạn có muốn tôi xóa hết những gì tôi đã lưu về bạn không? Đó là tin nhắn và câu trả lời của bạn. Sau khi xóa, không thể lấy lại được.
[1] Có
[2] Không

> Không
Được rồi. Tôi không xóa gì cả.
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> /forget
Bạn có muốn tôi xóa hết những gì tôi đã lưu về bạn không? Đó là tin nhắn và câu trả lời của bạn. Sau khi xóa, không thể lấy lại được.
[1] Có
[2] Không

> 1
Xong rồi. Tôi đã xóa những gì đã lưu về bạn. Nếu bạn viết lại, chúng ta sẽ bắt đầu lại từ đầu.

> xin chào
Please choose your language.
ことばを選んでください。
Vui lòng chọn ngôn ngữ của bạn.
请选择您的语言。
Silakan pilih bahasa Anda.
Pakipili po ang iyong wika.
ကျေးဇူးပြု၍ သင့်ဘာသာစကားကို ရွေးပါ။
कृपया आफ्नो भाषा छान्नुहोस्।
กรุณาเลือกภาษาของคุณ
សូមជ្រើសរើសភាសារបស់អ្នក។
[1] English
[2] 日本語
[3] Tiếng Việt
[4] 简体中文
[5] Bahasa Indonesia
[6] Tagalog
[7] မြန်မာဘာသာ
[8] नेपाली
[9] ไทย
[10] ភាសាខ្មែរ

> 3
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
