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

> 3
If you are in danger now, call 110 (police) or 119 (ambulance, fire). Both are free, day and night.
For technical intern trainees, the law forbids forcing you to work by violence, threats or by locking you in (Technical Intern Training Act, Art. 46). It also forbids unfair limits on going out and on your private life (Technical Intern Training Act, Art. 48(2)).
Write down what happened: the date, the place, who did it, and what they said or did. Keep photos, messages and papers from a doctor. Shouting, insults, bullying and sexual harassment are problems too: you do not have to face them alone.
If you are in danger now, tap "I am in danger": a counselor answers you first. Otherwise, a person can help you decide what to do.
[1] I am in danger
[2] Talk to a person
[3] Phone lines
[4] Other rights
[5] Main menu

> 1
I have told our counselors that you may be in danger. A person will answer you here as soon as possible. Keep your phone with you.
If you can, go to a safe place: a police box (交番), a convenience store or a station.
[1] Main menu
