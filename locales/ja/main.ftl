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

## Topics that are still being built

topic-wage = 最低賃金のチェック
topic-deductions = 給料から引かれるお金
topic-overtime = 残業代のチェック
topic-rights = 仕事でのあなたの権利
topic-coming =
    このチェックは、まだ準備中です。使えません。ごめんなさい。
    準備ができるまでは、人が手伝います。「人と話す」を押してください。または、下の電話番号に電話してください。

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    労働条件相談ほっとライン（無料の電話です。仕事の問題を相談できる、国の電話です）：{ $hotline_phone }
    日本の時間で、月曜日から金曜日は { $hotline_weekday_hours }、土曜日・日曜日・祝日は { $hotline_weekend_hours } です。{ $hotline_closed_from } から { $hotline_closed_to } まで（月/日）は休みです。
    日本語で話せます。ほかのことばの電話もあります。名前は言わなくてもだいじょうぶです。
hotlines-emergency = 今、危ないときは、110（警察）か 119（救急車・消防）に電話してください。どちらも無料です。昼も夜も電話できます。

## Talking to a person

human-ask = どんな問題がありますか？ 短く書いてください。人が読みます。（「スキップ」と書いてもいいです。）
human-waiting =
    ありがとうございます。相談員が、このチャットで、できるだけ早く返事をします。
    続けて書いてもだいじょうぶです。あなたが送ったものは、全部、相談員のために残しておきます。
human-skip-words = スキップ | とばす | なし | いいえ | -

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
conversation-reset = すみません、あなたがいない間に、この会話が新しくなりました。メインメニューから、もう一度始めましょう。

## The web chat page's own words

webchat-title = sodan：日本で働く人のための相談
webchat-placeholder = メッセージを書く
webchat-send = 送る
webchat-offline = インターネットにつながっていません。つながったら、メッセージを送ります。
