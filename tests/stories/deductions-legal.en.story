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

> 6
You did not choose any deduction. If you are not sure what a line on your pay slip means, a counselor can help.
[1] Main menu
[2] Talk to a person

> 1
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

> 1
Which one? If it is not in the list, tap "Back".
[1] Income tax
[2] Resident tax
[3] Health ins., pension
[4] Employment insurance
[5] Back

> 4
Employment insurance (雇用保険): ALLOWED. The law lets the company take this from your pay.
Law: Labor Standards Act Art. 24; Labour Insurance Premium Collection Act Art. 32
Employment insurance is taken by law.
What to do: nothing, but keep your pay slips: they show you were insured.
Is anything else taken from your pay?
[1] Yes, check another
[2] No, show summary
[3] Talk to a person

> 2
What you checked:
These are allowed by law:
• Employment insurance (雇用保険)
All the deductions you checked are allowed by law. Still, check the amounts on your pay slip every month.
[1] Main menu
[2] Talk to a person
