# sodan — Tagalog (tl): my rights at work (dialogs/rights*.toml).
# Machine-assisted translation, not yet reviewed by a native speaker.
# Review: written by the sodan team in plain English from ../shared/facts/;
# not yet reviewed by a professional translator or a migrant-worker focus group.
#
# Say only what ../shared/facts/ supports, and name the law as the facts do.
# Where the facts have a gap, say so and send the worker to a counselor.
# Never write a phone number here: the emergency numbers are in main.ftl
# (hotlines-emergency) and the lines come from data/contacts.toml.

## The menu of topics

rights-menu-prompt = Ano ang problema mo? Pumili ng isa.
rights-menu-passport = Kinuha ang passport
rights-menu-return = Pinipilit pauwiin
rights-menu-harassment = Dahas, harassment
rights-menu-pregnancy = Pagbubuntis
rights-menu-unpaid = Hindi bayad na sahod
rights-menu-job = Paglipat ng employer
rights-menu-leave = Paid leave
rights-other-topics = Ibang karapatan
rights-counselor-now = Counselor, ngayon na
rights-in-danger = Nasa panganib ako
rights-next = Ano ang gusto mong gawin ngayon?
rights-escalated =
    Hiniling ko sa aming mga counselor na ikaw ang unang sagutin. Susulatan ka ng isang tao dito sa lalong madaling panahon.
    Puwede kang magpatuloy sa pagsulat: lahat ng ipapadala mo ay itatago para sa counselor.

## Passport or residence card kept

rights-passport-law = Sa iyo ang passport at residence card (在留カード) mo. Para sa mga technical intern trainee, malinaw ang batas: hindi puwedeng hawakan ng kompanya at ng supervising organization ang mga ito (Batas sa Technical Intern Training, Artikulo 48(1)). Bawal din ang fee para sa pagtatago ng mga ito.
rights-passport-others = Para sa ibang manggagawa, tulad ng mga specified skilled worker, hindi pa kumpirmado ang patakarang ito sa mga source na nasuri ko. Masasabi sa iyo ng isang counselor kung ano ang para sa iyo.
rights-passport-do = Ang puwede mong gawin: hingin pabalik ang passport at card mo. Isulat kung kailan ka humingi, kanino, at ano ang sinabi nila. Kung ayaw nila o tinakot ka nila, kausapin agad ang isang counselor.

## Forced to go home

rights-return-danger = Pinapauwi ka ba, o dinadala sa airport, kahit ayaw mo? Delikado iyan. Humingi agad ng tulong.
rights-return-law = Ang sabi ng batas para sa mga technical intern trainee: hindi puwedeng hawakan ng kompanya at ng supervising organization ang passport mo (Batas sa Technical Intern Training, Artikulo 48(1)). Bawal ang multa sa pag-resign o pag-alis (Batas sa Pamantayan ng Paggawa, Artikulo 16). Kapag natapos ang training mo, kahit maaga, ang supervising organization ang magbabayad ng tiket mo pauwi (Regulasyon ng Batas sa Technical Intern Training, Artikulo 12(1)(vi)).
rights-return-do = Huwag pumirma sa mga papel na hindi mo naiintindihan, at huwag pumayag na umuwi bago ka makausap ng isang counselor. Sa airport, kung pinipilit kang umalis kahit ayaw mo, tumawag sa pulis sa numero sa itaas. Pindutin ang "Counselor, ngayon na": ikaw ang mauuna sa pila.

## Violence and harassment

rights-harassment-law = Para sa mga technical intern trainee, bawal sa batas na pilitin kang magtrabaho gamit ang dahas, pananakot, o pagkulong sa iyo (Batas sa Technical Intern Training, Artikulo 46). Bawal din ang hindi makatarungang limitasyon sa paglabas mo at sa pribado mong buhay (Batas sa Technical Intern Training, Artikulo 48(2)).
rights-harassment-record = Isulat ang nangyari: ang petsa, ang lugar, sino ang gumawa, at ano ang sinabi o ginawa nila. Itago ang mga litrato, mensahe at papel mula sa doktor. Problema rin ang pagsigaw, pang-iinsulto, pambu-bully at sexual harassment: hindi mo kailangang harapin ang mga ito nang mag-isa.
rights-harassment-next = Kung nasa panganib ka ngayon, pindutin ang "Nasa panganib ako": isang counselor ang unang sasagot sa iyo. Kung hindi, matutulungan ka ng isang tao na magpasya kung ano ang gagawin.

## Pregnancy

rights-pregnancy-protected = Kung buntis ka: pinoprotektahan ng batas sa Japan ang mga manggagawang buntis. Totoo rin ito para sa mga dayuhang manggagawa at mga technical intern trainee. Hindi ka dapat tanggalin sa trabaho o pauwiin dahil buntis ka.
rights-pregnancy-gap = Hindi pa nakasaad sa mga source na nasuri ko ang eksaktong batas para dito. Masasabi sa iyo ng isang counselor kung aling batas ang nagpoprotekta sa iyo, at matutulungan ka niyang gamitin ito.
rights-pregnancy-do = Kung sinabihan kang mag-resign, umuwi, o na hindi ka puwedeng manatili dahil buntis ka: huwag pumirma ng kahit ano at huwag munang pumayag. Kausapin muna ang isang counselor. Alagaan ang iyong kalusugan: magpatingin sa doktor.

## Wages not paid

rights-unpaid-law = Dapat bayaran nang buo ang sahod mo, sa pera, direkta sa iyo, kahit isang beses man lang bawat buwan, sa nakatakdang araw (Batas sa Pamantayan ng Paggawa, Artikulo 24).
rights-unpaid-claim = Puwede mong singilin ang hindi nabayarang sahod hanggang { $limitation_years } taon pagkatapos ng bawat araw ng sahod. Itago ang mga payslip at kontrata mo, at isulat ang oras ng trabaho mo araw-araw.
rights-unpaid-next = Puwede nating suriin nang magkasama ang sahod mo, o puwede kang makipag-usap sa isang tao.

## Changing employers

rights-job-now =
    Puwede ba akong lumipat sa ibang employer?
    Technical intern trainee: sa ilang kaso lang. Hindi pa nakalista ang mga kasong ito sa mga source na nasuri ko, kaya magtanong sa isang counselor o sa OTIT bago ka umalis sa trabaho.
    Specified skilled worker: wala pa sa mga source na nasuri ko ang mga patakaran sa paglipat ng employer. Magtanong sa isang counselor bago ka mag-resign.
rights-job-new =
    Isang bagong sistema, ang Employment for Skill Development (育成就労), ang papalit sa technical intern training simula 2027-04-01. Sa sistemang ito:
    • Kung may pang-aabuso o harassment, o may ibang dahilan kung bakit hindi ka puwedeng manatili, puwede kang lumipat ng employer sa mas maraming kaso.
    • Puwede ka ring lumipat kung gusto mo, sa parehong field ng trabaho, pagkatapos ng takdang panahon sa una mong employer, kung papasa ka sa skill test at Japanese test.
    • Dadaan ang paglipat sa mga ahensya ng gobyerno tulad ng Hello Work, hindi sa mga pribadong job agency.
    • Magkakaroon ng pinakamataas na limitasyon ang mga fee na binabayaran sa mga sending organization.
rights-job-unsure = Hindi pa kumpirmado sa mga source ko: gaano katagal ka muna dapat manatili sa bawat field, anong level ng Japanese ang kailangan sa bawat field, at gaano kataas ang limitasyon ng fee. Wala pa rito ang may bisa bago ang 2027-04-01. Magtanong sa isang counselor kung ano ang ibig sabihin nito para sa iyo.

## Paid leave

rights-leave-gap = Paid leave (年次有給休暇): wala pa akong nasuring impormasyon kung ilang araw ang makukuha mo at kailan mo ito puwedeng gamitin. Masasabi ito sa iyo ng isang counselor o ng isang hotline. Isulat ang mga araw na nagtrabaho ka at ang mga day off na kinuha mo.
rights-leave-overtime = Isang patakaran ang masasabi ko: kapag lampas sa { $premium_threshold_hours } oras ang overtime mo sa isang buwan, puwede kang bigyan ng kompanya ng day off na may bayad kapalit ng bahagi ng dagdag na bayad, pero kung may nakasulat na kasunduan lang sa trabaho, at kung ikaw mismo ang pumili nito (Batas sa Pamantayan ng Paggawa, Artikulo 37(3)).

## The card for staff, from "Phone lines" in a topic

staff-card-rights =
    Gusto ko pong kumonsulta tungkol sa problemang ito sa trabaho:
    { $help_topic ->
        [rights-passport] Ang passport o residence card ko, na hawak ng employer ko o ng supervising organization
        [rights-return] Pinapauwi ako kahit ayaw ko
        [rights-harassment] Dahas o harassment sa trabaho
        [rights-pregnancy] Ang pagbubuntis ko at ang trabaho ko
        [rights-unpaid] Sahod na hindi binayaran
        [rights-job] Paglipat ng employer
        [rights-leave] Paid leave
       *[other] Problema sa trabaho
    }.
    Ang wika ko ay { $worker_language }. Pakitulungan po ako, na may interpreter kung maaari.
