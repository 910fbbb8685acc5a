# sodan — Japanese (ja): money taken from pay (dialogs/deductions.toml).
# Review: machine-assisted translation from locales/en/deductions.ftl; NOT yet reviewed by a native speaker.
# Style: plain Japanese (やさしい日本語): short sentences, common kanji, です/ます, no furigana.
#
# The verdict, the law and how sure a rule is come from data/deductions.toml.
# Messages that choose by { $kind } or { $deduction_kind } need one variant per
# `kind` of data/deductions.toml, and the default variant (*[other]).
# deduction-words: words that recognise each kind in free text, separated by " | ".

## Start and groups

deduction-intro = 給与明細を用意してください。給料から引かれているお金について、一つずつ、何のお金か選んでください。それが法律でみとめられているか、何ができるかを教えます。最後に、まとめを見せます。
deduction-ask-group = 給料から何が引かれていますか？ グループを選んでください。
deduction-group-taxes = 税金と保険
deduction-group-living = 住まい・食事・光熱費
deduction-group-fines = 罰金・ペナルティ
deduction-group-fees = 手数料・その他
deduction-group-other = ほかのもの
deduction-done = 終わり：まとめ
deduction-ask-kind = どれですか？ リストにないときは「もどる」を押してください。
deduction-back = もどる
deduction-pick-income-tax = 所得税
deduction-pick-resident-tax = 住民税
deduction-pick-social-insurance = 健康保険・年金
deduction-pick-employment-insurance = 雇用保険
deduction-pick-dormitory = 寮費・家賃
deduction-pick-utilities = 水道・電気・ガス
deduction-pick-food = 食費
deduction-pick-damage-compensation = ミス・こわした物の弁償
deduction-pick-quit-penalty = やめたときの違約金
deduction-pick-absence-fine = 欠勤・遅刻の罰金
deduction-pick-disciplinary-cut = 罰としての減給
deduction-pick-broker-fee = 仲介料・借金
deduction-pick-management-fee = 監理費
deduction-pick-passport-keeping = パスポート保管料
deduction-pick-return-airfare = 帰国の飛行機代
deduction-pick-forced-savings = 強制貯金
deduction-pick-uniform = 制服・道具

## In the worker's own words

deduction-ask-other = 引かれているものを、短く書いてください。給与明細に書いてあることばでもいいです。例：「寮費」「遅刻の罰金」
deduction-matched = これは「{ $deduction_name }」だと思います。
deduction-several = あなたのことばには、いくつかの種類が入っています：{ $matched_names }。一つずつ調べましょう。最初のもののグループを選んでください。
deduction-not-matched = どの種類のお金か、わかりませんでした。あなたが書いたことばは、まとめに残します。相談員が見ることができます。
deduction-choose-list = リストから選ぶ
deduction-write-again = もう一度書く

## The verdict of one deduction

deduction-legal =
    { $deduction_name }：だいじょうぶです。法律で、会社が給料から引いてもいいことになっています。
    法律：{ $deduction_law }
deduction-conditional =
    { $deduction_name }：条件しだいです。条件が合うときだけ、引いてもいいです。
    法律：{ $deduction_law }
deduction-illegal =
    { $deduction_name }：違法のようです。会社は、これを給料から引いてはいけません。
    法律：{ $deduction_law }
deduction-uncertain = 注意：このきまりは、わたしが調べた資料では、まだ確かめられていません。相談員に確かめてください。
deduction-ask-another = ほかにも、給料から引かれているものがありますか？
deduction-add-another = はい、ほかも調べる
deduction-show-summary = いいえ、まとめを見る
deduction-check-more = ほかも調べる

