from __future__ import annotations

import re
from typing import Any

import pytest

from pipeline.clean import (
    Header,
    boilerplate,
    credit_line,
    dateline_state,
    find_furniture,
    page_state,
    parse_date,
    soft_breaks,
)

PAGE = """EN | FR | ES
World | Asia

Seoul and Tokyo Mend Fences

Published: 12 May 2023
By Jane Doe

Japan and South Korea agreed on Tuesday to resume regular summits after a long freeze.

Advertisement

Officials said the two leaders will meet again in the autumn.

Share this article
Back to Top
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 16 , 2017", "2017-01-16"),
        ("Updated Dec. 4, 2018 08:15 GMT", "2018-12-04"),
        ("Published: 12 May 2023", "2023-05-12"),
        ("2019-07-22", "2019-07-22"),
        ("March 3, 2021", "2021-03-03"),
        ("28/11/2023 14:05", "2023-11-28"),
        ("11/28/2023", "2023-11-28"),
        # an ordinal day, a day-month-year with hyphens, a page's time pasted onto its year
        ("Nov 26th 2026 | DUBAI", "2026-11-26"),
        ("ECONOMY | 18-06-2026 09:12", "2026-06-18"),
        ("March 11, 20264:37 AM GMT+7Updated 2 hours ago", "2026-03-11"),
        ("Nov.27.2026 at 6:32PM", "2026-11-27"),  # a page's stamp with stops and no spaces
        # year first with stops or slashes, and ISO with its time; not a version number, nor a thirteenth month
        ("2026.01.14 11:32", "2026-01-14"),
        ("Updated 2026/1/9 08:00 KST", "2026-01-09"),
        ("2026-01-14T11:32:00+02:00", "2026-01-14"),
        ("14.01.2026", "2026-01-14"),
        ("release 2026.1.14.2", None),
        ("2026.13.01", None),
        ("no date here", None),
        ("Feb 30, 2020", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_clean_marks_header_footer_and_inline_furniture() -> None:
    spans, header = find_furniture(PAGE)
    furniture = {PAGE[f.start : f.end] for f in spans}
    assert furniture == {
        "EN | FR | ES", "World | Asia", "Seoul and Tokyo Mend Fences", "Published: 12 May 2023",
        "By Jane Doe", "Advertisement", "Share this article", "Back to Top",
    }
    assert header.title == "Seoul and Tokyo Mend Fences"
    assert header.date == "2023-05-12"
    assert header.author == "Jane Doe"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Amina Otieno | Published: 14 March 2026", "Amina Otieno"),
        ("By Amina Otieno, 14 March 2026", "Amina Otieno"),
        ("by Jean-Luc Martin - Updated March 14, 2026", "Jean-Luc Martin"),
        ("By Amina Otieno and John Smith", "Amina Otieno and John Smith"),
        # a byline too long for a dateline still dates the article; a role is not an author
        ("By Nguyen Thu Ha and Paolo Reyes | 25 May 2026", "Nguyen Thu Ha and Paolo Reyes"),
        ("By Wanjiru Kamau, East Africa correspondent", "Wanjiru Kamau"),
        ("By Mariam Tesfaye, Senior Analyst, Horn of Africa", "Mariam Tesfaye"),
        # a rating agency's or a bank's role in title case after the comma, and its team after that
        ("By Tomasz Wielgosz, Director, Sovereigns", "Tomasz Wielgosz"),
        ("By Ana Ruiz, Associate Director, Sovereign Ratings", "Ana Ruiz"),
        ("By Kwame Boateng, Managing Director | 14 March 2026", "Kwame Boateng"),
        ("By Li Wei, Senior Strategist, Emerging Markets", "Li Wei"),
        ("By Priya Raman, Policy Adviser", "Priya Raman"),
        ("By Ana Ruiz, Li Wei and Tom Hart", "Ana Ruiz, Li Wei and Tom Hart"),
        # a role in title case after the name's comma: a role's word (qa76 3_wto_panel) or a rank before any head;
        # not a second author's name, nor a place or an outlet, which other rules drop
        ("By Hendrik Vos, Senior Counsel", "Hendrik Vos"),
        ("By Ana Ruiz, Managing Partner, Vos & Lambrecht", "Ana Ruiz"),
        ("By Li Wei, Research Associate | 3 May 2026", "Li Wei"),
        ("By Tom Hart, Principal Attaché, Trade Desk", "Tom Hart"),
        ("By Ana Ruiz, Special Envoy", "Ana Ruiz"),
        ("By Ana Ruiz, Grace Partner", "Ana Ruiz, Grace Partner"),
        ("By Ana Ruiz, Taylor Hunter", "Ana Ruiz, Taylor Hunter"),
        ("By Ana Ruiz, Madrid", "Ana Ruiz"),
        ("By Ana Ruiz, Associated Press", "Ana Ruiz"),
        # a place the gazetteer knows after the name is where it was filed, no author; not a second name
        ("By Adwoa Mensah-Brown, Hamburg", "Adwoa Mensah-Brown"),
        ("By Kwame Boateng, Accra | 14 March 2026", "Kwame Boateng"),
        ("By Siddharth Rao, New Delhi, 14 March 2026", "Siddharth Rao"),
        ("By Ana Ruiz, Jordan Lee", "Ana Ruiz, Jordan Lee"),
        # an outlet after the name is whom the author writes for, no author; not a person's name
        ("By Marta Lindqvist, UN News", "Marta Lindqvist"),
        ("By Tevita Manu, The Fiji Times | 14 March 2026", "Tevita Manu"),
        ("By Li Na, Xinhua News Agency", "Li Na"),
        ("By Kofi Mensah, Radio Ghana", "Kofi Mensah"),
        ("By Tevita Manu, Reuters", "Tevita Manu"),
        ("By Ana Ruiz, Tom Post", "Ana Ruiz, Tom Post"),
        # a role between "By" and the name, in lower case or not
        ("By Horn of Africa reporter Amina Otieno", "Amina Otieno"),
        ("By political correspondent Tevita Manu | 14 March 2026", "Tevita Manu"),
        ("By Senior Correspondent Amina Otieno", "Amina Otieno"),
        ("By NINIEK KARMINI and ROD McGUIRK Associated Press", "NINIEK KARMINI and ROD McGUIRK"),
        # AFP's second author after "with"; a staff byline as printed, its role too
        ("By Marco SILVA with Lucia FERRANTE in Lima", "Marco SILVA and Lucia FERRANTE"),
        ("By Andes Herald staff", "Andes Herald staff"),
        ("By Staff Reporter, Nairobi Daily", "Staff Reporter, Nairobi Daily"),
        # a line of parts: the date is read from its part, the author from a byline part
        ("Analysis | By Tomas Weber | 28 January 2026", "Tomas Weber"),
        # a name the project knows no given name of, before where it was filed ("Name | Place | Date"); not an outlet or a section
        ("Rizky Pratama | The Jakarta Post | Jakarta | Tue, September 9, 2026", "Rizky Pratama"),
        ("Rizky Pratama | Jakarta | Mon, October 19, 2026", "Rizky Pratama"),
        ("Losana Vunivalu | Suva, Fiji | 3 March 2026 | 09:15", "Losana Vunivalu"),
        ("Wairimu Kamau | BBC Swahili | Nairobi | 14 March 2026", "Wairimu Kamau"),
        ("The Manila Ledger | Manila | Tue, September 9, 2026", None),
        ("World Report | Nairobi | 14 March 2026", None),
        ("Foreign Affairs | Jakarta | 14 March 2026", None),
        # a part that is a name with a known given name, however the parts are spaced; a byline after the date
        ("Burak Bir   |25.11.2026 - Update : 25.11.2026", "Burak Bir"),
        # a byline in Spanish, Portuguese, French or German, its date in the language
        ("Por Valentina Ospina Restrepo — 9 de octubre de 2026", "Valentina Ospina Restrepo"),
        ("Por Ana Beatriz Sousa — 12 de março de 2026", "Ana Beatriz Sousa"),
        ("Par Jean-Baptiste Moreau, le 1er octobre 2026", "Jean-Baptiste Moreau"),
        ("Von Anna Schmidt | 9. Oktober 2026", "Anna Schmidt"),
        ("Published on 24/11/2026 - 19:52 By Pedro Rafael Vilela - Reporter of Agência Brasil - Brasília",
         "Pedro Rafael Vilela"),
        # one capitalised word after a full name's comma is where it was filed, a town the gazetteer may not know
        # (qa74 04_mandera_market); not an office, nor a second author's name, nor after a name of one word
        ("By Abdirahman Hussein, Mandera", "Abdirahman Hussein"),
        ("By Wanjiru Kamau, Wajir | 17 November 2026", "Wanjiru Kamau"),
        ("By Halima Warsame, Dadaab", "Halima Warsame"),
        # an office's word alone after the name is the author's role, as "Senior Analyst" is
        ("By Abdirahman Hussein, Ambassador", "Abdirahman Hussein"),
        ("By Grace Wanjiru, Spokesperson | 17 November 2026", "Grace Wanjiru"),
        ("By Sugiono, Minister", "Sugiono"),
        ("By Ana Ruiz, Li Wei | 17 November 2026", "Ana Ruiz, Li Wei"),
        ("By Sugiono, Lodwar", "Sugiono, Lodwar"),
        # a date line that opens with the author's name before a comma and the date, without "By"; not a place, an
        # outlet or a leader the gazetteer knows
        ("Ana Ruiz, March 2, 2026", "Ana Ruiz"),
        ("Ana Ruiz and Li Wei, 2 March 2026", "Ana Ruiz and Li Wei"),
        ("Nairobi, March 2, 2026", None),
        ("Middle East Eye, March 2, 2026", None),
        ("Abiy Ahmed, March 2, 2026", None),
        # the author's role in brackets after the name, as Le Monde prints it
        ("By Ana Lima (Former Peruvian minister for trade and tourism)", "Ana Lima"),
        # the outlet the author writes for after "for" is no part of the name (qa95 1_myanmar)
        ("By Rosa Quispe for Andina Radio\n2027.04.02", "Rosa Quispe"),
        ("By Tom Hart for The Fiji Times | 2 April 2026", "Tom Hart"),
    ],
)
def test_clean_reads_the_author_of_a_byline_with_a_date(byline: str, author: str) -> None:
    text = ("Kenya and Somalia Reopen Their Border\n" + byline + "\n\n"
            "Kenya and Somalia will reopen three crossings on their shared border next month, officials said.\n")
    _, header = find_furniture(text)
    assert (header.title, header.author) == ("Kenya and Somalia Reopen Their Border", author)
    assert header.date == (parse_date(byline.split("\n")[-1]) if "202" in byline else None)


@pytest.mark.parametrize(
    ("line", "dateline", "day"),
    [
        # a rating agency's dateline over its byline: the date dates the page, the rest of its line is body
        ("Fitch Ratings - London - 06 Nov 2026: Fitch Ratings has affirmed Egypt's rating at 'B'.",
         "Fitch Ratings - London - 06 Nov 2026:", "2026-11-06"),
        ("Moody's Ratings - Singapore, 12 March 2027: Moody's has upgraded Indonesia's rating to Baa1.",
         "Moody's Ratings - Singapore, 12 March 2027:", "2027-03-12"),
        ("Scope Ratings - Berlin - 18.09.2026: Scope has affirmed Poland's A+ rating.",
         "Scope Ratings - Berlin - 18.09.2026:", "2026-09-18"),
        ("S&P Global Ratings - Frankfurt - 2026-06-04: S&P has lowered Hungary's outlook.",
         "S&P Global Ratings - Frankfurt - 2026-06-04:", "2026-06-04"),
        # no date between the dashes: no dateline, and the line stays the header's
        ("Kenya - Somalia - Ethiopia: The three states met in Nairobi.", None, None),
    ],
)
def test_clean_a_rating_agencys_dateline_dates_the_page(line: str, dateline: str | None, day: str | None) -> None:
    text = ("Agency Affirms Rating; Outlook Stable\n\n" + line + "\n\nBy Ana Ruiz, Director, Sovereigns\n\n"
            "Key Rating Drivers\n\nThe affirmation reflects progress under the IMF programme. Reserves rose in 2026.\n")
    spans, header = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "dateline"] == ([dateline] if dateline else [])
    assert (header.date, header.author, header.title) == (day, "Ana Ruiz", "Agency Affirms Rating; Outlook Stable")
    # the rest of the line is body: no furniture covers its sentence
    rest = line.split(": ", 1)[1]
    assert any(text[f.start : f.end].endswith(rest) for f in spans) == (dateline is None)


def test_clean_a_chronologys_dated_entries_are_body() -> None:
    text = ("Timeline: How the reef dispute deepened\nBy Tran Thi Mai\nUpdated 3 May 2027\n\n"
            "Vietnam and China have clashed over the reef for years.\n\n"
            "4 March 2025 – Chinese vessels block a Vietnamese supply boat near the reef.\n\n"
            "9 April 2025 – The two governments agree on a hotline.\n\n"
            "We expect further incidents this year.\n")
    spans, header = find_furniture(text)
    assert [text[f.start : f.end] for f in spans] == [
        "Timeline: How the reef dispute deepened", "By Tran Thi Mai", "Updated 3 May 2027"]
    assert (header.title, header.date, header.author) == (
        "Timeline: How the reef dispute deepened", "2027-05-03", "Tran Thi Mai")


def test_clean_title_without_its_section_label() -> None:
    text = "Opinion | Germany must pay for its own defence\nBy Jerzy Nowak\n12 February 2027\n\n" + (
        "When I presented my credentials in Berlin, few Germans had heard of Suwalki.\n")
    _, header = find_furniture(text)
    assert (header.title, header.author, header.date) == ("Germany must pay for its own defence", "Jerzy Nowak",
                                                          "2027-02-12")


def test_clean_a_line_leading_into_a_list_is_no_subheading() -> None:
    text = ("Why India and Nepal are arguing again\nBy Priya Sharma\n9 April 2027\n\n"
            "India and Nepal have reopened an old quarrel over a remote pass. Here is what you need to know.\n\n"
            "Nepal's foreign ministry protested on Monday. India rejected the protest on Tuesday.\n\n"
            "Kathmandu says the pass lies on its territory, and it has said so since 2015.\n\n"
            "What happens next\n\nThe dispute could also delay several projects:\n\n"
            "• A dam on the Karnali river, due to be signed in May.\n\n"
            "Both governments say they want talks, but neither has proposed a date.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "subheading"] == ["What happens next"]


def test_clean_an_enumerated_list_item_is_no_subheading() -> None:
    text = ("Kenya and Ghana sign five pacts\nBy Priya Sharma\n9 April 2027\n\n"
            "President William Ruto received President John Mahama of Ghana at State House in Nairobi on Monday.\n\n"
            "The two leaders reviewed trade, which has doubled since 2020, and agreed to open direct flights.\n\n"
            "They also discussed security in the Sahel and the reform of the African Union.\n\n"
            "The following documents were exchanged during the visit:\n"
            "(i) MoU on Cooperation in Agriculture and Livestock Development between the two ministries;\n"
            "(ii) Treaty on Extradition;\n(iii) MoU on Cooperation in the field of Higher Education and Research.\n\n"
            "President Mahama invited President Ruto to visit Accra next year.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans] == ["Kenya and Ghana sign five pacts", "By Priya Sharma", "9 April 2027"]


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        # a communiqué's heading over a blank line is its title, with no date line under it; its preamble's short
        # clause ending in a semicolon is body, no subheading
        ("Communiqué of the 880th meeting of the Peace and Security Council on the situation in Chad\n\n"
         "The Peace and Security Council of the African Union, at its 880th meeting held on 4 June 2027,\n\n"
         "Recalling its earlier decisions on Chad;\n\nActing under Article 7 of its Protocol, the Council:\n\n"
         "1. Welcomes the talks between Chad and Sudan on the border;\n\n2. Decides to remain seized of the matter.\n",
         "Communiqué of the 880th meeting of the Peace and Security Council on the situation in Chad",
         "The Peace and Security Council"),
        # a resolution's, whose preamble's clauses end in commas under the line of the body that speaks them
        ("Resolution 2822 (2027) adopted by the Security Council at its 10055th meeting, on 2 June 2027\n\n"
         "The Security Council,\n\nRecalling its resolutions on Yemen,\n\n"
         "Further noting the truce between the parties,\n\n1. Welcomes the release of detainees by both sides;\n\n"
         "2. Decides to remain seized of the matter.\n",
         "Resolution 2822 (2027) adopted by the Security Council at its 10055th meeting, on 2 June 2027",
         "The Security Council,"),
        # near miss: a first line that names a statement and ends in a stop is a sentence
        ("Statement by the foreign ministry on the border talks with Chad was issued late on Monday in N'Djamena.\n\n"
         "The ministry said the talks had made progress on the demarcation of the border.\n", None, "Statement by"),
    ],
)
def test_clean_a_communiques_heading_is_its_title_and_its_preamble_body(text: str, title: str | None, body: str) -> None:
    spans, found = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind not in {"bullet", "header"}] == []
    assert (found.title, [text[f.start : f.end] for f in spans if f.kind == "header"]) == (title, [title] if title else [])
    assert not any(f.start <= text.index(body) < f.end for f in spans)


def test_clean_keeps_offsets_into_original_text() -> None:
    spans, _ = find_furniture(PAGE)
    for f in spans:
        assert PAGE[f.start : f.end].strip() == PAGE[f.start : f.end]
        assert PAGE[f.start : f.end]


@pytest.mark.parametrize(
    "text",
    [
        "Hungary blocks EU aid package for Kyiv",
        "Russia and China signed a gas deal on Monday.",
        "The talks collapsed.\n\nBoth sides blamed each other for the failure of the negotiations.",
        # a caption's word opening a sentence is no caption: "Photo opportunities", "Caption contests"
        "Photo opportunities were few, he said.\n\nPhoto opportunities in Lomé were fewer still, she said.",
        "Image matters to the junta in Niamey, analysts say.",
    ],
)
def test_clean_leaves_plain_text_alone(text: str) -> None:
    spans, _ = find_furniture(text)
    assert spans == []


@pytest.mark.parametrize(
    ("text", "dateline", "day"),
    [
        ("ISLAMABAD — Relations with Kabul have soured.", "ISLAMABAD —", None),
        ("WASHINGTON (Reuters) - India and China agreed on Tuesday.", "WASHINGTON (Reuters) -", None),
        ("KYIV, Ukraine, March 3, 2026 (AP) — Russia struck the city.", "KYIV, Ukraine, March 3, 2026 (AP) —",
         "2026-03-03"),
        ("ST. PETERSBURG, Russia (Reuters) - Putin met Lukashenko.", "ST. PETERSBURG, Russia (Reuters) -", None),
        ("NEW DELHI: India and Japan signed a pact.", "NEW DELHI:", None),
        ("Doha: Qatar and Oman signed a pact.", "Doha:", None),  # title case, a city the gazetteer knows
        ("Kenya: The talks resumed on Monday.", None, None),  # a state is no dateline's place
        ("NAIROBI, 19 February 2026 — Kenya and Somalia met.", "NAIROBI, 19 February 2026 —", "2026-02-19"),
        ("BUENOS AIRES, 9 February 2027 — When Brazil's president took office, ties warmed.",
         "BUENOS AIRES, 9 February 2027 —", "2027-02-09"),
        ("Kinshasa (AFP) – Qatar will host the two presidents.", "Kinshasa (AFP) –", None),  # title case, an agency
        # title case before a hyphen between spaces: a city the gazetteer knows (not a state, a person, a dash)
        ("Addis Ababa - The 39th session of the Assembly ended on Sunday.", "Addis Ababa -", None),
        ("Nairobi - Kenya and Somalia will resume talks on Monday.", "Nairobi -", None),
        ("Nairobi – Kenya and Somalia will resume talks on Monday.", None, None),
        ("Kenya - The talks will resume on Monday.", None, None),
        ("Ambassador Li - The envoy said little.", None, None),
        # two places
        ("BRUSSELS/PRISTINA, Feb 17 (Reuters) - The EU said it was ready to lift the measures.",
         "BRUSSELS/PRISTINA, Feb 17 (Reuters) -", None),
        ("NEW YORK/GENEVA (Reuters) - The UN said aid was short.", "NEW YORK/GENEVA (Reuters) -", None),
        # a rights group's dateline in brackets
        ("(Washington, DC) – The Kazakh government jailed 30 bloggers.", "(Washington, DC) –", None),
        ("(Beirut) – The Syrian authorities closed the crossing.", "(Beirut) –", None),
        ("Washington — Congress voted on Tuesday.", None, None),  # title case without an agency
        ("NATO — the alliance — said little.", None, None),  # no capital after the dash
        ("US-China relations soured.", None, None),
        # a place and its state ended by a full stop (a city and a state the gazetteer knows)
        ("Tromsø, Norway. For three decades the Arctic Council met quietly.", "Tromsø, Norway.", None),
        ("Geneva, Switzerland. Talks on Cyprus resumed on Monday.", "Geneva, Switzerland.", None),
        ("Tromsø, Norway, hosted the Arctic Council in May.", None, None),
        ("Nairobi, Mombasa. Both cities voted for the opposition.", None, None),
        ("Kenya, Uganda. Both governments signed the pact.", None, None),
        # PTI's: a date and an agency and no dash after it (not an organisation's acronym, nor a date with no agency)
        ("New Delhi, Oct 16 (PTI) India and China held talks on Wednesday.", "New Delhi, Oct 16 (PTI)", None),
        ("KATHMANDU, Jan 9 (PTI) Nepal and India signed a power deal.", "KATHMANDU, Jan 9 (PTI)", None),
        ("Islamabad, 3 March (APP) Pakistan and Iran agreed to reopen the border.", "Islamabad, 3 March (APP)", None),
        ("The African Union (AU) Commission said the talks would resume.", None, None),
        ("New Delhi, Oct 16 India and China held talks.", None, None),
        # a press release's date in brackets where an agency would be dates the page, in any date order
        ("MANILA, PHILIPPINES (18 September 2026) — The Asian Development Bank approved a loan to Nepal.",
         "MANILA, PHILIPPINES (18 September 2026) —", "2026-09-18"),
        ("Manila, Philippines (18 September 2026) – The bank approved a loan to Nepal.",
         "Manila, Philippines (18 September 2026) –", "2026-09-18"),
        ("ABIDJAN, CÔTE D'IVOIRE (2 June 2026) — The African Development Bank approved a loan to Ghana.",
         "ABIDJAN, CÔTE D'IVOIRE (2 June 2026) —", "2026-06-02"),
        ("TUNIS, Tunisia (June 3, 2026) — The bank approved a grant to Libya.", "TUNIS, Tunisia (June 3, 2026) —", "2026-06-03"),
        ("MADRID (9 de octubre de 2025) — España y Marruecos firmaron el acuerdo.", "MADRID (9 de octubre de 2025) —",
         "2025-10-09"),
        ("BERLIN (18.09.2026) – Germany and Poland agreed on the border.", "BERLIN (18.09.2026) –", "2026-09-18"),
        ("MALÉ, Maldives (Oct 1) — Mohamed Muizzu won the vote.", "MALÉ, Maldives (Oct 1) —", None),  # no year
        ("Nov 3 (Reuters) - Peru and Chile agreed on the border.", "Nov 3 (Reuters) -", None),  # a date, no place
        # a number in brackets that is no date, or no place before it, is no dateline
        ("KENYA (2024) — The economy grew fast.", None, None),
        ("The talks (18 September 2026) — The bank said nothing.", None, None),
        ("Nairobi (18 September 2026) The bank said nothing.", None, None),
        # a rating agency's: its name, its city and the date between dashes, a colon (not names without a date)
        ("Fitch Ratings - Hong Kong - 3 March 2027: Fitch has downgraded Laos.", "Fitch Ratings - Hong Kong - 3 March 2027:",
         "2027-03-03"),
        ("Ghana - Togo - Benin: The three states met in Lomé.", None, None),
        # TASS's, its agency between slashes after the date's stop, which dates the page (qa93 1_lavrov)
        ("HANOI, June 14, 2027. /TASS/. Vietnam and Laos signed a border pact.", "HANOI, June 14, 2027. /TASS/.",
         "2027-06-14"),
        ("MINSK, 3 May 2027. /BelTA/. Belarus and Kazakhstan agreed on grain.", "MINSK, 3 May 2027. /BelTA/.", "2027-05-03"),
        ("HANOI. /TASS/. Vietnam and Laos signed a border pact.", None, None),
        # a city with its region's abbreviation or its state before a hyphen between spaces (qa95 2_senate)
        ("Ottawa, Ont. - Canada and Mexico agreed to review the trade pact.", "Ottawa, Ont. -", None),
        ("Nairobi, Kenya - Kenya and Somalia will resume talks on Monday.", "Nairobi, Kenya -", None),
        ("Kenya, Uganda - Both governments signed the pact.", None, None),
    ],
)
def test_clean_marks_a_wire_dateline(text: str, dateline: str | None, day: str | None) -> None:
    spans, header = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "dateline"] == ([dateline] if dateline else [])
    assert header.date == day


def test_a_bracketed_datelines_city_is_not_where_the_story_is() -> None:
    assert dateline_state("BEIRUT (Reuters) - The Syrian authorities closed the crossing.") == "LBN"
    assert dateline_state("(Washington, DC) – The Kazakh government jailed 30 bloggers.") is None
    # a city, not a capital, as Gulf papers print it: "Dubai:"
    assert dateline_state("Jeddah: The Saudi cabinet approved the accord on Monday.") == "SAU"
    # a rating agency's city is where its note was issued
    assert dateline_state("Fitch Ratings - London - 06 Nov 2026: The government has cut the deficit.") is None


@pytest.mark.parametrize(("line", "code"), [
    # a page's dated line that opens with the place it was filed from, a dash and the day
    ("Rabat - 14 OCT 2026 - 10:05 CEST\n\nMorocco and Mauritania agreed on Tuesday.", "MAR"),
    ("Lisbon – 3 November 2026\n\nPortugal and Spain signed the accord.", "PRT"),
    ("Nairobi | Nov 3, 2026\n\nKenya and Uganda agreed.", "KEN"),
    # near misses: two places, a state, a person before the day; no day after the dash
    ("Madrid and Rabat - 14 OCT 2026\n\nThe talks went well.", None),
    ("Spain - 14 OCT 2026\n\nThe talks went well.", None),
    ("Lucía Herrero - 14 OCT 2026\n\nThe talks went well.", None),
    ("Lisbon - a city of seven hills", None),
])
def test_a_dated_lines_opening_place_is_where_the_story_was_filed(line: str, code: str | None) -> None:
    assert dateline_state(line) == code


@pytest.mark.parametrize(("text", "code"), [
    # the page's home state where no dateline names one: a capital on a header line of its own, a
    # national outlet the header or footer names, the country domain of the byline's address
    ("Ports reopen after strike\n\nANKARA\n\nThe ports reopened on Monday.\n", "TUR"),
    ("Rates on hold\n\nThe central bank held rates on Friday.\n\nPublished in Dawn, March 3rd, 2026\n", "PAK"),
    ("The Strategist\n\nWhy the budget matters\n\n3 Mar 2026|John Smith\n\nThe budget is tight.\n", "AUS"),
    ("Talks stall\n\nBY KIM MIN-SEO [kim.minseo@dailyexample.co.kr]\n\nTalks stalled on Monday.\n", "KOR"),
    ("Agência Brasil\nEconomia\n\nExportações crescem\n\nPor Maria Souza - Repórter da Agência Brasil - São Paulo"
     "\n\nExports rose in March.\n", "BRA"),
    ("Ukrainska Pravda\nEconomy\n\nGrain exports recover\n\nIryna Petrenko — Monday, 2 March 2026, 10:15\n\nGrain "
     "exports rose in February.\n", "UKR"),
    # ... also with the circled c Korean sites print
    ("Trilateral cooperation must last\n\nPublished: 2026.05.22 00:31\n\nThe summit is next month.\n\n"
     "ⓒ JoongAng Ilbo. All rights reserved.\n", "KOR"),
    # near misses: a domain sold to anyone, a headline that names capitals, no furniture
    ("Talks stall\n\nBy Jane Roe [jane.roe@example.co]\n\nTalks stalled on Monday.\n", None),
    ("Ankara and Athens agree to talks\n\nThe two states agreed on Monday.\n", None),
    ("The two states agreed on Monday to resume talks.\n", None),
])
def test_a_pages_home_state_from_its_place_line_outlet_or_byline(text: str, code: str | None) -> None:
    assert page_state(text, find_furniture(text)[0]) == code


def test_dateline_city_is_no_actor(extractor: Any) -> None:
    from pipeline.io import Document

    (claim,) = extractor.extract([Document(id="d", text="WASHINGTON (Reuters) - India and China agreed to "
                                           "resume border patrols.")])
    assert claim.text.startswith("India and China")
    assert {a.code for a in claim.actors} == {"IND", "CHN"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The White House did not respond to a request for comment.", True),
        ("Iran's mission to the United Nations did not respond to questions from Reuters.", True),
        ("The Indian embassy did not immediately reply to emails seeking comment.", True),
        ("Moscow declined to comment.", True),
        ("A spokesperson could not be reached for comment on Sunday.", True),
        ("(Reporting by Jane Doe in Beijing; Editing by John Smith)", True),
        ("Follow our live coverage of the 47th GCC summit in Doha.", True),
        ("Sign up for our daily Gulf briefing newsletter.", True),
        ("Sign up here.", True),
        ("For identifying information on the individuals and entities sanctioned today, click here.", True),
        # wire credit lines
        ("McGuirk reported from Canberra, Australia.", True),
        ("Associated Press writer Edna Tarigan in Jakarta contributed to this report.", True),
        ("Reuters reported from Kabul that the Taliban had closed the crossing.", False),
        ("Follow the money: Qatar and Saudi Arabia are competing for influence in Sudan.", False),
        # a relation in words like these is a claim
        ("Tehran did not respond to the IAEA's requests to inspect the site.", False),
        ("Israel did not respond to calls for a ceasefire.", False),
        ("Pyongyang has not responded to Seoul's offer of talks.", False),
        ("Russia refused to comment on the expulsions, but warned it would retaliate.", False),
        # a line that no comment was made
        ("Riyadh made no further comment.", True),
        ("The Thai embassy had no immediate comment.", True),
        ("Ankara has made no comment on the closure, but officials said the crossing would reopen.", False),
        ("The minister made no commitment to reopen the crossing.", False),
        # a press conference's closing line
        ("If there are no more questions, that concludes this briefing.", True),
        ("Her visit concludes a tour of the region's capitals.", False),
        # a hearing's course and its courtesies, as its chair or a witness speaks them
        ("The hearing is adjourned.", True),
        ("The record will remain open until Friday, May 8, for questions for the record.", True),
        ("The committee will suspend for ten minutes.", True),
        ("Thank you, Dr. Mensah.", True),
        ("Dr. Mensah, thank you.", True),
        ("Chair Osei, Ranking Member Lamptey, thank you for the opportunity to testify.", True),
        ("I look forward to your questions.", True),
        ("With that, I am happy to take your questions.", True),
        ("The meeting was adjourned after Togo walked out.", False),
        ("Thank you for your support of Ghana's bid.", False),
    ],
)
def test_boilerplate(sentence: str, expected: bool) -> None:
    assert boilerplate(sentence) is expected


def test_boilerplate_is_no_claim(extractor: Any) -> None:
    from pipeline.io import Document

    text = "Beijing protested the sale of arms to Taiwan. The White House did not respond to a request for comment."
    claims = list(extractor.extract([Document(id="b", text=text)], all_sentences=True))
    assert [c.labels for c in claims][1] == []


@pytest.mark.parametrize("line", ["Thank you, Dr. Mensah.", "The hearing is adjourned.", "I look forward to your questions."])
def test_a_hearings_course_gets_no_implied_pair(extractor: Any, line: str) -> None:
    from pipeline.io import Document

    # a record about two states: its chair's and its witness's procedural lines relate neither
    text = ("Ghana and Togo signed a border accord in March. Ghana and Togo will open two crossings. "
            "Ghana and Togo also share a power line. Traders in Ghana and Togo welcomed the accord. " + line)
    claims = list(extractor.extract([Document(id="h", text=text)], all_sentences=True))
    assert claims[-1].text == line and not claims[-1].actors and claims[-1].dyads == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("(Reporting by Jane Doe in Beijing; Editing by John Smith)", True),
        ("Associated Press writer Tomas Rivera in Bogotá, Colombia, contributed to this report.", True),
        ("Reporter Lena Berg in Oslo contributed reporting to this story.", True),
        ("Okonjo reported from Nairobi, Kenya.", True),
        # from several places, and each reporter's; names and places capitalised
        ("Samira Haddad reported from Guba, Cairo and Addis Ababa.", True),
        ("Fathimath Nazla reported from Male; Karan Mehrotra from New Delhi.", True),
        ("Ana Lima and Tom Hart reported from Bamako, Gao and Kidal; Moussa Diallo from Niamey.", True),
        ("Aid workers reported from Goma and Bunia.", False),
        ("Monitors reported from Goma; the rebels denied it.", False),
        ("Reuters reported from Kabul that the Taliban had closed the crossing.", False),
        ("Norway contributed troops to the mission in Mali.", False),
        # a photo credit of names only
        ("Photographs by Le Monde Afrique.", True),
        ("Photos by Ali Karimov and Sara Haddad", True),
        ("Photos by residents showed the damage to the port.", False),
        ("Photographs by Reuters showed Egyptian troops near the border.", False),
        # a wire's closing line of who helped, names and places only
        ("--With assistance from Nour Barakat.", True),
        ("—With assistance from Ana Lima in Bamako and Tom Hart.", True),
        ("-- With assistance from Kwame Mensah, Ruth Otieno and Li Wei", True),
        ("With assistance from Qatar, the two sides agreed to a ceasefire.", False),
        ("The port was built with assistance from China.", False),
        # a translation's or an editor's credit of names only (qa95 1_myanmar)
        ("Translated by Aung Ko Lwin.", True),
        ("Edited by Sara Haddad and Tom Hart.", True),
        ("Edited by Sara Haddad, the report says the army shelled Lashio.", False),
    ],
)
def test_credit_line(sentence: str, expected: bool) -> None:
    """A newsroom's credit line, whose places are no actors."""
    assert credit_line(sentence) is expected


def test_a_wire_credit_line_names_no_actors(extractor: Any) -> None:
    from pipeline.io import Document

    text = ("Colombia and Venezuela reopened their border on Monday.\n\n"
            "Associated Press writer Tomas Rivera in Caracas, Venezuela, contributed to this report.\n")
    # closing the body, it is a footer; above another paragraph, a sentence with no actors and no labels
    claims = list(extractor.extract([Document(id="w", text=text)], all_sentences=True))
    assert [c.text for c in claims] == ["Colombia and Venezuela reopened their border on Monday."]
    text += "\nThe crossing at Cúcuta had been closed since August.\n"
    claims = list(extractor.extract([Document(id="w", text=text)], all_sentences=True))
    assert claims[1].actors == [] and claims[1].labels == []


TRANSCRIPT = """Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Norway
Oslo, 4 March 2027

SPOKESMAN HALVORSEN: Good morning. Norway will host talks between Sudan and South Sudan next week.

Q: Rania Haddad, Al Jazeera. Will the two sides sign a transit agreement?

SPOKESMAN HALVORSEN: That is for them to decide. The foreign minister said on Monday that both delegations had shown flexibility.

MS. BERG:
I would add that the minister will travel to Juba in April.
"""


def test_clean_marks_speaker_labels_of_a_transcript() -> None:
    spans, header = find_furniture(TRANSCRIPT)
    labels = [TRANSCRIPT[f.start : f.end] for f in spans if f.kind == "speaker_label"]
    assert labels == ["SPOKESMAN HALVORSEN:", "Q:", "SPOKESMAN HALVORSEN:", "MS. BERG:"]
    # the first label is no wire dateline, and the header's date still dates the document
    assert [TRANSCRIPT[f.start : f.end] for f in spans if f.kind == "dateline"] == ["Oslo, 4 March 2027"]
    assert header.date == "2027-03-04"


@pytest.mark.parametrize(
    ("labels", "speakers"),
    [
        # a fact-check's verdicts and rulings, however often, name no speaker
        (["Verdict: Mostly false.", "Verdict: Partly true."], []),
        (["Rating: Misleading. The share is closer to a third.", "Rating: True."], []),
        (["Our ruling: False.", "Our ruling: Half true."], []),
        (["The facts: Ghana sold less cocoa.", "The facts: Exports rose."], []),
        # a caption's label, however often, is no speaker's: "Photo:", "Caption:", "IMAGE:", "File photo:"
        (["Photo: Trucks wait at the Elubo crossing. (Reuters/Francis Kokoroko)",
          "Photo: The minister speaks in Accra on Tuesday. (AFP/Nipah Dennis)"], []),
        (["Caption: Farmers queue at a cocoa depot in Kumasi.", "Caption: A buyer weighs beans in Tema."], []),
        (["IMAGE: Sacks of cocoa at Tema port.", "IMAGE: A ship loads at Takoradi."], []),
        (["File photo: Cocoa pods dry in the sun.", "File photo: A depot near Kumasi."], []),
        # a name's label twice is a speaker's
        (["Mao Ning: China never does that.", "Mao Ning: I have nothing to add."], ["Mao Ning:", "Mao Ning:"]),
    ],
)
def test_clean_a_fact_checks_verdicts_are_no_speakers(labels: list[str], speakers: list[str]) -> None:
    text = ("Does Ghana sell half its cocoa to China?\nBy Ama Boateng\n7 May 2026\n\nTwo MPs made claims about trade.\n\n"
            + "\n\nThe numbers are mixed.\n\n".join(labels) + "\n\nBoth claims were checked.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "speaker_label"] == speakers


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # the office whose page prints the transcript and the venue are no title
        ("Joint Press Conference with the President of Ghana\nTranscript\n\nPrime Minister of Australia\n"
         "Parliament House, Canberra", "Joint Press Conference with the President of Ghana"),
        ("Press Conference with the Chancellor of Germany\nPresident of the Republic of Kenya\nState House, Nairobi",
         "Press Conference with the Chancellor of Germany"),
        ("Remarks to the Press after the Meeting of the Nile Basin Ministers\nPalais des Nations, Geneva, Switzerland",
         "Remarks to the Press after the Meeting of the Nile Basin Ministers"),
        # a briefing's heading with its date, over the name and office of who gives it
        ("Daily Press Briefing - 14 April 2026\n\nMaria Lopez, Deputy Spokesperson", "Daily Press Briefing - 14 April 2026"),
        # not a headline that goes on after the office, nor one that names a place after a comma
        ("Briefing note\nPresident of Kenya Meets Ethiopian Premier on Border", "President of Kenya Meets Ethiopian Premier on Border"),
        ("Briefing note\nChina Warns Japan Over Patrols, Tokyo", "China Warns Japan Over Patrols, Tokyo"),
    ],
)
def test_clean_title_of_a_transcript_is_not_its_office_or_venue(header: str, title: str) -> None:
    text = header + "\nTuesday, 14 April 2026\n\nMODERATOR: Good afternoon.\n\nPRIME MINISTER: Thank you all for coming.\n"
    _, found = find_furniture(text)
    assert found.title == title


def test_clean_a_captions_label_in_a_transcript_is_no_speakers() -> None:
    text = ("Press briefing\nAccra, 3 May 2027\n\nSPOKESPERSON: Ghana and Togo will reopen the border.\n\n"
            "Photo: The spokesperson at the podium. (GNA/Kofi Adu)\n\nQ: When will it open?\n\n"
            "SPOKESPERSON: In June.\n\nCaption: Trucks at Aflao. (Reuters/Francis Kokoroko)\n\n"
            "Photo: Traders in Lomé. (AFP/Pius Utomi Ekpei)\n\nThe briefing ended at noon.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "speaker_label"] == ["SPOKESPERSON:", "Q:", "SPOKESPERSON:"]
    assert all(any(f.kind == "furniture" and text[f.start : f.end] == line for f in spans)
               for line in text.split("\n") if line.startswith(("Photo:", "Caption:")))


@pytest.mark.parametrize(
    ("turn", "courtesy"),
    [
        # a turn of courtesy formulas or floor management only, with a name spoken to or not
        ("Go ahead.", True),
        ("Yes, go ahead, Priya.", True),
        ("Okay. Next question, please.", True),
        ("One at a time. Go ahead, Kwame.", True),
        ("Thanks, Tom.", True),
        ("Thank you very much, everyone.", True),
        # a moderator giving the floor to an outlet or a person by name, with where they sit or not
        ("Ukrinform.", True),
        ("Next, Deutsche Welle.", True),
        ("We'll start with Reuters, second row.", True),
        ("Over to Kwame Mensah.", True),
        ("Togo.", False),  # a state's name is an answer
        # a turn with any other words is speech
        ("Thanks. Will Accra reopen the border?", False),
        ("Go ahead and ask Lomé.", False),
        ("Okay, we will reopen it in June.", False),
        ("Sure.", False),
    ],
)
def test_clean_a_transcripts_courtesy_turns_are_furniture(turn: str, courtesy: bool) -> None:
    text = ("Press briefing\nAccra, 3 May 2027\n\nSPOKESPERSON: Ghana and Togo will reopen the border.\n\n"
            "QUESTION: A follow-up?\n\nSPOKESPERSON: " + turn + "\n\nQUESTION: When will it open?\n\n"
            "SPOKESPERSON: In June.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "courtesy"] == ([turn] if courtesy else [])


def test_clean_a_label_with_an_office_before_the_name_is_a_speakers_once() -> None:
    text = ("Joint Press Statements\nAddis Ababa, 3 May 2027\n\nMODERATOR: Good afternoon.\n\n"
            "PRIME MINISTER ABIY AHMED: Ethiopia and Kenya will open the corridor in June.\n\n"
            "FOREIGN MINISTER MUDAVADI: We agree.\n\nDEPUTY SPOKESPERSON: Two questions, please.\n\n"
            "Q: Will the corridor carry fuel?\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "speaker_label"] == [
        "MODERATOR:", "PRIME MINISTER ABIY AHMED:", "FOREIGN MINISTER MUDAVADI:", "DEPUTY SPOKESPERSON:", "Q:"]
    # a label of other capitals used once stays none
    text = text.replace("FOREIGN MINISTER MUDAVADI", "KEY POINTS")
    spans, _ = find_furniture(text)
    assert "KEY POINTS:" not in [text[f.start : f.end] for f in spans if f.kind == "speaker_label"]


@pytest.mark.parametrize(
    "text",
    [
        # one label is no transcript; a dateline with a colon stays a dateline
        "NEW DELHI: India and Japan signed a pact.\n\nThe two sides will meet again in May.",
        "MODERATOR: Welcome to the panel on Arctic security.\n\nNorway and Russia still talk about fish.",
        # capitals that name no speaker: a live page's notes, an organisation, a place repeated
        "UPDATE: Talks resumed on Monday.\n\nUPDATE: Talks broke down on Tuesday.\n\nNeither side commented.",
        "ASEAN: The bloc met in Jakarta.\n\nASEAN: The bloc will meet again in Hanoi.",
        # an outlet's name twice is no transcript where no speaker's label is
        "Reuters: Talks resumed in Doha.\n\nReuters: Talks broke down on Tuesday.\n\nNeither side commented.",
        "Kenya and Somalia met on Monday.\n\nEDITOR'S NOTE: This story was corrected.\n\nThe talks went well.",
        # a news story's MP with a seat, a party mid-text, a numbered list's heads: no labels
        "Mr Lammy (Tottenham) said: the talks with Accra will go on.\n\nOne Conservative (Con) MP disagreed.",
        "1. Background: Ghana and Togo disputed the boundary.\n\n2. Findings: The line follows the median.",
        # a piece's run-in notes, and one honorific's label in prose, are no transcript's
        "Note: Nepal issued its own map in 2020.\n\nBackground: The area has been disputed since 2019.\n\n"
        "Key points: Both sides will meet in Kathmandu.",
        "Shri Ram Sena: The group marched in Mangaluru on Sunday.\n\nThe police said the march was peaceful.",
        "THE MINISTRY OF EXTERNAL AFFAIRS (MEA): India and Nepal will talk in May.\n\nThe talks were delayed.",
    ],
)
def test_clean_no_speaker_labels_in_prose(text: str) -> None:
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "speaker_label"] == []


ROUNDUP = """News in brief
Friday, 7 May 2027

MADRID — Spain and Morocco agreed on Monday to reopen two border crossings near Ceuta.

LIMA (Reuters) - Peru recalled its ambassador from Bolivia after a border incident.

HONIARA, Solomon Islands — Australia will fund a new police academy.

NATO — The alliance said little about the request.

UPDATE: Officials said the talks would resume on Friday.

ASEAN: The bloc's foreign ministers will meet in July.

OSLO, June 2 — Norway and Iceland signed a fisheries accord.
"""


def test_clean_marks_the_dateline_of_every_story_of_a_roundup() -> None:
    spans, header = find_furniture(ROUNDUP)
    assert [ROUNDUP[f.start : f.end] for f in spans if f.kind == "dateline" and f.start >= ROUNDUP.index("MADRID")] == [
        "MADRID —", "LIMA (Reuters) -", "HONIARA, Solomon Islands —", "OSLO, June 2 —"]
    assert header.date == "2027-05-07"  # the header's; a later story's day does not date the page


PULL_QUOTE = """A Quiet Border
By Ana Lima
3 May 2027

The minister spoke for an hour. “We will not be bullied by our larger neighbours,” she said on Friday, before leaving for Rome.

“We will not be bullied by our larger neighbours.”

Talks resumed on Monday.

Talks resumed on Monday.

Neither government has published the draft of the agreement.
"""


def test_clean_marks_a_pull_quote() -> None:
    spans, _ = find_furniture(PULL_QUOTE)
    # the standalone copy is furniture; the running text keeps the quotation, and a short
    # line said twice is no pull quote
    assert [PULL_QUOTE[f.start : f.end] for f in spans if f.kind == "pull_quote"] == [
        "“We will not be bullied by our larger neighbours.”"]


def test_clean_key_points_are_no_byline() -> None:
    text = ("Hungary votes for a reset\nLast updated: 13 April 2026, 10:15 CET\n\nKey points\n"
            "- Viktor Orbán conceded defeat shortly after midnight\n\n"
            "Magyar has promised to end Hungary's vetoes in the European Union.\n")
    _, found = find_furniture(text)
    assert found.author is None
    _, found = find_furniture("Nile talks stall\n• Amina Otieno | 14 March 2026\n\nEgypt and Ethiopia met in Cairo.\n")
    assert found.author == "Amina Otieno"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a standfirst under the headline: a full sentence, or sentence case under title case
        ("Sanctions alone will not stop the drones\nTehran has found new suppliers. Closing the gaps takes allies.",
         "Sanctions alone will not stop the drones"),
        ("The Quiet Rivalry Over the Caspian Pipeline\nBaku and Ashgabat both want the gas and neither will say so",
         "The Quiet Rivalry Over the Caspian Pipeline"),
        ("Can the Caspian Pipeline Survive Its Sponsors?\nBaku and Ashgabat both want the gas and neither will say so",
         "Can the Caspian Pipeline Survive Its Sponsors?"),
        # a live page's or an analysis's kicker before a colon is no part of the title
        ("Live updates: Sudan's army and the RSF agree to talks in Jeddah",
         "Sudan's army and the RSF agree to talks in Jeddah"),
        ("News analysis: Why Khartoum agreed to talk now", "Why Khartoum agreed to talk now"),
        # a section label above the headline is no headline
        ("World | Asia\nManila and Hanoi sign a coast guard pact", "Manila and Hanoi sign a coast guard pact"),
        ("THE BIG READ\nWhy the Nile Talks Keep Failing", "Why the Nile Talks Keep Failing"),
        ("Energy\nKazakhstan leans on Russian gas while courting China", "Kazakhstan leans on Russian gas while courting China"),
        # a masthead between the headline and the date is no headline
        ("PM, Afghan envoy discuss Torkham reopening\nDawn", "PM, Afghan envoy discuss Torkham reopening"),
        # a page's metadata lines are furniture
        ("China ready to deepen cooperation with Brazil\nSource: Xinhua\nEditor: Liu Yang",
         "China ready to deepen cooperation with Brazil"),
        # a longer line in sentence case under a headline in sentence case; a short label above is no headline
        ("Türkiye, Iraq agree to speed up Development Road, step up fight against PKK terror group\n"
         "Turkish foreign minister says both countries aim to complete first phase of trade corridor by 2028",
         "Türkiye, Iraq agree to speed up Development Road, step up fight against PKK terror group"),
        ("European Commission - Press release\nEU-Mercosur interim trade agreement to enter into force on 1 January 2027",
         "EU-Mercosur interim trade agreement to enter into force on 1 January 2027"),
        # an issuing office's line under a statement's title, a firm's line under an alert's
        ("Statement by the Prime Minister at the Opening of the Assembly of the African Union\n"
         "Office of the Prime Minister", "Statement by the Prime Minister at the Opening of the Assembly of the African Union"),
        ("UN Snapback and China's Rare-Earth Controls: What Exporters Need to Know\n"
         "Hargreaves Linden LLP | International Trade and Sanctions Practice",
         "UN Snapback and China's Rare-Earth Controls: What Exporters Need to Know"),
        # a magazine's title over its subtitle in title case; not a firm's name over its report's
        ("ESSAY\n\nThe Mercosur Gamble\nWhy South America's Trade Bloc Is Betting on Europe—and What Could Go Wrong",
         "The Mercosur Gamble"),
        ("Meridian Risk Advisory\nWeekly Geopolitical Risk Monitor — Issue 214",
         "Weekly Geopolitical Risk Monitor — Issue 214"),
        # a subtitle less than twice as long as its title, not a kicker in capitals over it
        ("The Long Thaw on the Mekong\nWhy Thailand and Laos Keep Returning to the Same Dam Dispute",
         "The Long Thaw on the Mekong"),
        ("Borders Without Walls in the Sahel\nHow Niger and Burkina Faso Learned to Patrol the Same Roads",
         "Borders Without Walls in the Sahel"),
        ("The Patient Diplomacy of Small Gulf States\nWhat Qatar and Oman Gain by Talking to Everyone at Once",
         "The Patient Diplomacy of Small Gulf States"),
        ("MEKONG WATCH SPECIAL\nWhy Thailand and Laos Keep Returning to the Same Dam Dispute",
         "Why Thailand and Laos Keep Returning to the Same Dam Dispute"),
        # a wire's note of what this version adds, under the headline, is no title; a headline in title case
        # that opens with such a verb is one
        ("UPDATE 2-Ghana, Togo agree to reopen Aflao border post, set talks on smuggling\n"
         "Adds comments from Togolese foreign ministry in paragraphs 6-8",
         "Ghana, Togo agree to reopen Aflao border post, set talks on smuggling"),
        ("REFILE-UPDATE 1-Thai, Cambodian ministers agree to meet again on border\nRecasts with outcome of talks",
         "Thai, Cambodian ministers agree to meet again on border"),
        ("(LEAD) Vietnam, Philippines sign coast guard pact\nUpdates with details in 4th para",
         "Vietnam, Philippines sign coast guard pact"),
        ("Changes Course: Seoul Rethinks Its Japan Policy", "Changes Course: Seoul Rethinks Its Japan Policy"),
        ("Changes to Schengen rules anger Balkan states", "Changes to Schengen rules anger Balkan states"),
        ("UPDATE 1-Fiji, Tonga sign maritime boundary treaty\nFixes typo in headline", "Fiji, Tonga sign maritime boundary treaty"),
        # a written question's heading of two words, not the department's line; a kicker with a colon is none
        ("Written questions, answers and statements\nUK Parliament\n\nArms Trade: Egypt\nQuestion for Ministry of Defence",
         "Arms Trade: Egypt"),
        ("Germany must stop hedging on China and pick a side\nOpinion: Asia",
         "Germany must stop hedging on China and pick a side"),
        # a kicker before the headline
        ("Exclusive | Manila and Hanoi held secret talks on the shoal", "Manila and Hanoi held secret talks on the shoal"),
        ("Breaking: Manila and Hanoi sign a coast guard pact", "Manila and Hanoi sign a coast guard pact"),
        ("Live | Manila and Hanoi sign a coast guard pact", "Manila and Hanoi sign a coast guard pact"),
        # a letters page's label, as an opinion page's; not a headline opening with the word
        ("Letters | The Western Balkans cannot wait another decade", "The Western Balkans cannot wait another decade"),
        ("Letter to the editor: Fiji must not sign the policing pact", "Fiji must not sign the policing pact"),
        ("Letters: Why Manila should talk to Hanoi now", "Why Manila should talk to Hanoi now"),
        ("Editorial | Manila and Hanoi must keep talking", "Manila and Hanoi must keep talking"),
        ("Letters show Hanoi knew of the shoal plan", "Letters show Hanoi knew of the shoal plan"),
        # a publisher's line with its edition after a pipe under the headline; not a headline with a pipe under it
        ("Annual Threat Assessment 2027: Competition in the Caspian\nCaspian Security Assessment Bureau (CSAB) | Public edition",
         "Annual Threat Assessment 2027: Competition in the Caspian"),
        ("National Security Outlook 2027: The Baltic Sea\nDanish Defence Intelligence Service | Unclassified version",
         "National Security Outlook 2027: The Baltic Sea"),
        ("Turkmen Gas Review\nBaku and Ashgabat sign a gas memorandum | Public edition",
         "Baku and Ashgabat sign a gas memorandum | Public edition"),
        # a headline of four or five words in sentence case over a standfirst twice as long with no stop at its end,
        # under the outlet's line too; not a section's line over the headline
        ("Ceasefire talks resume in Doha\nMediators from Qatar and Egypt brought the two delegations back to the table "
         "on Sunday after a week of strikes", "Ceasefire talks resume in Doha"),
        ("The Guardian\nKenya and Somalia reopen border\nTraders in Mandera hope the crossing will bring back business "
         "lost during three years of closure", "Kenya and Somalia reopen border"),
        ("Latest news from the Gulf\nMediators from Qatar and Egypt brought the two delegations back to the table on Sunday",
         "Mediators from Qatar and Egypt brought the two delegations back to the table on Sunday"),
        # a standfirst of as many words as the headline, and more characters
        ("Tashkent and Bishkek trade barbs as water talks stall\n"
         "Quarrel over reservoir releases overshadows the summit's timetable again",
         "Tashkent and Bishkek trade barbs as water talks stall"),
        # a rights group's deck in title case under a headline naming its subject before a colon
        ("Kazakhstan: Dozens More Jailed for Protest Posts\n"
         "Rights Group Documents Pattern of Unfair Trials, Asset Freezes", "Kazakhstan: Dozens More Jailed for Protest Posts"),
        # the outlet's or desk's line between the headline and the byline
        ("Chronology: How the reef dispute between Hanoi and Beijing deepened\nPacific Security Review",
         "Chronology: How the reef dispute between Hanoi and Beijing deepened"),
        ("Indian-Pakistani thaw: real, but fragile\nSouth Asia Outlook | Lahore desk", "Indian-Pakistani thaw: real, but fragile"),
        ("Kenya, Norway sign energy pact, eye new grid link\nNairobi (KNA) / Daily Nation Report",
         "Kenya, Norway sign energy pact, eye new grid link"),
        # a note of the translation after the paper's name
        ("Cairo and Khartoum coordinate on Nile dam talks\nAl-Ahram Weekly | Translated from the Arabic edition",
         "Cairo and Khartoum coordinate on Nile dam talks"),
        # a magazine's headline of three words under its section line, over two sentences or one
        ("Leaders | Asia and Japan\nTokyo hesitates\nJapan wants cheaper gas from Qatar. It should read the small print",
         "Tokyo hesitates"),
        ("Middle East and Africa | Sudan\nA fragile truce\nThe generals have agreed to stop shooting for now.",
         "A fragile truce"),
        ("The bazaar wobbles\nIran's merchants are losing patience. The clerics should worry", "The bazaar wobbles"),
        # not a section's words or a line in title case over it
        ("Long read\nIran's merchants are losing patience. The clerics should worry",
         "Iran's merchants are losing patience. The clerics should worry"),
        ("Europe and Asia\nIran's merchants are losing patience. The clerics should worry",
         "Iran's merchants are losing patience. The clerics should worry"),
        ("Middle East\nIran's merchants are losing patience. The clerics should worry",
         "Iran's merchants are losing patience. The clerics should worry"),
        # an opinion page's headline of sentences with a full stop over a longer standfirst, under its section's line
        ("OPINION\nTurkmenistan and Azerbaijan can still share the Caspian. Here is how.\nA decade of quarrels over "
         "one gas field has cost both capitals dearly. A deal is within reach, but not this year.",
         "Turkmenistan and Azerbaijan can still share the Caspian. Here is how."),
        ("Baku should stop waiting for Moscow's blessing.\nThe pipeline under the Caspian makes sense for both shores, "
         "and the objections from Russia and Iran are about leverage, not the seabed.",
         "Baku should stop waiting for Moscow's blessing."),
        # a standfirst in sentence case with no stop, shorter than the headline in sentence case
        ("EU and Oman edge towards a deal on fishing rights as talks resume\nMuscat weighs quotas while Spanish "
         "fleets lobby for access", "EU and Oman edge towards a deal on fishing rights as talks resume"),
        # an obituary's headline of three words over a long standfirst with no stop
        ("Amina Diallo obituary\nSenegalese envoy who spent thirty years at the African Union mediating border "
         "quarrels across the Sahel", "Amina Diallo obituary"),
        # near miss: the headline with no stop over the standfirst (as before)
        ("Turkmenistan and Azerbaijan can still share the Caspian\nA decade of quarrels over one gas field has cost "
         "both capitals dearly. A deal is within reach.", "Turkmenistan and Azerbaijan can still share the Caspian"),
    ],
)
def test_clean_title_is_the_headline_not_the_standfirst(header: str, title: str) -> None:
    text = header + "\nBy Leyla Mammadova\n2 May 2027\n\nTurkmenistan and Azerbaijan signed a gas memorandum in April.\n"
    _, found = find_furniture(text)
    assert found.title == title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a speech's heading under the organ's and the session's lines, second, or first, is the title
        ("United Nations General Assembly\nEighty-first session, General Debate\n\n"
         "Statement by H.E. Dr. Samia Suluhu Hassan, President of the United Republic of Tanzania",
         "Statement by H.E. Dr. Samia Suluhu Hassan, President of the United Republic of Tanzania"),
        ("Human Rights Council, Sixty-second session\n"
         "Address by the Minister of Foreign Affairs of Ghana, Samuel Okudzeto Ablakwa, at the High-Level Segment",
         "Address by the Minister of Foreign Affairs of Ghana, Samuel Okudzeto Ablakwa, at the High-Level Segment"),
        ("Remarks by Prime Minister Sitiveni Rabuka at the Pacific Islands Forum Leaders Meeting\n"
         "Office of the Prime Minister", "Remarks by Prime Minister Sitiveni Rabuka at the Pacific Islands Forum Leaders Meeting"),
        # a headline about a speech, and a line that names one in passing, are no heading
        ("Kenya presses the Assembly on Haiti\nSpeech by Ruto draws applause from African delegations",
         "Kenya presses the Assembly on Haiti"),
        ("Ghana presses the Council on Sahel financing\nA statement by the minister drew a reply from Mali",
         "Ghana presses the Council on Sahel financing"),
        # a hearing's title in quotation marks, not the chamber's or the committee's line above it
        ("UNITED STATES SENATE\nCOMMITTEE ON FOREIGN RELATIONS\n\n"
         'HEARING: "Ghana and the Sahel: Securing the Coastal States"',
         "Ghana and the Sahel: Securing the Coastal States"),
        ("House of Representatives\nSubcommittee on Africa\n\nHearing on \u201cThe Future of the Lobito Corridor\u201d",
         "The Future of the Lobito Corridor"),
    ],
)
def test_clean_a_speechs_heading_is_the_title(header: str, title: str) -> None:
    text = header + "\n\nNew York, 23 September 2026\n\nI thank the Assembly. We will not waver. Our region needs peace.\n"
    _, found = find_furniture(text)
    assert found.title == title


def test_clean_a_posts_credit_line_is_no_date_line() -> None:
    """An embedded post's credit line dates the post, not the page: the body above it stays body."""
    post = ("Baku and Yerevan trade barbs online\nAni Hakobyan\nNov 28, 2026\n\n"
            "The border commission meeting was postponed, officials confirmed on Friday.\n\n"
            "The spat began when an adviser to Aliyev accused Yerevan of delay.\n\n"
            "\"Armenia has yet to adopt a single measure on the route.\"\n\n"
            "— Ali Karimov (@AliKarimov) November 26, 2026\n\n"
            "Within an hour, the Armenian foreign ministry replied on X.\n")
    spans, found = find_furniture(post)
    assert [(f.kind, post[f.start : f.end]) for f in spans if f.start > post.index("Nov 28")] == [
        ("byline", "— Ali Karimov (@AliKarimov) November 26, 2026")]
    assert found.date == "2026-11-28"
    undated = post[post.index("The border") :]
    assert find_furniture(undated)[1].date is None


def test_clean_a_numbered_heading_after_a_bullet_list_is_a_subheading() -> None:
    text = ("Lithium report\nBy Marta Echeverría\n19 November 2026\n\nChile and Bolivia compete for investors.\n\n"
            "7. Recommendations\n\n- Commission a study of a common framework.\n\n- Present it to the summit.\n\n"
            "8. Conclusion\n\nThe lithium triangle is not a pawn in two sectors:\n\n1. Energy\n\n2. Trade\n\n"
            "Both will matter more.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "subheading"] == ["7. Recommendations", "8. Conclusion"]
    # the items of a numbered list stay items
    assert [text[f.start : f.end] for f in spans if f.kind == "bullet"] == ["-", "-", "1.", "2."]


def test_clean_a_sanctions_lists_entries_are_furniture() -> None:
    entries = [
        "AL-HARTHY, Salim Rashid (a.k.a. AL-HARTHI, Salem), Salalah, Oman; DOB 1968; nationality Oman; Gender Male "
        "(individual) [SDGT] (Linked To: AL-HARTHY GENERAL TRADING LLC).",
        "SHENZHEN LIANYI ELECTRONICS CO., LTD. (Chinese Simplified: 深圳联易电子有限公司), Shenzhen, Guangdong, China [SDGT].",
        "ZAFRAN (IMO 9187432) Crude Oil Tanker Comoros flag; Vessel Registration Identification IMO 9187432 (vessel) "
        "[IRAN-EO13902] [SDGT].",
    ]
    prose = ["WASHINGTON — Today, OFAC is designating one individual, one entity and one vessel.",
             "OFAC designated AL-HARTHY GENERAL TRADING LLC, which shipped drone parts to Yemen [SDGT].",
             "Omani national Salim Rashid al-Harthy moved them into Yemen."]
    text = ("Treasury Sanctions Houthi Network\n\nNovember 20, 2026\n\n" + "\n\n".join(prose)
            + "\n\nIDENTIFYING INFORMATION\n\nIndividuals:\n\n" + "\n\n".join(entries) + "\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "designation"] == entries


def test_clean_reads_a_reports_header_and_leaves_out_its_notes() -> None:
    text = ("Managing Dependence: Germany's Trade Policy after the Strategy\nPolicy Report 4/2027\n\n"
            "Lena Vogt and Martin Kraus\n\nHamburg, May 2027\n\n2. Sources of leverage\n\n"
            "Germany imports most of its solar wafers from China.[3] The share has grown since 2023.\n\n"
            "2.1 Outlook\n\nBerlin will likely follow the Commission's lead on trade defence.\n\n"
            "Notes\n\n[3] Federal Statistical Office, press release no. 064, 18 February 2025.\n"
            "4 \"Abhängigkeit von China\", Frankfurter Allgemeine Zeitung, 28 October 2025.\n")
    spans, header = find_furniture(text)
    # a numbered section's heading is no title, a series label is furniture, and a line of names
    # with a given name is the byline; a month dates no day
    assert header == Header(title="Managing Dependence: Germany's Trade Policy after the Strategy", date=None,
                            author="Lena Vogt and Martin Kraus")
    notes = [text[f.start : f.end] for f in spans if f.kind == "notes"]
    assert notes[0] == "Notes" and notes[-1].startswith("4 \"Abh") and len(notes) == 3
    # a section named like people is no byline
    _, header = find_furniture("Meetings Coverage and Press Releases\n\nThe Council met on Monday. It adopted a text.\n")
    assert header.author is None


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (  # a briefing's labels in title case, one with the spokesperson's name after a comma
            "Official Spokesperson, Shri Arun Mehta: Good afternoon. I have one announcement.\n\n"
            "Question: Has India protested to Dhaka?\n\nOfficial Spokesperson: We have conveyed our concerns.\n",
            ["Official Spokesperson, Shri Arun Mehta:", "Question:", "Official Spokesperson:"],
        ),
        (  # a parliament's record: a title before the name in capitals, then seat and time
            "Foreign Affairs: Pacific\n\nSenator MORAN (Tasmania) (14:05): My question is to the minister.\n\n"
            "Senator HALE (Victoria—Minister for Foreign Affairs) (14:06): I thank the senator.\n\n"
            "The PRESIDENT: A supplementary question?\n",
            ["Senator MORAN (Tasmania) (14:05):", "Senator HALE (Victoria—Minister for Foreign Affairs) (14:06):",
             "The PRESIDENT:"],
        ),
        (  # a podcast's labels after their timestamps, which are no sentence either
            "[00:00] PRIYA RAMAN: Welcome back.\n\n[00:40] DARA SOK: It's a cold peace, I'd say.\n\n"
            "[01:05] PRIYA RAMAN: Really?\n\n(1:02:15) DARA SOK: Yes.\n",
            ["[00:00] PRIYA RAMAN:", "[00:40] DARA SOK:", "[01:05] PRIYA RAMAN:", "(1:02:15) DARA SOK:"],
        ),
        (  # a journalist's outlet in a press conference, however often it asks; not a region's name
            "Spokesperson: Good afternoon.\n\nYonhap: Will Seoul join the patrols? When?\n\n"
            "Spokesperson: That is for Seoul to decide.\n\nYonhap: Has Tokyo been consulted?\n\n"
            "Spokesperson: We keep in close touch.\n\nAl Jazeera: Will Doha host the next round?\n\n"
            "Spokesperson: I have nothing to announce.\n\nAl Jazeera: And Muscat?\n\n"
            "Latin America: Brazil and Chile also sent envoys.\n\nLatin America: Both stayed a day.\n",
            ["Spokesperson:", "Yonhap:", "Spokesperson:", "Yonhap:", "Spokesperson:", "Al Jazeera:", "Spokesperson:",
             "Al Jazeera:"],
        ),
        (  # a Commons record: a member's seat and party, once, after a question's number or not; a minister's
            # office with commas, then the name; a later bare name
            "Oral Answers\n\n1. Ruth Calder (Stroud) (LD): What assessment has been made of the Sahel?\n\n"
            "The Minister of State, Foreign, Commonwealth and Development Office (Daniel Price): Mali remains fragile.\n\n"
            "Ruth Calder: I thank the Minister.\n\nSir Alan Whitby (Wells) (Con): Will the Minister visit Niamey?\n\n"
            "Daniel Price: Not this year.\n",
            ["1. Ruth Calder (Stroud) (LD):",
             "The Minister of State, Foreign, Commonwealth and Development Office (Daniel Price):", "Ruth Calder:",
             "Sir Alan Whitby (Wells) (Con):", "Daniel Price:"],
        ),
        (  # a junior minister's office "of State for ..." and the name; a member's seat and party
            "Rwanda\n\nMark Tully (Ealing North) (Lab): Will the Government press Kigali?\n\n"
            "The Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs (Anna Reid): "
            "We have done so.\n",
            ["Mark Tully (Ealing North) (Lab):",
             "The Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs (Anna Reid):"],
        ),
        (  # India's parliament: a member's honorific, once, in capitals or title case; a minister's office in
            # capitals before the name in brackets; the presiding officer's
            "SHRI ARJUN MEHTA: Sir, has Colombo agreed to the ferry service?\n\n"
            "THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS (SHRI KIRAN RAO): Sir, it has agreed.\n\n"
            "SMT. LATA IYER: When will it start?\n\nDR. K. SUBRAMANIAM: In June.\n\nHON. SPEAKER: Next question.\n",
            ["SHRI ARJUN MEHTA:", "THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS (SHRI KIRAN RAO):",
             "SMT. LATA IYER:", "DR. K. SUBRAMANIAM:", "HON. SPEAKER:"],
        ),
        (
            "Shri Arjun Mehta: Madam, the dam on the Kosi floods Bihar every year.\n\n"
            "Smt. Lata Iyer: Nepal must share its data on the dam.\n\nKumari Selja: Has Kathmandu replied?\n",
            ["Shri Arjun Mehta:", "Smt. Lata Iyer:", "Kumari Selja:"],
        ),
        (  # names with accented letters, in title case and in capitals
            "The Chair: Welcome, Minister.\n\nHon. Hélène Côté: Thank you. Canada will double its aid to Haiti.\n\n"
            "The Chair: Thank you.\n\nMr. Émile Lefèvre: Will the aid reach Port-au-Prince?\n\n"
            "MR. JOSÉ ÁLVAREZ: It will, by June.\n",
            ["The Chair:", "Hon. Hélène Côté:", "The Chair:", "Mr. Émile Lefèvre:", "MR. JOSÉ ÁLVAREZ:"],
        ),
        (  # a turn however short, first or last, is no header or footer line; a person's name once is a label, as
            # is a journalist's role
            "Select Committee on International Relations\nOral evidence session, 4 March 2026\n\nCHAIR: Order.\n\n"
            "CHAIR: Minister, will the embassy in Kabul reopen this year?\n\n"
            "Fatima Rahimi: Not this year. We are reviewing security.\n",
            ["CHAIR:", "CHAIR:", "Fatima Rahimi:"],
        ),
        (
            "Hearing on the Sahel\n\nCHAIR:\nOrder.\n\nCHAIR: Ambassador, is the mission in Bamako safe?\n\n"
            "AMBASSADOR OKAFOR: It is. We have added guards.\n",
            ["CHAIR:", "CHAIR:", "AMBASSADOR OKAFOR:"],
        ),
        (
            "SPOKESPERSON: Good afternoon. The minister will visit Hanoi on Friday.\n\n"
            "JOURNALIST: Will she sign the fisheries deal?\n\nSPOKESPERSON: No.\n",
            ["SPOKESPERSON:", "JOURNALIST:", "SPOKESPERSON:"],
        ),
        (  # an outlet the gazetteer does not know, named once, whose last word is a broadcaster's or a paper's
            "Lin Tao: The minister will visit Hanoi on Friday.\n\nHubei Radio: Will he sign the fisheries deal?\n\n"
            "Lin Tao: Talks are under way.\n\nCrossings: Will the border reopen?\n",
            ["Lin Tao:", "Hubei Radio:", "Lin Tao:"],
        ),
        (  # Hansard's labels alone on their lines with no colon, under a header that names the chamber: a
            # minister's office and name, a member's seat and party, an honorific and a name or an office, the bare
            # name of a label before; a turn broken off is still one
            "Sudan: Humanitarian Access\n\nVolume 801: debated on Tuesday 3 March 2026\n\nHouse of Commons\n\n"
            "2.15 pm\n\nThe Minister for Africa (Helen Marsh)\nWith permission, I will update the House on Sudan.\n\n"
            "Tom Ridley (Stroud) (Con)\nI thank the Minister. Will she press Abu Dhabi on the arms flows?\n\n"
            "Helen Marsh\nWe have raised the matter with the Emiratis.\n\nSir Paul Grant\nWill the Minister—\n\n"
            "Madam Deputy Speaker\nOrder.\n",
            ["The Minister for Africa (Helen Marsh)", "Tom Ridley (Stroud) (Con)", "Helen Marsh", "Sir Paul Grant",
             "Madam Deputy Speaker"],
        ),
        (  # and two members' labels in brackets make a record without the chamber's line
            "Sudan: Humanitarian Access\n\nTom Ridley (Stroud) (Con)\nWill the Minister press Abu Dhabi?\n\n"
            "Ann Lowe (Bath) (LD)\nAnd will she visit Port Sudan?\n\nTom Ridley\nI thank her.\n",
            ["Tom Ridley (Stroud) (Con)", "Ann Lowe (Bath) (LD)", "Tom Ridley"],
        ),
        (  # a label before an address that a comma carries on to the next line
            "Talks with the President of Ghana\n\n2 March 2026\n\nThe two presidents met in Nairobi on Monday. They "
            "discussed trade.\n\nWilliam Ruto: Mr President, dear brother,\n\nWelcome to Nairobi. Our trade has "
            "doubled.\n\nJohn Mahama: Thank you, Mr President. We are glad to be here.\n",
            ["William Ruto:", "John Mahama:"],
        ),
        (  # an organisation's acronym before the office and the name; a journalist's name and outlet in square brackets
            "NATO Spokesperson Tom Hart: We'll start with Reuters.\n\nQuestion [Ana Ruiz, Reuters]: Will the Allies "
            "meet in Oslo?\n\nNATO Secretary General Lena Berg: They will.\n",
            ["NATO Spokesperson Tom Hart:", "Question [Ana Ruiz, Reuters]:", "NATO Secretary General Lena Berg:"],
        ),
        (  # a news story's short lines over sentences are no labels, whatever its title names
            "Parliament debates Sudan aid\nBy Tom Ridley\n3 March 2026\n\nMPs met on Tuesday to debate aid to Sudan.\n\n"
            "Mr Speaker\nThe Speaker granted an urgent question.\n\nDame Emily Thornberry\nShe chairs the committee.\n\n"
            "Sudan Crisis\nThe war has displaced millions.\n",
            [],
        ),
    ],
)
def test_clean_marks_speaker_labels_in_title_case_and_of_a_parliament(text: str, labels: list[str]) -> None:
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "speaker_label"] == labels


@pytest.mark.parametrize(
    ("question", "subheading"),
    [
        # among two or more short ones, a longer question standing alone between paragraphs is one too
        ("What does the African Union have to do with it?", True),
        ("How have the other coastal states reacted to the deal?", True),
        # not one of more than twelve words, nor one inside a paragraph
        ("What does the African Union, which has mediated since 2023, have to do with it?", False),
    ],
)
def test_clean_an_explainers_longer_questions_are_subheadings(question: str, subheading: bool) -> None:
    text = ("Ghana and Togo open a crossing\nBy Ama Boateng\n14 October 2026\n\n"
            "Ghana and Togo opened a new border crossing on Tuesday.\n\nWhat happened?\n\n"
            "Border guards lifted the barrier.\n\n" + question + "\n\nThe bloc brokered the talks.\n\n"
            "What comes next?\n\nThe two sides will demarcate the border.\n")
    spans, _ = find_furniture(text)
    assert (question in [text[f.start : f.end] for f in spans if f.kind == "subheading"]) is subheading


def test_clean_an_explainers_questions_are_subheadings() -> None:
    text = ("Armenia and Azerbaijan open a crossing\nBy Anna Petrosyan\n14 October 2026\n\n"
            "Armenia and Azerbaijan opened their first border crossing on Tuesday.\n\nWhat happened?\n\n"
            "Border guards lifted the barrier.\n\nWhat comes next?\n\nThe two sides will demarcate the border.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "subheading"] == ["What happened?", "What comes next?"]
    # one question standing alone is a sentence, unless it is in capitals
    text = text.replace("What comes next?\n\n", "")
    spans, _ = find_furniture(text)
    assert not [f for f in spans if f.kind == "subheading"]
    spans, _ = find_furniture(text.replace("What happened?", "WHAT HAPPENS NOW?"))
    assert [f.end - f.start for f in spans if f.kind == "subheading"] == [len("WHAT HAPPENS NOW?")]
    # the first question may open the body
    text = ("Border clashes: What we know\nBy Jane Smith\nPublished: 9 June 2026\n\nWhat has happened so far?\n\n"
            "Thai troops fired on Sunday, the army said.\n\nWhy are they fighting?\n\nThe border was never demarcated.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "subheading"] == ["What has happened so far?",
                                                                                "Why are they fighting?"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Monday evening the shelling had eased, officials said.",
        "By March, both armies were reinforcing their positions along the border.",
        "By the end of the year, the two sides had agreed to resume talks.",
        "By contrast, Cambodia said its troops had not fired first.",
        "By analyst estimates, Cambodia has moved two brigades to the border.",
        # nor a name opening with "Von" or a Spanish word "Por"
        "Von der Leyen told the two leaders that Brussels would fund the border posts.",
        "Por ahora, the two armies have pulled back from the temple.",
    ],
)
def test_clean_a_paragraph_opening_by_is_no_byline(paragraph: str) -> None:
    """A paragraph that opens with "By" and no name stays in the body, and so does the one before."""
    text = ("Border clashes: What we know\nBy Jane Smith\nPublished: 9 June 2026\n\n"
            "Thai troops fired on Sunday, the army said.\n\n" + paragraph + "\n\nCambodia denied firing first.\n")
    spans, header = find_furniture(text)
    assert [f for f in spans if f.start > text.index("Thai troops")] == []
    assert header.author == "Jane Smith"


def test_clean_a_digests_lead_ins_start_stories() -> None:
    text = ("THE DAILY BRIEF\nThursday, 19 November 2026\nBy Priya Raman\n\n"
            "Good morning. Today: a thaw in Asia and trouble in the Aegean.\n\n"
            "Japan–South Korea: The two leaders agreed on Wednesday to resume shuttle visits.\n\n"
            "Turkey–Greece: Coast guard vessels shadowed each other near Kos. The two countries will meet in Ankara.\n\n"
            "That's it for today.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "lead_in"] == ["Japan–South Korea: ", "Turkey–Greece: "]
    # one lead-in is no digest; nor is a label that names no two states
    assert not [f for f in find_furniture("Kenya–Somalia: The talks resumed.\n\nThey went well.\n")[0] if f.kind == "lead_in"]
    assert boilerplate("Good morning.") and boilerplate("That's it for today.")


@pytest.mark.parametrize(
    ("ending", "author"),
    [
        # a report's authors, each with a role in a field, over its product code on the last line
        ("Paolo Brandt, Analyst in Latin American Affairs\n\nIF10234\n", "Paolo Brandt"),
        ("Paolo Brandt, Analyst in Latin American Affairs\nJane Roe, Specialist in Trade Policy\n\nR48123\n",
         "Paolo Brandt and Jane Roe"),
        # near misses: no product code under the line, or no role in it
        ("Paolo Brandt, Analyst in Latin American Affairs\n", None),
        ("Mercosur, Trade in Latin America\n\nIF10234\n", None),
    ],
)
def test_clean_a_reports_authors_over_its_product_code(ending: str, author: str | None) -> None:
    text = ("Argentina and Brazil: Select Trade Disputes\n\nArgentina and Brazil traded accusations on Wednesday over new "
            "tariffs on cars.\n\n" + ending)
    _, found = find_furniture(text)
    assert found.author == author


@pytest.mark.parametrize(
    ("paragraphs", "labels"),
    [
        # a fact-check's run-in label over each claim's evidence, however the sentence after it splits
        (["What the data show: According to the statistics office, Kenya sold 12 per cent of its tea to Pakistan.",
          "What the data show: Exports to Egypt fell in 2024 and recovered in 2025."],
         ["What the data show: ", "What the data show: "]),
        # a digest's, in any case
        (["Why it matters: Addis Ababa needs a port. Mogadishu says it will not cede one.",
          "Why It Matters: Cairo fears for the Nile's flow."], ["Why it matters: ", "Why It Matters: "]),
        # an outlet's lead-in label, even once, the sentence after it the body's
        (["Details: Kenya's tea board said exports to Pakistan rose by a fifth.", "Ghana agreed."], ["Details: "]),
        (["Reminder: Nairobi and Kampala signed a sugar accord in March.",
          "Quote: \"We will keep our markets open,\" the minister said."], ["Reminder: ", "Quote: "]),
        # a label once is no run-in; nor a line that says who speaks, however often
        (["The reason is simple: Kenya cannot afford a war.", "Ghana agreed."], []),
        (["He added: \"Nobody in Accra wants this.\"", "He added: \"Lomé agrees.\""], []),
        (["The minister put it: Nairobi will not wait.", "The minister put it: Kampala must choose."], []),
        # a report's run-in heads, each a noun before its stop and the paragraph's first sentence
        (["Refinancing. Kenya asked its lenders for more time.", "Coordination with donors. Nairobi could ask the IMF to lead."],
         ["Refinancing. ", "Coordination with donors. "]),
        # not short sentences that open paragraphs, nor one head alone
        (["Kenya disagreed. Its minister left early.", "Energy is the exception. Tea is not."], []),
        (["Oversight of spending. Kenya asked its lenders for more time.", "Nairobi agreed."], []),
    ],
)
def test_clean_a_pieces_run_in_labels_are_furniture(paragraphs: list[str], labels: list[str]) -> None:
    text = ("Is Kenya hooked on tea sales?\nBy Wanjiru Kamau\n7 May 2026\n\nKenya's trade is changing fast.\n\n"
            + "\n\n".join(paragraphs) + "\n\nBoth governments want a deal.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "run_in"] == labels


def test_digest_items_are_stories_of_their_own(extractor: Any) -> None:
    from pipeline.io import Document

    text = ("THE DAILY BRIEF\nThursday, 19 November 2026\nBy Priya Raman\n\n"
            "Japan–South Korea: Japan and South Korea agreed on Wednesday to resume shuttle visits. "
            "Seoul and Tokyo will also restart export-control talks.\n\n"
            "Turkey–Greece: Turkish and Greek coast guard vessels shadowed each other near Kos. "
            "The incident comes weeks before the two countries' council is due to meet.\n")
    claims = list(extractor.extract([Document(id="d", text=text)], all_sentences=True))
    last = next(c for c in claims if c.text.startswith("The incident"))
    assert {a.code for a in last.actors if a.via == "context"} == {"GRC", "TUR"}



@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        (  # a document symbol is no title, and a long headline in title case with no stop is one
            "SC/16400\n4 March 2027\n\nMeetings Coverage\n\nAs Fighting Spreads across Darfur, Speakers in Security "
            "Council Urge Warring Parties to Agree Humanitarian Truce, Halt Flow of Weapons\n\n"
            "Speakers in the Security Council today demanded an immediate truce in Darfur.\n",
            "As Fighting Spreads across Darfur, Speakers in Security Council Urge Warring Parties to Agree "
            "Humanitarian Truce, Halt Flow of Weapons", "2027-03-04"),
        (  # a photo's caption with its credit is no title
            "Egypt warns Ethiopia over new Nile dams\n\nCairo says it will take all measures.\n\n"
            "Abiy Ahmed speaks at the dam in Guba, Ethiopia, on September 9, 2025 [File: Tiksa Negeri/Reuters]\n\n"
            "By Staff Writer\nPublished On 4 Mar 2027\n\nEgypt has warned Ethiopia that it will not accept new dams.\n",
            "Egypt warns Ethiopia over new Nile dams", "2027-03-04"),
        (  # a wire's version mark is no part of the title; a long "Published" line dates the page
            "(2nd LD) N. Korea fires missiles as allies begin drills\n"
            "Published on April 15, 2027, at 7:45 pm (Paris), updated at 9:02 pm\n\n"
            "North Korea fired two ballistic missiles on Monday, the South's military said.\n",
            "N. Korea fires missiles as allies begin drills", "2027-04-15"),
        (  # so is Reuters' mark in capitals with a hyphen, one or more
            "UPDATE 3-Kenya, Somalia reopen border crossings; Ethiopia objects\nBy Amina Otieno\n"
            "March 4, 2027 6:41 PM GMT+3 Updated 2 hours ago\n\nKenya and Somalia reopened two crossings on Wednesday.\n",
            "Kenya, Somalia reopen border crossings; Ethiopia objects", "2027-03-04"),
        (
            "REFILE-UPDATE 1-Kenya, Somalia reopen border crossings\nBy Amina Otieno\nMarch 4, 2027\n\n"
            "Kenya and Somalia reopened two crossings on Wednesday.\n",
            "Kenya, Somalia reopen border crossings", "2027-03-04"),
        (  # a press page's section label above the date is no title: the headline after the date is
            "Meetings Coverage and Press Releases\n\nSC/16241\n18 November 2026\n\nHouthi Attacks on Red Sea "
            "Shipping Threaten Fragile Truce, Special Envoy Tells Security Council\n\nSecurity Council\n"
            "10041st Meeting (AM)\n\nThe renewed attacks by the Houthis risk unravelling the truce, the envoy said.\n",
            "Houthi Attacks on Red Sea Shipping Threaten Fragile Truce, Special Envoy Tells Security Council",
            "2026-11-18"),
        (  # the place a communiqué was issued is no title
            "Communiqué of the Extraordinary Summit of the SADC Heads of State and Government\n"
            "Pretoria, Republic of South Africa\n24 January 2026\n\n"
            "1. The Summit was held in Pretoria on 24 January 2026.\n",
            "Communiqué of the Extraordinary Summit of the SADC Heads of State and Government", "2026-01-24"),
    ],
)
def test_clean_title_and_date_of_agency_pages(text: str, title: str, day: str) -> None:
    _, header = find_furniture(text)
    assert (header.title, header.date) == (title, day)


def test_clean_a_boxs_short_heading_is_a_subheading() -> None:
    text = ("Egypt warns Ethiopia\nBy Staff Writer\n4 March 2027\n\nEgypt has warned Ethiopia.\n\nKey facts:\n\n"
            "The dam was inaugurated in 2025.\n\nThe talks could also delay several projects:\n\n- a port\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "subheading"] == ["Key facts:"]
    # a wire's closing credits and notes are boilerplate
    assert boilerplate("— With assistance from Fiona MacDonald and Dina Khrennikova")
    assert boilerplate("(Updates with Kazakh minister's comments in sixth paragraph.)")
    assert boilerplate("The views expressed are the authors' own.")



@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("Starmer hails new chapter with EU\n\nLisa Varga in Brussels and Pippa Kerr\nTue 19 May 2026 18.42 BST\n",
         "Lisa Varga and Pippa Kerr"),  # where each author filed from is no part of the name
        ("ASEAN's Myanmar problem\n\nBhavan Jaipragas\nSenior Regional Correspondent\n\nPublished Apr 14, 2026\n",
         "Bhavan Jaipragas"),  # one name over a newsroom role
        ("Saudi, Iranian ministers vow to deepen ties\n\nUpdated 10 March 2026\n\nRASHID HASSAN\n",
         "RASHID HASSAN"),  # one name in capitals with a known given name
        ("Saudi and Iranian ministers vow to deepen ties\n\nSebastian Usher\nMiddle East analyst, BBC News\n\n"
         "24 April 2026\n", "Sebastian Usher"),  # a role with its outlet
        ("Saudi and Iranian ministers vow to deepen ties\nHalima Warsame\nTue 13 Oct 2026 06.00 BST\n",
         "Halima Warsame"),  # a name with a known given name over the date line
        ("Saudi and Iranian ministers vow to deepen ties\nOctober 20, 2025\n\n"
         "Authors: Eleanor Whitcombe, Daniel Okafor and Sun-hee Park\n",
         "Eleanor Whitcombe, Daniel Okafor and Sun-hee Park"),  # "Authors:", a given name's second part in lower case
        # names whose family name comes first, over the date line or as a line of names
        ("ASEAN cannot keep outsourcing its Myanmar problem\n\nTan Wei Ling\n\nPublished Nov 24, 2026, 05:00 AM\n",
         "Tan Wei Ling"),
        ("Saudi and Iranian ministers vow to deepen ties\nNguyen Thi Thu Ha and Park Hyun-woo\n24 April 2026\n",
         "Nguyen Thi Thu Ha and Park Hyun-woo"),
        # a name with its newsroom role after a slash, as the Gleaner prints it
        ("CARICOM leaders press Riyadh on trade\n\nPublished: Friday | February 27, 2026 | 12:09 AM\n\n"
         "Jovan Reid/Senior Staff Reporter\n", "Jovan Reid"),
        # an academic's honorific is no part of the name
        ("Saudi and Iranian ministers vow to deepen ties\nDr Amara Lindqvist and Tomas Oyelaran\n24 April 2026\n",
         "Amara Lindqvist and Tomas Oyelaran"),
        ("Saudi and Iranian ministers vow to deepen ties\nBy Prof. Grace Mwangi\n24 April 2026\n", "Grace Mwangi"),
        # a name under a date with stops and no spaces; an encyclopedia's credit line
        ("WORLD\nSaudi and Iranian ministers vow to deepen ties\nNov.27.2026 at 6:32PM\nFábio Zanini\nBrasília\n",
         "Fábio Zanini"),
        ("Saudi Arabia–Iran relations\nbilateral relations, Persian Gulf\n"
         "Written and fact-checked by The Editors of Encyclopaedia Britannica\nLast Updated: Mar 2, 2026\n",
         "The Editors of Encyclopaedia Britannica"),
        # the name and its role in sentence case on one line, as the Guardian prints them
        ("Chagos Islands\n\nSaudi and Iranian ministers vow to deepen ties\n\nRowena Blake Diplomatic editor\n\n"
         "Thu 3 Dec 2026 18.40 GMT\n", "Rowena Blake"),
        ("Saudi and Iranian ministers vow to deepen ties\n\nRuth Michaelson Middle East correspondent\n\n"
         "Thu 3 Dec 2026 18.40 GMT\n", "Ruth Michaelson"),
        # one name with where it was filed, or its role, over the date line; a city and a colon before it
        ("Saudi and Iranian ministers vow to deepen ties\nLucía Mamani in Santiago\nFri 13 Nov 2026 09.00 GMT\n",
         "Lucía Mamani"),
        ("Saudi and Iranian ministers vow to deepen ties\nAmina Otieno, Horn of Africa correspondent\n"
         "Tuesday 17 November 2026 12:40 GMT\n", "Amina Otieno"),
        ("Saudi and Iranian ministers vow to deepen ties\nNairobi: Amina Otieno\nTuesday, 24 November 2026 - 14:20\n",
         "Amina Otieno"),
        # a name whose given name is not known, of words no English word, over or under the date line
        ("Pakistan and Afghanistan agree to reopen Torkham crossing\nBaqir Sajjad Syed\n"
         "Published November 12, 2026 Updated a day ago\n", "Baqir Sajjad Syed"),
        ("Kenya and Ethiopia sign a power deal\nMarch 3, 2026\nTesfaye Gebremariam\n", "Tesfaye Gebremariam"),
        ("Kenya and Ethiopia sign a power deal\nOduya Achieng Otieno\n3 March 2026\n", "Oduya Achieng Otieno"),
        # a retired officer's rank and mark, over a place and the date between pipes
        ("Sri Lanka cannot watch the Bay of Bengal alone\nRear Admiral Nishantha Perera (retd)\n"
         "Colombo | Updated: 4 May 2027, 08:10 IST\n", "Nishantha Perera"),
        ("Pakistan and Afghanistan need a border commission\nLt Gen Tariq Mahmood (Retd.)\n12 March 2027\n", "Tariq Mahmood"),
        ("The Gulf states should not bet on one navy\nAir Vice Marshal Khalid Rahman (retired)\nDubai | 3 June 2027\n",
         "Khalid Rahman"),
        ("Kenya and Ethiopia sign a power deal\nMaj. Gen. Daniel Kiprono\n3 March 2026\n", "Daniel Kiprono"),
        # a transcript's "Name, Office" under its dated heading: who gives the briefing
        ("Press Briefing - 9 June 2027\n\nMaria Lopez, Principal Deputy Spokesperson\n\nMS. LOPEZ: Good morning.\n\n"
         "QUESTION: Will Riyadh host the talks?\n\nMS. LOPEZ: We expect so.\n", "Maria Lopez"),
    ],
)
def test_clean_bylines_without_by(header: str, author: str) -> None:
    text = header + "\nSaudi Arabia and Iran agreed on Monday to reopen their embassies.\n"
    spans, found = find_furniture(text)
    assert found.author == author
    assert found.title is not None and author.split()[0] not in found.title
    assert found.title is not None and not re.search(r"(?i)correspondent|editor", found.title)


@pytest.mark.parametrize(
    "line",
    ["Regional Power Trade", "Nairobi Kenya", "East Africa Analysis", "The Deal In Brief", "Talks Resume",
     "Monday Briefing Notes"],
)
def test_clean_a_subtitle_or_place_line_is_no_bare_byline(line: str) -> None:
    # a one-line subtitle, a place or a section in title case between the headline and the date is no author
    text = f"Kenya and Ethiopia sign a power deal\n{line}\nMarch 3, 2026\n\nKenya and Ethiopia signed a deal on Tuesday.\n"
    assert find_furniture(text)[1].author is None
    assert find_furniture(f"Kenya and Ethiopia sign a power deal\nMarch 3, 2026\n{line}\n\nKenya and Ethiopia signed "
                          "a deal on Tuesday.\n")[1].author is None


@pytest.mark.parametrize(
    "line",
    [
        "Anna Smith named new BBC political editor",  # a headline in sentence case
        "Keir Starmer Foreign editor",  # a name the gazetteer knows
        "Development Road Economic editor",  # no given name
        "General Assembly Votes on Sudan",  # a rank's word that opens no name
        "Admiral Kuznetsov Returns to Sea",
    ],
)
def test_clean_a_headline_ending_in_a_role_is_no_byline(line: str) -> None:
    text = line + "\n\n3 December 2026\n\nSaudi Arabia and Iran agreed on Monday to reopen their embassies.\n"
    assert find_furniture(text)[1] == Header(title=line, date="2026-12-03", author=None)


def test_clean_page_appeals_are_furniture() -> None:
    text = ("Ukraine and Poland agree to talks\nBy Kateryna Hodunova\n18 March 2026\n\nUkraine and Poland agreed to talks.\n\n"
            "Read also: Hungary blocks EU funds again\n\nThe talks will be held in Lublin.\n")
    spans, _ = find_furniture(text)
    assert "Read also: Hungary blocks EU funds again" in [text[f.start : f.end] for f in spans if f.kind == "furniture"]
    assert boilerplate("Consider supporting the Kyiv Independent.")
    assert boilerplate("Join ST's WhatsApp Channel and get the latest news and must-reads.")


@pytest.mark.parametrize(
    ("header", "title", "day"),
    [
        # a page that dates itself above its headline and standfirst; a photo's credit after a pipe
        ("ECONOMY | 18-06-2026 09:12\nArgentina and Brazil clash over car tariffs ahead of summit\n"
         "Milei's levies on Brazilian cars draw a warning from Itamaraty, with the bloc due to meet soon.\n\n"
         "Presidents Milei and Lula at the summit last December. | Photo: Ricardo Stuckert / PR\n\nby Martín Echeverría\n",
         "Argentina and Brazil clash over car tariffs ahead of summit", "2026-06-18"),
        # a standfirst of two sentences under a headline in sentence case
        ("Middle East & Africa | The Gulf\n\nAn uneasy truce across the water\n\n"
         "Saudi Arabia and Iran have stopped shouting at each other. Can it last?\n\nNov 26th 2026 | DUBAI\n",
         "An uneasy truce across the water", "2026-11-26"),
        # a date line too long for a dateline that opens with its date; a gallery's caption
        ("Thailand, Cambodia agree to border talks after deadly clash\nBy Panu Wongcha-um\n"
         "March 11, 2026 4:37 PM GMT+7 Updated 2 hours ago\n\n[1/3] Cambodian soldiers stand guard near the border "
         "temple in Preah Vihear province, July 26, 2025. REUTERS/Soe Zeya Tun/File Photo\n",
         "Thailand, Cambodia agree to border talks after deadly clash", "2026-03-11"),
        # a date with stops and no spaces under the standfirst
        ("WORLD\nItamaraty expects car deal with Argentina before Mercosur summit\n"
         "The chancellor travels to Buenos Aires on Monday; Argentines want lower tariffs and new quotas for parts\n"
         "Nov.27.2026 at 6:32PM\nFábio Zanini\nBrasília\n",
         "Itamaraty expects car deal with Argentina before Mercosur summit", "2026-11-27"),
        # an encyclopedia's credit line and its description in lower case are no title
        ("Abu Musa and the Tunbs dispute\nterritorial dispute, Persian Gulf\n"
         "Written and fact-checked by The Editors of Encyclopaedia Britannica\nLast Updated: Mar 2, 2026 • Article History\n",
         "Abu Musa and the Tunbs dispute", "2026-03-02"),
        # an organiser's line of programmes under the headline is no title; an event's date gives way to "Published"
        ("Meeting Summary: The Gulf and the Horn of Africa - Partnership and Rivalry\n\n"
         "Africa Programme and Middle East and North Africa Programme\n\nRoundtable held on 22 January 2026\n\n"
         "Published: 5 February 2026\n", "Meeting Summary: The Gulf and the Horn of Africa - Partnership and Rivalry",
         "2026-02-05"),
        ("Workshop Report: Water Security in the Nile Basin after the Dam\n\nEnergy, Environment and Resources Programme"
         "\n\nPublished: 3 March 2026\n", "Workshop Report: Water Security in the Nile Basin after the Dam", "2026-03-03"),
        ("Podcast: The Horn of Africa after the war in Sudan\nRecorded on 2 March 2026\nPublished: 9 March 2026\n",
         "Podcast: The Horn of Africa after the war in Sudan", "2026-03-09"),
        # the programme's line with the kind of piece after a pipe, under or over the headline
        ("Three Futures for the Serbia-Kosovo Normalisation Deal\nBalkans Security Programme | Scenario Analysis\n"
         "By Amina Otieno\nPublished: 12 March 2026\n", "Three Futures for the Serbia-Kosovo Normalisation Deal", "2026-03-12"),
        ("Balkans Security Programme | Scenario Analysis\nThree Futures for the Serbia-Kosovo Normalisation Deal\n"
         "By Amina Otieno\nPublished: 12 March 2026\n", "Three Futures for the Serbia-Kosovo Normalisation Deal", "2026-03-12"),
        # a line numbering the report in its series under the headline
        ("Partners, Not Spectators: Britain's Approach to the Caribbean\n"
         "Summary of the Committee's Fourth Report of Session 2024-26\nPublished: 4 November 2026\n",
         "Partners, Not Spectators: Britain's Approach to the Caribbean", "2026-11-04"),
        ("Water, Power and the Politics of the Nile Dam\nWorking Paper No. 14\nPublished: 4 November 2026\n",
         "Water, Power and the Politics of the Nile Dam", "2026-11-04"),
        # a headline naming a report, alone or under a kicker, stays the title
        ("Iran Rejects the Agency's Fifth Report on Enrichment\nBy Amina Otieno\nMarch 3, 2026\n",
         "Iran Rejects the Agency's Fifth Report on Enrichment", "2026-03-03"),
        ("Analysis\nIran Rejects the Agency's Fifth Report on Enrichment\nBy Amina Otieno\nMarch 3, 2026\n",
         "Iran Rejects the Agency's Fifth Report on Enrichment", "2026-03-03"),
        # a wire's kind of story before a hyphen, a kicker in capitals before a colon
        ("FACTBOX-What to watch as Pacific Islands Forum leaders meet in Honiara\nBy Rebecca Tanuvasa\n"
         "September 7, 2025 3:15 AM GMT+10\n", "What to watch as Pacific Islands Forum leaders meet in Honiara", "2025-09-07"),
        ("EXPLAINER-Why Ethiopia wants a port on the Red Sea\nBy Amina Otieno\nMarch 3, 2026\n",
         "Why Ethiopia wants a port on the Red Sea", "2026-03-03"),
        ("INVESTIGATION: Inside the Africa Corps, Moscow's new army in the Sahel\nBy Amina Otieno\nMarch 3, 2026\n",
         "Inside the Africa Corps, Moscow's new army in the Sahel", "2026-03-03"),
        ("SPECIAL REPORT: How Wagner's gold left the Sahel for Dubai\nBy Amina Otieno\nMarch 3, 2026\n",
         "How Wagner's gold left the Sahel for Dubai", "2026-03-03"),
        # not a headline ending in "Programme", a pair of names joined by a hyphen, a subject in capitals, a page's
        # date above an update, a place's date line
        ("Iran Expands Nuclear Programme\nBy Amina Otieno\n14 March 2026\n", "Iran Expands Nuclear Programme", "2026-03-14"),
        ("ASEAN-China talks on the code of conduct stall again\nBy Amina Otieno\nMarch 3, 2026\n",
         "ASEAN-China talks on the code of conduct stall again", "2026-03-03"),
        ("SUDAN: Army retakes the presidential palace in Khartoum\nBy Amina Otieno\nMarch 3, 2026\n",
         "SUDAN: Army retakes the presidential palace in Khartoum", "2026-03-03"),
        ("Sudan talks resume in Jeddah after two-month pause\nBy Amina Otieno | 14 March 2026\nUpdated: 16 March 2026\n",
         "Sudan talks resume in Jeddah after two-month pause", "2026-03-14"),
        ("Kenya and Somalia reopen the border at Mandera\nBerlin, 14 March 2026\nPublished: 16 March 2026\n",
         "Kenya and Somalia reopen the border at Mandera", "2026-03-14"),
        # a kicker, then a publisher's line with the series label between pipes, under the headline
        ("The South China Sea in 2026: Manila, Hanoi and the limits of Beijing's patience\n\nCommentary\n"
         "Japan Institute of International Affairs (JIIA) | Policy Brief No. 2026-07\nAuthor: Kenji Morimoto\n"
         "Date: June 3, 2026\n", "The South China Sea in 2026: Manila, Hanoi and the limits of Beijing's patience", "2026-06-03"),
        ("Why Hanoi keeps building in the Spratlys\nAnalysis\nAsia Maritime Programme | Working Paper No. 14\n"
         "By Amina Otieno\nMarch 3, 2026\n", "Why Hanoi keeps building in the Spratlys", "2026-03-03"),
        # a line saying what the page is and when, under a headline with a colon; not a dated headline under a kicker
        ("House of Representatives: debate on arms export policy (Israel and Saudi Arabia)\n\n"
         "Parliamentary summary, Tweede Kamer, plenary sitting of Thursday 5 February 2026\n\nPublished: 6 February 2026\n",
         "House of Representatives: debate on arms export policy (Israel and Saudi Arabia)", "2026-02-06"),
        ("Senate of Canada: debate on Arctic sovereignty and the Northwest Passage\n"
         "Debates of the Senate, sitting of Tuesday 10 March 2026\nPublished: 11 March 2026\n",
         "Senate of Canada: debate on Arctic sovereignty and the Northwest Passage", "2026-03-11"),
        ("Analysis\nThe 5 March 2026 vote that split the Pacific Islands Forum\nPublished: 11 March 2026\n",
         "The 5 March 2026 vote that split the Pacific Islands Forum", "2026-03-11"),
        # a date line year first with stops and its time, under a newsroom's line
        ("Latvia closes Riga airport again as balloons cross from Belarus\nLSM English Newsroom\n2026.01.14 11:32\n",
         "Latvia closes Riga airport again as balloons cross from Belarus", "2026-01-14"),
        # a line that opens with the update and names the first publication after it is dated by the publication;
        # not an update with no publication's day, nor a publication named first
        ("Kenya and Ethiopia reopen Moyale crossing\nUpdated March 3, 2026 | Posted March 2, 2026\n",
         "Kenya and Ethiopia reopen Moyale crossing", "2026-03-02"),
        ("Kenya and Ethiopia reopen Moyale crossing\nUpdated: 3 Mar 2026 · Published: 2 Mar 2026\n",
         "Kenya and Ethiopia reopen Moyale crossing", "2026-03-02"),
        ("Kenya and Ethiopia reopen Moyale crossing\nLast updated: 3 Mar 2026, 08:15 (first published 2 Mar 2026)\n",
         "Kenya and Ethiopia reopen Moyale crossing", "2026-03-02"),
        ("Kenya and Ethiopia reopen Moyale crossing\nPosted March 2, 2026 | Updated March 3, 2026\n",
         "Kenya and Ethiopia reopen Moyale crossing", "2026-03-02"),
        ("Kenya and Ethiopia reopen Moyale crossing\nLast updated: 3 Mar 2026, 08:15\n",
         "Kenya and Ethiopia reopen Moyale crossing", "2026-03-03"),
        ("Kenya and Ethiopia reopen Moyale crossing\nUpdated March 3, 2026 | Posted by Amina Otieno\n",
         "Kenya and Ethiopia reopen Moyale crossing", "2026-03-03"),
        # a transcript's heading that ends with its date, however long, is its title and dates it, with or without
        # speaker labels under it
        ("Regular Press Conference of Foreign Ministry Spokesperson Mao Ning - March 4, 2026\n",
         "Regular Press Conference of Foreign Ministry Spokesperson Mao Ning - March 4, 2026", "2026-03-04"),
        ("Transcript of the interview with Foreign Minister Andrii Sybiha, 4 May 2027\n",
         "Transcript of the interview with Foreign Minister Andrii Sybiha, 4 May 2027", "2027-05-04"),
        ("Press Briefing - 9 June 2027\n", "Press Briefing - 9 June 2027", "2027-06-09"),
        # an op-ed's kicker, headline in quotes, standfirst, byline with its role in brackets and a long date line
        ('Opinion\n\n"Peru must stop treating the Andean pact as a lost cause while Brazil digs in"\n\nOP-ED. Former '
         "minister Ana Lima argues that Lima abandoned the field to Brasília, and that a new approach is possible.\n\n"
         "By Ana Lima (Former Peruvian minister for trade)\n\nPublished on February 11, 2026, at 6:00 pm (Lima), updated "
         "at 7:12 pm\n\nTime to read 4 min.\n",
         '"Peru must stop treating the Andean pact as a lost cause while Brazil digs in"', "2026-02-11"),
        # a communiqué's date in the Hijri calendar and the same day's after a slash
        ("Final Communiqué of the Council of the Andean Community, 12th Ordinary Session\n\nLima, Republic of Peru\n"
         "21 Dhu al-Qadah 1447 AH / 9 May 2026\n",
         "Final Communiqué of the Council of the Andean Community, 12th Ordinary Session", "2026-05-09"),
    ],
)
def test_clean_title_and_date_of_pages_dated_in_other_ways(header: str, title: str, day: str) -> None:
    text = header + "\nArgentina and Brazil traded accusations on Wednesday over new tariffs on cars.\n"
    _, found = find_furniture(text)
    assert (found.title, found.date) == (title, day)


@pytest.mark.parametrize(
    ("line", "footer"),
    [
        # credits with stops, or too long for a line that is no prose; an outlet's standing line
        ("Additional reporting by Moussa Diallo in Niamey. Photographs by Le Monde Afrique.", True),
        ("(Reporting by Leila Haddad and Tomasz Wrona; Additional reporting by Ahmed Rasheed in Baghdad; "
         "Editing by Susan Fenton)", True),
        ("BBC Monitoring reports and analyses news from TV, radio, web and print around the world.", True),
        ("Samira Haddad reported from Guba, Cairo and Addis Ababa. Additional reporting by Yonas Tefera.", True),
        ("Fathimath Nazla reported from Male; Karan Mehrotra from New Delhi.", True),
        ("--With assistance from Nour Barakat.", True),
        ("—With assistance from Ana Lima in Bamako and Tom Hart.", True),
        # not a sentence of news
        ("With assistance from Qatar, Kenya and Somalia signed a border protocol.", False),
        ("Photos by residents showed the damage to the port.", False),
        ("Kayhan reports that Iran will not reopen talks.", False),
        ("State media reports from Tehran said the talks had stalled.", False),
        # a correction note with its date before the colon, the rest of its paragraph with it
        ("Correction, 4 February 2026: An earlier version of this article said the talks lasted four hours. "
         "They lasted six hours.", True),
        ("Correction (Feb. 4, 2026): An earlier version of this story misspelled the name of Somalia's envoy.", True),
        ("CLARIFICATION — 12/03/2026: This article has been updated to say the border opens in May.", True),
        # not a sentence that opens with the word
        ("Correction of the budget figures came late, the Kenyan treasury said.", False),
        ("Corrections officers in Mogadishu went on strike on 4 May: the prisons closed.", False),
    ],
)
def test_clean_credits_and_an_outlets_line_end_the_body(line: str, footer: bool) -> None:
    text = ("Kenya and Somalia reopen the border\nBy Amina Otieno\n14 March 2026\n\n"
            "Kenya and Somalia agreed on Monday to reopen the border.\n\n" + line + "\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "footer"] == ([line] if footer else [])


@pytest.mark.parametrize(
    ("header", "title", "day", "author"),
    [
        # an outlet's name on a line of its own over the headline and the standfirst; a family name,
        # then a given name with a hyphen, and where it was filed, over the date line
        ("South China Morning Post\n\nVietnam, Malaysia spar over fishing fleet near Spratly reef\n\n"
         "Hanoi says a trawler was rammed; Kuala Lumpur denies its patrol boat was involved as Asean urges calm\n\n"
         "Tsang Ka-ho in Hanoi\nPublished: 3 March 2026, 9:15am\n",
         "Vietnam, Malaysia spar over fishing fleet near Spratly reef", "2026-03-03", "Tsang Ka-ho"),
        ("South China Morning Post\nThailand, Cambodia agree to reopen two border checkpoints\nBy Wassana Nanuam\n"
         "Published: 9 April 2026 at 06:12\n",
         "Thailand, Cambodia agree to reopen two border checkpoints", "2026-04-09", "Wassana Nanuam"),
        ("THE TIMES OF INDIA\nIndia and Nepal agree to resume boundary talks\nBy Kallol Bhattacherjee\n"
         "February 4, 2026 21:40 IST\n", "India and Nepal agree to resume boundary talks", "2026-02-04",
         "Kallol Bhattacherjee"),
        # a masthead in capitals; a byline over a place line in capitals over a date with its time and zone
        ("THE HINDU\n\nIndia, Nepal agree to resume boundary talks through a joint working group\n\n"
         "Both sides to reopen two border points from April; foreign secretaries to meet in Kathmandu in June\n\n"
         "Kallol Bhattacherjee\nNEW DELHI\nFebruary 4, 2026 21:40 IST\n",
         "India, Nepal agree to resume boundary talks through a joint working group", "2026-02-04",
         "Kallol Bhattacherjee"),
        ("DAILY STAR\nBangladesh and Myanmar to hold repatriation talks in Naypyidaw next month\n"
         "Porimol Palma\nDHAKA\n12 May 2026, 08:05 BST\n",
         "Bangladesh and Myanmar to hold repatriation talks in Naypyidaw next month", "2026-05-12", "Porimol Palma"),
        ("Seoul and Tokyo agree to restart shuttle diplomacy in the spring\nSeo Ji-won\n14 January 2026 10:30 +09:00\n",
         "Seoul and Tokyo agree to restart shuttle diplomacy in the spring", "2026-01-14", "Seo Ji-won"),
        # not a short headline in capitals over its byline, nor a masthead over a second line in capitals;
        # a sentence-case phrase with a hyphen is no name
        ("TRUCE HOLDS IN KIVU\n\nBy Amina Otieno\n14 March 2026\n", "TRUCE HOLDS IN KIVU", "2026-03-14", "Amina Otieno"),
        ("Gulf carriers seek an early deal on landing slots with Ankara\nEarly Lock-in\n14 March 2026\n",
         "Gulf carriers seek an early deal on landing slots with Ankara", "2026-03-14", None),
        # a byline in capitals without "By", names between pipes or "and", kept as printed (qa73 02_ceuta_elpais)
        ("EL PAÍS English\nSpain and Portugal agree to reinforce river patrols after record crossings\n"
         "Lisbon and Madrid will hold a summit in early 2027, the first since 2023, as Brussels offers new funds\n"
         "CARMEN ROJAS | ISABEL MOLINA\nMadrid - 09 OCT 2026 - 14:32 CEST\n",
         "Spain and Portugal agree to reinforce river patrols after record crossings", "2026-10-09",
         "CARMEN ROJAS and ISABEL MOLINA"),
        ("Thailand and Cambodia agree to reopen border checkpoints after months of closure\n"
         "SOMCHAI WONG AND DARA CHAN\n12 November 2026\n",
         "Thailand and Cambodia agree to reopen border checkpoints after months of closure", "2026-11-12",
         "SOMCHAI WONG and DARA CHAN"),
        # a section's line in capitals over the headline is no byline, whatever its first word (qa73)
        ("ASIA PACIFIC\nThailand and Cambodia Agree to Reopen Border Checkpoints After Months of Closure\n"
         "By Somchai Wong\n12 November 2026\n",
         "Thailand and Cambodia Agree to Reopen Border Checkpoints After Months of Closure", "2026-11-12", "Somchai Wong"),
        ("WORLD | EUROPE\nSpain and Portugal agree to reinforce river patrols after record crossings\n"
         "By Carmen Rojas\n9 October 2026\n",
         "Spain and Portugal agree to reinforce river patrols after record crossings", "2026-10-09", "Carmen Rojas"),
        # not sections between pipes in capitals under the headline
        ("Spain and Portugal agree to reinforce river patrols after record crossings\nMIDDLE EAST | NORTH AFRICA\n"
         "9 October 2026\n", "Spain and Portugal agree to reinforce river patrols after record crossings", "2026-10-09", None),
        ("Spain and Portugal agree to reinforce river patrols after record crossings\nWORLD NEWS | EUROPE TODAY\n"
         "9 October 2026\n", "Spain and Portugal agree to reinforce river patrols after record crossings", "2026-10-09", None),
        # a desk's line under a headline in sentence case that opens with a kicker: the headline, kicker dropped
        ("Explainer: Why Ethiopia and Egypt still argue over the Nile dam\nHorn of Africa Desk\nBy Selam Tadesse\n"
         "14 March 2026\n", "Why Ethiopia and Egypt still argue over the Nile dam", "2026-03-14", "Selam Tadesse"),
        ("Analysis: Chile and Bolivia take their water row back to The Hague\nAndean Affairs Desk\n14 March 2026\n",
         "Chile and Bolivia take their water row back to The Hague", "2026-03-14", None),
        # the outlet's name on a line of its own under the headline or its standfirst is no author and no title,
        # whatever given name its first word may be: one the gazetteer knows, or ending in an outlet's word
        ("Kenya and Tanzania agree to reopen the Namanga crossing after talks in Arusha\nNation Africa\n"
         "Tuesday, March 10, 2026\n", "Kenya and Tanzania agree to reopen the Namanga crossing after talks in Arusha",
         "2026-03-10", None),
        ("Oman and Iran agree to expand a gas swap through a new pipeline\nOman Observer\n10 March 2026, 14:05\n",
         "Oman and Iran agree to expand a gas swap through a new pipeline", "2026-03-10", None),
        ("Manila and Hanoi agree to hold joint coast guard drills\nThe two claimants move to coordinate their patrols "
         "for the first time.\nThe Straits Times\nMarch 10, 2026\n", "Manila and Hanoi agree to hold joint coast guard drills",
         "2026-03-10", None),
        # a date line of the place, the date in capitals and the time between dashes, however many words the place
        # has; the name in capitals over it signs the page, and the standfirst between it and the headline is neither
        ("WORLD | AMERICAS\n\nChile and Peru sign a pact on shared fisheries off the Atacama coast\n\n"
         "The two neighbours end a decade of quarrels over anchovy quotas. Lima hails a fair deal\n\n"
         "CARLOS MENDOZA\nRio de Janeiro - 03 MAR 2026 - 10:15 BRT\n",
         "Chile and Peru sign a pact on shared fisheries off the Atacama coast", "2026-03-03", "CARLOS MENDOZA"),
        # names in capitals joined by "and" in lower case, with their role after a comma, under the standfirst
        ("Chile and Peru sign a pact on shared fisheries off the Atacama coast\n\n"
         "Santiago and Lima drop the quota dispute that has soured relations since 2014\n\n"
         "HIROSHI TANAKA and KIM SO-YEON, Asahi staff writers\n\nMarch 3, 2026 05:30 JST\n",
         "Chile and Peru sign a pact on shared fisheries off the Atacama coast", "2026-03-03", "HIROSHI TANAKA and KIM SO-YEON"),
        # a UN release: the organ, the meeting's number and the symbol over the date are no title
        ("Meetings Coverage and Press Releases\n\nGENERAL ASSEMBLY\n9876TH MEETING (PM)\nGA/12771\n3 March 2026\n\n"
         "General Assembly Adopts Resolution on Humanitarian Access in Sudan by 140 Votes in Favour, 5 Against\n\n"
         "Delegates Warn Famine Could Spread to Darfur before the Rainy Season\n",
         "General Assembly Adopts Resolution on Humanitarian Access in Sudan by 140 Votes in Favour, 5 Against",
         "2026-03-03", None),
        # near miss: the byline under the outlet's line signs the page
        ("Manila and Hanoi agree to hold joint coast guard drills\nManila Bulletin\nBy Carla Reyes\nMarch 10, 2026\n",
         "Manila and Hanoi agree to hold joint coast guard drills", "2026-03-10", "Carla Reyes"),
        # a byline in capitals with the author's e-mail in brackets, under the standfirst: no title
        ("Seoul and Tokyo agree to restart shuttle diplomacy\n\nForeign ministers meet in Busan for the first time in "
         "two years\n\nBY LEE MIN-HO [lee.minho@example.co.kr]\nPublished: Mar. 3, 2026 Tuesday, 09:10\n",
         "Seoul and Tokyo agree to restart shuttle diplomacy", "2026-03-03", "LEE MIN-HO"),
        # a report's masthead, its motto and its series over the date line: the title is under the date
        ("Congressional Research Service\nInforming the legislative debate since 1914\n\nIN FOCUS\n\n"
         "Updated March 3, 2026\n\nArgentina and Brazil: Select Trade Disputes and the Tariff Outlook\n",
         "Argentina and Brazil: Select Trade Disputes and the Tariff Outlook", "2026-03-03", None),
        # a series' issue with its date on the first line: its title and its date
        ("Sahel Conflict Assessment, March 3, 2026\n\nAmina Diallo and Peter Okafor\n\nMarch 3, 2026, 6:00pm ET\n",
         "Sahel Conflict Assessment, March 3, 2026", "2026-03-03", "Amina Diallo and Peter Okafor"),
        # a newsletter's author on a line of their own between the standfirst and the date, a given name the project
        # does not know that is a word too
        ("The Border Letter\nFour bets for the spring: Chile, Peru and the Pacific\n\nWhy I think the fishing pact holds "
         "through winter, and what could still break it\n\nRobin Haverford\nMar 3, 2026\n",
         "Four bets for the spring: Chile, Peru and the Pacific", "2026-03-03", "Robin Haverford"),
    ],
)
def test_clean_a_mastheads_page_header(header: str, title: str | None, day: str, author: str | None) -> None:
    body = "Argentina and Brazil traded accusations on Wednesday over new tariffs on cars.\n"
    text = header + "\n" + body
    spans, found = find_furniture(text)
    assert (found.title, found.date, found.author) == (title, day, author)
    assert all(f.end <= text.index(body) for f in spans)


@pytest.mark.parametrize(
    ("header", "title", "day", "author"),
    [
        # a wire dateline with its date on a line of its own under the headline, a byline after its dash
        ("Central Asian neighbours agree to revisit a water-for-energy swap\n\n"
         "ASTANA, 11 March 2026 (Kazinform) -- By Aigerim Seitkali\n",
         "Central Asian neighbours agree to revisit a water-for-energy swap", "2026-03-11", "Aigerim Seitkali"),
        ("Kenya and Somalia agree to reopen the Mandera crossing\nNAIROBI, 19 February 2026 (AFP) — By Amina Otieno\n",
         "Kenya and Somalia agree to reopen the Mandera crossing", "2026-02-19", "Amina Otieno"),
        ("Beijing and Hanoi sign a fisheries pact for the Gulf of Tonkin\n"
         "BEIJING, Jan 5, 2026 (Xinhua) -- By Li Wei and Tran Thu Ha\n",
         "Beijing and Hanoi sign a fisheries pact for the Gulf of Tonkin", "2026-01-05", "Li Wei and Tran Thu Ha"),
        # not a paragraph of prose after the dash ("By Monday evening ..."), which opens the body
        ("Kenya and Somalia agree to reopen the Mandera crossing\n"
         "NAIROBI, 19 February 2026 (AFP) — By Monday evening the border posts had reopened, officials said.\n",
         "Kenya and Somalia agree to reopen the Mandera crossing", "2026-02-19", None),
    ],
)
def test_clean_a_wire_datelines_own_line_dates_and_signs_the_page(header: str, title: str, day: str,
                                                                   author: str | None) -> None:
    body = "Argentina and Brazil traded accusations on Wednesday over new tariffs on cars.\n"
    text = header + "\n" + body
    spans, found = find_furniture(text)
    assert (found.title, found.date, found.author) == (title, day, author)


@pytest.mark.parametrize(
    ("header", "title", "day", "author"),
    [
        # BIRN's byline: names, outlet, places, date and time between pipes, under a headline and a deck
        ("Brussels Summons Negotiators as Belgrade and Pristina Trade Blame\n\n"
         "Serbia and Kosovo's negotiators will meet in Brussels next week, but neither side expects a breakthrough.\n\n"
         "Milica Stojanović, Perparim Isufi | BIRN | Belgrade, Pristina | May 14, 2026 | 11:42\n",
         "Brussels Summons Negotiators as Belgrade and Pristina Trade Blame", "2026-05-14", "Milica Stojanović, Perparim Isufi"),
        ("Skopje and Sofia resume talks on the minority clause\n\nSinisa Jakov Marusic | BIRN | Skopje | June 2, 2026\n",
         "Skopje and Sofia resume talks on the minority clause", "2026-06-02", "Sinisa Jakov Marusic"),
        # an outlet's line with where it is published is no title; the kicker before the headline is left out
        ("ANALYSIS: CARICOM's Haiti dilemma deepens as the new force struggles to deploy\n\n"
         "The Caribbean Chronicle | Kingston, Jamaica\nSunday, February 8, 2026\nBy Andrea Thompson-Rowe, Regional Affairs Editor\n",
         "CARICOM's Haiti dilemma deepens as the new force struggles to deploy", "2026-02-08", "Andrea Thompson-Rowe"),
        ("Gulf Strategic Forecast | Riyadh desk\nOman's quiet mediation enters a new phase\nMarch 3, 2026\n",
         "Oman's quiet mediation enters a new phase", "2026-03-03", None),
        # a kicker with a translation's note between the headline and a byline in Spanish
        ("On the bridge at Cúcuta, two governments wait for each other\n\nFeature | Translated from Spanish\n"
         "Por Valentina Ospina Restrepo — 9 de octubre de 2025\nPublished: 9 October 2025\n",
         "On the bridge at Cúcuta, two governments wait for each other", "2025-10-09", "Valentina Ospina Restrepo"),
        # an interview's header block between slashes, author, place, outlet and date, under a standfirst and a kicker headline
        ('Interview: "Our border will stay open to trade"\nGhana\'s trade minister on the cocoa levy, the port dispute and '
         "why Accra still talks to Lomé\n\nKwame Mensah / Accra / The Continental / 14 March 2026\n",
         '"Our border will stay open to trade"', "2026-03-14", "Kwame Mensah"),
        ("Thailand and Cambodia agree to reopen the Poipet crossing\n\nSomchai Rattanakul / Bangkok / 3 February 2026\n",
         "Thailand and Cambodia agree to reopen the Poipet crossing", "2026-02-03", "Somchai Rattanakul"),
    ],
)
def test_clean_a_header_of_fields_between_pipes(header: str, title: str, day: str, author: str | None) -> None:
    body = "Argentina and Brazil traded accusations on Wednesday over new tariffs on cars.\n"
    text = header + "\n" + body
    spans, found = find_furniture(text)
    assert (found.title, found.date, found.author) == (title, day, author)
    assert all(f.end <= text.index(body) for f in spans)  # the deck and the byline line are the header's


@pytest.mark.parametrize(
    ("ending", "kept"),
    [
        # a release's contacts and the lines after them end the body (qa73 01_chad_sitrep 39)
        ("For further information, please contact: OCHA Chad, Public Information Unit.\n", []),
        ("Media contact:\nAmina Haroun, Communications Officer\nWFP Chad, N'Djamena.\n+235 66 12 34 56\n", []),
        ("For media enquiries\nAmina Haroun, WFP Chad, amina.haroun@wfp.org\nIdriss Mahamat, UNHCR Chad, Abéché office.\n", []),
        ("For more information, contact the OCHA office in Abéché.\n", []),
        # not a sentence of the story on information or contacts
        ("For further information on the plan, the ministry referred reporters to its website.\n",
         ["For further information on the plan, the ministry referred reporters to its website."]),
        ("Contacts between the two governments resumed in March.\n", ["Contacts between the two governments resumed in March."]),
    ],
)
def test_clean_a_releases_contacts_end_the_body(ending: str, kept: list[str]) -> None:
    body = ("Chad and Sudan agreed on Monday to reopen the Adré crossing for aid convoys, officials in N'Djamena said.\n\n"
            "The World Food Programme said it would send 40 trucks this week.\n\n")
    text = "Chad: Refugee influx update\n\n12 November 2026\n\n" + body + ending
    spans, found = find_furniture(text)
    assert found.author is None
    assert not any(f.start < text.index(body) + len(body) and f.end > text.index(body) for f in spans)
    tail = text.index(ending)
    covered = set().union(*(range(f.start, f.end) for f in spans))
    assert [s for s in kept if not set(range(text.index(s), text.index(s) + len(s))) & covered] == kept
    assert kept or all(i in covered or text[i].isspace() for i in range(tail, len(text)))


def test_clean_an_authors_note_and_contact_lines_are_furniture() -> None:
    """Who the author is and whose views these are, after the article; a page's standards line and
    a press release's contacts; "Also read:"."""
    text = ("Ethiopia wants the sea\nBy Halima Warsame\n13 October 2026\n\n"
            "Ethiopia and Somalia are sliding toward a crisis that everyone can see coming.\n\n"
            "Also read: Somalia recalls its envoy from Addis Ababa\n\n"
            "Turkey has tried to mediate, and it may yet succeed.\n\n"
            "Our Standards: The Thomson Reuters Trust Principles.\n"
            "General public inquiries: Europe Direct by phone 00 800 67 89 10 11\n\n"
            "Halima Warsame is a fellow at the Rift Valley Institute and a former adviser to the ministry.\n"
            "The authors are researchers in the Horn of Africa programme. The views expressed are their own.\n")
    spans, _ = find_furniture(text)
    furniture = {text[f.start : f.end][:20] for f in spans}
    assert {"Also read: Somalia r", "Our Standards: The T", "General public inqui", "Halima Warsame is a ",
            "The authors are rese"} <= furniture
    assert "Turkey has tried to " not in furniture


def test_clean_breadcrumbs_captions_and_a_byline_block_of_names_and_places() -> None:
    """A breadcrumb is no title; a caption that ends with its credit is furniture; a header whose
    date comes after a block of names, places and an outlet still dates the page."""
    text = ("Home › News › Kosovo\nKosovo, Serbia Snub Brussels Meeting as EU Envoy Warns of 'Lost Year'\n"
            "Neither Belgrade nor Pristina sent its chief negotiator to a planned meeting in Brussels on Monday.\n"
            "Valbona Krasniqi\nPristina\nJelena Marković\nBelgrade\nBIRN\nOctober 14, 2025\n14:22\n\n"
            "EU Special Representative Peter Sørensen in Brussels on Monday. Photo: EPA-EFE/OLIVIER HOSLET\n\n"
            "Neither Serbia nor Kosovo sent its chief negotiator to the meeting, the EU's envoy said.\n")
    spans, header = find_furniture(text)
    assert (header.title, header.date) == ("Kosovo, Serbia Snub Brussels Meeting as EU Envoy Warns of 'Lost Year'",
                                           "2025-10-14")
    furniture = {text[f.start : f.end][:20] for f in spans}
    assert {"Home › News › Kosovo", "EU Special Represent"} <= furniture
    assert "Neither Serbia nor K" not in furniture


LIVE_PAGE = """Sudan talks live: delegations meet in Jeddah
By Amira Haddad
Published On 11 Mar 2026

This live page is now closed. You can continue to follow our coverage of the war in Sudan here.

16:05 GMT – Saudi foreign minister says talks will resume on Friday after a day of meetings in Jeddah

Prince Faisal bin Farhan told reporters that the two delegations had agreed to meet again.

11:05 GMT – What is on the table?

The talks are the first direct contact between the army and the RSF since December 2024.

10:40 GMT – The army said it had repelled an attack on El Fasher. The RSF denied it.

09:30 GMT – Welcome to our live coverage

Hello and welcome to our live coverage of the Sudan talks in Jeddah. I'm Amira Haddad.
"""


def test_clean_a_live_pages_headings_and_notices_are_furniture() -> None:
    """A timestamp's heading is a subheading whatever its length; a timestamp before an entry's
    sentences is furniture and they are not; the page's notices and its presenter's lines are furniture."""
    spans, _ = find_furniture(LIVE_PAGE)
    found = {(f.kind, LIVE_PAGE[f.start : f.end][:24]) for f in spans if f.start > LIVE_PAGE.index("2026")}
    assert found == {("furniture", "This live page is now cl"), ("subheading", "16:05 GMT – Saudi foreig"),
                     ("subheading", "11:05 GMT – What is on t"), ("timestamp", "10:40 GMT –"),
                     ("subheading", "09:30 GMT – Welcome to o"), ("furniture", "Hello and welcome to our")}


def test_clean_a_live_pages_desk_date_line_and_stamps_with_a_colon() -> None:
    """A live page's breadcrumb over its headline is no title, its desk's line with the update stamp after a slash
    dates the page, and an entry's stamp before a colon heads the entry whatever its length (qa95 4_live)."""
    text = ("World / Peru-Chile row LIVE: Lima recalls envoy, Santiago weighs reply\n\n"
            "Peru-Chile row LIVE: Lima recalls envoy, Santiago weighs reply\n\n"
            "Andes Live Desk / Updated: May 3, 2027, 14:20 PET\n\n"
            "Peru recalled its ambassador from Santiago on Monday after a row over fishing rights.\n\n"
            "14:05 PET: Chile likely to recall its own envoy, say officials in Santiago\n\n"
            "Chile's foreign ministry is weighing a reply, officials said.\n\n"
            "13:40 PET: Bolivia calls for calm\n\n"
            "Bolivia urged both neighbours to talk.\n")
    spans, header = find_furniture(text)
    assert (header.title, header.date) == ("Peru-Chile row LIVE: Lima recalls envoy, Santiago weighs reply", "2027-05-03")
    assert [text[f.start : f.end][:10] for f in spans if f.kind == "subheading"] == ["14:05 PET:", "13:40 PET:"]


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a line numbering the report in its series above its headline (qa95 3_hcfac)
        ("Senate Foreign Affairs Committee\n\nSummary of the Committee's Second Report of Session 2026-27\n\n"
         "Friends or Rivals? Chile's Relations with the Andean States", "Friends or Rivals? Chile's Relations with the Andean States"),
        # an outlet's name and what it is, between commas, over the headline (qa94 2_falklands)
        ("Andes Wire, Pacific News Agency\n\nBoric says Chile will seek \"dialogue\" on the border, Lima rejects talks",
         "Boric says Chile will seek \"dialogue\" on the border, Lima rejects talks"),
        # a digest's issue line with its month after a pipe marks the header, no title, no date (qa93 3_crisiswatch)
        ("AndesWatch\n\nRegional Overview | April 2027\n\nWatching the Andes Closely", "AndesWatch"),
    ],
)
def test_clean_a_reports_series_line_and_an_outlets_line_are_no_title(header: str, title: str) -> None:
    text = header + "\n\nPublished 3 May 2027\n\nPeru and Chile have argued over the maritime border since 2014.\n"
    _, found = find_furniture(text)
    assert (found.title, found.date) == (title, "2027-05-03")


