# sodan — Simplified Chinese (zh-CN).
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

## Language

# The language's own name, in its own script. Shown on the language buttons.
language-name = 简体中文
language-name-ja = 中国語
lang-prompt = 请选择您的语言。
lang-changed = 好的。从现在开始，我用中文和您交流。

## Global commands typed as words

cmd-menu = 菜单 | 主菜单 | 开始 | 首页
cmd-human = 人工 | 转人工 | 咨询员 | 真人 | 帮帮我
cmd-lang = 语言 | 换语言 | 切换语言 | 更改语言
cmd-forget = 忘记我 | 删除我的数据 | 删除数据

## Welcome and main menu

welcome =
    您好。我是 sodan，一个免费、保密的帮手，为在日本工作的外国人提供帮助。
    我可以帮您检查工资、工资里被扣的钱和加班费，还可以告诉您在哪里能用您的语言得到帮助。
    我不会把任何事情告诉您的公司或监理团体。
menu-prompt = 您想做什么？请点一个按钮，或输入它的数字。
menu-wage = 我的工资太低吗？
menu-deductions = 工资里被扣的钱
menu-overtime = 加班费
menu-help = 去哪里求助
menu-human = 和咨询员对话
menu-rights = 我的权利
menu-hint = 您可以随时输入 /menu 回到这里，输入 /human 和真人对话，输入 /lang 更换语言。

## Buttons used in many places

choice-menu = 主菜单
choice-human = 和咨询员对话
choice-yes = 是
choice-no = 否
choice-lines = 咨询电话
choice-try-again = 再试一次
choice-type-name = 我自己输入名字

## Topic titles

topic-wage = 最低工资检查
topic-deductions = 工资里被扣的钱
topic-overtime = 加班费检查
topic-rights = 您在工作中的权利

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    劳动条件咨询热线（労働条件相談ほっとライン。免费电话，是日本政府为工作中的问题设立的热线）：{ $hotline_phone }
    日本时间：周一至周五 { $hotline_weekday_hours }；周六、周日和节假日 { $hotline_weekend_hours }。{ $hotline_closed_from } 至 { $hotline_closed_to }（月/日）休息。
    用日语接听，也有其他语言的线路。您不用说出自己的名字。
hotlines-emergency = 如果您现在有危险，请拨打 110（警察）或 119（救护车、消防）。两个电话都免费，白天晚上都可以打。

## Talking to a person

human-counselors-open = 我们的咨询员现在在线（日本时间 { $counselor_hours }）。
human-counselors-open-wait = 我们的咨询员现在在线（日本时间 { $counselor_hours }）。通常会在 { $counselor_wait } 分钟内回复。
human-counselors-closed = 咨询员现在不在工作时间。他们将在日本时间 { $counselors_back } 回来（{ $counselor_hours }）。您在这里写的所有内容他们都会看到。
human-waiting =
    谢谢您。咨询员会尽快在这个聊天里回复您。
    您可以继续写：您发来的所有内容都会保存下来，留给咨询员看。
emergency-escalated =
    我已经告诉我们的咨询员：您可能有危险。会有真人尽快在这里回复您。请把手机一直带在身边。
    如果可以，请去安全的地方：派出所（交番）、便利店或车站。

## Forget me

forget-confirm = 您要我删除我保存的关于您的所有内容吗？包括您的消息和您的回答。删除后无法恢复。
forget-done = 完成了。我已经删除了保存的关于您的内容。如果您再发消息，我们会从头开始。
forget-cancelled = 好的。我什么都没有删除。

## When the worker's answer does not fit

unrecognised-choice = 对不起，我没有看懂。请点一个按钮，或输入它的数字。
input-invalid-number = 请写一个数字，例如 5。
input-invalid-yen = 请写日元金额，例如 150000 或 15万円。
input-invalid-hours = 请写小时数，例如 8 或 7.5。
input-invalid-date = 请按 2026-11-23（年-月-日）这样的格式写日期。
input-invalid-prefecture = 我不认识这个都道府县。请写出它的名字，例如 Tokyo、Aichi 或 愛知（日文写法）。
input-invalid-text = 请写一条简短的消息（最多 1000 个字）。
input-implausible = 我理解的是：{ $understood }。这个数字在这里看起来不太对。请检查一下数字，再写一次。
conversation-reset = 对不起，您不在的时候，这段对话更新了。我们从主菜单重新开始吧。

## The web chat page's own words

webchat-title = sodan：帮助在日本工作的人
webchat-placeholder = 输入消息
webchat-send = 发送
webchat-offline = 没有网络连接。网络恢复后，您的消息会发送出去。

## Asking where and how the worker is paid (wage and overtime checks)