# The condition of a conditional deduction, and how to check it.
deduction-condition =
    次のときだけ、引いてもいいです：
    { $deduction_kind ->
        [dormitory] 会社と働く人の代表が書面で約束していること（労使協定）。あなたに説明があって、あなたが同意したこと。金額が、実際にかかったお金より多くないこと、またはほかの点でも適正な金額であること（実費に相当する額その他の適正な額）。
        [utilities] 書面の約束（労使協定）とあなたの同意があって、実際にかかったお金だけのとき。
        [food] 書面の約束（労使協定）とあなたの同意があって、実際にかかったお金だけのとき。買った食事はその値段、会社の食堂はほかの社員が払う金額までです。
        [uniform] 書面の約束（労使協定）と、働く人が払うという就業規則のきまりがあって、金額が適正なとき。法律で会社が用意しなければならない安全のための道具は、お金を取ってはいけません。
        [disciplinary-cut] 就業規則にきまりがあるとき。それも、法律で決められた上限までです。上限は、1回ごとと、1回の給料の期間ごとにあります。
       *[other] 条件が合うとき。どの条件か、相談員に聞いてください。
    }
    確かめ方：{ $deduction_kind ->
        [dormitory] 労使協定と、金額の計算のしかたを見せてもらってください。
        [utilities] 請求書（明細）を見せてもらってください。
        [food] 金額の計算のしかたを聞いてください。
        [uniform] 就業規則と労使協定を見せてもらってください。
        [disciplinary-cut] 就業規則のきまりを見せてもらってください。
       *[other] 相談員に聞いてください。
    }

# What each kind is, and what to do.
deduction-about =
    { $deduction_kind ->
        [income-tax] 所得税は、法律で給料から引かれます。
        [resident-tax] 住民税は、ふつう、日本に来て2年目から引かれます。1月1日に住んでいた市町村が金額を決めて、会社が給料から引きます。（地方税法の何条かは、わたしの資料では確かめられていません。）
        [social-insurance] 健康保険、年金、介護保険のお金は、法律で引かれます。あなたを守るものでもあります。病院で保険が使えます。日本を出るときに、年金の一部が戻ってくる制度（脱退一時金）もあります。
        [employment-insurance] 雇用保険のお金は、法律で引かれます。
        [dormitory] 会社が大家さんから借りている家なら、適正な金額は、家賃（管理費・共益費を入れる。敷金・礼金・仲介手数料は入れない）を、そこに住む人の数で割った金額です。技能実習生と特定技能の人のきまりでは、このように計算します。何人かで一つの部屋に住んで、一人一人が家賃の全部を払っているなら、多すぎる可能性が高いです。
        [utilities] 水道・電気・ガスは、実際にかかったお金だけ引いてもいいです。ふつうは、実際の請求の金額を住んでいる人で分けますが、この分け方は、わたしの資料では確かめられていません。
        [food] 食費は、実際にかかったお金だけ引いてもいいです。高すぎる食費で、最低賃金より低い給料がかくされていることもあります。
        [uniform] 制服・道具・用具は、上の条件のときだけ、お金を取ってもいいです。
        [damage-compensation] ミスやこわした物について、決まった金額を取るのは、禁止されている罰（違約金・賠償の予定）です。本当に損害があっても、会社は勝手に給料から引いてはいけません。給料は全部払って、損害は別に請求しなければなりません。
        [quit-penalty] やめたとき、逃げたとき、契約を守らなかったときの違約金は、禁止されています。技能実習生の場合は、家族との契約でも同じです。保証金も禁止されています。
        [absence-fine] 働かなかった時間の給料は、払われなくてもしかたがありません。でも、それ以上の罰金は禁止されています。罰として給料を減らすこと（減給）は、法律の上限の中でだけみとめられます。
        [disciplinary-cut] 働かなかった時間の分の給料がないことは、罰ではありません。ここでは数えません。
        [forced-savings] 会社が無理に貯金させること、会社が通帳を預かることは、禁止されています。
        [broker-fee] 監理団体、ブローカー、送出機関の手数料を、給料から引いてはいけません。日本に来る前の借金を、給料から返させることもいけません。ただし、送出機関への借金にこれがあてはまるかは、相談員に確かめてください。
        [management-fee] 監理団体の監理費は、会社だけが払います。実習生は、直接にも間接にも、払いません。
        [passport-keeping] 会社と監理団体は、あなたのパスポートと在留カードを預かってはいけません。だから、その保管料も禁止です。技能実習生については確かです。ほかの人については、相談員に確かめてください。
        [return-airfare] 技能実習生の場合、実習が終わったときの帰国の飛行機代は、監理団体が払います。途中で終わったときも同じです。給料から引いてはいけません。特定技能の人のきまりは確かめられていません。相談員に聞いてください。
       *[other] {""}
    }
    できること：{ $deduction_kind ->
        [income-tax] 給与明細と年末調整の金額を確かめてください。おかしいと思ったら、税務署か相談員に聞いてください。
        [resident-tax] おかしいと思ったら、市役所・町村役場に聞いてください。
        [social-insurance] 健康保険証があるか確かめてください。会社も、同じ金額を会社の分として払わなければなりません。
        [employment-insurance] 特にありません。保険に入っていたことがわかるので、給与明細を取っておいてください。
        [dormitory] 同じ部屋に住んでいるなら、家に何人住んでいて、一人一人がいくら払っているか確かめてください。給与明細を取っておいてください。
        [utilities] 給与明細を取っておいて、毎月引かれた金額を書いておいてください。
        [food] ほかの社員が払う金額と比べてください。給与明細を取っておいてください。
        [uniform] 領収書と給与明細を取っておいてください。
        [damage-compensation] 何をいくら引かれたか、理由は何か、書いておいてください。相談員に聞いてください。会社がお金を返さなければならないかもしれません。
        [quit-penalty] 払わないでください。契約書や、それについての紙を取っておいて、相談員に話してください。
        [absence-fine] 引かれた金額と、休んだ時間を比べてください。多く引かれていたら、書いておいて、相談員に聞いてください。
        [disciplinary-cut] 就業規則のきまりを見せてもらってください。給与明細を取っておいてください。
        [forced-savings] 通帳とカードを返してもらってください。貯金された金額を書いておいて、相談員に話してください。
        [broker-fee] 金額を書いておいて、国の契約書があれば取っておいてください。相談員に話してください。
        [management-fee] 会社に、やめることとお金を返すことを求めてください。相談員か外国人技能実習機構（OTIT）に話してください。
        [passport-keeping] パスポートとカードを返してもらってください。断られたら、すぐ相談員に話してください。危ないときは、警察に電話してください。
        [return-airfare] 監理団体にお金を返すように求めてください。相談員か外国人技能実習機構（OTIT）に話してください。
       *[other] この引かれたお金について、相談員に聞いてください。
    }

