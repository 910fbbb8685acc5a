# sodan — Simplified Chinese (zh-CN): money taken from pay (dialogs/deductions.toml).
# Review: translated from locales/en/deductions.ftl (the reference).
# Machine-assisted translation, not yet reviewed by a native speaker.
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
# Chinese is written without spaces, so a word matches anywhere in the text:
# avoid single characters such as "水" or "电" (they are part of "薪水",
# "电话" and many other words).

## Start and groups

deduction-intro = 请拿出您的工资单（給与明細）。工资里每一笔被扣的钱，请选一下它是什么。我会告诉您能不能扣，以及您可以怎么做。最后您会看到一个总结。
deduction-ask-group = 您的工资里扣了什么？请选一类。
deduction-group-taxes = 税和保险
deduction-group-living = 住房、伙食、水电
deduction-group-fines = 罚款
deduction-group-fees = 各种费用
deduction-group-other = 其他
deduction-done = 完成：看总结
deduction-ask-kind = 是哪一项？如果列表里没有，请点“返回”。
deduction-back = 返回
deduction-pick-income-tax = 所得税
deduction-pick-resident-tax = 住民税
deduction-pick-social-insurance = 医疗保险、养老金
deduction-pick-employment-insurance = 雇用保险
deduction-pick-dormitory = 宿舍费、房租
deduction-pick-utilities = 水费、电费、燃气费
deduction-pick-food = 伙食费
deduction-pick-damage-compensation = 出错、弄坏东西
deduction-pick-quit-penalty = 辞职罚款
deduction-pick-absence-fine = 缺勤罚款
deduction-pick-disciplinary-cut = 减薪（处罚）
deduction-pick-broker-fee = 中介费、借款
deduction-pick-management-fee = 监理团体的费用
deduction-pick-passport-keeping = 护照保管费
deduction-pick-return-airfare = 回国机票
deduction-pick-forced-savings = 强制存钱
deduction-pick-uniform = 工作服、工具

## In the worker's own words

deduction-ask-other = 请用几个字写一下扣的是什么，例如照工资单上写的那样：“宿舍”、“寮費”或“迟到罚款”。
deduction-matched = 我认为这是：{ $deduction_name }。
deduction-several = 您写的内容可能是好几种：{ $matched_names }。我们一个一个地检查。请先选第一个所属的类别。
deduction-not-matched = 我不知道这是哪一种扣款。我会把您写的话保存在总结里，让咨询员来看。
deduction-choose-list = 从列表里选
deduction-write-again = 重新写

## The verdict of one deduction

deduction-legal =
    { $deduction_name }：可以扣。法律允许公司从您的工资里扣这笔钱。
    法律：{ $deduction_law }
deduction-conditional =
    { $deduction_name }：要看情况。只有满足条件时才可以扣。
    法律：{ $deduction_law }
deduction-illegal =
    { $deduction_name }：看起来违法。公司不可以从您的工资里扣这笔钱。
    法律：{ $deduction_law }
deduction-uncertain = 请注意：这条规定我还没能在可以核实的资料里确认。请问咨询员确认一下。
deduction-ask-another = 您的工资里还扣了别的钱吗？
deduction-add-another = 有，再查一项
deduction-show-summary = 没有，看总结
deduction-check-more = 再查一项

# The condition of a conditional deduction, and how to check it.
deduction-condition =
    只有在下面的情况下才可以扣：
    { $deduction_kind ->
        [dormitory] 公司和员工之间有书面协议（労使協定）；公司向您说明过，您也同意了；而且金额不超过实际费用，或者是合理的金额（実費に相当する額その他の適正な額）。
        [utilities] 公司和员工之间有书面协议（労使協定），您同意了，而且只扣实际费用。
        [food] 公司和员工之间有书面协议（労使協定），您同意了，而且只扣实际费用：买来的饭菜，就是买的价钱；在公司食堂吃，就是其他员工付的价钱。
        [uniform] 公司和员工之间有书面协议（労使協定），就业规则（就業規則）里写明由员工付钱，而且金额合理。法律规定必须由公司提供的安全用品，不可以向您收钱。
        [disciplinary-cut] 就业规则（就業規則）里有这样的规定，而且不超过法律规定的上限：每一次有上限，每个工资期间也有上限。
       *[other] 满足一定的条件。请问咨询员，哪些条件适用于您。
    }
    怎么确认：{ $deduction_kind ->
        [dormitory] 请公司给您看协议，以及金额是怎么算出来的。
        [utilities] 请公司给您看账单。
        [food] 问一下金额是怎么算出来的。
        [uniform] 请公司给您看就业规则和协议。
        [disciplinary-cut] 请公司给您看就业规则里的这条规定。
       *[other] 请问咨询员。
    }

