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

> 2
Are you being sent home, or taken to the airport, against your will? That is dangerous. Get help now.
If you are in danger now, call 110 (police) or 119 (ambulance, fire). Both are free, day and night.
What the law says for technical intern trainees: the company and the supervising organisation may not keep your passport (Technical Intern Training Act, Art. 48(1)). A penalty for quitting or leaving is forbidden (Labor Standards Act, Art. 16). When your training ends, even early, the supervising organisation pays your flight home (Technical Intern Training Act Regulation, Art. 12(1)(vi)).
Do not sign papers you do not understand, and do not agree to go home before you talk to a counselor. At the airport, if you are made to leave against your will, call the police on the number above. Tap "A counselor, now": you go first in the queue.
[1] A counselor, now
[2] Phone lines
[3] Other rights
[4] Main menu

> 1
I have told our counselors that you may be in danger. A person will answer you here as soon as possible. Keep your phone with you.
If you can, go to a safe place: a police box (交番), a convenience store or a station.
[1] Main menu