## A disciplinary pay cut

deduction-cut-intro =
    { $deduction_name }：就業規則にきまりがあるときだけ、法律の上限までみとめられます。金額を調べましょう。
    法律：{ $deduction_law }
deduction-ask-cut-amount = 1回（1つのこと）で、いくら減らされましたか？ 円で書いてください。わからないときは「スキップ」と書いてください。
deduction-ask-daily-wage = あなたの平均賃金（1日分）は、いくらですか？ 円で書いてください。会社か相談員が教えてくれます。わからないときは「スキップ」と書いてください。
deduction-ask-period-wage = 今回の給料の期間（ふつうは1か月）の給料は、引かれる前で全部でいくらですか？ 円で書いてください。わからないときは「スキップ」と書いてください。
deduction-skip-words = スキップ | すきっぷ | わからない | 分からない | わかりません | 知らない | なし | -
deduction-cut-over = この減給は、法律でみとめられる金額より多いです。違法のようです。
deduction-cut-within = この減給は、わたしが確かめられた上限の中です。でも、就業規則にきまりがあるときだけ、みとめられます。
deduction-cut-unchecked = この減給を、上限と比べることができませんでした。就業規則にきまりがあるときだけ、上限までみとめられます。
deduction-cut-limits =
    { $cut_incident ->
        [over] 1回で減らせるのは、多くても ¥{ $cut_max_incident } です。この減給は、それより多いです。
        [within] 1回で減らせるのは、多くても ¥{ $cut_max_incident } です。この減給は、それより多くありません。
        [limit] 1回で減らせるのは、多くても ¥{ $cut_max_incident } です。
       *[unknown] 1回の上限：減らされた金額と、平均賃金がわからないと、調べられません。
    }
    { $cut_period ->
        [over] 1回の給料の期間では、減給は全部合わせて、多くても ¥{ $cut_max_period } です。この減給だけで、それより多いです。
        [within] 1回の給料の期間では、減給は全部合わせて、多くても ¥{ $cut_max_period } です。同じ期間に、ほかにも減給があったら、足して比べてください。
        [limit] 1回の給料の期間では、減給は全部合わせて、多くても ¥{ $cut_max_period } です。
       *[unknown] 1回の給料の期間の上限：減らされた金額と、その期間の給料がわからないと、調べられません。
    }

## Dormitory rent: the fair share of a rented home

deduction-dorm-ask-owner = あなたの家賃の分が適正か、調べることができます。会社は、あなたの住む家を大家さんから借りていますか？（例：アパート）
deduction-dorm-leased = はい、借りている
deduction-dorm-owned = 会社の建物
deduction-dorm-unsure = わからない
deduction-dorm-skip = とばす
deduction-dorm-ask-rent = 家全体の1か月の家賃は、いくらですか？ 管理費・共益費も入れて、円で書いてください。敷金・礼金・仲介手数料は入れないでください。例：60000
deduction-dorm-ask-people = そこに、あなたも入れて、何人住んでいますか？ 例：3
deduction-dorm-ask-paid = 毎月、部屋代として給料からいくら引かれていますか？ 円で書いてください。家賃の分だけで、水道・電気・ガスは入れないでください。
deduction-dorm-above = 適正な金額は、1か月 約 ¥{ $dorm_fair_share } です（¥{ $dorm_rent } ÷ { $dorm_occupants } 人）。あなたの給料から引かれているのは ¥{ $dorm_deducted } で、¥{ $dorm_excess } 多いです。多すぎるようです。会社に、賃貸借契約書と、あなたの金額の計算のしかたを見せてもらってください。
deduction-dorm-within = 適正な金額は、1か月 約 ¥{ $dorm_fair_share } です（¥{ $dorm_rent } ÷ { $dorm_occupants } 人）。あなたの給料から引かれているのは ¥{ $dorm_deducted } で、それより多くありません。それでも、書面の約束（労使協定）があるときだけ、引いてもいいです。
deduction-dorm-owned-rule = 会社の建物なら、金額は、建物にかかったお金、使える年数、住む人の数から、会社が説明できるものでなければなりません。どう計算したか、会社に説明してもらってください。
deduction-dorm-unsure-rule = 会社に聞いてください。あなたの家は、大家さんから借りていますか？ 借りているなら、適正な金額は、家賃（管理費・共益費を入れる。敷金・礼金・仲介手数料は入れない）を、住んでいる人の数で割った金額です。賃貸借契約書を見せてもらってください。

## The summary

deduction-summary =
    あなたが調べたもの：
    { $deduction_summary }
deduction-summary-illegal =
    違法のようなもの：
    { $items }
deduction-summary-conditional =
    条件しだいのもの。会社か監理団体に聞いてください：
    { $items }
deduction-summary-unknown =
    わからなかったもの。相談員に見せてください：
    { $items }
deduction-summary-legal =
    法律でみとめられているもの：
    { $items }
deduction-next-steps = 今できること：給与明細を取っておいて、引かれた金額を一つずつ書いておいてください。わからない紙には、サインしないでください。相談員が、あなたのことばで、質問したり、お金を取り戻したりする手伝いをします。
deduction-all-legal = あなたが調べたものは、全部、法律でみとめられています。それでも、毎月、給与明細の金額を確かめてください。
deduction-nothing = 何も選びませんでした。給与明細の書いてあることがわからないときは、相談員が手伝います。
staff-card-deductions = 給料から引かれているお金（控除）について相談したいです。法律に違反しているものがあると思います。私のことばは{ $worker_language_ja }です。できれば、通訳をお願いします。

