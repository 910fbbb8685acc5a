# sodan — Vietnamese (vi): my rights at work (dialogs/rights*.toml).
# Review: machine-assisted translation from locales/en/rights.ftl; NOT yet reviewed by a native speaker.
#
# Say only what ../shared/facts/ supports, and name the law as the facts do.
# Never write a phone number here.

## The menu of topics

rights-menu-prompt = Bạn đang gặp vấn đề gì? Hãy chọn một.
rights-menu-passport = Bị giữ hộ chiếu
rights-menu-return = Bị ép về nước
rights-menu-harassment = Bạo lực, quấy rối
rights-menu-pregnancy = Mang thai
rights-menu-unpaid = Không được trả lương
rights-menu-job = Đổi công ty
rights-menu-leave = Nghỉ phép có lương
rights-other-topics = Quyền khác
rights-counselor-now = Gặp tư vấn viên ngay
rights-in-danger = Tôi đang gặp nguy hiểm
rights-next = Bây giờ bạn muốn làm gì?
rights-escalated =
    Tôi đã đề nghị các tư vấn viên trả lời bạn trước. Một người thật sẽ viết cho bạn ở đây sớm nhất có thể.
    Bạn có thể tiếp tục viết: mọi tin nhắn bạn gửi đều được giữ lại cho tư vấn viên.

## Passport or residence card kept

rights-passport-law = Hộ chiếu và thẻ cư trú (在留カード) là của bạn. Với thực tập sinh kỹ năng, luật rất rõ: công ty và nghiệp đoàn không được giữ các giấy tờ đó (Luật Thực tập Kỹ năng, Điều 48 khoản 1; 技能実習法 第48条第1項). Thu phí giữ giấy tờ cũng bị cấm.
rights-passport-others = Với người lao động khác, ví dụ lao động kỹ năng đặc định, quy định này chưa được xác nhận trong các nguồn tôi đã kiểm tra. Tư vấn viên có thể cho bạn biết quy định nào áp dụng cho bạn.
rights-passport-do = Bạn có thể làm: hãy đòi lại hộ chiếu và thẻ. Hãy ghi lại bạn đã hỏi khi nào, hỏi ai, và họ đã nói gì. Nếu họ từ chối hoặc đe dọa bạn, hãy nói chuyện với tư vấn viên ngay.

## Forced to go home

rights-return-danger = Bạn có đang bị đưa về nước, hoặc bị đưa ra sân bay, trái với ý muốn của bạn không? Việc đó rất nguy hiểm. Hãy tìm sự giúp đỡ ngay.
rights-return-law = Luật nói gì với thực tập sinh kỹ năng: công ty và nghiệp đoàn không được giữ hộ chiếu của bạn (Luật Thực tập Kỹ năng, Điều 48 khoản 1; 技能実習法 第48条第1項). Phạt tiền khi bạn nghỉ việc hoặc bỏ đi là bị cấm (Luật Tiêu chuẩn Lao động, Điều 16; 労働基準法 第16条). Khi thực tập kết thúc, kể cả kết thúc sớm, nghiệp đoàn trả vé máy bay về nước cho bạn (Quy tắc thi hành Luật Thực tập Kỹ năng, Điều 12 khoản 1 mục 6; 技能実習法施行規則 第12条第1項第6号).
rights-return-do = Đừng ký giấy tờ mà bạn không hiểu, và đừng đồng ý về nước trước khi nói chuyện với tư vấn viên. Ở sân bay, nếu bạn bị bắt phải đi trái với ý muốn, hãy gọi cảnh sát theo số ở trên. Bấm "Gặp tư vấn viên ngay": bạn sẽ được trả lời trước.

## Violence and harassment

rights-harassment-law = Với thực tập sinh kỹ năng, luật cấm ép bạn làm việc bằng bạo lực, đe dọa hoặc nhốt bạn lại (Luật Thực tập Kỹ năng, Điều 46; 技能実習法 第46条). Luật cũng cấm hạn chế vô lý việc bạn đi ra ngoài và đời sống riêng của bạn (Luật Thực tập Kỹ năng, Điều 48 khoản 2; 技能実習法 第48条第2項).
rights-harassment-record = Hãy ghi lại chuyện đã xảy ra: ngày, nơi, ai đã làm, họ đã nói gì hoặc làm gì. Hãy giữ ảnh, tin nhắn và giấy tờ của bác sĩ. La mắng, xúc phạm, bắt nạt và quấy rối tình dục cũng là vấn đề: bạn không phải chịu đựng một mình.
rights-harassment-next = Nếu bây giờ bạn đang gặp nguy hiểm, hãy bấm "Tôi đang gặp nguy hiểm": tư vấn viên sẽ trả lời bạn trước. Nếu không, một người thật có thể giúp bạn quyết định nên làm gì.

## Pregnancy

