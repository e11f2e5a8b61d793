"""Stage 1, clean: find page furniture (language bars, section labels, date and byline blocks,
"You might also like", "Back to Top") so later stages skip it.

Nothing is removed from the text: the stage records the character spans of furniture lines, so
every offset still points into the original input. It also reads the header block for the
title, date and author that a scraped page carries above the article.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pycountry
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from .entities import Entry

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a day and a month (or a month and a day), with or without a year, that the tagger may leave out or take for a
# number, as a digest's entries put it between the subject and the verb: "Rwanda 7 Jan denied", "Baku 22 Jan 2026
# lifted", "Envoys Jan 14 met" (a month's name or its abbreviation only: not "3 Mayors", "Marines 2")
# (the full stop of an abbreviation only: "on 28 April." ends the sentence)
_STRICT_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                 r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
BARE_DAY = re.compile(rf"(?<![\w.,/:-])(?:(?:[12]?\d|3[01])\s+{_STRICT_MONTH}|{_STRICT_MONTH}\s+(?:[12]?\d|3[01])(?![\w%]))"
                      rf"(?:,?\s+(?:1[89]|20)\d\d)?(?![\w%-])")
# the months of Spanish, Portuguese, French and German pages, for a date line in their language: "9 de octubre de 2025"
_FOREIGN_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("enero", "janeiro", "janvier", "januar"), ("febrero", "fevereiro", "février", "fevrier", "februar"),
            ("marzo", "março", "marco", "mars", "märz", "maerz"), ("abril", "avril"), ("mayo", "maio", "mai"),
            ("junio", "junho", "juin", "juni"), ("julio", "julho", "juillet", "juli"), ("agosto", "août", "aout"),
            ("septiembre", "setiembre", "setembro", "septembre"), ("octubre", "outubro", "octobre", "oktober"),
            ("noviembre", "novembro", "novembre"), ("diciembre", "dezembro", "décembre", "decembre", "dezember"),
        ]
    )
    for m in names
}
_DATE_PATTERNS = [
    # Jan 16 , 2017 / March 3, 2021 / Dec. 4, 2018
    # (also "Nov 26th 2026", and "March 11, 20264:37 PM" as a page's time pastes after its year)
    re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>(?:19|20)\d\d)(?:\b|(?=\d{{1,2}}:\d\d))",
               re.I),
    # a page's stamp with stops and no spaces: "Nov.27.2026 at 6:32PM"
    re.compile(rf"\b(?P<month>{_MONTH})(?<=\.)(?P<day>\d{{1,2}})\.(?P<year>(?:19|20)\d\d)\b", re.I),
    # 12 May 2023, 12th May 2023
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\s*,?\s*(?P<year>(?:19|20)\d\d)(?:\b|(?=\d{{1,2}}:\d\d))",
               re.I),
    # a date in Spanish, Portuguese, French or German: "9 de octubre de 2025", "1er octobre 2025", "9. Oktober 2025"
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:\.|er|º)?\s+(?:de\s+)?(?P<month>{'|'.join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))})"
               r"\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b", re.I),
    # 2019-07-22, also with its time after a "T": "2026-01-14T11:32"
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?:\b|(?=T\d))"),
    # year first with stops or slashes, as LRT and Asian pages print it: "2026.01.14 11:32", "2026/01/14"
    re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[/.])(?P<month>0?[1-9]|1[0-2])(?P=sep)(?P<day>\d{1,2})\b(?!\.\d)"),
    # 28/11/2023, 18-06-2026: day first, as outside the US; month first only when the day cannot be
    re.compile(r"\b(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b"),
]
_LANGUAGE_BAR = re.compile(
    r"^\s*(language\s*:|(?:[A-Z]{2}\s*\|\s*)+\S+\s*$)|(english|简体|繁體|español|français|عربي)", re.I
)
# a series label: "Policy Report 7/2026", "Policy Brief No. 2026-07"
_SERIES_LABEL = r"(?:policy|working|discussion|research|occasional|briefing|analysis) (?:report|paper|brief|note)s?\s+(?:no\.?\s*)?[\d/.-]+"
_FURNITURE_LINE = re.compile(
    # a share bar, also with its networks after a colon: "Share this article: Facebook | X | WhatsApp | Copy link"
    r"^\s*(you might also like|back to top|share( this( article| story| page| post)?)?(\s*:[^.!?]*)?|"
    r"related( articles| stories| content)?|"
    r"read more\b.*|read also\b.*|also read\b.*|see also\b.*|"
    # a related link as a bare label: "Read: AU peace fund faces shortfall", and a digest's link to its alerts: "Look
    # ahead: Risk alerts ..."
    r"(?:read|watch|listen|related|look ahead)\s*:.*|"
    r"advertisement|subscribe\b.*|sign up\b.*|tags?\s*:.*|print|email|"
    r"(?:source|editor|editors|section|category|filed under|topics?|keywords?|credits?)\s*:.{0,60}|"  # "Credit: Ana Ruiz for ..."
    # a caption, however long: "Photo: Foreign Minister Iwaya Takeshi (L) shakes hands with ... on Tuesday. (Kyodo)",
    # "Caption: ...", also in brackets as the New York Times prints it: "[Photo caption: ... Credit: Ana Ruiz for The Times]"
    r"\[?(?:photo|image|picture|caption)s?(?:\s+(?:credits?|captions?))?\s*:.*|"  # "Photo caption: ...", "Image caption: ..."
    # ... and a photographer's credit over the caption, as Bloomberg prints it: "Photographer: Chris Ratcliffe/Bloomberg"
    r"(?:photographer|photograph)s?\s*:.{0,80}|"
    # a photo's credit in brackets alone on its line: "(Photo by Kosuke Okahara)", "(Photo: Ana Ruiz/Reuters)"
    r"\((?:photo|image|picture)s?(?:\s+by\b|\s*:)[^()]{1,80}\)|"
    # an agency's credits and its version notes at the story's end: "-- With assistance from Alex Longley",
    # "(Updates prices in fourth paragraph.)", "(Adds comment from ministry in sixth paragraph)"
    r"[-–—]{1,2}\s*with (?:assistance|additional reporting) (?:from|by)\b.*|"
    r"\((?:updates|adds|corrects|recasts|refiles|rewrites|changes|fixes)\b[^()]*\)\.?|"
    r"press play\s*:.*|"  # a newsletter's audio player: "Press play: Listen to today's Playbook in five minutes."
    r"most (read|popular)|recommended|follow us\b.*|skip to (main )?content|menu|search|home|"
    rf"{_SERIES_LABEL}|"
    r"good (?:morning|afternoon|evening)[.!]?|that['’]s (?:it|all) for (?:today|this week|now)[.!]?|"
    r"(?:reply to this email|forward (?:it|this) to a friend|unsubscribe|manage preferences)\b.*|"
    r"comments?|top stories|latest news|cookie.*|all rights reserved.*|[©ⓒ].*|copyright\b.*|our standards\b.*|"
    # the time a piece takes to read, in its header: "Time to read 4 min.", "Reading time: 6 minutes", "5 min read"
    r"(?:(?:time to read|reading time|read time)\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?|mn)\.?|\d{1,3}\s*(?:min(?:ute)?s?|mn)\.?\s+read)|"
    r"home\s*[/›»>|]\s*.*|"  # a breadcrumb: "Home / News / Bangladesh / Diplomacy", "Home › News › Kosovo"
    # a caption with its credit: "... yesterday. Photo: Star", "... at Qasr Al Watan. Image Credit: WAM"
    r".*[.!?]\s+(?:photo|image|picture)s?(?:\s+credits?)?\s*:\s*[^.:]{1,60}|"
    # ... or its credit in brackets: "Milei and Lula at the summit in Foz do Iguaçu (Photo: Ricardo Stuckert/PR)"
    r".*[(\[](?:photo|image|picture)s?(?:\s+credits?)?\s*:[^()\[\]]{1,60}[)\]]|"
    # ... or its label glued to its last word, as DW prints it: "... since they opened in 2024Image: Ana Ruiz/REUTERS"
    r".*[\w.!?)\"”’](?-i:Image|Photo|Foto|Picture)s?(?:\s+credits?)?\s*:\s*(?:[^.:]|(?<=\b[A-Z])\.){1,60}|"
    # ... or an outlet's credit in brackets ending its line: "... in Darwin last year. (ABC News: Tom Hart)"
    r".*[.!?][\"”’]?\s*\((?!(?:sources?|notes?|data|see|via|updated?|figures?|chart|table|graphic)\b)(?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}):\s*(?-i:[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*){0,4})\)|"
    # ... or an agency's photo credit in brackets, and an AP caption's "FILE - " before it: "FILE - Ghana's president
    # attends a summit in Accra, Jan. 9, 2026. (AP Photo/Ana Ruiz, File)"
    r".*\((?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?-i:Photo|Image|Picture)s?\s*/[^()\[\]]{1,60}\)|"
    r"(?-i:FILE)\s+[-–—]\s+.*|"
    # ... or an outlet's photo credit in brackets ending its line, or alone on it, as RFA prints it: "... in northern Shan
    # state. (RFA photo)", "(Reuters file photo)"
    r"(?:.*[.!?][\"”’]?\s*)?\((?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?:file\s+)?(?:photo|image|picture)s?\)|"
    # ... or its credit in capitals after a pipe, as the Japan Times prints it: "... near the shoal on Feb. 28. |
    # PHILIPPINE COAST GUARD / VIA REUTERS", "... in Tokyo on Monday. | KYODO", "| AFP-JIJI"
    r".*[.!?)][\"”’]?\s+\|\s+(?-i:[A-Z][A-Z.&'’-]+(?:(?:\s+|\s*/\s*)[A-Z][A-Z.&'’-]+)*)|"
    # ... or labelled in brackets before it, as AFP prints it: "(Photo caption) The prime minister speaks in Honiara ...",
    # and its credit alone: "Photo by Ana Ruiz / AFP"
    r"\((?:photo|image|picture)\s+caption\)\s*.*|(?:photo|image|picture)s?\s+by\s+[^/\n]{1,60}/\s*[\w .&-]{1,30}|"
    # a newspaper's note of the print edition at the foot: "A version of this article appears in print on Nov. 25, 2026,
    # Section A, Page 8 of the New York edition with the headline: ..."
    r"a version of this (?:article|story|review|essay|column|interview) appear(?:s|ed) in print\b.*|"
    r"(?:general public inquiries|press contacts?|media contacts?|media inquiries)\s*:.*|"
    r"(?:meetings coverage|press releases|news releases|statements)(?: and (?:meetings coverage|press releases|releases))?)\s*$",
    re.I,
)
# a transcript's heading of the part that follows, no stop: "Beginning of the conversation with President of Türkiye
# Recep Tayyip Erdogan", "Opening remarks at the meeting with ...", "Excerpts from the transcript of ..."
_TRANSCRIPT_PART = re.compile(r"^\s*(?:(?:beginning|start|end) of (?:the )?(?:conversation|meeting|talks|session|talk|discussion"
                              r"|transcript)|(?:opening|closing|concluding) (?:remarks|statement)|excerpts? from)\b[^.!?]*$", re.I)
# a piece's link to the author's own earlier one, in brackets: "(For the background, see my October piece, "...",
# linked in the archive at ...)", "(See our explainer here.)"
_SELF_LINK = re.compile(r"^\s*\((?:for [^,()]{1,40},\s*)?see (?:my|our)\b[^()]*\b(?:linked|here|archive|https?://|www\.)"
                        r"[^()]*\)\.?\s*$", re.I)
# a related-link label alone on its line, over the link: "Read more:", "See also:", "Related coverage:"
_LINK_LABEL = re.compile(r"^\s*(?:read more|read also|also read|see also|related(?:\s+(?:articles|stories|content|coverage))?"
                         r"|more on this(?:\s+story)?)\s*:?\s*$", re.I)
# A wire dateline opening the body: "ISLAMABAD —", "WASHINGTON (Reuters) -", "KYIV, Ukraine, March 3
# (AP) —", "BEIJING, Jan 5, 2024 (Xinhua) --", "NAIROBI, 19 February 2026 —", "NEW DELHI:", "NEW YORK/GENEVA
# (Reuters) -". The place is where the story was filed, no party to it.
_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-zß-öø-ÿ.'’-]{2,}(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-zß-öø-ÿ.'’-]+){0,3}"  # "BOGOTÁ —"
_INLINE_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE}(?:/{_PLACE})?)"  # two places: "BRUSSELS/PRISTINA, Feb 17 (Reuters) -"
    rf"(?:\s*,\s*(?:(?P<date>{_MONTH}\s+\d{{1,2}}(?:\s*,\s*(?:19|20)\d\d)?|\d{{1,2}}\s+{_MONTH}(?:\s*,?\s*(?:19|20)\d\d)?)"
    r"|(?P<region>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-zß-öø-ÿ.'’]*(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þa-zß-öø-ÿ.'’]*){0,2}))){0,2}"
    # PTI's, with a date and an agency and no dash after it: "New Delhi, Oct 16 (PTI) India and China held ...";
    # a press release's date in brackets stands where the agency does: "MANILA, PHILIPPINES (18 September 2026) —"
    # (_dateline_match takes it only where it is a date)
    # TASS's, its agency between slashes after the date's stop: "ANKARA, March 12, 2026. /TASS/. Russian ..."
    r"\s*(?P<agency>\((?:[A-Za-z][\w .&/-]{0,40}|(?=[^()\n]*\d)[\w .,/-]{4,40})\)|(?(date)\.\s*/[A-Z][A-Za-z-]{1,15}/|(?!)))?"
    r"\s*(?:—|–|--?|:|(?(date)(?<=\))|(?!))|(?<=/)\.)(?=\s+[A-Z“\"‘'])"
)
# a dateline in brackets, as Human Rights Watch prints it: "(Washington, DC) – ", "(Beirut) – " (the
# groups of _INLINE_DATELINE that it has not are None)
_BRACKETED_DATELINE = re.compile(
    rf"^\((?P<place>{_PLACE})(?:\s*,\s*(?P<region>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){{0,2}}))?\)"
    r"(?P<date>(?!))?(?P<agency>(?!))?\s*(?:—|–|--?)(?=\s+[A-Z“\"‘'])"
)
# a rating agency's dateline, its name, its city and the date between dashes, then a colon and the lead sentence: "Fitch
# Ratings - London - 06 Nov 2026: Fitch Ratings has affirmed ...", "Moody's Ratings - Singapore, 12 March 2027: ..."
# (the date must be one; the place is where the note was issued, no party to it; the other groups of _INLINE_DATELINE are None)
_AGENCY_DATELINE = re.compile(
    rf"^(?P<issuer>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){{0,3}})\s+[-–—]\s+(?P<place>{_PLACE})(?:\s+[-–—]\s+|\s*,\s*)"
    r"(?P<date>[^:\n]{5,30}?)\s*(?::|\s[-–—])(?P<region>(?!))?(?P<agency>(?!))?(?=\s+[\"“‘'A-Z])")
# a wire dateline of a date and an agency with no place, as Reuters prints a factbox's: "Dec 1 (Reuters) - " (the
# place is empty, the region None)
_DATED_DATELINE = re.compile(rf"^(?P<place>)(?P<date>{_MONTH}\s+\d{{1,2}}(?:\s*,\s*(?:19|20)\d\d)?)\s*"
                             r"(?P<agency>\([A-Z][\w .&/-]{0,40}\))(?P<region>(?!))?\s*(?:—|–|--?)(?=\s+[A-Z“\"‘'])")
# a dateline of a place and its state in title case, ended by a full stop: "Tromsø, Norway. For almost three decades ..."
# (the gazetteer knows the place as a city and the state as one; the groups of _INLINE_DATELINE it has not are None)
_STOPPED_DATELINE = re.compile(rf"^(?P<place>{_PLACE}),\s+(?P<region>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})"
                               r"(?P<date>(?!))?(?P<agency>(?!))?\.(?=\s+[A-Z“\"‘'])")
# A speaker's label opening a paragraph of a transcript, then a colon:
# - one to four words in capitals, a single letter only for "Q" and "A" ("SPOKESPERSON:",
#   "MS. ZHUMABAYEVA:", "Q:"), after a title in title case as parliaments print them ("Senator
#   WONG", "The PRESIDENT");
# - or up to five words in title case ("Official Spokesperson:", "Question:", "Mao Ning:"), with
#   a name after a comma ("Official Spokesperson, Shri Randhir Jaiswal:"), or after the acronym of the body whose
#   office the words name ("NATO Secretary General Mark Rutte:");
# and a journalist's name and outlet in square brackets after a question's label: "Question [Ana Ruiz, Reuters]:";
# and a parliament's notes of seat and time after it: "Senator WONG (South Australia) (14:06):";
# a podcast's timestamp may stand before it: "[00:40] SOPHEAP KEO:", "(1:02:15) Priya Raman:";
# as may a question's number in a parliament's record, before a member's seat and party: "1. Helen Ashworth (Bath) (LD):";
# the office a minister answers as, with commas in it, then the name: "The Minister of State, Foreign,
# Commonwealth and Development Office (Catherine West):".
TRANSCRIPT_STAMP = r"[\[(]\d{1,2}(?::\d\d){1,2}[\])]"
QUESTION_NUMBER = r"\d{1,3}\."
# a name's letters may be accented, "MR. GÉRALD DARMANIN:", "Hon. Mélanie Joly:", "Radosław Sikorski:" (Latin-1's
# capitals and small letters, and Latin Extended-A's of either case)
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"
_CAPS_WORDS = rf"[{_UPPER}][{_UPPER}.'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}.'’-]+){{0,3}}"
_TITLE_WORDS = rf"[{_UPPER}][{_LOWER}'’.-]+(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?[{_UPPER}][{_UPPER}{_LOWER}'’.-]+){{0,4}}"
# an office in capitals before the name in brackets, as India's parliament prints a minister's label: "THE MINISTER OF
# EXTERNAL AFFAIRS (DR. S. JAISHANKAR):", "THE MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS (SHRI ...):"
_CAPS_OFFICE = r"THE[ \t]+(?:[A-Z][A-Z'’-]*,?[ \t]+){1,12}?[A-Z][A-Z'’-]+(?=[ \t]*\([A-Z])"
_SPEAKER_LABEL = re.compile(
    rf"^(?:(?:{TRANSCRIPT_STAMP}|(?P<number>{QUESTION_NUMBER}))[ \t]+)?(?P<label>[QA]|{_CAPS_OFFICE}"
    rf"|(?:(?:The|Senator|Sen\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Hon\.?|Madam)[ \t]+)?{_CAPS_WORDS}"
    rf"|(?P<titled>(?:[{_UPPER}]{{2,6}}[ \t]+(?=[{_UPPER}][{_LOWER}]))?{_TITLE_WORDS}(?:,[ \t]+{_TITLE_WORDS}){{0,3}}))"
    r"(?P<notes>(?:[ \t]*(?:\([^()\n]{1,200}\)|\[[^\[\]\n]{1,200}\])){0,2}):(?=\s|$)"
)
# a member's seat and then party or time after the name in a parliament's record: " (North Dorset) (Con)",
# " (Tasmania) (14:05)"
_MEMBERS_NOTES = re.compile(r"[ \t]*\([A-Z][^()\n]{1,80}\)[ \t]*\((?:[A-Z][\w&/ .'’-]{0,30}|\d{1,2}[:.]\d\d)\)")
_NAME_NOTE = re.compile(rf"[ \t]*\(([{_UPPER}][\w'’.-]+(?:[ \t]+[{_UPPER}][\w'’.-]+){{1,3}})\)")
# a parliament's speaker label alone on its line with no colon, as Hansard prints it, the turn's words on the lines
# under it: an office and then the name in brackets, "The Minister for Europe (Stephen Doughty)", a member's name with
# seat and party, "Priti Patel (Witham) (Con)", "Mr Calum Miller (Bicester and Woodstock) (LD)", or an honorific and
# a name or an office, "Mr Speaker", "Dame Emily Thornberry" (``_bare_labels``)
_LABEL_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Madam|Hon|Rt[ \t]+Hon)\.?"
_BARE_LABEL = re.compile(
    rf"(?:(?P<honorific>{_LABEL_HONORIFIC})[ \t]+)?(?P<label>{_TITLE_WORDS}(?:,[ \t]+{_TITLE_WORDS}){{0,3}})"
    r"(?P<notes>(?:[ \t]*\([^()\n]{1,120}\)){0,2})")
# the offices a minister's bare label names before the name in brackets: "The Minister for Europe (Stephen Doughty)",
# "The Parliamentary Under-Secretary of State for ... (Anna Reid)", "The Prime Minister (Keir Starmer)"
_LABEL_OFFICE = re.compile(r"^The\b.*\b(?:Minister|Secretary|Under-Secretary|Leader|Solicitor|Attorney|Chancellor|Speaker)\b")
# a header line that is a parliament's chamber, whose record it is, alone or before a comma: "House of Commons",
# "Senate Hansard", "Parliament of Australia", "House of Commons, Foreign Office questions" (not a title that names
# one, "Parliament debates Sudan aid")
_CHAMBER_LINE = re.compile(r"(?:The[ \t]+)?(?:Parliament(?:[ \t]+of(?:[ \t]+[A-Z][\w'’-]*)+)?|Senate|Hansard|Lok[ \t]+Sabha"
                           r"|Rajya[ \t]+Sabha|House[ \t]+of[ \t]+(?:Commons|Representatives|Lords)|National[ \t]+Assembly)"
                           r"(?:[ \t]+(?:Hansard|Debates?|Chamber))?(?:,.*)?")
# a turn's last words broken off by another speaker: "Will my hon. Friend—"
_BROKEN_OFF = re.compile(r"[—–]\s*$")
# the first words of labels that name a speaker wherever they stand, also an Indian parliament's honorifics ("SHRI
# RAHUL VERMA:", "Smt. Anita Desai:", "HON. SPEAKER:"); any other label must recur ("ZHUMABAYEVA:" twice) to be a
# speaker's
_SPEAKER_ROLES = frozenset(
    """Q A QUESTION ANSWER MODERATOR SPOKESPERSON SPOKESMAN SPOKESWOMAN MR MS MRS MADAM DR AMBASSADOR
    MINISTER SECRETARY PRESIDENT INTERVIEWER SENATOR OFFICIAL JOURNALIST REPORTER HOST
    CHAIR CHAIRMAN CHAIRWOMAN CHAIRPERSON
    SHRI SHRIMATI SMT SUSHRI KUMARI KUM HON PROF""".split()
)
# the offices that may follow another word in a label: "PRIME MINISTER ABIY AHMED", "DEPUTY SPOKESPERSON"
_OFFICE_ROLES = frozenset(
    "MINISTER PRESIDENT SECRETARY UNDER-SECRETARY AMBASSADOR SPOKESPERSON SPOKESMAN SPOKESWOMAN CHANCELLOR".split())
# labels that name no speaker, in capitals or not: a live page's "UPDATE:", "EDITOR'S NOTE:", a fact-check's
# "Verdict:", "Rating:", "Our ruling:", "Claim 1:", "The facts:", a caption's "Photo:", "Caption:", "Image:"
_NOT_SPEAKERS = frozenset(
    """UPDATE UPDATED BREAKING NOTE EDITOR'S EDITOR’S CORRECTION CLARIFICATION WATCH LISTEN READ
    RELATED EXCLUSIVE ANALYSIS OPINION FACTBOX BACKGROUND LIVE VERDICT RATING RULING OUR CLAIM
    FACTS FINDING FINDINGS CONCLUSION SUMMARY CONTEXT PHOTO PHOTOS IMAGE IMAGES PICTURE PICTURES
    CAPTION FILE VIDEO GRAPHIC""".split()
)
# where the name of a byline ends: "By A. Otieno | Published: ...", "By A. Otieno, 14 March"
_BYLINE_END = re.compile(r"\s*(?:[|•·]|\s[-–—]\s|,\s*(?=\d|[A-Z][a-z]+\.? \d)|\b(?:published|updated|posted)\b)", re.I)
_BYLINE = re.compile(r"^\s*(?:[•·*\-–]\s*\S|(?:by|authors?\s*:)\s+[A-Z]|(?-i:(?:Por|Par|Von)\s+[A-Z]))", re.I)
# a credit of who wrote or checked a piece, a byline: "Written and fact-checked by The Editors of
# Encyclopaedia Britannica", "Reviewed by Amina Otieno"
# (a podcast's or programme's host is its author, "Hosted by Grace Mwangi", where it names people: not "Hosted by
# Chatham House")
_CREDITED = r"(?:(?:written|reported|compiled|edited|reviewed|fact-checked|researched|hosted|presented)(?:,?\s+and\s+|,\s*|\s+))+by"
_CREDITED_BY = re.compile(rf"^\s*{_CREDITED}\s+[A-Z]", re.I)
_HOSTED_BY = re.compile(r"^\s*(?:hosted|presented)\s+by\s+(?P<names>.+?)\s*$", re.I)
# what opens a byline before its names: "By ", "Authors: Eleanor Whitcombe, Daniel Okafor and Sun-hee Park"
_BY = re.compile(rf"^\s*(?:by|authors?\s*:|{_CREDITED}|(?-i:Por|Par|Von)(?=\s+(?-i:[A-Z])))\s+", re.I)
# a byline of the newsroom, which names no one (its author is the byline as printed): "By MercoPress staff", "By
# Staff Reporter, Gulf News", "By Our Correspondent"; not a role before a name ("By Senior Correspondent Amina Otieno")
# the author's role in brackets at a byline's end, as Le Monde prints it: "By Hélène Vasseur (Former French minister
# for development)"
_BRACKETED_ROLE = re.compile(r"(?<=\w)\s+\([^()]{1,100}\)\s*$")
# the author's e-mail address after a byline's name, in brackets or not: "BY PARK SOO-JIN [park.soojin@joongang.co.kr]"
_BYLINE_EMAIL = re.compile(r"\s*(?:[\[(<]\s*[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]|[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)\s*$")
_STAFF_BYLINE = re.compile(r"^\s*by\s+(?:our\s+|(?-i:[A-Z][\w'’.-]*\s+){0,2})(?:staff|correspondent|reporter|writer)s?"
                           r"(?:\s+(?:reporter|writer|correspondent)s?)?(?=\s*(?:$|[,|•·]|\s[-–—]\s))", re.I)
# the parts of a header line however they are spaced ("Burak Bir   |25.11.2026 - Update : 25.11.2026"), and
# a byline after the date ("Published on 24/11/2026 - 19:52 By Pedro Rafael Vilela - Reporter of ...")
_LOOSE_PARTS = re.compile(r"\s*[|•·]\s*|\s+(?=By\s+[A-Z])")
_BULLET_GLYPH = re.compile(r"^\s*[•·*\-–]\s*")
# the first words of a paragraph opening "By" that name no one: "By Monday evening the shelling had eased"
_DAYS_AND_MONTHS = frozenset(_MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())
# what separates a chronology entry's date from its prose: "17 June 2024 – ", "June 2025: "
_ENTRY_SEPARATOR = re.compile(r"\s*(?:[–—:]|--?)\s+(?=[\"“‘'A-Z])")
# a header line that dates a report by its month: "Berlin, May 2026", "May 2026", also after a pipe or dash, "Global
# Overview | February 2026"
_MONTH_LINE = re.compile(rf"^\s*(?:[A-Z][\w .'’-]{{1,30}}(?:,|\s+[|–—])\s*)?{_MONTH}\s+(?:19|20)\d\d\s*$")
# the particles of a family name: "de Freitas", "von der Leyen", "da Silva", "bin Salman"
NAME_PARTICLES = frozenset("de da do dos das di del della van von der den ter du le la bin ibn al el".split())
# common family names of the languages that put them first (Chinese, also as spelt in Singapore and
# Malaysia, Korean, Vietnamese): "Tan Wei Ling", "Park Hyun-woo", "Nguyen Thu Ha"; none that is an
# English word ("He", "Song", "Moon")
_FAMILY_FIRST = frozenset(
    """Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Toh Sim Chong Chia Seah Foo Leong Lau Yap
    Chew Liew Quek Heng Soh Kwok Loh Tham Phua Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu
    Guo Gao Lin Luo Zheng Liang Xie Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du
    Ye Cheng Wei Su Lu Ding Ren Shen Yao Ma Ho Kim Park Choi Jung Jeong Kang Cho Yoon Jang Shin Kwon Hwang
    Ahn Yoo Jeon Bae Baek Nam Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong""".split()
)
# a family name, then a given name of two syllables with a hyphen, as Hong Kong, Taiwan and Korea
# print them: "Kwan Ho-yin", "Seo Ji-won"; not "Timor-Leste", "Early Lock-in"
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{1,6}\s+[A-Z][a-z]{1,4}-(?!(?:in|on|up|out|off|by)\b)[a-z]{2,4}")
# names and nothing else: "Jana Köhler and Matthias Brandt", "Ana Ruiz, Li Wei and Tom Hart"
_NAME = rf"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|{'|'.join(sorted(NAME_PARTICLES))})){{1,3}}"
_IN_PLACE = r"\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?"  # "Lisa O'Carroll in Brussels"
# the outlet a byline's author writes for, at its end: "By Kyaw Min Htet for RFA Burmese", "By Ana Ruiz for The Times"
_FOR_OUTLET = re.compile(r"\s+(?:for|FOR)\s+(?:[Tt]he\s+|THE\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}\s*$")
_AUTHORS = re.compile(rf"{_NAME}(?:{_IN_PLACE})?(?:(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+){_NAME}(?:{_IN_PLACE})?){{1,4}}")
# an author's role: "Senior Regional Correspondent", "Middle East analyst, BBC News"
_ROLE_NOUN = (r"\b(?:correspondent|editor|reporter|writer|columnist|contributor|bureau chief|staff|analyst|"
              r"fellow|researcher|economist|journalist|director|manager|strategist|specialist|advis[eo]r|consultant|"
              r"counsel|partner|associate|officer|lecturer|professor|scholar|attorney|lawyer)s?\b")
# the first word of a role in title case after a byline's comma, whatever its head: "Senior Counsel", "Chief
# Economist", "Principal Attaché", "Visiting Scholar"
_RANK = frozenset("senior junior chief principal deputy assistant associate managing executive special visiting "
                  "contributing acting distinguished honorary".split())
# an author's role between "By" and the name, as the ABC prints it: "By Pacific affairs reporter Stephen Dziedzic",
# "By political editor Andrew Probyn", "By Senior Correspondent Jane Doe"
_ROLE_BEFORE_NAME = re.compile(rf"^(?:[\w'’-]+\s+){{0,3}}?{_ROLE_NOUN}\s+(?=(?-i:[A-Z]))", re.I)
# the role on the line under an author's name, with its outlet: "Middle East analyst, BBC News"
_ROLE_LINE = re.compile(rf"^[\w ,'’-]{{0,40}}{_ROLE_NOUN}(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})?\s*$", re.I)
# a byline of one line, the name and then its role in sentence case, as the Guardian prints it: "Rowena
# Blake Diplomatic editor", "Ruth Michaelson Middle East correspondent"
_NAME_AND_ROLE = re.compile(rf"(?P<name>{_NAME}?)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}(?:\s+[a-z][\w'’-]*){{0,2}}"
                            rf"\s+(?-i:{_ROLE_NOUN})")
# a header line that says when the page was published, however long: "Published on April 15,
# 2026, at 7:45 pm (Paris), updated at 9:02 pm"
_PUBLISHED = re.compile(r"^\s*(?:published|updated|posted|last updated)\b", re.I)
# a page's stamp of when it was updated, on a line of its own: "Updated 14:20 GMT, 3 November 2026", "Last updated:
# 3 Nov 2026", a live page's "UPDATED 16:40 GMT" between its entries
_UPDATE_STAMP = re.compile(r"^\s*(?:last\s+)?updated\b\s*:?\s*(?=\d|(?:on|at)\s+\d|[A-Z][a-z]+\.?,?\s+\d)", re.I)
# a written question's answer date, which dates the page (not the date it was tabled): "Answered on" over
# "18 November 2026", "Date and time of answer: 18 Nov 2026 at 14:32."
_ANSWER_DATE = re.compile(r"^\s*(?:answered on|date and time of answer|date of answer)\b\s*:?", re.I)
# header lines that are no title: a photo's caption with its credit ("... on September 9, 2025
# [File: Tiksa Negeri/Reuters]"), a document symbol ("SC/16318"), an editor's note ("(ATTN: ...)")
_NO_TITLE = re.compile(r"[\[(](?:file|photo|image|picture)?:?[^\])]*/[^\])]*[\])]\s*$|^\s*[A-Z]{1,6}(?:/[A-Z0-9.-]+)+\s*$"
                       r"|^\s*\((?:ATTN|EDS|EDITORS?)\b"
                       # a wire's note of what this version changed, under its headline, in sentence case: "Adds comments
                       # from Togolese foreign ministry in paragraphs 6-8", "Recasts with vote", "Fixes typo in headline"
                       # (not a headline, "Changes to Schengen rules anger ...")
                       r"|^\s*\(?(?:(?:adds|recasts|rewrites|refiles|corrects|updates with|tops with|writes through)\s+(?-i:[a-z0-9])"
                       r"|(?:changes|fixes|removes|inserts)\s+(?:\w+\s+)?(?:dateline|headline|byline|typo|spelling|slug|garble|para))"
                       # "... last December. | Photo: Ricardo Stuckert / PR", a gallery's "[1/3] ...", "REUTERS/Name/File Photo"
                       r"|\|\s*(?:photo|image|picture|foto)s?\s*:|^\s*\[?\d{1,2}/\d{1,2}\]|\b(?:REUTERS|AFP|AP|EPA)/[A-Z]"
                       # an encyclopedia's description under its title, in lower case: "territorial dispute, Persian Gulf"
                       r"|^(?-i:[a-z])"
                       # the department a parliament's written question is for: "Question for Foreign, Commonwealth and
                       # Development Office"
                       r"|^questions? (?:for|to) (?-i:(?:the )?[A-Z][\w'’-]*,?(?: (?:of|for|and|the|[A-Z][\w'’-]*,?))*)$"
                       # a firm's line: "Hargreaves Linden LLP | International Trade and Sanctions Practice"
                       r"|^[^|]*\b(?:LLP|LLC|Ltd|PLC|GmbH|Inc)\.?\s*(?:\||$)"
                       # a note of the translation, alone or after the paper's name: "Al-Ahram | Translated from the
                       # Arabic edition"
                       r"|(?:^|\|)\s*translated (?:from|by)\b"
                       # a UN release's line of the meeting it covers: "10142ND MEETING (AM)", "9876th Meeting (PM)"
                       r"|^\s*\d{1,5}(?:st|nd|rd|th)\s+meeting\s*(?:\((?:am|pm|night)\))?\s*$", re.I)
# a heading of a subject and its topic: "Yemen: Detainees"
_TOPIC_HEADING = re.compile(r"[A-Z][\w'’-]*:\s+[A-Z][\w'’-]*")
# a speech's heading and its speaker: "Statement by H.E. Abiy Ahmed Ali (PhD), Prime Minister of ..., at
# the Opening of ...", "Remarks by President Lula at ...", "Statement by the Ministry of Foreign Affairs of
# Viet Nam on ..."; the name is capitalised words up to where the office or the occasion begins, so that
# a headline, "Speech by Xi sparks concern", is none
SPEECH_HEADING = re.compile(
    r"(?i:(?:(?:opening|closing|keynote|welcome|welcoming|inaugural)\s+)?(?:statement|remarks|speech|address|"
    r"intervention|message|lecture)\s+(?:(?:as\s+)?delivered\s+)?by\s+"
    r"(?:(?:H\.\s?E\.|His|Her|Excellency|the|Honou?rable|Hon\.|Rt\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)*)"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|de|da|do|dos|del|van|von|bin|ibn|al|el|and)){0,12}?)"
    r"(?=\s*(?:,|\(|\bat\b|\bto\b|\bon\b|\bbefore\b|\bduring\b|$))", re.M)
# the issuing office's line under a statement's title: "Office of the Prime Minister", "Ministry of Foreign Affairs"
_OFFICE_LINE = re.compile(r"^(?:The\s+)?(?:Press\s+)?(?:Office|Ministry|Department|Embassy|Permanent Mission|Secretariat|"
                          r"Presidency)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*$")
# the office whose page prints a transcript, over its venue: "Prime Minister of Australia", "President of the Republic of Kenya"
# (the state after "of" is one the gazetteer knows)
_OFFICE_OF = re.compile(r"^(?:The\s+)?(?:(?:Deputy\s+)?Prime\s+Minister|(?:Vice[\s-]+)?President|Chancellor|Foreign\s+Minister|"
                        r"Minister\s+(?:of|for)\s+Foreign\s+Affairs)\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|the|[A-Z][\w'’-]*)){0,5})$")
# the building of a venue line under a transcript's title: "Parliament House, Canberra", "Palais des Nations, Geneva"
_VENUE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+|(?:of|the|des|de|du|la|le)\s+){0,5}?(?:House|Hall|Palace|Palais|Palacio|Palazzo|Centre|Center|"
                    r"Building|Room|Chamber|Residence|Hotel|Lodge|Castle|Chancellery|Headquarters|Auditorium|Pavilion|Kantei|"
                    r"Villa|Secretariat|Courtyard|Gardens?)(?:\s+(?:of|the|des|de|du|la|le|[A-Z][\w'’.-]*)){0,4}$")
# a wire's version mark before a headline: "(2nd LD) N. Korea fires ...", "(LEAD) ...", "(URGENT) ...", and
# Reuters' in capitals with a hyphen and no brackets, one or more: "UPDATE 2-Sudan army ...", "REFILE-UPDATE 1-...",
# "EXCLUSIVE-...", and its kind of story: "FACTBOX-What to watch ...", "EXPLAINER-...", "ANALYSIS-...", "INSIGHT-..."
_VERSION_MARK = re.compile(r"^\s*(?:\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) LD|CORRECTED|UPDATED|REFILE)[^)]*\)\s*"
                           r"|(?:(?:UPDATE \d{1,2}|WRAPUP \d{1,2}|REFILE|CORRECTED|RPT|EXCLUSIVE|FACTBOX|EXPLAINER|ANALYSIS|INSIGHT"
                           r"|FEATURE|PREVIEW|TIMELINE|FOCUS|BREAKINGVIEWS|INTERVIEW)-)+(?=[\w“\"‘'(]))")
# a kicker in capitals and a colon opening the headline, no name the gazetteer knows: "INVESTIGATION: Inside the
# Africa Corps ...", "ANALYSIS: ..."; not a subject, "SUDAN: Army retakes ...", "NATO: ..."
_CAPS_KICKER = re.compile(r"^\s*(?P<kicker>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?):\s+(?=\S)")
# an organiser's line under the headline, programmes or departments in title case: "Africa Programme and Middle East
# and North Africa Programme", "Asia-Pacific Programme", "Energy Security Initiative"
_UNIT = (r"(?:[A-Z][\w'’-]*,?\s+(?:(?:and|of|for|on|the|&)\s+)*)+(?:Programmes?|Programs?|Initiative|Project|Department|Unit"
         r"|Division|Desk)")
_ORGANISER_LINE = re.compile(rf"^{_UNIT}(?:\s*(?:,|,?\s+and|&)\s+{_UNIT})*\s*$")
# a line that numbers the document in its series, no headline: "Summary of the Committee's Eighth Report of Session
# 2024-26", "Working Paper No. 14", "Research Briefing 3/2026"
_SERIES_LINE = re.compile(r"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                          r"|\d{1,3}(?:st|nd|rd|th))\s+(?:special\s+)?report\b|(?:report|paper|brief|briefing|session|volume"
                          r"|vol\.|no\.)\s+(?:no\.\s*)?\d)", re.I)
# an item's number in a series before its headline: "Episode 112: Who Blinks First? ...", "Part 3: ..."
# a publisher's motto under its name, how long it has been at it: "Informing the legislative debate since 1914"
_MOTTO = re.compile(r"^[A-Z][\w'’ ,-]{5,80}\ssince\s+(?:1[5-9]|20)\d\d\s*$")
_SERIES_ITEM = re.compile(r"^\s*(?:episode|ep\.|part|chapter)\s+\d{1,4}\s*[:–—-]\s+\S", re.I)
# a line of marks only, a release's end mark or a section break: "* *** *", "###", "---"
_SEPARATOR = re.compile(r"[\W_]+")
# a numbered section's heading, no title: "2. Sources of leverage", "2.1 Energy leverage"
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+[A-Z]")
# the separators of a header line's parts: "Analysis | By Tomas Weber | 28 January 2026"
_PARTS = re.compile(r"\s+[|•·]\s+")
# the words of an outlet's or a page section's name, which is no author: "Kyodo News", "World Report"
_OUTLET_WORDS = frozenset("shimbun ilbo times post herald tribune gazette journal daily news chronicle telegraph ledger "
                          "press review observer monitor weekly world report desk staff politics business opinion "
                          "agency bulletin inquirer mail media online digital star".split())
# the glyph of a list item: "• Oman will host the talks.", "- Qatar signed.", "1. Donors should
# ...", and the number of a note: "[1] Stearns, J., ..."
# an AFP crosshead, a few words between dashes on a line of their own: "- Next stop, Palau -", "- 'Deep divisions' -"
_CROSSHEAD = re.compile(r"[-–—]\s+[^-–—.!?:;\n]{1,60}?[.!?]?\s+[-–—]\s*")
# a list's enumerator in brackets, roman or a letter: "(iii) Agreement on ...;", "(b) the second ..."
_ENUMERATED = re.compile(r"\((?:[ivx]{1,6}|[a-h])\)\s")
# a clause of a communiqué's or resolution's preamble, or of a list, on a line of its own: one ending in a semicolon,
# or opening with a participle and ending in a comma ("Recalling its previous decisions on the situation in Somalia;",
# "Further noting its resolution 2719 (2023),")
_CLAUSE_LINE = re.compile(r".*;|(?:(?:[A-Z][a-z]+ly|Also|Further)\s+[a-z]+ing|[A-Z][a-z]+ing)\b.*,")
# a document's heading that names what it is, a communiqué, resolution or statement: "Communiqué of the 1300th meeting
# of the Peace and Security Council on ...", "Resolution 2801 (2026) adopted by the Security Council", "Joint Statement on ..."
_DOCUMENT_HEADING = re.compile(r"(?:(?:Final|Joint|Press|Presidential|Chair'?s|Leaders'?)\s+)?(?:Communiqu[ée]|Resolution|"
                               r"Statement|Declaration|Decision|Conclusions)\s+(?:of|on|by|adopted|\d)", re.I)
_BULLET = re.compile(r"^(?P<glyph>[•·*\-–▪◦‣]|\d{1,2}[.)]|\[\d{1,3}\])\s+")
# a footnote's mark: "decades.[1]", "[2][3]", "in 2025.³" (the tokenizer splits it off, build.py),
# a superscript a PDF pastes as a plain number glued to the stop after a word: "weeks.1", "said.4",
# and a number in brackets glued to the stop: "since 2016.(7)"; also after a bracket's stop, "(GAO).5", and after a
# year's before a capital or at the end, "as of mid-2026.3 Deliveries ..." (not a number's, "3.5", "2026.5 billion")
_GLUED_NUMBER = (r"(?:(?<=[a-zß-öø-ÿ]{2}[.!?])|(?<=[.!?][”\"’])|(?<=[A-Za-z]\)[.!?])"
                 r"|(?<=\b(?:19|20)\d\d[.!?])(?=\d{1,3}(?:\s+[A-Z]|$)))\d{1,3}")
FOOTNOTE_MARK = rf"(?:\[\d{{1,3}}(?:[,–-]\d{{1,3}})*\])+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|{_GLUED_NUMBER}|(?<=[.!?”\"’])\(\d{{1,3}}\)"
# ... after a stop, where it is furniture: the stop ends the sentence and the mark is no part of
# the next one (a mark inside a sentence, "experts[12], ...", stays in it)
_FOOTNOTE_AFTER_STOP = re.compile(rf"(?<=[.!?”\"’)])(?:{FOOTNOTE_MARK})(?=\s|$)")
# Markdown's emphasis around words, bold or italic: "**Why go back?**", "*Will Kosovo apply?*", "__Note__", "_sic_";
# not a word's own underscore ("snake_case"), a footnote's asterisk ("rose 4%*"), nor a line of marks ("* * *")
EMPHASIS = re.compile(r"(?<![\w*])(?P<mark>\*\*|__|\*|_)(?=[^\s*_])(?P<words>.+?)(?<=[^\s*_])(?P=mark)(?![\w*])")
# a question standing as a subheading: a line of up to seven words ending in "?", no quotation
# (among two or more such, one of up to twelve words standing alone between paragraphs)
_LONG_QUESTION_HEADING = 12
_QUESTION_HEADING = re.compile(r"^\s*[A-Z][^\"“”«»\n]{0,60}\?\s*$")
# a live page's timestamp opening an entry: "16:05 GMT – ", "4.30pm BST — ", "09:30 – ", also a colon after its zone
# or its "pm", as the Times of India prints it: "13:20 IST: ", "4.30pm: "
_TIMESTAMP = re.compile(r"^(?P<stamp>\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?(?:\s*[–—-]|(?<=[A-Za-z.]):))"
                        r"\s+(?=[A-Z“\"‘'])")
# a fact-check's numbered claim: 'Claim 2: "China buys more from us than the whole of the European Union"'
_CLAIM_NUMBER = re.compile(r"^(?:claim|myth)\s+\d{1,2}\s*:\s+", re.I)
# a page's notice to its reader, as a sentence: "This live page is now closed.", "You can continue to
# follow our coverage of the war in Sudan here.", "Hello and welcome to our live coverage of ...", a
# presenter's "I'm Amira Haddad.", "This article is part of our fact-checking programme.", "Read our
# methodology here.", "This essay appears in the November/December 2026 issue.", a law firm's "Please
# contact any of the authors ... for further information." and "This alert is for general information
# only and does not constitute legal advice.", a UN press release's "For information media. Not an
# official record.", a news agency's note to the subscribers of its wire service ("Anadolu Agency website
# contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System
# (HAS), and in summarized form. Please contact us for subscription options.")
_NOTICE = re.compile(
    r"(?:this live (?:page|blog)(?: is| has)? (?:now )?(?:closed|ended|paused)"
    r"|(?:you can )?(?:continue to )?follow (?:our|the) (?:live |latest |full |ongoing )?(?:coverage|updates)\b.*"
    r"|(?:(?:hello|hi|good (?:morning|afternoon|evening)),? (?:and )?)?welcome (?:back )?to (?:our|the|this)"
    r" (?:live )?(?:coverage|blog|page)\b.*"
    r"|(?-i:I['’]m [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})"
    # ... a newsletter's too, with its co-author: "I'm Zoya Sheftalovich, with Jacopo Barigazzi."
    r"(?:,? (?:with|and) (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}))?"
    # a podcast's: "This transcript was generated automatically and edited for clarity.", "It may contain
    # errors.", "Hello and welcome to Borderlines.", "That's it for this week.", "Borderlines is produced by
    # Lena Fischer.", "If you enjoyed the show, please rate and review us wherever you get your podcasts."
    r"|this (?:rush )?transcript (?:was|has been|is|may have been) (?:\w+ ){0,3}?(?:generated|produced|created|edited"
    r"|transcribed|prepared)\b.*|(?:it|this transcript) may contain (?:errors|inaccuracies|mistakes)\b.*"
    r"|(?:(?:hello|hi|good (?:morning|afternoon|evening)),? (?:and )?)?welcome (?:back )?to (?:the (?:show|podcast|programme|program)"
    r"|(?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}))|that['’]s it for (?:today|tonight|now|this (?:week|episode|edition))\b.*"
    r"|(?:this|the|our) (?:show|podcast|episode|series|program(?:me)?) (?:is|was) (?:produced|edited|mixed|hosted|presented)\b.*"
    # (a newsletter's too, written and edited by: "The Harbour Letter is written by Ana Lima and edited by Tom Hart.")
    r"|(?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}) is (?:produced|written|compiled) by (?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
    r"(?:(?:,| and) (?:(?:edited|produced) by )?(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}))*"
    r"|if you (?:enjoyed|liked|enjoy|like) (?:the|this|our|today['’]s) (?:show|episode|podcast|program(?:me)?)\b.*"
    r"|(?:please )?(?:rate|subscribe|follow)(?: us)?,? (?:and|&) (?:review|rate|subscribe|follow)\b.*"
    r"|(?:thanks|thank you) for (?:listening|watching)\b.*"
    # a written question's note: "This question was grouped with the following question(s) for answer:"
    r"|this question was grouped with\b.*"
    r"|this (?:article|story|report|piece|essay|fact-check) (?:is part of|(?:first )?appear(?:s|ed) in"
    r"|was (?:first )?published in)\b.*"
    # a translated piece's credit and where it first ran: "Translated from Arabic by the Al-Ahram English desk.",
    # "Translated from Spanish.", "The original article appeared in the newspaper's print edition on 24 November."
    # "This report was translated from the Spanish original published in El Espectador."
    r"|(?:this (?:article|story|report|piece|essay) (?:was|has been) )?translated from (?:the )?[\w-]+(?: original)?"
    r"(?:,? (?:which |that )?(?:was )?(?:first |originally )?(?:published|appeared|ran) (?:in|on|by)\b[^,;\"“”]*)?(?: by\b.*)?"
    # ... also as Le Monde credits its English edition's: "Translation of an original article published in French on
    # lemonde.fr; the publisher may only be liable for the French version."
    r"|translation of an? (?:original )?(?:article|story|report|piece|essay|op-ed|column|interview) (?:first |originally )?"
    r"published in (?-i:[A-Z])[\w-]+\b[^\"“”]*"
    r"|(?:the original|a version of this) (?:article|story|report|piece|essay|interview) (?:first )?(?:appeared"
    r"|was (?:first )?published|ran)\b.*"
    # a rights group's or newsroom's appeal for money: "Your tax deductible gift can help stop human rights violations ..."
    r"|your (?:tax[- ]deductible |generous )?(?:gift|donation)s? (?:can|will|could) help\b[^\"“”]*"
    # ... and its other appeals to the reader: "Support independent journalism.", "Become a member of the Harbour
    # Courier.", "Sign up for our morning briefing.", "Subscribe to our newsletter.", and a live page's note on itself,
    # "Editor's note: This live page is updated throughout the day."
    r"|(?:please )?support (?:our|independent|quality|local|public[- ]interest|reader[- ]funded)(?: [\w'’-]+){0,2}?"
    r" (?:journalism|reporting|newsroom)\b.*"
    r"|(?:please )?become an? (?:paying |founding )?(?:member|subscriber|supporter|patron|donor)(?: (?:of|to) (?:the |our )?"
    r"(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,3}| today| now)?"
    r"|sign up(?: (?:for|to) (?:our|the|this) (?:[\w'’-]+ ){0,3}(?:newsletters?|briefings?|alerts|emails?|updates|digest)\b.*"
    r"| (?:here|now|today)\b.*)"
    r"|subscribe (?:to (?:our|the|this) (?:[\w'’-]+ ){0,3}(?:newsletters?|briefings?|channel|podcast|digest)|now|today|here"
    r"|for free)\b.*"
    # a map's or tracker's promo line: "Click here to see ISW's interactive map ...", "This map is updated daily ..."
    r"|click here to (?:see|view|read|access|download|explore|open)\b.*"
    # ... a tracker's or digest's note on itself: "Our monthly conflict tracker covers developments in over seventy
    # countries.", "Below are selected entries for January 2026."
    r"|(?:our|this) (?:[\w-]+ ){0,3}(?:tracker|digest|round-?up|newsletter|briefing) (?:covers|tracks|follows"
    r"|summari[sz]es|brings (?:you|together))\b.*"
    r"|(?:below|here) (?:are|is) (?:a |the |our )?(?:selected|selection of|summary of|latest|key|this (?:month|week)['’]s)"
    r" (?:[\w-]+ )?(?:entries|updates|highlights|items|developments)\b.*"
    # ... a live page's "Stay tuned for the latest updates.", a channel's promo, "Join ST's Telegram channel and get the
    # latest breaking news delivered to you."
    r"|stay tuned(?: (?:for|to) (?:the |our |more |further )?(?:latest |further |more )?(?:updates|coverage|news"
    r"|developments|details)\b.*)?"
    r"|join (?:our|[\w'’]+) (?:whatsapp|telegram|signal|youtube) channel\b.*"
    r"|this (?:interactive )?(?:map|tracker|dashboard|page|chart|graphic|timeline) is updated (?:daily|weekly|hourly|regularly"
    r"|every\b)\b.*"
    # a closing note on the publisher's methods: "Note: ISW does not receive any classified material from any source, ..."
    r"|(?:note:\s*)?(?:the |our )?(?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}) (?:does not|doesn['’]t|do not)"
    r" (?:receive|use|have access to)"
    r" (?:any )?classified (?:material|information|sources?|intelligence)\b.*"
    r"|(?:editor['’]s note:\s*)?this live (?:page|blog) (?:is|will be) updated\b.*"
    r"|(?:read|see) our (?:[\w-]+ ){0,2}(?:methodology|policy|guidelines|standards)\b.*"
    r"|please contact\b.*\b(?:for (?:further|more) information|with (?:any )?questions)\b.*"
    r"|this [\w -]{1,30}? is (?:provided )?for (?:general )?information(?:al)? (?:purposes )?only\b.*"
    r"|.*\bdoes not constitute (?:legal|investment|financial|tax) advice\b.*"
    r"|for information media\b.*|not an official record"
    r"|.*\bonly (?:a portion|a part|part|some) of the (?:news|stories|news stories|content)\b.*\bsubscribers?\b.*"
    r"|please contact us for (?:subscription|subscriber|licensing)\b.*"
    # a letters page's rules and address: "Letters should be no more than 200 words and must include the writer's
    # name.", "Letters may be edited for length.", "The editor reserves the right to abridge letters.", "Email:
    # letters@example.co.nz"
    r"|letters (?:to the editor )?(?:should|must|may|will) (?:not )?(?:be (?:no (?:more|longer) than|(?:kept )?under|fewer than"
    r"|edited|abridged|shortened|cut)|exceed|include)\b.*"
    r"|(?:the editor|we) reserves? the right to (?:edit|abridge|shorten|cut|decline)\b.*"
    # ... also a contact address alone, as an op-ed closes: "opinion@globaltimes.com.cn"
    r"|(?:(?:e-?mail|write to us at|send (?:your )?letters to)\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # a newsletter's sign-off: "Forwarded this email?", "That's all for this morning.", "Thanks for reading."
    r"|(?:was this|forwarded this) (?:email|newsletter)\b.*|unsubscribe(?: \| manage (?:your )?preferences)?"
    # ... "Forward this email to a friend, or reply with tips."
    r"|forward (?:this|it|this (?:email|newsletter|edition|message)) to (?:a )?(?:friends?|colleagues?)\b.*|that['’]s all for (?:today|tonight|now|this (?:morning|week|edition))\b.*"
    r"|(?:thanks|thank you) for reading\b.*"
    r"|(?:thanks|thank you) for (?:(?:following (?:our|the|this|along|us)|joining us|staying with us)\b[^,\"“”]*|following)"
    # a live page's sign-off, "That's it from us for today.", and a fact-check's call to its reader, "Have a claim you
    # want us to check?", "Spotted a claim you'd like us to look into?" (not "Have any claims been checked by us?")
    r"|that['’]s (?:it|all) from (?:us|me|the team)(?: (?:for |on )?(?:today|tonight|now|this (?:morning|afternoon|evening"
    r"|week|page|blog)))?"
    r"|(?:have|got|spotted|seen|heard) (?:a|an|any) (?:claim|tip|story|statement|question|rumou?r)s? (?:(?:that )?you(?:['’]d|"
    r" would| want| wish)?\b[^\"“”.?]*\bus\b[^\"“”.?]*|for us)\?"
    # an interview's notes to its reader: "The interview has been edited for length and clarity.", "Answers have
    # been condensed and edited for clarity.", "This interview was conducted in Indonesian and English."
    r"|(?:(?:this|the|our) (?:interview|conversation|exchange|q ?& ?a)|(?:the |some )?(?:answers|responses|questions and"
    r" answers)) (?:has|have|was|were|is|are)(?: been)? (?:(?:lightly|slightly|also) )?(?:edited|condensed|abridged"
    r"|shortened|trimmed)(?:(?:,| and) (?:lightly )?(?:edited|condensed|abridged|shortened|trimmed))*"
    r"(?: for (?:length|clarity|brevity|space|style)(?:(?:,| and| or) (?:length|clarity|brevity|space|style))*)?"
    r"|(?:this|the|our) (?:interview|conversation|exchange) (?:was|has been) conducted (?:in (?-i:[A-Z][\w'’-]+)"
    r"(?:(?:,| and| or) (?-i:[A-Z][\w'’-]+))*|by (?:e-?mail|phone|telephone|video ?(?:link|call))"
    r"|through an? (?:interpreter|translator))(?:,? (?:and |through |with )(?:the help of )?an? (?:interpreter|translator)"
    r"|,? and (?:has been |was )?translated\b.*)?"
    # ... and its opening, "Here is what you need to know to start your day."
    r"|here(?:['’]s| is) what you need to know\b.*"
    # an author's note's handle and a report's cut-off: "Follow her on X.", "This assessment reflects information
    # available as of 28 February 2026."
    r"|follow (?:him|her|them|me|us) on (?:x|twitter|bluesky|linkedin|threads|instagram|facebook|mastodon)\b.*"
    # a disclaimer of whose views these are, however long: "The views expressed are those of participants and do not
    # necessarily reflect those of the organisers." (not "The views expressed by Ankara are those of a government ..."),
    # and the funder's acknowledgement: "This meeting was supported by the Norwegian Ministry of Foreign Affairs."
    r"|(?:the|any) (?:views|opinions)(?: (?:and|or) \w+)? expressed\b(?=[^\"“”]*\b(?:necessarily|solely|personal|own"
    r"|participants|authors?|speakers?|contributors?|organi[sz]ers|publishers?)\b)[^\"“”]*"
    r"|this (?:meeting|roundtable|workshop|event|report|publication|paper|briefing|summary|research|study|series"
    r"|podcast) (?:was|is|has been) (?:made possible|(?:generously |kindly )?(?:supported|funded|sponsored|financed))"
    r"(?: in part)? (?:by|through|with)(?: (?:a |the )?(?:generous |general |core |institutional |unrestricted )?(?:grant|support"
    r"|funding) (?:from|of|to))? (?:the )?(?-i:[A-Z])[^,;\"“”]{0,100}"
    r"|this (?:assessment|report|analysis|brief|briefing|paper|article|piece|estimate) (?:reflects|is based on|includes|covers)"
    r" (?:information|events|developments|data|reporting)(?: available)? (?:as of|up to|through|until)\b.*)[.!?]?",
    re.I,
)
_GREETING = re.compile(r"good (?:morning|afternoon|evening)[.!]?", re.I)
# a show's or newsletter's sign-off, furniture only on a line of its notices ("That's it for this episode. ... We'll be
# back next week."), a sentence elsewhere ("We'll be back next week to finish the text," the envoy said.)
_SIGN_OFF = re.compile(r"(?:(?:we|I)(?:['’]ll| will) be back|(?:we['’]ll |I['’]ll )?(?:see|talk to|speak to) you)"
                       r" (?:again )?(?:next (?:week|time|month|year|episode|edition|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                       r"|tomorrow|soon|then)[.!]?|until next (?:time|week)[.!]?", re.I)
# the credit line under a social-media post quoted in the body: a dash, the author's name, the handle in
# brackets and the post's date: "— Ali Karimov (@AliKarimov) March 3, 2026"
POST_CREDIT = re.compile(r"^[—–-]{1,2}\s*(?P<name>[^()@\n]{1,80}?)\s*\(@\w{1,30}\)(?:\s+(?P<date>[^\n]{0,40}))?\s*$")
# the credit line of a quotation: a dash and the person with their title, capitalised words (a surname's
# particle too), and after a comma what they were doing, on the line right after the quotation or after its
# closing mark on its line: "— Danish Prime Minister Mette Frederiksen, speaking at a summit on Monday."
QUOTE_CREDIT = re.compile(r"(?:^|(?<=[”\"])[ \t]*)(?P<dash>[—–]{1,2})[ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*"
                          r"|de|da|di|van|von|der|den|bin|al-[\w’'-]+)){1,7})(?:,[ \t]+[^\n]{1,200})?[ \t]*$")
# a digest item's lead-in: "Japan–South Korea: Prime Minister ..."
_LEAD_IN = re.compile(r"^(?P<lead>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?\s*[–—/-]\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2}):\s+(?=[\"“A-Z])")
# a run-in label opening a paragraph, up to six words and a colon before a sentence: a fact-check's "What the data
# show: Exports to China peaked ...", a digest's "Why it matters: ..."; none that says who speaks ("He added: ...")
_RUN_IN = re.compile(r"^(?P<label>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}):[ \t]+(?=[\"“‘A-Z])")
# an outlet's lead-in labels, each a run-in however often it opens a paragraph, as Ukrainska Pravda prints them:
# "Details: According to ...", "Quote: "We remember ..."", "Background: ...", "Context: ...", "Reminder: ..."
_LEAD_IN_LABELS = frozenset({"details", "quote", "background", "context", "reminder", "for reference", "previously",
                             "literally", "recap", "flashback"})
_SAYS = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|replied|replies|argued|argues|warned"
                   r"|warns|noted|notes|explained|explains|stated|states|declared|declares|concluded|concludes|put it)$", re.I)
# an author's note after the article: who they are, whose views these are
# (a name in capitals, a role in title case, a former post: "CAMILA RESTREPO ORTIZ is a Senior Fellow at ...",
# "Paolo Reyes is a former Philippine diplomat."; an Indian paper's "The writer is a former ambassador ...";
# an op-ed's signature, also of one name: "Sugiono is the Minister of Foreign Affairs of the Republic of Indonesia.";
# the publication's line: "Asia Security Monitor is an independent research newsletter."; a newsroom's post with no
# article before it: "Claudia Weber is Vienna correspondent for the Frankfurter Rundschau."; a former post in the past
# where a note of what they are now follows it: "Efua Mensah was Ghana's minister for ... from 2017 to 2021. She is a
# senior fellow at ..."); the office a possessive owns: "Arben Morina is Kosovo's minister for dialogue.", "Ardita Hoxha
# is BIRN's correspondent in Pristina."
_AUTHOR_NOTE = re.compile(
    rf"^(?:(?P<name>{_NAME}|[A-Z][\w'’-]+)\s+(?P<verb>is|was|covers|(?:(?:also|previously|earlier|has|had)\s+){{0,2}}served)\s+"
    # a pronoun's past posts after the note: "He served as ambassador to Peru and to the OAS."
    r"(?:(?<=served\s)as\s+(?:(?:[\w'’-]+\s+){0,4}?(?i:ambassador|envoy|consul|minister|secretary|adviser|advisor|"
    r"director|head|chief|president|chair|representative|spokesperson|spokesman|spokeswoman|negotiator|commissioner|"
    r"deputy|official|officer|member|governor|judge|editor|correspondent)\b).{0,200}"
    # a newsroom's beat, as the New York Times notes it: "Ana Swanson covers trade and international economics from
    # Washington."
    r"|(?<=covers\s)(?:[\w'’,-]+\s+){1,8}?(?:for|from)\s+(?:the\s+)?[A-Z][^.]{0,120}\.?|(?<!served\s)(?<!covers\s)"
    # (a post with its place before it: "Natalie Kitroeff is the Mexico City bureau chief for The Times.")
    r"(?:(?:[\w'’-]+\s+){0,4}?(?i:correspondent|editor|reporter|"
    r"columnist|bureau chief)\s+(?:for|of|at)\s+(?:the\s+)?[A-Z].{0,200}"
    r"|(?:a|an|the|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s)\s+(?:former\b|(?:[\w'’-]+\s+){0,5}?(?i:fellow|professor|"
    r"researcher|director|analyst|editor|correspondent|journalist|writer|lecturer|scholar|author|head|chair|founder|"
    r"associate|economist|diplomat|adviser|advisor|ambassador|partner|counsel|lawyer|attorney|minister|secretary)\b).{0,200}))"
    r"|(?i:the (?:authors?|writers?) (?:is|are)) \w[^.]{0,120}\.?|(?i:the views expressed)\b.{0,120}"
    # an Indian paper's line of whose views these are, alone: "Views are personal.", "Views expressed are the author's own."
    r"|(?i:(?:the\s+)?views\s+(?:expressed\s+)?(?:here\s+)?are\s+(?:personal|(?:the\s+(?:author|writer)['’]s|his|her|their|my)"
    r"\s+own))\.?"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+is\s+an?\s+(?:[\w-]+\s+){0,3}?(?i:newsletter|publication|magazine|journal"
    r"|blog|podcast|think tank)\b[^.]{0,120}\.?"
    # an outlet's standing line of what it does: "BBC Monitoring reports and analyses news from TV, radio, web and print
    # around the world."
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+(?i:(?:monitors|reports|tracks|covers|translates|analy[sz]es)(?:,?\s+(?:and\s+)?"
    r"(?:monitors|reports|tracks|covers|translates|analy[sz]es))*\s+(?:news|media|broadcasts|the (?:press|media))"
    r"\s+(?:from|across|around)\b)[^.]{0,120}\.?)")
# a correction note closing a piece, the whole paragraph: "This article was amended on 4 December 2026.
# An earlier version said ...", "Correction: An earlier version of this story misstated ..."
# also with its date before the colon: "Correction, 4 February 2026: ...", "Correction (Feb. 4, 2026): ..."
_CORRECTION_NOTE = re.compile(r"^\W*(?:(?:correction|clarification)s?(?:(?:\s*[,(—–-]\s*|\s+)(?=[^:\n]{0,30}\d\W{0,3}:)"
                              r"[\w.,/ ]{1,30}?\)?)?\s*:|this (?:article|story|report|piece|essay)"
                              r" (?:has been|was) (?:updated|corrected|amended|edited)\b|an earlier version of this "
                              r"(?:article|story|report|piece|essay)\b)", re.I)
# an entry of a sanctions list: a name in capitals, a comma or bracket, its identifiers, and the
# programme's tag in brackets at the end: "AL-HARTHY, Salim Rashid (a.k.a. ...), Salalah, Oman; DOB 1968;
# nationality Oman; Gender Male (individual) [SDGT] (Linked To: AL-HARTHY GENERAL TRADING LLC).", "ZAFRAN
# (IMO 9187432) Crude Oil Tanker ... (vessel) [SDGT].", "[IRAN-EO13902] [SDGT]"
_DESIGNATION = re.compile(r"^[A-Z][A-Z0-9'’.&/-]+(?:\s+[A-Z0-9][A-Z0-9'’.&/-]*)*\s*[,(].*"
                          r"(?:\[[A-Z][A-Z0-9-]+\]\s*)+(?:\(Linked To:[^()]*\)\s*)*\.?$")
# a digest item's heading on a line of its own: "DR Congo–Rwanda", "Peru"
_HEADING = re.compile(r"\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2}(?:\s*[–—/-]\s*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})?\s*")
# the heading of a report's notes or references, which run to its end; also a press release's notes, "Notes to
# editors", "Note for editors", "Editors' notes"
_NOTES_HEADING = re.compile(r"^\s*(?:notes|end ?notes|foot ?notes|references|bibliography|works cited|"
                            r"sources(?: and notes)?|notes? (?:to|for) (?:the )?editors?|editors?['’]? notes?)\s*:?\s*$", re.I)
# a release's contacts, with the lines after them, to the end: "For further information, please contact: OCHA Chad, Public
# Information Unit.", "For more information, contact ...", "For media enquiries", "Media contact:", "Press contacts: ..."
# (not "For further information on the plan, the ministry referred reporters to its website.", nor "Contacts resumed")
_CONTACT_HEADING = re.compile(
    r"^\W*(?:for (?:further|more|additional) information|for (?:media|press) (?:enquiries|inquiries|queries))\s*[,:]?\s*"
    r"(?:please )?(?:contact|call|e-?mail|write to|reach)\b.*"
    r"|^\W*(?:for (?:media|press) (?:enquiries|inquiries|queries)|(?:media|press) (?:contacts?|enquiries|inquiries|queries))"
    r"\s*(?::.*|[.:]?\s*$)", re.I)
# a press release's boilerplate about its issuer, to the end: "About ADB", "About the Asian Development Bank" (the name
# an organisation the gazetteer knows, or an acronym: not a subheading "About the deal")
_ABOUT_HEADING = re.compile(r"^\s*about\s+(?P<name>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w&'’.-]*)){0,8})"
                            r"\s*:?\s*$", re.I)
# what a transcript notes of the room: "[Applause]", "(Laughter)", a podcast's "[laughs] It is."
# a release's or article's end mark glued after its last stop, no sentence: "... cooperation. ■", "... in 2027. (END)",
# "-30-", "###", "ENDS"
_END_MARK = re.compile(r"(?<=[.!?…\"'”’)\]])[ \t]*(?:[■□▪◼◾]|\((?i:end|ends)\)|-30-|###|ENDS?)[ \t]*$")
_STAGE_DIRECTION = re.compile(r"[\[(](?:applause|laughter|laughs|laughing|chuckles|sighs|cheers|crosstalk|inaudible|"
                              r"pause|break)(?P<stop>[.!])?[\])]", re.I)  # also with a stop inside: "(Inaudible.)"
# a transcript's note in brackets on a line of its own that the event began, ended or paused: "(The press conference
# ended at 4:32 p.m.)", "[The briefing resumed after a short break.]", "(End of transcript)" (up to six words after the
# verb, no comma: not "(The meeting ended without a deal, officials said.)"), also as the US Congress's record prints it
# after "Whereupon" and the time: "[Whereupon, at 11:42 a.m., the hearing was adjourned.]"
_STAGE_NOTE = re.compile(r"[\[(](?:whereupon,?\s+(?:at\s+[^,\[\]()]{1,20},\s+)?)?"
                         r"(?:(?:the )?(?:press conference|press briefing|briefing|meeting|session|sitting|hearing|committee|subcommittee"
                         r"|interview|conference|debate|proceedings|remarks|q ?& ?a)(?: was)? (?:ended|began|started|opened"
                         r"|concluded|closed|resumed|adjourned|suspended|recessed|broke)\b(?:\s+[^\s,;\[\]()]+){0,6}"
                         r"|end of (?:the )?(?:transcript|press conference|briefing|remarks|session))[.!]?[\])]", re.I)
# a UN release's closing notes, each a line of its own: "The meeting began at 10:05 a.m. and ended at 11:48 a.m.",
# "The full text of resolution 2812 (2026) can be found in document S/RES/2812 (2026)." (not "The meeting began at
# noon with a minute's silence.")
_RELEASE_NOTE = re.compile(r"the meeting (?:began|started|opened|was called to order|resumed) at \d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?"
                           r"(?: and (?:ended|closed|adjourned|was adjourned|rose) at \d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)?\.?"
                           r"|the (?:full )?texts? of (?:the )?(?:resolutions?|statements?|decisions?|declarations?|reports?)\b[^.\"“”]{0,80}"
                           r" (?:can|may|will) be (?:found|read|consulted) in (?:documents? )?\S+(?: \(\d{4}\))?\.?", re.I)
# a newsletter's run-in head in capitals over names only, no sentence: "BIRTHDAYS: MEP Jane Doe; former Commissioner
# Tom Hart.", "THANKS TO: Our editor Kate Day and producer Tom Hart."
_NAMES_HEAD = re.compile(r"(?P<head>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}):\s+(?P<rest>.+?)\.?")
# an item of such a line: words of its role before the name, "former Commissioner Tom Hart", "producer Tom Hart"
_NAMED_ITEM = re.compile(r"(?:[\w'’.-]+\s+){0,3}?(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|"
                         rf"{'|'.join(sorted(NAME_PARTICLES))})){{1,3}})(?:\s+\(\d{{1,3}}\))?")
# a section label or kicker before a title: "Opinion | ...", "Analysis: ...", "Exclusive | ...", "Breaking | ...",
# "Letters | ...", "Letter to the editor: ..."
_SECTION_LABEL = re.compile(r"^(?:opinion|analysis|comment|commentary|editorial|explainer|perspective|op-ed|"
                            r"letters?(?: to the editors?)?|"
                            r"the big read|long read|interview|exclusive|breaking(?: news)?|live(?: (?:updates?|blog|coverage))?|news analysis|"
                            r"updated?)"
                            r"\s*[|:–—-]\s*",
                            re.I)
_AGENCY = re.compile(r"\s*,?\s*(?:the\s+)?(?:Associated Press|Reuters|Agence France-Presse|AFP|AP|Bloomberg)\s*$")
# a word in lower case that no name has: "East Africa correspondent", "senior fellow"
_ROLE_WORD = re.compile(rf"(?<![-'’])\b(?!(?:and|{'|'.join(sorted(NAME_PARTICLES))})\b)[a-z]{{2,}}")  # not "Sun-hee"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_STOP = re.compile(r"[.!?…][\"'”’)]*(?:\s|$)")  # a sentence's end anywhere in a line
_FULL_STOP = re.compile(r"\.[\"'”’)\]]*\s*$")  # not a headline's "?"


@dataclass(frozen=True)
class Header:
    """What the page's header block says about the article."""

    title: str | None = None
    date: str | None = None
    author: str | None = None


@dataclass(frozen=True)
class Furniture:
    """A span of page furniture: a whole line ("header", "byline", "subheading", "footer",
    "pull_quote", ...) or the start of one ("dateline" of a wire story, "speaker_label" of a
    transcript)."""

    start: int
    end: int
    kind: str


def parse_date(text: str) -> str | None:
    """Return the first calendar date in ``text`` as YYYY-MM-DD, or None."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            month_text = m.group("month").rstrip(".").lower()
            month = (int(month_text) if month_text.isdigit()
                     else _FOREIGN_MONTHS.get(month_text) or _MONTHS.get(month_text[:3]))
            if month is None:
                continue
            day = int(m.group("day"))
            if month > 12 and day <= 12:
                month, day = day, month
            try:
                return date(int(m.group("year")), month, day).isoformat()
            except ValueError:
                continue
    return None


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines as (start, end, stripped text), offsets of the stripped text; the lines of a
    hard-wrapped paragraph are one line (``soft_breaks``), its line breaks spaces in the text."""
    out: list[tuple[int, int, str]] = []
    rows = _rows(text)
    soft = _soft_rows(text, rows)
    for k, (start, end, stripped) in enumerate(rows):
        if k - 1 in soft:
            start = out.pop()[0]
            stripped = re.sub(r"[\r\n]", " ", text[start:end])
        out.append((start, end, stripped))
    return out


def _rows(text: str) -> list[tuple[int, int, str]]:
    """Non-blank lines of the text as it is printed, as (start, end, stripped text)."""
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            out.append((start, start + len(stripped), stripped))
        pos += len(raw)
    return out


def soft_breaks(text: str) -> frozenset[int]:
    """The offsets of the line breaks that stand for a space: those inside a paragraph of a text
    hard-wrapped as a PDF pastes it ("... announced in January that his government\nwould impose
    a 30 per cent ..."), not those of a list, a header block, a transcript or short lines."""
    rows = _rows(text)
    return frozenset(text.index("\n", rows[k][1]) for k in _soft_rows(text, rows))


# the widths, in characters, that a hard-wrapped text may be wrapped at (a PDF paste: about 80)
_WRAP_WIDTHS = range(50, 131)
# what opens a line of its own in a wrapped text: a list item, a speaker's label, a live page's time,
# and a page's number ("2")
_OWN_LINE = re.compile(rf"{_BULLET.pattern}|{_SPEAKER_LABEL.pattern}|{_TIMESTAMP.pattern}|\d{{1,4}}$")
# a line laid out in columns, a page's running header: "CHSS Policy Brief 14/2026      Colombia and Ecuador"
_COLUMNS = re.compile(r"\S(?: {3,}|\t)\S")
# a page foot's note under a paragraph: "2 Ministry of Commerce, ..." after "... 21 January 2026."
_NOTE_NUMBER = re.compile(r"^(?P<number>\d{1,3})\s+[A-Z]")
# ... and an essay's note with its number in brackets: "[1] Author's interviews, Honiara, September 2019."
_BRACKETED_NOTE = re.compile(r"^\[(?P<number>\d{1,3})\]\s+\S")


