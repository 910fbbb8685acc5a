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

> 1
Your passport and your residence card (在留カード) are yours. For technical intern trainees the law is clear: the company and the supervising organisation may not keep them (Technical Intern Training Act, Art. 48(1)). A fee for keeping them is forbidden too.
For other workers, such as specified skilled workers, this rule is not yet confirmed in my checked sources. A counselor can tell you what applies to you.
If you are in danger now, call 110 (police) or 119 (ambulance, fire). Both are free, day and night.
What you can do: ask for your passport and card back. Write down when you asked, whom, and what they said. If they refuse or threaten you, talk to a counselor now.
[1] A counselor, now
[2] Phone lines
[3] Other rights
[4] Main menu

> 1
I have asked our counselors to answer you first. A person will write to you here as soon as possible.
You can keep writing: everything you send is kept for the counselor.
[1] Main menu
