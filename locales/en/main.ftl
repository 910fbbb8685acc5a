# sodan — English (reference locale).
# Review: written by the sodan team in plain English; not yet reviewed by a
# professional translator or a migrant-worker focus group.
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
language-name = English
# The language's name in Japanese, for the card a worker shows to Japanese staff.
language-name-ja = 英語
lang-prompt = Please choose your language.
lang-changed = OK. I will write in English from now on.

## Global commands typed as words

cmd-menu = menu | main menu | start | home
cmd-human = human | person | counselor | counsellor | help me
cmd-lang = language | change language
cmd-forget = forget me | delete my data

## Welcome and main menu

welcome =
    Hello. I am sodan, a free and confidential helper for people from abroad who work in Japan.
    I can check your pay, the money taken from it, and your overtime, and tell you where to get help in your language.
    I do not tell your employer or the supervising organisation anything.
menu-prompt = What do you want to do? Tap a button or type its number.
menu-wage = Is my pay too low?
menu-deductions = Money taken from pay
menu-overtime = Overtime pay
menu-help = Where to get help
menu-human = Talk to a person
menu-rights = My rights
menu-hint = You can type /menu at any time to come back here, /human to talk to a person, and /lang to change the language.

## Buttons used in many places

choice-menu = Main menu
choice-human = Talk to a person
choice-yes = Yes
choice-no = No
choice-lines = Phone lines
choice-try-again = Try again
choice-type-name = I will type it

## Topic titles