def _soft_rows(text: str, rows: list[tuple[int, int, str]]) -> set[int]:
    """The rows ``k`` whose line break before row ``k + 1`` is a space, in a text hard-wrapped at
    a width: most rows that another follows directly come close to it, and few are longer. The
    break after a row that fills most of the width, or half of it before a word in lower case that
    goes on from a line ending without a stop ("... and the Cost" over "of a "Security" Trade War"),
    is soft; not before a list item, a speaker's label, a page's number or the next note of a page
    foot, nor around a date line, a byline or a line in columns."""
    pairs = [k for k in range(len(rows) - 1) if text[rows[k][1] : rows[k + 1][0]].strip(" \t") in {"\n", "\r\n"}]
    if len(pairs) < 4:
        return set()
    lengths = sorted(len(rows[k][2]) for k in pairs)
    width = lengths[(len(lengths) * 9) // 10]
    if (width not in _WRAP_WIDTHS or sum(n >= 0.75 * width for n in lengths) < len(lengths) / 2
            or sum(len(s) > 1.1 * width for _, _, s in rows) > len(rows) / 20):
        return set()
    soft = set()
    for k in pairs:
        line, after = rows[k][2], rows[k + 1][2]
        ends = bool(_SENTENCE_END.search(_without_marks(line)))
        full = len(line) >= 0.75 * width
        goes_on = len(line) >= 0.5 * width and after[:1].islower() and not ends and not line.endswith(":")
        if ((full or goes_on) and not _OWN_LINE.match(after) and not (_NOTE_NUMBER.match(after) and ends)
                and not any(len(s.split()) <= 8 and _dates_line(s) or _is_byline(s) or _COLUMNS.search(s)
                            for s in (line, after))):
            soft.add(k)
    return soft


def _is_prose(line: str) -> bool:
    line = _without_marks(line)
    words = len(line.split())
    return (words >= 3 and bool(_SENTENCE_END.search(line))) or words >= 15


def _without_marks(line: str) -> str:
    """``line`` without its footnote marks, notes of the room and emphasis marks: "Water will not divide us.
    [Applause]" and "**Why go back?**" end as a sentence does."""
    # (a note with its stop inside stays: "QUESTION: (Inaudible.)" ends as a sentence, a label's line)
    return _STAGE_DIRECTION.sub(lambda m: m.group() if m.group("stop") else "",
                                _FOOTNOTE_AFTER_STOP.sub("", _END_MARK.sub("", unemphasised(line)))).strip()


def unemphasised(line: str) -> str:
    """``line`` without Markdown's emphasis marks: "**Why go back?**" is "Why go back?"."""
    return EMPHASIS.sub(r"\g<words>", line)


def _is_header_marker(line: str) -> bool:
    return (_dates_line(line) or bool(_MONTH_LINE.match(line)) or _is_byline(line) or _authors(line)
            or _dated_fields(line) or bool(_slashed_fields(line)) or _published_line(line))


def _published_line(line: str) -> bool:
    """A line saying when the page was published, however long, no sentence: "Published on February 11, 2026, at
    6:00 pm (Paris), updated at 7:12 pm"; not prose opening with the word ("Published on 3 March 2026, the report
    found ... .")."""
    return bool(_PUBLISHED.match(line)) and parse_date(line) is not None and not _SENTENCE_END.search(line)


def _dated_fields(line: str) -> bool:
    """A header line of fields between pipes, one of them the page's date, however many the others:
    BIRN's "Milica Stojanović, Perparim Isufi | BIRN | Belgrade, Pristina | May 14, 2026 | 11:42"."""
    parts = _PARTS.split(line.strip())
    return (len(parts) >= 2 and all(len(part.split()) <= 8 and not _SENTENCE_END.search(part) for part in parts)
            and any(_dates_line(part) for part in parts))


def _slashed_fields(line: str) -> list[str]:
    """The fields of a header block printed on one line between slashes, its author, place, outlet and
    date, the last a date alone: "Ardita Hoxha / Pristina / BIRN / 22 January 2026"; none of a line of
    prose or a headline with a date in its words ("Kenya / Somalia talks resume on 14 March 2026")."""
    parts = [part.strip() for part in re.split(r"\s+/\s+", line.strip())]
    if len(parts) < 3 or not all(1 <= len(part.split()) <= 5 and not _STOP.search(part) for part in parts[:-1]):
        return []
    return parts if len(parts[-1].split()) <= 4 and _dates_line(parts[-1]) and parse_date(parts[-1]) else []


def _dates_line(line: str) -> bool:
    """A line that dates the page: a date in eight words or fewer, or a line that opens with its
    date however long it runs ("March 11, 2026 4:37 PM GMT+7 Updated 2 hours ago"); not an embedded
    post's credit line, which dates the post ("— Ali Karimov (@AliKarimov) March 3, 2026"), nor a
    chronology's entry, its date then a dash and prose ("17 June 2024 – Chinese coast guard
    personnel board Philippine boats during a resupply mission.")."""
    if parse_date(line) is None or POST_CREDIT.match(line):
        return False
    opening = next((m for p in _DATE_PATTERNS if (m := p.search(line.lstrip())) and m.start() == 0), None)
    if opening is not None and _dated_entry(line.lstrip()[opening.end():]):
        return False
    return (len(line.split()) <= 8 or opening is not None or _wire_byline(line) or _dashed_date(line)
            or _stamped_fields(line) or bool(_DUAL_DATE.fullmatch(line.strip())))


# a date in the Hijri or Persian calendar and the same day's after a slash, as an Arab League communiqué prints it:
# "21 Dhu al-Qadah 1447 AH / 9 May 2026"
_DUAL_DATE = re.compile(r"\d{1,2}\s+[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]+1[34]\d\d(?:[ \t]*(?:A\.?H|S\.?H|H)\.?)?"
                        r"\s+/\s+[^/\n]{6,30}")


# the separators of a date line's fields: "Mexico City - 09 SEP 2026 - 06:00 CEST", "Lima | 3 Oct 2026 | 10:00"
_DASHED_PARTS = re.compile(r"\s+[|–—-]{1,2}\s+")


def _dashed_date(line: str) -> bool:
    """A date line of short fields between dashes or pipes, the place the page was filed from, its date alone and
    its time, however many words they make, as El País prints it: "Mexico City - 09 SEP 2026 - 06:00 CEST"; each
    field four words or fewer, none a sentence."""
    parts = _DASHED_PARTS.split(line.strip())
    return (2 <= len(parts) <= 4 and all(1 <= len(part.split()) <= 4 and not _SENTENCE_END.search(part) for part in parts)
            and any(parse_date(part) for part in parts))


def _stamped_fields(line: str) -> bool:
    """A date line of a desk's or author's field and the page's stamp after a slash or pipe, as the Times of India
    prints it: "TOI World Desk / Updated: Apr 9, 2026, 13:20 IST"; two or three fields, each of eight words or
    fewer and no sentence, one opening with "Published" or "Updated" and its date."""
    parts = re.split(r"\s+[/|]\s+", line.strip())
    return (2 <= len(parts) <= 3 and all(1 <= len(part.split()) <= 8 and not _SENTENCE_END.search(part) for part in parts)
            and any(_PUBLISHED.match(part) and parse_date(part) for part in parts))


# the page's first publication after its update on one line: "Updated March 3, 2026 | Posted March 2, 2026"
_FIRST_PUBLISHED = re.compile(r"\b(?:first\s+)?(?:published|posted)\b\s*(?:on\b)?\s*:?\s*(?P<rest>.+)", re.I)


def _published_date(line: str) -> str | None:
    """The day of a date line: its first date, or where the line opens with an update the day it names for the
    page's publication after it ("Updated March 3, 2026 | Posted March 2, 2026" is 2026-03-02)."""
    if _UPDATE_STAMP.match(line) and (m := _FIRST_PUBLISHED.search(line)) and (day := parse_date(m.group("rest"))):
        return day
    return parse_date(line)


def _wire_byline(line: str) -> bool:
    """A wire dateline with its date on a line of its own under the headline, a byline after its dash:
    "ASTANA, 11 March 2026 (Kazinform) -- By Aigerim Seitkali" (the date the page's, the name its author)."""
    m = _dateline_match(line.strip())
    return m is not None and bool(m.group("date")) and _is_byline(line.strip()[m.end():])


def _dated_entry(rest: str) -> bool:
    """Whether ``rest``, what follows the date opening a line, is a chronology entry's prose: a
    separator, then a sentence of four words or more ("– The two countries reach an understanding."),
    not a page's note ("– Updated 2 hours ago.")."""
    m = _ENTRY_SEPARATOR.match(rest)
    return (m is not None and len(rest[m.end():].split()) >= 4 and bool(_SENTENCE_END.search(rest))
            and not _PUBLISHED.match(rest[m.end():]))


def _authors(line: str) -> bool:
    """A header line of two or more names and nothing else, a report's byline without "By":
    "Jana Köhler and Matthias Brandt". Not names the gazetteer knows ("Xi Jinping and Olaf
    Scholz"), and one of them must start with a given name ("Meetings Coverage and Press
    Releases" is a section)."""
    if not _AUTHORS.fullmatch(line.strip()):
        return False
    names = re.split(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", re.sub(_IN_PLACE, "", line.strip()))
    return all(_gazetteer_kind(n) is None for n in names) and any(_personal_name(n) for n in names)


def _caps_authors(line: str) -> str | None:
    """The authors of a byline in capitals without "By", two or more names of two to four words between pipes, commas
    or "and", as El País prints it: "LUCÍA HERRERO | ISABEL MOLINA" gives "LUCÍA HERRERO and ISABEL MOLINA" (as printed,
    like a byline's one name in capitals); each no name the gazetteer knows, of no word it knows nor an outlet's, a
    section's, a day's or a month's, and one starting with a known given name ("WORLD | EUROPE", "MIDDLE EAST | NORTH
    AFRICA" are sections). The names may be joined by "and" in lower case and followed by the authors' role after a
    comma, as Nikkei prints them: "KENJI SATO and PARK MIN-JUN, Nikkei staff writers" gives "KENJI SATO and PARK
    MIN-JUN"."""
    line = _filed_name(line)
    if not re.sub(r"\sand\s", " ", line).isupper():
        return None
    names = [n.strip() for n in re.split(r"\s*[|,]\s*(?:AND\s+)?|\s+(?:AND|and|&)\s+", line.strip())]
    titled = [n.title() for n in names]
    if len(names) < 2 or not all(2 <= len(n.split()) <= 4 and re.fullmatch(_NAME, n) for n in titled):
        return None
    words = [w for n in titled for w in n.split()]
    if (any(_gazetteer_kind(n) is not None for n in titled) or not any(_personal_name(n) for n in titled)
            or any(_gazetteer_kind(w) is not None or w.lower() in _OUTLET_WORDS | _PROSE_WORDS | _DAYS_AND_MONTHS
                   for w in words)):
        return None
    return _joined_names(names)


def _given_name(name: str) -> bool:
    """Whether ``name`` starts with a given name the project knows (``given_name_gender``)."""
    from .attribution import given_name_gender  # attribution imports this module

    return given_name_gender(name) is not None


def _personal_name(name: str) -> bool:
    """Whether ``name`` starts with a known given name ("Amina Otieno") or, in two to four words, with a
    common family name of a language that puts it first ("Tan Wei Ling", "Nguyen Thi Thu Ha"), or is a
    family name and a given name of two syllables joined by a hyphen ("Kwan Ho-yin", "Seo Ji-won")."""
    words = name.split()
    return (_given_name(name) or (2 <= len(words) <= 4 and words[0].title() in _FAMILY_FIRST)
            or bool(_HYPHENED_GIVEN.fullmatch(name)))


def _known_name(part: str) -> bool:
    """A part of a header line that is one name starting with a known given name: "Burak Bir"; not an outlet's
    ("Manila Bulletin | March 10, 2026")."""
    return (bool(re.fullmatch(_NAME, part)) and _gazetteer_kind(part) is None and _personal_name(part)
            and not _outlet_line(part))


def _outlet_line(line: str) -> bool:
    """Whether header ``line`` is an outlet's name alone, no byline and no title: a non-state body the gazetteer
    knows ("The Straits Times", "Al Jazeera", "Nation Africa"), or one to four capitalised words ending in an outlet's
    word, whatever given name the first may be ("Oman Observer", "Manila Bulletin", "Asia Times", "Shabelle Media")."""
    words = line.split()
    return _outlet(line.strip()) or (1 <= len(words) <= 4 and all(w[:1].isupper() or w == "&" for w in words)
                                     and words[-1].lower() in _OUTLET_WORDS)


def _filed_author(parts: list[str]) -> str | None:
    """The first of a dated header line's fields where it is a name of two or three words the gazetteer
    does not know, none of them a place's or an outlet's word, and a later field before the date is the
    place it was filed from: "Rizky Pratama | Jakarta | Mon, October 19, 2026" (a given name the project
    does not know); not an outlet's or a section's field, "The Jakarta Ledger | Jakarta | ...", "World News | ..."."""
    name, rest = parts[0].strip(), [part.strip() for part in itertools.takewhile(lambda p: not _dates_line(p), parts[1:])]
    words = name.split()
    places = [place.strip() for part in rest for place in part.split(",")]
    return (name if len(words) in (2, 3) and re.fullmatch(_NAME, name) and not name.isupper() and words[0] != "The"
            and not _SECTION_LABEL.match(name) and _gazetteer_kind(name) is None
            and all(_gazetteer_kind(w) is None and w.lower() not in _OUTLET_WORDS for w in words)
            and any(_gazetteer_kind(place) == "place" for place in places) else None)


def _sole_author(line: str, following: str, preceding: str = "") -> bool:
    """A header line that is one name, a byline without "By": where a newsroom role follows it
    ("Bhavan Jaipragas" over "Senior Regional Correspondent"), where it is printed in capitals
    and starts with a known given name ("RASHID HASSAN"), or where it starts with one and the
    page's date line is just above or below it ("Halima Warsame" over "Tue 13 Oct 2026 06.00 BST",
    "Tan Wei Ling" over "Published Nov 24, 2026, 05:00 AM", or a part of it between pipes, "New Delhi | Updated:
    22 October 2026, 07:15 IST"; also with where it was filed or its
    role, "Halima Warsame in Nairobi", "Halima Warsame, Horn of Africa correspondent", "Nairobi:
    Halima Warsame")."""
    line = line.strip()
    name = line.title() if line.isupper() else line
    if _outlet_line(name):
        return False  # the outlet's line under the headline: "Nation Africa", "Manila Bulletin"
    if re.fullmatch(_NAME, name) and _gazetteer_kind(name) is None and (
            _ROLE_LINE.match(following.strip()) or (line.isupper() and _personal_name(name))):
        return True
    name = _filed_name(line)
    return (bool(re.fullmatch(_NAME, name)) and _gazetteer_kind(name) is None
            and (_personal_name(name) or _bare_name(_unranked(line), preceding))
            and any(_dates_line(part) for near in (following, preceding) for part in _PARTS.split(near))
            # or a given name the project does not know that is an English word too, under the standfirst and right over
            # the date line, "Dana Whitfield" over "Nov 30, 2026", where the family name is none
            or _surnamed(line, preceding) and _dates_line(following))


def _surnamed(line: str, preceding: str) -> bool:
    """A line under the headline or standfirst of two or three words in title case and letters only, whose last word,
    the family name, is none of the words ``_bare_name`` excludes, whatever the given name before it ("Dana Whitfield",
    where "dana" is an English word too); not a section's line, "Middle East", "Latest Updates"."""
    words = line.split()
    return (bool(preceding.strip()) and len(words) in (2, 3) and _gazetteer_kind(line.strip()) is None
            and all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)*", w) and w.lower() not in STOP_WORDS
                    and w.lower() not in _DAYS_AND_MONTHS | _PROSE_WORDS and _gazetteer_kind(w) is None for w in words)
            and not any(_english_word(part) for part in re.split(r"[-'’]", words[-1])) and not re.search(_ROLE_NOUN, line, re.I))


def _bare_name(line: str, preceding: str) -> bool:
    """A line under the headline that can only be a person's name, whose given name is not known
    ("Baqir Sajjad Syed" between the headline and "Published November 12, 2026"): two to four
    words in title case and letters only, none an English word ("Regional Power Trade") or a word of
    prose ("Talks Resume"), a day or a month,
    a newsroom's role, or a name the gazetteer knows (a place line, "Islamabad Pakistan"). Not the
    page's first line, which is the title."""
    words = line.split()
    return (bool(preceding.strip()) and 2 <= len(words) <= 4
            and all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*", w) for w in words)
            and not any(w.lower() in STOP_WORDS or w.lower() in _DAYS_AND_MONTHS or w.lower() in _PROSE_WORDS
                        or _english_word(w) or _gazetteer_kind(w) is not None for w in words)
            and not re.search(_ROLE_NOUN, line, re.I))


# title-case words of a subtitle or a section, not of a name: "Analysis", "Latest News"
_PROSE_WORDS = frozenset("analysis opinion editorial comment news latest breaking live updates world region "
                         "politics business report briefing feature explainer interview podcast video".split())


@functools.cache
def _english_words() -> frozenset[str]:
    """The English words the base model's lemmatizer lists (nouns, verbs, adjectives, adverbs); none
    where the model is not installed, so that no bare name is taken then."""
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        from .build import load_config

        base = load_config()["nlp"]["base"]
        folder = next(get_package_path(base).glob("*/lemmatizer/lookups"))
        index = Lookups().from_disk(folder).get_table("lemma_index")
    except (ImportError, OSError, StopIteration, KeyError):
        return frozenset()
    return frozenset(word for words in index.values() for word in words)


def _english_word(word: str) -> bool:
    """Whether ``word`` (any case) or its stem without an ending ("Talks", "Resumed") is an English word."""
    word = word.lower()
    stems = {word}
    for ending, kept in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(ending):
            stems.add(word[: -len(ending)] + kept)
    return not _english_words() or any(stem in _english_words() for stem in stems if len(stem) > 2)


# an academic's honorific before an author's name, no part of it: "Dr Elin Haugland", "Prof. Jane Doe", "DR. ..."
_HONORIFIC = re.compile(r"(?<![\w'’.-])(?:Dr|DR|Prof|PROF|Professor|PROFESSOR)\.?\s+(?=[A-Z])")
# a retired officer's mark after the name: "Vice Admiral Rohan Deshpande (retd)", "(Retd.)", "(retired)"
_RETIRED = re.compile(r"\s*\((?:retd|rtd|ret|retired)\.?\)\s*$", re.I)


@functools.cache
def _rank_before_name() -> re.Pattern[str]:
    """A military rank before a byline's name (the ranks the claims stage knows between a title and a name):
    "Vice Admiral ", "Lt Gen ", "Maj. Gen. ", "Air Vice Marshal "."""
    from .claims import _RANK_OPENERS, _RANKS  # claims imports this module

    openers, ranks = "|".join(sorted(_RANK_OPENERS)), "|".join(sorted(_RANKS))
    return re.compile(rf"^(?:(?:{openers})\s+){{0,2}}(?:(?:{ranks})\.?\s+){{1,2}}(?=(?-i:[A-Z]))", re.I)


def _unranked(line: str) -> str:
    """``line`` without an officer's rank before the name or a retired officer's mark after it: "Rohan Deshpande" of
    "Vice Admiral Rohan Deshpande (retd)"."""
    return _rank_before_name().sub("", _RETIRED.sub("", line))


def _filed_name(line: str) -> str:
    """The name of a byline line without where it was filed or the author's role: "Halima Warsame" of
    "Halima Warsame in Nairobi", "Halima Warsame, Horn of Africa correspondent", "Halima Warsame/Staff
    Reporter" and, as Asharq Al-Awsat prints it, "Nairobi: Halima Warsame" (a place the gazetteer knows,
    then a colon), also without an officer's rank or a retired officer's mark, "Rohan Deshpande" of
    "Vice Admiral Rohan Deshpande (retd)"; ``line`` else."""
    line = _unranked(line)
    filed = re.match(r"(?P<place>[A-Z][\w'’. -]{1,30}):\s+(?P<name>.+)$", line)
    if filed is not None and _gazetteer_kind(filed.group("place")) == "place":
        line = filed.group("name")
    line = re.sub(rf"{_IN_PLACE}$", "", line)
    # (the role after a slash too, as the Gleaner prints it: "Jovan Reid/Senior Staff Reporter")
    role = re.match(r"(?P<name>[^,/]+?)(?:,\s*|\s*/\s*)(?P<role>[^/]+)$", line)
    # (not a second author's name ending in a role's word, "Ana Ruiz, Grace Partner")
    return (role.group("name") if role is not None and _ROLE_LINE.match(role.group("role"))
            and not _known_name(role.group("role").strip()) else line)


def _name_and_role(line: str) -> str | None:
    """The name of a one-line byline whose role follows it ("Rowena Blake" of "Rowena Blake Diplomatic
    editor"): a known given name's, which the gazetteer does not know, before a role in sentence case."""
    m = _NAME_AND_ROLE.fullmatch(line.strip())
    name = m.group("name") if m is not None else None
    return name if name is not None and _gazetteer_kind(name) is None and _personal_name(name) else None


def _is_byline(line: str) -> bool:
    """ "By Amina Otieno", "• Amina Otieno | 14 March 2026"; a list item that is a sentence ("•
    Oman will host talks on Thursday.") is no byline, nor is a paragraph that opens with "By" and
    no name ("By Monday evening the shelling had eased, ..."); a credit line is one whatever it
    names ("Written and fact-checked by The Editors of Encyclopaedia Britannica")."""
    if hosted := _HOSTED_BY.match(line):  # "Hosted by Grace Mwangi", not "Hosted by Chatham House"
        # (also a given name the project does not know before a family name that is no English word, "Clare Whitford")
        names = re.split(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", hosted.group("names"))
        return all(re.fullmatch(_NAME, n) and _gazetteer_kind(n) is None and (_personal_name(n) or _surnamed(n, line))
                   for n in names)
    if _CREDITED_BY.match(line):
        return not _is_prose(line)
    if not _BYLINE.match(line):
        return False
    if _BY.match(line):
        return _names_after_by(line) or bool(_STAFF_BYLINE.match(line))
    # a glyph before a name ("• Amina Otieno | 14 March 2026"), not before a key point ("- Viktor
    # Orbán conceded defeat shortly after midnight")
    name = re.split(r"\s*[|,·—–]\s*", _BULLET_GLYPH.sub("", line), maxsplit=1)[0]
    words = name.split()
    # nor an interview's short question in italics ("*And Argentina?*")
    return (not _is_prose(line) and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
            and not unemphasised(line).rstrip().endswith("?"))


def _names_after_by(line: str) -> bool:
    """Whether the "By" opening ``line`` is followed by names: capitalised words up to the byline's
    end or its first comma ("By Park Hyun-woo in Seoul and Aiko Tanabe in Tokyo", "By JULIUS MWANGI,
    Special Correspondent", AFP's "By Daniel GONZALEZ with Eugenia LOGIURATTO in Brasilia"), not a
    day or month ("By Monday, ...", "By March") nor prose ("By the end of the year", "By contrast")."""
    rest = _ROLE_BEFORE_NAME.sub("", re.sub(_IN_PLACE, "", _BY.sub("", _BYLINE_EMAIL.sub("", _BRACKETED_ROLE.sub("", line)))))
    name = _FOR_OUTLET.sub("", _BYLINE_END.split(rest, maxsplit=1)[0].split(",")[0].strip())
    words = name.split()
    return (bool(words) and words[0].lower().rstrip(".") not in _DAYS_AND_MONTHS
            and all(w[:1].isupper() or w in NAME_PARTICLES or w in {"and", "&", "with"} for w in words))


def _byline_author(line: str) -> str | None:
    """The name of a byline: "By Amina Otieno | Published: 14 March 2026" gives "Amina Otieno",
    "By Wanjiru Kamau, East Africa correspondent" "Wanjiru Kamau"; "By Ana Ruiz, Li Wei and Tom
    Hart" keeps every name, and "By Ana Ruiz with Tom Hart" gives "Ana Ruiz and Tom Hart"; a staff
    byline names no one and is kept as printed, its role too ("MercoPress staff", "Staff Reporter, Gulf News"). A
    place the gazetteer knows after a comma is where the author files from ("By Adwoa Mensah-Brown, Hamburg")."""
    if _STAFF_BYLINE.match(line):
        return _BYLINE_END.split(_BY.sub("", line.strip()), maxsplit=1)[0].strip(" ,;") or None
    line = re.sub(rf"(?<=[\w.'’])\s+with\s+(?={_NAME})", " and ", _BYLINE_EMAIL.sub("", _BRACKETED_ROLE.sub("", line)))
    name = _ROLE_BEFORE_NAME.sub("", _BY.sub("", re.sub(r"^\s*[•·*\-–]\s*", "", line)))
    name = _FOR_OUTLET.sub("", _BYLINE_END.split(name, maxsplit=1)[0].strip(" ,;"))  # "... for RFA Burmese"
    name = _AGENCY.sub("", name).strip(" ,;")  # "By NINIEK KARMINI and ROD McGUIRK Associated Press"
    parts = name.split(",")
    # a part with a word in lower case, or a role ("Senior Analyst"), is the author's role, not another author
    # (also a role in title case after the name's comma whatever its head, "By Hendrik Vos, Principal Attaché"; not a
    # second author's name that ends in a role's word, "By Ana Ruiz, Grace Partner")
    names = [part for _, part in itertools.takewhile(lambda ip: not _byline_role(*ip), enumerate(parts))]
    # a place after the name is where the author files from, and an outlet the author writes for, no author: "By
    # Adwoa Mensah-Brown, Hamburg", "By Marta Lindqvist, UN News", "By Tevita Manu, Reuters"
    # (and one capitalised word after a full name is where the author files from too, a town the gazetteer may not
    # know, "By Abdirahman Hussein, Mandera"; an office is the author's role, "By Abdirahman Hussein, Ambassador")
    while len(names) > 1 and (_gazetteer_kind(names[-1].strip()) in {"place", "state"} or _outlet_name(names[-1].strip())
                              or _filing_word(names[-1].strip(), names[-2].strip())):
        names.pop()
    name = ",".join(names).strip(" ,;") if names else name
    return name if name and parse_date(name) is None else None


def _byline_role(i: int, part: str) -> bool:
    """Whether the byline's ``i``-th part between commas is the author's role: one with a word in lower case or a
    role's word ("Senior Analyst"), and after the name one opening with a rank ("Principal Attaché"); not a second
    author's name of a known given name, "Grace Partner" of "By Ana Ruiz, Grace Partner"."""
    if _ROLE_WORD.search(part):
        return True
    if i and _known_name(part.strip()):
        return False
    # and after the name one office's word alone, as a role is: "Ambassador" of "By Abdirahman Hussein, Ambassador"
    if i and part.strip().upper() in _OFFICE_ROLES | {"ENVOY"}:
        return True
    return bool(re.search(_ROLE_NOUN, part, re.I)) or (i > 0 and _ranked_role(part.strip()))


def _ranked_role(part: str) -> bool:
    """Whether a byline's ``part`` after the name's comma is a role in title case that opens with a rank, whatever its
    head ("Senior Attaché", "Chief Operating Officer", "Visiting Scholar"): two to four capitalised words, no person's
    name nor one the gazetteer knows."""
    words = part.split()
    return (2 <= len(words) <= 4 and words[0].lower() in _RANK and all(w[:1].isupper() for w in words)
            and not _personal_name(part) and _gazetteer_kind(part) is None)


def _filing_word(part: str, name: str) -> bool:
    """Whether a byline's ``part`` after a comma is one capitalised word after a full ``name`` of two words or more, a
    place the author files from ("Mandera" of "By Abdirahman Hussein, Mandera"), no office or role ("Ambassador")."""
    return (bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+", part)) and len(name.split()) >= 2
            and part.upper() not in _SPEAKER_ROLES | _OFFICE_ROLES and not re.search(_ROLE_NOUN, part, re.I))


# the last word of an outlet's name after a byline's comma: "UN News", "The Fiji Times", "Xinhua News Agency",
# "Radio New Zealand" (its first word)
_OUTLET_HEAD = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,4}(?-i:News|Times|Post|Agency|Service|Radio|TV)"
                          r"|(?:Radio|TV)(?:\s+[A-Z][\w'’&.-]*){1,4}")


def _outlet_name(part: str) -> bool:
    """Whether a byline's part after a comma names an outlet, no author: a news body the gazetteer knows
    ("Reuters", "BBC News") or capitalised words ending in News, Times, Post, Agency, Service, Radio or TV ("UN
    News", "The Fiji Times") or opening with Radio or TV ("Radio New Zealand"); not a person's name ("Li Wei", "Tom
    Post")."""
    return _outlet(part) or (bool(_OUTLET_HEAD.fullmatch(part)) and not _personal_name(part))


def find_furniture(text: str) -> tuple[list[Furniture], Header]:
    """Return the furniture spans of ``text`` and what its header block says.

    The article body runs from the first prose line that is not followed closely by a date or
    byline (that one is a title) to the last prose line. Lines outside it are furniture, and
    so are known page-furniture lines and short unpunctuated lines (subheadings) inside it.
    A text with no prose line at all (a headline, a short note) is all body.
    """
    lines = _lines(text)
    # a speaker's turn is speech however short, no header or footer line: "CHAIR: Order.", "A: No."
    said = {f.start: f.end for f in _speaker_labels(lines, range(len(lines)))}
    turns = {i for i, (start, _, s) in enumerate(lines) if start in said and _SENTENCE_END.search(s[said[start] - start :])}
    # and a label alone on its line opens the next: "CHAIR:" over "Order."
    # (or one broken off by another speaker: "Dr Andrew Murrison (South West Wiltshire) (Con)" over "Will my hon. Friend—")
    turns |= {k for i, (start, end, _) in enumerate(lines[:-1])
              if said.get(start) == end and (_SENTENCE_END.search(lines[i + 1][2]) or _BROKEN_OFF.search(lines[i + 1][2]))
              for k in (i, i + 1)}
    # the link under a related-link label alone on its line is none: "Read more:" over "Explainer: What is at stake ...?"
    links = {i for i in range(1, len(lines)) if _LINK_LABEL.match(lines[i - 1][2]) and len(lines[i][2].split()) <= 20}
    # a preamble's clauses are sentences, however short ("Recalling its previous decisions on the situation in Somalia;"),
    # and so is the line above the first that ends in a comma, the body that speaks them: "The Security Council,"
    clauses = {i for i, (_, _, s) in enumerate(lines) if len(s.split()) >= 3 and _CLAUSE_LINE.fullmatch(_without_marks(s))}
    clauses |= {i - 1 for i in clauses if i > 0 and i - 1 not in clauses and lines[i - 1][2].endswith(",")}
    prose = [i for i, (_, _, s) in enumerate(lines) if (_is_prose(s) or i in turns or i in clauses) and i not in links]
    if not prose:
        return [], Header()
    first = None
    live = _live_stamps(lines)
    for i in prose:
        # the next three lines, and on through lines that are no prose ("Valbona Krasniqi",
        # "Pristina", "BIRN", then the date)
        # (a place line in capitals between the byline and the date is no line of its own: "NEW DELHI")
        after = [s for _, _, s in lines[i + 1 : i + 9] if not _caps_place(s)]
        # a release's contacts sign nothing: "Media contact:", "Amina Haroun, Communications Officer"
        after = list(itertools.takewhile(lambda s: not _CONTACT_HEADING.match(s), after))
        following = after[: max(3, next((j for j, s in enumerate(after) if _is_prose(s)), len(after)))]
        if i != prose[-1] and not _SENTENCE_END.search(lines[i][2]) and _title_case(lines[i][2]) and i not in turns | clauses:
            continue  # a long headline in title case, with no stop: "As Famine Spreads across Kordofan, ..."
        if (i == 0 and i != prose[-1] and not _SENTENCE_END.search(lines[i][2]) and _DOCUMENT_HEADING.match(lines[i][2])
                and text.count("\n", lines[i][1], lines[i + 1][0]) >= 2):
            continue  # a document's heading over a blank line, with no stop: "Communiqué of the 1300th meeting of ..."
        # the answer's date under a written question is no header's: the question is body
        following = [s for k, s in enumerate(following, i + 1) if _answer_date(lines, k) is None
                     # nor is an update stamp two lines or more on with prose between: a live page's between its
                     # entries (right under a standfirst it is the header's); nor an entry's dated stamp of a live
                     # page, after its summary's paragraphs under the page's own date line or under its headline
                     # (not one standfirst), or under an entry that has its own stamp above it (not a standfirst
                     # under "Published 11 Mar 2026 09:00 GMT")
                     and not ((_UPDATE_STAMP.match(s) or s in live) and any(_is_prose(t) for t in following[: k - i - 1])
                              and (k - i > 2 or s in live and any(_dates_line(t) or _headline(t) for _, _, t in lines[:i])))
                     and not (s in live and i > 0 and lines[i - 1][2] in live and not _PUBLISHED.match(lines[i - 1][2]))]
        if not any(_is_header_marker(s) for s in following) and not _is_header_marker(lines[i][2]):
            first = i
            break
    if first is None:
        first = prose[-1]
    last = prose[-1]
    # the author's note that ends a piece, "Halima Warsame is a fellow at ...", "The views expressed are ...",
    # also above the page's appeals ("Join ST's WhatsApp Channel ..."), which stay where no note is above them;
    # and so does a correction note, "This article was amended on 4 December 2026. An earlier version said ..."
    end, signed = last, []
    while end > first and (_closing_note(lines[end][2]) or _appeal(lines[end][2]) or _credits(lines[end][2])):
        if _closing_note(lines[end][2]) or _credits(lines[end][2]):
            last = end - 1
            signed = _note_names(lines[end][2]) + signed
        end -= 1
    # a report's notes, from their heading to the end: "Notes", "[8] Federal Foreign Office, ..."
    notes = next((i for i in range(first + 1, last + 1) if _notes_heading(lines[i][2])), None)
    if notes is not None:
        last = max(i for i in prose if i < notes)
    # an explainer's questions as subheadings ("What happened?", "Why does it matter?"): short
    # lines of their own ending in "?", where there are two or more, or in capitals ("WHAT NEXT?");
    # the first may open the body
    asked = [i for i in range(first, last + 1)
             if _QUESTION_HEADING.match(lines[i][2]) and len(lines[i][2].split()) <= 7]
    # among two or more, a longer question standing alone between paragraphs is one too: "What does the United States
    # have to do with it?" with "What happened?" and "Why does it matter?"
    apart = {i for i in range(first, last + 1) if (i == 0 or text.count("\n", lines[i - 1][1], lines[i][0]) > 1)
             and (i + 1 == len(lines) or text.count("\n", lines[i][1], lines[i + 1][0]) > 1)}
    asked = sorted({*asked, *(i for i in apart if _QUESTION_HEADING.match(lines[i][2])
                              and len(lines[i][2].split()) <= _LONG_QUESTION_HEADING)}) if len(asked) >= 2 else [
        i for i in asked if lines[i][2].isupper()]
    page_notes = _page_notes(lines, range(first, last + 1))
    captions = _caption_lines(text, lines, range(first, last + 1))
    items = _summary_items(text, lines)
    spans: list[Furniture] = []
    author = doc_date = update_date = None
    update_at = len(lines)
    event_dated = False  # the date is an event's inside a line of its own words, no page's
    candidates: list[tuple[int, str]] = []  # header lines that may be the title
    heading = None  # a transcript's heading with its date, its title
    first_marker = first
    opening = first  # the body's first line after the author's note that may open it
    for i, (start, end, s) in enumerate(lines):
        if i < first and (issued := _AGENCY_DATELINE.match(s)) and parse_date(issued.group("date")):
            # a rating agency's dateline over its byline: "Fitch Ratings - London - 06 Nov 2026: Fitch Ratings has
            # affirmed ..." dates the page, and the rest of its line is body
            spans.append(Furniture(start, start + issued.end(), "dateline"))
            doc_date = doc_date or parse_date(issued.group("date"))
            first_marker = min(first_marker, i)
        elif i in items and i <= last and (notes is None or i < notes):  # a live page's summary under "Key events", each line a sentence, its glyph furniture
            if bullet := _BULLET.match(s):
                spans.append(Furniture(start, start + bullet.end("glyph"), "bullet"))
        elif i < first:
            kind = "header"
            # "Analysis | By Tomas Weber | 28 January 2026"; "Ardita Hoxha / Pristina / BIRN / 22 January 2026"
            parts = _slashed_fields(s) or _PARTS.split(s)
            # "Published on April 15, 2026, at 7:45 pm (Paris), updated ..." however long
            if parse_date(s) and (any(_dates_line(part) for part in parts) or _PUBLISHED.match(s)
                                  or (i == 0 and _dated_heading(s))):
                kind = "dateline"
                if i == 0 and (said or _dated_heading(s)) and _TRANSCRIPT_HEADING.search(s):
                    heading = s  # a transcript's dated heading is its title: "Department Press Briefing - November 3, 2026"
                elif i == 0 and _titled_date(s):
                    heading = s  # and so is a series' issue with its date: "Russian Offensive Campaign Assessment, November 26, 2026"
                # an event's line, "Roundtable held on 22 January 2026", gives way to the page's "Published: ..."
                if doc_date is None or (event_dated and _PUBLISHED.match(s)):
                    doc_date, event_dated = _published_date(s), _event_date(s)
                first_marker = min(first_marker, i)
                loose = _slashed_fields(s) or _LOOSE_PARTS.split(s)
                byline = s if _is_byline(s) else next((part for part in loose if _is_byline(part)), None)
                if author is None and byline is not None:  # "By Amina Otieno | 14 March 2026"
                    author = _byline_author(byline)
                elif author is None:  # "Burak Bir   |25.11.2026 - Update : 25.11.2026", "Ana Ruiz, Li Wei | BIRN | ..."
                    # and the names before a comma and the date, "Ana Ruiz, March 2, 2026"
                    named = [*loose, _BYLINE_END.split(s.strip(), maxsplit=1)[0]]
                    author = next((part for part in named if _known_name(part) or _authors(part)), None) or _filed_author(loose)
            elif heading is not None and i == 1 and (briefer := _briefer(s)):
                kind = "byline"  # the name and office under it, who gives the briefing: "Tommy Pigott, Principal Deputy Spokesperson"
                author = author or briefer
            elif i == 0 and first > 1 and not _BY.match(s) and _masthead_line(s, lines[1][2]):
                pass  # the outlet's or section's line over the headline, no byline: "THE HINDU", "ASIA PACIFIC"
            elif (_is_byline(s) or _authors(s) or _sole_author(s, _next_line(lines, i), lines[i - 1][2] if i > 0 else "")
                  or _name_and_role(s) or _placed_author(lines, i) or _caps_authors(s)):
                kind = "byline"
                first_marker = min(first_marker, i)
                author = (author or _name_and_role(s) or _caps_authors(s)
                          or _byline_author(re.sub(_IN_PLACE, "", _filed_name(s))))
                # "By Nguyen Thu Ha and Paolo Reyes | 25 May 2027": too long for a dateline
                doc_date = doc_date or parse_date(s)
            elif _LANGUAGE_BAR.search(s):
                kind = "language_bar"
            elif _FURNITURE_LINE.match(s):
                kind = "furniture"
            elif _MONTH_LINE.match(s):
                kind = "dateline"  # a month, no day: no document date
                first_marker = min(first_marker, i)
            elif _ROLE_LINE.match(s) and i > 0 and _sole_author(lines[i - 1][2], s):
                kind = "byline"  # the author's role under their name
            elif ((i == 0 or not _is_byline(lines[i - 1][2])) and not _SECTION_NUMBER.match(s) and not _NO_TITLE.search(s)
                  and not (i == 0 and first > 1 and _masthead_line(s, lines[1][2]))
                  and not _OFFICE_LINE.match(s) and not _office_of(s) and not any(_place_line(part) for part in parts)
                  # nor the organ that issues a release, in capitals: "SECURITY COUNCIL", "GENERAL ASSEMBLY"
                  and not (s.isupper() and _gazetteer_kind(s) == "organisation")
                  and start not in said  # a speaker's label is never the title: "CHAIR:" over "Order."
                  and not _MOTTO.match(s)  # nor a publisher's motto: "Informing the legislative debate since 1914"
                  # nor a line numbering the report in its series, above the headline or under it: "Summary of the
                  # Committee's Fourth Report of Session 2024-26", in title case with its number, no stop and more header
                  # under it (not a headline that names a report, "Iran Rejects the Agency's Fifth Report on Enrichment")
                  and not (_SERIES_LINE.search(s) and re.search(r"\d", s) and not _STOP.search(s) and i + 1 < first
                           and _title_case(s))
                  # nor a publisher's line with the series label between pipes: "Institute (JIIA) | Policy Brief No. 2026-07"
                  and not (len(parts) > 1 and any(re.fullmatch(_SERIES_LABEL, part.strip(), re.I) for part in parts))):
                # nor is an outlet's line with where it is published: "The Caribbean Chronicle | Kingston, Jamaica"
                candidates.append((i, s))
            spans.append(Furniture(start, end, kind))
        elif notes is not None and i >= notes:
            spans.append(Furniture(start, end, "notes"))
        elif i > last:
            spans.append(Furniture(start, end, "footer"))
        elif i in page_notes:
            spans.append(Furniture(start, end, "notes"))
        elif _FURNITURE_LINE.match(s) or _LANGUAGE_BAR.match(s) or _SEPARATOR.fullmatch(s) or i in captions or i in links:
            spans.append(Furniture(start, end, "furniture"))  # also marks alone, a release's "* *** *"
        elif _RELEASE_NOTE.fullmatch(s) or _names_only(s):
            spans.append(Furniture(start, end, "furniture"))
        elif _STAGE_NOTE.fullmatch(s.strip()):
            spans.append(Furniture(start, end, "stage_direction"))  # "(The press conference ended at 4:32 p.m.)"
        elif _UPDATE_STAMP.match(s) and len(s.split()) <= 12 and not _STOP.search(s):
            # "UPDATED 16:40 GMT" between a live page's entries; it dates a page that has no other date
            spans.append(Furniture(start, end, "furniture"))
            update_date, update_at = (update_date, update_at) if update_date else (parse_date(s), i)
        elif _ANSWER_DATE.match(s):
            spans.append(Furniture(start, end, "furniture"))  # "Date and time of answer: 18 Nov 2026 at 14:32."
        elif i == opening and author and _author_note(s, author):
            opening += 1  # "CAMILA RESTREPO ORTIZ is a Senior Fellow at ..." under "By Camila Restrepo Ortiz"
            spans.append(Furniture(start, end, "author_note"))
        elif POST_CREDIT.match(s):
            spans.append(Furniture(start, end, "byline"))  # "— Ali Karimov (@AliKarimov) March 3, 2026" under a post
        elif credit := quote_credit(s, lines[i - 1][2] if i > 0 else ""):
            # "— Danish Prime Minister Mette Frederiksen, speaking at ..." under or after a quotation
            spans.append(Furniture(start + credit.start("dash"), end, "byline"))
        elif _DESIGNATION.match(s):
            spans.append(Furniture(start, end, "designation"))  # "AL-HARTHY, Salim Rashid, Salalah, Oman; ... [SDGT]."
        elif notices := _notices(start, s):
            spans += notices
        elif i in asked or _labelled_heading(s):
            spans.append(Furniture(start, end, "subheading"))
        elif stamp := _TIMESTAMP.match(s):
            spans.append(Furniture(start, start + stamp.end("stamp"), "timestamp"))  # its entry is a sentence
        elif _SECTION_NUMBER.match(s) and i not in prose and not any(
                _numbered_item(lines[j][2]) for j in (i - 1, i + 1) if first <= j <= last):
            spans.append(Furniture(start, end, "subheading"))  # "2. The diplomacy of the unfinished agreement"
        elif _CROSSHEAD.fullmatch(s) and len(s.split()) <= 10:
            spans.append(Furniture(start, end, "subheading"))  # "- Next stop, Palau -"
        elif _TRANSCRIPT_PART.match(s) or _SELF_LINK.match(s):
            # a transcript's heading of its part, "Beginning of the conversation with President of Türkiye ...", and
            # a newsletter's link to its own earlier piece, "(For the background, see my October piece, ..., linked ...)"
            spans.append(Furniture(start, end, "subheading" if _TRANSCRIPT_PART.match(s) else "furniture"))
        elif bullet := _BULLET.match(s):
            spans.append(Furniture(start, start + bullet.end("glyph"), "bullet"))  # its item is a sentence
        elif (not _SENTENCE_END.search(_without_marks(s)) and len(s.split()) < 10 and i not in prose
              and (not s.endswith(":") or (len(s.split()) <= 3 and not any(w.lower() in _AUXILIARIES for w in s[:-1].split()))
                   or (_ADDRESSEE.fullmatch(s) and i + 1 < len(lines) and _BULLET.match(lines[i + 1][2])))
              # nor is an item of a list enumerated "(i)", "(ii)", "(a)" among others: "(iii) Agreement on Mutual
              # Legal Assistance;" between "(ii) MoU on ...;" and "(iv) ..."
              and not (_ENUMERATED.match(s) and any(_ENUMERATED.match(lines[j][2]) for j in (i - 1, i + 1)
                                                    if first <= j <= last))):
            # "Key facts:" heads a box, and "To the member states:" a report's recommendations over their numbered list;
            # a line that leads into a list ("The dispute could also delay several projects:") is a sentence, however
            # short where it has its verb ("The bill would:")
            spans.append(Furniture(start, end, "subheading"))
    labels = _speaker_labels(lines, range(first, last + 1))
    labelled = {f.start for f in labels}
    spans += _courtesies(text, lines, labels)
    # what a label opens is speech, however short: a crosstalk's "[03:38] TOM ASHWORTH: — and then cancelled them —",
    # also the line under a label alone on its own, "Tom Ridley (Stroud) (Con)" over "Will the Minister visit Juba?"
    labelled_over = {lines[i + 1][0] for i in range(len(lines) - 1) if said.get(lines[i][0]) == lines[i][1]}
    spans = [f for f in spans if not (f.kind == "subheading" and f.start in labelled | labelled_over)] + labels
    for i in range(first, last + 1):
        start, _, s = lines[i]
        dateline = None if start in labelled else _dateline(s, later=i > first)
        if dateline:
            spans.append(Furniture(start, start + dateline.end(), "dateline"))
            # the date of the dateline, or of a press release's in brackets where its agency would be: "(18 September 2026)"
            if doc_date is None and i == first and (day := parse_date(dateline.group("date") or dateline.group("agency") or "")):
                doc_date = day
    leads = _lead_ins(lines, range(first, last + 1), labelled)
    headings = {f.start for f in leads}  # a heading of its own line is a lead-in, not a subheading
    spans = [f for f in spans if not (f.kind == "subheading" and f.start in headings)] + leads
    spans += _run_ins(lines, range(first, last + 1), labelled | headings)
    spans += _run_in_heads(lines, range(first, last + 1), labelled)
    spans += _pull_quotes(lines, range(first, last + 1))
    spans += _marks(lines, range(first, last + 1))
    # a subtitle is printed on the line right under its title, with no blank line between
    joined = {i for i in range(1, len(lines)) if text.count("\n", lines[i - 1][1], lines[i][0]) == 1}
    title = heading or _title(candidates, first_marker, joined)
    # a piece with no byline is signed by its closing note: "Tan Wei Ling is a senior fellow at ..."
    author = author or _joined_names(signed) or _report_authors(lines, last)
    doc_date = next((day for i in range(len(lines)) if (day := _answer_date(lines, i))), None) or doc_date
    # a live page with no date line of its own is dated by its first entry's stamp after the summary, "12 March 2026,
    # 14:05 GMT", where no update stamp comes before it
    stamp = next((k for k in range(first, update_at) if lines[k][2] in live), None)
    doc_date = doc_date or (parse_date(lines[stamp][2]) if stamp is not None else update_date)
    return spans, Header(title=title, date=doc_date, author=_HONORIFIC.sub("", author) if author else author)


# a clock time in a live page's stamp: "14:32", "18.04"
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")
# a live page's stamp of a time alone: "13:40 GMT", "1.40pm", "Updated 13:40"
_TIME_ALONE = re.compile(r"(?:(?:updated|posted)\s+)?(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2})?)?", re.I)


# the heading of a live page's summary of its main events: "Key events", "Key points", "Key developments"
_SUMMARY_HEADING = re.compile(r"^\s*(?:key\s+(?:events|points|developments|takeaways)|highlights)\s*:?\s*$", re.I)


def _summary_items(text: str, lines: list[tuple[int, int, str]]) -> set[int]:
    """The lines of a live page's summary, each one news item, with or without a glyph: those right under its heading
    ("Key events" over "Servel says 94% of ballot boxes counted") up to a blank line, each of up to 25 words, no
    date line, byline or timestamp. They are body sentences however short, in the header or not; the heading is
    furniture."""
    items: set[int] = set()
    for i, (_, _, s) in enumerate(lines):
        if not _SUMMARY_HEADING.match(s):
            continue
        for k in range(i + 1, len(lines)):
            line = lines[k][2]
            if (text.count("\n", lines[k - 1][1], lines[k][0]) != 1 or len(line.split()) > 25 or _is_header_marker(line)
                    or _TIMESTAMP.match(line) or _SUMMARY_HEADING.match(line)):
                break
            items.add(k)
    return items


def _live_stamps(lines: list[tuple[int, int, str]]) -> set[str]:
    """The dated stamps of a live page's entries: two or more short lines, each a date with its time of day and no
    sentence, with prose between each and the next ("11 Mar 2026 14:32 GMT", "Updated 14:32 GMT, 12 March 2026",
    "Posted 3 March 2026, 09:10"), also the first dated over later ones of a time alone ("12 March 2026, 14:05 GMT"
    over "13:40 GMT"); not a header's "Published 11 Mar 2026 09:00" over "Updated 11 Mar 2026 10:15"."""
    stamps = [k for k, (_, _, s) in enumerate(lines)
              if len(s.split()) <= 8 and _CLOCK.search(s) and (parse_date(s) or _TIME_ALONE.fullmatch(s))
              and not _STOP.search(s)]
    if len(stamps) < 2 or not all(any(_is_prose(lines[k][2]) for k in range(a + 1, b)) for a, b in itertools.pairwise(stamps)):
        return set()
    return {lines[k][2] for k in stamps if parse_date(lines[k][2])}


def _notes_heading(line: str) -> bool:
    """Whether ``line`` heads notes that run to the end: a report's "Notes", "References", a press release's "Notes
    to editors", or its boilerplate about its issuer, "About ADB", "About the Asian Development Bank", or its contacts,
    "For further information, please contact: OCHA Chad, Public Information Unit.", "Media contact:"."""
    if _NOTES_HEADING.match(line) or _CONTACT_HEADING.match(line):
        return True
    about = _ABOUT_HEADING.match(line)
    name = about.group("name") if about else ""
    return bool(about) and (re.fullmatch(r"[A-Z][A-Z&-]{1,9}", name) is not None
                            or _gazetteer_kind(name) in {"organisation", "nonstate"})


def _event_date(line: str) -> bool:
    """Whether the date of header line ``line`` is inside words of its own, an event's ("Roundtable held on 22
    January 2026", "Recorded on 3 March 2026"), no line that publishes, dates or signs the page ("Published: 5
    February 2026", "Tue 13 Oct 2026", "Berlin, 14 March 2026", "By Amina Otieno | 14 March 2026")."""
    if _PUBLISHED.match(line) or _is_byline(line) or "|" in line:
        return False
    opening = min((m.start() for p in _DATE_PATTERNS if (m := p.search(line))), default=0)
    return any(w.lower() not in _DAYS_AND_MONTHS for w in re.findall(r"\b[a-z]{2,}\b", line[:opening]))


def _caps_place(line: str) -> bool:
    """A line in capitals that is a place the gazetteer knows, where a page files a report between
    its byline and its date: "NEW DELHI", "ISLAMABAD"."""
    return line.isupper() and _gazetteer_kind(line) in {"place", "state"}


def _next_line(lines: list[tuple[int, int, str]], i: int) -> str:
    """The line after line ``i`` that is no place line in capitals ("NEW DELHI"), or ""."""
    return next((s for _, _, s in lines[i + 1 :] if not _caps_place(s)), "")


def _placed_author(lines: list[tuple[int, int, str]], i: int) -> bool:
    """A header line of a name of two to four words over a place line in capitals over the page's
    date, as The Hindu prints its byline ("Suhasini Raghavan", "NEW DELHI", "December 19, 2026 00:12
    IST"), whether or not the project knows the given name; not a name the gazetteer knows."""
    line = lines[i][2]
    return (i + 2 < len(lines) and bool(re.fullmatch(_NAME, line)) and not line.isupper()
            and _gazetteer_kind(line) is None and _caps_place(lines[i + 1][2]) and _dates_line(lines[i + 2][2]))


def _headline(line: str) -> bool:
    """Whether header ``line`` may be a headline above a page's first prose: four words or more, no sentence, no date."""
    return len(line.split()) >= 4 and not _is_prose(line) and parse_date(line) is None


def _masthead_line(line: str, below: str) -> bool:
    """Whether the page's first line, over the headline ``below`` (five words or more, no date or
    byline), is the outlet's name: a name the gazetteer knows as no state's, a newspaper's, agency's,
    broadcaster's or think tank's ("South China Morning Post"), or one to four words in capitals ("THE
    HINDU"), or names between commas, one an outlet's ("MercoPress, South Atlantic News Agency"); no title. A
    short headline in capitals over the byline ("TRUCE HOLDS IN KIVU") stays one."""
    if len(below.split()) < 5 or below.isupper() or _is_header_marker(below):
        return False
    parts = [part.strip() for part in line.split(",")]
    return _gazetteer_kind(line) == "nonstate" or (
        line.isupper() and len(line.split()) <= 4 and not re.search(r"[\d.!?,:;|]", line)) or (
        len(parts) <= 3 and all(re.fullmatch(r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}", part) for part in parts)
        and any(_outlet_name(part) for part in parts))


def _numbered_item(line: str) -> bool:
    """Whether ``line`` is an item of a numbered list ("7. Energy", "3) Donors should ..."), which
    makes a numbered line next to it one more item; a bullet's item ("- Commission a study ...")
    does not: "8. Conclusion" under the last one is a section's heading."""
    m = _BULLET.match(line)
    return m is not None and m.group("glyph")[0].isdigit()


def _answer_date(lines: list[tuple[int, int, str]], i: int) -> str | None:
    """The date of a written question's answer that line ``i`` gives ("18 November 2026" under
    "Answered on", "Date and time of answer: 18 Nov 2026 at 14:32."), else None."""
    if _ANSWER_DATE.match(lines[i][2]) or (i > 0 and _ANSWER_DATE.fullmatch(lines[i - 1][2])):
        return parse_date(lines[i][2])
    return None


def _author_note(line: str, author: str | None = None) -> bool:
    """Whether ``line`` is an author's note ("Halima Warsame is a fellow at ...", "The views expressed
    are ..."), every sentence a note or a notice beside one ("Follow her on X."), each note about one of
    the names of ``author`` where it is given; a note of one name ("Sugiono is ...") only about it."""
    notes = [m for part, m in _note_parts(line) if m is not None or not _NOTICE.fullmatch(part)]
    if not notes or not all(notes):
        return False
    # "She is ..." goes on from the note before it; a past post ("X was ...") is a note only where one in the
    # present so follows it (not "Nana Addo was the president who signed the accord.")
    for k, m in enumerate(notes):
        after = notes[k + 1] if k + 1 < len(notes) else None
        if m.group("name") in _NOTE_PRONOUNS and (k == 0 or notes[k - 1].group("name") is None):
            return False
        if m.group("verb") == "was" and (m.group("name") in _NOTE_PRONOUNS or after is None
                                         or after.group("name") not in _NOTE_PRONOUNS or after.group("verb") != "is"):
            return False
        # "He served as ambassador to ..." goes on from the note before it; a name's "X served as ..." is one as "X was" is
        if (m.group("verb") or "").endswith("served") and m.group("name") not in _NOTE_PRONOUNS and (
                after is None or after.group("name") not in _NOTE_PRONOUNS or after.group("verb") != "is"):
            return False
    return all(_signs(m, author) for m in notes if m.group("name") not in _NOTE_PRONOUNS)


_NOTE_PRONOUNS = frozenset({"She", "He", "They"})


def _signs(note: re.Match[str], author: str | None) -> bool:
    """Whether an author's note may sign a piece by ``author``: a name of it ("Sugiono" of "By Sugiono"),
    or with no author, a full name or none ("The views expressed ...")."""
    name = note.group("name")
    if author is None:
        return name is None or " " in name
    return name is not None and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", author, re.I) is not None


def _credits(line: str) -> bool:
    """A line of the newsroom's credits, each sentence one, that ends the body however long it is, as one too
    short for prose does: "(Reporting by Leila Haddad and Tomasz Wrona; Additional reporting by Ahmed Rasheed in
    Baghdad; Editing by Susan Fenton)", "Additional reporting by Moussa Diallo in Niamey. Photographs by Le Monde
    Afrique."."""
    parts = [part for part, _ in _note_parts(line)]
    return bool(parts) and all(credit_line(part) for part in parts)


def _closing_note(line: str) -> bool:
    """An author's note or a correction note, which ends the body wherever it stands below it."""
    return _author_note(line) or bool(_CORRECTION_NOTE.match(line))


def _note_parts(line: str) -> list[tuple[str, re.Match[str] | None]]:
    """Each sentence of ``line`` and its author's note (``_AUTHOR_NOTE``), or None, in italics or not
    ("*Halima Warsame is a professor of law.*"); an initial ends no sentence ("the S. Rajaratnam School")."""
    parts = re.split(r"(?<=\.)(?<!\b[A-Z]\.)\s+", line.strip("*_ \t"))
    return [(part, _AUTHOR_NOTE.fullmatch(part)) for part in parts]


def _note_sentences(line: str) -> list[re.Match[str] | None]:
    """The author's note of each sentence of ``line`` (``_AUTHOR_NOTE``), or None."""
    return [m for _, m in _note_parts(line)]


def _note_names(line: str) -> list[str]:
    """The names an author's note gives: "Nguyen Thu Ha" and "Paolo Reyes" of "Nguyen Thu Ha is a research
    fellow at ... . Paolo Reyes is a former Philippine diplomat."; none of "The writer is ..."."""
    return [m.group("name") for m in _note_sentences(line)
            if m is not None and m.group("name") and m.group("name") not in _NOTE_PRONOUNS]


def _joined_names(names: list[str]) -> str | None:
    """Names as a byline joins them: "Nguyen Thu Ha and Paolo Reyes", "Ana Ruiz, Li Wei and Tom Hart"."""
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else (names[0] if names else None)


def _appeal(line: str) -> bool:
    """A line of the page's end matter that is no author's note: a page furniture line, newsroom
    boilerplate or an appeal ("Join ST's WhatsApp Channel and get the latest news and must-reads."),
    or notices to the reader."""
    return bool(_FURNITURE_LINE.match(line)) or boilerplate(line) or _notices(0, line) == [
        Furniture(0, len(line), "furniture")]


def _notices(start: int, line: str) -> list[Furniture]:
    """The sentences of ``line``, starting at offset ``start``, that are the page's notices to its
    reader (``_NOTICE``): the whole line where all of it is ("This live page is now closed. You can
    continue to follow our coverage ... here."), else each one ("Please contact any of the authors
    ..." after the firm's news), also after a speaker's label ("[00:00] PRIYA RAMAN: Hello and welcome to
    Borderlines.", the label with it where more follows on its line)."""
    label = _SPEAKER_LABEL.match(line)
    opening = label.end() if label else 0
    spans, pos = [], opening
    for m in [*_STOP.finditer(line, pos), None]:
        end = m.end() if m is not None else len(line)
        sentence = line[pos:end].strip()
        if sentence and _NOTICE.fullmatch(sentence):
            offset = start + pos + len(line[pos:end]) - len(line[pos:end].lstrip())
            spans.append(Furniture(offset, offset + len(sentence), "furniture"))
        elif sentence and (_GREETING.fullmatch(sentence) or _SIGN_OFF.fullmatch(sentence)):
            # a greeting goes with the notices of its line: "Good morning. Here is what you need to know ...", and so does
            # a sign-off: "That's it for this episode. We'll be back next week."
            spans.append(Furniture(0, len(sentence), "greeting"))
        pos = end
    notices = [f for f in spans if f.kind != "greeting"]
    if notices and sum(f.end - f.start for f in spans) + len(spans) - 1 == len(line[opening:].strip()):
        return [Furniture(start, start + len(line), "furniture")]
    if label and notices and notices[0].start == start + len(line) - len(line[opening:].lstrip()):
        # the label goes with the notice it opens, which is no sentence of its own: "[00:00] GRACE MWANGI: Hello and
        # welcome to The Ledger. I'm joined today by ..."
        notices[0] = Furniture(start, notices[0].end, "furniture")
    return notices


def _names_only(line: str) -> bool:
    """Whether ``line`` is a newsletter's run-in head in capitals over names only (``_NAMES_HEAD``), each item between
    semicolons, commas or "and" a person's name with its role before it, one with a known given name: "BIRTHDAYS: MEP
    Jane Doe; former Commissioner Tom Hart."; not a sentence after the head ("KALLAS TO KYIV: Kaja Kallas arrives
    today.")."""
    m = _NAMES_HEAD.fullmatch(line.strip())
    if m is None:
        return False
    items = [item.strip() for item in re.split(r"\s*[;,]\s*(?:and\s+)?|\s+(?:and|&)\s+", m.group("rest"))]
    named = [n.group("name") for item in items if (n := _NAMED_ITEM.fullmatch(item))]
    return (len(named) == len(items) and all(_gazetteer_kind(w) is None for w in named)
            and any(_personal_name(" ".join(n.split()[k:])) for n in named for k in range(len(n.split()) - 1)))


def _labelled_heading(line: str) -> bool:
    """A heading after a live page's timestamp or a fact-check's claim number, whatever its length:
    "16:05 GMT – Saudi foreign minister says talks will resume on Friday", "11:05 GMT – What is on
    the table?", 'Claim 2: "China buys more from us than the whole of the European Union"': one
    line with no stop inside it and no full stop at its end, quotations aside."""
    label = _TIMESTAMP.match(line) or _CLAIM_NUMBER.match(line)
    if label is None:
        return False
    rest = re.sub(r"“[^”]*”|\"[^\"]*\"", "“”", line[label.end() :]).strip()
    return bool(rest) and not _FULL_STOP.search(rest) and not _STOP.search(rest[:-1])


def _lead_ins(lines: list[tuple[int, int, str]], body: range, labelled: set[int]) -> list[Furniture]:
    """A digest's lead-ins, each opening an item about a pair of states ("Japan–South Korea:
    Prime Minister ...", "India–Canada: ...") or heading it on a line of its own ("Serbia–Kosovo",
    "Peru"): each starts a new story, as a roundup's dateline does. Two or more, each two names
    the gazetteer knows as states joined by a dash or slash, and a heading's one state among them; or two or more
    headings of a line of their own, each over a paragraph of dated entries, as a monthly tracker prints them ("Sudan"
    over "RSF drones 4 Jan struck ... . Army chief 9 Jan rejected ...": ``_dated_entries``)."""
    found, pairs, dated = [], 0, 0
    for i in body:
        start, end, s = lines[i]
        m = _LEAD_IN.match(s)
        heading = m is None and _HEADING.fullmatch(s)
        if (m is None and not heading) or start in labelled:
            continue
        parts = _heading_parts(m.group("lead") if m else s.strip())
        if (len(parts) == 2 or (heading and len(parts) == 1)) and all(_gazetteer_kind(p) == "state" for p in parts):
            found.append(Furniture(start, start + m.end() if m else end, "lead_in"))
            pairs += len(parts) == 2
            dated += bool(heading) and _dated_entries(lines, i, body)
    # one state's heading opens an item only among pairs' ("Peru" in a digest, not a report's section), or over
    # dated entries
    return found if pairs >= 2 or dated >= 2 else []


def _heading_parts(text: str) -> list[str]:
    """The names a digest item's heading or lead-in joins by a dash or slash: "Armenia/Azerbaijan", "Serbia–Kosovo"."""
    return re.split(r"\s*[–—/]\s*|\s+-\s+|(?<=[a-z])-(?=[A-Z])", text)


def _dated_entries(lines: list[tuple[int, int, str]], i: int, body: range) -> bool:
    """Whether the paragraph after the heading line ``i`` tells dated entries: two or more days and months with no
    words of time around them (``BARE_DAY``), as a tracker puts them between an entry's subject and verb."""
    return i + 1 in body and len(BARE_DAY.findall(lines[i + 1][2])) >= 2


def _run_ins(lines: list[tuple[int, int, str]], body: range, labelled: set[int]) -> list[Furniture]:
    """A piece's run-in labels (``_RUN_IN``), each the label and its colon: the same label opening two
    or more paragraphs ("What the data show:" over each claim's evidence), or an outlet's lead-in label
    (``_LEAD_IN_LABELS``) even once ("Details:", "Quote:"), however the sentence after it splits; not a
    speaker's label nor one that says who speaks ("He added:")."""
    found = [(lines[i][0], m) for i in body if (m := _RUN_IN.match(lines[i][2])) and lines[i][0] not in labelled
             and not _SAYS.search(m.group("label"))]
    counts = Counter(m.group("label").lower() for _, m in found)
    return [Furniture(start, start + m.end(), "run_in") for start, m in found
            if counts[m.group("label").lower()] >= 2 or m.group("label").lower() in _LEAD_IN_LABELS]


# a run-in head that opens a paragraph before its first sentence, as CRS prints them: "Financing. In FY2023, ...",
# "Oversight of deliveries. Congress may ...": a noun, alone or before a preposition and up to three more words, no verb
_RUN_IN_HEAD = re.compile(r"^(?P<head>[A-Z][a-z'’-]{3,}(?:[ \t]+(?:of|with|for|on|in|to|and|against|between|among|from)"
                          r"(?:[ \t]+[\w'’-]+){1,3})?)\.[ \t]+(?=[\"“A-Z])")
_AUXILIARIES = frozenset("is are was were be been being has have had will would can could may might must should shall "
                         "do does did".split())
_NO_HEADS = frozenset("thanks sorry right exactly indeed agreed absolutely nonsense correct order sure".split())


# a report's product code on the last line, as CRS prints it: "IF12745", "R48123", "RL33153"
_REPORT_CODE = re.compile(r"^\s*[A-Z]{1,3}\d{4,6}\s*$")
# an author's line above it, the name and the role in a field: "Kerry Lin, Specialist in Asian Affairs"
_AUTHOR_ROLE = re.compile(rf"^\s*(?P<name>{_NAME}),\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?i:{_ROLE_NOUN})(?:\s+(?:in|of|on)\s+[A-Z][^.!?]*)?\s*$")


def _report_authors(lines: list[tuple[int, int, str]], last: int) -> str | None:
    """The authors of a report whose last line is its product code, each on a line above it after the body with
    their role, in a field or not: "Kerry Lin, Specialist in Asian Affairs" over "IF12745" gives "Kerry Lin"."""
    if not lines or not _REPORT_CODE.match(lines[-1][2]):
        return None
    names = []
    for _, _, s in reversed(lines[last + 1 : -1]):
        m = _AUTHOR_ROLE.match(s)
        if m is None or _gazetteer_kind(m.group("name")) is not None:
            break
        names.insert(0, m.group("name"))
    return _joined_names(names)


def _run_in_heads(lines: list[tuple[int, int, str]], body: range, labelled: set[int]) -> list[Furniture]:
    """A report's run-in heads (``_RUN_IN_HEAD``), each the head and its stop, where two or more paragraphs open with
    one before a sentence ("Financing. In FY2023, Congress ...", "Coordination with allies. Japan and ..."); not in
    a transcript ("Order. The House ..."), nor an answer or an adverb ("Exactly.", "Fortunately."), nor a sentence of
    its own whose second word is no preposition ("Gazprom did not comment.", "Energy is the exception.")."""
    if labelled:
        return []
    found = []
    for i in body:
        start, _, s = lines[i]
        m = _RUN_IN_HEAD.match(s)
        if m is None:
            continue
        words = m.group("head").split()
        first = words[0].lower()
        if (first in STOP_WORDS or first in _NO_HEADS or first.endswith(("ly", "ed")) or first in _DAYS_AND_MONTHS
                or _gazetteer_kind(words[0]) is not None or any(w in _AUXILIARIES for w in words)
                or not _is_prose(s[m.end():])):
            continue
        found.append(Furniture(start, start + m.end(), "run_in"))  # no digest's lead-in: it starts no story
    return found if len(found) >= 2 else []


def _marks(lines: list[tuple[int, int, str]], body: range) -> list[Furniture]:
    """Marks inside the body's lines that are no part of a sentence: a footnote's mark after a
    stop ("decades.[1] The ..."), a transcript's note of the room ("[Applause]") and an end mark glued after the
    last stop ("... in June 2025. ■")."""
    spans = []
    for i in body:
        start, _, s = lines[i]
        spans += [Furniture(start + m.start(), start + m.end(), "footnote") for m in _FOOTNOTE_AFTER_STOP.finditer(s)]
        spans += [Furniture(start + m.start(), start + m.end(), "stage_direction") for m in _STAGE_DIRECTION.finditer(s)]
        spans += [Furniture(start + m.start(), start + m.end(), "furniture") for m in _END_MARK.finditer(s)]
    return spans + _emphasis(lines, body)


def _emphasis(lines: list[tuple[int, int, str]], body: range) -> list[Furniture]:
    """Markdown's emphasis marks around words of the body's lines, each pair two spans of furniture so that the
    words between are the sentence and the marks no part of one: "**", "*", "__", "_" ("**Why go back?**")."""
    spans = []
    for i in body:
        start, _, s = lines[i]
        for m in EMPHASIS.finditer(s):
            spans.append(Furniture(start + m.start(), start + m.start("words"), "emphasis"))
            spans.append(Furniture(start + m.end("words"), start + m.end(), "emphasis"))
    return spans


def _page_notes(lines: list[tuple[int, int, str]], body: range) -> set[int]:
    """The notes at the foot of a pasted PDF's pages: lines opening with the plain number of a
    mark glued after a stop above them ("2 Ministry of Commerce, ..." under "... to Ecuador.2 The
    ..."), and an essay's notes at its foot with no heading over them, lines opening with the number
    in brackets of a mark glued to a word above them ("[1] Author's interviews, Honiara, 2019." under
    "... as a sovereign choice.[1] ...")."""
    marks: set[str] = set()
    bracketed: set[str] = set()
    notes = set()
    for i in body:
        if (m := _NOTE_NUMBER.match(lines[i][2])) and m.group("number") in marks:
            notes.add(i)
        elif (m := _BRACKETED_NOTE.match(lines[i][2])) and (m.group("number") in bracketed or (
                i - 1 in notes and (n := _BRACKETED_NOTE.match(lines[i - 1][2]))
                and int(m.group("number")) == int(n.group("number")) + 1)):
            notes.add(i)  # (and the next note under one, whose mark the text may not print: "[2] ..." under "[1] ...")
        else:
            marks.update(re.findall(rf"{_GLUED_NUMBER}(?=\s|$)", lines[i][2]))
            bracketed.update(re.findall(r"(?<=[^\s\[\]])\[(\d{1,3})\]", lines[i][2]))
    return notes


# a transcript's courtesy formula or word of floor management, a closed list, with a name or "everyone" spoken to
# before or after it: "Go ahead.", "Yeah, go ahead, Shaun.", "Thank you.", "Thanks, Matt.", "Next question, please.",
# "Okay.", "One at a time."
_COURTESY = re.compile(
    r"(?:(?i:yeah|yes|okay|ok|all right|alright|and|so|well),?\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+)?"
    r"(?i:go ahead|thank you(?:\s+(?:very|so)\s+much)?|thanks(?:\s+(?:very|so)\s+much|\s+a\s+lot)?|(?:the\s+)?next question"
    r"|(?:one\s+)?(?:more|last|final)\s+question|okay|ok|all right|alright|one at a time|please|next)"
    r"(?:,?\s+(?i:please))?(?:,\s+(?:(?i:everyone|everybody|all|both)|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?))?\s*[.!]?")


# a moderator giving the floor to a journalist by their outlet or name alone, or with where they sit: "Ukrinform.",
# "We'll start with Reuters, second row.", "Over to Kyodo News." (``_floor``)
_FLOOR = re.compile(r"(?:(?:(?i:we['’]ll|we\s+will|let['’]s|I['’]ll)\s+(?i:start|begin|go)\s+(?i:with|to)|(?i:over\s+to))\s+)?"
                    r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})"
                    r"(?:,\s+(?i:(?:the\s+)?(?:first|second|third|fourth|fifth|front|back|middle)\s+row|in\s+the\s+(?:front|back|middle)))?"
                    r"\s*[.!]?")
def _floor(part: str) -> bool:
    """Whether a sentence of a transcript's turn gives the floor (``_FLOOR``) to a journalist's outlet ("Ukrinform.",
    "Deutsche Welle") or to a person by name ("Said."); not to a word of speech ("Sure.", "No."), a state or a place
    ("Russia.": an answer)."""
    m = _FLOOR.fullmatch(part)
    if m is None:
        return False
    name = m.group("name").rstrip(".")
    return _outlet(name) or outlet_label(name) or (_personal_name(name) and _gazetteer_kind(name) in {None, "person"})


def _courtesies(text: str, lines: list[tuple[int, int, str]], labels: list[Furniture]) -> list[Furniture]:
    """A transcript's turns, on their label's line, that are courtesy formulas or floor management only, each sentence
    one (``_COURTESY``, ``_floor``): "MR. PIGOTT: Go ahead.", "One at a time. Go ahead, Said.", "QUESTION: Thank you.",
    "Next, Deutsche Welle.", "Ukrinform.", "We'll start with Reuters, second row."; one span of
    the turn's words, `courtesy`. A turn with any other words is speech: "Thanks. On Venezuela, ..."."""
    ends = {start: end for start, end, _ in lines}
    line_of = sorted(ends)
    out = []
    for f in labels:
        k = bisect.bisect_right(line_of, f.start) - 1
        if k < 0 or ends[line_of[k]] <= f.end:
            continue
        start, end = f.end + len(text[f.end : ends[line_of[k]]]) - len(text[f.end : ends[line_of[k]]].lstrip()), ends[line_of[k]]
        turn = text[start:end]
        sentences = [m.group().strip() for m in re.finditer(r".+?(?:[.!?](?=\s|$)|$)", turn) if m.group().strip()]
        if sentences and all(_COURTESY.fullmatch(part) or _floor(part) for part in sentences):
            out.append(Furniture(start, end, "courtesy"))
    return out


# the heading of a transcript, with its date on its line: "Department Press Briefing - November 3, 2026", "Press
# Conference by the Foreign Minister, 4 May 2027", "Transcript: ..."
_TRANSCRIPT_HEADING = re.compile(r"\b(?:(?:press|news|media)\s+(?:briefing|conference|availability|gaggle)|briefing|"
                                 r"transcript)s?\b", re.I)


# the date at the end of a heading, after a dash or a comma: "... Spokesperson - March 4, 2026", "..., 4 May 2027"
_HEADING_DATE = re.compile(r"(?:\s[-–—|]\s+|,\s+)(?P<date>[^-–—|]+)$")


def _dated_heading(line: str) -> bool:
    """A transcript's heading that ends with its date, however long the heading: "Press Conference by Foreign
    Ministry Spokesperson Lin Jian - March 4, 2026", "Press Conference by the Foreign Minister, 4 May 2027"."""
    return (_TRANSCRIPT_HEADING.search(line) is not None and (m := _HEADING_DATE.search(line.strip())) is not None
            and _dates_line(m.group("date")))


def _titled_date(line: str) -> bool:
    """A page's first line that is its title and its date after a comma or a dash, as a series prints each issue:
    "Russian Offensive Campaign Assessment, November 26, 2026", "Iran Update - March 4, 2027": two words or more in
    title case before the date; not a byline's name or a place, "Ana Ruiz, March 2, 2026", "Nairobi, Kenya, ...", nor a
    page's stamp, "Published: ...", "Updated, March 2, 2026"."""
    m = _HEADING_DATE.search(line.strip())
    if m is None or not _dates_line(m.group("date")) or parse_date(line[: m.start()]) is not None:
        return False
    head = line.strip()[: m.start()].strip()
    return (len(head.split()) >= 2 and _title_case(head) and not _PUBLISHED.match(head) and not _UPDATE_STAMP.match(line)
            and not _is_byline(head) and not _authors(head) and not _personal_name(head) and _gazetteer_kind(head) is None
            and not any(_gazetteer_kind(part.strip()) == "place" for part in head.split(",")))


def _briefer(line: str) -> str | None:
    """The name of a line under a transcript's heading of a person's name, a comma and an office, who gives the briefing:
    "Tommy Pigott" of "Tommy Pigott, Principal Deputy Spokesperson", "Ana Ruiz, Press Secretary"."""
    m = re.fullmatch(rf"(?P<name>{_NAME}),\s*(?P<office>(?:[A-Z][\w'’-]*\s+){{0,4}}[A-Z][\w'’-]*)", line.strip())
    return (m.group("name") if m is not None and _personal_name(m.group("name"))
            and _gazetteer_kind(m.group("name")) in {None, "person"}
            and m.group("office").split()[-1].upper() in _OFFICE_ROLES else None)


# the heading of a report's recommendations to one addressee, over their list: "To the member states:", "To the EU
# institutions:", "Recommendations to the Government of Chad:" (not "To do so, the government must:")
_ADDRESSEE = re.compile(r"(?i:(?:recommendations?\s+)?to)\s+(?:(?i:the|all)\s+[\w'’.-]+|[A-Z][\w'’.-]*)(?:\s+[\w'’.&-]+){0,4}:")
# a photographer's credit alone, a name and the agency after a slash, which Bloomberg prints over its caption:
# "Photographer: Chris Ratcliffe/Bloomberg" (not the Guardian's "Photograph: ..." after its caption)
_PHOTO_CREDIT = re.compile(r"\s*photographers?\s*:\s*[^.!?:/\n]{1,60}/\s*[\w .&'’-]{1,40}", re.I)
# a caption in brackets, as the New York Times prints it: "[Photo caption: ...", "[Caption: ..."
_BRACKETED_CAPTION = re.compile(r"^\[(?:(?:photo|image|picture)\s+)?caption\s*:", re.I)


def _caption_lines(text: str, lines: list[tuple[int, int, str]], body: range) -> set[int]:
    """The lines of a caption in brackets that runs on over lines of its own up to its "]": "[Photo caption: Trucks
    at the border crossing." over "Credit: Ana Ruiz for The New York Times]" (three lines after its first at most);
    and a caption of one line right under its photographer's credit, as Bloomberg prints it: "An oil tanker anchored off
    Ust-Luga." under "Photographer: Chris Ratcliffe/Bloomberg", with no blank line between and none more under it."""
    out: set[int] = set()
    joined = {k for k in range(1, len(lines)) if text.count("\n", lines[k - 1][1], lines[k][0]) == 1}
    for i in body:
        if (_PHOTO_CREDIT.fullmatch(lines[i][2]) and i + 1 in joined and i + 1 in body and i + 2 not in joined
                and len(lines[i + 1][2].split()) <= 40):
            out.add(i + 1)
        if _BRACKETED_CAPTION.match(lines[i][2]) and "]" not in lines[i][2]:
            # (one never closed is no caption)
            close = next((k for k in range(i + 1, min(i + 4, body.stop)) if "]" in lines[k][2]), None)
            out |= set(range(i, close + 1)) if close is not None else set()
    return out


def _speaker_labels(lines: list[tuple[int, int, str]], body: range) -> list[Furniture]:
    """The speakers' labels of a transcript ("SPOKESPERSON: On Thursday ...", "MS. ZHUMABAYEVA:",
    "Official Spokesperson:", "Senator WONG (South Australia) (14:06):"), each a furniture span of
    the label and its colon. A label names a speaker where its first word is a role ("QUESTION",
    "MR.") or the same label opens another paragraph, and not where the gazetteer knows it as a
    place or an organisation ("NEW DELHI:", "ASEAN:"). A document with fewer than two such labels
    is no transcript: it has none; in one, a news outlet is a journalist's, once ("CCTV:") or more
    ("Reuters:" over each of its questions), as is any name the gazetteer knows as no state's body
    (not a region's, "Latin America:")."""
    found = [(lines[i][0], m) for i in body if (m := _SPEAKER_LABEL.match(lines[i][2]))
             and (not m.group("titled") or _opens_speech(lines[i][2][m.end():]))
             # a question's number only before a member's seat and party: not a list's "1. Background:"
             and (not m.group("number") or _MEMBERS_NOTES.fullmatch(m.group("notes")))]
    counts = Counter(m.group("label") for _, m in found)
    # a name a minister's label gives in brackets after the office is that name's label too: "Catherine West:" after
    # "The Minister of State, ... (Catherine West):"
    counts.update(n.group(1) for _, m in found if m.group("titled") and (n := _NAME_NOTE.fullmatch(m.group("notes"))))
    named = [(start, m) for start, m in found if _names_speaker(m.group("label"), counts[m.group("label")])
             # a member's label with seat and party, as a parliament prints it, once is enough: "Sir Geoffrey
             # Lyall (North Dorset) (Con):"
             or (m.group("titled") and _MEMBERS_NOTES.fullmatch(m.group("notes"))
                 and _gazetteer_kind(m.group("label")) in {None, "person"})]
    bare = _bare_labels(lines, body)
    if len(named) + len(bare) < 2:
        return []
    # in a transcript, a journalist's label is their outlet, used once or for each question: "CCTV:", "Kyodo News:"
    named += [(start, m) for start, m in found if (_outlet(m.group("label")) or outlet_label(m.group("label")))
              and (start, m) not in named]
    return sorted([*(Furniture(start, start + m.end(), "speaker_label") for start, m in named), *bare],
                  key=lambda f: f.start)


def _bare_labels(lines: list[tuple[int, int, str]], body: range) -> list[Furniture]:
    """A parliament's speaker labels alone on their lines with no colon, as Hansard prints them, each over a line of
    the turn's words (a sentence, or one broken off, "Will my hon. Friend—"): an office and then the name in brackets
    ("The Minister for Europe (Stephen Doughty)"), a name with seat and party ("Priti Patel (Witham) (Con)"), an
    honorific and a name or an office ("Mr Speaker", "Dame Emily Thornberry"), or a name a label before gave ("Stephen
    Doughty" after "The Minister for Europe (Stephen Doughty)"). Only in a record whose lines above the first name a
    chamber ("House of Commons") or that has two labels in brackets, and with two labels at least; each a furniture
    span of its line. A subheading, a title or a byline is none of these."""
    found = [(i, m) for i in body if i + 1 < len(lines) and (m := _BARE_LABEL.fullmatch(lines[i][2]))
             and (_SENTENCE_END.search(lines[i + 1][2]) or _BROKEN_OFF.search(lines[i + 1][2]))]
    bracketed = [(i, m) for i, m in found if (
        (_MEMBERS_NOTES.fullmatch(m.group("notes")) and (m.group("honorific") or len(m.group("label").split()) >= 2)
         and _gazetteer_kind(m.group("label")) in {None, "person"})
        or (_NAME_NOTE.fullmatch(m.group("notes")) and _LABEL_OFFICE.match(m.group("label"))))]
    if not found or not (len(bracketed) >= 2 or any(_CHAMBER_LINE.fullmatch(s) for _, _, s in lines[: found[0][0]])):
        return []
    # the names the labels in brackets give, with and without the honorific: "Stephen Doughty", "Calum Miller"
    names = {m.group("label") for _, m in bracketed if not _NAME_NOTE.fullmatch(m.group("notes"))}
    names |= {n.group(1) for _, m in bracketed if (n := _NAME_NOTE.fullmatch(m.group("notes")))}
    names |= {m.group(0).split("(")[0].strip() for _, m in bracketed}
    labels = [Furniture(lines[i][0], lines[i][1], "speaker_label") for i, m in found if (i, m) in bracketed or (
        not m.group("notes") and (m.group("honorific") or m.group("label") in names))]
    return labels if len(labels) >= 2 else []


def _outlet(label: str) -> bool:
    """Whether a transcript's ``label`` names a non-state body, a journalist's outlet ("Reuters", "Kyodo News"),
    not a region the gazetteer keeps among them ("Latin America", label LOC)."""
    entry = _gazetteer_entry(label)
    return entry is not None and entry.kind == "nonstate" and entry.label == "ORG"


# the last word of an outlet's name that a transcript's label gives: "Shenzhen TV:", "Hubei Radio:"
_OUTLET_LABEL_ENDS = frozenset("tv television radio broadcasting channel news daily times post press".split())


def outlet_label(label: str) -> bool:
    """Whether a transcript's ``label`` is an outlet's name the gazetteer does not know, two to four capitalised
    words whose last is a broadcaster's or a paper's ("Shenzhen TV", "Hubei Radio"; not "Foreign Minister")."""
    words = label.split()
    return (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[-1].lower() in _OUTLET_LABEL_ENDS
            and _gazetteer_kind(label) in {None, "nonstate"})


def _place_line(line: str) -> bool:
    """A header line that says where a statement was issued, no title: "Pretoria, Republic of South
    Africa", "Geneva": a city the gazetteer knows, with its state or region after a comma; or a
    building before them, "Parliament House, Canberra"."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) > 3 or re.search(r"\d", line):
        return False
    # a venue's building before its city: "Parliament House, Canberra", "Palais des Nations, Geneva, Switzerland"
    if len(parts) >= 2 and _VENUE.match(parts[0]) and all(_gazetteer_kind(part) in {"place", "state"} for part in parts[1:]):
        return True
    return _gazetteer_kind(line) == "place" or (
        _gazetteer_kind(parts[0]) == "place" and all(_gazetteer_kind(part) in {"place", "state"} for part in parts[1:]))


def _office_of(line: str) -> bool:
    """Whether ``line`` is an office of a state the gazetteer knows, the page that prints a
    transcript, no title: "Prime Minister of Australia" (not "Prime Minister of Australia Meets ...")."""
    m = _OFFICE_OF.match(line.strip())
    return m is not None and _gazetteer_kind(re.sub(r"^the\s+", "", m.group("state"))) == "state"


def _opens_speech(rest: str) -> bool:
    """Whether what follows a label in title case is speech: a sentence, nothing (the words
    start on the next line), or an address that a comma carries on to the next line ("Vladimir Putin: Mr
    President, dear friend,"). "Foreign Affairs: China", a debate's heading, is none."""
    return not rest.strip() or bool(_STOP.search(rest)) or rest.rstrip().endswith(",")


def _names_speaker(label: str, count: int) -> bool:
    words = label.split()
    first = words[1 if words[0].upper() == "THE" and len(words) > 1 else 0].rstrip(".").upper()  # "The PRESIDENT", "THE MINISTER OF ..."
    if first in _NOT_SPEAKERS:
        return False
    if first in _SPEAKER_ROLES:
        return True
    # an office after another word, once is enough: "PRIME MINISTER ABIY AHMED:", "DEPUTY SPOKESPERSON:"
    if any(word.rstrip(".").upper() in _OFFICE_ROLES for word in words[1:]):
        return True
    # a person's name, once is enough too: "Catherine West:", "AMINA OTIENO:" answering a committee's "CHAIR:"
    if 2 <= len(words) <= 4 and _personal_name(label.title() if label.isupper() else label):
        return _gazetteer_kind(label) in {None, "person"}
    return count >= 2 and _gazetteer_kind(label) in {None, "person"}


# a journalist's name and outlet in square brackets after a question's label: "Question [Sabine Keller, Reuters]"
_ASKER_NOTE = re.compile(r"\[[ \t]*(?P<name>[^\[\],\n]+?)[ \t]*(?:,[^\[\]\n]*)?\]")
# the words that may end an office before a name in a label: "NATO Secretary General Mark Rutte"
_OFFICE_ENDS = _OFFICE_ROLES | {"GENERAL"}


def label_person(label: str) -> tuple[int, str] | None:
    """The person a transcript's label in title case names after an office, or a question's label in square brackets
    after it, with the name's offset in ``label``: "Mark Rutte" of "NATO Secretary General Mark Rutte", "Allison Hart"
    of "NATO Spokesperson Allison Hart", "Sabine Keller" of "Question [Sabine Keller, Reuters]" (two to four words in
    title case, no office and none the gazetteer knows as other than a person's); None for a label that is one name or
    one office ("Mao Ning", "Official Spokesperson"), in capitals ("SPOKESMAN HALVORSEN"), or an outlet in brackets."""
    note = _ASKER_NOTE.search(label)
    if note is not None:
        words = note.group("name").split()
        return (note.start("name"), note.group("name")) if _label_name(words) else None
    if label.isupper():
        return None
    words = list(re.finditer(r"\S+", label))
    for k in range(len(words) - 2, 0, -1):  # the shortest name after an office: "Mark Rutte", not "General Mark Rutte"
        if words[k - 1].group().rstrip(".,").upper() in _OFFICE_ENDS and _label_name([w.group() for w in words[k:]]):
            return words[k].start(), label[words[k].start():]
    return None


def _label_name(words: list[str]) -> bool:
    """Whether ``words`` are a person's name in a label: two to four words in title case, none an office's, and no name
    the gazetteer knows as other than a person's ("Allison Hart", not "Reuters", "General Mark")."""
    name = " ".join(words)
    return (2 <= len(words) <= 4 and all(re.fullmatch(rf"[{_UPPER}][{_LOWER}'’.-]+", w) for w in words)
            and not any(w.rstrip(".").upper() in _OFFICE_ENDS for w in words) and _gazetteer_kind(name) in {None, "person"})


def _gazetteer_entry(name: str) -> Entry | None:
    """The gazetteer's entry for ``name`` as written or in title case ("Lima" is case-sensitive),
    or None: the packaged config's files, the pipeline's own copy from load_gazetteer's cache, not
    a second one."""
    from .entities import load_gazetteer  # entities imports this module

    gazetteer = load_gazetteer("gazetteer.jsonl", "officeholders.csv")
    return gazetteer.lookup(name) or gazetteer.lookup(name.title())


def _gazetteer_kind(name: str) -> str | None:
    """What the gazetteer knows ``name`` as: "place" for a capital or a city ("SEOUL", "ADDIS
    ABABA"), else the entry's kind ("organisation" for "NATO"); None for a name it does not know."""
    entry = _gazetteer_entry(name)
    if entry is None:
        return None
    return "place" if entry.via in {"capital", "place"} else entry.kind


def heading_state(line: str) -> str | None:
    """The state a digest item's heading names where it names one: "Peru" PER; None for a pair,
    "Serbia–Kosovo", and any other line."""
    entry = _gazetteer_entry(line.strip().rstrip(":").strip())
    return entry.code if entry is not None and entry.kind == "state" and entry.via == "name" else None


def heading_pair(line: str) -> tuple[str, str] | None:
    """The two states a digest item's heading or lead-in names, sorted: "Armenia/Azerbaijan" (ARM, AZE),
    "Serbia–Kosovo:"; None for one state and any other line."""
    parts = _heading_parts(line.strip().rstrip(":").strip())
    entries = [_gazetteer_entry(p) for p in parts]
    codes = sorted({e.code for e in entries if e is not None and e.kind == "state"})
    return (codes[0], codes[1]) if len(parts) == 2 and len(codes) == 2 else None


def _dateline_match(line: str) -> re.Match[str] | None:
    """A wire dateline opening ``line``: its place in capitals, or in title case before an
    agency ("Kinshasa (AFP) –") or in brackets ("(Washington, DC) –"), or a city the gazetteer
    knows in title case before a colon, as Gulf papers print it ("Abu Dhabi:", "Dubai:"), or before a
    hyphen between spaces ("Addis Ababa - "; not "Washington — Congress voted", nor "Serbia–Kosovo"), or with
    its state and a full stop ("Tromsø, Norway. For ..."; not "Tromsø, Norway, hosted ...", nor "Kenya, Uganda. Both ..."),
    or a date and an agency with no place ("Dec 1 (Reuters) - ")."""
    issued = _AGENCY_DATELINE.match(line)
    if issued is not None and parse_date(issued.group("date")):
        return issued  # a rating agency's: "Fitch Ratings - London - 06 Nov 2026:"
    m = _INLINE_DATELINE.match(line)
    if m is not None and (agency := m.group("agency")) and re.search(r"\d", agency) and not (
            parse_date(agency) or re.search(rf"\b{_MONTH}", agency, re.I)):
        m = None  # a number in brackets that is no date: "KENYA (2024) —" (not "MALÉ, Maldives (Oct 1) —")
    if m is not None and (m.group("place").isupper() or m.group("agency")):
        return m
    if m is not None and m.group(0).endswith(":") and not m.group("date") and not m.group("region") and (
            _gazetteer_kind(m.group("place")) == "place"):
        return m
    # ... or before a hyphen between spaces, as Ethiopian weeklies print it: "Addis Ababa - The 39th ..." (a
    # dash may open an aside: "Washington — Congress voted"), also with its region's abbreviation with its stops or its
    # state, as a US Senate release prints it: "Washington, D.C. - Senators ..."
    region = m.group("region") if m is not None else None
    if m is not None and re.fullmatch(r"(?:\s*,\s*[^,]+)?\s+-", m.group(0)[m.end("place"):]) and (
            region is None or re.fullmatch(r"(?:[A-Z][a-z]{0,3}\.){2,3}|[A-Z][a-z]{1,4}\.", region)
            or _gazetteer_kind(region) == "state") and _gazetteer_kind(m.group("place")) == "place":
        return m
    # ... or a place and its state ended by a full stop: "Tromsø, Norway. For almost three decades ..."
    stopped = _STOPPED_DATELINE.match(line)
    if stopped is not None and _gazetteer_kind(stopped.group("place")) == "place" and (
            _gazetteer_kind(stopped.group("region")) == "state"):
        return stopped
    return _BRACKETED_DATELINE.match(line) or _DATED_DATELINE.match(line)


# a page's dated line that opens with the place it was filed from, in title case before a dash and the day,
# as El País prints it: "Madrid - 09 OCT 2026 - 14:32 CEST" (not "Madrid and Rabat - a timeline")
_PLACE_BEFORE_DATE = re.compile(rf"^(?P<place>{_PLACE})\s+[-–—|]\s+(?=(?i:\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d|{_MONTH}\s+\d))")


@functools.cache
def alias_table(name: str) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, state) for each row ``code,alias|alias...`` of the curated table ``name``
    (``outlets.csv``, ``state_agencies.csv``): the pattern matches any alias as whole words."""
    with (Path(__file__).parent / "data" / "curated" / name).open(encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split(",", 1) for line in fh if not line.startswith("#")][1:]
    return [(re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in aliases.split("|")) + r")(?!\w)"), code)
            for code, aliases in rows]


# an e-mail address in a byline, and the country domain its host ends in: "[park.soojin@joongang.co.kr]"
_BYLINE_MAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?P<tld>[a-z]{2})\b")
# country domains sold to anyone, which say nothing of where a page is from
_OPEN_DOMAINS = frozenset("co io tv me ly ai fm am cc ws to gg im la".split())
# the furniture that names a page's outlet or its writer's address
_OUTLET_KINDS = frozenset({"header", "byline", "dateline", "footer", "furniture"})


def page_state(text: str, furniture: list[Furniture]) -> str | None:
    """The page's home state, where no dateline names a place: a line of the header that is a
    capital or city in capitals, alone ("ANKARA" over an Anadolu story), else the one state of the
    national outlets (``outlets.csv``) the header, byline or footer lines name ("Published in Dawn":
    PAK; "The Strategist": AUS), else the country domain of a byline's e-mail address
    ("[park.soojin@joongang.co.kr]": KOR); None where they name none or several."""
    lines = [text[f.start : f.end].strip() for f in furniture if f.kind in _OUTLET_KINDS]
    for line in lines:
        if line.isupper() and len(line) <= 30 and (code := _seat_code(_gazetteer_entry(line))) is not None:
            return code
    named = {code for line in lines for pattern, code in alias_table("outlets.csv") if pattern.search(line)}
    if not named:
        tlds = {m.group("tld") for line in lines for m in _BYLINE_MAIL.finditer(line)} - _OPEN_DOMAINS
        countries = [pycountry.countries.get(alpha_2="GB" if tld == "uk" else tld.upper()) for tld in tlds]
        named = {c.alpha_3 for c in countries if c is not None}
    return next(iter(named)) if len(named) == 1 else None


def dateline_state(line: str) -> str | None:
    """The state of the place a wire dateline names ("ISLAMABAD:" PAK, "BEIJING, Jan. 12 (Xinhua)
    --" CHN), where the gazetteer knows it as a capital or city; None for any other line, and for a
    dateline in brackets, which names the office that issued a rights group's release ("(Washington, DC) –"
    over a report on Nicaragua), not where its story is, nor for a rating agency's, where its note was issued
    ("Fitch Ratings - London - 06 Nov 2026:" over a note on Egypt)."""
    m = _dateline_match(line) or _PLACE_BEFORE_DATE.match(line)
    entry = (_gazetteer_entry(m.group("place")) if m is not None
             and m.re not in {_BRACKETED_DATELINE, _AGENCY_DATELINE, _DATED_DATELINE}
             else None)
    return _seat_code(entry)


def _seat_code(entry: Entry | None) -> str | None:
    """The state of a capital or city the gazetteer knows, where a page was filed or issued."""
    return entry.code if entry is not None and entry.via in {"capital", "place"} and entry.kind in {"state", "place"} else None


def _dateline(line: str, later: bool) -> re.Match[str] | None:
    """The wire dateline opening ``line``. A paragraph after the first one of the body (a
    roundup's next story: "BELGRADE — Serbia and Kosovo ...") needs more than capitals, which may
    be an acronym ("NATO — the alliance ...", "UPDATE: ..."): a date, a region ("HONIARA, Solomon
    Islands —"), an agency ("SEOUL (Reuters) -") or a place the gazetteer knows."""
    m = _dateline_match(line)
    if m is None or not later:
        return m
    known = m.group("date") or m.group("region") or m.group("agency")
    return m if known or _gazetteer_kind(m.group("place")) == "place" else None


# quotation marks around a pull quote, and the stops that may end it
_QUOTE_MARKS = "\"'“”‘’«» \t"
_PULL_QUOTE_WORDS = 6


def _quoted(line: str) -> str:
    """``line`` in lower case, without the quotation marks around it and the stop that ends it: a
    pull quote may capitalise the fragment it quotes."""
    return line.strip(_QUOTE_MARKS).rstrip(".!?…,;").strip(_QUOTE_MARKS).lower()


def _pull_quotes(lines: list[tuple[int, int, str]], body: range) -> list[Furniture]:
    """Lines of at least six words that repeat, word for word, a passage of a paragraph of running
    text elsewhere in the body: a pull quote ("“The people will not accept lectures.”" after the
    paragraph that quotes it). Quotation marks, a closing stop and case do not count; the running
    text keeps its occurrence."""
    needles = {i: _quoted(lines[i][2]) for i in body}
    needles = {i: n for i, n in needles.items() if len(n.split()) >= _PULL_QUOTE_WORDS}
    # the lines where each needle's first words stand: a substring search in those only
    keys = {tuple(n.split()[:_PULL_QUOTE_WORDS]) for n in needles.values()}
    holders: dict[tuple[str, ...], set[int]] = {}
    for j in body:
        words = [w.strip(_QUOTE_MARKS) for w in lines[j][2].lower().split()]
        for k in range(len(words) - _PULL_QUOTE_WORDS + 1):
            key = tuple(words[k : k + _PULL_QUOTE_WORDS])
            if key in keys:
                holders.setdefault(key, set()).add(j)
    spans = []
    for i, needle in needles.items():
        others = holders.get(tuple(needle.split()[:_PULL_QUOTE_WORDS]), set()) - {i}
        if any(needle in lines[j][2].lower() and _quoted(lines[j][2]) != needle for j in others):
            spans.append(Furniture(lines[i][0], lines[i][1], "pull_quote"))
    return spans


# a hearing's line with its title in quotation marks: 'HEARING: "The Russia-China Partnership: ..."', 'Hearing on
# "Securing the Arctic"'
_HEARING_TITLE = re.compile(r"\s*(?i:(?:(?:joint|public|oversight|open)\s+)?hearing)(?:\s*:|\s+(?i:on|entitled|titled))?\s*"
                            r"[\"“](?P<title>[^\"“”\n]{3,200})[\"”]\s*")


def _title(candidates: list[tuple[int, str]], first_marker: int, joined: set[int]) -> str | None:
    """The headline among the header lines that may be the title: the last one before the first
    date or byline, unless it is the standfirst or subtitle under the headline (on the next line
    where ``joined`` has it); else the longest. A speech's heading before the first date or byline is
    the title, whatever is above it: "Statement by H.E. ..., President of the Republic of Kenya" under
    "United Nations General Assembly" and "Eighty-first session, General Debate"."""
    speech = next((s for i, s in candidates if i < first_marker and SPEECH_HEADING.match(s)), None)
    if speech is not None:
        return _without_kicker(speech)
    # a hearing's title in quotation marks on its line, whatever the committee's lines above it: "The Russia-China
    # Partnership: ..." of 'HEARING: "The Russia-China Partnership: ..."' under "COMMITTEE ON FOREIGN RELATIONS"
    hearing = next((m for i, s in candidates if i < first_marker and (m := _HEARING_TITLE.fullmatch(s))), None)
    if hearing is not None:
        return hearing.group("title")
    before_marker = [(i, s) for i, s in candidates if i < first_marker]
    # a report's masthead above its date line, short lines in capitals or title case ("Congressional Research
    # Service", "IN FOCUS" over "Updated October 27, 2026"), has its title under the date: the next line, in title case
    after = [(i, s) for i, s in candidates if i > first_marker]
    if (before_marker and after and len(after[0][1].split()) >= 5 and _title_case(after[0][1])
            and all(len(s.split()) <= 4 and (s.isupper() or _title_case(s)) for _, s in before_marker)):
        return _without_kicker(after[0][1])
    if any(len(s.split()) >= 5 for _, s in before_marker):
        # a masthead or kicker of one or two words ("Dawn", "Analysis") is no headline, a subject and
        # its topic are ("Yemen: Detainees", a written question's; not "Opinion: Asia"), and so is a magazine's short
        # headline in sentence case ("Tokyo hesitates"; not "Long read")
        # nor is the outlet's name on a line of its own, under the headline or its standfirst ("The Straits Times")
        before_marker = [(i, s) for i, s in before_marker
                         if (len(s.split()) > 2 or (_TOPIC_HEADING.fullmatch(s) and not _SECTION_LABEL.match(s))
                             or _short_headline(s)) and not _outlet_line(s)]
    if not before_marker:
        if not candidates:
            return None
        # the longest line, unless it is the standfirst under the headline: a page may date
        # itself above both ("ECONOMY | 18-06-2026 09:12", headline, standfirst)
        i, title = max(candidates, key=lambda c: len(c[1]))
        above = next((s for j, s in candidates if j == i - 1), None)
        if above is not None and (_standfirst(title, above) or i in joined and _subtitle(title, above)):
            title = above
        return _without_kicker(title)
    title = before_marker[-1][1]
    if len(before_marker) > 1 and before_marker[-2][0] == before_marker[-1][0] - 1 and (
            _standfirst(before_marker[-1][1], before_marker[-2][1]) or _masthead(before_marker[-1][1], before_marker[-2][1])
            or (_stopped_headline(before_marker[-1][1], before_marker[-2][1])
                and not any(len(s.split()) >= 5 for _, s in before_marker[:-2]))
            or _organiser(before_marker[-1][1], before_marker[-2][1])
            or _described(before_marker[-1][1], before_marker[-2][1])
            or before_marker[-1][0] in joined and _subtitle(before_marker[-1][1], before_marker[-2][1])):
        title = before_marker[-2][1]
    return _without_kicker(title)  # "Opinion | Germany must ...", "(2nd LD) ...", "INVESTIGATION: ..."


def _without_kicker(title: str) -> str:
    """``title`` without its section label, wire version mark or kicker in capitals: "Opinion | ...", "(2nd LD) ...",
    "FACTBOX-...", "INVESTIGATION: ..." (not a name the gazetteer knows, "SUDAN: ...")."""
    title = _VERSION_MARK.sub("", _SECTION_LABEL.sub("", title))
    m = _CAPS_KICKER.match(title)
    return title[m.end():] if m is not None and _gazetteer_kind(m.group("kicker")) is None else title


def _title_case(line: str) -> bool:
    """Most words of four letters or more are capitalised: "How Three Capitals Turned Their Backs"."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _standfirst(line: str, above: str) -> bool:
    """Whether ``line``, right under the headline ``above``, is the standfirst that sums the article
    up: a full sentence where the headline is none ("Export controls alone won't win the chip race"
    over "Washington has slowed China's progress. Keeping allies on board is harder."), two
    sentences ("Saudi Arabia and Iran have stopped shouting at each other. Can it last?"), a line in
    sentence case under a headline in title case ("Can ECOWAS Win Them Back?" is one), or a longer
    line in sentence case under one of six words or more in sentence case ("Turkish foreign minister
    says both countries aim to complete first phase ..." under "Türkiye, Iraq agree to speed up
    Development Road, ..."). A section label above ("World | Asia", "Analysis", "European Commission
    - Press release") is no headline. A magazine's headline of two or three words in sentence case ("The bloc
    blinks") is one over a full sentence or two sentences (not "Long read", "World news", "Europe and China")."""
    if "|" in above or _FULL_STOP.search(above):
        return False
    if len(above.split()) < 4:
        # or over a line in sentence case at least four times as long, twelve words or more, with no stop at its end
        # ("Rodrigo Valenzuela obituary" over "Chilean diplomat who spent four decades at the United Nations ...")
        return _short_headline(above) and (bool(_FULL_STOP.search(line)) or bool(_STOP.search(line.rstrip()[:-1]))
                                           or (not _title_case(line) and len(line.split()) >= max(12, 4 * len(above.split()))))
    return (bool(_FULL_STOP.search(line)) or (_title_case(above) and not _title_case(line))
            # a headline of six words or more in sentence case over a line in sentence case of six or more, shorter
            # or longer ("EU and Oman edge towards a deal on fishing rights as talks resume" over "Muscat weighs quotas
            # while Spanish fleets lobby for access"), not a section's or desk's line
            or (not _title_case(above) and not _title_case(line) and 6 <= len(above.split())
                and (_longer(line, above) or (6 <= len(line.split()) and not any(w.lower() in _PROSE_WORDS for w in above.split())
                                              and not re.search(r"\s[-–—/]\s|:", above))))
            # a headline of four or five words in sentence case over a standfirst at least twice as long, with no
            # stop at its end as the Guardian prints it (not a section's or desk's line: "Latest news from the Gulf",
            # "European Commission - Press release")
            or (not _title_case(above) and not _title_case(line) and len(line.split()) >= max(12, 2 * len(above.split()))
                and not any(w.lower() in _PROSE_WORDS for w in above.split()) and not re.search(r"\s[-–—/]\s|:", above))
            or bool(_STOP.search(line.rstrip()[:-1])))  # two sentences: "... at each other. Can it last?"


def _stopped_headline(line: str, above: str) -> bool:
    """Whether ``above``, the header's first line of five words or more, is a headline of one or two sentences with a
    full stop, as opinion pages print one, over the longer standfirst ``line``, a sentence or two with its stop too:
    "Turkmenistan and Azerbaijan can still share the Caspian. Here is how." over "A decade of quarrels over one gas
    field has cost both capitals dearly. A deal is within reach, ..." (not a section's line with a pipe)."""
    return (bool(_FULL_STOP.search(above)) and bool(_SENTENCE_END.search(line)) and "|" not in above
            and len(above.split()) >= 5 and _longer(line, above) and len(_STOP.findall(above)) <= 2)


def _short_headline(line: str) -> bool:
    """A headline of two or three words in sentence case, each of letters, a word after the first in lower case and
    none a stop word or a section's ("The bloc blinks"; not "Long read", "Europe and China", "Middle East")."""
    words = line.split()
    return (2 <= len(words) <= 3 and words[0][:1].isupper() and not line.isupper()
            and all(re.fullmatch(r"[A-Za-z'’-]+", w) for w in words)
            and any(w.islower() for w in words[1:])
            and not any(w.lower() in STOP_WORDS or w.lower() in _PROSE_WORDS or w.lower() == "read" for w in words[1:]))


def _masthead(line: str, above: str) -> bool:
    """Whether ``line``, right under the headline ``above``, is the outlet's or desk's line: names in
    title case, no sentence, up to four words a part ("Asia Security Monitor", "Gulf Strategic Forecast |
    Riyadh desk", "Abu Dhabi (WAM) / Gulf News Report"), under a headline of five words or more in
    sentence case, or in title case and more than twice as long, that is no section label ("World | Asia"); a kicker
    before the headline is no part of it ("Caribbean Affairs Desk" under "Explainer: Why Guyana and Venezuela are
    fighting over the Essequibo again")."""
    parts = [part.split() for part in re.split(r"\s*[|/•·]\s*", line.strip())]
    words = len([w for part in parts for w in part])
    above = _SECTION_LABEL.sub("", above)
    if _edition_line(line):  # "Netherlands Joint Intelligence Assessment Bureau (NJIAB) | Public edition"
        return len(above.split()) >= 5 and "|" not in above and not _FULL_STOP.search(above)
    return (all(1 <= len(part) <= 4 and part[0][:1].isupper() for part in parts) and _title_case(" ".join(parts[0]))
            and not re.search(r"[.!?,:;]", line) and len(above.split()) >= 5
            and (not _title_case(above) or len(above.split()) > 2 * words)
            and "|" not in above and not _FULL_STOP.search(above))


# the edition a publisher's line names after a pipe: "Public edition", "English edition", "Unclassified version"
_EDITION = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+)?\s+(?:edition|version)", re.I)
# a publisher's name in title case, its acronym in brackets: "Netherlands Joint Intelligence Assessment Bureau (NJIAB)"
_PUBLISHER = re.compile(r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|\([A-Z][\w&.-]*\)|of|for|and|on|the)){0,9}")


def _edition_line(line: str) -> bool:
    """Whether ``line`` is a publisher's line with its edition after a pipe, no title: "Netherlands Joint
    Intelligence Assessment Bureau (NJIAB) | Public edition", "Federal Intelligence Service | English edition";
    not a headline with a pipe ("Fiji and Tonga sign a pact | Public edition" is no publisher's name)."""
    parts = [part.strip() for part in line.split("|")]
    return (len(parts) == 2 and bool(_PUBLISHER.fullmatch(parts[0])) and _title_case(parts[0])
            and bool(_EDITION.fullmatch(parts[1])))


def _organiser(line: str, above: str) -> bool:
    """Whether ``line``, right under the headline ``above`` (five words or more, no section label), is the line of
    the programmes or departments that held the event: "Africa Programme and Middle East and North Africa Programme"
    under "Meeting Summary: The Gulf and the Horn of Africa - ..."; also with the kind of piece between pipes,
    "Caucasus Security Programme | Scenario Analysis" (one to four words in title case a part); or a line that numbers
    the document in its series, "Summary of the Committee's Eighth Report of Session 2024-26" (not a sentence)."""
    parts = [part.strip() for part in line.split("|")]
    organiser = bool(_ORGANISER_LINE.match(parts[0])) and all(
        re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}", part) and _title_case(part) for part in parts[1:])
    series = bool(_SERIES_LINE.search(line)) and not _STOP.search(line.strip())
    return ((organiser or series) and len(above.split()) >= 5 and "|" not in above
            and not _SECTION_LABEL.match(above) and not _FULL_STOP.search(above))


def _described(line: str, above: str) -> bool:
    """Whether ``line``, right under the headline ``above`` that names its subject before a colon (five words or more,
    no date, no section label), is the line saying what the page is and when, a date in it and no sentence:
    "Parliamentary summary, Tweede Kamer, plenary sitting of Thursday 5 February 2026" under "House of
    Representatives: debate on arms export policy ..." (not a dated headline under a press page's line, "European
    Commission - Press release")."""
    return (parse_date(line) is not None and parse_date(above) is None and not _FULL_STOP.search(line)
            and len(above.split()) >= 5 and bool(re.search(r"\w:\s", above)) and "|" not in above and not _SECTION_LABEL.match(above)
            and not _FULL_STOP.search(above))


def _longer(line: str, above: str) -> bool:
    """Whether ``line`` is longer than ``above``: in words, or in characters where the words tie (a
    standfirst of 11 words and 80 characters under a headline of 11 words and 71)."""
    return (len(above.split()), len(above)) < (len(line.split()), len(line))


def _subtitle(line: str, above: str) -> bool:
    """Whether ``line``, on the line right under ``above``, is a magazine's subtitle: eight words or
    more in title case under a title in title case, not in capitals, of at least three words and at
    least two fewer ("Why South America's Trade Bloc Is Betting on Europe—and What Could Go Wrong"
    under "The Mercosur Gamble", "Why Thailand and Laos Keep Returning to the Same Dam Dispute" under "The
    Long Thaw on the Mekong"; not "Weekly Geopolitical Risk Monitor — Issue 214" under the firm's
    name, "Meridian Risk Advisory"); or a deck of eight words or more and longer than a title that
    names its subject before a colon, as rights groups print them ("Rights Group Documents Pattern of
    Arbitrary Expulsions, Property Seizures" under "Nicaragua: Hundreds More Stripped of Nationality"). An
    item's headline after its number in a series is none ("Episode 112: Who Blinks First? ..." under "The Ledger
    Podcast")."""
    if _SERIES_ITEM.match(line):
        return False  # an episode's headline under its series' name: "Episode 112: ..." under "The Ledger Podcast"
    words, above_words = re.findall(r"[^\W\d_][\w'’-]*", line), above.split()
    subject = bool(_TOPIC_HEADING.match(above)) and not _SECTION_LABEL.match(above) and ":" not in line
    return (_title_case(line) and _title_case(above) and not above.isupper() and "|" not in above
            and 3 <= len(above_words) and max(8, len(above_words) + 1 if subject else len(above_words) + 2) <= len(words))


def _boilerplate_patterns() -> list[re.Pattern[str]]:
    path = Path(__file__).parent / "data" / "boilerplate.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [re.compile(line, re.I) for line in lines if line.strip() and not line.startswith("#")]


_BOILERPLATE = _boilerplate_patterns()
# a clause beside the boilerplate that may carry a claim: "declined to comment, but said ..."
_MORE = re.compile(r",\s*but\b|\bsaying\b|\badding\b|\balthough\b|\bwhile\b|\bafter\b|;\s*\w", re.I)
# a credit line, boilerplate whatever follows: "(Reporting by ...; Editing by ...)", and the wire's "Associated
# Press writer Edna Tarigan in Jakarta contributed to this report." and "McGuirk reported from Canberra."
_CREDIT = re.compile(r"\b(?:reporting|editing|writing|compiled|photographs|photos|photography|pictures|graphics) by\b"
                     r"|^\(?(?:translated|edited)(?: from [\w-]+)? by\b"  # "Translated by Khin Ma.", "Edited by Tom Hart."
                     r"|\bcontributed (?:reporting )?to this (?:report|story|article)\b"
                     r"|\breported from\b", re.I)  # "McGuirk reported from Canberra, Australia."


# a wire's closing line of who helped, names (and where they were) only: "--With assistance from Nour Barakat.",
# "—With assistance from Ana Lima in Bamako and Tom Hart."; not "With assistance from Qatar, the two sides agreed"
_HELPER = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al|bin|de|van|von|der))*(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
_ASSISTANCE = re.compile(rf"[—–-]*\s*\(?\s*(?:[Ww]ith|WITH) (?:additional )?assistance from {_HELPER}"
                         rf"(?:(?:,\s*|,?\s+and\s+){_HELPER})*\s*\.?\s*\)?")


def quote_credit(line: str, above: str) -> re.Match[str] | None:
    """The credit line of a quotation in ``line`` (``above``: the line before it): a dash and the
    person with their title right after the quotation's closing mark, on its line ('"..." — Danish
    Prime Minister Mette Frederiksen, speaking at ...') or opening the next line; not a digest's
    item opening with a dash ("— Metsola in Warsaw: ..."), which follows no quotation."""
    credit = QUOTE_CREDIT.search(line)
    if credit is None:
        return None
    if credit.start("dash") > 0:
        quoted = line[: credit.start("dash")].rstrip()
        return credit if quoted[:1] in "“\"" and quoted[-1:] in "”\"" else None
    return credit if above.rstrip()[-1:] in "”\"" and above.lstrip()[:1] in "“\"" else None


def credit_line(sentence: str) -> bool:
    """Whether ``sentence`` is a newsroom's credit line, "(Reporting by ...; Editing by ...)",
    "--With assistance from Nour Barakat.": boilerplate whose places and names are the newsroom's, no actors."""
    return bool(_CREDIT.search(sentence)) and boilerplate(sentence) or bool(_ASSISTANCE.fullmatch(sentence.strip()))


def boilerplate(sentence: str) -> bool:
    """Whether ``sentence`` is newsroom boilerplate that reports no relation, whatever its words
    suggest: "The White House did not respond to a request for comment", "The Kremlin declined
    to comment", "(Reporting by ...; Editing by ...)" (patterns in ``data/boilerplate.txt``)."""
    if len(sentence.split()) > 30 or not any(p.search(sentence) for p in _BOILERPLATE):
        return False
    return not _MORE.search(sentence) or bool(_CREDIT.search(sentence))


@Language.factory(
    "claims_clean",
    assigns=["doc._.furniture", "doc._.header", "doc._.doc_date"],
    default_config={"default_date": None},
)
def make_clean(nlp: Language, name: str, default_date: str | None) -> Callable[[Doc], Doc]:
    """The cleaning stage; ``default_date`` (YYYY-MM-DD) dates a document that gives no date of
    its own, neither in its record or page metadata nor in a dateline or byline."""

    def clean_component(doc: Doc) -> Doc:
        """Record furniture spans and the header on the Doc; the text is left as it is."""
        spans, header = find_furniture(doc.text)
        doc._.furniture = spans
        doc._.header = header
        doc._.doc_date = doc._.doc_date or header.date or default_date
        return doc

    return clean_component
