from __future__ import annotations

from typing import Any

import pytest

from pipeline.entities import Entry, Gazetteer, PhraseWords, load_gazetteer, normalise


@pytest.mark.parametrize(
    ("text", "key"),
    [("the Kremlin", "kremlin"), ("Putin’s", "putin"), ("Russia's", "russia"), ("North  Korea", "north korea"),
     # a hyphen between words, the article's case and a suffix's spelling make no other key
     ("Abdel-Fattah El-Sisi", "abdel fattah el sisi"), ("Abdel Fattah el-Sisi", "abdel fattah el sisi"),
     ("Ferdinand Marcos Jnr", "ferdinand marcos jr"), ("Ferdinand Marcos Junior", "ferdinand marcos jr"),
     ("Ferdinand Marcos Jr.", "ferdinand marcos jr"), ("Ferdinand Marcos, Jr.", "ferdinand marcos jr")],
)
def test_entities_normalise(text: str, key: str) -> None:
    assert normalise(text) == key


def test_entities_lookup_prefers_term_covering_the_date() -> None:
    gaz = Gazetteer(
        [Entry("US", "USA", "state", "name", "GPE", case_sensitive=True)],
        [Entry("Pat Smith", "GBR", "person", "leader", "PERSON", valid_from="2001-01-01", valid_to="2005-01-01"),
         Entry("Pat Smith", "IRL", "person", "leader", "PERSON", valid_from="2010-01-01", valid_to=None)],
    )
    assert gaz.lookup("Pat Smith", "PERSON", "2003-06-01").code == "GBR"  # type: ignore[union-attr]
    assert gaz.lookup("Pat Smith", "PERSON", "2015-06-01").code == "IRL"  # type: ignore[union-attr]
    # the office-holder table's terms only: none between them, and an open one no longer than ten years
    assert gaz.lookup("Pat Smith", "PERSON", "2007-06-01") is None
    assert gaz.lookup("Pat Smith", "PERSON", "2020-06-01") is None
    assert gaz.lookup("US", "GPE") is not None
    assert gaz.lookup("us", "GPE") is None  # case-sensitive alias: the pronoun is not a state


def test_entities_lookup_leaves_out_a_numeral_the_gazetteer_lacks() -> None:
    gaz = Gazetteer([Entry("Pat Smith", "GBR", "person", "leader", "PERSON")])
    assert gaz.lookup("Pat Smith III", "PERSON").code == "GBR"  # type: ignore[union-attr]
    assert gaz.lookup("Pat Smith Jr.", "PERSON") is None  # a son is not his father


@pytest.mark.parametrize(
    ("alias", "code", "via"),
    [
        ("Washington", "USA", "capital"), ("the Kremlin", "RUS", "capital"), ("Beijing", "CHN", "capital"),
        ("Brussels", "EU", "capital"), ("Russian", "RUS", "demonym"), ("Chinese", "CHN", "demonym"),
        ("Putin", "RUS", "leader"), ("Peskov", "RUS", "leader"), ("Xi Jinping", "CHN", "leader"),
        ("NATO", "NATO", "org"), ("United Nations", "UN", "org"), ("North Korea", "PRK", "name"),
        ("South Korean", "KOR", "demonym"), ("Kosovo", "XKX", "name"), ("Taiwanese", "TWN", "demonym"),
        # an acronym also written in lower letters ("Aukus", "Caricom"), besides its exact capitals
        ("Aukus", "AUKUS", "org"), ("AUKUS", "AUKUS", "org"), ("Caricom", "CARICOM", "org"),
        ("Central American Integration System", "SICA", "org"), ("SICA", "SICA", "org"),
    ],
)
def test_entities_gazetteer_resolves(alias: str, code: str, via: str) -> None:
    entry = load_gazetteer("gazetteer.jsonl", "officeholders.csv").lookup(alias)
    assert entry is not None and (entry.code, entry.via) == (code, via)


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        # an acronym said as a word, in title case as SCMP, Reuters and the FT print it
        ("Asean", "ASEAN"), ("Nato", "NATO"), ("Opec", "OPEC"), ("Ecowas", "ECOWAS"), ("Apec", "APEC"),
        ("Saarc", "SAARC"), ("Unesco", "UN"), ("Unicef", "UN"), ("Igad", "IGAD"),
        # exact case only, and not a common word or a name
        ("asean", None), ("nato", None), ("Pace", None), ("Alba", None), ("NATO", "NATO"),
    ],
)
def test_entities_acronym_in_title_case(alias: str, code: str | None) -> None:
    entry = load_gazetteer("gazetteer.jsonl", "officeholders.csv").lookup(alias)
    assert (entry.code if entry is not None else None) == code


def test_entities_acronym_in_title_case_in_a_sentence(nlp: Any) -> None:
    doc = nlp("Asean urged restraint, and Nato said the pace of talks in Sofia had slowed. Pace said Alba was in Quito.")
    assert {e.text: e._.code for e in doc.ents if e.label_ == "ORG"} == {"Asean": "ASEAN", "Nato": "NATO"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a leader's name with extra given names before it, or a known given name inside it
        ("Matamela Cyril Ramaphosa", "ZAF"), ("Angela Dorothea Merkel", "DEU"), ("Alassane Dramane Ouattara", "CIV"),
        # not through a particle, a family name, an unknown name inside, or a namesake's given name
        ("Salim ben Ali", None), ("Baltazar Rebelo de Sousa", None), ("Cyril Matamela Ramaphosa", None),
        ("Andile Ramaphosa", None), ("Mohamed Ahmed Ali", None),
    ],
)
def test_entities_a_leaders_full_name_with_more_given_names(text: str, code: str | None) -> None:
    entry = load_gazetteer("gazetteer.jsonl", "officeholders.csv").within(text)
    assert (entry.code if entry is not None else None) == code


@pytest.mark.parametrize("alias", ["Nile", "Nile River", "Lake Geneva", "Gobi Desert", "Niagara River"])
def test_entities_shared_rivers_and_lakes_name_no_state(alias: str) -> None:
    assert load_gazetteer("gazetteer.jsonl", "officeholders.csv").lookup(alias) is None


def test_entities_shared_river_gives_no_speaker_code(extractor: Any) -> None:
    from pipeline.io import Document

    text = "A report by the Nile Basin Initiative said the reservoir would be full by August."
    (claim,) = extractor.extract([Document(id="x", text=text)], all_sentences=True)
    assert claim.attribution is not None and claim.attribution.speaker_code is None


def test_entities_family_name_with_particle_is_the_person_again(extractor: Any) -> None:
    """"De Freitas" after "Tarcísio de Freitas" (which the tagger takes for an organisation) is
    the president again, with his state."""
    from pipeline.io import Document

    text = ("Brazilian President Tarcísio de Freitas met Argentine President Javier Milei on Thursday. "
            "De Freitas said Brazil would study the proposal with an open mind.")
    claims = list(extractor.extract([Document(id="x", text=text)], all_sentences=True))
    assert [(e.label, e.code) for e in claims[1].entities if e.text == "De Freitas"] == [("PERSON", "BRA")]
    assert claims[1].attribution is not None and claims[1].attribution.speaker_code == "BRA"


def test_entities_nonstate_names_block_partial_matches(nlp: Any) -> None:
    doc = nlp("The Washington Post quoted a Russian diplomat in Moscow.")
    ents = {e.text: e._.code for e in doc.ents}
    assert ents.get("Washington Post") is None and "Washington" not in ents
    assert ents["Russian"] == "RUS" and ents["Moscow"] == "RUS"


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a non-state body's one-word name that is a common word, in lower case or inside a longer name
        ("The liberation of Mosul took nine months.", "liberation", None),
        ("Fighters of the Popular Front for the Liberation of Kordo seized the town.", "Liberation", None),
        ("The Movement for the Liberation of Tessit said it had freed the hostages.", "Liberation", None),
        # near misses: the paper by its own name
        ("Libération, the Paris daily, said the envoy had been recalled.", "Libération", "nonstate"),
        ("Liberation, the French daily, said the envoy had been recalled.", "Liberation", "nonstate"),
    ],
)
def test_entities_a_common_word_is_no_nonstate_name(nlp: Any, text: str, word: str, kind: str | None) -> None:
    assert [e._.kind for e in nlp(text).ents if e.text == word] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("text", "word", "ents"),
    [
        # a state's name or demonym in a tournament's, an event's or a marketplace's name: no code, no state
        ("Sinner won the Australian Open on Sunday.", "Australian", [("Australian", "NORP", None, "nonstate")]),
        ("Families marked the Persian New Year in Kabul.", "Persian", [("Persian", "NORP", None, "nonstate")]),
        ("Tourists crowded the Russian Market in Phnom Penh.", "Russian", [("Russian", "NORP", None, "nonstate")]),
        # a church's: the institution's home, as a university's
        ("The Russian Orthodox Church backed the bill.", "Russian", [("Russian", "NORP", "RUS", "nonstate")]),
        # a food, a thing or a saying named with a demonym, and a company named with a common word
        ("French fries were served at the reception.", "French", [("French fries", "PRODUCT", None, "nonstate")]),
        ("The Spanish flu killed millions.", "Spanish", [("Spanish flu", "EVENT", None, "nonstate")]),
        ("Virgin Atlantic cancelled its flights to Lagos.", "Virgin", [("Virgin Atlantic", "ORG", None, "nonstate")]),
        # near misses: the state named before a title's year, an adjective's "open", a host's games
        ("The US Fiscal Year ends in September.", "US", [("US", "GPE", "USA", "state")]),
        ("Is the US Open to talks with Iran?", "US", [("US", "GPE", "USA", "state")]),
        ("Athletes arrived for the Seoul Olympics.", "Seoul", [("Seoul", "GPE", "KOR", "state")]),
    ],
)
def test_entities_a_name_that_holds_a_state_names_no_state(nlp: Any, text: str, word: str,
                                                           ents: list[tuple[str, str, str | None, str | None]]) -> None:
    assert [(e.text, e.label_, e._.code, e._.kind) for e in nlp(text).ents if word in e.text] == ents


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        # a common English word seldom a name opens companies' and clubs' names: no given name
        ("virgin", None), ("real", None), ("general", None), ("supreme", None), ("premier", None),
        # near misses: words that are names far more often, and states' names that are names
        ("grace", "f"), ("hope", "f"), ("will", "m"), ("frank", "m"), ("chad", "m"), ("georgia", "f"),
    ],
)
def test_entities_a_common_word_seldom_a_name_is_no_given_name(name: str, gender: str | None) -> None:
    from pipeline.entities import given_names

    assert given_names().get(name) == gender


@pytest.mark.parametrize(
    ("text", "word", "ents"),
    [
        # a paper named "The" and a demonym is the state's demonym where it modifies the noun after it
        ("The Australian government said it would expel two Chinese diplomats.", "Australian",
         [("Australian government", "AUS")]),
        ("The Australian prime minister met Indonesian President Prabowo Subianto in Jakarta on Friday.",
         "Australian", [("Australian", "AUS")]),
        ("The Australian navy and the Indian navy held joint drills in the Bay of Bengal.", "Australian",
         [("Australian navy", "AUS")]),
        ("The Australian Prime Minister Anthony Albanese criticised the tariffs.", "Australian", [("Australian", "AUS")]),
        ("Vanuatu summoned the Australian and New Zealand envoys on Monday.", "Australian", [("Australian", "AUS")]),
        ("The Namibian president thanked China for its aid, The Namibian reported.", "Namibian",
         [("Namibian", "NAM"), ("The Namibian", None)]),
        # near misses: the paper by its name, as a subject, an object, an owner or before its kind
        ("The Australian reported on Monday that Canberra would expel two Chinese diplomats.", "Australian",
         [("The Australian", None)]),
        ("The Australian's editor said the talks had stalled.", "Australian", [("The Australian", None)]),
        ("Penny Wong told The Australian that the talks had stalled.", "Australian", [("The Australian", None)]),
        ("According to The Australian, the talks have stalled.", "Australian", [("The Australian", None)]),
        ("China will retaliate against the tariffs, The Australian newspaper reported.", "Australian",
         [("The Australian", None)]),
        ("The Zimbabwean reported that Harare had summoned the British ambassador.", "Zimbabwean",
         [("The Zimbabwean", None)]),
    ],
)
def test_entities_a_papers_demonym_name_only_where_it_stands_alone(nlp: Any, text: str, word: str,
                                                                   ents: list[tuple[str, str | None]]) -> None:
    assert [(e.text, e._.code) for e in nlp(text).ents if word in e.text] == ents


@pytest.mark.parametrize(
    ("text", "speaker_code", "codes"),
    [
        ("The Australian government said it would expel two Chinese diplomats.", "AUS", ["AUS", "CHN"]),
        ("The Namibian president thanked China for its aid, The Namibian reported.", None, ["NAM", "CHN"]),
        ("The Australian reported on Monday that China would expel two diplomats.", None, ["CHN"]),
    ],
)
def test_entities_a_papers_demonym_name_gives_no_speaker_or_actor(extractor: Any, text: str, speaker_code: str | None,
                                                                  codes: list[str]) -> None:
    from pipeline.io import Document

    [claim] = list(extractor.extract([Document(id="x", text=text)], all_sentences=True))
    assert claim.attribution is not None and claim.attribution.speaker_code == speaker_code
    assert [a.code for a in claim.actors] == codes


def test_entities_lowercase_us_is_not_a_state(nlp: Any) -> None:
    doc = nlp("Let us hope the US and the UK agree.")
    assert [(e.text, e._.code) for e in doc.ents if e._.code] == [("US", "USA"), ("UK", "GBR")]


def test_entities_phrase_words_split_every_gazetteer_name_as_the_tokenizer_does(extractor: Any) -> None:
    nlp = extractor.nlp
    words = PhraseWords(nlp)
    gaz = extractor.config["components"]["claims_entities"]
    entries = load_gazetteer(gaz["gazetteer"], gaz["officeholders"]).entries
    texts = [e.text for e in entries] + ["cannot", "Côte d'Ivoire", "U.S. Treasury", "Al-Shabaab", "St. Kitts"]

    def tokens(text: str) -> list[str]:
        if text.endswith("-"):  # a combining form, split as in "Sino-Indian"
            return [tok.text for tok in nlp.tokenizer(text + "Indian")][:-1]
        return [tok.text for tok in nlp.tokenizer(text)]

    assert any(t.endswith("-") for t in texts)
    assert [words(t) for t in texts] == [tokens(t) for t in texts]


def _articles(n: int | None = None) -> list[str]:
    from tests.conftest import ROOT

    return [a.read_text(encoding="utf-8") for a in sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:n]]


def _ents(spans: Any) -> list[tuple[int, int, str, str, Any]]:
    return [(e.start, e.end, e.label_, e.id_, e._.code) for e in spans]


def test_entities_made_once_are_spacys_entities(nlp: Any) -> None:
    from pipeline.entities import _ENTS, ents_of, frozen_ents

    doc = nlp("\n\n".join(_articles(3)))
    spans = [*doc.sents, *(doc[i : i + 7] for i in range(0, len(doc), 5)), doc[0:0], doc[:]]
    expected = [_ents(span.ents) for span in spans]
    assert sum(map(len, expected)) > 100
    with frozen_ents(doc):
        assert _ents(ents_of(doc)) == _ents(doc.ents)
        assert [_ents(ents_of(span)) for span in spans] == expected
        assert ents_of(doc)[0] is ents_of(doc[:])[0]  # made once, not at each call
    assert _ENTS not in doc.user_data
    assert [_ents(ents_of(span)) for span in spans] == expected  # outside the block: spaCy's own


def test_entities_claims_are_the_same_with_the_entities_made_once(extractor: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import claims
    from pipeline.entities import _ENTS
    from pipeline.io import Document

    real = claims._claims

    def frozen(doc: Any, *args: Any) -> Any:
        assert _ENTS in doc.user_data  # doc_to_claims makes the entities once, for every sentence
        return real(doc, *args)

    monkeypatch.setattr(claims, "_claims", frozen)
    for number, text in enumerate(_articles()):
        document = Document(id=f"a{number}", text=text)
        doc = extractor.nlp(text)
        fast = claims.doc_to_claims(doc, document, extractor.thresholds, extractor.model_info, all_sentences=True)
        slow = real(doc, document, extractor.thresholds, extractor.model_info, all_sentences=True)
        assert fast and [c.model_dump() for c in fast] == [c.model_dump() for c in slow], number


@pytest.mark.parametrize("overwrite", [True, False])
def test_entities_ruler_sets_the_entities_spacys_ruler_sets(nlp: Any, monkeypatch: pytest.MonkeyPatch,
                                                            overwrite: bool) -> None:
    from spacy.pipeline import EntityRuler

    ruler = nlp.get_pipe("entity_ruler")
    monkeypatch.setattr(ruler, "overwrite", overwrite)
    doc = nlp.make_doc("\n\n".join(_articles()))
    for name, pipe in nlp.pipeline:
        if name == "entity_ruler":
            break
        doc = pipe(doc)
    matches = ruler.match(doc)
    spacys = doc.copy()
    ruler.set_annotations(doc, matches)
    EntityRuler.set_annotations(ruler, spacys, matches)
    assert len(matches) > 100 and _ents(doc.ents) == _ents(spacys.ents)


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        # a state's agent or counsel before a court, and a second title before the name in apposition
        ("Ghana's agent, Deputy Attorney General Kwesi Owusu-Ansah, welcomed the decision.", "Kwesi Owusu-Ansah",
         "GHA"),
        ("Togo's agent, Ambassador Essowè Adjoa Kpodar, was more guarded.", "Essowè Adjoa Kpodar", "TGO"),
        ("Nigeria's counsel, Professor Chidi Okafor, argued that the boundary was settled.", "Chidi Okafor", "NGA"),
        ("Kenya's foreign minister, Ambassador Amina Mohamed, welcomed the decision.", "Amina Mohamed", "KEN"),
        # near misses: no state's possessive, a clause between
        ("A shipping agent in Tema, Kofi Mensah, said the port was full.", "Kofi Mensah", None),
        ("Ghana's tea exports fell, Finance Minister Kofi Mensah said.", "Kofi Mensah", None),
    ],
)
def test_entities_a_states_agent_and_a_second_title(nlp: Any, text: str, person: str, code: str | None) -> None:
    assert [(e.text, e._.code) for e in nlp(text).ents if e.label_ == "PERSON"] == [(person, code)]


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        # the name after "Minister of" and a ministry's words with commas is a person of its state
        ("Minister of Economy, Trade and Industry Ryosei Akazawa called the rules coercion.", "Ryosei Akazawa", "JPN"),
        # not a title the tagger kept apart, nor no name after the ministry's words
        ("Minister of Agriculture, Forestry and Fisheries Shinjiro Koizumi said rice prices would fall.",
         "Shinjiro Koizumi", "JPN"),
        ("Minister of Foreign Affairs Penny Wong said Canberra would respond.", "Penny Wong", "AUS"),
        ("Minister of Economy, Trade and Industry officials said they would respond.", None, None),
    ],
)
def test_entities_a_name_after_a_ministers_title_with_commas(nlp: Any, text: str, person: str | None,
                                                            code: str | None) -> None:
    people = [(e.text, e._.code) for e in nlp(text).ents if e.label_ == "PERSON"]
    assert people == ([(person, code)] if person else [])


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a one-word leader's name that opens a longer name whose next word is unknown is someone else's
        # (a state's agent or lawyer before a court is the state's)
        ("Belize's agent before the court, Assad Shoman Jr., welcomed the decision.", [("Assad Shoman Jr.", "BLZ")]),
        ("Lebanon's lawyer, Assad Haddad, told reporters the ruling was fair.", [("Assad Haddad", "LBN")]),
        # not the leader alone, nor a title, a name of his, or a word the gazetteer knows after it
        ("The envoy met Assad in Damascus in 2019 to discuss refugees.", [("Assad", "SYR")]),
        ("Emir Tamim Al Thani said Qatar would keep mediating.", [("Emir Tamim", "QAT")]),
        ("Putin Kremlin aides met on Tuesday.", [("Putin", "RUS")]),
        # the Arabic article with a space or a hyphen, in either case
        ("The army, led by General Abdel Fattah Al Burhan, walked away from the talks.",
         [("Abdel Fattah Al Burhan", "SDN")]),
        ("Egypt's President Abdel Fattah El Sisi met General Abdel Fattah al Burhan in Cairo.",
         [("Abdel Fattah El Sisi", "EGY"), ("Abdel Fattah al Burhan", "SDN")]),
        # heads of state who took office in 2025-2026
        ("President Nasry Asfura said Honduras would appeal.", [("Nasry Asfura", "HND")]),
        ("Irish President Catherine Connolly visited Ghana.", [("Catherine Connolly", "IRL")]),
        # office holders of 2025-2026: heads of government, foreign and other ministers
        ("Lithuanian Prime Minister Inga Ruginienė said the crossings would stay shut.", [("Inga Ruginienė", "LTU")]),
        ("Vladislav Kondratovič told reporters the balloons came from the east.", [("Vladislav Kondratovič", "LTU")]),
        ("Todd McClay said exporters would gain from the deal.", [("Todd McClay", "NZL")]),
        ("Samuel Okudzeto Ablakwa called for reform of the Security Council.", [("Samuel Okudzeto Ablakwa", "GHA")]),
        ("President Konstantinos Tasoulas received the delegation in Athens.", [("Konstantinos Tasoulas", "GRC")]),
        ("Kristrún Frostadóttir said a referendum would be held by 2027.", [("Kristrún Frostadóttir", "ISL")]),
        ("Đuro Macut met the Hungarian foreign minister in Belgrade.", [("Đuro Macut", "SRB")]),
        # a leader's name in another spelling of its suffix or hyphens
        ("Ferdinand Marcos Jnr said Manila would not back down.", [("Ferdinand Marcos", "PHL")]),
        ("Abdel-Fattah El-Sisi said Cairo would host the talks.", [("Abdel-Fattah El-Sisi", "EGY")]),
        # office holders of other cabinet posts and of the US Congress's foreign affairs committees
        ("Piyush Goyal said New Delhi would sign the pact.", [("Piyush Goyal", "IND")]),
        ("Olzhas Bektenov is due to visit Baku next week.", [("Olzhas Bektenov", "KAZ")]),
        ("Brian Mast said the committee would vote on the bill.", [("Brian Mast", "USA")]),
        ("Anton Siluanov said Moscow would cut spending.", [("Anton Siluanov", "RUS")]),
        ("Wang Wentao met the European trade commissioner in Brussels.", [("Wang Wentao", "CHN")]),
        ("Ali Yerlikaya said the police had detained 40 suspects.", [("Ali Yerlikaya", "TUR")]),
        ("Satsuki Katayama said Tokyo was watching the yen.", [("Satsuki Katayama", "JPN")]),
        # not a name the gazetteer does not know
        ("Damien Ruawai told reporters the figures were wrong.", [("Damien Ruawai", None)]),
    ],
)
def test_entities_leaders_names_and_terms(extractor: Any, text: str, people: list[tuple[str, str | None]]) -> None:
    from pipeline.io import Document

    (claim,) = extractor.extract([Document(id="x", text=text, date="2026-10-15")], all_sentences=True)
    assert [(e.text, e.code) for e in claim.entities if e.label == "PERSON"] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a leader's alias that gives the full name after an office's title is that name
        ("Premier Li Qiang told the summit that China would cut tariffs.", [("Li Qiang", "CHN")]),
        ("Foreign Minister Wang Yi met his Indian counterpart in New Delhi.", [("Wang Yi", "CHN")]),
        ("Chief Executive John Lee said the city would comply with the new rules.", [("John Lee", "HKG")]),
        ("President Ali Bongo dissolved the government on Monday.", [("Ali Bongo", "GAB")]),
        # an alias that opens with the state's demonym: the demonym and the titled name
        ("Chinese President Xi Jinping will host the summit in Tianjin next month.", [("Xi Jinping", "CHN")]),
        ("Analysts said Chinese President Xi's visit to Hanoi would focus on rail links.",
         [("President Xi", "CHN")]),
        ("Turkish President Erdogan said Ankara would mediate.", [("President Erdogan", "TUR")]),
        # not a title that makes a surname a leader's, a royal title or an honorific that is also a name
        ("President Connolly said Ireland would recognise the new government.", [("President Connolly", "IRL")]),
        ("King Abdullah II met the delegation in Amman.", [("King Abdullah II", "JOR")]),
        ("Tan Kefei said the ministry would respond.", [("Tan Kefei", "CHN")]),
        # a name after a title whose first word the tagger left out is the whole name
        ("Vietnamese Deputy Foreign Minister Do Hung Viet said Hanoi would protest.", [("Do Hung Viet", "VNM")]),
        ("Deputy Foreign Minister Do Hung Viet told the forum that Hanoi wanted calm.", [("Do Hung Viet", None)]),
        ("Thai Foreign Minister Do Van Thanh said Bangkok would not comment.", [("Do Van Thanh", "THA")]),
        # a title's short form the tagger ran into the name is no part of it
        ("US SecDef Lloyd Austin said the coalition would defend shipping.", [("Lloyd Austin", "USA")]),
        # not a rank or an honour before the name, nor a name the tagger took whole
        ("Commodore Jay Tarriela said the coast guard would stay.", [("Jay Tarriela", "PHL")]),
        ("Dame Harriet Colwell said the committee would report in May.", [("Harriet Colwell", None)]),
        ("Deputy Prime Minister Tran Hong Ha met the Lao delegation in Vientiane.", [("Tran Hong Ha", None)]),
        # a hyphenated given name the tagger cut at the hyphen is the whole name
        ("Vice Foreign Minister Park Yoon-joo told reporters that Seoul wanted calm.", [("Park Yoon-joo", None)]),
        ("First Vice Minister Kim Hong-kyun said Seoul would send an envoy to Hanoi.", [("Kim Hong-kyun", None)]),
        ("Ambassador Cho Hyun-dong met Philippine officials in Manila on Monday.", [("Cho Hyun-dong", "KOR")]),
        ("Unification Minister Kim Dong-wook proposed that the two Koreas resume military talks.",
         [("Kim Dong-wook", None)]),
        # ... also a hyphenated given name before the surname, whose first half the tagger took for a place
        ("Kazakh Deputy Prime Minister Qasym-Nurlan Seitov told investors that Astana would cut taxes.",
         [("Qasym-Nurlan Seitov", "KAZ")]),
        ("Kazakh Foreign Minister Qasym-Zhomart Toqtarov said Astana would mediate.",
         [("Qasym-Zhomart Toqtarov", "KAZ")]),
        # a known given name after a title's capitalised portfolio, the surname the tagger's group
        ("Russian Presidential Commissioner for Human Rights Tatyana Moskalkova said in a statement that the lists of "
         "prisoners were ready.", [("Tatyana Moskalkova", "RUS")]),
        # not a word that makes the name a modifier
        ("The Modi-led coalition said New Delhi would not join the bloc.", [("Modi", "IND")]),
        ("Officials in the Ruto-era cabinet said Nairobi had paid the loan.", [("Ruto", "KEN")]),
    ],
)
def test_entities_the_name_after_a_title(extractor: Any, text: str, people: list[tuple[str, str | None]]) -> None:
    from pipeline.io import Document

    (claim,) = extractor.extract([Document(id="x", text=text, date="2026-03-15")], all_sentences=True)
    assert [(e.text, e.code) for e in claim.entities if e.label == "PERSON"] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a hyphenated surname named in full before, and its given name, are the person again where
        # the tagger took only the part after the hyphen
        ("Kwabena Asante-Boateng, Ghana's reforming president, dies at 84\n\nKwabena Asante-Boateng, who served as "
         "president of Ghana, died on Thursday. Asante-Boateng studied economics in Accra.",
         ["Kwabena Asante-Boateng", "Kwabena Asante-Boateng", "Asante-Boateng"]),
        ("Yaw Owusu-Ansah, a former finance minister, dies at 71\n\nYaw Owusu-Ansah, who was finance minister until "
         "2008, died on Monday in Kumasi. Owusu-Ansah had long opposed the IMF programme.",
         ["Yaw Owusu-Ansah", "Yaw Owusu-Ansah", "Owusu-Ansah"]),
        # near miss: a modifier before the hyphen
        ("Kwame Ofori spoke first. The anti-Ofori protests grew, and Ofori said Accra would act.",
         ["Kwame Ofori", "Ofori"]),
        # a name the tagger split at the lower-case particles of its surname, or cut after them
        ("\u201cThe talks will fail,\u201d said Joost van den Heuvel, an analyst at the Egmont Institute.",
         ["Joost van den Heuvel"]),
        ("\u201cBeijing will not blink,\u201d said Jan ter Horst, a researcher at Leiden University.",
         ["Jan ter Horst"]),
    ],
)
def test_entities_a_hyphenated_surname_is_the_whole_name(nlp: Any, text: str, people: list[str]) -> None:
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == people


def test_entities_a_curated_end_closes_open_phoenix_terms(tmp_path: Any) -> None:
    """A person whose curated terms for a code have all ended holds none of its Phoenix terms after
    that day; a person with a curated term still open keeps them, as do other codes and names."""
    from scripts.build_gazetteer import Officeholder, close_ended_terms

    leaders = tmp_path / "leaders.csv"
    leaders.write_text("name,aliases,code,role,valid_from,valid_to\n"
                       "Bashar al-Assad,Assad,SYR,president,2000-07-17,2024-12-08\n"
                       "Andrej Babiš,Andrej Babis,CZE,prime minister,2017-12-06,2021-12-17\n"
                       "Andrej Babiš,Andrej Babis,CZE,prime minister,2025-12-09,\n", encoding="utf-8")
    rows = [Officeholder("Bashar al Assad", "SYR", "GOV", "2000-07-17", ""),
            Officeholder("Bashar al Assad", "SYR", "ELI", "1983-01-01", "2000-01-01"),
            Officeholder("Andrej Babis", "CZE", "GOV", "2017-12-06", ""),
            Officeholder("Assad Shoman", "BLZ", "GOV", "2003-01-01", "")]
    assert [r.valid_to for r in close_ended_terms(rows, leaders)] == ["2024-12-08", "2000-01-01", "", ""]


@pytest.mark.parametrize(
    ("code", "headed"),
    [
        # organisations.csv's head column: "the Secretary-General said" of several in reach is the one so headed
        ("UN", True), ("NATO", True), ("ASEAN", True), ("CARICOM", True),
        ("AU", False), ("IGAD", False), ("EU", False),
    ],
)
def test_entities_organisations_headed_by_a_secretary_general(code: str, headed: bool) -> None:
    from pipeline.entities import SECRETARY_GENERAL_ORGS

    assert (code in SECRETARY_GENERAL_ORGS) is headed