ask-region = 您在哪里工作？请选择日本的地区，或输入都道府县的名字。
region-hokkaido = 北海道
region-tohoku = 东北
region-kanto = 关东（东京）
region-chubu = 中部（爱知）
region-kinki = 近畿（大阪）
region-chugoku = 中国地方
region-shikoku = 四国
region-kyushu = 九州、冲绳
ask-prefecture = 哪个都道府县？请点一下，或输入它的名字（例如 Aichi 或 愛知）。
ask-pay-form = 您的工资是怎么算的？
pay-form-hourly = 按小时
pay-form-daily = 按天
pay-form-monthly = 按月
pay-form-piece = 计件
ask-hourly-pay = 您一个小时拿多少日元？例如 1100。
ask-daily-pay = 您一天拿多少日元？例如 9000。
ask-hours-per-day = 平常一天您工作几个小时？不算休息时间。例如 8。
ask-monthly-pay = 您一个月的工资是多少日元？请写扣税和其他扣款之前的金额。例如 180000 或 18万。工资单（給与明細）上可以找到。
ask-know-monthly-hours = 您知道每个月规定的工作时间吗？劳动合同或就业规则里有写（所定労働時間）。
monthly-hours-known = 是，我知道
monthly-hours-unknown = 不知道，请帮我
ask-monthly-hours = 每个月规定工作多少小时？例如 160。
ask-days-per-week = 您平常一周工作几天？例如 5。
monthly-hours-estimated = 大约是每个月 { $monthly_hours } 小时（{ $days_per_week } 天 × { $hours_per_day } 小时 × 52 周 ÷ 12 个月）。这是估算：您的合同里可能写有准确的数字。
ask-piece-pay = 在一个工资期间（通常是一个月）里，您做的计件活一共拿了多少日元？
ask-piece-hours = 在这个期间，您实际工作了多少小时？

## Minimum wage check

wage-intro = 我会把您的工资和您工作所在都道府县的最低工资做比较。最低工资是法律允许的每小时最低工资。它适用于所有劳动者，技能实习生也一样。
wage-ask-when = 您想检查哪个时候的工资？
wage-when-now = 现在的工资
wage-when-earlier = 以前的某个月
wage-ask-date = 哪个月？请写年和月，例如 2025-08。
wage-ask-included = 这个金额里有没有包括下面这些？加班费、深夜或休息日工作的工资；交通补贴、家属补贴、全勤奖；奖金。这些不算进最低工资。
wage-ask-excluded = 这个金额里，这些项目一共是多少日元？请看工资单（給与明細），把它们加起来。例如 15000。
wage-result-below =
    在 { $prefecture }，{ $checked_date } 的最低工资是每小时 ¥{ $minimum_wage }（从 { $minimum_since } 起实行）。
    您的工资中可以计算的部分是每小时 ¥{ $hourly_equivalent }。
    这比最低工资每小时少 ¥{ $shortfall_per_hour }，低于最低工资。付得比最低工资少是违法的（《最低工资法》第4条；最低賃金法 第4条）。公司必须补付差额。
    （最低工资数据截至 { $data_as_of }。）
wage-result-ok =
    在 { $prefecture }，{ $checked_date } 的最低工资是每小时 ¥{ $minimum_wage }（从 { $minimum_since } 起实行）。
    您的工资中可以计算的部分是每小时 ¥{ $hourly_equivalent }。这不低于最低工资。
    （最低工资数据截至 { $data_as_of }。）
wage-pending-recommended = 已经有建议把 { $pending_fy }（财年）新的最低工资定为 ¥{ $pending_amount }。它可能已经开始实行了：请问劳动局（労働局）或咨询员。
wage-pending-planned = 已经有建议把 { $pending_fy }（财年）新的最低工资定为 ¥{ $pending_amount }，计划从 { $pending_since } 开始实行。它可能已经开始实行了：请问劳动局（労働局）或咨询员。
wage-pending-confirmed = 从 { $pending_since } 起，这里的最低工资将是每小时 ¥{ $pending_amount }。
wage-below-next = 您可以做的事：保存好工资单、劳动合同，以及您工作时间的记录。咨询员可以用您的语言，帮您要回这笔钱。
wage-estimate-owed = 公司欠我多少钱？
wage-ask-months = 您的工资这么低已经有几个月了？例如 6。
wage-ask-worked-hours = 平常一个月您工作多少小时？例如 170。
wage-back-pay =
    每个月大约少了 ¥{ $shortfall_per_month }（每小时 ¥{ $shortfall_per_hour } × { $hours_counted } 小时），所以 { $months } 个月大约是 ¥{ $back_pay }。这只是估算；实际金额要看您的工资单。
    没有付的工资，从每个发薪日起 { $limitation_years } 年内都可以要求支付。请保存好工资单，每天记下您的工作时间。
wage-ok-end = 如果工资里被扣了钱，或者加班费没有付对，您也可以检查这些。
wage-no-data = 我没有那个日期的最低工资数据。我的数据从 { $earliest_date } 开始。咨询员或劳动局（労働局）可以告诉您。
wage-invalid = 有些回答对不上（例如，不算的部分比全部工资还多）。我们再试一次吧。

## Overtime check

overtime-intro =
    一天超过 8 小时或一周超过 40 小时的工作是加班。法律规定，加班费至少要比平常工资多 { $premium_overtime }%，一个月加班超过 { $premium_threshold_hours } 小时的部分要多 { $premium_beyond_60h }%。
    在 22:00 到 5:00 之间的工作多 { $premium_late_night }%，在每周休息日（法定休日）的工作多 { $premium_legal_holiday }%。我会检查一个月的情况。
overtime-ask-hours = 这个月您加班了多少小时（一天超过 8 小时或一周超过 40 小时的部分）？没有的话请写 0。
overtime-ask-night = 这个月您工作的所有时间里，有多少小时是在 22:00 到 5:00 之间？没有的话请写 0。
overtime-ask-holiday = 这个月您在每周休息日（法定休日）工作了多少小时？没有的话请写 0。
overtime-ask-paid = 这个月的加班、深夜工作和休息日工作，您一共拿了多少日元？请看工资单（給与明細）。如果您 40 个小时每小时拿了 ¥300，就写 12000。
overtime-above-45 = 这是一个月超过 { $limit_without_special_clause } 小时的加班。只有在您的工作单位有特别协议时才允许，而且一年中只有几个月可以这样。请问咨询员。
overtime-at-or-above-100 = 这个月您的加班和休息日工作加起来有 { $limit_absolute_below } 小时或更多。无论什么情况，这都是违法的（《劳动基准法》第36条；労働基準法 第36条）。这对您的健康也很危险。
overtime-result-underpaid =
    您的基本工资是每小时 ¥{ $base_per_hour }（计算时不会低于最低工资）。
    这些时间您至少应该拿到 ¥{ $required_pay }。您拿到的是 ¥{ $overtime_paid }：少了 ¥{ $overtime_shortfall }。这是违法的（《劳动基准法》第37条；労働基準法 第37条）。
    请保存好工资单和您工作时间的记录。没有付的工资，{ $limitation_years } 年内都可以要求支付。
overtime-result-ok =
    您的基本工资是每小时 ¥{ $base_per_hour }。这些时间法律要求至少付 ¥{ $required_pay }，您拿到了 ¥{ $overtime_paid }。这是够的。
overtime-invalid = 根据您的回答，我没办法检查。我们再试一次吧，或者请问咨询员。

## Where to get help

help-prefecture-unknown = 我不知道
help-line-open-now = 现在可以用您的语言咨询：{ $line_name }，电话 { $line_phone }（{ $line_hours }）。所有时间都是日本时间。
help-line-opens-later = 能用您的语言咨询的电话：{ $line_name }，电话 { $line_phone }。现在休息，日本时间 { $opens_at } 开始接听（{ $line_hours }）。
help-line-hours-unknown = 能用您的语言咨询的电话：{ $line_name }，电话 { $line_phone }。我不确定它什么时间接听（{ $line_hours }）。
help-line-none = 我还不知道能用您的语言咨询的电话。下面的政府热线用日语接听，也有其他语言。这里的咨询员也可以用文字帮助您。
help-line-uncertain = 这个号码只来自一个非官方的来源，所以我不确定它现在还对不对。如果没有人接，请打下面的政府热线。
# Opening hours of phone lines, assembled from data/contacts.toml.
day-mon = 周一
day-tue = 周二
day-wed = 周三
day-thu = 周四
day-fri = 周五
day-sat = 周六
day-sun = 周日
day-holiday = 节假日
hours-every-day = 每天
hours-always = 每天24小时
hours-closed = 休息：{ $dates }
hours-unknown = 具体日期和时间不确定
help-other-lines =
    能用您的语言咨询的其他咨询电话（● 现在可以打，○ 现在休息，? 不知道接听时间）：
    { $other_lines }
help-bureau = { $bureau_prefecture } 的劳动局（労働局）是 { $bureau_name }。那里有免费的咨询窗口（総合労働相談コーナー），不用预约就可以去谈。电话号码在它的网页上：{ $bureau_url }
help-have-ready = 打电话或去之前，请准备好：工资单、劳动合同、工作时间的记录，还有在留卡（在留カード）。
help-show-card = 给工作人员看的卡片
staff-card-wage = 我想咨询我的工资问题：我认为我的工资低于最低工资（最低賃金）。我的语言是 { $worker_language }。请帮帮我，如果可以的话，请安排翻译。
staff-card-overtime = 我想咨询加班费（残業代）没有被正确支付的问题。我的语言是 { $worker_language }。请帮帮我，如果可以的话，请安排翻译。
staff-card = 我想咨询工作上的问题。我的语言是 { $worker_language }。请帮帮我，如果可以的话，请安排翻译。
help-card-after = 请把上面的卡片给劳动局或其他任何机构的工作人员看。卡片上用日语和您的语言写着同样的内容。