# What each kind is, and what to do.
deduction-about =
    { $deduction_kind ->
        [income-tax] 所得税是法律规定要从工资里扣的。
        [resident-tax] 住民税一般从您在日本的第二年开始扣。金额由您1月1日住的市（区、町、村）决定，公司从您的工资里扣。（我的资料里还不能确认《地方税法》的具体条款。）
        [social-insurance] 医疗保险、养老金和护理保险是法律规定要扣的。它们也在保护您：可以看病，离开日本时还可以领回一笔养老金退款。
        [employment-insurance] 雇用保险是法律规定要扣的。
        [dormitory] 如果房子是公司从房东那里租来的，合理的份额是：房租加上管理费、共益费（管理費・共益費），不算押金、礼金和中介费，再除以住在那里的人数。技能实习生和特定技能人员的规定就是这样算的。如果几个人住一个房间，每人却都付全部房租，那很可能扣多了。
        [utilities] 水费、电费、燃气费只能按实际费用扣。一般的做法是把实际账单分给住在那里的人，但这种分法在我的资料里还没有确认。
        [food] 伙食费只能按实际费用扣。如果饭钱扣得太多，也可能让您实际拿到的工资低于最低工资。
        [uniform] 工作服、工具和设备只有在上面的条件下才可以收钱。
        [damage-compensation] 工作出错或弄坏东西就扣固定的钱，这是被禁止的罚款。就算真的造成了损失，公司也不能直接从您的工资里扣钱：公司必须先付给您全部工资，再另外要求赔偿。
        [quit-penalty] 因为辞职、逃跑或违反合同而罚钱（違約金）是被禁止的。对技能实习生来说，就算合同是和您的家人签的，也是一样；保证金（保証金）也是被禁止的。
        [absence-fine] 您没有工作的时间，公司可以不付钱。但是在这之外再罚款，是被禁止的。作为处罚的减薪，只能在法律规定的范围内。
        [disciplinary-cut] 没有工作的时间不付工资，这不是处罚，不算在这里。
        [forced-savings] 公司强制您存钱，或者公司拿着您的存折，都是被禁止的。
        [broker-fee] 监理团体、中介或派遣机构（送出机关）的费用，不可以从您的工资里扣。来日本之前借的钱，也不可以从您的工资里扣来还；如果是欠派遣机构的钱，请咨询员确认一下。
        [management-fee] 监理团体的费用（監理費）只能由公司付，技能实习生不用付，直接或间接都不用。
        [passport-keeping] 公司和监理团体不可以拿着您的护照或在留卡，所以收保管费也是被禁止的。对技能实习生来说，这是肯定的；其他劳动者的情况，请咨询员确认。
        [return-airfare] 对技能实习生来说，实习结束时，回国的机票由监理团体付，提前结束时也一样。不可以从您的工资里扣。特定技能人员的规定还没有确认：请问咨询员。
       *[other] {""}
    }
    怎么做：{ $deduction_kind ->
        [income-tax] 看一下工资单和年末调整（年末調整）上的金额。如果看起来不对，请问税务署或咨询员。
        [resident-tax] 如果看起来不对，请问市役所。
        [social-insurance] 确认您有医疗保险卡。公司还必须自己再付一份同样的金额。
        [employment-insurance] 不用做什么，但请保存好工资单：它们能证明您参加了保险。
        [dormitory] 如果您和别人合住，请确认房子里住了几个人、每个人付多少。保存好工资单。
        [utilities] 保存好工资单，记下每个月扣了多少钱。
        [food] 和其他员工付的钱比一比，保存好工资单。
        [uniform] 保存好收据和工资单。
        [damage-compensation] 记下扣了多少钱、为什么扣。请问咨询员：公司可能必须把钱还给您。
        [quit-penalty] 不要付。保存好合同或有关的任何文件，去找咨询员谈。
        [absence-fine] 把扣的钱和您没上班的时间比一比。如果扣多了，记下来，请问咨询员。
        [disciplinary-cut] 请公司给您看就业规则里的这条规定，保存好工资单。
        [forced-savings] 要回您的存折和银行卡。记下存了多少钱，去找咨询员谈。
        [broker-fee] 记下金额，保存好在您自己国家签的任何合同。去找咨询员谈。
        [management-fee] 要求公司停止扣钱，并把钱还给您。去找咨询员或 OTIT（外国人技能实习机构）谈。
        [passport-keeping] 要回您的护照和在留卡。如果他们不给，现在就去找咨询员谈。如果您有危险，请报警。
        [return-airfare] 要求监理团体把钱还给您。去找咨询员或 OTIT（外国人技能实习机构）谈。
       *[other] 请问咨询员这笔扣款的事。
    }

## A disciplinary pay cut

deduction-cut-intro =
    { $deduction_name }：只有就业规则（就業規則）里有规定时才可以，而且不能超过法律规定的上限。我们来检查一下金额。
    法律：{ $deduction_law }
deduction-ask-cut-amount = 一次（一件事）扣了多少日元？如果不知道，请写“跳过”。
deduction-ask-daily-wage = 您的平均日工资（平均賃金）是多少日元？公司或咨询员可以告诉您。如果不知道，请写“跳过”。
deduction-ask-period-wage = 这个工资期间（通常是一个月）您的工资一共是多少日元？请写扣款之前的金额。如果不知道，请写“跳过”。
deduction-skip-words = 跳过 | 略过 | 不知道 | 不清楚 | 不确定 | 不懂 | 没有 | 无 | 不 | -
deduction-cut-over = 这次减薪比法律允许的多。看起来违法。
deduction-cut-within = 这次减薪没有超过我能检查的上限。但是，只有就业规则（就業規則）里有规定时，才可以扣。
deduction-cut-unchecked = 我没办法把这次减薪和上限比较。只有就业规则（就業規則）里有规定时才可以扣，而且不能超过上限。
deduction-cut-limits =
    { $cut_incident ->
        [over] 一次最多只能扣 ¥{ $cut_max_incident }。这次扣得更多。
        [within] 一次最多只能扣 ¥{ $cut_max_incident }。这次没有超过。
        [limit] 一次最多只能扣 ¥{ $cut_max_incident }。
       *[unknown] 每一次的上限：要知道上限，我需要扣的金额和您的平均日工资。
    }
    { $cut_period ->
        [over] 一个工资期间里，所有减薪加起来最多 ¥{ $cut_max_period }。光这一次就超过了。
        [within] 一个工资期间里，所有减薪加起来最多 ¥{ $cut_max_period }。如果同一个期间还有别的减薪，请加起来比一比。
        [limit] 一个工资期间里，所有减薪加起来最多 ¥{ $cut_max_period }。
       *[unknown] 每个工资期间的上限：要知道上限，我需要扣的金额和这个期间您的工资总额。
    }

## Dormitory rent: the fair share of a rented home

deduction-dorm-ask-owner = 我可以帮您查一下您该付多少房租。您住的房子是公司从房东那里租来的吗（例如公寓）？
deduction-dorm-leased = 是，是租的
deduction-dorm-owned = 是公司自己的
deduction-dorm-unsure = 我不知道
deduction-dorm-skip = 跳过这一步
deduction-dorm-ask-rent = 整套房子每个月的房租是多少日元？请加上管理费、共益费（管理費・共益費）。不要加押金、礼金和中介费。例如 60000。
deduction-dorm-ask-people = 那里一共住了几个人？包括您自己。例如 3。
deduction-dorm-ask-paid = 每个月从您的工资里扣多少日元房费？只算房租，不算水费、电费和燃气费。
deduction-dorm-above = 合理的份额大约是每个月 ¥{ $dorm_fair_share }（¥{ $dorm_rent } ÷ { $dorm_occupants } 人）。从您的工资里扣了 ¥{ $dorm_deducted }：多了 ¥{ $dorm_excess }。这看起来扣得太多了。请公司给您看租房合同，以及您的金额是怎么算出来的。
deduction-dorm-within = 合理的份额大约是每个月 ¥{ $dorm_fair_share }（¥{ $dorm_rent } ÷ { $dorm_occupants } 人）。从您的工资里扣了 ¥{ $dorm_deducted }：没有超过。但是，只有在有书面协议时才可以扣。
deduction-dorm-owned-rule = 如果房子是公司自己的，金额必须有合理的根据：房子花了多少钱、能用多少年、住了多少人。请公司说明是怎么算出来的。
deduction-dorm-unsure-rule = 请问公司：您住的房子是从房东那里租来的吗？如果是，合理的份额是：房租加上管理费、共益费，不算押金、礼金和中介费，再除以住在那里的人数。请公司给您看租房合同。

## The summary

deduction-summary =
    您检查了这些：
    { $deduction_summary }
deduction-summary-illegal =
    这些看起来违法（违反法律）：
    { $items }
deduction-summary-conditional =
    这些只有满足条件时才可以扣。请问公司或监理团体：
    { $items }
deduction-summary-unknown =
    这些我没能认出来。请给咨询员看：
    { $items }
deduction-summary-legal =
    这些是法律允许的：
    { $items }
deduction-next-steps = 您现在可以做的事：保存好工资单，记下每一笔金额。看不懂的东西，什么都不要签。咨询员可以用您的语言，帮您问清楚，帮您要回钱。
deduction-all-legal = 您检查的扣款都是法律允许的。不过，每个月还是要看一下工资单上的金额。
deduction-nothing = 您没有选任何扣款。如果您不清楚工资单上某一行是什么意思，咨询员可以帮您。
staff-card-deductions = 我想咨询从我的工资里扣钱（扣款）的问题。我认为其中有些可能违法。我的语言是 { $worker_language }。请帮帮我，如果可以的话，请安排翻译。

