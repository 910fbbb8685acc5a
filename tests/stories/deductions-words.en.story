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

> 5
Write in a few words what is taken, for example as it is written on your pay slip: "dorm", "寮費" or "fine for being late".

> electricity bill
I think this is: Water, electricity and gas (水道光熱費).
Water, electricity and gas (水道光熱費): IT DEPENDS. This is allowed only under conditions.
Law: Labor Standards Act Art. 24; Technical Intern Training Act Regulation Art. 14
Allowed only if:
There is a written agreement between the company and the workers (労使協定), you agreed, and it is only the real cost.
How to check: ask to see the bills.
Water, electricity and gas may be taken only at what they really cost. The usual way is to divide the real bills among the people who live there, but this way of dividing is not confirmed in my sources.
What to do: keep your pay slips, and write down the amount taken each month.
Is anything else taken from your pay?
[1] Yes, check another
[2] No, show summary
[3] Talk to a person

> 1
What is taken from your pay? Choose a group.
[1] Taxes and insurance
[2] Housing, food, bills
[3] Fines and penalties
[4] Fees and other costs
[5] Something else
[6] Done: summary

> 5
Write in a few words what is taken, for example as it is written on your pay slip: "dorm", "寮費" or "fine for being late".

> dorm and electricity
Your words fit more than one kind: Dormitory or room rent (寮費), Water, electricity and gas (水道光熱費). Let us check them one at a time. Choose the group of the first one.
What is taken from your pay? Choose a group.
[1] Taxes and insurance
[2] Housing, food, bills
[3] Fines and penalties
[4] Fees and other costs
[5] Something else
[6] Done: summary

> 5
Write in a few words what is taken, for example as it is written on your pay slip: "dorm", "寮費" or "fine for being late".

> social club fee
I could not tell what kind of deduction this is. I will keep your words for the summary, so that a counselor can look at them.
[1] Choose from the list
[2] Write it again
[3] Done: summary
[4] Talk to a person

> 1
What is taken from your pay? Choose a group.
[1] Taxes and insurance
[2] Housing, food, bills
[3] Fines and penalties
[4] Fees and other costs
[5] Something else
[6] Done: summary

> 2
Which one? If it is not in the list, tap "Back".
[1] Dormitory, rent
[2] Water, power, gas
[3] Food, meals
[4] Back

> 1
Dormitory or room rent (寮費): IT DEPENDS. This is allowed only under conditions.
Law: Labor Standards Act Art. 24; Technical Intern Training Act Regulation Art. 14
Allowed only if:
There is a written agreement between the company and the workers (労使協定); it was explained to you and you agreed; and the amount is no more than the real cost, or is otherwise fair (実費に相当する額その他の適正な額).
How to check: ask the company to show you the agreement and how the amount was calculated.
For a home the company rents from a landlord, a fair share is the rent with management or common fees (管理費・共益費), without deposit, key money or agent fees, divided by the number of people who live there. This is how the rules for technical intern trainees and specified skilled workers count it. If several people share a room and each pays a full rent, that is likely too much.
What to do: if you share a room, check how many people live in the home and what each one pays. Keep your pay slips.
I can check your share of the rent. Does the company rent your home from a landlord (for example an apartment)?
[1] Yes, it is rented
[2] The company owns it
[3] I don't know
[4] Skip this

> 2
If the company owns the building, the amount must be one it can justify from what the building cost, how long it can be used, and how many people live there. Ask the company to explain how they calculated it.
Is anything else taken from your pay?
[1] Yes, check another
[2] No, show summary
[3] Talk to a person

> 1
What is taken from your pay? Choose a group.
[1] Taxes and insurance
[2] Housing, food, bills
[3] Fines and penalties
[4] Fees and other costs
[5] Something else
[6] Done: summary

> 2
Which one? If it is not in the list, tap "Back".
[1] Dormitory, rent
[2] Water, power, gas
[3] Food, meals
[4] Back

> 1
Dormitory or room rent (寮費): IT DEPENDS. This is allowed only under conditions.
Law: Labor Standards Act Art. 24; Technical Intern Training Act Regulation Art. 14
Allowed only if:
There is a written agreement between the company and the workers (労使協定); it was explained to you and you agreed; and the amount is no more than the real cost, or is otherwise fair (実費に相当する額その他の適正な額).
How to check: ask the company to show you the agreement and how the amount was calculated.
For a home the company rents from a landlord, a fair share is the rent with management or common fees (管理費・共益費), without deposit, key money or agent fees, divided by the number of people who live there. This is how the rules for technical intern trainees and specified skilled workers count it. If several people share a room and each pays a full rent, that is likely too much.
What to do: if you share a room, check how many people live in the home and what each one pays. Keep your pay slips.
I can check your share of the rent. Does the company rent your home from a landlord (for example an apartment)?
[1] Yes, it is rented
[2] The company owns it
[3] I don't know
[4] Skip this

> 3
Ask the company: is your home rented from a landlord? If it is, a fair share is the rent with management or common fees, without deposit, key money or agent fees, divided by the people who live there. Ask to see the rental contract.
Is anything else taken from your pay?
[1] Yes, check another
[2] No, show summary
[3] Talk to a person

> 1
What is taken from your pay? Choose a group.
[1] Taxes and insurance
[2] Housing, food, bills
[3] Fines and penalties
[4] Fees and other costs
[5] Something else
[6] Done: summary

> 2
Which one? If it is not in the list, tap "Back".
[1] Dormitory, rent
[2] Water, power, gas
[3] Food, meals
[4] Back

> 1
Dormitory or room rent (寮費): IT DEPENDS. This is allowed only under conditions.
Law: Labor Standards Act Art. 24; Technical Intern Training Act Regulation Art. 14
Allowed only if:
There is a written agreement between the company and the workers (労使協定); it was explained to you and you agreed; and the amount is no more than the real cost, or is otherwise fair (実費に相当する額その他の適正な額).
How to check: ask the company to show you the agreement and how the amount was calculated.
For a home the company rents from a landlord, a fair share is the rent with management or common fees (管理費・共益費), without deposit, key money or agent fees, divided by the number of people who live there. This is how the rules for technical intern trainees and specified skilled workers count it. If several people share a room and each pays a full rent, that is likely too much.
What to do: if you share a room, check how many people live in the home and what each one pays. Keep your pay slips.
I can check your share of the rent. Does the company rent your home from a landlord (for example an apartment)?
[1] Yes, it is rented
[2] The company owns it
[3] I don't know
[4] Skip this

> 1
What is the monthly rent of the whole home, with management or common fees (管理費・共益費), in yen? Do not add deposit, key money or agent fees. For example 60000.

> 50000
How many people live there, you included? For example 3.

> 2
How much is taken from your pay for the room each month, in yen? Only the rent, without water, electricity or gas.

> 20000
A fair share is about ¥25,000 a month (¥50,000 ÷ 2 people). ¥20,000 is taken from your pay: not more than that. It is still allowed only with the written agreement.
Is anything else taken from your pay?
[1] Yes, check another
[2] No, show summary
[3] Talk to a person

> 1
What is taken from your pay? Choose a group.
[1] Taxes and insurance
[2] Housing, food, bills
[3] Fines and penalties
[4] Fees and other costs
[5] Something else
[6] Done: summary

> 3
Which one? If it is not in the list, tap "Back".
[1] Mistakes, damage
[2] Penalty for quitting
[3] Fine for absence
[4] Pay cut (punishment)
[5] Back

> 4
Pay cut as a punishment (減給): allowed only if the work regulations (就業規則) say so, and only up to limits set by law. Let us check the amounts.
Law: Labor Standards Act Art. 91
How much was cut for one incident (one time), in yen? If you do not know, write "skip".

> skip
What is your daily average wage (平均賃金), in yen? The company or a counselor can tell you. If you do not know, write "skip".

> skip
What is your total pay for this pay period (usually one month), before deductions, in yen? If you do not know, write "skip".

> 200000
I could not compare this cut with the limits. It is allowed only if the work regulations (就業規則) provide for it, and only up to the limits.
For one incident: to know the limit, I need the amount cut and your daily average wage.
In one pay period, all cuts together may be at most ¥20,000.
Pay you do not get for hours you did not work is not a punishment, and does not count here.
What to do: ask to see the rule in the work regulations, and keep your pay slips.
Is anything else taken from your pay?
[1] Yes, check another
[2] No, show summary
[3] Talk to a person

> 1
What is taken from your pay? Choose a group.
[1] Taxes and insurance
[2] Housing, food, bills
[3] Fines and penalties
[4] Fees and other costs
[5] Something else
[6] Done: summary

> 3
Which one? If it is not in the list, tap "Back".
[1] Mistakes, damage
[2] Penalty for quitting
[3] Fine for absence
[4] Pay cut (punishment)
[5] Back

> 4
Pay cut as a punishment (減給): allowed only if the work regulations (就業規則) say so, and only up to limits set by law. Let us check the amounts.
Law: Labor Standards Act Art. 91
How much was cut for one incident (one time), in yen? If you do not know, write "skip".

> 3000
What is your daily average wage (平均賃金), in yen? The company or a counselor can tell you. If you do not know, write "skip".

> 10000
What is your total pay for this pay period (usually one month), before deductions, in yen? If you do not know, write "skip".

> 200000
This cut is within the limits I could check. It is still allowed only if the work regulations (就業規則) provide for it.
For one incident, at most ¥5,000 may be cut. This cut is not more.
In one pay period, all cuts together may be at most ¥20,000. If there were other cuts in the same period, add them up and compare.
Pay you do not get for hours you did not work is not a punishment, and does not count here.
What to do: ask to see the rule in the work regulations, and keep your pay slips.
Is anything else taken from your pay?
[1] Yes, check another
[2] No, show summary
[3] Talk to a person

> 2
What you checked:
These are allowed only under conditions. Ask the company or the supervising organisation:
• Water, electricity and gas (水道光熱費): ask to see the bills, and how they were divided among the people who live there.
• Dormitory or room rent (寮費): ask to see the written agreement (労使協定), the rental contract, and how many people share the home.
• Pay cut as a punishment (減給): ask to see the rule in the work regulations (就業規則), and check the amounts with a counselor.
These I could not recognise. Show them to a counselor:
• “social club fee”
What you can do now: keep your pay slips and write down each amount. Do not sign anything you do not understand. A counselor can help you ask questions and get money back, in your language.
[1] Talk to a person
[2] Phone lines
[3] Check another one
[4] Main menu

> 4
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights
