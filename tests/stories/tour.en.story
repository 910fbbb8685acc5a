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

> 2
Money taken from your pay
Take your pay slip (給与明細). For each amount taken from your pay, choose what it is. I will tell you if it is allowed and what you can do. At the end you get a summary.
What is taken from your pay? Choose a group.
[1] Taxes and insurance
[2] Housing, food, bills
[3] Fines and penalties
[4] Fees and other costs
[5] Something else
[6] Done: summary

> /menu
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> 6
Your rights at work
Which problem do you have? Choose one.
[1] Passport kept
[2] Forced to go home
[3] Violence, harassment
[4] Pregnancy
[5] Wages not paid
[6] Changing employer
[7] Paid leave
[8] Main menu

> /human
Thank you. A counselor will answer you here, in this chat, as soon as possible.
You can keep writing: everything you send is kept for the counselor.
[1] Main menu

> I am not paid for my overtime.

> Are you there?

> /menu
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> 4
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

> 1
Which prefecture? Tap it, or type its name (for example Aichi or 愛知).
[1] Hokkaido (北海道)

> skip
I do not know that prefecture. Please write its name, for example Tokyo, Aichi or 愛知.

> @cmd:menu
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights
