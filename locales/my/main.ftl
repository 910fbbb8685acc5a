# sodan — Burmese (my).
# Review: machine-assisted translation from locales/en/main.ftl; NOT yet reviewed by a native speaker.
#
# Rules for every locale (see docs/dialogs.md):
# - Short sentences, everyday words. Many readers have little schooling in
#   this language and read on a small phone screen.
# - Button labels (ids ending in -label or starting with menu-/choice-) fit in
#   20 characters where the language allows it: LINE and Messenger cut longer ones.
# - { $variables } are filled in by sodan. Keep them exactly as they are.
# - cmd-* messages list the words a worker may type instead of a slash
#   command, separated by " | ". Lower case; sodan ignores case and width.

## Language

# The language's own name, in its own script. Shown on the language buttons.
language-name = မြန်မာဘာသာ
lang-prompt = ကျေးဇူးပြု၍ သင့်ဘာသာစကားကို ရွေးပါ။
lang-changed = ကောင်းပါပြီ။ အခုကစပြီး မြန်မာလို ရေးပါမယ်။

## Global commands typed as words

cmd-menu = မီနူး | ပင်မမီနူး | ပင်မစာမျက်နှာ
cmd-human = လူနဲ့ပြောမယ် | လူနဲ့စကားပြောမယ် | အကြံပေး | ကူညီပါ
cmd-lang = ဘာသာစကား | ဘာသာစကားပြောင်း
cmd-forget = ကျွန်ုပ်ကိုမေ့ပါ | ဒေတာဖျက်ပါ | အချက်အလက်ဖျက်ပါ

## Welcome and main menu

welcome =
    မင်္ဂလာပါ။ ကျွန်ုပ်က sodan ပါ။ ဂျပန်နိုင်ငံမှာ အလုပ်လုပ်နေတဲ့ နိုင်ငံခြားသားတွေကို အခမဲ့ ကူညီပေးပါတယ်။ သင့်အကြောင်းကို လျှို့ဝှက်ထားပေးပါတယ်။
    သင့်လစာ၊ လစာထဲက နုတ်ယူတဲ့ငွေ၊ အချိန်ပိုလုပ်ခတွေကို စစ်ပေးနိုင်ပါတယ်။ သင့်ဘာသာစကားနဲ့ ဘယ်မှာ အကူအညီ ရနိုင်လဲဆိုတာလည်း ပြောပြပေးနိုင်ပါတယ်။
    သင့်အလုပ်ရှင်ကိုဖြစ်စေ၊ ကြီးကြပ်ရေးအဖွဲ့ (監理団体) ကိုဖြစ်စေ ကျွန်ုပ် ဘာမှ မပြောပါဘူး။
menu-prompt = ဘာလုပ်ချင်ပါသလဲ။ ခလုတ်တစ်ခုကို နှိပ်ပါ၊ ဒါမှမဟုတ် သူ့နံပါတ်ကို ရိုက်ထည့်ပါ။
menu-wage = လစာ နည်းလွန်းသလား
menu-deductions = လစာထဲက နုတ်ငွေ
menu-overtime = အချိန်ပိုလုပ်ခ
menu-help = အကူအညီ ဘယ်မှာရမလဲ
menu-human = လူနဲ့ စကားပြောမယ်
menu-rights = အလုပ်သမား အခွင့်အရေး
menu-hint = ဒီကို ပြန်လာချင်ရင် /menu ၊ လူနဲ့ စကားပြောချင်ရင် /human ၊ ဘာသာစကား ပြောင်းချင်ရင် /lang လို့ အချိန်မရွေး ရိုက်နိုင်ပါတယ်။

## Buttons used in many places

choice-menu = ပင်မမီနူး
choice-human = လူနဲ့ စကားပြောမယ်
choice-yes = ဟုတ်ကဲ့
choice-no = မဟုတ်ပါ

## Topics that are still being built

topic-wage = အနည်းဆုံးလုပ်ခစစ်ရန်
topic-deductions = လစာထဲက နုတ်ယူတဲ့ငွေ
topic-overtime = အချိန်ပိုလုပ်ခစစ်ရန်
topic-rights = အလုပ်ခွင် အခွင့်အရေး
topic-coming =
    ဒီစစ်ဆေးမှုကို ပြင်ဆင်နေဆဲဖြစ်လို့ မသုံးနိုင်သေးပါဘူး။ စိတ်မကောင်းပါဘူး။
    အဆင်သင့် မဖြစ်ခင်အထိ လူတစ်ယောက်က ကူညီပေးနိုင်ပါတယ်- "လူနဲ့ စကားပြောမယ်" ကို နှိပ်ပါ၊ ဒါမှမဟုတ် အောက်က ဖုန်းလိုင်းတစ်ခုခုကို ဖုန်းခေါ်ပါ။

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    အလုပ်အခြေအနေဆိုင်ရာ တိုင်ပင်ရေး ဖုန်းလိုင်း (労働条件相談ほっとライン) - အလုပ်ပြဿနာတွေအတွက် အစိုးရရဲ့ အခမဲ့ဖုန်းလိုင်း: { $hotline_phone }
    ဂျပန်စံတော်ချိန်: တနင်္လာမှ သောကြာ { $hotline_weekday_hours }၊ စနေ၊ တနင်္ဂနွေနဲ့ အားလပ်ရက်များ { $hotline_weekend_hours }။ { $hotline_closed_from } မှ { $hotline_closed_to } အထိ (လ/ရက်) ပိတ်ပါတယ်။
    ဂျပန်လို ဖြေပါတယ်။ တခြားဘာသာစကား ဖုန်းလိုင်းတွေလည်း ရှိပါတယ်။ သင့်နာမည် ပြောစရာ မလိုပါဘူး။
hotlines-emergency = အခု အန္တရာယ်ရှိနေရင် 110 (ရဲ) ဒါမှမဟုတ် 119 (လူနာတင်ယာဉ်၊ မီးသတ်) ကို ဖုန်းခေါ်ပါ။ နှစ်ခုလုံး အခမဲ့ဖြစ်ပြီး နေ့ရောညပါ ခေါ်လို့ရပါတယ်။

## Talking to a person

human-ask = သင့်ပြဿနာက ဘာလဲ။ တိုတိုလေး ရေးပေးပါ။ လူတစ်ယောက်က ဖတ်ပါလိမ့်မယ်။ ("ကျော်" လို့လည်း ရေးလို့ရပါတယ်။)
human-waiting =
    ကျေးဇူးတင်ပါတယ်။ အကြံပေးပုဂ္ဂိုလ်တစ်ဦးက ဒီစကားဝိုင်းထဲမှာပဲ တတ်နိုင်သမျှ မြန်မြန် ပြန်ဖြေပေးပါလိမ့်မယ်။
    ဆက်ရေးလို့ရပါတယ်- သင်ပို့တဲ့စာ အားလုံးကို အကြံပေးပုဂ္ဂိုလ်အတွက် သိမ်းထားပါတယ်။
human-skip-words = ကျော် | ကျော်မယ် | မရှိပါ | -

## Forget me

forget-confirm = သင့်အကြောင်း ကျွန်ုပ် သိမ်းထားတာ အားလုံး (သင့်စာတွေနဲ့ သင့်အဖြေတွေ) ကို ဖျက်ပေးရမလား။ ဖျက်ပြီးရင် ပြန်ယူလို့ မရတော့ပါဘူး။
forget-done = ပြီးပါပြီ။ သင့်အကြောင်း သိမ်းထားတာတွေကို ဖျက်လိုက်ပါပြီ။ နောက်တစ်ခါ ပြန်ရေးရင် အစကနေ ပြန်စပါမယ်။
forget-cancelled = ကောင်းပါပြီ။ ဘာမှ မဖျက်ပါဘူး။

## When the worker's answer does not fit

unrecognised-choice = တောင်းပန်ပါတယ်၊ နားမလည်ပါဘူး။ ခလုတ်တစ်ခုကို နှိပ်ပါ၊ ဒါမှမဟုတ် သူ့နံပါတ်ကို ရိုက်ထည့်ပါ။
input-invalid-number = နံပါတ်တစ်ခု ရေးပေးပါ၊ ဥပမာ 5 ။
input-invalid-yen = ယန်းငွေ ပမာဏကို ရေးပေးပါ၊ ဥပမာ 150000 ဒါမှမဟုတ် 15万円 ။
input-invalid-hours = နာရီ အရေအတွက်ကို ရေးပေးပါ၊ ဥပမာ 8 ဒါမှမဟုတ် 7.5 ။
input-invalid-date = ရက်စွဲကို 2026-11-23 (နှစ်-လ-ရက်) လို ရေးပေးပါ။
input-invalid-prefecture = အဲဒီ ခရိုင် (県) ကို မသိပါဘူး။ နာမည်ကို အင်္ဂလိပ်စာလုံး ဒါမှမဟုတ် ဂျပန်လို ရေးပေးပါ၊ ဥပမာ Tokyo၊ Aichi ဒါမှမဟုတ် 愛知 ။
input-invalid-text = စာတိုလေး ရေးပေးပါ (အများဆုံး စာလုံး 1000)။
conversation-reset = တောင်းပန်ပါတယ်၊ သင် မရှိတုန်း ဒီစကားဝိုင်းကို အပ်ဒိတ်လုပ်လိုက်ပါတယ်။ ပင်မမီနူးကနေ ပြန်စကြရအောင်။

## The web chat page's own words

webchat-title = sodan: ဂျပန်နိုင်ငံက အလုပ်သမားတွေအတွက် အကူအညီ
webchat-placeholder = စာရေးပါ
webchat-send = ပို့မယ်
webchat-offline = အင်တာနက် မရှိပါ။ အင်တာနက် ပြန်ရတဲ့အခါ သင့်စာကို ပို့ပေးပါမယ်။