rights-pregnancy-protected = Nếu bạn đang mang thai: luật ở Nhật bảo vệ người lao động đang mang thai. Điều này cũng đúng với người nước ngoài và thực tập sinh kỹ năng. Bạn không nên bị đuổi việc hay bị đưa về nước vì mang thai.
rights-pregnancy-gap = Các nguồn tôi đã kiểm tra chưa ghi rõ luật nào và điều nào cho việc này. Tư vấn viên có thể cho bạn biết luật nào bảo vệ bạn, và giúp bạn dùng luật đó.
rights-pregnancy-do = Nếu bạn bị bảo phải nghỉ việc, phải về nước, hoặc không được ở lại vì mang thai: đừng ký gì cả và đừng đồng ý vội. Hãy nói chuyện với tư vấn viên trước. Hãy giữ gìn sức khỏe: hãy đi khám bác sĩ.

## Wages not paid

rights-unpaid-law = Tiền lương phải được trả đủ, bằng tiền, trực tiếp cho bạn, ít nhất mỗi tháng một lần vào một ngày cố định (Luật Tiêu chuẩn Lao động, Điều 24; 労働基準法 第24条).
rights-unpaid-claim = Bạn có thể đòi tiền lương chưa được trả trong vòng { $limitation_years } năm, tính từ mỗi ngày trả lương. Hãy giữ phiếu lương và hợp đồng, và ghi lại số giờ làm việc mỗi ngày.
rights-unpaid-next = Tôi có thể cùng bạn kiểm tra tiền lương, hoặc bạn có thể nói chuyện với một người thật.

## Changing employers

rights-job-now =
    Tôi có thể chuyển sang công ty khác không?
    Thực tập sinh kỹ năng: chỉ được trong một số trường hợp. Các nguồn tôi đã kiểm tra chưa liệt kê các trường hợp đó, nên trước khi bỏ việc, hãy hỏi tư vấn viên hoặc OTIT (Cơ quan Thực tập Kỹ năng).
    Lao động kỹ năng đặc định: quy định về việc đổi công ty chưa có trong các nguồn tôi đã kiểm tra. Hãy hỏi tư vấn viên trước khi nghỉ việc.
rights-job-new =
    Từ 2027-04-01, một chế độ mới là “Lao động phát triển kỹ năng” (育成就労, Ikusei Shuro) sẽ thay thế chế độ thực tập kỹ năng. Trong chế độ mới:
    • Nếu bị bạo hành, quấy rối, hoặc có lý do khác khiến bạn không thể ở lại, bạn sẽ được đổi công ty trong nhiều trường hợp hơn.
    • Bạn cũng có thể đổi theo ý muốn của mình, trong cùng ngành, sau một thời gian quy định ở công ty đầu tiên, nếu bạn đỗ kỳ thi kỹ năng và tiếng Nhật.
    • Việc đổi công ty phải qua cơ quan công, ví dụ Hello Work, không qua công ty môi giới việc làm tư nhân.
    • Phí trả cho công ty phái cử sẽ có mức trần.
rights-job-unsure = Chưa được xác nhận trong nguồn của tôi: mỗi ngành phải ở công ty đầu tiên bao lâu, mỗi ngành cần trình độ tiếng Nhật nào, và mức trần của phí là bao nhiêu. Trước 2027-04-01, những điều này chưa áp dụng. Hãy hỏi tư vấn viên xem điều này có ý nghĩa gì với bạn.

## Paid leave

rights-leave-gap = Nghỉ phép có lương (年次有給休暇): tôi chưa có thông tin đã kiểm tra về số ngày bạn được nghỉ và khi nào được nghỉ. Tư vấn viên hoặc đường dây điện thoại có thể cho bạn biết. Hãy ghi lại những ngày bạn làm và những ngày bạn nghỉ.
rights-leave-overtime = Một quy định tôi có thể cho bạn biết: khi giờ tăng ca của bạn hơn { $premium_threshold_hours } giờ trong một tháng, công ty chỉ được cho bạn nghỉ có lương thay cho một phần tiền tăng ca thêm khi có thỏa thuận bằng văn bản ở nơi làm việc, và chỉ khi bạn chọn như vậy (Luật Tiêu chuẩn Lao động, Điều 37 khoản 3; 労働基準法 第37条第3項).

## The card for staff, from "Phone lines" in a topic

staff-card-rights =
    Tôi muốn được tư vấn về vấn đề này ở nơi làm việc:
    { $help_topic ->
        [rights-passport] Việc công ty hoặc nghiệp đoàn giữ hộ chiếu hoặc thẻ cư trú của tôi
        [rights-return] Việc tôi sắp bị đưa về nước trái với ý muốn
        [rights-harassment] Bạo lực hoặc quấy rối ở nơi làm việc
        [rights-pregnancy] Việc mang thai và công việc của tôi
        [rights-unpaid] Tiền lương chưa được trả
        [rights-job] Việc đổi công ty
        [rights-leave] Nghỉ phép có lương
       *[other] Một vấn đề ở nơi làm việc
    }.
    Ngôn ngữ của tôi là { $worker_language }. Xin hãy giúp tôi. Nếu có thể, xin cho tôi một phiên dịch viên.
