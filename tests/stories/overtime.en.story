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

> Aichi
How are you paid?
[1] By the hour
[2] By the day
[3] By the month

> 3
How much is your pay for one month before tax and other deductions, in yen? For example 180000 or 18万. You find it on your pay slip.

> 200000
Do you know your scheduled working hours per month? They are in your contract or work rules (所定労働時間).
[1] Yes, I know
[2] No, help me

> 1
How many scheduled hours per month? For example 160.

> 160
How many hours of overtime did you work this month (beyond 8 hours a day or 40 hours a week)? Write 0 if none.

> 40
How many of all your hours this month were between 22:00 and 5:00? Write 0 if none.

> 0
How many hours did you work on your weekly day off this month? Write 0 if none.

> 0
How much were you paid in total for overtime, night work and day-off work this month, in yen? Look at your pay slip. If you got ¥300 an hour for 40 hours, write 12000.

> 12000
Your base pay is ¥1,250 an hour (never less than the minimum wage).
For these hours you should get at least ¥62,500. You got ¥12,000: that is ¥50,500 too little. This is against the law (Labor Standards Act, Art. 37).
Keep your pay slips and a record of your hours. You can claim unpaid wages for 3 years.
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

> 8
Which prefecture? Tap it, or type its name (for example Aichi or 愛知).
[1] Fukuoka (福岡県)
[2] Saga (佐賀県)
[3] Nagasaki (長崎県)
[4] Kumamoto (熊本県)
[5] Oita (大分県)
[6] Miyazaki (宮崎県)
[7] Kagoshima (鹿児島県)
[8] Okinawa (沖縄県)

> @v:40
How are you paid?
[1] By the hour
[2] By the day
[3] By the month

> 1
How much do you get for one hour, in yen? For example 1100.

> 1200
How many hours of overtime did you work this month (beyond 8 hours a day or 40 hours a week)? Write 0 if none.

> 50
How many of all your hours this month were between 22:00 and 5:00? Write 0 if none.

> 10
How many hours did you work on your weekly day off this month? Write 0 if none.

> 8
How much were you paid in total for overtime, night work and day-off work this month, in yen? Look at your pay slip. If you got ¥300 an hour for 40 hours, write 12000.

> 100000
This is more than 45 hours of overtime in a month. That is allowed only with a special agreement at your workplace, and only some months a year. Ask a counselor.
Your base pay is ¥1,200 an hour. For these hours the law requires at least ¥90,960, and you got ¥100,000. That is enough.
[1] Main menu
[2] Talk to a person

> @cmd:menu
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

> 2
How much do you get for one day, in yen? For example 9000.

> 10000
How many hours do you work in one normal day, without breaks? For example 8.

> 8
How many hours of overtime did you work this month (beyond 8 hours a day or 40 hours a week)? Write 0 if none.

> 95
How many of all your hours this month were between 22:00 and 5:00? Write 0 if none.

> 0
How many hours did you work on your weekly day off this month? Write 0 if none.

> 10
How much were you paid in total for overtime, night work and day-off work this month, in yen? Look at your pay slip. If you got ¥300 an hour for 40 hours, write 12000.

> 500000
Your overtime and day-off work add up to 100 hours or more this month. That is against the law in every case (Labor Standards Act, Art. 36). It is also dangerous for your health.
Your base pay is ¥1,250 an hour. For these hours the law requires at least ¥176,250, and you got ¥500,000. That is enough.
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
