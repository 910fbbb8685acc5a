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

> 1
Which one? If it is not in the list, tap "Back".
[1] Income tax
[2] Resident tax
[3] Health ins., pension
[4] Employment insurance
[5] Back

> 1
Income tax (所得税): ALLOWED. The law lets the company take this from your pay.
Law: Labor Standards Act Art. 24; Income Tax Act Art. 183
Income tax is taken from pay by law.
What to do: check the amount on your pay slip and in your year-end adjustment (年末調整). If it looks wrong, ask the tax office or a counselor.
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

> 60000
How many people live there, you included? For example 3.

> 3
How much is taken from your pay for the room each month, in yen? Only the rent, without water, electricity or gas.

> 30000
A fair share is about ¥20,000 a month (¥60,000 ÷ 3 people). ¥30,000 is taken from your pay: ¥10,000 more than that. This looks like too much. Ask the company to show you the rental contract and how they calculated your amount.
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

> 2
Penalty for quitting or leaving (違約金): LOOKS ILLEGAL. The company may not take this from your pay.
Law: Labor Standards Act Art. 16; Technical Intern Training Act Art. 47(1)
A penalty for quitting, running away or breaking the contract (違約金) is forbidden. For technical intern trainees this is also true when the contract is with your family, and a guarantee deposit (保証金) is forbidden too.
What to do: do not pay it. Keep the contract or any paper about it, and talk to a counselor.
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

> 6000
What is your daily average wage (平均賃金), in yen? The company or a counselor can tell you. If you do not know, write "skip".

> 10000
What is your total pay for this pay period (usually one month), before deductions, in yen? If you do not know, write "skip".

> 200000
This cut is MORE than the law allows. It looks illegal.
For one incident, at most ¥5,000 may be cut. This cut is more.
In one pay period, all cuts together may be at most ¥20,000. If there were other cuts in the same period, add them up and compare.
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

> 4
Which one? If it is not in the list, tap "Back".
[1] Broker fee, loan
[2] Supervising org. fee
[3] Passport-keeping fee
[4] Flight home
[5] Forced savings
[6] Uniform, tools
[7] Back

> 6
Uniform, tools and equipment: IT DEPENDS. This is allowed only under conditions.
Law: Labor Standards Act Art. 24; Labor Standards Act Art. 89
Allowed only if:
There is a written agreement between the company and the workers (労使協定), a rule in the work regulations (就業規則) says that workers pay for it, and the amount is fair. Safety equipment that the law says the company must supply may not be charged.
How to check: ask to see the work regulations and the agreement.
Careful: this rule is not yet confirmed in a source I could check. Ask a counselor to confirm it.
Uniforms, tools and equipment may be charged only under those conditions.
What to do: keep the receipts and your pay slips.
Is anything else taken from your pay?
[1] Yes, check another
[2] No, show summary
[3] Talk to a person

> 2
What you checked:
These look illegal (against the law):
• Penalty for quitting or leaving (違約金)
• Pay cut as a punishment (減給)
These are allowed only under conditions. Ask the company or the supervising organisation:
• Dormitory or room rent (寮費): ask to see the written agreement (労使協定), the rental contract, and how many people share the home.
• Uniform, tools and equipment: ask to see the work regulations (就業規則) and the written agreement. Keep the receipts.
These are allowed by law:
• Income tax (所得税)
What you can do now: keep your pay slips and write down each amount. Do not sign anything you do not understand. A counselor can help you ask questions and get money back, in your language.
[1] Talk to a person
[2] Phone lines
[3] Check another one
[4] Main menu

> 2
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

> 10
Open now in your language: Yorisoi Hotline, foreign languages (press 2) (よりそいホットライン（外国語 2番）), phone 0120-279-338 (every day 10:00–22:00). All times are Japan time.
Other lines in your language (● open now, ○ closed now, ? hours not known):
● Labour Conditions Consultation Hotline, English: 0120-531-401 (Mon–Fri 17:00–22:00; Sat, Sun, holidays 9:00–21:00; closed 12/29–1/3)
? OTIT native-language consultation for technical intern trainees, English: 0120-250-147 (days and hours not known for certain)
Labour Conditions Consultation Hotline (free call, the government's line for problems at work): 0120-811-610
Japan time: Monday to Friday 17:00–22:00; Saturday, Sunday and holidays 9:00–21:00. Closed from 12/29 to 1/3 (month/day).
It answers in Japanese, and has lines in other languages too. You do not have to give your name.
Before you call or go, have ready: your pay slips, your contract, a record of your working hours, and your residence card.
[1] Card for the staff
[2] Talk to a person
[3] Main menu

> 1
I would like to consult about money taken from my pay (deductions). I think some of it may be against the law. My language is English. Please help me, with an interpreter if possible.
給料から引かれているお金（控除）について相談したいです。法律に違反しているものがあると思います。私のことばは英語です。できれば、通訳をお願いします。
Show the card above to the staff at the labour bureau or any office. It says the same in Japanese and in your language.
[1] Main menu
[2] Talk to a person
