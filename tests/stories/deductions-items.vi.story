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

> 2
Tiền bị trừ lương
Hãy lấy phiếu lương (給与明細) ra. Với mỗi khoản tiền bị trừ vào lương, hãy chọn đó là khoản gì. Tôi sẽ cho bạn biết khoản đó có được phép không và bạn có thể làm gì. Cuối cùng, bạn sẽ nhận được một bản tóm tắt.
Khoản gì bị trừ vào lương của bạn? Hãy chọn một nhóm.
[1] Thuế và bảo hiểm
[2] Nhà ở, ăn, điện nước
[3] Tiền phạt
[4] Các loại phí khác
[5] Khoản khác
[6] Xong: tóm tắt

> 1
Khoản nào? Nếu không có trong danh sách, hãy bấm "Quay lại".
[1] Thuế thu nhập
[2] Thuế cư trú
[3] Bảo hiểm, lương hưu
[4] Bảo hiểm việc làm
[5] Quay lại

> 1
Thuế thu nhập (所得税): ĐƯỢC PHÉP. Luật cho phép công ty trừ khoản này vào lương.
Luật: Labor Standards Act Art. 24; Income Tax Act Art. 183
Thuế thu nhập bị trừ vào lương theo luật.
Bạn nên làm gì: hãy kiểm tra số tiền trên phiếu lương và trong quyết toán cuối năm (年末調整). Nếu thấy sai, hãy hỏi sở thuế hoặc tư vấn viên.
Còn khoản nào khác bị trừ vào lương không?
[1] Có, kiểm tra tiếp
[2] Không, xem tóm tắt
[3] Gặp tư vấn viên

> 1
Khoản gì bị trừ vào lương của bạn? Hãy chọn một nhóm.
[1] Thuế và bảo hiểm
[2] Nhà ở, ăn, điện nước
[3] Tiền phạt
[4] Các loại phí khác
[5] Khoản khác
[6] Xong: tóm tắt

> 2
Khoản nào? Nếu không có trong danh sách, hãy bấm "Quay lại".
[1] Ký túc xá, tiền nhà
[2] Điện, nước, ga
[3] Tiền ăn
[4] Quay lại

> 1
Tiền ký túc xá, tiền nhà (寮費): TÙY ĐIỀU KIỆN. Khoản này chỉ được phép khi đủ điều kiện.
Luật: Labor Standards Act Art. 24; Technical Intern Training Act Regulation Art. 14
Chỉ được phép khi:
Có thỏa thuận bằng văn bản giữa công ty và người lao động (労使協定); bạn đã được giải thích và đã đồng ý; và số tiền không cao hơn chi phí thực tế, hoặc là một số tiền hợp lý (実費に相当する額その他の適正な額).
Cách kiểm tra: hãy đề nghị công ty cho xem thỏa thuận và cách tính số tiền.
Nếu công ty thuê nhà của chủ nhà, số tiền hợp lý là: tiền thuê nhà cộng phí quản lý hoặc phí chung (管理費・共益費), không tính tiền đặt cọc, tiền lễ và phí môi giới nhà, rồi chia cho số người sống ở đó. Đây là cách tính trong quy định cho thực tập sinh kỹ năng và người lao động kỹ năng đặc định. Nếu nhiều người ở chung một phòng mà mỗi người đều trả đủ tiền thuê cả phòng, thì rất có thể là quá nhiều.
Bạn nên làm gì: nếu ở chung phòng, hãy xem trong nhà có bao nhiêu người và mỗi người trả bao nhiêu. Hãy giữ phiếu lương.
Tôi có thể kiểm tra phần tiền nhà của bạn. Công ty có thuê nhà bạn ở từ chủ nhà không (ví dụ một căn hộ)?
[1] Có, nhà đi thuê
[2] Nhà của công ty
[3] Tôi không biết
[4] Bỏ qua

> 1
Tiền thuê một tháng của cả căn nhà là bao nhiêu yên, cộng cả phí quản lý hoặc phí chung (管理費・共益費)? Đừng cộng tiền đặt cọc, tiền lễ hay phí môi giới nhà. Ví dụ 60000.

