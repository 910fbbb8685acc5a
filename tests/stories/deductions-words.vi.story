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

> 5
Hãy viết ngắn gọn khoản bị trừ là gì, ví dụ như chữ ghi trên phiếu lương: "ký túc xá", "寮費" hoặc "phạt đi muộn".

> tiền điện
Tôi nghĩ đây là: Tiền điện, nước, ga (水道光熱費).
Tiền điện, nước, ga (水道光熱費): TÙY ĐIỀU KIỆN. Khoản này chỉ được phép khi đủ điều kiện.
Luật: Labor Standards Act Art. 24; Technical Intern Training Act Regulation Art. 14
Chỉ được phép khi:
Có thỏa thuận bằng văn bản (労使協定), bạn đồng ý, và chỉ theo chi phí thực tế.
Cách kiểm tra: hãy đề nghị cho xem hóa đơn.
Điện, nước, ga chỉ được trừ theo chi phí thực tế. Cách thường dùng là chia hóa đơn thật cho những người sống ở đó, nhưng cách chia này chưa được xác nhận trong nguồn của tôi.
Bạn nên làm gì: hãy giữ phiếu lương, và ghi lại số tiền bị trừ mỗi tháng.
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

> 5
Hãy viết ngắn gọn khoản bị trừ là gì, ví dụ như chữ ghi trên phiếu lương: "ký túc xá", "寮費" hoặc "phạt đi muộn".

> ký túc xá và tiền điện
Lời bạn viết hợp với nhiều loại: Tiền ký túc xá, tiền nhà (寮費), Tiền điện, nước, ga (水道光熱費). Chúng ta kiểm tra từng khoản một nhé. Hãy chọn nhóm của khoản đầu tiên.
Khoản gì bị trừ vào lương của bạn? Hãy chọn một nhóm.
[1] Thuế và bảo hiểm
[2] Nhà ở, ăn, điện nước
[3] Tiền phạt
[4] Các loại phí khác
[5] Khoản khác
[6] Xong: tóm tắt

> 5
Hãy viết ngắn gọn khoản bị trừ là gì, ví dụ như chữ ghi trên phiếu lương: "ký túc xá", "寮費" hoặc "phạt đi muộn".

> phí câu lạc bộ
Tôi không biết đây là loại tiền bị trừ nào. Tôi sẽ giữ lời bạn viết trong bản tóm tắt, để tư vấn viên có thể xem.
[1] Chọn trong danh sách
[2] Viết lại
[3] Xong: tóm tắt
[4] Gặp tư vấn viên

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

> 2
Nếu nhà là của công ty, số tiền phải là số mà công ty giải thích được từ chi phí xây nhà, số năm sử dụng được, và số người sống ở đó. Hãy đề nghị công ty giải thích cách tính.
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

> 3
Hãy hỏi công ty: nhà bạn ở có phải đi thuê của chủ nhà không? Nếu có, số tiền hợp lý là tiền thuê nhà cộng phí quản lý hoặc phí chung, không tính tiền đặt cọc, tiền lễ và phí môi giới nhà, rồi chia cho số người sống ở đó. Hãy đề nghị cho xem hợp đồng thuê nhà.
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

> 50000
Có bao nhiêu người sống ở đó, tính cả bạn? Ví dụ 3.

> 2
Mỗi tháng bạn bị trừ bao nhiêu yên tiền phòng? Chỉ tiền nhà, không tính điện, nước, ga.

> 20000
Số tiền hợp lý là khoảng ¥25,000 một tháng (¥50,000 ÷ 2 người). Lương của bạn bị trừ ¥20,000: không nhiều hơn. Nhưng khoản này vẫn chỉ được phép khi có thỏa thuận bằng văn bản (労使協定).
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

> không biết
Lương bình quân một ngày (平均賃金) của bạn là bao nhiêu yên? Công ty hoặc tư vấn viên có thể cho bạn biết. Nếu không biết, hãy viết "bỏ qua".

> không biết
Tổng lương của kỳ lương này (thường là một tháng), trước khi trừ, là bao nhiêu yên? Nếu không biết, hãy viết "bỏ qua".

> 200000
Tôi không so sánh được khoản cắt lương này với các giới hạn. Nó chỉ được phép khi nội quy lao động (就業規則) có quy định, và chỉ đến mức giới hạn.
Giới hạn cho một lần vi phạm: tôi cần biết số tiền bị cắt và lương bình quân một ngày của bạn.
Trong một kỳ lương, tất cả các khoản cắt cộng lại chỉ được nhiều nhất ¥20,000.
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

> 3000
Lương bình quân một ngày (平均賃金) của bạn là bao nhiêu yên? Công ty hoặc tư vấn viên có thể cho bạn biết. Nếu không biết, hãy viết "bỏ qua".

> 10000
Tổng lương của kỳ lương này (thường là một tháng), trước khi trừ, là bao nhiêu yên? Nếu không biết, hãy viết "bỏ qua".

> 200000
Khoản cắt lương này nằm trong các giới hạn mà tôi kiểm tra được. Nhưng nó vẫn chỉ được phép khi nội quy lao động (就業規則) có quy định.
Cho một lần vi phạm, chỉ được cắt nhiều nhất ¥5,000. Khoản này không nhiều hơn.
Trong một kỳ lương, tất cả các khoản cắt cộng lại chỉ được nhiều nhất ¥20,000. Nếu trong cùng kỳ còn bị cắt lần khác, hãy cộng lại và so sánh.
Không được trả lương cho những giờ bạn không làm thì không phải là hình phạt, và không tính ở đây.
Bạn nên làm gì: hãy đề nghị cho xem quy định trong nội quy lao động, và giữ phiếu lương.
Còn khoản nào khác bị trừ vào lương không?
[1] Có, kiểm tra tiếp
[2] Không, xem tóm tắt
[3] Gặp tư vấn viên

> 2
Những khoản bạn đã kiểm tra:
Những khoản chỉ được phép khi đủ điều kiện. Hãy hỏi công ty hoặc nghiệp đoàn:
• Tiền điện, nước, ga (水道光熱費): đề nghị cho xem hóa đơn, và cách chia cho những người sống ở đó.
• Tiền ký túc xá, tiền nhà (寮費): đề nghị cho xem thỏa thuận bằng văn bản (労使協定), hợp đồng thuê nhà, và số người ở chung.
• Cắt lương để kỷ luật (減給): đề nghị cho xem quy định trong nội quy lao động (就業規則), và kiểm tra số tiền với tư vấn viên.
Những khoản tôi không nhận ra. Hãy đưa cho tư vấn viên xem:
• “phí câu lạc bộ”
Bây giờ bạn có thể làm: hãy giữ phiếu lương và ghi lại từng số tiền bị trừ. Đừng ký giấy tờ mà bạn không hiểu. Tư vấn viên có thể giúp bạn hỏi và đòi lại tiền, bằng tiếng của bạn.
[1] Gặp tư vấn viên
[2] Số điện thoại hỗ trợ
[3] Kiểm tra khoản khác
[4] Menu chính

> 4
Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
[1] Lương có quá thấp?
[2] Tiền bị trừ lương
[3] Tiền tăng ca
[4] Nơi nhận giúp đỡ
[5] Gặp tư vấn viên
[6] Quyền của tôi
