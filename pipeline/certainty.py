"""How sure a forecast is: high, medium or low, and whether it is negated.

"will", "bound to", "doomed to", "sure to" are high; "likely", "expected" medium; "may", "could", "might"
and doubt ("not sure", "has not confirmed it will") low. When a sentence has several cues the
most hedged one wins, also of two on one predicate ("possible but improbable" is low; "is likely
to ... will" is medium; "hopes ... will" is low; "little chance that ... will" is medium). "will
not", "does not expect", "neither side is likely", "Nor is China likely", "unlikely", "little chance" and "ruled out" are negated; a negation in another
clause ("If they do not, Washington may ...") does not count, nor one that doubts. Doubt reported
("doubted that the truce would hold", "was sceptical that") is low and not negated, and so is a
denial of nothing ("Nothing has been ruled out"). A probability stated ("a 70 per cent chance
that") sets the level by its figure. Of two cues as sure, the one that denies a second predicate
or a second clause of one report wins ("would be discussed but would not dominate"); an ability
denied, a "whether" in what another cue forecasts and a "should" on an expectation are no cue
("will decide whether the calm holds": high, "will"). A plan with no other cue ("Decides to", "agreed to", "to be
held", "is being prepared") is high; the speaker's own belief ("I don't think ... will") lowers high to medium, also
of one clause of two ("They will ..., and I suspect ... will": medium); an advice to tell what is a question ("should
set out how it will respond") is no cue; an
invitation ("invited X to visit", "an invitation to X to visit") is low.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .clean import _MONTH
from .entities import ents_of, span_text
from .timex import _WEEKDAYS, _past_form, attached_word, in_future_clause

_LEVELS = {"high": 3, "medium": 2, "low": 1}
# doubt: "I am not sure they will be", "I cannot say with confidence that the truce will hold",
# "there is no guarantee", "Neither side has confirmed it will attend"
_DOUBTS = (r"(?:not|\w+n['’]t)\s+(?:(?:entirely|completely|quite|so|yet)\s+)?(?:sure|certain|convinced)|unsure|"
           # ... some of those who judge: "Not everyone in Seoul is convinced the thaw will last", "not all analysts are sure"
           r"not\s+(?:everyone|everybody|all)(?:\s+[\w'’-]+){0,3}?\s+(?:is|are|was|were|seems?|seemed)\s+(?:(?:entirely|so|yet)\s+)?"
           r"(?:sure|certain|convinced)|"
           r"(?:can ?not|can['’]t|could not|couldn['’]t)\s+say\s+(?:with\s+(?:any\s+)?(?:confidence|certainty)|"
           r"for\s+(?:sure|certain)|that)|no guarantee|"
           # a speaker's wager refused: "I would not bet on a deal before the spring"
           r"(?:would\s+not|wouldn['’]t|['’]d\s+not)\s+(?:\w+ly\s+)?bet\s+on\b|"
           # ... and one advised against: "Don't bet on it", "Do not bet on a deal this year"
           r"\b(?:do\s+not|don['’]t|never)\s+bet\s+on\b|"
           # doubt of what nobody knows: "Nobody knows how long the licences will take" (not "Nobody knows the region better")
           r"(?:nobody|no\s+one)\s+(?:really\s+|yet\s+)?knows\s+(?:whether|if|how|when)\b|"
           r"(?:(?:not|never|neither|nobody|none|no|\w+n['’]t)(?:\s+\w+){0,3}?|(?:declined|refused) to)\s+confirm(?:s|ed)?"
           # ... what the forecast says, not a fact: "has not confirmed its attendance"
           r"(?=\s+(?:that\s+)?(?:\w+\s+){0,3}?(?:will|would|is\s+going|plans?|intends?)\b)")
_CUES: list[tuple[str, str]] = [
    # (not a destination: "The shipment is bound to India", as "going to" a place)
    (r"will|(?<=\w)['’]ll|won['’]t|shall|bound to(?!\s+(?:the|a|an)\b|\s+(?-i:[A-Z]))|doomed to|sure to|(?:(?:almost|near|nearly|virtually)\s+)?certain to|set to|going to(?!\s+(?:the|a|an)\b|\s+(?-i:[A-Z]))|gonna|plans? to|planned|"
     r"intends? to|scheduled|slated\s+(?:to|for)|all\s+but\s+(?:certain|assured|guaranteed|inevitable|sure)|determined to|vow(?:s|ed)?|pledg(?:e|es|ed) (?:not )?to|promis(?:e|es|ed) (?:not )?to|inevitabl[ey]|"
     # "would almost certainly strain": the adverb, not the modal, says how sure
     r"would\s+[\"“]?(?:almost\s+)?certainly|(?:highly|very)\s+likely|with\s+high\s+confidence|"
     # the adjective as the adverb: 'it is almost certain that', 'said it was "near certain" that'
     r"(?:almost|near|nearly|virtually)\s+certain(?=[\"”’']?\s+that\b)|"
     r"(?:almost\s+)?certainly|definitely|undoubtedly|imminent(?:ly)?|(?:is|are)(?: (?:also|still|now|already))? due to(?= (?!the |a |an |its |their |his |her ))|(?:is|are) about to|"
     # readiness declared, a commitment as "determined to" is: "Moscow was ready to expand the drills", "stands ready to
     # help", "is prepared to talk" (kept only after a copula: _READY_AFTER; not "troops ready to deploy")
     r"(?:ready|prepared)(?=\s+to\s+[a-z])|"
     # ... and on a noun, an infinitive after it (kept only so: _due_on_a_noun): "a ceasefire due to begin on 1 October"
     r"(?<=\w )due to(?= (?!the |a |an |its |their |his |her ))|"
     # a date or an event set, as "slated for": "The talks are set for 12 March" (not "looks set for": medium)
     r"(?:is|are|was|were|be|been|['’]s|['’]re)(?: (?:also|still|now|already))? set for|"
     # a visit or a payment scheduled: "is due in Brasilia on Dec 3" (not "is due in part to")
     # ... and a deadline: "The Government's response is due within two months, by 4 January"
     # ... also with its bound: "The report is due no later than June 30", "is due before the summit"
     r"(?:is|are)(?: (?:also|still|now|already))? due (?:in|at|on|back|by|within|before)"
     r"(?! (?:large |great |small |no small |some )?part\b)|(?:is|are)(?: (?:also|still|now|already))? due(?= no later than\b)|"
     r"tomorrow|tonight|upcoming|next (?:week|month|year|spring|summer|autumn|fall|winter)|"
     r"later this (?:week|month|year)|(?:no|zero) chance|"
    # a start denied until an event, a condition set: "the count cannot begin until the ballots arrive" (the past,
    # "could not begin until", is "could")
    r"(?:can ?not|can['’]t)(?=\s+(?:be\s+)?[a-z]+(?:\s+[\w'’]+){0,4}?\s+until\b)|"
     # an obligation with its deadline, a fixed schedule: "must then convene within ten days", "must rule by
     # 1 March" (not "must be stopped by force", nor "must act" with no time)
     r"must(?=(?:\s+(?:then|now|still|also|first))?\s+[a-z]+(?:\s+[\w'’]+){0,5}?\s+(?:within\s+(?:\w+\s+){0,2}?"
     r"(?:hours?|days?|weeks?|months?|years?)\b|by\s+(?:the\s+end\s+of\b|next\b|tomorrow\b|\d|"
     r"(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b))))|(?<!not )(?<!not be )rul(?:e|es|ed|ing)(?: (?:it|this|that|them))? out", "high"),
    # ... and its degrees, on the outcome: "The likeliest outcome is a frozen conflict"
    (r"(?<!highly )(?<!very )likely|likel(?:iest|ier)|unlikely|expects?|expected|expecting|probably|probable|improbable|plausibl[ey]|should|"
     # "I would add that ...", "I would say": the speaker's words, no forecast ("would add a flight" is one)
     # ... and its contraction, not that of "had": "I'd be surprised if", "we'd expect" (not "I'd seen", "they'd agreed")
     r"(?:would|(?<=\w)['’]d(?=\s+(?:\w+ly\s+|not\s+|never\s+)*(?!(?:been|had|gone|done|seen|told|said|made|got|left|met|"
     r"sent|known|heard|thought|found|kept|held|lost|won|put|spent|brought)\b)[a-z]+(?<!ed)\b))"
     r"(?!\s+[\"“]?(?:almost\s+)?certainly\b)(?!\s+(?:say|argue|note|stress|emphasi[sz]e|suggest|like|think|imagine|guess)\b)"
     r"(?!\s+add\s*(?:that\b|[,:;.]))"
     # a wish, as "would like" is: "I would not want to put a date on it"; and an expectation, whose verb is
     # the cue the modal only softens: "I would not expect the battalions before the spring"
     r"(?!\s+(?:not\s+|never\s+)?(?:want|wish|expect)\b)"
     # a speaker's polite refusal to say more, as "I would say" is his framing: "I would refrain from speculating",
     # "I would not comment on", "I would defer to the ministry" (not "would refrain from strikes")
     r"(?!\s+(?:rather\s+)?(?:not\s+|never\s+)?(?:comment|speculat|guess|elaborat|go\s+into|prejudg)\w*\b)"
     r"(?!\s+(?:rather\s+)?(?:refrain\s+from|decline\s+to|prefer\s+not\s+to|avoid)\s+"
     r"(?:comment|speculat|guess|answer|elaborat|go(?:ing)?\s+into|discuss|predict|respond|prejudg)\w*\b)"
     r"(?!\s+defer\s+to\b)(?!\s+(?:refer|point|direct)\s+(?:you|them|him|her)\s+to\b)|"
     # "Japan's economy is projected to grow 0.6%" (not "the projected deficit")
     # a modal rated by "well": "may well be able to", "could well reopen" (not "may be just as well")
    r"(?:may|might|could)\s+well(?!\s+(?:as|enough)\b|\s*[,.;:!?])|"
    r"predicts?|predicted|forecasts?|projected\s+to|anticipat(?:e|es|ed|ing)|poised (?:to|for)|on (?:track|course) (?:to|for)|"
     r"in\s+all\s+(?:likelihood|probability)|(?:looks?|seems?) set (?:to|for)|threaten(?:s|ed)? to|(?:little|slim|small|remote|good|strong|high|real|fair|decent|reasonable) chance|"
     # a chance rated after it, as "a slim chance" is: "The chances of a settlement are slim", "There is a
     # chance, but it is a small one" (kept only after a chance: _RATED); "the least likely" denies
     r"(?:is|are|was|were|remains?|looks?|seems?)\s+(?:very\s+|extremely\s+)?(?:slim|small|remote)|"
     r"a\s+(?:very\s+)?(?:slim|small|remote)\s+one|(?<!at )least\s+likely|"
     # an analyst's stated confidence: "We assess with moderate confidence that ... will"
     # an event seen or imagined as it will happen, denied, or said to be hard to see: "I don't see Ankara agreeing
    # to it", "It is hard to imagine the two sides signing" (kept only with the event in "-ing": _event_seen)
    r"(?:(?<=not )|(?<=n't )|(?<=n’t )|(?<=never )|(?<=cannot ))(?:see|imagine|envisage|envision)|"
    r"(?:hard|difficult)\s+to\s+(?:see|imagine|envisage|envision)|"
    # "the odds are that", as "chances are" (a rating after the odds is its own cue: "the odds are slim")
    r"chances are|odds\s+are(?!\s+(?:very\s+|extremely\s+)?(?:slim|small|remote|long|low|against|stacked|about|around|"
    r"roughly|some|nearly|almost|perhaps|just|\d))|with\s+(?:moderate|medium)\s+confidence|"
    # a writer's central expectation, no certainty: "My base case is that the truce holds", "our central scenario"
    r"(?:base|central)\s+(?:case|scenario)|"
    # ... and the writer's own guess, wager or expectation: "my guess is that the coalition will collapse", "Our bet is the
    # talks fail", "Our expectation is that the court will rule in June"
    r"(?:my|our)\s+(?:(?:best|own|honest)\s+)?(?:guess|hunch|bet|expectation)\s+is", "medium"),
    # a possibility denied no more, first so that it wins over its "could": "cannot be ruled out",
    # "could not rule it out"; doubt, whose negation denies the certainty, not the forecast
    # (a quotation may open inside: 'would "not rule out" joining'); also in the perfect or the
    # passive: "has not been ruled out", "have not yet ruled out", "is not ruled out"
    (r"(?:can ?not|can['’]t|(?:could|do(?:es)?|did|will|would)\s+[\"“]?not|couldn['’]t|didn['’]t|won['’]t)"
     r"\s+(?:yet\s+)?(?:be\s+)?rul(?:e|ed)(?: (?:it|this|that|them))? out|"
     r"(?:(?:has|have|had|is|are|was|were)\s+not|(?:has|have|had|is|are|was|were)n['’]t)"
     r"\s+(?:yet\s+)?(?:been\s+)?ruled(?: (?:it|this|that|them))? out|"
     # a denial with nothing denied: "Nothing has been ruled out", "No option is ruled out", "we rule nothing out"
     r"(?:nothing|none|no\s+(?:\w+\s+){0,2}?\w+)\s+(?:has|have|had|is|are|was|were|will\s+be|can\s+be)\s+"
     r"(?:yet\s+)?(?:been\s+)?ruled out|rul(?:e|es|ed|ing)\s+nothing\s+out|" + _DOUBTS + "|"
     # "We can expect the talks to resume": the expectation is the cue, the ability adds no doubt
     r"may|maybe|might|could|can(?!\s+(?:now\s+|also\s+|still\s+|safely\s+)?expect\b)|possibly|perhaps|hopes?|hoped|hoping|(?<!no )(?<!little )doubt(?:s|ed|ing)?|doubtful|uncertain|uncertainty|"
     # doubt reported: "was sceptical that the border would reopen" (not "sceptical of rapid market opening")
     r"s[ck]eptical(?=\s+(?:that|whether|if)\b)|"
     # a possibility predicated, quoted or not: "a settlement is possible but not imminent", 'was "possible but
     # improbable"' (not "as soon as possible")
     r"(?:is|are|was|were|be|been|seems?|remains?|appears?)\s+[\"“]?(?:\w+\s+)?possible|"
     # the noun of an estimate: "There is a realistic possibility that ...", "with low confidence"
     r"possibilit(?:y|ies)|with\s+low\s+confidence|"
     # "at risk" is no hedge, nor what a cue forecasts: "neither side is likely to risk another crisis"
     r"unclear|potential(?:ly)?|(?<!at )(?<!to )(?<![-‐])risk(?![-‐])|seeks? to|aim(?:s|ed|ing)? to|considering|mulls?|whether|"
     # a desire to say is the speaker's framing of the words, as "I would say" is: "I want to say clearly: Kenya
     # will not walk away", "We want to make it clear that ..." (not "wants to join the bloc")
     r"wants? to(?!\s+(?:say|stress|emphasi[sz]e|underline|underscore|reiterate|repeat|state|tell|remind|assure|note|add|"
     r"point\s+out|be\s+(?:very\s+)?clear|make\s+(?:it\s+|this\s+)?(?:very\s+)?clear)\b)|"
     r"fears?|feared|worr(?:y|ies|ied)|remains? to be seen|"
     # hearsay of a plan: "Talks are rumoured for December" (what is rumoured may not happen)
     r"rumou?red|"
     # ... and a plan reported from hearsay: "The envoy is reportedly planning a visit", "is said to be preparing a
     # visit" (not "is understood to", the writer's own sourcing, no hedge)
     r"reportedly|(?:is|are|was|were)\s+said\s+to|"
     # a question the writer asks: "One wonders how much longer Brasília will tolerate ..."
     r"wonder(?:s|ed|ing)?(?=\s+(?:whether|if|how|what|when|why|who)\b)|"
     # an invitation, which the one invited may not take up: "invited the king to visit Lusaka next year", "was
     # invited to attend" (the invitation is the cue, not the verb of what it invites to; not "will invite", a plan,
     # nor "invited to the summit", an event invited to)
     r"invit(?:es|ed)(?=\s+(?:[\w'’.-]+\s+){0,5}?to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|"
     r"all|both|each|every|some|any)\b)[a-z])|"
     # ... also as a noun with the infinitive of what it invites to: "extended an invitation to the president to
     # visit Kenya later this year" (not "an invitation to the summit", nor "to President" before the infinitive;
     # nor one accepted, "accepted an invitation to visit", a plan)
     + "".join(rf"(?<!{v}\s{d}\s)" for v in ("accept", "accepts", "accepted", "accepting") for d in ("an", "the"))
     + r"invitations?(?=\s+(?:[\w'’.-]+\s+){0,6}?to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|"
     r"all|both|each|every|some|any)\b)(?-i:[a-z]))", "low"),
]
_PATTERNS = [(re.compile(rf"\b(?:{p})\b", re.I), level) for p, level in _CUES]
# the verb before readiness: "is ready to", "stands ready to", "said it was fully prepared to", "We're ready to"
_READY_AFTER = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am|remains?|remained|stands?|stood|declared|said)|"
                          r"['’](?:s|re|m))\s+(?:(?:now|still|already|fully|also|more\s+than|always|not|n['’]t)\s+)*$", re.I)
# a feeling compared, about the present, no hedge of a forecast: "why I'm less worried about the Strait than I was a
# year ago", "more worried than before" (not "less worried that the truce will collapse")
_COMPARED_FEELING = re.compile(r"\b(?:less|more|no\s+longer|not\s+as|not\s+so)\s+(?:\w+\s+)?$", re.I)
_FEELING_CLAUSE = re.compile(r"\s+(?:that|whether|if|lest)\b", re.I)
# a relative clause of amount or manner: "in such quantity as may be necessary", "as may be agreed"
_AS_MAY_BE = re.compile(r"\bas\s+$", re.I)
_MAY_BE = re.compile(r"\s+be\s+[a-z]+", re.I)
_NOT_WHETHER = re.compile(r"\bnot\s+(?:just\s+|only\s+|simply\s+|so\s+much\s+)?$", re.I)
_BUT = re.compile(r"\bbut\b", re.I)
_REGARDLESS = re.compile(r"\s+or\s+not\b|(?:\s+\S+){1,5}?\s+or\s+not\b", re.I)
_IDLE_CAN = re.compile(r"\s*(?:[,;.:!?]|$|\s(?:and|but|or)\b|\s+(?:say|tell|confirm|assure|add)\b)", re.I)
# a request put to the one asked: "can you tell us when the works will begin?", "Could you confirm whether ..."
_REQUEST = re.compile(r"\s+you\s+(?:please\s+)?(?:say|tell|confirm|assure|explain|update|give|outline|clarify|indicate|"
                      r"advise)\b", re.I)
# "Neither government could say when the border would reopen": a denied knowing is doubt, not an ability
_SAY_KNOW = re.compile(r"\s+(?:say|tell|know|predict|confirm|guarantee)\b", re.I)
# a modal's own hedging adverb right after it: "would probably", "could possibly", "will almost certainly",
# 'would "likely', "may well" (not "probably" further on: "will resume in March, probably in Geneva")
_MODALS = frozenset({"will", "shall", "would", "could", "can", "may", "might", "should", "'d", "’d", "'ll", "’ll"})
_OWN_ADVERB = re.compile(r"\s+[\"“]?(?:(?:almost|very|most|highly|quite)\s+)?(?:certainly|definitely|undoubtedly|"
                         r"probably|likely|possibly|perhaps|well)\b", re.I)
# ... and the adjective a copula after the modal rates the event by: "would be likely to", "could be
# expected to", "would not be almost certain to" (not "would be held", "would be able to")
_OWN_RATING = re.compile(r"\s+(?:not\s+|never\s+)?be\s+[\"“]?(?:(?:almost|very|most|highly|quite|near|nearly|virtually)\s+)?"
                         r"(?:(?:likely|unlikely|certain|sure|bound|doomed|probable|improbable)(?:\s+to)?|expected\s+to)\b", re.I)
# a perfect after a hedge, what it rates being past: "likely to have tested", "may have crossed", "could
# have been" (not "may have to leave", "could have consequences")
_PERFECT = re.compile(r"\s+(?:\w+ly\s+)?(?:not\s+)?(?:to\s+)?have\s+(?:\w+ly\s+)?(?:\w+ed|been|done|gone|seen|made|met|"
                      r"left|sent|lost|won|hit|struck|begun|fallen|risen|known|held|kept|told|said|got|run|brought|"
                      r"fled|led|taken|given|broken|flown|shot|built|drawn|thrown|spent|sold|paid)\b", re.I)
_QUESTION = re.compile(r"\?[\"'”’»)]*\s*$")
# a quoted question and its frame after it: '"... who will we complain to?" he asked.', '"Will it hold?" asked
# one diplomat in Accra.' (a short frame with no clause of its own)
_QUOTED_QUESTION = re.compile(r"\?\s*[\"”’»]\s*,?\s*(?:[\w’'.-]+\s+){0,6}[\w’'.-]+\s*[.!]?\s*$")
# the question an auxiliary opens: at the start of a clause ("But will ...", "Finally, can ..."), before its
# subject, with the question mark of its sentence or quotation ahead
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:(\"“‘]|\b(?:and|but|or|so|then|now|yet))\s*[\"“‘]?\s*$", re.I)
_SUBJECT_AFTER = re.compile(r"\s+(?:I|we|you|he|she|it|they|there|the|this|that|these|those|his|her|its|their|our|my|"
                            r"any|anyone|anybody|(?-i:[A-Z])[\w'’.-]*)\b", re.I)
_ASKS = re.compile(r"[^.!?]*\?")
# a noun in apposition to the whole clause before it, with its clause: ", a move that ...", ", a decision which ..."
_SUMMING_UP = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:move|step|decision|development|shift|change|measure|"
                         r"gesture|concession|setback|blow|signal|reversal|escalation|turn)\s+(?:that|which)\b", re.I)
_RATED_WOULD = re.compile(r"\bwould\s+[\"“]?(?:(?:almost|very|most|highly|quite)\s+)?(?:certainly|definitely|"
                          r"undoubtedly|probably|likely|possibly|perhaps)\b", re.I)
_LEAVE = re.compile(r"\s+I\b")
_UNABLE = re.compile(r"\s+not\b|['’]t\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s|\bbut\b", re.I)
# "doesn't", "isn't" (no word boundary before "n't")
_NEGATION = re.compile(r"\b(?:not|never|no longer|unlikely|won['’]t|no|neither|nobody|none|cannot)\b|n['’]t\b", re.I)
# a "no" that denies nothing: "will come no later than Sunday", "there is no doubt that"; the abbreviation of
# a number: "He said No 10 believed the deal would pass", "resolution No. 2231" (as denied() reads "No 10 said")
_NO_DENIAL_PHRASE = re.compile(r"\bno (?:(?:later|sooner|earlier|more|less) than|doubt)\b|\b(?-i:No)\.?\s?(?=\d)", re.I)
# doubt denied, which is certainty: "nobody should doubt that we will use it", "do not doubt"
_UNDOUBTED = re.compile(r"\b(?:nobody|no one|not|never|n['’]t)\s+(?:(?:should|can|could|would|will|need|must)\s+)?"
                        r"doubt(?:s|ed)?\b", re.I)
# cues that deny what they forecast: "unlikely", "little chance", "ruled out"
# entities whose words are no cue: the month in "talks in May", "Will Ferrell", "the Can Tho port"
_NAMED = frozenset({"DATE", "TIME", "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT",
                    "WORK_OF_ART"})
# the noun "will": "the political will to", "the will of the people", "goodwill"
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})
# words after a cue that say no more than the cue: "will spare no effort", "would not be surprised"
_NO_DENIAL = re.compile(
    r"\s+[\"“]?(?:spare\s+no\b|have\s+no\s+(?:choice|option|alternative)\b|not\s+be\s+surprised\b|(?:not\s+)?hesitate\b|"
    # litotes: "would not go unanswered", "will not remain unpunished"
    r"not\s+(?:go|be|remain|pass|be\s+left)\s+un(?:answered|punished|noticed|challenged|heeded)\b)", re.I)
# a desire (want, seek, aim) denied is a present state, no hedge: "does not want to be seen as
# soft"; after "will" it is what the forecast says: "nobody will want to pay the price", "would
# never seek to divide"
_UNWANTED = re.compile(r"(?:not|n['’]t|never|will|would|shall|['’]ll)\s+[\"“]?$", re.I)
# a clause that "nor" opens denies: "Nor is China likely to abandon its claims" (not "neither
# confirm nor deny")
_NOR = re.compile(r"\bnor\s+(?:is|are|was|were|will|would|does|do|did|can|could|should|shall|has|have|had|may|might|must)\b",
                  re.I)
_DOUBT = re.compile(_DOUBTS, re.I)
# a surprise foreseen denies what would cause it: "I would be surprised if either side retaliates"
# is "I do not expect either side to retaliate" (while "would not be surprised" denies nothing)
_SURPRISED = re.compile(r"\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+|very\s+|quite\s+)?surprised\s+(?:if|that)\b", re.I)
# adverbs between a cue and its negation: "will almost certainly not return", "would probably never"
_ADVERBS = re.compile(r"(?:\s+[\"“]?(?:almost|very|most|quite|certainly|definitely|surely|probably|likely|possibly|"
                      r"perhaps|clearly|still|also|now|then|again|ultimately|eventually|therefore|however|simply|"
                      r"really|just))*", re.I)
# verbs of belief whose denial denies what they report: "does not believe that the vote will"
_BELIEFS = frozenset({"believe", "believes", "think", "thinks", "consider", "considers"})
# ... and in the past, as a belief denied may be told: "Nobody in this region believed a text would be initialled"
_BELIEFS_TOLD = _BELIEFS | {"believed", "thought", "considered",
                             # ... and in the plain form an advice's "should" is on: "should not imagine the bank will"
                             "imagine", "assume", "suppose"}
# verbs of saying or knowing an advice's "should" may be on: "it should say plainly that it will"
# verbs of a report conceded after "though": "..., though she conceded that wealthy states were unlikely to"
_CONCEDINGS = frozenset({"acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes", "accepted",
                         "accepts", "said", "says", "added", "adds", "noted", "notes", "recognised", "recognized",
                         "warned", "warns", "cautioned"})
_SAYINGS = frozenset({"say", "state", "declare", "tell", "announce", "explain", "confirm", "acknowledge", "admit",
                      # ... and of knowing: "Our neighbours should know that Djibouti will never be used"
                      "know", "understand", "realise", "realize", "recognise", "recognize", "remember", "note",
                      # ... and of belief: "Nobody should think this crisis will be over by spring" (high, negated)
                      "think", "believe", "assume", "imagine", "suppose",
                      # ... and of making plain: "Seoul should stress that the drills will continue", "should warn
                      # Pyongyang that any test will be met with sanctions" ("make clear": _MADE_CLEAR)
                      "stress", "emphasise", "emphasize", "insist", "warn", "signal", "reiterate", "repeat", "assure",
                      "reassure", "clarify", "underline", "underscore", "communicate"})
# the word that makes a "make" one of saying: "Washington should make clear that any contact will be coordinated",
# "should make it plain that"
_MADE_CLEAR = frozenset({"clear", "plain", "known"})
# ... and of telling more, whose object an advice may make a question: "should explain how", "should publish when"
_TELLINGS = _SAYINGS | {"explain", "outline", "detail", "specify", "publish", "disclose", "reveal", "describe", "indicate",
                        "show", "ask"}
# ... also with "out": "should set out how it will respond", "spell out what it will do", "lay out when"
_OUT_TELLINGS = frozenset({"set", "spell", "lay", "map"})
# the modals of an advice or an order
_ADVICE = frozenset({"should", "must", "ought"})
# the words that open a question put as an object: "how it will respond", "what it will do", "whether it will attend"
_QUESTION_OPENERS = frozenset({"how", "what", "when", "where", "whether", "if", "which", "why", "who", "whom"})
# a clause that gives a reason, no hedge of the forecast: "will not ..., because Riyadh fears retaliation"
_REASON_MARKS = frozenset({"because"})
_NEGATIVE_CUE = re.compile(r"^(?:unlikely|improbable|(?:hard|difficult)\s+to\s+\w+|won['’]t|(?:little|slim|small|remote|zero) chance|least\s+likely|"
                           r"(?:is|are|was|were|remains?|looks?|seems?)\s+(?:very\s+|extremely\s+)?(?:slim|small|remote)|"
                           r"a\s+(?:very\s+)?(?:slim|small|remote)\s+one|rul\w* out)$", re.I)
# a rating after its chance: "are slim", "a small one" are cues only where a chance (the odds, the prospects)
# stands before them in the clause ("the majority is slim" is none)
_RATED = re.compile(r"^(?:(?:is|are|was|were|remains?|looks?|seems?)\s+(?:very\s+|extremely\s+)?(?:slim|small|remote)|"
                    r"a\s+(?:very\s+)?(?:slim|small|remote)\s+one)$", re.I)
_CHANCE_BEFORE = re.compile(r"\b(?:chances?|odds|prospects?)\b[^.;:!?]{0,80}$", re.I)
# an ability in the passive with the time it takes: "can be activated within weeks", "can be deployed
# within 48 hours" say what is possible, no hedge of a forecast (not "could be", nor "can be reached by Friday")
_ABLE_WITHIN = re.compile(r"\s+be\s+[a-z]+(?:ed|en|wn|t)\s+(?:[a-z]+\s+){0,3}?within\b", re.I)


# a probability the forecast states: "a 70 per cent chance that", "a 20-30% probability", "a
# one-in-three chance", "the odds of a recession at about 60%": its figure (a range by its
# midpoint) gives the level, 0.7 and over high, 0.4 and over medium, below low
_NUMBERS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
_PERCENT = (r"(?P<low>\d{1,3}(?:\.\d+)?)(?:\s*%?\s*(?:-|–|to)\s*(?P<high>\d{1,3}(?:\.\d+)?))?"
            r"\s*(?:%|per\s*cent\b|percent\b)")
_ONE_IN = rf"(?P<num>\d+|{'|'.join(_NUMBERS)})[\s-]+in[\s-]+(?P<den>\d+|{'|'.join(_NUMBERS)})"
_PROBABILITY = re.compile(
    rf"\b(?:{_PERCENT}|{_ONE_IN})[\s-]+(?:chance|probability|likelihood|odds)\b"
    # even odds: "It is even odds whether the coalition survives", "a fifty-fifty chance"
    r"|\b(?P<even>even\s+odds|(?:fifty[-\s]fifty|50[-/]50)\s+(?:chance|probability|odds))\b"
    r"|\b(?:chances?|probability|likelihood|odds)\s+(?:(?:of|that)\b[^,;:.]{0,100}?\b)?(?:at|of|is|are|was|were)"
    # an aside between: "The chances that ... are, in our judgement, about one in five"; or the
    # chance rated in words first: "the chances that ... are remote, about one in ten"
    r"(?:\s*,[^,;:.]{1,30},|\s+(?:very\s+)?[a-z]+\s*,)?\s+"
    rf"(?P<figure>(?:about|around|roughly|some|nearly|almost|perhaps|just\s+(?:over|under)|)\s*(?:{_PERCENT.replace('?P<low>', '?P<low2>').replace('?P<high>', '?P<high2>')}"
    rf"|{_ONE_IN.replace('?P<num>', '?P<num2>').replace('?P<den>', '?P<den2>')}\b))"
    # a writer's own rating of the outcome, with no chance named: "I'd say 15%", "I'd give 35% to a new round",
    # "I'd put that at 80%", "we would put it at about 40 per cent" (not "15% of the vote")
    r"|\b(?:I|we)(?:['’]d|\s+would)?\s+(?:\w+ly\s+)?(?:say|give|put|rate|peg|place)(?:\s+(?:it|that|this|them))?"
    r"(?:\s+at)?\s+"
    rf"(?P<figure3>(?:about|around|roughly|some|nearly|almost|perhaps|maybe|)\s*{_PERCENT.replace('?P<low>', '?P<low3>').replace('?P<high>', '?P<high3>')})"
    r"(?!\s*of\b)",
    re.I,
)


def _stated_probability(text: str) -> tuple[str, str, int, int] | None:
    """The level and the words of a probability the sentence states, and where they start and end,
    or None."""
    m = _PROBABILITY.search(text)
    if m is None:
        return None
    groups = m.groupdict()
    if groups["even"]:
        value = 0.5
    elif groups["num"] or groups["num2"]:
        num, den = (int(_NUMBERS.get(g.lower(), g)) for g in (groups["num"] or groups["num2"], groups["den"] or groups["den2"]))
        if not den or num > den:
            return None
        value = num / den
    else:
        low, high = groups["low"] or groups["low2"] or groups["low3"], groups["high"] or groups["high2"] or groups["high3"]
        value = (float(low) + float(high or low)) / 200
        if value > 1:
            return None
    # the cue is the figure itself, not the chance it rates ("about one in ten", not "chances that ... at about one in ten")
    figure = groups["figure"] or groups["figure3"]
    words = figure.strip() if figure else m.group(0)
    return ("high" if value >= 0.7 else "medium" if value >= 0.4 else "low"), words, m.start(), m.end()


@dataclass(frozen=True)
class Certainty:
    level: str
    cue: str
    negated: bool


def forecast_certainty(sent: Span) -> Certainty | None:
    """The certainty of the forecast ``sent`` makes, or None when it has no cue: that of its cues
    (``_cued_certainty``), else a plan's (``_plan_certainty``)."""
    return _cued_certainty(sent) or _plan_certainty(sent)


# a plan announced with no cue of its own: a decision or an agreement to act, an event arranged or on its way ("Decides to
# undertake a field mission", "agreed to meet in the coming weeks", "at its next session, to be held in January", "The
# next round is already being prepared", "But it's coming."); not "agreed to a truce", "is coming under pressure"
_PLAN = re.compile(
    r"\b(?:decide[sd]?|agree[sd]?)\s+(?:not\s+)?to(?=\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|"
    r"all|both|each|every|some|any)\b)[a-z])|\bto\s+be\s+held\b|"
    r"\b(?:is|are|was|were|['’]s|['’]re)\s+(?:(?:also|still|now|already|finally)\s+)?(?:being\s+(?:prepared|planned|"
    r"organi[sz]ed|arranged)|coming(?!\s+(?:from|under|out\s+of|to\s+terms)\b))\b", re.I)
_BEFORE_PLAN = re.compile(r"^(?:is|are|was|were|['’]s|['’]re)\s+(?:(?:also|still|now|already|finally)\s+)?", re.I)


def _plan_certainty(sent: Span) -> Certainty | None:
    """A plan's certainty where the sentence has no other cue: high, its words the cue ("Decides to", "agreed
    to", "to be held", "being prepared", "coming"), negated where its clause denies it ("has not agreed to meet");
    not in a question, nor an infinitive's "to" the parse takes for a preposition ("agreed to further talks")."""
    text = span_text(sent)
    if _QUESTION.search(text):
        return None
    for m in _PLAN.finditer(text):
        span = _parsed_span(sent, m)
        if m.group(0).lower().endswith(" to") and span is not None and span[-1].dep_ not in {"aux", "mark"}:
            continue
        return Certainty(level="high", cue=_BEFORE_PLAN.sub("", m.group(0)), negated=_denies(sent, text, m, "high"))
    return None


def _cued_certainty(sent: Span) -> Certainty | None:
    """The certainty the cues of ``sent`` give, or None when it has none."""
    # same length, so that offsets hold: "nobody should doubt" is neither a hedge nor a denial
    text = _UNDOUBTED.sub(lambda m: "x" * len(m.group(0)), span_text(sent))
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for pattern, level in _PATTERNS:
        for m in pattern.finditer(text):
            if _RATED.match(m.group(0)) and not _CHANCE_BEFORE.search(text[: m.start()]):
                continue  # "the majority is slim": no chance rated
            if not _names_something_else(sent, m):
                found.append((_LEVELS[level], m.start(), level, m))
    # "Will the Minister assure the House ...?", "but may I press him on ...?": an auxiliary that opens a
    # question asks, it rates nothing (the question is low, its cue "?"); "may I" asks leave, even unasked
    found = [f for f in found if not _opens_question(text, f[3])]
    # "And the briefing tomorrow?": a time ahead in a question rates nothing, the question is low, its cue "?"
    found = [f for f in found if not (_TIME_AHEAD.fullmatch(f[3].group(0)) and _QUESTION.search(text))]
    stated = _stated_probability(text)
    matched = list(found)
    if not found:
        if stated:
            return Certainty(level=stated[0], cue=stated[1], negated=False)
        # "Is that related to the dispute?" labelled a forecast: a question is low whatever its verb
        return Certainty(level="low", cue="?", negated=False) if _QUESTION.search(text) else None
    # "whether Mogadishu likes it or not": regardless, no doubt
    found = [f for f in found if not (f[3].group(0).lower() == "whether" and _REGARDLESS.match(text, f[3].end()))] or found
    # "The question is not whether India will keep both ties but how each is likely to change": a "whether"
    # denied for a "but" is no doubt, even alone
    found = [f for f in found if not (f[3].group(0).lower() == "whether" and _NOT_WHETHER.search(text, 0, f[3].start())
                                      and _BUT.search(text, f[3].end()))]
    # "cooperate where we can, disagree where we must", "What I can say is that ... will": an
    # ability beside the forecast, no hedge of it
    found = [f for f in found if not (f[3].group(0).lower() == "can" and _IDLE_CAN.match(text, f[3].end()))] or found
    # "we will probably never be independent of imports, but we can diversify": "can" in a main clause
    # of its own, with no time of its own, is an ability, a present stance beside the forecast
    found = [f for f in found if not (f[3].group(0).lower() == "can" and _ability_beside(sent, text, f[3]))] or found
    # "can you tell us when the works will begin?": the request's modal asks, the forecast's cue is the clause's
    found = [f for f in found if not (f[3].group(0).lower() in {"can", "could", "would", "will"}
                                      and _REQUEST.match(text, f[3].end()))] or found
    # "N'Djamena could not carry that burden alone, and it hoped that ... would": an ability denied
    # is a present state beside the forecast, no hedge of it
    # ... also where its subject denies it: "neither can decouple from the other"
    found = [f for f in found if not (f[3].group(0).lower() in {"can", "could"}
                                      and (_UNABLE.match(text, f[3].end())
                                           or (_denied_subject(sent, f[3]) and not _SAY_KNOW.match(text, f[3].end()))))] or found
    # "No country wants to be forced to choose, and none will": a desire a subject denies is no hedge either
    found = [f for f in found if not (f[3].group(0).lower().startswith(("want", "seek", "aim"))
                                      and (_UNWANTED.search(text[max(0, f[3].start() - 12) : f[3].start()])
                                           or _denied_subject(sent, f[3])))]
    # "he will risk a confrontation", "would not risk a crisis": the verb after the modal is what is
    # forecast, no hedge of it (as "to risk" after another cue is)
    found = [f for f in found if not (f[3].group(0).lower() == "risk"
                                      and _UNWANTED.search(text[max(0, f[3].start() - 12) : f[3].start()]))] or found
    # "I don't see the point", "hard to see from the road": a sight with no event in "-ing" seen is no forecast
    found = [f for f in found if not (_SEEING.search(f[3].group(0)) and not _event_seen(sent, f[3]))]
    # "The delay is due to bad weather": "due to" a noun phrase is a cause, no schedule
    found = [f for f in found if not (f[3].group(0).lower().endswith("due to") and _due_to_a_cause(sent, f[3]))]
    # "a ceasefire due to begin on 1 October": "due to" on a noun is a schedule only before an infinitive
    # (not "flights were cancelled due to rising costs", a cause)
    found = [f for f in found if not (f[3].group(0).lower() == "due to" and not _due_on_a_noun(sent, f[3]))]
    # "will almost certainly not deliver", "would probably agree", "could possibly reopen": a modal's own
    # hedging adverb, not the modal, says how sure (as after "would almost certainly")
    found = [f for f in found if not _own_adverb_after(text, f[3], found)]
    # "Asked whether the talks could resume, she said ...": the question put to a speaker forecasts nothing
    found = [f for f in found if not _asked(sent, f[3])]
    # "The ministry should set out how it will respond": an advice or an order to tell what is a question forecasts
    # nothing, neither its "should" nor a cue in the question, even alone
    found = [f for f in found if not _advised_question(sent, f[3])]
    # "If borders can be redrawn by force here, no state is safe": an ability supposed in a condition
    # forecasts nothing
    found = [f for f in found if not (f[3].group(0).lower() == "can" and _in_condition(sent, f[3]))]
    # "said tonight that ...": the evening of a past verb is no plan (while "will sign tonight" is)
    found = [f for f in found if not (f[3].group(0).lower() == "tonight" and _on_past_verb(sent, f[3]))]
    # "the option can be activated within weeks": an ability and the time it takes, no hedge, even alone
    found = [f for f in found if not (f[3].group(0).lower() == "can" and _ABLE_WITHIN.match(text, f[3].end()))]
    # "at a price his treasury can afford": an ability in a clause on a noun hedges nothing, even alone
    found = [f for f in found if not (f[3].group(0).lower() == "can" and _idle_word(sent, f[3]))]
    # "said that Israel could not allow Hezbollah to rearm": an ability or permission denied in what was
    # said, the past of "cannot", hedges nothing, even alone (not with a time of its own: "said the
    # truce could not hold beyond March"; "could not be ruled out" is another cue)
    found = [f for f in found if not (f[3].group(0).lower() == "could" and _UNABLE.match(text, f[3].end())
                                      and _reported_inability(sent, f[3]))]
    # "Moscow was ready to expand the drills": readiness after a copula (not "troops ready to deploy")
    found = [f for f in found if not (f[3].group(0).lower() in {"ready", "prepared"}
                                      and not _READY_AFTER.search(text, 0, f[3].start()))]
    # "I'm less worried about the Strait than I was a year ago": a feeling compared is about the present
    found = [f for f in found if not (f[3].group(0).lower().startswith("worr")
                                      and _COMPARED_FEELING.search(text, 0, f[3].start())
                                      and not _FEELING_CLAUSE.match(text, f[3].end()))]
    # 'included language on "considering the aspirations" of its people', "Considering the risks, ...": "considering"
    # under a preposition, or as one, takes into account, it plans nothing, even alone (not "is considering sanctions")
    found = [f for f in found if not (f[3].group(0).lower() == "considering" and _taking_into_account(sent, f[3]))]
    # "such quantity as may be necessary": a clause of amount or manner hedges nothing, even alone
    found = [f for f in found if not (f[3].group(0).lower() in {"may", "might"} and _AS_MAY_BE.search(text, 0, f[3].start())
                                      and _MAY_BE.match(text, f[3].end()))]
    if not found:
        return None
    # "Japan is another worry.", "There are fewer doubts now": the noun "worry" or "doubts" with
    # nothing worried about or doubted is no cue, even alone
    found = [f for f in found if not _idle_worry(sent, f[3])]
    if not found:
        return Certainty(level=stated[0], cue=stated[1], negated=False) if stated else None
    # "It is unlikely that the line will be energised ..., and the risk of cost overruns is rated as moderate": a
    # risk rated is a rating of a thing, no forecast's cue, where an estimate governs the forecast's clause
    found = [f for f in found if not _rated_risk(sent, f[3])
             or not any(_ESTIMATE_WORD.fullmatch(g[3].group(0)) for g in found)] or found
    # "a trade war that nobody can win", "out of fear": a word that hedges nothing the sentence forecasts
    found = [f for f in found if not _idle_word(sent, f[3])] or found
    # "North Korea is likely to have tested a new engine, and it will launch a satellite in May": a hedge
    # on a perfect rates a past event, not the forecast beside it (not "will have finished by June")
    found = [f for f in found if not (f[3].group(0).lower() not in {"will", "'ll", "’ll", "shall"}
                                      and _PERFECT.match(text, f[3].end()))] or found
    # "The Meteorological Department forecast a normal monsoon on April 15, which ... would spare": a
    # forecast made in the past, with its object, is a report of it; the modal of what looks forward is the cue
    found = [f for f in found if not _forecast_reported(sent, f[3])] or found
    # "US forces would almost certainly be involved, and Tokyo would have to decide within hours": a bare "would"
    # after one rated by its own adverb is the same supposed course of events, rated by that adverb
    found = [f for f in found if not (f[3].group(0).lower() == "would" and not _OWN_ADVERB.match(text, f[3].end())
                                      and _RATED_WOULD.search(text, 0, f[1]))] or found
    # "If Ankara wants to ..., we are ready tomorrow", "the ministry, which forecasts growth, said it
    # would not ...": a condition or a clause on the subject does not hedge the main clause
    found = [f for f in found if not _aside(sent, f[3])] or found
    # "would reward that hostility at the very moment Russia is supplying the North with air-defense systems and
    # possibly missile technology": a hedge on what is so rates no forecast
    found = [f for f in found if not _hedged_fact(sent, f[3], found)] or found
    # "would not be told whom they may deal with": what someone may or can do, beside the forecast
    found = [f for f in found if not _wh_object_modal(sent, f[3])] or found
    # "Turkey will sign the deal next month, the minister said, a move that analysts said could cut prices": a noun
    # after the main clause that sums it up comments on it, reported or not; the main clause's cue wins
    if summary := _SUMMING_UP.search(text):
        found = [f for f in found if f[1] < summary.start()] or found
    # "will decide whether the calm holds", "nobody should expect us to": a cue in what another
    # forecasts, or the advice on an expectation, says no more than the cue it hangs on
    settled = [f for f in found if _under_cue(sent, f[3], found)]
    found = [f for f in found if f not in settled and not _in_settled_clause(sent, f[3], settled)] or found
    # of two cues as sure, the one that denies a second predicate of the subject or a second
    # clause of one report: "would welcome a deal but was unlikely to take part", "would be
    # discussed but would not dominate", "said X could ..., and that Y might not be decided" (not
    # another main clause: "are likely to talk, but joint patrols remain improbable")
    # "Both leaders want to keep the diplomacy going, but the dispute could resurface": of two cues
    # as sure, a desire, a present state, yields to a modal of what may come
    # "They will keep talking, and I suspect the government will fall by spring": a sure cue under the speaker's own
    # belief counts as medium (``_own_belief``), so the clause it hedges is the most hedged (a cue of its own as hedged
    # first: "I believe we will do so again, probably next year": "probably")
    believed = {f[1] for f in found if f[2] == "high" and _own_belief(sent, f[3]) is not None}
    least = [f for f in found if f[0] == min(g[0] for g in found)]
    if any(not f[3].group(0).lower().startswith(("want", "seek", "aim")) for f in least):
        found = [f for f in found if not (f in least and f[3].group(0).lower().startswith(("want", "seek", "aim")))]
    _, _, level, match = min(found, key=lambda f: (_LEVELS["medium"] if f[1] in believed else f[0], f[1] in believed,
                                                   not (_joined_predicate(sent, f[3])
                                                              and _denies(sent, text, f[3], f[2])), f[1]))
    if (_NO_DENIAL.match(text, match.end()) or (level == "low" and match.group(0).lower().endswith(" out"))
            or _DOUBT.match(text, match.start())):
        # "will spare no effort", "would not be surprised", "cannot be ruled out": a denial of a
        # denial; "not sure", "has not confirmed": doubt of the forecast, not its denial
        level, cue = stated[:2] if stated else (level, _cue_words(match.group(0)))
        return Certainty(level=level, cue=cue, negated=False)
    negated = _denies(sent, text, match, level)
    # "We assess with moderate confidence that Beijing will not confront Hanoi": the estimate sets the
    # level, the modal of the clause it estimates says whether the forecast is denied (not that of a
    # second verb joined to it: "hope they will implement it and will not let ...")
    chosen = _parsed_span(sent, match)
    negated = negated or any(
        _denies(sent, text, f[3], f[2]) for f in settled
        if f[3].group(0).lower() in {"will", "would"} and chosen is not None
        and (modal := _parsed_span(sent, f[3])) is not None and modal[0].head.dep_ != "conj"
        and _estimated(modal[0], [chosen.root]))
    cue = _cue_words(match.group(0))
    if _TIME_AHEAD.fullmatch(match.group(0)) and (verb := _verb_of_time(sent, match)) is not None:
        cue = verb.text  # "agreed to hold next year's summit": a time ahead sets the level, its verb is the cue
    if stated:
        level, cue = stated[:2]  # "a 70 per cent chance that the kwacha will": the figure says how sure
        # what the figure rates is the forecast of its chance's own clause, its cue inside the
        # figure's words or the first after them ("The chances that the Council will collapse are
        # about one in five, but ... would almost certainly not": not negated)
        # (not the rating the figure says in numbers: "are slim, perhaps 20 per cent" denies nothing)
        own = ([f for f in matched if stated[2] <= f[1] < stated[3] and not _RATED.match(f[3].group(0))]
               or sorted((f for f in found if f[1] >= stated[3]), key=lambda f: f[1])[:1])
        if own:
            negated = _denies(sent, text, own[0][3], own[0][2])
    if level == "high" and (belief := _own_belief(sent, match)) is not None:
        # "I don't think either will try to block it", "We believe the vote will pass": the speaker's own belief
        # hedges the forecast it holds, medium (its cue the belief), negated where the belief is denied
        level, cue = "medium", belief.text
    if text.rstrip().rstrip("\"'”’»)").endswith("?") or (
            (asked := _QUOTED_QUESTION.search(text)) and match.start() < asked.start()):
        # "Will the two sides agree to talks?": a question asserts nothing, it asks whether; so does one
        # quoted, its cue inside the quotation ('"... who will we complain to?" he asked')
        level = "low"
    return Certainty(level=level, cue=cue, negated=negated)


# ... also a suspicion or a reckoning: "But I suspect Beijing will continue", "I reckon the deal will be signed"
_OWN_BELIEFS = frozenset({"think", "believe", "suspect", "reckon", "suppose", "guess"})


def _clause_and_head(cue: Token) -> tuple[Token, Token]:
    """The clause a cue word stands in (its verb for an auxiliary, a predicate adjective or an adverb,
    the first of joined verbs) and the word that clause hangs on: a belief verb where the clause is
    its complement ("We believe [the vote will pass]")."""
    clause = cue.head if cue.dep_ in {"aux", "auxpass", "acomp", "advmod"} else cue
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause, clause.head


def _own_belief(sent: Span, match: re.Match[str]) -> Token | None:
    """The verb of the speaker's own belief, "I" or "we" its subject, whose clause holds a cue ("think" in "I don't
    think either will try", "believe" in "We believe the vote will pass"); None for another's belief ("Analysts
    believe ... will") or without the parse."""
    span = _parsed_span(sent, match)
    if span is None:
        return None
    clause, belief = _clause_and_head(span.root)
    if (clause.dep_ == "ccomp" and belief.lower_ in _OWN_BELIEFS and not _semicolon_between(clause, belief)
            and any(c.dep_ == "nsubj" and c.lower_ in _SPEAKERS for c in belief.children)):
        return belief
    return None


# the times ahead that are cues of a plan (the verb they hang on is the cue's word: a time is no cue)
_TIME_AHEAD = re.compile(r"tomorrow|tonight|upcoming|next \w+|later this \w+", re.I)
_CLAUSES = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "csubj", "parataxis"})


def _verb_of_time(sent: Span, match: re.Match[str]) -> Token | None:
    """The verb of the clause a time ahead hangs on: "hold" in "agreed to hold next year's summit", "'s" in
    "There's no briefing tomorrow"; None without the parse."""
    span = _parsed_span(sent, match)
    if span is None:
        return None
    token = span.root
    for _ in range(8):
        if token.dep_ in _CLAUSES and token not in span:
            return token
        if token.head.i == token.i:
            return token if token not in span else None
        token = token.head
    return None


def _opens_question(text: str, match: re.Match[str]) -> bool:
    """Whether a cue is the auxiliary that opens a question, before its subject ("Will the Minister
    assure ...?", "Finally, can he confirm ...?"), or the "may I" of a request for leave."""
    word = match.group(0).lower()
    if word in {"may", "might"} and _LEAVE.match(text, match.end()):
        return True
    return (word in _MODALS and _CLAUSE_OPENS.search(text, 0, match.start()) is not None
            and _SUBJECT_AFTER.match(text, match.end()) is not None and _ASKS.match(text, match.end()) is not None)


def _own_adverb_after(text: str, match: re.Match[str], found: list[tuple[int, int, str, re.Match[str]]]) -> bool:
    """Whether a cue is a modal right before its own hedging adverb, which is a cue found too and
    says how sure in its place ("would probably agree": "probably"; "could possibly reopen":
    "possibly"; "will almost certainly back it": "almost certainly")."""
    if match.group(0).lower() not in _MODALS:
        return False
    adverb = _OWN_ADVERB.match(text, match.end()) or _OWN_RATING.match(text, match.end())
    return adverb is not None and any(f[3] is not match and match.end() < f[3].end() <= adverb.end() for f in found)


_QUOTE_MARK = re.compile(r"\s*[\"“]\s*")
# the words before the hedge itself: "would almost certainly", "was possible" (the copula of a predicated possibility)
_NOT_THE_HEDGE = re.compile(r"^(?:would\s+(?=(?:almost\s+)?certainly\b)|"
                            r"(?:is|are|was|were|be|been|seems?|remains?|appears?)\s+(?=(?:\w+\s+)?possible$))", re.I)


def _cue_words(cue: str) -> str:
    """The hedge word or phrase of a cue's match, without a quotation mark ('would "not rule out' ->
    "would not rule out"), the modal an estimative adverb follows ('would "almost certainly' ->
    "almost certainly") or the copula a possibility is predicated by ('was "possible' -> "possible")."""
    return _NOT_THE_HEDGE.sub("", _QUOTE_MARK.sub(" ", cue).strip())


def _denies(sent: Span, text: str, match: re.Match[str], level: str) -> bool:
    """Whether a cue denies what it forecasts, by the words around it within its clause: in "If
    they do not, Washington may ..." and "Neither side wants a war, and both are likely to ..."
    the negation is another clause's. Not a denial of a denial ("will spare no effort", "cannot
    be ruled out") nor doubt ("not sure", "has not confirmed")."""
    if (_NO_DENIAL.match(text, match.end()) or (level == "low" and match.group(0).lower().endswith(" out"))
            or _DOUBT.match(text, match.start())):
        return False
    text = _NO_DENIAL_PHRASE.sub(lambda m: "x" * len(m.group(0)), text)  # same length: offsets hold
    before = _CLAUSE_BREAK.split(text[max(0, match.start() - 25) : match.start()])[-1]
    after_adverbs = text[match.end() : _ADVERBS.match(text, match.end()).end()]
    if match.group(0).lower() == "whether":
        before = ""  # "has not said whether it will send": what is denied is the knowing, not the forecast
    start = _ADVERBS.match(text, match.end()).end()  # "will almost certainly not"
    after = _CLAUSE_BREAK.split(_whole_words(text, start, start + 12))[0]
    if _NEGATION.search(before) and (_denial_of_joined_verb(sent, match, match.start() - len(before), match.start())
                                     or _denial_in_subject(sent, match, match.start() - len(before), match.start())):
        before = ""  # "had not been settled and could flare up", "Fines for not voting may": another verb's
    around = before + match.group(0) + after_adverbs + after
    if (_NEGATION.search(after) and not _NEGATION.search(before + match.group(0) + after_adverbs)
            and _denial_below(sent, match, start, start + len(after))):
        around = before + match.group(0) + after_adverbs  # "may feel it no longer needs": a clause below denies
    return (bool(_NEGATION.search(around)) or bool(_NOR.search(around)) or bool(_NEGATIVE_CUE.match(match.group(0)))
            or bool(_SURPRISED.match(text, match.end())) or _denied_subject(sent, match)
            or _joined_under_cannot(sent, match))


_EXPECTING = frozenset({"expect", "predict", "anticipate", "foresee"})


def _joined_under_cannot(sent: Span, match: re.Match[str]) -> bool:
    """Whether an expectation in the plain form is a verb joined, with no subject of its own, under a
    denied "can" further back than the words around the cue reach: "The bloc cannot keep asking the
    parties to engage and expect results" (not "cannot keep asking, and the bloc expects results").
    Needs the dependency parse."""
    span = _parsed_span(sent, match)
    if span is None or len(span) != 1 or span[0].lower_ not in _EXPECTING:
        return False
    verb = span[0]
    for _ in range(4):
        if verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return False
        verb = verb.head
        if any(c.dep_ == "neg" for c in verb.children) and any(
                c.dep_ == "aux" and c.lower_ in {"can", "could"} for c in verb.children):
            return True
    return False


_NOT_EVENTS = frozenset("nothing anything something everything thing king spring morning evening ceiling".split())
_SEEING = re.compile(r"^(?:(?:hard|difficult)\s+to\s+)?(?:see|imagine|envisage|envision)$", re.I)


def _event_seen(sent: Span, match: re.Match[str]) -> bool:
    """Whether a verb of seeing or imagining has an event in "-ing" for its object, what is
    expected to happen: "I don't see Ankara agreeing to it", "hard to imagine the two sides
    signing", "can't see the junta handing over power" (not "I don't see the point", "I cannot
    imagine a worse outcome"). Needs the dependency parse."""
    span = _parsed_span(sent, match)
    if span is None:
        return False
    verb = span[-1]
    if any(c.dep_ == "aux" and c.lower_ in {"did", "had", "has", "have"} for c in verb.children):
        return False  # a sight in the past: "Observers did not see the convoy leaving the base"

    def event(word: Token) -> bool:  # the parse has no tags: a verb in "-ing", not "nothing", "spring"
        return word.text.endswith("ing") and word.text.islower() and word.lower_ not in _NOT_EVENTS

    return any(event(c) and c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children) or any(
        event(g) and g.dep_ == "acl" for c in verb.children if c.dep_ == "dobj" for g in c.children)


def _due_to_a_cause(sent: Span, match: re.Match[str]) -> bool:
    """Whether "is due to" goes on with a noun phrase, a cause ("The delay is due to bad weather",
    "is due to rising costs"), not a verb of what is scheduled ("is due to meet"). Needs the
    dependency parse."""
    span = _parsed_span(sent, match)
    if span is None or span[-1].lower_ != "to":
        return False
    # the infinitive's "to" (the tagger is off: the parse tells); a day or time after it in its clause is a
    # schedule whatever the parse ("is due to brief troop-contributing countries on Tuesday"; not one of a clause
    # joined after it: "is due to bad weather, and the ship will arrive next week")
    return span[-1].dep_ != "aux" and not any(e.label_ in {"DATE", "TIME"} and e.start >= span.end
                                              and _in_clause_of(e.root, span[0].head) for e in sent.ents)


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs on ``verb`` without a clause of its own between them. Needs the dependency parse."""
    while token.i != verb.i:
        if token.dep_ in {"conj", "ccomp", "advcl", "relcl", "parataxis"} or token.head.i == token.i:
            return False
        token = token.head
    return True


def _due_on_a_noun(sent: Span, match: re.Match[str]) -> bool:
    """Whether "due to" without a copula is a schedule on a noun, an infinitive after it ("a bilateral
    ceasefire due to begin on 1 October", "With the talks due to resume on Monday"), not a cause ("were
    cancelled due to rising costs"), nor a past copula's ("days before the parliament was due to convene": the
    copula's "is due to" is the present's alone). Needs the dependency parse; without it, False."""
    span = _parsed_span(sent, match)
    return (span is not None and span[-1].lower_ == "to" and span[-1].dep_ == "aux" and span[0].dep_ != "acomp"
            and span[-1].head.dep_ == "xcomp" and span[-1].head.head.i == span[0].i)


def _joined_predicate(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue stands in a predicate joined to another without a subject of its own ("was
    unlikely" in "the bloc would welcome a deal but was unlikely to take part"), or in a clause
    joined to another that a speaker reports ("might not" in "He said pressure could make it
    harder, and that the appeal might not be decided"), not in a main clause of its own. Needs
    the dependency parse."""
    span = _parsed_span(sent, match)
    if span is None:
        return False
    verb = span.root.head if span.root.dep_ in {"acomp", "attr", "xcomp", "auxpass", "aux"} else span.root
    if verb.dep_ == "ccomp" and verb.head.lower_ in _BELIEFS and verb.head.dep_ == "conj":
        verb = verb.head  # "would attend ... but did not believe it would produce a deal": the belief is the predicate
    if (verb.dep_ == "ccomp" and verb.head.lower_ in _CONCEDINGS
            and _marked_clause(verb.head, {"though", "although"}) is not None):
        return True  # "should conclude ..., though he acknowledged that the talks are unlikely": a second report
    if verb.dep_ != "conj":
        return False
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "ccomp" or not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _parsed_span(sent: Span, match: re.Match[str]) -> Span | None:
    """The words of a cue's match, where the sentence has the dependency parse the caller reads;
    else None."""
    if not sent.doc.has_annotation("DEP"):
        return None
    return sent.char_span(match.start(), match.end(), alignment_mode="expand")


def _whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without a word cut at its end: "will discuss not" of "will discuss
    notification" is no negation."""
    window = text[start:end]
    if end < len(text) and text[end].isalnum() and window[-1:].isalnum():
        window = window.rsplit(" ", 1)[0] if " " in window.strip() else ""
    return window


_NO_ONE = frozenset({"neither", "none", "nobody", "nothing"})


def denied(subject: Token) -> bool:
    """Whether a subject denies what its verb says: "neither government", "no amount of drills",
    "nobody"."""
    return subject.lower_ in _NO_ONE or any(
        c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"}
        # "No 10 said", "a No 10 spokesperson said": Downing Street (not "no two analysts agree")
        and not (c.text == "No" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text.isdigit())
        for c in subject.children)


def _few(subject: Token) -> bool:
    """Whether a subject is "few" or "few" people, which denies as "nobody" does ("Few in Oslo
    expect Moscow to return", "Few analysts expect a deal"; not "a few", "quite a few", "the few"),
    or "not many" people ("Not many diplomats think the truce will last"; not "many diplomats")."""
    word = subject if subject.lower_ in {"few", "many"} else next(
        (c for c in subject.children if c.lower_ in {"few", "many"}), None)
    if word is not None and word.lower_ == "many":
        return any(c.dep_ == "neg" for c in word.children)
    return word is not None and not any(c.dep_ == "det" or c.lower_ in {"quite", "a"} for c in word.children) and not any(
        c.dep_ == "det" for c in subject.children)


def _denied_subject(sent: Span, match: re.Match[str]) -> bool:
    """Whether the cue's clause denies its subject, further back than the words around the cue
    reach: "Neither Mitsotakis nor Erdogan is likely to ...", "No amount of joint drills will
    change that"; or a belief denied: "does not believe that the vote will", "do not think a war is
    likely", "Nobody in this region believed a text would be initialled". Needs the
    dependency parse."""
    cue = _parsed_span(sent, match)
    if cue is None:
        return False
    for verb in {cue.root, cue.root.head}:
        if verb is not cue.root and _semicolon_between(cue.root, verb):
            continue  # "Paris hopes to ...; few expect it to succeed": the main clause after is another's
        if (verb.i != cue.root.i and cue.root.lower_ in _MODALS
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.root.children)):
            continue  # "Nobody wants to go ..., but if we have nothing, we will": a modal, its verb left out, and its subject
        if any(denied(c) or _few(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            return True
    # a belief denied: "Jakarta does not believe that the vote will bring peace"
    # ... also of a cue predicated of the clause's subject: "I do not think a war is likely"
    # ... or a modal's own adverb: "Nobody believed the talks would probably resume"
    clause, belief = _clause_and_head(cue.root)
    # ... or by its subject: "Nobody in this region believed a text would be initialled", "No one in Accra thinks"
    return (clause.dep_ == "ccomp" and belief.lower_ in _BELIEFS_TOLD and not _semicolon_between(clause, belief)
            and any(c.dep_ == "neg" or (c.dep_ == "nsubj" and (denied(c) or _few(c))) for c in belief.children))


def _semicolon_between(word: Token, other: Token) -> bool:
    """Whether a semicolon stands between two words, which are then in main clauses of their own,
    however the parser hung one on the other ("Paris hopes to ...; few expect it to succeed")."""
    low, high = sorted((word.i, other.i))
    return any(t.text == ";" for t in word.doc[low + 1 : high])


def _idle_word(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue's word hedges nothing: the "can" of a clause on a noun ("a trade war that
    nobody can win"), the nouns "fear" and "uncertainty" with nothing feared or doubted ("out of
    fear", "hampered by political uncertainty"), or the noun "forecast" ("cut its forecast"). Needs
    the dependency parse."""
    if match.group(0).lower() not in {"can", "fear", "fears", "uncertainty", "forecast", "forecasts"}:
        return False
    span = _parsed_span(sent, match)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.lower_ == "can":
        # ... also a free relative, a clause that is a noun: "and what Tokyo can do" (not the question "What
        # can Tokyo do?", whose "can" stands before its subject)
        return token.dep_ == "aux" and (token.head.dep_ == "relcl" or _free_relative(token))
    if token.lower_.startswith("forecast"):  # a noun by its slot or its determiner: "its forecast", "forecasts show"
        return token.dep_ in _NOUN_DEPS - {"conj"} or any(c.dep_ in {"det", "poss", "amod"} for c in token.children)
    slot = token
    while slot.dep_ == "conj" and slot.head.i != slot.i:  # "by weak demand and political uncertainty"
        slot = slot.head
    return slot.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos"} and not any(
        c.dep_ in {"prep", "acl", "ccomp", "relcl"} for c in token.children)


def _wh_object_modal(sent: Span, match: re.Match[str]) -> bool:
    """Whether a "may", "might", "can" or "could" stands in a clause a wh-word opens as its verb's object, what someone
    is allowed or able to do, no hedge of the forecast beside it: "would not be told whom they may deal with", "will
    decide what they can offer" (not "whether", "when" or "how", which ask of the event). Needs the dependency parse."""
    if match.group(0).lower() not in {"may", "might", "can", "could"}:
        return False
    span = _parsed_span(sent, match)
    if span is None or len(span) != 1 or span[0].dep_ != "aux":
        return False
    aux, verb = span[0], span[0].head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < aux.i]
    # ... the wh-word its object, or the word that says which one ("which ports they may use")
    opener = [t for t in verb.subtree if t.lower_ in {"what", "whom", "which", "whatever", "whomever"} and t.i < aux.i
              and (t.dep_ in {"dobj", "obj", "pobj"} or (t.dep_ == "det" and t.head.dep_ in {"dobj", "obj", "pobj"}))]
    return bool(subjects) and bool(opener) and opener[0].i < subjects[0].i and verb.dep_ in {"ccomp", "xcomp", "dobj"}


def _free_relative(aux: Token) -> bool:
    """Whether a modal's verb heads a free relative: "what" its object, then its subject, then the modal
    ("what Tokyo can do")."""
    verb = aux.head
    what = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "what"]
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(what) and bool(subjects) and what[0].i < subjects[0].i < aux.i


def _idle_worry(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue is the noun "worry" or "doubts" as what something is, with nothing worried about
    or doubted ("Japan is another worry.", "called it a worry", "There are fewer doubts now"), not "The real worry is that the truce will collapse" nor
    "a worry for the bank", "worries that". Needs the dependency parse."""
    word = match.group(0).lower()
    if word not in {"worry", "worries", "doubt", "doubts", "risk", "risks"}:
        return False
    span = _parsed_span(sent, match)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    # "the risk is real", "the risks remain high": a risk said to be there, with nothing it is of
    rated = token.dep_ == "nsubj" and token.head.lower_ in _COPULAS and any(c.dep_ == "acomp" for c in token.head.children)
    if word.startswith("risk") and not rated:
        return False
    return ((token.dep_ in {"attr", "oprd", "dobj", "appos"} or rated)
            and not any(c.dep_ in {"prep", "acl", "ccomp", "relcl"} for c in token.children)
            and not any(c.dep_ in {"ccomp", "advcl"} for c in token.head.children))


_COPULAS = frozenset("is are was were remains remain".split())
# the verbs that rate a thing: "the risk of cost overruns is rated as moderate", "was assessed as high"
_RATINGS = frozenset("rated assessed judged deemed considered seen classed classified graded put estimated".split())
# an estimate of the forecast itself: "It is unlikely that ... will", "Analysts expect ...", "will probably"
_ESTIMATE_WORD = re.compile(r"(?:un)?likely|probabl[ey]|improbable|(?:almost\s+)?certain(?:ly)?|expects?|expected", re.I)


def _rated_risk(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue is the noun "risk" as the subject of its rating: "the risk of cost overruns is rated as
    moderate", "the risk of a walkout remains high" (not "there is a risk that ...", "risks a walkout").
    Needs the dependency parse."""
    if match.group(0).lower() not in {"risk", "risks"}:
        return False
    span = _parsed_span(sent, match)
    if span is None or len(span) != 1 or span[0].dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = span[0].head
    return (head.lower_ in _RATINGS and span[0].dep_ == "nsubjpass") or (
        head.lower_ in _COPULAS and any(c.dep_ in {"acomp", "attr"} for c in head.children))


_CONDITION_MARKS = frozenset({"if", "unless"})
_UNTIL = frozenset({"until", "till", "til"})
_COMPARISON_MARKS = frozenset({"as", "than"})
# a clause that says by when, whose hedge is the time's, not the forecast's: "is expected to sign before
# any wider deal could be reached", "will stay until a settlement can be found"
_TIME_MARKS = frozenset({"before", "until", "till"})
# a clause set against the forecast: "While Caracas seeks to delay the ruling, the government will not risk a war"
_CONTRAST_MARKS = frozenset({"while", "whereas"})
_PAST_AUX = frozenset({"had", "was", "were"})
_ATTITUDE_NOUNS = frozenset({"hope", "hopes", "fear", "fears", "worry", "worries", "doubt", "doubts"})
# the verbs of a warning, a risk told: "but warned that ... could"
_WARNINGS = frozenset("warn warns warned warning caution cautions cautioned cautioning".split())


def _reported_inability(sent: Span, match: re.Match[str]) -> bool:
    """Whether a denied "could" is on a clause, or one joined to it, that a verb in the past reports,
    with no time of its own: "said on Tuesday that Israel remains committed but could not allow
    Hezbollah to rearm", "said the organisation could not ignore the Russian presence". Needs the
    dependency parse."""
    span = _parsed_span(sent, match)
    if span is None or span.root.dep_ != "aux":
        return False
    verb = clause = span.root.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if not (clause.dep_ == "ccomp" and _past_form(clause.head.lower_)):
        return False
    if any(c.lower_ in _UNTIL or _marked_clause(c, _UNTIL) is not None for c in verb.children):
        return False  # "said voter registration could not begin until the police regained control": a time of its own
    return not any(e.label_ in {"DATE", "TIME"} and verb.left_edge.i <= e.start and e.end <= verb.right_edge.i + 1
                   for e in sent.ents)


def _ability_beside(sent: Span, text: str, match: re.Match[str]) -> bool:
    """Whether an affirmed "can" is the modal of a main clause of its own, with its own subject,
    joined to another main clause, with no time of its own ("we will probably never be independent
    of imports, but we can diversify"; not "but the border can reopen in March"). Needs the
    dependency parse."""
    span = _parsed_span(sent, match)
    if span is None or span.root.dep_ != "aux" or _UNABLE.match(text, match.end()):
        return False
    verb = span.root.head
    joined = (verb.dep_ == "conj" and verb.head.dep_ == "ROOT") or (
        verb.dep_ == "ROOT" and any(c.dep_ == "conj" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                                    for c in verb.children))
    if not joined or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return not any(e.label_ in {"DATE", "TIME"} and verb.left_edge.i <= e.start and e.end <= verb.right_edge.i + 1
                   for e in sent.ents)


_FORECAST_VERBS = frozenset("forecast predicted".split())
_PLURAL_SUBJECTS = frozenset("i we you they".split())


def _forecast_reported(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue is the past tense of "forecast" or "predicted" with a noun or a clause as its object, a
    forecast reported as made ("The Meteorological Department forecast a normal monsoon", "Xavier predicted that
    New Delhi would not hand her over", whose modal is the cue; not "The bank forecasts growth", nor the present
    of "Economists forecast a recession"). Needs the dependency parse."""
    span = _parsed_span(sent, match)
    if span is None or len(span) != 1 or span.root.lower_ not in _FORECAST_VERBS:
        return False
    verb = span.root
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ not in {"ROOT", "conj", "ccomp"} or not (clauses or any(c.dep_ in {"dobj", "obj"} for c in verb.children)):
        return False
    if verb.lower_ == "predicted" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return verb.lower_ == "predicted" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    # "forecast" is past where its clause's "would" is the past of "will" ("Officials forecast that exports would
    # rise"), or where its subject is one thing or person, which would take "forecasts" in the present
    return any(a.dep_ == "aux" and a.lower_ in {"would", "'d", "’d"} for c in clauses for a in c.children) or any(
        c.dep_ == "nsubj" and not c.lower_.endswith("s") and c.lower_ not in _PLURAL_SUBJECTS
        and not any(g.dep_ in {"conj", "cc"} for g in c.children) for c in verb.children)


def _on_past_verb(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue hangs on a verb in the past tense ("the minister said tonight that"), no plan.
    Needs the dependency parse."""
    span = _parsed_span(sent, match)
    return span is not None and _past_form(span.root.head.lower_)


def _denial_below(sent: Span, match: re.Match[str], start: int, end: int) -> bool:
    """Whether every negation in ``text[start:end]``, after a cue, denies a verb of a clause below
    the cue's own verb ("Ankara may feel it no longer needs Damascus": "needs", not "feel"), not
    the cue's verb ("will almost certainly not return"). Needs the dependency parse."""
    span = _parsed_span(sent, match)
    if span is None:
        return False
    own = span.root.head if span.root.dep_ in {"aux", "auxpass"} else span.root
    tokens = [t for t in sent if start <= t.idx - sent.start_char < end and _NEGATION.fullmatch(t.text)]
    if not tokens:
        return False
    for token in tokens:
        verb = token  # "no" -> "longer" -> "needs": the verb the negation's words hang on
        while verb.dep_ in {"neg", "advmod", "det", "amod", "npadvmod", "preconj"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.i == own.i or verb.dep_ not in {"ccomp", "xcomp", "advcl"} or verb.head.i != own.i:
            return False
    return True


def _denial_of_joined_verb(sent: Span, match: re.Match[str], start: int, end: int) -> bool:
    """Whether every negation in ``text[start:end]``, before a modal cue, denies the verb the cue's
    verb is joined to, the cue's verb having its own modal ("had not been settled and could flare up
    again": "settled", not "flare"); not a negation the joined verbs share ("did not sign or
    ratify"). Needs the dependency parse."""
    span = _parsed_span(sent, match)
    if span is None or len(span) != 1 or span[0].dep_ not in {"aux", "auxpass"}:
        return False
    own = span[0].head
    if own.dep_ != "conj" or own.head.i == own.i:
        return False
    tokens = [t for t in sent if start <= t.idx - sent.start_char < end and _NEGATION.fullmatch(t.text)]
    return bool(tokens) and all(t.dep_ == "neg" and t.head.i == own.head.i for t in tokens)


def _denial_in_subject(sent: Span, match: re.Match[str], start: int, end: int) -> bool:
    """Whether every negation in ``text[start:end]``, before a cue, denies a verb inside the subject
    of the cue's verb, a gerund or a participle on a noun ("Fines for not voting may be issued",
    "Voters not registered by Friday could lose their seats"), not the cue's verb; not a
    negation on the subject's words ("Not all members will sign"). Needs the dependency parse."""
    span = _parsed_span(sent, match)
    if span is None:
        return False
    own = span.root.head if span.root.dep_ in {"aux", "auxpass", "acomp", "advmod"} else span.root
    subjects = [c for c in own.children if c.dep_ in {"nsubj", "nsubjpass"}]
    tokens = [t for t in sent if start <= t.idx - sent.start_char < end and _NEGATION.fullmatch(t.text)]
    return bool(tokens) and bool(subjects) and all(
        t.dep_ == "neg" and t.head.dep_ in {"pcomp", "acl", "relcl"}
        and any(s.left_edge.i <= t.head.i <= s.right_edge.i for s in subjects) for t in tokens)


def _aside(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue stands in a clause beside the forecast: a condition ("If Ankara wants to
    take it to court, we are ready"), a reason ("will not ..., because Riyadh fears
    retaliation") or a clause on a noun ("The ministry, which forecasts growth of 2%, said it
    would not ...", "will not appoint ministers who would question ...", "talks on where the
    border should run"). Needs the dependency parse."""
    if _in_condition(sent, match):
        return True
    reported = False
    for n, token in enumerate(_heads(sent, match)):
        if _marked_clause(token, _CONDITION_MARKS | _REASON_MARKS | _TIME_MARKS) is not None:
            return True
        # a desire set against the forecast, a present state beside it: "While Caracas seeks to delay the ruling, the
        # government will not risk a war" (not a forecast of its own: "will celebrate, while small farmers may not")
        if (_marked_clause(token, _CONTRAST_MARKS) is not None
                and match.group(0).lower().startswith(("want", "seek", "aim"))):
            return True
        # a purpose: "will keep working with both boards so that fans can see these teams play"
        if _marked_clause(token, {"that"}) is not None and _marked_clause(token, {"so", "order"}) is not None:
            return True
        # the noun of an attitude in a phrase, a thing the clause speaks of: "we cannot run a business on the
        # hope that they stop", "will sign despite fears that ..." (not the verb: "hopes that")
        # ... and what is hoped or feared there: "Markets rallied on hopes that the bank will cut rates" keeps its hope
        if token.dep_ == "pobj" and token.lower_ in _ATTITUDE_NOUNS:
            return True
        # a participle on a noun: "the friendly planned for November will go ahead", "will attend talks expected to
        # end in June"; also where the parser took the participle for the noun ("the friendly planned": a subject
        # with a determiner); the tense read from the spelling, as the pipeline runs no tagger
        if (_past_form(token.lower_) or token.lower_.endswith("ing")) and (
                (token.dep_ == "acl"
                 and not any(c.dep_ in {"mark", "aux", "auxpass", "nsubj"} for c in token.children)
                 # not the predicate of an absolute phrase: "will arrive on Monday, with officials hoping for a deal"
                 and not (token.head.dep_ == "pobj" and token.head.head.lower_ in {"with", "without"}))
                or (token.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "det" and c.i < token.i for c in token.children))):
            return True
        # a comparison with what was foreseen: "as it threatened to do last year", "faster than was expected",
        # "than the ministry had forecast" (not the present "as analysts expect", "as it is expected to")
        if _marked_clause(token, _COMPARISON_MARKS) is not None:
            auxes = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
            if auxes & _PAST_AUX or (_past_form(token.lower_) and not auxes):
                return True
        # not a clause on a noun that reports, nor what it reports: "a memorandum that both
        # governments said could lead to ...", "diplomats, who worry that the measures will hurt ..."
        # (a modal on the clause's verb is its cue whatever that verb governs: "a scheme, which would allow people
        # aged 18 to 30 to work, is likely to be agreed", where the parser took "aged" for a clause)
        # ... nor a "which" clause after a comma on the main clause's object, which says more of what it forecasts:
        # "will host a meeting next year, which is expected to take place in May", "will host a conference in
        # October, which two ministers are expected to attend" ("expected": the most hedged cue wins)
        # ... but a clause on the subject that reports is one, as what it reports is: "The draft agreement, which the
        # sources said could be signed in April, would give Ethiopia's navy access" ("would")
        if ((token.dep_ == "relcl" and not _on_the_object(token)
             and ((not reported and not (any(c.dep_ == "ccomp" for c in token.children)
                                         and (n == 0 or token.lower_ in _REPORTED)))
                  or token.head.dep_ in {"nsubj", "nsubjpass"}))
                or (token.dep_ == "acl" and token.head.dep_ in {"nsubj", "nsubjpass"} and token.head.head.dep_ == "ROOT")):
            return True
        # a risk warned of in a second report of the speaker: "said prices would probably average $74, but
        # warned that a faster recovery could push Brent below $70" (the forecast is the first report's, as
        # with "despite fears that"; alone, "warned that prices could fall", it stays)
        # (only beside a first report: not "denounced the planned talks and warned that it would")
        if (token.dep_ == "ccomp" and token.head.lower_ in _WARNINGS and token.head.dep_ == "conj"
                and any(c.dep_ == "ccomp" for c in token.head.head.children)):
            return True
        # ... also where the warning comes first: "warned the deal could still collapse, but said the talks would
        # resume on Monday" (the report joined after it, not a second warning)
        if (token.dep_ == "ccomp" and token.head.lower_ in _WARNINGS
                and any(c.dep_ == "conj" and c.lower_ not in _WARNINGS and any(g.dep_ == "ccomp" for g in c.children)
                        for c in token.head.children)):
            return True
        reported = reported or token.dep_ == "ccomp"
        # "talks on where the border should run": a question on a noun
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.dep_ in _NOUN_DEPS:
            return True
    return False


def _taking_into_account(sent: Span, match: re.Match[str]) -> bool:
    """Whether "considering" is a gerund under a preposition or a preposition itself, which takes something into
    account ('language on "considering the concerns" of the islanders', "Considering the risks, the bank
    will wait"), not the verb of a plan weighed ("Japan is considering inviting Yoon"). Needs the dependency
    parse."""
    span = _parsed_span(sent, match)
    return span is not None and len(span) == 1 and (span[0].dep_ in {"pcomp", "prep"} or span[0].head.dep_ == "prep")


# the adverbs that hedge whatever they stand on: "possibly missile technology", "will probably agree"
_HEDGE_ADVERBS = frozenset({"possibly", "perhaps", "probably", "maybe", "potentially"})
# the slots a noun fills, and the preposition it hangs on, up to the verb of its clause
_NOUN_SLOTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "npadvmod", "dative", "agent", "prep"})


def _hedged_fact(sent: Span, match: re.Match[str], found: list[tuple[int, int, str, re.Match[str]]]) -> bool:
    """Whether a hedging adverb rates what is or was so, not what is to come: on a noun of a clause that has no
    modal, no infinitive and no other cue of its own ("at the very moment Russia is supplying the North with
    air-defense systems and possibly missile technology"); not one of a clause that looks forward ("will send
    artillery and possibly tanks", "is expected to deliver drones and possibly jets"). Needs the dependency
    parse."""
    if match.group(0).lower() not in _HEDGE_ADVERBS:
        return False
    span = _parsed_span(sent, match)
    if span is None or len(span) != 1 or span[0].dep_ != "advmod":
        return False
    word = span[0].head
    # "systems and possibly missile technology": the noun, past the words before it and the nouns it is joined to
    while word.dep_ in {"compound", "amod", "nummod", "conj"} and word.head.i != word.i:
        word = word.head
    if word.dep_ not in _NOUN_SLOTS - {"prep"}:
        return False
    verb = word
    for _ in range(8):
        if verb.dep_ not in _NOUN_SLOTS or verb.head.i == verb.i:
            break
        verb = verb.head
        while verb.dep_ == "conj" and verb.head.dep_ in _NOUN_SLOTS - {"prep"}:  # a noun joined to another
            verb = verb.head
    if verb.dep_ == "xcomp" or any(c.dep_ in {"aux", "auxpass"} and (c.lower_ in _MODALS or c.lower_ in {"to", "going"})
                                   for c in verb.children):
        return False
    others = [s.root for f in found if f[3] is not match and (s := _parsed_span(sent, f[3])) is not None]
    return not any(o.i == verb.i or (o.head.i == verb.i and o.dep_ in {"aux", "auxpass", "acomp", "advmod"})
                   for o in others)


def _under_cue(sent: Span, match: re.Match[str], found: list[tuple[int, int, str, re.Match[str]]]) -> bool:
    """Whether a cue says no more than another cue it hangs on: a "whether" in what a verb the
    other cue forecasts says ("will decide whether the calm holds", "is due to meet to decide
    whether to"; not "will not say whether", nor the "will" of the clause "whether" opens:
    "unclear whether the truce will hold"), or a "should" on a verb that is a cue itself ("nobody
    should expect us to") or a verb of saying or knowing whose clause forecasts ("should know that
    Djibouti will never be used"), or a "can" in what a future verb will show ("the coming months will show
    that the two countries can work together": an ability the future reveals, no hedge of it).
    Needs the dependency parse."""
    word = match.group(0).lower()
    if word.endswith("possible") and (span := _parsed_span(sent, match)) is not None:
        # "was unlikely to be possible": a possibility in the infinitive an estimate governs is what it rates
        verb = span.root
        return verb.dep_ == "xcomp" and any(s.root.i == verb.head.i for f in found if f[3] is not match
                                           and (s := _parsed_span(sent, f[3])) is not None)
    if word not in {"whether", "should", "can", "would", "will"}:
        return False
    span = _parsed_span(sent, match)
    if span is None or len(span) != 1:
        return False
    others = [s.root for f in found if f[3] is not match and (s := _parsed_span(sent, f[3])) is not None]
    if word in {"would", "will"}:
        return _estimated(span[0], others)
    if word == "should":
        verb = span[0].head
        # "it should say plainly that it will keep doing so": the advice is to say; what is said forecasts
        # (also to know: "should know that Djibouti will never be used": what is to be known forecasts)
        # ... also to make clear: "should make clear that any contact will be coordinated" (the clause on "make" or
        # on "clear", as the parser hangs it)
        clear = [c.i for c in verb.children if c.lower_ in _MADE_CLEAR] if verb.lower_ == "make" else []
        said = (verb.lower_ in _SAYINGS or bool(clear)) and any(
            o.dep_ in {"aux", "auxpass"} and o.head.head.i in {verb.i, *clear} and (o.head.dep_ == "ccomp" or (
                o.head.head.i in clear and any(c.dep_ == "mark" and c.lower_ == "that" for c in o.head.children)))
            for o in others)
        return span[0].dep_ == "aux" and (said or any(o.i == verb.i for o in others))
    if word == "can":
        verb = span[0].head
        return (span[0].dep_ == "aux" and verb.dep_ == "ccomp" and verb.head.i != verb.i
                and any(o.dep_ == "aux" and o.head.i == verb.head.i and o.lower_ in {"will", "shall", "'ll", "’ll"}
                        for o in others))
    above = list(_heads(sent, match))[2:]  # past "whether" and the verb of its clause
    for verb in above:
        if any(c.dep_ == "neg" for c in verb.children):
            return False
        if any(o.i == verb.i or (o.dep_ in {"aux", "auxpass"} and o.head.i == verb.i) for o in others):
            return True
    return False


def _estimated(modal: Token, others: list[Token]) -> bool:
    """Whether a modal's clause is what another cue estimates: the clause "that" on the cue's word
    (it was "highly likely" that the incursions would continue), or on the verb the estimate is a
    phrase of ("We assess with moderate confidence that Beijing will not ..."); the estimate says how
    sure, the modal only that the clause looks forward."""
    if modal.dep_ != "aux":
        return False
    clause = modal.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in {"ccomp", "acl"} or clause.head.i == clause.i:
        return False
    governor = clause.head  # the cue's word, the verb its phrase is on, or the noun of its phrase ("confidence that")
    # ... or the copula the estimate is predicated by, the clause extraposed: "it was almost certain that Accra would not"
    return any(o.i == governor.i or (o.dep_ == "prep" and o.i < clause.i and governor.i in {o.head.i, *(c.i for c in o.children)})
               or (o.dep_ == "acomp" and o.head.i == governor.i and o.i < clause.i)
               for o in others)


def _in_settled_clause(sent: Span, match: re.Match[str], settled: list[tuple[int, int, str, re.Match[str]]]) -> bool:
    """Whether a cue stands in the clause a settled "whether" opens, which is what the forecast
    event settles: the "should" of "will meet to discuss whether the mission should be
    extended". Needs the dependency parse."""
    clauses = {heads[1].i for f in settled if f[3].group(0).lower() == "whether"
               and len(heads := list(_heads(sent, f[3]))) > 1}
    return bool(clauses) and any(t.i in clauses for t in list(_heads(sent, match))[1:])


def _in_condition(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue stands in a condition ("If borders can be redrawn by force, ..."). Needs the
    dependency parse."""
    if any(_marked_clause(t, _CONDITION_MARKS) is not None for t in _heads(sent, match)):
        return True
    # ... also where the parser hung a phrase of the condition on the main clause: "If Hezbollah fires in a way
    # it can't deny, all bets are off" (the words between the condition's mark and the comma its clause ends at,
    # the main clause's verb after it)
    span = _parsed_span(sent, match)
    if span is None:
        return False
    for t in sent:
        if t.i < span.start and (mark := _marked_clause(t, _CONDITION_MARKS)) is not None:
            comma = next((w for w in sent[t.i - sent.start:] if w.text == ","), None)
            if comma is not None and mark.i < span.start and span.end <= comma.i < t.head.i:
                return True
    return False


_ASKING = frozenset("ask asks asked asking".split())


def _asked(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue stands in the question put to a speaker ("Asked whether the talks could
    resume, Wong said ..."), which forecasts nothing. Needs the dependency parse."""
    # ... also the clause "whether"/"if" opens as what someone asks of a person named ("He asked the minister
    # whether the government would review the licences"; not "Investors are asking whether the truce will hold")
    return any((t.dep_ == "advcl" and t.lower_ == "asked" and t.i < t.head.i)
               or (t.head.lower_ in _ASKING and _marked_clause(t, {"whether", "if"}, {"ccomp", "advcl"}) is not None
                   and any(c.dep_ in {"dobj", "dative"} for c in t.head.children)
                   and not any(c.dep_ == "xcomp" for c in t.head.children))  # not "asked Kigali to withdraw if ..."
               for t in _heads(sent, match))


def _on_the_object(clause: Token) -> bool:
    """Whether a relative clause after a comma on the main clause's object is opened by "which", and so says
    more of what the main clause forecasts: "will host a meeting next year, which is expected to take place in
    May", "will host a conference in October, which two ministers are expected to attend" (not a clause on
    the subject, "A visa scheme, which would let ..., is likely to be approved in May", nor one without the
    comma, "a decision which analysts say is likely to anger farmers")."""
    doc = clause.doc
    opener = doc[clause.left_edge.i]
    return (clause.head.dep_ in {"dobj", "pobj"} and opener.lower_ == "which" and opener.i > 0
            and doc[opener.i - 1].text == ",")


def _heads(sent: Span, match: re.Match[str]) -> Iterator[Token]:
    """The word a cue's match is, then the words it hangs on, up to the root (eight at most);
    nothing without the dependency parse."""
    span = _parsed_span(sent, match)
    if span is None:
        return
    token = span.root
    for _ in range(8):
        yield token
        if token.head.i == token.i:
            return
        token = token.head


def _advised_question(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue is the "should" (or "must") of an advice to tell or know what is a question, or a cue in that
    question, an order with nothing forecast: "The ministry should set out how it will respond", "should say whether
    it will attend", "must explain what it will do", also an order in the imperative, "Tell us how you will pay for
    it" (not what is to be told, "should say plainly that it will keep doing so", whose "will" forecasts; nor "should"
    alone, "The deal should be signed by March"). Needs the dependency parse."""
    span = _parsed_span(sent, match)
    if span is None:
        return False
    for token in _heads(sent, match):
        if token.lower_ in _ADVICE and token.dep_ == "aux":
            token = token.head
        if not (token.lower_ in _TELLINGS or (token.lower_ in _OUT_TELLINGS and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in token.children)) or (token.lower_ == "make" and any(
                c.lower_ in _MADE_CLEAR for c in token.children))):
            continue
        advised = any(c.dep_ == "aux" and c.lower_ in _ADVICE for c in token.children) or (
            token.dep_ == "ROOT" and token.i == sent.start and not any(
                c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in token.children))
        # the question, an object of the verb or of its "clear": "how it will respond", "whether it will attend"
        questions = [c for w in (token, *(c for c in token.children if c.lower_ in _MADE_CLEAR)) for c in w.children
                     if c.dep_ in {"ccomp", "dobj", "xcomp", "advcl"} and c.i > token.i
                     and (token.doc[c.left_edge.i].lower_ in _QUESTION_OPENERS
                          or _marked_clause(c, {"whether", "if"}, {"ccomp", "advcl"}) is not None)]
        return advised and bool(questions) and (
            span.root.head.i == token.i and span.root.lower_ in _ADVICE
            or any(q.left_edge.i <= span.start and span.end <= q.right_edge.i + 1 for q in questions))
    return False


def _marked_clause(token: Token, marks: Collection[str], deps: Collection[str] = ("advcl",)) -> Token | None:
    """The mark of a clause ``token`` heads, of the kind ``deps`` names (an adverbial clause unless told), that is one
    of ``marks`` ("if" of "If Ankara wants to ...", "because", "though"); else None. Needs the dependency parse."""
    if token.dep_ not in deps:
        return None
    return next((c for c in token.children if c.dep_ == "mark" and c.lower_ in marks), None)


def _names_something_else(sent: Span, match: re.Match[str]) -> bool:
    """Whether a cue's words are something other than the cue: a capitalised word of a named
    entity ("in May", "Will Ferrell"), a capitalised word inside the sentence ("the May
    elections" when no entity was found), or the noun "will" ("the political will to")."""
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    if match.group(0)[0].isupper() and any(e.start_char <= start and end <= e.end_char
                                           for e in ents_of(sent) if e.label_ in _NAMED):
        return True  # but "next week" stays a cue inside its DATE entity
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.is_title and token.i > sent.start and sent.doc[token.i - 1].text not in {"“", '"', "‘", "'", ":", "—", "(", "-"}:
        return True
    return (token.lower_ == "will" and token.dep_ in _NOUN_DEPS
            and any(c.dep_ in {"det", "amod", "poss", "compound"} for c in token.children))


# A second pass for forecasts, from the grammar rather than the classifier: a verb in the future
# tense or with a modal that looks forward ("will run", "could have a population", not "could
# have grown") and a time expression ahead ("by 2040", "next year", "in ten years", "someday",
# "in the future"), in a statement (not a question); or a reported future ("said that X would",
# reported_future below). scripts/forecast_grammar.py counts where it fires and how often it is right.
_FUTURE_VERB = re.compile(
    r"\b(?:will|['’]ll|going to|gonna)\s+(?!have\s+\w+(?:ed|en|wn|ne)\b)\w+"
    r"|\b(?:may|might|could)\s+(?!have\s+\w+(?:ed|en|wn|ne)\b)(?:\w+ly\s+)?\w+",
    re.I,
)
_AHEAD = re.compile(
    r"\b(?:by|before|in|within|until)\s+(?:the\s+(?:year\s+)?)?(?:20[3-9]\d|21\d\d)\b"
    r"|\bnext\s+(?:week|month|year|decade|summer|winter|spring|autumn|season|century)\b"
    r"|\bin\s+the\s+(?:coming|next)\s+\w+|\bsomeday\b|\bone\s+day\b"
    r"|\bin\s+the\s+(?:near\s+|distant\s+)?future\b|\bin\s+(?:\w+|\d+)\s+(?:years|decades)['’]?\s+time\b"
    r"|\bwithin\s+(?:a|the\s+next|\w+|\d+)\s+(?:years?|decades?|months?)\b"
    r"|\bin\s+(?:\d+|ten|twenty|fifty|a\s+few|several)\s+(?:years|decades)\b",
    re.I,
)


def forecast_by_grammar(sent: Span) -> bool:
    """Whether ``sent`` states a forecast by its grammar alone, in a statement (not a question):

    - a future or forward-looking modal verb and a time expression ahead: "By 2040 the city
      could have a population of five million" is a forecast whatever the classifier scores it;
      "Could anyone in 2015 have imagined ...?" and "the first time in ten years" are not;
    - or a reported future: the "will" of a statement reported in the past tense ("He predicted
      that the three governments would agree on a mechanism", "posted on X that Wellington would
      double its funding"), see ``reported_future``.
    """
    text = span_text(sent).rstrip()
    if text.endswith("?"):
        return False
    if _AHEAD.search(text) and any(not _names_something_else(sent, m) for m in _FUTURE_VERB.finditer(text)):
        return True
    return reported_future(sent) or scheduled_event(sent) or planned_ahead(sent)


# a point in time a schedule names: a weekday, a month, a day of a month ("on Friday", "in
# September", "on 12 December"), not a span ("after 27 years", "a 12-year suspension")
_POINT = re.compile(
    rf"^(?:(?:this|next|early|late|mid-?)\s*)?(?:{'|'.join(_WEEKDAYS)}|{_MONTH})"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?$|^\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}$",
    re.I,
)
_SPAN_HEADS = frozenset({"after", "since", "for", "over", "from", "before", "until", "through"})
_HABITUAL = re.compile(r"\b(?:each|every|always|usually|often|typically|normally)\b", re.I)
_SENTENCE_END = (".", "!", '"', "”", "’", "'")
# the plain forms of verbs a calendar holds, none spelled as its past
_CALENDAR = frozenset("""meet reopen open resume convene begin start hold host sign vote visit travel close end launch
    expire gather arrive return""".split())


def scheduled_event(sent: Span) -> bool:
    """Whether ``sent`` states a plan or a scheduled event by its grammar (``scheduled_time``)."""
    return scheduled_time(sent) is not None


def scheduled_time(sent: Span) -> tuple[Token, Span] | None:
    """The verb and the time of a plan or a scheduled event ``sent`` states by its grammar: a point in time on a
    verb that looks forward without a future tense ("the treaty ... expires in December", "the
    incoming administration, which takes office on Friday", "is expected to visit on Friday";
    ``in_future_clause``). Not in a headline ("Pakistan reopens airspace on Monday", whose present
    is the headline's past), nor for a habit ("meets each September"), nor on the plain form of
    a verb, whose tense the spelling cannot tell ("floods swept ... on Saturday"). Needs the
    dependency parse."""
    text = span_text(sent).rstrip()
    if not text.endswith(_SENTENCE_END) or _HABITUAL.search(text):
        return None
    for ent in ents_of(sent):
        if (ent.label_ in {"DATE", "TIME"} and _POINT.match(ent.text) and ent.root.head.lower_ not in _SPAN_HEADS
                and in_future_clause(ent)):
            verb = attached_word(ent)
            if verb.i != ent.root.i and verb.dep_ in {"dobj", "obj"}:
                verb = verb.head  # "reopen a crossing on Monday": the verb of the noun the day is hung on
            # "is": a date of its own ("the first round is on May 31"), not a season ("Helsinki in
            # August is a city of cranes")
            if (any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
                    or (verb.lower_ in {"is", "are"} and ent.root.head.lower_ != "in")
                    or (verb.lower_.endswith("s") and not verb.lower_.endswith(("ss", "us", "is")))
                    # the plain form of a verb of the calendar, whose past is spelled otherwise, with
                    # the plural subject ``in_future_clause`` found: "Mercosur leaders meet in Montevideo
                    # on 18 December", "Colombia and Venezuela reopen a crossing on Monday" (not "floods
                    # swept", whose spelling could be either)
                    or (verb.lower_ in _CALENDAR and verb.text.islower()
                        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children))):
                return verb, ent
    return None


def scheduled_certainty(sent: Span, ahead: Collection[int]) -> Certainty | None:
    """A scheduled event in the plain present, with no cue of its own, whose time starts at one of
    the offsets ``ahead``, those of the times after the document's day, is as sure as a plan: "the tariff, which takes effect in September" in
    a piece of May, "Polling stations close on Saturday" (high, the verb its cue); not a verb with an
    auxiliary ("are expected to resume"), whose cue rates it, nor a date gone by."""
    found = scheduled_time(sent)
    if found is None or found[1].start_char not in ahead:
        return None
    verb, _ = found
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return None
    return Certainty(level="high", cue=verb.text, negated=False)


# Verbs that report a statement or belief in the past tense: "said that X would ..." is the
# reported form of "X will ...". (No lemmatizer runs, so the forms are listed.)
_REPORTED = frozenset(
    "said told predicted announced posted wrote added warned pledged promised vowed insisted expected "
    "forecast confirmed indicated signalled signaled stated declared believed thought hoped feared "
    "estimated projected assured agreed decided argued suggested reported noted acknowledged conceded "
    "claimed replied tweeted doubted questioned".split()
)
# verbs of wanting, whose "would" is a wish, not a shifted "will"
_VOLITION = frozenset("like love prefer welcome want wish appreciate hate".split())
# doubt the past "was" reports: "was sceptical that the border would reopen"
_DOUBTING = frozenset("sceptical skeptical doubtful unsure".split())
# a participle that reports beside a past verb: "announced the decision on Monday, saying that it would"
_REPORTING = frozenset("saying adding warning predicting insisting stating announcing declaring".split())
# a belief the past "did" carries, denied or not: "she did not believe it would change"
_BELIEVED = frozenset("believe think expect predict anticipate foresee".split())
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "warned last year that", "Two years later he ... warning that": an earlier time, or one of a story
_EARLIER = re.compile(r"\blast year\b|\bago\b|\b(?:years?|months?|decades?)\s+(?:later|earlier)\b", re.I)


def reported_future(sent: Span) -> bool:
    """Whether ``sent`` reports a statement about the future: "would" (not "would have") heading
    the clause a past-tense reporting verb introduces. Not when the report is itself hypothetical
    or earlier ("few would have predicted that ...", "had hoped"), background to another clause
    ("after Ankara said it would", "a step the group said would"), or dated in an earlier year
    ("announced in February 2025 that it would", "warned last year that"): those are history.
    Nor a habit in a quotation before its frame, the speaker's own "would" ('"He would read
    every cable twice," the colleague said'). Needs the dependency parse."""
    if not sent.doc.has_annotation("DEP"):
        return False
    for token in sent:
        if token.lower_ not in {"would", "'d", "’d"} or token.dep_ != "aux":
            continue
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "have":
            continue
        # a wish reported, no "will" shifted: "said he would like his side to play more", "would
        # prefer lower prices", "would welcome a visit at any time", "would rather wait"
        if token.head.lower_ in _VOLITION or token.doc[token.i + 1 : token.head.i].text.lower() == "rather":
            continue
        clause = token.head
        while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
            clause = clause.head
        clause = _extraposed(clause)
        report = clause.head
        if (clause.dep_ == "ccomp" and _reports(report, sent) and not _dated_earlier(report, sent)
                and not _quoted_before(token, report)):
            return True
    return any(_reported_plan(token, sent) for token in sent)


# what a reported "was" or "were" rates or plans, the backshift of "is likely to", "is set for": "said a deal
# was unlikely before 2027", "that the junta was unlikely to win back territory", "said the meeting was planned
# for the autumn", "said the minister was expected to attend"
_RATED_AHEAD = frozenset("likely unlikely due set certain sure bound poised".split())
_PLANNED_AHEAD = frozenset("expected scheduled planned slated set due pencilled penciled earmarked mooted".split())
# a season or a month a plan is for: "planned for the autumn", "slated for early March"
_FOR_TIME = re.compile(rf"^for\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:autumn|spring|summer|winter|fall|{_MONTH})\b",
                       re.I)


def _reported_plan(word: Token, sent: Span) -> bool:
    """Whether ``word`` heads a clause a past-tense reporting verb introduces that rates or plans what is to
    come in the past tense of the report: a copula "was" or "were" with "likely", "unlikely", "due", "set"
    ("said a deal was unlikely before 2027", "wrote that the junta was unlikely to win back territory"), or a
    plan's participle after it ("said the meeting was planned for the autumn", "said the minister was
    expected to attend"), with an infinitive of what is to come (not "to have been") or a time ahead of its own
    ("before 2027", "for the autumn", "later this year"). Not a report dated in an earlier year, nor one that is
    background ("after Quito said the vote was unlikely")."""
    if word.lower_ in _RATED_AHEAD and word.dep_ == "acomp" and word.head.lower_ in {"was", "were"}:
        clause = word.head
    elif word.lower_ in _PLANNED_AHEAD and any(c.dep_ == "auxpass" and c.lower_ in {"was", "were"}
                                                 for c in word.children):
        clause = word
    else:
        return False
    head = clause
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp" or not _reports(head.head, sent) or _dated_earlier(head.head, sent):
        return False
    doc = sent.doc
    for child in [*word.children, *(clause.children if clause is not word else ())]:
        if (child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                and not any(c.dep_ == "aux" and c.lower_ == "have" for c in child.children)):
            return True  # "was unlikely to win", "was expected to attend"
        if child.dep_ == "prep":
            phrase = doc[child.i : child.right_edge.i + 1]
            if _FOR_TIME.match(phrase.text) or _ahead_in(phrase):
                return True
    return False


# a time ahead by its own words, whatever the tense, that ``_AHEAD`` does not name already: "later this year",
# "next fall", "over the coming weeks"
_AHEAD_WORDS = re.compile(
    r"\blater\s+this\s+(?:year|month|week|summer|autumn|fall|winter|spring|decade)\b"
    r"|(?<!\bthe\s)\bnext\s+fall\b"
    r"|\b(?:over|within)\s+the\s+(?:coming|next\s+(?:few\s+)?)\s*(?:days|weeks|months|years)\b",
    re.I,
)


def _ahead_in(phrase: Span) -> bool:
    """Whether ``phrase`` names a time ahead of the document's day by its words alone: "later this year", "next
    month", "by 2040" (``_AHEAD_WORDS``, ``_AHEAD``), or a year after the document's ("before 2027" in a piece of
    2026)."""
    text = phrase.text
    if _AHEAD_WORDS.search(text) or _AHEAD.search(text):
        return True
    date = phrase.doc._.doc_date
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(date and years and min(years) > int(date[:4]))


# the noun of an invitation, whose infinitive is what is to come: "an invitation to the president to visit Kenya
# later this year"
_INVITATION_NOUNS = frozenset({"invitation", "invitations"})
# a past that did not happen, whose times ahead are of then: "few would have predicted that exports would one day"
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might|should)\s+(?:\w+\s+)?have\b", re.I)
# the marks of a clause that is background to another: "After Quito said the vote was unlikely before 2027, ..."
_BACKGROUND_MARKS = frozenset("after since when as because although though while before once".split())


def planned_ahead(sent: Span) -> bool:
    """Whether ``sent`` states a plan with a time ahead by its own words (``_ahead_in``), the time on a verb
    that looks forward as the time stage reads it (``in_future_clause``: "is expected to visit Oslo next
    month", "invited the king to visit Lusaka next year"), or on the infinitive of a plan's noun ("extended
    an invitation to the president to visit Kenya later this year"). Not a habit ("every year"), nor a past that
    did not happen ("few would have predicted that exports would one day ..."). Needs the
    dependency parse."""
    text = span_text(sent)
    if not sent.doc.has_annotation("DEP") or _HABITUAL.search(text) or _COUNTERFACTUAL.search(text):
        return False
    for ent in ents_of(sent):
        if ent.label_ != "DATE" or not _ahead_in(ent):
            continue
        verb = attached_word(ent)
        if _in_background(verb):
            continue
        if verb.dep_ == "acl" and verb.head.lower_ in _INVITATION_NOUNS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
        if in_future_clause(ent):
            return True
    return False


def _in_background(word: Token) -> bool:
    """Whether ``word`` is in a clause of time, cause or concession on another ("After Quito said ...")."""
    for _ in range(12):
        if _marked_clause(word, _BACKGROUND_MARKS) is not None:
            return True
        if word.head.i == word.i:
            return False
        word = word.head
    return False


# the close of a quotation before its frame: '"He would read every cable," a colleague said'
_QUOTE_CLOSE = re.compile(r"[,!?]\s*[\"”]")
# what a habit's "would" says: "would read every cable twice", "would always call"
_HABIT = re.compile(r"\b(?:each|every|always|usually|often|typically|normally|sometimes|routinely|regularly|twice)\b",
                    re.I)


# the speaker's own side, "I" or "we" (also the subjects actors.py keeps apart: "The US stands with Guyana, and we
# stand with ...")
_SPEAKERS = frozenset({"i", "we"})


def _quoted_before(would: Token, report: Token) -> bool:
    """Whether ``would`` is the speaker's own in a quotation its reporting verb follows, no "will"
    the frame's past shifted: a habit ('"He would read every cable twice," the colleague said'),
    also with no word of habit where it tells of another, not the speaker, with no condition ('"He
    would sit there with his pipe and say nothing for an hour," Idris said'); not the speaker's own
    stance on what is to come ('"I would not bet on February," a negotiator said', '"I'd be
    surprised if ...," she said' stay ones), nor "would" under "if"."""
    doc = would.doc
    if not (would.i < report.i and _QUOTE_CLOSE.search(doc[would.i : report.i].text)):
        return False
    verb = would.head
    if _HABIT.search(doc[verb.left_edge.i : verb.right_edge.i + 1].text):
        return True
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    # ... not an obligation, a condition's consequence: '"Both sides would first have to agree," she said'
    return (bool(subjects) and subjects[0].lower_ not in _SPEAKERS and verb.lower_ not in {"have", "need"}
            and not any(t.lower_ in _CONDITION_MARKS for t in doc[verb.left_edge.i : report.i]))


def _extraposed(clause: Token) -> Token:
    """The reported clause a clause "that" is the extraposed subject of: "was" in "He said it was
    unlikely that Lomé would seek an interpretation", the backshift of "it is unlikely that Lomé
    will seek"; else ``clause`` itself."""
    if clause.dep_ != "ccomp":
        return clause
    copula = clause.head.head if clause.head.dep_ in {"acomp", "attr"} else clause.head
    if (copula.lower_ in {"was", "were"} and copula.dep_ == "ccomp"
            and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in copula.children)):
        return copula
    return clause


def _reports(report: Token, sent: Span) -> bool:
    """Whether ``report`` reports in the past tense, in a main clause: "said", "did not believe",
    or "saying" beside a past main verb ("announced ..., saying"); not "had hoped", nor a
    clause on a noun or an adverb clause ("after Ankara said"), nor in a clause of time, cause or
    concession on another (``_in_background``: "after Ankara said Baku told it"), nor a participle
    beside a verb dated earlier ("Two years later he opposed the war, warning that")."""
    if _in_background(report):
        return False
    auxes = {c.lower_ for c in report.children if c.dep_ in {"aux", "auxpass"}}
    if report.lower_ in _REPORTING:
        head = report.head
        return (report.dep_ in {"advcl", "xcomp"} and head.dep_ in {"ROOT", "conj"} and head.i < report.i
                and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
                and (head.lower_ in _REPORTED or _past_form(head.lower_)) and not _dated_earlier(head, sent))
    if report.dep_ in {"relcl", "acl", "advcl"}:
        return False
    if report.lower_ in _DOUBTING:
        return report.dep_ == "acomp" and report.head.lower_ in {"was", "were"} and report.head.dep_ in {"ROOT", "conj"}
    if report.lower_ in _BELIEVED:
        return auxes == {"did"}
    return report.lower_ in _REPORTED and not auxes


def _dated_earlier(report: Token, sent: Span) -> bool:
    """Whether a date on the reporting verb itself (not inside what it reports) puts the report
    in an earlier year: "announced in February 2025 that" (in a document of a later year, or of
    no known date), "warned last year that"."""
    this_year = int(sent.doc._.doc_date[:4]) if sent.doc._.doc_date else None
    for ent in ents_of(sent):
        if ent.label_ != "DATE":
            continue
        years = [int(y) for y in _YEAR.findall(ent.text)]
        if not (_EARLIER.search(ent.text) or (years and (this_year is None or min(years) < this_year))):
            continue
        head = ent.root
        for _ in range(6):
            # ... not a clause on a noun: "Isaias Afwerki, who has ruled since 1993, told state television"
            if head.i == report.i or head.dep_ in {"ccomp", "relcl"} or head.head.i == head.i:
                break
            head = head.head
        if head.i == report.i:
            return True
    return False
