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

> 5
Your wages must be paid in full, in money, directly to you, at least once a month on a fixed day (Labor Standards Act, Art. 24).
You can claim wages that were not paid for 3 years after each payday. Keep your pay slips and your contract, and write down your working hours every day.
I can check your pay with you, or you can talk to a person.
[1] Is my pay too low?
[2] Overtime pay
[3] Money taken from pay
[4] Talk to a person
[5] Phone lines
[6] Other rights

> 1
Minimum wage check
I will compare your pay with the minimum wage of the prefecture where you work. The minimum wage is the lowest pay per hour that the law allows, for every worker, also for technical intern trainees.
Which pay do you want to check?
[1] My pay now
[2] An earlier month