## Words for each kind (formatted by the rules, not shown as such)

# The kind's name, in lists and verdicts.
deduction-kind-name =
    { $kind ->
        [income-tax] 所得税
        [resident-tax] 住民税
        [social-insurance] 医疗保险和养老金（社会保険）
        [employment-insurance] 雇用保险（雇用保険）
        [dormitory] 宿舍费或房租（寮費）
        [utilities] 水费、电费和燃气费（水道光熱費）
        [food] 伙食费（食費）
        [uniform] 工作服、工具和设备
        [damage-compensation] 因为出错或弄坏东西扣的钱
        [quit-penalty] 辞职或离开的罚款（違約金）
        [absence-fine] 缺勤或迟到的罚款
        [disciplinary-cut] 作为处罚的减薪（減給）
        [forced-savings] 强制存钱
        [broker-fee] 中介费、派遣机构的费用或以前的借款
        [management-fee] 监理团体的费用（監理費）
        [passport-keeping] 护照保管费
        [return-airfare] 回国机票
       *[other] { $kind }
    }
# What to ask about a conditional deduction, in the summary.
deduction-ask =
    { $kind ->
        [dormitory] 请公司给您看书面协议（労使協定）和租房合同，并问清楚几个人合住这套房子。
        [utilities] 请公司给您看账单，并问清楚是怎么分给住在那里的人的。
        [food] 问清楚金额是怎么算出来的，以及其他员工付多少。
        [uniform] 请公司给您看就业规则（就業規則）和书面协议。保存好收据。
        [disciplinary-cut] 请公司给您看就业规则（就業規則）里的这条规定，并和咨询员一起核对金额。
       *[other] 问清楚金额是怎么算出来的，依据的是哪份书面协议。
    }
# Words that recognise each kind in free text.
deduction-words =
    { $kind ->
        [income-tax] 所得税 | 个人所得税 | 个税 | 源泉税 | 代扣税 | 税金 | 税
        [resident-tax] 住民税 | 居民税 | 市民税 | 县民税 | 区民税 | 地方税 | 市税
        [social-insurance] 社会保险 | 社保 | 健康保险 | 医疗保险 | 医保 | 养老保险 | 养老金 | 厚生年金 | 年金 | 护理保险 | 介护保险 | 保险
        [employment-insurance] 雇用保险 | 雇佣保险 | 就业保险 | 失业保险
        [dormitory] 宿舍 | 宿舍费 | 住宿费 | 住宿 | 房租 | 租金 | 房费 | 住房 | 公寓 | 寮费
        [utilities] 水电费 | 水电 | 水电气 | 水电煤 | 水费 | 电费 | 燃气费 | 燃气 | 煤气费 | 煤气 | 天然气
        [food] 伙食费 | 伙食 | 饭费 | 饭钱 | 餐费 | 食费 | 午饭 | 晚饭 | 早饭 | 午餐 | 晚餐 | 早餐 | 便当 | 食堂 | 吃饭
        [uniform] 工作服 | 工服 | 制服 | 工具 | 劳保用品 | 防护用品 | 安全鞋 | 劳保鞋 | 安全帽 | 头盔 | 手套
        [damage-compensation] 赔偿 | 赔钱 | 损坏 | 弄坏 | 打坏 | 坏了 | 损失 | 失误 | 出错 | 做错 | 次品 | 不良品 | 维修费 | 修理费
        [quit-penalty] 违约金 | 违约 | 辞职罚款 | 辞职 | 离职 | 逃跑 | 跑路 | 失踪 | 违反合同 | 保证金 | 担保金
        [absence-fine] 罚款 | 罚金 | 罚钱 | 迟到罚款 | 缺勤罚款 | 旷工罚款 | 请假罚款 | 迟到 | 缺勤 | 旷工
        [disciplinary-cut] 减薪 | 降薪 | 减给 | 处分 | 纪律处分 | 惩罚 | 处罚 | 惩戒
        [forced-savings] 强制储蓄 | 强制存款 | 强制存钱 | 储蓄 | 存款 | 存钱 | 存折 | 银行卡
        [broker-fee] 中介费 | 中介 | 介绍费 | 派遣费 | 派遣机构 | 派遣公司 | 送出机构 | 送出机关 | 出国费 | 借款 | 贷款 | 欠款 | 借钱 | 欠钱 | 债务 | 还款 | 还债
        [management-fee] 监理费 | 监理团体 | 监理 | 管理费 | 组合费
        [passport-keeping] 护照 | 在留卡 | 居留卡 | 保管费
        [return-airfare] 机票 | 飞机票 | 回国机票 | 回国费 | 回国路费 | 路费 | 飞机 | 航班
       *[other] {""}
    }
