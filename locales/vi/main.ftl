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

## Topics that are still being built

topic-wage = Xem lương tối thiểu
topic-deductions = Tiền bị trừ lương
topic-overtime = Xem tiền tăng ca
topic-rights = Quyền khi làm việc
topic-coming =
    Phần kiểm tra này đang được chuẩn bị, chưa dùng được. Xin lỗi bạn.
    Trong lúc chờ, một người thật có thể giúp bạn: hãy bấm "Gặp tư vấn viên", hoặc gọi một trong các số điện thoại bên dưới.

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    Đường dây nóng tư vấn điều kiện lao động (労働条件相談ほっとライン) — gọi miễn phí, là đường dây của nhà nước cho các vấn đề ở nơi làm việc: { $hotline_phone }
    Giờ Nhật Bản: thứ Hai đến thứ Sáu { $hotline_weekday_hours }; thứ Bảy, Chủ nhật và ngày lễ { $hotline_weekend_hours }. Nghỉ từ { $hotline_closed_from } đến { $hotline_closed_to } (tháng/ngày).
    Đường dây này trả lời bằng tiếng Nhật, và cũng có đường dây bằng các tiếng khác. Bạn không cần nói tên.
hotlines-emergency = Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 110 (cảnh sát) hoặc 119 (xe cấp cứu, cứu hỏa). Cả hai số đều miễn phí, gọi được cả ngày lẫn đêm.

## Talking to a person

human-ask = Bạn đang gặp vấn đề gì? Hãy viết ngắn gọn. Một người thật sẽ đọc. (Bạn cũng có thể viết "bỏ qua".)
human-waiting =
    Cảm ơn bạn. Tư vấn viên sẽ trả lời bạn ngay trong cuộc trò chuyện này, sớm nhất có thể.
    Bạn có thể tiếp tục viết: mọi tin nhắn bạn gửi đều được giữ lại cho tư vấn viên.
human-skip-words = bỏ qua | bo qua | không | khong | -

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
conversation-reset = Xin lỗi, cuộc trò chuyện này đã được cập nhật trong lúc bạn vắng mặt. Chúng ta bắt đầu lại từ menu chính nhé.

## The web chat page's own words

webchat-title = sodan: hỗ trợ người lao động ở Nhật Bản
webchat-placeholder = Viết tin nhắn
webchat-send = Gửi
webchat-offline = Không có kết nối mạng. Tin nhắn của bạn sẽ được gửi khi có mạng trở lại.
