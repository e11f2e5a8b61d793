from __future__ import annotations

from typing import Any

import pytest

from pipeline.sentences import body_sentences


def _sentences(nlp: Any, text: str) -> list[str]:
    with nlp.select_pipes(enable=["claims_clean", "tok2vec", "senter", "claims_sentences"]):
        return [s.text for s in body_sentences(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov said on Dec 14, “It’s absurd to think everything will change instantly.” "
            "On Dec 21, he added that Moscow hopes for better ties.",
            ["Peskov said on Dec 14, “It’s absurd to think everything will change instantly.”",
             "On Dec 21, he added that Moscow hopes for better ties."],
        ),
        (  # no sentence opens inside a bracket
            "The Treasury designated Ali Hassan (individual) [SDGT]. The designation takes effect today.",
            ["The Treasury designated Ali Hassan (individual) [SDGT].", "The designation takes effect today."],
        ),
        (
            "The U.S. and Russia met in Geneva. Can the talks survive the winter? Few think so.",
            ["The U.S. and Russia met in Geneva.", "Can the talks survive the winter?", "Few think so."],
        ),
        (
            "Examples include the arms treaty, though it expired in 2009; anti-terrorism cooperation; "
            "joint work on Iran; and talks on North Korea.",
            ["Examples include the arms treaty, though it expired in 2009; anti-terrorism cooperation; "
             "joint work on Iran; and talks on North Korea."],
        ),
        (
            "The summit ended without a deal, officials said.\nBoth sides will meet again in March.",
            ["The summit ended without a deal, officials said.", "Both sides will meet again in March."],
        ),
        (  # a full stop after a date, which the splitter misses before a quotation or a name
            'Mahama said in an interview published on October 3. "Our security begins in Ouagadougou." '
            "The minister visited Bangkok on Jan. 5. Thailand welcomed him. Turnout was 61 per cent.",
            ["Mahama said in an interview published on October 3.", '"Our security begins in Ouagadougou."',
             "The minister visited Bangkok on Jan. 5.", "Thailand welcomed him.", "Turnout was 61 per cent."],
        ),
        (  # a code of letters and digits after a full stop opens the next sentence with the title after it
            "Egypt said on Friday it would release a new draft on Saturday morning. COP27 President Sameh Shoukry said a "
            "deal was close.",
            ["Egypt said on Friday it would release a new draft on Saturday morning.",
             "COP27 President Sameh Shoukry said a deal was close."],
        ),
        (  # a military rank's abbreviation ends no sentence before the name it titles; a stop after a
            # word before a rank still does
            "Kenya's defence ministry spokesperson, Col. Zipporah Kioko, said the patrol was ambushed. "
            "The convoy was led by Capt. Amos Wanjala and Sgt. Peter Otieno. The inquiry went to Lt. Col. "
            "Bello Musa and Maj. Ruth Achieng. The army promoted him. Adm. Kenji Sato was not told.",
            ["Kenya's defence ministry spokesperson, Col. Zipporah Kioko, said the patrol was ambushed.",
             "The convoy was led by Capt. Amos Wanjala and Sgt. Peter Otieno.",
             "The inquiry went to Lt. Col. Bello Musa and Maj. Ruth Achieng.", "The army promoted him.",
             "Adm. Kenji Sato was not told."],
        ),
        (  # an Indian honorific's abbreviation ends no sentence before the name it titles
            "The minister called on the Speaker, Smt. Meera Iyer, in Delhi. He later met Kum. Asha Rao and Sh. Vikram "
            "Das. Talks ended at noon.",
            ["The minister called on the Speaker, Smt. Meera Iyer, in Delhi.",
             "He later met Kum. Asha Rao and Sh. Vikram Das.", "Talks ended at noon."],
        ),
        (  # a hyphen glued to its word starts no sentence
            "OFAC designated traders. Non-US companies should expect sanctions.",
            ["OFAC designated traders.", "Non-US companies should expect sanctions."],
        ),
        (  # a reference's abbreviation ends no sentence, nor does a bracket after no stop
            "The Court found that it had jurisdiction (para. 28). It noted the reports (paras. 41-47). "
            "The Southern African Development Community (SADC) observer mission said voting was peaceful. "
            "Results gave the United Party for National Development (UPND) 57 percent of the vote.",
            ["The Court found that it had jurisdiction (para. 28).", "It noted the reports (paras. 41-47).",
             "The Southern African Development Community (SADC) observer mission said voting was peaceful.",
             "Results gave the United Party for National Development (UPND) 57 percent of the vote."],
        ),
        (  # the social network's one-letter name is no initial, also before an acronym
            "Samia Suluhu Hassan congratulated him on X. Dar es Salaam and Lusaka will reopen talks on Dec 3. "
            "Ruto replied on X. AU officials say the summit will go ahead.",
            ["Samia Suluhu Hassan congratulated him on X.", "Dar es Salaam and Lusaka will reopen talks on Dec 3.",
             "Ruto replied on X.", "AU officials say the summit will go ahead."],
        ),
        (  # a bracket after a word opens no sentence; a bracket closed after a stop ends one
            "Kenya opened the Thwake Dam [known in Kamba as Ivuso ya Thwake] in March last year. "
            "[Editor's note: Ruto used a Swahili proverb that local media quoted widely.] He said the dam would "
            "feed the region.",
            ["Kenya opened the Thwake Dam [known in Kamba as Ivuso ya Thwake] in March last year.",
             "[Editor's note: Ruto used a Swahili proverb that local media quoted widely.]",
             "He said the dam would feed the region."],
        ),
        (  # no sentence opens right after a word, with no stop or mark between: not inside a name
            "BEIJING, Sept. 17 (Xinhua) -- Chinese Foreign Ministry spokesperson Zhou Haiming on Thursday urged Manila "
            "to stop its provocations near Ren'ai Jiao.",
            ["Chinese Foreign Ministry spokesperson Zhou Haiming on Thursday urged Manila to stop its provocations "
             "near Ren'ai Jiao."],
        ),
        (
            "Ambassador Zhou Haiming told reporters in Islamabad that the visit would go ahead. Sharif arrives on Monday.",
            ["Ambassador Zhou Haiming told reporters in Islamabad that the visit would go ahead.",
             "Sharif arrives on Monday."],
        ),
        # a parliament's lower-case "hon." before the member ends no sentence; a stop after "hon" alone still does
        (
            "The hon. Lady is right about Kigali. My right hon. Friend the Member for Wells asked about Goma. "
            "I thank the hon. Member for Stroud for her question.",
            ["The hon. Lady is right about Kigali.", "My right hon. Friend the Member for Wells asked about Goma.",
             "I thank the hon. Member for Stroud for her question."],
        ),
        (
            "Members called the cuts to aid for Malawi dishonest. Lilongwe was not consulted.",
            ["Members called the cuts to aid for Malawi dishonest.", "Lilongwe was not consulted."],
        ),
        # nor after a number with no stop or mark between: a clock time's zone
        (
            "The tanker was seized at about 0400 GMT on Monday. Its crew is safe.",
            ["The tanker was seized at about 0400 GMT on Monday.", "Its crew is safe."],
        ),
        # an initialism's stop ends the sentence before a word that opens one; not before a name it is part of
        (
            "Lomé said the dispute would be settled without the U.N. She gave no date. Talks at the U.N. "
            "Security Council resumed in the U.S. capital.",
            ["Lomé said the dispute would be settled without the U.N.", "She gave no date.",
             "Talks at the U.N. Security Council resumed in the U.S. capital."],
        ),
        (
            "Accra wants a seat on the panel with the E.U. But Abuja objects.",
            ["Accra wants a seat on the panel with the E.U.", "But Abuja objects."],
        ),
        # a bare answer that opens its sentence is one: not "No. 10", a number
        (
            "No. I would point you to the ministry's statement. No. 10 said nothing.",
            ["No.", "I would point you to the ministry's statement.", "No. 10 said nothing."],
        ),
        # a forecast's rating in brackets stays with the judgement it rates
        (
            "Ghana and Togo met in Accra on Monday.\n\n"
            "They will reopen the border before the end of the year. (Likely: 70-80%)\n\n"
            "Lomé will not join the pact this year. (Almost certain: 95%)\n\nThe talks resume in May.",
            ["Ghana and Togo met in Accra on Monday.",
             "They will reopen the border before the end of the year. (Likely: 70-80%)",
             "Lomé will not join the pact this year. (Almost certain: 95%)", "The talks resume in May."],
        ),
        (
            "Ghana and Togo met in Accra on Monday. Accra is unlikely to take military action. (Almost certain that "
            "talks resume; military action: remote, under 5%)\n\nThe talks resume in May.",
            ["Ghana and Togo met in Accra on Monday.", "Accra is unlikely to take military action. (Almost certain that "
             "talks resume; military action: remote, under 5%)", "The talks resume in May."],
        ),
        # a stop between two names the splitter reads as one sentence's: "Kivu. Qatar-mediated"
        (
            "Burundi denied claims that its troops had crossed into South Kivu. Qatar-mediated talks resumed in Doha.",
            ["Burundi denied claims that its troops had crossed into South Kivu.", "Qatar-mediated talks resumed in Doha."],
        ),
    ],
)
def test_sentences_news_boundaries(nlp: Any, text: str, expected: list[str]) -> None:
    assert _sentences(nlp, text) == expected


def test_sentences_skip_furniture_and_keep_offsets(nlp: Any) -> None:
    text = ("Language : English 简体\nWorld\n\nTalks in Doha\n\nJan 16 , 2017\n  • A. Writer\n\n"
            "Qatar hosted a new round of talks on Sunday. The two sides agreed to meet again.\n\n"
            "You might also like\nBack to Top\n")
    with nlp.select_pipes(enable=["claims_clean", "tok2vec", "senter", "claims_sentences"]):
        doc = nlp(text)
    sents = body_sentences(doc)
    assert [s.text for s in sents] == ["Qatar hosted a new round of talks on Sunday.",
                                       "The two sides agreed to meet again."]
    assert all(text[s.start_char : s.end_char] == s.text for s in sents)


def test_sentences_list_items_without_their_glyphs(nlp: Any) -> None:
    text = ("Gulf states weigh their options\n\nBy Sara Haddad\nMarch 3, 2026\n\nThree things to watch:\n\n"
            "• Oman will host talks between Iran and the UAE on Thursday.\n"
            "- Qatar and Bahrain signed a border accord.\n\nThe talks come after months of friction.\n")
    with nlp.select_pipes(enable=["claims_clean", "tok2vec", "senter", "claims_sentences"]):
        doc = nlp(text)
    # a list item that is a sentence is no byline, and its glyph is not part of it
    assert [s.text for s in body_sentences(doc)] == [
        "Oman will host talks between Iran and the UAE on Thursday.", "Qatar and Bahrain signed a border accord.",
        "The talks come after months of friction."]
    assert (doc._.header.author, doc._.header.date) == ("Sara Haddad", "2026-03-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a footnote's mark after a stop ends its sentence and belongs to neither; one inside stays
            "Rwanda and the DRC have quarrelled for decades.[1] The M23 re-emerged in 2021.³ "
            "UN experts[12], in a report, blamed Kigali.[2][3]",
            ["Rwanda and the DRC have quarrelled for decades.", "The M23 re-emerged in 2021.",
             "UN experts[12], in a report, blamed Kigali."],
        ),
        (  # a numbered list's numbers, a note's number and a transcript's note of the room
            "The report ends with advice to the guarantors.\n\nWe recommend three steps:\n\n1. Kigali should withdraw its troops.\n2) Kinshasa should disarm the FDLR.\n\n"
            "Water will not divide us. [Applause]\n\n[1] Stearns, J., Dancing in the Glory of Monsters (2011).",
            ["The report ends with advice to the guarantors.", "We recommend three steps:", "Kigali should withdraw its troops.", "Kinshasa should disarm the FDLR.",
             "Water will not divide us.", "Stearns, J., Dancing in the Glory of Monsters (2011)."],
        ),
        (  # a transcript's note of the room with its stop inside the brackets, on a line of its own or after a stop
            "The corridor will open in May.\n\n(Inaudible.)\n\nWe expect the first trucks in June. (Crosstalk.) Next question.",
            ["The corridor will open in May.", "We expect the first trucks in June.", "Next question."],
        ),
        (  # a footnote's mark pasted from a PDF as a plain number glued to the stop
            "Few expected the levy to last more than a few weeks.1 Ten months later it is in force.\n\n"
            '"Nobody wants to look soft," Vela said.4\n\nThe talks resumed in Brasília.',
            ["Few expected the levy to last more than a few weeks.", "Ten months later it is in force.",
             '"Nobody wants to look soft," Vela said.', "The talks resumed in Brasília."],
        ),
        (  # ... and a number in brackets glued to the stop, which is no part of a year before it
            "Lisbon has paid the levy since 2019.(4) Exporters in Porto asked for a review.(5) It was refused.",
            ["Lisbon has paid the levy since 2019.", "Exporters in Porto asked for a review.", "It was refused."],
        ),
        (  # ... after a bracket's stop, and after a year's stop before a capital (not a number's)
            "Exports to Porto fell, according to the customs office (INE).3 Lisbon disputes this. Arrears grew in "
            "late 2025.4 Tariffs rose 2026.5 percent in a typo.",
            ["Exports to Porto fell, according to the customs office (INE).", "Lisbon disputes this.",
             "Arrears grew in late 2025.", "Tariffs rose 2026.5 percent in a typo."],
        ),
        (  # a wire dateline with accented capitals
            "BOGOTÁ — Colombia and Ecuador agreed to reopen the border.",
            ["Colombia and Ecuador agreed to reopen the border."],
        ),
        (  # Markdown's emphasis around an interview's question, bold or italic: no mark glued on, no "*" sentence
            "Ghana and Togo reopened the Aflao crossing last week.\n\n**Minister Osei, the last round ended without a deal. "
            "Why go back?**\n\nBecause the alternative is worse.\n\n*Will the levy go this year?*\n\n"
            "We hope to review it before the harvest, as __Accra__ and _Lomé_ agreed.",
            ["Ghana and Togo reopened the Aflao crossing last week.", "Minister Osei, the last round ended without a deal.",
             "Why go back?", "Because the alternative is worse.", "Will the levy go this year?",
             # inside a sentence the marks stay in its text (a span of the original), but split nothing
             "We hope to review it before the harvest, as __Accra__ and _Lomé_ agreed."],
        ),
        (  # near misses: a word's underscore, a footnote's asterisk, a lone star between words, a line of marks
            "The file was named port_levy_final.pdf in the leak.\n\nExports rose 4%* in March, officials said.\n\n* * *\n\n"
            "Rates were 5 * 3 in the old table.",
            ["The file was named port_levy_final.pdf in the leak.", "Exports rose 4%* in March, officials said.",
             "Rates were 5 * 3 in the old table."],
        ),
    ],
)
def test_sentences_leave_out_marks(nlp: Any, text: str, expected: list[str]) -> None:
    with nlp.select_pipes(enable=["claims_clean", "tok2vec", "senter", "claims_sentences"]):
        doc = nlp(text)
    assert [s.text for s in body_sentences(doc)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a transcript's speaker labels are no part of any sentence, nor sentences of their own
            "Briefing by the Spokesperson of the Ministry of Foreign Affairs of Peru\n\n"
            "MS. QUISPE: Peru and Chile will resume talks in May. Both sides want a deal.\n\n"
            "QUESTION:\nWill the talks be held in Lima?\n\nMR. TORRES: They will.",
            ["Peru and Chile will resume talks in May.", "Both sides want a deal.",
             "Will the talks be held in Lima?", "They will."],
        ),
        (  # the dateline of a roundup's later story, and a pull quote repeated from the body
            "SANTIAGO — Chile and Peru signed a fisheries deal.\n\n"
            "QUITO (Reuters) - Ecuador said it would “never accept a foreign base on its soil again”, officials said.\n\n"
            "“Never accept a foreign base on its soil again.”\n\nNATO — The alliance said nothing.",
            ["Chile and Peru signed a fisheries deal.",
             "Ecuador said it would “never accept a foreign base on its soil again”, officials said.",
             "NATO — The alliance said nothing."],
        ),
        (  # a paragraph hard-wrapped as a PDF pastes it: a line break inside it is a space, also after a
            # word hyphenated across it ("consul-\ntations"), while a note at the page's foot is furniture
            "Hun Manet, the prime minister of Cambodia, told a group of reporters in the capital\nPhnom Penh that Cambodia would not pay for the mistakes of its neighbour's dam\n"
            "builders. The two governments have since recalled their ambassadors for consul-\n"
            "tations, and a meeting of the border commission was cancelled in the spring.1\n"
            "ASEAN has tried to mediate. Its secretariat ruled in March that the levy broke\n"
            "the bloc's rules, but neither government complied with the ruling of the bloc.\n\n"
            "1 Ministry of Mines and Energy of Cambodia, Prakas No. 12, 14 January 2026.\n",
            ["Hun Manet, the prime minister of Cambodia, told a group of reporters in the capital\nPhnom Penh that Cambodia would not pay for the mistakes of its neighbour's dam\n"
             "builders.", "The two governments have since recalled their ambassadors for consul-\n"
             "tations, and a meeting of the border commission was cancelled in the spring.",
             "ASEAN has tried to mediate.", "Its secretariat ruled in March that the levy broke\n"
             "the bloc's rules, but neither government complied with the ruling of the bloc."],
        ),
        (  # a report's numbered section headings are no list items
            "1. Introduction\n\nEgypt and Ethiopia have quarrelled over the dam for years.\n\n"
            "2. The diplomacy of the unfinished agreement\n\nThe AU tried to keep the talks alive.",
            ["Egypt and Ethiopia have quarrelled over the dam for years.", "The AU tried to keep the talks alive."],
        ),
    ],
)
def test_sentences_leave_out_layout_furniture(nlp: Any, text: str, expected: list[str]) -> None:
    with nlp.select_pipes(enable=["claims_clean", "tok2vec", "senter", "claims_sentences"]):
        doc = nlp(text)
    sents = body_sentences(doc)
    assert [s.text for s in sents] == expected
    assert all(text[s.start_char : s.end_char] == s.text for s in sents)
