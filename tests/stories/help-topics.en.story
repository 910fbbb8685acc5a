lang: en

> /start
Hello. I am sodan, a free and confidential helper for people from abroad who work in Japan.
I can check your pay, the money taken from it, and your overtime, and tell you where to get help in your language.
I do not tell your employer or the supervising organisation anything.
You can type /menu at any time to come back here, /human to talk to a person, and /lang to change the language.
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> 1
Minimum wage check
I will compare your pay with the minimum wage of the prefecture where you work. The minimum wage is the lowest pay per hour that the law allows, for every worker, also for technical intern trainees.
Which pay do you want to check?
[1] My pay now
[2] An earlier month

> 1
Where do you work? Choose the area of Japan, or type the name of the prefecture.
[1] Hokkaido
[2] Tohoku
[3] Kanto (Tokyo)
[4] Chubu (Aichi)
[5] Kinki (Osaka)
[6] Chugoku
[7] Shikoku
[8] Kyushu, Okinawa
[9] I will type it

> 9
Which prefecture? Tap it, or type its name (for example Aichi or 愛知).

> Tokyo
How are you paid?
[1] By the hour
[2] By the day
[3] By the month
[4] By the piece

> 1
How much do you get for one hour, in yen? For example 1100.

> 1000
Does that amount include any of these? Overtime, night or holiday pay; allowances for commuting, family or perfect attendance; bonuses. They do not count for the minimum wage.
[1] Yes
[2] No

> 2
The minimum wage in Tokyo (東京都) on 2026-11-23 is ¥1,226 an hour (in force since 2025-10-03).
Your pay that counts is ¥1,000 an hour.
That is ¥226 an hour BELOW the minimum wage. Paying less is against the law (Minimum Wages Act, Art. 4). The employer must pay the difference.
(Minimum wage figures as of 2026-11-23.)
A new minimum wage of ¥1,280 has been recommended for FY2026, planned to start on 2026-10-01. It may already apply: ask the labour bureau or a counselor.
What you can do: keep your pay slips, your contract and a record of the hours you worked. A counselor can help you ask for the money, in your language.
[1] Talk to a person
[2] How much am I owed?
[3] Phone lines
[4] Main menu

> 3
If you are in danger now, call 110 (police) or 119 (ambulance, fire). Both are free, day and night.
Where do you work? Choose the area of Japan, or type the name of the prefecture.
[1] Hokkaido
[2] Tohoku
[3] Kanto (Tokyo)
[4] Chubu (Aichi)
[5] Kinki (Osaka)
[6] Chugoku
[7] Shikoku
[8] Kyushu, Okinawa
[9] I will type it
[10] I don't know

> 東京
Open now in your language: Yorisoi Hotline, foreign languages (press 2) (よりそいホットライン（外国語 2番）), phone 0120-279-338 (every day 10:00–22:00). All times are Japan time.
Other lines in your language (● open now, ○ closed now, ? hours not known):
● Labour Conditions Consultation Hotline, English: 0120-531-401 (Mon–Fri 17:00–22:00; Sat, Sun, holidays 9:00–21:00; closed 12/29–1/3)
? OTIT native-language consultation for technical intern trainees, English: 0120-250-147 (days and hours not known for certain)
Labour Conditions Consultation Hotline (free call, the government's line for problems at work): 0120-811-610
Japan time: Monday to Friday 17:00–22:00; Saturday, Sunday and holidays 9:00–21:00. Closed from 12/29 to 1/3 (month/day).
It answers in Japanese, and has lines in other languages too. You do not have to give your name.
The labour bureau for Tokyo (東京都) is Tokyo Labour Bureau (東京労働局): https://jsite.mhlw.go.jp/tokyo-roudoukyoku/. It has a free consultation corner (総合労働相談コーナー) where you can talk without an appointment; its phone number is on that page.
Before you call or go, have ready: your pay slips, your contract, a record of your working hours, and your residence card.
[1] Card for the staff
[2] Talk to a person
[3] Main menu

> 1
I would like to consult about my pay: I think it is below the minimum wage. My language is English. Please help me, with an interpreter if possible.
給料について相談したいです。最低賃金より低いと思います。私のことばは英語です。できれば、通訳をお願いします。
Show the card above to the staff at the labour bureau or any office. It says the same in Japanese and in your language.
[1] Main menu
[2] Talk to a person

> /menu
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> 3
Overtime pay check
Work beyond 8 hours a day or 40 hours a week is overtime. The law says it must be paid at least 25% more than normal pay, and 50% more beyond 60 hours of overtime in a month.
Work between 22:00 and 5:00 gets 25% more, and work on your weekly day off 35% more. I will check one month.
Where do you work? Choose the area of Japan, or type the name of the prefecture.
[1] Hokkaido
[2] Tohoku
[3] Kanto (Tokyo)
[4] Chubu (Aichi)
[5] Kinki (Osaka)
[6] Chugoku
[7] Shikoku
[8] Kyushu, Okinawa
[9] I will type it

> 4
Which prefecture? Tap it, or type its name (for example Aichi or 愛知).
[1] Niigata (新潟県)
[2] Toyama (富山県)
[3] Ishikawa (石川県)
[4] Fukui (福井県)
[5] Yamanashi (山梨県)
[6] Nagano (長野県)
[7] Gifu (岐阜県)
[8] Shizuoka (静岡県)
[9] Aichi (愛知県)

> 愛知
How are you paid?
[1] By the hour
[2] By the day
[3] By the month

> 1
How much do you get for one hour, in yen? For example 1100.

> 1100
How many hours of overtime did you work this month (beyond 8 hours a day or 40 hours a week)? Write 0 if none.

> 20
How many of all your hours this month were between 22:00 and 5:00? Write 0 if none.

> 0
How many hours did you work on your weekly day off this month? Write 0 if none.

> 0
How much were you paid in total for overtime, night work and day-off work this month, in yen? Look at your pay slip. If you got ¥300 an hour for 40 hours, write 12000.

> 5000
Your base pay is ¥1,140 an hour (never less than the minimum wage).
For these hours you should get at least ¥28,500. You got ¥5,000: that is ¥23,500 too little. This is against the law (Labor Standards Act, Art. 37).
Keep your pay slips and a record of your hours. You can claim unpaid wages for 3 years.
[1] Talk to a person
[2] Phone lines
[3] Main menu

> 2
If you are in danger now, call 110 (police) or 119 (ambulance, fire). Both are free, day and night.
Where do you work? Choose the area of Japan, or type the name of the prefecture.
[1] Hokkaido
[2] Tohoku
[3] Kanto (Tokyo)
[4] Chubu (Aichi)
[5] Kinki (Osaka)
[6] Chugoku
[7] Shikoku
[8] Kyushu, Okinawa
[9] I will type it
[10] I don't know

> Aichi
Open now in your language: Yorisoi Hotline, foreign languages (press 2) (よりそいホットライン（外国語 2番）), phone 0120-279-338 (every day 10:00–22:00). All times are Japan time.
Other lines in your language (● open now, ○ closed now, ? hours not known):
● Labour Conditions Consultation Hotline, English: 0120-531-401 (Mon–Fri 17:00–22:00; Sat, Sun, holidays 9:00–21:00; closed 12/29–1/3)
? OTIT native-language consultation for technical intern trainees, English: 0120-250-147 (days and hours not known for certain)
Labour Conditions Consultation Hotline (free call, the government's line for problems at work): 0120-811-610
Japan time: Monday to Friday 17:00–22:00; Saturday, Sunday and holidays 9:00–21:00. Closed from 12/29 to 1/3 (month/day).
It answers in Japanese, and has lines in other languages too. You do not have to give your name.
The labour bureau for Aichi (愛知県) is Aichi Labour Bureau (愛知労働局): https://jsite.mhlw.go.jp/aichi-roudoukyoku/. It has a free consultation corner (総合労働相談コーナー) where you can talk without an appointment; its phone number is on that page.
Before you call or go, have ready: your pay slips, your contract, a record of your working hours, and your residence card.
[1] Card for the staff
[2] Talk to a person
[3] Main menu

> 1
I would like to consult about overtime that is not paid correctly. My language is English. Please help me, with an interpreter if possible.
残業代が正しく払われていないことについて相談したいです。私のことばは英語です。できれば、通訳をお願いします。
Show the card above to the staff at the labour bureau or any office. It says the same in Japanese and in your language.
[1] Main menu
[2] Talk to a person
