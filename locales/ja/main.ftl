# sodan — Japanese (ja).
# Review: machine-assisted translation from locales/en/main.ftl; NOT yet reviewed by a native speaker.
# Style: plain Japanese (やさしい日本語): short sentences, common kanji, です/ます, no furigana.
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
language-name = 日本語
language-name-ja = 日本語
lang-prompt = ことばを選んでください。
lang-changed = わかりました。これから日本語で書きます。

## Global commands typed as words

cmd-menu = メニュー | めにゅー | はじめ | 最初
cmd-human = 相談員 | 人と話したい | 人と話す | 助けて | たすけて
cmd-lang = ことば | 言葉 | 言語 | ことばを変える
cmd-forget = データを消して | データ削除 | 私を忘れて | わたしを忘れて

## Welcome and main menu

welcome =
    こんにちは。わたしは sodan です。日本で働く外国の人を助ける、無料のチャットです。秘密は守ります。
    あなたの給料、給料から引かれるお金、残業代を調べることができます。あなたのことばで相談できるところも教えます。
    あなたの会社にも、監理団体にも、何も言いません。
menu-prompt = 何をしますか？ ボタンを押すか、番号を書いてください。
menu-wage = 給料が低すぎる？
menu-deductions = 給料から引かれるお金
menu-overtime = 残業代
menu-help = 相談できるところ
menu-human = 人と話す
menu-rights = わたしの権利
menu-hint = いつでも /menu と書くと、ここに戻ります。/human と書くと、人と話せます。/lang と書くと、ことばを変えられます。

## Buttons used in many places

choice-menu = メインメニュー
choice-human = 人と話す
choice-yes = はい
choice-no = いいえ
choice-lines = 相談の電話
choice-try-again = もう一度やる
choice-type-name = 自分で名前を書く

## Topic titles

topic-wage = 最低賃金のチェック
topic-deductions = 給料から引かれるお金
topic-overtime = 残業代のチェック
topic-rights = 仕事でのあなたの権利

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    労働条件相談ほっとライン（無料の電話です。仕事の問題を相談できる、国の電話です）：{ $hotline_phone }
    日本の時間で、月曜日から金曜日は { $hotline_weekday_hours }、土曜日・日曜日・祝日は { $hotline_weekend_hours } です。{ $hotline_closed_from } から { $hotline_closed_to } まで（月/日）は休みです。
    日本語で話せます。ほかのことばの電話もあります。名前は言わなくてもだいじょうぶです。
hotlines-emergency = 今、危ないときは、110（警察）か 119（救急車・消防）に電話してください。どちらも無料です。昼も夜も電話できます。

## Talking to a person

human-counselors-open = 相談員は今、対応しています（日本時間 { $counselor_hours }）。
human-counselors-open-wait = 相談員は今、対応しています（日本時間 { $counselor_hours }）。ふつうは { $counselor_wait } 分以内に返事をします。
human-counselors-closed = 相談員は今、対応時間外です。日本時間 { $counselors_back } から対応します（{ $counselor_hours }）。ここに書いたことは、すべて相談員が読みます。
human-waiting =
    ありがとうございます。相談員が、このチャットで、できるだけ早く返事をします。
    続けて書いてもだいじょうぶです。あなたが送ったものは、全部、相談員のために残しておきます。
emergency-escalated =
    あなたが危ないかもしれないことを、相談員に伝えました。できるだけ早く、人がここで返事をします。電話を、いつも持っていてください。
    できれば、安全な場所に行ってください。交番、コンビニ、駅などです。

## Forget me

forget-confirm = わたしが保存した、あなたのメッセージと答えを、全部消しますか？ 消したら、元に戻せません。
forget-done = 消しました。あなたについて保存していたものは、もうありません。また書いたら、最初から始めます。
forget-cancelled = わかりました。何も消していません。

## When the worker's answer does not fit

unrecognised-choice = すみません、わかりませんでした。ボタンを押すか、番号を書いてください。
input-invalid-number = 数字を書いてください。例：5
input-invalid-yen = お金を円で書いてください。例：150000、15万円
input-invalid-hours = 何時間か、数字で書いてください。例：8、7.5
input-invalid-date = 日にちを 2026-11-23（年-月-日）のように書いてください。
input-invalid-prefecture = その都道府県は、わかりません。名前を書いてください。例：東京、愛知、Aichi
input-invalid-text = 短いメッセージを書いてください（1000文字まで）。
input-implausible = 「{ $understood }」と読みました。ここでは、この数字は合っていないようです。数字を確かめて、もう一度書いてください。
conversation-reset = すみません、あなたがいない間に、この会話が新しくなりました。メインメニューから、もう一度始めましょう。

## The web chat page's own words

webchat-title = sodan：日本で働く人のための相談
webchat-placeholder = メッセージを書く
webchat-send = 送る
webchat-offline = インターネットにつながっていません。つながったら、メッセージを送ります。

## Asking where and how the worker is paid (wage and overtime checks)

ask-region = どこで働いていますか？ 日本の地方を選んでください。都道府県の名前を書いてもいいです。
region-hokkaido = 北海道
region-tohoku = 東北
region-kanto = 関東（東京）
region-chubu = 中部（愛知）
region-kinki = 近畿（大阪）
region-chugoku = 中国地方
region-shikoku = 四国
region-kyushu = 九州・沖縄
ask-prefecture = どの都道府県ですか？ ボタンを押すか、名前を書いてください（例：Aichi、愛知）。
ask-pay-form = 給料は、どのように決まっていますか？
pay-form-hourly = 時給（1時間ごと）
pay-form-daily = 日給（1日ごと）
pay-form-monthly = 月給（1か月ごと）
pay-form-piece = 出来高（作った数で）
ask-hourly-pay = 1時間で、いくらもらいますか？ 円で書いてください。例：1100
ask-daily-pay = 1日で、いくらもらいますか？ 円で書いてください。例：9000
ask-hours-per-day = ふつうの1日に、何時間働きますか？ 休憩の時間は入れないでください。例：8
ask-monthly-pay = 1か月の給料は、いくらですか？ 税金などが引かれる前の金額を、円で書いてください。例：180000、18万。給与明細に書いてあります。
ask-know-monthly-hours = 1か月に働くと決められている時間（所定労働時間）を知っていますか？ 契約書か、会社の就業規則に書いてあります。
monthly-hours-known = はい、知っています
monthly-hours-unknown = いいえ、手伝ってほしい
ask-monthly-hours = 1か月の所定労働時間は、何時間ですか？ 例：160
ask-days-per-week = ふつう、1週間に何日働きますか？ 例：5
monthly-hours-estimated = 1か月に、だいたい { $monthly_hours } 時間です（{ $days_per_week } 日 × { $hours_per_day } 時間 × 52週 ÷ 12か月）。これは計算した目安です。正しい時間は、契約書に書いてあるかもしれません。
ask-piece-pay = 1回の給料の期間（ふつうは1か月）に、作ったものの分で、いくらもらいましたか？ 円で書いてください。
ask-piece-hours = その期間に、実際に何時間働きましたか？

## Minimum wage check

wage-intro = あなたの給料と、あなたが働いている都道府県の最低賃金を比べます。最低賃金は、法律で決められた、1時間の給料のいちばん低い金額です。すべての働く人が対象です。技能実習生も同じです。
wage-ask-when = どの給料を調べますか？
wage-when-now = 今の給料
wage-when-earlier = 過去のある月
wage-ask-date = 何年の何月ですか？ 年と月を書いてください。例：2025-08
wage-ask-included = その金額に、次のものが入っていますか？ 残業代、夜や休日に働いた分のお金。通勤手当、家族手当、皆勤手当。ボーナス。これらは、最低賃金の計算には入りません。
wage-ask-excluded = その金額のうち、これらは全部でいくらですか？ 給与明細を見て、足してください。円で書いてください。例：15000
wage-result-below =
    最低賃金（{ $prefecture }、{ $checked_date }）は、1時間 ¥{ $minimum_wage } です（{ $minimum_since } から）。
    あなたの給料で、最低賃金の計算に入る分は、1時間 ¥{ $hourly_equivalent } です。
    これは、最低賃金より1時間 ¥{ $shortfall_per_hour } 低いです。最低賃金より少なく払うことは、法律違反です（最低賃金法 第4条）。会社は、足りない分を払わなければなりません。
    （最低賃金のデータは { $data_as_of } の時点のものです。）
wage-result-ok =
    最低賃金（{ $prefecture }、{ $checked_date }）は、1時間 ¥{ $minimum_wage } です（{ $minimum_since } から）。
    あなたの給料で、最低賃金の計算に入る分は、1時間 ¥{ $hourly_equivalent } です。最低賃金より低くはありません。
    （最低賃金のデータは { $data_as_of } の時点のものです。）
wage-pending-recommended = { $pending_fy } の新しい最低賃金を ¥{ $pending_amount } にすることが、すすめられています（答申）。もう始まっているかもしれません。労働局か相談員に聞いてください。
wage-pending-planned = { $pending_fy } の新しい最低賃金を ¥{ $pending_amount } にすることが、すすめられています（答申）。{ $pending_since } から始まる予定です。もう始まっているかもしれません。労働局か相談員に聞いてください。
wage-pending-confirmed = { $pending_since } から、ここの最低賃金は1時間 ¥{ $pending_amount } になります。
wage-below-next = できること：給与明細、契約書、働いた時間の記録を、取っておいてください。相談員が、あなたのことばで、お金を求める手伝いをします。
wage-estimate-owed = 足りないお金はいくら？
wage-ask-months = このように低い給料が、何か月続いていますか？ 例：6
wage-ask-worked-hours = ふつうの1か月に、何時間働きますか？ 例：170
wage-back-pay =
    1か月に 約 ¥{ $shortfall_per_month } 足りません（1時間 ¥{ $shortfall_per_hour } × { $hours_counted } 時間）。{ $months } か月で、だいたい ¥{ $back_pay } です。これは目安だけです。本当の金額は、給与明細によって変わります。
    払われていない給料は、それぞれの給料日から { $limitation_years } 年の間、請求できます。給与明細を取っておいてください。毎日、働いた時間を書いておいてください。
wage-ok-end = 給料からお金を引かれているときや、残業代が正しく払われていないときは、それも調べることができます。
wage-no-data = その日の最低賃金のデータは、ありません。わたしのデータは { $earliest_date } からです。相談員か労働局が教えてくれます。
wage-invalid = 答えの中に、合わないところがあります（例：計算に入らない分が、給料の全部より多い）。もう一度やってみましょう。

## Overtime check

overtime-intro =
    1日8時間、または1週間40時間より長く働くと、残業です。法律では、残業代は、ふつうの給料より { $premium_overtime }% 以上多く払わなければなりません。1か月の残業が { $premium_threshold_hours } 時間をこえた分は、{ $premium_beyond_60h }% 多くなります。
    22:00 から 5:00 までの仕事は { $premium_late_night }% 多く、週1回の休みの日（法定休日）の仕事は { $premium_legal_holiday }% 多くなります。1か月分を調べます。
overtime-ask-hours = 今月、残業を何時間しましたか？（1日8時間、または1週間40時間より長く働いた時間です。）なければ 0 と書いてください。
overtime-ask-night = 今月働いた時間の中で、22:00 から 5:00 までの時間は、全部で何時間ですか？ なければ 0 と書いてください。
overtime-ask-holiday = 今月、週1回の休みの日（法定休日）に、何時間働きましたか？ なければ 0 と書いてください。
overtime-ask-paid = 今月、残業、夜の仕事、休みの日の仕事のお金を、全部でいくらもらいましたか？ 円で書いてください。給与明細を見てください。1時間 ¥300 を 40時間分もらったら、12000 と書きます。
overtime-above-45 = 1か月の残業が { $limit_without_special_clause } 時間より多いです。これは、職場に特別な協定（36協定の特別条項）があるときだけ、1年のうち何か月かだけ、許されます。相談員に聞いてください。
overtime-at-or-above-100 = 今月の残業と休みの日の仕事は、合わせて { $limit_absolute_below } 時間以上です。これは、どんな場合でも法律違反です（労働基準法 第36条）。体にも、とても危ないです。
overtime-result-underpaid =
    あなたの基本の給料は、1時間 ¥{ $base_per_hour } です（計算では、最低賃金より低くしません）。
    この時間の分は、少なくとも ¥{ $required_pay } もらえるはずです。あなたがもらったのは ¥{ $overtime_paid } です。¥{ $overtime_shortfall } 足りません。これは法律違反です（労働基準法 第37条）。
    給与明細と、働いた時間の記録を、取っておいてください。払われていない給料は、{ $limitation_years } 年の間、請求できます。
overtime-result-ok =
    あなたの基本の給料は、1時間 ¥{ $base_per_hour } です。この時間の分は、法律で少なくとも ¥{ $required_pay } が必要です。あなたは ¥{ $overtime_paid } もらいました。足りています。
overtime-invalid = この答えでは、調べることができませんでした。もう一度やってみましょう。または、相談員に聞いてください。

## Where to get help

help-prefecture-unknown = わかりません
help-line-open-now = 今、あなたのことばで相談できます：{ $line_name }、電話 { $line_phone }（{ $line_hours }）。時間は、全部、日本の時間です。
help-line-opens-later = あなたのことばで相談できる電話：{ $line_name }、電話 { $line_phone }。今は休みです。日本の時間で { $opens_at } に始まります（{ $line_hours }）。
help-line-hours-unknown = あなたのことばで相談できる電話：{ $line_name }、電話 { $line_phone }。何時に電話できるか、はっきりわかりません（{ $line_hours }）。
help-line-none = あなたのことばで相談できる電話は、まだわかりません。下の国の電話は、日本語で話せます。ほかのことばもあります。ここの相談員も、文字で（このチャットで）手伝います。
help-line-uncertain = この番号は、公式ではない情報1つだけで調べたものです。今も正しいか、わかりません。だれも出ないときは、下の国の電話にかけてください。
# Opening hours of phone lines, assembled from data/contacts.toml.
day-mon = 月
day-tue = 火
day-wed = 水
day-thu = 木
day-fri = 金
day-sat = 土
day-sun = 日
day-holiday = 祝日
hours-every-day = 毎日
hours-always = 24時間、毎日
hours-closed = 休み：{ $dates }
hours-unknown = 曜日と時間は、はっきりわかりません
help-other-lines =
    あなたのことばで話せる、ほかの相談の電話（● 今電話できる、○ 今は休み、? 時間がわからない）：
    { $other_lines }
help-bureau = { $bureau_prefecture }の労働局は、{ $bureau_name }です。労働局には、無料で相談できるところ（総合労働相談コーナー）があります。予約しなくても、話せます。電話番号は、このページに書いてあります：{ $bureau_url }
help-have-ready = 電話する前や、行く前に、次のものを用意してください：給与明細、契約書、働いた時間の記録、在留カード。
help-show-card = 窓口の人に見せるカード
staff-card-wage = 給料について相談したいです。最低賃金より低いと思います。私のことばは{ $worker_language_ja }です。できれば、通訳をお願いします。
staff-card-overtime = 残業代が正しく払われていないことについて相談したいです。私のことばは{ $worker_language_ja }です。できれば、通訳をお願いします。
staff-card = 仕事の問題について相談したいです。私のことばは{ $worker_language_ja }です。できれば、通訳をお願いします。
help-card-after = 上のカードを、労働局や、ほかの役所などの窓口の人に見せてください。カードには、日本語とあなたのことばで、同じことが書いてあります。
