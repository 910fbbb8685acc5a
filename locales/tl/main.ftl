# sodan — Tagalog (tl).
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
language-name = Tagalog
lang-prompt = Pakipili po ang iyong wika.
lang-changed = Sige po. Sa Tagalog na ako susulat mula ngayon.

## Global commands typed as words

cmd-menu = simula | umpisa | balik | bumalik
cmd-human = tao | tagapayo | kausapin ang tao | tulungan mo ako | tulong
cmd-lang = wika | palitan ang wika | ibang wika
cmd-forget = kalimutan mo ako | burahin ang data ko | burahin ako

## Welcome and main menu

welcome =
    Kumusta po. Ako si sodan. Libre at kumpidensyal akong tumutulong sa mga taong galing sa ibang bansa na nagtatrabaho sa Japan.
    Kaya kong suriin ang iyong sahod, ang perang kinakaltas dito, at ang iyong overtime. Sasabihin ko rin kung saan ka makakahingi ng tulong sa sarili mong wika.
    Wala akong sasabihin sa iyong employer o sa supervising organization (kumiai).
menu-prompt = Ano po ang gusto mong gawin? Pindutin ang isang button o i-type ang numero nito.
menu-wage = Mababa ba ang sahod?
menu-deductions = Kaltas sa sahod
menu-overtime = Bayad sa overtime
menu-help = Saan may tulong?
menu-human = Makipag-usap sa tao
menu-rights = Aking mga karapatan
menu-hint = Anumang oras, puwede mong i-type ang /menu para bumalik dito, /human para makipag-usap sa tao, at /lang para palitan ang wika.

## Buttons used in many places

choice-menu = Pangunahing menu
choice-human = Makipag-usap sa tao
choice-yes = Oo
choice-no = Hindi

## Topics that are still being built

topic-wage = Tsek ng minimum wage
topic-deductions = Kaltas sa sahod mo
topic-overtime = Tsek ng overtime pay
topic-rights = Karapatan sa trabaho
topic-coming =
    Inihahanda pa namin ang pagsusuring ito at hindi pa ito handa. Pasensya na po.
    Habang hindi pa ito handa, may taong puwedeng tumulong sa iyo: pindutin ang "Makipag-usap sa tao", o tumawag sa isa sa mga numero ng telepono sa ibaba.

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    Hotline para sa Konsultasyon tungkol sa Kondisyon sa Trabaho (労働条件相談ほっとライン) — libreng tawag, linya ng gobyerno para sa mga problema sa trabaho: { $hotline_phone }
    Oras sa Japan: Lunes hanggang Biyernes { $hotline_weekday_hours }; Sabado, Linggo at holiday { $hotline_weekend_hours }. Sarado mula { $hotline_closed_from } hanggang { $hotline_closed_to } (buwan/araw).
    Sumasagot ito sa wikang Japanese, at may mga linya rin sa ibang wika. Hindi mo kailangang sabihin ang iyong pangalan.
hotlines-emergency = Kung nasa panganib ka ngayon, tumawag sa 110 (pulis) o 119 (ambulansya, bumbero). Parehong libre, araw at gabi.

## Talking to a person

human-ask = Sa ilang salita lang, ano ang iyong problema? Isang tao ang magbabasa nito. (Puwede mo ring isulat ang "laktawan".)
human-waiting =
    Salamat po. Sasagutin ka ng isang counselor dito sa chat na ito, sa lalong madaling panahon.
    Puwede kang magpatuloy sa pagsulat: lahat ng ipapadala mo ay itatago para sa counselor.
human-skip-words = laktawan | laktaw | lampasan | -

## Forget me

forget-confirm = Gusto mo bang burahin ko ang lahat ng naka-save ko tungkol sa iyo: ang iyong mga mensahe at mga sagot? Hindi na ito maibabalik.
forget-done = Tapos na. Binura ko na ang mga naka-save ko tungkol sa iyo. Kung susulat ka ulit, magsisimula tayo mula sa umpisa.
forget-cancelled = Sige po. Wala akong binura.

## When the worker's answer does not fit

unrecognised-choice = Pasensya na po, hindi ko naintindihan. Pakipindot ang isa sa mga button, o i-type ang numero nito.
input-invalid-number = Pakisulat ang isang numero, halimbawa 5.
input-invalid-yen = Pakisulat ang halaga sa yen, halimbawa 150000 o 15万円.
input-invalid-hours = Pakisulat ang bilang ng oras, halimbawa 8 o 7.5.
input-invalid-date = Pakisulat ang petsa nang ganito: 2026-11-23 (taon-buwan-araw).
input-invalid-prefecture = Hindi ko kilala ang prefecture na iyan. Pakisulat ang pangalan nito, halimbawa Tokyo, Aichi o 愛知.
input-invalid-text = Pakisulat ang maikling mensahe (hanggang 1000 letra lang).
conversation-reset = Pasensya na po, na-update ang usapang ito habang wala ka. Magsimula ulit tayo mula sa pangunahing menu.

## The web chat page's own words

webchat-title = sodan: tulong para sa mga manggagawa sa Japan
webchat-placeholder = Sumulat ng mensahe
webchat-send = Ipadala
webchat-offline = Walang koneksyon. Ipapadala ang mensahe mo kapag online ka na ulit.
