# sodan — Simplified Chinese (zh-CN): my rights at work (dialogs/rights*.toml).
# Review: translated from locales/en/rights.ftl (the reference).
# Machine-assisted translation, not yet reviewed by a native speaker.
#
# Say only what ../shared/facts/ supports, and name the law as the facts do.
# Where the facts have a gap, say so and send the worker to a counselor.
# Never write a phone number here: the emergency numbers are in main.ftl
# (hotlines-emergency) and the lines come from data/contacts.toml.

## The menu of topics

rights-menu-prompt = 您遇到了什么问题？请选一个。
rights-menu-passport = 护照被扣留
rights-menu-return = 被强迫回国
rights-menu-harassment = 暴力、骚扰
rights-menu-pregnancy = 怀孕
rights-menu-unpaid = 工资没有付
rights-menu-job = 换公司
rights-menu-leave = 带薪休假
rights-other-topics = 其他权利
rights-counselor-now = 马上找咨询员
rights-in-danger = 我有危险
rights-next = 您现在想做什么？
rights-escalated =
    我已经请我们的咨询员先回复您。会有真人尽快在这里给您写消息。
    您可以继续写：您发来的所有内容都会保存下来，留给咨询员看。

## Passport or residence card kept

rights-passport-law = 您的护照和在留卡（在留カード）是您自己的。对技能实习生来说，法律写得很清楚：公司和监理团体不可以拿着它们（《技能实习法》第48条(1)）。收保管费也是被禁止的。
rights-passport-others = 其他劳动者，比如特定技能人员，这条规定在我核实过的资料里还没有确认。咨询员可以告诉您，哪些规定适用于您。
rights-passport-do = 您可以做的事：要回您的护照和在留卡。记下您什么时候要的、向谁要的、对方怎么说。如果他们不给，或者威胁您，现在就去找咨询员谈。

## Forced to go home

rights-return-danger = 有人要违背您的意愿，把您送回国，或者带您去机场吗？这很危险。请马上求助。
rights-return-law = 法律对技能实习生的规定：公司和监理团体不可以拿着您的护照（《技能实习法》第48条(1)）。因为辞职或离开而罚钱是被禁止的（《劳动基准法》第16条）。实习结束时，就算是提前结束，回国机票也由监理团体付（《技能实习法施行规则》第12条(1)(vi)）。
rights-return-do = 看不懂的文件不要签。在和咨询员谈之前，不要答应回国。在机场，如果有人强迫您违背意愿离开，请拨打上面的号码报警。请点“马上找咨询员”：您会排在最前面。

## Violence and harassment

rights-harassment-law = 对技能实习生来说，法律禁止用暴力、威胁或把您关起来的方法强迫您工作（《技能实习法》第46条）。法律也禁止不合理地限制您外出和您的私人生活（《技能实习法》第48条(2)）。
rights-harassment-record = 请记下发生了什么：日期、地点、是谁做的、他们说了什么或做了什么。保存好照片、消息和医生开的文件。大声吼叫、辱骂、欺负和性骚扰也都是问题：您不用一个人面对。
rights-harassment-next = 如果您现在有危险，请点“我有危险”：咨询员会先回复您。如果没有危险，真人可以帮您决定怎么做。

## Pregnancy

rights-pregnancy-protected = 如果您怀孕了：日本的法律保护怀孕的劳动者。外国劳动者和技能实习生也一样。不应该因为怀孕就把您解雇或送回国。
rights-pregnancy-gap = 我核实过的资料里，还没有写明具体是哪条法律。咨询员可以告诉您哪条法律保护您，并帮您使用它。
rights-pregnancy-do = 如果有人因为您怀孕，叫您辞职、叫您回国，或者说您不能留下：什么都不要签，先不要答应。请先找咨询员谈。照顾好自己的身体：去看医生。

## Wages not paid

rights-unpaid-law = 您的工资必须用钱、全额、直接付给您本人，每个月至少一次，在固定的日子付（《劳动基准法》第24条）。
rights-unpaid-claim = 没有付的工资，从每个发薪日起 { $limitation_years } 年内都可以要求支付。请保存好工资单和合同，每天记下您的工作时间。
rights-unpaid-next = 我可以和您一起检查工资，您也可以和真人谈。

## Changing employers

rights-job-now =
    我可以换到别的公司吗？
    技能实习生：只有在某些情况下可以。我核实过的资料里还没有列出这些情况，所以辞职之前，请先问咨询员或 OTIT（外国人技能实习机构）。
    特定技能人员：换公司的规定还不在我核实过的资料里。辞职之前，请先问咨询员。
rights-job-new =
    一个新的制度“育成就劳”（育成就労）将从 2027-04-01 起代替技能实习。在新制度里：
    • 如果有虐待或骚扰，或者有别的原因让您不能留下，可以换公司的情况会更多。
    • 在第一家公司工作满一定时间后，如果您通过了技能考试和日语考试，也可以按自己的意愿，在同一个领域里换公司。
    • 换公司要通过 Hello Work（ハローワーク）等公共机构，而不是私人中介。
    • 付给派遣机构（送出机关）的费用会有上限。
rights-job-unsure = 我的资料里还没有确认的是：每个领域要先工作多久、每个领域需要什么日语水平、费用的上限是多少。在 2027-04-01 之前，这些都不适用。请问咨询员这对您意味着什么。

## Paid leave

rights-leave-gap = 带薪休假（年次有給休暇）：有多少天、什么时候可以休，我还没有核实过的资料。咨询员或咨询电话可以告诉您。请记下您上班的日子和休息的日子。
rights-leave-overtime = 有一条规定我可以告诉您：一个月的加班超过 { $premium_threshold_hours } 小时的时候，公司只有在工作单位有书面协议、而且由您自己选择时，才可以用带薪休息代替一部分加班费（《劳动基准法》第37条(3)）。

## The card for staff, from "Phone lines" in a topic

staff-card-rights =
    我想咨询工作上的这个问题：
    { $help_topic ->
        [rights-passport] 我的护照或在留卡被公司或监理团体拿着
        [rights-return] 有人要违背我的意愿送我回国
        [rights-harassment] 工作中的暴力或骚扰
        [rights-pregnancy] 我的怀孕和我的工作
        [rights-unpaid] 没有付的工资
        [rights-job] 换公司
        [rights-leave] 带薪休假
       *[other] 工作上的问题
    }。
    我的语言是 { $worker_language }。请帮帮我，如果可以的话，请安排翻译。
