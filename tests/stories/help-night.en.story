lang: en
at: 2026-11-24 23:30

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

> 4
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

> 愛知
In your language: Yorisoi Hotline, foreign languages (press 2) (よりそいホットライン（外国語 2番）), phone 0120-279-338. It is closed now and opens at 2026-11-25 10:00, Japan time (every day 10:00–22:00).
Other lines in your language (● open now, ○ closed now, ? hours not known):
○ Labour Conditions Consultation Hotline, English: 0120-531-401 (Mon–Fri 17:00–22:00; Sat, Sun, holidays 9:00–21:00; closed 12/29–1/3)
? OTIT native-language consultation for technical intern trainees, English: 0120-250-147 (days and hours not known for certain)
Labour Conditions Consultation Hotline (free call, the government's line for problems at work): 0120-811-610
Japan time: Monday to Friday 17:00–22:00; Saturday, Sunday and holidays 9:00–21:00. Closed from 12/29 to 1/3 (month/day).
It answers in Japanese, and has lines in other languages too. You do not have to give your name.
The labour bureau for Aichi (愛知県) is Aichi Labour Bureau (愛知労働局): https://jsite.mhlw.go.jp/aichi-roudoukyoku/. It has a free consultation corner (総合労働相談コーナー) where you can talk without an appointment; its phone number is on that page.
Before you call or go, have ready: your pay slips, your contract, a record of your working hours, and your residence card.
[1] Card for the staff
[2] Talk to a person
[3] Main menu

> 2
Thank you. A counselor will answer you here, in this chat, as soon as possible.
You can keep writing: everything you send is kept for the counselor.
[1] Main menu
