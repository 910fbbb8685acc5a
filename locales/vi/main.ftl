# sodan — Vietnamese (vi).
# Review: machine-assisted translation from locales/en/main.ftl; NOT yet reviewed by a native speaker.
#
# Rules for every locale (see docs/dialogs.md):
# - Short sentences, everyday words. Many readers have little schooling in
#   this language and read on a small phone screen.
# - Button labels (ids ending in -label or starting with menu-/choice-) fit in
#   20 characters where the language allows it: LINE and Messenger cut longer ones.
# - { $variables } are filled in by sodan. Keep them exactly as they are.
# - cmd-* messages list the words a worker may type instead of a slash
#   command, separated by " | ". Lower case; sodan ignores case and width.
# Note: cmd-* lists also hold forms without diacritics (e.g. "tro giup"),
# because many workers type Vietnamese without accents.

## Language

# The language's own name, in its own script. Shown on the language buttons.
language-name = Tiếng Việt
language-name-ja = ベトナム語
lang-prompt = Vui lòng chọn ngôn ngữ của bạn.
lang-changed = Được rồi. Từ bây giờ tôi sẽ viết bằng tiếng Việt.

## Global commands typed as words

cmd-menu = danh mục | trang chủ | bắt đầu | trang chu | bat dau
cmd-human = trợ giúp | tư vấn viên | gặp người thật | tro giup | tu van vien
cmd-lang = ngôn ngữ | đổi ngôn ngữ | ngon ngu | doi ngon ngu
cmd-forget = xóa dữ liệu | xoá dữ liệu | quên tôi đi | xoa du lieu

## Welcome and main menu

welcome =
    Xin chào. Tôi là sodan, trợ lý miễn phí và giữ bí mật, dành cho người nước ngoài đang làm việc ở Nhật Bản.
    Tôi có thể kiểm tra tiền lương của bạn, tiền bị trừ vào lương, và tiền tăng ca. Tôi cũng chỉ cho bạn nơi có thể nhận giúp đỡ bằng tiếng của bạn.
    Tôi không nói gì với công ty hay nghiệp đoàn của bạn.
menu-prompt = Bạn muốn làm gì? Hãy bấm một nút, hoặc gõ số của nút đó.
menu-wage = Lương có quá thấp?
menu-deductions = Tiền bị trừ lương
menu-overtime = Tiền tăng ca
menu-help = Nơi nhận giúp đỡ
menu-human = Gặp tư vấn viên
menu-rights = Quyền của tôi
menu-hint = Lúc nào bạn cũng có thể gõ /menu để quay lại đây, /human để nói chuyện với người thật, và /lang để đổi ngôn ngữ.

## Buttons used in many places

choice-menu = Menu chính
choice-human = Gặp tư vấn viên
choice-yes = Có
choice-no = Không
choice-lines = Số điện thoại hỗ trợ
choice-try-again = Thử lại
choice-type-name = Tôi sẽ tự gõ tên

## Topic titles

topic-wage = Xem lương tối thiểu
topic-deductions = Tiền bị trừ lương
topic-overtime = Xem tiền tăng ca
topic-rights = Quyền khi làm việc

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    Đường dây nóng tư vấn điều kiện lao động (労働条件相談ほっとライン) — gọi miễn phí, là đường dây của nhà nước cho các vấn đề ở nơi làm việc: { $hotline_phone }
    Giờ Nhật Bản: thứ Hai đến thứ Sáu { $hotline_weekday_hours }; thứ Bảy, Chủ nhật và ngày lễ { $hotline_weekend_hours }. Nghỉ từ { $hotline_closed_from } đến { $hotline_closed_to } (tháng/ngày).
    Đường dây này trả lời bằng tiếng Nhật, và cũng có đường dây bằng các tiếng khác. Bạn không cần nói tên.
hotlines-emergency = Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 110 (cảnh sát) hoặc 119 (xe cấp cứu, cứu hỏa). Cả hai số đều miễn phí, gọi được cả ngày lẫn đêm.

## Talking to a person

human-counselors-open = Tư vấn viên của chúng tôi đang làm việc ({ $counselor_hours }, giờ Nhật Bản).
human-counselors-open-wait = Tư vấn viên của chúng tôi đang làm việc ({ $counselor_hours }, giờ Nhật Bản). Thường họ trả lời trong vòng { $counselor_wait } phút.
human-counselors-closed = Hiện tư vấn viên không làm việc. Họ sẽ quay lại lúc { $counselors_back }, giờ Nhật Bản ({ $counselor_hours }). Họ sẽ đọc mọi điều bạn viết ở đây.
human-waiting =
    Cảm ơn bạn. Tư vấn viên sẽ trả lời bạn ngay trong cuộc trò chuyện này, sớm nhất có thể.
    Bạn có thể tiếp tục viết: mọi tin nhắn bạn gửi đều được giữ lại cho tư vấn viên.
emergency-escalated =
    Tôi đã báo cho các tư vấn viên của chúng tôi rằng bạn có thể đang gặp nguy hiểm. Một người thật sẽ trả lời bạn ở đây sớm nhất có thể. Hãy luôn giữ điện thoại bên mình.
    Nếu có thể, hãy đến một nơi an toàn: bốt cảnh sát (交番), cửa hàng tiện lợi hoặc nhà ga.

## Forget me

forget-confirm = Bạn có muốn tôi xóa hết những gì tôi đã lưu về bạn không? Đó là tin nhắn và câu trả lời của bạn. Sau khi xóa, không thể lấy lại được.
forget-done = Xong rồi. Tôi đã xóa những gì đã lưu về bạn. Nếu bạn viết lại, chúng ta sẽ bắt đầu lại từ đầu.
forget-cancelled = Được rồi. Tôi không xóa gì cả.

## When the worker's answer does not fit

unrecognised-choice = Xin lỗi, tôi chưa hiểu. Hãy bấm một nút, hoặc gõ số của nút đó.
input-invalid-number = Hãy viết một con số, ví dụ 5.
input-invalid-yen = Hãy viết số tiền bằng yên, ví dụ 150000 hoặc 15万円.
input-invalid-hours = Hãy viết số giờ, ví dụ 8 hoặc 7.5.
input-invalid-date = Hãy viết ngày theo kiểu 2026-11-23 (năm-tháng-ngày).
input-invalid-prefecture = Tôi không biết tỉnh này. Hãy viết tên tỉnh, ví dụ Tokyo, Aichi hoặc 愛知.
input-invalid-text = Hãy viết một tin nhắn ngắn (tối đa 1000 ký tự).
input-implausible = Tôi hiểu là: { $understood }. Con số này có vẻ không đúng ở đây. Hãy kiểm tra lại con số và viết lại.
conversation-reset = Xin lỗi, cuộc trò chuyện này đã được cập nhật trong lúc bạn vắng mặt. Chúng ta bắt đầu lại từ menu chính nhé.

## The web chat page's own words

webchat-title = sodan: hỗ trợ người lao động ở Nhật Bản
webchat-placeholder = Viết tin nhắn
webchat-send = Gửi
webchat-offline = Không có kết nối mạng. Tin nhắn của bạn sẽ được gửi khi có mạng trở lại.

## Asking where and how the worker is paid (wage and overtime checks)

ask-region = Bạn làm việc ở đâu? Hãy chọn vùng của Nhật Bản, hoặc gõ tên tỉnh.
region-hokkaido = Hokkaido
region-tohoku = Tohoku
region-kanto = Kanto (Tokyo)
region-chubu = Chubu (Aichi)
region-kinki = Kinki (Osaka)
region-chugoku = Chugoku
region-shikoku = Shikoku
region-kyushu = Kyushu, Okinawa
ask-prefecture = Tỉnh nào? Hãy bấm vào tên tỉnh, hoặc gõ tên tỉnh (ví dụ Aichi hoặc 愛知).
ask-pay-form = Bạn được trả lương theo cách nào?
pay-form-hourly = Theo giờ
pay-form-daily = Theo ngày
pay-form-monthly = Theo tháng
pay-form-piece = Theo sản phẩm
ask-hourly-pay = Một giờ bạn được trả bao nhiêu yên? Ví dụ 1100.
ask-daily-pay = Một ngày bạn được trả bao nhiêu yên? Ví dụ 9000.
ask-hours-per-day = Một ngày làm việc bình thường, bạn làm bao nhiêu giờ, không tính giờ nghỉ? Ví dụ 8.
ask-monthly-pay = Lương một tháng của bạn là bao nhiêu yên, trước khi trừ thuế và các khoản khác? Ví dụ 180000 hoặc 18万. Bạn có thể xem trên phiếu lương (給与明細).
ask-know-monthly-hours = Bạn có biết số giờ làm việc quy định mỗi tháng không? Số này có trong hợp đồng hoặc nội quy lao động (所定労働時間).
monthly-hours-known = Có, tôi biết
monthly-hours-unknown = Không, hãy giúp tôi
ask-monthly-hours = Mỗi tháng có bao nhiêu giờ làm việc quy định? Ví dụ 160.
ask-days-per-week = Bình thường một tuần bạn làm mấy ngày? Ví dụ 5.
monthly-hours-estimated = Như vậy là khoảng { $monthly_hours } giờ một tháng ({ $days_per_week } ngày × { $hours_per_day } giờ × 52 tuần ÷ 12 tháng). Đây là con số ước tính: hợp đồng của bạn có thể ghi con số chính xác.
ask-piece-pay = Trong một kỳ lương (thường là một tháng), bạn được trả bao nhiêu yên cho những sản phẩm bạn làm ra?
ask-piece-hours = Trong kỳ đó, bạn đã thực sự làm việc bao nhiêu giờ?

## Minimum wage check

wage-intro = Tôi sẽ so sánh lương của bạn với lương tối thiểu của tỉnh nơi bạn làm việc. Lương tối thiểu là mức lương theo giờ thấp nhất mà luật cho phép. Mức này áp dụng cho mọi người lao động, kể cả thực tập sinh kỹ năng.
wage-ask-when = Bạn muốn kiểm tra lương nào?
wage-when-now = Lương hiện nay
wage-when-earlier = Một tháng đã qua
wage-ask-date = Tháng nào? Hãy viết năm và tháng, ví dụ 2025-08.
wage-ask-included = Số tiền đó có gồm khoản nào dưới đây không? Tiền tăng ca, tiền làm đêm hoặc làm ngày nghỉ; phụ cấp đi lại, phụ cấp gia đình hoặc phụ cấp chuyên cần; tiền thưởng. Các khoản này không được tính khi so với lương tối thiểu.
wage-ask-excluded = Trong số tiền đó, các khoản này là bao nhiêu yên? Hãy xem phiếu lương (給与明細) và cộng chúng lại. Ví dụ 15000.
wage-result-below =
    Lương tối thiểu ở { $prefecture } vào ngày { $checked_date } là ¥{ $minimum_wage } một giờ (áp dụng từ { $minimum_since }).
    Phần lương được tính của bạn là ¥{ $hourly_equivalent } một giờ.
    Như vậy là THẤP HƠN lương tối thiểu ¥{ $shortfall_per_hour } một giờ. Trả thấp hơn lương tối thiểu là vi phạm pháp luật (Luật Lương tối thiểu, Điều 4; 最低賃金法 第4条). Công ty phải trả phần tiền còn thiếu.
    (Số liệu lương tối thiểu tính đến ngày { $data_as_of }.)
wage-result-ok =
    Lương tối thiểu ở { $prefecture } vào ngày { $checked_date } là ¥{ $minimum_wage } một giờ (áp dụng từ { $minimum_since }).
    Phần lương được tính của bạn là ¥{ $hourly_equivalent } một giờ. Mức này không thấp hơn lương tối thiểu.
    (Số liệu lương tối thiểu tính đến ngày { $data_as_of }.)
wage-pending-recommended = Đã có đề xuất mức lương tối thiểu mới là ¥{ $pending_amount } cho năm tài chính { $pending_fy }. Có thể mức này đã được áp dụng rồi: hãy hỏi Cục Lao động (労働局) hoặc tư vấn viên.
wage-pending-planned = Đã có đề xuất mức lương tối thiểu mới là ¥{ $pending_amount } cho năm tài chính { $pending_fy }, dự kiến bắt đầu từ { $pending_since }. Có thể mức này đã được áp dụng rồi: hãy hỏi Cục Lao động (労働局) hoặc tư vấn viên.
wage-pending-confirmed = Từ { $pending_since }, lương tối thiểu ở đây sẽ là ¥{ $pending_amount } một giờ.
wage-below-next = Bạn có thể làm gì: hãy giữ phiếu lương, hợp đồng và ghi chép số giờ bạn đã làm. Tư vấn viên có thể giúp bạn đòi lại tiền, bằng tiếng của bạn.
wage-estimate-owed = Bị thiếu bao nhiêu?
wage-ask-months = Lương của bạn thấp như vậy đã bao nhiêu tháng? Ví dụ 6.
wage-ask-worked-hours = Một tháng bình thường bạn làm bao nhiêu giờ? Ví dụ 170.
wage-back-pay =
    Mỗi tháng bạn bị trả thiếu khoảng ¥{ $shortfall_per_month } (¥{ $shortfall_per_hour } một giờ × { $hours_counted } giờ), vậy trong { $months } tháng là khoảng ¥{ $back_pay }. Đây chỉ là ước tính; số tiền thật phụ thuộc vào phiếu lương của bạn.
    Bạn có thể đòi tiền lương chưa được trả trong vòng { $limitation_years } năm, tính từ mỗi ngày trả lương. Hãy giữ phiếu lương và ghi lại số giờ làm việc mỗi ngày.
wage-ok-end = Nếu bạn bị trừ tiền vào lương, hoặc tiền tăng ca không được trả đúng, bạn cũng có thể kiểm tra những việc đó.
wage-no-data = Tôi không có số liệu lương tối thiểu cho ngày đó. Số liệu của tôi bắt đầu từ { $earliest_date }. Tư vấn viên hoặc Cục Lao động (労働局) có thể cho bạn biết.
wage-invalid = Một số câu trả lời không khớp với nhau (ví dụ: phần không được tính lại lớn hơn toàn bộ tiền lương). Chúng ta thử lại nhé.

## Overtime check

overtime-intro =
    Làm quá 8 giờ một ngày hoặc quá 40 giờ một tuần là làm tăng ca. Luật quy định tiền tăng ca phải cao hơn lương bình thường ít nhất { $premium_overtime }%, và cao hơn { $premium_beyond_60h }% cho phần tăng ca vượt quá { $premium_threshold_hours } giờ trong một tháng.
    Làm việc trong khoảng từ 22:00 đến 5:00 được trả cao hơn { $premium_late_night }%, và làm vào ngày nghỉ hằng tuần (法定休日) được trả cao hơn { $premium_legal_holiday }%. Tôi sẽ kiểm tra cho một tháng.
overtime-ask-hours = Tháng này bạn đã làm tăng ca bao nhiêu giờ (phần quá 8 giờ một ngày hoặc quá 40 giờ một tuần)? Nếu không có, hãy viết 0.
overtime-ask-night = Trong tất cả số giờ bạn làm tháng này, có bao nhiêu giờ nằm trong khoảng từ 22:00 đến 5:00? Nếu không có, hãy viết 0.
overtime-ask-holiday = Tháng này bạn đã làm bao nhiêu giờ vào ngày nghỉ hằng tuần? Nếu không có, hãy viết 0.
overtime-ask-paid = Tháng này bạn được trả tổng cộng bao nhiêu yên cho tăng ca, làm đêm và làm ngày nghỉ? Hãy xem phiếu lương (給与明細). Nếu bạn được ¥300 một giờ cho 40 giờ, hãy viết 12000.
overtime-above-45 = Như vậy là hơn { $limit_without_special_clause } giờ tăng ca trong một tháng. Điều này chỉ được phép khi nơi làm việc của bạn có thỏa thuận đặc biệt, và chỉ trong một số tháng mỗi năm. Hãy hỏi tư vấn viên.
overtime-at-or-above-100 = Tháng này, giờ tăng ca và giờ làm ngày nghỉ của bạn cộng lại là { $limit_absolute_below } giờ hoặc hơn. Trong mọi trường hợp, điều này đều vi phạm pháp luật (Luật Tiêu chuẩn Lao động, Điều 36; 労働基準法 第36条). Việc này cũng nguy hiểm cho sức khỏe của bạn.
overtime-result-underpaid =
    Lương cơ bản của bạn là ¥{ $base_per_hour } một giờ (không bao giờ tính thấp hơn lương tối thiểu).
    Cho những giờ này, bạn phải được nhận ít nhất ¥{ $required_pay }. Bạn đã nhận ¥{ $overtime_paid }: như vậy là thiếu ¥{ $overtime_shortfall }. Điều này vi phạm pháp luật (Luật Tiêu chuẩn Lao động, Điều 37; 労働基準法 第37条).
    Hãy giữ phiếu lương và ghi chép số giờ bạn đã làm. Bạn có thể đòi tiền lương chưa được trả trong vòng { $limitation_years } năm.
overtime-result-ok =
    Lương cơ bản của bạn là ¥{ $base_per_hour } một giờ. Cho những giờ này, luật yêu cầu ít nhất ¥{ $required_pay }, và bạn đã nhận ¥{ $overtime_paid }. Như vậy là đủ.
overtime-invalid = Với các câu trả lời này, tôi không kiểm tra được. Chúng ta thử lại nhé, hoặc hãy hỏi tư vấn viên.

## Where to get help

help-prefecture-unknown = Tôi không biết
help-line-open-now = Bây giờ đang mở, có nói tiếng của bạn: { $line_name }, số điện thoại { $line_phone } ({ $line_hours }). Tất cả các giờ đều là giờ Nhật Bản.
help-line-opens-later = Đường dây có nói tiếng của bạn: { $line_name }, số điện thoại { $line_phone }. Bây giờ đường dây đang đóng, sẽ mở lúc { $opens_at }, giờ Nhật Bản ({ $line_hours }).
help-line-hours-unknown = Đường dây có nói tiếng của bạn: { $line_name }, số điện thoại { $line_phone }. Tôi không biết chắc đường dây mở vào giờ nào ({ $line_hours }).
help-line-none = Tôi chưa biết đường dây điện thoại nào có nói tiếng của bạn. Đường dây của nhà nước ở bên dưới trả lời bằng tiếng Nhật, và cũng có các tiếng khác. Tư vấn viên ở đây cũng có thể giúp bạn bằng tin nhắn.
help-line-uncertain = Số điện thoại này chỉ có từ một nguồn không chính thức, nên tôi không chắc nó còn đúng. Nếu không có ai trả lời, hãy gọi đường dây của nhà nước ở bên dưới.
# Opening hours of phone lines, assembled from data/contacts.toml.
day-mon = T2
day-tue = T3
day-wed = T4
day-thu = T5
day-fri = T6
day-sat = T7
day-sun = CN
day-holiday = ngày lễ
hours-every-day = hằng ngày
hours-always = 24 giờ, tất cả các ngày
hours-closed = nghỉ { $dates }
hours-unknown = không rõ chắc chắn ngày và giờ mở
help-other-lines =
    Các số điện thoại hỗ trợ khác có nói tiếng của bạn (● bây giờ đang mở, ○ bây giờ đang đóng, ? không rõ giờ mở):
    { $other_lines }
help-bureau = Cục Lao động (労働局) của { $bureau_prefecture } là { $bureau_name }: { $bureau_url }. Ở đó có quầy tư vấn miễn phí (総合労働相談コーナー), bạn có thể đến nói chuyện mà không cần hẹn trước. Số điện thoại có trên trang web đó.
help-have-ready = Trước khi gọi điện hoặc đến đó, hãy chuẩn bị sẵn: phiếu lương, hợp đồng, ghi chép số giờ bạn đã làm, và thẻ cư trú (在留カード).
help-show-card = Thẻ cho nhân viên
staff-card-wage = Tôi muốn được tư vấn về tiền lương của tôi: tôi nghĩ lương của tôi thấp hơn lương tối thiểu (最低賃金). Ngôn ngữ của tôi là { $worker_language }. Xin hãy giúp tôi. Nếu có thể, xin cho tôi một phiên dịch viên.
staff-card-overtime = Tôi muốn được tư vấn về tiền tăng ca (残業代) không được trả đúng. Ngôn ngữ của tôi là { $worker_language }. Xin hãy giúp tôi. Nếu có thể, xin cho tôi một phiên dịch viên.
staff-card = Tôi muốn được tư vấn về một vấn đề ở nơi làm việc. Ngôn ngữ của tôi là { $worker_language }. Xin hãy giúp tôi. Nếu có thể, xin cho tôi một phiên dịch viên.
help-card-after = Hãy đưa thẻ ở trên cho nhân viên ở Cục Lao động hoặc ở bất kỳ cơ quan nào xem. Thẻ có cùng một nội dung bằng tiếng Nhật và bằng tiếng của bạn.