topic-wage = Minimum wage check
topic-deductions = Money taken from your pay
topic-overtime = Overtime pay check
topic-rights = Your rights at work

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    Labour Conditions Consultation Hotline (free call, the government's line for problems at work): { $hotline_phone }
    Japan time: Monday to Friday { $hotline_weekday_hours }; Saturday, Sunday and holidays { $hotline_weekend_hours }. Closed from { $hotline_closed_from } to { $hotline_closed_to } (month/day).
    It answers in Japanese, and has lines in other languages too. You do not have to give your name.
hotlines-emergency = If you are in danger now, call 110 (police) or 119 (ambulance, fire). Both are free, day and night.

## Talking to a person

human-counselors-open = Our counselors are working now ({ $counselor_hours }, Japan time).
human-counselors-open-wait = Our counselors are working now ({ $counselor_hours }, Japan time). They usually answer within { $counselor_wait } minutes.
human-counselors-closed = Our counselors are not working now. They are back at { $counselors_back }, Japan time ({ $counselor_hours }). They will read everything you write here.
human-waiting =
    Thank you. A counselor will answer you here, in this chat, as soon as possible.
    You can keep writing: everything you send is kept for the counselor.
emergency-escalated =
    I have told our counselors that you may be in danger. A person will answer you here as soon as possible. Keep your phone with you.
    If you can, go to a safe place: a police box (交番), a convenience store or a station.

## Forget me

forget-confirm = Do you want me to delete everything I have stored about you: your messages and your answers? This cannot be undone.
forget-done = Done. I have deleted what I had stored about you. If you write again, we start from the beginning.
forget-cancelled = OK. I have deleted nothing.

## When the worker's answer does not fit

unrecognised-choice = Sorry, I did not understand. Please tap one of the buttons, or type its number.
input-invalid-number = Please write a number, for example 5.
input-invalid-yen = Please write an amount in yen, for example 150000 or 15万円.
input-invalid-hours = Please write a number of hours, for example 8 or 7.5.
input-invalid-date = Please write a date like 2026-11-23 (year-month-day).
input-invalid-prefecture = I do not know that prefecture. Please write its name, for example Tokyo, Aichi or 愛知.
input-invalid-text = Please write a short message (at most 1000 characters).
input-implausible = I understood: { $understood }. That does not look right here. Please check the number and write it again.
conversation-reset = Sorry, this conversation was updated while you were away. Let us start again from the main menu.

## The web chat page's own words

webchat-title = sodan: help for workers in Japan
webchat-placeholder = Write a message
webchat-send = Send
webchat-offline = No connection. Your message will be sent when you are back online.

## Asking where and how the worker is paid (wage and overtime checks)

ask-region = Where do you work? Choose the area of Japan, or type the name of the prefecture.
region-hokkaido = Hokkaido
region-tohoku = Tohoku
region-kanto = Kanto (Tokyo)
region-chubu = Chubu (Aichi)
region-kinki = Kinki (Osaka)
region-chugoku = Chugoku
region-shikoku = Shikoku
region-kyushu = Kyushu, Okinawa
ask-prefecture = Which prefecture? Tap it, or type its name (for example Aichi or 愛知).
ask-pay-form = How are you paid?
pay-form-hourly = By the hour
pay-form-daily = By the day
pay-form-monthly = By the month
pay-form-piece = By the piece
ask-hourly-pay = How much do you get for one hour, in yen? For example 1100.
ask-daily-pay = How much do you get for one day, in yen? For example 9000.
ask-hours-per-day = How many hours do you work in one normal day, without breaks? For example 8.
ask-monthly-pay = How much is your pay for one month before tax and other deductions, in yen? For example 180000 or 18万. You find it on your pay slip.
ask-know-monthly-hours = Do you know your scheduled working hours per month? They are in your contract or work rules (所定労働時間).
monthly-hours-known = Yes, I know
monthly-hours-unknown = No, help me
ask-monthly-hours = How many scheduled hours per month? For example 160.
ask-days-per-week = How many days a week do you normally work? For example 5.
monthly-hours-estimated = That is about { $monthly_hours } hours a month ({ $days_per_week } days × { $hours_per_day } hours × 52 weeks ÷ 12 months). This is an estimate: your contract may give the exact number.
ask-piece-pay = How much did you get for the pieces you made in one pay period (usually one month), in yen?
ask-piece-hours = How many hours did you actually work in that period?

## Minimum wage check

wage-intro = I will compare your pay with the minimum wage of the prefecture where you work. The minimum wage is the lowest pay per hour that the law allows, for every worker, also for technical intern trainees.
wage-ask-when = Which pay do you want to check?
wage-when-now = My pay now
wage-when-earlier = An earlier month
wage-ask-date = Which month? Write year and month, for example 2025-08.
wage-ask-included = Does that amount include any of these? Overtime, night or holiday pay; allowances for commuting, family or perfect attendance; bonuses. They do not count for the minimum wage.
wage-ask-excluded = How much of the amount is these items, in yen? Add them up from your pay slip. For example 15000.
wage-result-below =
    The minimum wage in { $prefecture } on { $checked_date } is ¥{ $minimum_wage } an hour (in force since { $minimum_since }).
    Your pay that counts is ¥{ $hourly_equivalent } an hour.
    That is ¥{ $shortfall_per_hour } an hour BELOW the minimum wage. Paying less is against the law (Minimum Wages Act, Art. 4). The employer must pay the difference.
    (Minimum wage figures as of { $data_as_of }.)
wage-result-ok =
    The minimum wage in { $prefecture } on { $checked_date } is ¥{ $minimum_wage } an hour (in force since { $minimum_since }).
    Your pay that counts is ¥{ $hourly_equivalent } an hour. That is not below the minimum wage.
    (Minimum wage figures as of { $data_as_of }.)
wage-pending-recommended = A new minimum wage of ¥{ $pending_amount } has been recommended for { $pending_fy }. It may already apply: ask the labour bureau or a counselor.
wage-pending-planned = A new minimum wage of ¥{ $pending_amount } has been recommended for { $pending_fy }, planned to start on { $pending_since }. It may already apply: ask the labour bureau or a counselor.
wage-pending-confirmed = From { $pending_since }, the minimum wage here will be ¥{ $pending_amount } an hour.
wage-below-next = What you can do: keep your pay slips, your contract and a record of the hours you worked. A counselor can help you ask for the money, in your language.
wage-estimate-owed = How much am I owed?
wage-ask-months = For how many months has your pay been this low? For example 6.
wage-ask-worked-hours = How many hours do you work in a normal month? For example 170.
wage-back-pay =
    That is about ¥{ $shortfall_per_month } too little each month (¥{ $shortfall_per_hour } an hour × { $hours_counted } hours), so roughly ¥{ $back_pay } over { $months } months. This is only an estimate; the real amount depends on your pay slips.
    You can claim unpaid wages for { $limitation_years } years after each payday. Keep your pay slips and write down your hours every day.
wage-ok-end = If money is taken from your pay, or overtime is not paid right, you can check those too.
wage-no-data = I do not have minimum wage figures for that date. My figures start on { $earliest_date }. A counselor or the labour bureau can tell you.
wage-invalid = Some answers do not fit together (for example, the part that does not count is more than the whole pay). Let us try again.

## Overtime check

overtime-intro =
    Work beyond 8 hours a day or 40 hours a week is overtime. The law says it must be paid at least { $premium_overtime }% more than normal pay, and { $premium_beyond_60h }% more beyond { $premium_threshold_hours } hours of overtime in a month.
    Work between 22:00 and 5:00 gets { $premium_late_night }% more, and work on your weekly day off { $premium_legal_holiday }% more. I will check one month.
overtime-ask-hours = How many hours of overtime did you work this month (beyond 8 hours a day or 40 hours a week)? Write 0 if none.
overtime-ask-night = How many of all your hours this month were between 22:00 and 5:00? Write 0 if none.
overtime-ask-holiday = How many hours did you work on your weekly day off this month? Write 0 if none.
overtime-ask-paid = How much were you paid in total for overtime, night work and day-off work this month, in yen? Look at your pay slip. If you got ¥300 an hour for 40 hours, write 12000.
overtime-above-45 = This is more than { $limit_without_special_clause } hours of overtime in a month. That is allowed only with a special agreement at your workplace, and only some months a year. Ask a counselor.
overtime-at-or-above-100 = Your overtime and day-off work add up to { $limit_absolute_below } hours or more this month. That is against the law in every case (Labor Standards Act, Art. 36). It is also dangerous for your health.
overtime-result-underpaid =
    Your base pay is ¥{ $base_per_hour } an hour (never less than the minimum wage).
    For these hours you should get at least ¥{ $required_pay }. You got ¥{ $overtime_paid }: that is ¥{ $overtime_shortfall } too little. This is against the law (Labor Standards Act, Art. 37).
    Keep your pay slips and a record of your hours. You can claim unpaid wages for { $limitation_years } years.
overtime-result-ok =
    Your base pay is ¥{ $base_per_hour } an hour. For these hours the law requires at least ¥{ $required_pay }, and you got ¥{ $overtime_paid }. That is enough.
overtime-invalid = I could not check this with your answers. Let us try again, or ask a counselor.

## Where to get help

help-prefecture-unknown = I don't know
help-line-open-now = Open now in your language: { $line_name }, phone { $line_phone } ({ $line_hours }). All times are Japan time.
help-line-opens-later = In your language: { $line_name }, phone { $line_phone }. It is closed now and opens at { $opens_at }, Japan time ({ $line_hours }).
help-line-hours-unknown = In your language: { $line_name }, phone { $line_phone }. I do not know for certain when it is open ({ $line_hours }).
help-line-none = I do not know a phone line in your language yet. The government line below answers in Japanese and has other languages too, and a counselor here can help you in writing.
help-line-uncertain = This number comes from only one unofficial source, so I am not sure it is still right. If nobody answers, call the government line below.
# Opening hours of phone lines, assembled from data/contacts.toml.
day-mon = Mon
day-tue = Tue
day-wed = Wed
day-thu = Thu
day-fri = Fri
day-sat = Sat
day-sun = Sun
day-holiday = holidays
hours-every-day = every day
hours-always = 24 hours, every day
hours-closed = closed { $dates }
hours-unknown = days and hours not known for certain
help-other-lines =
    Other lines in your language (● open now, ○ closed now, ? hours not known):
    { $other_lines }
help-bureau = The labour bureau for { $bureau_prefecture } is { $bureau_name }: { $bureau_url }. It has a free consultation corner (総合労働相談コーナー) where you can talk without an appointment; its phone number is on that page.
help-have-ready = Before you call or go, have ready: your pay slips, your contract, a record of your working hours, and your residence card.
help-show-card = Card for the staff
staff-card-wage = I would like to consult about my pay: I think it is below the minimum wage. My language is { $worker_language }. Please help me, with an interpreter if possible.
staff-card-overtime = I would like to consult about overtime that is not paid correctly. My language is { $worker_language }. Please help me, with an interpreter if possible.
staff-card = I would like to consult about a problem at work. My language is { $worker_language }. Please help me, with an interpreter if possible.
help-card-after = Show the card above to the staff at the labour bureau or any office. It says the same in Japanese and in your language.
