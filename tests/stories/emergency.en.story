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

> Which button do I hit?
Sorry, I did not understand. Please tap one of the buttons, or type its number.
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

> My boss hit me and took my passport
If you are in danger now, call 110 (police) or 119 (ambulance, fire). Both are free, day and night.
I have told our counselors that you may be in danger. A person will answer you here as soon as possible. Keep your phone with you.
If you can, go to a safe place: a police box (交番), a convenience store or a station.
[1] Main menu

> /menu
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights
