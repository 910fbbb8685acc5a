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

> 3
Which prefecture? Tap it, or type its name (for example Aichi or 愛知).
[1] Ibaraki (茨城県)
[2] Tochigi (栃木県)
[3] Gunma (群馬県)
[4] Saitama (埼玉県)
[5] Chiba (千葉県)
[6] Tokyo (東京都)
[7] Kanagawa (神奈川県)

> @v:13
How are you paid?
[1] By the hour
[2] By the day
[3] By the month
[4] By the piece

> 3
How much is your pay for one month before tax and other deductions, in yen? For example 180000 or 18万. You find it on your pay slip.

> 15
I understood: 15. That does not look right here. Please check the number and write it again.

> 180000
Do you know your scheduled working hours per month? They are in your contract or work rules (所定労働時間).
[1] Yes, I know
[2] No, help me

> 2
How many days a week do you normally work? For example 5.

> 5
How many hours do you work in one normal day, without breaks? For example 8.

> 8
That is about 173.33 hours a month (5 days × 8 hours × 52 weeks ÷ 12 months). This is an estimate: your contract may give the exact number.
Does that amount include any of these? Overtime, night or holiday pay; allowances for commuting, family or perfect attendance; bonuses. They do not count for the minimum wage.
[1] Yes
[2] No

> 1
How much of the amount is these items, in yen? Add them up from your pay slip. For example 15000.

> 15000
The minimum wage in Tokyo (東京都) on 2026-11-23 is ¥1,226 an hour (in force since 2025-10-03).
Your pay that counts is ¥951.94 an hour.
That is ¥274.06 an hour BELOW the minimum wage. Paying less is against the law (Minimum Wages Act, Art. 4). The employer must pay the difference.
(Minimum wage figures as of 2026-11-23.)
A new minimum wage of ¥1,280 has been recommended for FY2026, planned to start on 2026-10-01. It may already apply: ask the labour bureau or a counselor.
What you can do: keep your pay slips, your contract and a record of the hours you worked. A counselor can help you ask for the money, in your language.
[1] Talk to a person
[2] How much am I owed?
[3] Phone lines
[4] Main menu

> 2
For how many months has your pay been this low? For example 6.

> 6
That is about ¥47,502 too little each month (¥274.06 an hour × 173.33 hours), so roughly ¥285,012 over 6 months. This is only an estimate; the real amount depends on your pay slips.
You can claim unpaid wages for 3 years after each payday. Keep your pay slips and write down your hours every day.
[1] Talk to a person
[2] Phone lines
[3] Main menu

> /menu
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

> 2
Which month? Write year and month, for example 2025-08.

> 2025-08
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

> 1300
Does that amount include any of these? Overtime, night or holiday pay; allowances for commuting, family or perfect attendance; bonuses. They do not count for the minimum wage.
[1] Yes
[2] No

> 2
The minimum wage in Tokyo (東京都) on 2025-08-01 is ¥1,163 an hour (in force since 2024-10-01).
Your pay that counts is ¥1,300 an hour. That is not below the minimum wage.
(Minimum wage figures as of 2026-11-23.)
From 2025-10-03, the minimum wage here will be ¥1,226 an hour.
If money is taken from your pay, or overtime is not paid right, you can check those too.
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

> 1
Minimum wage check
I will compare your pay with the minimum wage of the prefecture where you work. The minimum wage is the lowest pay per hour that the law allows, for every worker, also for technical intern trainees.
Which pay do you want to check?
[1] My pay now
[2] An earlier month

> 2
Which month? Write year and month, for example 2025-08.

> 2025-08
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

> 1100
Does that amount include any of these? Overtime, night or holiday pay; allowances for commuting, family or perfect attendance; bonuses. They do not count for the minimum wage.
[1] Yes
[2] No

> 2
The minimum wage in Tokyo (東京都) on 2025-08-01 is ¥1,163 an hour (in force since 2024-10-01).
Your pay that counts is ¥1,100 an hour.
That is ¥63 an hour BELOW the minimum wage. Paying less is against the law (Minimum Wages Act, Art. 4). The employer must pay the difference.
(Minimum wage figures as of 2026-11-23.)
From 2025-10-03, the minimum wage here will be ¥1,226 an hour.
What you can do: keep your pay slips, your contract and a record of the hours you worked. A counselor can help you ask for the money, in your language.
[1] Talk to a person
[2] How much am I owed?
[3] Phone lines
[4] Main menu

> 2
For how many months has your pay been this low? For example 6.

> 3
How many hours do you work in a normal month? For example 170.

> /menu
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

> osaka
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
The minimum wage in Osaka (大阪府) on 2026-11-23 is ¥1,177 an hour (in force since 2025-10-16).
Your pay that counts is ¥1,000 an hour.
That is ¥177 an hour BELOW the minimum wage. Paying less is against the law (Minimum Wages Act, Art. 4). The employer must pay the difference.
(Minimum wage figures as of 2026-11-23.)
A new minimum wage of ¥1,231 has been recommended for FY2026, planned to start on 2026-10-01. It may already apply: ask the labour bureau or a counselor.
What you can do: keep your pay slips, your contract and a record of the hours you worked. A counselor can help you ask for the money, in your language.
[1] Talk to a person
[2] How much am I owed?
[3] Phone lines
[4] Main menu

> 2
For how many months has your pay been this low? For example 6.

> 12
How many hours do you work in a normal month? For example 170.

> 160
That is about ¥28,320 too little each month (¥177 an hour × 160 hours), so roughly ¥339,840 over 12 months. This is only an estimate; the real amount depends on your pay slips.
You can claim unpaid wages for 3 years after each payday. Keep your pay slips and write down your hours every day.
[1] Talk to a person
[2] Phone lines
[3] Main menu

> /menu
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

> 2
Which month? Write year and month, for example 2025-08.

> 2024-01
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

> osaka
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
I do not have minimum wage figures for that date. My figures start on 2024-10-01. A counselor or the labour bureau can tell you.
[1] Talk to a person
[2] Phone lines
[3] Main menu
