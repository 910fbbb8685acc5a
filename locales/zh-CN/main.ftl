# sodan — Simplified Chinese (zh-CN).
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
language-name = 简体中文
lang-prompt = 请选择您的语言。
lang-changed = 好的。从现在开始，我用中文和您交流。

## Global commands typed as words

cmd-menu = 菜单 | 主菜单 | 开始 | 首页
cmd-human = 人工 | 转人工 | 咨询员 | 真人 | 帮帮我
cmd-lang = 语言 | 换语言 | 切换语言 | 更改语言
cmd-forget = 忘记我 | 删除我的数据 | 删除数据

## Welcome and main menu

welcome =
    您好。我是 sodan，一个免费、保密的帮手，为在日本工作的外国人提供帮助。
    我可以帮您检查工资、工资里被扣的钱和加班费，还可以告诉您在哪里能用您的语言得到帮助。
    我不会把任何事情告诉您的公司或监理团体。
menu-prompt = 您想做什么？请点一个按钮，或输入它的数字。
menu-wage = 我的工资太低吗？
menu-deductions = 工资里被扣的钱
menu-overtime = 加班费
menu-help = 去哪里求助
menu-human = 和咨询员对话
menu-rights = 我的权利
menu-hint = 您可以随时输入 /menu 回到这里，输入 /human 和真人对话，输入 /lang 更换语言。

## Buttons used in many places

choice-menu = 主菜单
choice-human = 和咨询员对话
choice-yes = 是
choice-no = 否

## Topics that are still being built

topic-wage = 最低工资检查
topic-deductions = 工资里被扣的钱
topic-overtime = 加班费检查
topic-rights = 您在工作中的权利
topic-coming =
    这项检查还在准备中，现在还不能用。非常抱歉。
    在准备好之前，可以由真人来帮助您：请点“和咨询员对话”，或拨打下面的电话。

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    劳动条件咨询热线（労働条件相談ほっとライン。免费电话，是日本政府为工作中的问题设立的热线）：{ $hotline_phone }
    日本时间：周一至周五 { $hotline_weekday_hours }；周六、周日和节假日 { $hotline_weekend_hours }。{ $hotline_closed_from } 至 { $hotline_closed_to }（月/日）休息。
    用日语接听，也有其他语言的线路。您不用说出自己的名字。
hotlines-emergency = 如果您现在有危险，请拨打 110（警察）或 119（救护车、消防）。两个电话都免费，白天晚上都可以打。

## Talking to a person

human-ask = 您遇到了什么问题？请简单写几句。会有真人来看。（您也可以写“跳过”。）
human-waiting =
    谢谢您。咨询员会尽快在这个聊天里回复您。
    您可以继续写：您发来的所有内容都会保存下来，留给咨询员看。
human-skip-words = 跳过 | 略过 | 没有 | 无 | -

## Forget me

forget-confirm = 您要我删除我保存的关于您的所有内容吗？包括您的消息和您的回答。删除后无法恢复。
forget-done = 完成了。我已经删除了保存的关于您的内容。如果您再发消息，我们会从头开始。
forget-cancelled = 好的。我什么都没有删除。

## When the worker's answer does not fit

unrecognised-choice = 对不起，我没有看懂。请点一个按钮，或输入它的数字。
input-invalid-number = 请写一个数字，例如 5。
input-invalid-yen = 请写日元金额，例如 150000 或 15万円。
input-invalid-hours = 请写小时数，例如 8 或 7.5。
input-invalid-date = 请按 2026-11-23（年-月-日）这样的格式写日期。
input-invalid-prefecture = 我不认识这个都道府县。请写出它的名字，例如 Tokyo、Aichi 或 愛知（日文写法）。
input-invalid-text = 请写一条简短的消息（最多 1000 个字）。
conversation-reset = 对不起，您不在的时候，这段对话更新了。我们从主菜单重新开始吧。

## The web chat page's own words

webchat-title = sodan：帮助在日本工作的人
webchat-placeholder = 输入消息
webchat-send = 发送
webchat-offline = 没有网络连接。网络恢复后，您的消息会发送出去。
