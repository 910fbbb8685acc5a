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
language-name-ja = タガログ語
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
choice-lines = Mga hotline
choice-try-again = Subukan ulit
choice-type-name = I-type ko na lang

## Topic titles

topic-wage = Tsek ng minimum wage
topic-deductions = Kaltas sa sahod mo
topic-overtime = Tsek ng overtime pay
topic-rights = Karapatan sa trabaho

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    Hotline para sa Konsultasyon tungkol sa Kondisyon sa Trabaho (労働条件相談ほっとライン) — libreng tawag, linya ng gobyerno para sa mga problema sa trabaho: { $hotline_phone }
    Oras sa Japan: Lunes hanggang Biyernes { $hotline_weekday_hours }; Sabado, Linggo at holiday { $hotline_weekend_hours }. Sarado mula { $hotline_closed_from } hanggang { $hotline_closed_to } (buwan/araw).
    Sumasagot ito sa wikang Japanese, at may mga linya rin sa ibang wika. Hindi mo kailangang sabihin ang iyong pangalan.
hotlines-emergency = Kung nasa panganib ka ngayon, tumawag sa 110 (pulis) o 119 (ambulansya, bumbero). Parehong libre, araw at gabi.

## Talking to a person

human-counselors-open = Nagtatrabaho ngayon ang aming mga counselor ({ $counselor_hours }, oras sa Japan).
human-counselors-open-wait = Nagtatrabaho ngayon ang aming mga counselor ({ $counselor_hours }, oras sa Japan). Karaniwan silang sumasagot sa loob ng { $counselor_wait } minuto.
human-counselors-closed = Wala pang counselor na nagtatrabaho ngayon. Babalik sila sa { $counselors_back }, oras sa Japan ({ $counselor_hours }). Babasahin nila ang lahat ng isusulat mo rito.
human-waiting =
    Salamat po. Sasagutin ka ng isang counselor dito sa chat na ito, sa lalong madaling panahon.
    Puwede kang magpatuloy sa pagsulat: lahat ng ipapadala mo ay itatago para sa counselor.
emergency-escalated =
    Sinabihan ko na ang aming mga counselor na baka nasa panganib ka. Sasagutin ka ng isang tao dito sa lalong madaling panahon. Laging dalhin ang iyong cellphone.
    Kung kaya mo, pumunta sa ligtas na lugar: police box (交番), convenience store, o istasyon ng tren.

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
input-implausible = Ang naintindihan ko: { $understood }. Mukhang hindi ito tama rito. Pakitingnan ang numero at isulat ulit.
conversation-reset = Pasensya na po, na-update ang usapang ito habang wala ka. Magsimula ulit tayo mula sa pangunahing menu.

## The web chat page's own words

webchat-title = sodan: tulong para sa mga manggagawa sa Japan
webchat-placeholder = Sumulat ng mensahe
webchat-send = Ipadala
webchat-offline = Walang koneksyon. Ipapadala ang mensahe mo kapag online ka na ulit.

## Asking where and how the worker is paid (wage and overtime checks)

ask-region = Saan ka nagtatrabaho? Piliin ang lugar sa Japan, o i-type ang pangalan ng prefecture.
region-hokkaido = Hokkaido
region-tohoku = Tohoku
region-kanto = Kanto (Tokyo)
region-chubu = Chubu (Aichi)
region-kinki = Kinki (Osaka)
region-chugoku = Chugoku
region-shikoku = Shikoku
region-kyushu = Kyushu, Okinawa
ask-prefecture = Aling prefecture? Pindutin ito, o i-type ang pangalan nito (halimbawa Aichi o 愛知).
ask-pay-form = Paano ka binabayaran?
pay-form-hourly = Kada oras
pay-form-daily = Kada araw
pay-form-monthly = Kada buwan
pay-form-piece = Kada piraso
ask-hourly-pay = Magkano ang kita mo sa isang oras, sa yen? Halimbawa 1100.
ask-daily-pay = Magkano ang kita mo sa isang araw, sa yen? Halimbawa 9000.
ask-hours-per-day = Ilang oras ka nagtatrabaho sa isang karaniwang araw, hindi kasama ang break? Halimbawa 8.
ask-monthly-pay = Magkano ang sahod mo sa isang buwan, sa yen, bago ibawas ang tax at iba pang kaltas? Halimbawa 180000 o 18万. Makikita mo ito sa iyong payslip.
ask-know-monthly-hours = Alam mo ba ang nakatakdang oras ng trabaho mo kada buwan? Nakasulat ito sa kontrata mo o sa work rules ng trabaho (所定労働時間).
monthly-hours-known = Oo, alam ko
monthly-hours-unknown = Hindi, tulungan ako
ask-monthly-hours = Ilang nakatakdang oras kada buwan? Halimbawa 160.
ask-days-per-week = Ilang araw ka karaniwang nagtatrabaho sa isang linggo? Halimbawa 5.
monthly-hours-estimated = Mga { $monthly_hours } oras iyan kada buwan ({ $days_per_week } araw × { $hours_per_day } oras × 52 linggo ÷ 12 buwan). Tantya lang ito: maaaring nasa kontrata mo ang eksaktong bilang.
ask-piece-pay = Magkano ang kinita mo sa mga pirasong ginawa mo sa isang pay period (karaniwan ay isang buwan), sa yen?
ask-piece-hours = Ilang oras ka talagang nagtrabaho sa panahong iyon?

## Minimum wage check

wage-intro = Ikukumpara ko ang sahod mo sa minimum wage ng prefecture kung saan ka nagtatrabaho. Ang minimum wage ay ang pinakamababang sahod kada oras na pinapayagan ng batas, para sa lahat ng manggagawa, pati sa mga technical intern trainee.
wage-ask-when = Aling sahod ang gusto mong suriin?
wage-when-now = Sahod ko ngayon
wage-when-earlier = Naunang buwan
wage-ask-date = Anong buwan? Isulat ang taon at buwan, halimbawa 2025-08.
wage-ask-included = Kasama ba sa halagang iyan ang alinman sa mga ito? Bayad sa overtime, sa trabaho sa gabi o sa holiday; allowance para sa pamasahe, pamilya o perfect attendance; bonus. Hindi ito binibilang sa minimum wage.
wage-ask-excluded = Magkano sa halagang iyon ang para sa mga ito, sa yen? Pagsamahin ang mga ito mula sa iyong payslip. Halimbawa 15000.
wage-result-below =
    Ang minimum wage sa { $prefecture } sa petsang { $checked_date } ay ¥{ $minimum_wage } kada oras (may bisa mula { $minimum_since }).
    Ang sahod mo na binibilang ay ¥{ $hourly_equivalent } kada oras.
    Iyan ay ¥{ $shortfall_per_hour } kada oras na MAS MABABA sa minimum wage. Labag sa batas ang magbayad nang mas mababa, ayon sa Batas sa Minimum na Sahod, Artikulo 4 (最低賃金法 第4条). Dapat bayaran ng employer ang kulang.
    (Ang datos ng minimum wage ay hanggang { $data_as_of }.)
wage-result-ok =
    Ang minimum wage sa { $prefecture } sa petsang { $checked_date } ay ¥{ $minimum_wage } kada oras (may bisa mula { $minimum_since }).
    Ang sahod mo na binibilang ay ¥{ $hourly_equivalent } kada oras. Hindi ito mas mababa sa minimum wage.
    (Ang datos ng minimum wage ay hanggang { $data_as_of }.)
