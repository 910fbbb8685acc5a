# sodan — Khmer (km).
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
language-name = ភាសាខ្មែរ
lang-prompt = សូមជ្រើសរើសភាសារបស់អ្នក។
lang-changed = បានហើយ។ ចាប់ពីពេលនេះតទៅ ខ្ញុំនឹងសរសេរជាភាសាខ្មែរ។

## Global commands typed as words

cmd-menu = ម៉ឺនុយ | ម៉ឺនុយមេ | ចាប់ផ្តើម | ទំព័រដើម
cmd-human = មនុស្ស | អ្នកប្រឹក្សា | និយាយជាមួយមនុស្ស | ជួយខ្ញុំផង
cmd-lang = ភាសា | ប្តូរភាសា
cmd-forget = បំភ្លេចខ្ញុំ | លុបទិន្នន័យខ្ញុំ

## Welcome and main menu

welcome =
    សួស្តី។ ខ្ញុំគឺ sodan។ ខ្ញុំជួយជនបរទេសដែលធ្វើការនៅប្រទេសជប៉ុន ដោយឥតគិតថ្លៃ និងរក្សាការសម្ងាត់។
    ខ្ញុំអាចពិនិត្យប្រាក់ឈ្នួលរបស់អ្នក ប្រាក់ដែលគេកាត់ពីប្រាក់ឈ្នួល និងប្រាក់ម៉ោងបន្ថែម ហើយប្រាប់អ្នកថា អាចរកជំនួយជាភាសារបស់អ្នកនៅឯណា។
    ខ្ញុំមិនប្រាប់អ្វីទាំងអស់ទៅនិយោជក ឬអង្គការត្រួតពិនិត្យ (監理団体) របស់អ្នកទេ។
menu-prompt = តើអ្នកចង់ធ្វើអ្វី? សូមចុចប៊ូតុងមួយ ឬវាយលេខរបស់វា។
menu-wage = ប្រាក់ឈ្នួលទាបពេកឬ?
menu-deductions = ប្រាក់ដែលគេកាត់
menu-overtime = ប្រាក់ម៉ោងបន្ថែម
menu-help = រកជំនួយនៅឯណា
menu-human = និយាយជាមួយមនុស្ស
menu-rights = សិទ្ធិរបស់ខ្ញុំ
menu-hint = អ្នកអាចវាយ /menu ពេលណាក៏បាន ដើម្បីត្រឡប់មកទីនេះវិញ វាយ /human ដើម្បីនិយាយជាមួយមនុស្ស និងវាយ /lang ដើម្បីប្តូរភាសា។

## Buttons used in many places

choice-menu = ម៉ឺនុយមេ
choice-human = និយាយជាមួយមនុស្ស
choice-yes = បាទ/ចាស
choice-no = ទេ

## Topics that are still being built

topic-wage = ប្រាក់ឈ្នួលអប្បបរមា
topic-deductions = ប្រាក់កាត់ពីប្រាក់ខែ
topic-overtime = ប្រាក់ម៉ោងបន្ថែម
topic-rights = សិទ្ធិនៅកន្លែងការងារ
topic-coming =
    ការពិនិត្យនេះកំពុងរៀបចំនៅឡើយ ហើយមិនទាន់រួចរាល់ទេ។ សូមអភ័យទោស។
    រហូតដល់វារួចរាល់ មនុស្សម្នាក់អាចជួយអ្នកបាន៖ សូមចុច "និយាយជាមួយមនុស្ស" ឬហៅទៅលេខទូរស័ព្ទណាមួយខាងក្រោម។

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    ខ្សែទូរស័ព្ទប្រឹក្សាអំពីលក្ខខណ្ឌការងារ (労働条件相談ほっとライン) — ហៅឥតគិតថ្លៃ ជាខ្សែរបស់រដ្ឋាភិបាលសម្រាប់បញ្ហាការងារ៖ { $hotline_phone }
    ម៉ោងជប៉ុន៖ ថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ { $hotline_weekday_hours }; ថ្ងៃសៅរ៍ ថ្ងៃអាទិត្យ និងថ្ងៃបុណ្យឈប់សម្រាក { $hotline_weekend_hours }។ បិទពី { $hotline_closed_from } ដល់ { $hotline_closed_to } (ខែ/ថ្ងៃ)។
    ខ្សែនេះឆ្លើយជាភាសាជប៉ុន ហើយក៏មានខ្សែជាភាសាផ្សេងទៀតដែរ។ អ្នកមិនចាំបាច់ប្រាប់ឈ្មោះរបស់អ្នកទេ។
hotlines-emergency = បើអ្នកកំពុងមានគ្រោះថ្នាក់ឥឡូវនេះ សូមហៅលេខ 110 (ប៉ូលិស) ឬ 119 (រថយន្តសង្គ្រោះ អគ្គិភ័យ)។ ទាំងពីរឥតគិតថ្លៃ ហៅបានទាំងថ្ងៃទាំងយប់។

## Talking to a person

human-ask = តើបញ្ហារបស់អ្នកជាអ្វី? សូមសរសេរខ្លីៗ។ មនុស្សម្នាក់នឹងអានវា។ (អ្នកក៏អាចសរសេរថា "រំលង" បានដែរ។)
human-waiting =
    សូមអរគុណ។ អ្នកប្រឹក្សាម្នាក់នឹងឆ្លើយអ្នកនៅទីនេះ ក្នុងការជជែកនេះ ឱ្យបានឆាប់តាមដែលអាចធ្វើបាន។
    អ្នកអាចបន្តសរសេរបាន៖ អ្វីៗទាំងអស់ដែលអ្នកផ្ញើ ត្រូវបានរក្សាទុកសម្រាប់អ្នកប្រឹក្សា។
human-skip-words = រំលង | សូមរំលង | ទេ | គ្មាន | -

## Forget me

forget-confirm = តើអ្នកចង់ឱ្យខ្ញុំលុបអ្វីៗទាំងអស់ដែលខ្ញុំបានរក្សាទុកអំពីអ្នក គឺសារ និងចម្លើយរបស់អ្នកឬទេ? បើលុបហើយ មិនអាចយកមកវិញបានទេ។
forget-done = រួចរាល់។ ខ្ញុំបានលុបអ្វីដែលខ្ញុំបានរក្សាទុកអំពីអ្នកហើយ។ បើអ្នកសរសេរមកម្តងទៀត យើងនឹងចាប់ផ្តើមពីដំបូង។
forget-cancelled = បានហើយ។ ខ្ញុំមិនបានលុបអ្វីទេ។

## When the worker's answer does not fit

unrecognised-choice = សូមអភ័យទោស ខ្ញុំមិនយល់ទេ។ សូមចុចប៊ូតុងមួយ ឬវាយលេខរបស់វា។
input-invalid-number = សូមសរសេរលេខមួយ ឧទាហរណ៍ 5។
input-invalid-yen = សូមសរសេរចំនួនប្រាក់ជាយ៉េន ឧទាហរណ៍ 150000 ឬ 15万円។
input-invalid-hours = សូមសរសេរចំនួនម៉ោង ឧទាហរណ៍ 8 ឬ 7.5។
input-invalid-date = សូមសរសេរកាលបរិច្ឆេទដូចជា 2026-11-23 (ឆ្នាំ-ខែ-ថ្ងៃ)។
input-invalid-prefecture = ខ្ញុំមិនស្គាល់ខេត្ត (県) នោះទេ។ សូមសរសេរឈ្មោះខេត្តជាអក្សរអង់គ្លេស ឬជាភាសាជប៉ុន ឧទាហរណ៍ Tokyo, Aichi ឬ 愛知។
input-invalid-text = សូមសរសេរសារខ្លីមួយ (មិនលើសពី 1000 តួអក្សរ)។
conversation-reset = សូមអភ័យទោស ការសន្ទនានេះត្រូវបានធ្វើបច្ចុប្បន្នភាព ពេលអ្នកមិននៅ។ សូមចាប់ផ្តើមម្តងទៀតពីម៉ឺនុយមេ។

## The web chat page's own words

webchat-title = sodan: ជំនួយសម្រាប់អ្នកធ្វើការនៅប្រទេសជប៉ុន
webchat-placeholder = សរសេរសារ
webchat-send = ផ្ញើ
webchat-offline = គ្មានការតភ្ជាប់អ៊ីនធឺណិតទេ។ សាររបស់អ្នកនឹងត្រូវផ្ញើ នៅពេលអ្នកមានអ៊ីនធឺណិតវិញ។
