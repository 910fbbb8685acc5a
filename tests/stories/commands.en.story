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

> banana
Sorry, I did not understand. Please tap one of the buttons, or type its number.
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> ５
Thank you. A counselor will answer you here, in this chat, as soon as possible.
You can keep writing: everything you send is kept for the counselor.
[1] Main menu

> menu
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> help me
Thank you. A counselor will answer you here, in this chat, as soon as possible.
You can keep writing: everything you send is kept for the counselor.
[1] Main menu

> /menu
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> /lang
Please choose your language.
[1] English
[2] 日本語
[3] Tiếng Việt
[4] 简体中文
[5] Bahasa Indonesia
[6] Tagalog
[7] မြန်မာဘာသာ
[8] नेपाली
[9] ไทย
[10] ភាសាខ្មែរ

> English
OK. I will write in English from now on.
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> /forget
Do you want me to delete everything I have stored about you: your messages and your answers? This cannot be undone.
[1] Yes
[2] No

> maybe
Do you want me to delete everything I have stored about you: your messages and your answers? This cannot be undone.
[1] Yes
[2] No

> No
OK. I have deleted nothing.
What do you want to do? Tap a button or type its number.
[1] Is my pay too low?
[2] Money taken from pay
[3] Overtime pay
[4] Where to get help
[5] Talk to a person
[6] My rights

> /forget
Do you want me to delete everything I have stored about you: your messages and your answers? This cannot be undone.
[1] Yes
[2] No

> 1
Done. I have deleted what I had stored about you. If you write again, we start from the beginning.

> hello
Please choose your language.
ことばを選んでください。
Vui lòng chọn ngôn ngữ của bạn.
请选择您的语言。
Silakan pilih bahasa Anda.
Pakipili po ang iyong wika.
ကျေးဇူးပြု၍ သင့်ဘာသာစကားကို ရွေးပါ။
कृपया आफ्नो भाषा छान्नुहोस्।
กรุณาเลือกภาษาของคุณ
សូមជ្រើសរើសភាសារបស់អ្នក។
[1] English
[2] 日本語
[3] Tiếng Việt
[4] 简体中文
[5] Bahasa Indonesia
[6] Tagalog
[7] မြန်မာဘာသာ
[8] नेपाली
[9] ไทย
[10] ភាសាខ្មែរ

> 1
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