wage-pending-recommended = May bagong minimum wage na ¥{ $pending_amount } na inirekomenda para sa { $pending_fy }. Baka may bisa na ito: magtanong sa Labor Bureau (労働局) o sa isang counselor.
wage-pending-planned = May bagong minimum wage na ¥{ $pending_amount } na inirekomenda para sa { $pending_fy }, at planong magsimula sa { $pending_since }. Baka may bisa na ito: magtanong sa Labor Bureau (労働局) o sa isang counselor.
wage-pending-confirmed = Simula { $pending_since }, ang minimum wage dito ay magiging ¥{ $pending_amount } kada oras.
wage-below-next = Ang puwede mong gawin: itago ang iyong mga payslip, ang kontrata mo, at listahan ng mga oras na pinagtrabahuhan mo. Matutulungan ka ng isang counselor na singilin ang pera, sa sarili mong wika.
wage-estimate-owed = Magkano ang kulang?
wage-ask-months = Ilang buwan nang ganito kababa ang sahod mo? Halimbawa 6.
wage-ask-worked-hours = Ilang oras ka nagtatrabaho sa isang karaniwang buwan? Halimbawa 170.
wage-back-pay =
    Kulang ng mga ¥{ $shortfall_per_month } kada buwan ang sahod mo (¥{ $shortfall_per_hour } kada oras × { $hours_counted } oras), kaya humigit-kumulang ¥{ $back_pay } sa loob ng { $months } buwan. Tantya lang ito; ang totoong halaga ay depende sa iyong mga payslip.
    Puwede mong singilin ang hindi nabayarang sahod hanggang { $limitation_years } taon pagkatapos ng bawat araw ng sahod. Itago ang iyong mga payslip at isulat ang oras ng trabaho mo araw-araw.
wage-ok-end = Kung may kinakaltas sa sahod mo, o kung hindi tama ang bayad sa overtime, puwede mo ring suriin iyon.
wage-no-data = Wala akong datos ng minimum wage para sa petsang iyan. Nagsisimula ang datos ko sa { $earliest_date }. Masasagot ka ng isang counselor o ng Labor Bureau (労働局).
wage-invalid = May mga sagot na hindi magkatugma (halimbawa, mas malaki ang bahaging hindi binibilang kaysa sa buong sahod). Subukan natin ulit.

## Overtime check

overtime-intro =
    Overtime ang trabahong lampas sa 8 oras sa isang araw o 40 oras sa isang linggo. Sabi ng batas, dapat itong bayaran nang hindi bababa sa { $premium_overtime }% na dagdag sa karaniwang sahod, at { $premium_beyond_60h }% na dagdag para sa overtime na lampas sa { $premium_threshold_hours } oras sa isang buwan.
    Ang trabaho sa pagitan ng 22:00 at 5:00 ay may { $premium_late_night }% na dagdag, at ang trabaho sa iyong lingguhang day off ay may { $premium_legal_holiday }% na dagdag. Susuriin ko ang isang buwan.
overtime-ask-hours = Ilang oras ang overtime mo ngayong buwan (lampas sa 8 oras sa isang araw o 40 oras sa isang linggo)? Isulat ang 0 kung wala.
overtime-ask-night = Sa lahat ng oras ng trabaho mo ngayong buwan, ilan ang nasa pagitan ng 22:00 at 5:00? Isulat ang 0 kung wala.
overtime-ask-holiday = Ilang oras ka nagtrabaho sa iyong lingguhang day off ngayong buwan? Isulat ang 0 kung wala.
overtime-ask-paid = Magkano ang kabuuang ibinayad sa iyo ngayong buwan para sa overtime, trabaho sa gabi at trabaho sa day off, sa yen? Tingnan ang iyong payslip. Kung ¥300 kada oras ang natanggap mo para sa 40 oras, isulat ang 12000.
overtime-above-45 = Lampas ito sa { $limit_without_special_clause } oras na overtime sa isang buwan. Pinapayagan lang ito kung may espesyal na kasunduan sa inyong trabaho, at sa ilang buwan lang sa isang taon. Magtanong sa isang counselor.
overtime-at-or-above-100 = Ang overtime at trabaho mo sa day off ngayong buwan ay umabot sa { $limit_absolute_below } oras o higit pa. Labag ito sa batas sa anumang kaso, ayon sa Batas sa Pamantayan ng Paggawa, Artikulo 36 (労働基準法 第36条). Delikado rin ito sa iyong kalusugan.
overtime-result-underpaid =
    Ang base pay mo ay ¥{ $base_per_hour } kada oras (hindi ito binibilang nang mas mababa sa minimum wage).
    Para sa mga oras na ito, dapat kang makatanggap ng hindi bababa sa ¥{ $required_pay }. Ang natanggap mo ay ¥{ $overtime_paid }: kulang ito ng ¥{ $overtime_shortfall }. Labag ito sa batas, ayon sa Batas sa Pamantayan ng Paggawa, Artikulo 37 (労働基準法 第37条).
    Itago ang iyong mga payslip at listahan ng iyong mga oras. Puwede mong singilin ang hindi nabayarang sahod hanggang { $limitation_years } taon.
overtime-result-ok =
    Ang base pay mo ay ¥{ $base_per_hour } kada oras. Para sa mga oras na ito, hindi bababa sa ¥{ $required_pay } ang hinihingi ng batas, at ¥{ $overtime_paid } ang natanggap mo. Sapat iyan.
overtime-invalid = Hindi ko ito masuri gamit ang mga sagot mo. Subukan natin ulit, o magtanong sa isang counselor.

## Where to get help

help-prefecture-unknown = Hindi ko alam
help-line-open-now = Bukas ngayon sa iyong wika: { $line_name }, telepono { $line_phone } ({ $line_hours }). Lahat ng oras ay oras sa Japan.
help-line-opens-later = Sa iyong wika: { $line_name }, telepono { $line_phone }. Sarado ito ngayon at magbubukas sa { $opens_at }, oras sa Japan ({ $line_hours }).
help-line-hours-unknown = Sa iyong wika: { $line_name }, telepono { $line_phone }. Hindi ako sigurado kung kailan ito bukas ({ $line_hours }).
help-line-none = Wala pa akong alam na linya ng telepono sa iyong wika. Ang linya ng gobyerno sa ibaba ay sumasagot sa wikang Japanese, at may iba pang wika rin. Matutulungan ka rin ng isang counselor dito, sa pagsulat sa chat na ito.
help-line-uncertain = Galing lang ang numerong ito sa isang hindi opisyal na source, kaya hindi ako sigurado kung tama pa ito. Kung walang sumagot, tumawag sa linya ng gobyerno sa ibaba.
# Opening hours of phone lines, assembled from data/contacts.toml.
day-mon = Lun
day-tue = Mar
day-wed = Miy
day-thu = Huw
day-fri = Biy
day-sat = Sab
day-sun = Lin
day-holiday = holiday
hours-every-day = araw-araw
hours-always = 24 oras, araw-araw
hours-closed = sarado { $dates }
hours-unknown = hindi tiyak ang mga araw at oras
help-other-lines =
    Iba pang hotline sa iyong wika (● bukas ngayon, ○ sarado ngayon, ? hindi alam ang oras):
    { $other_lines }
help-bureau = Ang Labor Bureau (労働局) para sa { $bureau_prefecture } ay ang { $bureau_name }: { $bureau_url }. May libre itong consultation corner (総合労働相談コーナー), kung saan puwede kang makipag-usap kahit walang appointment. Nasa page na iyon ang numero ng telepono nito.
help-have-ready = Bago ka tumawag o pumunta, ihanda ang mga ito: ang iyong mga payslip, ang kontrata mo, listahan ng iyong mga oras ng trabaho, at ang iyong residence card (在留カード).
help-show-card = Card para sa staff
staff-card-wage = Gusto ko pong kumonsulta tungkol sa sahod ko: sa tingin ko ay mas mababa ito sa minimum wage (最低賃金). Ang wika ko ay { $worker_language }. Pakitulungan po ako, na may interpreter kung maaari.
staff-card-overtime = Gusto ko pong kumonsulta tungkol sa bayad sa overtime (残業代) na hindi binabayaran nang tama. Ang wika ko ay { $worker_language }. Pakitulungan po ako, na may interpreter kung maaari.
staff-card = Gusto ko pong kumonsulta tungkol sa isang problema sa trabaho. Ang wika ko ay { $worker_language }. Pakitulungan po ako, na may interpreter kung maaari.
help-card-after = Ipakita ang card sa itaas sa staff ng Labor Bureau (労働局) o ng anumang opisina. Pareho ang sinasabi nito sa wikang Japanese at sa iyong wika.