## Words for each kind (formatted by the rules, not shown as such)

deduction-kind-name =
    { $kind ->
        [income-tax] 所得税
        [resident-tax] 住民税
        [social-insurance] 社会保険（健康保険・年金）
        [employment-insurance] 雇用保険
        [dormitory] 寮費・家賃
        [utilities] 水道光熱費
        [food] 食費
        [uniform] 制服・道具・用具
        [damage-compensation] ミスやこわした物の弁償
        [quit-penalty] やめたときの違約金
        [absence-fine] 欠勤・遅刻の罰金
        [disciplinary-cut] 罰としての減給
        [forced-savings] 強制貯金
        [broker-fee] 仲介料・日本に来る前の借金
        [management-fee] 監理費
        [passport-keeping] パスポート保管料
        [return-airfare] 帰国の飛行機代
       *[other] { $kind }
    }
deduction-ask =
    { $kind ->
        [dormitory] 労使協定、賃貸借契約書、何人で住んでいるかを見せてもらってください。
        [utilities] 請求書と、住んでいる人でどう分けたかを見せてもらってください。
        [food] 金額の計算のしかたと、ほかの社員が払う金額を聞いてください。
        [uniform] 就業規則と労使協定を見せてもらってください。領収書を取っておいてください。
        [disciplinary-cut] 就業規則のきまりを見せてもらって、金額を相談員と確かめてください。
       *[other] 金額の計算のしかたと、どの書面の約束によるものかを聞いてください。
    }
deduction-words =
    { $kind ->
        [income-tax] 所得税 | 源泉所得税 | 源泉徴収 | 源泉 | しょとくぜい
        [resident-tax] 住民税 | 市民税 | 県民税 | 市県民税 | 区民税 | 都民税 | 町民税 | じゅうみんぜい
        [social-insurance] 社会保険 | 社保 | 健康保険 | 健保 | 厚生年金 | 年金 | 介護保険 | 保険 | けんこうほけん | ねんきん
        [employment-insurance] 雇用保険 | こようほけん
        [dormitory] 寮費 | 寮 | 家賃 | 住居費 | 部屋代 | 宿舎費 | 社宅 | りょうひ | やちん
        [utilities] 水道光熱費 | 光熱費 | 水道代 | 水道 | 電気代 | 電気 | ガス代 | ガス | こうねつひ
        [food] 食費 | 食事代 | 食事 | 弁当 | 昼食 | 給食 | まかない | しょくひ
        [uniform] 制服 | 作業着 | 作業服 | ユニフォーム | 道具 | 工具 | 安全靴 | ヘルメット | 手袋
        [damage-compensation] 弁償 | 損害 | 賠償 | 破損 | 壊した | こわした | ミス | 不良品 | 修理代
        [quit-penalty] 違約金 | 保証金 | 失踪 | 逃亡 | いやくきん
        [absence-fine] 罰金 | 欠勤罰金 | 遅刻罰金 | 遅刻の罰金 | 欠勤の罰金 | ばっきん
        [disciplinary-cut] 減給 | 懲戒 | げんきゅう
        [forced-savings] 強制貯金 | 貯金 | 積立金 | 積立 | 通帳 | ちょきん
        [broker-fee] 仲介料 | 紹介料 | ブローカー | 送出機関 | 送り出し機関 | 借金 | 借入金 | 前借 | ローン
        [management-fee] 監理費 | 監理団体 | かんりひ
        [passport-keeping] パスポート | 旅券 | 在留カード | 保管料
        [return-airfare] 航空券 | 飛行機代 | 帰国費用 | 帰国旅費 | 航空運賃 | 飛行機
       *[other] {""}
    }
