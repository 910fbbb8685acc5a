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

> 4
Nếu bạn đang mang thai: luật ở Nhật bảo vệ người lao động đang mang thai. Điều này cũng đúng với người nước ngoài và thực tập sinh kỹ năng. Bạn không nên bị đuổi việc hay bị đưa về nước vì mang thai.
Các nguồn tôi đã kiểm tra chưa ghi rõ luật nào và điều nào cho việc này. Tư vấn viên có thể cho bạn biết luật nào bảo vệ bạn, và giúp bạn dùng luật đó.
Nếu bạn bị bảo phải nghỉ việc, phải về nước, hoặc không được ở lại vì mang thai: đừng ký gì cả và đừng đồng ý vội. Hãy nói chuyện với tư vấn viên trước. Hãy giữ gìn sức khỏe: hãy đi khám bác sĩ.
[1] Gặp tư vấn viên ngay
[2] Số điện thoại hỗ trợ
[3] Quyền khác
[4] Menu chính

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

> 10
Bây giờ đang mở, có nói tiếng của bạn: Yorisoi Hotline, foreign languages (press 2) (よりそいホットライン（外国語 2番）), số điện thoại 0120-279-338 (hằng ngày 10:00–22:00). Tất cả các giờ đều là giờ Nhật Bản.
Các số điện thoại hỗ trợ khác có nói tiếng của bạn (● bây giờ đang mở, ○ bây giờ đang đóng, ? không rõ giờ mở):
○ OTIT native-language consultation for technical intern trainees, Vietnamese: 0120-250-168 (T2–T6 11:00–19:00; nghỉ 12/29–1/3, ngày lễ)
○ Labour Conditions Consultation Hotline, Vietnamese: 0120-531-406 (T4, T6 17:00–22:00; T7 9:00–21:00; nghỉ 12/29–1/3, ngày lễ)
? MHLW consultation dial for foreign workers, Vietnamese: 0570-001-706 (không rõ chắc chắn ngày và giờ mở)
Đường dây nóng tư vấn điều kiện lao động (労働条件相談ほっとライン) — gọi miễn phí, là đường dây của nhà nước cho các vấn đề ở nơi làm việc: 0120-811-610
Giờ Nhật Bản: thứ Hai đến thứ Sáu 17:00–22:00; thứ Bảy, Chủ nhật và ngày lễ 9:00–21:00. Nghỉ từ 12/29 đến 1/3 (tháng/ngày).
Đường dây này trả lời bằng tiếng Nhật, và cũng có đường dây bằng các tiếng khác. Bạn không cần nói tên.
Trước khi gọi điện hoặc đến đó, hãy chuẩn bị sẵn: phiếu lương, hợp đồng, ghi chép số giờ bạn đã làm, và thẻ cư trú (在留カード).
[1] Thẻ cho nhân viên
[2] Gặp tư vấn viên
[3] Menu chính

> 1
Tôi muốn được tư vấn về vấn đề này ở nơi làm việc:
Việc mang thai và công việc của tôi.
Ngôn ngữ của tôi là Tiếng Việt. Xin hãy giúp tôi. Nếu có thể, xin cho tôi một phiên dịch viên.
次の仕事の問題について相談したいです：
妊娠と仕事のこと。
私のことばはベトナム語です。できれば、通訳をお願いします。
Hãy đưa thẻ ở trên cho nhân viên ở Cục Lao động hoặc ở bất kỳ cơ quan nào xem. Thẻ có cùng một nội dung bằng tiếng Nhật và bằng tiếng của bạn.
[1] Menu chính
[2] Gặp tư vấn viên
