from __future__ import annotations

from typing import Any

import pytest
import spacy

from pipeline.certainty import forecast_by_grammar, forecast_certainty

blank = spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "level", "negated"),
    [
        ("The minister will visit Paris next week.", "high", False),
        ("There are bound to be some changes in relations.", "high", False),
        ("Any attempt to redraw the border by force is doomed to fail.", "high", False),
        ("The first casualty is sure to be the American people.", "high", False),
        ("Russia will not expel any US diplomats.", "high", True),
        ("He is likely to cooperate with Russia on counter-terrorism.", "medium", False),
        ("The deal is expected to be signed in March.", "medium", False),
        ("Russia does not expect a breakthrough.", "medium", True),
        ("Talks are unlikely to resume before the election.", "medium", True),
        ("The US may seek to restore the agreement.", "low", False),
        ("Sanctions could be lifted by spring.", "low", False),
        ("Maybe the talks will resume next year.", "low", False),
        ("Bangkok promised not to close the border again.", "high", True),
        ("Russia hopes the new administration will help improve ties.", "low", False),
        ("Military action remains improbable.", "medium", True),
        ("The most plausible outcome is a cold peace.", "medium", False),
        ("A second round of talks is inevitable.", "high", False),
        ("Netanyahu vowed to continue the offensive.", "high", False),
        # a denial denied: a possibility, litotes and idioms; a desire denied is no hedge
        ("A Pakistani strike before the end of the year cannot be ruled out.", "low", False),
        ("Officials said a second strike next month could not be ruled out.", "low", False),
        ("A Ugandan withdrawal from the mission has not been ruled out.", "low", False),
        ("Lisbon has not yet ruled out a second vote on the treaty.", "low", False),
        ("A return of the envoys to Quito isn't ruled out.", "low", False),
        ("I would not be surprised to see Turkish survey ships back by the summer.", "medium", False),
        ("Qatar will spare no effort to help the two countries reach a deal.", "high", False),
        ("Brazil does not want to choose sides, and it will try to avoid doing so.", "high", False),
        ("Iran vowed revenge for the strike.", "high", False),
        ("There is little chance that the talks will succeed.", "medium", True),
        ("There is no chance that Moscow will agree.", "high", True),
        ("Neither side is likely to back down.", "medium", True),
        ("The minister ruled out a military response.", "high", True),
        ("Iran threatened to close the Strait of Hormuz.", "medium", False),
        ("The foreign minister visits Delhi next week.", "high", False),
        ("The envoy is due to arrive on Monday.", "high", False),
        ("Whether Cairo is prepared to accept the deal is another matter.", "low", False),
        ("Sudan anticipates benefits from regulated flows.", "medium", False),
        ("Egypt fears a rapid filling of the reservoir.", "low", False),
        # a negation in another clause does not negate the forecast
        ("If they do not, Washington may impose new tariffs.", "low", False),
        ("Neither side wants a war, and both are likely to keep troops on the border.", "medium", False),
        ("Russia will not, however, expel any diplomats.", "high", True),
        # an ability beside the forecast is no hedge of it
        ("We will continue to cooperate with China where we can.", "high", False),
        ("What I can say is that officials will discuss the arrangements in April.", "high", False),
        ("Ghana can still veto the deal, and Togo will likely walk away.", "low", False),
        # a word cut at the window's end is no negation ("notification")
        ("Officials from both countries will discuss notification arrangements.", "high", False),
        # doubt is low, and its negation denies no forecast
        ("I am not sure they will be, but the offer is sincere.", "low", False),
        ("I cannot say with confidence that the truce will hold through the winter.", "low", False),
        ("Neither side has confirmed it will attend.", "low", False),
        # doubt reported as a verb or an adjective, a question raised: low, a hedge and no denial
        ("The Kenyan envoy doubted that the ceasefire would hold through the rainy season.", "low", False),
        ("The Thai minister was sceptical that the border would reopen before the harvest.", "low", False),
        ("Analysts questioned whether Addis Ababa would sign the accord this year.", "low", False),
        ("Nobody doubted that Seoul would respond within days.", "medium", False),  # doubt denied: no hedge
        # scepticism of a thing, beside a forecast, is no doubt of it
        ("Ghana will hold elections in December, and its opposition is sceptical of the IMF programme.", "high", False),
        # a denial that denies nothing: a possibility, like "has not been ruled out"
        ("Nothing has been ruled out, the Nigerian defence minister said.", "low", False),
        ("No military option is ruled out in the dispute over the islands.", "low", False),
        ("We rule nothing out, including a return to the negotiating table.", "low", False),
        ("The Philippine navy has ruled out a joint patrol with Vietnam.", "high", True),
        # a probability stated: its figure (a range by its midpoint) says how sure, over the words around it
        ("There is a 70 per cent chance that the Malawian kwacha will be devalued again.", "high", False),
        ("Analysts give a one-in-three chance that Ankara will cut rates in June.", "low", False),
        ("The bank puts the odds of a recession in Chile at about 60% next year.", "medium", False),
        ("Economists see a 20-30% probability that Ghana will default again.", "low", False),
        ("Inflation in Ghana is expected to fall to 15 per cent next year.", "medium", False),  # no probability
        # not knowing whether is doubt, not denial; a question the writer asks is doubt
        ("Beijing has not said whether it will send a delegation to Manila.", "low", False),
        ("One wonders how much longer Brasilia will tolerate the threats.", "low", False),
        # a contraction denies; "no later than" and "no doubt" deny nothing; a possibility predicated is low
        ("Beijing doesn't expect a breakthrough at the talks.", "medium", True),
        ("Ankara isn't likely to agree to the talks next year.", "medium", True),
        ("The final declaration will come no later than Sunday.", "high", False),
        ("There is no doubt that Seoul will retaliate.", "high", False),
        ("A settlement is possible but not imminent.", "low", False),
        ("The rebels have not confirmed their attendance, but talks will resume.", "high", False),
        ("Premier Li Qiang is due in Brasilia on Dec 3.", "high", False),  # scheduled
        # not a negated forecast: "will not hesitate"; negated: "Nor is ...", "nobody will want to"
        ("Paris will not hesitate to use every legal means.", "high", False),
        ("Nor is China likely to abandon its claims.", "medium", True),
        ("Once the tariffs start falling, nobody will want to pay the price.", "high", True),
        # what a cue forecasts is no hedge of it: "to risk"; litotes is no denial
        ("Officials say neither capital is likely to risk a second standoff.", "medium", True),
        ("Lima warned that the seizure would not go unanswered.", "medium", False),
        ("The ministry said the attack will not remain unpunished.", "high", False),
        # "would add" something is a forecast, unlike "I would add that"; "projected to" is "forecast to"
        ("The carrier would add a fourth weekly route to Lagos.", "medium", False),
        ("Chile's economy is projected to grow 2.1% next year.", "medium", False),
        # a quotation that opens inside the verb phrase; doubt denied is certainty; "promises to"
        ('Doha said it would "spare no effort" to bring the two sides together.', "medium", False),
        ('Lima would "not rule out" joining the pact, the daily reported.', "low", False),
        ("But no one should doubt that we will defend the islands.", "high", False),
        ("In exchange, Bolivia promises to open its border crossings.", "high", False),
        # a negation after adverbs; of two cues as sure, the one that denies
        ("Lima will almost certainly not join the pact.", "high", True),
        # estimative language: a possibility as a noun, "highly likely", "almost certainly", stated confidence
        ("There is a realistic possibility that Quito widens the talks.", "low", False),
        ("It is highly likely that the envoy will resign.", "high", False),
        ("Accra would almost certainly reject the offer.", "high", False),
        ("We assess with moderate confidence that Lusaka will hold the vote.", "medium", False),
    ],
)
def test_certainty_levels(text: str, level: str, negated: bool) -> None:
    certainty = forecast_certainty(blank(text)[:])
    assert certainty is not None and (certainty.level, certainty.negated) == (level, negated)


@pytest.mark.parametrize(
    "text",
    [
        "The summit ended on Friday.",
        "We are not going to Lisbon to waste time.",  # travel, not the future
        "I would refer you to what the ministry said on Monday.",  # a speaker's redirect, as "defer to" is
    ],
)
def test_certainty_none_without_cue(text: str) -> None:
    assert forecast_certainty(blank(text)[:]) is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The summit is expected in May.", "medium"),  # the month is no "may"
        ("The film stars Will Ferrell and is likely to open in Seoul.", "medium"),  # nor the name a "will"
        ("Officials may meet again in May.", "low"),
        ("Tokyo will put its sailors at risk.", "high"),  # "at risk" is no hedge
        ("I would add that the talks will resume.", "high"),  # a speaker's "would add" is no forecast
        ("The talks will resume next week.", "high"),
    ],
)
def test_certainty_ignores_capitalised_names(text: str, level: str) -> None:
    certainty = forecast_certainty(blank(text)[:])
    assert certainty is not None and certainty.level == level


def test_certainty_ignores_the_noun_will(nlp: Any) -> None:
    doc = nlp("The coalition lacks the political will to expand the mission.")
    assert forecast_certainty(doc[:]) is None
    doc = nlp("Chinese officials expect another round of talks in May.")
    certainty = forecast_certainty(doc[:])
    assert certainty is not None and certainty.level == "medium"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By 2040 the city could have a population of five million.", True),
        ("In ten years we might all be driving electric cars.", True),
        ("Someday I'll visit my grandmother's village in Sicily.", True),
        ("The update will be available for download next week.", True),
        ("Robots could do most of our housework in the future.", True),
        # no time ahead, a perfect modal, a question, a past "in ten years": the classifier decides
        ("This product will change the way you cook.", False),
        ("By 2040 the city could have grown to five million.", False),
        ("Will there still be good fishing in 20 years?", False),
        ("It was the first visit by a French president in ten years.", False),
        ("Cinemas show the new Will Ferrell film next week.", False),  # a name, not a modal
    ],
)
def test_forecast_by_grammar(nlp: Any, text: str, expected: bool) -> None:
    assert forecast_by_grammar(nlp(text)[:]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement about the future, reported in the past tense
        ("The finance minister predicted that inflation would fall below four percent.", True),
        ("Officials in Lusaka said on Friday that Zambia would reopen the border crossing.", True),
        ("The defence ministry posted on X that the frigate would dock in Mombasa.", True),
        ("She told reporters that the talks would resume and that both delegations would stay on.", True),
        # a participle beside a past verb, a belief the past "did" carries (denied or not)
        ("The cabinet approved the plan on Tuesday, saying that the army would leave the border towns.", True),
        ("Rao told reporters he did not believe the tariff would hurt Nepal's exports.", True),
        # ... not beside a verb of a story told earlier
        ("A decade later she resigned, warning that the army would return to power.", False),
        # hypothetical or earlier reports, background to another clause, a past "would have"
        ("Few economists would have predicted that the currency would recover so quickly.", False),
        ("The government announced in March 2019 that it would privatise the port.", False),
        ("The union warned last year that the mine would close, and it did.", False),
        ("Riots broke out after the council said it would raise bus fares.", False),
        ("Riots broke out after the council said the mayor told it that bus fares would rise.", False),  # however deep
        ("It was a concession the rebels said would strengthen the truce.", False),
        ("The minister said the deal would have collapsed without Qatar.", False),
        ("Did the president say that he would resign?", False),
        # a quotation before its frame: the speaker's own "would" (a habit here)
        ('"She would call every ambassador twice," an aide said.', False),
        ('"I would not count on a deal before June," said one negotiator.', True),
        # ... also with no word of habit, where it tells of another with no condition (the speaker's
        # own stance, "I"/"we", and a condition stay reported futures)
        ('"He would sit there with his pipe and say nothing for an hour," the negotiator said.', False),
        ('"They would bring tea and argue about football until midnight," a former aide said.', False),
        # ... a wish is none ("would welcome": test_reported_future_a_wish_is_none)
        ('"We would welcome observers from the AU," the foreign minister said.', False),
        ('"Kigali would walk away if the levy rose," the envoy said.', True),
        ('"Both delegations would first have to agree on a map," the mediator said.', True),
        # doubt reported: a verb, a past "was" and its adjective (not a clause on a noun)
        ("He doubted a settlement would be reached before June.", True),
        ("Diplomats were skeptical that the talks would produce a deal.", True),
        ("Analysts questioned whether Addis Ababa would sign the accord this year.", True),
        ("Critics who doubted that the deal would hold were proved wrong.", False),
        ("The envoy, who was sceptical that the talks would succeed, left early.", False),
    ],
)
def test_forecast_by_grammar_reported_future(nlp: Any, text: str, expected: bool) -> None:
    assert forecast_by_grammar(nlp(text)[:]) is expected


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a subject that denies, further back than the words around the cue reach
        ("Neither Mitsotakis nor Erdogan is likely to give that up for a few weeks of data.", True),
        ("No amount of joint drills will change that fact.", True),
        ("None of the three governments is expected to attend the summit.", True),
        ('Merz warned that Europe will not close its markets "out of fear."', True),
        # ... and not in another clause
        ("Neither side wants a war, and both are likely to keep troops on the border.", False),
        ("A long list of joint drills will change that fact.", False),
        # a belief denied; a desire a subject denies is no hedge; a reason is no hedge
        ("Hanoi does not believe that the summit will change anything.", True),
        # ... also of a cue predicated of the believed clause's subject (not where the belief is not denied)
        ("I do not think a war on the Korean peninsula is likely.", True),
        ("Seoul does not think a summit is likely before the election.", True),
        ("I think a war on the Korean peninsula is likely.", False),
        ("If the rains do not come, a famine is likely.", False),
        ("No state in the region wants to pick a side, and none of them will.", True),
        ("Quito will not back the embargo, because Lima fears reprisals.", True),
        # of two cues as sure, the one that denies the subject's second predicate (not another subject's)
        ("Nairobi would back the plan but was unlikely to pay for it.", True),
        ("The two envoys are likely to keep meeting, but a joint patrol remains improbable.", False),
    ],
)
def test_certainty_negated_by_its_subject(nlp: Any, text: str, negated: bool) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert certainty is not None and certainty.negated is negated


@pytest.mark.parametrize(
    ("text", "level", "cue"),
    [
        # "whether ... or not" is "regardless": no doubt
        ("The port will be on the table whether Mogadishu likes it or not.", "high", "will"),
        ("It is unclear whether Mogadishu will attend.", "low", "unclear"),
        # a question asks whether: low, whatever its verb
        ("Will the two sides agree to talks?", "low", "?"),
        ("But will Germany accept that the centre of gravity has shifted east?", "low", "?"),
        # the "can" of a clause on a noun and a fear of nothing named hedge nothing
        ('Spain would not support "a trade war that nobody can win."', "medium", "would"),
        ('Merz warned that Europe will not close its markets "out of fear."', "high", "will"),
        # the noun "forecast" is no cue; a condition and a clause on the subject do not hedge the main clause
        ("The Fund lowered its forecast for Asia, warning that tariffs would weigh on trade.", "medium", "would"),
        ("If Quito wants to take the dispute to arbitration, we are ready tomorrow.", "high", "are"),  # the time's verb
        ("Peru's central bank, which forecasts inflation of 2.4%, said it would not cut rates.", "medium", "would"),
        ("The bank forecasts growth of 3% next year.", "medium", "forecasts"),
        # the question put to a speaker does not hedge the answer
        ("Asked whether the vote would hurt trade, Okafor said he did not believe it would.", "medium", "would"),
        # "uncertainty" with nothing doubted is a state, no hedge
        ("Exports were unlikely to recover, hit by weak demand and political uncertainty.", "medium", "unlikely"),
        ("Traders point to uncertainty over the new cabinet's budget.", "low", "uncertainty"),
        # a reason and a clause on a noun do not hedge the main clause
        ("Quito will not back the embargo, because Lima fears reprisals.", "high", "will"),
        ("Nkosi has said he will not name judges who would weaken the court.", "high", "will"),
        ("No state in the region wants to pick a side, and none of them will.", "high", "will"),
        ("Envoys will meet in Oslo next month for talks on where the fishing line should be drawn.", "high", "will"),
        # ... but what such a clause reports stays a cue
        ("Both sides signed a protocol that officials said could lead to talks next year.", "low", "could"),
        ("Envoys in Lima, who fear that the levy will hurt exporters, asked for talks.", "low", "fear"),
    ],
)
def test_certainty_whether_or_not_is_no_hedge(nlp: Any, text: str, level: str, cue: str) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert certainty is not None and (certainty.level, certainty.cue) == (level, cue)


