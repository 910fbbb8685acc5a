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

> 5
Which prefecture? Tap it, or type its name (for example Aichi or 愛知).
[1] Mie (三重県)
[2] Shiga (滋賀県)
[3] Kyoto (京都府)
[4] Osaka (大阪府)
[5] Hyogo (兵庫県)
[6] Nara (奈良県)
[7] Wakayama (和歌山県)

> @v:27
How are you paid?
[1] By the hour
[2] By the day
[3] By the month
[4] By the piece

> 2
How much do you get for one day, in yen? For example 9000.

> 9000
How many hours do you work in one normal day, without breaks? For example 8.

> 8
Does that amount include any of these? Overtime, night or holiday pay; allowances for commuting, family or perfect attendance; bonuses. They do not count for the minimum wage.
[1] Yes
[2] No

> 2
The minimum wage in Osaka (大阪府) on 2026-11-23 is ¥1,177 an hour (in force since 2025-10-16).
Your pay that counts is ¥1,125 an hour.
That is ¥52 an hour BELOW the minimum wage. Paying less is against the law (Minimum Wages Act, Art. 4). The employer must pay the difference.
(Minimum wage figures as of 2026-11-23.)
A new minimum wage of ¥1,231 has been recommended for FY2026, planned to start on 2026-10-01. It may already apply: ask the labour bureau or a counselor.
What you can do: keep your pay slips, your contract and a record of the hours you worked. A counselor can help you ask for the money, in your language.
[1] Talk to a person
[2] How much am I owed?
[3] Phone lines
[4] Main menu

> 4
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

> 7
Which prefecture? Tap it, or type its name (for example Aichi or 愛知).
[1] Tokushima (徳島県)
[2] Kagawa (香川県)
[3] Ehime (愛媛県)
[4] Kochi (高知県)

> @v:37
How are you paid?
[1] By the hour
[2] By the day
[3] By the month
[4] By the piece

> 4
How much did you get for the pieces you made in one pay period (usually one month), in yen?

> 150000
How many hours did you actually work in that period?

> 200
Does that amount include any of these? Overtime, night or holiday pay; allowances for commuting, family or perfect attendance; bonuses. They do not count for the minimum wage.
[1] Yes
[2] No

> 2
The minimum wage in Kagawa (香川県) on 2026-11-23 is ¥1,036 an hour (in force since 2025-10-18).
Your pay that counts is ¥750 an hour.
That is ¥286 an hour BELOW the minimum wage. Paying less is against the law (Minimum Wages Act, Art. 4). The employer must pay the difference.
(Minimum wage figures as of 2026-11-23.)
A new minimum wage of ¥1,092 has been recommended for FY2026, planned to start on 2026-10-01. It may already apply: ask the labour bureau or a counselor.
What you can do: keep your pay slips, your contract and a record of the hours you worked. A counselor can help you ask for the money, in your language.
[1] Talk to a person
[2] How much am I owed?
[3] Phone lines
[4] Main menu

> 4
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

> @v:14
How are you paid?
[1] By the hour
[2] By the day
[3] By the month
[4] By the piece

> 3
How much is your pay for one month before tax and other deductions, in yen? For example 180000 or 18万. You find it on your pay slip.

> 250000
Do you know your scheduled working hours per month? They are in your contract or work rules (所定労働時間).
[1] Yes, I know
[2] No, help me

> 1
How many scheduled hours per month? For example 160.

> 160
Does that amount include any of these? Overtime, night or holiday pay; allowances for commuting, family or perfect attendance; bonuses. They do not count for the minimum wage.
[1] Yes
[2] No

> 2
The minimum wage in Kanagawa (神奈川県) on 2026-11-23 is ¥1,225 an hour (in force since 2025-10-04).
Your pay that counts is ¥1,562.5 an hour. That is not below the minimum wage.
(Minimum wage figures as of 2026-11-23.)
A new minimum wage of ¥1,279 has been recommended for FY2026, planned to start on 2026-10-01. It may already apply: ask the labour bureau or a counselor.
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

> @v:11
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

> 1
How much of the amount is these items, in yen? Add them up from your pay slip. For example 15000.

> 5000
Some answers do not fit together (for example, the part that does not count is more than the whole pay). Let us try again.
[1] Try again
[2] Talk to a person
[3] Main menu

> 1
Which pay do you want to check?
[1] My pay now
[2] An earlier month

> /menu
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights
