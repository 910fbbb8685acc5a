# sodan — English (reference locale): money taken from pay (dialogs/deductions.toml).
# Review: written by the sodan team in plain English from data/deductions.toml
# and ../shared/facts/deductions.md; not yet reviewed by a professional
# translator or a migrant-worker focus group.
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

## Start and groups

deduction-intro = Take your pay slip (給与明細). For each amount taken from your pay, choose what it is. I will tell you if it is allowed and what you can do. At the end you get a summary.
deduction-ask-group = What is taken from your pay? Choose a group.
deduction-group-taxes = Taxes and insurance
deduction-group-living = Housing, food, bills
deduction-group-fines = Fines and penalties
deduction-group-fees = Fees and other costs
deduction-group-other = Something else
deduction-done = Done: summary
deduction-ask-kind = Which one? If it is not in the list, tap "Back".
deduction-back = Back
deduction-pick-income-tax = Income tax
deduction-pick-resident-tax = Resident tax
deduction-pick-social-insurance = Health ins., pension
deduction-pick-employment-insurance = Employment insurance
deduction-pick-dormitory = Dormitory, rent
deduction-pick-utilities = Water, power, gas
deduction-pick-food = Food, meals
deduction-pick-damage-compensation = Mistakes, damage
deduction-pick-quit-penalty = Penalty for quitting
deduction-pick-absence-fine = Fine for absence
deduction-pick-disciplinary-cut = Pay cut (punishment)
deduction-pick-broker-fee = Broker fee, loan
deduction-pick-management-fee = Supervising org. fee
deduction-pick-passport-keeping = Passport-keeping fee
deduction-pick-return-airfare = Flight home
deduction-pick-forced-savings = Forced savings
deduction-pick-uniform = Uniform, tools

## In the worker's own words

deduction-ask-other = Write in a few words what is taken, for example as it is written on your pay slip: "dorm", "寮費" or "fine for being late".
deduction-matched = I think this is: { $deduction_name }.
deduction-several = Your words fit more than one kind: { $matched_names }. Let us check them one at a time. Choose the group of the first one.
deduction-not-matched = I could not tell what kind of deduction this is. I will keep your words for the summary, so that a counselor can look at them.
deduction-choose-list = Choose from the list
deduction-write-again = Write it again

## The verdict of one deduction

deduction-legal =
    { $deduction_name }: ALLOWED. The law lets the company take this from your pay.
    Law: { $deduction_law }
deduction-conditional =
    { $deduction_name }: IT DEPENDS. This is allowed only under conditions.
    Law: { $deduction_law }
deduction-illegal =
    { $deduction_name }: LOOKS ILLEGAL. The company may not take this from your pay.
    Law: { $deduction_law }
deduction-uncertain = Careful: this rule is not yet confirmed in a source I could check. Ask a counselor to confirm it.
deduction-ask-another = Is anything else taken from your pay?
deduction-add-another = Yes, check another
deduction-show-summary = No, show summary
deduction-check-more = Check another one

# The condition of a conditional deduction, and how to check it.
deduction-condition =
    Allowed only if:
    { $deduction_kind ->
        [dormitory] There is a written agreement between the company and the workers (労使協定); it was explained to you and you agreed; and the amount is no more than the real cost, or is otherwise fair (実費に相当する額その他の適正な額).
        [utilities] There is a written agreement between the company and the workers (労使協定), you agreed, and it is only the real cost.
        [food] There is a written agreement between the company and the workers (労使協定), you agreed, and it is only the real cost: for bought meals, what they cost; in a company canteen, what other staff pay.
        [uniform] There is a written agreement between the company and the workers (労使協定), a rule in the work regulations (就業規則) says that workers pay for it, and the amount is fair. Safety equipment that the law says the company must supply may not be charged.
        [disciplinary-cut] The work regulations (就業規則) say so, and only up to limits set by law: one for each incident and one for each pay period.
       *[other] Certain conditions are met. Ask a counselor which ones apply to you.
    }
    How to check: { $deduction_kind ->
        [dormitory] ask the company to show you the agreement and how the amount was calculated.
        [utilities] ask to see the bills.
        [food] ask how the amount was calculated.
        [uniform] ask to see the work regulations and the agreement.
        [disciplinary-cut] ask to see the rule in the work regulations.
       *[other] ask a counselor.
    }

# What each kind is, and what to do.
deduction-about =
    { $deduction_kind ->
        [income-tax] Income tax is taken from pay by law.
        [resident-tax] Resident tax is usually taken from your second year in Japan. The city where you lived on 1 January sets the amount, and the company takes it from your pay. (The exact article of the Local Tax Act is not confirmed in my sources.)
        [social-insurance] Health insurance, pension and nursing-care insurance are taken by law. They also protect you: health care, and a lump-sum pension refund when you leave Japan.
        [employment-insurance] Employment insurance is taken by law.
        [dormitory] For a home the company rents from a landlord, a fair share is the rent with management or common fees (管理費・共益費), without deposit, key money or agent fees, divided by the number of people who live there. This is how the rules for technical intern trainees and specified skilled workers count it. If several people share a room and each pays a full rent, that is likely too much.
        [utilities] Water, electricity and gas may be taken only at what they really cost. The usual way is to divide the real bills among the people who live there, but this way of dividing is not confirmed in my sources.
        [food] Food may be taken only at what it really costs. Meals that cost too much can also hide pay below the minimum wage.
        [uniform] Uniforms, tools and equipment may be charged only under those conditions.
        [damage-compensation] A fixed charge for mistakes or broken things is a forbidden penalty. Even for real damage, the company may not simply take the money from your pay: it must pay your wages in full and claim the damage separately.
        [quit-penalty] A penalty for quitting, running away or breaking the contract (違約金) is forbidden. For technical intern trainees this is also true when the contract is with your family, and a guarantee deposit (保証金) is forbidden too.
        [absence-fine] The company does not have to pay for the hours you did not work. But a fine on top of that is forbidden. A pay cut as a punishment is allowed only within the limits of the law.
        [disciplinary-cut] Pay you do not get for hours you did not work is not a punishment, and does not count here.
        [forced-savings] Savings the company forces on you, or a bank book the company keeps, are forbidden.
        [broker-fee] Fees for the supervising organisation, a broker or the sending organisation may not be taken from your pay. A loan you took before you came may not be paid back out of your wages either; for a debt to a sending organisation, a counselor should confirm this.
        [management-fee] The supervising organisation's fee (監理費) is paid by companies only, never by trainees, directly or indirectly.
        [passport-keeping] The company and the supervising organisation may not keep your passport or residence card, so a fee for keeping them is forbidden too. This is certain for technical intern trainees; for other workers, a counselor should confirm it.
        [return-airfare] For technical intern trainees, the supervising organisation pays the flight home at the end of training, also when it ends early. It may not be taken from your pay. For specified skilled workers the rule is not confirmed: ask a counselor.
       *[other] {""}
    }
    What to do: { $deduction_kind ->
        [income-tax] check the amount on your pay slip and in your year-end adjustment (年末調整). If it looks wrong, ask the tax office or a counselor.
        [resident-tax] if it looks wrong, ask the city office.
        [social-insurance] check that you have a health insurance card. The company must pay the same amount again as its own share.
        [employment-insurance] nothing, but keep your pay slips: they show you were insured.
        [dormitory] if you share a room, check how many people live in the home and what each one pays. Keep your pay slips.
        [utilities] keep your pay slips, and write down the amount taken each month.
        [food] compare with what other staff pay, and keep your pay slips.
        [uniform] keep the receipts and your pay slips.
        [damage-compensation] write down what was taken and why. Ask a counselor: the company may have to pay it back.
        [quit-penalty] do not pay it. Keep the contract or any paper about it, and talk to a counselor.
        [absence-fine] compare what was taken with the hours you missed. If more was taken, write it down and ask a counselor.
        [disciplinary-cut] ask to see the rule in the work regulations, and keep your pay slips.
        [forced-savings] ask for your bank book and card back. Write down the amounts saved, and talk to a counselor.
        [broker-fee] write down the amounts and keep any contract from your home country. Talk to a counselor.
        [management-fee] ask the company to stop and to pay it back. Talk to a counselor or OTIT.
        [passport-keeping] ask for your passport and card back. If they refuse, talk to a counselor now. If you are in danger, call the police.
        [return-airfare] ask the supervising organisation to pay it back. Talk to a counselor or OTIT.
       *[other] ask a counselor about this deduction.
    }

## A disciplinary pay cut

deduction-cut-intro =
    { $deduction_name }: allowed only if the work regulations (就業規則) say so, and only up to limits set by law. Let us check the amounts.
    Law: { $deduction_law }
deduction-ask-cut-amount = How much was cut for one incident (one time), in yen? If you do not know, write "skip".
deduction-ask-daily-wage = What is your daily average wage (平均賃金), in yen? The company or a counselor can tell you. If you do not know, write "skip".
deduction-ask-period-wage = What is your total pay for this pay period (usually one month), before deductions, in yen? If you do not know, write "skip".
deduction-skip-words = skip | don't know | dont know | i don't know | not sure | no | -
deduction-cut-over = This cut is MORE than the law allows. It looks illegal.
deduction-cut-within = This cut is within the limits I could check. It is still allowed only if the work regulations (就業規則) provide for it.
deduction-cut-unchecked = I could not compare this cut with the limits. It is allowed only if the work regulations (就業規則) provide for it, and only up to the limits.
deduction-cut-limits =
    { $cut_incident ->
        [over] For one incident, at most ¥{ $cut_max_incident } may be cut. This cut is more.
        [within] For one incident, at most ¥{ $cut_max_incident } may be cut. This cut is not more.
        [limit] For one incident, at most ¥{ $cut_max_incident } may be cut.
       *[unknown] For one incident: to know the limit, I need the amount cut and your daily average wage.
    }
    { $cut_period ->
        [over] In one pay period, all cuts together may be at most ¥{ $cut_max_period }. This cut alone is more.
        [within] In one pay period, all cuts together may be at most ¥{ $cut_max_period }. If there were other cuts in the same period, add them up and compare.
        [limit] In one pay period, all cuts together may be at most ¥{ $cut_max_period }.
       *[unknown] For one pay period: to know the limit, I need the amount cut and your total pay for the period.
    }

## Dormitory rent: the fair share of a rented home

deduction-dorm-ask-owner = I can check your share of the rent. Does the company rent your home from a landlord (for example an apartment)?
deduction-dorm-leased = Yes, it is rented
deduction-dorm-owned = The company owns it
deduction-dorm-unsure = I don't know
deduction-dorm-skip = Skip this
deduction-dorm-ask-rent = What is the monthly rent of the whole home, with management or common fees (管理費・共益費), in yen? Do not add deposit, key money or agent fees. For example 60000.
deduction-dorm-ask-people = How many people live there, you included? For example 3.
deduction-dorm-ask-paid = How much is taken from your pay for the room each month, in yen? Only the rent, without water, electricity or gas.
deduction-dorm-above = A fair share is about ¥{ $dorm_fair_share } a month (¥{ $dorm_rent } ÷ { $dorm_occupants } people). ¥{ $dorm_deducted } is taken from your pay: ¥{ $dorm_excess } more than that. This looks like too much. Ask the company to show you the rental contract and how they calculated your amount.
deduction-dorm-within = A fair share is about ¥{ $dorm_fair_share } a month (¥{ $dorm_rent } ÷ { $dorm_occupants } people). ¥{ $dorm_deducted } is taken from your pay: not more than that. It is still allowed only with the written agreement.
deduction-dorm-owned-rule = If the company owns the building, the amount must be one it can justify from what the building cost, how long it can be used, and how many people live there. Ask the company to explain how they calculated it.
deduction-dorm-unsure-rule = Ask the company: is your home rented from a landlord? If it is, a fair share is the rent with management or common fees, without deposit, key money or agent fees, divided by the people who live there. Ask to see the rental contract.

## The summary

deduction-summary =
    What you checked:
    { $deduction_summary }
deduction-summary-illegal =
    These look illegal (against the law):
    { $items }
deduction-summary-conditional =
    These are allowed only under conditions. Ask the company or the supervising organisation:
    { $items }
deduction-summary-unknown =
    These I could not recognise. Show them to a counselor:
    { $items }
deduction-summary-legal =
    These are allowed by law:
    { $items }
deduction-next-steps = What you can do now: keep your pay slips and write down each amount. Do not sign anything you do not understand. A counselor can help you ask questions and get money back, in your language.
deduction-all-legal = All the deductions you checked are allowed by law. Still, check the amounts on your pay slip every month.
deduction-nothing = You did not choose any deduction. If you are not sure what a line on your pay slip means, a counselor can help.
staff-card-deductions = I would like to consult about money taken from my pay (deductions). I think some of it may be against the law. My language is { $worker_language }. Please help me, with an interpreter if possible.

## Words for each kind (formatted by the rules, not shown as such)

# The kind's name, in lists and verdicts.
deduction-kind-name =
    { $kind ->
        [income-tax] Income tax (所得税)
        [resident-tax] Resident tax (住民税)
        [social-insurance] Health insurance and pension (社会保険)
        [employment-insurance] Employment insurance (雇用保険)
        [dormitory] Dormitory or room rent (寮費)
        [utilities] Water, electricity and gas (水道光熱費)
        [food] Food and meals (食費)
        [uniform] Uniform, tools and equipment
        [damage-compensation] Charge for mistakes or damage
        [quit-penalty] Penalty for quitting or leaving (違約金)
        [absence-fine] Fine for being absent or late
        [disciplinary-cut] Pay cut as a punishment (減給)
        [forced-savings] Forced savings
        [broker-fee] Broker or agency fee, or an old loan
        [management-fee] Supervising organisation fee (監理費)
        [passport-keeping] Fee for keeping your passport
        [return-airfare] Flight home
       *[other] { $kind }
    }
# What to ask about a conditional deduction, in the summary.
deduction-ask =
    { $kind ->
        [dormitory] ask to see the written agreement (労使協定), the rental contract, and how many people share the home.
        [utilities] ask to see the bills, and how they were divided among the people who live there.
        [food] ask how the amount was calculated, and what other staff pay.
        [uniform] ask to see the work regulations (就業規則) and the written agreement. Keep the receipts.
        [disciplinary-cut] ask to see the rule in the work regulations (就業規則), and check the amounts with a counselor.
       *[other] ask how the amount was calculated, and on what written agreement.
    }
# Words that recognise each kind in free text.
deduction-words =
    { $kind ->
        [income-tax] income tax | withholding tax | tax | shotokuzei
        [resident-tax] resident tax | residence tax | city tax | municipal tax | local tax | juminzei
        [social-insurance] health insurance | social insurance | pension | nursing care | insurance | kenko hoken | shakai hoken | nenkin
        [employment-insurance] employment insurance | unemployment insurance | koyo hoken
        [dormitory] dorm | dorms | dormitory | rent | room | housing | apartment | ryohi | yachin
        [utilities] utilities | utility | electricity | electric bill | water | gas | power bill | suidokonetsuhi
        [food] food | meal | meals | lunch | dinner | breakfast | bento | canteen | shokuhi
        [uniform] uniform | uniforms | tools | tool | equipment | work clothes | safety shoes | helmet | gloves
        [damage-compensation] damage | damages | broke | broken | mistake | mistakes | defect | defective | repair | compensation
        [quit-penalty] quit | quitting | penalty | run away | ran away | running away | escape | breach of contract | guarantee deposit | guarantee money
        [absence-fine] fine | fines | fined | absence fine | late fine | penalty for being late | penalty for absence
        [disciplinary-cut] pay cut | punishment | disciplinary | discipline | sanction | genkyu
        [forced-savings] savings | saving | forced savings | bank book | bankbook | passbook | chokin | tsucho
        [broker-fee] broker | brokers | agency fee | agent fee | recruitment fee | sending organisation | sending organization | loan | debt
        [management-fee] management fee | supervising organisation | supervising organization | kanrihi
        [passport-keeping] passport | residence card | zairyu card
        [return-airfare] flight | airfare | air ticket | plane ticket | plane | ticket home
       *[other] {""}
    }
