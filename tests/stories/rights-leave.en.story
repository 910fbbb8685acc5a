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

> 7
Paid holidays (年次有給休暇): I do not yet have checked facts on how many days you get and when you can take them. A counselor or a phone line can tell you. Keep a record of the days you work and the days off you take.
One rule I can tell you: when your overtime is more than 60 hours in a month, the company may give you paid time off instead of part of the extra pay only with a written agreement at the workplace, and only if you choose it (Labor Standards Act, Art. 37(3)).
What do you want to do now?
[1] Talk to a person
[2] Phone lines
[3] Overtime pay
[4] Other rights
[5] Main menu

> 1
Thank you. A counselor will answer you here, in this chat, as soon as possible.
You can keep writing: everything you send is kept for the counselor.
[1] Main menu
