# sodan — English (reference locale).
# Review: written by the sodan team in plain English; not yet reviewed by a
# professional translator or a migrant-worker focus group.
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
language-name = English
lang-prompt = Please choose your language.
lang-changed = OK. I will write in English from now on.

## Global commands typed as words

cmd-menu = menu | main menu | start | home
cmd-human = human | person | counselor | counsellor | help me
cmd-lang = language | change language
cmd-forget = forget me | delete my data

## Welcome and main menu

welcome =
    Hello. I am sodan, a free and confidential helper for people from abroad who work in Japan.
    I can check your pay, the money taken from it, and your overtime, and tell you where to get help in your language.
    I do not tell your employer or the supervising organisation anything.
menu-prompt = What do you want to do? Tap a button or type its number.
menu-wage = Is my pay too low?
menu-deductions = Money taken from pay
menu-overtime = Overtime pay
menu-help = Where to get help
menu-human = Talk to a person
menu-rights = My rights
menu-hint = You can type /menu at any time to come back here, /human to talk to a person, and /lang to change the language.

## Buttons used in many places

choice-menu = Main menu
choice-human = Talk to a person
choice-yes = Yes
choice-no = No

## Topics that are still being built

topic-wage = Minimum wage check
topic-deductions = Money taken from your pay
topic-overtime = Overtime pay check
topic-rights = Your rights at work
topic-coming =
    This check is still being prepared and is not ready yet. I am sorry.
    Until it is ready, a person can help you: tap "Talk to a person", or call one of the phone lines below.

## Where to get help (the full directory comes later; these lines are checked facts)

hotlines-info =
    Labour Conditions Consultation Hotline (free call, the government's line for problems at work): { $hotline_phone }
    Japan time: Monday to Friday { $hotline_weekday_hours }; Saturday, Sunday and holidays { $hotline_weekend_hours }. Closed from { $hotline_closed_from } to { $hotline_closed_to } (month/day).
    It answers in Japanese, and has lines in other languages too. You do not have to give your name.
hotlines-emergency = If you are in danger now, call 110 (police) or 119 (ambulance, fire). Both are free, day and night.

## Talking to a person

human-ask = In a few words, what is your problem? A person will read it. (You can also write "skip".)
human-waiting =
    Thank you. A counselor will answer you here, in this chat, as soon as possible.
    You can keep writing: everything you send is kept for the counselor.
human-skip-words = skip | no | -

## Forget me

forget-confirm = Do you want me to delete everything I have stored about you: your messages and your answers? This cannot be undone.
forget-done = Done. I have deleted what I had stored about you. If you write again, we start from the beginning.
forget-cancelled = OK. I have deleted nothing.

## When the worker's answer does not fit

unrecognised-choice = Sorry, I did not understand. Please tap one of the buttons, or type its number.
input-invalid-number = Please write a number, for example 5.
input-invalid-yen = Please write an amount in yen, for example 150000 or 15万円.
input-invalid-hours = Please write a number of hours, for example 8 or 7.5.
input-invalid-date = Please write a date like 2026-11-23 (year-month-day).
input-invalid-prefecture = I do not know that prefecture. Please write its name, for example Tokyo, Aichi or 愛知.
input-invalid-text = Please write a short message (at most 1000 characters).
conversation-reset = Sorry, this conversation was updated while you were away. Let us start again from the main menu.

## The web chat page's own words

webchat-title = sodan: help for workers in Japan
webchat-placeholder = Write a message
webchat-send = Send
webchat-offline = No connection. Your message will be sent when you are back online.