def test_clean_a_short_lead_in_with_its_verb_is_a_sentence() -> None:
    """A lead-in of three words over a list is a sentence where it has its verb ("The bill would:"), a box's heading
    where it has none ("Key facts:") (qa95 2_senate)."""
    text = ("Senators Introduce Bill on Andean Security\nMay 3, 2027\n\n"
            "Two senators introduced a bill on Andean security on Monday.\n\nThe bill would:\n\n"
            "- Fund patrols on the Peru-Chile border;\n- Require a report on Bolivian ports.\n\n"
            "Key facts:\n\n- Peru and Chile signed a maritime accord in 2014.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "subheading"] == ["Key facts:"]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # a fact-check's numbered claim, whatever its length, and its notes to the reader
        ('Claim 2: "China buys more from us than the whole of the European Union"',
         'Claim 2: "China buys more from us than the whole of the European Union"'),
        ("This article is part of our fact-checking programme. Read our methodology here.",
         "This article is part of our fact-checking programme. Read our methodology here."),
        # end matter of an essay and of a law firm's alert, also after a sentence of news
        ("This essay appears in the November/December 2026 issue.", "This essay appears in the November/December 2026 issue."),
        ("The firm will hold a webinar on Tuesday. Please contact any of the authors for further information.",
         "Please contact any of the authors for further information."),
        ("This alert is for general information only and does not constitute legal advice.",
         "This alert is for general information only and does not constitute legal advice."),
        ("For information media. Not an official record.", "For information media. Not an official record."),
        # a newsletter's sign-off
        ("That's all for this morning. Forwarded this email?", "That's all for this morning. Forwarded this email?"),
        ("Thanks for reading.", "Thanks for reading."),
        # a news agency's note to the subscribers of its wire
        ("Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News "
         "Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.",
         "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News "
         "Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."),
        # a podcast's note on its transcript, greeting and sign-off
        ("This transcript was generated automatically and edited for clarity. It may contain errors.",
         "This transcript was generated automatically and edited for clarity. It may contain errors."),
        ("Hello and welcome to Borderlines.", "Hello and welcome to Borderlines."),
        ("That's it for this week. Borderlines is produced by Lena Fischer. If you enjoyed the show, please rate and "
         "review us wherever you get your podcasts.",
         "That's it for this week. Borderlines is produced by Lena Fischer. If you enjoyed the show, please rate and "
         "review us wherever you get your podcasts."),
        # a written question's note on the questions answered with it
        ("This question was grouped with the following question(s) for answer:",
         "This question was grouped with the following question(s) for answer:"),
        # a translated piece's credit and first edition, a rights group's appeal for money
        ("Translated from Spanish by the El Tiempo English desk. The original article appeared in the newspaper's "
         "print edition on 3 May.", "Translated from Spanish by the El Tiempo English desk. The original article "
         "appeared in the newspaper's print edition on 3 May."),
        ("Translated from Spanish.", "Translated from Spanish."),
        ("This report was translated from the Spanish original published in El Espectador.",
         "This report was translated from the Spanish original published in El Espectador."),
        ("This article was translated from the French original, which first appeared in Le Monde Afrique on 3 May.",
         "This article was translated from the French original, which first appeared in Le Monde Afrique on 3 May."),
        ("Translated from Portuguese, originally published by Folha de S.Paulo.",
         "Translated from Portuguese, originally published by Folha de S.Paulo."),
        ("Translated from Spanish, the letter says Brasilia will wait for Paris.", None),
        ("Translated from the Spanish original published in El País, the letter says Lima will wait.", None),
        ("The treaty was translated from the Spanish original published in 1998, Bolivia's envoy said.", None),
        ("Your tax deductible gift can help stop abuses and save lives around the world.",
         "Your tax deductible gift can help stop abuses and save lives around the world."),
        # a related link as a bare label, however long
        ("Read: Uganda recalls its envoy from Kigali after a border incident near Katuna",
         "Read: Uganda recalls its envoy from Kigali after a border incident near Katuna"),
        ("Related: Kigali hosts the EAC summit | Why the Katuna crossing matters",
         "Related: Kigali hosts the EAC summit | Why the Katuna crossing matters"),
        # a letters page's rules and address, as sentences of one line or a line of their own
        ("Letters must not exceed 250 words and must include the writer's name and town. Email: editor@example.com",
         "Letters must not exceed 250 words and must include the writer's name and town. Email: editor@example.com"),
        ("Letters may be edited for length. The editor reserves the right to decline any letter.",
         "Letters may be edited for length. The editor reserves the right to decline any letter."),
        ("Email: letters@example.co.nz", "Email: letters@example.co.nz"),
        # a photo's caption, however long, with its credit after it or in brackets
        ("Photo: Foreign Minister Aiko Mori (L) greets Thai Foreign Minister Somchai Rattana in Bangkok on Monday. (Jiji)",
         "Photo: Foreign Minister Aiko Mori (L) greets Thai Foreign Minister Somchai Rattana in Bangkok on Monday. (Jiji)"),
        ("Petro and Boric at the Andean summit in Quito (Photo: Lucas Ferreira/EFE)",
         "Petro and Boric at the Andean summit in Quito (Photo: Lucas Ferreira/EFE)"),
        ("Sheikh Tamim receives the Kenyan president at the Amiri Diwan in Doha. Image Credit: QNA",
         "Sheikh Tamim receives the Kenyan president at the Amiri Diwan in Doha. Image Credit: QNA"),
        # a report's cut-off
        ("This assessment reflects information available as of 15 March 2027.",
         "This assessment reflects information available as of 15 March 2027."),
        # a live page's thanks and an interview's notes, as sentences of a line or lines of their own
        ("Thank you for following our coverage of the talks in Jeddah.",
         "Thank you for following our coverage of the talks in Jeddah."),
        ("The minister spoke to us in Dakar on Friday. The interview has been edited for length and clarity.",
         "The interview has been edited for length and clarity."),
        ("Answers have been condensed and lightly edited for clarity.", "Answers have been condensed and lightly edited for clarity."),
        ("This interview was conducted in Vietnamese and English.", "This interview was conducted in Vietnamese and English."),
        ("The conversation was conducted in Arabic through an interpreter.",
         "The conversation was conducted in Arabic through an interpreter."),
        # a live page's greeting and sign-off, a fact-check's call to its reader
        ("Good morning and welcome to our live coverage of the AU summit in Addis Ababa. Abiy will speak at ten.",
         "Good morning and welcome to our live coverage of the AU summit in Addis Ababa."),
        ("Good evening, and welcome back to our live blog.", "Good evening, and welcome back to our live blog."),
        ("That's it from us for today. Thanks for following.", "That's it from us for today. Thanks for following."),
        ("That's all from the team tonight.", "That's all from the team tonight."),
        ("Thank you for following.", "Thank you for following."),
        ("Have a claim you want us to check? Email factcheck@example.co.nz",
         "Have a claim you want us to check? Email factcheck@example.co.nz"),
        ("Spotted a claim you'd like us to look into?", "Spotted a claim you'd like us to look into?"),
        ("Got a tip for us?", "Got a tip for us?"),
        # sentences like them that are news
        ("Good morning and welcome to Nairobi, Ruto told the arriving delegations.", None),
        ("Good morning and welcome to our summit, the Ghanaian host told the ECOWAS ministers.", None),
        ("That's it from us, the Malian envoy said as he left the talks in Algiers.", None),
        ("That's all from Ankara for now, the spokesman said, declining further questions.", None),
        ("Thanks for following the rules, the Thai minister told the fishing fleets.", None),
        ("Have any claims of Rwandan support for the rebels been checked by us?", None),
        ("Have a question for the minister? Kenya's parliament will hear her on Tuesday.", None),
        ("Thank you for joining us in this effort, Ruto told the Ethiopian delegation.", None),
        ("The talks were conducted in Arabic and English, a diplomat said.", None),
        ("The interview was conducted in a tense atmosphere after the strike on Goma.", None),
        ("The draft communique has been edited for length, and Egypt objects to the changes.", None),
        ("The photo: a handshake in Bangkok that both sides wanted.", None),
        ("This report reflects the views of both governments.", None),
        ("Letters of credence were presented to the king on Monday.", None),
        ("Both governments said the letters must include a timetable for the withdrawal.", None),
        ("Read the statement as you will: Brasília wants the deal signed before June.", None),
        ('"Your donation will help Ukraine hold the line," Zelensky told donors in Berlin.', None),
        ("I'm sure the talks will resume on Friday, the envoy said.", None),
        ("The G20 is hosted by South Africa this year.", None),
        ("The Shahed drone is produced by an Iranian state firm.", None),
        ("Follow the money: Qatar and Saudi Arabia are competing for influence in Sudan.", None),
        ("Claim 2: China buys more from us than the EU. Records show it does.", None),
        # a newsletter's greeting, not a sentence that only opens like one
        ("Good morning. Here is what you need to know to start your day.",
         "Good morning. Here is what you need to know to start your day."),
        ("Here's what you need to know before the polls open.", "Here's what you need to know before the polls open."),
        ("Good morning, Minister, the envoy began, before Lagos cut the line.", None),
        ("Good evening. The ceasefire in Gaza held overnight, officials said.", None),  # a greeting alone is speech
        ("Here is what Nairobi wants from the talks: a phased reopening of the border.", None),
        # a disclaimer of whose views these are, however long, after a sentence of the body; a funder's acknowledgement
        ("This summary is an overview of a private roundtable. The views expressed are those of participants and do not "
         "necessarily reflect those of the organisers.",
         "The views expressed are those of participants and do not necessarily reflect those of the organisers."),
        ("Any opinions expressed are the speakers' own and do not represent the institute.",
         "Any opinions expressed are the speakers' own and do not represent the institute."),
        ("This meeting was supported by the Norwegian Ministry of Foreign Affairs.",
         "This meeting was supported by the Norwegian Ministry of Foreign Affairs."),
        ("This report was funded by a grant from the Carnegie Corporation of New York.",
         "This report was funded by a grant from the Carnegie Corporation of New York."),
        ("* *** *", "* *** *"),  # a release's end mark
        # a caption whose credit's label is glued to its last word, or with an outlet's credit in brackets at its end
        ("The new terminal at Tema, which has handled ships since 2021Image: Kwame Boateng/AFP",
         "The new terminal at Tema, which has handled ships since 2021Image: Kwame Boateng/AFP"),
        ("A Ghanaian navy patrol boat off the coast near Takoradi last year. (ABC News: Tom Hart)",
         "A Ghanaian navy patrol boat off the coast near Takoradi last year. (ABC News: Tom Hart)"),
        # an agency's caption, its "FILE - " and its photo credit in brackets
        ("FILE - Ghana's president attends a summit in Accra, Jan. 9, 2026. (AP Photo/Ana Ruiz, File)",
         "FILE - Ghana's president attends a summit in Accra, Jan. 9, 2026. (AP Photo/Ana Ruiz, File)"),
        # a caption with its credit in capitals after a pipe, the whole line
        ("Chilean sailors unload aid in Valparaíso on March 3. | CHILEAN NAVY / VIA REUTERS",
         "Chilean sailors unload aid in Valparaíso on March 3. | CHILEAN NAVY / VIA REUTERS"),
        ("Peru's foreign minister arrives at the talks in Lima on Monday. | AFP-JIJI",
         "Peru's foreign minister arrives at the talks in Lima on Monday. | AFP-JIJI"),
        # a newsletter's sign-off and credits
        ("Forward this email to a friend, or send us your tips.", "Forward this email to a friend, or send us your tips."),
        ("The Harbour Letter is written by Ana Lima and edited by Tom Hart.",
         "The Harbour Letter is written by Ana Lima and edited by Tom Hart."),
        # a page's appeals to its reader, and a live page's note on itself
        ("Support independent journalism. Become a member of the Harbour Courier.",
         "Support independent journalism. Become a member of the Harbour Courier."),
        ("Both presidents met in Lima on Monday. Sign up for our weekly Andes briefing.",
         "Sign up for our weekly Andes briefing."),
        ("Both presidents met in Lima on Monday. Subscribe to our newsletter.", "Subscribe to our newsletter."),
        ("Editor's note: This live page is updated throughout the day.",
         "Editor's note: This live page is updated throughout the day."),
        # a transcript's note in brackets that the event ended or paused, on a line of its own
        ("(The press briefing ended at 3:15 p.m.)", "(The press briefing ended at 3:15 p.m.)"),
        ("[The session resumed after a short break.]", "[The session resumed after a short break.]"),
        ("(End of remarks.)", "(End of remarks.)"),
        # as the US Congress's record prints it, after "Whereupon" and the time
        ("[Whereupon, at 11:42 a.m., the hearing was adjourned.]", "[Whereupon, at 11:42 a.m., the hearing was adjourned.]"),
        ("[Whereupon, at 10:15 a.m., the committee recessed.]", "[Whereupon, at 10:15 a.m., the committee recessed.]"),
        ("(The meeting ended without a deal, officials in Lima said.)", None),
        # a quotation's credit line after its closing mark: the dash, the person with their title and what they did
        ("\"We will not sign a deal that hurts our farmers.\" \u2014 Brazilian Foreign Minister Ana Costa, speaking in "
         "Brasília on Tuesday.", "\u2014 Brazilian Foreign Minister Ana Costa, speaking in Brasília on Tuesday."),
        ("\u2014 Costa in Lima: Foreign Minister Ana Costa meets her Peruvian counterpart on Friday.", None),
        # not a state's call on another, nor a report of it
        ("Argentina urged Brazil to support independent monitoring of the deal.", None),
        ("Paraguay wants to become a member of the trade bloc's council by 2027.", None),
        # not a state's views, a meeting paid for by a party, a project's funder
        ("The views expressed by Ankara are those of a government under pressure.", None),
        ("The meeting was supported by Qatar, which paid for the delegates' travel.", None),
        ("This project was funded by China's Exim Bank.", None),
        ("Both ministers said the deal would be signed in Lima in 2027. (Source: Ministry of Foreign Affairs)", None),
        ("The customs treaty was written by Chile and Peru and signed by both in 2024.", None),
        ("File photos of the summit show the two presidents shaking hands in Accra.", None),
        # a caption's label of two words, a photo's credit alone in brackets, an agency's credits and version notes
        ("Photo caption: Chile's foreign minister greets her Peruvian counterpart in Lima on Monday.",
         "Photo caption: Chile's foreign minister greets her Peruvian counterpart in Lima on Monday."),
        ("Image caption: Fishermen unload their catch at the port of Callao", "Image caption: Fishermen unload their catch at the port of Callao"),
        ("Picture caption: Peruvian and Chilean patrol boats off Arica during the joint exercise last week", "Picture caption: Peruvian and Chilean patrol boats off Arica during the joint exercise last week"),
        ("(Photo by Rosa Quispe, courtesy of the Peruvian Ministry of Foreign Affairs)",
         "(Photo by Rosa Quispe, courtesy of the Peruvian Ministry of Foreign Affairs)"),
        ("(Photo: Rosa Quispe for the Andes Letter, taken in Lima on Monday)",
         "(Photo: Rosa Quispe for the Andes Letter, taken in Lima on Monday)"),
        ("-- With assistance from Diego Salazar, Ana Beltrán and María José Pérez", "-- With assistance from Diego Salazar, Ana Beltrán and María José Pérez"),
        ("(Updates with Peruvian reaction in fifth paragraph.)", "(Updates with Peruvian reaction in fifth paragraph.)"),
        ("(Adds comment from Chilean foreign ministry in sixth and seventh paragraphs)", "(Adds comment from Chilean foreign ministry in sixth and seventh paragraphs)"),
        ("(Corrects spelling of the Peruvian minister's name in the third paragraph)", "(Corrects spelling of the Peruvian minister's name in the third paragraph)"),
        # a newsletter's audio player, its greeting with the authors' introduction, its heads over names only
        ("Press play: Listen to today's Andes Letter in under four minutes.",
         "Press play: Listen to today's Andes Letter in under four minutes."),
        ("Good morning and welcome to Andes Letter. I'm Lucía Fernández, with Tomás Rivera.",
         "Good morning and welcome to Andes Letter. I'm Lucía Fernández, with Tomás Rivera."),
        ("BIRTHDAYS: MEP Lucía Fernández; former Commissioner Tomás Rivera.",
         "BIRTHDAYS: MEP Lucía Fernández; former Commissioner Tomás Rivera."),
        ("THANKS TO: Our editor Ana Lima and producer Tom Hart.", "THANKS TO: Our editor Ana Lima and producer Tom Hart."),
        # a UN release's closing notes on the meeting's times and where the resolution's text is
        ("The meeting began at 3:10 p.m. and ended at 5:02 p.m.", "The meeting began at 3:10 p.m. and ended at 5:02 p.m."),
        ("The full text of resolution 2799 (2026) can be found in document S/RES/2799 (2026).",
         "The full text of resolution 2799 (2026) can be found in document S/RES/2799 (2026)."),
        # a caption labelled in brackets before it, an AFP crosshead between dashes
        ("(Photo caption) Chile's foreign minister greets her Peruvian counterpart in Lima on Monday.",
         "(Photo caption) Chile's foreign minister greets her Peruvian counterpart in Lima on Monday."),
        ("- A long road to Lima -", "- A long road to Lima -"),
        # a caption in brackets with its credit, a credit alone, a paper's note of its print edition
        ("[Photo caption: Peruvian coast guard cutters at anchor off Callao on Sunday. Credit: Rosa Quispe for The Andes Letter]",
         "[Photo caption: Peruvian coast guard cutters at anchor off Callao on Sunday. Credit: Rosa Quispe for The Andes Letter]"),
        ("Credit: Rosa Quispe for The Andes Letter.", "Credit: Rosa Quispe for The Andes Letter."),
        ("A version of this article appears in print on May 8, 2026, Section A, Page 6 of the Lima edition with the "
         "headline: Brazil and Argentina Trade Barbs.",
         "A version of this article appears in print on May 8, 2026, Section A, Page 6 of the Lima edition with the "
         "headline: Brazil and Argentina Trade Barbs."),
        ("Credit ratings agencies downgraded Argentina after the vote, Brazil's finance ministry said.", None),
        # near misses: news that opens like them
        ("With assistance from Brazil, Paraguay rebuilt the bridge at Foz do Iguaçu.", None),
        ("SPOTTED: Tomás Rivera and Lucía Fernández at dinner in Lima.", None),
        ("PERU: Lima recalls its ambassador from Santiago.", None),
        ("The meeting began at noon with a minute's silence for the victims in Arica.", None),
        ("The full text of the accord has not been published, Peru's foreign ministry said.", None),
        ("I'm Lucía Fernández, and I approve of this treaty, the Chilean senator joked.", None),
        # a map's promo lines, a closing note on the publisher's methods, a newsletter's appeal and its link to an
        # earlier piece, a transcript's heading of its part
        ("Click here to see our interactive map of the tariff war.", "Click here to see our interactive map of the tariff war."),
        ("This tracker is updated weekly with the latest customs data.", "This tracker is updated weekly with the latest customs data."),
        ("Note: The Andes Monitor does not receive any classified material and relies only on public sources.",
         "Note: The Andes Monitor does not receive any classified material and relies only on public sources."),
        ("Thanks for reading the Border Letter! Subscribe for free to get every new issue in your inbox.",
         "Thanks for reading the Border Letter! Subscribe for free to get every new issue in your inbox."),
        ("(For context, see my March post on the Mercosur quarrel, linked in the archive.)",
         "(For context, see my March post on the Mercosur quarrel, linked in the archive.)"),
        ("Beginning of the meeting with President of Brazil Lula da Silva and the delegations of both countries",
         "Beginning of the meeting with President of Brazil Lula da Silva and the delegations of both countries"),
        # a tracker's note on itself, a digest's link to its alerts, a live page's and a channel's promo, and a caption
        # with an outlet's photo credit in brackets (qa93 3_crisiswatch, qa95 1_myanmar and 4_live, qa94 1_asean)
        ("Our weekly Andes tracker covers developments in twelve countries. Below are selected entries for May 2026.",
         "Our weekly Andes tracker covers developments in twelve countries. Below are selected entries for May 2026."),
        ("Look ahead: Risk alerts for June 2026: Peru, Bolivia.", "Look ahead: Risk alerts for June 2026: Peru, Bolivia."),
        ("Stay tuned for the latest updates.", "Stay tuned for the latest updates."),
        ("Join our Telegram channel and get the latest news from Lima.",
         "Join our Telegram channel and get the latest news from Lima."),
        ("A truck waits at the Tacna border post on Monday. (Andina photo)",
         "A truck waits at the Tacna border post on Monday. (Andina photo)"),
        ("(Reuters file photo)", "(Reuters file photo)"),
        # a funder's general support to the think tank, and a translation's credit as Le Monde prints it
        ("This event was made possible by general support to the Lima Institute.",
         "This event was made possible by general support to the Lima Institute."),
        ("Translation of an original article published in Spanish on elcomercio.pe; the publisher may only be liable "
         "for the Spanish version.", "Translation of an original article published in Spanish on elcomercio.pe; the "
         "publisher may only be liable for the Spanish version."),
        # a show's sign-off on the line of its notices
        ("That's it for this week. We'll be back next week.", "That's it for this week. We'll be back next week."),
        # a time to read and a copyright line with the circled c Korean sites print
        ("Time to read 4 min.", "Time to read 4 min."),
        ("ⓒ Seoul Daily Example. All rights reserved.", "ⓒ Seoul Daily Example. All rights reserved."),
        # near misses: news that opens like them
        ("The summit was made possible by general support from Qatar, which hosted it.", None),
        ("A translation of the treaty was published in Spanish by the ministry.", None),
        ("We'll be back next week to finish the text, Brazil's envoy said.", None),
        ("We'll be back next week.", None),
        ("The tracker covers only Peru, the ministry said.", None),
        ("Stay tuned, Lima told Santiago, was the whole message.", None),
        ("Click here, the Brazilian minister told reporters, was all the website said.", None),
        ("This map of the border is out of date, Argentina's foreign ministry said.", None),
    ],
)
def test_clean_a_pages_notices_are_furniture(line: str, furniture: str | None) -> None:
    text = ("Did Brazil block Argentina's trade deals?\nBy Lucía Fernández\nMay 7, 2026\n\n"
            "Argentina's president said Brazil had blocked every deal.\n\n" + line + "\n\nBoth governments want the EU deal.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.start > text.index("2026")] == ([furniture] if furniture else [])


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        (  # the author's note under the byline, in capitals, with a role in title case
            "The Mercosur Gamble\nBy Camila Restrepo Ortiz\nNovember 4, 2026\n\n"
            "CAMILA RESTREPO ORTIZ is a Senior Fellow at the Institute for Hemispheric Studies.\n\n"
            "Mercosur and the European Union signed their agreement in January.\n",
            ["CAMILA RESTREPO ORTIZ is a Senior Fellow at the Institute for Hemispheric Studies."],
        ),
        (  # notes of two authors at the end, one a former diplomat
            "Three Futures for the South China Sea\nBy Nguyen Thu Ha and Paolo Reyes | 20 March 2026\n\n"
            "China and the Philippines will keep clashing at sea.\n\n"
            "Nguyen Thu Ha is a research fellow at the ASEAN Studies Centre. Paolo Reyes is a former Philippine diplomat.\n",
            ["Nguyen Thu Ha is a research fellow at the ASEAN Studies Centre. Paolo Reyes is a former Philippine diplomat."],
        ),
        (  # an Indian paper's sign-off; a note in italics
            "Nepal's neighbour\nBy Meera Nair\n18 November 2026\n\nIndia and Nepal will meet in December.\n\n"
            "The writer is a former Indian ambassador and a distinguished fellow at a New Delhi think tank.\n",
            ["The writer is a former Indian ambassador and a distinguished fellow at a New Delhi think tank."],
        ),
        (
            "Nepal's neighbour\nBy Meera Nair\n18 November 2026\n\nIndia and Nepal will meet in December.\n\n"
            "*Meera Nair is a professor of international relations at Jawaharlal Nehru University and a former "
            "adviser to the ministry.*\n",
            ["*Meera Nair is a professor of international relations at Jawaharlal Nehru University and a former "
             "adviser to the ministry.*"],
        ),
        (  # an initial in the note, and a page's appeal after it
            "ASEAN's Myanmar problem\nBy Tan Wei Ling\n24 November 2026\n\nASEAN will meet in Manila in January.\n\n"
            "Tan Wei Ling is a senior fellow at the S. Rajaratnam School of International Studies.\n\n"
            "Join ST's WhatsApp Channel and get the latest news and must-reads.\n",
            ["Tan Wei Ling is a senior fellow at the S. Rajaratnam School of International Studies.",
             "Join ST's WhatsApp Channel and get the latest news and must-reads."],
        ),
        (  # a correction note closing the piece, and one opening "Correction:"
            "Chagos handover\nBy Rowena Blake\n3 December 2026\n\nBritain handed the islands to Mauritius.\n\n"
            "This article was amended on 4 December 2026. An earlier version said the treaty was signed in June 2025; "
            "it was signed in May 2025. It also misnamed the Mauritian foreign minister.\n",
            ["This article was amended on 4 December 2026. An earlier version said the treaty was signed in June 2025; "
             "it was signed in May 2025. It also misnamed the Mauritian foreign minister."],
        ),
        (
            "Chagos handover\nBy Rowena Blake\n3 December 2026\n\nBritain handed the islands to Mauritius.\n\n"
            "Correction: An earlier version of this story misstated the date of the treaty.\n",
            ["Correction: An earlier version of this story misstated the date of the treaty."],
        ),
        (  # a note with the author's handle, and a publication's line with whose views these are
            "Gulf rivals\nBy Omar Haddad\n2 May 2027\n\nQatar and Bahrain will meet in June.\n\n"
            "Omar Haddad is a senior analyst at Levant Risk. Follow him on X.\n",
            ["Omar Haddad is a senior analyst at Levant Risk. Follow him on X."],
        ),
        (
            "Gulf rivals\nBy Omar Haddad\n2 May 2027\n\nQatar and Bahrain will meet in June.\n\n"
            "Levant Risk Weekly is an independent research newsletter. The views expressed are the author's own.\n",
            ["Levant Risk Weekly is an independent research newsletter. The views expressed are the author's own."],
        ),
        (  # an Indian paper's note of who the author was and whose views these are, each alone
            "Colombo's choice\nBy Nishantha Perera\n4 May 2027\n\nSri Lanka will host the talks.\n\n"
            "The author is a former Commander of the Sri Lanka Navy, Western Command. Views are personal.\n",
            ["The author is a former Commander of the Sri Lanka Navy, Western Command. Views are personal."],
        ),
        (
            "Colombo's choice\nBy Nishantha Perera\n4 May 2027\n\nSri Lanka will host the talks.\n\n"
            "Views expressed are the author's own.\n",
            ["Views expressed are the author's own."],
        ),
        (
            "Colombo's choice\nBy Nishantha Perera\n4 May 2027\n\nSri Lanka will host the talks.\n\n"
            "Views are divided in Colombo. Some officials want a deal with Delhi first.\n",
            [],
        ),
        (
            "Colombo's choice\nBy Nishantha Perera\n4 May 2027\n\nSri Lanka will host the talks.\n\n"
            "Views are personal in this trade, and envoys know it.\n",
            [],
        ),
        (  # a minister's op-ed, signed under a byline of one name or at its end
            "ASEAN must act\nBy Wiratmaja\n12 May 2027\n\n"
            "Wiratmaja is the Minister of Foreign Affairs of the Republic of Indonesia.\n\n"
            "ASEAN will meet in Manila in January.\n",
            ["Wiratmaja is the Minister of Foreign Affairs of the Republic of Indonesia."],
        ),
        (
            "A Chile that trades with all\nBy Mariana Ferreira Lopes\n12 May 2027\n\n"
            "Chile will sign the deal with India in June.\n\nMariana Ferreira Lopes is the foreign minister of Chile.\n",
            ["Mariana Ferreira Lopes is the foreign minister of Chile."],
        ),
        (  # a contact address after the note, on its line or on one of its own (a text naming one is body)
            "Manila's gamble\nBy Lin Haoran\n8 July 2027\n\nChina will meet ASEAN in August.\n\n"
            "The author is a senior research fellow at the Institute for Maritime Studies in Haikou, Hainan province. opinion@example.com.cn\n",
            ["The author is a senior research fellow at the Institute for Maritime Studies in Haikou, Hainan province. opinion@example.com.cn"],
        ),
        (
            "Manila's gamble\nBy Lin Haoran\n8 July 2027\n\nChina will meet ASEAN in August.\n\n"
            "opinion@example.com.cn\n",
            ["opinion@example.com.cn"],
        ),
        (
            "Manila's gamble\nBy Lin Haoran\n8 July 2027\n\nChina will meet ASEAN in August.\n\n"
            "Readers wrote to opinion@example.com.cn to protest the column.\n",
            [],
        ),
        (  # a newsroom's post with its place before it, and a reporter's beat, as the New York Times notes them
            "Brazil's new envoy\nBy Lucía Fernández and Tomás Rivera\nMay 7, 2026\n\nBrazil named a new envoy to Argentina.\n\n"
            "Lucía Fernández is the São Paulo bureau chief for The Andes Letter. Tomás Rivera covers diplomacy and "
            "security from Buenos Aires.\n",
            ["Lucía Fernández is the São Paulo bureau chief for The Andes Letter. Tomás Rivera covers diplomacy and "
             "security from Buenos Aires."],
        ),
        (  # a newsroom's post with no article before it
            "Board to vote on Iran\nBy Claudia Weber, Vienna correspondent\n9 September 2026\n\nThe board meets in Vienna.\n\n"
            "Claudia Weber is Vienna correspondent for the Frankfurter Rundschau.\n",
            ["Claudia Weber is Vienna correspondent for the Frankfurter Rundschau."],
        ),
        (
            "Board to vote on Iran\nBy Amina Otieno\n9 September 2026\n\nThe board meets in Vienna.\n\n"
            "Amina Otieno is diplomatic editor of The Standard.\n",
            ["Amina Otieno is diplomatic editor of The Standard."],
        ),
        (  # not an office of a state, nor a post at a paper not named
            "Estonia's envoy\nBy Amina Otieno\n14 March 2026\n\nEstonia named a new envoy to Ukraine.\n\n"
            "Margus Kask is Director General of the foreign ministry.\n",
            [],
        ),
        (
            "Estonia's envoy\nBy Amina Otieno\n14 March 2026\n\nEstonia named a new envoy to Ukraine.\n\n"
            "Margus Kask is editor of the state broadcaster's news desk.\n",
            [],
        ),
        (  # a surname alone closing a story is news, not its author's note
            "Estonia's envoy\nBy Amina Otieno\n14 March 2026\n\nEstonia named a new envoy to Ukraine.\n\n"
            "Kask is a former foreign minister of Estonia.\n",
            [],
        ),
        (  # a sentence of news that opens the body is no note: it names no author
            "Kenya's new envoy\nBy Amina Otieno\n14 March 2026\n\n"
            "Martin Kimani is the new ambassador of Kenya to Somalia.\n\nHe arrived in Mogadishu on Monday.\n",
            [],
        ),
        (  # a former post in the past with what they are now after it, and the present's "He is ..."
            "Small states and the UN\nBy Ama Owusu\n9 March 2026\n\nGhana must keep paying its dues.\n\n"
            "Ama Owusu was Ghana's ambassador to the African Union from 2015 to 2019. She is a visiting professor "
            "at the University of Ghana.\n",
            ["Ama Owusu was Ghana's ambassador to the African Union from 2015 to 2019. She is a visiting professor "
             "at the University of Ghana."],
        ),
        (
            "Small states and the UN\n9 March 2026\n\nGhana must keep paying its dues.\n\n"
            "Tendai Moyo was a senior diplomat in Harare. He is a fellow at the Southern Africa Policy Institute.\n",
            ["Tendai Moyo was a senior diplomat in Harare. He is a fellow at the Southern Africa Policy Institute."],
        ),
        (
            "Small states and the UN\n9 March 2026\n\nGhana must keep paying its dues.\n\n"
            "Tendai Moyo is a fellow at the Southern Africa Policy Institute. He is a former Zimbabwean diplomat.\n",
            ["Tendai Moyo is a fellow at the Southern Africa Policy Institute. He is a former Zimbabwean diplomat."],
        ),
        (  # a past minister closing the story is news: no note of the present after it, or none about a post
            "Small states and the UN\nBy Ama Owusu\n9 March 2026\n\nGhana must keep paying its dues.\n\n"
            "Nana Akufo-Addo was Ghana's president when the accord was signed.\n",
            [],
        ),
        (
            "Small states and the UN\nBy Ama Owusu\n9 March 2026\n\nGhana must keep paying its dues.\n\n"
            "Hanna Tetteh was Ghana's foreign minister from 2013 to 2017. She is expected in Addis Ababa on Monday.\n",
            [],
        ),
        (
            "Small states and the UN\nBy Ama Owusu\n9 March 2026\n\nGhana must keep paying its dues.\n\n"
            "She is a senior fellow at the Kofi Annan Centre, and she backs the plan.\n",
            [],
        ),
        (  # an interview's closing notes, the office a possessive owns: the interviewee's and the reporter's
            "Ghana's trade minister\nBy Kwame Mensah\n14 March 2026\n\nAbena Osei spoke to us in Accra on Thursday.\n\n"
            "Abena Osei is Ghana's minister of trade. Kwame Mensah is The Continental's correspondent in Accra.\n",
            ["Abena Osei is Ghana's minister of trade. Kwame Mensah is The Continental's correspondent in Accra."],
        ),
        (
            "Canberra's view\nBy Penny Wong\n3 May 2026\n\nAustralia will keep talking to Beijing.\n\n"
            "Penny Wong is Australia's foreign minister.\n",
            ["Penny Wong is Australia's foreign minister."],
        ),
        (  # a pronoun's past posts go on from the note before it
            "Lima and the Pacific\nBy Ana Lima\n7 May 2026\n\nChile and Peru signed the deal.\n\n"
            "Ana Lima is a retired Chilean diplomat. She served as ambassador to Peru and to the African Union. "
            "The views expressed are her own.\n",
            ["Ana Lima is a retired Chilean diplomat. She served as ambassador to Peru and to the African Union. "
             "The views expressed are her own."],
        ),
        (  # near miss: a past post of a name alone ends the story
            "Lima and the Pacific\nBy Ana Lima\n7 May 2026\n\nChile and Peru signed the deal.\n\n"
            "Michelle Bachelet served as president of Chile twice.\n",
            [],
        ),
        (  # near misses: what a state or a port is to another, no office
            "Trade in the Gulf of Guinea\nBy Kwame Mensah\n14 March 2026\n\nGhana and Togo signed a port deal.\n\n"
            "Togo is Ghana's biggest partner in the region.\n",
            [],
        ),
        (
            "Nairobi's role\nBy Amina Otieno\n14 March 2026\n\nKenya hosted the talks.\n\n"
            "Kenya is East Africa's largest economy and its busiest port.\n",
            [],
        ),
    ],
)
def test_clean_an_authors_note_opening_or_ending_the_body(text: str, notes: list[str]) -> None:
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind in {"author_note", "footer"}] == notes


@pytest.mark.parametrize(
    ("tail", "furniture"),
    [
        # a share bar at the end, with its networks after a colon
        ("Share this article: Facebook | X | WhatsApp | Copy link", ["Share this article: Facebook | X | WhatsApp | Copy link"]),
        ("Share: Facebook, LinkedIn, Email", ["Share: Facebook, LinkedIn, Email"]),
        ("Share this story: Facebook | X\n\nCorrection, 4 May 2027: An earlier version gave the wrong date. It is June.",
         ["Share this story: Facebook | X", "Correction, 4 May 2027: An earlier version gave the wrong date. It is June."]),
        # a press release's notes to editors and its boilerplate about its issuer, to the end
        ("Notes to editors\n\nADB is committed to a prosperous Asia. Established in 1966, it is owned by 69 members.",
         ["Notes to editors", "ADB is committed to a prosperous Asia. Established in 1966, it is owned by 69 members."]),
        ("Note for editors:\n\nThe fund was set up by Ghana and Togo in 2019.",
         ["Note for editors:", "The fund was set up by Ghana and Togo in 2019."]),
        ("About the African Development Bank\n\nThe Bank has 81 members, 54 of them in Africa.",
         ["About the African Development Bank", "The Bank has 81 members, 54 of them in Africa."]),
        ("About UNHCR\n\nUNHCR protects refugees in 135 countries.", ["About UNHCR", "UNHCR protects refugees in 135 countries."]),
        # not a story's subheading, nor a sentence on shares
        ("About the deal\n\nGhana and Togo will share the port's revenue.", ["About the deal"]),
        ("Share prices in Accra fell after the announcement, traders said.", []),
        # an essay's notes with no heading, each opening with the number in brackets of a mark above it
        ("The accord was long delayed.[1]\n\n[1] Author's interviews, Accra, May 2027.\n[2] Ghana News Agency, 3 May 2027.",
         ["[1] Author's interviews, Accra, May 2027.", "[2] Ghana News Agency, 3 May 2027.", "[1]"]),
        ("[1] Ghana will publish the new tariffs by June.", ["[1]"]),  # no mark above: a list item
        # a caption right under its photographer's credit, as Bloomberg prints it
        ("Photographer: Ana Ruiz/Bloomberg\nA tanker anchored off the port of Lomé.\n\nThe port reopened on Monday.",
         ["Photographer: Ana Ruiz/Bloomberg", "A tanker anchored off the port of Lomé."]),
        ("Photographer: Ana Ruiz/Bloomberg\n\nA tanker anchored off the port of Lomé on Monday, officials said.",
         ["Photographer: Ana Ruiz/Bloomberg"]),
        # a recommendation's addressee over its numbered list, not a line leading into one
        ("To the port authorities:\n\n1. Publish the new tariffs by June.", ["To the port authorities:", "1."]),
        ("To do so, the ministry will:\n\n1. Publish the new tariffs by June.", ["1."]),
        # a wire's credits over a related link under its label, which is no sentence however it ends
        ("(Reporting by Kofi Asante; Editing by Susan Fenton)\n\nRead more:\nExplainer: Why does the port of Lomé matter?",
         ["(Reporting by Kofi Asante; Editing by Susan Fenton)", "Read more:", "Explainer: Why does the port of Lomé matter?"]),
    ],
)
def test_clean_a_press_releases_notes_and_share_bar_end_the_body(tail: str, furniture: list[str]) -> None:
    text = ("Ghana and Togo sign port accord\nAccra, 3 May 2027\n\nGhana and Togo signed an accord on the port of Lomé.\n\n"
            "The accord takes effect in June, the ministry said.\n\n" + tail + "\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.start > text.index("June,")] == furniture


def test_clean_the_closing_note_signs_a_piece_with_no_byline() -> None:
    text = ("ASEAN's Myanmar problem\n24 November 2026\n\nASEAN will meet in Manila in January.\n\n"
            "Tan Wei Ling is a senior fellow at the S. Rajaratnam School. "
            "Paolo Reyes is a former Philippine diplomat.\n")
    assert find_furniture(text)[1].author == "Tan Wei Ling and Paolo Reyes"
    # appeals with no note above them stay where they are, and a byline's author is kept
    text = "Talks\nBy Ana Lima\n3 May 2027\n\nTalks resumed on Monday.\n\nSign up for our newsletter.\n"
    spans, header = find_furniture(text)
    assert header.author == "Ana Lima"
    assert [f.kind for f in spans if f.start > text.index("Talks resumed")] == ["furniture"]


PODCAST = """Borderlines
Episode 40: Can the Mekong truce hold?
March 3, 2027
Hosted by Ana Lima and Tom Hart

This transcript was generated automatically and edited for clarity. It may contain errors.

[00:00] ANA LIMA: Hello and welcome to Borderlines. I'm Ana Lima.

[00:05] TOM HART: And I'm Tom Hart. Our guest is Dara Sok, a fellow at a think tank in Phnom Penh.

[00:09] DARA SOK: Thanks. The truce is holding, more or less. [laughs] Both armies have pulled back their guns.

[00:29] ANA LIMA: Will the talks resume?

[00:30] DARA SOK: They were announced before —

[00:31] TOM HART: — and then they cancelled the talks —

[00:33] DARA SOK: — and then cancelled them, yes. I don't expect a deal this year.

[00:50] TOM HART: That's it for this week. Borderlines is produced by Lena Fischer. If you enjoyed the show, please rate and review us wherever you get your podcasts.
"""


def test_clean_a_podcasts_timestamped_labels_and_notices() -> None:
    """Labels after a timestamp are a transcript's as they are without it, and what they open is speech,
    however short (a crosstalk's "— and then they cancelled the talks —"); "[laughs]" inside a line,
    the note on the transcript, the greeting and the sign-off are furniture."""
    spans, header = find_furniture(PODCAST)
    labels = [PODCAST[f.start : f.end] for f in spans if f.kind == "speaker_label"]
    assert labels == ["[00:00] ANA LIMA:", "[00:05] TOM HART:", "[00:09] DARA SOK:", "[00:29] ANA LIMA:",
                      "[00:30] DARA SOK:", "[00:31] TOM HART:", "[00:33] DARA SOK:", "[00:50] TOM HART:"]
    plain = re.sub(r"\[\d\d:\d\d\] ", "", PODCAST)
    assert [plain[f.start : f.end] for f in find_furniture(plain)[0] if f.kind == "speaker_label"] == [
        label.split("] ")[1] for label in labels]
    others = [(f.kind, PODCAST[f.start : f.end][:40]) for f in sorted(spans, key=lambda f: f.start)
              if f.kind not in {"speaker_label", "header", "dateline", "byline"}]
    assert others == [("furniture", "This transcript was generated automatica"),
                      ("furniture", "[00:00] ANA LIMA: Hello and welcome to B"), ("stage_direction", "[laughs]"),
                      ("furniture", "[00:50] TOM HART: That's it for this wee")]
    # the hosts are the authors
    assert (header.title, header.date, header.author) == ("Episode 40: Can the Mekong truce hold?", "2027-03-03",
                                                          "Ana Lima and Tom Hart")


@pytest.mark.parametrize(
    ("header", "title", "author"),
    [
        # a show's name over the episode's headline, its number kept; the host is the author
        ("The Ledger Podcast\nEpisode 112: Who Blinks First? Africa's Debt, Beijing and the Paris Club\nThu 22 January 2026\n"
         "Hosted by Grace Mwangi\n", "Episode 112: Who Blinks First? Africa's Debt, Beijing and the Paris Club", "Grace Mwangi"),
        ("Horn Dispatch Weekly\nPart 3: Why the Port Deal with Somaliland Keeps Coming Back\nThu 22 January 2026\n"
         "Presented by Ana Lima and Tom Hart\n", "Part 3: Why the Port Deal with Somaliland Keeps Coming Back",
         "Ana Lima and Tom Hart"),
        # ... also a host whose given name the project does not know, before a family name that is no English word
        ("The Ledger Podcast\nEpisode 113: Lima, Brasília and the Mercosur Table\nThu 29 January 2026\n"
         "Hosted by Clare Whitford\n", "Episode 113: Lima, Brasília and the Mercosur Table", "Clare Whitford"),
        ("Roundtable on the Andes and the Future of the Basin\nThu 22 January 2026\nHosted by Foreign Policy\n",
         "Roundtable on the Andes and the Future of the Basin", None),
        # a host that is an institution is no author; a magazine's title over its subtitle stays
        ("Roundtable on the Nile Dam and the Future of the Basin\nThu 22 January 2026\nHosted by Chatham House\n",
         "Roundtable on the Nile Dam and the Future of the Basin", None),
        ("The Long Thaw on the Mekong\nWhy Thailand and Laos Keep Returning to the Same Dam Dispute\nThu 22 January 2026\n",
         "The Long Thaw on the Mekong", None),
    ],
)
def test_clean_a_podcasts_episode_and_host(header: str, title: str, author: str | None) -> None:
    text = header + "\n[00:00] GRACE MWANGI: Hello and welcome to The Ledger. I'm joined today by Kwabena Asante.\n"
    _, found = find_furniture(text)
    assert (found.title, found.author) == (title, author)


def test_clean_a_podcasts_greeting_takes_its_label_where_more_follows() -> None:
    """The first label's greeting is furniture with the label, so no sentence is the label alone; the speech after
    it on its line is body."""
    text = ("The Ledger Podcast\nEpisode 112: Who Blinks First?\nThu 22 January 2026\n\n"
            "[00:00] GRACE MWANGI: Hello and welcome to The Ledger. I'm joined today by Kwabena Asante.\n\n"
            "[00:41] KWABENA ASANTE: Zambia took four years to restructure.\n\n"
            "[01:20] GRACE MWANGI: Why so long?\n\n[01:25] KWABENA ASANTE: Nobody had done it before.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "furniture"] == [
        "[00:00] GRACE MWANGI: Hello and welcome to The Ledger."]
    assert [text[f.start : f.end] for f in spans if f.kind == "speaker_label"] == [
        "[00:00] GRACE MWANGI:", "[00:41] KWABENA ASANTE:", "[01:20] GRACE MWANGI:", "[01:25] KWABENA ASANTE:"]


WRITTEN_QUESTION = """Written questions, answers and statements
UK Parliament

Yemen: Detainees
Question for Foreign, Commonwealth and Development Office
UIN 94817, tabled on 10 November 2026

Asked by:
Dr Eleanor Pryce

Question
To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what recent discussions she has had with her counterparts in Saudi Arabia and Oman on the release of detained UN staff.

Answered on
18 November 2026

Answered by:
Catherine Ashworth
Minister of State (Middle East and North Africa)

Answer
The UK remains gravely concerned by the detention of UN staff by the Houthis. We raised it with Oman on Monday.

This question was grouped with the following question(s) for answer:

Yemen: Iran
Question for Foreign, Commonwealth and Development Office
UIN 94818, tabled on 10 November 2026

To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what assessment she has made of the supply of weapons from Iran to the Houthis.

Date and time of answer: 18 Nov 2026 at 14:32.
"""


def test_clean_a_written_question_is_dated_by_its_answer() -> None:
    """A written question's page: its heading is the title, not the department's line; the answer's date
    dates it, not the date the question was tabled; the member's question is body, and the page's notes
    on the answer are furniture."""
    spans, header = find_furniture(WRITTEN_QUESTION)
    assert (header.title, header.date) == ("Yemen: Detainees", "2026-11-18")
    covered = [WRITTEN_QUESTION[f.start : f.end] for f in spans]
    assert not any(s.startswith("To ask") for s in covered)
    assert {"This question was grouped with the following question(s) for answer:",
            "Date and time of answer: 18 Nov 2026 at 14:32."} <= set(covered)


# a policy brief pasted from a PDF: lines wrapped at 80 characters, a title over two lines, notes at
# the foot of a page under their marks glued to the stops ("weeks.1"), a page's number and running header
PDF_PASTE = """INSTITUTE FOR BORDER STUDIES
Policy Brief 7/2026

Rivers and Tariffs: Laos, Cambodia and the Price
of a Quarrel over Water

Jane Okafor and Tom Lindqvist
3 March 2026

Introduction

When Cambodia's government announced in January that it would impose a levy on
all electricity bought from Laos, few officials in either capital expected it to
last more than a few weeks.1 Eight months later the levy is still in force, and
Vientiane has answered with duties of its own. Hun Manet told reporters in
Phnom Penh that Cambodia would not pay for the mistakes of its neighbour's dam
builders.2 The two governments have since recalled their ambassadors for consul-
tations, and a meeting of the border commission was cancelled.

1 Ministry of Mines and Energy of Cambodia, Prakas No. 12, 14 January 2026.
2 Interview with a Cambodian official in Phnom Penh, 9 February 2026, and with
a Laotian official in Vientiane.

2

IBS Policy Brief 7/2026                              Laos and Cambodia

ASEAN has tried to mediate. Its secretariat ruled in March that the levy broke
the bloc's rules, but neither government complied. "We were built for quarrels
about rice, not about rivers," an ASEAN official in Jakarta said.3

Jane Okafor is a senior fellow at the Institute for Border Studies. Tom Lindqvist
is a research associate in its Mekong programme.
"""


def test_clean_a_pasted_pdf_is_read_by_paragraph() -> None:
    """The lines of a hard-wrapped paragraph are one line: the first paragraph is no header, the
    title keeps its first line, and the author's note over two lines ends the piece; the page's notes,
    its number and its running header are furniture, and so are the marks glued after a stop."""
    spans, header = find_furniture(PDF_PASTE)
    assert header == Header(title="Rivers and Tariffs: Laos, Cambodia and the Price of a Quarrel over Water",
                            date="2026-03-03", author="Jane Okafor and Tom Lindqvist")
    furniture = [(f.kind, PDF_PASTE[f.start : f.end][:20]) for f in spans]
    assert [text for kind, text in furniture if kind == "notes"] == ["1 Ministry of Mines ", "2 Interview with a C"]
    assert [text for kind, text in furniture if kind == "footnote"] == ["1", "2", "3"]
    assert {("subheading", "2"), ("subheading", "IBS Policy Brief 7/2"), ("footer", "Jane Okafor is a sen")} <= set(furniture)
    assert not [text for _, text in furniture if text.startswith(("When Cambodia", "Vientiane", "ASEAN has"))]


# a paragraph wrapped at 80 characters, before the lines of each case
WRAPPED = """Cambodia and Laos agreed in February to share data on the flow of the Mekong,
ending a dispute that had soured relations between the two governments for a
decade. The agreement, signed in Vientiane, commits both sides to publish daily
readings from twelve stations along the river and to meet every three months.
"""


def _unwrapped(text: str) -> list[str]:
    """The lines of ``text`` with its soft line breaks as spaces."""
    soft = soft_breaks(text)
    return [line for line in "".join(" " if k in soft else c for k, c in enumerate(text)).split("\n") if line]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (  # a wrapped paragraph is one line, a list's items and a transcript's turns are lines of their own
            WRAPPED + "\nThe paper recommends three steps:\n- publish the readings of all twelve stations every day,\n"
            "- invite Thailand and Vietnam to join the data exchange by the end of the year.\n\n"
            "SPOKESPERSON: We welcome the agreement between the two governments and we hope\n"
            "it will be followed by a treaty.\nQUESTION: Will Thailand join the compact?\n",
            [WRAPPED.replace("\n", " ").strip(), "The paper recommends three steps:",
             "- publish the readings of all twelve stations every day,",
             "- invite Thailand and Vietnam to join the data exchange by the end of the year.",
             "SPOKESPERSON: We welcome the agreement between the two governments and we hope it will be followed by a treaty.",
             "QUESTION: Will Thailand join the compact?"],
        ),
        (  # a verse's short lines, a page's number and its running header under a full line
            WRAPPED + "\nA farmer in Kratie recited a verse about the river:\nthe river gives and the river takes\n"
            "and none of us can say\n\nThe costs of the dispute have been high for the fishermen of both countries,\n"
            "2\nIBS Policy Brief 7/2026                              Laos and Cambodia\n"
            "who lost much of their catch in 2024 and most of their income in 2025.\n",
            [WRAPPED.replace("\n", " ").strip(), "A farmer in Kratie recited a verse about the river:",
             "the river gives and the river takes", "and none of us can say",
             "The costs of the dispute have been high for the fishermen of both countries,", "2",
             "IBS Policy Brief 7/2026                              Laos and Cambodia",
             "who lost much of their catch in 2024 and most of their income in 2025."],
        ),
        (  # paragraphs one to a line, with no blank line between them: no width they are wrapped at
            "Mekong deal\nBy Jane Okafor\n" + WRAPPED.replace("\n", " ") + "\n" + WRAPPED.replace("\n", " ") + "\n"
            + "Both governments now say they want to move on.\nThailand has offered to host the next round.\n",
            ["Mekong deal", "By Jane Okafor", WRAPPED.replace("\n", " "), WRAPPED.replace("\n", " "),
             "Both governments now say they want to move on.", "Thailand has offered to host the next round."],
        ),
    ],
)
def test_soft_breaks_join_only_a_wrapped_paragraphs_lines(text: str, lines: list[str]) -> None:
    assert _unwrapped(text) == lines


_UPDATED_PAGE = ("Kenya and Ethiopia reopen Moyale crossing\n\n{header}Kenya and Ethiopia agreed on Monday to reopen the Moyale"
                 " crossing.\n\n{stamp}\n\nThe two ministers will meet again in Addis Ababa next month.\n\n{later}\n\n"
                 "Ethiopia said the crossing would open on Friday.\n")


@pytest.mark.parametrize(
    ("header", "stamp", "later", "day"),
    [
        # a live page's update stamps between its entries are furniture, and the body starts at its first sentence;
        # they date a page that has no other date
        ("", "UPDATED 16:40 GMT", "Updated 14:20 GMT, 3 November 2026", "2026-11-03"),
        ("By Amina Otieno\n\n", "Updated 16:40 GMT", "Last updated: 3 Nov 2026", "2026-11-03"),
        ("", "UPDATED 16:40 GMT", "Last updated 3 November 2026 at 17:05", "2026-11-03"),
        # the page's own date wins
        ("By Amina Otieno | 2 November 2026\n\n", "UPDATED 16:40 GMT", "Updated 14:20 GMT, 3 November 2026", "2026-11-02"),
    ],
)
def test_clean_update_stamps_between_entries_are_furniture(header: str, stamp: str, later: str, day: str) -> None:
    text = _UPDATED_PAGE.format(header=header, stamp=stamp, later=later)
    spans, found = find_furniture(text)
    assert (found.title, found.date) == ("Kenya and Ethiopia reopen Moyale crossing", day)
    furniture = {text[f.start : f.end] for f in spans}
    assert {stamp, later} <= furniture
    assert not any("agreed on Monday" in part or "will meet again" in part for part in furniture)


_LIVE_SUMMARY = ("Sudan talks live: delegations meet in Jeddah\n{date}\n\n"
                 "Delegations of the army and the RSF met in Jeddah on Tuesday for their first direct talks in a year.\n\n"
                 "Saudi Arabia is mediating. The army said it would not accept a truce without a withdrawal from El Fasher.\n\n"
                 "{first}\nPrince Faisal bin Farhan told reporters that the two delegations had agreed to meet again.\n\n"
                 "{second}\nThe army said it had repelled an attack on El Fasher.\n")


@pytest.mark.parametrize(
    ("date", "first", "second", "day"),
    [
        # a live page's entries stamped with their date and time after two paragraphs of summary: the stamps are
        # no header's, the summary is body, and the page's own date line dates it
        ("By Amira Haddad\nPublished 11 Mar 2026", "11 Mar 2026 14:32 GMT", "11 Mar 2026 13:10 GMT", "2026-03-11"),
        ("Published 11 Mar 2026", "Updated 14:32 GMT, 12 March 2026", "Updated 13:10 GMT, 12 March 2026", "2026-03-11"),
        ("Wed 11 Mar 2026 07.30 GMT", "12 Mar 2026 09.10 GMT", "12 Mar 2026 08.40 GMT", "2026-03-11"),
        ("March 11, 2026", "Posted March 12, 2026, 09:10", "Posted March 12, 2026, 08:40", "2026-03-11"),
        # with no date line of its own, the first entry's stamp dates it, also over later stamps of a time alone
        ("", "12 Mar 2026 14:32 GMT", "12 Mar 2026 13:10 GMT", "2026-03-12"),
        ("", "12 March 2026, 14:05 GMT", "13:10 GMT", "2026-03-12"),
    ],
)
def test_clean_a_live_pages_dated_stamps_after_its_summary_are_no_header(date: str, first: str, second: str, day: str) -> None:
    text = _LIVE_SUMMARY.format(date=date, first=first, second=second)
    spans, found = find_furniture(text)
    assert (found.title, found.date) == ("Sudan talks live: delegations meet in Jeddah", day)
    furniture = {text[f.start : f.end] for f in spans}
    assert {first, second} <= furniture
    assert not any(part.startswith(("Delegations of", "Saudi Arabia", "Prince Faisal")) for part in furniture)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a stamp under the standfirst of a headline that is a sentence, with no page date above, is the header's
        # even where the entries' stamps repeat it, and the entry under it is body (it was header, with the standfirst);
        # near misses: a header's published and updated lines are no entries, nor is a standfirst between them
        ("Kenya and Ethiopia reopen the Moyale crossing.\n\nThe deal ends a two-year closure that cut trade.\n\n"
         "3 Nov 2026 09:10 GMT\n\nKenya and Ethiopia agreed on Monday to reopen the Moyale crossing.\n\n"
         "3 Nov 2026 11:20 GMT\n\nThe first trucks crossed at noon.\n", ["header", "header", "dateline", "subheading"]),
        ("Kenya and Ethiopia reopen the Moyale crossing\nPublished 3 Nov 2026 09:10 GMT\nUpdated 3 Nov 2026 11:20 GMT\n\n"
         "Kenya and Ethiopia agreed on Monday to reopen the Moyale crossing.\n\nThe first trucks crossed at noon.\n",
         ["header", "dateline", "dateline"]),
        ("Kenya and Ethiopia reopen Moyale crossing\nPublished 3 Nov 2026 09:10 GMT\n"
         "The deal ends a two-year closure that cut trade between the neighbours.\nUpdated 3 Nov 2026 11:20 GMT\n\n"
         "Kenya and Ethiopia agreed on Monday to reopen the Moyale crossing.\n\nThe first trucks crossed at noon.\n",
         ["header", "dateline", "header", "dateline"]),
    ],
)
def test_clean_a_headers_dated_stamps_stay_the_headers(text: str, kinds: list[str]) -> None:
    spans, found = find_furniture(text)
    assert found.date == "2026-11-03"
    assert [f.kind for f in sorted(spans, key=lambda f: f.start)] == kinds


@pytest.mark.parametrize(
    "text",
    [
        # near misses: prose that opens with "Updated", and a stamp right under the standfirst (the header's)
        "Kenya and Ethiopia reopen Moyale crossing\n\nKenya and Ethiopia agreed on Monday to reopen the crossing.\n\n"
        "Updated figures from 2025 show trade fell by a third.\n\nThe ministers will meet again next month.\n",
        "Kenya and Ethiopia reopen Moyale crossing\n\nKenya and Ethiopia agreed on Monday to reopen the crossing.\n\n"
        "Updated on 3 November, the rules now cover trucks from Ethiopia.\n\nThe ministers will meet again next month.\n",
    ],
)
def test_clean_prose_opening_with_updated_stays_body(text: str) -> None:
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans] == ["Kenya and Ethiopia reopen Moyale crossing"]


def test_clean_an_update_stamp_under_the_standfirst_is_the_headers() -> None:
    text = ("Kenya and Ethiopia reopen the Moyale crossing.\n\nThe deal ends a two-year closure that cut trade.\n\n"
            "Updated 3 Nov 2026\n\nKenya and Ethiopia agreed on Monday to reopen the Moyale crossing.\n")
    spans, found = find_furniture(text)
    assert found.date == "2026-11-03"
    assert [f.kind for f in spans] == ["header", "header", "dateline"]


_KEY_EVENTS = ("Peru runoff live: Fujimori and Sánchez await results\nPublished: 8 June 2026\nLucía Ferrer in Lima\n\n"
               "{summary}\n\n21.40 PET\nThe electoral body said it expected to finish the count by midnight.\n\n"
               "21.10 PET\nThe OAS mission said the vote had been calm and orderly.\n")


@pytest.mark.parametrize(
    ("summary", "body"),
    [
        # a live page's summary under its heading, with no glyph or with one, each line a body sentence however short
        # (qa76 1_chile_liveblog: the lines were the header's); the heading is furniture
        ("Key events\nONPE says 94% of ballots counted\nOAS mission praises orderly vote\nBolivia congratulates projected winner",
         ["ONPE says 94% of ballots counted", "OAS mission praises orderly vote", "Bolivia congratulates projected winner"]),
        ("Key points\n• Ecuador's president calls for calm\n• Chile offers to send observers for a recount",
         ["Ecuador's president calls for calm", "Chile offers to send observers for a recount"]),
        ("KEY EVENTS:\nColombia recognises the result", ["Colombia recognises the result"]),
        # near misses: a heading that is no summary's, and a summary's heading over a blank line, keep their lines
        # furniture
        ("Our coverage\nPeru election results map\nWho are the candidates", []),
        ("Key events\n\nSee all key events", []),
    ],
)
def test_clean_a_live_pages_key_events_are_body(summary: str, body: list[str]) -> None:
    text = _KEY_EVENTS.format(summary=summary)
    spans, found = find_furniture(text)
    assert (found.title, found.author) == ("Peru runoff live: Fujimori and Sánchez await results", "Lucía Ferrer")
    covered = {k for f in spans for k in range(f.start, f.end)}
    kept = [kept for line in re.finditer(r"[^\n]+", text)
            if (kept := "".join(c for k, c in enumerate(line.group(), line.start()) if k not in covered).strip())]
    assert kept == [*body, "The electoral body said it expected to finish the count by midnight.",
                    "The OAS mission said the vote had been calm and orderly."]


@pytest.mark.parametrize(
    ("last", "furniture", "body"),
    [
        # a release's end mark glued after the last paragraph's stop is furniture, no sentence (qa76 4_xinhua_summit
        # 28), and the paragraph keeps its sentence however short (it was the footer's)
        ("The two leaders will meet again in Bishkek next year. ■", [" ■"],
         "The two leaders will meet again in Bishkek next year."),
        ("The second round of talks will be held in Tashkent in May, the ministry said in a statement on Tuesday. (END)",
         [" (END)"], "The second round of talks will be held in Tashkent in May, the ministry said in a statement on Tuesday."),
        ("The ministers will meet again in Almaty in June. -30-", [" -30-"], "The ministers will meet again in Almaty in June."),
        ("\u201cWe will meet again in Dushanbe,\u201d he said. ###", [" ###"], "\u201cWe will meet again in Dushanbe,\u201d he said."),
        # near misses: a mark on a line of its own is furniture as before; words after a stop are no end mark
        ("The two leaders will meet again in Bishkek next year.\n\n■", ["■"], "The two leaders will meet again in Bishkek next year."),
        ("The two leaders will meet again in Bishkek next year, with Japarov chairing the ENDS forum.", [],
         "The two leaders will meet again in Bishkek next year, with Japarov chairing the ENDS forum."),
    ],
)
def test_clean_an_end_mark_after_the_last_stop_is_furniture(last: str, furniture: list[str], body: str) -> None:
    text = ("Kyrgyzstan and China sign nine agreements\nBy Zhang Lei\n\n"
            "Kyrgyzstan and China signed nine agreements on Tuesday in Bishkek, the foreign ministry said.\n\n" + last + "\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.start > text.index("ministry said.")] == furniture
    assert body in text and not any(f.start <= text.index(body) < f.end for f in spans)


def test_clean_a_trackers_state_headings_over_dated_entries_are_lead_ins() -> None:
    # a heading of one state on its own line over a paragraph of dated entries, two or more of them, starts an item
    # (with no pair among them)
    text = ("Conflict Tracker\n\nPublished 3 April 2026\n\n"
            "This edition covers developments in March in the Sahel and coastal West Africa.\n\n"
            "Mali\n\nJihadists 4 Mar attacked a convoy. Govt forces 9 Mar retook two towns.\n\n"
            "Guinea\n\nMilitary regime 5 Mar postponed elections. ECOWAS 22 Mar urged calm.\n")
    spans, _ = find_furniture(text)
    assert [text[f.start : f.end] for f in spans if f.kind == "lead_in"] == ["Mali", "Guinea"]
    # near miss: headings over prose with no dated entries, a report's sections
    text = ("Regional Outlook\n\nPublished 3 April 2026\n\n"
            "This edition covers developments in March in the Sahel and coastal West Africa.\n\nMali\n\nThe security situation worsened in March and April.\n\n"
            "Guinea\n\nThe regime postponed elections again.\n")
    assert not [f for f in find_furniture(text)[0] if f.kind == "lead_in"]
