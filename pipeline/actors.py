"""Stage 4, actors: the international actors each sentence is about, with their roles.

An actor is an entity whose code the gazetteer resolved and whose kind is a state,
organisation, person (coded by the state or organisation they act for) or armed group, or a
name for a fixed set of states ("the Baltic states", "the two Koreas": each of them). Some
actors are named only through context, and resolve from the sentences before:

- "both sides", "the two nations", "both partners", "neither government", "bilateral": the one
  pair the sentence just before names, where it holds the sentence's own state if there is one
  ("C and D signed a deal. The two countries ..."), else the one pair the nearest of the three
  sentences before relates as parties ("Santo Domingo has deported 300,000 Haitians"), else the
  pair the sentences before relate most, recent ones counting more. A sentence with a state of its own takes its partner in that state's most
  related pair ("Islamabad said the two countries ..."), unless a pair without it is at least
  twice as related (a mediator's "both capitals"); a state never paired before stays outside the
  pair ("China, which has invested in both countries, ..."), and so does a state on the other side
  of the verb from the phrase ("China has accused both governments", "Both leaders thanked
  Kazakhstan"). With no pair named before, the last distinct states named;
- "the three governments", "all three countries", "the three military governments": the three
  states listed together most ("Mali, Burkina Faso and Niger"), not any three one sentence names;
  "the juntas" and "the military governments", with no number, the same, and only where three
  were listed together;
- "he", "his", "she", "her": the last person named, within the last three sentences, unless the
  sentence names a person before the pronoun ("Putin will have done his calculations"); a
  speaker named for the first time who reports on the person before leaves "he" to that person;
  a subject "he" of a profile is the person it is about where no other person was a subject
  since (``Context.topic_here``), with no code where the text gives none;
- "it" as the subject of a main verb that is no copula or impersonal one ("It also suspended
  imports", not "It is likely that", "It took years"): the state or organisation that was the
  subject of the sentence before's main verb, unless that verb reported speech ("Ankara insists
  the withdrawal was routine. ... it opened a window" is the withdrawal) or has a singular
  object "it" could as well stand for ("The EU hailed the deal. It gives ...");
- "the North" / "the South" in a document about the Koreas: PRK / KOR;
- "the bloc", "the alliance": the last bloc (EU, ASEAN, ECOWAS, ...; a union before a forum such
  as EFTA or the G7) or alliance (NATO, CSTO, ...) named in the five sentences before; "the Council", "the Commission", "the Union" (capitalised,
  not "... of"): the last organisation with that word in its name ("the UN Security Council",
  "the European Commission"); a joint statement's "the Parties": the pair, as "both sides";
- a bare "Congress" is the United States' unless no US is named and one state whose news calls
  its legislature or a party Congress is, in the sentence, else the story's own state, else the
  three before it (not one the sentence names, but not as its owner): "Peruvians marched on
  Congress in Lima" is Peru's, a WASHINGTON story's Congress the US's however far back it named
  the US; India's Congress party is no state actor; "the Congress of the Republic" is never the US's;
- a state body or office named without its state ("the government", "the foreign ministry",
  "the president", "the premier", "its army", "the Senate", "Parliament"): the state of the last three sentences when they
  name only one (counting every mention, "Indian media" and "in Iraq" too), or, of several, the
  one whose capital or city the story's dateline names ("ISLAMABAD: Pakistan and Afghanistan
  agreed ... . The premier said": Pakistan), and a junta's legislature (a transitional one, or
  one dissolved) the junta's state. Otherwise it stays unresolved: "the government"
  after a sentence on India and China could be either.

An article about two actors often leaves one of them unsaid: "Dhaka fears a repeat of March
2025" in a piece on India and Bangladesh is about both. Where one pair dominates the document
(named together in at least three sentences, each named in a fifth of them, no third actor named
in more than half as many sentences as the rarer of the two), a sentence that names no actor
outside the pair gets the member it leaves out, ``via`` "implied", with the text and offsets of
its nearest mention before (else the first after). Not where the sentence names a collective of states
with no code ("China-Africa cooperation", "developed nations") or tells of a state's act at home
("approved a resolution"), nor, under a subheading, a member its section never names.

With a dependency parse, an actor that is (or modifies) the subject is the ``source`` and one
that is (or modifies) an object the ``target``.

Some coded mentions are not parties to anything the sentence relates, and are left out of the
actors (they stay in the claim's ``entities``):

- a currency: "180 billion U.S. dollars";
- ethnic groups and origins: "ethnic Albanians", "a Swedish-registered vessel", "a UK-based
  group", "Serb-majority towns", "the Russian language", the community in "Bosnian Serbs" or
  "Kosovo Albanians" (the state they live in stays: BIH, XKX; in "Greek Cypriots" it is Cyprus
  that stays);
- a capital that names a treaty, forum or venue, not a government: "the Paris Agreement", "the
  Minsk accords", "the Warsaw Pact", "the Paris Club", "the Treaty of Rome", "talks in Vienna"
  are not France, Belarus, Poland or Austria acting ("the Vienna talks": a venue); "The Hague"
  after a preposition ("litigated at The Hague") is the international courts;
- what a dispute is about, and a war named to date something: Taiwan in "a row over Taiwan",
  Ukraine in "sanctions over Ukraine" and in "the first talks since the invasion of Ukraine";
- a dependent or disputed territory: Gibraltar in "Spain and Britain reached a deal on
  Gibraltar", the Falklands, Western Sahara, the Chagos Islands are what a dispute is about, not
  parties to it. Territories that govern themselves and act abroad in their own name (Greenland,
  Hong Kong, the Cook Islands) stay actors; the curated country table marks which are which;
- a reporting source named only in the attribution: "a state-owned Egyptian newspaper said",
  "according to the Czechoslovak news agency". An official speaker stays an actor ("a senior
  White House official told reporters", "officials in Bogotá said"): the government speaks
  through them.
- where a speaker with a state of its own sits: Kenya in "a Somali diplomat in Nairobi said".
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from .attribution import (
    _FIRST_PLURAL,
    _FOREIGN,
    _FOREIGN_OFFICES,
    _HONORIFICS,
    _PERSON_NOUNS,
    _PRIVATE_PEOPLE,
    _QUOTED,
    _SPEECH,
    CUES,
    Attribution,
    _name_keys,
    _paper_of_place,
    _plural_noun,
    given_name_gender,
    private_person,
    quotation_open,
    same_person,
    unnamed_member,
)
from .attribution import _KIN as _PRIVATE_TIES
from .certainty import _SPEAKERS  # the speaker's side: "The US stands with Guyana, and we stand with"
from .entities import (
    _BODY_HEADS,
    _COUNTRIES,
    ACTOR_KINDS,
    ALLIANCES,
    BLOC_MEMBERS,
    BLOCS,
    COLLECTIVE_ALIASES,
    COLLECTIVES,
    CONGRESSES,
    DEPENDENT_TERRITORIES,
    EPITHETS,
    FORMS,
    ISLAND_GROUPS,
    LEADER_OFFICES,
    ORGANISATION_WORDS,
    SECRETARY_GENERAL_ORGS,
    STATE_CODES,
    _apposed_offices,
    defined_acronyms,
    doc_text,
    ent_at,
    ents_of,
    possessive,
    span_text,
)
from .timex import _IRREGULAR_PAST

_URGING = ("urged", "urges", "urging", "called on", "calls on", "calling on", "appealed to", "appeals to", "pressed",
           "presses")
_URGED = re.compile(r"\b(?:" + "|".join(_URGING) + r") $")
_LENDERS = frozenset("creditor creditors lender lenders donor donors".split())
# an organisation's people in the plural, whom "their" may stand for in the next sentence
_ORG_PEOPLE = frozenset("""monitors observers peacekeepers troops soldiers forces inspectors officials diplomats
    delegates negotiators envoys personnel staff experts police""".split())
# an office in the plural, each of the pair holding one: "the two national security advisers", "both
# defence ministers", "the two chiefs of staff", "the two central bank governors", "the two foreign
# secretaries" (the offices of attribution.OFFICES and _OWNED_OFFICES that a state has one holder of;
# not "officials", "diplomats", "spokesmen", "directors": a state has many)
_PAIR_OFFICES = (r"(?:(?:prime|foreign|defen[cs]e|finance|interior|trade|energy|home|national security|"
                 r"central bank|army|military|deputy|vice|chief) ){0,2}"
                 r"(?:ministers|secretaries|advis[eo]rs|ambassadors|envoys|negotiators|commanders|governors|"
                 r"commissioners|premiers|chancellors|chiefs of (?:staff|defen[cs]e|the (?:army|armed forces))|"
                 r"(?:army|military|defen[cs]e) chiefs|heads of (?:state|government))")
# "the two Gulf producers", "both Nordic exporters": the two states of a region's word the story named last
# (a noun the region's collective name does not take: "the two Baltic states" is a name of all three)
_REGION_PAIR = re.compile(r"\b(?:[Tt]he two|[Bb]oth) (?P<region>Gulf|Baltic|Nordic|Central Asian) (?:oil |gas )?"
                          r"(?:producers|exporters|suppliers|monarchies|kingdoms|emirates|sheikhdoms|economies|"
                          r"neighbou?rs|rivals|allies|members|heavyweights)\b")
_REGIONS = {"Gulf": BLOC_MEMBERS.get("GCC", frozenset()), "Baltic": frozenset({"EST", "LVA", "LTU"}),
            "Nordic": frozenset({"DNK", "FIN", "ISL", "NOR", "SWE"}),
            "Central Asian": frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"})}
# words of kinship between two states: "the two brotherly countries", "two brother nations", "both sister republics"
_KINSHIP = r"(?:brother|brotherly|sister|fraternal)"
# a region's adjective before a set's noun, which names no state: "the two Latin American neighbours", "both
# African states", "the three Asian democracies" (not "Central Asian", "Gulf", "Baltic", "Nordic": _REGION_PAIR's)
_REGION_WORD = (r"(?-i:(?:(?:South|North|Latin|Central(?! Asian)|East|West|Southeast|South-East|Southern|Northern|Eastern|"
                r"Western) )?(?:American|African|Asian|European|Caribbean|Arab|Balkan|Andean|Mediterranean|Caucasian|"
                r"Himalayan|Scandinavian))")
# the nouns a number phrase may take for states, besides "countries", "nations", "governments" and their like:
# "the three militaries", "both democracies", "the two economies"
_SET_NOUNS = r"(?:navies|armies|militaries|democracies|economies)"
_PAIR_REFERENCE = re.compile(
    r"\b(both (?:(?:" + _KINSHIP + r"|" + _REGION_WORD + r") )?(sides|blocs|countries|nations|states|governments|capitals|leaders|partners|"
    r"allies|friends|delegations|neighbou?rs|"
    r"powers(?! of\b)|"  # "both powers", as "the two powers"; not "both powers of arrest"
    r"presidents|rivals|adversaries|foes|" + _SET_NOUNS + "|" + _PAIR_OFFICES + r")|"
    r"(?:the|our) two (?:(?:signatory|neighbouring|neighboring|rival|feuding|warring|" + _KINSHIP + r"|" + _REGION_WORD + r") )?"
    r"(sides|blocs|countries|nations|states|governments|capitals|neighbou?rs|powers|leaders|partners|allies|friends|"
    r"rivals|adversaries|foes|"
    r"parties(?! in\b| of\b|['’])|delegations|presidents|" + _SET_NOUNS + "|" + _PAIR_OFFICES + r")|"
    # "two brother nations", "two brotherly countries" also with no "the", "the two sister republics": a
    # kinship word names a pair the story knows (not "two countries", "two neighbouring countries": any two)
    r"(?:(?:the|our) )?two " + _KINSHIP + r" (?:nations|countries|states|neighbou?rs|republics)|"
    # "both our nations": the speaker's state and the other (not "both our sides", "both our parties")
    r"both our (?:" + _KINSHIP + r" )?(?:nations|countries|states|governments)|"
    r"(?:neither|either) side(?! of\b)|(?:neither|either) (?:government|country|capital|leader|delegation|"
    r"party(?! in\b| of\b|['’]))|bilateral|(?-i:[Tt]he|[Bb]oth) (?-i:Parties)|"  # a joint statement's "the Parties"
    # a readout's "the sides" with no number (not "on the sides", "from the sides of the road")
    r"(?<!\bon )(?<!\bto )(?<!\bfrom )(?<!\bat )(?<!\bby )(?-i:[Tt]he) sides(?! of\b)(?!['’])|"
    # "Both parties" opening a sentence or a quotation, with no modifier of its own after it (not
    # "Both parties in parliament", "Both parties' leaders"; see _PARTY_POLITICS)
    r"(?-i:(?:^|(?<=^[\"“]))Both parties)(?! in\b| of\b|['’])|"
    # lower-case "both parties" that a body urges or calls on: "urged both parties to exercise restraint"
    r"(?:" + "|".join(rf"(?<=\b{verb} )" for verb in _URGING) + ")"
    r"(?-i:both parties)(?! in\b| of\b|['’])|"
    # lower-case "both parties" opening a clause reported with "that", bound by a modal as the parties to an
    # agreement are: "said last week that both parties must implement what they agreed" (not "adding that
    # both parties were pleased")
    r"(?<=\bthat )(?-i:both parties)(?= (?:must|should|would|will|need to|have to|ought to)\b)|"
    # lower-case "both parties" inside a quotation, its closing mark still to come: a speaker's word for
    # the parties to the matter ('said the Union "will stay as long as it is useful to both parties"')
    r"(?-i:both parties)(?! in\b| of\b|['’])(?=[^\"“”]*[\"”]))\b"
    # a place's two sides are no pair: "both sides of the Atlantic", "the two sides of the border",
    # "both sides of the Aegean" (a name after "of the", where no actor's name is)
    r"(?! of the (?:Atlantic|Pacific|border|frontier|aisle|strait|Strait|river|Channel|divide|Line of Control|"
    r"(?-i:[A-Z][a-z]+\b(?! of\b|-)))\b)"
    # nor the sides of a kind of thing, no pair named: "I have sat on both sides of such negotiations"
    r"(?! of (?:such|any|every|many|most)\b)"
    # nor those of a matter argued, whose sides are positions, not parties: "Both sides of the argument,
    # the large exporters and the commodity producers," (not "of the dispute", "of the talks")
    r"(?! of (?:the|this|that|an?) (?:argument|debate|question|issue|coin|equation|ledger|spectrum|story)s?\b)"
    # nor a country's parties at home: "Both sides of Australian politics support the pact"
    r"(?! of (?:\w+ )?politics\b)",
    re.I,
)
# a capitalised name "of the Parties" not opening the sentence: "the Conference of the Parties", "the Meeting
# of the Parties" are bodies of a treaty (not a joint statement's "Each of the Parties shall")
_PARTIES_NAME = re.compile(r"(?<=[\w,;] )[A-Z][a-z]+ of $")


def _in_parties_name(text: str, m: re.Match[str]) -> bool:
    """Whether the pair phrase ``m`` is "the Parties" ending a capitalised name: "the Conference of the
    Parties"."""
    return m.group(0) in {"the Parties", "The Parties"} and bool(_PARTIES_NAME.search(text[: m.start()]))


# "the bloc", "the alliance", "the Council", "the Commission", "the Fund": an organisation named in
# the last few sentences, of that kind or with that word in its name ("the Security Council", "the
# European Commission", "the International Monetary Fund"); a capitalised head only, as "the
# commission" is often a domestic one
# the EU's members together: "The 27 spent the night on it", "the 27 member states"
_THE_27 = re.compile(r"\b[Tt]he (?:EU-)?27\b(?!-|th\b| per\b| percent\b|%)"
                     r"(?: (?P<noun>(?:EU |member )?(?:countries|member states|members|states|nations|governments|"
                     r"capitals|leaders)\b))?")
# a bloc's members with no owner: "at least two members", "several member states", "the other members"
# (not "members of parliament", "the party's members", "board members")
_BARE_MEMBERS = re.compile(
    r"\b(?:[Tt]he|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Ff]ew|[Oo]ther|\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Aa] handful of|[Aa] number of)\s+(?:(?:other|smaller|larger|founding|"
    r"poorer|richer|remaining)\s+)?(?P<noun>members|member (?:states|countries|nations|governments))\b(?! of\b)(?!['’])")
_LONGER_HEADS = ("Agency|Council|Commission|Organi[sz]ation|Assembly|Association|Community|Court|Fund|Bank|Forum|"
                 "Authority|Committee|Office|Institute|Cent(?:re|er)|Programme")
_ORG_REFERENCE = re.compile(
    r"\b(?:[Tt]he (?:(?:whole|entire|wider|enlarged)\s+)?(?:(?:regional|trade|economic|military|security|defen[cs]e|"
    r"transatlantic|continental|oil|\d+-(?:member|nation|country))\s+)?"
    # a region's name before a lower-case kind: "the Sahel alliance", "the Gulf bloc" (one named in reach)
    r"(?:(?-i:[A-Z][a-z]+) (?=(?:bloc|alliance|grouping|confederation)\b))?"
    r"(?P<kind>bloc|alliance|cartel|(?<=[Tt]he )Alliance(?! for\b| [A-Z])|grouping|confederation)|"
    # a capitalised head after "a" too: "An Agency team visited", "a Commission spokesperson", also
    # after a rank: "A senior Commission official"
    r"(?:[Tt]he|[Aa]n?) (?:(?:senior|junior|top|high-ranking) )?(?P<head>Council|Commission|Union|Organi[sz]ation|Agency|"
    r"Assembly|Association|Secretariat|Community|Court|Fund|Bank|Forum|Authority))\b"
    # not a name "of" something ("the Council of Europe"), save what the body is accused "of" doing:
    # "accusing the bloc of serving French interests"
    r"(?! of\b(?! \w+ing\b))"
    # the first word of a longer name whose head is another: "The Forum Fisheries Agency (FFA)"
    # is the FFA, not the Forum ("the Forum Secretariat", "the Commission President" stay)
    rf"(?! (?:[A-Z][a-z]+ )+(?:{_LONGER_HEADS})\b)"
)
# lower case, "the forum", "the community", "the council", "the union": an organisation named in
# the sentences before with that word in its own name ("the Pacific Islands Forum ... . The forum
# said"; "ECOWAS ... . The community"); "the regional body", "the organisation": the one organisation
# named in the sentences before. Not "the council of ministers", nor "the business community"
# what opens a name in apposition to "the bloc": "the bloc, meaning the GCC,", "the bloc, the GCC,",
# "the bloc's position, referring to the European Union," (a possessive's noun only with a word saying so)
_APPOSED_NAME = re.compile(r",\s*(?:(?:meaning|that is,?|i\.e\.,?|namely|referring to)\s+)?(?:the\s+)?|"
                           r"['’]s\s+\w+,\s*(?:meaning|that is,?|i\.e\.,?|namely|referring to)\s+(?:the\s+)?")
# a grouping the sentence itself introduces before "the bloc", in its own words, is the bloc (coded
# only where the gazetteer names it there): "Saudi Arabia, which leads a grouping of Red Sea littoral
# states known as the Council of ..., has pushed for the bloc to meet" (not the AU named before); a
# council, forum, group, union or community only as one "of" states or countries ("a group of analysts"
# is none), an alliance, coalition, grouping, bloc or confederation in any case
_NEW_GROUPING = re.compile(
    r"\b(?:an?|new) (?:[\w-]+ ){0,3}?(?:(?:grouping|bloc|alliance|coalition|confederation)\b|"
    r"(?:council|forum|group|union|community) of (?:[\w-]+ ){0,4}?(?:states|countries|nations|governments)\b)")
_LOWER_ORG_REFERENCE = re.compile(
    r"\b[Tt]he (?:(?P<head>forum|community|council|union|agency|court|tribunal|fund|mission|force)|"
    r"(?P<troops>peacekeepers|peacekeeping (?:force|mission))|(?P<any>regional body|organi[sz]ation))\b(?! of\b)")
# the words that refer to a mission named before: "the mission", "the force", "the peacekeepers"
_MISSION_WORDS = frozenset({"mission", "force", "troops"})
# a speaker that is an office of an organisation, with no owner: "the Summit said", "the Executive
# Secretary said", "the Secretary-General said" (not "the Secretary-General of the party")
# (also its assistant or deputy: "the Assistant Secretary-General for Africa said" in a Security Council story)
_ORG_OFFICE = re.compile(r"\b[Tt]he (?:(?:Assistant|Deputy|Under-) ?)?(?:Summit|Executive Secretary|Secretary[- ]General|Chairperson)\b(?! of\b)")
# of several organisations in reach, the one a Secretary-General heads is the office's (SECRETARY_GENERAL_ORGS,
# organisations.csv: "the AU and IGAD ... . The United Nations ... . the Secretary-General said": UN; the AU
# has a Chairperson, IGAD an Executive Secretary)
# the heads of _ORG_REFERENCE: a body named by one alone is the reference, not another body
_REFERENCE_HEADS = frozenset("""Council Commission Union Organisation Organization Agency Assembly Association Secretariat
    Community Court Fund Bank Forum Authority""".split())
# the head right after an organisation's name is that organisation's body, named with it: "The ECOWAS
# Commission said" makes a later "the Commission" ECOWAS's, as "the European Commission" makes it the EU's
_HEAD_AFTER = re.compile(r"\s+(?P<head>[A-Z][a-z]+)\b")
_LOWER_HEADS = frozenset({"forum", "community", "council", "union", "fund", "mission"})
# heads an acronym may end with: "the IMF ... . The Fund said", "the ADB ... . The Bank expects"
_ACRONYM_HEADS = frozenset({"fund", "bank"})
# "the group", "the jihadist group": an armed group named just before ("JNIM fighters attacked a
# base. The group has also been recruiting"); not "the group of 20"
_GROUP_REFERENCE = re.compile(
    r"\b[Tt]he (?:(?:armed|militant|jihadist|rebel|insurgent|extremist|Islamist|terrorist) )?group\b(?! of\b)")
_GROUP_MEMORY = 3  # sentences
# "the mediators": the states the story named as mediators or hosts of the talks
_MEDIATORS_REFERENCE = re.compile(r"\b[Tt]he (?:two |joint )?mediators\b(?! of\b)(?!['’])")
# "the paramilitaries", "the rebels": an armed group the text named with that word before ("the
# paramilitary Rapid Support Forces", "Houthi rebels"), any number of sentences back
_EPITHET_REFERENCE = re.compile(
    r"\b[Tt]he (?P<word>paramilitar(?:y|ies)|militias?|rebels|insurgents|militants|jihadists)\b(?! of\b)(?!['’])")
_EPITHET_MEMORY = 2  # sentences: "the militia" for a group not named with the word
_EPITHETS = {"paramilitary": "paramilitary", "paramilitaries": "paramilitary", "militia": "militia",
             "militias": "militia", "rebel": "rebel", "rebels": "rebel", "insurgent": "insurgent",
             "insurgents": "insurgent", "militant": "militant", "militants": "militant", "jihadist": "jihadist",
             "jihadists": "jihadist"}
# a state's armed forces named ("the Sudanese Armed Forces", "Sudan's army", "the Malian military"):
# what a bare "the army" or "the military" later stands for
_FORCES = re.compile(r"\b(?:[Aa]rmed [Ff]orces|[Aa]rmy|[Mm]ilitary|[Dd]efen[cs]e [Ff]orces)$")
# soldiers named in a sentence: its states' forces may be what a later "the army" means
_TROOPS = re.compile(r"\b(?:troops|soldiers|forces|army|armies|military|navy|junta)\b", re.I)
_FORCES_AFTER = re.compile(r"(?:['’]s)?\s+(?:armed forces|army|military)\b")
_BLOCS, _ALLIANCES = BLOCS, ALLIANCES
# of the blocs, the forums, cartels and free trade associations ("the bloc" may be EFTA or the G7):
# "the bloc" is rather a customs, trade or political union named in reach ("Mercosur and EFTA
# agreed ... . Milei has threatened to leave the bloc": Mercosur)
_LOOSE_BLOCS = frozenset("BRICS ALBA APEC OAS CIS G7 G20 OPEC EFTA ARABLEAGUE PIF SAARC BIMSTEC V4".split())
# "the confederation": one with the word in a name ("the Confederation of Sahel States": AES)
_CONFEDERATIONS = frozenset(code for code, (_, words) in ORGANISATION_WORDS.items() if "confederation" in words)
_CARTELS = frozenset({"OPEC"})
# a bloc's members (BLOC_MEMBERS, organisations.csv) may call it "the bloc" ("Uruguay is negotiating
# with China, which has caused friction within the bloc": MERCOSUR, whatever bloc was named last)
_ORG_MEMORY = 5  # sentences
# heads that often stand for a state's own body ("the constitutional court ... . The Court ruled"):
# only an organisation named in the last few sentences with that word in its text
_LOCAL_HEADS = frozenset({"court"})
# "the bank", "the central bank", "the agency", "the commission", and "The Bank", "The Agency": the
# body named last with that head, a state's or an organisation's ("the Central Bank of Kenya ... . The
# bank said": KEN; "the Asian Development Bank ... . the bank": ADB); none after a company's ("Kenya
# Commercial Bank ... . The bank said") or a body's the gazetteer does not code (see _body_again)
_BODY_REFERENCE = re.compile(r"\b[Tt]he (?:(?P<central>[Cc]entral) )?(?P<head>bank|agency|commission|(?-i:Bank|Agency))\b"
                             r"(?! of\b)(?!-)(?! [A-Z])"
                             # "the lender", "the Washington-based lender": a bank's or a fund's (the IMF's)
                             r"|\b[Tt]he (?:(?:[\w-]+-based|global|multilateral) )?(?P<lender>lender)\b")
# a name with one of those heads: "the Central Bank of Kenya", "Japan's Fisheries Agency", "the US
# Agency for International Development", "Ecobank"
_HEADED_NAME = re.compile(
    r"\b(?P<words>(?:[A-Z][\w'’&-]*\s+)*)(?P<head>Bank|Agency|Commission)\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?"
    r"|\b[A-Z][a-z]+(?P<glued>bank)\b")
# a state's body in lower case right after the state: "Kenya's central bank", "the Japanese
# fisheries agency", "Ghana's electoral commission" (not "the state news agency", a lender's "biggest bank")
_HEAD_AFTER_STATE = re.compile(
    r"\s+(?:(?:central|reserve)\s+(?P<bank>bank)|"
    r"(?:(?!(?:news|press|rating|ratings|private|the|a|an)\b)[a-z-]+\s+){1,2}(?P<head>agency|commission))\b(?! of\b)")
# a head as a common noun, which makes a later "the agency" unsure: "a new agency", "another commission",
# "a Gulf lender"
_HEAD_COMMON = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ee]ach|[Ee]very|[Aa]ny|[Nn]o)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?P<head>bank|agency|commission|lender)\b")
# verbs whose "it" stands for no one: "It is likely that", "It remains unclear", "It took years"
_IMPERSONAL = frozenset("""is was 's are were be been being remains remained seems seemed appears appeared
    takes took taken become becomes became happens happened matters mattered means meant makes made follows
    followed helps helped costs cost comes came goes went gone stands stood looks looked sounds sounded
    feels felt depends depended rains rained snows snowed drizzled thundered""".split())  # weather: "It rained"
# verbs no deal, plan or other thing does, only a state or body: "The EU hailed the deal. It gives ..." may be
# the deal; "New Delhi signed a framework with Washington. It bought Russian crude" is New Delhi
_AGENTS_ONLY = frozenset("""bought buys hosted hosts declined declines refused refuses voted votes welcomed welcomes
    condemned condemns rejected rejects accused accuses summoned summons recalled recalls expelled expels pledged
    pledges promised promises vowed vows warned warns threatened threatens insisted insists denied denies hinted
    hints retaliated retaliates invaded invades deployed deploys ratified ratifies signed signs announced announces
    agreed agrees protested protests""".split())
# "the three governments", "all three countries": three states named together before
_TRIPLE_REFERENCE = re.compile(
    r"\b(?:the|all) three (?:(?:military|Sahel|Sahelian|Baltic|Gulf|Central Asian|Nordic|neighbouring|" + _REGION_WORD
    + r"|(?-i:[A-Z]{2,6})) )?"
    # (not a body's members named by the body, which an apposition lists: "the three African members of the
    # Council — the Democratic Republic of the Congo, Liberia and Somalia —")
    r"(?:countries|nations|governments|capitals|states|juntas|regimes|neighbou?rs|members(?! of the (?-i:[A-Z]))|allies|"
    r"partners|leaders|signatories|powers|delegations|presidents|" + _SET_NOUNS + "|" + _PAIR_OFFICES + r")\b",
    re.I,
)
# what sets a state named right after it apart from a set: "the three democracies can work together without
# Washington leading", "all the neighbours except Chad"
_SET_APART = re.compile(r"\b(?:without|except|excluding|other than|apart from|but not)\s+(?:the\s+)?$", re.I)
# "the juntas", "the military governments": with no number, the three states listed together
# before, and only where three were ("Mali, Burkina Faso and Niger")
_JUNTAS = re.compile(r"\bthe (?:juntas|military (?:governments|regimes|rulers))\b", re.I)
# "the kingdom", "the Gulf sultanate", "the city-state", "the Islamic Republic": a state named before, by
# its form of government
_FORM_REFERENCE = re.compile(
    r"\b[Tt]he (?:(?:[a-z][\w-]*|Gulf|Hashemite|Himalayan|Arab|Nordic|Scandinavian|Asian|African|European|Buddhist) ){0,2}?"
    r"(?P<form>[Kk]ingdom|[Ss]ultanate|[Ee]mirates?|[Pp]rincipality|[Cc]ity-[Ss]tate|[Gg]rand [Dd]uchy"
    r"|[Ii]slamic [Rr]epublic)\b(?! of\b)"
    r"(?! [A-Z])"  # a name's first word: "the Emirates News Agency (WAM) reported"
)
# "the island's foreign minister", "the country's president": the owner of a state's office named by
# what the state is, not by its form of government; the one state the sentence or the ones before name
_OWNER_REFERENCE = re.compile(
    # (a group of islands, in the plural: "The Islands' government", the Falklands')
    r"\b(?P<owner>[Tt]he (?:country|nation|island|republic|(?P<islands>[Ii]slands)))(?(islands)['’]|['’]s) (?i:(?:[a-z-]+ ){0,2}?"
    r"(?:government|president|prime minister|premier|chancellor|minister|ministry|foreign office|ambassador|envoy|"
    r"spokesman|spokeswoman|spokesperson|commissioner|secretary))\b"
)  # the office in capitals too: "The country's Police Commissioner, Ronald Pitakaka,"
# "the country's elections", "the nation's economy": a thing the state owns, no office; the state the
# story is about (``ActorTracker._owner_reference``)
_OWNER_THING = re.compile(r"\b(?P<owner>[Tt]he (?:country|nation))['’]s\b")
# a ministry or minister named by its portfolio, before it or after "of" or "for": "Trade Minister", "the
# finance ministry", "Ministry of Trade"
_PORTFOLIO_OFFICE = re.compile(r"\b(?:(?P<before>[A-Za-z]+) [Mm]inist(?:er|ry)|[Mm]inist(?:er|ry) (?:of|for) (?P<after>[A-Z][a-z]+))\b")
_PRONOUNS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})
# an agreement or talks named by the city they were held in: "the Jeddah accord", "the Havana ceasefire"
_VENUE_AGREEMENT = re.compile(r"\bthe (?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:framework|agreement|accords?|deal|"
                              r"declaration|process|talks|ceasefire|truce|peace deal)\b")
# an alliance of two states named by their hyphened names, "the US-Japan alliance", and "the allies" (no number,
# owner or "of") that later stands for it
_PAIR_ALLIANCE = re.compile(r"\b[A-Z][\w.]*(?: [A-Z][\w.]*)?[-–][A-Z][\w.]*(?: [A-Z][\w.]*)? (?:security |defen[cs]e |"
                            r"military )?alliance\b")
_ALLIES_REFERENCE = re.compile(r"\b[Tt]he allies\b(?! of\b)(?!['’])")
_ALLIANCE_MEMORY = 10  # sentences
# "allies", "several eastern allies", "the allies" with no owner after them ("allies of Kyiv", "the allies'")
_BARE_ALLIES = re.compile(r"\b(?:(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Aa]ll|[Oo]ther|[Ff]ellow|[Ee]astern|[Nn]orthern|"
                          r"[Ss]outhern|[Ee]uropean|[Kk]ey|[Ss]maller|[Tt]he) )*[Aa]llies\b(?! of\b)(?!['’])")
# an owner right before them: "its allies", "America's allies", "US allies", "their eastern allies"
_ALLY_OWNER = re.compile(r"(?:\b(?:its|their|our|his|her|your|my)|['’]s?|\b[A-Z][\w.-]*)\s+$")
# where a pair signed or met: "signed a declaration in Muscat", "met in Jeddah"
_SIGNED_IN = re.compile(r"\b(?:signed|agreed|reached|concluded|met|meeting|talks)\b[^.;:]{0,80}?\b(?:in|at) "
                        r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_EACH_OTHER = re.compile(r"\b(?:each other|one another)\b", re.I)
# "both men", "the two women": the two people last named, not a pair of states
_SHARING = frozenset("share shares shared sharing".split())  # "the two countries shared a vision": done together
_TWO_PEOPLE = re.compile(r"\b(?:both|the two) (?:men|women|(?P<senators>senators))\b", re.I)
# the title a senator is named with, right before the name: "Senator Chris Coons", "Sen. Jim Risch"
_SENATOR_BEFORE = re.compile(r"\b(?:Senator|Sen\.)\s+$")
_TWO_PEOPLE_MEMORY = 15  # sentences
_BARE_TWO = re.compile(r"\b[Tt]he two\b(?= [a-z]+ed\b| (?:have|had|also|will|would|are|were)\b)")
# "the government", "the new foreign ministry", "its army": a state's body, with the state unsaid;
# a legislature ("the legislature", "the National Transitional Council" a junta sets up)
_BARE_BODY = re.compile(
    r"(?:\b(?:the|its) (?:(?:new|next|interim|transitional|caretaker|federal|central|national) ){0,2}"
    r"(?:government|administration|cabinet|parliament|senate|national assembly|presidency|president|legislature|"
    r"(?<=transitional )(?:council|legislative assembly|assembly)|(?<=central )bank|"
    r"prime minister|premier|chancellor|foreign secretary|foreign office|"
    r"minist(?:er|ry) (?:for|of) (?:foreign affairs|defen[cs]e|home affairs|trade|finance)|"
    r"(?:(?:foreign|defen[cs]e|interior|finance) )?(?:minister|ministry)|military|army|navy|"
    r"regime|junta|authorities)"
    # a capitalised "Parliament" needs no article ("Parliament approved the deployment"), but not a
    # place's name ("Parliament House", "Parliament Square"); see _bare_body for the words before it
    r"|(?-i:(?<!['’]s )\bParliament(?! [A-Z]))"
    # a junta's aircraft or troops, "junta" a modifier with no article: "accused junta aircraft of bombing"
    r"|(?<!the )(?<!its )(?<![\w'’-])junta(?= (?:aircraft|jets|warplanes|planes|helicopters|drones|troops|forces|"
    r"soldiers|airstrikes|artillery|officials|leaders?|chief|spokes(?:man|woman|person))\b))"
    r"\b(?! of\b(?! \w+ing\b))"  # "accused the army of receiving drones" is one
    # nor the first word of a compound modifier: "the army-backed government", "the military-led council"
    r"(?!-)",
    re.I,
)

# a state's body as a digest's entries name it, with no article: "govt", "govt forces" anywhere, and "Military regime",
# "Junta", "Government forces" opening the sentence ("Military regime 11 Jan held final phase of election")
_DIGEST_BODY = re.compile(r"\b[Gg]ovt(?: forces)?\b|^(?:Military (?:regime|junta|government)|Junta|Regime|"
                          r"(?:Government|Security) forces)\b(?! of\b)")
# the legislatures _BARE_BODY knows, no place "in" which something happens ("seats in the Senate")
_CHAMBER_WORDS = re.compile(r"\b(?:senate|national assembly|legislature|council|assembly)$|^Parliament$", re.I)
# what a junta does to a legislature: "the junta dissolved the National Assembly", "the suspended parliament"
_COUP_ACTS = re.compile(r"(?:dissolv|suspend|disband|abolish)(?:e|es|ed|ing|s)?", re.I)


def _bare_bodies(text: str) -> Iterator[re.Match[str]]:
    """The state bodies named without their state in ``text`` (``_BARE_BODY``); a "Parliament"
    with no article after a capitalised word other than the sentence's first is another's name
    ("the Kenyan Parliament", "the European Parliament"), not "Parliament approved" nor "by Parliament";
    a chamber "in" which something happens is a place ("In Parliament, the foreign secretary defended
    the move", "five seats in the Senate", "a majority in the National Assembly"), and so is one
    people gather inside or outside ("Protesters gathered outside the legislature")."""
    for m in _BARE_BODY.finditer(text):
        before = text[: m.start()].split()
        chamber = _CHAMBER_WORDS.search(m.group(0))
        if chamber and before and before[-1].lower() in {"in", "inside", "outside"}:
            continue
        if m.group(0) == "Parliament" and len(before) > 1 and before[-1][:1].isupper():
            continue
        yield m
    yield from _DIGEST_BODY.finditer(text)


def _junta_chamber(sent: Span, m: re.Match[str], parsed: bool) -> bool:
    """Whether the legislature ``m`` names is a junta's: a transitional one ("the transitional
    council"), one it dissolved or suspended ("The National Assembly was dissolved after the coup",
    "the suspended parliament"), or one the junta acts on ("the junta replaced the National Assembly");
    not one that acts on the junta ("The National Assembly backed sanctions on the junta" in a story
    from the capital of a state that imposed them)."""
    if "transitional" in m.group(0).lower():
        return True
    span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
    if not parsed or span is None:
        return False
    root = span.root
    if any(c.dep_ == "amod" and _COUP_ACTS.fullmatch(c.text) for c in root.children):
        return True
    verb = root.head
    return root.dep_ in {"dobj", "nsubjpass"} and (_COUP_ACTS.fullmatch(verb.text) is not None or any(
        c.dep_ == "nsubj" and c.lower_ == "junta" for c in verb.children))


# a state's junta named: "Mali's junta", "the Malian junta", "the junta in Niamey", "the military government in
# Niamey"
# a military government is a junta: "Myanmar's military government", "the Malian military regime"
_NAMED_JUNTA = re.compile(r"(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)*)(?:['’]s)? "
                          r"(?:(?:military |ruling )?junta|military (?:government|regime|rulers))\b"
                          r"|\b(?:junta|military (?:government|regime|rulers)) in (?P<seat>[A-Z])")
# the leader given "the junta" right after it: "The junta's leader, General Assimi Goita,"
# (or its spokesman, who speaks for it: "The junta's spokesman, Major General Zaw Min Tun,")
_JUNTA_LEADER = re.compile(r"['’]s (?:\w+ )?(?:leader|chief|head|president|spokes(?:man|woman|person)),? "
                           r"(?:(?:General|Gen\.|Colonel|Col\.|Captain|Capt\.|Brigadier General|Lieutenant Colonel|"
                           r"Major General|Maj\. Gen\.|Lieutenant General|Lt\. Gen\.|President) )?")
# "the Crown Prince", "the President": a person named before with that title ("Crown Prince
# Mohammed bin Salman", "President Smith"), where the document has named one only
_TITLES = (r"crown prince|prime minister|vice president|president|premier|chancellor|king|emir|sultan|"
           r"foreign minister|defen[cs]e minister|interior minister|finance minister|secretary-general")
# "the leaders" with no number, owner or modifier: the two states' leaders the sentence just before
# names, as "the two leaders" ("The President and the Prime Minister agreed ... . The leaders discussed
# the situation in Gaza"); not "the leaders' communique", "the leaders of ...", "the Forum leaders"
_LEADERS_REFERENCE = re.compile(r"(?<![\w-] )(?<![\w-])\b[Tt]he leaders\b(?!['’]| of\b)")
_TITLE_REFERENCE = re.compile(
    rf"\b[Tt]he (?P<title>(?i:{_TITLES}))\b(?! of\b)(?!['’]s\s+(?:office|spokes\w+)\b)"
    r"(?!-elect\b)"  # "the president-elect" holds no office yet: not the president named before"
    r"(?!\s+[A-Z])"  # not a name that holds the title: "the King Hussein Mosque", "the President Hotel"
)
_TITLE_MEMORY = 10  # sentences
# a department's head by title alone, as its own spokesperson and the journalists at its briefing call them: "the
# Secretary" (not "the Secretary-General", "the Secretary of ...", "the Secretary Rubio")
_OWN_SECRETARY = re.compile(r"\b[Tt]he Secretary\b(?![- ]General\b)(?! of\b)(?!\s+[A-Z])")
# the title just before a name ("... Crown Prince" before "Mohammed bin Salman") or opening it
_TITLE_BEFORE = re.compile(rf"(?:^|\s)(?P<title>{_TITLES})\s*$", re.I)
_TITLE_OPENING = re.compile(rf"(?P<title>{_TITLES})\s", re.I)
# the title of a state apposed before the name, a courtesy title between: "the President of the
# Republic of Indonesia, H.E. Prabowo Subianto", "the Prime Minister of Australia, the Hon. Anthony Albanese"
_TITLE_OF_BEFORE = re.compile(rf"\b(?P<title>{_TITLES}) of (?:the )?[A-Z][^,;()]{{0,60}},\s*"
                              r"(?:(?:H\.\s?E\.|His Excellency|Her Excellency|[Tt]he Hon(?:ourable|\.)?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?$",
                              re.I)
# bodies the tagger may take for a name without a code: "the Government's response" (not "the
# Premier's visit", which may be another state's premier)
_BODIES_AS_NAMES = frozenset("government administration cabinet parliament senate assembly authorities legislature council bank".split())
# an organisation's office a state's demonym may stand before, naming only the holder's nationality:
# "the EU's commissioner for migration ... . the Austrian commissioner said" (EU), "the Dutch
# secretary general"; not "the French president", "the British envoy", a state's own offices too
_ORG_TITLE = re.compile(r"(?P<owned>['’]s)?\s+(?P<office>commissioner|secretary[- ]general|high representative|"
                        r"director[- ]general|special representative)\b", re.I)


def _office_key(office: str) -> str:
    """An office's words as one key: "Secretary-General" and "secretary general" alike."""
    return office.lower().replace("-", " ")


_KOREAS = {"north": "PRK", "south": "KOR"}
_KOREA_CODES = frozenset(_KOREAS.values())
# the heads a state's demonym makes its own: "the Korean side", "the Korean delegation" (not
# "Korean enterprises", "Korean citizens")
_STATE_HEADS = frozenset("""side delegation delegations government authorities administration official officials
    leader leaders president presidency ministry ministries minister ministers embassy diplomat diplomats
    negotiator negotiators envoy ambassador military army navy forces troops counterpart counterparts""".split())
_MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "appos", "case", "det"}
_SOURCE_DEPS = {"nsubj", "nsubjpass", "agent", "csubj"}
# organisations that are one side of a pair as a state is: "the UK and the EU ... the two sides",
# a regional bloc or alliance ("ECOWAS ... met Mali's foreign minister. Both sides described the
# talks"); not a forum (APEC, the G20)
_PAIRED_ORGS = frozenset("""EU NATO ASEAN AU ECOWAS GCC MERCOSUR EAEU CARICOM SADC EAC IGAD ECCAS AES CELAC EFTA
    CSTO""".split())
# words of a country's own party politics: "Both parties" near them are political parties, no pair of states
_PARTY_POLITICS = re.compile(
    r"\b(?:parliament\w*|elections?|elect(?:ed|oral)|vot(?:e|es|ed|ers|ing)|ballots?|lawmakers|legislat\w+|MPs|"
    r"opposition|coalition|[Ss]enate|[Cc]ongress|bipartisan|party|Democrats|Republicans|Labour|Conservatives|campaign\w*)\b")
_GOVERNMENTS = re.compile(r"\b(?:governments|partners|allies|signatories)$", re.I)
# a pair phrase's nouns that name states only, never a rebel group: "both governments", "the two countries"
_STATE_NOUNS = re.compile(r"\b(?:countries|nations|states|governments|capitals|neighbou?rs|republics|democracies|country|"
                          r"government|capital)$", re.I)
# what opens a readout of a call or meeting, or a joint statement on a visit: "had a telephone conversation with",
# "held talks with", "At the invitation of ..., paid a State Visit"
# (also "spoke today with", "a call with": a call's readout, "President A spoke today with President B of C")
_MEETING = re.compile(r"\b(?:talks|conversation|(?:phone|video) call|meeting|met|meets|visit|received|receives|hosted|"
                      r"hosts|invitation|(?:spoke|speaks) (?:\w+ ){0,2}?with|call with)\b", re.I)
# a minister's or deputy's title before a name, no head of state's or government's: "Foreign Minister Badr Albusaidi"
# (not "Prime Minister Anthony Albanese", "the Prime Minister of India, Shri Narendra Modi")
_MINISTER_BEFORE = re.compile(r"(?:(?<!prime )minister|(?<!general )secretary|vice[- ]president|deputy \w+)(?: of [\w ]+)? (?:\w+ ){0,4}\w+$",
                              re.I)
_SIDES = re.compile(r"\b(?:sides?|partners|delegations|part(?:y|ies)|leaders|economies)\b", re.I)
# "both sides", "the two sides": which may be a collective with no code ("developed nations"), not "the two countries"
_TWO_SIDES = re.compile(r"\bsides\b", re.I)
# "both powers", "the two (rival) powers": the states a story calls powers, the great and the
# regional ones; a remembered pair of two of them is the phrase's over a pair that holds a state that
# is none ("Beijing ... in Honiara ... Canberra ... . Analysts said both powers would keep competing":
# AUS and CHN, not China and the Solomon Islands it courts)
_POWER_PHRASE = re.compile(r"\bpowers$", re.I)
_POWERS = frozenset("""USA CHN RUS GBR FRA DEU JPN IND PAK AUS TUR IRN SAU ARE ISR EGY BRA ZAF NGA IDN KOR PRK
    EU""".split())
# a court's names for the parties of a case: "the Applicant", "the Respondent" (capitalised)
_CASE_PARTY = re.compile(r"\b[Tt]he (Applicant|Respondent)\b")
# what stands between the two parties of a case's name: "(Democratic Republic of the Congo v. Rwanda)"
_VERSUS = frozenset({"v.", "v", "vs.", "vs", "versus"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
_CLAUSES = {"advcl", "ccomp", "relcl", "parataxis"}
_TARGET_DEPS = {"dobj", "obj", "pobj", "iobj", "dative", "attr", "oprd"}
# prepositions that make a state part of the noun they hang on, which has the noun's role
_PARTITIVE_PREPS = frozenset({"of", "between", "among", "from", "at", "in", "within", "inside", "under"})
# the offices and bodies of an organisation that its "Its" may stand before: "Its secretary general said",
# "Its Permanent Council will meet"
_ORG_OFFICES = frozenset("""general secretary-general director director-general chair chairman chairwoman
chairperson president presidency spokesperson spokesman spokeswoman commissioner envoy head
council assembly commission secretariat""".split())
_BOTH_OF_US = re.compile(r"\b(?:both|the two|each|neither|either) of us\b", re.I)
# a speaker's "our neighbour": the other state of the pair the story relates most, the speaker's one of it
_OUR_NEIGHBOUR = re.compile(r"\bour (?:neighbou?r|neighbou?ring (?:country|state|nation))\b(?!s|['’]s\b)", re.I)
_INVERTING = frozenset({"so", "neither", "nor"})  # "and so does Petro": the subject after its auxiliary
_COME = frozenset("come comes came coming".split())
# nouns of an act aimed "on" or "against" someone, whose modifier is who acts: "an Israeli strike on Iran"
_ACTS = frozenset("""strike strikes attack attacks assault raid raids offensive invasion war sanctions embargo ban
    pressure tariffs crackdown campaign""".split())
# what a state does to what a noun names before its hyphen: "the U.S.-led measures", "a UN-brokered truce"
_LEADS = frozenset("""led backed brokered sponsored funded financed supported imposed drafted mediated proposed armed
    controlled installed""".split())
# nouns of a threat or of hostile acts beside ``_ACTS``, whose "from" is who makes them: "threats from Pyongyang"
_THREATS = frozenset("""threat threats aggression interference intimidation coercion harassment incursions
    provocations""".split())
# what one state wages "in" another: "Russia's war in Ukraine", "Israel's offensive in Lebanon", "a
# Brazilian military intervention in Paraguay"
_WARS_IN = frozenset("war invasion offensive strikes attack attacks assault raids intervention incursion".split())
# acts whose state "of" is what they are done to, with no doer named: "a blockade of Cuba", "the
# invasion of Ukraine" (not "sanctions of the EU", "the Iraq war of 2003")
_DONE_TO = frozenset("""invasion invasions occupation annexation blockade blockades siege bombardment bombing shelling
    encirclement quarantine partition""".split())
# what happens in a place, not who acts there: "Wars in Sudan and in Gaza continue" (not "officials in")
_HAPPENINGS = frozenset("""war wars conflict conflicts fighting violence crisis crises clashes insurgency insurgencies
    famine famines drought droughts floods flooding unrest""".split())
# nouns of help one gives another "for" or "to": "Iranian support for the Houthis"
_AID = frozenset("support backing aid assistance help".split())
# nouns of a deed its possessor or the state on it does, with or without whom it is aimed at:
# "Abiy Ahmed's push for access to the sea", "unilateral American military action", "US pressure"
_DEEDS = frozenset("action actions push bid drive pressure".split())
_NOUN_DEPS = _SOURCE_DEPS | _TARGET_DEPS | {"appos"}  # a noun's place in its clause, not a verb's
# the parse's labels of a verb (the pipeline has no tagger)
_VERB_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "pcomp", "parataxis"})
_PERSON_MEMORY = 3
# how many sentences back a "he" or "she" in a speaker's own quotation may find the other person it means
_QUOTED_PERSON_REACH = 5
# the marks that open or close a quotation
_QUOTE_MARKS = '"“”«»'
# an office a bare "the" names, whose holder a later "his" or "her" may be
# a foreign ministry's acronym that several states' news uses for its own ("MoFA" in Accra, Tokyo
# and Taipei, "FO" in Islamabad): the state the story is filed from
_HOME_ACRONYMS = frozenset({"FO", "MoFA", "MOFA"})
# the office words of a home title before a name: "Interior Minister Mohsin Naqvi"
_HOME_TITLE_OFFICES = frozenset("minister spokesperson spokesman spokeswoman treasurer".split())
# a cabinet office one word names, with no portfolio before it: "Treasurer Jim Chalmers"
_ONE_WORD_CABINET_TITLES = frozenset({"treasurer"})


_ACRONYMS = "claimex.acronyms"  # Doc.user_data key of the acronyms the document defines


def _defined(doc: Doc) -> dict[str, Span]:
    """The acronyms ``doc`` defines (``entities.defined_acronyms``), found once per document."""
    if doc.user_data.get(_ACRONYMS) is None:
        doc.user_data[_ACRONYMS] = defined_acronyms(doc)
    return doc.user_data[_ACRONYMS]


def _coded_at(doc: Doc, i: int) -> bool:
    ent = ent_at(doc, i)
    return ent is not None and bool(ent._.code)


def _home_title(sent: Span, start: int) -> bool:
    """The words just before token ``start`` are a title of a home office with no owner: one to
    four capitalised words (or a foreign ministry's acronym) ending in an office word, "Interior
    Minister", "FO spokesperson", "Foreign Affairs Minister", or a one-word cabinet title alone
    ("Treasurer"); none of them coded, and no possessive or coded word right before the title
    ("Kenyan Interior Minister", "Kenya's Interior Minister"); not "Prime Minister", which is no
    cabinet office."""
    doc = sent.doc
    if start <= sent.start or doc[start - 1].lower_ not in _HOME_TITLE_OFFICES:
        return False
    first = start - 1
    while first > sent.start and start - first < 4 and (doc[first - 1].is_title or doc[first - 1].text in _HOME_ACRONYMS) \
            and doc[first - 1].lower_ not in {"the", "a", "an"} and not _coded_at(doc, first - 1):
        first -= 1
    words = doc[first:start]
    if words[-1].lower_ in _ONE_WORD_CABINET_TITLES:
        if len(words) > 1:
            return False  # "Treasurer Jim Chalmers" alone; not "Shadow Treasurer ...", "State Treasurer ..."
    elif len(words) < 2 or words[-2].lower_ in {"prime", "vice", "deputy", "former", "chief"}:
        return False
    elif words[-1].lower_ != "minister" and not any(t.text in _HOME_ACRONYMS for t in words):
        return False  # "Government spokesman Gerson Msigwa": the state that spoke before (claims)
    before = doc[first - 1] if first > sent.start else None
    return not any(_coded_at(doc, t.i) for t in words) and not (
        before is not None and (before.lower_ in {"'s", "’s", "of", "former", "ex"} or _coded_at(doc, before.i)))


def _opening_state(sent: Span, found: list[ActorMention]) -> str | None:
    """The state whose capital or name opens the sentence as where it happens, "In Quito, Foreign
    Minister Gabriela Sommerfeld said": a home office's there is that state's, over the dateline's
    ("THE HAGUE, Netherlands") where the story does not name that one."""
    doc = sent.doc
    if len(sent) < 3 or doc[sent.start].lower_ != "in":
        return None
    place = next((a for a in found if a.start == doc[sent.start + 1].idx), None)
    if place is None or place.code not in STATE_CODES or place.via not in {"capital", "name"}:
        return None
    return place.code if span_text(sent)[place.end - sent.start_char : place.end - sent.start_char + 1] == "," else None


_OFFICE_WORDS = frozenset("president premier chancellor minister king emir sultan monarch".split())
# how many sentences back a pair related as parties is taken for "the two countries" before older ones
_PARTY_MEMORY = 3
# prepositions of the place a list of states stands for, not parties: "subsidiaries in Singapore and Hong Kong"
_PLACE_PREPS = frozenset("in at across through into inside within near around throughout via".split())
# how much a pair of states named one sentence further back counts in "the two countries"
_PAIR_DECAY = 0.95
_PAIR_MEMORY = 80  # sentences: 0.95 ** 80 is nearly nothing
# a sentence's own state takes its partners from the group it is in, unless a group without it
# is at least twice as related: a mediator's "both capitals" are the two it mediates between
_OWN_GROUP_SHARE = 0.5
# the pair a document is about: named together in this many sentences, each member in this share
# of them, and no other actor in more than this share of the rarer member's sentences
_TOPIC_PAIR_SENTENCES = 3
_TOPIC_PAIR_SHARE = 0.2
_TOPIC_PAIR_DOMINANCE = 0.5
# "a Swedish-registered vessel", "a UK-based group", "Serb-majority municipalities": where
# something comes from or who lives there, not who acts
# not "-made", "-built": a state that supplies arms or goods is a party ("Norway chose British-built frigates")
_ORIGIN_SUFFIXES = {"registered", "flagged", "born", "based", "speaking", "majority", "populated", "owned", "language",
                    "era",  # "the Soviet-era quota system", "Yugoslav-era barracks": a period, no party
                    "style"}  # "a Westminster-style parliament", "Soviet-style planning": a model, no party
# a system of government named after its seat: "the Westminster system", "the Beijing model"
_MODELS = frozenset("system model".split())
_LANGUAGE = {"language", "languages", "dialect"}
# what a demonym names that is no state's doing: a language's words and names, a field of study, a
# cuisine ("the Chinese name for the shoal", "a professor of Chinese studies", "Thai cuisine")
_NOT_A_PARTY = frozenset("""name names word words term terms spelling characters script studies literature cuisine
    food dishes original originals translation translations subtitles""".split())
# a programme or desk of a think tank or university named after the state it studies: "director of
# the Turkey programme at the Middle East Institute" (not "Iran's nuclear programme")
_PROGRAMMES = frozenset("programme program desk project initiative".split())
_SPOKE = frozenset("said says spoke speaks speaking wrote writes written posted tweeted published broadcast".split())
# "available in Spanish", "translated into Arabic": what a text is in, a language
_IN_LANGUAGE = _SPOKE | frozenset("available translated subtitled dubbed".split())
# "U.S. dollars", "Hong Kong dollar", "Chinese yuan": a unit of money, not a party
# (not "won", "pounds" or "real", which are also verbs and words: "South Korea won the bid")
_CURRENCIES = {"dollar", "dollars", "yuan", "renminbi", "rupee", "rupees", "ruble", "rubles", "rouble", "roubles",
               "peso", "pesos", "franc", "francs", "lira", "yen", "reais", "dinar", "dinars", "riyal", "riyals",
               # a market's instruments: "U.S. Treasuries", "Chinese equities"
               "treasuries", "equities"}
# "US crude futures", "the US stock market": a market's, not a state acting
_MARKET = re.compile(r"^(?:crude|oil|gas|wheat|stock|equity)? ?(?:futures|benchmarks?|stock (?:index|market))\b", re.I)
# a benchmark's or an index's acronym before its prices: "Dutch TTF prices", "the Japanese JKM benchmark"
_BENCHMARK = re.compile(r"^[A-Z]{2,5} (?:gas |power |spot )?(?:prices?|futures|benchmarks?|index|contracts?)\b")
# "few other Central Asian states", "some Nordic countries": only part of the set
_PART_OF = frozenset("other some few many most several certain fellow smaller larger".split())
# "the Paris Agreement", "the Minsk peace accords", "the Treaty of Rome": a capital naming an
# instrument, forum or venue
_INSTRUMENTS = frozenset(
    """agreement agreements accord accords pact pacts treaty treaties convention conventions
    protocol protocols club group format process memorandum declaration declarations round understanding
    consensus charter communique communiqué principles talks summit conference congress
    negotiations peace forum dialogue framework track tracks fair fairs festival expo
    ceremony ceremonies signing meeting meetings ministerial gathering summits conferences""".split()
)
# an organisation before one of these, capitalised, names a document it wrote, not a party: "the
# U.N. Convention on the Law of the Sea", "the UN Charter", "the OSCE Helsinki Final Act"
_ORG_INSTRUMENTS = frozenset(
    """convention conventions charter protocol protocols declaration act scheme programme program regulation directive
    consensus""".split())
# a scheme's lower-case kind after a name that holds an organisation's: "the BRICS Clear depository system"
_SCHEMES = frozenset("system scheme platform mechanism".split())
# words that may stand between the capital and the instrument: "the Paris climate agreement"
_HYPHENS = frozenset({"-", "\u2013"})  # "the Belgrade-Pristina dialogue", "the Seoul–Tokyo summit"
_INSTRUMENT_MODIFIERS = frozenset(
    """climate peace nuclear ceasefire cease-fire trade arms security final interim free framework
    international economic follow up follow-up - ii iii 2 3 +""".split()
)
# a state named after one of these is what a relation reaches ("a border wall with Mexico"), so it
# says nothing about whose "Congress" the sentence means
_RELATION_PREPOSITIONS = frozenset("with to against toward towards into for from on over about between".split())
# the prepositions whose listed objects each meet the subject alone: "ties with Washington, Tokyo
# and Canberra" relates Manila to each, not Tokyo to Canberra; not "between", "among" or "of"
_OBJECT_PREPOSITIONS = _RELATION_PREPOSITIONS - {"between"}
# the prepositions of the places a verb or its object reaches, each on its own: "trained police in
# Vanuatu and Kiribati" relates Australia to each, not Vanuatu to Kiribati
_PLACE_PREPOSITIONS = frozenset({"in", "across", "through", "throughout"})
# words that bring a verb's listed objects together: "brought Serbia and Kosovo together",
# "trilateral drills with Japan and Australia", "sought to reconcile Riyadh and Doha", "a shared interest",
# and what several lead as one ("Kenya and Ghana co-hosted the conference")
_JOINT_OBJECTS = re.compile(r"\b(?:together|each other|one another|trilateral|three-way|joint|jointly|shared|mutual|reconcil\w*"
                            r"|co-?(?:chair|host|sponsor|organi[sz]|lead|led|broker|author)\w*)\b", re.I)
# verbs that make their objects members of one group ("a conference that would include Riyadh and
# Tehran", "convene the DRC, Rwanda and the M23"), and one pact or meeting with several ("a
# security pact with the United States and Britain")
_GROUPING_VERBS = re.compile(r"(?:includ|compris|group|unit|gather|conven|host|bring|brought)\w*")
_GROUPING_NOUNS = frozenset("pact alliance treaty coalition summit conference".split())
# the dependencies of a noun, as the parse gives no part of speech: "ministers" in "ministers from
# Egypt and Sudan meet" is a subject (not _NOUN_DEPS, a noun's place in its clause)
_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative", "npadvmod", "oprd", "compound"})
# "litigated at The Hague", "the ruling in The Hague": the seat of the international courts
_COURT_SEATS = frozenset({"the hague", "hague"})
# the seat of the EU's court, which a sentence about a case names for it ("referring the question
# to Luxembourg"); elsewhere the state
_CASE_SEATS = frozenset({"luxembourg"})
_CASE_WORDS = re.compile(r"\b(?:refer(?:s|red|ring)?|court|judges?|ruled|ruling|litigat\w*|lawsuit)\b", re.I)
# a foreign state's mission: the city it sits in is no party ("the Chinese embassy in Canberra")
_MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates"})
# an institution whose city is only where it sits: "a professor at Bilkent University in Ankara"
_SEATED_INSTITUTIONS = frozenset("university institute college school academy".split())
# who works at a think tank, which may be named by acronym or name alone: "analysts at CSIS in
# Washington", "a fellow at Chatham House in London"
_RESEARCHERS = frozenset(
    """researcher fellow analyst professor expert scholar economist historian lecturer academic strategist
    specialist""".split()
)
# words of a name that make it a state's own body, whose city stays its state ("a researcher at
# the Defence Ministry in Tokyo")
_GOVERNMENT_WORDS = _BODY_HEADS | frozenset(
    "government ministry ministries bank parliament presidency palace treasury secretariat authority".split())
_VENUE_PREPOSITIONS = frozenset({"at", "in", "to", "before", "from"})
# "on the island of Saint Vincent", "in the city of Kigali": a place a state's name or a city names
_PLACE_NOUNS = frozenset("island islands city town village province region capital".split())
# places a list of cities names as places, not governments: "the ports of Lomé, Cotonou and Abidjan",
# "the roads from Dakar, Conakry and Accra" (no three for "the three states")
_LISTED_PLACES = frozenset("""port ports city cities town towns road roads route routes harbour harbours harbor
    harbors market markets street streets airport airports highway highways corridor corridors""".split())
# what carries people or goods along a line: a place they go "to" is a destination, no party
_CARRIERS = frozenset("flight flights route routes train trains ferry ferries bus buses".split())
# a capital named as where something was signed or held: "a protocol signed in Abu Dhabi"
_WORD = re.compile(r"[^\W\d_]+")
_VENUE_BEFORE = re.compile(
    r"\b(?:signed|held|met|meet|meeting|talks|negotiations|round|summit|hosted) (?:\w+ ){0,3}?(?:in|at)\s+$", re.I)
# nouns and verbs of meeting, signing, showing and speaking: a place "in" or "at" them is a venue
_VENUE_WORDS = frozenset("""meeting meetings talks negotiations round rounds summit summits conference conferences
    dialogue dialogues session sessions exhibition exhibitions expo ceremony gathering consultations spectator spectators
    briefing speech interview interviews event tone stadium stadiums arena arenas venue venues retreat retreats""".split())
# a venue's name, whose city is only where it stands: "the Marriott Hotel in Islamabad"
_NAMED_VENUES = frozenset({"hotel"})
# people in a place, not its government: "you were in the room in Accra" ("nobody in Moscow" is its government)
# (not "its allies in Paris", "Officials in Lusaka", "Nobody in Tehran believes")
_CROWDS = frozenset({"room"})
# where an organisation sits, as a meeting's place: "met at the UNIFIL headquarters in Naqoura"
_SEAT_NOUNS = frozenset("headquarters compound premises palace".split())
# receiving a person is meeting them: "will be received by President Lula at the Planalto Palace"
_RECEIVING = frozenset("receive receives received receiving".split())
_SITTING_DOWN = frozenset("sit sits sat sitting".split())  # "sat down with BIRN in Pristina": an interview
_VENUE_VERBS = frozenset("""meet meets met gather gathers gathered convene convenes convened sign signs signed hold
    holds held host hosts hosted say says said saying tell tells told telling speak speaks spoke speaking endorse endorses
    endorsed initial initials initialled initialed initialling initialing ink inks inked inking""".split())
# answering, where the place is on the verb itself: "responded hours later in Georgetown" (not "could
# respond by escalating its campaign in Washington")
_ANSWERING = frozenset("respond responds responded responding reply replies replied replying".split())
# a promise's place, where the place phrase hangs on a passive or participle itself: "the finance that
# was promised in Baku", "the money pledged in Addis Ababa" (not "pledged 6 billion euros in aid for
# refugees in Turkey", which the parse may hang on the verb)
_PROMISING = frozenset("promise promises promised pledge pledges pledged".split())
# a thing endorsed by a gathering in a participle clause on it: "the initiative, endorsed by leaders in Tonga"
_ENDORSED = frozenset("endorsed adopted approved".split())
_GATHERED = frozenset("leaders ministers delegates delegations".split())
# markets and what trades on them: a place they trade in is no party
_MARKET_WORDS = frozenset("""bourse trading shares stocks equities futures bonds yields currency rouble ruble rupee
    yen yuan renminbi rand lira peso crude""".split())
# where a body sits: "the Fifth Fleet, which is headquartered in Bahrain", "a company based in Qatar"
# (not troops: "Kenyan troops based in Somalia" are Kenya's in Somalia)
# (also where someone serves or is posted: "When I served in Nairobi", "was posted to Addis Ababa")
_SITTING_VERBS = frozenset("headquartered based located serve serves served serving posted".split())
_STATIONED = frozenset("""troops forces soldiers personnel units contingent contingents peacekeepers fighters
    militants marines sailors""".split())
# what a meeting reaches: "The understanding was reached in Doha", "reached a deal in Abidjan"
_REACHED = frozenset("""deal deals agreement agreements accord accords understanding understandings compromise
    consensus settlement truce ceasefire""".split())
# a market or exchange where what these name trades, or an exchange by its name: "the stock market in
# Seoul", not "a Christmas market in Magdeburg", "a crowded market in Kabul", "a prisoner exchange in Istanbul"
_MARKET_PLACES = frozenset("market markets exchange exchanges".split())
_TRADED = frozenset("""stock stocks bond bonds currency currencies equity money financial oil commodity commodities
    futures forex""".split())
# verbs whose object the bare infinitive after them has as its subject: "help the people rebuild"
_BARE_INFINITIVE_VERBS = frozenset("help helps helped helping let lets make makes made see saw watch watched".split())
# verbs of demand whose clause's plain form ("demand Iran restore", "insisted that Kigali withdraw")
# makes its subject the one demanded of
# verbs of expecting, whose infinitive's subject does what is expected, not something done to it:
# "expect Washington to use tariffs as leverage"
_EXPECTING = frozenset("expect expects expected expecting".split())
_MANDATIVE = frozenset("""demand demands demanded demanding insist insists insisted insisting require requires
    required requiring""".split())
# nouns after which "by" is a place, not who acts: "the border by the river"
_ACTS_BY_PLACE = frozenset("border borders coast river road way".split())
# verbs of travel and invitation whose place is a venue where they are "for" a meeting (the parse
# gives no part of speech nor lemma: word forms)
_TRAVEL_VERBS = frozenset("""return returns returned returning travel travels travelled traveled travelling traveling
    fly flies flew flown flying come comes came coming go goes went going head heads headed heading arrive arrives
    arrived arriving invite invites invited""".split())
# "a row over Taiwan", "sanctions over Ukraine": the name after "over" is what the dispute is about
_DISPUTES = frozenset(
    """row rows dispute disputes quarrel quarrels tension tensions accusations sanctions spat standoff
    stand-off feud rift differences disagreement disagreements split barbs""".split()
)
# "handle the Taiwan question", "the Iran file": a state's name before one of these is a topic
_TOPICS = frozenset("question issue problem file dossier".split())
# verbs whose "on"/"over"/"about" takes what is agreed about: "cannot agree on Ukraine"
_AGREEING = frozenset("agree agrees agreed agreeing disagree disagrees disagreed disagreeing".split())
# "commitments on history and Taiwan": a state listed with a plain noun after one of these nouns
# and a preposition is a topic too
_TOPIC_PREPOSITIONS = frozenset("on over about concerning regarding".split())
# "remarks concerning Taiwan": a name after one of these is always what something is about
_ABOUT = frozenset({"concerning", "regarding"})
# verbs whose object is an instrument, so a capital there names one: "renegotiating The Hague"
_INSTRUMENT_VERBS = ("renegotiat", "ratif", "implement")
_STANCES = frozenset(
    """commitment commitments position positions stance stances view views remarks comments assurances
    promise promises pledge pledges understanding consensus""".split()
)
# "since the invasion of Ukraine", "a week before Russia's annexation of Crimea": a date, not a party
_WARS = frozenset({"invasion", "annexation", "occupation"})
# "since the Soviet collapse", "after the break-up of Yugoslavia": a state's end dates something
_ENDS = frozenset({"collapse", "breakup", "break-up", "dissolution", "fall"})
_TIME_ANCHORS = frozenset({"since", "before", "after", "until"})
_TIME_ANCHOR_PHRASES = frozenset({"ahead of", "prior to"})
_MEETINGS = frozenset({"summit", "summits", "ministerial", "meeting", "meetings"})
# "on the sidelines of the SCO summit", "on the margins of the ASEAN-related Foreign Ministers'
# Meetings": a meeting named as the occasion of another between others
_OCCASION = re.compile(r"\bon the (?:sidelines?|margins?|fringes?) of ([^,.;:]{0,80})$", re.I)
_OCCASION_ENDS = frozenset("forum on in at this last next during".split())
_OCCASION_WORDS = frozenset("the this next last annual month's year's week's ( ) - – '".split())
# a chamber's name that the parliaments of several states bear -> those states
# (also a ministry's: "the Foreign Office" in a story filed from ISLAMABAD is Pakistan's, and a
# military staff's: "the Joint Chiefs of Staff" in a story filed from SEOUL is South Korea's, and a
# security council's: "the National Security Council (NSC)" in one filed from SEOUL or TOKYO, and a
# department's: "the commerce department" in one filed from NEW DELHI)
_SHARED_CHAMBERS = {"house of commons": frozenset({"GBR", "CAN"}), "foreign office": frozenset({"GBR", "PAK"}),
                    "commerce department": frozenset({"USA", "IND"}),
                    "department of commerce": frozenset({"USA", "IND"}),
                    "joint chiefs of staff": frozenset({"USA", "KOR"}), "joint chiefs": frozenset({"USA", "KOR"}),
                    "national security council": frozenset({"USA", "KOR", "JPN", "GBR", "PHL", "IND", "TUR", "ISR",
                                                            "THA", "TWN"})}
# "press secretary", "press service": a state's own spokespeople, not the press
_OFFICIAL_AFTER_MEDIA = {"secretary", "secretaries", "officer", "officers", "office", "service", "attache",
                         "attaché", "spokesman", "spokeswoman", "spokesperson", "aide", "conference"}
# the word before "source" that puts the source inside a state's government: "a senior UK government source" (not a
# wire's "military sources" or "security sources", who report what others do, as witnesses do)
_GOVERNMENT_SOURCE = frozenset("government ministry administration cabinet palace presidential kremlin official".split())
# the last word of a paper's name: "the Asahi Shimbun", "the Korea Times", "Kyodo News"
_PAPER_NAMES = frozenset("shimbun ilbo times post herald tribune gazette journal daily news chronicle telegraph".split())
# a speaker phrase with one of these words is a reporting source, not a government voice
_MEDIA = frozenset(
    """newspaper newspapers paper daily weekly radio television tv broadcaster channel
    website magazine journal outlet press media news correspondent correspondents reporter
    reporters source sources witness witnesses observatory monitor monitors""".split()
)


@dataclass(frozen=True)
class ActorMention:
    text: str
    code: str
    kind: str
    via: str
    start: int
    end: int
    role: str | None = None


def _headline_states(doc: Doc) -> set[str]:
    """The states the document's headline names."""
    head = next((f for f in doc._.furniture if f.kind == "header"), None)
    return ({str(e._.code) for e in ents_of(doc) if head.start <= e.start_char < head.end and e._.code in STATE_CODES}
            if head is not None else set())


# the verbs a communiqué's, resolution's or conclusions' paragraphs open with, bare, the issuing body their
# unsaid subject: "Welcomes the efforts of ...", "Strongly condemns", "Recalling its previous decisions"
_ISSUING_VERBS = """accept acknowledge act adopt affirm agree appeal appreciate approve authorise authorize bear call
    commend commit condemn congratulate consider decide declare demand deplore direct emphasise emphasize
    encourage endorse express extend highlight instruct invite note pay pledge reaffirm recall recognise
    recognize recommend regret reiterate reject remain renew request stress support take underline underscore
    urge warn welcome""".split()
_ISSUING_OPENERS = frozenset(
    w for base in _ISSUING_VERBS
    for w in (base + ("es" if base.endswith(("s", "sh", "ch")) else "s"),
              (base[:-1] if base.endswith("e") else base) + "ing"))
# an adverb before such a verb: "Strongly condemns", "Further requests", "Also welcomes"
_ISSUING_ADVERB = re.compile(r"(?:[A-Z][a-z]+ly|Also|Further|Again)\Z")
# what may stand before a paragraph's first word: its number ("4. ", "(b) ")
_PARAGRAPH_OPENING = re.compile(r"(?:\A|\n)[ \t]*(?:\(?[0-9A-Za-z]{1,4}[.)][ \t]*)?\Z")


def issuing_paragraph(sent: Span) -> bool:
    """The sentence opens its paragraph with a bare verb of ``_ISSUING_OPENERS``, capitalised, and its main
    verb has no subject: "4. Welcomes the efforts of IGAD", "Recalling its previous decisions", "Strongly
    condemns the attacks" (not "Welcomes aside, the minister said", nor a sentence inside a paragraph)."""
    words = [t for t in sent[:2] if not t.is_punct]
    if not words or not words[0].text[:1].isupper():
        return False
    verb = words[1] if len(words) > 1 and _ISSUING_ADVERB.match(words[0].text) else words[0]
    if verb.lower_ not in _ISSUING_OPENERS:
        return False
    before = doc_text(sent.doc)[max(0, sent.start_char - 12) : sent.start_char]
    if not _PARAGRAPH_OPENING.search(before):
        return False
    return not any(t.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for t in sent.root.children)


def issuer(doc: Doc, sentences: list[Span]) -> ActorMention | None:
    """The body that issues a communiqué, resolution or conclusions: the organisation its first body
    sentence opens with ("The Peace and Security Council of the African Union (AU), at its 1310th meeting,")
    else the one its title names ("Communiqué of the ... meeting of the Peace and Security Council"), where
    at least two of its paragraphs open with a bare verb of the body's (``issuing_paragraph``); else None."""
    if sum(1 for sent in sentences if issuing_paragraph(sent)) < 2:
        return None
    orgs = [e for e in ents_of(doc) if e._.code and e._.kind == "organisation"]
    first = sentences[0]
    opening = next((e for e in orgs if first.start <= e.start <= first.start + 1 and e.end <= first.end
                    and (e.start == first.start or first[0].lower_ == "the")), None)
    head = next((f for f in doc._.furniture if f.kind == "header"), None)
    titled = next((e for e in orgs if head is not None and head.start <= e.start_char < head.end), None)
    e = opening or titled
    return ActorMention(e.text, str(e._.code), "organisation", "org", e.start_char, e.end_char) if e is not None else None


# a statement's opening in its issuing body's voice, the body named in apposition to "We": "We, the Leaders of
# the Group of Seven (G7), met", "We, the Heads of State and Government of the Member States of the African Union,"
_WE_THE = re.compile(r"We,\s+the\s+[^,;:\n]{3,160}?,")
# a title that names a body's own statement: "G7 Leaders' Statement on Ukraine", "Declaration of the ASEAN Summit"
_STATEMENT_TITLE = re.compile(r"\b(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé]|[Cc]onclusions|[Rr]esolution)\b")


def speaking_body(doc: Doc, sentences: list[Span]) -> str | None:
    """The organisation whose voice a statement's "we", "our" and "us" are, where its body says them outside
    quotation marks three times or more: the one its first body sentence names in apposition to an opening
    "We," ("We, the Leaders of the Group of Seven (G7), met": G7), else the one a statement's title names
    first, before any state ("G7 Leaders' Statement on Ukraine", "Declaration of the ASEAN Foreign Ministers";
    not "Joint Statement of India and the EU", nor a news headline, "NATO allies agree ..."). The "we" of an
    organisation's members is the organisation's; else None."""
    text = doc_text(doc)
    if not sentences or len(_FIRST_PLURAL.findall(_QUOTED.sub("", text))) < 3:
        return None
    first = sentences[0]
    opening = _WE_THE.match(span_text(first))
    ents = [e for e in ents_of(doc) if e._.code]
    if opening is not None:
        end = first.start_char + opening.end()
        named = [e for e in ents if first.start_char <= e.start_char and e.end_char <= end]
        return next((str(e._.code) for e in named if e._.kind == "organisation"), None)
    return statement_body(doc, text, ents)


def statement_body(doc: Doc, text: str | None = None, ents: list[Span] | None = None) -> str | None:
    """The organisation a statement's title names first, before any state ("Final Communiqué of the
    Council of the League of Arab States": ARABLEAGUE; not "Joint Statement of India and the EU"), else
    None. ``text`` and ``ents`` are the document's, where the caller has them."""
    text = doc_text(doc) if text is None else text
    ents = [e for e in ents_of(doc) if e._.code] if ents is None else ents
    head = next((f for f in doc._.furniture if f.kind == "header" and _STATEMENT_TITLE.search(text[f.start : f.end])), None)
    named = [e for e in ents if head is not None and head.start <= e.start_char and e.end_char <= head.end]
    return str(named[0]._.code) if named and named[0]._.kind == "organisation" else None


class ActorTracker:
    """Walks a document's sentences in order, remembering the actors named so far."""

    def __init__(self) -> None:
        self._recent_states: list[str] = []
        self._named_states: list[tuple[int, frozenset[str]]] = []  # (sentence, the states it names)
        self._item = 0  # the first sentence of a digest's item (see new_item)
        # the first sentence of the item before it, and the pair the text related most when the item began
        self._item_before = 0
        self._item_main: frozenset[str] = frozenset()
        # every state code mentioned in each of the last three sentences
        self._window: deque[frozenset[str]] = deque(maxlen=_PERSON_MEMORY)
        # the people of the last sentence that named any, its subject first
        self._last_people: tuple[int, list[ActorMention]] | None = None
        # (sentence, person) for every person named, or a pronoun stood for: "both men"
        self._people_seen: list[tuple[int, ActorMention]] = []
        self._uncoded_named = -1  # the last sentence that named a person the gazetteer cannot code
        self._people_by_name: dict[str, ActorMention] = {}  # the last person named with each family or first name
        self._sentence = 0
        # (sentence, code) for the capitals the story named as venues: "invited ... to Brussels for the first
        # high-level meeting" makes a later "We will come to Brussels" the venue again
        self._venue_places: list[tuple[int, str]] = []
        # (sentence, two or three states named together, weight): what "the two countries" and
        # "the three governments" may mean
        self._groups: list[tuple[int, frozenset[str], float]] = []
        # sentence -> the pairs it relates as parties (see _party_pairs), for "the two countries" soon after
        self._parties: dict[int, set[frozenset[str]]] = {}
        # a city named only as where a pair signed or met, and the pairs that sentence related as parties:
        # whose "the Jeddah accord" is later
        self._venue_pairs: dict[str, set[frozenset[str]]] = {}
        # an agreement's word -> the two states that signed or ratified it: "Bishkek and Dushanbe ratified a border
        # treaty" (border: KGZ, TJK), whose "the border deal" is later
        self._deal_pairs: dict[str, frozenset[str]] = {}
        self._alliance: tuple[int, frozenset[str]] = (-1, frozenset())  # "the US-Japan alliance": USA, JPN
        self._phrase_pairs: dict[int, set[frozenset[str]]] = {}
        # sentence -> the pairs it names only in an "if" or "unless" clause or a relative clause: no
        # pair of that sentence for a pair phrase right after it ("... may not hold if Washington and
        # Beijing reach an accommodation. I expect the two militaries to sign": not CHN and USA)
        self._hypothetical: dict[int, set[frozenset[str]]] = {}
        self._acted_on: dict[int, set[frozenset[str]]] = {}
        # sentence -> the states and organisations it names acting (sources, not context): who "the
        # three partners" after "Germany and the EU pledged aid for Moldova, and France joined them" are
        self._acting: dict[int, frozenset[str]] = {}
        # sentence -> the pairs it lists together ("Kenya and Somalia signed"), and the paragraph it is in (a new
        # one after a line break): a pair related only in passing in another paragraph ("he will travel to
        # Baku for talks with ...") is no antecedent of "the two countries" over the pair the story is about
        self._listed_at: dict[int, set[frozenset[str]]] = {}
        self._paragraph_at: dict[int, int] = {}
        # sentence -> the pairs it lists as examples of a set ("all neighbours, including Russia and Iran"): no
        # pair "the two leaders" after it means
        self._examples_at: dict[int, set[frozenset[str]]] = {}
        self._last_end = 0
        # (sentence, mention) for the organisations named: what "the bloc" or "the Council" may mean
        self._orgs: list[tuple[int, ActorMention]] = []
        # where in the last sentence a reference ("The bloc said") starts -> the organisation it
        # stands for, also where that one is an actor already: the code of a speaker it names
        self.references: dict[int, str] = {}
        # every organisation named in the document so far, and the words of the names of other
        # bodies ("the Electoral Commission"): what "the Commission" may stand for beyond the last
        # few sentences, and what stops it
        self._named_orgs: list[ActorMention] = []
        self._other_bodies: set[str] = set()
        # the sentence that last named another body with a word, and an organisation with it in
        # its text ("the Security Council", "the Council"): the later of the two is what it means
        self._body_said: dict[str, int] = {}
        self._org_said: dict[tuple[str, str], int] = {}
        # the organisations the text has called by a capitalised head alone ("The Council said": the
        # AU's Peace and Security Council), by (code, head)
        self._org_called: set[tuple[str, str]] = set()
        # (sentence, words) of the common nouns of ``_LOWER_HEADS`` used ("the business community",
        # "a city council") and of the bodies named that are no organisation of ours (any word):
        # each makes a lower-case "the community" or "the organisation" unsure
        self._common: list[tuple[int, set[str]]] = []
        self._armed: list[tuple[int, ActorMention]] = []  # (sentence, mention) of the armed groups named: "the group"
        # word ("paramilitary", "rebel") -> the armed groups the text named with it: "the paramilitaries"
        self._epithets: dict[str, set[str]] = {}
        # (sentence, state) of the armed forces named ("the Sudanese Armed Forces (SAF)"): "the army"
        self._forces: list[tuple[int, str]] = []
        # the states the story named as mediators or hosts of talks ("The Saudi and US mediators", "shuttle
        # diplomacy by Ankara"): no member of a pair phrase's pair, which is the two they mediate between
        self._mediators: set[str] = set()
        # the states each sentence names as mediating ("Kenya has offered its good offices to both parties")
        self._mediating_at: dict[int, set[str]] = {}
        self._mediating: set[str] = set()  # those of them named as such in this sentence
        # the state or organisation that was the subject of the last sentence's main verb: "it"
        self._subject: tuple[int, ActorMention | None] = (-1, None)
        self._subject_listed = False
        self._quoting = False  # a quotation is open where the sentence starts, "they" inside it the state it just named
        # the singular thing that sentence's main verb acted on, which "it" may as well stand for ("The
        # EU hailed the deal. It gives ..."), unless the next sentence names it again
        self._rival: str | None = None
        # the state of the place the story was filed from ("ISLAMABAD:"), if its dateline names one
        self.filed: str | None = None
        # the mentions of this sentence that _home_chamber gave the filing state: span -> (was, now)
        self.rehomed: dict[tuple[int, int], tuple[str, str]] = {}
        self._speaking: str | None = None  # the state of the transcript speaker whose turn it is
        self._speech: Attribution | None = None  # the sentence's speaker, if any
        self._speakers: set[str] = set()  # the states of the transcript's speakers so far
        # the states an interview's last question named, and those its answer has named so far (None: no answer yet)
        self._asked: set[str] = set()
        self._answered: set[str] | None = None
        self._answering: str | None = None  # the state of the interviewee whose answer holds the sentence
        self._addressing: str | None = None  # the state of the speaker a transcript's question is put to
        self._interviewee: ActorMention | None = None  # the one an interview's introduction names (``introduced``)
        self._in_turn = False  # the sentence is a transcript's or an interview's turn, not the author's voice
        self._pronoun_for: ActorMention | None = None  # the person "he" or "she" stood for in this sentence
        self._pronoun_led = False  # and that pronoun was (or owned) the main verb's subject
        # the person a profile is about, where this sentence's subject pronoun stands for them (Context.topic_here),
        # and whether the text gave them no code
        self._topic: Attribution | None = None
        self._topic_uncoded = False
        # the person a subject "he" or "she" stood for in a sentence that named other people only as
        # objects, in apposition or in a phrase: "He later reconciled with the Ivorian president,
        # Laurent Gbagbo," (the subject goes on)
        self._led_by: tuple[int, ActorMention] | None = None
        # title -> the people named with it so far, by surname, with the sentence that last did
        # ("crown prince" -> Mohammed bin Salman)
        self._titled: dict[str, dict[str, tuple[int, ActorMention]]] = {}
        # the state of the one president the page names by the bare title alone while it names others
        # with theirs ("President Trump", "President Ruto of Kenya"): whom "The President" means
        self.own_president: str | None = None
        # surname -> the gender a pronoun of the person's own showed ("Abdelatty met his counterpart": "m")
        self._shown: dict[str, str] = {}
        self._surnames: set[str] = set()  # the surnames of the people named so far
        self._called: dict[str, str] = {}  # "bloc" -> the organisation the text last called "the bloc"
        self._junta: str | None = None  # the state whose junta was named last ("Mali's junta")
        self._lead: frozenset[str] | None = None  # the states the story's first sentence names
        self._lead_subjects: frozenset[str] = frozenset()  # those of them it names as subjects
        self._ministry: str | None = None  # the state of the ministry last named in full ("Japan's Ministry of ...")
        self._portfolios: dict[str, str] = {}  # the state of the last ministry or minister named of each portfolio
        # (sentence, where, head, code) of the bodies named with a head of _BODY_REFERENCE ("the
        # Central Bank of Kenya": "bank", KEN; a company's, code None), and where a common noun of
        # each head was used last: what a later "the bank" may stand for
        self._bodies: list[tuple[int, int, str, str | None]] = []
        self._head_common: dict[str, int] = {}
        self._body_taken: set[int] = set()  # where this sentence's "the bank"s start, resolved or not
        self._troops: deque[frozenset[str]] = deque(maxlen=_PERSON_MEMORY)  # those named with soldiers, by sentence
        # the state the sentence's subject is "chaired by", "led by" or "headed by": "Its chair" after it
        self._chaired: tuple[int, str | None] = (-1, None)
        # the pair a pair phrase stood for as the subject of a sentence's main verb ("The two leaders
        # discussed"), or a "They" after it: what a subject "they" in the next sentence stands for
        self._pair_subject: tuple[int, frozenset[str]] = (-1, frozenset())
        # the last sentence that named a collective of states with no code ("developed nations", "Africa"),
        # and the states it named: a pair phrase right after it is the collective and that state
        self._collective: tuple[int, frozenset[str]] = (-1, frozenset())
        # whether this sentence's pair phrase stood for such a collective: no pair of the document's completes it
        self.collective_sides = False
        # the states whose leaders a sentence names, by their titles: "The President and the Prime Minister"
        self._leaders_named: tuple[int, frozenset[str]] = (-1, frozenset())
        # the states of the two leaders a readout or joint statement opens with ("Vladimir Putin had a telephone
        # conversation with President of Kazakhstan Kassym-Jomart Tokayev"): its "the sides", "the leaders"
        self._readout: frozenset[str] = frozenset()
        # the organisation whose people in the plural were a sentence's subject ("The EU monitors")
        self._org_people: tuple[int, str | None] = (-1, None)
        self._they_said = -1  # the last sentence whose main verb's subject is "they"
        # the bloc or cartel whose members were a sentence's subject: "Saudi Arabia and other OPEC+ members"
        self._members_subject: tuple[int, ActorMention | None] = (-1, None)
        # (sentence, office, code) of an organisation's office named with it: "the EU's commissioner"
        self._org_titles: list[tuple[int, str, str]] = []
        # the organisation that issues the document, a communiqué's or resolution's (``issuer``): whose
        # "the Commission" and "the Council" it means where several organisations named have one
        self.issuer: str | None = None

    def sentence_actors(self, sent: Span, attribution: Attribution | None = None,
                        turn: Attribution | None = None, addressed: str | None = None,
                        topic: Attribution | None = None) -> list[ActorMention]:
        """Return the actors of ``sent``, then remember them for the sentences after it.

        ``attribution`` is the sentence's speaker, if any: a reporting source named only there
        is not an actor. ``turn``: the speaker of the transcript's or interview's turn that holds the sentence, if
        any; ``addressed``: where the sentence is a question put to a speaker of a state, that state. ``topic``: the
        person a profile is about, where the sentence's subject "he" or "she" stands for them (``Context.topic_here``):
        the code the text gave them, or none.
        """
        parsed = sent.doc.has_annotation("DEP")
        self._paragraph_at[self._sentence] = self._paragraph_at.get(self._sentence - 1, 0) + (
            "\n" in doc_text(sent.doc)[self._last_end : sent.start_char])
        self._last_end = sent.end_char
        ents = ents_of(sent)  # Span.ents would make every entity of the document again
        found = [
            ActorMention(e.text, e._.code, e._.kind, e._.via or "name", e.start_char, e.end_char,
                         _role(e.root) if parsed else None)
            for e in ents
            if e._.code and e._.kind in ACTOR_KINDS and not _origin_only(e, sent, ents)
            and not _names_instrument(e, sent, ents) and (e._.code not in DEPENDENT_TERRITORIES or _territorys_own_body(e))
            and not _court_seat(e, sent) and not _subject_matter(e, sent) and not _ended(e, sent)
            and not _host_city(e, sent, ents) and not _dating_summit(e, sent) and not _in_a_groups_name(e, sent)
            and not (parsed and _likened_organisation(e, sent))
        ]
        found += _attacked_regions(sent, ents) if parsed else []
        found += self._korean_side(sent, ents, parsed)
        found = [a for a in found if not _market_place(a, sent)]
        found = [a for a in found if not _beside_the_speaker(a, sent)] if parsed else found
        found = [a for a in found if not _mission_seat(sent, a, found)] if parsed else found
        venues_named = {code for _, code in self._venue_places}
        self._venue_places += [(self._sentence, a.code) for a in found if a.via == "capital" and _venue_capital(a, sent)]
        # a venue the story named before, travelled to or left, is the venue again, no party to the pairs either
        revisited = [a for a in found if parsed and a.code in venues_named and _travelled_to(sent, a)]
        if revisited:
            sent.doc.user_data.setdefault(_REVISITED, set()).update(a.start for a in revisited)
        found = [_without_role(a) if _venue_capital(a, sent) or (parsed and (_vocative(sent, a) or _carried_to(sent, a)
                                                                            or _no_party_place(sent, a, found)
                                                                            or _statement_seat(sent, a)
                                                                            or _summoned_to(sent, a)
                                                                            or _gone_home(sent, a, found)
                                                                            or _only_locates(sent, a, found)))
                 or a in revisited else a for a in found]
        found = [a for a in found if not _a_members_body(sent, a)]
        found = [a for a in found if not _paper_home(a, sent, ents, attribution) and not _rotating_chair(sent, a)]
        found = self._bare_congress(found, sent, ents)
        found = self._home_chamber(found, sent)
        found = self._organisations_holder(sent, found)
        found += self._home_offices(sent, ents, found, parsed)
        found += _collectives(sent, found, parsed)
        if attribution is not None:
            found = _without_reporting_source(sent, found, attribution)
        if parsed:  # "A Western diplomat in Addis Ababa was more hopeful": where they sit, no party
            # the city of a speaker's institution or of people who speak for no state counts where
            # the story named its state before, a party the sentence leaves unsaid ("a professor at
            # Renmin University in Beijing" in a story on China's licences, "analysts in Bamako say"
            # in one on Mali); else it is where they sit
            found = [a for a in found if not _place_on_the_map(sent, a)]
            found = [a for a in found if not _seat(sent, a, found) and not _researchers_nationality(sent, a)
                     and not _private_bodys_city(sent, a) and not _whereabouts(sent, a) and not _transit(sent, a)
                     and not (_institution_seat(sent, a, attribution) and a.code not in self._recent_states)]
            # kept, the city of an institution is where it is, not what a verb acts on nor who speaks:
            # "who teaches at Quaid-i-Azam University in Islamabad" (no target), "said Irene Castaño, a
            # researcher at the Elcano Royal Institute in Madrid" (no source), and so is where speakers who
            # speak for no state sit, a party the sentence leaves unsaid ("Diplomats in Riyadh said"), also
            # an organisation's seat ("according to diplomats in Brussels": no source)
            found = [_without_role(a) if (a.role == "target" or a.role == "source" and _speakers_institution(sent, a, attribution))
                     and _institution_seat(sent, a, attribution)
                     or a.role == "source" and _speakers_institution(sent, a, attribution)
                     and private_person(_placed_in(sent, a)) else a
                     for a in found]
        # a transcript's answer: "the government" in a minister's turn is the minister's
        self._speaking = (attribution.speaker_code if attribution is not None and attribution.cue == "transcript"
                          and attribution.speaker_code in STATE_CODES else None)
        if self._speaking and attribution is not None and _OFFICE_WORDS & set(attribution.speaker.lower().split()):
            self._speakers.add(self._speaking)  # "PRIME MINISTER TAKAICHI", not a moderator of the host's
        # a question's turn (one that speaks for no state) after an answer starts the next question; an answer's, the
        # answer to it; the author's voice between them neither
        asking = addressed is not None
        answering = not asking and turn is not None and turn.speaker_code in STATE_CODES
        if asking and self._answered is not None or not (asking or answering):
            self._asked, self._answered = set(), None
        elif answering and self._answered is None:
            self._answered = set()
        self._answering = turn.speaker_code if answering and turn is not None else None
        self._addressing = addressed if turn is not None and addressed in STATE_CODES else None
        self._in_turn = turn is not None or asking
        self._pronoun_for = None
        self._pronoun_led = False
        self._topic, self._topic_uncoded = topic, False
        self._speech = attribution
        self.references = {}
        self.collective_sides = False
        # a mediator named here is none of this sentence's pair phrase either: "Oman and Iraq remain
        # the main channels between the two governments"
        self._mediating = {a.code for a in found if (a.code in STATE_CODES or a.code in _PAIRED_ORGS or a.kind == "group")
                           and _mediator(sent, a)} if parsed else set()
        self._mediators |= self._mediating
        self._mediating_at[self._sentence] = self._mediating
        # (not one in who speaks: "according to diplomats from two Gulf states")
        collective = collective_side(span_text(sent), sent.start_char, [(a.start, a.end) for a in found] + (
            [(attribution.start, attribution.end)] if attribution is not None else []))
        found += self._from_context(sent, found, parsed)
        if collective and not any(a.via == "context" and names_pair(a) for a in found):
            self._collective = (self._sentence, frozenset(a.code for a in found if a.via != "context" and a.code in STATE_CODES))
        # "all three AES states": the states are the actors, not the bloc naming them
        found = [a for a in found if a.via == "context" or not any(c.via == "context" and c.start <= a.start and a.end <= c.end
                                             and a.code in BLOC_MEMBERS and c.code in BLOC_MEMBERS[a.code]
                                             for c in found)]
        named = [a for a in found if a.via != "context"]
        for a in named:
            if a.code in STATE_CODES:
                self._remember(a.code)
        # (not a state named only where firms sit or as a venue: no government for "the three governments")
        placed = _venues_only(named, sent) if parsed else set()
        self._named_states.append((self._sentence, frozenset(a.code for a in named if a.code in STATE_CODES) - placed))
        self._named_states = [(i, c) for i, c in self._named_states if self._sentence - i < _PAIR_MEMORY]
        self._orgs = [(i, a) for i, a in self._orgs if self._sentence - i < _ORG_MEMORY]
        # a reference resolved ("the alliance") keeps its organisation in memory as a name does
        self._orgs += [(self._sentence, a) for a in found if a.kind == "organisation" and a.via != "implied"]
        self._named_orgs += [a for a in named if a.kind == "organisation"]
        # (not a group that only describes another: "JNIM, an al-Qaida affiliate, controls ... . The
        # group killed" is JNIM)
        self._armed += [(self._sentence, a) for a in named if a.kind == "group"
                        and not (_describing(sent, a) and any(b.kind == "group" and b.code != a.code for b in named))]
        for a in named:
            before, after = span_text(sent)[: a.start - sent.start_char].split()[-2:], span_text(sent)[a.end - sent.start_char :].split()[:1]
            if a.kind == "group":  # "the paramilitary Rapid Support Forces", "Houthi rebels", "the M23 rebels"
                words = [*before, *a.text.split(), *after]
                for word in {_EPITHETS.get(w.lower().strip(",")) for w in words} - {None}:
                    self._epithets.setdefault(str(word), set()).add(a.code)
                continue
            # the forces' own noun, not a modifier: "the Sudanese army", "Sudan's military"; not
            # "Russian military aid"
            f = _FORCES.search(a.text) or _FORCES_AFTER.match(span_text(sent), a.end - sent.start_char)
            t = _token_at(sent, sent.start_char + f.end() - 1 if f.re is _FORCES_AFTER else a.end - 1) if f else None
            if (parsed and a.code in STATE_CODES and a.kind in {"state", "body"} and t is not None
                    and t.dep_ not in {"amod", "compound"}):
                self._forces.append((self._sentence, a.code))
        bodies = _body_words(ents)
        self._other_bodies |= bodies
        self._body_said |= dict.fromkeys(bodies, self._sentence)
        self._org_said |= {(a.code, w): self._sentence for a in found if a.kind == "organisation"
                           for w in [*a.text.split(), *_head_after(a, sent.doc)] if w.istitle()}
        self._org_called |= {(a.code, k.group("head")) for a in found if a.kind == "organisation" and a.via == "context"
                             and (k := _ORG_REFERENCE.fullmatch(a.text)) and k.group("head")}
        self._common = [(i, w) for i, w in self._common if self._sentence - i < _ORG_MEMORY]
        self._common.append((self._sentence, _common_heads(sent, ents, sent.end_char)))
        # a state named only as a venue is no party to the pairs remembered, as to the sentence's dyads
        venues = _venues_only(found, sent) if parsed else set()
        # an armed group named as a party pairs with a state ("the army would not sign anything that left
        # the RSF in control": SDN and the RSF), as "the two sides" of a civil war; never with another group
        # (nor the body that issues a communiqué, which speaks of the parties: "calls on both parties")
        members = sorted({a.code for a in found if (a.code in STATE_CODES or a.code in _PAIRED_ORGS
                                                    or (a.kind == "group" and a.via != "context"))
                          and a.code not in venues and a.code != self.issuer})
        self._groups = [g for g in self._groups if self._sentence - g[0] < _PAIR_MEMORY]
        before = list(self._groups)
        armed = {a.code for a in found if a.kind == "group"} - STATE_CODES
        # states named as alternatives are no pair to remember: "I don't see Tunisia or Egypt agreeing"
        alternatives = _alternatives(sent, found)
        pairs = [frozenset(pair) for pair in combinations(members, 2)
                 if (not set(pair) & armed or set(pair) & STATE_CODES) and frozenset(pair) not in alternatives]
        if parsed and len(pairs) > 1:
            # the pairs the sentence relates, where it relates any: not a state of another clause
            # ("met in Ankara, while fighting in Sudan continued": Sudan is in neither pair)
            related = _related_pairs(sent, found, set(members))
            pairs = [pair for pair in pairs if pair in related] if related else pairs
        # a pair listed together counts twice as much as one named in passing: in "Armenia and
        # Azerbaijan held talks in Abu Dhabi", "both delegations" are Armenia and Azerbaijan
        listed = set(_listed(sent, found, 2)) if parsed and len(pairs) > 1 else set()
        # two listed after "with" one state acts with are each that state's partner, not each other's:
        # "Turkey will sign a deal with Russia and Azerbaijan" counts TUR-RUS and TUR-AZE as listed,
        # RUS-AZE as named in passing (as no dyad)
        with_three = _acting_with(sent, [a for a in found if a.code not in venues], alternatives) if listed else []
        for three in with_three:
            objects = {pair for pair in listed if pair < three}
            listed = (listed - objects) | {pair for pair in map(frozenset, combinations(sorted(three), 2))
                                           if pair not in objects}
        shares = [2.0 if pair in listed else 1.0 for pair in pairs]
        self._groups += [(self._sentence, pair, share / sum(shares)) for pair, share in zip(pairs, shares, strict=True)]
        if parsed:
            self._parties[self._sentence] = _party_pairs(sent, found) - alternatives
            self._hypothetical[self._sentence] = _hypothetical_pairs(sent, found, pairs)
            # the pairs only a pair phrase of the sentence stood for: no antecedent of a later one
            # unless it is the pair the text relates most (an error of "both governments" would
            # carry on to "Neither side"; "the two leaders" that were the main pair stay so)
            phrases = [a for a in found if a.via == "context" and _PAIR_REFERENCE.fullmatch(a.text)]
            self._phrase_pairs[self._sentence] = self._parties[self._sentence] - _party_pairs(
                sent, [a for a in found if a not in phrases]) if phrases else set()
            for v in _SIGNED_IN.finditer(span_text(sent)):
                # "The two parties signed a declaration in Muscat": the pairs the sentence relates as parties
                # or its pair phrase stands for, without the city's own state
                city = {a.code for a in found if a.text == v.group("city")}
                pairs_there = {g for g in self._parties[self._sentence] | {
                    frozenset(b.code for b in found if (b.start, b.end) == (a.start, a.end)) for a in phrases
                    if names_pair(a)} if len(g) == 2 and not g & city}
                if pairs_there:
                    self._venue_pairs[v.group("city")] = pairs_there
            self._deal_pairs.update(_deal_signers(sent, found))
            # a pair that acts on third states is still the pair: where the sentence's sources are
            # of the pair its sentences before relate most ("The two leaders", "They", "the Prime
            # Minister" of one of them), states it names only as what they act on are what the pair
            # acts on or discusses, no parties for "the two leaders" after it ("They urged ... a Code
            # of Conduct between ASEAN and China", "welcomed ... its support for Papua New Guinea and Fiji")
            top = self._top_pair(before)
            sources = {a.code for a in found if a.role == "source" and a.code in top}
            if top and sources and not {a.code for a in found if a.role == "source"} - top and top <= {a.code for a in found}:
                self._parties[self._sentence] = {pair for pair in self._parties[self._sentence] if pair & top or any(
                    a.role == "source" for a in found if a.code in pair)}
            # a pair listed together as what a state outside it acts on: "China supports Pakistan and
            # Afghanistan in resolving their differences"
            # (one state acting, not two: "Riyadh and Moscow have an interest in ... talks with China and India")
            self._acting[self._sentence] = frozenset(a.code for a in named if a.role == "source" and (
                a.code in STATE_CODES or a.kind == "organisation") and a.code not in venues)
            self._listed_at[self._sentence] = set(_listed(sent, found, 2))
            self._examples_at[self._sentence] = _example_pairs(sent, found)
            self._acted_on[self._sentence] = {pair for pair in listed if all(
                a.role == "target" for a in found if a.code in pair and a.via != "context") and len(
                {a.code for a in found if a.role == "source" and a.code in STATE_CODES} - pair) == 1}
        # "the three governments" are three states listed together ("Mali, Burkina Faso and
        # Niger"), not any three a sentence names ("drafted in Abuja or Paris, Burkina Faso's minister")
        # (nor three listed only where firms sit or as venues: "firms in the UAE, Hong Kong and India")
        if parsed:
            self._groups += [(self._sentence, group, 1.0) for group in _listed(
                sent, [a for a in found if a.code not in venues], 3)
                if not any(pair <= group for pair in alternatives)]
            # one state acting "with" two listed together works with them, the three a group: "Our
            # military is sharing information with the United States and Japan, the JCS said" (KOR,
            # USA, JPN; what "the three countries" means later more than the states named most)
            self._groups += [(self._sentence, group, 1.0) for group in _acting_with(
                sent, [a for a in found if a.code not in venues], alternatives)]
        # a three-phrase resolved counts for its three as a listing would: "Mali, Burkina Faso and
        # Niger left ECOWAS. The three juntas ... . the three states"
        triples: dict[tuple[int, int], set[str]] = {}
        for a in found:
            if a.via == "context" and a.code in STATE_CODES and (
                    _TRIPLE_REFERENCE.fullmatch(a.text) or _JUNTAS.fullmatch(a.text)):
                triples.setdefault((a.start, a.end), set()).add(a.code)
        self._groups += [(self._sentence, frozenset(c), 1.0) for c in triples.values() if len(c) == 3]
        self._window.append(frozenset(str(e._.code) for e in ents if e._.code in STATE_CODES)
                            | {a.code for a in found if a.code in STATE_CODES})
        for k in re.finditer(r"\b[Mm]inistry\b", span_text(sent)):
            # a ministry named in full with its state: "Japan's Ministry of Economy, Trade and Industry",
            # "the Turkish Ministry of Trade", "Peru's foreign ministry": what a bare "the ministry" later is
            at = sent.start_char + k.start()
            own = next((a.code for a in named if a.code in STATE_CODES and a.via not in {"context", "implied"} and (
                a.start <= at < a.end or re.fullmatch(r"(?:['’]s)? (?:[a-z]+ )?", span_text(sent)[a.end - sent.start_char : k.start()])))
                       , None)
            if own is not None:
                self._ministry = own
        for k in _PORTFOLIO_OFFICE.finditer(span_text(sent)):
            # the state of each portfolio's ministry or minister named with its state: "South Korean Trade
            # Minister Ahn Duk-geun", "Zambia's finance ministry", "Kenya's Ministry of Trade"
            at = sent.start_char + k.start()
            own = next((a.code for a in named if a.code in STATE_CODES and a.via not in {"context", "implied"}
                        and a.end <= at and re.fullmatch(r"(?:['’]s)?\s*(?:the\s+)?", span_text(sent)[a.end - sent.start_char : k.start()])), None)
            if own is not None:
                self._portfolios[(k.group("before") or k.group("after")).lower()] = own
        if self._sentence == self._item:
            # a story's or item's first sentence that names two leaders of two states, and no other state, meeting,
            # calling or visiting: a readout's or joint statement's pair, whose "the sides" and "the leaders" it is
            # for the rest of it
            leaders = {a.code for a in named if a.via == "leader" and a.code in STATE_CODES
                       and not _MINISTER_BEFORE.search(span_text(sent)[max(0, a.start - sent.start_char - 40) : a.end - sent.start_char])}
            if (len(leaders) == 2 and leaders == {a.code for a in named if a.code in STATE_CODES}
                    and _MEETING.search(span_text(sent))):
                self._readout = frozenset(leaders)
        if self._lead is None:  # the story's lead: the first sentence it tells
            self._lead = self._window[-1]
            self._lead_subjects = frozenset(a.code for a in named if a.code in STATE_CODES and a.role == "source")
        # the states named with soldiers of their own ("Cameroon sent troops to the border"): whose
        # "the army" the next sentences may mean, not the story's own state's
        self._troops.append(self._window[-1] if _TROOPS.search(span_text(sent)) else frozenset())
        # the state whose junta the sentence names: "Mali's junta", "the Malian junta", "the junta in
        # Niamey", for "the junta" later
        for j in _NAMED_JUNTA.finditer(span_text(sent)):
            at = sent.start_char + (j.end("owner") if j.group("owner") else j.start("seat"))
            self._junta = next((a.code for a in named if a.code in STATE_CODES and a.kind == "state"
                                and (a.end == at if j.group("owner") else a.start == at)), self._junta)
        # or the state of the person the sentence gives as its leader or spokesman: "The junta's
        # spokesman, Major General Zaw Min Tun,"
        for j in re.finditer(r"\bjunta(?=['’]s\b)", span_text(sent), re.I):
            lead = _JUNTA_LEADER.match(span_text(sent), j.end())
            self._junta = next((a.code for a in named if lead and a.kind == "person" and a.code in STATE_CODES
                                and a.start == sent.start_char + lead.end()), self._junta)
        # the people named with a title before or in their name ("Crown Prince Mohammed bin
        # Salman", "Brazilian President Luiz Inácio Lula da Silva"), for "the Crown Prince" later
        for a in named:
            if a.kind == "person" and (title := _TITLE_OPENING.match(a.text)
                                       or _TITLE_BEFORE.search(span_text(sent)[max(0, a.start - 30 - sent.start_char) : a.start - sent.start_char])
                                       or _TITLE_OF_BEFORE.search(span_text(sent)[max(0, a.start - 110 - sent.start_char) : a.start - sent.start_char])):
                self._titled.setdefault(title.group("title").lower(), {})[a.text.split()[-1]] = (self._sentence, a)
        if parsed:
            for a in named:
                if a.kind == "person" and (gender := _own_pronoun(sent, a)) is not None:
                    self._shown[a.text.split()[-1]] = gender
        # the people named, else the one a pronoun stood for, who stays in reach ("... ," he wrote.
        # "...". He called on ...: the same man)
        people = [a for a in named if a.kind == "person"] or ([self._pronoun_for] if self._pronoun_for else [])
        self._people_seen += [(self._sentence, a) for a in [*named, *([self._pronoun_for] if self._pronoun_for else [])]
                              if a.kind == "person"]
        for a in named:
            if a.kind == "person":  # by the words a later mention may keep of the name, for a profile's person
                self._people_by_name.update(dict.fromkeys(_name_keys(a.text), a))
        # a subject the gazetteer cannot code ("Ibrahim Yahaya Ibrahim, an analyst, said"): the
        # "he" after it is that person, who acts for no state, not the last official named
        if any(e.label_ == "PERSON" and not e._.code for e in ents):
            self._uncoded_named = self._sentence  # whom a quotation's "he" may mean, with no state
        unknown = parsed and (any(e.label_ == "PERSON" and not e._.code and _role(e.root) == "source" for e in ents)
                              or self._topic_uncoded)  # a subject "he" for a profile's uncoded person
        if people and not (unknown and not any(a.role == "source" for a in people)):
            # "he" most often continues the sentence's subject, else its first person named
            subject = next((a for a in people if a.role == "source"), people[0])
            subject = self._reported_topic(people, subject, attribution) or subject
            self._last_people = (self._sentence, [subject] + [a for a in people if a is not subject])
        elif unknown:
            self._last_people = (self._sentence, [])
        self._led_by = (self._sentence, self._pronoun_for) if (
            self._pronoun_led and self._pronoun_for is not None
            and not any(a.kind == "person" and _a_clause_subject(_root_of(sent, a)) for a in named)) else None
        if parsed:
            for m in _PAIR_ALLIANCE.finditer(span_text(sent)):
                start, end = sent.start_char + m.start(), sent.start_char + m.end()
                allied = frozenset(a.code for a in found if a.code in STATE_CODES and start <= a.start and a.end <= end)
                if len(allied) == 2:
                    self._alliance = (self._sentence, allied)
            subject, self._rival = _main_subject(sent, found)
            self._subject = (self._sentence, subject)
            # a subject listed with others ("Kenya and Ethiopia signed"): no opening "Its" is that one's
            self._subject_listed = subject is not None and any(
                c.dep_ == "conj" for t in sent if t.idx == subject.start for c in t.children)
            self._chaired = (self._sentence, _chaired_by(sent, named))
            subject = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
            pair = frozenset(a.code for a in found if a.via == "context" and subject is not None
                             and a.start <= subject.idx < a.end and (names_pair(a) or a.text.lower() == "they"))
            pair |= frozenset(a.code for a in found if a.via == "context" and subject is not None
                              and a.start <= subject.idx < a.end and _LEADERS_REFERENCE.fullmatch(a.text))
            reported = next((t for c in subject.head.children if c.dep_ == "ccomp" for t in c.children
                             if t.dep_ in {"nsubj", "nsubjpass"}), None) if subject is not None and not pair and (
                subject.head.text in CUES and _one_speaker(subject)) else None
            # or of the clause one person's cue reports: "Kazuto Suzuki ... said the two governments are
            # unlikely to extend the arrangements. "They won't ...," he said": the pair
            pair = pair or frozenset(a.code for a in found if a.via == "context" and reported is not None
                                     and a.start <= reported.idx < a.end and names_pair(a))
            self._pair_subject = (self._sentence, pair if len(pair) == 2 else frozenset())
            # an organisation's people as the subject: "The EU monitors are a second sore point",
            # "Observers from the OSCE left Tuesday", for "their" in the next sentence
            span = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)) if subject is not None else None
            self._org_people = (self._sentence, next(
                (a.code for a in named if a.kind == "organisation" and span and subject.lower_ in _ORG_PEOPLE
                 and span[0] <= a.start and a.end <= span[1]), None))
            if subject is not None and subject.lower_ == "they":
                self._they_said = self._sentence
            self._members_subject = (self._sentence, next(
                (a for a in found if a.kind == "organisation" and a.code in _BLOCS | _CARTELS
                 and subject is not None and _members_of(sent, a, subject)), None))
        self._leaders_named = (self._sentence, frozenset(a.code for a in found if a.code in STATE_CODES
                                                         and _leader_titled(sent, a)))
        if parsed and len(self._leaders_named[1]) == 1:
            # one leader visiting the one other state the sentence names: the two leaders of the visit ("Prime
            # Minister Sanae Takaichi is expected to visit Manila. The leaders are likely to discuss": JPN, PHL)
            host = {a.code for a in found if a.code in STATE_CODES and a.via not in {"context", "implied"}} - self._leaders_named[1]
            if len(host) == 1 and any(a.code in host and _visited(sent, a) for a in found):
                self._leaders_named = (self._sentence, self._leaders_named[1] | host)
        self._surnames |= {a.text.split()[-1] for a in named if a.kind == "person"}
        self._bodies += [(self._sentence, start, head, code) for start, head, code in _headed_bodies(sent, found)]
        self._bodies += [(self._sentence, a.start, k.group("head"), a.code) for a in found
                         if a.via == "context" and (k := _BODY_REFERENCE.fullmatch(a.text))]
        self._head_common |= {c.group("head"): sent.start_char + c.start() for c in _HEAD_COMMON.finditer(span_text(sent))}
        if parsed and (body := _uncoded_body_subject(sent)) is not None:
            # a body the gazetteer does not code as the subject, a firm's name most often ("Standard
            # Chartered raised its forecast"): a later "the bank" may be it
            self._bodies.append((self._sentence, body.start_char, "bank", None))
        states = {a.code for a in named if a.code in STATE_CODES}
        if asking:
            self._asked |= states
        elif answering and self._answered is not None:
            self._answered |= states
        self._quoting = quotation_open(span_text(sent), self._quoting)
        self._sentence += 1
        return found

    def _quoted_speaker(self, sent: Span, token: Token, person: ActorMention) -> bool:
        """Whether ``person``, whom the pronoun ``token`` would stand for, is the speaker of the quotation that holds
        it: '"He has invited us," she said' after Sheinbaum for "He" (the quotation opens in the sentence before the
        pronoun, or closes after it without opening)."""
        speech = self._speech
        if speech is None or not speech.quote or not same_person(person.text, speech.speaker):
            return False
        text = span_text(sent)
        before, after = text[: token.idx - sent.start_char], text[token.idx - sent.start_char :]
        return quotation_open(before, False) or (not any(m in before for m in _QUOTE_MARKS)
                                                 and any(m in after for m in '"”»'))

    def _other_person(self, want: str, speech: Attribution | None) -> ActorMention | None:
        """The last person of gender ``want`` (or of none the text shows) named in the ``_QUOTED_PERSON_REACH``
        sentences before, other than the speaker of ``speech``; none where a person with no code was named since
        ("Sepúlveda recalled that Valenzuela liked to quote Neruda. "He would say: ...," Sepúlveda said")."""
        for sentence, a in reversed(self._people_seen):
            if self._sentence - sentence > _QUOTED_PERSON_REACH or sentence < self._uncoded_named:
                break
            if (a.code and not (speech is not None and same_person(a.text, speech.speaker))
                    and given_name_gender(a.text) in {want, None} and self._shown.get(a.text.split()[-1]) in {want, None}):
                return a
        return None

    def portfolio_owner(self, portfolio: str) -> str | None:
        """The state of the last ministry or minister of ``portfolio`` ("trade") named with its state."""
        return self._portfolios.get(portfolio.lower())

    def ministry_spoke(self, code: str) -> None:
        """Remember ``code`` as the state of the ministry that spoke last with no state in its words,
        which attribution found ("South Korea is expected to ..., the trade ministry said"): a bare
        "the ministry" later is that ministry, not one named in full further back."""
        self._ministry = code

    def introduced(self, person: ActorMention) -> None:
        """Remember ``person`` as a person the sentence just read named, where only the whole document's reading
        codes them (an interview's introduction, "Armenia's foreign minister, Anahit Sargsyan, spoke to us"): "she"
        and "her government" after it are that person's."""
        self._interviewee = person
        sentence = self._sentence - 1
        last = self._last_people[1] if self._last_people is not None and self._last_people[0] == sentence else []
        if any(a.start == person.start for a in last):
            return  # a name the sentence's own actors hold: "Armenia's foreign minister, Anahit Sargsyan,"
        self._last_people = (sentence, [person, *last] if person.role == "source" or not last else [*last, person])
        self._people_seen.append((sentence, person))
        self._surnames.add(person.text.split()[-1])

    def _reported_topic(self, people: list[ActorMention], subject: ActorMention,
                        attribution: Attribution | None) -> ActorMention | None:
        """The person the sentence before was about, where a speaker named here for the first time
        reports on them: after "Germany's foreign minister, Frank-Walter Steinmeier, is quoted as
        saying that Abdelatty understood Europe", "he" is still Abdelatty; None otherwise."""
        last = self._last_people
        if (attribution is None or last is None or last[0] != self._sentence - 1 or not last[1]
                or not (attribution.start <= subject.start and subject.end <= attribution.end)
                or subject.text.split()[-1] in self._surnames):
            return None
        topic = last[1][0].text.split()[-1]
        return next((a for a in people if a is not subject and a.text.split()[-1] == topic
                     and subject.text.split()[-1] != topic), None)

    def _organisations_holder(self, sent: Span, found: list[ActorMention]) -> list[ActorMention]:
        """A demonym before an organisation's office the sentences just before named with the
        organisation is the holder's nationality, the office the organisation's: "Magnus Brunner, the
        EU's commissioner for migration, said ... . '...,' the Austrian commissioner said" (EU, not
        AUT); then remember the offices this sentence names with an organisation."""
        at = sent.start_char
        titles = {office: code for i, office, code in self._org_titles if self._sentence - i <= _PERSON_MEMORY}
        out = []
        for a in found:
            m = _ORG_TITLE.match(span_text(sent), a.end - at) if a.via == "demonym" and titles else None
            code = titles.get(_office_key(m.group("office"))) if m is not None else None
            if code is not None and span_text(sent)[: a.start - at].rstrip().lower().endswith("the"):
                # a speaker the office names speaks for the organisation too (claims)
                end = at + m.end()
                self.rehomed[(a.start, end)] = (a.code, code)
                a = replace(a, text=span_text(sent)[a.start - at : m.end()], code=code, kind="organisation", via="context",
                            end=end)
            out.append(a)
        self._org_titles = [t for t in self._org_titles if self._sentence - t[0] < _PERSON_MEMORY]
        self._org_titles += [(self._sentence, _office_key(m.group("office")), a.code) for a in out
                             if a.kind == "organisation" and a.via not in {"implied", "context"}
                             and (m := _ORG_TITLE.match(span_text(sent), a.end - at, min(len(span_text(sent)), a.end - at + 40)))
                             and (m.group("owned") or span_text(sent)[: a.start - at].rstrip().lower().endswith("the"))]
        return out

    def _korean_side(self, sent: Span, ents: list[Span], parsed: bool) -> list[ActorMention]:
        """ "The Korean side", "the Korean delegation", which the gazetteer leaves uncoded (either Korea):
        the Korea of the pair the story relates most, else the one Korea it has named ("President of the
        Republic of Korea ... . The Korean side welcomed": KOR; "the DPRK and Russia ... . The Korean side
        expressed support": PRK); none before a word that is no state's ("Korean enterprises")."""
        out: list[ActorMention] = []
        for e in ents:
            after = sent.doc[e.end] if e.end < sent.end else None
            if (e._.code or e.text != "Korean" or after is None or after.lower_ not in _STATE_HEADS
                    or (e.start > sent.start and sent.doc[e.start - 1].lower_ in {"north", "south", "-"})):
                continue
            koreas = self._top_pair(self._groups) & _KOREA_CODES
            if len(koreas) != 1:
                koreas = set(self._recent_states) & _KOREA_CODES
            if len(koreas) == 1:
                out.append(ActorMention(e.text, next(iter(koreas)), "state", "demonym", e.start_char, e.end_char,
                                        _role(e.root) if parsed else None))
        return out

    def _home_chamber(self, found: list[ActorMention], sent: Span) -> list[ActorMention]:
        """A chamber's name that several states' parliaments bear, without a state's word, is the
        chamber of the state the story is filed from where that state has one: "the House of
        Commons Standing Committee on Foreign Affairs" under an OTTAWA dateline is Canada's, unless
        the sentence names the state the gazetteer gives it ("Britain's House of Commons"); else the
        one state the text before named as its owner ("Pakistan's foreign office has summoned ... .
        Foreign Office spokesperson X said" is Pakistan's, and so is X)."""
        self.rehomed = {}

        text, at = span_text(sent), sent.start_char

        def titled(a: ActorMention, b: ActorMention) -> bool:
            # the person the office's title names, coded by it: "Foreign Office spokesperson Shafqat Ali Khan"
            between = text[a.end - at : b.start - at]
            return b.via == "leader" and b.code == a.code and len(between) < 30 and bool(_TITLE_WORDS.fullmatch(between))

        def home(a: ActorMention) -> str | None:
            name = a.text.lower().removeprefix("the ")
            states = _SHARED_CHAMBERS.get(name, frozenset())
            if a.via != "body" or not states or sum(b.code == a.code and not titled(a, b) for b in found) != 1:
                return None
            return self.filed if self.filed in states else _chamber_owner(sent, name)

        homes = [(a, code) for a in found if (code := home(a)) is not None]
        # (and so is the person its title names)
        out = [next((replace(a, code=code) for b, code in homes if b == a or titled(b, a)), a) for a in found]
        # a speaker the chamber or office names speaks for that state too ("the Foreign Office said")
        self.rehomed = {(a.start, a.end): (a.code, b.code) for a, b in zip(found, out, strict=True) if a.code != b.code}
        return out

    def _home_offices(self, sent: Span, ents: list[Span], found: list[ActorMention], parsed: bool) -> list[ActorMention]:
        """The state the story is filed from for a home office with no owner: a person the gazetteer
        cannot code after a cabinet title or a spokesperson's with no state's word or possessive
        ("Interior Minister Mohsin Naqvi", "FO spokesperson Tahir Andrabi" under an ISLAMABAD
        dateline), and a foreign ministry's acronym that several states use ("a senior official at
        MoFA"); not "Kenyan Foreign Minister ...", "Britain's FO", nor a title that is no office
        ("Professor", "Opposition leader"), nor where the sentence names another state's own things
        ("Egypt's water deficit")."""
        at = sent.start_char  # the sentence's own text: Doc.text joins the whole document on every call
        # the state that opens the sentence as where it happens, where the story has not named the dateline's
        # state (a court's seat it was filed from); a home minister abroad stays home: "TOKYO - Japan ... . In
        # Washington, Foreign Minister Kenji Mori said" is JPN
        opening = _opening_state(sent, found)
        if opening is not None and self.filed is not None and any(self.filed in codes for _, codes in self._named_states):
            opening = None
        home = opening or self.filed or self._one_state_about(found)
        if home is None:
            return []
        # "Water Resources Minister Hani Sewilam warned that Egypt's water deficit had grown": the
        # minister of a state whose own things the sentence speaks of may be that state's (not the
        # acronym the story defined for its home body: "outside Japan's exclusive economic zone,
        # according to the JCS")
        foreign = any(a.code in STATE_CODES and a.code != home and a.via in {"name", "capital"}
                      and span_text(sent)[a.end - at : a.end - at + 2] in {"'s", "’s"} for a in found)
        out: list[ActorMention] = []
        taken = [(a.start, a.end) for a in found]
        for e in ents:
            if foreign or e.label_ != "PERSON" or e._.code or any(s < e.end_char and e.start_char < t for s, t in taken):
                continue
            # (a one-word title the tagger took into the name: "Treasurer Jim Chalmers")
            title = _home_title(sent, e.start + 1 if len(e) > 2 and e[0].lower_ in _ONE_WORD_CABINET_TITLES else e.start)
            if title:
                out.append(ActorMention(e.text, home, "person", "context", e.start_char, e.end_char,
                                        _role(e.root) if parsed else None))
        if self.filed is None:
            return out  # an acronym several states' offices share is the dateline's state's only
        # the acronym the document defines for a body's name several states' bodies bear: "the Joint
        # Chiefs of Staff (JCS) said ... . JCS spokesman Col. Lee Sung-jun" in a story filed from SEOUL
        shared = {a for a, long in _defined(sent.doc).items()
                  if self.filed in _SHARED_CHAMBERS.get(long.text.lower().removeprefix("the "), ())}
        for token in sent:
            if ((token.text in _HOME_ACRONYMS and not foreign) or (token.text in shared and sent.doc[token.i - 1].text != "(")) \
                    and not any(s <= token.idx < t for s, t in taken) \
                    and not (token.i > sent.start and (sent.doc[token.i - 1].lower_ in {"'s", "’s"}
                                                       or _coded_at(sent.doc, token.i - 1))):
                out.append(ActorMention(token.text, self.filed, "state", "context", token.idx,
                                        token.idx + len(token.text), _role(token) if parsed else None))
        return out

    def _one_state_about(self, found: list[ActorMention]) -> str | None:
        """With no dateline, the one state the three sentences before name, where the sentence names
        no other but as a target ("Bolivia first. ... Economy Minister Gabriel Espinoza, whom I
        interviewed in La Paz": BOL; "Peru is messier. ... the government in Lima ... repairing ties
        with Mexico, and Foreign Minister Elmer Schialer flew to Mexico City": PER); none of two
        ("Kenya's shilling fell, and Uganda's held steady. Finance Minister ...")."""
        states = frozenset().union(*self._window) | {a.code for a in found if a.code in STATE_CODES
                                                     and a.role != "target"}
        return next(iter(states)) if len(states) == 1 and frozenset().union(*self._window) else None

    def _bare_congress(self, found: list[ActorMention], sent: Span, ents: list[Span]) -> list[ActorMention]:
        """A bare "Congress" is the United States' unless no US is named and exactly one state
        whose news calls its legislature or a party Congress is: the sentence's own, else the
        story's own state (``_story_state``) where the sentence does not name it, else the last
        three sentences'. "Peruvians marched on Congress in Lima" is Peru's legislature;
        "Congress criticised Modi's visit" is India's Congress party, which is no state actor;
        "Congress funded a border wall with Mexico" stays the US (Mexico is what the relation
        reaches, not whose Congress it is); a WASHINGTON story's "Congress" is the US's however
        long ago it named the US, and a LIMA story's Peru's, also where the US is only what it
        acts on. "The Congress of the Republic" is a bare Congress that is never the US's."""
        bare = [a for a in found if a.code == "USA" and a.via == "body"
                and a.text.lower().removeprefix("the ") == "congress"]
        if not bare:
            return found
        other = [a for a in bare if (span := sent.doc.char_span(a.start, a.end, alignment_mode="expand")) is not None
                 and _another_congress(span)]
        if other:  # "the 14th National Congress of the CPV": no state's legislature
            found = [a for a in found if a not in other]
            bare = [a for a in bare if a not in other]
            if not bare:
                return found
        states = [e for e in ents if e._.code in STATE_CODES and e.text.lower().removeprefix("the ") != "congress"]
        named = {e._.code for e in states}
        parsed = sent.doc.has_annotation("DEP")
        congress = sent.doc.char_span(bare[0].start, bare[0].end, alignment_mode="expand")
        republic = congress is not None and _republics_congress(congress)
        own = {e._.code for e in states if e._.code in CONGRESSES and _owns(e, sent, parsed, congress)}
        hosts = {e._.code for e in states if _posted_to(e)}
        if len(hosts) == 1 and congress is not None:
            # a diplomat's state owns no Congress of the state the diplomat is posted to: "The Philippine
            # ambassador to Washington said Manila hoped Congress would pass the bill" is the US's
            # (but for one whose name is right before it: "Peru's Congress")
            own = {e._.code for e in states if e._.code in own and (
                e._.code in hosts or e.end == congress.start or e.end + 1 == congress.start and sent.doc[e.end].tag_ == "POS")}
        recent = frozenset().union(*self._window) or frozenset({self.filed} - {None})
        story = self._story_state(sent, recent)
        # (a town of the story's state is no state acted on: "rejected a US request to station troops near Chancay")
        home = (story in CONGRESSES and story not in {e._.code for e in states if e._.kind != "place"}
                and not (republic and story == "USA"))
        if "USA" in named and not republic and ("USA" in own or not (own or home)):
            return found  # "Congress voted to sanction Colombia"; not "Congress in Lima rejected the US request"
        if not own and home:
            own = {str(story)}
        if not own:
            # the last three sentences' states, else those of the story's dateline or heading ("Peru"),
            # but for a state the sentence names and not as Congress's owner: "The Partido Popular's
            # spokeswoman in Congress accused the government of outsourcing its border to Rabat" after
            # Spain and Morocco is Spain's; "Congress voted to sanction Colombia" stays the US
            own = set() if "USA" in recent and not republic else {c for c in recent if c in CONGRESSES and c not in named}
        if republic:
            own -= {"USA"}  # the United States' is never "the Congress of the Republic"
        if len(own) != 1:
            return [a for a in found if a not in bare] if republic else found
        (code,) = own
        if CONGRESSES[code] == "party":
            return [a for a in found if a not in bare]
        return [replace(a, code=code) if a in bare else a for a in found]

    def _story_state(self, sent: Span, recent: frozenset[str]) -> str | None:
        """The state a story is about: the one its headline, else its lead, names (``main_state``;
        "WASHINGTON — Peru's Congress ..." is Peru's), else the state of its dateline, else the one
        state its lead names as a subject ("The United States will cut aid to Colombia" is a US
        story), but not another state's over the US that ``recent``, the sentences before, name."""
        subjects = self._lead_subjects
        story = self.main_state(sent) or self.filed
        if story is None and len(subjects) == 1 and (subjects == {"USA"} or "USA" not in recent):
            story = next(iter(subjects))
        return story

    def new_item(self) -> None:
        """A digest's next item starts (a heading on a line of its own): the pairs named before it
        are not what "the two countries" or "neither government" in it mean, once it names a pair of
        its own (a section of one story that names none keeps the story's, and so does one that
        names the pair the text before it related most: see _item_start)."""
        self._item_before = self._item_start()
        self._item_main = self._top_pair(self._groups)
        self._item = self._sentence

    def _item_start(self) -> int:
        """The first sentence of the pairs "the two countries" may mean: the item's, unless the item
        names (not only through a pair phrase) the pair the text related most when it began; then it
        is a section of one story ("Armenia and Azerbaijan: ..." under "Timeline" and "Analysis"),
        and the pairs before it count as before it: the item before it's start."""
        main = self._item_main
        if main and any(g == main and g not in self._phrase_pairs.get(i, ()) for i, g, _ in self._groups
                        if i >= self._item):
            return self._item_before
        return self._item

    def _from_context(self, sent: Span, found: list[ActorMention], parsed: bool) -> list[ActorMention]:
        named = {a.code for a in found}
        out: list[ActorMention] = []
        here = named & STATE_CODES
        listed = [g for _, g, _ in self._groups if len(g) == 3]
        out += self._two_people(sent, parsed)
        region = self._region_pair(sent, here)
        if region:
            # the region's pair is also what a pair phrase after it in the sentence means: "the two Gulf
            # producers may clash again, though neither government is likely to walk away"
            r = _REGION_PAIR.search(span_text(sent))
            assert r is not None
            start = sent.start_char + r.start()
            span = sent.doc.char_span(start, start + len(r.group(0)), alignment_mode="expand")
            role = _role(span.root) if parsed and span is not None else None
            out += [ActorMention(r.group(0), code, "state", "context", start, start + len(r.group(0)), role)
                    for code in region]
        for size, pattern in ((2, _PAIR_REFERENCE), (3, _TRIPLE_REFERENCE), (3, _JUNTAS)):
            m = pattern.search(span_text(sent)) if pattern is not _JUNTAS or listed else None
            while m is not None and _in_parties_name(span_text(sent), m):
                m = pattern.search(span_text(sent), m.end())  # "the Conference of the Parties": a body's name
            if m is None or (m.group(0).lower() in {"both parties", "the two parties"} and _about_party_politics(sent)):
                continue
            if m.group(0).lower() in {"either party", "neither party"} and _about_party_politics(
                    sent, (sent.start_char + m.start(), sent.start_char + m.end())):
                continue  # "Neither party has a majority in parliament"
            if m.group(0) == "both parties" and not _URGED.search(span_text(sent), 0, m.start()) and not _open_quotation(
                    span_text(sent)[:m.start()]) and not span_text(sent)[:m.start()].endswith("that "):
                continue  # 'he said "both parties ..." ' inside a quotation only, not after one
            start = sent.start_char + m.start()
            own, outside = here, set()
            # "the two sides" may be a state and the EU ("the UK and the bloc ... the two sides");
            # "the two countries" are states
            orgs = size == 2 and bool(_SIDES.search(m.group(0)))
            # "the three governments" may hold one of _PAIRED_ORGS the sentence names acting with states:
            # "The UK and the EU imposed measures, and officials from the three governments met" (not
            # "the three countries")
            orgs = orgs or (size == 3 and bool(_GOVERNMENTS.search(m.group(0))))
            # "the two blocs", "both blocs": two blocs, no state ("Mercosur and the EU ... . For now,
            # the two blocs say they remain committed")
            blocs = size == 2 and m.group(0).lower().endswith("blocs")
            orgs = orgs or blocs
            span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
            if (parsed and span is not None and m.group(0).lower() == "bilateral" and span.root.head.lower_ in _LENDERS
                    and not any(c.dep_ == "poss" for c in span.root.head.children)):
                continue  # a kind of lender: "the biggest bilateral creditor" (not "the islands' largest bilateral creditor")
            role = _role(span.root) if parsed and span is not None else None  # "Both sides agreed": source
            if m.group(0).lower() != "bilateral":  # "bilateral deals" with third states: any state
                # the pair's states named before the phrase or right after it ("the two countries,
                # Kenya and Somalia,"); not a state further on, which the pair acts on ("relations
                # between the two countries were strained over the sanctions on Niger")
                end = start + len(m.group(0))
                members = [a for a in found if (a.code in STATE_CODES or (orgs and (a.code in _PAIRED_ORGS or a.kind == "group")))
                           and a.via != "context" and (not blocs or a.code in _PAIRED_ORGS)]
                if size == 3 and orgs:
                    # the bloc only where listed with a state ("The UK and the EU imposed"; not "Cairo asked
                    # the African Union to bring the three governments back")
                    paired = {c for g in _listed(sent, found, 2) if g & STATE_CODES for c in g} if parsed else set()
                    members = [a for a in members if a.code in STATE_CODES or a.code in paired & _PAIRED_ORGS]
                seats = _seats_of(sent, members, span, size) if parsed and span is not None else set()
                # a place before the phrase that the sentence gives no role is where something happens,
                # as after it: "Negotiators met in Bamako and in Abuja, and both sides described the talks"
                own = {a.code for a in members if a.start < end + 40 and (a.code in seats or not (
                           parsed and _venue(sent, a, a.start > start or a.role is None)))
                       and not (parsed and span is not None and a.start >= end and (
                           _another_clause(sent, a, span) or _in_name_after(sent, a)))
                       # one the sentence sets apart: "the three democracies can work together without Washington"
                       and not _SET_APART.search(span_text(sent), 0, a.start - sent.start_char)
                       and (size != 2 or a.code not in self._mediating)}
                if parsed and span is not None and size == 2 and len(own) >= 2:
                    # a state or body named before the phrase in a relative clause on another noun does
                    # not name the pair with the others ("Angolan President João Lourenço, who stepped
                    # down as AU mediator, said he was not sure both sides would honour a ceasefire":
                    # not AGO and the AU); it may still complete it, as the sentence's own states do
                    aside = {a.code for a in members if a.code in own and a.start < start
                             and _in_relative_clause(sent, a, span, opened=True)}
                    aside -= {a.code for a in members if a.code in own and not _in_relative_clause(sent, a, span)}
                    # not two the clause lists as a pair itself ("the team that supported the secret talks
                    # between Israel and the PLO, and although the two delegations argued": ISR, PSE)
                    if aside and len(own - aside) < 2 and not any(
                            pair <= aside for pair in _listed(sent, [a for a in members if a.code in aside], 2)):
                        own -= aside
                if parsed and span is not None:
                    # a state on the other side of a verb from the pair is none of it: "China has
                    # accused both governments", "Both leaders thanked Kazakhstan"; not a place, where
                    # the pair meets ("The three juntas met in Niamey")
                    outside = {a.code for a in members if a.role is not None and _other_side(sent, a, span)}
                    own -= outside
                    if size == 2 and len(own) >= 2 and span.root.dep_ in {"nsubj", "nsubjpass"} and _clause(span.root).dep_ == "conj":
                        # the subject of a clause joined to another: a state of the clause before only after a
                        # preposition on a noun is none of the pair unless that clause relates it as a party ("Trump
                        # warned that lending by Beijing had left debts, and the two leaders agreed": not CHN; "Algeria
                        # said it shot down a Malian drone, and both sides recalled": DZA, MLI)
                        apart = {a.code for a in members if a.code in own and a.start < start and _another_clause(sent, a, span)
                                 and _on_a_noun(sent, a)}
                        if apart and not any(
                                g <= apart for g in _party_pairs(sent, [a for a in members if a.code in apart])):
                            own -= apart
                    when = _when_subjects(sent, [a for a in members if a.start >= end + 40 or (
                        a.start >= end and _another_clause(sent, a, span))], span)
                    if len(when) == size:
                        own = when  # "The two governments last met in 2023, when Presidents Ali and Maduro agreed"
                    if (span.root.dep_ == "pobj" and span.root.head.lower_ == "between" and len(own) >= 2
                            and not any(g <= own for _, g, _ in self._groups)
                            and not _between_named(sent, [a for a in members if a.code in own])):
                        # two named before "between" the pair, and never paired before, may be its
                        # mediators: "Oman and Iraq are the channels between the two governments";
                        # not two the sentence itself names "between" ("relations between Ethiopia and
                        # Eritrea had deteriorated ... a renewed war between the two neighbours")
                        own = set()
            # "all three AES states": the members of the bloc the phrase names, where it has that many
            bloc = next((a.code for a in found if a.kind == "organisation" and start <= a.start
                         and a.end <= start + len(m.group(0)) and len(BLOC_MEMBERS.get(a.code, ())) == size), None)
            if bloc is not None:
                out += [ActorMention(m.group(0), code, "state", "context", start, start + len(m.group(0)), role)
                        for code in sorted(BLOC_MEMBERS[bloc])]
            # "Ankara sold drones to all three governments": the three are not all named here
            elif region and size == 2 and start > sent.start_char + _REGION_PAIR.search(span_text(sent)).start():  # type: ignore[union-attr]
                out += [ActorMention(m.group(0), code, "state", "context", start, start + len(m.group(0)), role)
                        for code in region if code not in own]
            elif size == 2 and _TWO_SIDES.search(m.group(0)) and len(own) < 2 and (
                    (told := self._collective[0] == self._sentence - 1 and len(self._collective[1]) == 1
                     and own <= self._collective[1])
                    or collective_side(span_text(sent)[: m.start()], sent.start_char, [(a.start, a.end) for a in found])):
                # a collective of states with no code named in the sentence, or just before with one state (the
                # sentence's own, if it has one), is one of the two sides (not of "the two countries", states):
                # "India accused developed nations of shifting the goalposts. The Indian delegation said the two
                # sides were far apart" (India's and theirs); "Africa needs investment, and China needs
                # partners. The two sides complement each other" (China, and Africa, no code)
                self.collective_sides = True
                out += [ActorMention(m.group(0), code, "state", "context", start, start + len(m.group(0)), role)
                        for code in sorted(self._collective[1] - own) if told]
            elif len(own) < 2 if size == 2 else not any(g <= own for g in listed):
                codes = (self._our_two(sent, m.group(0), own) or self._asked_pair(own)
                         or (self._readout_pair(own, outside) if not blocs else [])
                         or (_quoted_pair_after(sent, start) if parsed and not own else [])
                         or self._agreement_pair(sent, found, own, orgs)
                         or self._deal_pair(sent, own, orgs)) if size == 2 else []
                # the speaker's own state telling what the pair does together is of it: "Azerbaijan's
                # foreign ministry said the two countries shared a vision" (not "hoped both countries would")
                speaking = (parsed and span is not None and self._speech is not None and own == {self._speech.speaker_code}
                            and span.root.dep_ == "nsubj" and (span.root.head.lower_ in _SHARING
                                                               or bool(_RECIPROCAL_VERBS.fullmatch(span.root.head.lower_))))
                codes = codes or self._group_members(own, size, orgs, outside, blocs,
                                                     _POWERS if size == 2 and _POWER_PHRASE.search(m.group(0)) else None,
                                                     self._home_state(sent) if size == 2 else None,
                                                     size == 2 and bool(re.search(_PAIR_OFFICES + r"$", m.group(0), re.I)),
                                                     bool(_STATE_NOUNS.search(m.group(0))), speaking)
                # the pair as what acts, what is "between" them or "bilateral" (not "relations with both countries",
                # which the one who has them is none of)
                together = span is not None and (m.group(0).lower() == "bilateral" or span.root.dep_ in {"nsubj", "nsubjpass"} or (
                    span.root.dep_ == "pobj" and span.root.head.lower_ in {"between", "among"}))
                if codes:
                    # a pair phrase stands for both of its states, also one the sentence names itself, whatever it
                    # does there, where the story paired the two before and it mediates nothing: "The Kremlin says
                    # the two leaders discussed" (Hungary and Russia); a member of any group only as a place, or
                    # only as what is acted on where the phrase acts: "Ministers met in Ankara, and the two sides
                    # agreed" (Turkey), "The three juntas ... accusing the bloc of imposing sanctions on Niger"
                    # (Niger); not one outside it, nor one on the other side of the verb (not in ``own``)
                    codes += sorted(c for c in own if (size == 2 and together and c in STATE_CODES and c not in self._mediators
                                                       and len(codes) == 1 and any({*codes, c} == g for _, g, _ in self._groups))
                                    or (len(codes) + len(own) == size
                                        or any({*codes, c} <= g for _, g, _ in self._groups if len(g) == size))
                                    and role is not None and all(
                                        a.role is None or (role == "source" and a.role == "target")
                                        or (span is not None and _in_relative_clause(sent, a, span))
                                        for a in found if a.code == c))
                out += [ActorMention(m.group(0), code, "state" if code in STATE_CODES else "organisation", "context",
                                     start, start + len(m.group(0)), role)
                        for code in codes]
        out += self._organisation(sent, found, named | {a.code for a in out}, parsed,
                                  {a.code for a in [*found, *out] if a.role == "source"})
        # (also beside "the bloc" the sentence refers to: "The 27 will extend the bloc's sanctions")
        out += self._the_27(sent, found, named | {a.code for a in out if a.kind != "organisation"}, parsed)
        out += self._body_again(sent, [*found, *out], named | {a.code for a in out}, parsed)
        out += [a for a in self._lower_organisation(sent, found, named | {a.code for a in out}, parsed)
                if a.start not in self._body_taken]
        out += self._organisation_office(sent, found, named | {a.code for a in out}, parsed)
        out += self._armed_group(sent, found, named | {a.code for a in out}, parsed)
        out += self._bloc_members(sent, found, named | {a.code for a in out}, parsed)
        m = _MEDIATORS_REFERENCE.search(span_text(sent))
        if m is not None and (self._mediators & STATE_CODES) - named - {a.code for a in out}:
            # the states the story named as mediators: "Saudi and American mediators said ... . Diplomats
            # in Riyadh said the mediators hope to announce a truce" (SAU, USA; the ones not named here)
            start = sent.start_char + m.start()
            span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
            out += [ActorMention(m.group(0), code, "state", "context", start, start + len(m.group(0)),
                                 _role(span.root) if parsed and span is not None else None)
                    for code in sorted((self._mediators & STATE_CODES) - named - {a.code for a in out})]
        parties = case_parties(sent.doc)
        for m in _CASE_PARTY.finditer(span_text(sent)) if parties else ():
            code = parties[m.group(1) == "Respondent"]
            if code not in named | {a.code for a in out}:
                start = sent.start_char + m.start()
                span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
                out.append(ActorMention(m.group(0), code, "state", "context", start, start + len(m.group(0)),
                                        _role(span.root) if parsed and span is not None else None))
        briefing = self._speaking or self._addressing
        for m in _OWN_SECRETARY.finditer(span_text(sent)) if briefing is not None and briefing not in named else ():
            # in a state's briefing, "the Secretary" of its spokesperson's answer or of a question put to them is the
            # state's ("First, the Secretary will travel to Brussels": USA at the State Department's), and the "he"
            # after it the Secretary
            start = sent.start_char + m.start()
            span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
            secretary = ActorMention(m.group(0), briefing, "person", "context", start, start + len(m.group(0)),
                                     _role(span.root) if parsed and span is not None else None)
            out.append(secretary)
            named = named | {briefing}
            self._pronoun_for = secretary
            break
        people = self._last_people if self._last_people and self._sentence - self._last_people[0] <= _PERSON_MEMORY else None
        if self._interviewee is not None and not self._in_turn:
            # the author's voice in an interview: "she" with no one else of hers in reach is the interviewee ("She
            # paused before answering." between the questions, far from the introduction)
            people = (people[0], [*people[1], self._interviewee]) if people else (self._sentence, [self._interviewee])
        # the person a profile is about, for its subject pronoun (and one of that gender before it): their mention
        # with a code, else None, and no one
        topic = self._topic.speaker if self._topic is not None and parsed else None
        subject = next((t for t in sent if t.lower_ in {"he", "she"} and t.dep_ in {"nsubj", "nsubjpass"}), None)
        topical = topic is not None and subject is not None
        profiled = next((a for key in _name_keys(topic) if (a := self._people_by_name.get(key)) is not None
                         and same_person(a.text, topic)), None) if topic is not None and topical else None
        if topical or people:
            for token in sent:
                if token.lower_ in _PRONOUNS and not token.ent_type_:
                    if token.i + 1 < sent.end and token.nbor().lower_ in _HONORIFICS:
                        continue  # "His Excellency Mr Elias Magosi": an honorific, no pronoun
                    if parsed and token.dep_ == "poss" and token.head.lower_ in _PRIVATE_TIES:
                        continue  # "His friend the Mexican diplomat recalled", "her husband": a private tie, no party
                    if any(e.label_ == "PERSON" and e.end_char <= token.idx for e in ents_of(sent)) or any(
                            a.kind == "person" and a.end <= token.idx for a in found):
                        break  # "Putin will have done his calculations": the person just named
                    if _named_speaker_before(sent, self._speech, token):
                        # "Cha Du-hyeogn, a senior fellow at ..., said ..., though he cautioned": the
                        # speaker named just before, whom the tagger took for no person
                        break
                    if parsed and any(t.lower_ in _PERSON_NOUNS and t.dep_ in {"nsubj", "nsubjpass"}
                                      and any((c.dep_ == "det" and c.lower_ in {"a", "an", "another"})
                                              or (c.dep_ == "nummod" and c.lower_ == "one") for c in t.children)
                                      for t in sent if t.i < token.i):
                        # "A Brazilian diplomat, who asked not to be named because he was not
                        # authorised", "One former official ... said she": a new person the
                        # sentence brings in, not one named before ("The ambassador returned to
                        # his post" may well be)
                        break
                    # "Vladimir Putin met Angela Merkel. She said ...": not the subject, a man
                    want = _PRONOUNS[token.lower_]
                    if topical and subject is not None and want == _PRONOUNS[subject.lower_] and not (
                            profiled is not None and self._quoted_speaker(sent, token, profiled)):
                        # "Kwame Boateng ... died on Sunday. ... In New York he worked with Kofi Annan ... . He returned
                        # to Accra": Boateng, with no code, not Annan
                        self._topic_uncoded = profiled is None
                        if profiled is not None and profiled.code not in named:
                            out.append(replace(profiled, text=token.text, via="context", start=token.idx,
                                               end=token.idx + len(token.text), role=_role(token)))
                            self._pronoun_for = profiled
                            self._pronoun_led = _main_clause_subject(token)
                        break
                    person = next((a for a in people[1] if given_name_gender(a.text) in {want, None}
                                   and self._shown.get(a.text.split()[-1]) in {want, None}), None) if people else None
                    led = self._led_by
                    if (parsed and led is not None and led[0] == self._sentence - 1 and _main_clause_subject(token)
                            and given_name_gender(led[1].text) in {want, None}
                            and self._shown.get(led[1].text.split()[-1]) in {want, None}):
                        # "He later reconciled with ... Laurent Gbagbo. After leaving office, he led": the
                        # subject "he" of the sentence before goes on, not the person named as its object
                        person = led[1]
                    if person is not None and self._quoted_speaker(sent, token, person):
                        # '"He has invited us, we have accepted," she said': a "he" or "she" in the speaker's own
                        # quotation is someone else, the last person of that gender named before, else no one
                        person = self._other_person(want, self._speech)
                        if person is None:
                            break
                    if parsed and person is not None and _office_holder_before(sent, token, found, person):
                        break
                    last = self._window[-1] if self._window else frozenset()
                    if (parsed and person is not None and token.dep_ == "poss" and token.head.lower_ in _COUNTERPARTS
                            and people[0] < self._sentence - 1 and last and person.code not in last):
                        # "her counterpart" after a sentence on another state than the person named
                        # before it is the counterpart of someone that sentence spoke of: "Cecilia Adeng
                        # ... . The representative of China said ... . Her counterpart from France warned"
                        # (no SSD)
                        break
                    # a subject pronoun of the main verb is its person also where the sentence names the
                    # state again elsewhere: "He declined to say whether Beijing would restructure the debt"
                    again = (parsed and person is not None and _main_clause_subject(token)
                             and not any(a.code == person.code and _main_clause_subject(_root_of(sent, a))
                                         for a in [*found, *out]))
                    if person is not None and (person.code not in named or again):
                        out.append(replace(person, text=token.text, via="context", start=token.idx,
                                           end=token.idx + len(token.text),
                                           role=_role(token) if parsed else None))
                        self._pronoun_for = person
                        self._pronoun_led = parsed and _main_clause_subject(token)
                    break
        him = next((t for t in sent if t.lower_ in {"him", "her"} and t.dep_ in {"dobj", "dative"} and any(
            c.dep_ == "nsubj" and (c.lower_ in {"he", "she"} or c.ent_type_ == "PERSON") for c in t.head.children)),
                   None) if parsed and people and people[0] == self._sentence - 1 else None
        if him is not None:
            # the object "him" of a person's verb is someone else, the person the sentence before named
            # and this one does not: "Viktor Orbán said ... . Slovakia's Robert Fico has hinted he may
            # join him": HUN
            here = [a.text for a in found if a.kind == "person"]
            person = next((a for a in people[1] if given_name_gender(a.text) in {_PRONOUNS[him.lower_], None}
                           and self._shown.get(a.text.split()[-1]) in {_PRONOUNS[him.lower_], None}
                           and not any(same_person(a.text, h) for h in here)), None)
            if person is not None and person.code not in named:
                out.append(replace(person, text=him.text, via="context", start=him.idx, end=him.idx + len(him.text),
                                   role=_role(him)))
                named = named | {person.code}
        sentence, pair = self._pair_subject
        they = next((t for t in sent if t.lower_ == "they" and t.dep_ in {"nsubj", "nsubjpass"} and _said_clause(t)),
                    None) if parsed and sentence == self._sentence - 1 and pair else None
        if they is not None and not pair & named:
            # "The two leaders discussed regional security. They reaffirmed their support for ASEAN": the pair;
            # also in what one person says: '"They won't risk it," he said'
            out += [ActorMention(they.text, code, "state" if code in STATE_CODES else "organisation", "context",
                                 they.idx, they.idx + len(they.text), "source") for code in sorted(pair)]
            named = named | pair
        sentence, pair = self._alliance
        m = _ALLIES_REFERENCE.search(span_text(sent)) if pair and self._sentence - sentence <= _ALLIANCE_MEMORY else None
        if m is not None and not pair & named:
            # "the allies" after "the South Korea-US alliance": its two states ("In a war the South Korea-US
            # alliance would be tested at once. ... Third, the allies need a plan": KOR, USA)
            out += _phrase_mentions(sent, m, pair, parsed)
            named = named | pair
        alliance = self._only_named(_ALLIANCES) if m is None and self._called.get("alliance") else None
        m = _BARE_ALLIES.search(span_text(sent)) if alliance is not None and alliance.code == self._called["alliance"] else None
        if m is not None and alliance is not None and alliance.code not in named and not _ALLY_OWNER.search(
                span_text(sent), 0, m.start()):
            # "allies", "several eastern allies" with no owner, in a story that calls the one alliance it names "the
            # alliance": its members, the alliance ("NATO ... the alliance's target ... . Several eastern allies pushed
            # for faster moves": NATO); not "its allies", "America's allies", "US allies"
            start = sent.start_char + m.start()
            span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
            out.append(ActorMention(m.group(0), alliance.code, "organisation", "context", start, start + len(m.group(0)),
                                    _role(span.root) if parsed and span is not None else None))
            named = named | {alliance.code}
        together = next((t for t in sent if t.lower_ in {"they", "them"} and (
            any(c.lower_ == "together" for c in t.head.children) or _EACH_OTHER.search(span_text(sent)))),
                        None) if parsed and not found and not out else None
        pair = self._top_pair(self._groups) if together is not None else frozenset()
        if len(pair) == 2 and pair <= STATE_CODES and not pair & named:
            # "they"/"them" of what two do together, in a sentence that names no actor, is the pair the story
            # relates most: "Egypt and Ethiopia ... . If the interests that brought them together fade"
            out += [ActorMention(together.text, code, "state", "context", together.idx,
                                 together.idx + len(together.text), _role(together)) for code in sorted(pair)]
            named = named | pair
        sentence, subject = self._subject
        they = next((t for t in sent if t.lower_ == "they" and t.dep_ == "nsubj" and _said_clause(t)),
                    None) if parsed and sentence == self._sentence - 1 and subject is not None else None
        if (they is not None and subject is not None and subject.via == "demonym"
                and not any(a.code == subject.code and a.role == "source" for a in [*found, *out])
                and not any(a.role == "source" and _main_clause_subject(_root_of(sent, a)) for a in found)):
            # a people's plural name as the subject before is its state: "The Russians know this. They have
            # offered technology transfers, and they may sweeten those offers when Modi travels to Moscow": RUS
            out.append(replace(subject, text=they.text, via="context", start=they.idx, end=they.idx + len(they.text),
                               role="source"))
            named = named | {subject.code}
        elif (they is not None and subject is not None and self._quoting and subject.kind == "state"
              and subject.code not in named and not any(m in span_text(sent)[: they.idx - sent.start_char] for m in _QUOTE_MARKS)):
            # inside a quotation that goes on from the sentence before, "they" is the state that was its subject:
            # '"Spain is a problem. They're way behind," he told reporters': ESP
            out.append(replace(subject, text=they.text, via="context", start=they.idx, end=they.idx + len(they.text),
                               role=_role(they)))
            named = named | {subject.code}
        sentence, leaders = self._leaders_named
        m = _LEADERS_REFERENCE.search(span_text(sent)) if sentence == self._sentence - 1 and len(leaders) == 2 else None
        if m is not None and not leaders & named:
            # "The President and the Prime Minister agreed ... . The leaders discussed": the two
            out += _phrase_mentions(sent, m, leaders, parsed)
            named = named | leaders
        m = _LEADERS_REFERENCE.search(span_text(sent)) if m is None and self._readout_pair(set(), set()) else None
        if m is not None and not self._readout & named:
            # a readout's "The leaders agreed to maintain contacts": its two leaders' states
            out += _phrase_mentions(sent, m, self._readout, parsed)
            named = named | self._readout
        # "either", "neither" standing alone for a noun (or "of them"): the one pair the sentence before relates as
        # parties, in a sentence that names no state ("Beijing and Moscow are competing for influence. I don't think
        # either will try to block this agreement": CHN and RUS)
        # (the parser may make a subject "either" a preconjunct of its verb; not where the sentence before
        # joins two other things, which it may stand for: "signed deals on gas and on ports. Neither will open")
        pair = self._parties.get(self._sentence - 1, set()) if parsed and not named & STATE_CODES else set()
        alone = next((t for t in sent if t.lower_ in {"either", "neither"} and (
            (t.dep_ in {"nsubj", "nsubjpass", "dobj"} and all(
                c.dep_ == "prep" and c.lower_ == "of" and [g.lower_ for g in c.children] == ["them"] for c in t.children))
            or (t.dep_ == "preconj" and t.head.dep_ in _VERB_DEPS and t.head.i > t.i
                and not any(c.dep_ in _SOURCE_DEPS or c.lower_ in {"or", "nor"} for c in t.head.children)))),
                     None) if len(pair) == 1 and sent.start > 0 and not _joins_other(sent.doc[sent.start - 1].sent) else None
        if alone is not None:
            m = re.compile(re.escape(alone.text)).match(span_text(sent), alone.idx - sent.start_char)
            assert m is not None
            out += [replace(a, role="source") if alone.dep_ == "preconj" else a
                    for a in _phrase_mentions(sent, m, next(iter(pair)), parsed)]
            named = named | next(iter(pair))
        sentence, org = self._org_people
        their = next((t for t in sent if t.lower_ == "their" and t.dep_ == "poss"),
                     None) if parsed and sentence == self._sentence - 1 and org and org not in named else None
        if their is not None and not any(
                (_plural_noun(t) and t.lower_ not in {"was", "has", "does"} and t.dep_ not in {"ROOT", "aux", "auxpass", "cop"})
                or t.lower_ in {"they", "them", "we", "us"} or t.dep_ == "conj"
                for t in sent if t.i < their.i):
            # "their" with no plural before it in its sentence is that organisation's people: "The EU
            # monitors are a second sore point. Azerbaijan has called for their withdrawal": the EU
            out.append(ActorMention(their.text, org, "organisation", "context", their.idx, their.idx + len(their.text),
                                    _role(their)))
            named = named | {org}
        sentence, subject = self._subject
        its = sent[0] if parsed and sent[0].text == "Its" and sent[0].dep_ == "poss" else None
        if (its is not None and subject is not None and sentence == self._sentence - 1 and subject.kind == "state"
                and subject.code not in named and not self._subject_listed and its.head.lower_ in _STATE_HEADS | _BODY_HEADS | _GUARDS):
            # a sentence's opening "Its" on a state's own body or forces is the state that was the subject
            # of the sentence before: "Beijing would not need to fire a shot. Its coast guard could simply stop
            # the tankers" (CHN; not "Its terms", which may be a thing's)
            office = sent.doc[its.i : its.head.i + 1]
            out.append(replace(subject, text=office.text, via="context", start=office.start_char, end=office.end_char,
                               role=_role(its.head)))
            named = named | {subject.code}
        # the subject's organisation or state named here only as what is acted on: "The Council called
        # on ... . It also decided to keep Sudan's suspension from AU activities"
        if self._rival is not None and not any(t.lower_ == self._rival and t.dep_ in _TARGET_DEPS for t in sent) and not (
                parsed and any(t.lower_ in _AGENTS_ONLY and (t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT"))
                               for t in sent)):
            # "The EU hailed the deal. It gives ...": the deal as likely as the EU; not where the main verb
            # is what no thing does: "In the same months, it bought record volumes of Russian crude"
            subject = None
        if parsed and subject is not None and sentence == self._sentence - 1 and (
                subject.code not in named or all(a.role == "target" for a in [*found, *out] if a.code == subject.code)):
            # "China imposed tariffs on Canadian canola. It also suspended imports of peas."
            # also the subject of what people report: "The Court is expected to rule in 2027. Most
            # legal scholars believe it will side with Guyana" (not what a body or company says of
            # itself: "KazMunayGas, the national oil company, has said it expects")
            it = next((t for t in sent if t.lower_ == "it" and t.dep_ == "nsubj" and t.head.lower_ not in _IMPERSONAL
                       and (t.head.dep_ == "ROOT" or (t.head.dep_ == "ccomp" and t.head.head.dep_ == "ROOT"
                                                      and t.head.head.lower_ in CUES
                                                      and _people_say(t.head.head)))), None)
            # or a passive's "It" opening the sentence, with no clause that would make it impersonal
            # ("It is not bound by the quota system"; not "It was agreed that", "It is expected to")
            it = it or next((t for t in sent if t.text == "It" and t.i == sent.start and t.dep_ == "nsubjpass"
                             and t.head.dep_ == "ROOT" and not any(c.dep_ in {"ccomp", "xcomp", "csubj", "csubjpass"}
                                                                   for c in t.head.children)), None)
            if it is not None and not any(a.role == "source" for a in found):
                out.append(replace(subject, text=it.text, via="context", start=it.idx, end=it.idx + len(it),
                                   role="source" if it.dep_ == "nsubj" else _role(it)))
                named = named | {subject.code}
        others = self._speakers - {self._speaking}
        m = _BOTH_OF_US.search(span_text(sent)) if self._speaking and len(others) == 1 else None
        if m is not None:
            # a speaker's "both of us" at a press conference of two states' speakers: the two
            start = sent.start_char + m.start()
            span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
            out += [ActorMention(m.group(0), code, "state", "context", start, start + len(m.group(0)),
                                 _role(span.root) if parsed and span is not None else None)
                    for code in sorted({self._speaking, *others} - named)]
            named = named | {self._speaking, *others}
        m = _OUR_NEIGHBOUR.search(span_text(sent))
        pair = self._top_pair(self._groups) if m is not None else frozenset()
        speaker = self._speech.speaker_code if self._speech is not None else None
        persons = {a.code for a in [*found, *out] if a.kind == "person" and a.role == "source"} if pair else set()
        if speaker not in STATE_CODES and len(persons) == 1:
            speaker = next(iter(persons))  # the person "he" stands for: '"...," he told reporters'
        if m is not None and len(pair) == 2 and pair <= STATE_CODES and speaker in pair and not (pair - {speaker}) & named \
                and not (named & STATE_CODES) - pair:
            # a speaker's "our neighbour" in a story of two states is the other: Guyana's president's "we
            # expect our neighbour to do the same" after Guyana and Venezuela's dispute is VEN
            other = next(iter(pair - {speaker}))
            start = sent.start_char + m.start()
            span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
            out.append(ActorMention(m.group(0), other, "state", "context", start, start + len(m.group(0)),
                                    _role(span.root) if parsed and span is not None else None))
            named = named | {other}
        if parsed:
            office = self._possessive_office(sent, found, named)
            out += office
            named = named | {a.code for a in office}
        for m in _TITLE_REFERENCE.finditer(span_text(sent)):
            holders = self._title_holders(m.group("title"))
            pair = self._top_pair(self._groups) if m.group("title")[0].isupper() else frozenset()
            ever = {a.code for _, a in self._titled.get(m.group("title").lower(), {}).values() if a.code in pair}
            if (len(holders) != 1 and len(ever) == 1 and len(pair) == 2 and pair <= STATE_CODES
                    and not any(m.group("title").lower() in LEADER_OFFICES.get(c, ()) for c in pair - ever)):
                # a title alone, capitalised, in a text about two governments: the one of the two whose
                # holder of that title it named, where the other has no such office ("President Prabowo
                # Subianto" and "Prime Minister Anthony Albanese" ... "The President said": Indonesia)
                holders = [max(((i, a) for i, a in self._titled[m.group("title").lower()].values() if a.code in ever),
                               key=lambda x: x[0])[1]]
            if len(holders) == 1 and holders[0].code in named and m.group("title")[0].isupper():
                self.references[sent.start_char + m.start()] = holders[0].code  # "The President said that Indonesia"
            if len(holders) == 1 and holders[0].code not in named:  # one person of that title named lately
                start = sent.start_char + m.start()
                span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
                out.append(replace(holders[0], text=m.group(0), via="context", start=start, end=start + len(m.group(0)),
                                   role=_role(span.root) if parsed and span is not None else None))
                named = named | {holders[0].code}
        home = frozenset().union(*self._window)
        # the state of the transcript's speaker, or of the one a question in it is put to; else the one state of the
        # sentences before, or of several the one the story was filed from where the sentence names no state of its own
        # (with none in the sentences before, the one the story was filed from: a tracker's "govt forces" under its heading
        # "DR Congo", "The premier said" right after an ISLAMABAD dateline)
        code = briefing or (next(iter(home)) if len(home) == 1
                            else self.filed if self.filed in (home or {self.filed}) and not (named & STATE_CODES)
                            else None)
        forces = {c for i, c in self._forces if i >= self._item}
        # each body the sentence names without its state: "the finance ministry and the central bank"
        home_code, unbodied = code, named
        for m in _bare_bodies(span_text(sent)):
            code = home_code
            if len(forces) == 1 and re.fullmatch(r"the (?:army|military)", m.group(0), re.I) and not any(
                    a.code in STATE_CODES - forces and (_FORCES.search(a.text) or _FORCES_AFTER.match(span_text(sent), a.end - sent.start_char))
                    for a in found):
                # the armed forces of the one state the story named them for: "the Sudanese Armed Forces
                # (SAF) ... . The army, led by ..." and "Egypt, which backs the army" are Sudan's; not where
                # the sentence names another state's forces ("An Israeli military spokesperson said the army")
                code = next(iter(forces))
            elif not forces and self._junta and re.fullmatch(r"the military", m.group(0), re.I):
                # with no state's forces named, "the military" that rules is the junta named last ("Myanmar's
                # military government ... . I doubt the military will make any concession"), before the dateline's
                code = self._junta
            elif (not forces and re.fullmatch(r"the (?:army|military|junta)", m.group(0), re.I)
                  and (main := self.main_state(sent)) is not None and self._junta in {None, main}
                  and not (named & STATE_CODES) - {main} and not frozenset().union(*self._troops) - {main}):
                # with no state's forces or junta named, the army of a story about one state is that state's
                # (the one its headline, else its lead, names): "Gabon coup: ... . Equatorial Guinea said ... .
                # discontent in the army was growing" is Gabon's; not where the sentence names another
                # state, nor after one named with its troops ("Chad sent troops ... . The army said")
                code = main
            if (self._ministry and m.group(0).lower() == "the ministry"
                    and not (named & STATE_CODES) - {self._ministry}):  # nor where the sentence names another state
                # a bare "the ministry" is the one the story named in full last ("ISLAMABAD — Japan's Ministry
                # of Economy, Trade and Industry announced ... . Pakistan welcomed ... . The Ministry said": JPN),
                # before the dateline's state or the one state of the sentences before
                code = self._ministry
            elif (code is None and m.group(0).lower().endswith("ministry") and not named & STATE_CODES
                  and (main := self.main_state(sent)) is not None):
                # a ministry no sentence before gives a state is that of a story about one state (the one
                # its headline, else its lead, names): "Georgia election: ... . Moscow welcomed the result.
                # ... . The interior ministry warned" is Georgia's
                code = main
            if (self._junta is not None and _CHAMBER_WORDS.search(m.group(0))
                    and not (named & STATE_CODES) - {self._junta} and _junta_chamber(sent, m, parsed)):
                # a junta's legislature is the junta's state, over the dateline's: "ABUJA — ... Niger's junta
                # ... . The National Assembly was dissolved after the coup", "the transitional council": Niger's
                code = self._junta
            if (code is None and parsed and m.group(0).lower() == "the government" and home
                    and (main := self.main_state(sent)) in home
                    and not any(a.code in STATE_CODES - {main} and a.role == "source"
                                and not _in_condition(sent, a, m) for a in found)):
                # with two states in the sentences before, "the government" of a story about one state
                # (its headline's, else its lead's) is that state's, where no other state acts in the
                # sentence: "Georgia election: ... . In 2024 parliament passed a law that the EU said was
                # modelled on Russian legislation, and the government later froze accession talks": GEO;
                # one that acts only in a condition the government's clause sets does not count ("The
                # Government should say how it will respond if Iran resumes attacks")
                code = main
            if code is None and not m.group(0).lower().endswith("junta"):
                continue
            # the state whose official the sentence has made its subject before the body: "Ukraine's
            # Deputy Minister ... Oksana Hrytsenko said the ministry projected" is Ukraine's ministry,
            # whatever the sentences before named; and "the government in Damascus" is Syria's
            code = _sentence_own_state(sent, found, m) or code if code is not None else None
            if m.group(0).lower().endswith("junta"):
                # a junta is a state's government: the state of the leader the sentence gives it ("The
                # junta's leader, General Assimi Goita,": MLI), else of the junta named last ("Mali's junta")
                lead = _JUNTA_LEADER.match(span_text(sent), m.end())
                code = next((a.code for a in found if lead and a.kind == "person" and a.code in STATE_CODES
                             and a.start == sent.start_char + lead.end()), None) or self._junta or code
            if code is not None:
                # (nor a body the gazetteer does not code that was the subject before: "The French
                # farmers' union FNSEA announced ... . Its president" is the union's, no state's)
                own = m.group(0).lower().startswith("its") and (any(
                    a.code in STATE_CODES and a.end <= sent.start_char + m.start() for a in found)
                    or (parsed and _uncoded_subject_before(sent, self._orgs_before())))
                titled = any(a.start <= sent.start_char + m.start() < a.end for a in out)
                # the state named in the sentence only after the body and as what is acted on, the body
                # the subject of its main verb: "Tajik authorities detained ... . The authorities have also pressed foreign
                # governments ... to deport exiled activists to Dushanbe" is Tajikistan's, as the source
                acted_on = parsed and all(
                    a.role == "target" and a.start >= sent.start_char + m.end() for a in [*found, *out] if a.code == code)
                if (code not in unbodied or acted_on) and not own and not titled:  # "Sudan, torn by the war between its army and ...": Sudan's
                    start = sent.start_char + m.start()
                    span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
                    if code in unbodied and (span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}
                                          or span.root.head.dep_ != "ROOT"):
                        span = None  # not a reported clause's: "MP X asked whether the government expected Chinese retaliation"
                    if (span is not None and not any((e._.code or span.root.lower_ not in _BODIES_AS_NAMES)
                                                     and e.start < span.end and span.start < e.end for e in ents_of(sent))
                            and not (parsed and span[-1].dep_ in {"amod", "compound"} and not _office_named_on(span)
                                     and m.group(0).lower() != "junta")):
                        # "the military applications" is no body; "the Minister for Defence Industry" is one, and so
                        # is a junta on its aircraft ("junta aircraft", no article)
                        end = start + len(m.group(0))
                        if parsed and _office_named_on(span):
                            end = span[-1].head.idx + len(span[-1].head)
                        out.append(ActorMention(span_text(sent)[start - sent.start_char : end - sent.start_char], code, "state", "context", start, end,
                                                _role(span.root) if parsed else None))
                        named = named | {code}
        out += self._form_reference(sent, [*found, *out], home, parsed)
        out += self._owner_reference(sent, [*found, *out], home, parsed)
        out += self._epithet(sent, [*found, *out], parsed)
        for token in sent:
            code = _KOREAS.get(token.lower_)
            following = sent.doc[token.i + 1] if token.i + 1 < sent.end else None
            # (also a subject with no article, as a digest writes it: "which North is likely to answer with launches")
            bare = parsed and token.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ == "det" for c in token.children)
            if (code and token.i > sent.start and (sent.doc[token.i - 1].lower_ == "the" or bare)
                    and token.is_title and {"PRK", "KOR"} & set(self._recent_states) and code not in named
                    and not (following is not None and following.is_title)):  # "the South China Sea"
                article = sent.doc[token.i - 1].lower_ == "the"
                out.append(ActorMention(f"the {token.text}" if article else token.text, code, "state", "context",
                                        token.idx - 4 * article, token.idx + len(token.text),
                                        _role(token) if parsed else None))
        return out

    def _home_state(self, sent: Span) -> str | None:
        """The state of the sentence's speaker, else the story's main state (``main_state``)."""
        code = self._speech.speaker_code if self._speech is not None else None
        return code if code in STATE_CODES else self.main_state(sent)

    def main_state(self, sent: Span) -> str | None:
        """The state a story is about: the one state its headline names, else the one its lead names."""
        states = _headline_states(sent.doc) or set(self._lead or ())
        return next(iter(states)) if len(states) == 1 else None

    def _possessive_office(self, sent: Span, found: list[ActorMention], named: set[str]) -> list[ActorMention]:
        """ "Its secretary general", "its spokesperson": the office of the one organisation the sentence
        before named ("... took the case to the Andean Community. Its secretary general is expected
        to rule": ANDEAN); not where the sentence names an actor before "its", which may stand for
        that ("Kenya said its president")."""
        its = next((t for t in sent if t.lower_ == "its" and t.dep_ == "poss"
                    and (t.head.lower_ in _ORG_OFFICES or t.head.lemma_.lower() in _ORG_OFFICES)), None)
        if its is None or any(a.start < its.idx for a in found):
            return []
        sentence, chair = self._chaired
        if chair is not None and sentence == self._sentence - 1 and its.head.lower_ in _CHAIR_OFFICES:
            # the subject before was "chaired by France": "Its chair" is France's (the state holds the chair)
            if chair in named:
                return []
            office = sent.doc[its.i : its.head.i + 1]
            return [ActorMention(office.text, chair, "state", "context", office.start_char, office.end_char,
                                 _role(its.head))]
        orgs = {a.code: a for i, a in self._orgs if i == self._sentence - 1}
        if len(orgs) != 1:
            return []  # "NATO and the EU met in Brussels. Its secretary general": either
        org = next(iter(orgs.values()))
        if org.code in named or _uncoded_subject_before(sent, self._orgs_before()):
            return []
        office = sent.doc[its.i : its.head.i + 1]
        return [replace(org, text=office.text, via="context", start=office.start_char, end=office.end_char,
                        role=_role(its.head))]

    def title_holder(self, phrase: str) -> str | None:
        """The code of the one person named lately with the title ``phrase`` gives, "the Prime
        Minister" (``_TITLE_REFERENCE``, whole): "President Prabowo invited Prime Minister Takaichi
        ..., and the Prime Minister said" → JPN; none for two holders or another phrase."""
        m = _TITLE_REFERENCE.fullmatch(phrase)
        holders = {a.code for a in self._title_holders(m.group("title"))} if m is not None else set()
        return holders.pop() if len(holders) == 1 else None

    def _title_holders(self, title: str) -> list[ActorMention]:
        """The people named lately with ``title``; of several, for "The President" capitalised, the
        page's own president (``own_president``) where the last sentence to name one named them:
        "President Trump and President Ruto discussed Sudan. The President condemned ..." in a readout that named "President Ruto
        of Kenya" is Trump."""
        named = [(i, a) for i, a in self._titled.get(title.lower(), {}).values() if self._sentence - i <= _TITLE_MEMORY]
        last = max((i for i, _ in named), default=None)
        own = [(i, a) for i, a in named if a.code == self.own_president and i == last]
        if title == "President" and len({a.code for _, a in named}) > 1 and own:
            named = own[:1]  # (of those the last sentence to name a president named, not one further back)
        return [a for _, a in named]

    def named_organisation(self, code: str) -> bool:
        """Whether the story has named the organisation ``code`` so far, this sentence too."""
        return any(a.code == code for a in self._named_orgs)

    def _orgs_before(self) -> list[ActorMention]:
        """The organisations the sentence before named or referred to."""
        return [a for i, a in self._orgs if i == self._sentence - 1]

    def _form_reference(self, sent: Span, found: list[ActorMention], home: frozenset[str],
                        parsed: bool) -> list[ActorMention]:
        """ "the kingdom", "the Gulf sultanate": the one state of that form of government named in
        the last three sentences, else the only one named so far, else the state the story was
        filed from. None where the sentence names one itself before it, other than by a person
        ("Jordan said the kingdom would"; not "Prince Faisal said the Kingdom", nor "The Islamic
        Republic's news agency reported that Araghchi") or the last sentences name two ("Jordan
        and Morocco signed a pact. The kingdom ...")."""
        m = _FORM_REFERENCE.search(span_text(sent))
        if m is None:
            return []
        states = FORMS[m.group("form").lower()]
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if any(a.code in states and a.kind != "person" and a.start < start for a in found):
            return []
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(e._.code and e.start < span.end and span.start < e.end for e in ents_of(sent)):
            return []  # "the United Kingdom", "the Emirates"; not "the Gulf sultanate"
        earlier = [c for c in self._recent_states if c in states]
        recent = states & home
        code = (next(iter(recent)) if len(recent) == 1 else None if recent else earlier[0] if len(earlier) == 1
                else self.filed if self.filed in states and not earlier else None)
        if code is None:
            return []
        return [ActorMention(m.group(0), code, "state", "context", start, end, _role(span.root) if parsed else None)]

    def _epithet(self, sent: Span, found: list[ActorMention], parsed: bool) -> list[ActorMention]:
        """ "the world's largest democracy", "the Hermit Kingdom": the one state a curated epithet
        (``EPITHETS``) stands for, once the text has named that state ("India ... . The world's largest
        democracy, the story goes, is a natural partner": IND); none before, nor where the sentence names
        the state itself."""
        out: list[ActorMention] = []
        for pattern, code in EPITHETS:
            if code not in self._recent_states:
                continue  # (before the search: most stories name none of these states)
            m = pattern.search(span_text(sent))
            if m is None or any(a.code == code for a in [*found, *out]):
                continue
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            out.append(ActorMention(m.group(0), code, "state", "context", start, end,
                                    _role(span.root) if parsed and span is not None else None))
        return out

    def _owner_reference(self, sent: Span, found: list[ActorMention], home: frozenset[str],
                         parsed: bool) -> list[ActorMention]:
        """ "the island's foreign minister", "the country's president": the one state the sentence
        names before it, other than by a person ("Nothing about Greenland without Greenland," said
        Mute Egede, the island's foreign minister": GRL), else the one state of the sentences
        before, or of several the one the story was filed from; none where they name two and the story was
        filed from neither ("Ghana and Togo ... . The country's minister")."""
        m = _OWNER_REFERENCE.search(span_text(sent))
        thing = m is None and (m := _OWNER_THING.search(span_text(sent))) is not None
        if m is None:
            return []
        start, end = sent.start_char + m.start(), sent.start_char + m.end("owner")
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(e._.code and e.start < span.end and span.start < e.end for e in ents_of(sent)):
            return []
        if any(a.start < end and start < a.end for a in found):
            return []
        before = {a.code for a in found if a.code in STATE_CODES and a.kind != "person" and a.end <= start}
        if thing:
            # a thing the country owns ("the country's long-delayed elections") is the story's state: the
            # one state the sentence names before it, in a name too ("the UN Office in Haiti"), and the
            # sentences before name, else the story's main state where neither names any; none of two
            # ("The US envoy said gangs threatened the country's elections" after Haiti)
            here = {str(e._.code) for e in ents_of(sent)
                    if e._.code in STATE_CODES and e.label_ != "PERSON" and e.end_char <= start}
            states = here | before | home & STATE_CODES
            if not states and (main := self.main_state(sent)) is not None:
                states = {main}
            if len(states) != 1 or states <= {a.code for a in found}:  # (no second mention of a state named)
                return []
            return [ActorMention(m.group("owner"), next(iter(states)), "state", "context", start, end,
                                 _role(span.root) if parsed else None)]
        states = before or home & STATE_CODES
        if m.groupdict().get("islands"):
            # the group of islands the sentence, else the sentences before, else the story named last
            states = before & ISLAND_GROUPS or home & ISLAND_GROUPS or set(
                [c for c in self._recent_states if c in ISLAND_GROUPS][-1:])
        if len(states) > 1 and not before and self.filed in states:
            states = {self.filed}  # of several before, the one the story was filed from, as for "the government"
        if len(states) != 1:
            return []
        code = next(iter(states))
        out = [ActorMention(m.group("owner"), code, "state", "context", start, end, _role(span.root) if parsed else None)]
        # the person the gazetteer cannot code in apposition to that office is that state's: "The country's
        # Police Commissioner, Ronald Pitakaka," (SLB), so "He praised both partners" after it is his too
        out += [ActorMention(e.text, code, "person", "leader", e.start_char, e.end_char, _role(e.root))
                for e in ents_of(sent) if parsed and e.label_ == "PERSON" and not e._.code
                and not any(a.start < e.end_char and e.start_char < a.end for a in found)
                and any(c.dep_ == "poss" and span.start <= c.i < span.end
                        for o in _apposed_offices(e) for c in o.children)]
        return out

    def _organisation(self, sent: Span, found: list[ActorMention], named: set[str], parsed: bool,
                      acting: frozenset[str] | set[str] = frozenset()) -> list[ActorMention]:
        """ "the bloc", "the alliance", "the Council": the organisation of that kind, or with that
        word in its name, named last before it, in its sentence or the sentences before ("the UN
        Security Council ... . The Council demanded"; "the European Union ... . The bloc imposed";
        "gave Mercosur its biggest deal since the bloc was founded": Mercosur, already named)."""
        out = []
        for m in _ORG_REFERENCE.finditer(span_text(sent)):
            word = (m.group("kind") or m.group("head")).lower().replace("organis", "organiz")
            start = sent.start_char + m.start()
            # the head opens a name of its own the gazetteer knows: "The Fund for responding to
            # Loss and Damage said" (FRLD) is no reference to the Green Climate Fund named before
            if any(a.kind == "organisation" and a.via != "context" and a.start < start + len(m.group(0))
                   and start < a.end for a in found):
                continue
            span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
            here = sorted((a for a in found if a.kind == "organisation" and a.end <= start), key=lambda a: -a.start)
            # one listed with the phrase is another: "a mediator between the AES and the bloc"
            other = {a.code for a in here if parsed and span is not None and _listed_with(sent, a, span)}
            # one the text calls by another word is not "the bloc": "the confederation" (AES) and "the bloc" (ECOWAS)
            listed = set(other)
            if m.group("kind"):
                other |= {a.code for _, a in self._orgs if a.via == "context" and (k := _ORG_REFERENCE.search(a.text))
                          and k.group("kind") and k.group("kind").lower() != word}
            earlier = iter([a for a in [*here, *(a for _, a in reversed(self._orgs))] if a.code not in other])
            if word in {"bloc", "grouping", "confederation", "alliance", "cartel"}:
                # "the cartel", "the oil cartel": OPEC (with OPEC+), the one cartel of states
                kinds = (_ALLIANCES if word == "alliance" else _CONFEDERATIONS if word == "confederation"
                         else _CARTELS if word == "cartel" else _BLOCS)
                if (word == "alliance" and not any(a.code in _ALLIANCES for a in [*self._named_orgs, *here])
                        and not _about_party_politics(sent) and not _NEW_GROUPING.search(doc_text(sent.doc), 0, start)):
                    # OPEC+ is the alliance of OPEC and its allies: with no alliance named, the cartel
                    # ("OPEC+ agreed to extend its cuts ... . Citi did not expect the alliance to hold"); not
                    # where the text spoke of party politics or introduced an alliance of its own
                    kinds = kinds | _CARTELS
                pool = list(earlier)
                candidates = [a for a in pool if a.code in kinds]
                if parsed and span is not None and _role(span.root) == "target":
                    # all its members acting on "the bloc" make it another bloc: "Mali, Burkina Faso and
                    # Niger left ECOWAS, and the AES they founded ... . The three juntas ..., accusing
                    # the bloc of serving French interests": ECOWAS (the AES's three are the source)
                    candidates = [a for a in candidates if not (BLOC_MEMBERS.get(a.code) and BLOC_MEMBERS[a.code] <= acting)
                                  ] or candidates
                if word == "bloc" and not candidates:
                    # no bloc in reach, the alliance the text called "the alliance" in the sentence or
                    # the one before ("Some experts doubt that the alliance is ready. ... said the
                    # bloc's planning was a patchwork": NATO; not "NATO ministers met. The bloc agreed")
                    candidates = [a for a in [*here, *(a for i, a in reversed(self._orgs) if i >= self._sentence - 1)]
                                  if a.code in _ALLIANCES - _BLOCS and a.code not in listed and a.via == "context"
                                  and (k := _ORG_REFERENCE.search(a.text)) and (k.group("kind") or "").lower() == "alliance"]
                org = next((a for a in candidates if word != "bloc" or a.code not in _LOOSE_BLOCS),
                           candidates[0] if candidates else None)
                if word == "bloc" and parsed and span is not None and _membership(span.root):
                    # a member's own bloc: where the phrase speaks of membership ("the first country
                    # of the bloc", "friction within the bloc", "leave the bloc"), the one named bloc
                    # of which the sentence's acting states before it are members ("Argentina intends
                    # to be the first country of the bloc" after Mercosur and the EU: MERCOSUR)
                    org = self._members_bloc(sent, found, start, other) or org
                if parsed and span is not None and span_text(sent)[m.end() : m.end() + 2] in {"'s", "’s"}:
                    org = _reporting_owner(sent, span, [a for a in here if a.code in kinds]) or org
                # one the sentence names in apposition right after it is the bloc: "the bloc, meaning
                # the Gulf Cooperation Council, had failed" (GCC, whatever bloc was named before)
                apposed = _APPOSED_NAME.match(span_text(sent), m.end())
                # (a bare comma's name closed as an apposition is: not "the bloc, the GCC and Iran")
                org = next((a for a in found if apposed and a.kind == "organisation" and a.code in kinds
                            and a.start == sent.start_char + apposed.end()
                            and (apposed.group(0).strip(", ").lower() not in {"", "the"}
                                 or span_text(sent)[a.end - sent.start_char :].lstrip()[:1] in {",", ")", "-", "—", "–"})),
                           org)
                new = next((g for g in _NEW_GROUPING.finditer(span_text(sent), 0, m.start())), None)
                if new is not None and not any(
                        a.kind == "organisation" and a.via != "context"
                        and (a.start >= sent.start_char + new.start()
                             or not span_text(sent)[a.end - sent.start_char : new.start()].strip(" ,"))
                        for a in found if a.end <= start):
                    # a grouping the sentence introduces, with no name the gazetteer codes on or
                    # after it: that grouping, uncoded (none named before)
                    continue
                # "the alliance" may be a coalition of parties: further back only where neither the
                # sentence nor the one before speaks of party politics ("NATO ... . (six sentences)
                # ... did not expect the alliance to sanction the government": NATO)
                if org is None and (word != "alliance" or not _about_party_politics(sent)):
                    org = self._only_named(kinds)
                # of several named, the one the text last called by the word ("ECOWAS ... . The bloc
                # has since imposed no new sanctions ... (seven sentences) ... a deal with the bloc")
                if org is None and word in self._called:
                    org = next((a for a in reversed(self._named_orgs) if a.code == self._called[word]), None)
                if org is not None:
                    self._called[word] = org.code
            else:
                # in a statement whose title names an organisation, its own body, which the title or the text
                # named with the word, over another's named in passing since ("Final Communiqué of the Council
                # of the League of Arab States ... Security Council resolution 1701 ... . the 36th session of
                # the Council": ARABLEAGUE); not where the sentence names another with it before
                own = statement_body(sent.doc) if not any(word in _own_words(a, sent.doc) for a in here) else None
                org = next((a for a in reversed(self._named_orgs) if own and a.code == own
                            and word in _own_words(a, sent.doc)), None)
                org = org or next((a for a in earlier if word in _own_words(a, sent.doc)
                                   or (word in _ACRONYM_HEADS and a.text.isupper() and a.text.endswith(word[0].upper()))),
                                  None)
                if org is None and word not in _LOCAL_HEADS:
                    org = self._organisation_named(m.group("head"), sent, found, start)
            # an owner named again only after it is still its own: "The bloc's energy commissioner,
            # Dan Jorgensen, said Brussels would fund it" (the commissioner's is the EU)
            owner = span_text(sent)[m.end() : m.end() + 2] in {"'s", "’s"}
            later = {a.code for a in found if owner and a.start >= start + len(m.group(0))} - {
                a.code for a in found if a.start < start + len(m.group(0))}
            if org is not None and org.code not in later:
                self.references[start] = org.code
            role = _role(span.root) if parsed and span is not None else None
            # named in the sentence only in another role, it is the bloc's own: "For CARICOM, the
            # question is whether the bloc can", "The bloc has tied both countries' EU paths"; not as
            # an owner ("the grouping's expansion"), nor where the sentence names another of its kind
            # or, for one it names before it, the sentences before do ("The EU and ASEAN met. For
            # ASEAN, the bloc is a partner")
            again = (org is not None and m.group("kind") is not None and role is not None and org.code not in other
                     and not owner and not any(a.code == org.code and a.role == role for a in [*found, *out])
                     and not any(a.code != org.code and a.code in kinds
                                 for a in [*found, *(a for _, a in self._orgs if org in here)]))
            # a capitalised head that acts where the sentence names its organisation only as what
            # is acted on is the organisation's too: "He said the Commission would present a plan
            # to the Peace and Security Council" (AU, source and target)
            again = again or (org is not None and m.group("head") is not None and role == "source"
                              and org.code not in other | later and not owner
                              and all(a.role == "target" for a in [*found, *out] if a.code == org.code))
            if org is None or (org.code in named - other - later and not again):
                continue
            out.append(ActorMention(m.group(0), org.code, "organisation", "context", start, start + len(m.group(0)),
                                    role))
            named = named | {org.code}
        return out

    def _the_27(self, sent: Span, found: list[ActorMention], named: set[str], parsed: bool) -> list[ActorMention]:
        """ "The 27", "the 27 countries", "the 27 member states": the EU's members, the EU, where the
        sentence or the one before names the EU or one of its bodies ("EU leaders met in Brussels.
        The 27 spent the night on the issue"); not a count of other things ("the 27 people killed")."""
        m = _THE_27.search(span_text(sent))
        if m is None or "EU" in named:
            return []
        start = sent.start_char + m.start()
        span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
        if span is None or (not m.group("noun") and span[-1].dep_ == "nummod"):
            return []  # "the 27 people": a number of something else
        eu = next((a for a in found if a.code == "EU"), None) or next(
            (a for i, a in self._orgs if a.code == "EU" and i == self._sentence - 1), None)
        if eu is None:
            return []
        return [ActorMention(m.group(0), "EU", "organisation", "context", start, start + len(m.group(0)),
                             _role(span.root) if parsed else None)]

    def _body_again(self, sent: Span, found: list[ActorMention], named: set[str], parsed: bool) -> list[ActorMention]:
        """ "the bank", "the central bank", "the agency", "the commission", and "The Bank" or "The
        Agency" that no organisation named before is (``_organisation``): the body named last with that
        head, in the sentence or the five before, else the one such body the story named, as its state
        or organisation ("the Central Bank of Kenya ... . The bank said": KEN; "Japan's Fisheries Agency
        ... . demanded that the agency release": JPN; "the Asian Development Bank ... . the bank": ADB);
        "the central bank" only a state's. None where the one named last is a company's or a body the
        gazetteer does not code ("Kenya Commercial Bank ... . The bank said", also a firm the tagger
        found as a subject since, "Standard Chartered raised its forecast"), or where a common noun of
        the head came after it ("a new agency"). Where the sentence names its code already, the code
        of a speaker it opens (``references``)."""
        out: list[ActorMention] = []
        self._body_taken = set()
        if not _BODY_REFERENCE.search(span_text(sent)):
            return out
        ents = ents_of(sent)
        here = [(self._sentence, start, head, code) for start, head, code in _headed_bodies(sent, found)]
        for m in _BODY_REFERENCE.finditer(span_text(sent)):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            word = "lender" if m.group("lender") else "head"
            # (the tagger's "Bank" of "The Bank said" is no name of its own, nor its "Washington" of
            # "the Washington-based lender" a party)
            if span is None or any(e.start < span.end and span.start < e.end and (e.text != m.group(word) or e._.code)
                                   and not (word == "lender" and e.end_char <= sent.start_char + m.start(word))
                                   for e in ents) or any(a.start < end and start < a.end for a in found):
                continue  # a name of its own: "the Bank of Ghana"; or "The Bank" the organisation named before
            head = m.group(word).lower()
            last_common = max([self._head_common.get(head, -1), *(sent.start_char + c.start() for c in _HEAD_COMMON.finditer(
                span_text(sent), 0, m.start()) if c.group("head") == head)])
            heads = {"bank", "fund"} if head == "lender" else {head}  # "the lender": a bank, or the IMF
            bodies = [b for b in [*self._bodies, *(b for b in here if b[1] < start)] if b[2] in heads
                      and (not m.group("central") or b[3] in STATE_CODES)]
            recent = [b for b in bodies if self._sentence - b[0] < _ORG_MEMORY]
            if recent:
                body: tuple[int, int, str, str | None] | None = max(recent, key=lambda b: b[1])
            else:
                # beyond the last few sentences, the one body of that head the story named
                codes = {b[3] for b in bodies}
                body = max(bodies, key=lambda b: b[1]) if len(codes) == 1 else None
            if body is None or body[1] < last_common:
                continue
            self._body_taken.add(start)
            code = body[3]
            if code is None:
                continue
            if code in named:
                # (also where the speaker's span opens at the head: the tagger's "Bank" of "The Bank said")
                self.references[start] = self.references[sent.start_char + m.start(word)] = code
                continue
            out.append(ActorMention(m.group(0), code, "state" if code in STATE_CODES else "organisation", "context",
                                    start, end, _role(span.root) if parsed else None))
            named = named | {code}
        return out

    def _bloc_members(self, sent: Span, found: list[ActorMention], named: set[str], parsed: bool) -> list[ActorMention]:
        """ "at least two members", "several member states", with no owner: the bloc, alliance or cartel
        named last, in the sentence before the phrase or in the sentences before, as "the bloc" is
        ("ASEAN leaders meet ... . Cambodia will send its premier, and two members are likely to
        object": ASEAN); none where the sentence names another organisation before it."""
        m = _BARE_MEMBERS.search(span_text(sent))
        if m is None or span_text(sent)[: m.start()].split()[-1:] in (["has"], ["have"], ["had"], ["with"], ["its"], ["their"]):
            return []  # "The committee has ten members": a count of someone's
        start = sent.start_char + m.start("noun")
        kinds = _BLOCS | _ALLIANCES | _CARTELS
        if any(a.kind == "organisation" and a.code not in kinds and a.end <= start for a in found):
            return []  # "The WHO said several members": the WHO's
        here = [a for a in found if a.kind == "organisation" and a.code in kinds and a.end <= start]
        org = next(iter(reversed(here)), None) or next((a for _, a in reversed(self._orgs) if a.code in kinds), None)
        if org is None or org.code in named:
            return []
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        return [ActorMention(m.group(0), org.code, "organisation", "context", sent.start_char + m.start(),
                             sent.start_char + m.end(), _role(span.root) if parsed and span is not None else None)]

    def _lower_organisation(self, sent: Span, found: list[ActorMention], named: set[str],
                            parsed: bool) -> list[ActorMention]:
        """ "the forum", "the community", "the council", "the union" in lower case: the organisation
        named last in the sentence or the five before with that word in its own name ("the Gulf
        Cooperation Council ... . The council urged"; "ECOWAS ... . The community": the Economic
        Community of West African States; "the tribunal": the International Tribunal for the Law of the Sea;
        "the mission": one whose name the text spelled out before its acronym, "the African Union
        Support and Stabilization Mission in Somalia (AUSSOM)", or its acronym, "UNIFIL"; so "the force", "the
        peacekeepers", "the peacekeeping force", none where missions of two organisations are in reach);
        "the regional body", "the organisation": the one
        organisation named there. None where a common noun of that word ("the business
        community", "a security council"), or for any word another body ("Human Rights Watch"), an
        armed group or a body of that capitalised word was named in reach."""
        out = []
        ents = ents_of(sent)
        for m in _LOWER_ORG_REFERENCE.finditer(span_text(sent)):
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(e.start < span.end and span.start < e.end for e in ents):
                continue  # a name of its own: "the African Union"
            before = [e for e in ents if e.end_char <= start]
            here = sorted((a for a in found if a.kind == "organisation" and a.via != "implied" and a.end <= start),
                          key=lambda a: -a.start)
            earlier = [*((self._sentence, a) for a in here), *reversed(self._orgs)]
            word = m.group("head") or ("troops" if m.group("troops") else None)
            if word in _MISSION_WORDS and len({a.code for _, a in earlier if _names_a_mission(sent.doc, a)}) > 1:
                continue  # missions of two organisations in reach ("UNMISS ... AMISOM ... the mission"): which one?
            if word is not None:
                i, org = next(((i, a) for i, a in earlier if (word != "troops" and (
                                   word in a.text.lower().split()
                                   or word in ORGANISATION_WORDS.get(a.code, ((), ()))[0]
                                   or _spelled_out_with(sent.doc, a, word)))
                               or (word in _MISSION_WORDS and _names_a_mission(sent.doc, a))), (0, None))
                if word.title() in self._other_bodies | _body_words(before):
                    continue
            else:
                # an armed group in reach, unless named only before the organisation was last named
                # ("... to the Houthis. ... a meeting of the OIC. The OIC said ... . The organisation")
                last = earlier[0][0] if earlier else self._sentence
                armed = any(self._sentence - i <= _GROUP_MEMORY and i >= last for i, _ in self._armed)
                i, org = earlier[0] if len({a.code for _, a in earlier}) == 1 and not armed else (0, None)
                word = "*"
            # a common noun of the word since the organisation was named: "the business community"
            common = set().union(*(w for j, w in self._common if j >= i), _common_heads(sent, ents, start))
            if org is None or org.code in named or word in common:
                continue
            out.append(ActorMention(m.group(0), org.code, "organisation", "context", start, end,
                                    _role(span.root) if parsed else None))
            named = named | {org.code}
        return out

    def _organisation_office(self, sent: Span, found: list[ActorMention], named: set[str],
                             parsed: bool) -> list[ActorMention]:
        """A speaker that is an office of an organisation named without its owner ("The Summit
        said", "the Executive Secretary said", "the Secretary-General said"): the one organisation
        named in the sentence before it or the five before ("IGAD met in Djibouti. The Executive
        Secretary said": IGAD), or of several the one headed by a Secretary-General where that is the
        office; none where the sentence names a state before it or two such organisations are in
        reach."""
        speech = self._speech
        m = _ORG_OFFICE.search(span_text(sent))
        if m is None or speech is None:
            return []
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if not (speech.start < end and start < speech.end) or any(
                a.code in STATE_CODES and a.start < end for a in found):
            return []
        here = [a for a in found if a.kind == "organisation" and a.via != "implied" and a.end <= start]
        codes = {a.code for a in here} | {a.code for _, a in self._orgs}
        if len(codes) > 1 and "General" in m.group(0):
            codes &= SECRETARY_GENERAL_ORGS
        if len(codes) != 1:
            return []
        if codes & named:
            # named in the sentence already ("Briefing the Council, the Assistant Secretary-General
            # for Africa, Martha Pobee, said"): counted once, but the office that speaks is its
            self.references[start] = next(iter(codes))
            return []
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        return [ActorMention(m.group(0), codes.pop(), "organisation", "context", start, end,
                             _role(span.root) if parsed and span is not None else None)]

    def _armed_group(self, sent: Span, found: list[ActorMention], named: set[str], parsed: bool) -> list[ActorMention]:
        """ "the group": the armed group named last, earlier in the sentence or in the three
        sentences before; none where the sentence names another body before it ("Human Rights
        Watch said the group ..."). "The paramilitaries", "the rebels": the one armed group the text
        named with that word, any number of sentences back ("the paramilitary Rapid Support Forces
        (RSF) ... . leaves the paramilitaries in control": RSF); none where it named two so."""
        out = []
        for e in _EPITHET_REFERENCE.finditer(span_text(sent)):
            codes = self._epithets.get(_EPITHETS[e.group("word").lower()], set())
            if not codes:
                # no group named with the word: the one armed group the two sentences before named ("Congo
                # accused Rwanda of backing the FDLR. ... Kigali says it will not withdraw until the militia is
                # disarmed": FDLR); none of two
                codes = {a.code for i, a in self._armed if self._sentence - i <= _EPITHET_MEMORY}
            start, end = sent.start_char + e.start(), sent.start_char + e.end()
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            if (len(codes) != 1 or codes & named or span is None
                    or (parsed and span[-1].dep_ in {"amod", "compound"})  # "the rebel commander"
                    or any(x.start < span.end and span.start < x.end for x in ents_of(sent))):
                continue
            code = next(iter(codes))
            out.append(ActorMention(e.group(0), code, "group", "context", start, end,
                                    _role(span.root) if parsed else None))
            named = named | {code}
        m = _GROUP_REFERENCE.search(span_text(sent))
        if m is None:
            return out
        start = sent.start_char + m.start()
        if any(e.label_ == "ORG" and not e._.code and e.end_char <= start for e in ents_of(sent)):
            return out
        here = [a for a in found if a.kind == "group" and a.end <= start]
        earlier = [a for i, a in self._armed if self._sentence - i <= _GROUP_MEMORY]
        group = (here or earlier or [None])[-1]
        kind = "group"
        if group is None and m.group(0).lower() == "the group":
            # no armed group in reach, a plain "the group" is the bloc or cartel of states that was
            # the subject of the sentence just before ("OPEC+ agreed on Sunday ... . The group said")
            i, subject = self._subject
            if (i == self._sentence - 1 and subject is not None and subject.kind == "organisation"
                    and subject.code in _BLOCS | _CARTELS):
                group, kind = subject, "organisation"
            i, members = self._members_subject
            if group is None and i == self._sentence - 1 and members is not None:
                # or whose members were: "Saudi Arabia and other OPEC+ members are due to meet ... . The group"
                group, kind = members, "organisation"
        if group is None or group.code in named:
            return out
        span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
        if kind == "organisation":
            self.references[start] = group.code
        return [*out, ActorMention(m.group(0), group.code, kind, "context", start, start + len(m.group(0)),
                             _role(span.root) if parsed and span is not None else None)]

    def _members_bloc(self, sent: Span, found: list[ActorMention], start: int, other: set[str]) -> ActorMention | None:
        """The one bloc named in the document whose members the states acting in ``sent`` before
        ``start`` all are ("Uruguay ... has caused friction within the bloc": MERCOSUR); None where
        no state acts there, one is a member of none, or of two named blocs."""
        acting = {a.code for a in found if a.kind == "state" and a.role == "source" and a.end <= start}
        named = {a.code for a in self._named_orgs if a.code in BLOC_MEMBERS} - other
        blocs = {code for code in named if acting and acting <= BLOC_MEMBERS[code]}
        if len(blocs) != 1:
            return None
        return next(a for a in reversed(self._named_orgs) if a.code in blocs)

    def _only_named(self, kinds: frozenset[str]) -> ActorMention | None:
        """The one organisation of ``kinds`` the document has named, any number of sentences back
        ("ECOWAS ... . (six sentences) ... Bamako expected the bloc to release"); None for two."""
        codes = {a.code for a in self._named_orgs if a.code in kinds}
        return next(a for a in reversed(self._named_orgs) if a.code in codes) if len(codes) == 1 else None

    def _organisation_named(self, head: str, sent: Span, found: list[ActorMention], start: int) -> ActorMention | None:
        """The one organisation named in the document so far with ``head`` in one of its names
        ("the IAEA ... . An Agency team": the International Atomic Energy Agency; "the EU ... .
        The Commission": the European Commission); in its canonical name first, so "the Agency"
        is the IAEA's and not the UN's (UNRWA). None where another body of that word was named
        ("the Electoral Commission") since the organisation was last called by it, or two
        organisations have it."""
        before = [e for e in ents_of(sent) if e.end_char <= start]
        if head in _body_words(before):
            return None
        word = head.lower().replace("organis", "organiz")
        named = [*self._named_orgs, *(a for a in found if a.kind == "organisation" and a.via != "context"
                                       and a.end <= start)]
        for which in (-1, 0, 1):
            # the name as the text wrote it first ("the Assembly of the African Union ... . The
            # Assembly": AU, though the UN has a General Assembly), then the gazetteer's names
            codes = {a.code for a in named
                     if word in (_own_words(a, sent.doc) if which < 0
                                 else {w.replace("organis", "organiz") for w in ORGANISATION_WORDS.get(a.code, ((), ()))[which]})}
            if len(codes) == 1:
                org = next(a for a in reversed(named) if a.code in codes)
                # another body of the word named since the organisation was last called by it
                if head in self._other_bodies and self._body_said.get(head, -1) >= self._org_said.get((org.code, head), -1):
                    return None
                return org
            # of several, in a document an organisation issues, the issuer's: "Calls on the European Union
            # to scale up funding. ... Requests the Chairperson of the Commission" in an AU communiqué (AU),
            # and the one a statement's title names: "the Council" in the final communiqué of the Council of
            # the League of Arab States, which named "Security Council resolution 1701" in passing
            own = self.issuer if self.issuer in codes else statement_body(sent.doc)
            if own in codes and head not in self._other_bodies:
                return next(a for a in reversed(named) if a.code == own)
            # else the one named in the sentence or the one before: "the Peace and Security
            # Council of the AU ... . The Commission" (AU, though the EU named before has one too)
            recent = codes & {a.code for a in found if a.kind == "organisation" and a.end <= start} | {
                a.code for i, a in self._orgs if i == self._sentence - 1 and a.code in codes}
            if len(recent) == 1 and head not in self._other_bodies:
                return next(a for a in reversed(named) if a.code in recent)
            # else the one the text has already called by the word alone: "The Council said" of the
            # AU's council, then "the UN Security Council" in passing, "The Council also asked" (AU)
            called = {c for c in codes if (c, head) in self._org_called}
            if not recent and len(called) == 1 and head not in self._other_bodies:
                return next(a for a in reversed(named) if a.code in called)
            if codes:
                return None
        return None

    def _two_people(self, sent: Span, parsed: bool) -> list[ActorMention]:
        """ "Both men", "the two women": the two people named last, in the sentences just before (a
        name, or a pronoun that stood for one), with their codes: "President Erdogan ... . His foreign
        minister, Hakan Fidan, ... . Both men have said such things before" is Turkey's twice, so no
        pair; never a pair of states remembered. None where fewer than two are in reach."""
        m = _TWO_PEOPLE.search(span_text(sent))
        # "The two" alone as a subject, no noun after it: the two people the sentence just before names, and
        # none where it names another number ("Min Aung Hlaing met Chinese Ambassador Ma Jia. The two discussed")
        bare = m is None and parsed and next((b for b in _BARE_TWO.finditer(span_text(sent)) if (
            t := _token_at(sent, sent.start_char + b.end() - 1)) is not None and t.dep_ in {"nsubj", "nsubjpass"}), None)
        m = m or bare or None
        if m is None:
            return []
        two: dict[str, ActorMention] = {}
        # "both senators": the two people last named with a senator's title ("Senator Pete Ricketts ... .
        # Senator Chris Coons ... . X thanked both senators": USA), however many others were named since
        senators = bool(m.groupdict().get("senators"))
        for sentence, person in reversed(self._people_seen):
            if self._sentence - sentence > (1 if bare else _TWO_PEOPLE_MEMORY) or len(two) == 2 and not bare:
                break
            if senators and not _SENATOR_BEFORE.search(sent.doc.text[max(0, person.start - 10) : person.start]):
                continue
            two.setdefault(person.text.split()[-1], person)
        if len(two) != 2 if bare else len(two) < 2:
            return []
        start = sent.start_char + m.start()
        span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
        role = _role(span.root) if parsed and span is not None else None
        codes = dict.fromkeys(p.code for p in reversed(two.values()))
        return [ActorMention(m.group(0), code, "person", "context", start, start + len(m.group(0)), role)
                for code in codes]

    def _group_members(self, here: set[str], size: int, orgs: bool = False, outside: set[str] | None = None,
                       blocs: bool = False, kind: frozenset[str] | None = None, home: str | None = None,
                       office: bool = False, states: bool = False, speaking: bool = False) -> list[str]:
        """The states "both sides" (``size`` 2) or "the three governments" (3) adds to the
        sentence's own (``here``): the one group of that size the sentence before names, where
        it names one and holds the sentence's own states; else the group the sentences before
        relate most, each mention weighted by ``_PAIR_DECAY`` per sentence back. The sentence's
        own states complete the group they are most related in ("Islamabad said the two countries
        ..."), unless a group without them is at least twice as related; then they stay outside
        it ("Brasília expects resistance from both capitals": Bogotá and Caracas).
        With no group named before, the last distinct states named. ``orgs``: a pair may hold one
        of ``_PAIRED_ORGS`` ("the two sides" of the UK and the EU). ``outside``: states that act on
        the group, and so are none of it ("China has accused both governments"): no group that
        holds one counts, and the one group of the sentence before is no shortcut. ``blocs``: "the
        two blocs", a pair of ``_PAIRED_ORGS`` alone, never states. ``kind``: the states the phrase's noun
        fits ("both powers": ``_POWERS``); where a remembered group is all of them, the states that are
        none stay outside it. ``home``: the state of the sentence's speaker, else the story's main state;
        where no pair is related as parties in the sentences just before and the nearest of them that
        names a state names one, that state and the sentence's own, else ``home``, are the pair over an
        older remembered one ("Peru's foreign ministry said Lima was ready ... . Relations between the
        two neighbours soured" in a story on Chile: CHL, PER). ``office``: the phrase is an office each
        state has one holder of ("the two envoys"); there the state is the pair's with ``home`` even where
        it was paired before, if that sentence names a person of it (the holder just named: "Our special
        envoy met his Turkish counterpart, Serdar Kilic. The two envoys will meet again"). ``states``: the
        phrase's noun names states only ("both governments"), which no civil war's other side is.
        ``speaking``: the sentence's own state speaks of what the pair does together, so is of it however
        much the story related another pair since ("Azerbaijan's foreign ministry said the two countries
        shared a vision")."""
        outside = outside or set()
        # (a mediator between two is one of three: "Brazil ... has stepped in as the broker. ... the three
        # governments would agree", Brazil, Colombia and Venezuela)
        mediators = self._mediators if size == 2 else set()
        if kind and (any(len(g) == size and g <= kind for _, g, _ in self._groups)
                     or len(kind & {*self._recent_states, *here}) >= size):
            # "both powers" with a pair of powers remembered, or as many powers named: no pair holding a
            # state that is none, which falls to the powers named last where no pair of them is remembered
            outside = outside | ({*self._recent_states, *(c for _, g, _ in self._groups for c in g)} - kind - here)
        # a mediator's "both countries" are the two it mediates between ("Ankara hoped both countries
        # would"), and no pair holds a mediator while one without it is remembered
        if size == 2 and states and outside and not here & mediators:
            # the two mediators the sentence just before, in the same paragraph, lists together as its subject are
            # "both countries" a third state acts on ("Qatar and Oman have mediated, including in talks between
            # the US and Iran. The UK should work more closely with both countries"); not "Both sides agreed", the
            # parties mediated
            before = self._sentence - 1
            acting = [g for g in self._listed_at.get(before, ()) if g <= self._mediating_at.get(before, set())
                      and g <= self._acting.get(before, frozenset()) and not g & outside]
            if len(acting) == 1 and self._paragraph_at.get(before) == self._paragraph_at.get(self._sentence):
                return sorted(acting[0] - here)
        outside = outside | (here & mediators)
        here = here - mediators
        groups = [(sentence, group, weight) for sentence, group, weight in self._groups
                  if len(group) == size and (orgs or group <= STATE_CODES) and not group & outside
                  and (not blocs or group <= _PAIRED_ORGS)]
        # a digest's item that names a group of its own: none from the items before
        item = self._item_start()
        groups = [g for g in groups if g[0] >= item] or groups
        # the one pair of any kind the sentence before names: not one state pair among pairs with an
        # organisation ("Hanoi does not expect the negotiations between ASEAN and China ..."); it may hold a
        # mediator ("a call with his Saudi counterpart"), which no other pair may, but not one this
        # sentence names as the go-between ("who has carried messages between the two governments")
        last = [group for sentence, group, _ in self._groups if sentence == self._sentence - 1 and len(group) == size
                and not group <= mediators and (size != 2 or not group & self._mediating)
                and group not in self._hypothetical.get(sentence, ()) and group not in self._examples_at.get(sentence, ())]
        if len(last) == 1 and self._in_passing(self._sentence - 1, last[0]):
            last = []  # (one of several is no shortcut either way)
        listed = [(i, g) for i, g, _ in groups]
        groups = [g for g in groups if not g[1] & mediators]
        if size == 2 and mediators and not states:
            # the nearest sentence just before that names a pair names none but the pair of a state it
            # tells mediating there and one other, whose quarrel it mediates: the two sides are that
            # state's own, a civil war's ("On Sudan, Kenya has offered its good offices to both parties.
            # We will host talks in Nairobi if the two sides agree": SDN, not Kenya); not "both
            # governments", which the rebels it fights are not
            for back in range(1, min(_PARTY_MEMORY, self._sentence - item) + 1):
                named = [g for sentence, g, _ in self._groups if sentence == self._sentence - back and len(g) == 2]
                if named:
                    mediating = self._mediating_at.get(self._sentence - back, set())
                    mediated = {c for g in named for c in g - mediating}
                    if all(g & mediating for g in named) and len(mediated) == 1 and mediated <= STATE_CODES:
                        # (none more where the sentence names that state itself: "A Sudanese negotiator
                        # recalled ... persuading both delegations", no mediator)
                        return sorted(mediated - here)
                    break
        # a pair the sentence before names only as what "they" speak of or act on, relating neither as a
        # party, is no shortcut ("On Myanmar, they reiterated their support for the ASEAN Five-Point
        # Consensus. The two leaders welcomed": not ASEAN and Myanmar)
        if (len(last) == 1 and (self._sentence - 1, last[0]) in listed and here <= last[0] and not outside
                and not (self._they_said == self._sentence - 1 and last[0] not in self._parties.get(self._sentence - 1, {last[0]}))):
            # "C and D signed a deal. The two countries also ...": the one pair just named
            return sorted(last[0] - here)
        if size == 2 and not outside:
            # the one pair the nearest of the sentences just before relates as parties ("Santo
            # Domingo has deported 300,000 Haitians. ... between the two countries"), over an older
            # pair named more often
            main = self._top_pair(self._groups)
            related = False
            for back in range(1, min(_PARTY_MEMORY, self._sentence - item) + 1):
                near = [g for g in self._parties.get(self._sentence - back, ())
                        if (g == main or g not in self._phrase_pairs.get(self._sentence - back, ()))
                        and g not in self._hypothetical.get(self._sentence - back, ())
                        and (orgs or g <= STATE_CODES) and not g & (outside | mediators)
                        and (not blocs or g <= _PAIRED_ORGS)]
                if near:
                    related = True
                    if all(self._in_passing(self._sentence - back, g) for g in near):
                        near = []
                    # of several, the one pair listed together as what one third state acts on: "China
                    # supports Pakistan and Afghanistan in resolving their differences. Both sides agreed";
                    # else the pair that acts, over what it acts on or is about ("the rivalry between Saudi
                    # Arabia and the UAE over Sudan and Yemen": SAU, ARE)
                    near = ([g for g in near if g in self._acted_on.get(self._sentence - back, ())]
                            or [g for g in near if g <= self._acting.get(self._sentence - back, frozenset())] or near)
                    if len(near) == 1 and here <= near[0]:
                        return sorted(near[0] - here)
                    break
            partner = here or ({home} - {None})
            if not related and not orgs and len(partner) == 1 and not partner & mediators:
                # no pair related just before: the one state the nearest sentence that names a state
                # names, with the sentence's own or the speaker's or story's ("Bolivia's government said it
                # hoped ... . The two countries have not had relations since 1978, and ... Santiago")
                back, nearest = next(((self._sentence - i, codes) for i, codes in reversed(self._named_states)
                                      if i < self._sentence and codes), (0, frozenset()))
                holder = office and any(i == self._sentence - back and p.code in nearest for i, p in self._people_seen)
                if (len(nearest) == 1 and back <= min(_PARTY_MEMORY, self._sentence - item)
                        and not nearest & (partner | mediators)
                        and (holder or not any(nearest <= g for _, g, _ in self._groups))):  # a state new to the story's pairs
                    return sorted((nearest | partner) - here)
        weights: dict[frozenset[str], float] = {}
        for sentence, group, weight in groups:
            weights[group] = weights.get(group, 0.0) + weight * _PAIR_DECAY ** (self._sentence - sentence)
        if weights:
            top = max(weights, key=lambda g: weights[g])  # the first named wins a tie
            own = [g for g in weights if here and here <= g]
            if own:
                best = max(own, key=lambda g: weights[g])
                if weights[best] > _OWN_GROUP_SHARE * weights[top] or speaking:
                    top = best
            return sorted(top - here)
        if blocs:
            return []
        others = [c for c in self._recent_states if c not in here | outside | mediators][-(size - len(here)):]
        if size == 3:
            # no three listed: the three that act in the three sentences before, over what they act
            # on ("Germany and the EU pledged aid for Moldova, and France joined them. The three partners":
            # DEU, EU, FRA, not Moldova), the nearest sentences first until three act; an organisation
            # only where the phrase may hold one ("partners", "governments", "signatories")
            chosen: list[str] = []
            acting: set[str] = set()
            for back in range(1, min(_PARTY_MEMORY, self._sentence - item) + 1):
                acting |= {c for c in self._acting.get(self._sentence - back, ())
                           if orgs or c in STATE_CODES} - here - outside - mediators
                if len(here) + len(acting) >= size:
                    break
            if len(here) + len(acting) == size:
                chosen = sorted(acting)
            # three never named together: the states the sentences before name most, each sentence
            # weighted by ``_PAIR_DECAY`` per sentence back, the later first in a tie ("Sudan" named in
            # five sentences over "Eritrea" named once since, "the three governments": Egypt, Ethiopia, Sudan)
            weight: dict[str, float] = {}
            for sentence, codes in self._named_states:
                for code in codes - here - outside - mediators:
                    weight[code] = weight.get(code, 0.0) + _PAIR_DECAY ** (self._sentence - sentence)
            others = sorted(weight, key=lambda c: (weight[c], self._recent_states.index(c)
                                                   if c in self._recent_states else -1))[-(size - len(here)):]
            if chosen and set(chosen) != set(others):
                return chosen
        return others if len(here) + len(others) == size else []

    def _in_passing(self, sentence: int, group: frozenset[str]) -> bool:
        """Whether ``group``, a pair ``sentence`` relates, is one only in passing there: a paragraph before the
        current sentence's, not listed together, one of the pair the story relates most with a third state ("he
        will travel to Baku for talks with ..." in a story on Russia and Turkey), while that pair is named in
        ``_TOPIC_PAIR_SENTENCES`` sentences or more and more often than ``group`` (not a new pair of two others:
        "the equipment is made in the Netherlands and much of the rest in Japan. ... persuading both governments")."""
        if len(group) != 2 or self._paragraph_at.get(sentence, 0) == self._paragraph_at.get(self._sentence, 0):
            return False
        if group in self._listed_at.get(sentence, ()):
            return False
        top = self._top_pair(self._groups)
        seen = len({i for i, g, _ in self._groups if g == top})
        return len(top & group) == 1 and seen >= _TOPIC_PAIR_SENTENCES and seen > len(
            {i for i, g, _ in self._groups if g == group})

    def _readout_pair(self, own: set[str], outside: set[str]) -> list[str]:
        """ "The sides", "both sides", "the leaders" in a readout or joint statement (``_readout``): the two leaders'
        states it opened with, over an organisation or a third state a sentence between names ("They called for a
        review of the ASEAN-India trade agreement. Both sides agreed": not ASEAN), while it is still the pair the
        story relates most; none where the sentence's own state (``own``) or one the pair acts on
        (``outside``) is no member of it."""
        top = self._top_pair(self._groups)
        if len(self._readout) != 2 or not own <= self._readout or outside & self._readout or top not in {
                self._readout, frozenset()}:
            return []
        return sorted(self._readout - own)

    def _agreement_pair(self, sent: Span, found: list[ActorMention], own: set[str], orgs: bool) -> list[str]:
        """ "Both sides" in a sentence that names an agreement or talks by the city where they were held: the
        one pair the story named signing or meeting there ("Ethiopia and Eritrea signed a peace deal in Jeddah.
        ... The AU welcomed the Jeddah accord and urged both sides": ERI and ETH, not a pair named since);
        none for a city of no such pair or of two. ``orgs``: the phrase may hold an organisation or a group
        ("both sides"; not "both governments")."""
        # (an organisation the sentence names, which welcomes the agreement, is none of its pair, nor is the
        # city in its name: "the Havana ceasefire")
        named = [m for m in _VENUE_AGREEMENT.finditer(span_text(sent)) if m.group("city") in self._venue_pairs]
        own = own & STATE_CODES - {a.code for a in found for m in named
                                   if sent.start_char + m.start() <= a.start < sent.start_char + m.end()}
        pairs = {g for m in named for g in self._venue_pairs[m.group("city")]
                 if own <= g and (orgs or g <= STATE_CODES)}  # "both governments" are states
        return sorted(next(iter(pairs)) - own) if len(pairs) == 1 else []

    def _deal_pair(self, sent: Span, own: set[str], orgs: bool) -> list[str]:
        """ "Both governments" in a sentence that names an agreement by its word ("the border deal"): the two
        states the story told signing or ratifying an agreement of that word (``_deal_signers``), where they
        hold the sentence's own state; none for an agreement no two states were told to sign."""
        pairs = {self._deal_pairs[m.group("word").lower()] for m in _DEAL_WORD.finditer(span_text(sent))
                 if m.group("word").lower() in self._deal_pairs}
        pairs = {g for g in pairs if own <= g and (orgs or g <= STATE_CODES)}
        return sorted(next(iter(pairs)) - own) if len(pairs) == 1 else []

    def _asked_pair(self, own: set[str]) -> list[str]:
        """ "Both sides" in an interview's answer to a question that names one state besides the interviewee's: that
        state and the interviewee's ("**Minister, Azerbaijan says the treaty is ready. Is it?**" put to Armenia's
        foreign minister: "Both sides have agreed on the text" is ARM and AZE, not an older pair); none where the
        answer named another state before it, or the sentence names one outside the pair."""
        speaking = self._answering
        asked = self._asked - {speaking}
        if speaking is None or self._answered is None or len(asked) != 1 or self._answered - asked - {speaking}:
            return []
        pair = asked | {speaking}
        return sorted(pair - own) if own <= pair else []

    def _our_two(self, sent: Span, phrase: str, own: set[str]) -> list[str]:
        """ "our two brotherly countries", "both our nations": the speaker's state and the other, the one
        other state the sentence names, else the story's main state, else the one state the sentence
        before names; none where the speaker has no state (the states the sentence names left out)."""
        if not re.match(r"(?:both )?our\b", phrase, re.I) or self._speech is None:
            return []
        speaker = self._speech.speaker_code
        if speaker not in STATE_CODES:
            return []
        others = own - {speaker}
        main = self.main_state(sent)
        before = next((codes for i, codes in reversed(self._named_states) if i == self._sentence - 1), frozenset())
        other = (next(iter(others)) if len(others) == 1 else None) if others else (
            main if main not in {None, speaker} else (next(iter(before - {speaker})) if len(before - {speaker}) == 1 else None))
        return sorted({speaker, other} - own) if other is not None else []

    def _region_pair(self, sent: Span, here: set[str]) -> list[str]:
        """The two states "the two Gulf producers" (``_REGION_PAIR``) means: the last two of that region's
        states the story named (in ``_PAIR_MEMORY`` sentences), with the sentence's own of them first;
        none where the story named fewer, or where the sentence that reaches two names three."""
        m = _REGION_PAIR.search(span_text(sent))
        if m is None:
            return []
        members = _REGIONS[m.group("region")]
        codes = [c for c in sorted(here) if c in members]
        for _, named in reversed(self._named_states):
            codes += sorted(c for c in named if c in members and c not in codes)
            if len(codes) >= 2:
                break
        return sorted(codes) if len(codes) == 2 else []  # (not three named in one sentence: which two?)

    def _top_pair(self, groups: list[tuple[int, frozenset[str], float]]) -> frozenset[str]:
        """The pair of states (or a state and one of ``_PAIRED_ORGS``) ``groups`` relate most, each
        mention weighted by ``_PAIR_DECAY`` per sentence back; empty where none is remembered."""
        weights: dict[frozenset[str], float] = {}
        for sentence, group, weight in groups:
            if len(group) == 2:
                weights[group] = weights.get(group, 0.0) + weight * _PAIR_DECAY ** (self._sentence - sentence)
        return max(weights, key=lambda g: weights[g]) if weights else frozenset()

    def _remember(self, code: str) -> None:
        if code in self._recent_states:
            self._recent_states.remove(code)
        self._recent_states.append(code)


# links from a word up to the noun it modifies or is listed with; to a noun it is listed with only
_NOUN_LINKS = frozenset(_MODIFIER_DEPS | {"conj"})
_LISTED = frozenset({"conj", "appos"})


# nouns of a third party's part in talks: "The Saudi and US mediators", "under Saudi and US mediation",
# "shuttle diplomacy by Ankara", "Erdogan, the host"
_MEDIATOR_NOUNS = frozenset("""mediator mediators mediation broker brokers facilitator facilitators host hosts
    diplomacy co-mediator co-mediators co-facilitator co-facilitators co-host co-hosts""".split())
# verbs of a third party's part in talks, whose agent after "by" mediates them: "talks facilitated by Qatar"
# (not "hosted by", a host may be a party: "The meeting was hosted by Kenya's president")
_MEDIATING_VERBS = frozenset("facilitated mediated brokered".split())


# what a go-between carries or is "between" two others: "carried messages between the two
# governments", "the main channels between", "a bridge between Riyadh and Tehran"
_GO_BETWEEN_NOUNS = frozenset("""channel channels conduit conduits intermediary intermediaries go-between
    go-betweens messenger messengers message messages bridge bridges""".split())
# verbs of going between two others, with "between" on them: "mediated between", "shuttled between"; with
# talks "between" two as object, "brokering", "facilitating" or "hosting talks between" too
_GO_BETWEEN_VERBS = frozenset("""mediate mediates mediated mediating shuttle shuttles shuttled shuttling broker
    brokers brokered brokering facilitate facilitates facilitated facilitating host hosts hosted hosting""".split())

_ENVOYS = frozenset("envoy envoys emissary emissaries representative representatives".split())


def _go_between(token: Token) -> bool:
    """Whether the noun ``token`` is the subject of a clause (or the one a relative clause on it
    has for its subject) that goes between two others: its verb takes "between" itself and is one
    of ``_GO_BETWEEN_VERBS`` ("Oman mediated between"), or its object or complement is one of
    ``_GO_BETWEEN_NOUNS`` with "between" on it or on the verb ("who has carried messages between the
    two governments", "Oman and Iraq remain the main channels between"); not "Iraq sits between
    the two powers", "relations between", nor years ("between 2021 and 2022")."""
    verbs = [token.head] if token.dep_ in {"nsubj", "nsubjpass"} else []
    verbs += [c for c in token.children if c.dep_ == "relcl"
              and any(w.dep_ in {"nsubj", "nsubjpass"} and w.lower_ in {"who", "which", "that"} for w in c.children)]
    for verb in verbs:
        if any(c.dep_ == "dobj" and c.lower_ == "offices" and any(w.lower_ == "good" for w in c.children)
               for c in verb.children):
            return True  # a third state's part in another's quarrel: "Kenya has offered its good offices"
        nouns = [c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.lower_ in _GO_BETWEEN_NOUNS]
        # or the talks it mediates, "between" on them: "Oman has been mediating direct talks between
        # Bujumbura and the FNL rebels"
        talks = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _RECIPROCAL_NOUNS] if (
            verb.lower_ in _GO_BETWEEN_VERBS) else []
        for head in ([verb] if verb.lower_ in _GO_BETWEEN_VERBS else []) + nouns + ([verb] if nouns else []) + talks:
            if any(c.lower_ == "between" and not any(w.ent_type_ in {"DATE", "TIME"} for w in c.subtree)
                   for c in head.children):
                return True
    return False


# what a go-between bridges: "bridge the differences", "bridge the gap between them"
_GAPS = frozenset("difference differences gap gaps divide divides rift rifts".split())


def _bridging(verb: Token) -> bool:
    """Whether ``verb`` is "bridge" with a gap as its object: "sought to bridge the differences"."""
    return verb.lower_ in {"bridge", "bridged", "bridging", "bridges"} and any(
        c.dep_ == "dobj" and c.lower_ in _GAPS for c in verb.children)


def _mediator(sent: Span, actor: ActorMention) -> bool:
    """Whether ``actor`` is named as a mediator or host of talks: a word of it modifies a noun of
    ``_MEDIATOR_NOUNS`` ("the Saudi and US mediators", "under Saudi and US mediation"; "diplomacy" only
    as a shuttle's, "shuttle diplomacy by Ankara"), it is that noun's agent after "by", or a person of
    it is apposed to one ("Erdogan, the host"); not "host" as a verb, nor "a host of". A go-between is
    one too (``_go_between``: "Oman's foreign minister, who has carried messages between the two
    governments")."""
    span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    token = _noun(span.root)
    if _go_between(token) or _go_between(span.root):
        return True
    if token.dep_ == "nsubj" and any(_bridging(v) for v in [token.head, *(c for c in token.head.children if c.dep_ == "xcomp")]):
        return True  # "Indonesia and Singapore have sought to bridge the differences"
    owner = span.root
    if (owner.dep_ == "poss" and owner.head.lower_ in _ENVOYS and owner.head.dep_ == "pobj"
            and owner.head.head.lower_ == "as"):
        # the state whose envoy one served "as", going between two others: "he served as Norway's special
        # envoy to Sudan, shuttling between Khartoum and the rebel headquarters" (not "served as Norway's
        # envoy to Sudan" alone)
        verb = owner.head.head.head
        if any(v.lower_ in _GO_BETWEEN_VERBS and any(c.lower_ == "between" for c in v.children)
               for v in [verb, *(c for c in verb.children if c.dep_ in {"advcl", "xcomp", "conj"})]):
            return True
    if token.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(w.dep_ == "pobj" and w.lower_ in _MEDIATOR_NOUNS for w in c.children)
            for c in token.head.children):
        return True  # "with the AU and IGAD taking part as co-mediators", "Qatar acted as mediator"
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        agent = token.head.dep_ == "agent"
        token = token.head.head
        if agent and token.lower_ in _MEDIATING_VERBS:
            return True  # a passive's agent: "The talks are being facilitated by Riyadh and Washington"
    elif token.dep_ == "appos" or any(c.dep_ == "appos" and c.lower_ in _MEDIATOR_NOUNS for c in token.children):
        token = next((c for c in token.children if c.dep_ == "appos"), token.head)
    word = token.lower_
    if token.pos_ == "VERB" or word not in _MEDIATOR_NOUNS or token.i == span.root.i:
        return False
    if word == "diplomacy":
        return any(c.lower_ == "shuttle" for c in token.children)
    return not (word in {"host", "hosts"} and token.i + 1 < sent.end and token.nbor().lower_ == "of")


# an apposition that describes a name by another's: ", an al-Qaida affiliate,", ", a Hamas ally"
_DESCRIBING_BEFORE = re.compile(r",\s+(?:an?|the)\s+(?:(?:former|local|regional|armed|militant|jihadist)\s+)?$")
_DESCRIBING_AFTER = re.compile(r"\s+(?:affiliate|offshoot|branch|ally|proxy|splinter|franchise|wing|faction|"
                               r"successor|partner|front)s?\b")


def _describing(sent: Span, actor: ActorMention) -> bool:
    """Whether ``actor`` is named only to describe another name, in an apposition after it: "al-Qaida"
    of "JNIM, an al-Qaida affiliate,"; not an actor of the sentence's own ("JNIM and al-Qaida")."""
    at, to = actor.start - sent.start_char, actor.end - sent.start_char
    return bool(_DESCRIBING_BEFORE.search(span_text(sent)[:at]) and _DESCRIBING_AFTER.match(span_text(sent), to))


def _named_speaker_before(sent: Span, speech: Attribution | None, pronoun: Token) -> bool:
    """Whether the sentence's speaker is named by a person's name before ``pronoun``, in the sentence:
    capitalised words that are no code's entity ("Cha Du-hyeogn ... said ..., though he cautioned"),
    not an office or a body ("The ministry said", "Kenya's envoy said")."""
    if speech is None or not sent.start_char <= speech.start or speech.end > pronoun.idx:
        return False
    words = speech.speaker.split()
    if len(words) == 1 and speech.start == sent.start_char:
        return False  # "Officials said ... he": a capital only for opening the sentence
    return (0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and words[0].lower() not in {"the", "a", "an"}
            and not any(e._.code and speech.start < e.end_char and e.start_char < speech.end for e in ents_of(sent)))


def _quoted_pair_after(sent: Span, start: int) -> list[str]:
    """The pair a quotation names in its next sentence, for a pair phrase inside it (at ``start``) in a
    sentence that names none of it before: the two states the next sentence, a quotation again, lists
    together ('"Both sides have boxed themselves in," said an analyst. "Neither Manila nor Beijing is
    likely to back down."': CHN and PHL, over the pair of the sentence before); none where it names
    another state, or names two not listed together."""
    doc = sent.doc
    if sent.end >= len(doc) or not _open_quotation(span_text(sent)[: start - sent.start_char]):
        return []
    after = doc[sent.end].sent
    if not span_text(after).startswith(('"', "“")):
        return []
    states = [e for e in after.ents if e._.kind == "state" and e._.code in STATE_CODES]
    codes = {str(e._.code) for e in states}
    if len(codes) != 2 or not any(x.root.dep_ == "conj" and x.root.head.i == y.root.i for x in states for y in states):
        return []
    return sorted(codes)


def _open_quotation(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end (curly marks, else an odd
    count of straight ones)."""
    curly = max(text.rfind("“"), text.rfind("”"))
    if curly >= 0:
        return text[curly] == "“"
    return text.count('"') % 2 == 1


def _about_party_politics(sent: Span, phrase: tuple[int, int] | None = None) -> bool:
    """Whether ``sent`` or the sentence before it is about a country's own party politics
    ("Labour and the Conservatives clashed over the budget. Both parties ..."), where "Both
    parties" are political parties; the words of ``phrase`` (start and end), "either party", aside."""
    before = span_text(sent.doc[sent.start - 1].sent) if sent.start > 0 else ""
    text = span_text(sent)
    if phrase is not None:
        text = text[: phrase[0] - sent.start_char] + text[phrase[1] - sent.start_char :]
    return bool(_PARTY_POLITICS.search(before + " " + text))


def _spelled_out_with(doc: Doc, actor: ActorMention, word: str) -> bool:
    """The actor is an acronym in brackets after its name spelled out with ``word``: "the African
    Union Support and Stabilization Mission in Somalia (AUSSOM)" for "the mission". (The text before
    it from its tokens, not ``doc.text``, which spaCy joins anew from every token at each call.)"""
    before = doc.char_span(max(actor.start - 120, 0), actor.start, alignment_mode="expand")
    text = before.text_with_ws if before is not None else ""
    m = re.search(r"\b" + word.title() + r"\b[^()\n]{0,40}\(\s*$", text)
    return m is not None and actor.text.isupper()


# the acronyms of the peace and assistance missions the gazetteer codes by the organisation that
# runs them ("AUSSOM" AU, "UNMISS" UN, "EULEX" EU): each is "the mission" named again
_MISSION_ACRONYMS = frozenset("""AMISOM ATMIS AUSSOM UNMISS MINUSMA MINUSCA MONUSCO UNMIK UNAMA UNAMI UNSMIL
    UNIFIL UNDOF UNTSO UNFICYP EULEX EUTM EUBAM""".split())


def _names_a_mission(doc: Doc, actor: ActorMention) -> bool:
    """The actor names a mission: a mission's acronym ("UNMISS ... . The mission said": UN), or the
    organisation's name before a capitalised "Mission", with only capitalised words between ("the UN
    Mission in South Sudan ... . The mission said", "the African Union Transition Mission in Somalia":
    UN, AU); not the organisation alone ("The African Union said ... . The mission")."""
    if actor.text.split()[0] in _MISSION_ACRONYMS or re.search(r"\b(?:Mission|(?<!Task )Force)\b", actor.text):
        return True  # (or its full name in the gazetteer: "the UN Interim Force in Lebanon")
    after = doc.char_span(actor.end, min(actor.end + 60, len(doc_text(doc))), alignment_mode="expand")
    return after is not None and re.match(r" ?(?:(?:[A-Z][a-z]+|and|of) ){0,4}Mission\b", after.text_with_ws) is not None


def _head_after(actor: ActorMention, doc: Doc) -> list[str]:
    """The capitalised head of ``_REFERENCE_HEADS`` right after an organisation's name, its body named
    with it: "The ECOWAS Commission" (["Commission"]); none after a name in the gazetteer's own words
    ("the European Commission" is one) or before another word of a longer name ("the ECOWAS Commission
    Tower")."""
    text = doc_text(doc)
    m = _HEAD_AFTER.match(text, actor.end)
    if (m is None or actor.kind != "organisation" or m.group("head") not in _REFERENCE_HEADS
            or re.match(r"\s+[A-Z]", text[m.end() :])):
        return []
    return [m.group("head")]


# the capitalised head right before "of" an organisation's name: "the Council of the League of Arab States"
_HEAD_BEFORE = re.compile(r"\b(?P<head>[A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


def _own_words(actor: ActorMention, doc: Doc) -> set[str]:
    """The words, lower case, an organisation was named with: those of its name and of a head right
    after it ("The ECOWAS Commission": "ecowas", "commission") or right before its "of" ("the Council
    of the League of Arab States": "council"); "organisation" spelled with a z."""
    before = _HEAD_BEFORE.search(doc_text(doc), max(0, actor.start - 40), actor.start) if actor.kind == "organisation" else None
    heads = [before.group("head")] if before is not None and before.group("head") in _REFERENCE_HEADS else []
    return {w.lower().replace("organis", "organiz") for w in [*actor.text.split(), *_head_after(actor, doc), *heads]}


def _uncoded_body_subject(sent: Span) -> Span | None:
    """The name the tagger took for an organisation that the gazetteer does not code, as the subject
    of the sentence's main verb: "Standard Chartered" of "Standard Chartered raised its forecast"."""
    subject = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
    ent = ent_at(sent.doc, subject.i) if subject is not None else None
    return ent if ent is not None and ent.label_ == "ORG" and not ent._.code else None


def _headed_bodies(sent: Span, found: list[ActorMention]) -> list[tuple[int, str, str | None]]:
    """(where, head, code) of the bodies ``sent`` names with a head of ``_BODY_REFERENCE``: a name
    with the head ("the Central Bank of Kenya", "Japan's Fisheries Agency": the one code of the
    actors in it; "Kenya Commercial Bank", "Ecobank": None), a state's body in lower case right after
    the state ("Kenya's central bank"), and an organisation with the head among its words ("the ADB",
    "the Bank" the text called it)."""
    bodies = []
    for m in _HEADED_NAME.finditer(span_text(sent)):
        words = [w for w in (m.group("words") or "").split() if w not in {"The", "A", "An"}]
        if not words and not m.group("glued") and not m.group(0)[m.end("head") - m.start():].strip():
            continue  # the head alone, "The Bank": a reference, not a name
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        inside = [a for a in found if a.via not in {"context", "implied"} and a.start < end and start < a.end]
        codes = {a.code for a in inside}
        if len(codes) > 1:  # the one whose name holds the head: "the Kenya Development Bank" of two
            head = sent.start_char + m.start("head" if m.group("head") else "glued")
            codes = {a.code for a in inside if a.start <= head < a.end}
        bodies.append((start, (m.group("head") or m.group("glued")).lower(), codes.pop() if len(codes) == 1 else None))
    for a in found:
        # after the state's possessive, or its demonym: not "Beijing warned the commission"
        after = a.end - sent.start_char
        if a.via in {"name", "capital"} and span_text(sent)[after : after + 2] in {"'s", "’s"}:
            after += 2
        elif a.via != "demonym":
            after = -1
        k = _HEAD_AFTER_STATE.match(span_text(sent), after) if a.code in STATE_CODES and after >= 0 else None
        if k is not None:
            bodies.append((a.start, k.group("bank") or k.group("head"), a.code))
        if a.kind == "organisation" and a.via != "implied":
            words = set(a.text.lower().split()) | set(ORGANISATION_WORDS.get(a.code, ((), ()))[0])
            bodies += [(a.start, head, a.code) for head in ("bank", "agency", "commission", "fund") if head in words]
    return sorted(bodies)


def _body_words(ents: list[Span]) -> set[str]:
    """The capitalised words of the bodies named that are no organisation of ours ("the Central
    Military Commission", "the Anadolu Agency"): each makes "the Commission" or "the Agency" unsure.
    A bare head is no other body but the reference itself ("asked the Commission to work")."""
    return {w for e in ents if not (e._.code and e._.kind == "organisation") and e.text not in _REFERENCE_HEADS
            and (e.label_ in {"ORG", "FAC"} or e._.via == "body")  # a state's: "the Palestinian Authority"
            for i, w in enumerate(e.text.split()) if w.istitle()
            # a head word before the name's own head is no head: "the Forum Fisheries Agency" makes
            # "the Agency", not "the Forum", unsure
            and not (w in _REFERENCE_HEADS and i < len(e.text.split()) - 1
                     and re.fullmatch(_LONGER_HEADS, e.text.split()[-1]))}


def _common_heads(sent: Span, ents: list[Span], end: int) -> set[str]:
    """The words of ``_LOWER_HEADS`` the sentence uses, before ``end``, as common nouns, with a word
    other than "the" before them ("the business community", "a council"), and "*" where it names a
    body that is no organisation of ours ("Human Rights Watch", "the Kenya Law Society")."""
    words = {t.text for t in sent if t.idx < end and t.text in _LOWER_HEADS
             and t.i > sent.start and t.nbor(-1).lower_ != "the"
             and not any(e._.code and e.start <= t.i < e.end for e in ents)}
    if any(e.label_ == "ORG" and not e._.code and e.end_char <= end for e in ents):
        words.add("*")
    return words


def _noun(token: Token, deps: frozenset[str] = _NOUN_LINKS) -> Token:
    """The noun ``token`` modifies or is listed with (``deps``): "ports" in "Kenyan ports"."""
    while token.dep_ in deps and token.head.i != token.i:
        token = token.head
    return token


def _argument(token: Token, deps: frozenset[str] = _NOUN_LINKS) -> tuple[Token, str] | None:
    """The clause a noun is an argument of, as its verb with a subject, and whether the noun is
    its subject or object (directly or through a preposition on the verb); else None. ``deps``:
    the links from ``token`` up to that noun."""
    token = _noun(token, deps)
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head
    verb = token.head
    if token.dep_ in {"dobj", "dative", "iobj", "prep"} and verb.dep_ in _VERB_DEPS:
        slot = "object"
    elif token.dep_ == "nsubj":
        slot = "subject"
    else:
        return None
    # a conjoined verb with no subject of its own shares its head's: "supports ... and had urged
    # both governments" (not a complement's: "Manele has tried to keep both partners close" are his)
    while verb.dep_ == "conj" and not any(c.dep_ in _SOURCE_DEPS for c in verb.children):
        verb = verb.head
    return verb, slot


def _other_side(sent: Span, actor: ActorMention, phrase: Span) -> bool:
    """Whether ``actor`` stands on the other side of a verb from the pair ``phrase``, and so is
    none of the pair: its subject where the pair is the object ("China has accused both
    governments", "Peru, which borders both countries", "the United States ... had urged both
    governments"), its object where the pair is the subject ("Both leaders thanked Kazakhstan").
    Also the subject of a verb whose object the pair hangs on, save "between", "among" or "of" ("Turkey
    had little leverage over either government"; not "Islamabad wants better ties between the two countries")."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    pair = _argument(phrase.root)
    if mention is None:
        return False
    held = phrase.root.head
    own = _argument(mention.root, _LISTED)
    if (pair is None and phrase.root.dep_ == "pobj" and held.lower_ not in {"between", "among", "amongst", "of"}
            and held.dep_ in {"prep", "dative"}):
        # the subject of a verb whose object the pair hangs on: "Turkey had little leverage over either
        # government", "Qatar has good ties with both sides" (not "better ties between the two countries"),
        # also through a phrase on that verb: "As a friendly neighbour to both countries, China will"
        return own is not None and own[1] == "subject" and own[0].i in {t.i for t in _acted_through(held)}
    if pair is None:
        return False
    verb, slot = pair
    if (slot == "object" and verb.dep_ == "relcl" and verb.head.i == _noun(mention.root, _LISTED).i
            and any(c.dep_ == "nsubj" and c.lower_ in {"which", "who", "that"} for c in verb.children)):
        return True  # "Peru, which borders both countries": the noun the relative clause is on
    # the state itself, or one listed with it, is the argument: not "Chinese officials", nor China
    # in "elevated ties to a China-Africa community"
    own = _argument(mention.root, _LISTED)
    if own is None:
        return False
    # the direct object of a complement whose subject is the pair's: "the two governments may not want to provoke
    # Beijing", "Both sides agreed to invite Qatar" (not a phrase on it: "began restoring ties under President Yoon",
    # "agreed to designate 2027 as the Viet Nam - Korea Year")
    head = own[0]
    while slot == "subject" and _noun(mention.root, _LISTED).dep_ == "dobj" and head.dep_ == "xcomp" and not any(
            c.dep_ in _SOURCE_DEPS for c in head.children):
        head = head.head
    return head.i == verb.i and own[1] != slot


# links up from what a pair is acted on through to the verb whose subject acts: an object, a phrase
# on a noun or verb, a complement ("stands ready to provide assistance to both countries")
_ACTED_THROUGH = frozenset({"dobj", "pobj", "prep", "dative", "xcomp", "acomp"})


def _acted_through(token: Token) -> list[Token]:
    """``token`` and the words above it up to the verb it is acted on through: the object, the phrase
    on a noun or verb, the complement of a verb ("ready to provide assistance to ..."); not a
    clause of speech nor a subject ("said relations with both countries"), nor past a verb whose
    object does what its complement says ("asked the AU to send aid to ...")."""
    chain = [token]
    while token.dep_ in _ACTED_THROUGH and token.head.i != token.i:
        if (token.dep_ == "xcomp" or token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)) and any(c.dep_ in {"dobj", "dative"} for c in token.head.children):
            break  # the object does what the complement says: "asked the AU to bring aid to both countries"
        token = token.head
        chain.append(token)
    return chain


def _reporting_owner(sent: Span, phrase: Span, orgs: list[ActorMention]) -> ActorMention | None:
    """The bloc whose body reports what the sentence says before it is the one that clause has as
    its subject, not one it acts on ("ECOWAS leaders will meet ... to discuss relations with the
    Alliance of Sahel States, the bloc's commission said": ECOWAS); not where the body is the
    subject of what is reported ("The AU praised ECOWAS, saying the bloc's commission had acted")."""
    owned = phrase.root.head
    if phrase.root.dep_ != "poss" or owned.dep_ != "nsubj" or owned.head.lower_ not in _SPEECH:
        return None
    said = [c for c in owned.head.children if c.dep_ == "ccomp" and c.i < owned.i]
    if len(said) != 1:
        return None
    clause = said[0]
    subjects = {a.code: a for a in orgs if a.role == "source"
                and (t := sent.doc.char_span(a.start, a.end, alignment_mode="expand")) is not None
                and clause.left_edge.i <= t.root.i <= clause.right_edge.i}
    return next(iter(subjects.values())) if len(subjects) == 1 else None


# the titles of a head of state or government (not a foreign minister's, which LEADER_OFFICES has too)
_HEAD_TITLES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
                          "crown prince", "supreme leader", "taoiseach"})


def _leader_titled(sent: Span, actor: ActorMention) -> bool:
    """Whether ``actor`` is named by a title its state's leader holds (``LEADER_OFFICES``, ``_HEAD_TITLES``), alone or
    before the name: "the Prime Minister", "The President", "President Prabowo Subianto"."""
    titles = LEADER_OFFICES.get(actor.code, frozenset()) & _HEAD_TITLES
    text = actor.text.lower().removeprefix("the ")
    # the sentence's own text, not the document's, which spaCy joins anew from every token on each call
    offset = actor.start - sent.start_char
    before = span_text(sent)[max(0, offset - 40):offset].lower() if offset > 0 else ""
    return any(text == t or text.startswith(t + " ") or before.endswith(t + " ") for t in titles)


def _when_subjects(sent: Span, members: list[ActorMention], phrase: Span) -> set[str]:
    """The states of the leaders a "when" clause after a pair phrase has as its subjects: it says
    when the pair did what the phrase's verb says, and so names the pair ("The two governments last
    met in 2023, when Presidents Irfaan Ali and Nicolás Maduro agreed ..."); so do those of a main
    clause joined to the one the phrase is the subject of ("Both sides have too much to lose, and
    Mirziyoyev and Rahmon have invested a lot in their relationship"); not a clause that acts
    on the pair ("when Kenya and Ethiopia urged them to talk") nor states of its own ("when Ecuador
    and Bolivia were still in talks")."""
    codes: set[str] = set()
    for actor in members:
        if actor.via not in {"leader", "demonym"}:
            return set()  # "when Ecuador and Bolivia were still in talks": other states, at the time
        span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            continue
        token = span.root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if actor.via == "demonym":
            # the demonyms on the subject of a joined main clause: "..., and Norwegian and Russian
            # coast guards still cooperate on fisheries" (not of a "when" clause)
            if (token.dep_ not in {"amod", "compound", "nmod"} or token.head.i < token.i
                    or token.head.lower_ not in _STATE_HEADS | _STATIONED | _GUARDS):
                return set()  # not a demonym on what no state is: "Russian and Indian companies"
            token = token.head
        verb = token.head
        # also a main clause joined to the phrase's own: "Both sides have too much to lose, and
        # Mirziyoyev and Rahmon have invested a lot in their relationship"
        top = verb
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head  # "..., agreed in 2010, and Norwegian and Russian coast guards still cooperate"
        joined = verb.dep_ == "conj" and top.i == _clause(phrase.root).i and phrase.root.dep_ in _SOURCE_DEPS
        if (token.dep_ not in {"nsubj", "nsubjpass"} or token.i < phrase.end
                or not (joined or actor.via == "leader" and any(c.lower_ == "when" and c.dep_ == "advmod" and c.i < token.i for c in verb.children))
                or any(c.dep_ in {"dobj", "obj"} and c.lower_ in {"them", "both"} for c in verb.children)):
            return set()
        codes.add(actor.code)
    return codes


# the state's own people a demonym may name, besides _STATE_HEADS and _STATIONED: "Greek coast guards"
_GUARDS = frozenset("guard guards coastguard coastguards police navies armies militaries patrols".split())


def _seats_of(sent: Span, members: list[ActorMention], phrase: Span, size: int) -> set[str]:
    """The states whose capitals or names are listed "in" the pair phrase's own noun, where they
    are as many as the phrase has: the seats of its governments, no venue ("The two governments
    in Canberra and Wellington", "the two governments, in Jerusalem and Riyadh,"); not one place
    ("the two sides in Geneva"), nor "in" on a verb ("met in Muscat and Doha")."""
    codes = set()
    for a in members:
        mention = sent.doc.char_span(a.start, a.end, alignment_mode="expand")
        token = _noun(mention.root, frozenset({"conj"})) if mention is not None else None
        if (token is not None and a.via in {"capital", "name"} and token.dep_ == "pobj" and token.head.lower_ == "in"
                and token.head.head.i == phrase.root.i):
            codes.add(a.code)
    return codes if len(codes) == size else set()


def _venue(sent: Span, actor: ActorMention, after: bool) -> bool:
    """Whether ``actor`` is a place something happens "in" or "at", or a channel it goes "through",
    after the pair phrase ("the centre the two countries plan to open in Muscat"), or, before or
    after it, the body something happens "inside" or "within" ("pushed for flexibility inside
    Mercosur, called on both sides": not Mercosur and Uruguay)."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    places = {"in", "at", "through", "via", "inside", "within"} if after else {"inside", "within"}
    return mention is not None and mention.root.dep_ == "pobj" and mention.root.head.lower_ in places


_MEMBER_NOUNS = frozenset("""country countries member members state states nation nations government governments
    economy economies partner partners""".split())
_MEMBER_VERBS = frozenset("""join joins joined joining rejoin rejoins rejoined rejoining leave leaves left leaving
    quit quits quitting exit exits exited exiting""".split())


def _membership(token: Token) -> bool:
    """Whether a bloc's noun is named as what its members are in or of: "within the bloc", "the
    first country of the bloc", "leave the bloc"; not "said the bloc would send observers"."""
    head = token.head
    if token.dep_ == "pobj":
        return head.lower_ in {"within", "inside"} or (head.lower_ == "of" and head.head.lower_ in _MEMBER_NOUNS)
    return token.dep_ == "dobj" and head.lower_ in _MEMBER_VERBS


def _listed_with(sent: Span, actor: ActorMention, phrase: Span) -> bool:
    """Whether ``actor`` and ``phrase`` are members of one list ("the AES and the bloc")."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None:
        return False
    a, b = mention.root, phrase.root
    return (a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a)


def _related_pairs(sent: Span, found: list[ActorMention], codes: set[str]) -> set[frozenset[str]]:
    """The pairs of ``codes`` whose mentions ``sent`` relates: named in one clause, or one in a
    clause about the other, a relative clause on it ("Kenya, which borders Somalia") or what it
    says ("Jakarta said Malaysia had agreed"); not a state of a clause joined or added to the
    other's ("met in Ankara, while fighting in Sudan continued")."""
    clauses: list[tuple[str, Token, Token]] = []
    for a in found:
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand") if a.code in codes else None
        if span is not None and sent.start <= span.root.i < sent.end:
            clauses.append((a.code, span.root, _clause(span.root)))

    def about(a: tuple[str, Token, Token], b: tuple[str, Token, Token]) -> bool:
        clause = b[2]
        if clause.dep_ == "relcl":
            return _noun(clause.head).i == _noun(a[1]).i
        return (clause.dep_ == "ccomp" and clause.head.i == a[2].i
                and _noun(a[1]).dep_ in {"nsubj", "nsubjpass"} and _noun(a[1]).head.i == a[2].i)

    return {frozenset((a[0], b[0])) for a in clauses for b in clauses
            if a[0] != b[0] and (a[2].i == b[2].i or about(a, b) or about(b, a))}


def _listed_noun(sent: Span, found: list[ActorMention], pair: frozenset[str]) -> Token | None:
    """The noun that the first of a listed ``pair`` is, or modifies."""
    first = min((a for a in found if a.code in pair and a.via != "context"), key=lambda a: a.start)
    span = sent.doc.char_span(first.start, first.end, alignment_mode="expand")
    return _noun(span.root) if span is not None else None


def _example_pairs(sent: Span, found: list[ActorMention]) -> set[frozenset[str]]:
    """The pairs ``sent`` lists as examples of a larger set (``_giving_examples``)."""
    return {pair for pair in _listed(sent, found, 2) if (noun := _listed_noun(sent, found, pair)) is not None
            and noun.dep_ == "pobj" and _giving_examples(noun.head)}


def _giving_examples(prep: Token) -> bool:
    """Whether ``prep`` opens a list of examples of a larger set, members of it, not a pair:
    "all neighbours, including Russia and Iran", "outside powers such as India and Japan"."""
    return prep.lower_ == "including" or (prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such")


def _party_pairs(sent: Span, found: list[ActorMention]) -> set[frozenset[str]]:
    """The pairs ``sent`` relates as parties: listed together other than as a place ("Jamaica and
    the Bahamas would each send troops", "the Kinshasa-Kigali talks"; not "subsidiaries in Singapore
    and Hong Kong"), the subject and object of one verb ("Santo Domingo has deported 300,000
    Haitians"; the state itself, not "the Dublin rules" or "French group Orano"), or one pair
    phrase ("The two governments have coordinated"; not "the three governments"); not a list of
    examples ("would benefit all neighbours, including Russia and Iran")."""
    out: set[frozenset[str]] = set()
    for pair in _listed(sent, found, 2):
        noun = _listed_noun(sent, found, pair)
        if noun is not None and not (noun.dep_ == "pobj" and (noun.head.lower_ in _PLACE_PREPS or _giving_examples(noun.head))):
            out.add(pair)
    members = [a for a in found if a.code in STATE_CODES or a.code in _PAIRED_ORGS]
    for start in {a.start for a in members if a.via == "context" and _PAIR_REFERENCE.fullmatch(a.text)}:
        codes = frozenset(a.code for a in members if a.via == "context" and a.start == start)
        if len(codes) == 2:
            out.add(codes)
    slots: list[tuple[str, int, str]] = []
    for a in members:
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand") if a.via != "context" else None
        # the state itself, or one listed with it, is the argument: not "the Dublin rules", "French group Orano"
        argument = _argument(span.root, _LISTED) if span is not None else None
        if argument is not None:
            slots.append((a.code, argument[0].i, argument[1]))
    out |= {frozenset((a, b)) for a, verb, slot in slots for b, other, other_slot in slots
            if a != b and verb == other and slot != other_slot}
    return out


# what joins the names of a list: a comma, "and", "or", "nor" ("Tunisia or Egypt", "Mali, Niger or Chad")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:(?P<a>and|or|nor)\s+)?|(?P<b>and/or|and|or|nor)\s+)(?:the\s+)?")


_NOUN_OR = re.compile(r"\s+(?P<noun>[a-z][\w-]*)\s+(?P<joint>or|nor)\s+(?:(?:an?|the)\s+)?")


def _alternatives(sent: Span, found: list[ActorMention]) -> set[frozenset[str]]:
    """The pairs of states (or blocs) ``sent`` names as alternatives, in a list joined by "or" or
    "nor" and no "and": "I don't see Tunisia or Egypt agreeing to it", "neither Chad nor Niger",
    also as the words on one noun said twice ("not a Russian hub or an Azerbaijani hub"); not "Chad and Niger", "Chad, Niger and Mali, or Sudan" (a list with an "and")."""
    named = sorted((a for a in found if a.via not in {"context", "implied"}
                    and (a.code in STATE_CODES or a.code in _PAIRED_ORGS)), key=lambda a: a.start)
    out: set[frozenset[str]] = set()
    if len(named) < 2:
        return out
    run: list[ActorMention] = named[:1]
    joints: set[str] = set()
    text = span_text(sent)
    for before, a in zip(named, [*named[1:], None], strict=True):
        m = _LIST_JOINT.fullmatch(text, before.end - sent.start_char, a.start - sent.start_char) if a else None
        # or as the words on one noun said twice: "a Russian hub or an Azerbaijani hub"
        n = _NOUN_OR.fullmatch(text, before.end - sent.start_char, a.start - sent.start_char) if a and not m else None
        if n is not None and a is not None and not text.startswith(f" {n.group('noun')}", a.end - sent.start_char):
            n = None
        if (m or n) is not None and a is not None:
            run.append(a)
            joints.add(n.group("joint").lower() if n is not None else (m.group("a") or m.group("b") or ",").lower())
            continue
        if joints & {"or", "nor"} and not joints & {"and", "and/or"}:
            out |= {frozenset((x.code, y.code)) for x, y in combinations(run, 2) if x.code != y.code}
        run, joints = [a] if a is not None else [], set()
    return out


_WITH = frozenset({"with", "alongside"})


def _acting_with(sent: Span, found: list[ActorMention], alternatives: set[frozenset[str]]) -> list[frozenset[str]]:
    """Three states the sentence names working together: the one state acting (a source, the
    speaker's too) and two listed together after "with" or "alongside" ("... sharing information
    ... with the United States and Japan," the JCS said: KOR, USA, JPN)."""
    sources = {a.code for a in found if a.role == "source" and a.code in STATE_CODES}
    out = []
    for pair in _listed(sent, found, 2):
        if not pair <= STATE_CODES or pair in alternatives or len(sources - pair) != 1:
            continue
        first = min((a for a in found if a.code in pair and a.via != "context"), key=lambda a: a.start)
        span = sent.doc.char_span(first.start, first.end, alignment_mode="expand")
        noun = _noun(span.root) if span is not None else None
        if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in _WITH:
            out.append(pair | (sources - pair))
    return out


def _listed(sent: Span, found: list[ActorMention], size: int) -> list[frozenset[str]]:
    """Every ``size`` states the sentence lists together: "Mali, Burkina Faso and Niger"; a pair
    may hold one of ``_PAIRED_ORGS`` ("Turkey and the European Union")."""
    roots: dict[int, str] = {}
    for a in found:
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand")
        if ((a.code in STATE_CODES or (size == 2 and a.code in _PAIRED_ORGS)) and a.via != "context"
                and span is not None and not (size == 3 and a.via == "capital" and _place_listed(span.root))):
            roots[span.root.i] = a.code
    out = set()
    for i in roots:
        # conjuncts, and appositions, as the parser reads some lists ("Mali, Burkina Faso and Niger")
        seen, todo = {i}, [sent.doc[i]]
        while todo:
            token = todo.pop()
            linked = [*token.conjuncts, *(c for c in token.children if c.dep_ in {"appos", "conj"})]
            if token.dep_ in {"appos", "conj"}:
                linked.append(token.head)
            for t in linked:
                if t.i not in seen:
                    seen.add(t.i)
                    todo.append(t)
        listed = {roots[j] for j in seen if j in roots}
        out |= {frozenset(group) for group in combinations(sorted(listed), size)}
    if size == 3:
        # three or more names joined by commas and one "and" in the text, however the parser joined them:
        # "The leaders of Kazakhstan, Kyrgyzstan, and Tajikistan met" (the serial comma makes the last a
        # conjunct of "leaders")
        named = sorted((a for a in found if a.code in roots.values() and a.via != "context"
                        and sent.start_char <= a.start < sent.end_char
                        and (span := sent.doc.char_span(a.start, a.end, alignment_mode="expand")) is not None
                        and span.root.i in roots), key=lambda a: a.start)
        text = span_text(sent)
        run: list[ActorMention] = named[:1]
        joints: list[str] = []
        for before, a in zip(named, [*named[1:], None] if named else [], strict=True):
            m = _LIST_JOINT.fullmatch(text, before.end - sent.start_char, a.start - sent.start_char) if a else None
            if m is not None and a is not None:
                run.append(a)
                joints.append((m.group("a") or m.group("b") or ",").lower())
                continue
            codes = {x.code for x in run}
            if len(codes) == len(run) >= 3 and joints[-1] == "and" and set(joints[:-1]) == {","}:
                out |= {frozenset(group) for group in combinations(sorted(codes), size)}
            run, joints = [a] if a is not None else [], []
    if size == 2:  # two joined by a hyphen: "the Kinshasa-Kigali talks", "the Indian-Pakistani ceasefire"
        ends = {a.end: a.code for a in found if a.code in roots.values() and a.via != "context"}
        text = span_text(sent)  # once: Doc.text joins every token of the document
        for a in found:  # no space or one either side: "Kinshasa-Kigali", "the Peru - Bolivia border"
            if a.code not in roots.values() or a.via == "context" or not sent.start_char < a.start <= sent.end_char:
                continue
            at = a.start - sent.start_char
            end = next((a.start - len(joint) for h in _HYPHENS for joint in (h, f" {h} ")
                        if a.start - len(joint) in ends and text[max(at - len(joint), 0): at] == joint), None)
            if end is not None and ends[end] != a.code:
                out.add(frozenset((ends[end], a.code)))
    return sorted(out, key=sorted)


def _place_listed(token: Token) -> bool:
    """A capital listed as a place, after "of", "from" or "in" on a noun of ``_LISTED_PLACES``: "the
    ports of Lomé, Cotonou and Abidjan", "the roads from Dakar, Conakry and Accra" (not "Abuja rebuked
    Lomé, Cotonou and Accra")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ in {"of", "from", "in"}
            and prep.head.lower_ in _LISTED_PLACES)


def _collectives(sent: Span, found: list[ActorMention], parsed: bool) -> list[ActorMention]:
    """Every state of a name for a fixed set of them: "the Baltic states" are EST, LVA and LTU
    ("other Baltic states" are only some of them)."""
    if not COLLECTIVE_ALIASES.search(span_text(sent)):
        return []
    named: set[str] = set()  # the states of a set named before in the sentence
    out: list[ActorMention] = []
    for pattern, codes in COLLECTIVES:
        for m in pattern.finditer(span_text(sent)):
            before = span_text(sent)[: m.start()].split()
            if before and before[-1].lower() in _PART_OF:  # "few other Central Asian states"
                continue
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            role = _role(span.root) if parsed and span is not None else None
            if "-" in m.group(0) and " " not in m.group(0):
                # an adjective of the pair, "inter-Korean dialogue": both states, as the combining
                # forms of "Sino-Indian" give theirs, whatever else names one of them
                out += [ActorMention(m.group(0), code, "state", "demonym", start, end, role) for code in codes]
            else:
                # every state of the set, also one the sentence names apart ("Kazakh President X said Central
                # Asian states ...": KAZ too), which ``_own_collective_apart`` keeps from pairing with the rest
                out += [ActorMention(m.group(0), code, "state", "name", start, end, role)
                        for code in codes if code not in named]
            named |= set(codes)
    return out


def _origin_only(ent: Span, sent: Span, ents: list[Span]) -> bool:
    """ "ethnic Albanians", "Swedish-registered", "the Russian language", "Anglo-Saxon", "the
    former Soviet neighbours", "non-EU states": not a party."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > sent.start else None
    after = doc[ent.end] if ent.end < sent.end else None
    if before is not None and before.lower_ == "ethnic":
        return True
    if before is not None and before.text == "-" and before.i > sent.start and doc[before.i - 1].lower_ == "non":
        return True  # "Non-US companies", "non-EU states": what they are not
    if _one_state_policy(ent, sent):
        return True  # "the one-China principle": a policy's name
    if (before is not None and before.lower_ in {"in", "into"} and before.i > sent.start and ent._.via == "demonym"
            and doc[before.i - 1].lower_ in _IN_LANGUAGE):
        return True  # "said in Thai", "wrote in Arabic", "available in Spanish": the language
    if (before is not None and before.lower_ == "from" and before.i > sent.start and ent._.via == "demonym"
            and doc[before.i - 1].lower_ in {"translated", "subtitled", "dubbed"}):
        return True  # "translated from Spanish": the language
    if ent._.via == "demonym" and len(ent) == 1 and any(t.ent_type_ == "LANGUAGE" for t in ent.root.conjuncts):
        return True  # "available in English and Spanish": a language among languages
    if ent.text.lower() == "soviet" and before is not None:
        # "the former Soviet republics", "post-Soviet states": where they came from, not Russia acting
        prefix = doc[before.i - 1] if before.text == "-" and before.i > sent.start else before
        if prefix.lower_ in {"former", "ex", "post"}:
            return True
    if ent._.via == "demonym" and after is not None and after.lower_ in _NOT_A_PARTY:
        return True  # "the Chinese name for the shoal", "a professor of Chinese studies"
    if (ent._.via in {"capital", "body"} and after is not None and after.lower_ in _MODELS
            and ent.root.head.i == after.i and ent.root.dep_ == "compound"):
        return True  # "New Zealand adopted the Westminster system": a model, no party
    if _organisations_rules(ent, sent):
        return True  # "complies with EU treaties", "under EU law", "access to the EU single market"
    if (ent._.via == "name" and after is not None and after.lower_ in _PROGRAMMES and after.i + 2 < sent.end
            and doc[after.i + 1].lower_ == "at" and before is not None and before.lower_ == "the"
            and any(t.is_title for t in doc[after.i + 2 : after.i + 4])):
        return True  # "the Turkey programme at the Middle East Institute": what it studies
    if ent._.via == "name" and opens_a_programmes_name(ent, sent):
        return True  # "the U.S.-Mexico Network at the University of Southern California": a programme's name
    if after is not None and (after.lower_ in _LANGUAGE or after.lower_ in _CURRENCIES
                              or _MARKET.match(doc[after.i : min(after.i + 3, sent.end)].text)
                              or ent._.via == "demonym" and _BENCHMARK.match(doc[after.i : min(after.i + 3, sent.end)].text)):
        return True  # "the Russian language", "180 billion U.S. dollars", "US crude futures", "Dutch TTF prices"
    if _community(ent, ents) or _people_of_a_region(ent, sent) or _kin_people(ent, sent):
        return True
    if ent._.via in {"name", "capital"} and _in_a_rivers_name(ent):
        return True  # "the Juba and Shabelle rivers", "the Niger River": a river's name
    if ent._.via in {"name", "capital"} and in_a_lines_name(ent, sent):
        return True  # "the Addis Ababa-Djibouti Railway": a railway's name
    if (before is not None and before.text == "-" and before.i > sent.start and doc[before.i - 1].is_upper
            and doc[before.i - 1].is_alpha and len(doc[before.i - 1]) > 1
            and ((e := ent_at(doc, before.i - 1)) is None or not e._.code)):
        return True  # "the SSN-AUKUS submarines": a designation's part, not the pact
    if (before is not None and before.text == "(" and after is not None and after.text.startswith(")")
            and before.i > sent.start and doc[before.i - 1].ent_type_ == "PERSON"):
        return True  # "Council President Samuel Zbogar (Slovenia)": a person's nationality
    if ent._.via == "demonym" and (_named_company(ent) or _party_name(ent, sent) or _on_a_charity(ent)):
        return True  # "A Russian firm, Yadran,", "its Malaysian plant in Kuantan": where it is from
    if _apposed_company(ent):
        return True  # "Maldivian, the state airline, said": a company named after its state
    if ent._.via == "demonym" and _voters(ent):
        return True  # "Colombians vote on Sunday": the people at the polls, not their state
    if on_a_private_noun(ent):
        return True  # "the American auto industry", "an Eritrean opposition website": no state's
    if ent._.via == "name" and _ends_a_partys_name(ent, sent):
        return True  # "the far-right Alternative for Germany (AfD)": a party's name
    if _made_for_another(ent, sent):
        return True  # "India can replace its Russian-made weapons": where its weapons were made
    if ent._.via == "demonym" and _labelled_as(ent):
        return True  # "describing the cargoes as Malaysian or Omani blends": what the goods are called
    if ent.text.endswith("-"):  # "Sino-Indian" names China; "Anglo-Saxon" names no state
        return not any(e.start == ent.end and e._.code in STATE_CODES for e in ents)
    return (after is not None and after.text == "-" and ent.end + 1 < sent.end
            and doc[ent.end + 1].lower_ in _ORIGIN_SUFFIXES)


# an organisation's body of rules or its market, which the organisation's name only says whose they are
_ORGANISATIONS_RULES = frozenset("""treaty treaties law laws rules standards regulations market markets""".split())


def _organisations_rules(ent: Span, sent: Span) -> bool:
    """Whether the organisation's name ``ent`` only says whose a treaty, law, rules, standards or market
    are, past lower-case words ("complies with EU treaties", "under EU law", "access to the EU single
    market"): no actor mention; not where those rules or that market are the subject of a verb, which
    the organisation then does through them ("EU rules require ...", "EU law bans ..."), nor where they
    are broken ("accused Uganda of breaking WTO rules"), nor a
    capitalised name ("the EU Court of Justice"), a possessive ("the EU's rules") or a state's name."""
    if ent._.kind != "organisation" or ent.root.dep_ not in {"compound", "nmod"}:
        return False
    doc = ent.doc
    noun = ent.root.head
    if noun.i < ent.end or noun.i >= sent.end or noun.lower_ not in _ORGANISATIONS_RULES or not noun.is_lower:
        return False
    if not all(t.is_lower and t.is_alpha for t in doc[ent.end : noun.i]):
        return False  # "the EU Court of Justice", "EU-China trade"
    if noun.dep_ == "dobj" and noun.head.lower_ in _BREACHING:
        return False  # "accused Uganda of breaking WTO rules": a breach is the organisation's matter
    return noun.dep_ not in {"nsubj", "nsubjpass", "csubj"}


# verbs of breaking rules, a matter between the one who breaks them and their organisation
_BREACHING = frozenset("""break breaks broke broken breaking breach breaches breached breaching violate violates
    violated violating flout flouts flouted flouting""".split())


# the last word of a line's capitalised name between two places: "the Addis Ababa-Djibouti Railway"
_LINES = frozenset("railway railroad highway expressway motorway".split())


def in_a_lines_name(ent: Span, sent: Span) -> bool:
    """Whether the place ``ent`` is one end of a railway's or road's capitalised name joined by a hyphen
    to the other ("the Addis Ababa-Djibouti Railway", "the Mombasa-Nairobi Standard Gauge Railway";
    not "the China-Pakistan Economic Corridor", whose states build it, nor "the Kenya Railways Corporation")."""
    doc = ent.doc
    if ent.end < sent.end and doc[ent.end].text in {"-", "\u2013"}:
        rest = doc[ent.end + 1 : min(ent.end + 7, sent.end)]
    elif ent.start - 2 >= sent.start and doc[ent.start - 1].text in {"-", "\u2013"} and doc[ent.start - 2].is_title:
        rest = doc[ent.end : min(ent.end + 5, sent.end)]
    else:
        return False
    for token in rest:
        if token.lower_ in _LINES and token.is_title:
            return True
        if not token.is_title and token.lower_ not in _NAME_PARTICLES:
            return False
    return False


# the lower-case words inside a place's name: "Dar es Salaam", "Ras al Khaimah"
_NAME_PARTICLES = frozenset("es al el de la du di da".split())


# what a "one-<state>" names: "the one-China principle", "its One China policy"
_ONE_STATE_POLICIES = frozenset("principle principles policy policies consensus framework stance position".split())


# the head of a research programme's capitalised name: "the U.S.-Mexico Network", "the China-Africa Research Initiative"
_PROGRAMME_HEADS = _PROGRAMMES | frozenset("network center centre lab laboratory hub".split())


def opens_a_programmes_name(ent: Span, sent: Span) -> bool:
    """Whether the state's name ``ent`` opens, alone or joined by a hyphen to another place, the
    capitalised name of a programme, network or centre that sits "at" a university or other named
    body, or that says it does research ("who directs the U.S.-Mexico Network at the University of
    Southern California", "the China-Africa Research Initiative"; not "the U.S.-China Economic and
    Security Review Commission", "the Turkey programme", nor "China's new Research Center")."""
    doc = ent.doc
    research = False
    for token in doc[ent.end : min(ent.end + 6, sent.end)]:
        if token.text in {"-", "\u2013"}:
            continue
        if not (token.is_title or token.is_upper) or not token.is_alpha:
            return False
        if token.lower_ in _PROGRAMME_HEADS:
            after = doc[token.i + 1 : min(token.i + 4, sent.end)]
            return research or (len(after) > 1 and after[0].lower_ == "at" and any(t.is_title for t in after[1:]))
        research = research or token.lower_ in {"research", "studies"}
    return False


def _one_state_policy(ent: Span, sent: Span) -> bool:
    """A state's name after "one" (and a hyphen) before a policy's noun names the policy, no party:
    "adheres to the one-China principle", "its One China policy" (not "one China-backed project", nor
    "one Chinese official")."""
    doc = ent.doc
    i = ent.start - 1
    if i > sent.start and doc[i].text in {"-", "\u2011"}:
        i -= 1
    return (i >= sent.start and doc[i].lower_ == "one" and ent._.via == "name"
            and ent.end < sent.end and doc[ent.end].lower_ in _ONE_STATE_POLICIES)


_RIVERS = frozenset("river rivers".split())
# "Russian-made", "British-built": where a thing was made
_MADE = frozenset("made built designed manufactured produced assembled".split())
# a sale or transfer, in which the maker's state is a party ("Turkey bought its Russian-made air defences")
_SALE = re.compile(r"(?:buy(?:s|ing)?|bought|purchas\w*|sell(?:s|ing)?|sold|sales?|suppl(?:y|ies|ied|ying|iers?)"
                   r"|deliver\w*|(?:ex|im)port(?:s|ed|ing|ers?)?|orders?|ordered|contracts?|deals?|transfer\w*"
                   r"|acquir\w*|acquisitions?|procur\w*|chose|chosen|choos\w*)")


def _made_for_another(ent: Span, sent: Span) -> bool:
    """Whether the demonym ``ent`` says only where a thing another owns was made ("India can replace
    its Russian-made weapons", "Egypt's navy flew its French-built Rafales"): no party, unless the
    sentence tells a sale or transfer ("Turkey bought its Russian-made air defences", "the delivery
    of Egypt's German-built submarines"). A made thing with no owner may stand for its maker's
    goods or presence, which the corpus counts as a party ("Norway chose British-built frigates",
    "port fees on Chinese-built vessels", "a Chinese-built pipeline")."""
    doc = ent.doc
    if ent._.via != "demonym" or ent.end + 1 >= sent.end or doc[ent.end].text != "-":
        return False
    made = doc[ent.end + 1]
    if made.lower_ not in _MADE or made.dep_ not in {"amod", "compound"} or made.head.i <= made.i:
        return False
    if not any(c.dep_ == "poss" for c in made.head.children):
        return False
    return not any(_SALE.fullmatch(t.lower_) for t in sent)


# what a company owns or is: a demonym on one named or owned is where it is from ("A Russian firm, Yadran")
_COMPANY_NOUNS = frozenset("firm company plant mine miner refinery factory subsidiary".split())
# a body of people that is no state's: a demonym on one named is where it is from ("The French
# farmers' union FNSEA", "Irish farmers of the IFA", "Russian companies such as Rosneft", "American
# chipmakers such as Micron")
_NONSTATE_BODIES = _COMPANY_NOUNS | frozenset("""firms companies union unions association federation farmers growers
    producers members workers makers chipmakers carmakers automakers refiners miners exporters importers
    manufacturers shipowners lenders banks insurers""".split())
# what an apposition calls a company: "Maldivian, the state airline,"
_APPOSED_COMPANIES = _COMPANY_NOUNS | frozenset("airline carrier bank lender operator conglomerate".split())
# a party's name with a demonym in it ("the Maldivian Democratic Party") is no state's; a ruling
# communist or workers' party is a state body of the gazetteer's ("the Chinese Communist Party")
_PARTY_NAME_STOPS = frozenset("communist workers workers'".split())


def _in_a_rivers_name(ent: Span) -> bool:
    """Whether the name ``ent`` is, or is listed with, a name of "river" or "rivers" ("the Juba
    and Shabelle rivers", "the Niger River"; not "Niger's rivers", "a bridge over the river")."""
    token = ent.root
    for _ in range(4):
        if token.dep_ not in {"conj", "compound", "nmod"} or token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in _RIVERS and token.i >= ent.end:
            return True
    return False


def _named_company(ent: Span) -> bool:
    """Whether the demonym ``ent`` is on a company or its plant that the sentence names in apposition
    or gives an owner ("A Russian firm, Yadran,", "its Malaysian plant", "Lynas's Malaysian
    plant"; not "a Brazilian oil firm", "three Iranian firms", "Iran's nuclear plant"), or on a
    union, farmers or companies the sentence names ("The French farmers' union FNSEA", "Irish
    farmers of the IFA", "Russian companies such as Rosneft"; not "French farmers blocked
    roads", "the Argentine dairy group", "Kenyan troops of AMISOM")."""
    noun = ent.root.head
    if ent.root.dep_ not in {"amod", "compound"}:
        return False
    if noun.dep_ == "poss" and _nonstate_name(noun.head) and any(
            c.dep_ == "compound" and c.lower_ in _NONSTATE_BODIES for c in noun.head.children):
        return True  # "The French farmers' union FNSEA", parsed as the farmers' FNSEA
    if noun.dep_ == "poss" and noun.head.lower_ in _NONSTATE_BODIES:
        noun = noun.head  # "The French farmers' union FNSEA"
    if noun.lower_ not in _NONSTATE_BODIES:
        return False
    names = [c for c in noun.children if c.dep_ in {"appos", "compound"} and c.i > noun.i]
    if noun.dep_ == "compound" and noun.head.i > noun.i and noun.lower_ not in _COMPANY_NOUNS | {"companies", "firms"}:
        names.append(noun.head)  # "union FNSEA": the name is the head (not "the Turkish firm Baykar")
    if any(_nonstate_name(c) for c in names):
        return True  # "Yadran", "FNSEA": a name that codes no actor
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "as", "like"}):
        if prep.lower_ == "as" and not any(c.lower_ == "such" for c in [*prep.children, *noun.children]):
            continue
        if any(c.dep_ == "pobj" and _nonstate_name(c) for c in prep.children):
            return True  # "farmers of the IFA", "companies such as Rosneft", "carmakers like Volkswagen"
    if noun.lower_ not in _COMPANY_NOUNS:
        return False
    if any(c.dep_ == "appos" and (c.is_title or c.ent_type_ == "ORG") for c in noun.children):
        return True
    return any(c.dep_ == "poss" and c.ent_type_ not in {"GPE", "NORP"} for c in noun.children)


# private bodies of help or advocacy, no state's by what they are: "a Dutch charity", "a Belgian NGO"
_CHARITIES = frozenset("""charity charities ngo ngos foundation foundations nonprofit nonprofits non-profit
    non-profits""".split())
# a group or organisation these words make one: "a Norwegian aid group", "a British rights organisation"
_CHARITY_KINDS = frozenset("""aid relief rights humanitarian advocacy campaign charitable non-governmental
    nongovernmental""".split())
_CHARITY_HEADS = frozenset("group groups organisation organisations organization organizations".split())


def _on_a_charity(ent: Span) -> bool:
    """Whether the demonym ``ent`` is on a charity, an NGO, a foundation or an aid, relief or rights
    group, named or not, where it is from ("a Dutch charity", "a Belgian NGO", "a Norwegian aid
    group", "the Swiss foundation"); not a state's body or a group of states or fighters ("the
    Norwegian Refugee Council" stays a name; "a Kenyan armed group", "the Dutch government")."""
    if ent.root.dep_ not in {"amod", "compound"} or ent.root.head.i <= ent.root.i:
        return False
    noun = ent.root.head
    if noun.is_title and not noun.is_upper:
        return False  # a capitalised name: "the Bill Gates Foundation" is the gazetteer's to code
    if noun.lower_ in _CHARITIES:
        return True
    return noun.lower_ in _CHARITY_HEADS and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _CHARITY_KINDS and c.i > ent.root.i for c in noun.children)


# what is not a state's, whoever's it is: an industry, the press online or in print, the
# opposition ("the American auto industry", "an Eritrean opposition website", "the Czech newspaper
# Deník N"; not "Chinese firms", "Saudi officials", nor a state's people acted upon, "forced out Syrian
# refugees", whom the guidelines count as the state acted upon)
_PRIVATE_NOUNS = frozenset("industry industries website websites newspaper newspapers tabloid tabloids opposition".split())


def on_a_private_noun(ent: Span) -> bool:
    """Whether the demonym ``ent`` is on an industry, a website, a newspaper or the opposition, a
    noun of no state ("The American auto industry cannot function", "An Eritrean opposition
    website reported"; not "Russian forces", "Syrian refugees", "Chinese firms", "the Eritrean foreign
    ministry", "Turkish opposition to the bid")."""
    root = ent.root
    if ent._.via != "demonym":
        return False
    if _on_the_press_or_firms(ent):
        return True
    if root.dep_ not in {"amod", "compound"} or root.head.i <= root.i:
        return False
    noun = root.head
    if noun.lower_ == "opposition" and any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return False  # "Turkish opposition to Sweden's bid": the state objects
    return noun.lower_ in _PRIVATE_NOUNS and not noun.is_title and all(
        t.dep_ in {"amod", "compound", "punct"} and t.lower_ not in _GOVERNMENT_WORDS for t in ent.doc[root.i + 1 : noun.i])


# the press and its writers, whoever's they are: "the Ethiopian state broadcaster", "Russian state media
# outlet RIA Novosti", "Russian milbloggers" (not "Iranian state media", whose reports a commander it
# quotes next speaks for, ``claims._unowned_office_code``)
_PRESS_NOUNS = frozenset("""tabloid tabloids broadcaster broadcasters outlet outlets milblogger milbloggers
    blogger bloggers""".split())
# a paper or a company by the word for it, with its name right after: "the Israeli daily Haaretz", "the
# French weekly Le Point", "Ukrainian energy company DTEK" (not "Israeli daily strikes", "a Chinese white
# paper", "a Brazilian oil firm", whose firm the sentence does not name)
_NAMED_PRESS = frozenset("daily weekly paper magazine".split())
_NAMED_FIRMS = frozenset("company firm conglomerate contractor operator utility".split())


def _on_the_press_or_firms(ent: Span) -> bool:
    """Whether the demonym ``ent``, past lower-case words ("state", "energy") and other demonyms of a
    list ("Chinese and Russian"), is on the press ("the Russian tabloid", "the Ethiopian state
    broadcaster", "the Israeli daily Haaretz"), on a company it names ("Turkish construction company
    Limak Holding"), or is one half of a private person's two nationalities that no state acts on ("the arrest of the
    Franco-Algerian writer Boualem Sansal", "a British-Iranian academic said"; not "Iran jailed a
    British-Iranian aid worker", where the guidelines count the state acted upon)."""
    doc = ent.doc
    head = _described_noun(ent)
    if head is None:
        return False
    after = doc[head.i + 1] if head.i + 1 < ent.sent.end else None
    named = after is not None and (after.is_title or after.is_upper) and after.is_alpha and not (
        (named_ent := ent_at(doc, after.i)) is not None and named_ent._.kind == "state")
    if head.lower_ in _PRESS_NOUNS:
        return True
    if head.lower_ in {"daily", "weekly"} and head.dep_ not in _NOUN_MODIFIERS:
        return True  # "the Israeli daily reported"
    if head.lower_ in _NAMED_PRESS | _NAMED_FIRMS:
        return named
    if head.lower_ in _PRIVATE_PERSONS and _two_nationalities(ent):
        person = head
        while person.dep_ in {"compound", "amod"} and person.head.i > person.i:
            person = person.head  # "writer Boualem Sansal", "freed British-Australian academic Kylie Moore-Gilbert": the name
        return not _acted_on_by_a_state(person)
    return False


_NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod"})
# a private person by trade or status, whose nationality is no state's voice: "the Franco-Algerian writer"
_PRIVATE_PERSONS = frozenset("""writer writers journalist journalists worker workers academic academics national
    nationals citizen citizens scholar scholars researcher researchers activist activists businessman businesswoman
    businessmen author novelist poet artist filmmaker lawyer student students tourist tourists professor doctor
    woman women man men""".split())


def _described_noun(ent: Span) -> Token | None:
    """The noun the demonym ``ent`` modifies, past lower-case modifiers ("state", "energy", "aid")
    and the other demonyms of a list or a hyphenated pair ("Chinese and Russian companies",
    "British-Iranian aid worker"); none where a capitalised word or a punctuation mark comes first."""
    doc = ent.doc
    end = ent.sent.end
    head = None
    i = ent.end
    while i < min(ent.end + 6, end):
        token = doc[i]
        if token.lower_ in {"and", "or", ",", "-"} and i + 1 < end and doc[i + 1].ent_type_ == "NORP":
            i += 2  # "Chinese and Russian companies", "British-Iranian"
            continue
        if i == ent.end and token.ent_type_ == "NORP" and ent.text.endswith("-"):
            i += 1  # "Franco-Algerian"
            continue
        if token.text == "-" and head is not None:
            i += 1  # "state-run"
            continue
        if not token.is_alpha or not token.is_lower:
            break
        head = token
        i += 1
        if token.dep_ not in _NOUN_MODIFIERS:
            break  # the noun the words before it modify
    return head


def _two_nationalities(ent: Span) -> bool:
    """Whether the demonym ``ent`` is joined by a hyphen to another: "Franco-Algerian", "British-Iranian"."""
    doc = ent.doc
    if ent.text.endswith("-") or (ent.end + 1 < len(doc) and doc[ent.end].text == "-"
                                  and doc[ent.end + 1].ent_type_ == "NORP"):
        return True
    return ent.start >= 2 and (doc[ent.start - 1].text == "-" and doc[ent.start - 2].ent_type_ == "NORP"
                               or doc[ent.start - 1].text.endswith("-") and doc[ent.start - 1].ent_type_ == "NORP")


def _acted_on_by_a_state(noun: Token) -> bool:
    """Whether a state's name, body or leader is the subject of the verb whose object ``noun`` is,
    directly, through a preposition and its noun, or as the subject of its infinitive ("Iran jailed a
    British-Iranian aid worker", "China imposed a travel ban on the Franco-Chinese writer", "Tehran
    urged the British-Iranian academic to leave")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and not _a_verb(verb.head):
        noun = verb.head  # "sanctions on Lithuanian firms": the sanctions
        if any(c.dep_ == "poss" and _coded(c) for c in noun.children):
            return True  # "China's sanctions on Lithuanian firms"
        verb = noun.head
    elif noun.dep_ == "pobj":
        verb = verb.head  # "Beijing lent money to Kenyan firms"
    elif noun.dep_ == "nsubj" and verb.dep_ in {"ccomp", "xcomp"} and any(c.lower_ == "to" for c in verb.children):
        verb = verb.head  # "Tanzania welcomes Chinese companies to invest"
    elif noun.dep_ not in {"dobj", "nsubjpass", "dative"}:
        return False
    return any(c.dep_ in {"nsubj", "agent"} and (_coded(c) or any(
        _coded(g) for g in c.children if g.dep_ in {"pobj", "poss", "compound", "amod"})) for c in verb.children)


def _a_verb(token: Token) -> bool:
    """Whether ``token`` heads a clause (the parse has no tags to say it is a verb)."""
    return token.dep_ in {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "pcomp", "acl"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children)


def _coded(token: Token) -> bool:
    """Whether ``token`` is in an entity that codes a state or an organisation."""
    span = ent_at(token.doc, token.i)
    return span is not None and bool(span._.code) and span._.kind in ACTOR_KINDS


def _nonstate_name(token: Token) -> bool:
    """Whether ``token`` is a name that codes no actor: one the tagger found ("FNSEA", "Yadran") or
    an acronym ("the IFA"); not "AMISOM", "the Foreign Ministry"."""
    return ((token.is_title or token.is_upper) and _think_tank(token)
            and (ent_at(token.doc, token.i) is not None or (token.is_upper and len(token) > 1)))


def _party_name(ent: Span, sent: Span) -> bool:
    """Whether the demonym ``ent`` opens a party's name, capitalised to "Party" ("the Maldivian
    Democratic Party", "the Kenyan National Party"; not "the Chinese Communist Party", a state's,
    nor "the Maldivian ruling party"), or to a lower-case "party" after a word of its own ("the
    governing Georgian Dream party"), which names the party wherever the document repeats the name
    ("Georgian Dream denies any wrongdoing")."""
    words = [ent.text]
    for token in ent.doc[ent.end : min(ent.end + 4, sent.end)]:
        if token.lower_ == "party" and (token.is_title or len(words) > 1):
            return True
        if not token.is_title or token.lower_ in _PARTY_NAME_STOPS:
            break
        words.append(token.text)
    return len(words) > 1 and any(" ".join(words[:n]) in _party_names(ent.doc) for n in range(2, len(words) + 1))


_PARTIES = "claimex.parties"  # Doc.user_data key of the parties' names the document gives with "party"
_PARTY_NAMED = re.compile(r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3}) (?:[Pp]arty|PARTY)\b")


def _party_names(doc: Doc) -> frozenset[str]:
    """The capitalised names the document puts before "party" or "Party" ("the governing Georgian
    Dream party"), read once per document, with each shorter name they end in."""
    if _PARTIES not in doc.user_data:
        names = {m.group(1) for m in _PARTY_NAMED.finditer(doc_text(doc))}
        doc.user_data[_PARTIES] = frozenset(" ".join(n.split()[i:]) for n in names for i in range(len(n.split()) - 1))
    return doc.user_data[_PARTIES]


_VOTING = frozenset("vote votes voted voting".split())


def _voters(ent: Span) -> bool:
    """Whether the plural demonym ``ent`` is the subject of a verb of voting or going to the polls:
    "Colombians vote in the first round", "Kenyans head to the polls" (not "Kenyan troops voted", nor
    "Kenya voted against the resolution")."""
    root = ent.root
    if len(ent) != 1 or not ent.text.endswith("s") or root.dep_ != "nsubj":
        return False
    verb = root.head
    return verb.lower_ in _VOTING and not any(c.dep_ in {"dobj", "prep"} and c.lower_ in {"against", "for", "with"}
                                              and any(t.ent_type_ for t in c.subtree) for c in verb.children) or any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ == "polls" for o in c.children) for c in verb.children)


# the head of a party's or movement's name a state's name ends after "for": "Alternative for Germany"
_PARTY_HEADS = frozenset("party alternative movement alliance front coalition league rally".split())


def _ends_a_partys_name(ent: Span, sent: Span) -> bool:
    """Whether the state's name ``ent`` ends a party's or movement's capitalised name after "for":
    "Alternative for Germany", "the Movement for Guatemala" (not an office's or a body's, "the
    Special Coordinator for Lebanon", "the Union for the Mediterranean")."""
    doc = ent.doc
    before = ent.start - 1
    return (before - 1 >= sent.start and doc[before].lower_ == "for" and doc[before - 1].is_title
            and doc[before - 1].lower_ in _PARTY_HEADS)


def _apposed_company(ent: Span) -> bool:
    """Whether the name ``ent`` is one an apposition calls a company ("Maldivian, the state airline,
    said"; not "Kenya, the region's biggest economy,")."""
    root = ent.root
    return (len(ent) == 1 and root.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj"}
            and any(c.dep_ == "appos" and c.lower_ in _APPOSED_COMPANIES for c in root.children))


# what makes a people named by a plural demonym a community, not its state: "armed Serbs",
# "local Albanians"
_COMMUNITY_ADJECTIVES = frozenset("armed local masked displaced ordinary ethnic".split())
_COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())


# a people, not its state: "the Armenian diaspora", "people of Chinese descent", "of Pakistani origin"
_ANCESTRY = frozenset("diaspora diasporas descent origin origins ancestry extraction heritage".split())
# a people that lives somewhere: "the Hungarian minority in Slovakia", "the Serb population of the
# north", "Germany's Turkish community" (not "to recognise a Bulgarian minority", nowhere placed)
_KIN = frozenset("minority minorities community communities population populations".split())


def _kin_people(ent: Span, sent: Span) -> bool:
    """Whether the demonym ``ent`` names a people by its ancestry ("the Armenian diaspora", "people
    of Chinese descent", "a man of Pakistani origin") or a minority or community that lives in a
    place or another's state ("the Hungarian minority in Slovakia", "the Uzbek community in Osh",
    "the Serb population of the north", "Germany's Turkish community"); not "Hungarian officials",
    "the Serbian community police", "a Bulgarian minority" named nowhere."""
    if ent._.via != "demonym" or ent.root.dep_ not in {"amod", "compound", "nmod"}:
        return False
    noun = ent.root.head
    if noun.i < ent.end or noun.i - ent.end > 1 or not all(t.is_lower for t in ent.doc[ent.end : noun.i]):
        return False  # the noun right after it, or after one adjective: "the Hungarian ethnic minority"
    if noun.lower_ in _ANCESTRY:
        return True
    if noun.lower_ not in _KIN or any(c.dep_ == "compound" and c.i > noun.i for c in noun.children):
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return True  # "Germany's Turkish community", "its own Azeri minority"
    after = ent.doc[noun.i + 1] if noun.i + 1 < sent.end else None  # the parser may hang "in Osh" on a verb
    return (after is not None and after.lower_ in {"in", "of", "across"}) or any(
        c.dep_ == "prep" and c.lower_ in {"in", "of", "across"} for c in noun.children)


def _people_of_a_region(ent: Span, sent: Span) -> bool:
    """ "Serbs in the north", "armed Serbs clashed with Kosovo police": a people named by a plural
    demonym that lives somewhere or bears arms is a community, not its state ("the Serbs walked
    out of the talks" stays Serbia's)."""
    doc = ent.doc
    last = doc[ent.end - 1]
    if ent._.via != "demonym" or not last.text.endswith("s") or last.lemma_ == last.lower_:
        return False
    if ent.start > sent.start and doc[ent.start - 1].lower_ in _COMMUNITY_ADJECTIVES:
        return True
    words = [t.lower_ for t in doc[ent.end : min(ent.end + 4, sent.end)]]
    return words[:1] == ["in"] and (words[1:2] in (["the"],) and words[2:3] and words[2].rstrip("ern") in _COMPASS)


def _owns(ent: Span, sent: Span, parsed: bool, congress: Span | None = None) -> bool:
    """Whether a state mention can say whose "Congress" a sentence means: a possessive ("Peru's"),
    a demonym or leader ("Peruvians", "Milei"), a place ("in Lima"), the subject of the clause
    Congress is in, or a state body that is a subject; not what a relation reaches ("a wall with
    Mexico", "angering the Mexican government"), nor a state that is the subject of another
    clause ("Mexico protested after Congress approved the wall")."""
    before = _word_before(ent, sent)
    if before is not None and before.lower_ in _RELATION_PREPOSITIONS:
        return False
    # a state body that is a subject anywhere speaks for its state's politics ("the Philippine
    # Senate will convene after Congress reopens"); a state's name only in Congress's own clause
    same_clause = congress is None or _clause(ent.root).i == _clause(congress.root).i
    subject = parsed and _role(ent.root) == "source" and (same_clause or ent._.via == "body")
    return (possessive(ent, sent.end) or ent._.via in {"demonym", "leader"} or subject
            or (before is not None and before.lower_ == "in"))


def _word_before(ent: Span, sent: Span) -> Token | None:
    """The word before ``ent`` in its sentence, skipping a "the": "over" in "a row over the
    Philippines"."""
    i = ent.start - 1
    if i > sent.start and ent.doc[i].lower_ == "the":
        i -= 1
    return ent.doc[i] if i >= sent.start else None


_CHAIR_OFFICES = frozenset("chair chairman chairwoman chairperson head presidency".split())
_CHAIRING = frozenset("chaired led headed presided".split())


def _chaired_by(sent: Span, named: list[ActorMention]) -> str | None:
    """The state the subject of the sentence's main verb is "chaired by", "led by" or "headed by", in a
    participle on it: "The five-member mechanism, chaired by France since September, brings together
    Israel, Lebanon ..." → FRA; not one that chairs something else ("Lebanon, which France backed")."""
    for token in sent:
        if (token.lower_ in _CHAIRING and token.dep_ == "acl" and token.head.dep_ in {"nsubj", "nsubjpass"}
                and token.head.head.dep_ == "ROOT"):
            for by in token.children:
                if by.dep_ == "agent" and by.lower_ == "by":
                    for obj in by.children:
                        if obj.dep_ == "pobj":
                            code = next((a.code for a in named if a.code in STATE_CODES and a.kind == "state"
                                         and a.start <= obj.idx < a.end), None)
                            if code is not None:
                                return code
    return None


def _on_a_noun(sent: Span, mention: ActorMention) -> bool:
    """Whether ``mention`` is the object of a preposition on a noun: "lending by Beijing", "the footprint of China"."""
    named = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    noun = _noun(named.root) if named is not None else None
    return (noun is not None and noun.dep_ == "pobj" and noun.head.dep_ in {"prep", "agent"}
            and noun.head.head.dep_ in _NOUN_SLOTS)


def _in_name_after(sent: Span, mention: ActorMention) -> bool:
    """Whether ``mention`` only modifies a capitalised name's head: "the Ghana-Togo Joint Commission", which the
    pair phrase before it acts on ("the two governments agreed to revive the Ghana-Togo Joint Commission"), so
    names none of the pair."""
    named = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if named is None or named.root.dep_ not in {"compound", "amod", "nmod"}:
        return False
    head = _noun(named.root)
    return head.i != named.root.i and head.text[:1].isupper() and head.i >= named.end


def _another_clause(sent: Span, mention: ActorMention, span: Span) -> bool:
    """Whether ``mention``, named after the pair phrase ``span``, is in a clause of its own, not
    the phrase's: "said the two countries "cannot afford to be divided" as North Korea expands"
    (North Korea is none of the pair; "the two countries, Kenya and Somalia," are)."""
    named = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return named is not None and _clause(named.root).i != _clause(span.root).i


# the words that open a relative clause (one definition: the dyad rules and the pair phrases share it)
_RELATIVE_WORDS = frozenset("which who whom that".split())


def _hypothetical_pairs(sent: Span, found: list[ActorMention], pairs: list[frozenset[str]]) -> set[frozenset[str]]:
    """Of ``pairs``, those ``sent`` names only in a clause that supposes ("if", "unless"), each of its
    states nowhere else: "the glue may not hold if Washington and Beijing reach a broader accommodation"
    (CHN and USA; not "Kenya and Somalia will sign if Ethiopia agrees", nor a relative clause's pair,
    which the text relates: "The deal, which Kenya and Somalia signed in May, ...")."""
    aside: dict[str, bool] = {}
    for a in found:
        if a.via in {"context", "implied"}:
            continue
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand")
        inside = False
        token = span.root if span is not None else None
        while token is not None and token.head.i != token.i:
            if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
                inside = True
                break
            token = token.head
        aside[a.code] = aside.get(a.code, True) and inside
    return {pair for pair in pairs if all(aside.get(code, False) for code in pair)}


def _in_relative_clause(sent: Span, mention: ActorMention, span: Span, opened: bool = False) -> bool:
    """Whether ``mention`` is named in a relative clause on another noun that does not hold the pair
    phrase ``span``, and so neither acts on the pair nor is acted on by it: "Mark Rutte, who visited
    Ankara in May, has praised both allies" (Turkey may be one of them)."""
    named = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if named is None:
        return False
    clause = _clause(named.root)
    # not one on the pair itself: "urged both countries, which Mogadishu distrusts, to"
    # (``opened``: only a clause a relative word opens, "who", "which", "that", not one the parser
    # may have taken for one: 'Warsaw stood "shoulder to shoulder with Vilnius"')
    return (clause.dep_ == "relcl" and clause.head.i != span.root.i
            and not clause.left_edge.i <= span.root.i <= clause.right_edge.i
            and (not opened or sent.doc[clause.left_edge.i].lower_ in _RELATIVE_WORDS))


def _in_condition(sent: Span, actor: ActorMention, body: re.Match[str]) -> bool:
    """Whether ``actor`` is the subject of an "if", "unless" or "should" condition inside the clause
    of the body ``body`` matched (a match on the sentence's text): "The Government should say how it
    will respond if Iran resumes attacks"."""
    start = sent.start_char + body.start()
    span = sent.doc.char_span(start, start + len(body.group(0)), alignment_mode="expand")
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or mention is None:
        return False
    clause = _clause(mention.root)
    if not any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children):
        return False
    token = clause  # the condition hangs, however deep, on the body's clause
    while token.head.i != token.i and token.i != _clause(span.root).i:
        token = token.head
    return token.i == _clause(span.root).i


def _clause(token: Token) -> Token:
    """The word heading the clause ``token`` is in: the first head up the parse that is a
    clause of its own (an adverbial, complement or relative clause, or a conjoined verb with its
    own subject), else the root."""
    while token.head.i != token.i:  # spaCy makes a new Token object at every access: no "is"
        if token.dep_ in _CLAUSES or (token.dep_ == "conj" and any(c.dep_ in _SOURCE_DEPS for c in token.children)):
            return token
        token = token.head
    return token


def _subject_matter(ent: Span, sent: Span) -> bool:
    """ "a row over Taiwan", "sanctions over Ukraine": what a dispute is about; "since the
    invasion of Ukraine": a war named to date something. Neither is a party to the relation."""
    if ent._.via not in {"name", "capital"}:
        return False
    doc = ent.doc
    if ent.end < sent.end and doc[ent.end].lower_ in _TOPICS and doc[ent.end].is_lower:
        return True  # "handle the Taiwan question with prudence"
    if _listed_with_topic(ent):
        return True
    if _about_phrase(ent):
        return True
    if ent._.via == "capital" and ent.root.dep_ == "dobj" and ent.root.head.lower_.startswith(_INSTRUMENT_VERBS):
        return True  # "Nobody is renegotiating The Hague": the pledge made there
    before = _word_before(ent, sent)
    if before is None or before.i - 1 < sent.start:
        return False
    i = before.i
    if before.lower_ in _ABOUT:  # "remarks by a minister concerning Taiwan"
        return not possessive(ent, sent.end)
    if before.lower_ in {"on", "over", "about"} and doc[i - 1].lower_ in _AGREEING:
        # "If we cannot agree on Ukraine", "disagreed over Cyprus": what is agreed about, not with
        return not possessive(ent, sent.end)
    if before.lower_ == "over":  # "the dispute over Belize's territory" is Belize's own claim
        return doc[i - 1].lower_ in _DISPUTES and not possessive(ent, sent.end)
    if before.lower_ == "of" and doc[i - 1].lower_ in _WARS | _ENDS:
        return any(t.lower_ in _TIME_ANCHORS for t in doc[max(sent.start, i - 6):i - 1])
    return False


def _about_phrase(ent: Span) -> bool:
    """A state named as where the thing a "regarding" or "concerning" phrase is about happens or
    belongs: "Regarding the situation in Myanmar" (a topic, no party; not a possessive's, "regarding
    Myanmar's request", nor a partner's, "concerning talks with Myanmar", nor beyond a verb)."""
    token = ent.root
    for _ in range(6):
        head = token.head
        if head.i == token.i or token.dep_ not in {"pobj", "prep", "compound", "amod", "nmod"}:
            return False
        if token.dep_ == "prep" and token.lower_ not in {"in", "of", "on", "over", "about", "inside", "within"}:
            return False
        if token.dep_ == "pobj" and head.lower_ in _ABOUT:
            return token.i != ent.root.i and not possessive(ent, ent.sent.end)
        token = head
    return False


def _listed_with_topic(ent: Span) -> bool:
    """ "commitments on history and Taiwan": a state listed after a plain noun that a preposition
    of subject matter takes is a topic like it (not "sanctions on Russia and Belarus")."""
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return (first.i != ent.root.i and first.dep_ == "pobj" and first.head.lower_ in _TOPIC_PREPOSITIONS
            and first.head.head.lower_ in _STANCES and first.is_lower and not first.ent_type_)


def _dating_summit(ent: Span, sent: Span) -> bool:
    """ "before the G20 summit in December", "since the ASEAN summit": an organisation's meeting
    named to date something, not the organisation acting ("at the G20 summit" stays)."""
    doc = ent.doc
    if ent._.via != "org":
        return False
    occasion = _OCCASION.search(doc[sent.start : ent.start].text_with_ws)
    after = doc[ent.end] if ent.end < sent.end else None
    if occasion and all(w[:1].isupper() or w.lower() in _OCCASION_WORDS for w in occasion.group(1).split()) and (any(
            t.lower_ in _MEETINGS | _VENUE_WORDS for t in doc[ent.start : min(ent.end + 8, sent.end)])
            or after is None or not after.is_alpha or after.lower_ in _OCCASION_ENDS):
        # "on the sidelines of the SCO summit": the occasion of others' meeting, no party; so is the
        # organisation itself or its forum: "on the sidelines of APEC on Friday", "of the IGAD forum"
        return True
    last = doc[ent.end - 1] if doc[ent.end - 1].lower_ in _MEETINGS else doc[ent.end] if ent.end < sent.end else None
    before = _word_before(ent, sent)
    if before is not None and before.lower_ in {"of", "to"} and before.i > sent.start \
            and f"{doc[before.i - 1].lower_} {before.lower_}" in _TIME_ANCHOR_PHRASES:
        before = doc[before.i - 1]  # "ahead of the European Council summit", "prior to the NATO summit"
    return last is not None and last.lower_ in _MEETINGS and before is not None and (
        before.lower_ in _TIME_ANCHORS or before.lower_ in {"ahead", "prior"})


def _ended(ent: Span, sent: Span) -> bool:
    """ "since the Soviet collapse", "after the Yugoslav break-up": the end of a state named to date
    something, not the state acting."""
    doc = ent.doc
    if ent._.via != "demonym" or ent.end >= sent.end or doc[ent.end].lower_ not in _ENDS:
        return False
    return any(t.lower_ in _TIME_ANCHORS for t in doc[max(sent.start, ent.start - 3):ent.start])


def _court_seat(ent: Span, sent: Span) -> bool:
    """ "litigated at The Hague", "cases in The Hague": the international courts, not the
    Netherlands (which "Beijing warns The Hague" still is)."""
    if ent.start == sent.start or ent.doc[ent.start - 1].lower_ not in _VENUE_PREPOSITIONS:
        return False
    if ent.text.lower() in _CASE_SEATS:  # "referring the question to Luxembourg": the EU's court
        return ent._.via in {"capital", "name"} and _CASE_WORDS.search(span_text(sent)) is not None
    return ent._.via == "capital" and ent.text.lower() in _COURT_SEATS


# a verb of going somewhere: "travel to Brussels", "flew to Brussels", "her trip to Brussels"
_TRAVEL = re.compile(r"^(?:travel\w*|trips?|fl(?:y|ies|ew|ying|own)|head\w*|visit\w*|arriv\w*|return\w*|go|goes|going|went)$")


def _host_city(ent: Span, sent: Span, ents: list[Span]) -> bool:
    """A capital that stands for one organisation named as where another meets: "travel to
    Brussels for a meeting of NATO foreign ministers" is NATO's venue, not the EU."""
    if ent._.via != "capital" or ent._.code in STATE_CODES or ent.start == sent.start:
        return False
    doc = ent.doc
    before = doc[ent.start - 1].lower_
    if not (before in {"in", "at"} or (before == "to" and any(
            _TRAVEL.match(t.lower_) for t in doc[max(sent.start, ent.start - 4) : ent.start - 1]))):
        return False
    return any(e._.kind == "organisation" and e._.code and e._.code != ent._.code for e in ents)


def _hyphened(a: Span, b: Span) -> bool:
    """Whether ``a`` and ``b`` are joined by one hyphen, with no space or a space on either side:
    "Belgrade-Pristina", "Belgrade - Pristina" (read from the tokens, not from ``Doc.text``, which
    joins the whole document on every call)."""
    first, second = (a, b) if a.end <= b.start else (b, a)
    if second.start - first.end != 1:
        return False
    hyphen = first.doc[first.end]
    return hyphen.text in _HYPHENS and bool(first.doc[first.end - 1].whitespace_) == bool(hyphen.whitespace_)


# the head of a group's or party's name that says what it is for: "the Movement for the Liberation of the Congo"
_GROUP_NAME_HEADS = frozenset("movement front party army union alliance coalition league".split())


# a lower-case prefix joined to an organisation's name makes a kind of thing of it: "a mini-NATO"
_LIKENING_PREFIXES = frozenset("mini quasi pseudo proto neo new".split())


def _likened_organisation(ent: Span, sent: Span) -> bool:
    """An organisation's name of one word used for a kind of body that would be like it, a metaphor, no
    actor: one with "a", "an" or "another" of its own, with only a region's word or "new" between ("an
    Asian NATO", "a new OPEC", "another NATO"), or a prefix of ``_LIKENING_PREFIXES`` joined to it by a
    hyphen ("a mini-NATO", "a quasi-NATO"); not one that modifies a noun, "a NATO member", "a NATO-style
    pact", nor a longer name, a meeting or form of the body, "a special European Council", "a reformed
    UN Security Council"."""
    if ent._.kind != "organisation":
        return False
    doc = ent.doc
    if ent.start - 2 >= sent.start and doc[ent.start - 1].text == "-" and not doc[ent.start - 1].whitespace_ \
            and not doc[ent.start - 2].whitespace_ and doc[ent.start - 2].lower_ in _LIKENING_PREFIXES:
        return True
    root = ent.root
    if len(ent) > 1 or root.dep_ in {"compound", "amod", "nmod", "poss", "npadvmod"} \
            or ent.end < sent.end and doc[ent.end].text == "-":
        return False  # (a name of more words is a body's meeting or its form: "a special European Council")
    det = next((c for c in root.children if c.dep_ == "det" and c.lower_ in {"a", "an", "another"} and c.i < ent.start), None)
    # only a region's word or "new" between: "an Asian NATO", "a new OPEC" (not "a reformed ...")
    return det is not None and all(t.text[:1].isupper() or t.lower_ in _LIKENING_PREFIXES for t in doc[det.i + 1 : ent.start])


def _in_a_groups_name(ent: Span, sent: Span) -> bool:
    """A state's name that ends a group's or party's name the gazetteer lacks, capitalised from a
    head of ``_GROUP_NAME_HEADS`` through "for" to "of" or "in" the state: "The Movement for the
    Liberation of the Congo", "the National Union for the Total Independence of Angola" (no state
    actor); not "the Communist Party of China", "the Council of Ministers of Ukraine" (no "for")."""
    if ent._.via not in {"name", "capital"}:
        return False
    doc = ent.doc
    i = ent.start - 1 - (ent.start - 1 >= sent.start and doc[ent.start - 1].lower_ == "the")
    if i <= sent.start or doc[i].lower_ not in {"of", "in"}:
        return False
    purpose = False  # "for" seen, between the head and the state
    for token in reversed(doc[max(sent.start, i - 10):i]):
        if token.lower_ == "for":
            purpose = True
        elif token.lower_ in {"the", "of", "and"}:
            continue
        elif not (token.is_title and token.is_alpha):
            return False
        elif purpose and token.lower_ in _GROUP_NAME_HEADS:
            return True
    return False


def _names_instrument(ent: Span, sent: Span, ents: list[Span]) -> bool:
    """ "the Paris Agreement", "the Minsk peace accords", "the Treaty of Rome": a capital that is
    part of the name of a treaty, forum or venue; "the U.N. Convention on the Law of the Sea": an
    organisation that is part of the name of a document. Not the second of two states joined by
    a hyphen, which name the parties ("the Belgrade-Pristina dialogue", "the Seoul-Tokyo summit")."""
    doc = ent.doc
    if any(_hyphened(e, ent) and e._.code in STATE_CODES and e._.code != ent._.code for e in ents):
        return False
    if ent._.via == "org":
        # "the UN Charter", "the EU AI Act", "the ECOWAS Trade Liberalisation Scheme": one of the
        # next three words, all capitalised
        before = [t for t in doc[max(sent.start, ent.start - 3):ent.start] if t.lower_ != "the"]
        if len(before) >= 2 and before[-1].lower_ == "of" and before[-2].is_title \
                and before[-2].lower_ in _ORG_INSTRUMENTS:
            return True  # "the Ezulwini Consensus of the African Union", "the Charter of the United Nations"
        named = 0  # capitalised words of the name after the organisation's
        for token in doc[ent.end:min(ent.end + 4, sent.end)]:
            if named and token.is_lower:  # "the BRICS Clear depository system"
                kinds = [t.lower_ for t in doc[token.i:min(token.i + 2, sent.end)]]
                return kinds[0] in _SCHEMES or (len(kinds) == 2 and kinds[1] in _SCHEMES and doc[token.i].pos_ != "VERB")
            if not (token.is_title or token.is_upper):
                return False
            if token.lower_ in _ORG_INSTRUMENTS:
                return True
            named += 1
        return False
    if ent._.via != "capital" or ent.root.dep_ in _SOURCE_DEPS:  # "Moscow talks tough"
        return False
    if (ent.start - 2 >= sent.start and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].lower_ in _INSTRUMENTS):
        return True
    named = False  # a capitalised word of the name between: "the Copenhagen Democracy Summit"
    for token in doc[ent.end:min(ent.end + 4, sent.end)]:  # "the Vilnius follow-up summit"
        if token.lower_ in _INSTRUMENTS:
            return token.is_title or not named
        if token.is_title and token.is_alpha and token.lower_ not in _BODY_HEADS and not token.ent_type_:
            named = True
        elif token.lower_ not in _INSTRUMENT_MODIFIERS:
            break
    return False


def _community(ent: Span, ents: list[Span]) -> bool:
    """The ethnic half of "Bosnian Serbs", "Kosovo Albanians", "Turkish Cypriots": two state
    words in a row name a community of one state; the other names its ethnicity."""
    def coded(e: Span | None) -> bool:
        return e is not None and e._.code in STATE_CODES and e._.via in {"demonym", "name"}

    by_start = {e.start: e for e in ents}
    by_end = {e.end: e for e in ents}
    before, after = by_end.get(ent.start), by_start.get(ent.end)
    if before is not None and before.text.endswith("-"):
        before = None  # "Sino-Indian": two states, not a community
    cypriot = ent.text.lower().startswith("cypriot")
    if ent._.via == "demonym" and coded(before) and not cypriot:
        return True  # "Serbs" in "Bosnian Serbs"
    return (ent._.via == "demonym" and coded(after) and after is not None
            and after.text.lower().startswith("cypriot"))  # "Greek" in "Greek Cypriots"


def _without_reporting_source(sent: Span, found: list[ActorMention], attribution: Attribution) -> list[ActorMention]:
    """Drop codes named only inside the speaker phrase when that phrase is a reporting source
    ("an Egyptian newspaper", "the official Armenian news agency"). Officials, ministries and
    intelligence agencies are not: they speak for their state."""
    speaker = sent.doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if speaker is None:
        return found
    media = any(t.lower_ in _MEDIA and not _official(t) for t in speaker) or _paper_of_place(speaker)

    agent = _reporting_agent(sent, attribution)
    if agent is not None:  # "was cited by the Egyptian daily Al-Masry Al-Youm as saying"
        found = [a for a in found if not (agent.start_char <= a.start and a.end <= agent.end_char)]

    def inside(a: ActorMention) -> bool:
        return attribution.start <= a.start and a.end <= attribution.end

    def elsewhere(a: ActorMention) -> bool:
        return any(b.code == a.code and not inside(b) for b in found)

    def place(a: ActorMention) -> bool:
        return _placed_in(sent, a) is not None

    # where the speaker sits is no party when the speaker has a state of its own: "a Somali
    # diplomat in Nairobi said" (an organisation's does not count: "the UN mission in Angola
    # said"). "Officials in Bogotá said" stays Colombia's voice; a foreign speaker's seat ("a
    # Western diplomat in Riyadh said") and an institution's city are left to _seat
    own = {a.code for a in found if inside(a) and not place(a) and a.code in STATE_CODES}
    return [a for a in found if not (inside(a) and not elsewhere(a) and (media or (place(a) and own - {a.code})))]


# a state's permanent representative to an organisation who holds the chair of one of its bodies for the time
# being: "Ambassador X, Permanent Representative of Ghana to the AU and Chairperson of the PSC for the month of ..."
_REPRESENTATIVE_OF = re.compile(r"\bPermanent Representative of\s+(?:the\s+)?\Z")
_ROTATING_CHAIR = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*,?\s+and\s+(?:the\s+)?"
                             r"(?:Chair(?:person|man|woman)?|President)\s+of\s+the\s+[A-Z]")


def _chamber_owner(sent: Span, name: str) -> str | None:
    """The one state the text before ``sent`` names as the owner of a chamber or office called
    ``name`` (lower case), by its possessive or its name or demonym right before it: "Kenya's
    foreign office", "the Pakistani Foreign Office"; else None."""
    doc, words = sent.doc, name.split()
    owners = set()
    for e in ents_of(doc[: sent.start]):
        if e._.code not in STATE_CODES:
            continue
        after = e.end + (e.end < sent.start and doc[e.end].lower_ in {"'s", "’s"})
        if [t.lower_ for t in doc[after : after + len(words)]] == words or e.text.lower().endswith(f" {name}"):
            owners.add(e._.code)
    return next(iter(owners)) if len(owners) == 1 else None


def _rotating_chair(sent: Span, actor: ActorMention) -> bool:
    """The state of a permanent representative to an organisation who chairs one of its bodies, and so acts for
    the organisation, not the state: "Permanent Representative of Ghana to the AU and Chairperson of the PSC" (not
    "Permanent Representative of Ghana to the AU", who speaks for Ghana)."""
    text, at = span_text(sent), sent.start_char
    return (actor.code in STATE_CODES and _REPRESENTATIVE_OF.search(text, 0, actor.start - at) is not None
            and _ROTATING_CHAIR.match(text, actor.end - at) is not None)


def _paper_home(actor: ActorMention, sent: Span, ents: list[Span], attribution: Attribution | None) -> bool:
    """A state's possessive on a paper or other non-state source that speaks or is named as a
    paper: "Egypt's state-owned Al-Ahram said", "Japan's Asahi Shimbun focused on energy"."""
    mention = next((e for e in ents if e.start_char == actor.start and e.end_char == actor.end), None)
    if mention is None or actor.code not in STATE_CODES or not possessive(mention, sent.end):
        return False
    owned = next((e for e in ents if e.start > mention.end), None)
    between = mention.doc[mention.end + 1 : owned.start] if owned is not None else []
    if owned is None or owned._.kind != "nonstate" or len(between) > 3 or any(t.is_title for t in between):
        return False
    speaks = attribution is not None and attribution.start <= owned.start_char and owned.end_char <= attribution.end
    return speaks or owned[-1].lower_ in _PAPER_NAMES


def _placed_in(sent: Span, actor: ActorMention) -> Token | None:
    """The word a state's name or capital says where it is, after "in" or "at": "diplomat" in "a
    Western diplomat in Addis Ababa", "embassy" in "the Chinese embassy in Canberra"; else None."""
    if actor.via not in {"capital", "name"}:
        return None
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None or mention.root.dep_ != "pobj" or mention.root.head.lower_ not in {"in", "at"}:
        return None
    placed = mention.root.head.head
    # "an analyst based in Singapore": the analyst, as "an analyst in Singapore"
    return placed.head if placed.lower_ in _SEATED and placed.dep_ == "acl" else placed


# private people a capital after "in" says only where they live: kin, bloggers, dissidents, exiles
_RESIDENTS = frozenset("""son daughter child father mother parent wife husband cousin nephew niece
    relative family blogger dissident exile emigre émigré""".split())


def _seat(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A place that is only where a foreign person sits: "A Western diplomat in Addis Ababa was
    more hopeful", "an Ethiopian diplomat in Nairobi, who asked not to be named, said" ("diplomats
    in Brussels" may well be the EU's, "officials in Bogotá" are Colombia's, "foreign ministers
    in Bamako" meet there)."""
    placed = _placed_in(sent, actor)
    if placed is None:
        return False
    if actor.via == "capital" and {placed.lower_, placed.lower_[:-1]} & _RESIDENTS and sent.doc[placed.i + 1].lower_ == "in":
        return True  # where a private person lives: "the father of an opposition blogger in Berlin", "their sons in Moscow"
    if _singular(placed) not in _PERSON_NOUNS:
        return False  # "NATO's forward land forces in Finland": Finland is a party
    if any(c.dep_ == "poss" and owned_elsewhere(c, actor.code, {a.code for a in found if a.start <= c.idx < a.end})
           for c in placed.children):
        return True  # another owner's: "The alliance's spokesperson in Brussels"
    modifiers = [c for c in placed.children if c.dep_ in {"amod", "compound", "poss"}]
    foreign = _singular(placed) not in _FOREIGN_OFFICES and any(
        c.dep_ == "amod" and c.lower_ in _FOREIGN for c in modifiers)
    # another state's or organisation's person: "an AES official in Bamako" (not "an EU official in Brussels")
    return foreign or any(
        a.code != actor.code and (a.code in STATE_CODES or a.kind == "organisation")
        and any(a.start <= c.idx < a.end for c in modifiers) for a in found)


# verbs of where a person lives, studied or fled to: the place is theirs, no party ("who fled to Colombia")
_DWELLING = frozenset("""live lives lived living reside resides resided residing flee flees fled fleeing study studies
    studied studying""".split())


def _whereabouts(sent: Span, actor: ActorMention) -> bool:
    """A state or capital named only as where a person lives, studied, fled to or is in exile: "Maria
    Lopez, whom Washington recognises as president, is living in exile in Mexico", "the opposition leader, who
    fled to Colombia", "The journalist, who studied in France," (no actor); not a state or troops
    ("Venezuela lives in fear", "troops living in Lebanon"), nor people who are many ("refugees who
    fled to Colombia", whose hosts are parties)."""
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in {"in", "to"}:
        return False
    verb = root.head.head
    if verb.lower_ == "exile":
        return root.head.lower_ == "in"  # "living in exile in Mexico", "the government in exile in London"
    if verb.lower_ not in _DWELLING or (root.head.lower_ == "to") != (verb.lower_ in {"flee", "flees", "fled", "fleeing"}):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.dep_ in {"relcl", "acl"} and (subject is None or subject.lower_ in {"who", "that"}):
        subject = verb.head  # "The journalist, who studied in France", "a dissident living in Germany"
    name = ent_at(sent.doc, subject.i) if subject is not None else None
    if subject is None or name is not None and name._.kind in {"state", "organisation", "group"}:
        return False
    return (_person(subject) or subject.lower_ in {"he", "she"}
            or _singular(subject) == subject.lower_ and subject.lower_ in _PERSON_NOUNS | _RESIDENTS)


# goods that pass through a state on their way: "crude going to China through Oman"
_GOODS = frozenset("""oil crude gas lng fuel diesel coal grain wheat goods cargo cargoes freight exports imports
    shipments shipment consignments barrels tankers containers""".split())
# moving goods: the state "through" or "via" which they move, or that they transit, is on their way
_PASSING = frozenset("""go goes going went gone flow flows flowing flowed pass passes passing passed route routes
    routed routing ship ships shipped shipping transport transported transit transits transited transiting transship
    transshipped transshipment smuggle smuggled smuggling move moves moved moving travel travels travelling traveled
    travelled arrive arrives arrived arriving export exported exporting""".split())
_TRANSIT_VERBS = frozenset("transit transits transited transiting".split())


def _transit(sent: Span, actor: ActorMention) -> bool:
    """A state or capital named only as where goods pass on their way, after "through" or "via" on
    a verb of their moving or on the goods, or the object of "transit": "Iranian crude going to
    China through Oman", "Russian diesel shipped via Singapore", "gas that transits Turkey"
    (no actor; the origin and the destination stay); not troops or states ("troops entered
    through Belarus", "Russia attacked through Belarus")."""
    root = _named_place_root(sent, actor)
    if root is None:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in {"through", "via"}:
        head = root.head.head
    elif root.dep_ == "dobj" and root.head.lower_ in _TRANSIT_VERBS:
        head = root.head
    else:
        return False
    if head.lower_ in _GOODS:
        return True  # "exports via Singapore"
    if head.lower_ not in _PASSING:
        return False
    mover = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if head.dep_ in {"acl", "relcl"} and (mover is None or mover.lower_ in {"that", "which"}):
        mover = head.head  # "crude going to China", "gas that transits Turkey"
        if mover.lower_ not in _GOODS and head.i > sent.start and sent.doc[head.i - 1].lower_ in _GOODS:
            mover = sent.doc[head.i - 1]  # the goods right before, the parse hanging the verb higher: "a piece on oil going"
    return mover is not None and mover.lower_ in _GOODS


# private bodies a capital after "in" says only where they are: "civic groups in Seoul", "a university in Caracas"
_PRIVATE_BODIES = frozenset("""group groups organisation organisations organization organizations ngo ngos charity
    charities company companies firm firms university universities college colleges school schools church churches
    club clubs union unions association associations""".split())


def _private_bodys_city(sent: Span, actor: ActorMention) -> bool:
    """A capital after "in" on a private body that nothing else names, only where it is: "Civic
    groups in Seoul plan a rally", "a professor at a university in Caracas" (no actor, no pair);
    not a state's or an armed group's ("the Chinese firms in Hanoi", "armed groups in Bangui" stay),
    nor people ("Protesters in Sofia burned flags", who act there)."""
    placed = _placed_in(sent, actor)
    if actor.via != "capital" or placed is None or placed.lower_ not in _PRIVATE_BODIES or placed.is_title:
        return False
    return not any(c.dep_ in {"amod", "compound", "poss"} and (c.ent_type_ or c.lower_ in {"armed", "rebel", "militant"})
                   for c in placed.children)


# pronouns that may stand for a state: "its embassy in Beijing", "our foreign policy"
_STANDING_PRONOUNS = frozenset("it its they them their we us our i my you your he his she her".split())


def _place_on_the_map(sent: Span, actor: ActorMention) -> bool:
    """A city or state named only as a place on the map: its port or harbour, or an end of a road
    or coast (``_landmark``), or the region of an outbreak or a disaster (``_region_of_an_event``)."""
    return actor.via in {"capital", "name", "demonym"} and (_landmark(sent, actor) or _region_of_an_event(sent, actor)
                                                             or _region_listed(sent, actor) or _range_end(sent, actor)
                                                             or _territory_listed(sent, actor)
                                                             or _held_by_group(sent, actor)
                                                             or _listed_with_its_places(sent, actor))


# what moves from one place to another, whose ends may be the parties ("arms from Iran to Yemen",
# "exports from China to the United States"): no range of places
_MOVES = frozenset("""send sends sent sending ship ships shipped shipping shipment shipments export exports exported
    import imports imported flow flows flowed move moves moved travel travels travelled traveled fly flies flew flown
    flight flights return returns returned deport deported extradite extradited smuggle smuggled smuggling transfer
    transfers transferred deliver delivers delivered delivery deliveries supply supplies supplied launch launched
    fire fired carry carries carried trade trades traded migrate migrated migration migrants refugees flee fled
    bring brought take took expel expelled evacuate evacuated arms weapons aid cargo oil gas missile missiles drone
    drones visit visits visited trip trips route routes pipeline pipelines swing swings shift shifts pivot tilt
    switch""".split())
# the governments a range may list, which act or are acted on: "Kenya's partners, from Washington and London to
# Addis Ababa, should say", "alarmed governments from Brasília to Washington"
_RANGED_STATES = _STATE_HEADS | frozenset("""governments capitals partners allies countries states nations
    neighbours neighbors powers members donors""".split())


def _range_end(sent: Span, actor: ActorMention) -> bool:
    """A state or capital named as an end of a range "from X to Y" of places, the reach or the
    examples of what the sentence speaks of: "proxy wars from Syria to Yemen", "jihadists operate
    across the Sahel, from Mali to Niger" (no actor); not what goes from one to the other,
    "arms shipments from Iran to Yemen", "exports from China to the United States", "shipments
    of grain from Ukraine to Egypt", nor a range of governments ("Kenya's partners, from Washington to Addis Ababa"), nor a range whose
    other end is no place ("from Kenya to the rest of the world")."""
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in {"from", "to"}:
        return False
    prep = root.head
    if prep.lower_ == "from":
        start, ends = prep, [c for c in [*prep.head.children, *prep.children, *root.children]
                             if c.dep_ == "prep" and c.lower_ == "to" and c.i > root.i]
    else:
        start = next((c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i < prep.i),
                     None)
        if start is None and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "from":
            start = prep.head.head  # "from Mali to Niger": "to" on the first end
        elif start is None and prep.head.lower_ == "from":
            start = prep.head
        ends = [c for c in start.children if c.dep_ == "pobj"] if start is not None else []
    if start is None:
        return False
    head = start.head
    for _ in range(3):  # what goes, also through "of" on it: "Shipments of grain from Ukraine to Egypt"
        if head.lower_ in _MOVES | _RANGED_STATES or head.lemma_.lower() in _MOVES:
            return False
        if not (head.dep_ == "pobj" and head.head.lower_ == "of") or head.head.head.i == head.head.i:
            break
        head = head.head.head
    others = [c for e in ends for c in ([e] if e.dep_ == "pobj" else e.children) if c.dep_ == "pobj"]
    return any(o.ent_type_ in {"GPE", "LOC"} or _coded_at(sent.doc, o.i) for o in others)


# a territory a capital may be named as a part of, no state acting: "control of the north, including Sanaa"
_TERRITORY_NOUNS = frozenset("""north south east west centre center territory territories area areas city cities
    town towns""".split())


def _territory_listed(sent: Span, actor: ActorMention) -> bool:
    """A capital named after "including", "like" or "such as" as one of the cities, towns or the
    territory the noun before it names: "keep control of the north, including Sanaa", "Drones hit
    several cities, including Kyiv and Odesa" (no actor); not "several capitals, including Paris",
    whose governments are met, nor partners or regions ("Russia struck several regions, including
    Kyiv", ``_region_listed``)."""
    if actor.via != "capital":
        return False
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj":
        return False
    prep = root.head
    if not (prep.lower_ in {"including", "like"} or (prep.lower_ == "as" and prep.i > sent.start
                                                       and sent.doc[prep.i - 1].lower_ == "such")):
        return False
    first = prep.i - (2 if prep.lower_ == "as" else 1)
    before = next((sent.doc[i] for i in range(first, max(sent.start - 1, first - 3), -1) if not sent.doc[i].is_punct),
                  None)
    return before is not None and before.lower_ in _TERRITORY_NOUNS and before.dep_ in _NOUN_SLOTS


def _listed_with_its_places(sent: Span, actor: ActorMention) -> bool:
    """A capital listed after "in" on a verb with a province or city of its own state, one place
    among its regions: "Debris fell in Incheon and Seoul", "floods in Busan and Seoul"
    (no actor); not with another state's place or a state ("talks in Geneva and Paris"), nor
    where people sit ("officials in Busan and Seoul")."""
    if actor.via != "capital":
        return False
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "in" or _singular(root.head.head) in _PERSON_NOUNS:
        return False
    listed = [root, *(c for c in root.subtree if c.dep_ == "conj" and c.head.i != c.i)]
    return any((e := ent_at(sent.doc, t.i)) is not None and e._.kind == "place" and e._.code == actor.code
               for t in listed)


# the participles of holding a place: "Houthi-run Sanaa", "the Taliban-held north"
_HELD = frozenset("run held controlled ruled".split())
# the words of a group's rule or forces a group's name may modify: "the Houthi authorities in Sanaa"
_GROUP_RULE = frozenset("""authorities administration government leadership rebels fighters forces militia
    militias militants movement""".split())


# an agreement named by what it is on: "the border treaty", "a gas deal", "the water-sharing accord"
_DEAL_WORD = re.compile(r"\b(?:the|a|an) (?P<word>[a-z][a-z-]+) (?:deal|treaty|agreement|accord|pact)\b")
_DEAL_VERBS = frozenset("signed sign signs signing ratified ratify ratifies ratifying concluded reached agreed".split())


def _deal_signers(sent: Span, found: list[ActorMention]) -> dict[str, frozenset[str]]:
    """The agreements ``sent`` tells two states signing or ratifying, by their word, with the two: "Bishkek and
    Dushanbe ratified a border treaty", "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed the
    border treaty" (border: KGZ, TJK); none where the subjects hold another number of states."""
    out: dict[str, frozenset[str]] = {}
    for m in _DEAL_WORD.finditer(span_text(sent)):
        span = sent.doc.char_span(sent.start_char + m.start("word"), sent.start_char + m.end(), alignment_mode="expand")
        if span is None or span.root.dep_ != "dobj" or span.root.head.lower_ not in _DEAL_VERBS:
            continue
        verb = span.root.head
        signers = {a.code for a in found if a.via not in {"context", "implied"}
                   and (named := sent.doc.char_span(a.start, a.end, alignment_mode="expand")) is not None
                   and _argument(named.root, _LISTED) == (verb, "subject")}
        if len(signers) == 2 and signers <= STATE_CODES:
            out[m.group("word").lower()] = frozenset(signers)
    return out


_VISITS = frozenset("visit visits visited visiting".split())
_TRIPS = frozenset("visit visits visited visiting trip travel travels travelled traveled travelling traveling".split())


def _visited(sent: Span, actor: ActorMention) -> bool:
    """Whether ``actor`` is what a visit goes to: "to visit Manila", "a trip to Hanoi", "will travel to Seoul"."""
    span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (root.dep_ == "dobj" and root.head.lower_ in _VISITS) or (
        root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ in _TRIPS)


def _joins_other(sent: Span) -> bool:
    """Whether ``sent`` joins two things that are no actors nor clauses: "deals on gas and on ports", "the
    dam and the port" (not "Beijing and Moscow", "are competing ..., but neither wants")."""
    coded = {t.i for e in ents_of(sent) if e._.code for t in e}
    return any(t.dep_ == "conj" and t.i not in coded and t.head.i not in coded
               and not any(c.dep_ in _SOURCE_DEPS or c.dep_ in {"aux", "auxpass"} for c in t.children) for t in sent)


def _phrase_mentions(sent: Span, m: re.Match[str], codes: frozenset[str], parsed: bool) -> list[ActorMention]:
    """The states ``codes`` of a phrase that names them together (``m``, matched in ``sent``'s text:
    "the allies", "the leaders"), one mention each, with the phrase's role where the sentence is parsed."""
    start = sent.start_char + m.start()
    span = sent.doc.char_span(start, start + len(m.group(0)), alignment_mode="expand")
    role = _role(span.root) if parsed and span is not None else None
    return [ActorMention(m.group(0), code, "state", "context", start, start + len(m.group(0)), role)
            for code in sorted(codes)]


def _held_by_group(sent: Span, actor: ActorMention) -> bool:
    """A capital named right after an armed group that holds it, no state actor: after "in" on the
    group or its rule or forces, "the Houthis in Sanaa rejected", "the Houthi authorities in Sanaa",
    or with the group before "-run", "-held" or "-controlled" on it, "Houthi-run Sanaa"; not "the
    Houthis attacked Riyadh", nor where a group's envoy sits, "a Polisario Front representative in Madrid",
    nor where a group met "with" is met, "signed a truce with the TPLF in Nairobi" (a venue)."""
    if actor.via != "capital":
        return False
    root = _named_place_root(sent, actor)
    if root is None:
        return False
    doc = sent.doc

    def group(token: Token) -> bool:
        ent = ent_at(doc, token.i)
        return ent is not None and ent._.kind == "group" or token.lower_ in _GROUP_RULE and any(
            (e := ent_at(doc, c.i)) is not None and e._.kind == "group" for c in token.children
            if c.dep_ in {"compound", "amod"})

    holder = root.head.head
    while holder.dep_ in {"appos", "conj"} and holder.head.i != holder.i:
        holder = holder.head  # "the Tigray People's Liberation Front (TPLF) in Nairobi"
    if root.dep_ == "pobj" and root.head.lower_ == "in" and group(root.head.head) and not (
            holder.dep_ == "pobj" and holder.head.lower_ in {"with", "between"}):
        return True  # (not a partner "with" whom something is done there: "signed a truce with the TPLF in Nairobi")
    mention = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None or mention.start < sent.start + 3:
        return False
    held, dash, holder = doc[mention.start - 1], doc[mention.start - 2], doc[mention.start - 3]
    return held.lower_ in _HELD and dash.text in {"-", "‐", "–"} and group(holder)


# a state's parts, by which a capital's name is its region or province: "regions such as Madrid"
_REGION_NOUNS = frozenset("""region regions province provinces state states county counties prefecture prefectures
    governorate governorates oblast oblasts""".split())


def _region_listed(sent: Span, actor: ActorMention) -> bool:
    """A capital named as one of a state's regions or provinces, in a sentence that names no other
    state: after "including", "like" or "such as" on a noun of regions, apposed to it or "of" it
    ("Several regions, including Madrid and Andalusia, said they would take in some of the
    minors", "the provinces of Buenos Aires and Córdoba"; no actor); not "Madrid and Rabat
    agreed", "talks in Madrid", nor "Moscow struck regions including Kyiv" (another state acts)."""
    if actor.via != "capital":
        return False
    root = _named_place_root(sent, actor)
    if root is None:
        return False
    head = root.head
    if root.dep_ in {"pobj", "dobj"} and (head.lower_ in {"including", "like", "of"} or (
            head.lower_ == "as" and head.i > sent.start and sent.doc[head.i - 1].lower_ == "such")):
        noun = head.head
    elif root.dep_ == "appos":
        noun = head
    else:
        return False
    if noun.lower_ not in _REGION_NOUNS or (head.lower_ == "of" and noun.lower_ in {"state", "states"}):
        return False  # "the states of Mali and Niger" are states
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return not any(ent._.kind == "state" and ent._.code and ent._.code != actor.code
                   and not (ent.start <= mention.start < ent.end) for ent in sent.ents)


# what befalls a region, no state's act: "cholera cases in eastern Chad", "floods in northern Pakistan"
_NATURAL_EVENTS = frozenset("""case cases outbreak outbreaks epidemic epidemics flood floods flooding earthquake
    earthquakes quake fire fires wildfire wildfires landslide landslides storm storms cyclone cyclones drought
    droughts heatwave infections deaths""".split())
# the part of a state or city an event is in: "eastern Chad", "north-western Nigeria", "central Dhaka"
_REGION_WORDS = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central|coastal|rural|"
                           r"(?:north|south)(?:-?(?:east|west))ern|downtown|upper|lower")


def _region_of_an_event(sent: Span, actor: ActorMention) -> bool:
    """A state or city named after "in" and a word of its region, on an outbreak or a disaster, in a
    sentence that names no other state: "cholera cases in eastern Chad had doubled, the WHO said",
    "Floods in northern Pakistan killed 40 people", "A fire in central Dhaka killed 12"; not where
    another state acts on it ("Japan would send relief for the floods in central Viet Nam"), nor where
    the state itself acts ("Chad reported cholera cases"), nor "in Chad" with no region."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None or actor.via not in {"name", "capital"}:
        return False
    root = mention.root
    if root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.head.lower_ not in _NATURAL_EVENTS:
        return False
    if not any(c.dep_ in {"amod", "compound"} and _REGION_WORDS.fullmatch(c.lower_) for c in root.children) and not (
            mention.start > 0 and _REGION_WORDS.fullmatch(sent.doc[mention.start - 1].lower_)):
        return False
    return not any(ent._.kind == "state" and ent._.code and ent._.code != actor.code
                   and not (ent.start <= mention.start < ent.end) for ent in sent.ents)


# a city's port or a line through it: "Mogadishu harbour", "the ports of Lomé", "the road from Dakar"
_PORT_NOUNS = frozenset("""port ports harbour harbours harbor harbors docks quay quays airport seaport waterfront wharf
    wharves pier piers jetty jetties""".split())
_LINE_NOUNS = frozenset("""road roads highway highways corridor corridors railway railways railroad
    coast coastline shore""".split())
# a part or share of a city, the city as ground: "90 per cent of Bamako", "parts of Khartoum", "the streets of Lima"
_CITY_PARTS = frozenset("""cent percent part parts street streets neighbourhood neighbourhoods neighborhood
    neighborhoods district districts suburb suburbs outskirts area areas quarter quarters""".split())


def _landmark(sent: Span, actor: ActorMention) -> bool:
    """A city named only as a place on the map, whoever acts: its port or harbour ("slipped out of
    Mogadishu harbour", "depend on the ports of Lomé, Cotonou and Abidjan"), a part or share of it
    ("gangs control 90 per cent of Bamako", "parts of Khartoum", "the streets of Lima"), a port or wharf "in" it
    ("upgrading a wharf in Honiara"), or an end
    of a road, route or coast ("attacked fuel convoys on the road from Dakar", "on the coast between
    Djibouti and Berbera"); not its possessive ("Mogadishu's port", which its government may run), nor a
    city with a word of its own ("the Mogadishu government")."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None:
        return False
    if _near_border(mention.root):
        return True
    if actor.via == "demonym":
        return False
    following = sent.doc[mention.end] if mention.end < len(sent.doc) else None
    if (actor.via == "capital" and following is not None and following.is_lower and following.lower_ in _PORT_NOUNS
            and following.dep_ != "compound"):
        return True  # "Mogadishu harbour", however the parse hangs it
    root = mention.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "the ports of Lomé, Cotonou and Abidjan"
    if root.dep_ != "pobj":
        return False
    prep, noun = root.head.lower_, root.head.head
    if actor.via == "name":  # a state's name only as an end of a coast: "the coast between Djibouti and Berbera"
        return prep == "between" and noun.lower_ in {"coast", "coastline", "shore"}
    # (and a capital's port, wharf or airport "in", "outside" or "near" it: "upgrading a wharf in Honiara", "landed at
    # the airport outside Accra", not the government of it; and an end of a line a verb lays: "extend the railway
    # network from Kunming to Vientiane")
    return (prep == "of" and noun.lower_ in _PORT_NOUNS | _CITY_PARTS) or (
        prep in {"in", "outside", "near"} and noun.lower_ in _PORT_NOUNS) or (
        prep in {"from", "to", "between"} and (noun.lower_ in _LINE_NOUNS | _ROUTE_NOUNS or _lays_line(noun)))


# lines that join places, besides ``_LINE_NOUNS``: "the line from Pingxiang to Hanoi", "a rail link to Vientiane"
_ROUTE_NOUNS = frozenset("network networks line lines link links rail expressway expressways".split())


def _lays_line(verb: Token) -> bool:
    """Whether ``verb`` builds, extends or runs a road or line, its object: "extend the railway
    network from Kunming to Vientiane", "the Zambian border" a railway is extended to."""
    return any(c.dep_ == "dobj" and c.lower_ in _LINE_NOUNS | _ROUTE_NOUNS for c in verb.children)


_BORDER_NOUNS = frozenset("border borders frontier".split())


def _near_border(root: Token) -> bool:
    """A state named only by a demonym on the border something is near or a road or line reaches, a
    place on the map: "refugee camps near the Sudanese border", "extend the railway to the Zambian
    border" (not "on the Colombian border", where what is done may be done to
    the state, nor a state's own name, "found gas near the border with Iran")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "near the Libyan and Algerian borders"
    border = root.head if root.dep_ in {"amod", "compound"} else None
    if border is None or border.lower_ not in _BORDER_NOUNS or border.dep_ != "pobj":
        return False
    # also the end of a road or line: "extend the railway to the Zambian border"
    line = border.head.head
    return border.head.lower_ == "near" or border.head.lower_ == "to" and (
        line.lower_ in _LINE_NOUNS | _ROUTE_NOUNS or _lays_line(line))


def owned_elsewhere(owner: Token, code: str, owner_codes: set[str]) -> bool:
    """Whether the possessive ``owner`` (coded ``owner_codes``, if named) is another than the place
    coded ``code`` whose person it owns: "China's ambassador in London", "The alliance's
    spokesperson in Brussels" (NATO's; "the bloc's" or "the Commission's" in Brussels may be the
    EU's, and "its envoy in Addis Ababa" may be Ethiopia's)."""
    if owner_codes:
        return code not in owner_codes
    kinds = {"alliance": _ALLIANCES, "bloc": _BLOCS, "confederation": _CONFEDERATIONS}.get(owner.lower_)
    return kinds is not None and code not in kinds


def _institution_seat(sent: Span, actor: ActorMention, speech: Attribution | None = None) -> bool:
    """The city of a speaker's university or institute: "a professor at Bilkent University in
    Ankara", "director of New York University in Prague"; or where people sit who speak for no
    state, when they are the sentence's ``speech``'s speaker: "insurers in London said", "a
    diplomat in Georgetown said" (not where such people act: "Protesters in Sofia burned flags");
    and where a bank, firm or analyst works from (``_works_from``)."""
    if _works_from(sent, actor):
        return True
    placed = _placed_in(sent, actor)
    if placed is None:
        return False
    if placed.lower_ in _SEATED_INSTITUTIONS and placed.is_title or (
            actor.code in STATE_CODES and private_person(placed) and speech is not None
            and (speech.start <= placed.idx < speech.end
                 or placed.dep_ == "appos" and speech.start <= placed.head.idx < speech.end)):
        # also in apposition to the speaker: "said Lena Vogt, a security analyst based in Niamey"
        return True
    if _private_firm(placed):
        return True  # where a private person's firm sits: "An economist at a bank in Nairobi said"
    name = ent_at(sent.doc, placed.i)
    home = name.root if name is not None else placed  # "Center" of "the Center for ... Studies in"
    if _think_tank(placed) and home.dep_ == "pobj" and home.head.lower_ in {"at", "of", "with"} \
            and (_researcher(home.head.head) or home.head.head.lower_ in _RESEARCH_UNITS or any(
                c.dep_ == "dobj" and c.lower_ in _RESEARCH_UNITS for c in home.head.head.children)):
        # "a fellow at Chatham House in London", "head of research at Goldman Sachs in London", "who directs the
        # Europe programme at the Hoover Forum in Berlin"
        return True
    if _think_tank(placed) and home.dep_ == "pobj" and home.head.lower_ == "by" and (
            home.head.dep_ == "agent" or home.head.head.pos_ == "NOUN"):
        return True  # a work's author: "images analysed by the Asia Maritime Transparency Initiative in Washington"
    if _researcher(placed) and placed.dep_ in {"nsubj", "nsubjpass"} and not any(
            c.dep_ in {"amod", "compound", "poss"} and ent_at(sent.doc, c.i) is not None for c in placed.children):
        return True  # what such people think, said or not: "Analysts in Port of Spain are more worried"
    return _singular(placed) in _PERSON_NOUNS and any(
        c.dep_ == "prep" and c.lower_ in {"of", "at", "with"}
        and any(o.dep_ == "pobj" and (o.is_title and o.lower_ in _SEATED_INSTITUTIONS
                                      or _researcher(placed) and _think_tank(o)) for o in c.children)
        for c in placed.children)


# a bank of a state, no private firm: "an economist at the central bank in Nairobi"
_STATE_FIRMS = frozenset("central state national reserve development".split())


def _private_firm(placed: Token) -> bool:
    """A bank or firm by its common noun that a private person works at, with or for: "an economist
    at a bank in Nairobi", "a trader with a brokerage in Lagos"; not a state's, "an economist at the
    central bank in Nairobi", "an analyst at a Chinese bank in London", nor "officials at a bank"."""
    if placed.lower_ not in _FIRM_WORDS or placed.dep_ != "pobj" or placed.head.lower_ not in {"at", "with", "for"}:
        return False
    person = placed.head.head
    if not (private_person(person) or _researcher(person) or _singular(person) in _PRIVATE_PROFESSIONS):
        return False
    return not any(c.dep_ in {"amod", "compound"} and (c.lower_ in _STATE_FIRMS or ent_at(c.doc, c.i) is not None)
                   for c in placed.children)


# what a researcher heads or works in at a think tank: "head of research at Goldman Sachs", "who heads the
# migration programme at the Mercator Forum"
_RESEARCH_UNITS = frozenset("research program programme programs programmes project projects".split())


def _speakers_institution(sent: Span, actor: ActorMention, speech: Attribution | None) -> bool:
    """Whether ``actor`` is named after "in" on an institution inside the speaker phrase of
    ``speech``: "said Irene Castaño, a researcher at the Elcano Royal Institute in Madrid", or on
    the people themselves, "Diplomats in Riyadh said", "according to diplomats in Brussels"."""
    placed = _placed_in(sent, actor)
    return (placed is not None and speech is not None
            and any(speech.start <= t.idx < speech.end for t in [placed, *placed.ancestors]))


# what a bank, firm or analyst does from where it sits: "covers the stock from Hong Kong"
_WORKING = frozenset("""cover covers covered covering work works worked working trade trades traded trading
    operate operates operated operating""".split())
_FIRM_WORDS = frozenset("""bank banks broker brokers brokerage brokerages firm firms company companies fund funds
    insurer insurers lender lenders""".split())


def _works_from(sent: Span, actor: ActorMention) -> bool:
    """A state or capital named after "from" on a verb of working (cover, work, trade, operate)
    whose subject is a bank, firm or private person, or a name that codes no actor: "Bank of China
    International, which covers the stock from Hong Kong, cut its target", "an analyst who works
    from Dubai"; not a state's or its people's ("Russian drones operating from Crimea", "Kenya
    trades from Mombasa")."""
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "from" or root.head.head.lower_ not in _WORKING:
        return False
    verb = root.head.head
    subject = verb.head if verb.dep_ == "relcl" else next(
        (c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i == verb.i:
        return False
    if subject.lower_ in _FIRM_WORDS | _PRIVATE_PEOPLE or _researcher(subject):
        return not any(c.dep_ in {"amod", "compound", "poss"} and ent_at(sent.doc, c.i) is not None
                       and ent_at(sent.doc, c.i)._.code for c in subject.children)  # not "Chinese banks"
    return _uncoded_name(subject) and not _official_name(subject)


def _official_name(token: Token) -> bool:
    """Whether the name ``token`` heads holds a word of a state's body ("the Foreign Ministry")."""
    ent = ent_at(token.doc, token.i)
    return ent is not None and any(t.lower_ in _GOVERNMENT_WORDS for t in ent)


def _researchers_nationality(sent: Span, actor: ActorMention) -> bool:
    """A demonym on a person who speaks for no state is a nationality, no party: "a Saudi political
    analyst", "Chinese experts", "a Kenyan economist" (not "a Saudi diplomat", "Saudi officials")."""
    if actor.via != "demonym":
        return False
    span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in {"amod", "compound"}:
        return False
    named = _named_national(span, sent)
    if named is None and not (_researcher(span.root.head) or _singular(span.root.head) in _PRIVATE_PROFESSIONS):
        return False
    # what is done to such a person is done to a national of the state: "Myanmar's junta freed Australian
    # economist Sean Turnell", "the FSB detained French researcher Laurent Vinatier" (an object keeps its state)
    phrase = named if named is not None else span.root.head
    while phrase.dep_ in {"compound", "amod"} and phrase.head.i != phrase.i:
        phrase = phrase.head
    return phrase.dep_ not in {"dobj", "obj", "dative", "iobj", "nsubjpass"}


# a private person named by nationality: "Indian national Ravi Shankar Menon", "Chinese citizen Lau Ka-wing"
_NATIONALS = frozenset("national citizen".split())


def _named_national(span: Span, sent: Span) -> Token | None:
    """The name's head where the demonym ``span`` is a named person's nationality: "<demonym>
    national <Name>" ("Its managing director, Indian national Ravi Shankar Menon,", "a Kenyan citizen,
    Mary Wanjiru,"; not "three
    Serbian nationals", "a British national who"), however the parse hangs the demonym."""
    doc = sent.doc
    if span.end + 1 >= sent.end or doc[span.end].text not in _NATIONALS:  # not "the Indian National Congress"
        return None
    first = span.end + 2 if span.end + 2 < sent.end and doc[span.end + 1].text == "," else span.end + 1
    head = doc[first]  # "a Kenyan citizen, Mary Wanjiru,": the name in apposition
    name = ent_at(doc, first)
    if not head.is_title or name is not None and (name.label_ not in {"PERSON", "NORP", "PRODUCT"} or name._.code):
        return None  # a name, even one the tagger took for something else ("Yonas" NORP, "Tesfaye" PRODUCT)
    while head.dep_ in {"compound", "flat"} and head.head.i > head.i and head.head.is_title:
        head = head.head
    return head


# a private profession: a demonym on it is a nationality ("the British barrister", "a Venezuelan
# lawyer"), not a state's office ("a Venezuelan diplomat", "the state's lawyer")
_PRIVATE_PROFESSIONS = frozenset("""barrister barristers lawyer lawyers attorney attorneys solicitor solicitors
    journalist journalists reporter reporters businessman businessmen businesswoman businesswomen
    entrepreneur entrepreneurs banker bankers commentator commentators columnist columnists pundit pundits
    blogger bloggers voter voters""".split())


def _researcher(token: Token) -> bool:
    """ "analysts", "a senior fellow": one who works at a think tank."""
    word = token.lower_
    return word in _RESEARCHERS or (word.endswith("s") and word[:-1] in _RESEARCHERS)


def _think_tank(token: Token) -> bool:
    """A name of a body that codes no actor and is no state's own: "CSIS", "the IISS", "Chatham
    House", "Carnegie", "the Center for Strategic and International Studies" (not "the Foreign
    Ministry", "the UN", "Oxford")."""
    if not (token.is_title or token.is_upper) or not token.is_alpha:
        return False
    ent = ent_at(token.doc, token.i)
    if ent is None:  # a name the tagger missed: "the Egyptian Center for Strategic Studies"
        return token.i > token.sent.start and not any(t.lower_ in _GOVERNMENT_WORDS for t in token.subtree)
    if ent.label_ in {"GPE", "LOC", "NORP"} or (ent._.code and ent._.kind in ACTOR_KINDS):
        return False
    return not any(t.lower_ in _GOVERNMENT_WORDS for t in ent)


def _singular(token: Token) -> str:
    """The word in lower case without a plural's "s": "diplomat" for "diplomats"."""
    word = token.lower_
    return word[:-1] if word.endswith("s") and word[:-1] in _PERSON_NOUNS | _FOREIGN_OFFICES else word


_SECRETARIATS = frozenset({"secretariat", "headquarters"})
_CHANNELS = frozenset({"channel", "channels"})


def _mission_seat(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """The city a foreign state's embassy sits in: "The Chinese embassy in Canberra did not
    respond" is China's, not Australia's; and the city an organisation named just before "in"
    sits in: "an economist at the IMF in Washington", "the African Union in Addis Ababa", also an
    owner's headquarters that is no state's ("the agency's headquarters in Vienna") or an organisation's
    secretariat or headquarters ("the OPEC secretariat in Vienna")."""
    mission = _placed_in(sent, actor)
    if mission is not None and any(a.kind == "organisation" and a.code != actor.code and a.code not in STATE_CODES
                                   and a.start <= mission.idx < a.end for a in found):
        return True  # where an organisation sits: "an economist at the IMF in Washington"
    if mission is not None and mission.lower_ in _MISSIONS and mission.dep_ == "pobj" and any(
            c.dep_ == "poss" and c.lower_ in _STANDING_PRONOUNS for c in mission.children):
        return True  # a channel, not what is acted on: "lodged a protest ... through its embassy in Beijing"
    if mission is not None and mission.lower_ in _CHANNELS and mission.dep_ == "pobj" and mission.head.lower_ in {
            "through", "via"}:
        return True  # "lodged a protest with Pyongyang through diplomatic channels in Beijing"
    if mission is not None and mission.lower_ == "headquarters" and any(
            c.dep_ == "poss" and not any(a.code in STATE_CODES and a.start <= c.idx < a.end for a in found)
            for c in mission.children):
        return True  # "at the agency's headquarters in Vienna" (not a state's own)
    if mission is not None and mission.lower_ in _SECRETARIATS and any(
            c.dep_ in {"poss", "compound"} and any(a.kind == "organisation" and a.code not in STATE_CODES
                                                   and a.start <= c.idx < a.end for a in found)
            for c in mission.children):
        return True  # an organisation's seat: "the OPEC secretariat in Vienna", "the UN headquarters in New York"
    if mission is not None and mission.lower_ not in _MISSIONS:
        # "A Chinese embassy spokesperson in Manila": the spokesperson's embassy
        mission = next((c for c in mission.children if c.dep_ == "compound" and c.lower_ in _MISSIONS), None)
    if mission is None:
        return False
    owners = [t for t in mission.children if t.dep_ in {"amod", "compound", "poss"}]
    return any(a.code != actor.code and a.code in STATE_CODES and any(a.start <= t.idx < a.end for t in owners)
               for a in found)


def _reporting_agent(sent: Span, attribution: Attribution) -> Span | None:
    """The reporting source a passive cue names as its agent, outside the speaker phrase: "X was
    cited by the Egyptian daily Al-Masry Al-Youm as saying", "was quoted by state media as
    saying" (not an official's agent, "was quoted by the foreign ministry's press office")."""
    for verb in sent:
        if verb.lower_ != attribution.cue.lower() or verb.idx < attribution.end:
            continue
        for prep in verb.children:
            if prep.dep_ != "agent":
                continue
            phrase = sent.doc[prep.left_edge.i : prep.right_edge.i + 1]
            if any(t.lower_ in _MEDIA and not _official(t) for t in phrase):
                return phrase
    return None


def _venue_capital(actor: ActorMention, sent: Span, fronted: bool = True) -> bool:
    """A capital named as where others meet or sign: "Chinese negotiators at the talks in Kuala
    Lumpur" (no source nor target of the talks); also a state or capital named as where something
    is held, signed or said ("signed a declaration of principles in Doha", "told reporters in
    Pristina", "by the 2027 summit in Brazil"), travelled to for a meeting ("returned to Doha for
    a fresh round of talks") or in a place phrase before the subject ("Back in Canberra, the
    opposition ...", unless not ``fronted``)."""
    if actor.via == "capital" and _VENUE_BEFORE.search(span_text(sent)[: max(0, actor.start - sent.start_char)]):
        return True
    if actor.via not in {"capital", "name", "demonym", "org", "body"} or not sent.doc.has_annotation("DEP"):
        return False
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None:
        return False
    if actor.via in {"demonym", "name"} and _chairing(mention.root):
        return True  # the state that chairs in turn, no party to what is done under it: "met under the French Presidency"
    if _setting(actor, mention.root):
        return True  # where things happen or others vie: "Whatever happened in ECOWAS", "will keep competing in Syria"
    place, venue_preps = _venue_place(mention.root)
    if actor.via == "org" and (_forum(mention.root) or _attended(mention)):
        # where others act: "coordinate their responses at the UN Security Council", "after attending
        # the AU leaders' summit"
        return True
    if actor.via == "body" and mention.root.dep_ == "pobj" and mention.root.head.lower_ == "before" \
            and mention.root.head.head.lower_ in _TESTIFYING:
        return True  # where a witness speaks: "In testimony before the House Foreign Affairs Committee, the envoy said"
    if actor.via in {"demonym", "org", "body"} and place.i == mention.root.i:
        return False  # only as the capital or the seat it names: "in the Tongan capital", "at the UNIFIL headquarters",
        # "at the Itamaraty Palace"
    if place.dep_ != "pobj":
        return False
    prep = place.head
    if prep.lower_ in venue_preps and prep.head.dep_ == "parataxis" and _fronted_place(prep, sent):
        # the place of the main clause, not of a speaker's aside the parse hangs it on: "In Sudan, the
        # speaker said, Abu Dhabi and Riyadh have backed different sides" (a party), "In Doha, the
        # minister said, the two sides met twice" (a venue)
        return _venue_of(prep.head.head)
    building = place.lower_ in _SEAT_NOUNS or (place.i != mention.root.i and mention.root.head.lower_ in _SEAT_NOUNS) \
        or (place.i == mention.root.i and mention.root.lower_ in _SEAT_NOUNS)
    if prep.lower_ in venue_preps and ((fronted and _fronted_place(prep, sent))
                                       or _venue_of(prep.head, building, actor.code)):
        return True
    if prep.lower_ == "to" and prep.head.lower_ == "posted" and _venue_of(prep.head):
        return True  # where someone is posted: "When I was posted to Addis Ababa" (not "troops posted to")
    if prep.lower_ == "to" and prep.head.lower_ in _MOVING and any(
            c.dep_ in {"nsubjpass", "dobj"} and c.lower_ in _VENUE_WORDS | _CONTESTS for c in prep.head.children):
        return True  # where an event is moved: "the match was moved to the United Arab Emirates" (not "its embassy")
    # travelled to for a meeting: "returned to Doha for a fresh round of talks", "invited the two
    # negotiators to Brussels ... for the first high-level meeting" (not "sent an envoy to Islamabad")
    # or to attend one: "will fly to Pretoria on Monday to attend the AU summit"
    return (prep.lower_ in {"to", "in"} and prep.head.lower_ in _TRAVEL_VERBS
            and any(c.dep_ == "prep" and c.lower_ == "for" and any(t.lower_ in _VENUE_WORDS for t in c.subtree)
                    or c.dep_ in {"advcl", "xcomp"} and c.lower_ in _ATTENDING
                    and any(t.dep_ == "dobj" and t.lower_ in _VENUE_WORDS for t in c.children)
                    for c in [*prep.head.children, *mention.root.children]))


# a body's presidency held in turn, under or during which others meet: "under the French Presidency"
_CHAIRS = frozenset("presidency chairmanship chairship".split())


def _chairing(root: Token) -> bool:
    """A state's demonym, name or possessive on a presidency "under" or "during" which others meet
    or act, the chair in turn: "the Leaders met in Evian under the French Presidency", "during
    Poland's presidency of the Council" (not "the French presidency said")."""
    noun = root.head if root.dep_ in {"amod", "compound", "poss"} else None
    return (noun is not None and noun.i != root.i and noun.lower_ in _CHAIRS and noun.dep_ == "pobj"
            and noun.head.lower_ in {"under", "during"})


# what happens somewhere, whose "in" is a setting: "Whatever happened in ECOWAS"
_HAPPENING = frozenset("happen happens happened happening occur occurs occurred occurring".split())
# vying or working together somewhere, whose "in" is where: "will keep competing in Syria"
_VYING = frozenset("""compete competes competed competing vie vies vied vying jostle jostles jostled jostling
    cooperate cooperates cooperated cooperating""".split())


def _no_party_setting(sent: Span, actor: ActorMention) -> bool:
    """Whether ``actor`` is named as a setting (``_setting``) or a chair in turn (``_chairing``)."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return mention is not None and (_setting(actor, mention.root)
                                    or actor.via in {"demonym", "name"} and _chairing(mention.root))


def _setting(actor: ActorMention, root: Token) -> bool:
    """An organisation named as where things happened, after "in" or "within" ("Whatever happened in
    ECOWAS, we share a border"), or a state or capital named as where others compete or cooperate,
    after "in" ("Both sides will keep competing in Syria"): a place, no party (not "Russia competes
    with Turkey", "compete for influence in Syria" is where too)."""
    if root.dep_ != "pobj" or root.head.i == root.i:
        return False
    prep, verb = root.head.lower_, root.head.head
    if actor.via == "org":
        return prep in {"in", "within"} and verb.lower_ in _HAPPENING
    if actor.via not in {"name", "capital"} or prep != "in":
        return False
    while verb.dep_ == "pobj" and verb.head.lower_ == "for" and verb.head.head.i != verb.i:
        verb = verb.head.head  # "compete for influence in Syria"
    return verb.lower_ in _VYING


# what a seat of government sends out: "In a statement from the Elysee Palace, the president said"
_SENT_OUT = frozenset("""statement statements message messages address speech letter communique communiqué readout
    remarks""".split())


def _statement_seat(sent: Span, actor: ActorMention) -> bool:
    """A seat of government named as where a statement comes from, "from" on the statement, a
    place with no role (its state is who speaks, no target): "In a statement from the Elysee
    Palace, the president said", "a message from the Kremlin"."""
    if actor.via != "capital":
        return False
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return (mention is not None and mention.root.dep_ == "pobj" and mention.root.head.lower_ == "from"
            and mention.root.head.head.lower_ in _SENT_OUT)


_SUMMONED = frozenset("summon summons summoned summoning".split())
# the words of a title between an office's name and the person it names: " spokesperson ", " deputy spokesman "
_TITLE_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")


def _summoned_to(sent: Span, actor: ActorMention) -> bool:
    """A seat of government or capital a diplomat is summoned to, a place with no role (its state,
    which summons, stays in the pairs): "the charge d'affaires, who was summoned to South Block"."""
    if actor.via != "capital":
        return False
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return (mention is not None and mention.root.dep_ == "pobj" and mention.root.head.lower_ == "to"
            and mention.root.head.head.lower_ in _SUMMONED)


# testifying "before" a committee: the committee is where a witness speaks
_TESTIFYING = frozenset("""testimony testify testifies testified testifying hearing hearings appear appears appeared
    appearing""".split())
# an event moved to a place, its venue: "The match was moved to the UAE", "relocated the summit to Nairobi"
_MOVING = frozenset("""move moves moved moving relocate relocates relocated relocating shift shifts shifted shifting
    switch switches switched switching transfer transfers transferred transferring""".split())
_CONTESTS = frozenset("""match matches game games final finals semi-final tournament fixture fixtures race series
    championship championships cup olympics festival concert""".split())


# a case taken to an organisation, which is then a party to it (not a matter raised there, which
# others hear: "We will raise this at the Arctic Council" is a forum)
_TAKEN_TO = frozenset("""complaint complaints case cases dispute disputes appeal appeals challenge challenges challenged
    file files filed""".split())


# verbs whose object "case" is a position argued, not a case filed: "press its case", "make the case for"
_ARGUING = frozenset("""press presses pressed pressing make makes made making put puts putting argue argues argued
    arguing plead pleads pleaded pleading state states stated stating""".split())


def _forum(root: Token) -> bool:
    """An organisation named after "at" on what others do, its forum: "coordinate their responses
    at the United Nations Security Council", "the vote at the WTO"; not a person there ("an
    economist at the IMF", "Kenya's ambassador at the UN"), nor "at the request of". So are the
    examples of such a forum: "at regional fora, including the African Union and IGAD-led talks",
    and a meeting of it: "clashed at a meeting of the ASEAN Regional Forum"."""
    root = _forum_example(root) or root
    while root.dep_ == "compound" and root.head.i != root.i and root.head.is_title:
        root = root.head  # a body of it by its capitalised name: "at the United Nations Special Committee on Decolonization"
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # every one of a list after "at": "raising this at the United Nations and the OAS"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _MEETINGS | {"session", "sessions"}:
        root = root.head.head  # a meeting of it, as it: "clashed at a meeting of the ASEAN Regional Forum"
    if root.lower_ in _MEETINGS and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _MOMENTS:
        root = root.head.head  # a moment of its meeting: "at the close of the 48th ASEAN Summit"
    if root.dep_ != "pobj" or root.head.lower_ != "at":
        return False
    host = root.head.head
    if host.lower_ == "case" and host.dep_ == "dobj" and host.head.lower_ in _ARGUING:
        return True  # a position argued there, no case taken to it: "press its case at the United Nations"
    if {host.lower_, host.head.lower_, *(c.lower_ for c in host.children)} & _TAKEN_TO:
        return False  # a case taken to it makes it a party: "drop a complaint against those curbs at the WTO"
    return not (_singular(host) in _PERSON_NOUNS or _researcher(host) or host.lower_ in _PRIVATE_PEOPLE
                or host.ent_type_ == "PERSON" or host.lower_ in {"request", "invitation", "behest", "urging"})


_ATTENDING = frozenset("attend attends attended attending".split())
# a moment of a meeting, "at" which something happens: "at the close of the ASEAN Summit"
_MOMENTS = frozenset("close end opening start conclusion outset".split())


def _attended(mention: Span) -> bool:
    """Whether an organisation's name ``mention`` names a meeting someone attends, its forum: "after
    attending the AU leaders' summit", "to attend the G20 summit"; not one side of a hyphenated
    pair, a meeting between it and another ("attend the CELAC-EU summit")."""
    doc = mention.doc
    if (mention.start > 0 and doc[mention.start - 1].text in _HYPHENS) or (
            mention.end < len(doc) and doc[mention.end].text in _HYPHENS):
        return False
    root = mention.root
    for _ in range(3):
        if root.dep_ not in {"compound", "poss", "amod", "nmod"} or root.head.i == root.i:
            break
        root = root.head
    return (root.lower_ in _MEETINGS | _VENUE_WORDS | {"forum"} and root.dep_ == "dobj"
            and root.head.lower_ in _ATTENDING)


def _forum_example(root: Token) -> Token | None:
    """The object of "at" whose examples ``root`` is in, after "including", "like" or "such as", a
    word on one too ("IGAD-led talks"), or None."""
    top = root
    while top.dep_ in {"npadvmod", "amod", "compound"} and top.head.i != top.i:
        top = top.head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    prep = top.head
    if top.dep_ != "pobj" or not (prep.lower_ in {"including", "like"} or prep.lower_ == "as" and prep.i > 0
                                  and prep.doc[prep.i - 1].lower_ == "such"):
        return None
    noun = prep.head if prep.lower_ != "as" else prep.doc[prep.i - 1].head
    return noun if noun.dep_ == "pobj" and noun.head.lower_ == "at" else None


def _carried_to(sent: Span, actor: ActorMention) -> bool:
    """A state or capital named as where a carrier goes, a place with no role: "a second daily
    flight to Addis Ababa", "cancelled its flights to Bangkok" (not "a visit to Seoul", "exports
    to Uganda"). Unlike a venue, it stays in the sentence's pairs."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return (actor.via in {"capital", "name"} and mention is not None and mention.root.dep_ == "pobj"
            and mention.root.head.lower_ == "to" and mention.root.head.head.lower_ in _CARRIERS)


def _gone_home(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A capital a verb of travel goes to whose subject is of that capital's own state, where the
    traveller goes home, a place with no role: "Ruto is expected to return to Nairobi on Sunday"
    (not "Ruto will fly to Addis Ababa")."""
    if actor.via != "capital":
        return False
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None or mention.root.dep_ != "pobj" or mention.root.head.lower_ != "to":
        return False
    verb = mention.root.head.head
    if verb.lower_ not in _TRAVEL_VERBS - {"invite", "invites", "invited"}:
        return False
    while verb.dep_ in {"xcomp", "conj"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(
        any(a.code == actor.code and a.start <= t.idx < a.end for a in found) for t in subjects)


def _travelled_to(sent: Span, actor: ActorMention) -> bool:
    """A capital named as where a verb of travel goes, with no purpose of its own after it: "We
    will come to Brussels" (not "will fly to Doha to meet the emir"), or that a traveller leaves:
    "Trump is due to leave Ankara on Thursday"; also one named by its state's demonym, "who arrived
    in the Turkish capital"."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None or actor.via not in {"capital", "demonym"}:
        return False
    root = mention.root
    if actor.via == "demonym":
        if root.dep_ not in {"amod", "compound"} or root.head.lower_ != "capital":
            return False
        root = root.head  # "arrived in the Turkish capital"
    if root.dep_ == "dobj" and root.head.lower_ in _LEAVING:
        verb = root.head
    elif root.dep_ != "pobj" or root.head.lower_ not in {"to", "in"}:
        return False
    else:
        verb = root.head.head
    if root.head.lower_ == "in" and not verb.lower_.startswith("arriv"):
        return False  # "has not travelled well in Dhaka"
    clause = [verb, *list(verb.ancestors)[:5]]
    movers = [*clause, *(c for t in clause for c in t.children if c.dep_ in {"nsubj", "appos"})]
    movers += [t.head for t in movers if t.dep_ == "appos"]
    if any(_singular(t) in {"envoy", "mediator", "emissary"} for t in movers):
        return False  # shuttle diplomacy: "a special envoy, ..., who is due to fly to Bangkok"
    return verb.lower_ in _TRAVEL_VERBS - {"invite", "invites", "invited"} | _LEAVING and not any(
        c.dep_ in {"advcl", "xcomp"} and c.i > root.i and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)
        for c in verb.children)


# verbs of leaving a place, their object: "is due to leave Ankara on Thursday"
_LEAVING = frozenset("leave leaves left leaving depart departs departed departing".split())


def _venue_place(root: Token) -> tuple[Token, frozenset[str]]:
    """The place whose preposition says whether a state's name (its token ``root``) is a venue,
    and the prepositions that make it one: the place the state is apposed to ("met in Argyle, St
    Vincent": Argyle), the island or city the state names ("met at Argyle International Airport,
    on the island of Saint Vincent": "on" too); else the name itself, "in" or "at"."""
    if root.dep_ == "appos" and root.head.dep_ == "pobj" and (root.head.is_title or root.head.lower_ in _PLACE_NOUNS):
        return root.head, frozenset({"in", "at"})  # also "in the capital Ankara"
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # a later member of a list of places: "interviews in Yerevan, Baku and Brussels"
    if root.dep_ in {"compound", "amod"} and root.head.dep_ == "pobj" and root.head.lower_ in _PLACE_NOUNS:
        return root.head, frozenset({"in", "at"})  # "gather in the Solomon Islands capital", "in the Tongan capital"
    if root.dep_ in {"compound", "poss"} and root.head.dep_ == "pobj" and root.head.lower_ in _SEAT_NOUNS:
        return root.head, frozenset({"in", "at"})
    prep = root.head
    if (root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _PLACE_NOUNS
            and prep.head.dep_ == "pobj"):
        return prep.head, frozenset({"in", "at", "on"})
    return root, frozenset({"in", "at"})


def _venue_of(token: Token, building: bool = False, code: str | None = None) -> bool:
    """Whether a place "in" or "at" ``token`` is where something is held, signed or said: the
    word, or the verb it is the object of, names a meeting, a signing or speech, or the verb's
    subject is a meeting ("The summit closed at Bharat Mandapam in New Delhi"), or the place is
    where the verb it directly follows agrees or answers ("agreed on Wednesday in Algiers to reopen",
    "responded hours later in Georgetown"). A
    person received ("Sugiono will be received by President Lula at the Planalto Palace") or sat
    down with ("sat down with BIRN in Pristina") is met. A place after a partner is where the
    partner sits ("signed a memorandum with the government in Tripoli"), not a ``building`` ("by
    President Lula at the Planalto Palace"), nor after a person, who is met there ("held talks with
    President Tokayev in Astana"), nor after a partner the place cannot stand for, a name with no
    code ("with BIRN in Pristina"), nor right after a name coded other than the place's ``code`` or
    a group that is no government ("signed an accord with the AU in Pretoria", "with the rebels in
    Nairobi"; not "between Algiers and the military government in Bamako")."""
    if token.lower_ in _AGREEING - {"disagree", "disagrees", "disagreed", "disagreeing"} or token.lower_ in _CROWDS \
            or token.lower_ in _ANSWERING \
            or (token.lower_ in _PROMISING and not any(c.dep_ == "dobj" for c in token.children)):
        return True
    first = token.i  # the word the place follows, the one partner it may be the seat of
    for _ in range(6):
        word = token.lower_
        if word in _VENUE_WORDS | _VENUE_VERBS | _FIXTURES or (word == "place" and token.head.lower_.startswith("tak")):
            return True
        if word in _TIE_VERBS and any(c.dep_ == "dobj" and c.lower_ in {"ties", "relations"} for c in token.children):
            return True  # ties have no place, the place is where they were mended: "agreed to restore diplomatic ties in Riyadh"
        if word in _NAMED_VENUES and token.is_title and token.i > token.sent.start and token.nbor(-1).is_title:
            return True  # a named hotel's city: "The Grand Palace Hotel in Tashkent will close" (not "hotels")
        if (word in {"take", "takes", "took", "taken", "taking"} and any(
                c.dep_ == "dobj" and c.lower_ == "place" for c in token.children)) or (
                word in {"reach", "reaches", "reached", "reaching"} and (any(
                c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _REACHED for c in token.children)
                or (token.dep_ == "acl" and (token.head.lower_ in _REACHED or token.nbor(-1).lower_ in _REACHED)))):
            # "scheduled to take place in Muscat", "The understanding was reached in Doha", "a breach of
            # the understanding reached in Nuku'alofa", also where the parse hung the participle on the
            # noun before (a quotation: "would be \"a breach of the understanding reached in Nuku'alofa\"")
            return True
        if word in _SITTING_VERBS:
            sitting = token.head if token.dep_ in {"acl", "relcl"} else next(
                (c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), token)
            return sitting.lower_ not in _STATIONED
        if word in _RECEIVING and any(c.dep_ in {"nsubjpass", "dobj"} and _person(c) for c in token.children):
            return True
        if word in _SITTING_DOWN and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
            return True
        if (token.dep_ == "pobj" and token.head.dep_ == "agent" and token.lower_ in _GATHERED
                and token.head.head.dep_ == "acl" and token.head.head.lower_ in _PROMISING | _ENDORSED):
            # where a gathering endorsed a thing: "the Pacific Policing Initiative, endorsed by leaders in Tonga"
            return True
        if token.dep_ in {"pobj", "pcomp"} and token.head.lower_ in {"with", "against", "between", "among", "from", "by"} \
                and not building and not _person(token) and not _uncoded_name(token) \
                and not (token.head.lower_ == "between" and _singular(token) in _PERSON_NOUNS - {"official"}) \
                and not (token.i == first and _seatless(token, code)):
            # where the partner sits: "signed a memorandum with the government in Tripoli" (a person
            # is met there: "held talks with Kazakh President Kassym-Jomart Tokayev in Astana", and so
            # are people by their office between whom talks are held: "talks between their special
            # representatives in New Delhi"; not "officials", who may be the place's government)
            return False
        if token.dep_ not in {"pobj", "pcomp", "prep", "agent", "dobj", "dative", "compound", "appos", "conj"} \
                or token.head.i == token.i:
            # the clause's verb: a meeting as its subject
            return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _VENUE_WORDS | _FIXTURES for c in token.children)
        token = token.head
    return False


# partners with no seat in a state's capital: "signed a deal with the rebels in Nairobi"
_SEATLESS = frozenset("""rebels rebel insurgents militants militias militia guerrillas separatists fighters
    opposition""".split())


def _seatless(token: Token, code: str | None) -> bool:
    """Whether the partner ``token`` cannot sit where a place after it coded ``code`` is: a name
    coded otherwise ("a peace deal with the FARC in Havana", "an accord with the AU in Pretoria")
    or armed or opposition groups ("with the rebels in Nairobi"); not "the government in Tripoli"."""
    ent = ent_at(token.doc, token.i)
    if ent is not None and ent._.code:
        return code is not None and ent._.code != code
    return token.lower_ in _SEATLESS


# verbs that make or mend ties between states, whose place is where that was agreed
_TIE_VERBS = frozenset("""restore restores restored restoring establish establishes established establishing
    re-establish re-establishes re-established re-establishing normalise normalises normalised normalising
    normalize normalizes normalized normalizing resume resumes resumed resuming""".split())


# a sports fixture, whose place is a venue: "the final in Abu Dhabi", "The match was played in Dubai"
_FIXTURES = frozenset("""match matches final finals semi-final semi-finals tournament tournaments fixture fixtures
    championship championships olympics""".split())


def _fixture_venue(sent: Span, actor: ActorMention) -> bool:
    """A state or capital named as where a sports fixture is played or moved to: "will meet in the
    final in Abu Dhabi", "The match was played in Abu Dhabi", "The Asia Cup group match was moved to
    the United Arab Emirates"; no party to it however often the story names it (not "The summit was
    moved to Kenya")."""
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in {"in", "at", "to"}:
        return False
    host = root.head.head
    return host.lower_ in _FIXTURES or any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lower_ in _FIXTURES for c in host.children)


def _organisations_meeting(sent: Span, actor: ActorMention, found: list[ActorMention] | None = None) -> bool:
    """A state or capital named as where an organisation's own meeting is held, the organisation
    named on the meeting: "told the Pacific Islands Forum leaders' meeting in Suva", "at the AU
    summit in Addis Ababa", or one of the actors ``found`` convening it: "Requests the Commission
    to convene a political dialogue in Addis Ababa" (the AU's); no party to it however often the
    story names it (not "talks in Doha")."""
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in {"in", "at"}:
        return False
    meeting = root.head.head
    if meeting.lower_ not in _MEETINGS | _VENUE_WORDS:
        return False
    # the verb that convenes it, also where the parse hangs the meeting apart after an aside ("to convene,
    # within the next 30 days, an inclusive dialogue in Addis Ababa")
    verbs = [meeting.head] if meeting.dep_ == "dobj" else [
        t for t in sent if t.lower_ in _CONVENING and not any(c.dep_ == "dobj" for c in t.children)
    ] if meeting.dep_ in {"appos", "dep", "npadvmod"} else []
    for verb in (v for v in verbs if v.lower_ in _CONVENING):
        conveners = [c for c in verb.children if c.dep_ == "nsubj"] or (
            [c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else [])
        if any(a.kind == "organisation" and a.code != actor.code and a.start <= t.idx < a.end
               for t in conveners for a in found or ()):
            return True
    return any((e := ent_at(sent.doc, i)) is not None and e._.kind == "organisation" and e._.code != actor.code
               for i in range(meeting.left_edge.i, meeting.i))


# verbs of calling a meeting, whose subject (or the one asked to) holds it
_CONVENING = frozenset("""convene convenes convened convening host hosts hosted hosting organise organises organised
    organising organize organizes organized organizing""".split())


def _person(token: Token) -> bool:
    """Whether ``token`` heads a person's name: "Minister Sugiono", "President Lula"."""
    ent = ent_at(token.doc, token.i)
    return ent is not None and ent.label_ == "PERSON"


def _uncoded_name(token: Token) -> bool:
    """Whether ``token`` heads a name that codes no actor and is no government's: "BIRN" (tagged as a
    place), "Goldman Sachs" (not "the Government of National Accord")."""
    ent = ent_at(token.doc, token.i)
    return (ent is not None and ent.label_ in {"ORG", "PERSON", "GPE"} and not ent._.code
            and not any(t.lower_ in _GOVERNMENT_WORDS for t in ent))


# where one stands while speaking, and the verbs of speaking or appearing it hangs on: "told reporters alongside
# Turkish President Tayyip Erdogan", "Standing next to Kenyan President William Ruto, he said"
_BESIDE = frozenset("alongside beside".split())
_STANDING = frozenset("standing stood sitting sat flanked".split())


def _beside_the_speaker(actor: ActorMention, sent: Span) -> bool:
    """A person, or the demonym on their title, named only as who stood beside a speaker as they spoke:
    "he told reporters alongside Turkish President Tayyip Erdogan", "Standing next to Kenyan President
    William Ruto, he said" (a bystander, no party to what is said; not "troops will train alongside US
    forces", an act done together, nor "Kishida appeared alongside Marcos at the signing")."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None:
        return False
    word = mention.root
    for _ in range(4):
        if word.dep_ not in {"compound", "amod", "appos", "flat", "poss"}:
            break
        word = word.head
    if word.dep_ != "pobj" or word.ent_type_ != "PERSON":
        return False
    prep = word.head
    if prep.lower_ == "to" and prep.head.lower_ == "next":
        prep = prep.head
    elif prep.lower_ not in _BESIDE:
        return False
    verb = prep.head
    return verb.text in CUES or (verb.lower_ in _STANDING and verb.head.text in CUES)


def _market_place(actor: ActorMention, sent: Span) -> bool:
    """A capital or state named only as where a market trades: "shares rose 3.2 per cent in
    Tokyo", "the ICE Futures Europe exchange in London", "The rouble weakened ... in Moscow"."""
    if actor.via not in {"capital", "name"} or not sent.doc.has_annotation("DEP"):
        return False
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None or mention.root.dep_ != "pobj" or mention.root.head.lower_ not in {"in", "on"}:
        return False
    token = mention.root.head.head
    for _ in range(6):
        if token.text in _MARKET_WORDS or token.text in _MARKET_PLACES and any(  # lower case: "Burma Market"
                c.dep_ in {"compound", "amod"} and (c.lower_ in _TRADED or c.is_title and token.lower_.startswith("exchange"))
                for c in token.children):  # "the ICE Futures Europe exchange", not "a Christmas market"
            return True
        if token.dep_ not in {"pobj", "prep", "dobj", "compound", "npadvmod"} or token.head.i == token.i:
            return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.text.lower() in _MARKET_WORDS or _listed_move(token, c))
                       for c in token.children)
        token = token.head
    return False


# verbs of a price's move: "Bank of Georgia fell 3.1% in London"
_PRICE_MOVES = frozenset("""fall falls fell falling rise rises rose risen rising slide slides slid sliding climb climbs
    climbed gain gains gained drop drops dropped jump jumps jumped slump slumped tumble tumbled surge surged plunge
    plunged edge edged dip dipped""".split())


def _listed_move(verb: Token, subject: Token) -> bool:
    """A firm's price moving by a share where it is listed: the subject a name that codes no actor
    (a company's: "Bank of Georgia", "Aramco") and a per cent on the verb ("fell 3.1% in London");
    not a state's or a body's ("Kenya's exports fell 3% in Nairobi"), nor a move by no per cent."""
    if verb.lower_ not in _PRICE_MOVES:
        return False
    # the subject's name, or one inside it ("Georgia" of "Bank of Georgia"), a firm's that codes no actor
    names = [e for t in subject.subtree if t.ent_type_ and (e := ent_at(t.doc, t.i)) is not None]
    if not names or any(e._.code or e._.kind in ACTOR_KINDS for e in names) or not any(
            e.label_ == "ORG" or e._.kind == "nonstate" for e in names):
        return False
    return any(t.text in {"%", "percent"} or (t.lower_ == "cent" and t.nbor(-1).lower_ == "per")
               for c in verb.children if c.dep_ in {"dobj", "npadvmod", "prep", "advmod"} for t in c.subtree)


def _fronted_place(prep: Token, sent: Span) -> bool:
    """A place phrase that opens the sentence before its subject, set off by a comma: "Back in
    Canberra, the opposition welcomed the deal", "In Pristina, an analyst said"."""
    start = prep.i - 1 if prep.i > sent.start and prep.doc[prep.i - 1].lower_ == "back" else prep.i
    end = prep.right_edge.i + 1
    apposed = [c for t in prep.subtree if t.dep_ == "pobj" and t.head.i == prep.i for c in t.children if c.dep_ == "appos"]
    if apposed and prep.doc[apposed[0].left_edge.i - 1].text == ",":
        end = apposed[0].left_edge.i - 1  # the speaker the parse apposed to the place: "In Abuja, Chidi Okonkwo ... argued"
    return start == sent.start and end < sent.end and prep.doc[end].text == ","


# the prepositions of a phrase that opens a sentence to date its deed: "Since the withdrawal of French forces, ..."
_TIME_PREPS = frozenset("since after before following until till during upon".split())


def _opening_phrase(prep: Token) -> int | None:
    """The index of the comma that closes ``prep``'s phrase, where the phrase opens its sentence
    and is set off by a comma before the main verb's subject; a subject the parse apposed to the
    phrase's noun is left out of it ("Since the withdrawal of French forces, Mali, Burkina Faso and
    Niger have deepened ties"). Else None."""
    doc = prep.doc
    if prep.dep_ not in {"prep", "mark"} or prep.i != prep.sent.start or prep.head.i <= prep.i:
        return None
    end = prep.right_edge.i + 1
    apposed = [c for t in prep.subtree if t.dep_ == "pobj" for c in t.children
               if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","]
    if apposed:
        end = apposed[0].left_edge.i - 1
    return end if end < prep.head.i and doc[end].text == "," else None


def _fronted_phrase_of(token: Token) -> Token | None:
    """The opening preposition whose phrase the parse apposed ``token`` to, where ``token`` is the
    subject of the main verb, which has none of its own: "Since the withdrawal of French forces,
    Mali, Burkina Faso and Niger have deepened security cooperation with Russia" (the parse hangs
    the three on "forces"); else None. Not an apposition inside the phrase ("After talks with Togo,
    its neighbour, Ghana signed")."""
    doc = token.doc
    if token.dep_ != "appos" or doc[token.left_edge.i - 1].text != ",":
        return None
    prep = token.head
    while prep.dep_ in {"pobj", "prep", "pcomp"} and prep.head.i != prep.i and prep.head.i < token.i:
        prep = prep.head
    verb = prep.head
    if _opening_phrase(prep) != token.left_edge.i - 1 or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return None
    between = doc[token.right_edge.i + 1 : verb.i]
    return prep if all(t.dep_ in {"aux", "auxpass", "neg", "advmod"} for t in between) else None


# a dependent territory's own government, legislature or head of government right after its name, which acts
# in its name: "The Falkland Islands Government", "the Falklands' government", "Gibraltar's Chief Minister"
_OWN_GOVERNMENT = re.compile(r"(?:['’]s?)?\s+(?:[Gg]overnment|Legislative (?:Assembly|Council)|[Ll]egislature|House of Assembly"
                             r"|Executive Council|[Cc]hief [Mm]inister|[Pp]remier)\b")


def _territorys_own_body(ent: Span) -> bool:
    """The dependent territory ``ent`` names its own government, legislature or head of government,
    which acts for it as a state's would ("The Falkland Islands Government responded", "the
    Falklands Legislative Assembly will debate"; not "a deal on Gibraltar", what a dispute is about)."""
    return _OWN_GOVERNMENT.match(ent.doc.text, ent.end_char) is not None


def _a_members_body(sent: Span, actor: ActorMention) -> bool:
    """The organisation only says which body an unnamed member belongs to, no party: "a diplomat from
    one ASEAN member state" (``unnamed_member``)."""
    span = sent.doc.char_span(actor.start, actor.end)
    return actor.kind == "organisation" and span is not None and unnamed_member(span)


def _without_role(actor: ActorMention) -> ActorMention:
    """``actor`` with no role."""
    return ActorMention(actor.text, actor.code, actor.kind, actor.via, actor.start, actor.end)


def _official(token: Token) -> bool:
    """ "press secretary", "press service", "news conference": a media word in an official's title; "a
    government source", "a senior defence source": a source inside a state, who speaks for it."""
    if token.lower_ in {"source", "sources"} and token.i > 0:
        return token.doc[token.i - 1].lower_ in _GOVERNMENT_SOURCE
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in _OFFICIAL_AFTER_MEDIA


def _role(token: Token) -> str | None:
    """source when the token is or modifies a subject or a passive's agent ("was overtaken by the
    United States"), target when an object, else None. A later member of a list has the first
    member's role ("Senegal and Ghana have appointed envoys": both source), and so has a state
    "of" a noun ("the governments of Mali and Niger agreed")."""
    owner = False
    for _ in range(8):
        if token.dep_ == "conj" and any(c.dep_ == "aux" and c.i < token.i for c in token.children) and any(
                c.lower_ in _INVERTING and c.i < token.i for c in token.children):
            return "source"  # the inverted subject of an elided clause: "and so does Petro", "nor did Mali"
        if token.dep_ == "conj" and _neither_subject(token):
            return "source"
        if token.dep_ == "conj" and token.head.i != token.i:
            token = _first_listed(token)  # however long the list: "signed by Brazil, ... and Indonesia"
            continue
        if (subject := _listed_above_all(token)) is not None:
            token = subject  # "The EU, and above all ECOWAS and the AU, are better placed": the subject's list
            continue
        if token.dep_ == "appos" and token.i >= 2 and token.doc[token.i - 1].text == "(":
            # an acronym in brackets after its long form has the long form's role, wherever the
            # parser hangs it: "the Intergovernmental Authority on Development (IGAD) said"
            long_form = next((e for e in token.doc.ents if e.end == token.i - 1), None)
            if long_form is not None and long_form.root.i != token.i:
                return _role(long_form.root)
        if token.dep_ == "appos" and token.ent_type_ == "PERSON" and (ent := ent_at(token.doc, token.i)) is not None and (
                deeper := [o for o in _apposed_offices(ent) if o.i < ent.start and o != token.head]):
            token = deeper[0]  # the office whose phrase the parser hung the name inside: "The head of the UN Office in Haiti, X,"
            continue
        if (token.dep_ == "pobj" and token.lower_ in {"side", "sides"} and token.head.lower_ == "on"
                and any(c.dep_ == "agent" for c in token.head.head.children)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)):
            # who acts on a passive verb's side: "talks led on the Iranian side by its deputy
            # minister" (not a place, "villages on the Thai side", "on the Armenian side of the border")
            return "source"
        if (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _ACTS
                and any(c.dep_ == "poss" for c in token.head.head.children)):
            return "target"  # whom what a noun names is done to by its possessor: "Russia's invasion of Ukraine"
        if (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _DONE_TO
                and token.ent_type_ not in {"DATE", "CARDINAL"}):
            return "target"  # ... also with no doer named: "A blockade of Cuba would hurt Mexico"
        if (token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lower_ in _WARS_IN
                and any(c.dep_ == "poss" or (c.dep_ in {"amod", "compound", "nmod"} and _coded_at(c.doc, c.i))
                        for c in token.head.head.children)):
            # ... and where its possessor or the state on it wages it: "Russia's war in Ukraine", "a Brazilian
            # military intervention in Paraguay" (not "Kenya's crackdown in Nairobi")
            return "target"
        if token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lower_ in _ACTS | _THREATS:
            return "source"  # who exerts what a noun names "from": "face mounting pressure from Beijing"
        if (token.dep_ == "npadvmod" and token.head.dep_ == "amod" and token.head.lower_ in _LEADS
                and token.i + 1 < token.head.i and token.doc[token.i + 1].text in {"-", "‐", "–"}):
            # a state that leads or backs what a noun names has the noun's role: "criticized the U.S.-led measures" (not
            # a tie, "the al Qaeda-linked insurgency")
            token = token.head
            continue
        if (token.dep_ in {"attr", "acomp"} and token.ent_type_ == "NORP" and token.head.lower_ in _LINKING
                and not any(c.dep_ == "det" for c in token.children)):
            return None  # the nationality a thing is said to have, a status claimed, no one acted on: "the islands
            # were, are and will be Argentine" (not "the winner was the Argentine side")
        if token.dep_ == "pobj" and token.head.lower_ in {"between", "among"} and _talks_around(token.head.head):
            return "source"  # the parties of talks that frame the clause: "after two days of talks between Ghana and Togo"
        if token.dep_ == "pobj" and token.head.lower_ in _SUBORDINATORS and _subject_of_next_verb(token):
            return "source"  # "as" the parser took for a preposition: "as Rapid Support Forces (RSF) tried to encircle"
        if token.dep_ == "pobj" and token.head.lower_ == "with" and _with_doer(token):
            return "source"  # who does what an absolute "with" tells: "Russia criticised ..., with Zakharova calling it"
        if token.dep_ == "pobj" and _first_listed(token.head.head).dep_ in _NOUN_DEPS and (
                token.head.lower_ in _PARTITIVE_PREPS or (token.head.lower_ == "for" and token.head.head.lower_ in _SPOKES)
                or (token.head.lower_ == "on" and token.lower_ in {"side", "sides"})):
            # "the governments of Mali", "relations between Greece and Turkey", "fighters from the
            # ELN", "officials on both sides", "a spokesperson for the foreign ministry": the noun's
            # role (not "sanctions on Russia" or "the envoy for Armenia", the state the noun is aimed at)
            token = token.head.head
            continue
        if token.dep_ == "pobj" and (token.head.lower_, token.head.head.lower_) == ("to", "according"):
            return "source"  # the speaker: "according to Malian officials"
        if token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lower_ in _COME:
            return "source"  # where the subject is from: "the first visitors come from Washington"
        if token.dep_ in {"amod", "compound", "poss", "nmod"} and token.head.lower_ in _ACTS | _AID | _WARS_IN | _DONE_TO and any(
                c.dep_ == "prep" and (c.lower_ in {"on", "against"} or (c.lower_ == "of" and token.dep_ == "poss")
                                      or (c.lower_ == "of" and token.head.lower_ in _DONE_TO)
                                      or (c.lower_ == "in" and token.head.lower_ in _WARS_IN)
                                      or (c.lower_ in {"for", "to"} and token.head.lower_ in _AID))
                for c in token.head.children):
            # who does what a noun names to another: "an Israeli strike on Iran", "Russia's invasion of
            # Ukraine" (its possessor, not "the Iraq war of 2003"), "a Chinese invasion of Taiwan", "a
            # Brazilian military intervention in Paraguay"
            return "source"
        if (token.dep_ in {"amod", "compound", "poss", "nmod"} and token.head.lower_ in _DEEDS
                and token.head.dep_ not in {"dobj", "oprd", "attr"}):
            # who does the deed a noun names: "Abiy Ahmed's push for access", "American military action"; not
            # where the deed is what another does something to, whose target its doer is: "The US condemned
            # China's actions", "rejected a Chinese bid"
            return "source"
        if token.dep_ == "pobj" and token.head.dep_ == "agent" and _passive(token.head.head):
            # a passive's agent: "was overtaken by the United States", "a pact signed by
            # Albanese" (not "has stood by the Maldives")
            return "source"
        if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "prep" and (
                token.head.head.dep_ in _NOUN_SLOTS and token.head.head.lower_ not in _ACTS_BY_PLACE):
            return "source"  # who does what a noun names: "a decision by Japan's National Security Council"
        if token.dep_ == "appos" and _fronted_phrase_of(token) is not None:
            return "source"  # the subject the parse apposed to an opening phrase: "Since the withdrawal of French forces, Mali ... have"
        if token.dep_ == "nsubj" and _pays_a_price(token.head):
            return "target"  # the one a threat is aimed at: "warned that Manila would pay a heavy price"
        if token.dep_ == "nsubj" and _for_infinitive(token.head):
            return "target"  # "called for Germany to go further", "wait for Washington to change"
        if token.dep_ == "nsubj" and _object_subject(token.head):
            return "target"  # "China urged Pakistan to continue", "to help the Bangladeshi people rebuild"
        if token.dep_ == "nsubj" and _object_relative(token.head) and _role(_first_listed(token.head.head)) == "target":
            return "target"  # whose thing the main verb acts on: "Moscow values the position that Ankara has taken"
        if token.dep_ == "nsubjpass" and not owner and _acted_on(token.head):
            return "target"  # a passive's subject, what is done to it: "until the ADF rebels are defeated"
        if token.dep_ in _SOURCE_DEPS or _clefted(token):
            return "source"
        if token.dep_ in _TARGET_DEPS:
            return "target"
        if token.dep_ not in _MODIFIER_DEPS or token.head.i == token.i:
            return None
        owner = owner or token.dep_ == "poss"  # "Beijing's retaliation has been calibrated": its own act
        token = token.head
    return None


# prepositions of a clause's circumstance, the time or setting of its deed: "was reached after talks between"
_CIRCUMSTANCES = frozenset("after before during following amid since through throughout at in via ahead".split())
# nouns of a relation between two others beside ``_RECIPROCAL_NOUNS``: "a broader arrangement between the bloc and Mali"
_ARRANGEMENTS = frozenset("arrangement arrangements consultations".split())
# what a thing opens "for" talks or relations to come: "pave the way for", "a new start for relations between"
_OPENINGS = frozenset("way path road ground groundwork basis stage door start".split())


def _talks_around(noun: Token) -> bool:
    """Whether ``noun``, which states hang on "between" or "among", is a relation of theirs (talks, an
    agreement, an arrangement) that a preposition of circumstance puts on the clause ("The deal was
    reached after two days of talks between Ghana and Togo", "ahead of talks between") or that a noun
    opens the way "for" ("pave the way for an arrangement between the bloc and Mali"): its parties do
    it, though no verb has it for its subject or object (not "called for talks between India and
    Pakistan", "hosted talks between", "support for talks between", "envoy for the dispute between": what
    another asks for or does, nor a noun's "a breakthrough in talks between")."""
    if noun.lower_ not in _RECIPROCAL_NOUNS | _ARRANGEMENTS:
        return False
    for _ in range(3):  # "two days of talks", "rounds of negotiations"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in _NOUN_DEPS:
            noun = noun.head.head
    if noun.dep_ != "pobj" or noun.head.dep_ not in {"prep", "advmod"}:
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return True
    return (prep.lower_ in _CIRCUMSTANCES and prep.head.dep_ in _VERB_DEPS) or (
        prep.lower_ == "for" and prep.head.lower_ in _OPENINGS and prep.head.dep_ in _NOUN_DEPS)


# words that open a clause of time or reason and may also be prepositions: "as Kenya tried to", "after Chad said"
_SUBORDINATORS = frozenset("as after before until since while".split())


def _subject_of_next_verb(token: Token) -> bool:
    """Whether ``token``, the object the parser gave a word that opens a clause ("as", "after"), is the
    subject of the verb right after it, which the parser joined to the main verb with no subject of its own:
    "Fighting intensified around the town as the Allied Democratic Forces (ADF) tried to encircle it"."""
    prep = token.head
    if prep.dep_ != "prep" or prep.head.dep_ not in _VERB_DEPS:
        return False
    following = token.right_edge.i + 1
    return any(c.dep_ == "conj" and c.i == following and not any(
        g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children) for c in prep.head.children)


def _with_doer(token: Token) -> bool:
    """Whether ``token``, the object of "with", is the subject of the participle the absolute phrase goes
    on to ("Russia criticised the plan, with Foreign Ministry spokesperson Maria Zakharova on Tuesday
    calling it destructive": Zakharova does the calling), wherever the parser hangs the participle, on the
    name or on the verb "with" is on; not a participle after a comma ("signed a deal with Kenya, citing")."""
    holder = token.head.head
    for part in [*token.children, *holder.children]:
        if (part.dep_ in {"acl", "advcl"} and part.i > token.right_edge.i and part.lower_.endswith("ing")
                and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in part.children)
                and (part.head.i == token.i or part.dep_ == "advcl")):
            between = token.doc[token.right_edge.i + 1 : part.i]
            return not any(t.is_punct or t.dep_ in {"cc", "mark", "nsubj"} for t in between)
    return False


_PAY = frozenset("pay pays paid paying".split())
# participles of a state, not of an act done to the subject: "Japan is committed to", "Iran is
# expected to", "the fleet is based in Bahrain", "Turkey is seen as"
_STATIVE_PARTICIPLES = _SITTING_VERBS | frozenset("""committed engaged involved interested concerned opposed
    determined prepared poised set scheduled expected supposed due divided united allied aligned tied linked
    represented seen known considered regarded believed thought said reported reputed obliged required forced
    compelled bound entitled allowed permitted deemed convinced worried pleased satisfied disappointed surprised
    alarmed encouraged inclined positioned placed situated composed made comprised stationed deployed garrisoned
    locked embroiled mired entangled caught trapped landlocked""".split())


def _object_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a restrictive relative clause on a verb's direct object whose relative
    word, if any, is the clause's object, so that its subject owns what the main verb acts on: "values
    the position that Ankara has taken", "will back any agreement the SAF accepts" (not one whose
    relative word is the subject, "a plan that gives Kenya", nor a place or a time, "the summit where
    Chile met Peru"; nor after a comma, an aside on what the clause did, "the ban, which China imposed",
    ", a decision Beijing has refused to recognise"; nor one that names another actor it acts on, "the
    sanctions the bloc imposed on Niger")."""
    noun = verb.head
    if verb.dep_ != "relcl" or _first_listed(noun).dep_ != "dobj" or noun.left_edge.i == 0 or any(
            t.text == "," for t in verb.doc[noun.left_edge.i - 1 : verb.left_edge.i]):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(_coded(t) for t in verb.subtree if not subject.left_edge.i <= t.i <= subject.right_edge.i):
        return False
    relative = [t for t in verb.subtree if t.lower_ in _RELATIVE_WORDS | {"where", "when", "whose"} and t.i < verb.i]
    if any(t.dep_ != "dobj" or t.head.i != verb.i for t in relative):
        return False
    return relative != [] or not any(c.dep_ == "dobj" for c in verb.children)


def _acted_on(verb: Token) -> bool:
    """Whether ``verb`` is a passive whose subject is what the act is done to, a target: "X was
    attacked by Y", "until the ADF rebels are defeated", also with a complement, "an official of the
    Malian embassy was declared persona non grata"; not a participle of a state ("Japan is
    committed to", ``_STATIVE_PARTICIPLES``), nor one with a clause its subject does ("Iran is
    expected to respond", "Kenya was asked to send troops", "was accused of supplying drones",
    "police were flown in to restore order")."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or verb.lower_ in _STATIVE_PARTICIPLES:
        return False
    return not any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children))
                   or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
                   for c in verb.children)


def _pays_a_price(verb: Token) -> bool:
    """Whether ``verb`` is "pay a price" or "pay dearly", what a threat says its subject will
    suffer: "warned that Manila would pay a heavy price" (not "Manila paid the bill")."""
    return verb.lower_ in _PAY and any(c.dep_ == "dobj" and c.lower_ == "price" or c.dep_ == "advmod"
                                       and c.lower_ == "dearly" for c in verb.children)


def _neither_subject(token: Token) -> bool:
    """A list opened by "neither" that the parse joined to the object of the clause before, though
    a verb of its own follows it with no subject: "The Maldives has a new president-elect, and
    neither New Delhi nor Beijing can yet be sure" (the subjects of "be"; not "Kenya invited
    neither Ethiopia nor Somalia")."""
    first = token
    while first.dep_ == "conj" and not any(c.dep_ == "preconj" and c.lower_ == "neither" for c in first.children):
        first = first.head
    if first.dep_ != "conj" or first.head.i == first.i:
        return False
    verb = first.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    after = first.right_edge.i + 1
    for later in verb.children:
        if later.dep_ == "conj" and later.i >= after and not any(
                c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in later.children):
            between = first.doc[after : later.i]
            return all(t.dep_ in {"aux", "auxpass", "advmod", "neg"} and t.head.i == later.i for t in between)
    return False


def _for_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive whose subject "for" opens right after the verb above, so
    that the subject is what that verb asks or waits for: "called for Germany to go further",
    "waited for Washington to change", "arranged for Somalia to receive the aid" (not "It is time
    for Washington to act")."""
    if verb.head.i == verb.i or verb.head.dep_ not in {"ROOT", "xcomp", "ccomp", "conj", "advcl", "relcl"}:
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "for"]
    return bool(marks) and marks[0].i > 0 and marks[0].i - 1 == verb.head.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _object_subject(verb: Token) -> bool:
    """Whether the subject of ``verb`` is the object of the verb above it: an infinitive's own
    subject, "China urged Pakistan to continue", "to help the Bangladeshi people rebuild" (not a
    finite clause's, "said Pakistan would continue", nor "for Pakistan to continue", nor what one
    expects another to do, "expect Washington to use tariffs": its doer)."""
    if (verb.dep_ not in {"ccomp", "xcomp"} or verb.head.i == verb.i or verb.head.dep_ in _NOUN_SLOTS
            or verb.head.lower_ in _EXPECTING):
        return False
    children = list(verb.children)
    if (verb.head.lower_ in _MANDATIVE and verb.i > verb.head.i and verb.text.islower()
            and not any(c.dep_ in {"aux", "auxpass"} or (c.dep_ == "mark" and c.lower_ != "that") for c in children)
            and not verb.lower_.endswith(("s", "ed")) and verb.lower_ not in _IRREGULAR_PAST
            and any(c.dep_ == "nsubj" and c.ent_type_ in {"GPE", "ORG", "PERSON"} and not c.lower_.endswith("s")
                    and not any(g.dep_ == "conj" for g in c.children) for c in children)):
        # a demand's plain form, its subject one named state, body or person, so that the form is no
        # present: "would demand Iran restore access", "insisted that Kigali withdraw" (not "insisting
        # that the two men share a programme")
        return True
    if any(c.dep_ in {"mark", "aux", "auxpass"} and c.lower_ != "to" for c in children):
        return False
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    return (to or verb.head.lower_ in _BARE_INFINITIVE_VERBS) and verb.i > verb.head.i


_OFFICIALS = _OFFICE_WORDS | _SPOKES | frozenset("""ministry ministries minister ministers official officials
    envoy ambassador secretary spokespeople deputy""".split())


def _main_clause_subject(token: Token | None) -> bool:
    """Whether ``token``, or the noun it modifies, is the subject of the sentence's main verb."""
    for _ in range(4):
        if token is None or token.dep_ not in {"compound", "poss", "amod", "appos", "conj"}:
            break
        token = token.head
    return token is not None and token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT"


def _members_of(sent: Span, org: ActorMention, subject: Token) -> bool:
    """Whether ``org`` names whose members the main verb's ``subject``, or a noun joined to it, are:
    "Saudi Arabia and other OPEC+ members", "Members of the G7" (not "G7 finance ministers")."""
    token = next((t for t in sent if t.idx == org.start), None)
    if token is None:
        return False
    head = token.head if token.dep_ in {"amod", "compound", "poss", "nmod"} else (
        token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None)
    if head is None or head.lower_ not in {"members", "member", "countries", "states"}:
        return False
    return head == subject or (head.dep_ == "conj" and head.head == subject)


def _said_clause(token: Token) -> bool:
    """Whether ``token`` is a subject of the sentence's main verb, or of the clause one person's
    cue reports: '"They won't risk it," he said' (not what people in the plural say they do)."""
    verb = token.head
    if verb.dep_ == "ROOT":
        return True
    cue = verb.head
    speaker = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return verb.dep_ == "ccomp" and cue.dep_ == "ROOT" and cue.text in CUES and _one_speaker(speaker)


def _one_speaker(token: Token | None) -> bool:
    """Whether the subject ``token`` of a cue is one person: "he", "she", a name ("Ana Ruiz said"), not
    people in the plural ("Officials said")."""
    return token is not None and (token.lower_ in {"he", "she"} or token.ent_type_ == "PERSON" or (
        token.is_title and not token.lower_.endswith("s") and token.lower_ not in _STANDING_PRONOUNS))


def _a_clause_subject(token: Token | None) -> bool:
    """Whether ``token`` is the one subject of a verb: "and Museveni promised"; not a name the parser
    made a second subject beside another ("at the time, Laurent Gbagbo, and the two men signed": the
    name is in apposition)."""
    return token is not None and token.dep_ in {"nsubj", "nsubjpass"} and sum(
        c.dep_ in {"nsubj", "nsubjpass"} for c in token.head.children) == 1


def _root_of(sent: Span, actor: ActorMention) -> Token | None:
    span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span.root if span is not None else None


def _token_at(sent: Span, char: int) -> Token | None:
    """The token of ``sent`` that holds the character at ``char``."""
    return next((t for t in sent if t.idx <= char < t.idx + len(t)), None)


def _sentence_own_state(sent: Span, found: list[ActorMention], body: re.Match[str]) -> str | None:
    """The state a body without its state (``body``, "the ministry", "the new government") is in the
    sentence's own words, where they give one: the state of a place right after it ("the new
    government in Damascus": SYR), or the one state whose official, by name or by office, is a
    subject before it ("Ukraine's Deputy Minister of Agrarian Policy Oksana Hrytsenko said the
    ministry": UKR; not an official of two states, nor a state named otherwise, "Ukraine's exports
    fell, the ministry said"); none else. Not a name others give ("the regime", "the junta")."""
    start, end = sent.start_char + body.start(), sent.start_char + body.end()
    if span_text(sent)[body.end() : body.end() + 4] == " in ":
        place = next((e for e in ents_of(sent) if e.start_char == end + 4), None)
        if place is not None and place._.code in STATE_CODES:
            return place._.code
    if re.search(r"\b(?:regime|junta)$", body.group(0), re.I):
        return None
    if (owner := _owned_before(sent, body)) is not None:
        return owner
    states = set()
    for a in found:
        if a.code not in STATE_CODES or a.role != "source" or not sent.start_char <= a.start < start:
            continue
        if a.kind == "person":
            states.add(a.code)
            continue
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "poss" and span.root.head.lower_ in _OFFICIALS:
            states.add(a.code)
    return next(iter(states)) if len(states) == 1 else None


def _owned_before(sent: Span, body: re.Match[str]) -> str | None:
    """The one state the sentence gives the same body before it, by its possessive or a place after
    "in" or "of" ("Moscow's central bank has spent its reserves, and the central bank cannot sell its
    gold": RUS; "the central bank in Moscow ... the central bank"), or the state named in a place
    phrase opening the sentence ("In Russia, the Government has raised taxes": RUS; a state's name,
    not a capital, which may be where a minister speaks), over the speaker's state of a transcript's
    turn."""
    text = span_text(sent)
    words = re.escape(re.sub(r"^(?:the|its) ", "", body.group(0), flags=re.I).lower())
    codes = set()
    for ent in ents_of(sent):
        at, to = ent.start_char - sent.start_char, ent.end_char - sent.start_char
        if ent._.code not in STATE_CODES or to > body.start():
            continue
        if (re.match(rf"['’]s (?:\w+ )?{words}\b", text[to:].lower())
                or re.search(rf"\b{words} (?:in|of) (?:the )?$", text[:at].lower())
                or (at == 3 and text.startswith("In ") and text[to : to + 1] == "," and ent._.via == "name")):
            codes.add(ent._.code)
    return codes.pop() if len(codes) == 1 else None


def _office_named_on(span: Span) -> bool:
    """Whether the name of the office in ``span`` goes on past it, in the complement of its "for" or
    "of": "the Minister for Defence" of "the Minister for Defence Industry"."""
    last = span[-1]
    return (last.dep_ == "compound" and last.head.i == span.end and last.head.dep_ == "pobj"
            and last.head.head.lower_ in {"for", "of"} and span.start <= last.head.head.i < span.end)


def _vocative(sent: Span, actor: ActorMention) -> bool:
    """Whether ``actor`` is a person addressed by name at the head of the sentence, set off by a
    comma, in a question or before the clause's own subject: "Prime Minister Takaichi, when will
    the first frigate be delivered?", "President Ruto, Nairobi said on Monday ..." (not a list or
    an apposition: "Mr Ruto, the Kenyan president, said")."""
    if actor.kind != "person":
        return False
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None or mention.end >= sent.end or sent.doc[mention.end].text != ",":
        return False
    root = mention.root
    if any(not (t.is_punct or (t.dep_ == "compound" and t.head.i == root.i)) for t in sent.doc[sent.start : mention.start]):
        return False  # a title before the name is part of the address: "President Ruto, will Kenya ...?"
    if any(c.dep_ in {"conj", "appos"} for c in root.children):
        return False
    question = span_text(sent).rstrip().rstrip('"\u201d\'').endswith("?")
    return question or root.dep_ in {"npadvmod", "vocative"} or any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i > mention.end for c in root.head.children)


def _office_holder_before(sent: Span, pronoun: Token, found: list[ActorMention], person: ActorMention) -> bool:
    """Whether an office held in another state than ``person``'s is the subject before the
    pronoun: in "Argentina's foreign ministry said the president would greet all his
    counterparts", "his" is Argentina's president, not the Brazilian named the sentence before."""
    states = {a.code for a in found if a.code in STATE_CODES and a.via != "context" and a.start < pronoun.idx}
    if not states or person.code in states:
        return False
    return any(t.lower_ in _OFFICE_WORDS and t.dep_ in {"nsubj", "nsubjpass"} and t.i < pronoun.i
               and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in sent)


def _between_named(sent: Span, members: list[ActorMention]) -> bool:
    """Whether two of ``members`` are listed as the object of a "between" of their own ("relations
    between Ethiopia and Eritrea"), and so named as a pair, not as go-betweens."""
    firsts = []
    for actor in members:
        span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            continue
        first = _first_listed(_noun(span.root, frozenset({"compound", "amod"})))
        if first.dep_ == "pobj" and first.head.lower_ == "between":
            firsts.append(first.i)
    return len(firsts) >= 2 and len(set(firsts)) < len(firsts)


def _listed_above_all(token: Token) -> Token | None:
    """The subject a list member set off by "and above all" joins, where the parser hangs it on the verb
    as the object of "above" ("The European Union, and above all ECOWAS, are better placed"); else None."""
    token = _first_listed(token)
    above = token.head
    if token.dep_ != "pobj" or above.lower_ != "above" or not any(c.lower_ == "all" for c in token.children):
        return None
    if above.dep_ == "conj" or above.dep_ == "prep" and above.head.dep_ in {"nsubj", "nsubjpass"}:
        # or as a member of the subject's list, or on the subject: "NATO, and above all the EU,"
        subject = _first_listed(above.head if above.dep_ == "prep" else above)
        return subject if subject.dep_ in {"nsubj", "nsubjpass"} else None
    before = token.doc[above.i - 1] if above.i > 0 else None
    if before is None or before.lower_ != "and" or before.dep_ != "cc" or before.head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return before.head if before.head.head.i == above.head.i else None


def _first_listed(token: Token) -> Token:
    """The first member of the list ``token`` is in: a noun listed after the first is a noun too
    ("President Ruto of Kenya, President Kagame of Rwanda"; "Iran and the E3 group of Britain"), however long the list."""
    for _ in range(len(token.doc)):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token


def _own_pronoun(sent: Span, person: ActorMention) -> str | None:
    """The gender a possessive on the object of a person's own verb shows: "m" for Abdelatty in
    "Abdelatty met his counterpart"."""
    mention = sent.doc.char_span(person.start, person.end, alignment_mode="expand")
    if mention is None or mention.root.dep_ != "nsubj":
        return None
    for obj in mention.root.head.children:
        if obj.dep_ == "dobj":
            for owner in obj.children:
                if owner.dep_ == "poss" and owner.lower_ in {"his", "her"}:
                    return _PRONOUNS[owner.lower_]
    return None


def _clefted(token: Token) -> bool:
    """The subject a cleft puts first: "It was Washington that stopped the slide", also with an
    apposition the parser may hang the clause on ("It was Malaysia, as ASEAN chair, that brought")."""
    head = token.head
    clauses = [*head.children, *token.children, *(t for t in head.subtree if t.i > token.i and t.head.i > token.i)]
    return (token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
            and any(c.dep_ in {"ccomp", "relcl", "advcl"} and any(s.dep_ == "nsubj" and s.lower_ in {"that", "who"}
                                                         for s in c.children) for c in clauses))


def _passive(verb: Token) -> bool:
    """A verb in the passive: with its auxiliary ("was overtaken"), a participle on a noun ("a
    pact signed by"), or a later verb of either ("was signed ... and approved by Congress")."""
    for _ in range(3):
        if verb.dep_ in {"acl", "advcl"} or any(c.dep_ == "auxpass" for c in verb.children):
            return True
        if verb.dep_ not in {"conj", "xcomp", "oprd", "ccomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


# Doc.user_data key of the offsets of the capitals named as a venue the story named before, travelled to
# or left ("Trump is due to leave Ankara" after "NATO leaders meeting in Ankara"): no party to the pairs
_REVISITED = "claimex.revisited"
_CASE = "claimex.case"  # Doc.user_data key of the parties of the case the document names


def case_parties(doc: Doc) -> tuple[str, str] | None:
    """The applicant and the respondent states of the first case the document names, "the
    Democratic Republic of the Congo v. Rwanda" (a state's name either side of "v."), or None;
    what a court's "the Applicant" and "the Respondent" stand for. Found once per document."""
    if _CASE not in doc.user_data:
        found = None
        for token in doc:
            if token.lower_ in _VERSUS and 0 < token.i < len(doc) - 1:
                before, after = ent_at(doc, token.i - 1), ent_at(doc, token.i + 1)
                if (before is not None and after is not None and before.end == token.i and after.start == token.i + 1
                        and before._.code in STATE_CODES and after._.code in STATE_CODES):
                    found = (before._.code, after._.code)
                    break
        doc.user_data[_CASE] = found
    return doc.user_data[_CASE]


# a diplomat's titles, before the state they are posted "to": "ambassador to Washington", "envoy to the United States"
_POSTED_DIPLOMATS = frozenset("""ambassador ambassadors envoy envoys representative representatives consul
    emissary""".split())


def _posted_to(ent: Span) -> bool:
    """A state named as where a diplomat is posted: "the Philippine ambassador to Washington",
    "Taiwan's representative to the United States"."""
    doc = ent.doc
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    return i > 0 and doc[i].lower_ == "to" and doc[i - 1].lower_ in _POSTED_DIPLOMATS


def _another_congress(congress: Span) -> bool:
    """A "Congress" that a capitalised word before it or an "of" after it names as another
    body: "the 14th National Congress of the CPV", "the Party Congress"; not a state's
    "Congress of the Republic" (``_republics_congress``)."""
    doc = congress.doc
    before = doc[congress.start - 1] if congress.start > 0 else None
    after = doc[congress.end] if congress.end < len(doc) else None
    # not a state's own: "the Paraguayan Congress", "Peru's Congress", "the National Congress"
    return bool((before is not None and before.is_title and before.lower_ != "the" and not before.is_sent_start
                 and not before.ent_type_ and not _national_congress(congress))
                or (after is not None and after.lower_ == "of" and not _republics_congress(congress))
                or _party_officer(congress))


# a party's officer by its name before the title: "Congress leader Jairam Ramesh"
_PARTY_OFFICERS = frozenset("leader spokesperson spokesman spokeswoman president chief".split())


def _party_officer(congress: Span) -> bool:
    """ "Congress leader Jairam Ramesh": a party's officer before a name no state codes (India's
    Congress party; not "Congress leader Nancy Pelosi", whom the gazetteer makes the US's)."""
    doc = congress.doc
    if congress.end + 1 >= len(doc) or doc[congress.end].lower_ not in _PARTY_OFFICERS:
        return False
    person = ent_at(doc, congress.end + 1)
    return person is not None and person.label_ == "PERSON" and not person._.code


def _republics_congress(congress: Span) -> bool:
    """ "the Congress of the Republic" (Peru's, Guatemala's, Colombia's Congreso de la República),
    the formal name of a state's own legislature, which names no state: the story's, as a bare
    "Congress" is (not "the Congress of the Republic of Peru", whose state the name gives); so is
    "the National Congress" (Brazil's, Chile's, Paraguay's Congreso Nacional)."""
    doc = congress.doc
    words = [t.lower_ for t in doc[congress.end : min(congress.end + 4, len(doc))]]
    return (words[:3] == ["of", "the", "republic"] and not (words[3:] == ["of"])) or _national_congress(congress)


def _national_congress(congress: Span) -> bool:
    """ "the National Congress" or a state's possessive's, "Brazil's National Congress": a state's
    legislature by its formal name (not a party's or a congress's of a party, "the Indian National
    Congress", "the National Congress Party", "the 14th National Congress of the CPV")."""
    doc = congress.doc
    if congress.start < 2 or doc[congress.start - 1].text != "National":
        return False
    before = doc[congress.start - 2]
    after = doc[congress.end] if congress.end < len(doc) else None
    if after is not None and (after.lower_ == "of" or (after.is_title and after.is_alpha)):
        return False
    return before.lower_ in {"the", "'s", "’s"}


def _main_subject(sent: Span, found: list[ActorMention]) -> tuple[ActorMention | None, str | None]:
    """The state or organisation that is the subject of ``sent``'s main verb, if one is: what a
    subject "it" in the next sentence stands for; and the singular thing that verb acts on, which
    "it" may as well stand for unless the next sentence acts on it by name ("India may ignore the
    court today. It will find it much harder to ignore the court": IND)."""
    # a passive's subject as well: "The Court was not persuaded ... . It noted"
    subject = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
    if subject is None:
        # a clause before a semicolon that the parser hung under the one after it, which has no subject of
        # its own: "Japan should drop its objections to a ceasefire ...; there is no better option"
        first = next((c for c in sent.root.children if c.dep_ == "ccomp" and c.i < sent.root.i
                      and any(t.text == ";" for t in sent.doc[c.right_edge.i + 1 : sent.root.i])), None)
        subject = next((t for t in first.children if t.dep_ in {"nsubj", "nsubjpass"}), None) if first else None
    if subject is not None and subject.head.text in CUES and (subject.lower_ in {"we", "i"} or _people_say(subject.head)):
        # what people (no state, no "it") argue of a state: "Second, we argue that Afghanistan is a new
        # kind of actor in the basin. It is not bound by the quota system": Afghanistan
        subject = next((t for c in subject.head.children if c.dep_ == "ccomp" for t in c.children
                        if t.dep_ in {"nsubj", "nsubjpass"}), None)
        return next((a for a in found if a.kind == "state" and a.via != "implied"
                     and subject is not None and a.start <= subject.idx < a.end), None), None
    if subject is None or subject.head.text in CUES:
        return None, None  # "Ankara insists the withdrawal was routine. ... it opened a window": what was said
    # "The EU hailed the deal. It gives ...": the deal as likely as the EU
    # (not one denied with "no", which is nothing "it" could stand for: "China has no intention of ... . But it will never")
    thing = next((c.lower_ for c in subject.head.children if c.dep_ in {"dobj", "obj"} and _singular_thing(c)
                  and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None)
    return next((a for a in found if a.kind in {"state", "organisation"} and a.via != "implied"
                 and a.start <= subject.idx < a.end), None), thing


def _people_say(verb: Token) -> bool:
    """The subject of ``verb`` is people in the plural, named by no name ("Most legal scholars",
    "Diplomats"), who cannot be the "it" of what they say."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subject is not None and not subject.ent_type_ and subject.text[1:].islower()
            and subject.lower_.endswith("s") and not subject.lower_.endswith("ss"))


def _singular_thing(token: Token) -> bool:
    """A singular noun that "it" could stand for: "the deal", not "tariffs", "them" or "Canada"
    (the pipeline has no tagger, so the plural is read from the spelling)."""
    lower = token.lower_
    return (token.is_alpha and not token.ent_type_ and lower not in _NOT_THINGS
            and not (lower.endswith("s") and not lower.endswith("ss")))


_NOT_THINGS = frozenset("it them him her us me you this that these those one".split())


def topic_pair(sentences: list[list[ActorMention]]) -> tuple[str, str] | None:
    """The two actors the document is about, from the actors each sentence names (not those
    resolved from context): the pair named together most often, where it dominates (see the
    module docstring); else None. A tie goes to the pair named first."""
    named = [{a.code for a in actors if a.via not in {"context", "implied"}} for actors in sentences]
    counts = Counter(code for codes in named for code in codes)
    pairs = Counter(pair for codes in named for pair in combinations(sorted(codes), 2))
    if not pairs:
        return None
    (first, second), together = pairs.most_common(1)[0]
    rarer = min(counts[first], counts[second])
    others = [n for code, n in counts.items() if code not in (first, second)]
    if (together < _TOPIC_PAIR_SENTENCES or rarer < _TOPIC_PAIR_SHARE * len(sentences)
            or any(n > _TOPIC_PAIR_DOMINANCE * rarer for n in others)):
        return None
    return first, second


# what a go-between does for the pair it stands between: "offered its good offices to mediate", "urged restraint",
# "brokered by the World Bank"
_MEDIATING = re.compile(r"\b(?:mediat\w*|brokered|good offices|conven(?:e|es|ed|ing)|urg\w* (?:\w+ ){0,3}?"
                        r"(?:restraint|calm|de-?escalation))\b", re.I)


# a collective of states the gazetteer gives no code, a counterpart of its own: a continent or region
# ("Africa", "China-Africa cooperation", "African countries", "our African brothers", "European states") or a
# kind of state ("developed nations", "poorer countries", "low-lying nations"); not a part of a continent, a place
# ("the largest armies in North Africa"), and the Indo-Pacific or Asia-Pacific as a whole ("a free and open Indo-Pacific")
_COLLECTIVE_SIDE = re.compile(
    r"(?<!North )(?<!South )(?<!East )(?<!West )(?<!Central )(?<!Southeast )(?<!Southern )(?<!Northern )(?<!Eastern )"
    r"(?<!Western )\b(?:Africa|Asia|Europe|Latin America|the Global (?:South|North)|(?:the|an?) (?:[\w-]+ ){0,3}?"
    r"(?:Indo|Asia)-Pacific\b(?! [A-Z]))\b|"
    r"\b(?:African|Asian|European|Arab|Latin American|Pacific|Western|Caribbean|Gulf)\s+(?:island\s+)?"
    r"(?:countries|nations|states|governments|leaders|partners|allies|brothers|peoples|economies|"
    r"capitals|exporters|importers|professionals|counterparts)\b|"
    r"\b(?:developed|developing|rich(?:er)?|wealth(?:y|ier)|poor(?:er|est)?|emerging|industriali[sz]ed|low-income|"
    r"middle-income|low-lying|small island|donor)\s+(?:countries|nations|states|economies)\b")


def collective_side(text: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """Whether ``text`` (starting at ``start``) names a collective of states that has no code, outside the
    ``taken`` spans, the names of its actors ("Africa" in "South Africa" or "the African Union" is none)."""
    return any(not any(left < start + m.end() and start + m.start() < right for left, right in taken)
               for m in _COLLECTIVE_SIDE.finditer(text))


def implied_actors(actors: list[ActorMention], pair: tuple[str, str] | None, start: int,
                   mentions: dict[str, list[ActorMention]], text: str = "") -> list[ActorMention]:
    """The members of the document's ``pair`` that a sentence (starting at ``start``, its
    ``text``) naming no other actor leaves unsaid, each as its nearest mention before the sentence
    (else the first after: ``mentions`` lists each code's mentions in text order), ``via``
    "implied". A capital named as a venue ("a protocol signed in Abu Dhabi") is no other actor, nor
    is an organisation, the only other, that mediates, convenes or urges restraint ("The AU offered
    its good offices to mediate"): a go-between of the pair. A collective of states with no code is
    another ("China-Africa cooperation has never been a one-way street", "accused developed nations"):
    the sentence is about it, not the pair; unless the pair holds an organisation, which may stand for
    such a collective ("Europe's willingness" in a story on the EU and Turkey)."""
    if pair is not None and set(pair) <= STATE_CODES and collective_side(text, start, [(a.start, a.end) for a in actors]):
        return []
    codes = {a.code for a in actors}
    others = {a.code for a in actors if not (a.via == "capital" and _VENUE_BEFORE.search(text[: a.start - start]))}
    if len(others - set(pair or ())) == 1 and not (others - set(pair or ())) & STATE_CODES \
            and _MEDIATING.search(text):
        others &= set(pair or ())
    if pair is None or not others <= set(pair) or (not codes and len(_WORD.findall(text)) < 4):
        return []  # a heading or a fragment that names no one is about nothing: "Background.", "28)."

    out = []
    for code in pair:
        if code in codes or not mentions.get(code):
            continue
        # a state or organisation's own name rather than a person's ("Egypt", not "Sisi")
        own = [m for m in mentions[code] if m.kind != "person"] or mentions[code]
        before = [m for m in own if m.start < start]
        m = before[-1] if before else own[0]
        kind = "state" if code in STATE_CODES else m.kind
        out.append(ActorMention(m.text, code, kind, "implied", m.start, m.end))
    return out


def names_pair(mention: ActorMention) -> bool:
    """Whether ``mention`` is "both sides", "the two nations" or "bilateral": two states at once; or
    "the three governments", "all three countries": three at once."""
    return bool(_PAIR_REFERENCE.fullmatch(mention.text) or _TRIPLE_REFERENCE.fullmatch(mention.text))


def dyads(actors: list[ActorMention], sent: Span | None = None) -> list[list[str]]:
    """Unordered pairs of distinct actor codes, each sorted, in sorted order.

    The states of one collective name ("the Baltic states") are paired with each other only
    when the claim has no other actor: "the Nordic countries agreed to merge their air forces"
    relates them to each other, "the Baltic states left the Russian grid" relates each to Russia.
    So are the listed objects of one verb or preposition in ``sent`` ("China imposed sanctions on
    Lithuania and Taiwan"), unless something brings them together ("mediated between", "urged
    Serbia and Kosovo to talk", "brought them together").
    """
    codes = sorted({a.code for a in actors} - _venues_only(actors, sent) - _measures_only(actors, sent))
    spans: dict[tuple[int, int], set[str]] = {}
    for a in actors:
        if a.via == "name":
            spans.setdefault((a.start, a.end), set()).add(a.code)
    groups = [group for group in spans.values() if len(group) > 1]
    apart: list[set[str]] = []
    if sent is not None:
        groups += _three_collectives(actors, sent)
        for group, alone in _object_lists(actors, sent):
            (apart if alone else groups).append(group)
        apart += _visited_three(actors, sent)
        apart += _range_ends(actors, sent)
        apart += _slash_halves(actors, sent)
    pairs = [list(pair) for pair in combinations(codes, 2)]
    # listed objects each meet what acts on them, not each other, even where they are the claim's
    # only actors ("gas exports to Brazil and Argentina"), and so do places something is done in or visits
    pairs = [pair for pair in pairs if not any(set(pair) <= group for group in apart)]
    if sent is not None and sent.doc.has_annotation("DEP"):
        pairs = _described_apart(actors, sent, pairs)
        pairs = _leader_apart(actors, sent, pairs)
        pairs = _compared_apart(actors, sent, pairs)
        pairs = _parallel_apart(actors, sent, pairs)
        pairs = _concessive_apart(actors, sent, pairs)
        pairs = _dated_apart(actors, sent, pairs)
        pairs = _setting_apart(actors, sent, pairs)
        pairs = _participle_apart(actors, sent, pairs)
        pairs = _within_clauses(actors, sent, pairs)
        pairs = _members_apart(actors, sent, pairs)
        pairs = _apposed_members_apart(actors, sent, pairs)
        pairs = _membership_apart(actors, sent, pairs)
        pairs = _background_apart(actors, sent, pairs)
        pairs = _objects_apart(actors, sent, pairs)
        pairs = _slot_lists_apart(actors, sent, codes, pairs)
        pairs = _reporters_apart(actors, sent, pairs)
        pairs = _summary_apart(actors, sent, pairs)
        pairs = _event_items_apart(actors, sent, pairs)
        pairs = _alternative_modifiers_apart(actors, sent, pairs)
        pairs = _topics_apart(actors, sent, pairs)
        pairs = _helpers_apart(actors, sent, pairs)
        pairs = _pushed_apart(actors, sent, pairs)
        pairs = _forums_apart(actors, sent, pairs)
        pairs = _own_collective_apart(actors, sent, pairs)
    if any(group != set(codes) for group in groups):
        pairs = [pair for pair in pairs if not any(set(pair) <= group for group in groups)]
    return pairs


# what brings the members of one list together, a deed they do with one another: "France and Germany signed
# a pact", "held talks", "to reopen the border"; the verbs are ``_RECIPROCAL_VERBS``
_RECIPROCAL_NOUNS = frozenset("""talks negotiations deal deals agreement agreements pact pacts accord accords treaty
    treaties ties relations cooperation partnership alliance exercises drills summit meeting dialogue truce
    ceasefire peace dispute disputes differences war clashes fighting border borders rivalry tensions
    rapprochement hands exercise summits meetings exchanges contacts friendship accommodation settlement
    understanding detente reconciliation link links""".split())  # "shook hands"
# "Also speaking were the representatives of ...", "Latvia and Greece abstained"
_SPEAKING = frozenset("speak speaks spoke speaking spoken say says said saying abstain abstains abstained".split())


# verbs that report what others did: "The UN mission said fighting between Sudan and the RSF had displaced"
_REPORTING = frozenset("""say says said report reports reported add adds added note notes noted warn warns warned
    estimate estimates estimated""".split())


def _codes_within(actors: list[ActorMention], sent: Span, first: int, last: int) -> tuple[set[str], set[str]]:
    """The codes of ``actors`` named within the tokens ``first`` to ``last`` of ``sent``, and those named
    anywhere else (context and implied ones counting)."""
    inside: set[str] = set()
    outside: set[str] = set()
    lo, hi = sent.doc[first].idx, sent.doc[last].idx + len(sent.doc[last])
    for a in actors:
        (inside if sent.start_char <= a.start < sent.end_char and lo <= a.start < hi else outside).add(a.code)
    return inside, outside


# verbs by which an organisation puts a figure on what happens: "the World Bank estimates reconstruction will cost"
_ESTIMATING = frozenset("""estimate estimates estimated project projects projected forecast forecasts forecasted
    predict predicts predicted calculate calculates calculated""".split())
# verbs by which one reports what others did without taking part: "The EU was increasing its support, she
# noted", "she pointed out", "he recalled"
_NOTING = frozenset("""note notes noted observe observes observed recall recalls recalled stress stresses stressed
    point points pointed""".split())
# the speaker's own side in what they report: "Germany had asked us for help, she noted"
_OURS = frozenset("we us our ours".split())


def _own_collective_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those among the states of a collective name where the subject of a verb of saying
    is one of them: what a speaker says of their own group of states relates none of them to another
    ("Kazakh President X said the deal showed that Central Asian states can solve their problems
    themselves": no pairs among KAZ, KGZ, TJK, TKM and UZB; not "Latvia said the Baltic states would leave
    the Russian grid", whose Russia stays each one's pair, nor a pair's name, which names their relation:
    "He said the two Koreas should restore the hotline")."""
    groups: dict[tuple[int, int], set[str]] = {}
    for a in actors:
        if a.via == "name" and sent.start_char <= a.start < sent.end_char:
            groups.setdefault((a.start, a.end), set()).add(a.code)
    own = [(span, group) for span, group in groups.items() if len(group) > 2]
    if not own:
        return pairs
    speakers: set[str] = set()
    for a in actors:
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand") if sent.start_char <= a.start < sent.end_char else None
        if span is None or (a.start, a.end) in groups and a.via == "name":
            continue
        token = span.root
        while token.dep_ in {"amod", "compound", "poss", "nmod"} and token.head.i > token.i:
            token = token.head  # "Kazakh President Qasym-Zhomart Toqaev": the speaker
        if token.dep_ == "nsubj" and token.head.lower_ in _REPORTING:
            speakers.add(a.code)
    for _, group in own:
        if group & speakers:
            pairs = [pair for pair in pairs if not set(pair) <= group]
    return pairs


def _reporters_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of a source that only reports what two or more others did: the object of
    "according to" ("According to US intelligence assessments, Beijing has told its navy to be ready to
    blockade Taiwan": no CHN-USA), and the subject of a verb of reporting whose reported clause tells of
    an event "between" others ("The UN mission said that fighting between Sudan and the RSF had
    displaced 30,000 people": no SDN-UN), and the subject of a verb of noting (``_NOTING``) before or after
    what it reports, of one actor too ("The European Union was increasing its support, she noted"); not
    where the source is also named as a party there, nor
    where the rest names one actor only, which the source's own state may be the other party to
    ("exports to Algeria rose, according to Spain's customs agency")."""
    reporters: set[str] = set()
    # a pair phrase the sentence's own state completes names the reporter as one of its pair: "The President of
    # Russia noted that the project would become a flagship of bilateral cooperation" (RUS and KAZ)
    if any(names_pair(a) and a.via == "context" and any(b.code == a.code and b.via not in {"context", "implied"} for b in actors)
           for a in actors):
        return pairs
    for token in sent:
        phrase, least = None, 2
        if token.lower_ == "to" and token.head.lower_ == "according":
            phrase = next((c for c in token.children if c.dep_ == "pobj"), None)
        elif token.lower_ in _NOTING and (token.lower_ not in {"point", "points", "pointed"} or any(
                c.dep_ == "prt" and c.lower_ == "out" for c in token.children)) and any(
                c.dep_ == "ccomp" and not any(t.lower_ in _OURS for t in c.subtree) for c in token.children):
            # one who notes what others did is no party of theirs, even of one: "The European Union was
            # increasing its support, she noted" (not "Germany had asked us for help, she noted"); a state
            # itself that notes what one other did accuses it: "India noted that Pakistan had violated the
            # ceasefire" keeps IND-PAK
            phrase = next((c for c in token.children if c.dep_ == "nsubj"), None)
            least = 2 if phrase is not None and phrase.ent_type_ == "GPE" else 1
        elif token.lower_ in _ESTIMATING and any(c.dep_ == "ccomp" for c in token.children):
            # an organisation that estimates or forecasts a figure is a source of it, no party to the
            # place it is about: "the World Bank estimates reconstruction in Lebanon will cost $11 billion"
            phrase = next((c for c in token.children if c.dep_ == "nsubj"), None)
            least = 1
            if phrase is not None and any(a.kind == "state" for a in actors if sent.start_char <= a.start < sent.end_char
                                          and phrase.left_edge.idx <= a.start < phrase.right_edge.idx + len(phrase.right_edge)):
                phrase = None  # a state's estimate may be its claim on another: "India estimates China holds ..."
        elif token.lower_ in _EXPECTING and _expects_a_thing(token, actors, sent):
            # an organisation that expects an event or a thing of two or more others is no party of
            # theirs: "UN officials now expect the talks between Serbia and Kosovo to fail", "until the
            # force reaches full strength, which UN officials expect by May" (not "The EU expects
            # Serbia and Kosovo to implement the deal", what others are to do)
            phrase = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if phrase is None or not all(a.kind == "organisation" for a in actors if sent.start_char <= a.start < sent.end_char
                                         and phrase.left_edge.idx <= a.start < phrase.right_edge.idx + len(phrase.right_edge)):
                continue
        elif token.lower_ in _REPORTING and any(
                c.dep_ == "ccomp" and any(n.dep_ in {"nsubj", "nsubjpass"} and n.lower_ in _HAPPENINGS and any(
                    p.dep_ == "prep" and p.lower_ in {"between", "among"} for p in n.children) for n in c.children)
                for c in token.children):
            phrase = next((c for c in token.children if c.dep_ == "nsubj"), None)
        elif token.lower_ in _REPORTING and (said := next((c for c in token.children if c.dep_ == "ccomp"), None)) \
                is not None and _expected(said) and not any(t.lower_ in _OURS for t in said.subtree):
            # a person who tells what two or more others may or are expected to do is no party of theirs
            # unless their own state is named there too: "Wang Yi said Japan may join the drills with the
            # Philippines" (no CHN-JPN), "Chile and Peru are expected to sign it first, the Brazilian
            # minister said"; not a demand, "Wang said the United States must stop arming Taiwan"
            phrase = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if phrase is None or not any(a.kind == "person" and phrase.left_edge.idx <= a.start <= phrase.right_edge.idx
                                         for a in actors if sent.start_char <= a.start < sent.end_char):
                continue
            voiced, _ = _codes_within([a for a in actors if a.via != "implied"], sent,
                                      said.left_edge.i, said.right_edge.i)
            spoken, _ = _codes_within(actors, sent, phrase.left_edge.i, phrase.right_edge.i)
            if len(voiced - spoken) < 2 or voiced & spoken:
                continue
        if phrase is None:
            continue
        clause = next((c for c in phrase.children if c.dep_ == "relcl"), None)  # "a diplomat, who said ..."
        last = clause.left_edge.i - 1 if clause is not None and clause.left_edge.i > phrase.i else phrase.right_edge.i
        # (what one notes names the others itself: not a pair the story implies, "He noted that the
        # treaty had never been invoked")
        inside, outside = _codes_within([a for a in actors if least > 1 or a.via != "implied"], sent,
                                        phrase.left_edge.i, last)
        if len(outside - inside) >= least:
            reporters |= inside - outside
    return [pair for pair in pairs if not set(pair) & reporters]


# verbs by which one foresees an event: "UN officials now expect the talks to fail"
_EXPECTING = frozenset("expect expects expected anticipate anticipates anticipated foresee foresees foresaw".split())


def _expects_a_thing(verb: Token, actors: list[ActorMention], sent: Span) -> bool:
    """Whether what ``verb`` expects is an event or a thing, no actor's deed: the subject of its clause
    ("expect the talks to fail"), its object ("expect a deal by May") or a relative word that stands for
    it ("which UN officials expect by May"); not an actor, "expect Serbia to align", nor a pronoun."""
    named = {i for a in actors if sent.start_char <= a.start < sent.end_char
             and (span := sent.doc.char_span(a.start, a.end, alignment_mode="expand")) is not None for i in range(span.start, span.end)}
    for c in verb.children:
        thing = c if c.dep_ == "dobj" else next((n for n in c.children if n.dep_ in {"nsubj", "nsubjpass"}), None) \
            if c.dep_ == "ccomp" else None
        if thing is None:
            continue
        if thing.lower_ in {"which", "that"} and verb.dep_ == "relcl":
            return True
        if thing.is_alpha and thing.i not in named and thing.lower_ not in _STANDING_PRONOUNS | {"this", "that", "these", "those"}:
            return True
    return False


# the words by which a clause tells what others may do or are expected to: "Japan may join the drills"
_EXPECTED = frozenset("may might could expected likely unlikely poised".split())


def _expected(verb: Token) -> bool:
    """Whether the clause of ``verb`` tells what may happen or is expected, on the verb or its
    auxiliaries: "Japan may join", "are expected to sign", "is likely to join"."""
    return verb.lower_ in _EXPECTED or any(c.dep_ in {"aux", "auxpass", "acomp"} and c.lower_ in _EXPECTED
                                          for c in verb.children)


# nouns that sum up the clause before them after a comma: "..., a move that could strain Ankara's ties with Brussels"
_SUMMARIES = frozenset("""move step decision development shift change measure gesture concession setback blow signal
    reversal escalation turn""".split())


def _summary_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor named only in what a noun after a comma says of the clause
    it sums up, where that names a pair of its own: "Turkey will sign a deal with Russia and
    Azerbaijan, ..., a move that analysts said is likely to strain Ankara's ties with Brussels" gives
    EU-TUR, no AZE-EU, EU-RUS; not "a move that angered Somalia", which relates Somalia to the deal's
    parties."""
    for noun in sent:
        if (noun.lower_ not in _SUMMARIES or noun.dep_ not in {"dobj", "npadvmod", "appos", "attr"}
                or noun.left_edge.i <= sent.start or sent.doc[noun.left_edge.i - 1].text != ","
                or noun.head.i > noun.i or not any(c.dep_ in {"relcl", "amod", "acl"} for c in noun.children)):
            continue
        inside, outside = _codes_within(actors, sent, noun.left_edge.i, noun.right_edge.i)
        if any(set(pair) <= inside for pair in pairs):  # a pair of its own (not "could anger Somalia and Egypt")
            alone = inside - outside
            pairs = [pair for pair in pairs if not (set(pair) & alone and not set(pair) <= inside)]
    return pairs


# nouns of separate events a list may name: "a Turkish war with Syria, the collapse of the Lebanese government
# and a change of government in Washington"
_EVENT_NOUNS = _ACTS | _HAPPENINGS | _ENDS | _DONE_TO | frozenset("""change changes coup coups election elections
    revolution revolutions uprising uprisings ouster overthrow withdrawal death""".split())


def _event_items_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of actors named in different items of a list of separate events, each
    only there: "The accord has survived a Turkish war with Syria, the collapse of the Lebanese
    government and a change of government in Washington" gives SYR-TUR alone."""
    done: set[int] = set()
    for head in sent:
        if head.i in done or head.dep_ == "conj" or head.lower_ not in _EVENT_NOUNS:
            continue
        items = _event_items(sent, head)
        done |= {t.i for t in items}
        if len(items) < 2 or not all(t.lower_ in _EVENT_NOUNS for t in items):
            continue
        located: list[set[str]] = []
        for item in items:
            words = {t.i for t in item.subtree} - {t.i for c in item.children if c.dep_ in {"conj", "cc"}
                                                    for t in c.subtree}
            words -= {t.i for o in items if o.i != item.i and o.i in words for t in o.subtree}
            located.append({a.code for a in actors if sent.start_char <= a.start < sent.end_char
                            and any(sent.doc[i].idx <= a.start < sent.doc[i].idx + len(sent.doc[i]) for i in words)})
        if sum(1 for codes in located if codes) < 2:
            continue
        last = max((t.right_edge for t in items), key=lambda t: t.i)
        inside, outside = _codes_within(actors, sent, items[0].left_edge.i, last.i)
        only = inside - outside
        pairs = [pair for pair in pairs if not (set(pair) <= only and not any(set(pair) <= codes for codes in located))]
    return pairs


def _event_items(sent: Span, head: Token) -> list[Token]:
    """The items of the list of nouns that ``head`` opens: its conjuncts, and a noun after a comma the
    parse hung on the item before as an apposition ("a war with Syria, the collapse of ...") or on the
    same verb ("survived a war with Syria, the collapse of ...")."""
    items = [head]
    while True:
        last = items[-1]
        items += [c for c in last.conjuncts if c.i > last.i and c not in items]
        last = items[-1]
        following = next((t for t in sent if t.i > last.i and t.left_edge.i - 1 >= sent.start
                          and sent.doc[t.left_edge.i - 1].text == ","
                          and t.lower_ in _EVENT_NOUNS and t not in items and (
                              t.dep_ == "appos" and last.left_edge.i <= t.head.i <= last.right_edge.i
                              or t.dep_ in _NOUN_SLOTS and t.head.i == head.head.i != head.i)), None)
        if following is None:
            break
        items.append(following)
    return items


def _alternative_modifiers_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of two states named only on parallel nouns joined by "or" or "nor", each
    one alternative: "Ankara wants a Turkish hub, not a Russian hub or an Iranian hub" (no IRN-RUS)."""
    for noun in sent:
        if noun.dep_ != "conj" or noun.head.i == noun.i or not any(
                c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in noun.head.children):
            continue
        codes = []
        for item in (noun.head, noun):
            codes.append({a.code for a in actors if sent.start_char <= a.start < sent.end_char and any(
                c.dep_ in {"amod", "compound", "poss", "nmod"} and c.idx <= a.start < c.idx + len(c)
                or c.dep_ in {"amod", "compound", "poss", "nmod"} and a.start <= c.idx < a.end
                for c in item.children)})
        if not codes[0] or not codes[1]:
            continue
        inside, outside = _codes_within(actors, sent, noun.head.left_edge.i, noun.right_edge.i)
        only = inside - outside
        first, second = codes[0] - codes[1], codes[1] - codes[0]
        pairs = [pair for pair in pairs if not (set(pair) <= only and (
            pair[0] in first and pair[1] in second or pair[1] in first and pair[0] in second))]
    return pairs


# the nouns and verbs of talking or working together, whose "on", "about" or "over" names a topic
_DIALOGUE_NOUNS = frozenset("""dialogue dialogues talks consultation consultations discussion discussions
    negotiations cooperation co-operation coordination conversation conversations""".split())
_DIALOGUE_VERBS = re.compile(r"(?:need|cooperat|co-operat|coordinat|consult|talk|confer|negotiat)\w*")
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over"})
# verbs whose object is what is talked of: "Putin and Erdogan discussed Ukraine"
_DISCUSSING = frozenset("discuss discusses discussed discussing review reviews reviewed reviewing".split())


def _topic(token: Token) -> bool:
    """Whether ``token`` is the object of "on", "about" or "over" after a noun or verb of talking,
    working together or needing each other (``_DIALOGUE_NOUNS``, ``_DIALOGUE_VERBS``), a topic:
    "a security dialogue with Turkey on Ukraine", "consult Paris about Iran", also a list after a
    colon that sets out on what: "the EU and Turkey need each other: on Ukraine, on energy"; or the
    object of "discuss" or "review", or the place "in" or "of" it ("discussed the situation in Ukraine")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in {"in", "of"} and prep.head.dep_ == "dobj":
        token, prep = prep.head, prep.head.head  # "discussed the situation in Ukraine"
    if token.dep_ == "dobj" and prep.lower_ in _DISCUSSING:
        return True  # "Putin and Erdogan discussed Ukraine"
    if token.dep_ != "pobj" or prep.lower_ not in _TOPIC_PREPOSITIONS:
        return False
    while prep.dep_ == "conj" and prep.head.lower_ in _TOPIC_PREPOSITIONS:
        prep = prep.head  # "on energy and on the defence industry"
    head = prep.head
    if head.lower_ in _DIALOGUE_NOUNS or head.dep_ in _VERB_DEPS and _DIALOGUE_VERBS.fullmatch(head.lower_) \
            or head.lower_ in {"views", "opinions"} and head.head.lower_.startswith("exchang"):  # "exchanged views on Syria"
        return True
    colon = any(t.text == ":" for t in token.doc[head.i + 1: prep.i])
    while colon and head.dep_ not in _VERB_DEPS and head.head.i != head.i:
        head = head.head  # the parser hangs the list after a colon on the noun before it
    return colon and head.dep_ in _VERB_DEPS and _DIALOGUE_VERBS.fullmatch(head.lower_) is not None


def _topics_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor named only as a topic of talks or of working together
    (``_topic``), where the sentence keeps a pair without it: "The EU should open a security dialogue
    with Turkey on Ukraine" gives EU-TUR alone; not "a UN meeting on Sudan", the only pair."""
    topical = _topic_codes(actors, sent)
    kept = [pair for pair in pairs if not topical & set(pair)]
    return kept if kept else pairs


# the meetings an organisation may name as their forum: "a UN conference", "the NATO summit"
_FORUM_NOUNS = _MEETINGS | frozenset("conference conferences forum session sessions gathering talks".split())


def _forums_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an organisation named only on a meeting that is an object, its forum
    as a venue is ("Kenya and Ghana co-hosted a UN conference on ocean plastics" gives GHA-KEN, no
    KEN-UN), where the sentence keeps a pair without it; not the meeting as a subject ("the AU
    summit urged Sudan") or where its members act ("disagreed at the ASEAN summit"), nor one side
    of a summit of two ("the China-GCC summit"), nor the only pair ("Kenya addressed a UN conference")."""
    forums: dict[str, bool] = {}
    for a in actors:
        if not sent.start_char <= a.start < sent.end_char or a.via in {"context", "implied"}:
            continue
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand")
        root = span.root if span is not None else None
        forum = (a.kind == "organisation" and root is not None and root.dep_ in {"compound", "nmod", "amod"}
                 and root.head.lower_ in _FORUM_NOUNS and (root.head.dep_ == "dobj" or root.head.dep_ == "pobj"
                                                           and root.head.head.lower_ != "at")
                 # not one side of a summit between two, "the first China-GCC summit"
                 and not any(h in span_text(sent.doc[root.head.left_edge.i: root.head.i]) for h in _HYPHENS))
        forums[a.code] = forums.get(a.code, True) and forum
    only = {code for code, forum in forums.items() if forum}
    kept = [pair for pair in pairs if not only & set(pair)]
    return kept if kept else pairs


# the nouns of help given "with ... from" a helper: "rebuilt its arsenal with help from Iran"
_HELP_NOUNS = frozenset("help support assistance backing aid".split())


def _helpers_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of a helper named only "with help from" it, or "support", "assistance",
    with an actor outside the clause of the deed it helps: "Israeli officials say Hezbollah has tried to
    rebuild its arsenal with help from Iran" gives HEZBOLLAH-IRN, no IRN-ISR; not the deed's own
    object, "The Houthis attacked Saudi shipping with support from Iran" keeps IRN-SAU."""
    for source in sent:
        noun = source.head
        if source.lower_ != "from" or noun.lower_ not in _HELP_NOUNS or noun.dep_ != "pobj" \
                or noun.head.lower_ != "with" or noun.head.head.dep_ not in _VERB_DEPS:
            continue
        verb = noun.head.head
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head  # "has tried to rebuild": the clause of "tried", its subject
        inside, outside = _codes_within(actors, sent, source.left_edge.i, source.right_edge.i)
        helpers = inside - outside
        partners = _clause_codes(sent, actors, verb) - helpers
        if helpers and partners:
            pairs = [pair for pair in pairs if not (set(pair) & helpers and not set(pair) & partners)]
    return pairs


# verbs by which one moves another to act, the object doing the infinitive: "pushed India to stabilise ties"
_PUSHING = frozenset("""push pushes pushed pushing press presses pressed pressing urge urges urged urging encourage
    encourages encouraged encouraging force forces forced forcing nudge nudges nudged nudging prod prods prodded
    persuade persuades persuaded compel compels compelled""".split())


def _pushed_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of who moves an actor to act and the partner "with" whom that actor is moved
    to act, the object's own relation: "The US tariffs have pushed India to stabilise ties with China"
    gives IND-USA and CHN-IND, no CHN-USA ("Lima urged Quito to hold talks with Bogota": no COL-PER);
    not a partner the sentence names outside that infinitive too."""
    for verb in sent:
        if verb.lower_ not in _PUSHING:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        acts = [c for c in verb.children if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
        if not objects or not acts:
            continue
        act = acts[0]
        partners = {t.i for t in act.subtree if t.dep_ == "pobj" and t.head.lower_ == "with"}
        if not partners:
            continue
        partner_words = {t.i for i in partners for t in sent.doc[i].subtree}
        inside, outside = _codes_within(actors, sent, min(partner_words), max(partner_words))
        partner_codes = inside - outside
        movers = _codes_within(actors, sent, verb.left_edge.i, objects[0].left_edge.i - 1)[0] if objects[0].left_edge.i > verb.left_edge.i else set()
        movers -= _codes_within(actors, sent, objects[0].left_edge.i, act.right_edge.i)[0]
        if partner_codes and movers:
            pairs = [pair for pair in pairs if not (set(pair) & partner_codes and set(pair) & movers)]
    return pairs


def _topic_codes(actors: list[ActorMention], sent: Span) -> set[str]:
    """The codes of ``sent`` whose every mention there is a topic (``_topic``)."""
    topics: dict[str, bool] = {}
    for a in actors:
        if not sent.start_char <= a.start < sent.end_char or a.via in {"context", "implied"}:
            continue
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand")
        topics[a.code] = topics.get(a.code, True) and span is not None and _topic(span.root)
    return {code for code, only in topics.items() if only}


def _slot_lists(sent: Span, actors: list[ActorMention]) -> list[tuple[set[str], Token, set[int]]]:
    """Each list of actors that fills one slot of one predicate in ``sent``, not the objects
    ``_object_lists`` takes: co-subjects ("Kenya and Uganda deployed troops"), the states "of" a
    noun or apposed to it ("the representatives of Bahrain, Colombia and Greece", "the three members
    — Liberia, Somalia and Ghana"), demonyms on one noun ("Sri Lankan and Pakistani ports"); each
    as its codes, the noun or verb whose slot it fills, and the indexes of its words."""
    spans = [(a, sent.doc.char_span(a.start, a.end, alignment_mode="expand")) for a in actors
             if a.via not in {"implied", "context"} and sent.start_char <= a.start < sent.end_char]
    lists: dict[int, set[str]] = {}
    states = {span.root.i for a, span in spans if span is not None and a.kind == "state"}
    for a, span in spans:
        if span is None:
            continue
        head = span.root
        while head.dep_ == "conj" and head.head.i < head.i or _listed_as_apposition(head, states):
            head = head.head
        head = _listed_above_all(head) or head
        lists.setdefault(head.i, set()).add(a.code)
    out = []
    for i, codes in lists.items():
        first = sent.doc[i]
        if len(codes) < 2 or not any(t.dep_ == "conj" or t.dep_ == "cc" and t.lower_ == "and" or _listed_as_apposition(t, states)
                                     for t in first.children):
            continue
        slot = first
        if first.dep_ in {"amod", "compound", "nmod", "poss", "appos"} or (
                first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.dep_ not in _VERB_DEPS):
            slot = first.head if first.dep_ != "pobj" else first.head.head
        elif first.dep_ not in {"nsubj", "nsubjpass"} and not _co_agent(first):
            continue  # a verb's or a preposition's objects: ``_object_lists``
        out.append((codes, slot, {t.i for t in first.subtree}))
    return out


def _listed_as_apposition(token: Token, states: set[int]) -> bool:
    """Whether the state name ``token`` goes on a list the parser hung on the state name before it as an
    apposition, after a comma (one state is no apposition to another): "Mali, Burkina Faso and Niger left
    ECOWAS", "Burkina Faso" apposed to "Mali" and "Niger" joined to it."""
    return (token.dep_ == "appos" and token.i in states and token.head.i in states and token.head.i < token.i
            and token.doc[token.left_edge.i - 1].text == ","
            and any(c.dep_ in {"conj", "cc"} for c in token.children))


def _co_agent(token: Token) -> bool:
    """Whether ``token`` heads the agents "by" a passive verb names, co-subjects in all but form, of
    things each does on its own, a plural ("the recognitions announced by France, Britain and Canada",
    "missions led by Kerry and Mbeki"); not one thing done together ("the agreement brokered by
    Washington and Paris", "a resolution drafted by France and Germany"), nor members led by some of them."""
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    verb = token.head.head
    thing = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    return thing is not None and thing.lower_.endswith("s") and not thing.lower_.endswith("ss") \
        and thing.lower_ not in _MEMBER_NOUNS


def _joint_theirs(sent: Span, words: set[int]) -> bool:
    """Whether a word of doing something together in ``sent`` (``_JOINT_OBJECTS``) may be the deed of
    the list in the words ``words``: not one on a noun whose doer is named apart, "by" it or owning it
    ("Hungary and Slovakia block a joint statement by EU foreign ministers": the ministers' own)."""
    for m in _JOINT_OBJECTS.finditer(span_text(sent)):
        token = _token_at(sent, sent.start_char + m.start())
        if token is None:
            return True
        noun = token.head if token.dep_ in {"amod", "compound"} else token
        if not any(c.dep_ == "prep" and c.lower_ == "by" and any(o.dep_ == "pobj" and o.i not in words for o in c.children)
                   or c.dep_ == "poss" and c.i not in words and c.text[:1].isupper() for c in noun.children):
            return True
    return False


_CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "xcomp", "ccomp", "neg"})


def _brought_together(verb: Token, listed: set[int]) -> bool:
    """Whether the predicate ``verb`` relates the members of a list (the words ``listed``) to one
    another: a verb of doing something together ("agreed", "met", "signed", "convene", ``_RECIPROCAL_VERBS``)
    or a noun of it ("held talks", "to reopen the border") in its clause outside the list, not a
    noun of another's relation (``_others_relation``)."""
    for t in verb.subtree:
        if t.i in listed:
            continue
        if (t.dep_ in _VERB_DEPS or t.i == verb.i) and (_RECIPROCAL_VERBS.fullmatch(t.lower_) or _GROUPING_VERBS.fullmatch(t.lower_)) \
                or t.lower_ in _RECIPROCAL_NOUNS and not _others_relation(t, verb, listed):
            return True
    return False


# the standing relations each of a list has with a partner of its own: "deepened ties with the United States"
_STANDING_TIES = frozenset({"ties", "relations"})


def _others_relation(noun: Token, verb: Token, listed: set[int]) -> bool:
    """Whether the relation ``noun`` in the clause of ``verb`` is another's than the list's (the
    words ``listed``): owned, or under a noun owned, by a name outside the list ("Greece and Cyprus
    have blocked its bid, citing Turkey's threat of war"), or with a partner of its own ("with X")
    in a clause below ``verb`` with a subject of its own ("Greece and Cyprus need guarantees that
    closer ties with Ankara do not hurt them"; not "travel to Sanaa to discuss a ceasefire with the
    Houthis"), ties or relations with a partner outside the list, each one's own ("Japan and Australia
    have deepened ties with the United States"), or in what an object is called on to do ("The AU and IGAD called on both sides to
    resolve their differences"); not "Norway and Iceland signed a pact with Greenland", "said their talks
    with Somalia"."""
    if noun.lower_ in _STANDING_TIES and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            o.dep_ == "pobj" and o.i not in listed for o in c.children) for c in noun.children):
        return True  # each one's own ties: "Japan and Australia have deepened ties with the United States"
    below, token = False, noun
    while token.i != verb.i and token.head.i != token.i:
        if any(c.dep_ == "poss" and c.i not in listed and c.text[:1].isupper() and c.lower_ not in _STANDING_PRONOUNS
               for c in token.children):
            return True  # a name's, not "the leaders' meeting"
        if (token.dep_ == "xcomp" or token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)) and any(c.dep_ in {"dobj", "dative"} and c.i not in listed or c.dep_ == "prep"
                                         and c.lower_ in {"on", "upon"} and any(o.dep_ == "pobj" for o in c.children)
                                         for c in token.head.children):
            return True
        below = below or token.dep_ in _VERB_DEPS and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i not in listed for c in token.children)
        token = token.head
    if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return False
    return below and any(c.dep_ == "prep" and c.lower_ == "with" and any(
        o.dep_ == "pobj" and o.i not in listed for o in c.children) for c in noun.children)


def _together_in_relative(sent: Span, words: set[int]) -> bool:
    """Whether a relative clause on a list (the words ``words``) tells what its members did
    together: "The AU and ECOWAS, which merged their mediation efforts in May, have been sidelined
    by the American and Qatari initiatives" (``_brought_together``)."""
    tops = [sent.doc[i] for i in words if sent.doc[i].head.i not in words or sent.doc[i].head.i == i]
    if not tops:
        return False
    members = {tops[0].i, *(t.i for t in tops[0].conjuncts)}
    return any(t.dep_ == "relcl" and t.head.i in members and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _RELATIVE_WORDS for c in t.children)
        and _brought_together(t, set()) for t in (sent.doc[i] for i in words))


_FORMS_OF_BE = frozenset("be is are was were been being".split())


def _slot_lists_apart(actors: list[ActorMention], sent: Span, codes: list[str],
                      pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those within a list of actors that fill one slot of one predicate
    (``_slot_lists``) where the claim has an actor outside the list ("Kenya and Uganda deployed troops
    to Somalia": no KEN-UGA; "Speaking for Liberia and Ghana, the envoy said Haitians should lead":
    no GHA-LBR), or where the list's predicate is only a verb of speaking ("Also speaking were the
    representatives of Bahrain, Colombia and Greece": none) or of urging ("The United States and the
    European Union have also urged de-escalation": none), or where "both" makes it each one's own
    deed (``_each_apart``); not where the predicate relates them ("Kenya and Uganda signed a pact with
    Somalia", "talks between", ``_brought_together``)."""
    for listed, slot, words in _slot_lists(sent, actors):
        if _joint_theirs(sent, words):
            continue
        verb = slot
        # up to the verb of its clause (a noun joined to another, "the Commission and the members of ...", is no verb)
        while (verb.dep_ not in {"ROOT", "ccomp", "advcl", "xcomp", "conj", "relcl", "acl", "csubj"}
               or verb.dep_ == "conj" and not any(c.dep_ in _CLAUSE_PARTS for c in verb.children)) \
                and verb.head.i != verb.i:
            if verb.dep_ == "pobj" and verb.head.lower_ in {"between", "among", "amongst"}:
                break
            verb = verb.head
        if verb.dep_ == "pobj" or _brought_together(verb, words) or slot.lower_ in _RECIPROCAL_NOUNS \
                or _together_in_relative(sent, words):
            continue
        clause = verb
        if verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.lower_ in _FORMS_OF_BE and not any(
                c.dep_ in _SOURCE_DEPS and c.i < verb.i for c in verb.head.children):
            # the parser may hang the main clause on what its noun's "that" clause says: "Greece and Cyprus
            # should be offered guarantees that Turkish participation will be conditional"
            clause = verb.head
        # a topic is in no slot: "Washington and Tokyo will consult about North Korea" keeps JPN-USA
        # named co-subjects whose verb does not relate them are each on their own even as the claim's
        # only actors: "Norway and Iceland have voiced doubts" (none; not demonyms on one
        # subject, "Indian and Chinese troops withdrew")
        if slot.i in words and (slot.dep_ in {"nsubj", "nsubjpass"} or _co_agent(slot)) and not _one_anothers(verb, words) \
                or (_clause_codes(sent, actors, clause) & set(codes)) - listed - _topic_codes(actors, sent) \
                or verb.lower_ in _SPEAKING or verb.lower_ in _URGING or _each_apart(verb, sent, words):
            pairs = [pair for pair in pairs if not set(pair) <= listed]
    return pairs


def _one_anothers(verb: Token, words: set[int]) -> bool:
    """Whether co-subjects (the words ``words``) of ``verb`` are said to be something to one another
    ("China and Peru are close partners"), to do it to "the other" ("Neither Quito nor Lima trusts the
    other"), or to share one thing of theirs ("Chile and Peru opened their first rail link"; not
    "cut their budgets"), or are named as "neither" of two that gives way ("Neither Quito nor Lima can
    afford to look weak"), or open a cluster or chapter of accession talks ("Skopje and Brussels aim to
    open the first cluster"), or step up rival offers ("Beijing and Canberra stepped up their offers")."""
    if verb.lower_ in _FORMS_OF_BE and any(c.dep_ in {"attr", "acomp"} for c in verb.children):
        return True
    if any(c.dep_ in {"preconj", "det"} and c.lower_ == "neither" for i in words for c in verb.doc[i].children):
        return True  # the two sides of a standoff, neither of which gives way: "Neither Lima nor Quito can afford to look weak"
    if any(t.lower_ in _ACCESSION_UNITS and t.dep_ == "dobj" and t.head.lower_ in _OPENING for t in verb.subtree):
        return True  # a candidate and the bloc open a cluster of accession talks together: "Chisinau and Brussels aim to open the first cluster"
    for c in verb.children:
        if c.i not in words and c.dep_ == "dobj" and c.lower_ in _RIVAL_OFFERS and any(
                d.dep_ == "poss" and d.lower_ == "their" for d in c.children):
            return True  # rival offers to the same others: "as Beijing and Canberra stepped up their offers"
        if c.i in words or c.dep_ != "dobj":
            continue
        if c.lower_ == "other" and any(d.lower_ == "the" for d in c.children):
            return True
        if c.tag_ == "NN" and any(d.dep_ == "poss" and d.lower_ == "their" for d in c.children):
            return True
    return False


# the units of accession talks a candidate and the bloc open or close together, and those verbs
_ACCESSION_UNITS = frozenset("cluster clusters chapter chapters".split())
_OPENING = frozenset("open opens opened opening close closes closed closing".split())
# what co-subjects each offer or bid for the same others, in rivalry: "stepped up their offers"
_RIVAL_OFFERS = frozenset("offers bids overtures".split())
# verbs by which co-subjects call on others, mediator-like, with no deed of their own: "The United States and
# the European Union have also urged de-escalation"
_URGING = frozenset("urge urges urged".split())


def _each_apart(verb: Token, sent: Span, words: set[int]) -> bool:
    """Whether co-subjects (the words ``words``) each do the deed of ``verb`` on their own, "both" on
    the verb or before the list: "Britain and Germany have both cut aid budgets", "Both Kenya and Uganda
    cut their budgets"."""
    head = next((sent.doc[i] for i in words if sent.doc[i].head.i not in words or sent.doc[i].head.i == i), None)
    if head is None or head.dep_ not in {"nsubj", "nsubjpass"} or head.head.i != verb.i:
        return False
    return any(c.lower_ == "both" and c.dep_ in {"preconj", "advmod", "det", "dep"} for c in (*verb.children, *head.children))


def _clause_codes(sent: Span, actors: list[ActorMention], verb: Token) -> set[str]:
    """The codes of the actors of ``sent`` named in the clause of ``verb``, not in a clause joined
    to it with a subject of its own ("Ghana and Senegal favour a deal, while Nigeria and Togo want
    guarantees": Ghana and Senegal alone for "favour"); what it reports is in it ("said Russia must"),
    and so is what a "that" clause says, wherever the parser hangs it ("should be offered guarantees
    that Russian exercises will be notified")."""
    joined = [t for t in verb.subtree if t.i != verb.i and t.dep_ in {"conj", "advcl", "parataxis"}
              and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
              and not (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children))]
    out = set()
    for a in actors:
        if not sent.start_char <= a.start < sent.end_char:
            continue
        token = _token_at(sent, a.start)
        if token is not None and verb.left_edge.i <= token.i <= verb.right_edge.i and not any(
                c.left_edge.i <= token.i <= c.right_edge.i for c in joined):
            out.add(a.code)
    return out


def _venues_only(actors: list[ActorMention], sent: Span | None) -> set[str]:
    """The codes of ``sent`` named only as venues, every mention with no role from the venue rule
    ("a ceasefire signed in Doha", "to meet again in Lomé"): actors, but no party to a pair. A host
    named otherwise too ("Qatar hosted the talks in Doha") keeps its pairs, and so does one the
    three sentences before name, a party the story is about ("a commission would meet in Moscow"
    after Putin; "the Declaration of Principles signed in Khartoum" after Sudan), and a place
    before the subject, where the subject often is ("Back in Wellington, the opposition ..."). A
    venue the story named before, left or arrived in (``_REVISITED``), is one too ("Trump is due to
    leave Ankara")."""
    if sent is None:
        return set()
    parsed = sent.doc.has_annotation("DEP")
    revisited = sent.doc.user_data.get(_REVISITED, set())
    located = {a.code for a in actors if parsed and a.role is None
               and (_no_party_place(sent, a, actors) or _fronted_before_body(sent, a, actors))}
    # (a place that only locates another thing is one as a venue is: "train pilots at a base in Romania")
    venues = {a.code for a in actors if a.role is None and sent.start_char <= a.start < sent.end_char
              and (_venue_capital(a, sent, fronted=False) or a.code in located or a.start in revisited
                   or parsed and _only_locates(sent, a, actors))}
    venues -= {a.code for a in actors if a.role is not None or not sent.start_char <= a.start < sent.end_char
               or not (_venue_capital(a, sent, fronted=False) or parsed and (
                   _no_party_place(sent, a, actors) or _fronted_before_body(sent, a, actors) or a.start in revisited
                   or _only_locates(sent, a, actors)))}
    if venues:
        start = sent.start
        for _ in range(3):
            if start == 0:
                break
            start = sent.doc[start - 1].sent.start
        # where a body sits is no party however often the story names it: "The Commonwealth
        # Secretariat, based in London," after the UK
        seats = {code for code in venues if all(_seated(sent, a) for a in actors if a.code == code)} | (venues & located)
        # and so is where a sports fixture is played: "The Asia Cup match was moved to the United Arab
        # Emirates" under an ABU DHABI dateline
        seats |= {code for code in venues if parsed and all(_fixture_venue(sent, a) for a in actors if a.code == code)}
        # and so is where others compete, where things happened, a chair in turn: "Both sides will keep
        # competing in Syria" after "their differences over Syria"
        seats |= {code for code in venues if parsed and all(_no_party_setting(sent, a) for a in actors if a.code == code)}
        # and so is the host of an organisation's own meeting: "told the Pacific Islands Forum leaders' meeting in Suva"
        seats |= {code for code in venues if parsed and all(_organisations_meeting(sent, a, actors) for a in actors if a.code == code)}
        # (not the city of the story's dateline, where it was filed from: "KUALA LUMPUR - ... . The call came
        # at the close of the summit in the Malaysian capital")
        filed = [(f.start, f.end) for f in sent.doc._.furniture if f.kind == "dateline"]
        venues -= {e._.code for e in ents_of(sent.doc[start : sent.start])
                   if e._.kind in ACTOR_KINDS and not _venue_or_mediator(e)
                   and not any(a <= e.start_char < b for a, b in filed)} - seats
    return venues


def _fronted_before_body(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A state or capital named only in a place phrase that opens the sentence ("In" or "At"),
    where the subject is an organisation's: where it met or spoke, no party to what it does ("In
    Kuala Lumpur, the Association of Southeast Asian Nations issued a statement"); not before a
    subject of the place's own ("Back in Wellington, the opposition ...", "In Hanoi, the
    ministry")."""
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in {"in", "at"} or not _fronted_place(root.head, sent):
        return False
    verb = root.head.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:  # the subject the parse apposed to the place: "In Kuala Lumpur, the Association ... issued"
        subject = next((c for c in root.children if c.dep_ == "appos" and sent.doc[c.left_edge.i - 1].text == ","), None)
    if subject is None:
        return False
    left, right = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    inside = [a for a in found if left <= a.start < right and a.via != "implied"]
    return bool(inside) and all(a.kind == "organisation" and a.code != actor.code for a in inside)


def _venue_or_mediator(ent: Span) -> bool:
    """Whether ``ent`` is named only as a venue ("signed a border pact in Abidjan") or as a mediator
    ("Ethiopia has been mediating talks between Khartoum and the rebels"), which names no party to
    what the sentences after it say is signed or held there."""
    if not ent._.code:
        return False
    actor = ActorMention(ent.text, ent._.code, ent._.kind, ent._.via or "name", ent.start_char, ent.end_char)
    return _venue_capital(actor, ent.sent, fronted=False) or (
        ent.doc.has_annotation("DEP") and (_mediator(ent.sent, actor) or _go_between(_noun(ent.root))
                                           or _noun(ent.root).dep_ == "nsubj"
                                           and _noun(ent.root).head.lower_ in _GO_BETWEEN_VERBS))


_SEATED = frozenset("headquartered based located".split())
# private things a place may be where they sit or sail: "firms in the UAE", "ships off the coast of Malaysia"
_LOCATED_THINGS = frozenset("""firm firms company companies subsidiary subsidiaries affiliate affiliates front fronts
    supplier suppliers manufacturer manufacturers ship ships vessel vessels tanker tankers""".split())
_REGISTERED = frozenset("registered incorporated based flagged headquartered".split())
_WATERS = frozenset("coast coasts coastline shore shores waters".split())


# an official's portfolio: "Country Director for Nepal", "the UN envoy for Libya", "Special Rapporteur on Myanmar"
_PORTFOLIO_TITLES = frozenset("""director directors envoy envoys representative representatives commissioner
    commissioners coordinator coordinators rapporteur rapporteurs adviser advisers advisor advisors minister
    ministers secretary""".split())


def _portfolio(sent: Span, actor: ActorMention) -> bool:
    """A state named only as an official's portfolio, "for" or "on" right after the title, or "in" after a
    UN coordinator's capitalised title: "said ADB Country Director for Nepal Arnaud Cauchois", "UN
    Special Envoy for Yemen Hans Grundberg said", "The Humanitarian Coordinator in Chad said"
    (no role; no pair unless the sentence names it otherwise too); not "ambassador to Rome", nor a
    post created: "Kenya named a special envoy for Sudan"."""
    if actor.via not in {"name", "capital"}:
        return False
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None:
        return False
    i = mention.start - 1
    if i > sent.start and sent.doc[i].lower_ == "the":
        i -= 1
    prep = sent.doc[i]
    if prep.lower_ == "in" and (opening := _portfolio_opening(sent, i)) is not None:
        i, prep = opening, sent.doc[opening]  # "Special Rapporteur on the situation of human rights in Myanmar"
    if (i - 6 >= sent.start and prep.lower_ == "for"
            and [t.lower_ for t in sent.doc[i - 5 : i]] == ["of", "the", "secretary", "-", "general"]):
        i -= 5  # "the Special Envoy of the Secretary-General for Yemen": the envoy's portfolio
    if not (i - 1 >= sent.start and (sent.doc[i - 1].lower_ in _PORTFOLIO_TITLES or sent.doc[i - 1].text == "Expert") and (
            prep.lower_ in {"for", "on"}
            # a UN coordinator's country: "The Humanitarian Coordinator in Chad said"
            or prep.lower_ == "in" and sent.doc[i - 1].text in {"Coordinator", "Coordinators"})):
        return False
    after = sent.doc[mention.end] if mention.end < sent.end else None
    if after is not None and not (after.is_punct and after.text != "-" or after.is_title or mention.root.dep_ == "pobj"):
        return False  # the state is the whole portfolio: not "the special representative for the Belgrade-Pristina dialogue"
    # a post a state creates is its act on the portfolio: "Kenya named a special envoy for Sudan"
    title = sent.doc[i - 1]
    return not (title.dep_ in {"dobj", "oprd", "attr"} or title.dep_ == "pobj" and title.head.lower_ == "as")


# the titles of those posted to report on or mediate in a state, whose portfolio may run to "in" it (and
# the UN's capitalised "Independent Expert on the situation of human rights in Haiti")
_POSTED_TITLES = frozenset("""envoy envoys representative representatives rapporteur rapporteurs coordinator
    coordinators""".split())


# the words of a portfolio's phrase: nouns, their modifiers and prepositions, no clause ("for talks that began in Sudan")
_PORTFOLIO_DEPS = frozenset("pobj prep det amod compound nmod cc conj".split())


def _portfolio_opening(sent: Span, i: int) -> int | None:
    """The "for" or "on" right after an envoy's, a rapporteur's or a coordinator's title that opens a
    portfolio of a few words ending in "in" (at ``i``), where the state is: "Special Rapporteur on the
    situation of human rights in Myanmar", "the UN envoy for peace in Sudan"; none across a verb, a
    name or a punctuation mark, nor after a minister's ("the minister for trade in Kenya" is Kenya's)."""
    for k in range(i - 1, max(sent.start, i - 8), -1):
        token = sent.doc[k]
        if token.lower_ in {"for", "on"} and (sent.doc[k - 1].lower_ in _POSTED_TITLES or sent.doc[k - 1].text == "Expert"):
            return k if k < i - 1 else None
        if not token.is_alpha or token.ent_type_ or token.dep_ not in _PORTFOLIO_DEPS:
            return None
    return None


def _no_party_place(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """Where firms sit or ships sail (``_located_only``), an official's portfolio (``_portfolio``),
    where private travellers go (``_destination_only``) or a happening's place in a clause that
    dates or conditions the main one (``_happening_aside``)."""
    return (_located_only(sent, actor, found) or _portfolio(sent, actor) or _destination_only(sent, actor)
            or _happening_aside(sent, actor, found) or _organisation_seat(sent, actor, found)
            or _own_border(sent, actor) or _operations_area(sent, actor, found))


# prepositions that put a thing somewhere: "a base in Romania", "a spy near Berlin"
_LOCATIVE = frozenset("in at near outside inside".split())
# a bare compass word "of" a place, where something lies from it: "a depot east of Damascus" (not
# "the south of Lebanon", which is the state's own region)
_BARE_COMPASS = re.compile(r"(?:north|south)(?:-?(?:east|west))?|east|west")
# places that are themselves in a place, whose state only locates them: "at a base in Romania"
_FACILITIES = frozenset("""base bases camp camps centre center institute university college school schools hospital
    hospitals clinic prison prisons jail jails market markets office offices hotel hotels facility facilities
    plant plants depot depots warehouse warehouses airport airports station stations building buildings house
    village villages mosque church stadium site sites""".split())
# a spot "of" such a place: "on the floor of the UN office in Nairobi"
_SPOTS = frozenset("floor floors gate gates door doors entrance roof grounds edge outskirts".split())
# verbs of attack, whose object's place is what is attacked: "struck targets in southern Lebanon"
_ATTACKING = frozenset("""attack attacks attacked attacking strike strikes struck striking hit hits hitting shell
    shells shelled shelling bomb bombs bombed bombing bombard bombards bombarded bombarding raid raids raided raiding
    pound pounds pounded pounding target targets targeted targeting invade invades invaded invading fight fights
    fought fighting""".split())
_KILLING = frozenset("kill kills killed killing".split())
# nouns of attack "in" a place, its state the target: "Israeli strikes in southern Lebanon"
_ATTACKS_IN = _WARS_IN | frozenset("""airstrike airstrikes air-strikes strike raid bombing bombings shelling
    bombardment incursions operation operations""".split())
# forces, soldiers and arms whose place is where a state stands or strikes: "troops at a base in Somalia"
_MILITARY = _STATIONED | frozenset("""troop soldier jets warplanes warships drones missiles brigade brigades army
    navy""".split())
# verbs of where private people live, work or stay: "refugees who have lived in Lebanon"
_LIVING_VERBS = frozenset("""live lives lived living reside resides resided residing settle settles settled settling
    stay stays stayed staying work works worked working study studies studied studying shelter shelters sheltered
    sheltering born raised""".split())
# crime rings, whose place is where they are, whoever acts on them: "a smuggling ring in Algeria"
_RINGS = frozenset("ring rings gang gangs network networks cell cells syndicate syndicates".split())
_CRIMES = frozenset("""smuggling trafficking criminal crime drug drugs fraud terrorist terror counterfeiting
    laundering piracy kidnapping""".split())
# a travel that goes "for", "to" or "from" a place in a clause of time: "Before leaving for Tokyo on Friday"
_TRIP_TIMES = frozenset("before after upon following ahead".split())


# each state's names by code ("Lebanon"), by which a region's name ends: "southern Lebanon"
_STATE_NAMES = {row["code"]: frozenset(n.lower() for n in row["names"].split("|") if n) for row in _COUNTRIES}


def _attacked_regions(sent: Span, ents: list[Span]) -> list[ActorMention]:
    """The state of a region the gazetteer holds as a place ("southern Lebanon", "South Lebanon")
    where an attack, strike or incursion is "in" it, by the state's own name and the role of the
    region: "Israeli jets struck targets in southern Lebanon" (LBN target), as "in northern Syria"
    is; not where no attack lands ("Hezbollah fighters in southern Lebanon attacked Israel")."""
    out = []
    for e in ents:
        if e._.kind != "place" or e._.code not in STATE_CODES or len(e) < 2:
            continue
        if not (_REGION_WORDS.fullmatch(e[0].lower_) or e[0].lower_ in {"north", "south", "east", "west"}):
            continue
        name = e[1:]
        if name.text.lower() not in _STATE_NAMES.get(e._.code, ()) or e.root.dep_ != "pobj" or e.root.head.lower_ != "in":
            continue
        hit = e.root.head.head  # the attack, or what it hits: "struck targets in", "Israeli strikes in"
        if not (hit.lower_ in _ATTACKING or hit.dep_ in {"dobj", "nsubjpass"} and hit.head.lower_ in _ATTACKING
                or hit.lower_ in _ATTACKS_IN and not any(c.dep_ == "prep" and c.lower_ in {"on", "against"}
                                                         for c in hit.children)):
            continue  # (not an attack on a thing of its own there: "an attack on his convoy in southern Lebanon")
        out.append(ActorMention(name.text, e._.code, "state", "name", name.start_char, name.end_char, _role(e.root)))
    return out


def _only_locates(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A state or capital that only locates another thing, no party to what is done (no role, no
    pair): where a thing is that is itself a place ("train Ukrainian pilots at a base in Romania",
    "addressing supporters at a market in Nairobi"), where private people the clause is about live
    or work ("Syrian refugees who have lived in Lebanon"), where a crime ring is ("aiding a
    smuggling ring in Algeria"), where a thing of another party's lies from it ("struck an
    Iranian-backed militia depot east of Damascus", "arrested a Russian spy near Berlin"), or
    where a traveller goes or comes from in a clause of time with no purpose, the main clause
    relating another party ("Before leaving for Tokyo on Friday, the prime minister met President
    Prabowo"). Not forces, attacks or killings there ("troops at a base in Somalia", "struck
    targets near Damascus"), not a venue ("met at a hotel in Doha"), nor what is built, bought or
    aided there ("financed a solar plant outside Ouagadougou")."""
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ not in {"pobj", "dobj"}:
        return False
    prep = root.head
    if root.dep_ == "dobj" or prep.lower_ in {"for", "to", "from"}:
        return _background_trip(root, found)
    if prep.lower_ == "of" and _BARE_COMPASS.fullmatch(prep.head.lower_) and not any(
            c.dep_ == "det" for c in prep.head.children):
        return _owned_elsewhere(sent, actor, prep.head, prep, found)  # "a depot east of Damascus"
    if prep.lower_ not in _LOCATIVE or prep.head.i == prep.i:
        return False
    thing = prep.head
    done = next((c for c in thing.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if done is not None and (done.lower_ in _RINGS or prep.lower_ in {"near", "outside"}):
        thing = done  # the place on the verb, where its object is: "dismantled a smuggling ring in Libya"
    elif thing.dep_ in {"relcl", "acl"}:  # "refugees who have lived in Lebanon", "Syrians living in Turkey"
        return (thing.lower_ in _LIVING_VERBS and thing.head.lower_ in _DWELLERS
                and not _in_actor(thing.head, sent, found) and not _attacked(thing.head))
    if thing.dep_ not in {"pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj", "attr"} \
            or thing.lower_ in _ATTACKS_IN | _HAPPENINGS | _VENUE_WORDS | _MEETINGS | _MILITARY | _SEAT_NOUNS:
        return False
    if prep.lower_ in {"near", "outside"}:
        return _owned_elsewhere(sent, actor, thing, prep, found)  # "arrested a Russian spy near Berlin"
    if thing.lower_ in _RINGS and any(c.lower_ in _CRIMES for c in thing.children):
        return not _attacked(thing)  # "for aiding a smuggling ring in Algeria"
    # a place of a place: "at a base in Romania", "the floor of the UN office in Nairobi" (not a speaker's
    # institution, "an analyst at a research centre in Paris", which counts where the story named its state)
    holder = thing.head
    if holder.lower_ == "of" and holder.head.dep_ == "pobj" and holder.head.lower_ in _SPOTS:
        holder = holder.head.head
    return (thing.dep_ == "pobj" and thing.lower_ in _FACILITIES and holder.lower_ in _LOCATIVE | {"on"}
            and not _attacked(thing) and not _venue_capital(actor, sent, fronted=False)
            and not (_singular(holder.head) in _PERSON_NOUNS or holder.head.lower_ in _PRIVATE_PEOPLE
                     or _researcher(holder.head) or _person(holder.head)
                     or holder.head.dep_ == "appos" and _person(holder.head.head))
            and not any(t.lower_ in _MILITARY for t in [holder.head, *holder.head.children]))


def _attacked(thing: Token) -> bool:
    """Whether ``thing`` is what a verb of attack or killing acts on, or is in a clause of one:
    "struck a depot", "fighting in towns", "killed 25 worshippers at a church in Damascus"."""
    for t in [thing, *list(thing.ancestors)[:4]]:
        if t.lower_ in _ATTACKING | _KILLING or t.lower_ in _ATTACKS_IN:
            return True
    return False


def _in_actor(token: Token, sent: Span, found: list[ActorMention]) -> bool:
    """Whether ``token`` is inside a mention of an actor ``found``."""
    return any(a.start <= token.idx < a.end for a in found if sent.start_char <= a.start < sent.end_char)


def _owned_elsewhere(sent: Span, actor: ActorMention, thing: Token, prep: Token, found: list[ActorMention]) -> bool:
    """Whether ``thing``, which a place after ``prep`` locates, is named as another actor's ("an
    Iranian-backed militia depot", "a Russian spy"): the place only says where it is. Not forces
    there ("Russian troops near Kharkiv")."""
    if thing.lower_ in _MILITARY:
        return False
    words = [t for t in thing.subtree if not prep.left_edge.i <= t.i <= prep.right_edge.i]
    return any(a.code != actor.code and a.via != "implied" and a.start <= t.idx < a.end
               for t in words for a in found)


def _background_trip(root: Token, found: list[ActorMention]) -> bool:
    """Whether a place ``root`` is where a verb of travel goes, "for", "to" or "from", or the
    object of a verb of leaving, in a phrase of time with no purpose of its own: "Before leaving
    for Tokyo on Friday", "after returning from Beijing", where an actor of ``found`` outside the
    trip and its main clause's subject is another party (not "before flying to Doha for talks",
    "before travelling to Moscow to meet Putin", "the minister said before leaving for Beijing",
    "after Syrian troops left Lebanon")."""
    verb = root.head if root.dep_ == "dobj" else root.head.head
    if verb.lower_ not in _LEAVING | _TRAVEL_VERBS - {"invite", "invites", "invited"}:
        return False
    if root.dep_ == "dobj" and verb.lower_ not in _LEAVING:
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "for" and verb.lower_ not in _LEAVING | {"head", "heads", "headed"}:
        return False  # "flew for talks" is a purpose, not a place
    background = (verb.dep_ == "pcomp" and verb.head.lower_ in _TRIP_TIMES) or (
        verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"before", "after", "as", "when", "since"}
                                     for c in verb.children))
    if not background or any(c.dep_ in {"advcl", "xcomp"} or (c.dep_ == "prep" and c.lower_ == "for" and c.i != root.head.i)
                             for c in verb.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _MILITARY for c in verb.children):
        return False  # forces that leave a state: "after Syrian troops left Lebanon"
    # the main clause relates the traveller to another party, the trip is background ("Before leaving for
    # Tokyo, the prime minister met Indonesian President Prabowo"); not where the place is the only one
    # ("the trade minister said before leaving for Beijing")
    main = verb.head.head if verb.dep_ == "pcomp" else verb.head
    trip = {t.i for t in (verb.head if verb.dep_ == "pcomp" else verb).subtree}
    traveller = {t.i for c in main.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    place = ent_at(root.doc, root.i)
    return any(a.code != (place._.code if place is not None else None) and a.via != "implied"
               and (t := _token_at(root.sent, a.start)) is not None and t.i not in trip | traveller
               for a in found)


# armed foes of no state whom a state's forces fight in another's land: "killed 34 militants in northern Iraq"
_ARMED_FOES = frozenset("""terrorist terrorists militant militants insurgent insurgents jihadist jihadists extremist
    extremists""".split())


def _operations_area(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A state named only after "in" and a word of its region as where a state's forces fight
    armed foes of no state, the object of the verb: "Turkish forces killed 34 militants,
    including in northern Iraq and northern Syria", "US forces killed 12 militants in eastern
    Syria" (a place, no role, no pair); not the state's own people or forces ("killed 20 civilians
    in eastern Ukraine"), nor "in Syria" with no region, nor where another actor is the object."""
    root = _named_place_root(sent, actor)
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if root is None or mention is None or actor.via != "name" or root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    if not any(c.dep_ in {"amod", "compound"} and _REGION_WORDS.fullmatch(c.lower_)
               for t in {root, mention.root} for c in t.children):
        return False
    verb = root.head.head
    if verb.lower_ == "including" and verb.dep_ == "prep":
        verb = verb.head  # "killed 34 militants, including in northern Iraq"
    if verb.lower_ in _ARMED_FOES and verb.dep_ == "dobj":
        verb = verb.head  # "killed 12 militants in eastern Syria"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lower_ in _ARMED_FOES and not any(
        a.start <= t.idx < a.end for t in sent.doc[o.left_edge.i : o.i + 1] for a in found) for o in objects)


# policing a state does on its own side of a border: "stepped up patrols on its border with Guatemala"
_BORDER_POLICING = frozenset("""enforcement patrol patrols patrolling checks checkpoints controls surveillance
    inspections""".split())


def _own_border(sent: Span, actor: ActorMention) -> bool:
    """A state named only as the other side of a state's own border ("its", "their", "our") that
    policing is done on or along: "Mexico has stepped up patrols on its border with Guatemala",
    "kept up enforcement along their own southern border with Guatemala" (where, no party); not
    troops or anything else there ("massed troops along its border with Ukraine"), nor "the border
    with Iran" of no one's."""
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "with":
        return False
    border = root.head.head
    if root.head.i > sent.start and border.i != root.head.i - 1 and border in sent.doc[root.head.i - 1].ancestors:
        border = sent.doc[root.head.i - 1]  # "with" hung on the verb: "kept up enforcement along their border with"
    if border.lower_ not in {"border", "borders", "frontier"} or border.dep_ != "pobj" \
            or border.head.lower_ not in {"on", "along", "at"} \
            or not any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in border.children):
        return False
    held = border.head.head  # "patrols on", or the verb whose object they are: "kept up enforcement along"
    policing = [held, *(c for c in held.children if c.dep_ in {"dobj", "nsubjpass"})]
    return any(t.lower_ in _BORDER_POLICING for t in policing) and not any(
        t.lower_ in _STATIONED for t in [held, *held.children])


# an organisation's things that stand where it sits: "its flags in Abuja", "the AU's headquarters in Addis Ababa"
# (not an office, which may be in a host state: "the UN office in Haiti")
_SEAT_THINGS = frozenset("""flag flags headquarters secretariat secretariats premises compound building
    buildings""".split())


def _organisation_seat(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A state or capital after "in" on a thing of an organisation's where it sits (flags,
    headquarters, offices, secretariat), its seat, no party however often the story names it: "The
    ECOWAS Commission said its flags in Abuja would be lowered", "the AU's headquarters in Addis
    Ababa"; the owner named by its name or as "its" after the organisation, the sentence's actor
    before it (not a state's: "Ghana said its embassy in Abuja"; nor an office in a host state,
    "the UN office in Haiti")."""
    root = _named_place_root(sent, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.head.lower_ not in _SEAT_THINGS:
        return False
    thing = root.head.head
    for owner in thing.children:
        if owner.dep_ not in {"poss", "compound"}:
            continue
        if owner.lower_ == "its":
            before = [a for a in found if a.end <= owner.idx and sent.start_char <= a.start]
            return bool(before) and before[-1].kind == "organisation"
        return any(a.kind == "organisation" and a.start <= owner.idx < a.end for a in found)
    return False


# private people who travel, whose destination is only a place: "the freed prisoners will reach Brussels"
_TRAVELLERS = frozenset("""prisoner prisoners detainee detainees hostage hostages captive captives refugee refugees
    migrant migrants evacuee evacuees returnee returnees passenger passengers tourist tourists pilgrim pilgrims
    fan fans supporters student students worker workers academic academics crew sailors fishermen""".split())
_REACHING = frozenset("reach reaches reached reaching".split())
_ARRIVING = _REACHING | _TRAVEL_VERBS - {"invite", "invites", "invited"} | frozenset(
    "land lands landed landing flown".split())
# what the sick or wounded are brought somewhere for: "the soldiers would be flown to Moscow for medical treatment"
_CARE = frozenset("treatment care rehabilitation surgery hospitalisation hospitalization".split())
# private people a verb of dwelling may be on ("refugees who have lived in Lebanon"): not officials, forces or an embassy's staff
_DWELLERS = frozenset(w for word in _TRAVELLERS | frozenset("""families people civilians residents smugglers
    traffickers engineers citizens nationals nurses doctors""".split()) for w in {word, word.removesuffix("s")})


def _named_place_root(sent: Span, actor: ActorMention) -> Token | None:
    """The head word of a state or capital named by its name, above the list it stands in ("in the
    UAE, Hong Kong and India": "UAE"); None for a mention of another kind or one the tokens do not hold."""
    if actor.via not in {"name", "capital"}:
        return None
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if mention is None:
        return None
    root = mention.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def _destination_only(sent: Span, actor: ActorMention) -> bool:
    """A state or capital named only as where private people travel, its object or after "to" or
    "in" on a verb of arriving or travel whose subject is such people (prisoners, hostages,
    refugees, passengers, fans ... or a person a private title names, "aid worker Lucas
    Verhoeven"): "The freed prisoners will reach Brussels on Friday", "The two hostages are
    expected to arrive in Nairobi" (no role, no pair), or anyone brought there for care, "the
    soldiers would be flown to Moscow for medical treatment"; not officials, troops or a state ("Kenyan
    troops arrived in Mogadishu", "The Ethiopian foreign minister flew to Cairo")."""
    root = _named_place_root(sent, actor)
    if root is None:
        return False
    if root.dep_ == "dobj":
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in {"to", "in"}:
        verb = root.head.head
    else:
        return False
    if verb.lower_ not in _ARRIVING or (root.dep_ == "dobj" and verb.lower_ not in _REACHING):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ in _CARE for o in c.children)
           for c in verb.children):
        return True  # where people are brought for care, patients: "would be flown to Moscow for medical treatment"
    for _ in range(4):  # the subject, also of the verb an infinitive or a joined verb is under
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in {"xcomp", "conj"}:
            break
        verb = verb.head
    if subject is None:
        return False
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and subject.lower_ not in _TRAVELLERS:
        subject = next((c for c in of.children if c.dep_ == "pobj"), subject)  # "Hundreds of refugees"
    if subject.lower_ in _TRAVELLERS:
        return True
    # a name a private title is on (the tagger may take it for a group's: "aid worker Lucas Verhoeven")
    return (_person(subject) or subject.is_title) and any(
        c.dep_ in {"compound", "amod", "appos"} and c.lower_ in _TRAVELLERS | _PRIVATE_PROFESSIONS for c in subject.children)


# what opens a clause that dates or conditions another: "as long as the war in Ukraine continues"
_ASIDE_MARKS = frozenset("as while until till unless if once before after since".split())


def _happening_aside(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A state named only as where a war, conflict or crisis happens, "in" its noun, that noun the
    subject of a clause that dates or conditions the main one and names no other actor: "Moscow is
    unlikely to reduce its dependence on Beijing as long as the war in Ukraine continues" (no
    role, no pair); not the main clause's subject ("The war in Ukraine has pushed Moscow closer to
    Beijing"), nor one whose clause names who wages it ("as long as Russia's war in Ukraine
    continues")."""
    root = _named_place_root(sent, actor)
    if root is None:
        return False
    if root.dep_ != "pobj" or root.head.lower_ != "in" or root.head.head.lower_ not in _HAPPENINGS:
        return False
    noun = root.head.head
    clause = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in clause.children):
        return False
    left, right = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    return not any(a is not actor and a.via not in {"context", "implied"} and left <= a.start < right for a in found)


def _located_only(sent: Span, actor: ActorMention, found: list[ActorMention]) -> bool:
    """A state or capital named only as where firms sit or ships sail, in a clause no actor is the
    subject of: "The network, run through firms in the UAE, Hong Kong and India, ... transferring
    oil between ships off the coast of Malaysia" (no role, no pairs); not where an actor acts on
    them ("Washington sanctioned firms in China", "Chinese vessels off the coast of Palawan")."""
    root = _named_place_root(sent, actor)
    if root is None:
        return False
    if root.dep_ != "pobj":
        return False
    prep, noun = root.head, root.head.head
    at_sea = prep.lower_ == "of" and noun.lower_ in _WATERS and noun.dep_ == "pobj" and noun.head.lower_ == "off"
    if at_sea:
        noun = noun.head.head  # "ships off the coast of Malaysia", "was transferred off the coast of Oman"
    elif prep.lower_ != "in":
        return False
    if noun.lower_ in _REGISTERED and noun.dep_ == "acl":
        noun = noun.head  # "vessels registered in Liberia"
    if not at_sea and noun.lower_ not in _LOCATED_THINGS:
        return False
    clause = noun
    for _ in range(12):  # the clause's verb and its subject: an acl's is the noun it is on, a relative
        # clause's its own where it has one ("oil, which they receive after transfers off the coast of Malaysia")
        own = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}]
        if own and own[0].lower_ not in {"which", "that", "who", "whom"}:
            subject = own[0]
            break
        if clause.dep_ in {"acl", "relcl"}:
            subject = clause.head
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    if subject.i == noun.i:
        return False  # where the subject is: "Firms in Uganda lobbied Kampala"
    named = [sent.doc.char_span(a.start, a.end, alignment_mode="expand") for a in found if a is not actor
             and a.via != "implied" and sent.start_char <= a.start < sent.end_char]
    inside = {t.i for t in subject.subtree} - {t.i for c in subject.children if c.dep_ in {"acl", "relcl", "appos"}
                                               for t in c.subtree}  # not the clause on it: "The network, run through"
    return not any(span is not None and span.root.i in inside for span in named)


def _seated(sent: Span, actor: ActorMention) -> bool:
    """Whether ``actor`` is named as where a body sits: "based in London", "headquartered in Nairobi"."""
    mention = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return (mention is not None and mention.root.dep_ == "pobj" and mention.root.head.lower_ in {"in", "at"}
            and mention.root.head.head.lower_ in _SEATED)


_SUPERLATIVE = re.compile(r"(?:larg|bigg|small|rich|poor|strong|weak|old|new|young|great|high|low|fast)est")
_CONFORMING = frozenset("line keeping accordance compliance conformity consistent compliant incompatible".split())
_RULES = frozenset("""rule rules law laws norm norms standard standards regulation regulations principle principles
    guideline guidelines""".split())
# verbs of keeping rules, their object or after "by", "to" or "with": "abide by WTO rules", "meet IAEA standards"
_KEEPING_RULES = frozenset("""abide abides abided abiding comply complies complied complying adhere adheres adhered
    adhering conform conforms conformed conforming respect respects respected respecting follow follows followed
    following obey obeys obeyed obeying observe observes observed observing meet meets met meeting""".split())


def _measures_only(actors: list[ActorMention], sent: Span | None) -> set[str]:
    """The codes of organisations ``sent`` names only as a measure of something, no party to a
    pair: the scope of a superlative ("the largest economy in ASEAN") or the owner of the rules a
    thing conforms to ("fully in line with WTO rules", "consistent with EU law") or someone keeps
    ("should abide by WTO rules", "will meet the IAEA's standards"; not "breaking WTO rules")."""
    if sent is None or not sent.doc.has_annotation("DEP"):
        return set()
    measures: set[str] = set()
    others: set[str] = set()
    for a in actors:
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand") if sent.start_char <= a.start < sent.end_char else None
        root = span.root if span is not None else None
        measure = False
        if root is not None and a.kind == "organisation":
            if root.dep_ == "pobj" and root.head.lower_ in {"in", "among", "within"}:
                noun = root.head.head
                measure = any(c.dep_ == "amod" and _SUPERLATIVE.fullmatch(c.lower_) for c in noun.children)
            elif root.dep_ in {"compound", "poss"} and root.head.lower_ in _RULES and root.head.dep_ == "pobj":
                prep = root.head.head
                measure = prep.lower_ == "with" and prep.head.lower_ in _CONFORMING or (
                    prep.lower_ in {"by", "to", "with"} and prep.head.lower_ in _KEEPING_RULES)
            elif root.dep_ in {"compound", "poss"} and root.head.lower_ in _RULES and root.head.dep_ == "dobj":
                measure = root.head.head.lower_ in _KEEPING_RULES
            elif root.dep_ in {"compound", "poss"} and root.head.lower_ in _RESOLUTIONS:
                # the owner of a resolution someone implements: "the full implementation of Security Council
                # resolution 1701", "to implement UN resolutions" (not "vetoed a UN resolution")
                noun = root.head
                measure = (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _IMPLEMENTING
                           or noun.dep_ == "dobj" and noun.head.lower_ in _IMPLEMENTING | _KEEPING_RULES)
        (measures if measure else others).add(a.code)
    return measures - others


_RESOLUTIONS = frozenset("resolution resolutions".split())
_IMPLEMENTING = frozenset("""implementation implement implements implemented implementing compliance enforcement
    enforce enforces enforced enforcing""".split())
_DESCRIBING = frozenset("linked affiliated aligned allied inspired".split())
# the verbs an elliptical comparison clause keeps: "as Britain was in 2025", "than Ethiopia does"
_PRO_VERBS = frozenset("""be is are was were been am do does did done have has had can could will would may might
    shall should must""".split())
# the nouns a comparison clause hangs on: "coordinating prices the way OPEC does"
_MANNER = frozenset("way manner".split())


def _compared(token: Token) -> str:
    """The word that makes ``token`` named only as what something is compared with, else "": the
    subject of an elliptical clause "as" or "than" opens ("a security pact, as Britain was in 2025",
    "spends more than Ethiopia does", "as Uganda did") or of one on "the way" ("coordinating prices
    the way OPEC does": "way"), or the object of "like" or "unlike" on a verb ("Like Egypt, Sudan
    rejected the plan"); not a clause with a verb of its own ("as Ethiopia demanded"), nor examples
    of a noun ("states like Mali")."""
    if token.dep_ == "nsubj":
        verb = token.head
        if verb.lower_ not in _PRO_VERBS or any(c.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp"}
                                               for c in verb.children):
            return ""
        if verb.dep_ == "relcl" and verb.head.lower_ in _MANNER:
            return "way"
        mark = next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in {"as", "than"}), "")
        return mark if verb.dep_ == "advcl" else ""
    after = token.right_edge.i + 1
    if (token.dep_ == "pobj" and token.head.lower_ in {"as", "than"} and after < len(token.doc)
            and token.doc[after].lower_ in _PRO_VERBS):
        return token.head.lower_  # the parser took the elliptical clause's "than" for a preposition: "harder than Brussels can"
    if (token.dep_ == "pobj" and token.head.lower_ in {"like", "unlike"} and token.head.dep_ == "prep"
            and (token.head.head.dep_ in {"ROOT", "advcl", "ccomp", "xcomp", "relcl"}
                 or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.head.head.children))):
        return token.head.lower_
    # ... or set off by commas on a subject that names an entity: "Kenya, like Uganda, has asked the IMF"
    # (not examples of a noun, "Countries, like Mali and Niger, have left": no entity is the subject)
    like = token.head
    if (token.dep_ == "pobj" and like.lower_ in {"like", "unlike"} and like.dep_ == "prep" and like.i > 0
            and like.head.dep_ in {"nsubj", "nsubjpass"} and like.head.ent_type_ and like.doc[like.i - 1].text == ","):
        return like.lower_
    # ... or what a superlative ranks after: "Japan is our closest partner in the region after the US"
    if token.dep_ == "pobj" and like.lower_ in {"after", "behind"} and like.dep_ == "prep":
        head = like.head
        for _ in range(3):
            head = next((c for c in head.children if c.dep_ == "attr"), head)  # "is", "remains"
            if any(c.dep_ == "amod" and _RANKING.fullmatch(c.lower_) for c in head.children):
                return like.lower_
            if head.head.i == head.i:
                break
            head = head.head
    return ""


# the words that rank a noun: "our closest partner after the US", "its second-largest market after China"
_RANKING = re.compile(r"\w*(?:est|second|third|fourth|fifth)")


def _compared_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor every mention of which in ``sent`` is what something is
    compared with (``_compared``): it takes no part in what the sentence tells, save that what
    "than" compares does the same to the sentence's other parties, only not to its subject ("Malawi
    takes a softer line with Zambia than Tanzania does": TZA-ZMB stays, MWI-TZA goes)."""
    compared: dict[str, set[str]] = {}
    others: set[str] = set()
    for a in actors:
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand") if sent.start_char <= a.start < sent.end_char else None
        if span is None:
            others.add(a.code)
            continue
        root = span.root
        while root.dep_ == "conj":
            root = root.head
        word = _compared(root)
        if word:
            compared.setdefault(a.code, set()).add(word)
        else:
            others.add(a.code)
    out = {code: words for code, words in compared.items() if code not in others}
    if not out:
        return pairs
    sources = {a.code for a in actors if a.role == "source" and a.code not in out}
    return [pair for pair in pairs if not any(
        code in out and (out[code] != {"than"} or (set(pair) - {code}) & sources) for code in pair)]


# the words that make an elliptical joined clause say its subject does the same: "and so has
# Jamaica", "and Jamaica did too", "and neither has Togo", "nor has Togo"
_PARALLEL = frozenset("so too also either neither likewise".split())


def _paralleled(token: Token) -> Token | None:
    """The verb of the clause whose deed ``token`` is said to do as well, where ``token`` is the
    subject of an elliptical clause joined to it that keeps only an auxiliary and a word of the
    same ("Kenya has kept its word, and so has Jamaica", "and Jamaica did too", "and Togo did the
    same", "and neither has Togo", "nor has Togo"; the parser may take the subject after
    "neither"/"nor" for an object); else None. Not a clause with a deed of its own ("and Jamaica
    has sent troops too", "and so Jamaica sent troops")."""
    verb = token.head
    if token.dep_ not in {"nsubj", "dobj"} or verb.dep_ != "conj" or verb.lower_ not in _PRO_VERBS:
        return None
    doc = token.doc
    nor = verb.i > 0 and doc[verb.i - 1].lower_ == "nor"
    neither = any(c.dep_ == "nsubj" and c.lower_ == "neither" for c in verb.children)
    if token.dep_ == "dobj" and not (nor or neither):
        return None
    same = any(c.dep_ == "dobj" and c.lower_ == "same" for c in verb.children)
    if any(c.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp", "prep", "agent"} and c.i != token.i
           and c.lower_ != "same" for c in verb.children):
        return None
    if not (nor or neither or same or any(c.dep_ == "advmod" and c.lower_ in _PARALLEL for c in verb.children)):
        return None
    return verb.head


def _parallel_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor every mention of which in ``sent`` is the subject of an
    elliptical clause that says it does the same (``_paralleled``) with the subject of the clause
    it parallels: "Kenya has kept its word, and so has Jamaica" relates neither to the other (no
    JAM-KEN), while "Ghana has paid its dues to ECOWAS, and so has Togo" keeps ECOWAS-TGO."""
    doc = sent.doc
    parallel: dict[str, set[str]] = {}
    others: set[str] = set()
    for a in actors:
        span = doc.char_span(a.start, a.end, alignment_mode="expand") if sent.start_char <= a.start < sent.end_char else None
        root = span.root if span is not None else None
        while root is not None and root.dep_ == "conj" and root.head.dep_ in {"nsubj", "dobj", "conj"}:
            root = root.head
        verb = _paralleled(root) if root is not None else None
        if verb is None:
            others.add(a.code)
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        parallel.setdefault(a.code, set()).update(
            b.code for b in actors for c in subjects if c.left_edge.idx <= b.start < c.right_edge.idx + len(c.right_edge))
    for code, partners in parallel.items():
        if code not in others:
            pairs = [pair for pair in pairs if code not in pair or not set(pair) - {code} <= partners]
    return pairs


_CONCESSIVE = frozenset("although though while whereas".split())
# the linking verbs of a clause that tells only its subject's state: "although ECOWAS mediators remain cautious"
_LINKING = frozenset("be is are was were been being remain remains remained stay stays stayed seem seems seemed appear "
                     "appears appeared look looks looked become becomes became".split())


def _states_only(clause: Token) -> bool:
    """Whether ``clause`` is a concessive clause ("although", "though", "even though", "even as",
    "while", "whereas") that tells only its subject's state: a linking verb with an adjective and
    nothing that takes up what the main clause tells ("although ECOWAS mediators remain cautious",
    "while Nigeria remained sceptical"; not "although Somalia has objected", a reaction to the
    main clause's deed, "though Uganda is wary of it", "although Uganda was willing to mediate")."""
    if clause.dep_ != "advcl" or clause.lower_ not in _LINKING:
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if not marks or not (marks[0].lower_ in _CONCESSIVE or (
            marks[0].lower_ == "as" and any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children))):
        return False
    if not any(c.dep_ == "acomp" for c in clause.children) or any(
            c.dep_ in {"dobj", "attr", "ccomp", "xcomp", "prep", "agent", "oprd"} for c in clause.children):
        return False
    # "although Uganda was willing to mediate": a deed it offers, not a state; "though a delay was possible if
    # Lomé challenged the line": a deed of a clause of its own; "while its talks with the E3 are alive"
    return not any(t.lower_ in _ACROSS or t.lower_ in _ANSWERS or t.lower_ in {"its", "their"}
                   or (t.dep_ in {"xcomp", "ccomp", "advcl", "relcl", "acl", "conj"} and t.i != clause.i)
                   for t in clause.subtree)


def _concessive_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor named only in a concessive clause that tells its own
    subject's state (``_states_only``), the actor being that subject, with an actor the clause does
    not name: "Youssouf said the AU does not expect any delay, although ECOWAS mediators remain
    cautious" gives no AU-ECOWAS; not where the clause names another actor ("while its talks with
    the E3 are alive")."""
    doc = sent.doc
    for clause in sent:
        if not _states_only(clause):
            continue
        inside: set[str] = set()
        outside: set[str] = set()
        for a in actors:
            span = doc.char_span(a.start, a.end, alignment_mode="expand") if sent.start_char <= a.start < sent.end_char else None
            if span is None:
                continue
            within = clause.left_edge.i <= span.root.i <= clause.right_edge.i
            (inside if within else outside).add(a.code)
            if within and not (span.root.dep_ == "nsubj" and span.root.head.i == clause.i) and not (
                    span.root.dep_ in {"compound", "amod", "poss"} and span.root.head.dep_ == "nsubj"
                    and span.root.head.head.i == clause.i):
                return pairs  # the clause names an actor that is not whose state it tells
        only = inside - outside
        pairs = [pair for pair in pairs if not (set(pair) & only and set(pair) - inside)]
    return pairs


def _dated_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor named only in a phrase of time that opens the sentence
    (``_opening_phrase``, after "since", "after", "before", "following", "until", "during", "upon")
    with an actor of the main clause that is no source: the phrase dates the deed, so "Since the
    withdrawal of French forces, Mali has deepened ties with Russia" keeps FRA-MLI but gives no
    FRA-RUS (not a phrase of cause or manner: "Under pressure from Beijing, Manila cancelled")."""
    first = sent[0]
    if first.lower_ not in _TIME_PREPS or (end := _opening_phrase(first)) is None:
        return pairs
    inside: set[str] = set()
    outside: set[str] = set()
    for a in actors:
        if not sent.start_char <= a.start < sent.end_char:
            continue
        (inside if a.start < sent.doc[end].idx else outside).add(a.code)
    only = inside - outside
    if not only:
        return pairs
    sources = {a.code for a in actors if a.role == "source" and a.code not in only}
    return [pair for pair in pairs if not (set(pair) & only and not set(pair) - only <= sources)]


# the prepositions of a phrase that sets a deed in its time or circumstance: "since Russia's invasion of Ukraine",
# "amid renewed tension between Guyana and Venezuela"
_SETTING_PREPS = frozenset("since amid amidst after following during".split())
# the events such a phrase names between others
_SETTING_EVENTS = _EVENT_NOUNS | frozenset("tension tensions dispute disputes rivalry standoff feud row".split())


def _named_tokens(actors: list[ActorMention], sent: Span) -> Iterator[tuple[ActorMention, Token]]:
    """The actors named in ``sent`` itself (not ``implied`` or by ``context``), each with its first token."""
    for a in actors:
        if sent.start_char <= a.start < sent.end_char and a.via not in {"implied", "context"}:
            if (token := _token_at(sent, a.start)) is not None:
                yield a, token


def _setting_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor named only in a phrase of time or circumstance after the
    sentence's opening that names an event with a pair of its own, with anyone outside the phrase: the
    event only sets the deed, "Hungary has used its veto in the Council of the EU since Russia's
    invasion of Ukraine" gives EU-HUN and RUS-UKR, "pressed Rubio ... amid tension between Guyana and
    Venezuela" no GUY-USA (an opening phrase is ``_dated_apart``'s; not one naming one actor, "after
    talks with Ghana")."""
    for prep in sent:
        if prep.lower_ not in _SETTING_PREPS or prep.dep_ != "prep" or prep.i == sent.start or not any(
                t.lower_ in _SETTING_EVENTS and t.dep_ == "pobj" and t.head.lower_ in _SETTING_PREPS | {"of"}
                for t in prep.subtree):
            continue
        inside: set[str] = set()
        outside: set[str] = set()
        for a, token in _named_tokens(actors, sent):
            if prep.left_edge.i <= token.i <= prep.right_edge.i:
                inside.add(a.code)
            elif a.role is not None:  # a venue named in passing is no party outside: "its meeting in Georgetown"
                outside.add(a.code)
        alone = inside - outside
        if alone and any(set(pair) <= inside for pair in pairs):
            pairs = [pair for pair in pairs if not (set(pair) & alone and not set(pair) <= inside)]
    return pairs


def _modifies(token: Token, noun: Token) -> bool:
    """Whether ``token`` is ``noun`` or names whose it is: "EU foreign ministers", "envoys of the AU" (not
    a place "in" it, "troops in Somalia")."""
    for _ in range(6):
        if token.i == noun.i:
            return True
        if token.dep_ not in {"amod", "compound", "nmod", "poss", "pobj", "prep"} or token.head.i == token.i or (
                token.dep_ == "prep" and token.lower_ not in {"of", "from"}):
            return False
        token = token.head
    return False


def _participle_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor named only in an "-ing" participle on an actor, which that actor
    does, with the actors outside it: "Hungary and Slovakia block a statement by EU foreign ministers
    condemning Russian strikes on Ukraine's grid" pairs RUS and UKR with the EU and each other, not with
    HUN or SVK, as a relative clause on an actor with an actor for its subject does."""
    for clause in sent:
        noun = clause.head
        if clause.dep_ != "acl" or not clause.lower_.endswith("ing") or noun.i > clause.i or (
                noun.dep_ == "pobj" and noun.head.lower_ in _PLACE_PREPS):
            continue  # not one the parser hung on a place: "has troops in Somalia fighting al-Shabaab"
        inside: set[str] = set()
        doer: set[str] = set()
        outside: set[str] = set()
        for a, token in _named_tokens(actors, sent):
            if clause.left_edge.i <= token.i <= clause.right_edge.i:
                inside.add(a.code)
            elif _modifies(token, noun):
                doer.add(a.code)
            else:
                outside.add(a.code)
        alone, strangers = inside - doer - outside, outside - inside - doer
        if doer and alone:
            pairs = [pair for pair in pairs if not (set(pair) & alone and set(pair) & strangers)]
    return pairs


def _described_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor named only to describe another's kind ("the al-Qaeda-linked
    JNIM", "an Islamic State-affiliated cell") with any actor but the one it describes: it says
    what that group is, no part in what the sentence tells (not "Iran-backed", a backer's act)."""
    doc = sent.doc
    described: dict[str, set[str]] = {}
    others: set[str] = set()
    for a in actors:
        span = doc.char_span(a.start, a.end, alignment_mode="expand") if sent.start_char <= a.start < sent.end_char else None
        word = doc[span.end + 1] if span is not None and span.end + 1 < sent.end and doc[span.end].text in _HYPHENS else None
        if a.role is None and word is not None and word.lower_ in _DESCRIBING:
            noun = word.head
            # the noun's name, or a name on it: "the al Qaeda-linked al Shabaab insurgency"
            described.setdefault(a.code, set()).update(
                b.code for b in actors if b is not a and noun.left_edge.idx <= b.start < noun.idx + len(noun))
        elif span is not None and (kind := _apposed_kind(span.root)) is not None and (codes := {
                b.code for b in actors if b.code != a.code and b.start <= kind.head.idx < b.end}):
            # named in an apposition that says what another actor is: "JNIM, an al-Qaida affiliate,"
            described.setdefault(a.code, set()).update(codes)
        else:
            others.add(a.code)
    for code, nouns in described.items():
        if code not in others:
            pairs = [pair for pair in pairs if code not in pair or set(pair) - {code} <= nouns]
    return pairs


def _leader_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less that of a state named as the one that leads an organisation, "X-led" on the
    organisation's name or on a noun in apposition to it, with that organisation: it says what the
    organisation is, no relation the sentence tells ("froze its participation in the Kremlin-led CSTO",
    "The CSTO, the Russia-led military bloc, said": no CSTO-RUS), also where the state is named in
    another clause ("Moscow has a base in Gyumri, and Armenia left the Kremlin-led CSTO"); the state
    keeps its other pairs, and the pair stays where the state is named otherwise in the organisation's
    clause ("Moscow urged the Russian-led CSTO to act")."""
    doc = sent.doc
    led: list[tuple[str, set[str], int]] = []
    clauses: dict[str, set[int]] = {}
    for a in actors:
        span = doc.char_span(a.start, a.end, alignment_mode="expand") if sent.start_char <= a.start < sent.end_char else None
        if span is None:
            continue
        word = doc[span.end + 1] if span.end + 1 < sent.end and doc[span.end].text in _HYPHENS else None
        if a.kind != "state" or word is None or word.lower_ != "led":
            clauses.setdefault(a.code, set()).add(_clause(span.root).i)
            continue
        nouns = [word.head] + ([word.head.head] if word.head.dep_ == "appos" else [])
        led.append((a.code, {b.code for b in actors if b.kind != "state" and any(b.start <= n.idx < b.end for n in nouns)},
                    _clause(nouns[-1]).i))
    for code, bodies, clause in led:
        if clause not in clauses.get(code, set()):
            pairs = [pair for pair in pairs if not (code in pair and set(pair) - {code} <= bodies)]
    return pairs


def _apposed_kind(token: Token) -> Token | None:
    """The common noun in apposition to a name that ``token`` is on: its owner or a word on it,
    "JNIM, an al-Qaida affiliate,", or the object of its preposition, "the Africa Corps, the
    successor to the Wagner Group,"; not a clause on it ("a confederation that has turned to Russia"),
    nor an office held in an organisation ("the current chair of the African Union"), nor a noun with
    no article, a count or a relation to its owner ("two in Burkina Faso", "its partner and fellow
    member of the Eurasian Economic Union")."""
    noun = token.head
    if token.dep_ == "pobj" and noun.dep_ == "prep":
        if noun.lower_ == "of" and (_singular(noun.head) in _PERSON_NOUNS | _OFFICIALS | {"chair", "member"}):
            return None  # an office or seat it holds there: "Ramaphosa, the chair of the African Union,"
        noun = noun.head
    elif token.dep_ not in _ON_OBJECT:
        return None
    if noun.i == token.i or not noun.text[:1].islower() or noun.head.text[:1].islower() or noun.like_num \
            or not any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in noun.children):
        return None  # not a count ("two in Mali, two in Burkina Faso"), nor one related to its owner ("its partner")
    # the parser may take the apposition for a conjunct where no "and" or "or" joins it
    if noun.dep_ == "appos" or noun.dep_ == "conj" and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "," \
            and not any(c.dep_ == "cc" for c in noun.head.children):
        return noun
    return None


# object pronouns by which a joined clause takes up what the clause before it did, demonstratives
# ("a complaint against those restrictions") and the words of a reply ("in response")
_ACROSS = frozenset("it them this that these those both either".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
_ANSWERS = frozenset("response retaliation reply return turn protest reaction".split())


# pronouns that are a clause's own subject even where they refer to no actor: "They will keep buying
# from France, and I suspect Russia's share will fall"; the first person's and second's in any clause
_SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())
_OWN_PRONOUNS = frozenset("i we you".split())


def _within_clauses(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those across main clauses joined with their own subjects, where each clause
    relates a pair of its own: "Kenya signed a deal with Ethiopia, and Somalia protested to Egypt"
    gives ETH-KEN and EGY-SOM. An actor outside the joined clauses (the speaker of "..., Mogadishu
    said") or not named in the sentence keeps its pairs, and so does every actor where a clause
    names one actor alone ("Kenya signed a deal with Ethiopia, and Somalia protested") or takes up
    the other with a pronoun ("and Cambodia joined Thailand in criticising it"): it relates across."""
    if any(a.via == "context" for a in actors):
        return pairs  # "since the juntas expelled ... in Bamako": a group the sentence names part of

    def subjects(clause: Token, first: bool) -> bool:
        # an actor is, or is in, the clause's own subject, or a pronoun that refers to none is: the
        # speaker's or the writer's, or the first clause's, whose "They" is another sentence's (a later
        # clause's "it" or "they" may be the clause before's actor)
        return any(c.lower_ in _OWN_PRONOUNS or (first and c.lower_ in _SUBJECT_PRONOUNS)
                   or any(c.left_edge.idx <= a.start < c.right_edge.idx + len(c.right_edge) for a in actors)
                   for c in clause.children if c.dep_ in _SOURCE_DEPS)

    def chain(clause: Token) -> list[Token]:  # the clauses joined to it, and those joined to them, in order
        out = []
        for c in clause.children:
            if _joined_clause(c) and any(g.dep_ in _SOURCE_DEPS for g in c.children):
                out += [c, *chain(c)]
        return out

    done: set[int] = set()
    for head in sent:
        if head.i in done or not any(g.dep_ in _SOURCE_DEPS for g in head.children):
            continue
        joined = chain(head)  # "A did x, B did y, and C did z": the parser hangs the third on the second
        done.update(c.i for c in joined)
        if not joined:
            continue
        clauses = [head, *joined]
        parts: list[set[str]] = [set() for _ in clauses]
        free: set[str] = set()  # codes with a mention outside the clauses, or none in the sentence
        for a in actors:
            span = sent.doc.char_span(a.start, a.end, alignment_mode="expand") if sent.start_char <= a.start < sent.end_char else None
            if span is None or not head.left_edge.i <= span.root.i <= head.right_edge.i:
                free.add(a.code)
                continue
            # the innermost clause it is in: a joined clause's own words, not those of a clause joined to it
            part = max(n for n, c in enumerate(clauses) if c.left_edge.i <= span.root.i <= c.right_edge.i)
            parts[part].add(a.code)
        # a clause that names no actor relates none: "..., deliveries have slipped by years, and ..."
        named = [n for n, part in enumerate(parts) if part]
        if len(named) < 2:
            continue
        parts, clauses = [parts[n] for n in named], [clauses[n] for n in named]
        # "while", "but" or "yet" sets the two against each other
        contrast = any(c.dep_ == "advcl" or (c.dep_ == "conj" and any(
            k.dep_ == "cc" and k.lower_ in {"but", "yet"} and k.i < c.i for k in c.head.children)) for c in joined)
        # relative clauses each opened by a relative word of its own describe in parallel, each apart even
        # naming one actor alone: "a Sahel where Russia is entrenched and where China and Turkey sell drones"
        parallel = clauses[0].dep_ == "relcl" and all(
            c.left_edge.lower_ in _PARALLEL_RELATIVES and c.left_edge.dep_ in {"advmod", "nsubj", "nsubjpass", "dobj"}
            for c in clauses)
        if any(len(part) < 2 and not parallel and not (part and not contrast and _own_object(clauses[n], joined, actors))
               for n, part in enumerate(parts)) \
                or not all(subjects(c, c.i == head.i) for c in clauses) or any(
                (t.lower_ in _ACROSS and t.dep_ in _TARGET_DEPS) or (t.lower_ in _DEMONSTRATIVES and t.dep_ == "det")
                or t.lower_ in _ANSWERS for c in joined for t in c.subtree) or any(
                t.lower_ in {"it", "its"} for c in joined for g in c.children if g.dep_ in _SOURCE_DEPS
                and any(k.dep_ == "conj" for k in g.children) for t in c.subtree):
            continue  # "and Cambodia joined Thailand in criticising it": the deal of the clause before
        pairs = [pair for pair in pairs if free & set(pair) or any(set(pair) <= part for part in parts)]
    return pairs


# the words that open a relative clause of their own: "where Russia is entrenched and where China sells drones"
_PARALLEL_RELATIVES = frozenset("where which who whom whose".split())


# relations an object may take up from the clause before: "and Egypt has framed the dispute as"
_RELATIONS_TAKEN_UP = frozenset("""dispute conflict war row feud rivalry standoff talks contact contacts deal agreement
    negotiation negotiations tension tensions relation relations ties""".split())


# pronouns by which a clause's object is the thing of the clause before: "; Beijing treats it as"
_OBJECTS_TAKEN_UP = frozenset("it them this that these those".split())


# adverbs by which a clause does as the one before did: "and Jamaica sent police too"
_ALIKE = frozenset("too also likewise similarly so".split())


def _own_object(clause: Token, joined: list[Token], actors: list[ActorMention]) -> bool:
    """Whether ``clause``, naming one actor, has an object of its own that is no clause joined to it,
    a thing it acts on, so that it relates to no actor of the other clauses: "and Niger suspended
    the activities of the Red Cross", "and OPEC+ producers decide whether to keep pumping"; not
    "and Somalia protested", which answers the clause before, nor one whose object is the thing of
    the clause before ("; Beijing treats it as"), nor what it says or is invited to
    do ("has said it will ...", "has been invited to attend"), nor a relation the clause before
    tells of ("framed the dispute as", "facilitated further contacts"), nor one that does it with
    others or as the other did ("the U.S. and its allies would increase joint sails", "and Jamaica
    sent police too")."""
    if any(c.dep_ in _SOURCE_DEPS and any(k.dep_ == "conj" for k in c.children) or c.dep_ == "advmod"
           and c.lower_ in _ALIKE for c in clause.children):
        return False
    spans = [(a.start, a.end) for a in actors]
    for c in clause.children:
        if c in joined:
            continue
        if c.dep_ == "dobj":
            if c.lower_ in _OBJECTS_TAKEN_UP:  # "; Beijing treats it as": the thing of the clause before
                return False
            if not any(c.left_edge.idx <= start < c.right_edge.idx + len(c.right_edge) for start, _ in spans) \
                    and _singular(c) not in _RELATIONS_TAKEN_UP:
                return True
        elif c.dep_ in {"ccomp", "xcomp"} and any(m.dep_ == "mark" and m.lower_ == "whether" for m in c.children):
            return True  # "decide whether to keep pumping"
        elif c.dep_ == "xcomp" and _own_object(c, joined, actors):  # "expected to host a conference"
            return True
    return False


# marks that join two clauses as a semicolon does: "Ankara wants gas from Baku: Moscow wants a hub"
_CLAUSE_BREAKS = frozenset(":—–")


def _joined_clause(clause: Token) -> bool:
    """Whether ``clause`` is a main clause joined to its head: with "and" or "but", with "while" or
    "whereas" ("Ghana favours a deal, while Nigeria wants guarantees"), or after a semicolon
    ("Germany has lobbied for a truce; Spain will back it") or a colon or a dash ("Ankara wants gas from
    Baku: Moscow wants a hub"), which the parser may hang either way,
    or first of a series whose last is joined with "and" ("Turkey has strained its army, prices have
    risen, and Baghdad alarms Riyadh": the parser may take the first for what the second reports)."""
    if clause.dep_ == "conj":
        return True
    if clause.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in clause.children)
    if clause.dep_ in {"ccomp", "parataxis"}:
        doc = clause.doc
        before, after = clause.left_edge.i - 1, clause.right_edge.i + 1
        if (before >= 0 and doc[before].text == ";") or (after < len(doc) and doc[after].text == ";"):
            return True
        # or after a colon or a dash ("Ankara wants gas from Baku: Moscow wants a hub"), not where one
        # of the two is a verb of saying, the other what it says ("The minister told Ethiopia: ...")
        # (the parser may hang the colon on the clause before it); the clause before the mark hung on
        # the one after it, or after the mark on the one before it (not "offers what Washington cannot:")
        if (any(0 <= i < len(doc) and doc[i].text in _CLAUSE_BREAKS for i in (after, after - 1)) if clause.i < clause.head.i
                else before >= 0 and doc[before].text in _CLAUSE_BREAKS) \
                and clause.lower_ not in CUES and clause.head.lower_ not in CUES:
            return True
        return (clause.i < clause.head.i and after < len(doc) and doc[after].text == ","
                and not any(c.dep_ == "mark" for c in clause.children)
                and any(c.dep_ == "conj" and any(g.dep_ in _SOURCE_DEPS for g in c.children)
                        and any(k.dep_ == "cc" and k.lower_ == "and" and k.i < c.i for k in clause.head.children)
                        for c in clause.head.children))
    return False


def _members_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of a member an organisation's relative clause lists, named only there,
    with an actor outside it, with the organisation or with another member: in "Both governments took
    the case to the Andean Community, the trade bloc that also includes Peru and Bolivia", Peru and
    Bolivia pair with no one; in "The Alliance of Sahel States, which groups Mali, Burkina Faso and
    Niger, recalled its envoys from Algiers in solidarity with Bamako", Mali, named outside too,
    keeps AES-MLI and DZA-MLI."""
    spans = {id(a): sent.doc.char_span(a.start, a.end, alignment_mode="expand") for a in actors
             if sent.start_char <= a.start < sent.end_char}
    for clause in sent:
        listed = _participle_members(clause)
        if listed is None and clause.dep_ == "relcl" and not _GROUPING_VERBS.fullmatch(clause.lower_):
            pairs = _relative_apart(actors, spans, clause, pairs)
            continue
        if listed is None and (clause.dep_ != "relcl" or not _GROUPING_VERBS.fullmatch(clause.lower_)):
            continue
        noun = clause.head
        if listed is not None and clause.dep_ != "acl":
            # "the East African Community, comprising Uganda and Tanzania,": the parser may hang the
            # participle on the main verb; the noun it tells of is the one before its comma
            if clause.i - 2 < sent.start or sent.doc[clause.i - 1].text != ",":
                continue
            noun = sent.doc[clause.i - 2]
        nouns = {noun.i, noun.head.i} if noun.dep_ == "appos" else {noun.i}  # "the Andean Community, the trade bloc that"
        orgs = {a.code for a in actors if a.kind == "organisation" and (span := spans.get(id(a))) is not None
                and (span.root.i in nouns or (listed is not None and span.end - 1 == noun.i)
                     or any(span.start <= n < span.end for n in nouns))}  # "the Alliance of Sahel States, which"
        inside: set[str] = set()
        outside: set[str] = set()
        for a in actors:
            span = spans.get(id(a))
            within = span is not None and (span.root.i in listed if listed is not None
                                           else clause.left_edge.i <= span.root.i <= clause.right_edge.i)
            (inside if within else outside).add(a.code)
        members = inside - orgs - outside
        if orgs and members:
            # a member named only in the list pairs with no one outside it, and membership is no
            # relation: neither with the organisation nor with another member
            pairs = [pair for pair in pairs if not set(pair) & members]
    return pairs


def _apposed_members_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an organisation with its own members (``BLOC_MEMBERS``) that a list of two or
    more in apposition names as it or as its states: "The AES states, Mali, Burkina Faso and Niger, left
    ECOWAS", "Mali, Burkina Faso and Niger, the AES juntas," (no AES-MLI; ECOWAS pairs with each); they are
    one side, no relation."""
    spans = {id(a): sent.doc.char_span(a.start, a.end, alignment_mode="expand") for a in actors
             if sent.start_char <= a.start < sent.end_char and a.via not in {"context", "implied"}}
    for a in actors:
        span = spans.get(id(a))
        if span is None or a.kind != "organisation" or a.code not in BLOC_MEMBERS:
            continue
        noun = span.root
        while noun.dep_ in {"compound", "nmod", "amod"} and noun.head.i > noun.i:
            noun = noun.head  # "The AES states"
        # (on the name's own words too: "The Alliance of Sahel States, Mali, ...")
        apposed = [c for t in {noun, *span} for c in t.children if c.dep_ == "appos" and not span.start <= c.i < span.end]
        for listed in apposed + ([noun.head] if noun.dep_ == "appos" else []):
            words = {t.i for t in listed.subtree} - ({t.i for t in noun.subtree} if listed.i == noun.head.i else set())
            members = {b.code for b in actors if b.kind == "state" and (other := spans.get(id(b))) is not None
                       and other.root.i in words}
            if len(members) > 1 and members <= BLOC_MEMBERS[a.code]:
                pairs = [pair for pair in pairs if not (a.code in pair and set(pair) & members)]
    return pairs


# standing bodies whose members a main clause lists: "The committee includes Kenya, Uganda and the AU"
_STANDING_BODIES = frozenset("""it committee commission mechanism group grouping panel bloc body board council
    forum coalition alliance contact""".split())
_INCLUDING = frozenset("include includes included comprise comprises comprised consist consists consisted".split())


def _membership_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of two members a main clause lists as a standing body's or as its
    members, named only there: a listed set is no relation ("It includes the United States, France
    and Lebanon", "The group comprises Kenya, Uganda and Tanzania", "Its members are Chile, Peru and
    Bolivia": none); each keeps its pairs with others."""
    for verb in sent:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or verb.dep_ not in {"ROOT", "conj"}:
            continue
        if verb.lower_ in _INCLUDING and subject.lower_ in _STANDING_BODIES:
            slots = [c for c in verb.children if c.dep_ == "dobj"] + [
                o for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        elif verb.lower_ in {"are", "were"} and subject.lower_ == "members":
            slots = [c for c in verb.children if c.dep_ == "attr"]
        else:
            continue
        if len(slots) != 1 or not slots[0].conjuncts:
            continue
        inside, outside = _codes_within(actors, sent, slots[0].left_edge.i, slots[0].right_edge.i)
        members = inside - outside
        pairs = [pair for pair in pairs if not set(pair) <= members]
    return pairs


# a relative clause that names the office its noun holds says who the noun is, as an apposition does
_OFFICES = re.compile(r"(?:chair|hold|held|head|lead|led|run|ran|presid|serv)\w*")


def _relative_apart(actors: list[ActorMention], spans: dict[int, Span | None], clause: Token,
                    pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor named only in the relative clause ``clause`` on an actor
    with one named only outside the clause and that actor, where the clause tells what was done to
    its actor by an agent of its own, its subject an actor ("Faye, whom ECOWAS appointed as a
    mediator, kept ties with the juntas": ECOWAS pairs with Senegal alone; "the Fund for Saving the
    Aral Sea, which Kazakhstan chairs"), or what the sentence's own subject did before ("Russia's
    Africa Corps, which replaced the Wagner Group in Mali, has instructors in Niger": Wagner pairs
    with Russia, not Niger): no relation with what the rest of the sentence names. Not a clause on a
    thing, which relates its actors to the rest ("the summit that Japan will host will show whether
    Beijing"), nor on an object whose noun acts in it ("Kenya complained to ECOWAS, which has
    sanctioned Mali": KEN-MLI stays), nor an office the noun holds ("Anwar, who holds the ASEAN
    chair, spoke to"), nor actors the sentence does not name."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or clause.left_edge.lower_ not in _RELATIVE_WORDS:
        return pairs
    noun = clause.head
    if noun.dep_ == "appos":
        noun = noun.head
    # "the auspices of the Fund ... (IFAS), which Kazakhstan chairs": the parser may hang the clause
    # on the noun the actor is "of"
    heads = {noun.i, clause.head.i} | {g.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"}
    inside: set[str] = set()
    around: set[str] = set()  # the noun's own actors: "Russia's Africa Corps"
    outside: set[str] = set()
    agent = False
    for a in actors:
        span = spans.get(id(a))
        if span is None or a.via == "implied":
            continue
        if clause.left_edge.i <= span.root.i <= clause.right_edge.i:
            inside.add(a.code)
            agent = agent or subject.left_edge.i <= span.root.i <= subject.right_edge.i
        elif noun.left_edge.i <= span.root.i <= noun.right_edge.i and (
                span.root.i == noun.i or any(t.i == noun.i for t in span.root.ancestors)):
            around.add(a.code)
            if span.root.i in heads or heads & {t.i for t in span}:
                around.add("")  # the noun is an actor
        else:
            outside.add(a.code)
    if "" not in around:
        return pairs
    if subject.lower_ in _RELATIVE_WORDS:
        # the noun acts in the clause: only a past deed of the sentence's own subject
        if not (noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.dep_ == "ROOT") or _OFFICES.fullmatch(clause.lower_):
            return pairs
    elif not agent:
        return pairs
    members, strangers = inside - around - outside, outside - inside - around
    return [pair for pair in pairs if not (set(pair) & members and set(pair) & strangers)]


# a seat or office in an organisation: "holds the rotating chair of the bloc", "was not a Council member"
_SEATS = frozenset("chair chairs chairmanship presidency member members membership seat".split())


def _background(token: Token) -> bool:
    """Whether ``token``, the head of an actor's mention, names only the office or membership of
    the sentence's speaker, in a relative clause or apposition set off by a comma on the subject of
    a verb that reports a clause ("Malaysia, which holds the rotating chair of the bloc, said it
    hoped ...", "Kenya, a member of IGAD, said ..."), or a membership denied there ("The
    representative of Guyana, who was not a Council member, said"); not an office held by one who
    acts on others ("Anwar, who holds the ASEAN chair, spoke to the Thai and Cambodian leaders")."""
    seat = token
    for _ in range(6):  # up to the seat the organisation is named on: "the chair of the bloc", "a Council member"
        if seat.lower_ in _SEATS and seat.i != token.i:
            break
        if seat.dep_ in {"compound", "poss", "pobj"} or seat.dep_ == "prep" and seat.lower_ == "of":
            seat = seat.head
        else:
            break
    doc = token.doc
    if seat.lower_ in _SEATS and seat.i != token.i and seat.dep_ == "appos":
        clause, denied = seat, False
        owner = seat.head
    elif seat.lower_ in _SEATS and seat.i != token.i and seat.dep_ in {"attr", "dobj"} or (
            token.dep_ == "dobj" and _OFFICES.fullmatch(token.head.lower_)):  # "which chairs IGAD"
        clause = token.head if seat.i == token.i or seat.lower_ not in _SEATS else seat.head
        denied = any(c.dep_ == "neg" for c in clause.children)
        while clause.dep_ == "conj":  # "who spoke for Ghana and was not a member of"
            clause = clause.head
        if clause.dep_ != "relcl" or clause.left_edge.lower_ not in _RELATIVE_WORDS:
            return False
        owner = clause.head
    else:
        return False
    if clause.left_edge.i == 0 or doc[clause.left_edge.i - 1].text != ",":
        return False  # a restrictive clause tells which: "the state that holds the chair"
    if denied and seat.lower_ in _SEATS - {"chair", "chairs", "chairmanship", "presidency"}:
        return True
    while owner.dep_ in {"pobj", "prep", "compound"}:  # "The representative of Guyana, who"
        owner = owner.head
    return owner.dep_ == "nsubj" and any(c.dep_ == "ccomp" for c in owner.head.children)


def _background_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an actor every mention of which in ``sent`` names only the speaker's
    office or membership, or a membership denied (``_background``), or what something is modelled
    on (``_modelled_on``): no party to what it says; and less an organisation's with the members
    one speaks for (``_spoken_for_apart``)."""
    background: set[str] = set()
    others: set[str] = set()
    for a in actors:
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand") if sent.start_char <= a.start < sent.end_char else None
        # the words that hang outside the mention: "a Council" (the article's head is the seat too)
        heads = [t for t in span if t.head.i not in range(span.start, span.end) and t.dep_ != "det"] if span is not None else []
        (background if heads and a.via != "implied" and all(_background(t) or _modelled_on(t) for t in heads)
         else others).add(a.code)
    gone = background - others
    pairs = [pair for pair in pairs if not set(pair) & gone] if gone else pairs
    return _spoken_for_apart(actors, sent, pairs)


# what a thing copies: "a law modelled on Russian legislation", "a force patterned after the French gendarmerie"
_MODELLED = frozenset("""modelled modeled modelling modeling patterned styled copied inspired""".split())


def _modelled_on(token: Token) -> bool:
    """Whether ``token``, the head of an actor's mention, names only the owner or the kind of what
    something is modelled on, a model, no party ("a law that the EU said was modelled on Russian
    legislation", "patterned after", "copied from", "inspired by")."""
    noun = token
    while noun.dep_ in {"amod", "compound", "poss"} and noun.head.i != noun.i:
        noun = noun.head
    return (noun.dep_ == "pobj" and noun.head.lower_ in {"on", "after", "from", "by"}
            and noun.head.head.lower_ in _MODELLED and noun.head.dep_ in {"prep", "agent"})


def _spoken_for_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of an organisation named only as whose members one speaks for, with
    the members named: "Speaking on behalf of the three African members of the Council — Kenya,
    Ghana and Gabon — the representative of Kenya said" gives no GAB-UN, GHA-UN, KEN-UN; their
    membership is no relation (the organisation keeps its pairs with the rest)."""
    spans = {id(a): sent.doc.char_span(a.start, a.end, alignment_mode="expand") for a in actors
             if sent.start_char <= a.start < sent.end_char}
    owners: dict[str, set[int]] = {}  # an organisation's code -> the members' words
    others: set[str] = set()
    for a in actors:
        span = spans.get(id(a))
        root = span.root if span is not None else None
        noun = root.head.head if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if a.kind != "organisation" or noun is None or noun.lower_ not in {"member", "members"} \
                or not (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "behalf"
                        or noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lower_ in _SPEAKING):
            others.add(a.code)
            continue
        owners.setdefault(a.code, set()).update(t.i for c in noun.children if c.dep_ == "appos" for t in c.subtree)
    for code, words in owners.items():
        if code in others:
            continue
        members = {a.code for a in actors if (span := spans.get(id(a))) is not None and span.root.i in words} - {code}
        pairs = [pair for pair in pairs if not (code in pair and set(pair) & members)]
    return pairs


# the links by which an object hangs on the word it is the object of, and that word on the one
# it is joined to: "concluded the Union with Tuvalu and the Agreement with Vanuatu"
_OBJECT_PATH = frozenset({"pobj", "dobj", "dative", "prep", "conj", "appos"})
# a comparative of moving towards another, on the verb: "is edging closer to Israel"
_NEARER = frozenset({"closer", "nearer"})
# the words on an object noun that name its owner or its state: "the U.N.'s official", "French troops"
_ON_OBJECT = frozenset({"poss", "amod", "compound"})
# the list words the parser may hang on a noun the list's first member is in apposition to ("with
# Australia, the Republic of Korea, the Philippines and NATO": "Republic" an appos of "Australia")
_LIST_DEPS = frozenset({"conj", "appos"})


def _joined_on(token: Token) -> bool:
    """Whether ``token``, the top of the words over an object below the verb or noun two objects
    share, joins its phrase to the other's: a conjunct ("ties with Vietnam and with the
    Philippines"), or a preposition the parser hangs on that verb after "as well as" or "also",
    or "along with" ("cooperation with the United States, its sole ally, as well as with
    Australia", "trade with Ghana, along with Togo")."""
    if token.dep_ == "conj":
        return True
    if token.dep_ != "prep":
        return False
    if token.lower_ == "along":
        return any(c.lower_ == "with" for c in token.children)
    before = [t.lower_ for t in token.doc[max(token.i - 3, 0): token.i]]
    return before == ["as", "well", "as"] or before[-1:] == ["also"]


# a state's people, an object that is the state itself: "we stand with the people of Haiti"
_PEOPLES = frozenset({"people", "peoples"})


def _objects_apart(actors: list[ActorMention], sent: Span, pairs: list[list[str]]) -> list[list[str]]:
    """``pairs`` less those of two objects of different verbs or prepositions joined to each other,
    each related to the subject alone: "We have concluded the Falepili Union with Tuvalu and the
    Nakamal Agreement with Vanuatu" (no TUV-VUT), "ties with Vietnam and with the Philippines" (also
    "to Polish President Karol Nawrocki and to European Commission President Ursula von der Leyen"),
    "ten relationships with Beijing, and soon eleven with Timor-Leste", "joined BRICS and we are
    applying to the OECD", "signed a deal with Ethiopia and sent troops to Somalia", "mediated between
    Kenya and Somalia and between Sudan and Chad" (no KEN-SDN; KEN-SOM stays). Not where a verb
    relates them ("urged it to open talks with Somalia", "accused Ethiopia of filling the dam without
    consulting Sudan"), nor states "of" a noun, nor in a subject ("The presidents of Kenya and of
    Somalia met"), nor where the sentence brings them together or a clause takes up the other
    ("together", "in response", "against those curbs"), nor a code named otherwise in the sentence."""
    if _JOINT_OBJECTS.search(span_text(sent)):
        return pairs
    spans: dict[str, list[Token | None]] = {}
    named = {a.code for a in actors if sent.start_char <= a.start < sent.end_char and a.via not in {"context", "implied"}}
    for a in actors:
        if a.via == "context" and a.code in named and sent.start_char <= a.start < sent.end_char and not _relates_other(sent, a, actors):
            continue  # the object named again alone: "appeal to the OAS and to the UN Security Council, and the Council is"
        if not sent.start_char <= a.start < sent.end_char or a.via in {"context", "implied"}:
            spans.setdefault(a.code, []).append(None)
            continue
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand")
        capital = span is not None and a.via == "capital" and span.root.dep_ == "pobj" \
            and span.root.head.lower_ in _PLACE_PREPOSITIONS  # "its allies in Bamako and in Niamey": a government
        root = span.root if span is not None and not capital else None
        top = root
        while top is not None and top.dep_ in {"amod", "compound"} and top.head.i != top.i:
            top = top.head
        if top is not None and any(b.code == a.code and b is not a and b.start <= top.idx < b.end for b in actors):
            root = top  # a name on another mention of its state, the object: "to Polish President Karol Nawrocki"
        spans.setdefault(a.code, []).append(root)

    def path(token: Token) -> list[Token] | None:  # the words from an object up to its clause's verb
        out = [token]
        # up through a verb's purpose or what it says too, to a verb joined to another: "used the
        # summit to press Greece on airspace and said Ankara would deepen trade with the EU"
        while (out[-1].dep_ in _OBJECT_PATH or out[-1].dep_ == "advmod" and out[-1].lower_ in _NEARER
               or out[-1].dep_ in {"xcomp", "ccomp"}) \
                and out[-1].head.i != out[-1].i:
            if out[-1].dep_ == "prep" and out[-1].lower_ == "of" and out[-1].head.lower_ not in _PEOPLES:
                return None  # not "stand with the people of Haiti", the state itself
            out.append(out[-1].head)
        if token.dep_ not in {"pobj", "dobj", "dative", "conj", "appos"} or any(t.dep_ in _SOURCE_DEPS for t in out):
            return None
        return out

    def apart(x: Token, y: Token) -> bool:
        if _owned_relations(x, y):
            return True
        x, y = _lifted(x), _lifted(y)
        px, py = path(x), path(y)
        if px is None or py is None or px[-1].i != py[-1].i:
            return False
        common = next(t for t in px if t in py)
        below_x, below_y = px[: px.index(common)], py[: py.index(common)]
        if any(below and all(t.dep_ in _LIST_DEPS for t in below) for below in (below_x, below_y)):
            return False  # "Tokyo and Canberra": one list, which _object_lists weighs
        tops = [below[-1] for below in (below_x, below_y) if below and _joined_on(below[-1])]
        if not tops:
            return False  # "sanctions on Lithuania over its ties with Taiwan": one clause's words
        if x.dep_ == y.dep_ == "pobj" and all(t.lower_ in _PLACE_PREPOSITIONS for t in (x.head, y.head)):
            return False  # "two in Mali, two in Burkina Faso and one in Niger": places, which _object_lists weighs
        if x.dep_ == y.dep_ == "pobj" and all(_TRAVEL.fullmatch(t.head.lower_) for t in (x.head, y.head)):
            return False  # an envoy's shuttle: "due to fly to Bangkok on Sunday and then travel to Phnom Penh"
        verb = tops[0]
        own = next((c for c in verb.children if c.dep_ in _SOURCE_DEPS), None)
        first = next((c for c in common.children if c.dep_ in _SOURCE_DEPS), None)
        if own is not None and own.lower_ != (first.lower_ if first is not None else None) and own.lower_ not in _SPEAKERS and not any(
                own.left_edge.idx <= a.start <= own.right_edge.idx for a in actors):
            return False  # a subject that may be the other: "asked the ICJ ..., and the court ordered Venezuela"
        if (_GROUPING_VERBS.fullmatch(common.lower_) or common.lower_ in _GROUPING_NOUNS) and (
                tops[0].lower_ in _RELATION_PREPOSITIONS | _PLACE_PREPS):
            return False  # "a pact with Tuvalu and with Vanuatu": one pact; not "a pact with Tuvalu and a deal with Vanuatu"
        # the joined words take up the other: "Ethiopia and its dispute with Egypt", "in response"
        return not any((t.lower_ in _ACROSS and t.dep_ in _TARGET_DEPS) or (t.lower_ in _DEMONSTRATIVES and t.dep_ == "det")
                       or t.lower_ in _ANSWERS or (common.i in {x.i, y.i} and t.lower_ in {"its", "their"} and t.dep_ == "poss"
                                                   and not _owner_before(common))
                       for t in tops[0].subtree)

    def separate(pair: list[str]) -> bool:
        xs, ys = spans.get(pair[0], [None]), spans.get(pair[1], [None])
        return all(x is not None and y is not None and apart(x, y) for x in xs for y in ys)

    return [pair for pair in pairs if not separate(pair)]


def _lifted(token: Token) -> Token:
    """The verb's object whose owner or demonym ``token`` is, which stands for it: "ordered French
    troops out", "expelled the U.N.'s top official", or the possessor of a preposition's object, "to cease
    its support for Russia's war ... and to cooperate with the IAEA" (no IAEA-RUS); else ``token``."""
    while token.dep_ in _ON_OBJECT and token.head.i != token.i and (
            token.head.dep_ == "dobj" or (token.dep_ == "poss" and token.head.dep_ == "pobj")):
        token = token.head
    return token


def _owner_before(noun: Token) -> bool:
    """Whether ``noun`` is the object of a preposition on a noun with an owner of its own, whom an
    "its" joined after it takes up (the parser may hang "its support" on the object): "Indonesia's
    engagement with the PIF and its support for Papua New Guinea" is Indonesia's support."""
    return noun.dep_ == "pobj" and any(c.dep_ == "poss" for c in noun.head.head.children)


# what a state feels or suffers, which another's relation stirs: "deepened Ethiopia's sense of encirclement"
_OWN_STANDING = frozenset("""sense fear fears concern concerns worry worries anxiety anxieties suspicion suspicions
    unease alarm isolation insecurity""".split())


def _owned_relations(x: Token, y: Token) -> bool:
    """Whether ``x`` and ``y`` are the objects of the relations of two owned nouns, the subject and
    the object of one verb, each noun relating only its owner to its object: "our trade with China
    dwarfs our trade with the Philippines", "Kenya's dispute with Ethiopia overshadows its talks with
    Somalia" (no CHN-PHL, ETH-SOM), and so the objects of an owned subject's relation and the owner
    of a fear or sense the verb stirs ("Egypt's ties with Eritrea and Somalia deepened Ethiopia's
    sense of encirclement": no ERI-ETH, ETH-SOM); not an object of the verb itself ("Ethiopia's
    dispute with Egypt worries Sudan")."""
    def noun(t: Token) -> Token | None:
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head  # "ties with Eritrea and Somalia"
        if t.dep_ != "pobj" or t.head.lower_ not in _OBJECT_PREPOSITIONS:
            return None
        prep = t.head
        # the parser may hang the object's preposition on the verb: "dwarfs our trade with the Philippines"
        return next((c for c in prep.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i), prep.head)

    for a, b in ((x, y), (y, x)):
        owned = noun(a)
        if owned is not None and owned.dep_ == "nsubj" and any(c.dep_ == "poss" for c in owned.children) \
                and b.dep_ == "poss" and b.head.dep_ == "dobj" and b.head.head.i == owned.head.i \
                and b.head.lower_ in _OWN_STANDING:
            return True
    nouns = [noun(x), noun(y)]
    if nouns[0] is None or nouns[1] is None or nouns[0].i == nouns[1].i or nouns[0].head.i != nouns[1].head.i:
        return False
    return {n.dep_ for n in nouns} == {"nsubj", "dobj"} and all(
        any(c.dep_ == "poss" for c in n.children) for n in nouns)


def _relates_other(sent: Span, mention: ActorMention, actors: list[ActorMention]) -> bool:
    """Whether the clause of ``mention`` (the words of the word it hangs on) names an actor of
    another code: "and the Council will ask ECOWAS to mediate", not "and the Council is unlikely to act"."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return True
    head = span.root.head
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return any(a.code != mention.code and start <= a.start < end for a in actors)


def _participle_members(clause: Token) -> set[int] | None:
    """The words of the list of members a participle tells of an organisation ("made up of Mali,
    Burkina Faso and Niger", "comprising", "consisting of", "composed of"): the object and the words
    joined to it; none for another word."""
    if clause.dep_ not in {"acl", "advcl"}:
        return None
    word = clause.lower_
    if word == "comprising":
        objects = [c for c in clause.children if c.dep_ == "dobj"]
    elif word in {"consisting", "composed"} or (word == "made" and any(c.dep_ == "prt" and c.lower_ == "up"
                                                                      for c in clause.children)):
        objects = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
    else:
        return None
    members: set[int] = set()
    while objects:
        head = objects.pop()
        members |= {t.i for t in head.subtree if t.i == head.i or t.dep_ in {"compound", "conj"}}
        objects += [c for c in head.children if c.dep_ == "conj"]
    return members or None


def _object_lists(actors: list[ActorMention], sent: Span) -> list[tuple[set[str], bool]]:
    """The codes of each list of objects of one verb or preposition in ``sent`` that are named
    nowhere else in it ("strengthened ties with Washington, Tokyo and Canberra": USA, JPN, AUS),
    unless the objects act together or the sentence brings them together; each with whether the
    list is no pair even of the claim's only actors: places, what is done "in", "across" or
    "through" them or the places visited ("opened posts in Tonga, Samoa and Vanuatu", "visited
    Suva and Honiara"), examples of an object after "including", "like" or "such as" ("talks with
    several partners, including France and South Korea", ``_examples_of``), and any list but those
    of ``_paired_alone``."""
    if _JOINT_OBJECTS.search(span_text(sent)):
        return []
    lists: dict[int, set[str]] = {}
    places: set[int] = set()
    elsewhere: set[str] = set()
    acting: set[str] = set()  # codes named elsewhere as an actor that acts, the source of the sentence
    examples: set[int] = set()  # lists of some of many an object names ("several partners, including ...")
    for a in actors:
        if a.via == "implied" or not sent.start_char <= a.start < sent.end_char:
            continue
        if a.via == "context":  # "spoke to both capitals, and to Simitis and Ciller": the pair
            elsewhere.add(a.code)
            acting.add(a.code)
            continue
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand")
        head = span.root if span is not None else None
        while head is not None and head.dep_ in _LIST_DEPS and head.head.i < head.i:
            head = head.head  # "with Australia, the Republic of Korea, the Philippines and NATO"
        if a.via == "demonym" and head is not None and _goods_of(head) is not None:
            # origins listed on one kind of goods, each traded with the subject, not with each other:
            # "tariffs on Mexican and Canadian goods", "describing the cargoes as Malaysian or Omani blends"
            lists.setdefault(head.head.i, set()).add(a.code)
            places.add(head.head.i)
            continue
        if head is not None and head.dep_ == "pobj":
            head = _first_repeated(head)
        if head is not None and head.dep_ == "pobj" and (noun := _examples_of(head)) is not None:
            head = noun  # "talks with several partners, including France and South Korea": the partners' list
            examples.add(head.i)
        if (head is not None and _listed_object(head)
                # a capital after "in" is its government as often as a place: "its allies in Bamako and Ouagadougou"
                # (not where a feeling is stirred, each on its own: "stirred unease in Amman and Riyadh")
                and not (a.via == "capital" and head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS
                         and not _stirred_in(head.head))):
            lists.setdefault(head.i, set()).add(a.code)
            if (head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS) or (
                    head.dep_ == "dobj" and head.head.lower_ in _VISITS):
                places.add(head.i)
        else:
            elsewhere.add(a.code)
            if a.role != "target":
                acting.add(a.code)
    # a place listed and named elsewhere too only as something acted on stays in its list of places:
    # "a report on Tajik dissidents ... based on interviews in Tajikistan, Germany and Poland" (no
    # DEU-TJK); a subject that acts there pairs with each ("Tajikistan's police detained people in
    # Tajikistan, Germany and Poland")
    # (some of many an object names are picked out, no pair even alone: "held talks with several
    # partners, including France and South Korea")
    groups = [(codes - (acting if i in places else elsewhere), i in places | examples or not _paired_alone(sent.doc[i]))
              for i, codes in lists.items()]
    return [(group, alone) for group, alone in groups if len(group) > 1]


# the feelings a deed stirs "in" capitals, each its own: "has stirred unease in Amman and Riyadh"
_STIRRED = frozenset("""concern concerns alarm anger unease worry worries fear fears outrage dismay suspicion
    suspicions disquiet anxiety anxieties""".split())


def _stirred_in(prep: Token) -> bool:
    """Whether the place preposition ``prep`` names where a feeling is stirred, on its noun or on the
    verb of which it is the object: "concerns in Amman", "stirred alarm in Warsaw"."""
    head = prep.head
    return head.lower_ in _STIRRED or any(c.dep_ == "dobj" and c.lower_ in _STIRRED for c in head.children)


# goods and commodities: a demonym on them names where they come from ("Iranian crude", "Malaysian or
# Omani blends", "Mexican and Canadian goods")
_GOODS = frozenset("""goods imports exports products crude oil gas lng coal steel aluminium aluminum grain
    wheat rice blend blends cargo cargoes barrels fuel diesel petroleum fertiliser fertilizer timber""".split())


def _goods_of(token: Token) -> Token | None:
    """The noun of goods the modifier ``token`` (a demonym's word, or the first of a list of them) is
    on: "Malaysian" in "Malaysian or Omani blends"; else None."""
    if token.dep_ not in {"amod", "compound", "nmod"} or token.head.i <= token.i:
        return None
    noun = token.head
    return noun if noun.lower_ in _GOODS and not noun.is_title else None


def _labelled_as(ent: Span) -> bool:
    """Whether the demonym ``ent`` is on goods after "as", what they are called or passed off as
    ("forged bills describing the cargoes as Malaysian or Omani blends", "relabelled the oil as
    Iraqi crude"); not "such as Iraqi crude", "as well as Russian gas"."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    noun = _goods_of(token)
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    prep = noun.head
    before = ent.doc[prep.i - 1] if prep.i > 0 else None
    return not (before is not None and before.lower_ in {"such", "well"}) and not any(
        c.lower_ == "such" for c in prep.children)


def _examples_of(obj: Token) -> Token | None:
    """The object noun the list ``obj`` gives examples of after "including", "like" or "such as"
    ("talks with several partners, including France and South Korea": partners), where that noun is
    itself the object of a verb or preposition; else None (not "Several countries, including France,
    signed": a subject)."""
    prep = obj.head
    such = prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    if prep.dep_ != "prep" or not (prep.lower_ in {"including", "like"} or such):
        return None
    noun = prep.head
    return noun if noun.dep_ in {"pobj", "dobj"} else None


def _first_repeated(obj: Token) -> Token:
    """The first object of a list of places that repeats its preposition, whose list it belongs to: Gaza
    in "Wars in Sudan, in the eastern DRC and in Gaza" gives Sudan (the parse hangs each "in" on
    the noun or on the "in" before it); else ``obj``."""
    prep = obj.head
    if prep.lower_ not in _PLACE_PREPOSITIONS:
        return obj  # not "moved from Addis Ababa to Cairo to Washington"
    while prep.dep_ == "conj" and prep.head.lower_ == prep.lower_ and prep.head.i != prep.i:
        prep = prep.head
    first = next((c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == prep.lower_
                  and c.i < prep.i), prep) if prep.dep_ == "prep" else prep
    out = next((c for c in first.children if c.dep_ == "pobj"), obj)
    while out.dep_ == "conj" and out.head.i != out.i:
        out = out.head
    return out


_TOPIC_WORDS = re.compile(r"(?:discuss|debat|address|talk|focus|turn)\w*")
_TAKEN_UP = frozenset("they them their themselves".split())


def _paired_alone(token: Token) -> bool:
    """Whether the list ``token`` heads pairs its objects with each other where they are the
    claim's only actors, as a collective name's states are: where they may act ("condemnation
    from Seoul, Tokyo and Washington"), are a topic the sentence talks about, often the relation
    between them ("Discussion then turned to Somalia and Ethiopia", "written about Japan and South
    Korea"), or a plural pronoun after the list takes them up together ("..., and their leaders
    met"); not what is done to each ("gas exports to Brazil and Argentina", "sanctions on Lithuania
    and Taiwan")."""
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ in {"from", "about"} or _TOPIC_WORDS.fullmatch(prep.head.lower_):
            return True
    elif _TOPIC_WORDS.fullmatch(token.head.lower_):
        return True
    last = max([token, *(t for t in token.subtree if t.dep_ == "conj")], key=lambda t: t.i)
    return any(t.lower_ in _TAKEN_UP for t in token.sent if t.i > last.i)


_VISITS = frozenset("visit visits visited visiting tour tours toured touring".split())


def _visited_three(actors: list[ActorMention], sent: Span) -> list[set[str]]:
    """The states of a three-phrase that is the object of a verb of visiting, places visited and
    no parties to one another: "Ghana's foreign minister has visited all three AES capitals" (not a
    pair phrase, "visited both capitals", which the sentence brings together)."""
    spans: dict[tuple[int, int], set[str]] = {}
    for a in actors:
        if a.via == "context" and _TRIPLE_REFERENCE.fullmatch(a.text) and sent.start_char <= a.start < sent.end_char:
            spans.setdefault((a.start, a.end), set()).add(a.code)
    out = []
    for (start, end), codes in spans.items():
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if len(codes) > 1 and span is not None and span.root.dep_ == "dobj" and span.root.head.lower_ in _VISITS:
            out.append(codes)
    return out


def _three_collectives(actors: list[ActorMention], sent: Span) -> list[set[str]]:
    """The states of each three-phrase of ``sent`` resolved from context ("the three juntas", "all
    three countries"), one collective as a collective name's states are: paired with each other only
    where the claim has no other actor ("The three juntas have turned to Moscow": each with RUS; "The
    three governments announced a common tariff": paired); not where the sentence brings them
    together ("a joint force", "with each other") or they are the object that goes on to act ("urged
    the three juntas to return to the bloc")."""
    if _JOINT_OBJECTS.search(span_text(sent)):
        return []
    spans: dict[tuple[int, int], set[str]] = {}
    for a in actors:
        if (a.via == "context" and sent.start_char <= a.start < sent.end_char
                and (_TRIPLE_REFERENCE.fullmatch(a.text) or _JUNTAS.fullmatch(a.text))):
            spans.setdefault((a.start, a.end), set()).add(a.code)
    out = []
    for (start, end), codes in spans.items():
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if len(codes) < 3 or span is None:
            continue
        root = span.root
        if root.dep_ == "dobj" and any(t.dep_ in {"xcomp", "ccomp"} for t in root.head.rights if t.i > root.i):
            continue  # an object that goes on to act: "urged the three juntas to return"
        if root.dep_ == "pobj" and (root.head.lower_ in {"between", "among", "amongst"}
                                    or root.head.lower_ == "with" and root.head.head.lower_ in _ONE_PACT):
            continue  # members of one group: "a pact with the three partners", "talks among the three capitals"
        if root.dep_ in {"nsubj", "nsubjpass"} and any(
                _RECIPROCAL_VERBS.fullmatch(v.lower_) for v in [root.head, *(c for c in root.head.children if c.dep_ == "xcomp")]):
            continue  # what they do with one another: "the three countries agreed to continue negotiations"
        out.append(codes)
    return out


# a pact or meeting "with" several that binds them together: "signed an agreement with the three partners"
_ONE_PACT = _GROUPING_NOUNS | frozenset("agreement agreements accord accords deal deals".split())
# what a collective does with its own members: "The three countries agreed", "the three juntas met"
_RECIPROCAL_VERBS = re.compile(r"(?:agree|meet|met|sign|negotiat|talk|consult|discuss|co-?operat|coordinat|fight|"
                               r"fought|clash|quarrel|compet|rival|form|found|merg|unit)\w*")


# what a range of places spans, things spread over it or the polities in it: "coal plants from Serbia to
# Montenegro", "governments from Senegal to Somalia", "every capital from Morocco to Egypt"; not what
# moves from one end to the other ("exports from Kenya to Uganda", "drones from Tehran to Moscow") nor a
# line that joins them ("a railway from Djibouti to Ethiopia")
_RANGE_NOUNS = frozenset("""plants factories mines ports bases projects dams farms refineries motorways embassies
    governments countries states capitals cities nations regimes juntas everywhere anywhere""".split())
_RANGE_SINGULAR = frozenset("capital city country state government nation".split())


def _range_ends(actors: list[ActorMention], sent: Span) -> list[set[str]]:
    """The two ends of a "from ... to ..." range of places on a noun of things spread over it,
    places and no parties to one another: "Chinese loans have financed coal plants from Serbia to
    Montenegro" (no MNE-SRB; each still pairs with China), "Governments from Senegal to Somalia",
    "in every capital from Morocco to Egypt"; not a flow, "Exports from Kenya to Uganda"."""
    if not sent.doc.has_annotation("DEP"):
        return []
    roots: dict[int, str] = {}
    for a in actors:
        span = sent.doc.char_span(a.start, a.end, alignment_mode="expand") if a.via in {"name", "capital"} else None
        if span is not None and sent.start <= span.root.i < sent.end and span.root.dep_ == "pobj":
            roots[span.root.i] = a.code
    out = []
    for i, code in roots.items():
        start = sent.doc[i].head
        noun = start.head
        if start.lower_ != "from" or not (noun.lower_ in _RANGE_NOUNS or noun.lower_ in _RANGE_SINGULAR and any(
                c.dep_ == "det" and c.lower_ in {"every", "each", "any"} for c in noun.children)):
            continue
        # the parse hangs "to" on the noun, on its verb, on "from" or on the first end
        hosts = {noun.i, noun.head.i, start.i, i}
        for j, other in roots.items():
            end = sent.doc[j].head
            if other != code and end.lower_ == "to" and end.i > i and end.head.i in hosts:
                out.append({code, other})
    return out


def _slash_halves(actors: list[ActorMention], sent: Span) -> list[set[str]]:
    """The two halves of one name joined by a slash, one actor under two names and no pair of
    its own: "security cooperation against the PKK/YPG terror group" (no PKK-YPG; each still pairs
    with the others)."""
    text = doc_text(sent.doc)
    named = [a for a in actors if a.via not in {"implied", "context"} and sent.start_char <= a.start < sent.end_char]
    return [{a.code, b.code} for a in named for b in named
            if a.code != b.code and a.end < b.start and text[a.end:b.start].strip() == "/"]


def _listed_object(token: Token) -> bool:
    """Whether ``token`` heads a list of objects each related to the subject alone: the object of a
    verb ("sanctioned Lithuania and Taiwan") or of "with", "on", "against" ... ("ties with Tokyo and
    Canberra"), not of "between", "of" or a noun's "from" ("ministers from Egypt and Sudan meet"),
    nor the members of one group ("convene", "a pact with"), nor objects that go on to act ("urged
    Serbia and Kosovo to resume talks", "travel to Phnom Penh and Bangkok to deliver a truce plan",
    "supports Pakistan and Afghanistan in resolving their differences")."""
    if token.dep_ in {"dobj", "dative"}:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS:
        # places a verb or its object reaches, not where its subject is ("officials in Kenya and
        # Uganda agreed"), nor where what it brings together meets ("a summit in ...")
        verb = token.head.head
        noun = verb
        while noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "the sense of relief in ..."
            noun = noun.head.head
        # (spread "across" or "throughout" them, the subject's places are places too: "Inuit across
        # Greenland, Canada and Alaska share one ocean")
        return not ((noun.dep_ in {"nsubj", "nsubjpass"} and noun.lower_ not in _HAPPENINGS
                     and token.head.lower_ not in {"across", "throughout"})
                    or verb.lower_ in _GROUPING_NOUNS
                    or _GROUPING_VERBS.fullmatch(verb.lower_))
    elif token.dep_ == "pobj" and token.head.lower_ in _OBJECT_PREPOSITIONS:
        verb = token.head.head
        last = max([token, *(t for t in token.subtree if t.dep_ == "conj")], key=lambda t: t.i).right_edge
        if (token.head.lower_ == "with" and token.doc[token.head.i - 1].text == ","
                and last.i + 1 < len(token.doc) and token.doc[last.i + 1].lower_.endswith("ing")
                and token.doc[last.i + 1].dep_ in {"acl", "advcl", "xcomp", "ccomp", "conj"}):
            return False  # they act: "..., with Argentina, Bolivia and Chile coordinating prices"
        if verb.dep_ in _NOUN_SLOTS and (token.head.lower_ == "from" or verb.lower_ in _GROUPING_NOUNS):
            return False
    else:
        return False
    if _GROUPING_VERBS.fullmatch(verb.lower_) or any(c.dep_ == "dobj" and c.lower_ in _GROUPING_NOUNS for c in verb.children):
        return False  # "joining a pact with Australia, Britain and the United States"
    # objects that go on to act together: "urged Serbia and Kosovo to resume talks", "supports Pakistan and
    # Afghanistan in resolving their differences" (the act they are helped in; not "in 2024"); not each
    # on its own, "urged Japan and Vietnam not to join the blockade"
    return not any((t.lower_ == "to" and t.dep_ == "aux" and t.i > token.i and not _own_parties(t.head, verb, token)
                    and _brought_together(t.head, set()))
                   or (t.dep_ == "pcomp" and t.lower_.endswith("ing") and t.head.lower_ == "in" and t.head.head.i == verb.i
                       and t.i > token.i and _brought_together(t, set())) for t in verb.subtree)


def _own_parties(clause: Token, verb: Token, objects: Token) -> bool:
    """Whether ``clause``, an infinitive of purpose on ``verb``, names a pair of its own, two actors
    or more none of the listed ``objects``: what the subject acts on, not the objects going on to
    act ("move its production to Vietnam and Mexico to escape the dispute between the EU and
    China": no MEX-VNM); not a purpose of the objects' own ("travel to Phnom Penh and Bangkok to
    deliver a truce plan", "working with the AU and IGAD to convene Sudanese civilian forces",
    "given Serbia and Kosovo until March to agree on a statute for Serb-majority municipalities")."""
    if clause.dep_ != "advcl" or clause.head.i != verb.i:
        return False
    start, end = clause.left_edge.i, clause.right_edge.i
    listed = {t.i for t in objects.subtree}
    own = {e._.code for e in clause.doc.ents if start <= e.start and e.end - 1 <= end and e._.code
           and e._.kind in ACTOR_KINDS}
    mine = {e._.code for e in clause.doc.ents if e.root.i in listed and e._.code}
    return len(own) > 1 and not own & mine


def _uncoded_subject_before(sent: Span, orgs: list[ActorMention]) -> bool:
    """The sentence before has as its main subject a body the gazetteer does not code, which "its"
    stands for rather than an organisation named later in that sentence: "The French farmers'
    union FNSEA announced ..., when the European Parliament meets. Its president" is FNSEA's;
    not one the actors resolved (``orgs``, the organisations of the sentence before): "The
    Council itself has been cautious. Its chair" after the Arctic Council."""
    doc = sent.doc
    if sent.start == 0 or not doc.has_annotation("DEP"):
        return False
    before = doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    ent = ent_at(doc, subject.i)
    return (ent is not None and ent.label_ == "ORG" and not ent._.code
            and not any(a.start < ent.end_char and ent.start_char < a.end for a in orgs))
