# sodan — Tagalog (tl): money taken from pay (dialogs/deductions.toml).
# Machine-assisted translation, not yet reviewed by a native speaker.
# Review: written by the sodan team in plain English from data/deductions.toml
# and ../shared/facts/deductions.md; not yet reviewed by a professional
# translator or a migrant-worker focus group.
#
# The verdict (allowed, it depends, illegal), the law and how sure a rule is
# come from data/deductions.toml, never from this file. This file says each
# verdict in words, explains each kind and says what to do.
#
# Several messages choose their text by the kind of deduction, with a
# Fluent selection on { $kind } or { $deduction_kind }. The kinds are the
# `kind` values of data/deductions.toml. Keep one variant per kind and the
# default variant (*[other]) in every language.
#
# deduction-words lists, per kind, the words that recognise it when the
# worker writes in their own words, separated by " | ". Lower case; sodan
# ignores case and width. Words of the worker's language, English and
# Japanese are all tried, so Japanese pay-slip words work in every language.

## Start and groups

deduction-intro = Kunin ang iyong payslip (給与明細). Sa bawat halagang kinaltas sa sahod mo, piliin kung para saan ito. Sasabihin ko kung pinapayagan ito at kung ano ang puwede mong gawin. Sa dulo, bibigyan kita ng buod.
deduction-ask-group = Ano ang kinakaltas sa sahod mo? Pumili ng isang grupo.
deduction-group-taxes = Tax at insurance
deduction-group-living = Bahay, pagkain, bill
deduction-group-fines = Multa at parusa
deduction-group-fees = Fee at ibang gastos
deduction-group-other = Iba pa
deduction-done = Tapos na: buod
deduction-ask-kind = Alin dito? Kung wala sa listahan, pindutin ang "Bumalik".
deduction-back = Bumalik
deduction-pick-income-tax = Income tax
deduction-pick-resident-tax = Resident tax
deduction-pick-social-insurance = Health ins., pension
deduction-pick-employment-insurance = Employment insurance
deduction-pick-dormitory = Dorm, upa
deduction-pick-utilities = Tubig, kuryente, gas
deduction-pick-food = Pagkain
deduction-pick-damage-compensation = Pagkakamali, sira
deduction-pick-quit-penalty = Multa sa pag-resign
deduction-pick-absence-fine = Multa sa pag-absent
deduction-pick-disciplinary-cut = Bawas-sahod (parusa)
deduction-pick-broker-fee = Broker fee, utang
deduction-pick-management-fee = Fee ng kumiai
deduction-pick-passport-keeping = Pagtago ng passport
deduction-pick-return-airfare = Tiket pauwi
deduction-pick-forced-savings = Sapilitang ipon
deduction-pick-uniform = Uniporme, gamit

## In the worker's own words

deduction-ask-other = Isulat sa ilang salita kung ano ang kinaltas, halimbawa kung paano ito nakasulat sa payslip mo: "dorm", "寮費" o "multa sa pagka-late".
deduction-matched = Sa tingin ko, ito ay: { $deduction_name }.
deduction-several = Tugma ang mga salita mo sa higit sa isang uri: { $matched_names }. Isa-isahin natin ang mga ito. Piliin ang grupo ng una.
deduction-not-matched = Hindi ko malaman kung anong uri ng kaltas ito. Itatago ko ang mga salita mo para sa buod, para matingnan ito ng isang counselor.
deduction-choose-list = Pumili sa listahan
deduction-write-again = Isulat ulit

## The verdict of one deduction

deduction-legal =
    { $deduction_name }: PINAPAYAGAN. Ayon sa batas, puwedeng kaltasin ito ng kompanya sa sahod mo.
    Batas: { $deduction_law }
deduction-conditional =
    { $deduction_name }: DEPENDE. Pinapayagan lang ito kung may mga kondisyon.
    Batas: { $deduction_law }
deduction-illegal =
    { $deduction_name }: MUKHANG ILEGAL. Hindi puwedeng kaltasin ito ng kompanya sa sahod mo.
    Batas: { $deduction_law }
deduction-uncertain = Mag-ingat: hindi pa kumpirmado ang patakarang ito sa source na nasuri ko. Magtanong sa isang counselor para makasiguro.
deduction-ask-another = May iba pa bang kinakaltas sa sahod mo?
deduction-add-another = Oo, suriin ang iba
deduction-show-summary = Ipakita ang buod
deduction-check-more = Sumuri ng iba pa

# The condition of a conditional deduction, and how to check it.
deduction-condition =
    Pinapayagan lang kung:
    { $deduction_kind ->
        [dormitory] May nakasulat na kasunduan ang kompanya at ang mga manggagawa (労使協定); ipinaliwanag ito sa iyo at pumayag ka; at ang halaga ay hindi lampas sa totoong gastos, o patas sa ibang paraan (実費に相当する額その他の適正な額).
        [utilities] May nakasulat na kasunduan ang kompanya at ang mga manggagawa (労使協定), pumayag ka, at ang totoong gastos lang ang kinakaltas.
        [food] May nakasulat na kasunduan ang kompanya at ang mga manggagawa (労使協定), pumayag ka, at ang totoong gastos lang ang kinakaltas: para sa binili na pagkain, ang presyo nito; sa canteen ng kompanya, ang binabayaran ng ibang staff.
        [uniform] May nakasulat na kasunduan ang kompanya at ang mga manggagawa (労使協定), may patakaran sa work rules (就業規則) na ang mga manggagawa ang magbabayad nito, at patas ang halaga. Hindi puwedeng pabayaran sa iyo ang safety equipment na dapat ibigay ng kompanya ayon sa batas.
        [disciplinary-cut] Nakasulat ito sa work rules (就業規則), at hanggang sa mga limitasyon lang ng batas: may limitasyon sa bawat insidente at sa bawat pay period.
       *[other] May ilang kondisyon na natupad. Tanungin ang isang counselor kung alin ang para sa iyo.
    }
    Paano suriin: { $deduction_kind ->
        [dormitory] hilingin sa kompanya na ipakita ang kasunduan at kung paano kinuwenta ang halaga.
        [utilities] hilingin na makita ang mga bill.
        [food] itanong kung paano kinuwenta ang halaga.
        [uniform] hilingin na makita ang work rules at ang kasunduan.
        [disciplinary-cut] hilingin na makita ang patakaran sa work rules.
       *[other] magtanong sa isang counselor.
    }

# What each kind is, and what to do.
deduction-about =
    { $deduction_kind ->
        [income-tax] Ang income tax ay kinakaltas sa sahod ayon sa batas.
        [resident-tax] Karaniwang kinakaltas ang resident tax simula sa ikalawang taon mo sa Japan. Ang lungsod kung saan ka nakatira noong Enero 1 ang nagtatakda ng halaga, at kinakaltas ito ng kompanya sa sahod mo. (Hindi pa kumpirmado sa mga source ko ang eksaktong artikulo ng Local Tax Act.)
        [social-insurance] Ang health insurance, pension at nursing-care insurance ay kinakaltas ayon sa batas. Pinoprotektahan ka rin ng mga ito: may tulong sa pagpapagamot, at may lump-sum na refund ng pension kapag umalis ka na sa Japan.
        [employment-insurance] Ang employment insurance ay kinakaltas ayon sa batas.
        [dormitory] Para sa bahay na inuupahan ng kompanya sa isang may-ari, ang patas na hati ay ang upa kasama ang management o common fee (管理費・共益費), hindi kasama ang deposit, key money o bayad sa ahente, na hinati sa bilang ng taong nakatira roon. Ganito ito binibilang ng mga patakaran para sa mga technical intern trainee at specified skilled worker. Kung ilang tao ang magkakasama sa isang kuwarto at bawat isa ay nagbabayad ng buong upa, malamang na sobra iyon.
        [utilities] Ang tubig, kuryente at gas ay puwedeng kaltasin lang sa totoong halaga nito. Karaniwan, hinahati ang totoong mga bill sa mga taong nakatira roon, pero hindi pa kumpirmado sa mga source ko ang ganitong paraan ng paghahati.
        [food] Ang pagkain ay puwedeng kaltasin lang sa totoong halaga nito. Kapag sobrang mahal ang pagkain, puwede rin nitong itago na mas mababa sa minimum wage ang sahod mo.
        [uniform] Ang uniporme, gamit at equipment ay puwedeng pabayaran lang kung natupad ang mga kondisyong iyon.
        [damage-compensation] Ang nakatakdang singil para sa pagkakamali o sirang gamit ay isang bawal na multa. Kahit may totoong sira, hindi puwedeng basta kunin ng kompanya ang pera sa sahod mo: dapat nitong bayaran nang buo ang sahod mo, at singilin nang hiwalay ang danyos.
        [quit-penalty] Bawal ang multa sa pag-resign, pagtakas o paglabag sa kontrata (違約金). Para sa mga technical intern trainee, totoo rin ito kahit ang kontrata ay sa pamilya mo, at bawal din ang guarantee deposit (保証金).
        [absence-fine] Hindi kailangang bayaran ng kompanya ang mga oras na hindi ka nagtrabaho. Pero bawal ang dagdag na multa bukod doon. Ang bawas-sahod bilang parusa ay pinapayagan lang sa loob ng mga limitasyon ng batas.
        [disciplinary-cut] Ang sahod na hindi mo natanggap dahil hindi ka nagtrabaho sa mga oras na iyon ay hindi parusa, at hindi ito kasama rito.
        [forced-savings] Bawal ang ipon na ipinipilit sa iyo ng kompanya, o bank book mo na hawak ng kompanya.
        [broker-fee] Hindi puwedeng kaltasin sa sahod mo ang fee para sa supervising organization, broker o sending organization. Hindi rin puwedeng bayaran mula sa sahod mo ang utang na kinuha mo bago ka dumating; kung utang ito sa sending organization, dapat itong kumpirmahin ng isang counselor.
        [management-fee] Ang fee ng supervising organization (監理費) ay binabayaran lang ng mga kompanya, hindi kailanman ng mga trainee, direkta man o hindi direkta.
        [passport-keeping] Hindi puwedeng hawakan ng kompanya at ng supervising organization ang passport o residence card mo, kaya bawal din ang fee para sa pagtatago ng mga ito. Sigurado ito para sa mga technical intern trainee; para sa ibang manggagawa, dapat itong kumpirmahin ng isang counselor.
        [return-airfare] Para sa mga technical intern trainee, ang supervising organization ang nagbabayad ng tiket pauwi sa katapusan ng training, kahit maaga itong natapos. Hindi ito puwedeng kaltasin sa sahod mo. Para sa mga specified skilled worker, hindi pa kumpirmado ang patakaran: magtanong sa isang counselor.
       *[other] {""}
    }
    Ang dapat gawin: { $deduction_kind ->
        [income-tax] tingnan ang halaga sa payslip mo at sa year-end adjustment (年末調整). Kung mukhang mali, magtanong sa tax office o sa isang counselor.
        [resident-tax] kung mukhang mali, magtanong sa city hall.
        [social-insurance] siguraduhing may health insurance card ka. Dapat magbayad din ang kompanya ng kaparehong halaga bilang sarili nitong bahagi.
        [employment-insurance] wala, pero itago ang mga payslip mo: ipinapakita nito na naka-insure ka.
        [dormitory] kung may kasama ka sa kuwarto, alamin kung ilan ang nakatira sa bahay at magkano ang binabayaran ng bawat isa. Itago ang mga payslip mo.
        [utilities] itago ang mga payslip mo, at isulat ang halagang kinakaltas bawat buwan.
        [food] ikumpara sa binabayaran ng ibang staff, at itago ang mga payslip mo.
        [uniform] itago ang mga resibo at ang mga payslip mo.
        [damage-compensation] isulat kung ano ang kinaltas at bakit. Magtanong sa isang counselor: baka kailangang ibalik ito ng kompanya.
        [quit-penalty] huwag itong bayaran. Itago ang kontrata o anumang papel tungkol dito, at kausapin ang isang counselor.
        [absence-fine] ikumpara ang kinaltas sa mga oras na hindi ka nakapasok. Kung mas malaki ang kinaltas, isulat ito at magtanong sa isang counselor.
        [disciplinary-cut] hilingin na makita ang patakaran sa work rules, at itago ang mga payslip mo.
        [forced-savings] hingin pabalik ang iyong bank book at card. Isulat ang mga halagang naipon, at kausapin ang isang counselor.
        [broker-fee] isulat ang mga halaga at itago ang anumang kontrata mula sa iyong bansa. Kausapin ang isang counselor.
        [management-fee] sabihin sa kompanya na itigil ito at ibalik ang pera. Kausapin ang isang counselor o ang OTIT.
        [passport-keeping] hingin pabalik ang iyong passport at card. Kung ayaw nila, kausapin agad ang isang counselor. Kung nasa panganib ka, tumawag sa pulis.
        [return-airfare] hilingin sa supervising organization na ibalik ang pera. Kausapin ang isang counselor o ang OTIT.
       *[other] magtanong sa isang counselor tungkol sa kaltas na ito.
    }

## A disciplinary pay cut

deduction-cut-intro =
    { $deduction_name }: pinapayagan lang kung nakasulat ito sa work rules (就業規則), at hanggang sa mga limitasyon lang ng batas. Suriin natin ang mga halaga.
    Batas: { $deduction_law }
deduction-ask-cut-amount = Magkano ang ibinawas para sa isang insidente (isang beses), sa yen? Kung hindi mo alam, isulat ang "skip".
deduction-ask-daily-wage = Magkano ang average na sahod mo kada araw (平均賃金), sa yen? Masasabi ito sa iyo ng kompanya o ng isang counselor. Kung hindi mo alam, isulat ang "skip".
deduction-ask-period-wage = Magkano ang kabuuang sahod mo sa pay period na ito (karaniwan ay isang buwan), bago ang mga kaltas, sa yen? Kung hindi mo alam, isulat ang "skip".
deduction-skip-words = skip | laktawan | pass | hindi ko alam | di ko alam | hindi alam | ewan | ewan ko | ewan ko po | hindi ko po alam | hindi sigurado | di sigurado | hindi | -
deduction-cut-over = MAS MALAKI ang bawas na ito kaysa pinapayagan ng batas. Mukhang ilegal ito.
deduction-cut-within = Nasa loob ng mga limitasyong nasuri ko ang bawas na ito. Pero pinapayagan lang ito kung nakasulat sa work rules (就業規則).
deduction-cut-unchecked = Hindi ko maikumpara ang bawas na ito sa mga limitasyon. Pinapayagan lang ito kung nakasulat sa work rules (就業規則), at hanggang sa mga limitasyon lang.
deduction-cut-limits =
    { $cut_incident ->
        [over] Para sa isang insidente, hanggang ¥{ $cut_max_incident } lang ang puwedeng ibawas. Mas malaki ang bawas na ito.
        [within] Para sa isang insidente, hanggang ¥{ $cut_max_incident } lang ang puwedeng ibawas. Hindi mas malaki ang bawas na ito.
        [limit] Para sa isang insidente, hanggang ¥{ $cut_max_incident } lang ang puwedeng ibawas.
       *[unknown] Para sa isang insidente: para malaman ang limitasyon, kailangan ko ang halagang ibinawas at ang average na sahod mo kada araw.
    }
    { $cut_period ->
        [over] Sa isang pay period, hanggang ¥{ $cut_max_period } lang ang lahat ng bawas kapag pinagsama. Mas malaki na ang bawas na ito nang mag-isa.
        [within] Sa isang pay period, hanggang ¥{ $cut_max_period } lang ang lahat ng bawas kapag pinagsama. Kung may iba pang bawas sa parehong pay period, pagsamahin ang mga ito at ikumpara.
        [limit] Sa isang pay period, hanggang ¥{ $cut_max_period } lang ang lahat ng bawas kapag pinagsama.
       *[unknown] Para sa isang pay period: para malaman ang limitasyon, kailangan ko ang halagang ibinawas at ang kabuuang sahod mo sa pay period na iyon.
    }

## Dormitory rent: the fair share of a rented home

deduction-dorm-ask-owner = Kaya kong suriin ang hati mo sa upa. Inuupahan ba ng kompanya ang tinitirhan mo mula sa isang may-ari (halimbawa, isang apartment)?
deduction-dorm-leased = Oo, inuupahan ito
deduction-dorm-owned = Pag-aari ng kompanya
deduction-dorm-unsure = Hindi ko alam
deduction-dorm-skip = Laktawan ito
deduction-dorm-ask-rent = Magkano ang buwanang upa ng buong bahay, kasama ang management o common fee (管理費・共益費), sa yen? Huwag isama ang deposit, key money o bayad sa ahente. Halimbawa 60000.
deduction-dorm-ask-people = Ilang tao ang nakatira roon, kasama ka? Halimbawa 3.
deduction-dorm-ask-paid = Magkano ang kinakaltas sa sahod mo para sa kuwarto bawat buwan, sa yen? Ang upa lang, hindi kasama ang tubig, kuryente o gas.
deduction-dorm-above = Ang patas na hati ay mga ¥{ $dorm_fair_share } kada buwan (¥{ $dorm_rent } ÷ { $dorm_occupants } tao). ¥{ $dorm_deducted } ang kinakaltas sa sahod mo: mas malaki ito nang ¥{ $dorm_excess }. Mukhang sobra ito. Hilingin sa kompanya na ipakita ang kontrata ng upa at kung paano nila kinuwenta ang halaga mo.
deduction-dorm-within = Ang patas na hati ay mga ¥{ $dorm_fair_share } kada buwan (¥{ $dorm_rent } ÷ { $dorm_occupants } tao). ¥{ $dorm_deducted } ang kinakaltas sa sahod mo: hindi ito mas malaki. Pero pinapayagan lang ito kung may nakasulat na kasunduan.
deduction-dorm-owned-rule = Kung pag-aari ng kompanya ang gusali, dapat maipaliwanag nito ang halaga batay sa presyo ng gusali, kung gaano katagal ito magagamit, at kung ilang tao ang nakatira roon. Hilingin sa kompanya na ipaliwanag kung paano nila ito kinuwenta.
deduction-dorm-unsure-rule = Tanungin ang kompanya: inuupahan ba ang tinitirhan mo mula sa isang may-ari? Kung oo, ang patas na hati ay ang upa kasama ang management o common fee, hindi kasama ang deposit, key money o bayad sa ahente, na hinati sa mga taong nakatira roon. Hilingin na makita ang kontrata ng upa.

## The summary

deduction-summary =
    Ang mga sinuri mo:
    { $deduction_summary }
deduction-summary-illegal =
    Mukhang ilegal ang mga ito (labag sa batas):
    { $items }
deduction-summary-conditional =
    Pinapayagan lang ang mga ito kung may mga kondisyon. Magtanong sa kompanya o sa supervising organization:
    { $items }
deduction-summary-unknown =
    Hindi ko nakilala ang mga ito. Ipakita ang mga ito sa isang counselor:
    { $items }
deduction-summary-legal =
    Pinapayagan ng batas ang mga ito:
    { $items }
deduction-next-steps = Ang puwede mong gawin ngayon: itago ang mga payslip mo at isulat ang bawat halaga. Huwag pumirma sa anumang hindi mo naiintindihan. Matutulungan ka ng isang counselor na magtanong at mabawi ang pera, sa sarili mong wika.
deduction-all-legal = Pinapayagan ng batas ang lahat ng kaltas na sinuri mo. Pero tingnan pa rin ang mga halaga sa payslip mo bawat buwan.
deduction-nothing = Wala kang piniling kaltas. Kung hindi ka sigurado kung ano ang ibig sabihin ng isang linya sa payslip mo, matutulungan ka ng isang counselor.
staff-card-deductions = Gusto ko pong kumonsulta tungkol sa perang kinakaltas sa sahod ko (mga kaltas). Sa tingin ko, may ilan dito na labag sa batas. Ang wika ko ay { $worker_language }. Pakitulungan po ako, na may interpreter kung maaari.

## Words for each kind (formatted by the rules, not shown as such)

# The kind's name, in lists and verdicts.
deduction-kind-name =
    { $kind ->
        [income-tax] Income tax (所得税)
        [resident-tax] Resident tax (住民税)
        [social-insurance] Health insurance at pension (社会保険)
        [employment-insurance] Employment insurance (雇用保険)
        [dormitory] Dorm o upa sa kuwarto (寮費)
        [utilities] Tubig, kuryente at gas (水道光熱費)
        [food] Pagkain (食費)
        [uniform] Uniporme, gamit at equipment
        [damage-compensation] Singil para sa pagkakamali o sira
        [quit-penalty] Multa sa pag-resign o pag-alis (違約金)
        [absence-fine] Multa sa pag-absent o pagka-late
        [disciplinary-cut] Bawas-sahod bilang parusa (減給)
        [forced-savings] Sapilitang ipon
        [broker-fee] Fee ng broker o ahensya, o lumang utang
        [management-fee] Fee ng supervising organization (監理費)
        [passport-keeping] Fee sa pagtatago ng passport mo
        [return-airfare] Tiket pauwi
       *[other] { $kind }
    }
# What to ask about a conditional deduction, in the summary.
deduction-ask =
    { $kind ->
        [dormitory] hilingin na makita ang nakasulat na kasunduan (労使協定), ang kontrata ng upa, at kung ilang tao ang magkakasama sa bahay.
        [utilities] hilingin na makita ang mga bill, at kung paano ito hinati sa mga taong nakatira roon.
        [food] itanong kung paano kinuwenta ang halaga, at kung magkano ang binabayaran ng ibang staff.
        [uniform] hilingin na makita ang work rules (就業規則) at ang nakasulat na kasunduan. Itago ang mga resibo.
        [disciplinary-cut] hilingin na makita ang patakaran sa work rules (就業規則), at suriin ang mga halaga kasama ang isang counselor.
       *[other] itanong kung paano kinuwenta ang halaga, at batay sa anong nakasulat na kasunduan.
    }
# Words that recognise each kind in free text.
deduction-words =
    { $kind ->
        [income-tax] income tax | tax | buwis | buwis sa kita | buwis sa sahod | tax sa sahod | withholding tax
        [resident-tax] resident tax | city tax | buwis ng residente | buwis sa lungsod | buwis sa city hall | juminzei | jumin zei
        [social-insurance] health insurance | insurance | seguro sa kalusugan | pension | pensyon | nenkin | kenko hoken | shakai hoken
        [employment-insurance] employment insurance | koyo hoken | insurance sa trabaho | seguro sa trabaho | unemployment insurance
        [dormitory] dorm | dormitoryo | dormitory | upa | upa sa bahay | upa sa kuwarto | renta | rent | kuwarto | kwarto | apartment | boarding house | bedspace | ryohi | yachin
        [utilities] kuryente | koryente | bayad sa kuryente | bill sa kuryente | ilaw | bayad sa ilaw | tubig | bayad sa tubig | gas | utilities | bills
        [food] pagkain | kain | ulam | almusal | tanghalian | hapunan | baon | bento | canteen | kantina | meal | pagkain sa canteen
        [uniform] uniporme | uniform | kagamitan | gamit sa trabaho | damit sa trabaho | sapatos | safety shoes | helmet | guwantes | gloves | tools
        [damage-compensation] sira | nasira | sinira | nabasag | basag | pagkakamali | nagkamali | danyos | pinsala | depekto | may depekto | pagpapaayos | repair
        [quit-penalty] resign | pag-resign | nag-resign | multa sa pag-resign | umalis sa trabaho | pag-alis sa trabaho | tumakas | pagtakas | paglabag sa kontrata | penalty sa pag-alis | garantiya | deposito na garantiya
        [absence-fine] multa | absent | pag-absent | umabsent | lumiban | pagliban | late | na-late | pagka-late | multa sa late | multa sa absent
        [disciplinary-cut] parusa | kaparusahan | pinarusahan | disiplina | bawas-sahod | bawas sahod bilang parusa | pay cut
        [forced-savings] ipon | naipon | pag-iipon | sapilitang ipon | savings | libreta | libreta sa bangko | bank book | passbook
        [broker-fee] broker | ahensya | agency | placement fee | bayad sa ahensya | recruitment fee | utang | pautang | loan | sending organization
        [management-fee] kumiai | bayad sa kumiai | fee ng kumiai | kumiai fee | management fee | kanrihi
        [passport-keeping] passport | pasaporte | residence card | zairyu | zairyu card | pagtago ng passport
        [return-airfare] tiket | tiket pauwi | tiket sa eroplano | pamasahe pauwi | pamasahe sa eroplano | eroplano | flight | airfare | pag-uwi
       *[other] {""}
    }
