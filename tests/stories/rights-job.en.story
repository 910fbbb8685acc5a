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

> 6
Can I change to another employer?
Technical intern trainees: only in some cases. My checked sources do not list them yet, so ask a counselor or OTIT before you leave your job.
Specified skilled workers: the rules for changing employers are not in my checked sources yet. Ask a counselor before you quit.
A new system, Employment for Skill Development (育成就労), will replace technical intern training from 2027-04-01. In it:
• If there is abuse or harassment, or another reason you cannot stay, you can change employers in more cases.
• You can also change by your own wish, in the same field, after a set time with your first employer, if you pass skill and Japanese tests.
• Changes go through public bodies such as Hello Work, not private job agencies.
• Fees paid to sending organisations get an upper limit.
Not yet confirmed in my sources: how long you must stay first in each field, the Japanese level needed in each field, and how high the fee limit is. None of this applies before 2027-04-01. Ask a counselor what it means for you.
What do you want to do now?
[1] Talk to a person
[2] Phone lines
[3] Other rights
[4] Main menu

> 3
Which problem do you have? Choose one.
[1] Passport kept
[2] Forced to go home
[3] Violence, harassment
[4] Pregnancy
[5] Wages not paid
[6] Changing employer
[7] Paid leave
[8] Main menu

> 8
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights
