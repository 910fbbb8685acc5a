# sodan — Japanese (ja): my rights at work (dialogs/rights*.toml).
# Review: machine-assisted translation from locales/en/rights.ftl; NOT yet reviewed by a native speaker.
# Style: plain Japanese (やさしい日本語): short sentences, common kanji, です/ます, no furigana.
#
# Say only what ../shared/facts/ supports, and name the law as the facts do.
# Never write a phone number here.

## The menu of topics

rights-menu-prompt = どんな問題がありますか？ 一つ選んでください。
rights-menu-passport = パスポートを取られた
rights-menu-return = 無理に帰国させられる
rights-menu-harassment = 暴力・ハラスメント
rights-menu-pregnancy = 妊娠
rights-menu-unpaid = 給料が払われない
rights-menu-job = 会社を変えたい
rights-menu-leave = 有給休暇
rights-other-topics = ほかの権利
rights-counselor-now = すぐ相談員と話す
rights-in-danger = 危ない
rights-next = これから、どうしますか？
rights-escalated =
    相談員に、あなたに先に返事をするように頼みました。できるだけ早く、人がここで返事をします。
    続けて書いてもだいじょうぶです。あなたが送ったものは、全部、相談員のために残しておきます。

## Passport or residence card kept

rights-passport-law = あなたのパスポートと在留カードは、あなたのものです。技能実習生について、法律ははっきりしています。会社と監理団体は、それを預かってはいけません（技能実習法 第48条第1項）。預かるための料金も禁止です。
rights-passport-others = 特定技能など、ほかの人については、このきまりは、わたしが調べた資料ではまだ確かめられていません。あなたにどのきまりがあてはまるか、相談員が教えます。
rights-passport-do = できること：パスポートとカードを返してもらってください。いつ、だれに頼んで、何と言われたか、書いておいてください。断られたり、おどされたりしたら、すぐ相談員に話してください。

## Forced to go home

rights-return-danger = あなたの気持ちに反して、国に帰らされたり、空港に連れて行かれたりしていますか？ それは危ないです。今すぐ助けを求めてください。
rights-return-law = 技能実習生について、法律では：会社と監理団体は、あなたのパスポートを預かってはいけません（技能実習法 第48条第1項）。やめたり、出て行ったりしたときの違約金は禁止です（労働基準法 第16条）。実習が終わったとき、途中で終わったときも、帰国の飛行機代は監理団体が払います（技能実習法施行規則 第12条第1項第6号）。
rights-return-do = わからない紙にサインしないでください。相談員と話す前に、帰国に同意しないでください。空港で、あなたの気持ちに反して出国させられそうなときは、上の番号で警察に電話してください。「すぐ相談員と話す」を押すと、あなたが先に返事をもらえます。

## Violence and harassment

rights-harassment-law = 技能実習生について、法律は、暴力やおどし、閉じ込めることで、無理に働かせることを禁止しています（技能実習法 第46条）。外出や私生活を不当に制限することも禁止しています（技能実習法 第48条第2項）。
rights-harassment-record = 何があったか書いておいてください。日にち、場所、だれがしたか、何を言ったか、何をしたか。写真、メッセージ、病院の書類を取っておいてください。どなる、ばかにする、いじめる、セクハラも問題です。一人でがまんしなくてもいいです。
rights-harassment-next = 今、危ないときは「危ない」を押してください。相談員が先に返事をします。そうでなければ、どうするか、人がいっしょに考えます。

## Pregnancy

rights-pregnancy-protected = 妊娠しているとき：日本の法律は、妊娠している働く人を守っています。外国人も、技能実習生も同じです。妊娠したことで、クビにされたり、帰国させられたりするべきではありません。
rights-pregnancy-gap = わたしが調べた資料には、このことについての法律の名前と条文が、まだありません。どの法律があなたを守るか、相談員が教えます。それを使う手伝いもします。
rights-pregnancy-do = 妊娠したから、やめるように、帰国するように、ここにはいられない、と言われたら：サインをしないでください。まだ同意しないでください。まず相談員に話してください。体を大切にしてください。病院に行ってください。

## Wages not paid

rights-unpaid-law = 給料は、全部、お金で、あなたに直接、毎月1回以上、決まった日に払われなければなりません（労働基準法 第24条）。
rights-unpaid-claim = 払われていない給料は、それぞれの給料日から { $limitation_years } 年の間、請求できます。給与明細と契約書を取っておいて、毎日、働いた時間を書いておいてください。
rights-unpaid-next = あなたの給料を、いっしょに調べることができます。人と話すこともできます。

## Changing employers

rights-job-now =
    ほかの会社に変わることはできますか？
    技能実習生：変われるのは、限られた場合だけです。どんな場合か、わたしが調べた資料には、まだありません。仕事をやめる前に、相談員か外国人技能実習機構（OTIT）に聞いてください。
    特定技能の人：会社を変えるときのきまりは、わたしが調べた資料には、まだありません。やめる前に、相談員に聞いてください。
rights-job-new =
    2027-04-01 から、技能実習に代わって、新しい制度「育成就労」が始まります。この制度では：
    • 暴力やハラスメントなど、その会社にいられない理由があるとき、今より多くの場合に会社を変えられます。
    • 決められた期間、最初の会社で働いたあと、同じ分野の中で、自分の希望で変わることもできます。技能と日本語の試験に合格することが必要です。
    • 会社を変えるときは、ハローワークなどの公的な機関を通します。民間の職業紹介会社は使えません。
    • 送出機関に払うお金には、上限ができます。
rights-job-unsure = わたしの資料でまだ確かめられていないこと：分野ごとに、最初の会社に何年いなければならないか。分野ごとに必要な日本語のレベル。お金の上限がいくらか。2027-04-01 より前には、どれもあてはまりません。あなたにとって何が変わるか、相談員に聞いてください。

## Paid leave

rights-leave-gap = 有給休暇（年次有給休暇）：何日もらえるか、いつ取れるかについて、わたしはまだ確かめた情報を持っていません。相談員か相談の電話が教えてくれます。働いた日と、休んだ日を書いておいてください。
rights-leave-overtime = 一つ教えられるきまり：1か月の残業が { $premium_threshold_hours } 時間をこえたとき、会社が、割増賃金の一部の代わりに有給の休み（代替休暇）をあげられるのは、職場に書面の協定があって、あなたがそれを選んだときだけです（労働基準法 第37条第3項）。

## The card for staff, from "Phone lines" in a topic

staff-card-rights =
    次の仕事の問題について相談したいです：
    { $help_topic ->
        [rights-passport] 会社か監理団体が、私のパスポートか在留カードを持っていること
        [rights-return] 自分の気持ちに反して、帰国させられそうなこと
        [rights-harassment] 職場での暴力やハラスメント
        [rights-pregnancy] 妊娠と仕事のこと
        [rights-unpaid] 払われていない給料
        [rights-job] 会社を変えること
        [rights-leave] 有給休暇
       *[other] 仕事の問題
    }。
    私のことばは{ $worker_language_ja }です。できれば、通訳をお願いします。
