lang: vi
at: 2026-11-28 09:30

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

> 5
Tỉnh nào? Hãy bấm vào tên tỉnh, hoặc gõ tên tỉnh (ví dụ Aichi hoặc 愛知).
[1] Mie (三重県)
[2] Shiga (滋賀県)
[3] Kyoto (京都府)
[4] Osaka (大阪府)
[5] Hyogo (兵庫県)
[6] Nara (奈良県)
[7] Wakayama (和歌山県)

> 7
Bây giờ đang mở, có nói tiếng của bạn: Labour Conditions Consultation Hotline, Vietnamese (労働条件相談ほっとライン（ベトナム語）), số điện thoại 0120-531-406 (T4, T6 17:00–22:00; T7 9:00–21:00; nghỉ 12/29–1/3, ngày lễ). Tất cả các giờ đều là giờ Nhật Bản.
Số điện thoại này chỉ có từ một nguồn không chính thức, nên tôi không chắc nó còn đúng. Nếu không có ai trả lời, hãy gọi đường dây của nhà nước ở bên dưới.
Các số điện thoại hỗ trợ khác có nói tiếng của bạn (● bây giờ đang mở, ○ bây giờ đang đóng, ? không rõ giờ mở):
○ Yorisoi Hotline, foreign languages (press 2): 0120-279-338 (hằng ngày 10:00–22:00)
○ OTIT native-language consultation for technical intern trainees, Vietnamese: 0120-250-168 (T2–T6 11:00–19:00; nghỉ 12/29–1/3, ngày lễ)
? MHLW consultation dial for foreign workers, Vietnamese: 0570-001-706 (không rõ chắc chắn ngày và giờ mở)
Đường dây nóng tư vấn điều kiện lao động (労働条件相談ほっとライン) — gọi miễn phí, là đường dây của nhà nước cho các vấn đề ở nơi làm việc: 0120-811-610
Giờ Nhật Bản: thứ Hai đến thứ Sáu 17:00–22:00; thứ Bảy, Chủ nhật và ngày lễ 9:00–21:00. Nghỉ từ 12/29 đến 1/3 (tháng/ngày).
Đường dây này trả lời bằng tiếng Nhật, và cũng có đường dây bằng các tiếng khác. Bạn không cần nói tên.
Cục Lao động (労働局) của Wakayama (和歌山県) là Wakayama Labour Bureau (和歌山労働局): https://jsite.mhlw.go.jp/wakayama-roudoukyoku/. Ở đó có quầy tư vấn miễn phí (総合労働相談コーナー), bạn có thể đến nói chuyện mà không cần hẹn trước. Số điện thoại có trên trang web đó.
Trước khi gọi điện hoặc đến đó, hãy chuẩn bị sẵn: phiếu lương, hợp đồng, ghi chép số giờ bạn đã làm, và thẻ cư trú (在留カード).
[1] Thẻ cho nhân viên
[2] Gặp tư vấn viên
[3] Menu chính

> 2
Cảm ơn bạn. Tư vấn viên sẽ trả lời bạn ngay trong cuộc trò chuyện này, sớm nhất có thể.
Bạn có thể tiếp tục viết: mọi tin nhắn bạn gửi đều được giữ lại cho tư vấn viên.
[1] Menu chính
