# sodan — English (reference locale): my rights at work (dialogs/rights*.toml).
# Review: written by the sodan team in plain English from ../shared/facts/;
# not yet reviewed by a professional translator or a migrant-worker focus group.
#
# Say only what ../shared/facts/ supports, and name the law as the facts do.
# Where the facts have a gap, say so and send the worker to a counselor.
# Never write a phone number here: the emergency numbers are in main.ftl
# (hotlines-emergency) and the lines come from data/contacts.toml.

## The menu of topics

rights-menu-prompt = Which problem do you have? Choose one.
rights-menu-passport = Passport kept
rights-menu-return = Forced to go home
rights-menu-harassment = Violence, harassment
rights-menu-pregnancy = Pregnancy
rights-menu-unpaid = Wages not paid
rights-menu-job = Changing employer
rights-menu-leave = Paid leave
rights-other-topics = Other rights
rights-counselor-now = A counselor, now
rights-in-danger = I am in danger
rights-next = What do you want to do now?
rights-escalated =
    I have asked our counselors to answer you first. A person will write to you here as soon as possible.
    You can keep writing: everything you send is kept for the counselor.

## Passport or residence card kept

rights-passport-law = Your passport and your residence card (在留カード) are yours. For technical intern trainees the law is clear: the company and the supervising organisation may not keep them (Technical Intern Training Act, Art. 48(1)). A fee for keeping them is forbidden too.
rights-passport-others = For other workers, such as specified skilled workers, this rule is not yet confirmed in my checked sources. A counselor can tell you what applies to you.
rights-passport-do = What you can do: ask for your passport and card back. Write down when you asked, whom, and what they said. If they refuse or threaten you, talk to a counselor now.

## Forced to go home

rights-return-danger = Are you being sent home, or taken to the airport, against your will? That is dangerous. Get help now.
rights-return-law = What the law says for technical intern trainees: the company and the supervising organisation may not keep your passport (Technical Intern Training Act, Art. 48(1)). A penalty for quitting or leaving is forbidden (Labor Standards Act, Art. 16). When your training ends, even early, the supervising organisation pays your flight home (Technical Intern Training Act Regulation, Art. 12(1)(vi)).
rights-return-do = Do not sign papers you do not understand, and do not agree to go home before you talk to a counselor. At the airport, if you are made to leave against your will, call the police on the number above. Tap "A counselor, now": you go first in the queue.

## Violence and harassment

rights-harassment-law = For technical intern trainees, the law forbids forcing you to work by violence, threats or by locking you in (Technical Intern Training Act, Art. 46). It also forbids unfair limits on going out and on your private life (Technical Intern Training Act, Art. 48(2)).
rights-harassment-record = Write down what happened: the date, the place, who did it, and what they said or did. Keep photos, messages and papers from a doctor. Shouting, insults, bullying and sexual harassment are problems too: you do not have to face them alone.
rights-harassment-next = If you are in danger now, tap "I am in danger": a counselor answers you first. Otherwise, a person can help you decide what to do.

## Pregnancy

rights-pregnancy-protected = If you are pregnant: the law in Japan protects workers who are pregnant. This is true for foreign workers and technical intern trainees too. You should not be fired or sent home because you are pregnant.
rights-pregnancy-gap = My checked sources do not yet name the exact law for this. A counselor can tell you which law protects you, and help you use it.
rights-pregnancy-do = If you are told to quit, to go home, or that you cannot stay because you are pregnant: do not sign anything and do not agree yet. Talk to a counselor first. Take care of your health: see a doctor.

## Wages not paid

rights-unpaid-law = Your wages must be paid in full, in money, directly to you, at least once a month on a fixed day (Labor Standards Act, Art. 24).
rights-unpaid-claim = You can claim wages that were not paid for { $limitation_years } years after each payday. Keep your pay slips and your contract, and write down your working hours every day.
rights-unpaid-next = I can check your pay with you, or you can talk to a person.

## Changing employers

rights-job-now =
    Can I change to another employer?
    Technical intern trainees: only in some cases. My checked sources do not list them yet, so ask a counselor or OTIT before you leave your job.
    Specified skilled workers: the rules for changing employers are not in my checked sources yet. Ask a counselor before you quit.
rights-job-new =
    A new system, Employment for Skill Development (育成就労), will replace technical intern training from 2027-04-01. In it:
    • If there is abuse or harassment, or another reason you cannot stay, you can change employers in more cases.
    • You can also change by your own wish, in the same field, after a set time with your first employer, if you pass skill and Japanese tests.
    • Changes go through public bodies such as Hello Work, not private job agencies.
    • Fees paid to sending organisations get an upper limit.
rights-job-unsure = Not yet confirmed in my sources: how long you must stay first in each field, the Japanese level needed in each field, and how high the fee limit is. None of this applies before 2027-04-01. Ask a counselor what it means for you.

## Paid leave

rights-leave-gap = Paid holidays (年次有給休暇): I do not yet have checked facts on how many days you get and when you can take them. A counselor or a phone line can tell you. Keep a record of the days you work and the days off you take.
rights-leave-overtime = One rule I can tell you: when your overtime is more than { $premium_threshold_hours } hours in a month, the company may give you paid time off instead of part of the extra pay only with a written agreement at the workplace, and only if you choose it (Labor Standards Act, Art. 37(3)).

## The card for staff, from "Phone lines" in a topic

staff-card-rights =
    I would like to consult about this problem at work:
    { $help_topic ->
        [rights-passport] My passport or residence card, which my employer or the supervising organisation keeps
        [rights-return] Being sent home against my will
        [rights-harassment] Violence or harassment at work
        [rights-pregnancy] My pregnancy and my job
        [rights-unpaid] Wages that were not paid
        [rights-job] Changing my employer
        [rights-leave] Paid leave
       *[other] A problem at work
    }.
    My language is { $worker_language }. Please help me, with an interpreter if possible.
