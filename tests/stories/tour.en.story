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
This check is still being prepared and is not ready yet. I am sorry.
Until it is ready, a person can help you: tap "Talk to a person", or call one of the phone lines below.
Labour Conditions Consultation Hotline (free call, the government's line for problems at work): 0120-811-610
Japan time: Monday to Friday 17:00–22:00; Saturday, Sunday and holidays 9:00–21:00. Closed from 12/29 to 1/3 (month/day).
It answers in Japanese, and has lines in other languages too. You do not have to give your name.
[1] Talk to a person
[2] Main menu

> 2
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> 6
Your rights at work
This check is still being prepared and is not ready yet. I am sorry.
Until it is ready, a person can help you: tap "Talk to a person", or call one of the phone lines below.
Labour Conditions Consultation Hotline (free call, the government's line for problems at work): 0120-811-610
Japan time: Monday to Friday 17:00–22:00; Saturday, Sunday and holidays 9:00–21:00. Closed from 12/29 to 1/3 (month/day).
It answers in Japanese, and has lines in other languages too. You do not have to give your name.
[1] Talk to a person
[2] Main menu

> 1
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