> 60.000
Có bao nhiêu người sống ở đó, tính cả bạn? Ví dụ 3.

> 3
Mỗi tháng bạn bị trừ bao nhiêu yên tiền phòng? Chỉ tiền nhà, không tính điện, nước, ga.

> 30.000
Số tiền hợp lý là khoảng ¥20,000 một tháng (¥60,000 ÷ 3 người). Lương của bạn bị trừ ¥30,000: nhiều hơn ¥10,000. Như vậy có vẻ là quá nhiều. Hãy đề nghị công ty cho xem hợp đồng thuê nhà và cách tính số tiền của bạn.
Còn khoản nào khác bị trừ vào lương không?
[1] Có, kiểm tra tiếp
[2] Không, xem tóm tắt
[3] Gặp tư vấn viên

> 1
Khoản gì bị trừ vào lương của bạn? Hãy chọn một nhóm.
[1] Thuế và bảo hiểm
[2] Nhà ở, ăn, điện nước
[3] Tiền phạt
[4] Các loại phí khác
[5] Khoản khác
[6] Xong: tóm tắt

> 3
Khoản nào? Nếu không có trong danh sách, hãy bấm "Quay lại".
[1] Lỗi, làm hỏng đồ
[2] Phạt khi nghỉ việc
[3] Phạt nghỉ, đi muộn
[4] Cắt lương kỷ luật
[5] Quay lại

> 2
Tiền phạt khi nghỉ việc (違約金): CÓ VẺ TRÁI LUẬT. Công ty không được trừ khoản này vào lương.
Luật: Labor Standards Act Art. 16; Technical Intern Training Act Art. 47(1)
Tiền phạt khi nghỉ việc, bỏ trốn hoặc vi phạm hợp đồng (違約金) bị cấm. Với thực tập sinh kỹ năng, điều này đúng cả khi hợp đồng là với gia đình bạn, và tiền đặt cọc bảo đảm (保証金) cũng bị cấm.
Bạn nên làm gì: đừng trả. Hãy giữ hợp đồng hoặc giấy tờ liên quan, và nói chuyện với tư vấn viên.
Còn khoản nào khác bị trừ vào lương không?
[1] Có, kiểm tra tiếp
[2] Không, xem tóm tắt
[3] Gặp tư vấn viên

> 1
Khoản gì bị trừ vào lương của bạn? Hãy chọn một nhóm.
[1] Thuế và bảo hiểm
[2] Nhà ở, ăn, điện nước
[3] Tiền phạt
[4] Các loại phí khác
[5] Khoản khác
[6] Xong: tóm tắt

> 3
Khoản nào? Nếu không có trong danh sách, hãy bấm "Quay lại".
[1] Lỗi, làm hỏng đồ
[2] Phạt khi nghỉ việc
[3] Phạt nghỉ, đi muộn
[4] Cắt lương kỷ luật
[5] Quay lại

> 4
Cắt lương để kỷ luật (減給): chỉ được phép khi nội quy lao động (就業規則) có quy định, và chỉ đến mức giới hạn của luật. Chúng ta kiểm tra số tiền nhé.
Luật: Labor Standards Act Art. 91
Bạn bị cắt bao nhiêu yên cho một lần vi phạm? Nếu không biết, hãy viết "bỏ qua".

> 6000
Lương bình quân một ngày (平均賃金) của bạn là bao nhiêu yên? Công ty hoặc tư vấn viên có thể cho bạn biết. Nếu không biết, hãy viết "bỏ qua".

> 10000
Tổng lương của kỳ lương này (thường là một tháng), trước khi trừ, là bao nhiêu yên? Nếu không biết, hãy viết "bỏ qua".

> 200000
Khoản cắt lương này NHIỀU HƠN mức luật cho phép. Có vẻ trái luật.
Cho một lần vi phạm, chỉ được cắt nhiều nhất ¥5,000. Khoản này nhiều hơn.
Trong một kỳ lương, tất cả các khoản cắt cộng lại chỉ được nhiều nhất ¥20,000. Nếu trong cùng kỳ còn bị cắt lần khác, hãy cộng lại và so sánh.
Không được trả lương cho những giờ bạn không làm thì không phải là hình phạt, và không tính ở đây.
Bạn nên làm gì: hãy đề nghị cho xem quy định trong nội quy lao động, và giữ phiếu lương.
Còn khoản nào khác bị trừ vào lương không?
[1] Có, kiểm tra tiếp
[2] Không, xem tóm tắt
[3] Gặp tư vấn viên

> 1
Khoản gì bị trừ vào lương của bạn? Hãy chọn một nhóm.
[1] Thuế và bảo hiểm
[2] Nhà ở, ăn, điện nước
[3] Tiền phạt
[4] Các loại phí khác
[5] Khoản khác
[6] Xong: tóm tắt

> 4
Khoản nào? Nếu không có trong danh sách, hãy bấm "Quay lại".
[1] Phí môi giới, nợ
[2] Phí nghiệp đoàn
[3] Phí giữ hộ chiếu
[4] Vé máy bay về nước
[5] Bắt gửi tiết kiệm
[6] Đồng phục, dụng cụ
[7] Quay lại

> 6
Đồng phục, dụng cụ, thiết bị: TÙY ĐIỀU KIỆN. Khoản này chỉ được phép khi đủ điều kiện.
Luật: Labor Standards Act Art. 24; Labor Standards Act Art. 89
Chỉ được phép khi:
Có thỏa thuận bằng văn bản (労使協定), nội quy lao động (就業規則) ghi rằng người lao động phải trả, và số tiền hợp lý. Đồ bảo hộ an toàn mà luật bắt công ty phải cấp thì không được thu tiền.
Cách kiểm tra: hãy đề nghị cho xem nội quy lao động và thỏa thuận.
Lưu ý: quy định này chưa được xác nhận trong nguồn mà tôi đã kiểm tra. Hãy nhờ tư vấn viên xác nhận.
Đồng phục, dụng cụ và thiết bị chỉ được thu tiền khi đủ các điều kiện trên.
Bạn nên làm gì: hãy giữ hóa đơn và phiếu lương.
Còn khoản nào khác bị trừ vào lương không?
[1] Có, kiểm tra tiếp
[2] Không, xem tóm tắt
[3] Gặp tư vấn viên

> 2
Những khoản bạn đã kiểm tra:
Những khoản có vẻ trái luật:
• Tiền phạt khi nghỉ việc (違約金)
• Cắt lương để kỷ luật (減給)
Những khoản chỉ được phép khi đủ điều kiện. Hãy hỏi công ty hoặc nghiệp đoàn:
• Tiền ký túc xá, tiền nhà (寮費): đề nghị cho xem thỏa thuận bằng văn bản (労使協定), hợp đồng thuê nhà, và số người ở chung.
• Đồng phục, dụng cụ, thiết bị: đề nghị cho xem nội quy lao động (就業規則) và thỏa thuận bằng văn bản. Hãy giữ hóa đơn.
Những khoản được luật cho phép:
• Thuế thu nhập (所得税)
Bây giờ bạn có thể làm: hãy giữ phiếu lương và ghi lại từng số tiền bị trừ. Đừng ký giấy tờ mà bạn không hiểu. Tư vấn viên có thể giúp bạn hỏi và đòi lại tiền, bằng tiếng của bạn.
[1] Gặp tư vấn viên
[2] Số điện thoại hỗ trợ
[3] Kiểm tra khoản khác
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
Tôi muốn được tư vấn về những khoản tiền bị trừ vào lương của tôi (控除). Tôi nghĩ có khoản có thể trái luật. Ngôn ngữ của tôi là Tiếng Việt. Xin hãy giúp tôi. Nếu có thể, xin cho tôi một phiên dịch viên.
給料から引かれているお金（控除）について相談したいです。法律に違反しているものがあると思います。私のことばはベトナム語です。できれば、通訳をお願いします。
Hãy đưa thẻ ở trên cho nhân viên ở Cục Lao động hoặc ở bất kỳ cơ quan nào xem. Thẻ có cùng một nội dung bằng tiếng Nhật và bằng tiếng của bạn.
[1] Menu chính
[2] Gặp tư vấn viên
