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

> 1
Xem lương tối thiểu
Tôi sẽ so sánh lương của bạn với lương tối thiểu của tỉnh nơi bạn làm việc. Lương tối thiểu là mức lương theo giờ thấp nhất mà luật cho phép. Mức này áp dụng cho mọi người lao động, kể cả thực tập sinh kỹ năng.
Bạn muốn kiểm tra lương nào?
[1] Lương hiện nay
[2] Một tháng đã qua

> 1
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

> 9
Tỉnh nào? Hãy bấm vào tên tỉnh, hoặc gõ tên tỉnh (ví dụ Aichi hoặc 愛知).

> Tokyo
Bạn được trả lương theo cách nào?
[1] Theo giờ
[2] Theo ngày
[3] Theo tháng
[4] Theo sản phẩm

> 1
Một giờ bạn được trả bao nhiêu yên? Ví dụ 1100.

> 1000
Số tiền đó có gồm khoản nào dưới đây không? Tiền tăng ca, tiền làm đêm hoặc làm ngày nghỉ; phụ cấp đi lại, phụ cấp gia đình hoặc phụ cấp chuyên cần; tiền thưởng. Các khoản này không được tính khi so với lương tối thiểu.
[1] Có
[2] Không

> 2
Lương tối thiểu ở Tokyo (東京都) vào ngày 2026-11-23 là ¥1,226 một giờ (áp dụng từ 2025-10-03).
Phần lương được tính của bạn là ¥1,000 một giờ.
Như vậy là THẤP HƠN lương tối thiểu ¥226 một giờ. Trả thấp hơn lương tối thiểu là vi phạm pháp luật (Luật Lương tối thiểu, Điều 4; 最低賃金法 第4条). Công ty phải trả phần tiền còn thiếu.
(Số liệu lương tối thiểu tính đến ngày 2026-11-23.)
Đã có đề xuất mức lương tối thiểu mới là ¥1,280 cho năm tài chính FY2026, dự kiến bắt đầu từ 2026-10-01. Có thể mức này đã được áp dụng rồi: hãy hỏi Cục Lao động (労働局) hoặc tư vấn viên.
Bạn có thể làm gì: hãy giữ phiếu lương, hợp đồng và ghi chép số giờ bạn đã làm. Tư vấn viên có thể giúp bạn đòi lại tiền, bằng tiếng của bạn.
[1] Gặp tư vấn viên
[2] Bị thiếu bao nhiêu?
[3] Số điện thoại hỗ trợ
[4] Menu chính

> 3
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

> 東京
Bây giờ đang mở, có nói tiếng của bạn: Yorisoi Hotline, foreign languages (press 2) (よりそいホットライン（外国語 2番）), số điện thoại 0120-279-338 (hằng ngày 10:00–22:00). Tất cả các giờ đều là giờ Nhật Bản.
Các số điện thoại hỗ trợ khác có nói tiếng của bạn (● bây giờ đang mở, ○ bây giờ đang đóng, ? không rõ giờ mở):
○ OTIT native-language consultation for technical intern trainees, Vietnamese: 0120-250-168 (T2–T6 11:00–19:00; nghỉ 12/29–1/3, ngày lễ)
○ Labour Conditions Consultation Hotline, Vietnamese: 0120-531-406 (T4, T6 17:00–22:00; T7 9:00–21:00; nghỉ 12/29–1/3, ngày lễ)
? MHLW consultation dial for foreign workers, Vietnamese: 0570-001-706 (không rõ chắc chắn ngày và giờ mở)
Đường dây nóng tư vấn điều kiện lao động (労働条件相談ほっとライン) — gọi miễn phí, là đường dây của nhà nước cho các vấn đề ở nơi làm việc: 0120-811-610
Giờ Nhật Bản: thứ Hai đến thứ Sáu 17:00–22:00; thứ Bảy, Chủ nhật và ngày lễ 9:00–21:00. Nghỉ từ 12/29 đến 1/3 (tháng/ngày).
Đường dây này trả lời bằng tiếng Nhật, và cũng có đường dây bằng các tiếng khác. Bạn không cần nói tên.
Cục Lao động (労働局) của Tokyo (東京都) là Tokyo Labour Bureau (東京労働局): https://jsite.mhlw.go.jp/tokyo-roudoukyoku/. Ở đó có quầy tư vấn miễn phí (総合労働相談コーナー), bạn có thể đến nói chuyện mà không cần hẹn trước. Số điện thoại có trên trang web đó.
Trước khi gọi điện hoặc đến đó, hãy chuẩn bị sẵn: phiếu lương, hợp đồng, ghi chép số giờ bạn đã làm, và thẻ cư trú (在留カード).
[1] Thẻ cho nhân viên
[2] Gặp tư vấn viên
[3] Menu chính

> 1
Tôi muốn được tư vấn về tiền lương của tôi: tôi nghĩ lương của tôi thấp hơn lương tối thiểu (最低賃金). Ngôn ngữ của tôi là Tiếng Việt. Xin hãy giúp tôi. Nếu có thể, xin cho tôi một phiên dịch viên.
給料について相談したいです。最低賃金より低いと思います。私のことばはベトナム語です。できれば、通訳をお願いします。
Hãy đưa thẻ ở trên cho nhân viên ở Cục Lao động hoặc ở bất kỳ cơ quan nào xem. Thẻ có cùng một nội dung bằng tiếng Nhật và bằng tiếng của bạn.
[1] Menu chính
[2] Gặp tư vấn viên

> /menu
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi

> 3
Xem tiền tăng ca
Làm quá 8 giờ một ngày hoặc quá 40 giờ một tuần là làm tăng ca. Luật quy định tiền tăng ca phải cao hơn lương bình thường ít nhất 25%, và cao hơn 50% cho phần tăng ca vượt quá 60 giờ trong một tháng.
Làm việc trong khoảng từ 22:00 đến 5:00 được trả cao hơn 25%, và làm vào ngày nghỉ hằng tuần (法定休日) được trả cao hơn 35%. Tôi sẽ kiểm tra cho một tháng.
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

> 4
Tỉnh nào? Hãy bấm vào tên tỉnh, hoặc gõ tên tỉnh (ví dụ Aichi hoặc 愛知).
[1] Niigata (新潟県)
[2] Toyama (富山県)
[3] Ishikawa (石川県)
[4] Fukui (福井県)
[5] Yamanashi (山梨県)
[6] Nagano (長野県)
[7] Gifu (岐阜県)
[8] Shizuoka (静岡県)
[9] Aichi (愛知県)

> 愛知
Bạn được trả lương theo cách nào?
[1] Theo giờ
[2] Theo ngày
[3] Theo tháng

> 1
Một giờ bạn được trả bao nhiêu yên? Ví dụ 1100.

> 1100
Tháng này bạn đã làm tăng ca bao nhiêu giờ (phần quá 8 giờ một ngày hoặc quá 40 giờ một tuần)? Nếu không có, hãy viết 0.

> 20
Trong tất cả số giờ bạn làm tháng này, có bao nhiêu giờ nằm trong khoảng từ 22:00 đến 5:00? Nếu không có, hãy viết 0.

> 0
Tháng này bạn đã làm bao nhiêu giờ vào ngày nghỉ hằng tuần? Nếu không có, hãy viết 0.

> 0
Tháng này bạn được trả tổng cộng bao nhiêu yên cho tăng ca, làm đêm và làm ngày nghỉ? Hãy xem phiếu lương (給与明細). Nếu bạn được ¥300 một giờ cho 40 giờ, hãy viết 12000.

> 5000
Lương cơ bản của bạn là ¥1,140 một giờ (không bao giờ tính thấp hơn lương tối thiểu).
Cho những giờ này, bạn phải được nhận ít nhất ¥28,500. Bạn đã nhận ¥5,000: như vậy là thiếu ¥23,500. Điều này vi phạm pháp luật (Luật Tiêu chuẩn Lao động, Điều 37; 労働基準法 第37条).
Hãy giữ phiếu lương và ghi chép số giờ bạn đã làm. Bạn có thể đòi tiền lương chưa được trả trong vòng 3 năm.
[1] Gặp tư vấn viên
[2] Số điện thoại hỗ trợ
[3] Menu chính

> 2
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

> Aichi
Bây giờ đang mở, có nói tiếng của bạn: Yorisoi Hotline, foreign languages (press 2) (よりそいホットライン（外国語 2番）), số điện thoại 0120-279-338 (hằng ngày 10:00–22:00). Tất cả các giờ đều là giờ Nhật Bản.
Các số điện thoại hỗ trợ khác có nói tiếng của bạn (● bây giờ đang mở, ○ bây giờ đang đóng, ? không rõ giờ mở):
○ OTIT native-language consultation for technical intern trainees, Vietnamese: 0120-250-168 (T2–T6 11:00–19:00; nghỉ 12/29–1/3, ngày lễ)
○ Labour Conditions Consultation Hotline, Vietnamese: 0120-531-406 (T4, T6 17:00–22:00; T7 9:00–21:00; nghỉ 12/29–1/3, ngày lễ)
? MHLW consultation dial for foreign workers, Vietnamese: 0570-001-706 (không rõ chắc chắn ngày và giờ mở)
Đường dây nóng tư vấn điều kiện lao động (労働条件相談ほっとライン) — gọi miễn phí, là đường dây của nhà nước cho các vấn đề ở nơi làm việc: 0120-811-610
Giờ Nhật Bản: thứ Hai đến thứ Sáu 17:00–22:00; thứ Bảy, Chủ nhật và ngày lễ 9:00–21:00. Nghỉ từ 12/29 đến 1/3 (tháng/ngày).
Đường dây này trả lời bằng tiếng Nhật, và cũng có đường dây bằng các tiếng khác. Bạn không cần nói tên.
Cục Lao động (労働局) của Aichi (愛知県) là Aichi Labour Bureau (愛知労働局): https://jsite.mhlw.go.jp/aichi-roudoukyoku/. Ở đó có quầy tư vấn miễn phí (総合労働相談コーナー), bạn có thể đến nói chuyện mà không cần hẹn trước. Số điện thoại có trên trang web đó.
Trước khi gọi điện hoặc đến đó, hãy chuẩn bị sẵn: phiếu lương, hợp đồng, ghi chép số giờ bạn đã làm, và thẻ cư trú (在留カード).
[1] Thẻ cho nhân viên
[2] Gặp tư vấn viên
[3] Menu chính

> 1
Tôi muốn được tư vấn về tiền tăng ca (残業代) không được trả đúng. Ngôn ngữ của tôi là Tiếng Việt. Xin hãy giúp tôi. Nếu có thể, xin cho tôi một phiên dịch viên.
残業代が正しく払われていないことについて相談したいです。私のことばはベトナム語です。できれば、通訳をお願いします。
Hãy đưa thẻ ở trên cho nhân viên ở Cục Lao động hoặc ở bất kỳ cơ quan nào xem. Thẻ có cùng một nội dung bằng tiếng Nhật và bằng tiếng của bạn.
[1] Menu chính
[2] Gặp tư vấn viên
