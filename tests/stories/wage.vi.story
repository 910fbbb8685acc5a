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

> 3
Tỉnh nào? Hãy bấm vào tên tỉnh, hoặc gõ tên tỉnh (ví dụ Aichi hoặc 愛知).
[1] Ibaraki (茨城県)
[2] Tochigi (栃木県)
[3] Gunma (群馬県)
[4] Saitama (埼玉県)
[5] Chiba (千葉県)
[6] Tokyo (東京都)
[7] Kanagawa (神奈川県)

> @v:13
Bạn được trả lương theo cách nào?
[1] Theo giờ
[2] Theo ngày
[3] Theo tháng
[4] Theo sản phẩm

> 3
Lương một tháng của bạn là bao nhiêu yên, trước khi trừ thuế và các khoản khác? Ví dụ 180000 hoặc 18万. Bạn có thể xem trên phiếu lương (給与明細).

> 15
Tôi hiểu là: 15. Con số này có vẻ không đúng ở đây. Hãy kiểm tra lại con số và viết lại.

> 180000
Bạn có biết số giờ làm việc quy định mỗi tháng không? Số này có trong hợp đồng hoặc nội quy lao động (所定労働時間).
[1] Có, tôi biết
[2] Không, hãy giúp tôi

> 2
Bình thường một tuần bạn làm mấy ngày? Ví dụ 5.

> 5
Một ngày làm việc bình thường, bạn làm bao nhiêu giờ, không tính giờ nghỉ? Ví dụ 8.

> 8
Như vậy là khoảng 173.33 giờ một tháng (5 ngày × 8 giờ × 52 tuần ÷ 12 tháng). Đây là con số ước tính: hợp đồng của bạn có thể ghi con số chính xác.
Số tiền đó có gồm khoản nào dưới đây không? Tiền tăng ca, tiền làm đêm hoặc làm ngày nghỉ; phụ cấp đi lại, phụ cấp gia đình hoặc phụ cấp chuyên cần; tiền thưởng. Các khoản này không được tính khi so với lương tối thiểu.
[1] Có
[2] Không

> 1
Trong số tiền đó, các khoản này là bao nhiêu yên? Hãy xem phiếu lương (給与明細) và cộng chúng lại. Ví dụ 15000.

> 15000
Lương tối thiểu ở Tokyo (東京都) vào ngày 2026-11-23 là ¥1,226 một giờ (áp dụng từ 2025-10-03).
Phần lương được tính của bạn là ¥951.94 một giờ.
Như vậy là THẤP HƠN lương tối thiểu ¥274.06 một giờ. Trả thấp hơn lương tối thiểu là vi phạm pháp luật (Luật Lương tối thiểu, Điều 4; 最低賃金法 第4条). Công ty phải trả phần tiền còn thiếu.
(Số liệu lương tối thiểu tính đến ngày 2026-11-23.)
Đã có đề xuất mức lương tối thiểu mới là ¥1,280 cho năm tài chính FY2026, dự kiến bắt đầu từ 2026-10-01. Có thể mức này đã được áp dụng rồi: hãy hỏi Cục Lao động (労働局) hoặc tư vấn viên.
Bạn có thể làm gì: hãy giữ phiếu lương, hợp đồng và ghi chép số giờ bạn đã làm. Tư vấn viên có thể giúp bạn đòi lại tiền, bằng tiếng của bạn.
[1] Gặp tư vấn viên
[2] Bị thiếu bao nhiêu?
[3] Số điện thoại hỗ trợ
[4] Menu chính

> 2
Lương của bạn thấp như vậy đã bao nhiêu tháng? Ví dụ 6.

> 6
Mỗi tháng bạn bị trả thiếu khoảng ¥47,502 (¥274.06 một giờ × 173.33 giờ), vậy trong 6 tháng là khoảng ¥285,012. Đây chỉ là ước tính; số tiền thật phụ thuộc vào phiếu lương của bạn.
Bạn có thể đòi tiền lương chưa được trả trong vòng 3 năm, tính từ mỗi ngày trả lương. Hãy giữ phiếu lương và ghi lại số giờ làm việc mỗi ngày.
[1] Gặp tư vấn viên
[2] Số điện thoại hỗ trợ
[3] Menu chính

> /menu
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

> 2
Tháng nào? Hãy viết năm và tháng, ví dụ 2025-08.

> 2025-08
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

> 1300
Số tiền đó có gồm khoản nào dưới đây không? Tiền tăng ca, tiền làm đêm hoặc làm ngày nghỉ; phụ cấp đi lại, phụ cấp gia đình hoặc phụ cấp chuyên cần; tiền thưởng. Các khoản này không được tính khi so với lương tối thiểu.
[1] Có
[2] Không

> 2
Lương tối thiểu ở Tokyo (東京都) vào ngày 2025-08-01 là ¥1,163 một giờ (áp dụng từ 2024-10-01).
Phần lương được tính của bạn là ¥1,300 một giờ. Mức này không thấp hơn lương tối thiểu.
(Số liệu lương tối thiểu tính đến ngày 2026-11-23.)
Từ 2025-10-03, lương tối thiểu ở đây sẽ là ¥1,226 một giờ.
Nếu bạn bị trừ tiền vào lương, hoặc tiền tăng ca không được trả đúng, bạn cũng có thể kiểm tra những việc đó.
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

> 1
Xem lương tối thiểu
Tôi sẽ so sánh lương của bạn với lương tối thiểu của tỉnh nơi bạn làm việc. Lương tối thiểu là mức lương theo giờ thấp nhất mà luật cho phép. Mức này áp dụng cho mọi người lao động, kể cả thực tập sinh kỹ năng.
Bạn muốn kiểm tra lương nào?
[1] Lương hiện nay
[2] Một tháng đã qua

> 2
Tháng nào? Hãy viết năm và tháng, ví dụ 2025-08.

> 2025-08
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

> 1100
Số tiền đó có gồm khoản nào dưới đây không? Tiền tăng ca, tiền làm đêm hoặc làm ngày nghỉ; phụ cấp đi lại, phụ cấp gia đình hoặc phụ cấp chuyên cần; tiền thưởng. Các khoản này không được tính khi so với lương tối thiểu.
[1] Có
[2] Không

> 2
Lương tối thiểu ở Tokyo (東京都) vào ngày 2025-08-01 là ¥1,163 một giờ (áp dụng từ 2024-10-01).
Phần lương được tính của bạn là ¥1,100 một giờ.
Như vậy là THẤP HƠN lương tối thiểu ¥63 một giờ. Trả thấp hơn lương tối thiểu là vi phạm pháp luật (Luật Lương tối thiểu, Điều 4; 最低賃金法 第4条). Công ty phải trả phần tiền còn thiếu.
(Số liệu lương tối thiểu tính đến ngày 2026-11-23.)
Từ 2025-10-03, lương tối thiểu ở đây sẽ là ¥1,226 một giờ.
Bạn có thể làm gì: hãy giữ phiếu lương, hợp đồng và ghi chép số giờ bạn đã làm. Tư vấn viên có thể giúp bạn đòi lại tiền, bằng tiếng của bạn.
[1] Gặp tư vấn viên
[2] Bị thiếu bao nhiêu?
[3] Số điện thoại hỗ trợ
[4] Menu chính

> 2
Lương của bạn thấp như vậy đã bao nhiêu tháng? Ví dụ 6.

> 3
Một tháng bình thường bạn làm bao nhiêu giờ? Ví dụ 170.

> /menu
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

> Osaka
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
Lương tối thiểu ở Osaka (大阪府) vào ngày 2026-11-23 là ¥1,177 một giờ (áp dụng từ 2025-10-16).
Phần lương được tính của bạn là ¥1,000 một giờ.
Như vậy là THẤP HƠN lương tối thiểu ¥177 một giờ. Trả thấp hơn lương tối thiểu là vi phạm pháp luật (Luật Lương tối thiểu, Điều 4; 最低賃金法 第4条). Công ty phải trả phần tiền còn thiếu.
(Số liệu lương tối thiểu tính đến ngày 2026-11-23.)
Đã có đề xuất mức lương tối thiểu mới là ¥1,231 cho năm tài chính FY2026, dự kiến bắt đầu từ 2026-10-01. Có thể mức này đã được áp dụng rồi: hãy hỏi Cục Lao động (労働局) hoặc tư vấn viên.
Bạn có thể làm gì: hãy giữ phiếu lương, hợp đồng và ghi chép số giờ bạn đã làm. Tư vấn viên có thể giúp bạn đòi lại tiền, bằng tiếng của bạn.
[1] Gặp tư vấn viên
[2] Bị thiếu bao nhiêu?
[3] Số điện thoại hỗ trợ
[4] Menu chính

> 2
Lương của bạn thấp như vậy đã bao nhiêu tháng? Ví dụ 6.

> 12
Một tháng bình thường bạn làm bao nhiêu giờ? Ví dụ 170.

> 160
Mỗi tháng bạn bị trả thiếu khoảng ¥28,320 (¥177 một giờ × 160 giờ), vậy trong 12 tháng là khoảng ¥339,840. Đây chỉ là ước tính; số tiền thật phụ thuộc vào phiếu lương của bạn.
Bạn có thể đòi tiền lương chưa được trả trong vòng 3 năm, tính từ mỗi ngày trả lương. Hãy giữ phiếu lương và ghi lại số giờ làm việc mỗi ngày.
[1] Gặp tư vấn viên
[2] Số điện thoại hỗ trợ
[3] Menu chính

> /menu
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

> 2
Tháng nào? Hãy viết năm và tháng, ví dụ 2025-08.

> 2024-01
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

> Osaka
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
Tôi không có số liệu lương tối thiểu cho ngày đó. Số liệu của tôi bắt đầu từ 2024-10-01. Tư vấn viên hoặc Cục Lao động (労働局) có thể cho bạn biết.
[1] Gặp tư vấn viên
[2] Số điện thoại hỗ trợ
[3] Menu chính