@pytest.mark.parametrize(
    ("text", "level", "cue", "negated"),
    [
        # of two cues as sure, the one that denies a second predicate or a second clause of one report ...
        ("Analysts said the border could reopen in spring, and that trade might not recover until 2027.",
         "low", "might", True),
        ("Nairobi said the proposal would be studied but would not be adopted before the election.", "medium", "would", True),
        # ... not another main clause
        ("The summit may produce a statement, but it might not include the maritime clause.", "low", "may", False),
        ("The ministry said the talks would resume on Monday and would focus on fisheries.", "medium", "would", False),
        # a risk warned of in a second report of the speaker is the first report's aside (alone it stays)
        ("The central bank said inflation would probably ease to 4% next year, but cautioned that a weaker rand "
         "could delay the cut.", "medium", "probably", False),
        ("Analysts in Doha said prices would probably average $74 in the second half, but warned that shale output "
         "could push Brent below $70.", "medium", "probably", False),
        # ... also where the warning comes first, the report joined after it (not a second warning)
        ("The envoy warned that the truce could still unravel, but said both armies would pull back by Friday.",
         "medium", "would", False),
        ("Analysts cautioned that shipping costs might rise, but said exports would probably recover in the spring.",
         "medium", "probably", False),
        ("The envoy warned that the truce could unravel and warned that the talks might stall.", "low", "could", False),
        ("Analysts warned that a faster recovery in shale output could push Brent below $70.", "low", "could", False),
        ("Ghana condemned the planned levy and warned that exporters could lose their licences.", "low", "could", False),
        ("Analysts said the corridor would probably open in March, and that delays at the border could follow.",
         "low", "could", False),
        ("The ministry said prices would probably average $74, but a faster recovery in shale output could push "
         "Brent below $70.", "low", "could", False),
        # an affirmed "can" in a main clause of its own, with no time of its own, is an ability beside the forecast
        ("On gas, we will probably never be completely independent of imports, but we can diversify.",
         "medium", "probably", True),
        ("We can diversify our suppliers, but we will probably never be fully independent of Qatar.",
         "medium", "probably", True),
        ("Kenya will probably miss the deadline, but the border can reopen in March.", "low", "can", False),
        ("Ghana will probably sign the accord, but it could still delay ratification.", "low", "could", False),
        ("Officials said the talks would probably resume, but that Lomé can still walk away.", "low", "can", False),
        # an ability denied is a present state beside the forecast, no hedge of it (alone it stays the cue)
        ("Kenya cannot fund the mission alone, and it hopes donors will cover the gap.", "low", "hopes", False),
        ("Officials said Dhaka could not absorb more refugees, and that the camps would be moved inland.",
         "medium", "would", False),
        ("The port could not handle larger ships, he said, but the new terminal may change that.", "low", "may", False),
        ("The vote could not be held before June, officials said.", "low", "could", True),
        # "whether" in what another cue forecasts, with what its clause says, is no hedge ...
        ("The court will rule on whether the maritime claim is valid.", "high", "will", False),
        ("The commission will decide whether the tariffs should stay in place.", "high", "will", False),
        ("Whether the truce holds will depend on the militias.", "high", "will", False),
        ("The council is due to meet on 3 May to decide whether to extend the mission.", "high", "is due to", False),
        # ... but it is where it opens the forecast or a refusal to say
        ("It remains unclear whether the ceasefire will hold.", "low", "unclear", False),
        ("The ministry would not say whether troops would be sent to the border.", "low", "whether", False),
        ("Jakarta has not said whether it will attend the summit.", "low", "whether", False),
        # "almost certainly" is one cue
        ("Lusaka was almost certainly not going to sign before the vote.", "high", "almost certainly", True),
        ("The envoy is almost certainly going to attend the summit.", "high", "almost certainly", False),
        ("The reform is certainly going to face resistance.", "high", "certainly", False),
        # "should" on an expectation is advice on it: the expectation is the cue
        ("But nobody should expect us to give up the islands while the guns are talking.", "medium", "expect", True),
        ("Exporters should anticipate delays at the border.", "medium", "anticipate", False),
        ("The bridge should open to traffic in May.", "medium", "should", False),
        # a desire after the modal is what is forecast
        ('The minister said Cairo would "never seek to isolate Khartoum".', "medium", "would", True),
        ("Ankara will seek to extend the grain corridor, officials said.", "high", "will", False),
        ("Pretoria aims to finish the pipeline by 2030.", "low", "aims to", False),
        # "risk" after the modal is what is forecast, as a desire is
        ("His advisers do not believe he will risk a confrontation with Caracas before the vote.", "high", "will", True),
        ("The ministry said Ankara would not risk a rupture with Brussels.", "medium", "would", True),
        ("The new tariffs risk a trade war with Jakarta.", "low", "risk", False),
        # an ability supposed in a condition is no cue; the main clause's cue counts
        ("If the two sides can agree on a text, the treaty will be signed in May.", "high", "will", False),
        ("If the rains come early, the harvest can recover.", "low", "can", False),
        # a surprise foreseen denies what would cause it
        ('"I would be surprised if either side retaliates before the summit."', "medium", "would", True),
        ("Diplomats said they would be very surprised if the talks collapsed this week.", "medium", "would", True),
        ('"I would not be surprised if Hanoi walked out," the envoy said.', "medium", "would", False),
        ("The delegates would be surprised by the size of the new fleet.", "medium", "would", False),
        # a chance rated after it is "a slim chance", negated as "unlikely" is; "the least likely" denies
        ('"There is a chance, but it is a small one," the Colombian envoy told reporters.', "medium", "a small one", True),
        ("The chances of a lasting settlement before the ASEAN summit are slim, analysts said.", "medium", "are slim", True),
        ("Diplomats say the odds of a ceasefire before the rains remain very slim.", "medium", "remain very slim", True),
        ("The prospects for a deal in Nairobi are remote, a Kenyan official said.", "medium", "are remote", True),
        ("The government's majority is slim, and the vote will be close.", "high", "will", False),
        ("The third, and least likely, is a settlement brokered by Brazil.", "medium", "least likely", True),
        # "zero chance" denies as "no chance" does; a plan in "aiming to" as "aims to"
        ("Diplomats in Rabat give the border talks zero chance of success before the elections.", "high", "zero chance", True),
        ("Accra and Lomé are aiming to sign the fisheries protocol before Easter.", "low", "aiming to", False),
        # doubt that some hold is doubt: the frame is the cue
        ("Not everyone in Nairobi is convinced the ceasefire will last the winter.", "low", "Not everyone in Nairobi is convinced",
         False),
        ("Not all analysts are sure the junta will keep its promise.", "low", "Not all analysts are sure", False),
        # a "whether" denied for a "but" is no doubt: the other cue counts
        ("The issue is not whether Bamako will leave the bloc but how soon it is likely to do so.", "medium", "likely", False),
        # a desire in a "while" clause is set against the forecast, no hedge of it
        ("While Minsk seeks to calm its neighbours, the army will not withdraw from the border, officials said.",
         "high", "will", True),
        ("Exporters in Recife will celebrate the deal, while small farmers in Ceará may not.", "low", "may", True),
        # an obligation with its deadline is a fixed schedule
        ("Under the constitution the new assembly must then convene within ten days of the count.", "high", "must", False),
        ("The tribunal must deliver its award by 30 June.", "high", "must", False),
        ("Of the three options, a referendum in Lomé is the least likely to pass.", "medium", "least likely", True),
        ("Ghana is less likely than Togo to sign the accord.", "medium", "likely", False),
        # a negation of a gerund or participle inside the subject denies that verb, not the forecast
        ("Fines for not voting may be issued in the coming weeks, though the authority has said it will probably "
         "not pursue people who were abroad.", "low", "may", False),
        ("Voters not registered by Friday could lose their seats.", "low", "could", False),
        ("Firms that do not comply with the sanctions will probably face fines.", "medium", "probably", False),
        ("Not all members will sign the accord.", "high", "will", True),
        ("Fines may not be issued before July.", "low", "may", True),
        # an auxiliary that opens a question asks, it rates nothing: low as a question, the cue of the clause asked
        # about or "?"; "may I" asks leave, no cue even unasked
        ("Will the Secretary of State confirm that the embassy in Lusaka will reopen in May?", "low", "will", False),
        ("Finally, can she tell the House whether the grain corridor might close?", "low", "whether", False),
        ("The committee backs the loan, but may I ask her about the debt relief for Malawi?", "low", "?", False),
        ("Should the Government not review the Zambia compact?", "low", "?", False),
        ("May I congratulate the minister on the Malawi accord, which will take effect in May.", "high", "will", False),
        # a noun after the main clause that sums it up comments on it: the main clause's cue wins
        ("Malawi will join the customs union in July, the trade minister said, a move that economists said could "
         "lift maize prices.", "high", "will", False),
        ("Lilongwe will cut fuel subsidies next year, a decision which analysts say is likely to anger farmers.", "high",
         "will", False),
        # a bare "would" after one rated by its own adverb is the same supposed course of events
        ("Zambian troops would almost certainly be deployed, and Lusaka would have to call parliament within days.",
         "high", "almost certainly", False),
        # an aim is a plan not yet met, as "aims to" is, also in the past of a report
        ("The minister said last week that the bloc aimed to end all coal imports by 2029.", "low", "aimed to", False),
        # a time ahead sets the level but is no cue: its verb is; in a question it rates nothing
        ("The ministers agreed to host next year's forum in Maseru.", "high", "host", False),
        ("And the vote in Maseru tomorrow?", "low", "?", False),
        # a writer's own rating in figures sets the level and is the cue, never the "'d" that softens it
        ("I'd say 25% for a signed accord in Maseru this winter.", "low", "25%", False),
        ("We would put it at about 75 per cent that the levy goes ahead.", "high", "about 75 per cent", False),
        ("I'd give 45% to a second round of talks in Lusaka before the rains.", "medium", "45%", False),
        # a central expectation is medium; hearsay of a plan is low, over the modal beside it
        ("Our base case is that the junta stays in power through the dry season.", "medium", "base case", False),
        ("A summit in Luanda is rumoured for March; we will see.", "low", "rumoured", False),
        # the cue is the main clause's: a modal in a clause on the subject, a possibility an estimate governs
        ("A visa scheme, which would let students from both countries study abroad, is likely to be approved in May.",
         "medium", "likely", False),
        # ... also one on the subject that reports, and what it reports
        ("The draft treaty, which officials said could be signed in April, would give Malawi access to the port at Beira.",
         "medium", "would", False),
        ("The new levy, which traders say may be delayed, will take effect in May.", "high", "will", False),
        # a hedge on a thing of a clause with no modal of its own rates what is so, not the forecast
        ("Lifting the embargo would weaken Lusaka just as Beijing is shipping it rifles and possibly anti-ship missiles.",
         "medium", "would", False),
        ("The talks would stall while Minsk is holding prisoners and perhaps hostages.", "medium", "would", False),
        ("Lusaka will send maize and possibly fertiliser to Harare next month.", "low", "possibly", False),
        # "considering" under a preposition takes into account, it plans nothing (not "is considering")
        ('The communiqué included language on "considering the concerns" of the islanders, which London is likely to '
         "read as a concession.", "medium", "likely", False),
        ("Japan is considering inviting the Zambian president to the summit in May.", "low", "considering", False),
        ("Officials said a swap was unlikely to be possible before the summit in Accra.", "medium", "unlikely", True),
        # ... but a clause after a comma on the object with a time of its own: its cue rates when the event falls
        ("Tokyo will send an envoy to a summit next month, which is likely to open on 12 June.", "medium", "likely",
         False),
        ("Nairobi will hold a donors' conference next month, which is expected to begin on 3 March.", "medium",
         "expected", False),
        ("Oslo will sign a fisheries pact next year, which is unlikely to take effect before October.", "medium",
         "unlikely", True),
        # ... and with no time of its own: the most hedged cue over all clauses wins
        ("Lusaka will host a trade fair in late May, which the Zambian and Malawian presidents are expected to open.",
         "medium", "expected", False),
    ],
)
def test_certainty_which_cue_of_several(nlp: Any, text: str, level: str, cue: str, negated: bool) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert certainty is not None and (certainty.level, certainty.cue, certainty.negated) == (level, cue, negated)


@pytest.mark.parametrize(
    "text",
    [
        '"If borders can be redrawn by force here, no small state in the region is safe," she said.',
        "If Lusaka can be persuaded to join, the corridor becomes viable.",
        # ... also where the parser hung a phrase of the condition on the main clause
        "If Rwanda strikes eastern Congo in a way it can't deny, all bets are off.",
    ],
)
def test_certainty_an_ability_in_a_condition_is_no_cue(nlp: Any, text: str) -> None:
    assert forecast_certainty(nlp(text)[:]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive "can" with the time it takes states an ability, no hedge, even alone
        ('She added that the option "is ready and can be activated within weeks."', None),
        ("The reserve brigade can be deployed within 48 hours, the Kenyan army said.", None),
        ("Officials said the pipeline to Mombasa can be restarted within a few days.", None),
        # near misses: an active "can", "could", a deadline
        ("The talks in Lomé can resume next week, the mediator said.", ("low", "can")),
        ("A deal could be reached within weeks, the mediator said.", ("low", "could")),
        ("A deal can be reached by Friday if both sides compromise.", ("low", "can")),
    ],
)
def test_certainty_an_ability_and_its_time_is_no_cue(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert (certainty and (certainty.level, certainty.cue)) == expected


def test_certainty_the_question_put_to_a_speaker_is_no_cue(nlp: Any) -> None:
    text = "Asked whether the two governments could resume talks, a Kenyan envoy said Nairobi was ready."
    assert forecast_certainty(nlp(text)[:]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan or a scheduled event: a point in time on a verb that looks forward
        ("The Nile water accord expires in December, and no successor has been drafted.", True),
        ("In May the four states agreed a common visa, which takes effect in September.", True),
        ("Observers point to the incoming cabinet, which takes office on Friday.", True),
        ("The talks are expected to resume on 14 March in Nairobi.", True),
        ("The summit's final session is on Thursday.", True),
        # a headline's present is its past; a habit; a span; the plain form of a past verb;
        # a date the parser hangs on a clause inside the object; a season
        ("Pakistan reopens airspace to Indian airlines on Monday", False),
        ("The assembly meets each September in New York.", False),
        ("Jordan reopens its main crossing with Syria after three years.", False),
        ("Flash floods swept through the valley after heavy rain on Saturday.", False),
        ("Ontario imposed a surcharge on power it sells to Michigan on Monday.", False),
        ("Helsinki in August is a city of cranes and cafes.", False),
        ("Does the ceasefire take effect on Friday?", False),
        # nor a comparison with a value observed before
        ("That compares with a discount of $13 in December.", False),
    ],
)
def test_forecast_by_grammar_scheduled_event(nlp: Any, text: str, expected: bool) -> None:
    assert forecast_by_grammar(nlp(text)[:]) is expected


def test_reported_future_dated_in_the_documents_own_year(nlp: Any) -> None:
    text = "The ministry announced on 3 March 2031 that it would open a consulate in Dakar."
    assert forecast_by_grammar(nlp(text)[:]) is False  # no document date: an earlier year
    doc = nlp.make_doc(text)
    doc._.doc_date = "2031-03-04"
    assert forecast_by_grammar(nlp(doc)[:]) is True


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # an item under a day's heading, a plan or a scheduled event by its main verb, is a forecast as a scheduled
        # event with its day named is, where the day is not before the document's
        ("The diplomats are busy again.\n\nTUESDAY, MARCH 10\n\nCaribbean trade ministers convene in Bridgetown.",
         "2026-03-08", True),
        ("The diplomats are busy again.\n\nTue 10 March\n\nThe OECS assembly opens in Castries.", "2026-03-08", True),
        # near misses: a day gone by, a state, a heading of no day
        ("The diplomats are busy again.\n\nTUESDAY, MARCH 10\n\nCaribbean trade ministers convene in Bridgetown.",
         "2026-03-12", False),
        ("The diplomats are busy again.\n\nTUESDAY, MARCH 10\n\nBarbados wants a regional levy on cruise ships.",
         "2026-03-08", False),
        ("The diplomats are busy again.\n\nIN THE REGION\n\nCaribbean trade ministers convene in Bridgetown.",
         "2026-03-08", False),
    ],
)
def test_forecast_by_grammar_an_item_under_a_days_heading(extractor: Any, text: str, day: str, expected: bool) -> None:
    from pipeline.io import Document
    from pipeline.schema import Claim

    claims = [c for c in extractor.extract([Document(id="x", text=text, date=day)], all_sentences=True)
              if isinstance(c, Claim)]
    assert ("forecast" in claims[-1].labels) is expected


def test_forecast_by_grammar_labels_what_the_classifier_misses(extractor: Any) -> None:
    from pipeline.io import Document

    text = "By 2040 the city could have a population of five million."
    (claim,) = extractor.extract([Document(id="x", text=text)], all_sentences=True)
    assert "forecast" in claim.labels and claim.certainty == "low"


@pytest.mark.parametrize(
    ("text", "day", "certainty", "cue"),
    [
        # a scheduled event in the plain present, its date after the document's, is as sure as a plan
        ("Kenya and Uganda agreed a joint levy on sugar imports, which takes effect in October.", "2026-06-10",
         "high", "takes"),
        ("Polling stations close at 1700 local time on Sunday.", "2026-04-08", "high", "close"),
        ("The trade ministers meet in Kampala on 20 November.", "2026-06-10", "high", "meet"),
        # near misses: a date gone by, a cue of its own
        ("The trade ministers met in Kampala on 20 May.", "2026-06-10", None, None),
        ("The levy is expected to take effect in October.", "2026-06-10", "medium", "expected"),
    ],
)
def test_a_scheduled_event_ahead_is_high(extractor: Any, text: str, day: str, certainty: str | None,
                                         cue: str | None) -> None:
    from pipeline.io import Document

    (claim,) = extractor.extract([Document(id="x", text=text, date=day)], all_sentences=True)
    assert (claim.certainty, claim.certainty_cue) == (certainty, cue)


@pytest.mark.parametrize(
    ("text", "level", "cue"),
    [
        # the noun "worry" as what something is, with nothing worried about, is no cue
        ("Japan is another worry.", None, None),
        ("Beijing's naval build-up is the bigger worry.", None, None),
        ("Officials called the drought a serious worry.", None, None),
        # ... but it is with what is feared, and so is the verb
        ("The real worry is that the truce will collapse before the harvest.", "low", "worry"),
        ("Inflation remains a worry for the central bank, which will meet on Thursday.", "low", "worry"),
        ("Officials worry that the ceasefire will not hold.", "low", "worry"),
    ],
)
def test_certainty_idle_worry(nlp: Any, text: str, level: str | None, cue: str | None) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert (certainty.level, certainty.cue) == (level, cue) if certainty else (level, cue) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb quoted after "would" is one cue with it, and its negation counts
        ('He said Hanoi would "almost certainly not" accept any formula that touched the islands.',
         ("high", "almost certainly", True)),
        ('The envoy said Islamabad would "almost certainly" reject the proposal.', ("high", "almost certainly", False)),
        ('She said Cairo would "not" attend the meeting.', ("medium", "would", True)),
        # a wish, as "would like" is, is no cue, even alone, and the question put to the speaker none either
        ('Asked whether the two armies would pull back before the summer, he said: "I would not want to put a date on it."',
         None),
        ('"I would not want to guess when the border reopens," the minister said.', None),
        # a polite refusal to say more is the speaker's framing too, no forecast
        ("I would refrain from guessing at the date of the next round, the envoy told reporters.", None),
        ('"We would prefer not to prejudge what the panel decides," the spokeswoman said.', None),
        ("I would defer to the Ministry of Defence on the timing of the drills.", None),
        ("I would not speculate on when the two leaders might meet.", ("low", "might", False)),
        # near misses: what someone will refrain from, or defer, is a forecast
        ("The envoy said Eritrea would refrain from new incursions during the talks.", ("medium", "would", False)),
        ("The treasury said it would defer the bond payments until March.", ("medium", "would", False)),
        ("Seoul would not accept such terms, the official said.", ("medium", "would", True)),
        # "risk" in a compound is no hedge
        ("She said insurers had signalled that war-risk premiums could fall by half if the first convoys passed safely.",
         ("low", "could", False)),
        ("The high-risk zone will be cleared by Friday.", ("high", "will", False)),
        ("Analysts said there was a risk that the truce could collapse.", ("low", "risk", False)),
        # a negation in a clause below the cue's verb denies that clause, not the forecast
        ('"If the Americans withdraw next year, Ankara may feel it no longer needs Damascus," she said.', ("low", "may", False)),
        ("Kenya may decide that it does not need the loan.", ("low", "may", False)),
        ("Ankara may not feel the need to act.", ("low", "may", True)),
        ("Kabul will almost certainly not return the envoys.", ("high", "almost certainly", True)),
        # a denied desire is no cue, even alone
        ("Pacific leaders have warned for a decade that the region does not want to become a battleground.", None),
        ("Ghana does not want to choose sides.", None),
        ("Brazil does not want to choose sides, and it will try to avoid doing so.", ("high", "will", False)),
        # "tonight" is as sure as "tomorrow", but not on a past verb
        # readiness is the cue, as a commitment, not the verb after it nor the time's verb
        ('"We are ready to sign a humanitarian truce tonight."', ("high", "ready", False)),
        ("We are ready to sign tomorrow.", ("high", "ready", False)),
        ("The minister said tonight that the talks had failed.", None),
        # the noun "doubts" with nothing doubted is no cue
        ("There are fewer doubts now, and the talks will resume in May.", ("high", "will", False)),
        ("There are doubts that the truce will hold.", ("low", "doubts", False)),
        ("There are serious doubts about the deal, and the talks may collapse.", ("low", "doubts", False)),
        # a "can" in what a future verb will show is an ability it reveals, no hedge
        ("There are fewer doubts now, and I believe the coming months will show that the two countries can work together.",
         ("medium", "believe", False)),
        ("The coming months will show that Tehran can be trusted.", ("high", "will", False)),
        ("Officials hope that the two sides can agree.", ("low", "hope", False)),
    ],
)
def test_certainty_round_fAF(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "level", "negated"),
    [
        # "one in N" after the chance's verb, an aside between; the figure's own clause says whether it denies
        ("The chances that the Council will collapse in the next eighteen months are, in our judgement, about one in "
         "five, but a second suspension would almost certainly not be reversed within a decade.", "low", False),
        ("The odds of a recession are about one in three.", "low", False),
        ("Analysts put a one-in-three chance that the kwacha will not recover.", "low", True),
        ("The chances of a deal are about 60%.", "medium", False),
    ],
)
def test_certainty_stated_one_in(nlp: Any, text: str, level: str, negated: bool) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert (certainty.level, certainty.negated) == (level, negated)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "can" in a clause on a noun hedges nothing, even alone
        ("Nairobi wants the power to keep flowing into its grid at a price its treasury can afford.", None),
        ("Kenya is looking for a partner that can finance the line.", None),
        ("The minister said the port can handle twice the traffic next year.", ("low", "can", False)),
        # the advice to say is no cue; what is said forecasts
        ("London funds the research, and it should say plainly that it will keep doing so only if the results "
         "are published.", ("high", "will", False)),
        # ... and what is to be said a question, no cue at all (test_certainty_an_advice_to_tell_a_question_is_no_cue)
        ("The government should say whether it will attend.", None),
        ("Lisbon should expect the talks to fail.", ("medium", "expect", False)),
        # the negation of the verb a modal's verb is joined to is not the modal's
        ("One speaker warned that the dispute over sea access had not been settled and could flare up again "
         "within months.", ("low", "could", False)),
        ("The envoy said the border had not been demarcated and could be closed again by spring.", ("low", "could", False)),
        ("The ministry said Kenya did not sign the accord and may never sign it.", ("low", "may", True)),
        # a belief denied in a second predicate wins over a first "would"
        ("Her representative said the government would attend the meeting but did not believe it would produce a deal.",
         ("medium", "would", True)),
        ("The minister said Ghana would join the talks but did not think they would succeed.", ("medium", "would", True)),
        ("The minister said Ghana would join the talks and believed they would succeed.", ("medium", "would", False)),
        # what nobody knows is doubt
        ('"Nobody knows how long the licences will take," he said.', ("low", "Nobody knows how", False)),
        ("No one knows whether the ceasefire will hold past Friday.", ("low", "No one knows whether", False)),
        ("Nobody knows the terrain better than the army, which will lead the operation.", ("high", "will", False)),
        ("Everyone knows how the vote will end.", ("high", "will", False)),
    ],
)
def test_certainty_round_fAN(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deadline is due as a visit is: high
        ("The Government's response is due within two months of publication, by 4 January 2027.",
         ("high", "is due within", False)),
        ("The first instalment of the loan is due by the end of March.", ("high", "is due by", False)),
        ("The envoy is due in Addis Ababa on Thursday.", ("high", "is due in", False)),
        # ... and one with its bound
        ("The commission's final report is due no later than 15 September.", ("high", "is due", False)),
        # readiness after a copula is high, a commitment, its cue "ready", not the verb after it (not "troops ready
        # to deploy")
        ("Lisbon said it was ready to widen the naval patrols next summer.", ("high", "ready", False)),
        ("Norway stands ready to host the next round of talks.", ("high", "ready", False)),
        ("The cabinet is prepared to extend the subsidy if prices keep rising.", ("high", "prepared", False)),
        # a feeling compared is about the present, no cue (one that governs the forecast's clause stays)
        ("Coming soon: why I am less worried about the Baltic than I was last spring.", None),
        # "as may be necessary": a clause of amount, no hedge, even alone
        ("The fund shall provide such sums as may be necessary to complete the dam.", ("high", "shall", False)),
        # what someone may do, in a clause a wh-word opens as its object, is no hedge of the forecast beside it
        ('The ministers said coastal states would not be "told which ports they may use".', ("medium", "would", True)),
        # hearsay of a plan is low, as "rumoured" is
        ("The envoy is reportedly planning a trip to Harare in March.", ("low", "reportedly", False)),
        ("The president is said to be preparing a visit to Quito next month.", ("low", "is said to", False)),
        # "few" as a subject denies as "nobody" does (not "a few", "quite a few")
        ("Few in Oslo or Helsinki expect Moscow to return to full participation before the war ends.",
         ("medium", "expect", True)),
        ("Few analysts expect the truce in Tigray to hold beyond the spring.", ("medium", "expect", True)),
        ("A few diplomats expect a deal before the summit in Lusaka.", ("medium", "expect", False)),
        ("Quite a few officials expect the talks to resume in March.", ("medium", "expect", False)),
        # a risk said to be there, with nothing it is of, is no cue, as "worry" is
        ('"I don\'t think they will leave the NPT this year, but the risk is real," he said.', ("medium", "think", True)),
        ("The risk of a new war is real, and the talks may fail.", ("low", "risk", False)),
        ("There is a real risk that the truce will collapse.", ("low", "risk", False)),
        # of two cues as sure, a desire yields to a modal (alone, or beside a surer cue, it stays)
        ("Both leaders want to keep the shuttle diplomacy going, but the dispute over the mine could resurface.",
         ("low", "could", False)),
        ("Kenya wants to expand its port at Lamu and may seek Chinese finance.", ("low", "may", False)),
        ("Ghana wants to join the bloc by 2030.", ("low", "wants to", False)),
        ("Nigeria wants to host the summit, but it will not pay for it.", ("low", "wants to", False)),
    ],
)
def test_certainty_round_fBA(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plain form of a verb of the calendar with a plural subject and a day: a schedule
        ("Mercosur leaders meet in Montevideo on 18 December, when Uruguay hands over the presidency.", True),
        ("Colombia and Venezuela reopen a second border crossing on Monday, the two governments said.", True),
        ("The two foreign ministers sign the water accord in Dhaka on Thursday.", True),
        # not a verb whose plain form could be its past, a verb of saying, a habit, a headline
        ("Flash floods swept through the valley after heavy rain on Saturday.", False),
        ("Rebels hit the convoy near the border on Monday.", False),
        ("Officials say on Monday that the talks went well.", False),
        ("Ministers meet every Tuesday in the cabinet room.", False),
        ("Pakistan and Afghanistan reopen Torkham crossing on Monday", False),
    ],
)
def test_forecast_by_grammar_scheduled_plain_form(nlp: Any, text: str, expected: bool) -> None:
    assert forecast_by_grammar(nlp(text)[:]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denied likelihood in a report conceded after "though" is a second report: it wins a tie
        ("President Sahle said the two states should sign the accord, though she admitted that a vote before June "
         "was unlikely.", ("medium", "unlikely", True)),
        ("The envoy said Nairobi would push for pledges of $2 billion, though he conceded that donors were unlikely "
         "to agree this year.", ("medium", "unlikely", True)),
        ("The envoy said the talks would resume in May, though the rebels are unlikely to attend.",
         ("medium", "would", False)),
        # a wager refused is doubt
        ('"I would not bet on a comprehensive deal before the rains," the Ghanaian mediator said.',
         ("low", "would not bet on", False)),
        ('"I wouldn\'t bet on the ceasefire holding," a diplomat in Juba said.', ("low", "wouldn't bet on", False)),
        ('"I would bet on a deal before the rains," the envoy said.', ("medium", "would", False)),
        # an ability its subject denies is a present state beside the forecast, as "cannot" is
        ("The two economies will remain entangled for decades; neither can decouple from the other without pain.",
         ("high", "will", False)),
        ("Neither side can win the war in Tigray, and both will suffer.", ("high", "will", False)),
        ("Neither government could say when the border would reopen.", ("low", "could", True)),
        # an ability or permission denied in what was said, the past of "cannot", is no cue, even alone
        ('His office said on Tuesday that Israel "remains committed to the understanding" but could not allow '
         "Hezbollah to rearm.", None),
        ("The foreign minister told parliament that Ghana could not accept the new levies on cocoa exports.", None),
        ("The envoy said the truce could not hold beyond March without new funding.", ("low", "could", True)),
        # ... nor with an event it waits for: "could not begin until" is a forecast, as "cannot begin until" is
        ("The commission said the recount could not start until the militias had left the district.",
         ("low", "could", True)),
        ("The envoy said the talks cannot resume until the hostages are freed.", ("high", "cannot", True)),
        ("Road repairs can't be finished until the rains end, the ministry said.", ("high", "can't", True)),
        ("Officials said the ferries will not sail until the harbour is cleared.", ("high", "will", True)),
        ("Analysts said further strikes could not be ruled out.", ("low", "could not be ruled out", False)),
        ("Officials said the pipeline could reopen within weeks.", ("low", "could", False)),
        # two cues on one predicate: the most hedged wins, quoted or not
        ('Reyes said a signed code by the end of the year was "possible but improbable".',
         ("low", "possible", False)),
        ("Anand said a second round of tariffs was possible but improbable before the election.",
         ("low", "possible", False)),
        ("The envoy said a deal before June was possible but not probable.", ("low", "possible", False)),
        ('The envoy said a deal before June was "likely but not certain".', ("low", "not certain", False)),
        ('Officials said the talks would resume "as soon as possible".', ("medium", "would", False)),
        # "almost certainly" after "will" is the cue, as after "would"
        ("Canberra's submarine programme will almost certainly not deliver a boat before 2035.",
         ("high", "almost certainly", True)),
        ("The bloc will almost certainly extend the sanctions on Minsk.", ("high", "almost certainly", False)),
        ("The talks will resume, and the envoy is almost certainly going to attend.", ("high", "will", False)),
        # a question labelled forecast is low whatever its verb
        ("Is that related to the dispute over the islands?", ("low", "?", False)),
        ('"Is Manila ready for talks?" the reporter asked.', None),
        # "due to" a noun phrase is a cause, not a schedule
        ("The delay is due to bad weather over the Andaman Sea.", None),
        ("The shortfall is due to lower oil prices, the ministry in Abuja said.", None),
        ("The envoy is due to arrive in Dakar on Monday.", ("high", "is due to", False)),
        ("Ministers are due to sign the accord in Lomé.", ("high", "are due to", False)),
        ("The minister is due to brief parliament in Accra on Tuesday.", ("high", "is due to", False)),
        # a quoted question with its frame after it asks too: low, whatever its verb
        ('"If the donors leave, who will feed the camps?" the Chadian governor asked.', ("low", "will", False)),
        ('"Will the talks ever resume?" asked one diplomat in Banjul.', None),
        ('"Dakar will sign," the diplomat said.', ("high", "will", False)),
        # a wager advised against is doubt, as one refused is
        ("Don't bet on a deal in Dakar before the rains.", ("low", "Don't bet on", False)),
        ("Do not bet on the Juba talks ending this year.", ("low", "Do not bet on", False)),
        # a forecast reported as made, with its object, is no hedge: the modal of what looks forward is the cue
        ("The Ghana Meteorological Agency forecast a wet season in March, which would delay the harvest.",
         ("medium", "would", False)),
        ("The central bank predicted a recession last year, but the economy will grow by 3% in 2027.",
         ("high", "will", False)),
        ("Economists forecast a recession in Ghana next year.", ("medium", "forecast", False)),
        # ... also with a clause as its object: the modal of the clause is the cue
        ("Ngozi predicted that Abuja would not extradite him.", ("medium", "would", True)),
        ("The governor predicted that the kwacha would recover by June.", ("medium", "would", False)),
        ("Officials in Accra forecast that exports would rise in 2027.", ("medium", "would", False)),
        ("Analysts predict that the kwacha will weaken in May.", ("medium", "predict", False)),  # the present: an estimate
        # a denial in a main clause of its own after a semicolon does not deny the cue of the first
        ("Dakar hopes to bring Banjul back to the talks; few expect it to work.", ("low", "hopes", False)),
        # "'d" and "'ll" are "would" and "will" (not "'d" of "had")
        ("I'd be surprised if Dakar signed before June.", ("medium", "'d", True)),
        ("We'll sign the accord with Banjul next week.", ("high", "'ll", False)),
        ("They'd probably reject the Dakar text.", ("medium", "probably", False)),
        ("They'd agreed to meet in Dakar, and the talks will resume in May.", ("high", "will", False)),
        # a hedge on a perfect rates a past event, not the forecast beside it; alone it stays
        ("Pyongyang is likely to have tested a new engine last week, and it will launch a satellite in May.",
         ("high", "will", False)),
        ("The rebels may have crossed into Chad on Monday.", ("low", "may", False)),
        ("The ministry may have to delay the vote, and the envoy will leave.", ("low", "may", False)),
    ],
)
def test_certainty_round_fBM(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an estimate of the clause "that" on it says how sure, the clause's modal only that it looks forward
        ('Margarita Kalnina said it was "highly likely" that the incursions would continue through the winter.',
         ("high", "highly likely", False)),
        ("Officials said it was highly likely that Vilnius would extend the measures.", ("high", "highly likely", False)),
        ("Analysts said it was very likely that the junta would not hold the vote in May.", ("high", "very likely", True)),
        ("We assess with high confidence that Hanoi would respond.", ("high", "with high confidence", False)),
        ("The ministry said Riga would extend the ban.", ("medium", "would", False)),
        ("Officials said the vote was likely, and that the army would not intervene.", ("medium", "would", True)),
        # ... and the modal of what it estimates says whether the forecast is denied
        ("We assess with moderate confidence that Beijing will not confront Hanoi openly this year.",
         ("medium", "with moderate confidence", True)),
        ("Kenya expects that Somalia would not object.", ("medium", "expects", True)),
        ("We assess with moderate confidence that the three governments will sign the accord.",
         ("medium", "with moderate confidence", False)),
        ("We fear Dhaka will not take it.", ("low", "fear", True)),
        ("We hope the two countries will implement the ceasefire in good faith and will not let the situation "
         "deteriorate again.", ("low", "hope", False)),
        # an ability in a free relative, a clause that is a noun, is no cue, as in a clause on a noun
        ("This brief assesses how the three capitals are likely to act over the coming year and what Tokyo can do.",
         ("medium", "likely", False)),
        ("Diplomats are likely to discuss what Nairobi can contribute to the mission.", ("medium", "likely", False)),
        ("What can Tokyo do?", ("low", "can", False)),
        ("Tokyo can do little to stop the patrols.", ("low", "can", False)),
        # a cue is the hedge word or phrase itself: no quotation mark, no modal before its adverb, no copula
        ('Officials in Suva said a deal was "possible, but not before the election".', ("low", "possible", False)),
        ("Officials in Suva said the deal was possible.", ("low", "possible", False)),
        ("A diplomat said the group would almost certainly visit Dili again in March.", ("high", "almost certainly", False)),
        ("Iran would certainly rebuild its proxies within two years, he said.", ("high", "certainly", False)),
        ('The ministry said it would "not rule out" joining the Chad talks.', ("low", "would not rule out", False)),
        ("The ministry said it would not rule out joining the Chad talks.", ("low", "would not rule out", False)),
        ('Officials said the talks would resume "as soon as possible" in Apia.', ("medium", "would", False)),
        # a schedule with an adverb inside it, and "a real chance" as "a good chance"
        ("The leaders are also due to choose the host of the 2027 meeting.", ("high", "are also due to", False)),
        ("The ministers are still due to sign the accord in Lomé.", ("high", "are still due to", False)),
        ("The envoy is also due in Dakar on Monday.", ("high", "is also due in", False)),
        ("The delay is also due to bad weather.", None),
        ("I think there is a real chance of new tension in the north by the end of the year.",
         ("medium", "real chance", False)),
        ("There is a fair chance that the talks resume in March.", ("medium", "fair chance", False)),
        ("There is no real chance of a deal before the election.", ("medium", "real chance", True)),
        # the question put to a person named forecasts nothing
        ("He asked the minister whether the government would review the licences granted to Riyadh.", None),
        ("Reporters asked the spokesman if Accra would recall its ambassador.", None),
        ("The minister asked parliament whether it could wait until March, and said the vote would be held then.",
         ("medium", "would", False)),
        ("Investors are asking whether the truce will hold.", ("low", "whether", False)),
        ("The envoy asked Kigali to withdraw its troops if the talks would fail.", ("medium", "would", False)),
    ],
)
def test_certainty_round_fBZ(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "should" on a verb of knowing is advice to know: what is to be known forecasts, with its own cue
        ('"Our neighbours should know that Djibouti will never be used against them," Omar said.', ("high", "will", True)),
        ("Investors should understand that the port will not reopen before March.", ("high", "will", True)),
        ("Lomé should realise that the court will rule against it.", ("high", "will", False)),
        ("Ankara should remember that sanctions could follow any new incursion.", ("low", "could", False)),
        # ... and on one of saying or making clear
        ("Pretoria should make clear that any talks with Harare will be coordinated with its neighbours.",
         ("high", "will", False)),
        ("Lusaka should make it plain that the border will stay open.", ("high", "will", False)),
        ("Accra should stress that the drills will continue through June.", ("high", "will", False)),
        # near misses: nothing known that forecasts, so the advice stays the cue
        ("Diplomats should know the outcome of the vote by Friday.", ("medium", "should", False)),
        ("The envoy should remember to thank Kigali.", ("medium", "should", False)),
        ("Accra should make a clear offer on visas to Lomé.", ("medium", "should", False)),
    ],
)
def test_certainty_should_on_a_verb_of_knowing(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause "that" a reported "it was unlikely" is about is the reported future
        ("He said it was unlikely that Lomé would seek an interpretation of the judgment.", True),
        ("Officials said it was likely that Accra would raise rates in June.", True),
        ("It was unlikely that Lomé would seek an interpretation.", False),  # no report
        ("He said it was a pity that the envoy had left.", False),  # no "would"
        # a date in a relative clause on the speaker does not date the report
        ("President Isaias Afwerki, who has ruled since independence in 1993, told state television on Saturday "
         "that Eritrea would defend every grain of sand along its coast.", True),
        ("The minister, who took office in 2019, said on Monday that Kenya would send more troops.", True),
        ("The ministry announced in February 2025 that it would open a consulate in Dakar.", False),  # dated earlier
    ],
)
def test_reported_future_extraposed_and_dated_by_a_relative_clause(nlp: Any, text: str, expected: bool) -> None:
    assert forecast_by_grammar(nlp(text)[:]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish reported is no "will" shifted: "would like", "would prefer", "would welcome", "would rather"
        ("The Zambian coach said he would like his players to press higher up the pitch.", False),
        ("Farmers' leaders said they would prefer a gradual cut in fertiliser subsidies.", False),
        ("The foreign minister said Lusaka would welcome a visit by the Angolan president at any time.", False),
        ("Officials said they would rather wait for the census results before redrawing the districts.", False),
        # near misses: a plan reported, and a wish beside a plan
        ("The foreign minister said Lusaka would host the Angolan president next month.", True),
        ("She said Malawi would like to join the bloc and that it would apply in March.", True),
    ],
)
def test_reported_future_a_wish_is_none(nlp: Any, text: str, expected: bool) -> None:
    assert forecast_by_grammar(nlp(text)[:]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a desire to say frames the speaker's words, as "I would say" does: the forecast's own cue wins
        ('He told the Assembly: "I want to say clearly: Kenya will not walk away from it."', ("high", "will", True)),
        ("I want to be clear that Ghana will never accept the levy.", ("high", "will", True)),
        ("We want to make it clear that Togo will sign the pact in March.", ("high", "will", False)),
        ("Kenya wants to tell its neighbours that it will reopen the border.", ("high", "will", False)),
        # near misses: a desire for something else, alone or beside a modal
        ("Ghana wants to join the bloc.", ("low", "wants to", False)),
        ("We want to see a deal, and Togo will sign.", ("low", "want to", False)),
        ("I want to thank the people of Ghana.", ("low", "want to", False)),
    ],
)
def test_certainty_a_desire_to_say_frames_the_words(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a belief whose subject denies it denies the forecast, as "Few in Oslo expect" does
        ('"Nobody in this region believed a text would be initialled in 2025," said Anna Karapetyan.',
         ("medium", "would", True)),
        ("No one in Accra thinks the border will reopen this year.", ("high", "will", True)),
        ("None of the diplomats believed the truce would hold.", ("medium", "would", True)),
        # near misses: a subject that denies nothing, a denial in another clause
        ("Officials in Accra believed the border would reopen this year.", ("medium", "would", False)),
        ("Nobody in Lomé was surprised, and the minister believes the vote will pass.", ("high", "will", False)),
        ('"Nobody wants a second vote, but if the talks fail by June, we will," said a Kenyan diplomat.',
         ("high", "will", False)),
        ('"No one wants a war, and nobody will start one," the envoy said.', ("high", "will", True)),
        # the speaker's own belief hedges what it holds: medium, its cue the belief, negated where it is denied
        ('"I don\'t think Accra will sign the levy before the vote," she said.', ("medium", "think", True)),
        ("We believe the border with Togo will reopen in the spring.", ("medium", "believe", False)),
        ("I suspect Lusaka will sign the accord before the rains.", ("medium", "suspect", False)),
        ("We reckon the truce will hold through the winter.", ("medium", "reckon", False)),
        ("Analysts suspect the vote will pass in March.", ("high", "will", False)),  # not the speaker's own
        # an invitation may not be taken up: low, its cue the invitation, not the verb of what it invites to
        ("Accra invited the Togolese president to visit the port next month.", ("low", "invited", False)),
        ("The Kenyan envoy was invited to attend the summit in Kampala next week.", ("low", "invited", False)),
    ],
)
def test_certainty_a_belief_its_subject_denies(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a probability stated beats the modal of the clause it rates, also after a rating in words; the figure is the cue
        ("In our judgement, the chances that Ankara will abandon its claims to the disputed islets are remote, about one "
         "in ten.", ("low", "about one in ten", False)),
        ("The chances of a deal before the summit are slim, perhaps 20 per cent.", ("low", "perhaps 20 per cent", False)),
        ("The odds that the central bank will cut rates in March are high, about 80 per cent.",
         ("high", "about 80 per cent", False)),
        ("It is even odds whether the coalition will survive the budget vote.", ("medium", "even odds", False)),
        ("There is a fifty-fifty chance that the coalition will collapse before the budget vote.",
         ("medium", "fifty-fifty chance", False)),
        ("Diplomats put the likelihood that Kigali will withdraw its troops this year at roughly one in three.",
         ("low", "roughly one in three", False)),
        # near misses: no figure of the chance
        ("The chances that the talks will succeed are good, and one in ten diplomats agree.", ("high", "will", False)),
        ("Ghana and Togo will split the revenue 50-50 under the new deal.", ("high", "will", False)),
        ("The chances that the truce will hold are remote.", ("medium", "are remote", True)),
    ],
)
def test_certainty_a_stated_probability_beats_the_modal(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison with what was foreseen, in the past, hedges nothing the main clause forecasts
        ("If Lomé moves to hold a referendum on the border, as it threatened to do last year, the Council should respond "
         "with targeted sanctions.", ("medium", "should", False)),
        ("Exports will grow faster than was expected last year.", ("high", "will", False)),
        ("The deficit will be larger than the ministry had forecast in January.", ("high", "will", False)),
        ("Growth will be slower than expected.", ("high", "will", False)),
        # near misses: a present expectation, a comparison with nothing forecast
        ("Exports will grow, as analysts expect.", ("medium", "expect", False)),
        ("Ghana will sign the pact, as it is expected to do.", ("medium", "expected", False)),
        ("Turnout was higher than expected.", ("medium", "expected", False)),
    ],
)
def test_certainty_a_past_comparison_is_no_cue(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would" only softens an expectation: the verb is the cue, and its denial the forecast's
        ('"I would not expect the remaining battalions before the spring."', ("medium", "expect", True)),
        ("I would expect a deal before the summer.", ("medium", "expect", False)),
        ("I wouldn't expect Accra to sign the pact this year.", ("medium", "expect", True)),
        ("We would never expect Lomé to accept such terms.", ("medium", "expect", True)),
        # near misses: a "would" on another verb
        ("The minister said Ghana would not sign the pact this year.", ("medium", "would", True)),
        ("I would not want to put a date on it, but the talks will resume.", ("high", "will", False)),
    ],
)
def test_certainty_would_softens_an_expectation(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an expectation a denied "can" governs is denied, also across a verb it is joined to
        ('The bloc cannot keep asking the parties to "engage constructively" and expect results.',
         ("medium", "expect", True)),
        ("It cannot be expected that Kigali will withdraw its troops.", ("medium", "expected", True)),
        ("You cannot expect Lomé to sign this year.", ("medium", "expect", True)),
        # near misses: no denied "can" over the expectation
        ("The bloc keeps asking the parties to engage and expects results.", ("medium", "expects", False)),
        ("Ghana cannot pay the levy, and the ministry expects the border to close.", ("medium", "expects", False)),
        ("Lomé cannot afford to wait and will act before March.", ("high", "will", False)),
    ],
)
def test_certainty_cannot_expect_is_denied(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "almost certain" before "that" is the adverb's adjective, quoted or not; the modal of its clause only looks forward
        ('The minister said it was "almost certain" that the talks would collapse.', ("high", "almost certain", False)),
        ("It is almost certain that the border will reopen in March.", ("high", "almost certain", False)),
        ("Diplomats said it was near certain that Accra would sign.", ("high", "near certain", False)),
        ("Officials said it was almost certain that Accra would not sign the pact.", ("high", "almost certain", True)),
        # near misses: doubt, a certainty of something else
        ("I am not certain that the talks will resume.", ("low", "not certain", False)),
        ("The minister was almost certain of victory, and the vote will be held in May.", ("high", "will", False)),
    ],
)
def test_certainty_almost_certain_that(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "No" before a number is its abbreviation, no denial: "No 10" is Downing Street
        ("He said No 10 believed the deal would pass.", ("medium", "would", False)),
        ("A source said No 10 believed the talks would resume in March.", ("medium", "would", False)),
        # near misses: a "no" that denies
        ("He said no minister believed the deal would pass.", ("medium", "would", True)),
        ("No country believed the truce would hold.", ("medium", "would", True)),
    ],
)
def test_certainty_no_before_a_number_denies_nothing(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge in a clause that says by when is the time's, not the forecast's: the main clause's cue wins
        ("The two sides are expected to sign a partial accord before any wider deal could be reached.",
         ("medium", "expected", False)),
        ("Kenyan troops will stay in Haiti until a settlement can be found.", ("high", "will", False)),
        ("Before the talks could begin, Ethiopia is likely to demand guarantees.", ("medium", "likely", False)),
        ("Officials said the bill would pass before parliament could adjourn.", ("medium", "would", False)),
        # near misses: the main clause's own hedge, and a cue in a clause on a noun
        ("The ceasefire could collapse before the envoys arrive.", ("low", "could", False)),
        ("Ghana may sign the pact before the elections, which will be held in December.", ("low", "may", False)),
    ],
)
def test_certainty_a_hedge_in_a_clause_of_time_is_none(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "can expect": the expectation is the cue, the ability adds no doubt
        ("We can expect the talks to resume in March.", ("medium", "expect", False)),
        ("Investors can now expect higher tariffs on Kenyan tea next year.", ("medium", "expect", False)),
        ("We can expect that Nigeria will raise rates in June.", ("medium", "expect", False)),
        # near misses: an ability alone, a denied expectation, a hedged one
        ("Ghana can sign the pact next year.", ("low", "can", False)),
        ("You cannot expect Lomé to sign the accord.", ("medium", "expect", True)),
        ("Farmers could expect lower prices next year.", ("low", "could", False)),
    ],
)
def test_certainty_can_expect_is_an_expectation(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a risk rated ("is rated as moderate", "remains low") rates a thing; the estimate that governs the
        # forecast's clause is the cue
        ("It is unlikely that the line will be energised before 2029, according to the project appraisal document,"
         " and the risk of cost overruns is rated as moderate.", ("medium", "unlikely", True)),
        ("Analysts in Lima expect the talks with Bolivia to resume in March, but the risk of a walkout is rated as high.",
         ("medium", "expect", False)),
        ("The junta in Niamey will probably hold on to power, and the risk of a counter-coup remains low.",
         ("medium", "probably", False)),
        # near misses: a rated risk alone or beside a modal, and a risk no rating's subject
        ("The risk of cost overruns on the Nepal line is rated as moderate.", ("low", "risk", False)),
        ("The risk of cost overruns is rated as moderate, and the line could be delayed by a year.", ("low", "risk", False)),
        ("There is a risk that the talks in Doha will collapse, and it is unlikely that Qatar will host another round.",
         ("low", "risk", False)),
    ],
)
def test_certainty_a_rated_risk_yields_to_the_estimate_of_the_forecast(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal's own hedging adverb right after it is the cue, not the modal, for every modal
        ("The two sides would probably agree to a swap before the end of the year.", ("medium", "probably", False)),
        ("The court would likely rule on the appeal in June.", ("medium", "likely", False)),
        ("Brussels could possibly reopen the consulate next year.", ("low", "possibly", False)),
        ("The ministry may perhaps revise its forecast in March.", ("low", "perhaps", False)),
        ("Tehran could probably sustain the subsidy for another year.", ("medium", "probably", False)),
        ("The court would very likely rule on the appeal in June.", ("high", "very likely", False)),
        ("The talks would probably not resume before the spring.", ("medium", "probably", True)),
        ("Nobody in Tehran believed the talks would probably resume.", ("medium", "probably", True)),
        # near misses: "will probably" as before, the adverb apart from the modal
        ("Tehran will probably release the aid worker in the coming weeks.", ("medium", "probably", False)),
        ("The talks will resume in March, probably in Geneva.", ("medium", "probably", False)),
    ],
)
def test_certainty_a_modals_own_adverb_is_the_cue(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with a cue in the main clause, a purpose, the noun of an attitude in a phrase (and what it hopes or
        # fears), and a participle on a noun are asides
        ("We will keep working with both boards so that fans can see these teams play.", ("high", "will", False)),
        ("The bank will cut rates so that exports can recover.", ("high", "will", False)),
        ("Lagos and Accra will keep quarrelling for a while, and we cannot plan on the hope that they stop.",
         ("high", "will", False)),
        ("Kenya will send troops to Haiti in the hope that the mission can restore order.", ("high", "will", False)),
        ("Despite fears that the truce could collapse, Ghana will reopen its embassy in March.", ("high", "will", False)),
        ("Ghana will attend talks expected to end in June.", ("high", "will", False)),
        ("The federation confirmed on Friday that the friendly planned for November in Tangier will go ahead.",
         ("high", "will", False)),
        # near misses: no cue in the main clause, a result clause, the verb "hopes", an absolute phrase
        ("Markets rallied on hopes that the central bank will cut rates.", ("low", "hopes", False)),
        ("Nigeria sent troops so that the talks could resume.", ("low", "could", False)),
        ("The bank will cut rates, so exports may recover next year.", ("low", "may", False)),
        ("Ethiopia hopes that the talks will resume in March.", ("low", "hopes", False)),
        ("The delegation will arrive on Monday, with officials hoping for a deal by June.", ("low", "hoping", False)),
        ("The talks planned for March were cancelled.", ("high", "planned", False)),
    ],
)
def test_certainty_a_purpose_an_attitude_in_a_phrase_and_a_participle_on_a_noun_are_asides(
        nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "should" on a verb of belief defers to its clause's cue, and a denying subject or "not" denies
        ('"Nobody should think this crisis will be over by spring," she said.', ("high", "will", True)),
        ("Nobody should believe that the junta will hand over power in March.", ("high", "will", True)),
        ("We should assume that Beijing will keep testing the line.", ("high", "will", False)),
        ("Investors should not imagine the central bank will cut rates soon.", ("high", "will", True)),
        # near misses: nothing forecast in a clause of the belief
        ("Nobody should think about leaving the bloc.", ("medium", "should", True)),
        ("The government should think about the budget, and the talks could resume in May.", ("low", "could", False)),
    ],
)
def test_certainty_should_on_a_verb_of_belief(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal over a copula and a likelihood adjective, or over "well": the word that rates the event is the cue
        ("The talks would be likely to resume in March.", ("medium", "likely", False)),
        ("Kigali could be expected to retaliate against any new levy.", ("medium", "expected", False)),
        ("Ankara would be almost certain to veto the application at the summit.", ("high", "almost certain to", False)),
        ("A deal would be highly likely to follow the elections in Nairobi.", ("high", "highly likely", False)),
        ("The militias would not be likely to disarm before the vote.", ("medium", "likely", True)),
        ("The new government may well be able to reopen the crossing by spring.", ("medium", "may well", False)),
        ("Colombia could well reopen its consulate in Caracas in the spring.", ("medium", "could well", False)),
        # near misses: a copula with no rating, an ability, "as well", a rating with no modal
        ("The talks would be held in Geneva in March.", ("medium", "would", False)),
        ("Seoul would be able to send a delegation by June.", ("medium", "would", False)),
        ("The minister could be expected at the airport, officials said.", ("low", "could", False)),
        ("It may be just as well that the talks were postponed.", ("low", "may", False)),
        ("The coalition will be unlikely to survive a vote of confidence in June.", ("medium", "unlikely", True)),
        ("Hanoi is not likely to be invited to the summit in Jakarta.", ("medium", "likely", True)),
    ],
)
def test_certainty_a_modal_over_a_rating_gives_the_rating(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fixed expressions of strength: a schedule is high, a course or the odds medium
        ("Manila is on course to sign the pact by June.", ("medium", "on course to", False)),
        # ... also "for" a time or an event: a date or an event set is a schedule, as "slated for" is; one that
        # looks set, a course, a track or a poise is medium
        ("The runoff between the two candidates is set for 14 June.", ("high", "is set for", False)),
        ("Kenya looks set for a second round in the presidential race.", ("medium", "looks set for", False)),
        ("The two coastguards are on course for a confrontation near the reef.", ("medium", "on course for", False)),
        ("Ethiopia's economy is on track for 7% growth this year.", ("medium", "on track for", False)),
        ("Manila is poised for a fresh standoff with Beijing over the shoal.", ("medium", "poised for", False)),
        # "due to" on a noun, an infinitive after it, is a schedule as "is due to" is
        ("The two sides signed a truce due to take effect on Sunday.", ("high", "due to", False)),
        ("The vote is slated to take place in November.", ("high", "slated to", False)),
        ("The talks are slated for the spring in Muscat.", ("high", "slated for", False)),
        ("A deal is all but certain after the weekend's talks in Doha.", ("high", "all but certain", False)),
        ("The ruling party is all but assured of a majority in the new parliament.", ("high", "all but assured", False)),
        ("The odds are that the coalition will collapse before the budget.", ("medium", "odds are", False)),
        ("In all likelihood the truce will hold through the winter.", ("medium", "In all likelihood", False)),
        # near misses: a rating after the odds, a figure, a course that is a ship's, "ruled out"
        ("The odds are slim that Khartoum will accept the plan.", ("medium", "are slim", True)),
        ("The odds of a deal are about 60 per cent, officials said.", ("medium", "about 60 per cent", False)),
        ("The ship was blown off course to the south.", None),
        ("The price set for the tender was too low.", None),
        ("Flights to Juba were cancelled due to heavy rain.", None),
        ("Talks began days before the summit was due to open.", None),
        ("The delay is due to bad weather, and the ship will arrive next week.", ("high", "will", False)),
        ("The army has all but ruled out a ceasefire before the rains.", ("high", "ruled out", True)),
        ("There is no guarantee that the truce will hold.", ("low", "no guarantee", False)),
        # a plan with no cue of its own, a decision, an agreement to act, an event arranged or on its way: high, its words
        ("Decides to dispatch an assessment team to Juba before the rainy season;", ("high", "Decides to", False)),
        ("The envoys agreed to reconvene in Nairobi after the harvest.", ("high", "agreed to", False)),
        ("The envoys have not agreed to reconvene in Nairobi.", ("high", "agreed to", True)),
        ("Asks the Secretariat to report to the next plenary, to be held in Geneva in November;",
         ("high", "to be held", False)),
        ("A second aid convoy to Goma is already being prepared, the ministry said.", ("high", "being prepared", False)),
        ('"The deal with Kinshasa is coming," the envoy said.', ("high", "coming", False)),
    ],
)
def test_certainty_fixed_expressions_of_strength(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event in "-ing" seen or imagined, denied or hard to see, is an expectation denied: medium, negated
        ("I don't see Ankara agreeing to any such deal before the election.", ("medium", "see", True)),
        ("I can't see the junta handing over power in March.", ("medium", "see", True)),
        ("It is hard to imagine the two sides signing an accord before the summer.", ("medium", "hard to imagine", True)),
        ("It is difficult to see Nairobi backing down on the levy.", ("medium", "difficult to see", True)),
        ("The minister said she could not envisage Britain rejoining the customs union.", ("medium", "envisage", True)),
        # near misses: no event seen, a sight in the past, a sight not denied; "No one expects", "Few ... believe"
        ("I don't see the point of another summit.", None),
        ("It is hard to see the border from the road.", None),
        ("I cannot imagine a worse outcome for the region.", None),
        ("Observers did not see the convoy leaving the base.", None),
        ("I see Ankara agreeing to a deal by June.", None),
        ("No one expects the talks to succeed this year.", ("medium", "expects", True)),
        ("Few analysts believe the truce will hold.", ("high", "will", True)),
        # "not many" denies as "few" does; "many" alone does not
        ("Not many diplomats think the ceasefire will last.", ("high", "will", True)),
        ("Not many people in Juba expect the talks to succeed this year.", ("medium", "expect", True)),
        ("Many diplomats think the ceasefire will last.", ("high", "will", False)),
    ],
)
def test_certainty_an_event_not_seen_is_not_expected(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request's modal put to the one asked is no cue: the clause asked about gives it, low as a question
        ("Deputy Secretary, can you tell us when the first joint patrols under the treaty will begin?",
         ("low", "will", False)),
        ("Minister, would you tell the House when the embassy in Suva will reopen?", ("low", "will", False)),
        ("Could you confirm whether Fiji would join the patrols next year?", ("low", "whether", False)),
        ("Will you say whether Tonga might join the patrols?", ("low", "whether", False)),
        # near misses: a request with nothing forecast, a modal on the state asked about, an ability stated
        ("Can you tell us about the talks with Fiji?", ("low", "?", False)),
        ("Can Fiji afford to join the patrols next year?", ("low", "?", False)),  # a time in a question rates nothing
        ("What I can tell you is that Fiji will join the patrols.", ("high", "will", False)),
    ],
)
def test_certainty_a_requests_modal_is_no_cue(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported "was" that rates or plans what is to come, with an infinitive or a time ahead of its own
        ("An official in Lima said a trade pact with Ecuador was unlikely before 2038.", True),
        ("Officials in Dodoma said the death toll was likely to rise.", True),
        ("The analyst wrote that the rebels were unlikely to retake the valley by force.", True),
        ("The foreign office said the next round of talks with Chile was scheduled for early March.", True),
        ("The ministry said a meeting of the joint commission was planned for the autumn.", True),
        ("She said the envoy was expected to arrive in Maputo.", True),
        # near misses: a past estimate, a perfect infinitive, no report, a report that is background
        ("She said the fire was likely caused by a faulty cable.", False),
        ("He said the tanker was expected to have reached port.", False),
        ("A ministerial meeting was planned for the autumn but never took place.", False),
        ("After Quito said the vote was unlikely before 2038, the opposition protested.", False),
        # a plan or an invitation with a time ahead by its own words
        ("Mexico's president invited the Guatemalan leader to visit Mexico City next month.", True),
        ("Norway issued an invitation to the Fijian prime minister to attend a forum in Oslo later this year.", True),
        ("Ghana plans to open an embassy in Hanoi next year.", True),
        # near misses: a plan dropped, an invitation to an event, a time gone by
        ("The plan to build a dam next year was dropped.", False),
        ("The summit was held later that year.", False),
    ],
)
def test_forecast_by_grammar_a_reported_rating_or_a_plan_ahead(nlp: Any, text: str, expected: bool) -> None:
    assert forecast_by_grammar(nlp(text)[:]) is expected


def test_a_reported_rating_ahead_of_the_documents_year(nlp: Any) -> None:
    text = "An analyst in Quito said a deal with Lima was unlikely before 2027."
    assert forecast_by_grammar(nlp(text)[:]) is False  # no document date: 2027 is not known to be ahead
    doc = nlp.make_doc(text)
    doc._.doc_date = "2026-05-04"
    assert forecast_by_grammar(nlp(doc)[:]) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an invitation as a noun with the infinitive of what it invites to is low, as "invited" is
        ("President Ruto extended an invitation to the Ghanaian president to visit Nairobi later this year.",
         ("low", "invitation", False)),
        ("Norway issued an invitation to the Fijian prime minister to attend a forum in Oslo later this year.",
         ("low", "invitation", False)),
        # near misses: an invitation accepted is a plan
        ("Brazil accepted an invitation to host the talks later this year.", ("high", "host", False)),
    ],
)
def test_certainty_an_invitation_as_a_noun_is_low(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sure clause joined to one the speaker's own belief hedges: the most hedged clause wins, as of any two cues
        ("They will keep talking, and I suspect the government will fall by spring.", ("medium", "suspect", False)),
        ("The envoys will stay in Lomé, but I reckon the talks will collapse before May.", ("medium", "reckon", False)),
        ("Harare will not give ground, and I suspect the mediators will leave.", ("medium", "suspect", False)),
        # ... and the writer's own guess, wager or expectation, with its clause's negation
        ("The talks will go on, but my guess is that the coalition will collapse before the summer.",
         ("medium", "my guess is", False)),
        ("My guess is the talks will not resume this year.", ("medium", "My guess is", True)),
        ("Our expectation is that the court will rule on the border case in June.",
         ("medium", "Our expectation is", False)),
        # near misses: another's belief, a belief alone
        ("They will keep talking, and analysts suspect the government will fall by spring.", ("high", "will", False)),
        ("I suspect Lusaka will sign.", ("medium", "suspect", False)),
    ],
)
def test_certainty_a_clause_the_speakers_belief_hedges(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an advice or an order to tell what is a question forecasts nothing: neither "should" nor the question's cue
        ("The ministry should set out how it will respond to the tariffs.", None),
        ("The council should explain what it will do about the refugees.", None),
        ("Ministers should say whether they will attend the summit in Accra.", None),
        ("The government must explain how it will pay for the bridge.", None),
        ("Washington should make clear how it will respond.", None),
        ("Tell us how you will pay for the bridge.", None),
        # near misses: what is to be told, a forecast of telling, an expectation
        ("The ministry should say plainly that it will keep doing so.", ("high", "will", False)),
        ("The ministry will explain next week how it will respond to the tariffs.", ("high", "will", False)),
        ("The deal should be signed by March.", ("medium", "should", False)),
    ],
)
def test_certainty_an_advice_to_tell_a_question_is_no_cue(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "bound to" a place is a destination, no cue; the degrees of "likely" rate the outcome
        ("The shipment is bound to India.", None),
        ("The tanker is bound to the port of Mombasa.", None),
        ("The likeliest outcome is a frozen conflict next year.", ("medium", "likeliest", False)),
        ("The likelier result is a second round of talks in Geneva.", ("medium", "likelier", False)),
        # near misses: "bound to" before a verb
        ("The two navies are bound to clash again.", ("high", "bound to", False)),
    ],
)
def test_certainty_a_destination_and_the_degrees_of_likely(nlp: Any, text: str, expected: Any) -> None:
    certainty = forecast_certainty(nlp(text)[:])
    assert ((certainty.level, certainty.cue, certainty.negated) if certainty else None) == expected
