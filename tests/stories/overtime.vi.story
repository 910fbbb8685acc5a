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

> Aichi
Bạn được trả lương theo cách nào?
[1] Theo giờ
[2] Theo ngày
[3] Theo tháng

> 3
Lương một tháng của bạn là bao nhiêu yên, trước khi trừ thuế và các khoản khác? Ví dụ 180000 hoặc 18万. Bạn có thể xem trên phiếu lương (給与明細).

> 200000
Bạn có biết số giờ làm việc quy định mỗi tháng không? Số này có trong hợp đồng hoặc nội quy lao động (所定労働時間).
[1] Có, tôi biết
[2] Không, hãy giúp tôi

> 1
Mỗi tháng có bao nhiêu giờ làm việc quy định? Ví dụ 160.

> 160
Tháng này bạn đã làm tăng ca bao nhiêu giờ (phần quá 8 giờ một ngày hoặc quá 40 giờ một tuần)? Nếu không có, hãy viết 0.

> 40
Trong tất cả số giờ bạn làm tháng này, có bao nhiêu giờ nằm trong khoảng từ 22:00 đến 5:00? Nếu không có, hãy viết 0.

> 0
Tháng này bạn đã làm bao nhiêu giờ vào ngày nghỉ hằng tuần? Nếu không có, hãy viết 0.

> 0
Tháng này bạn được trả tổng cộng bao nhiêu yên cho tăng ca, làm đêm và làm ngày nghỉ? Hãy xem phiếu lương (給与明細). Nếu bạn được ¥300 một giờ cho 40 giờ, hãy viết 12000.

> 12000
Lương cơ bản của bạn là ¥1,250 một giờ (không bao giờ tính thấp hơn lương tối thiểu).
Cho những giờ này, bạn phải được nhận ít nhất ¥62,500. Bạn đã nhận ¥12,000: như vậy là thiếu ¥50,500. Điều này vi phạm pháp luật (Luật Tiêu chuẩn Lao động, Điều 37; 労働基準法 第37条).
Hãy giữ phiếu lương và ghi chép số giờ bạn đã làm. Bạn có thể đòi tiền lương chưa được trả trong vòng 3 năm.
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

> 8
Tỉnh nào? Hãy bấm vào tên tỉnh, hoặc gõ tên tỉnh (ví dụ Aichi hoặc 愛知).
[1] Fukuoka (福岡県)
[2] Saga (佐賀県)
[3] Nagasaki (長崎県)
[4] Kumamoto (熊本県)
[5] Oita (大分県)
[6] Miyazaki (宮崎県)
[7] Kagoshima (鹿児島県)
[8] Okinawa (沖縄県)

> @v:40
Bạn được trả lương theo cách nào?
[1] Theo giờ
[2] Theo ngày
[3] Theo tháng

> 1
Một giờ bạn được trả bao nhiêu yên? Ví dụ 1100.

> 1200
Tháng này bạn đã làm tăng ca bao nhiêu giờ (phần quá 8 giờ một ngày hoặc quá 40 giờ một tuần)? Nếu không có, hãy viết 0.

> 50
Trong tất cả số giờ bạn làm tháng này, có bao nhiêu giờ nằm trong khoảng từ 22:00 đến 5:00? Nếu không có, hãy viết 0.

> 10
Tháng này bạn đã làm bao nhiêu giờ vào ngày nghỉ hằng tuần? Nếu không có, hãy viết 0.

> 8
Tháng này bạn được trả tổng cộng bao nhiêu yên cho tăng ca, làm đêm và làm ngày nghỉ? Hãy xem phiếu lương (給与明細). Nếu bạn được ¥300 một giờ cho 40 giờ, hãy viết 12000.

> 100000
Như vậy là hơn 45 giờ tăng ca trong một tháng. Điều này chỉ được phép khi nơi làm việc của bạn có thỏa thuận đặc biệt, và chỉ trong một số tháng mỗi năm. Hãy hỏi tư vấn viên.
Lương cơ bản của bạn là ¥1,200 một giờ. Cho những giờ này, luật yêu cầu ít nhất ¥90,960, và bạn đã nhận ¥100,000. Như vậy là đủ.
[1] Menu chính
[2] Gặp tư vấn viên

> @cmd:menu
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

> 2
Một ngày bạn được trả bao nhiêu yên? Ví dụ 9000.

> 10000
Một ngày làm việc bình thường, bạn làm bao nhiêu giờ, không tính giờ nghỉ? Ví dụ 8.

> 8
Tháng này bạn đã làm tăng ca bao nhiêu giờ (phần quá 8 giờ một ngày hoặc quá 40 giờ một tuần)? Nếu không có, hãy viết 0.

> 95
Trong tất cả số giờ bạn làm tháng này, có bao nhiêu giờ nằm trong khoảng từ 22:00 đến 5:00? Nếu không có, hãy viết 0.

> 0
Tháng này bạn đã làm bao nhiêu giờ vào ngày nghỉ hằng tuần? Nếu không có, hãy viết 0.

> 10
Tháng này bạn được trả tổng cộng bao nhiêu yên cho tăng ca, làm đêm và làm ngày nghỉ? Hãy xem phiếu lương (給与明細). Nếu bạn được ¥300 một giờ cho 40 giờ, hãy viết 12000.

> 500000
Tháng này, giờ tăng ca và giờ làm ngày nghỉ của bạn cộng lại là 100 giờ hoặc hơn. Trong mọi trường hợp, điều này đều vi phạm pháp luật (Luật Tiêu chuẩn Lao động, Điều 36; 労働基準法 第36条). Việc này cũng nguy hiểm cho sức khỏe của bạn.
Lương cơ bản của bạn là ¥1,250 một giờ. Cho những giờ này, luật yêu cầu ít nhất ¥176,250, và bạn đã nhận ¥500,000. Như vậy là đủ.
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
