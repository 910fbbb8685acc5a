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

> 4
If you are pregnant: the law in Japan protects workers who are pregnant. This is true for foreign workers and technical intern trainees too. You should not be fired or sent home because you are pregnant.
My checked sources do not yet name the exact law for this. A counselor can tell you which law protects you, and help you use it.
If you are told to quit, to go home, or that you cannot stay because you are pregnant: do not sign anything and do not agree yet. Talk to a counselor first. Take care of your health: see a doctor.
[1] A counselor, now
[2] Phone lines
[3] Other rights
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
I would like to consult about this problem at work:
My pregnancy and my job.
My language is English. Please help me, with an interpreter if possible.
次の仕事の問題について相談したいです：
妊娠と仕事のこと。
私のことばは英語です。できれば、通訳をお願いします。
Show the card above to the staff at the labour bureau or any office. It says the same in Japanese and in your language.
[1] Main menu
[2] Talk to a person
