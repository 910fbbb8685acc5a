# sodan — Nepali (ne).
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
language-name = नेपाली
lang-prompt = कृपया आफ्नो भाषा छान्नुहोस्।
lang-changed = हुन्छ। अबदेखि म नेपालीमा लेख्छु।

## Global commands typed as words

cmd-menu = मेनु | मुख्य मेनु | सुरु | सुरुमा जाने
cmd-human = मान्छे | मानिससँग कुरा | परामर्शदाता | मलाई मद्दत चाहियो
cmd-lang = भाषा | भाषा बदल्ने | भाषा फेर्ने
cmd-forget = मलाई बिर्सनुहोस् | मेरो डाटा मेटाउनुहोस्

## Welcome and main menu

welcome =
    नमस्ते। म sodan हुँ। जापानमा काम गर्ने विदेशीहरूलाई म निःशुल्क र गोप्य रूपमा सहयोग गर्छु।
    म तपाईंको तलब, तलबबाट काटिएको पैसा र ओभरटाइम जाँच्न सक्छु। तपाईंको भाषामा कहाँ मद्दत पाइन्छ, त्यो पनि बताउन सक्छु।
    म तपाईंको रोजगारदाता वा सुपरिवेक्षक संस्था (監理団体) लाई केही पनि भन्दिनँ।
menu-prompt = तपाईं के गर्न चाहनुहुन्छ? कुनै बटन थिच्नुहोस् वा त्यसको नम्बर लेख्नुहोस्।
menu-wage = मेरो तलब कम छ?
menu-deductions = तलबबाट काटिएको पैसा
menu-overtime = ओभरटाइम तलब
menu-help = मद्दत कहाँ पाउने
menu-human = मानिससँग कुरा गर्ने
menu-rights = मेरा अधिकार
menu-hint = यहाँ फर्कन /menu, मानिससँग कुरा गर्न /human, र भाषा बदल्न /lang जुनसुकै बेला लेख्न सक्नुहुन्छ।

## Buttons used in many places

choice-menu = मुख्य मेनु
choice-human = मानिससँग कुरा गर्ने
choice-yes = हो
choice-no = होइन

## Topics that are still being built

topic-wage = न्यूनतम ज्याला जाँच
topic-deductions = तलबबाट काटिएको पैसा
topic-overtime = ओभरटाइम तलब जाँच
topic-rights = काममा तपाईंका अधिकार
topic-coming =
    यो जाँच अझै तयार हुँदैछ, अहिले चल्दैन। माफ गर्नुहोस्।
    तयार नहुँदासम्म एक जना मानिसले तपाईंलाई मद्दत गर्न सक्नुहुन्छ: "मानिससँग कुरा गर्ने" थिच्नुहोस्, वा तलको कुनै फोन लाइनमा फोन गर्नुहोस्।

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    श्रम सर्त परामर्श हटलाइन (労働条件相談ほっとライン) — निःशुल्क फोन, काममा हुने समस्याका लागि सरकारको लाइन: { $hotline_phone }
    जापानको समय: सोमबारदेखि शुक्रबार { $hotline_weekday_hours }; शनिबार, आइतबार र बिदाका दिन { $hotline_weekend_hours }। { $hotline_closed_from } देखि { $hotline_closed_to } (महिना/दिन) सम्म बन्द हुन्छ।
    यसले जापानी भाषामा जवाफ दिन्छ, र अरू भाषाका लाइनहरू पनि छन्। तपाईंले आफ्नो नाम बताउनु पर्दैन।
hotlines-emergency = तपाईं अहिले खतरामा हुनुहुन्छ भने 110 (प्रहरी) वा 119 (एम्बुलेन्स, दमकल) मा फोन गर्नुहोस्। दुवै निःशुल्क छन्, दिनरात खुला हुन्छन्।

## Talking to a person

human-ask = तपाईंको समस्या के हो? छोटकरीमा लेख्नुहोस्। एक जना मानिसले यो पढ्नुहुनेछ। ("छोड्नुहोस्" पनि लेख्न सक्नुहुन्छ।)
human-waiting =
    धन्यवाद। एक जना परामर्शदाताले यहीँ, यही च्याटमा, सकेसम्म छिटो जवाफ दिनुहुनेछ।
    तपाईं लेखिरहन सक्नुहुन्छ: तपाईंले पठाएका सबै कुरा परामर्शदाताका लागि राखिन्छन्।
human-skip-words = छोड्नुहोस् | छोड्ने | स्किप | छैन | -

## Forget me

forget-confirm = मैले तपाईंबारे राखेका सबै कुरा, अर्थात् तपाईंका सन्देश र जवाफहरू, मेटाऊँ? मेटाएपछि फेरि फर्काउन सकिँदैन।
forget-done = भयो। तपाईंबारे राखेका कुरा मैले मेटाएँ। फेरि लेख्नुभयो भने हामी सुरुदेखि सुरु गर्छौं।
forget-cancelled = हुन्छ। मैले केही पनि मेटाइनँ।

## When the worker's answer does not fit

unrecognised-choice = माफ गर्नुहोस्, मैले बुझिनँ। कृपया कुनै एउटा बटन थिच्नुहोस्, वा त्यसको नम्बर लेख्नुहोस्।
input-invalid-number = कृपया एउटा नम्बर लेख्नुहोस्, जस्तै 5।
input-invalid-yen = कृपया येनमा रकम लेख्नुहोस्, जस्तै 150000 वा 15万円।
input-invalid-hours = कृपया कति घण्टा भनेर नम्बर लेख्नुहोस्, जस्तै 8 वा 7.5।
input-invalid-date = कृपया मिति यसरी लेख्नुहोस्: 2026-11-23 (वर्ष-महिना-दिन)।
input-invalid-prefecture = मलाई त्यो प्रिफेक्चर (県) थाहा छैन। कृपया त्यसको नाम अंग्रेजी अक्षर वा जापानीमा लेख्नुहोस्, जस्तै Tokyo, Aichi वा 愛知।
input-invalid-text = कृपया छोटो सन्देश लेख्नुहोस् (बढीमा 1000 अक्षर)।
conversation-reset = माफ गर्नुहोस्, तपाईं नहुँदा यो कुराकानी अपडेट भयो। फेरि मुख्य मेनुबाट सुरु गरौं।

## The web chat page's own words

webchat-title = sodan: जापानमा काम गर्नेहरूका लागि सहयोग
webchat-placeholder = सन्देश लेख्नुहोस्
webchat-send = पठाउनुहोस्
webchat-offline = इन्टरनेट जडान छैन। फेरि अनलाइन हुँदा तपाईंको सन्देश पठाइनेछ।
