"""Stage 6, claims: turn a processed Doc into claim records. The only place Spans become records."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from .actors import (
    _KOREAS,
    ActorMention,
    ActorTracker,
    _headline_states,
    _role,
    collective_side,
    dyads,
    implied_actors,
    issuer,
    issuing_paragraph,
    names_pair,
    speaking_body,
    topic_pair,
)
from .attribution import (
    _OWNED_OFFICES,
    _PRONOUN_GENDER,
    OFFICES,
    TRANSCRIPT_CUE,
    Context,
    _outlet,
    _several,
    _surname,
    addressee_code,
    chamber_state,
    cites_a_law,
    continued_quotation,
    find_attribution,
    former_office,
    given_name_gender,
    interviewee,
    local_office,
    opens_quotation,
    outlet_voice,
    post_speakers,
    posted_for,
    publisher_lines,
    publishers_voice,
    quotation_open,
    signed_state,
    sits_in,
    transcript_speaker,
    transcript_speakers,
    unnamed_member,
)
from .attribution import Attribution as Speech
from .certainty import _HABITUAL, forecast_by_grammar, forecast_certainty, scheduled_certainty
from .clean import (
    _MONTH,
    _MONTHS,
    BARE_DAY,
    alias_table,
    boilerplate,
    credit_line,
    dateline_state,
    heading_pair,
    heading_state,
    page_state,
    parse_date,
)
from .entities import ORGANISATION_WORDS, STATE_CODES, doc_text, ent_at, ents_of, frozen_ents, span_text
from .io import Document
from .schema import LABELS, Actor, Attribution, Claim, DocInfo, Entity, ModelInfo, TimeExpression
from .sentences import body_sentences
from .timex import (
    _ANY_DAY,
    _ANY_SUCH_DAY,
    _BOUND,
    _FUTURE_AUX,
    _HOLIDAYS,
    _IN_UNITS,
    _PAST_AUX,
    _PRESENT_BE,
    _WEEKDAYS,
    _WHICH_YEAR,
    _YEAR_IN,
    FISCAL_YEAR,
    HEAD_TIME,
    _governing_verb,
    _past_form,
    anaphoric,
    as_of_present,
    attached_word,
    commitment_day,
    date_parts,
    date_span,
    expectation_year,
    heading_day,
    in_future_clause,
    in_past_clause,
    normalise_period,
    normalise_time,
    past_commitment,
    scheduled_verb,
)

# a quotation's later sentences keep its speaker for at most this many sentences: a quotation
# mark left open by mistake would otherwise lend the speaker the rest of the text
_QUOTE_RUN = 6


def doc_to_claims(
    doc: Doc,
    document: Document,
    thresholds: Mapping[str, float],
    model: ModelInfo,
    all_sentences: bool = False,
) -> list[Claim]:
    """One Claim per body sentence with at least one label (every sentence if ``all_sentences``)."""
    with frozen_ents(doc):  # each sentence asks for its entities: the document's are made once
        return _claims(doc, document, thresholds, model, all_sentences)


def _claims(doc: Doc, document: Document, thresholds: Mapping[str, float], model: ModelInfo,
            all_sentences: bool) -> list[Claim]:
    header = doc._.header
    info = DocInfo(
        title=document.title or (header.title if header else None),
        date=doc._.doc_date,
        author=document.author or (header.author if header else None),
        url=document.url,
        source=document.source,
        source_format=document.source_format,  # type: ignore[arg-type]
        text_sha256=document.sha256,
    )
    claims = []
    story = _Story()
    datelines = sorted((f for f in doc._.furniture if f.kind in {"dateline", "lead_in"}), key=lambda f: f.end)
    breaks = [f.end for f in datelines]
    # a digest's item headings on lines of their own ("**Balkans: ...**"): the pairs of the items
    # before are not what "neither government" in the next one means
    items = sorted(f.end for f in doc._.furniture if f.kind == "subheading")
    headings = items  # (items is used up as the walk passes each)
    text = doc_text(doc)
    days = _day_headings(doc, text)
    # where each story was filed: the government a bare "the premier" or "the ministry" most likely means
    filed = {f.end: dateline_state(text[f.start : f.end + 80]) if f.kind == "dateline"  # with the words after it
             else heading_state(text[f.start : f.end]) for f in datelines}  # a digest's "Peru": Peru
    # a digest item's heading of two states, "Armenia/Azerbaijan": the pair its sentences that name no one are about
    item_pairs = [(f.end, heading_pair(text[f.start : f.end]) if f.kind == "lead_in" else None) for f in datelines]
    # a second story in one file after a separator, with a date line of its own: a new story, dated by that line
    # the page's own state, where no dateline names one: its place line, outlet or byline's address
    # or a chamber's committee's, whose header line names it: "House of Commons Foreign Affairs Committee"
    home = page_state(text, doc._.furniture) or chamber_state(doc, info.title)
    story.tracker.filed = home
    # a communiqué's or resolution's issuing body, the unsaid subject of its paragraphs that open with a bare verb
    body = body_sentences(doc)
    issued_by = issuer(doc, body)
    issued = {index for index, sent in enumerate(body) if issuing_paragraph(sent)} if issued_by else set()
    story.tracker.issuer = issued_by.code if issued_by else None
    dated = _story_days(doc, text)
    for end, _ in dated:
        filed.setdefault(end, None)
    breaks = sorted({*breaks, *(end for end, _ in dated)})
    speakers = transcript_speakers(doc)
    asked = interviewee(doc, speakers)  # the one an interview's introduction names, whose turns answer
    # an op-ed signed by a serving minister or ambassador: the state the author's "we" speaks for
    voice = None if speakers else signed_state(doc, info.author)
    # an organisation's statement in its own voice ("We, the Leaders of the G7"): its "we", "our" and "us" are it;
    # else an op-ed on a national outlet's page with no dateline: the author's "we", "our" and "us" are its home state
    ours = None if speakers or voice else speaking_body(doc, body) or (
        None if any(filed.values()) else outlet_voice(doc, home))
    posts = post_speakers(doc)
    publishers = publisher_lines(doc)  # where the page's publisher names itself: its own voice is the author's
    named: dict[str, str] = {}  # a speaker's surname -> the code found for them, for a post's credit line
    people: dict[str, str] = {}  # a named speaker's surname -> the code found for them ("" for two codes)
    given: dict[str, str] = {}  # the same for the given name ("Gedion said" after "Gedion Timothewos")
    sentences: list[tuple[int, Span, Mapping[str, float], list[str], list[ActorMention], Speech | None]] = []
    sided: set[int] = set()  # the sentences whose pair phrase stands for a collective with no code
    opened: list[int] = []  # sentences of a quotation still open, with no speaker of their own yet
    for index, (sent, scores) in enumerate(zip(body, doc._.scores, strict=True)):
        if breaks and sent.start_char >= breaks[0]:
            story = _Story()  # a roundup's next dateline starts a new story
            story.tracker.filed = filed[max(b for b in breaks if b <= sent.start_char)] or home
            story.tracker.issuer = issued_by.code if issued_by else None
            breaks = [b for b in breaks if b > sent.start_char]
        if items and sent.start_char >= items[0]:
            story.tracker.new_item()
            items = [i for i in items if i > sent.start_char]
        quoting = story.quoting
        attribution, continued = _attribution(sent, story, speakers)
        if attribution is not None and publishers and publishers_voice(attribution, publishers, doc):
            attribution, continued = None, False  # "ISW assesses that" in an ISW report: the author's own voice
        addressed = addressee_code(sent, speakers) if speakers else None
        if addressed is not None and attribution is not None and attribution.speaker_code is None \
                and _ADDRESSED.match(attribution.speaker):
            attribution = replace(attribution, speaker_code=addressed)  # "Minister, your government says": hers
        post = next((a for a, start, end in posts if start <= sent.start_char and sent.end_char <= end), None)
        if post is not None and (attribution is None or continued):
            # the text of an embedded post is the words of the person its credit line names
            attribution, continued = replace(post, speaker_code=post.speaker_code or named.get(_surname(post.speaker))), False
        filled: list[int] = []  # the quotation's earlier sentences this one's speaker closes
        recued: list[int] = []  # the same, already the same person's from before: they take this one's cue and day
        if (attribution is None or continued) and story.quoting:
            # a quotation's sentence whose speaker may come at its end: one with none, or one that
            # took the last speaker's because a new quotation opened ('"...," Šefčovič said. "We
            # will ... . It is ...," Lubetkin added': the second quotation is Lubetkin's)
            opened.append(len(sentences))
        elif attribution is not None and not continued and quoting and attribution.quote:
            # '"Ukraine will never accept a blockade. We want a deal," Zelensky wrote': the
            # quotation's earlier sentences are the speaker's too
            for k in opened:
                earlier = sentences[k][5]
                if earlier is None or earlier.speaker.split()[-1] != attribution.speaker.split()[-1]:
                    filled.append(k)  # not the same person again, "he said"
                elif earlier.cue != attribution.cue:
                    # 'Rutte called the wording "a floor". "Nobody is renegotiating ... . Every
                    # ally signed it," he said': the words are framed by "said", not the naming before
                    recued.append(k)
        if not story.quoting:
            opened = []
        actors = story.tracker.sentence_actors(sent, attribution, transcript_speaker(sent, speakers) if speakers else None,
                                               addressed, story.people.topic_here)
        if attribution is not None and (code := next(
                (now for (start, end), (was, now) in story.tracker.rehomed.items()
                 if attribution.start <= start and end <= attribution.end and was == attribution.speaker_code), None)):
            attribution = replace(attribution, speaker_code=code)  # "the Foreign Office said" filed from ISLAMABAD
        bare, stated = _president_titles(sent, actors)
        story.presidents |= bare
        story.stated_presidents |= stated
        # the one president a page names by the bare title alone, never with a state, is its own:
        # "The President" of a readout that names "President Trump" and "President Ruto of Kenya"
        own = story.presidents - story.stated_presidents
        story.tracker.own_president = next(iter(own)) if len(own) == 1 and story.stated_presidents else None
        if story.tracker.collective_sides:
            sided.add(index)  # "the two sides" of a collective with no code: no pair of the document's
        if voice is not None:
            actors = _authors_pronoun(sent, voice, actors, quoting)
        elif ours is not None:
            actors = _authors_pronoun(sent, ours, actors, quoting, persons=False)
        if attribution is not None and attribution.speaker_code is not None and (
                code := _its_organisation(actors, attribution) or _owners_organisation(actors, doc, attribution)):
            # "Its chair, a senior Norwegian diplomat, said" after the Arctic Council: the
            # organisation's office, not the nationality the apposition gives its holder, nor the
            # state the gazetteer knows the person led ("The Forum's Secretary General, Baron
            # Waqa," → PIF, not NRU), and the person is the organisation's actor
            was = attribution.speaker_code
            actors = [replace(a, code=code, kind="organisation") if a.code == was and a.kind == "person"
                      and attribution.start <= a.start and a.end <= attribution.end else a for a in actors]
            attribution = replace(attribution, speaker_code=code)
        listed = attribution is not None and (span := doc.char_span(attribution.start, attribution.end)) is not None \
            and (_several(span) or former_office(span)  # "Southeast Asian foreign ministers and China said": a list speaks for no one state
                 or cites_a_law(span, attribution.cue))  # "the Taiwan Relations Act states that": not Taiwan's
        if attribution is not None and attribution.speaker_code is None and not listed:
            # "the North's foreign ministry said": the speaker's state, as the actors resolved it;
            # not through the pronoun where attribution already named its owner ("Her ministry"
            # became "Katherina Reiche's ministry"), since the two may resolve it differently
            owned = attribution.speaker.split()[0].lower() not in _POSSESSIVES
            speaker = doc.char_span(attribution.start, attribution.end)
            inside = {a.code for a in actors if attribution.start < a.end and a.start < attribution.end  # overlap
                      and not names_pair(a) and not (owned and a.text.lower() in _POSSESSIVES)
                      and not _where_they_sit(a, speaker)
                      and not ((span := doc.char_span(a.start, a.end)) is not None and unnamed_member(span))}
            if not inside and (code := _office_code(actors, speaker)):
                # "The Minister for the Middle East, Hamish Falconer," where the actors coded "The Minister": that
                # actor stands for the person, who gets no second one (an owner coded instead, "The Commission's
                # spokesperson, Anna Berg,": the ``_office_owner`` branch below, which adds the person)
                inside = {code}
            if not inside and (code := _koreas_owner(speaker, actors)):
                inside = {code}  # "the North's state media" in a sentence that names North Korea
            if not inside and (code := _agencys_owner(speaker, actors)):
                inside = {code}  # "Japan's space agency JAXA said": the agency's state
            carried = None
            if not inside and (carried := _carried_by_agency(attribution.speaker)):
                inside = {carried}  # "a statement carried by the Saudi Press Agency": the government's, SAU
            if len(inside) == 1:
                attribution = replace(attribution, speaker_code=inside.pop())
                if carried and not any(a.code == carried for a in actors):
                    # the government whose statement it is speaks in the sentence, an actor ("The kingdom rejects
                    # any interference, said a statement carried by the Saudi Press Agency" → SAU, source)
                    actors = [*actors, ActorMention(attribution.speaker, carried, "state", "body", attribution.start,
                                                    attribution.end, "source")]
            elif not inside and (code := _office_owner(actors, speaker) or _title_owner(sent, speaker, actors)):
                # "The Commission's spokesperson, Anna Berg, said": whose office, as the actors
                # resolved it ("The Fund's mission chief, Ana Lucia Borges," → IMF); "JCS spokesman
                # Col. Lee Sung-jun told": the body the title before the name names; the named
                # person is then its actor
                attribution = replace(attribution, speaker_code=code)
                if _persons_name(attribution.speaker) and not any(
                        attribution.start < a.end and a.start < attribution.end for a in actors):
                    kind = "state" if code in STATE_CODES else "organisation"
                    actors = [*actors, ActorMention(attribution.speaker, code, kind, "context",
                                                    attribution.start, attribution.end, "source")]
            elif code := story.tracker.references.get(attribution.start):
                # "IGAD welcomed the deal. The bloc said its executive secretary, Workneh Gebeyehu,
                # would travel": the organisation the reference stands for, named in the sentence too
                attribution = replace(attribution, speaker_code=code)
            elif (code := story.last_code or _sole_subject(actors, attribution) or _its_owner(story.people, sent, attribution)
                  ) and _possessive_speaker(sent, attribution):
                # "China's Ministry of Commerce said ... . Its spokeswoman, He Yongqian, warned";
                # "Qatar will host the talks, its foreign ministry said": the sentence's own subject
                attribution = replace(attribution, speaker_code=code)
                if _persons_name(attribution.speaker) and not any(
                        attribution.start < a.end and a.start < attribution.end for a in actors):
                    # "Its spokesman, Liu Dejun, said": the person is the actor that speaks
                    actors = [*actors, ActorMention(attribution.speaker, code, "person", "leader",
                                                    attribution.start, attribution.end, "source")]
            elif (code := _known_name_code(people, attribution) or _known_name_code(given, attribution)
                  or _full_name_code(people, given, attribution)
                  or _code_found_before(sentences, sent, attribution)) is not None:
                # "Peter Sørensen, the EU special representative ..., said" and later "Sørensen
                # told BIRN": the code found for the person named in full keeps to the surname
                attribution = replace(attribution, speaker_code=code)
                if not any(a.code == code for a in actors) and attribution.start >= sent.start_char:
                    # (a pronoun's person named in a sentence before is no actor here: "he told me")
                    actors = [*actors, ActorMention(attribution.speaker, code, "person", "leader",
                                                    attribution.start, attribution.end, "source")]
            elif code := _reference_code(sent, attribution, actors):
                # "A spokesperson for the Commission insisted that the EU would act": the EU,
                # which the actors count once; a name in apposition to the office is its actor
                attribution = replace(attribution, speaker_code=code)
                if _persons_name(attribution.speaker) and not any(
                        attribution.start < a.end and a.start < attribution.end for a in actors):
                    actors = [*actors, ActorMention(attribution.speaker, code, "person", "leader",
                                                    attribution.start, attribution.end, "source")]
            elif not _the_press(speaker) and (code := (
                          _quoting_agency_code(sent, attribution, actors) or _subject_state(story, sent, attribution, actors)
                          or _stance_state(sent, attribution, actors)
                          or _venue_code(sent, attribution, actors) or _subject_organisation(sent, attribution, actors)
                          or _un_envoy_code(story, sent, attribution)
                          or _same_office_code(story, sent, attribution, index)
                          or _unowned_office_code(story, sent, attribution)
                          or _home_office_code(story, sent, attribution) or _holder_code(story, sent, attribution)
                          or _administration_code(story, sent, attribution)
                          or _filed_office_code(story, sent, attribution, index, portfolio=False)
                          or _filed_body_code(story, sent, attribution)
                          or _body_named_before(sentences, sent, attribution, actors))):
                # "Kenya's foreign ministry said ... . The ministry added": the office speaks for
                # the state that spoke just before, else for the one that acted ("Tanzania
                # rejected the accusations. Government spokesman Gerson Msigwa said"), and is its
                # actor here; "According to a Saudi official, ... . '...,' the official said": the
                # person who spoke just before, or who held that office as the subject of the
                # sentence before ("Foreign Minister Jeyhun Bayramov struck a sharper tone. ... the
                # minister wrote")
                attribution = replace(attribution, speaker_code=code)
                if not any(a.code == code for a in actors):
                    kind = "state" if code in STATE_CODES else "organisation"
                    actors = [*actors, ActorMention(attribution.speaker, code, kind, "context",
                                                    attribution.start, attribution.end, "source")]
        if attribution is not None and attribution.speaker_code in STATE_CODES and attribution.start >= sent.start_char \
                and not any(a.code == attribution.speaker_code and a.via != "implied" for a in actors) \
                and (span := doc.char_span(attribution.start, attribution.end)) is not None \
                and local_office(span) == attribution.speaker_code:
            # "Mandera Governor Mohamed Adan Khalif said": a town's official speaks for its state and is
            # its actor, where the town is none
            actors = [*(a for a in actors if a.code != attribution.speaker_code),
                      ActorMention(attribution.speaker, attribution.speaker_code, "state", "context",
                                   attribution.start, attribution.end, "source")]
        if attribution is not None and attribution.speaker_code in STATE_CODES and not continued \
                and "ministry" in attribution.speaker.lower().split() and _state_body_unowned(sent, attribution):
            story.tracker.ministry_spoke(attribution.speaker_code)  # "the trade ministry said": what "The ministry" is next
        if attribution is not None and attribution.speaker_code is not None and not continued:
            story.offices.append((index, attribution.speaker, attribution.speaker_code, attribution.end))
            story.people.settle(attribution)
            named.setdefault(_surname(attribution.speaker), attribution.speaker_code)
            if not continued and (name := _persons_name(attribution.speaker)):
                _remember_name(people, given, name, attribution.speaker_code)
        for a in actors:  # "Congo's deputy foreign minister, Patrick Ilunga": the code of a person named in full,
            # also one found from context ("Unification Minister Kim Dong-wook" in a Seoul story)
            if a.kind == "person" and a.via in {"leader", "context"} and (name := _persons_name(a.text)):
                _remember_name(people, given, name, a.code)
        for name, code in _possessive_surnames(sent, actors):
            # "Kenya's Mudavadi called on ... . Mudavadi said": the state's official by surname
            people[name] = code if people.get(name, code) == code else ""
        actors = actors + _un_envoys(story, sent, actors)
        story.holders.update(_office_holders(sent, actors))
        story.attribution = attribution
        story.titled = _titled_subjects(sent, actors)
        if attribution is not None or not (quoting or quotation_open(span_text(sent), False)):
            # a quotation's sentence with no speaker yet leaves the last one's code for the office
            # that closes it ('Lula said ... . "It depends on ... . We hope ...," the president said')
            if not (attribution is not None and attribution.speaker_code is None
                    and _the_press(doc.char_span(attribution.start, attribution.end))):
                # an agency that speaks for no state passes on the code of the speaker before: "Iranian
                # state media reported ... . The official news agency IRNA said ... . Fars quoted a
                # naval commander" → IRN
                story.last_code = attribution.speaker_code if attribution is not None else None
        for k in recued:
            sentences[k] = (*sentences[k][:5], replace(sentences[k][5], cue=attribution.cue, date=attribution.date))
        for k in filled:  # with the code found for the speaker here ("the president said": BRA)
            # and the quotation's "we" ('"We do not take instructions. ...," Puri said': IND)
            was = sentences[k][5]
            kept = [a for a in sentences[k][4]  # not the speaker it took from the quotation before ("...," Sefcovic said)
                    if was is None or not (a.via == "context" and (a.start, a.end) == (was.start, was.end))]
            sentences[k] = (*sentences[k][:4], _speaker_pronoun(sentences[k][1], attribution, kept,
                                                                continued=True, quoting=True), attribution)
        if addressed is not None:
            actors = _addressed_pronoun(sent, actors, addressed)
        if asked is not None and asked.speaker_code is not None and sent.start_char <= asked.start < sent.end_char:
            actors = _introduced_speaker(sent, actors, asked)
            # whom "She had just returned from Brussels" and a "she" of the author's far from it then mean
            if person := next((a for a in actors if a.kind == "person" and a.start <= asked.start < a.end), None):
                story.tracker.introduced(person)
        turn = transcript_speaker(sent, speakers) if speakers else None
        if (turn is not None and attribution is not None and attribution.cue != TRANSCRIPT_CUE and not attribution.quote
                and turn.cue == TRANSCRIPT_CUE and turn.speaker_code in STATE_CODES):
            # a spokesperson's own "us" in what they report another said, not in their quoted words: "The UAE has told
            # us it is committed" (the briefing's state)
            actors = _speaker_pronoun(sent, turn, actors, continued=False, quoting=quoting)
        if attribution is not None:
            actors = _speaker_pronoun(sent, attribution, actors, continued=continued, quoting=quoting)
            actors = _speakers_own_office(sent, attribution, actors)
            actors = _hearer(sent, attribution, actors, sentences[-1][4] if sentences else [])
        if credit_line(span_text(sent)):
            actors = []  # "(Reporting by X in Bangkok; Editing by Y)": the newsroom's places, no actors
        labels = [] if boilerplate(span_text(sent)) else [label for label in LABELS if scores[label] >= thresholds[label]
                                                    or (label == "forecast" and (forecast_by_grammar(sent)
                                                                                 or _scheduled_on(sent, days, doc._.doc_date)))]
        sentences.append((index, sent, scores, labels, actors, attribution))
    # the pair the document is about completes the sentences that leave one of them unsaid
    pair = topic_pair([actors for *_, actors, _ in sentences])
    # a press conference's or interview's exchanges: each relates its own pair
    exchanges = _exchange_pairs(sentences, speakers) if speakers else {}
    named_at = {index: {a.code for a in actors if a.via not in {"context", "implied"}} for index, *_, actors, _ in sentences}
    # the codes each section under a subheading names, and the sections that name a collective of states with no
    # code: a member of the pair a section never names, where it names others, is not what the section is about
    # ("-- FOCAC anniversary" on China and African countries in a story on China and Tanzania)
    sections: dict[int, set[str]] = {}
    wider: set[int] = set()
    for _, sent, *_, actors, _ in sentences:
        part = bisect_right(headings, sent.start_char)
        sections.setdefault(part, set()).update(a.code for a in actors)
        if part and collective_side(span_text(sent), sent.start_char, [(a.start, a.end) for a in actors]):
            wider.add(part)
    mentions: dict[str, list[ActorMention]] = {}
    for *_, actors, _ in sentences:
        for a in actors:
            if a.via != "context":
                mentions.setdefault(a.code, []).append(a)
    domestic: set[int] = set()  # the sentences that tell of a state's act at home
    narrative: tuple[str, int] | None = None  # a full date of an earlier year, and the sentence that named it
    # the last time a sentence before named, and that sentence: "The following March" counts from it,
    # across sentences that name no time ("... on March 3. Talks stalled. Later that day ...")
    before: tuple[str | None, int] = (None, 0)
    # the last time a sentence before named that is not after the document's day, which a clause told
    # in the past counts from past later ones ("spoke on Thursday morning. ... would meet on June 24.
    # ... told reporters later in the day": that Thursday)
    settled: tuple[str | None, int] = (None, 0)
    # the last decade named as near: "the following decade" counts from it over the years named since
    decade: tuple[str | None, int] = (None, 0)
    # the heading of the day the sentence is under, and the last day its section named from that day on: "the
    # same day" counts from it, over days the section names before it ("said on Thursday")
    section: tuple[TimeExpression | None, str | None] = (None, None)
    for index, sent, scores, labels, actors, attribution in sentences:
        # the day "today" and the weekdays count from: the story's own date line, else the document's
        today = next((day for end, day in reversed(dated) if end <= sent.start_char), doc._.doc_date)
        if narrative and index - narrative[1] > _NARRATIVE_RUN:
            narrative = None
        if index - before[1] > _ANAPHORA_REACH:
            before = (None, index)
        if index - settled[1] > _ANAPHORA_REACH:
            settled = (None, index)
        if index - decade[1] > _ANAPHORA_REACH:
            decade = (None, index)
        # the sentences whose times are resolved without --all-sentences: only they date the next one;
        # one that names no time passes the time before it on either way
        resolved = bool(labels or narrative or _YEAR_LIKE.search(span_text(sent)))
        date_ents = _date_entities(sent)  # found once a sentence: _times resolves these
        names_time = bool(date_ents)
        if not resolved and not all_sentences:
            before = (None, index) if names_time else before
            settled = (None, index) if names_time else settled
            continue  # no record, and no year that could start a story's dates: its times are not needed
        day = _section_day(days, sent)
        if day is not section[0]:
            section = (day, day.date if day else None)
        times = _times(sent, attribution.date if attribution else None, today, narrative and narrative[0],
                       section[1] if day else before[0], decade[0], settled[0], day.date if day else None, date_ents)
        if day and resolved:
            # the last day the section names from the heading's on: "Ministers meet on Wednesday. ... the next day"
            section = (day, next((t.date for t in reversed(times) if t.date and t.date >= (day.date or "")), section[1]))
        narrative = _narrative(sent, times, narrative, index, today)
        if names_time:
            before = (next((t.period for t in reversed(times) if t.period), None) if resolved else None, index)
            last = next((t.period for t in reversed(times) if t.period and not _after_day(t.period, today)), None)
            settled = (last, index) if resolved and last else settled
            decade = next(((t.period, index) for t in reversed(times) if resolved and _DECADE_PERIOD.fullmatch(t.period or "")),
                          decade)
        if not labels and not all_sentences:
            continue
        if day and day.date and _heading_dates(sent, day.date, times):
            times = [day, *times]  # "MONDAY, MAY 18" over "EU foreign ministers meet in Brussels"
        if index in issued and issued_by is not None and not any(a.code == issued_by.code and a.role == "source"
                                                                 for a in actors):
            # "4. Welcomes the efforts of IGAD": the issuing body acts, unnamed, also where the paragraph names it
            # only as acted on ("Requests the Chairperson of the Commission to report")
            actors = [*actors, replace(issued_by, via="implied", role="source")]
        # (nor does a sentence that reports no relation, newsroom boilerplate or a hearing's course: "The hearing is
        # adjourned.", "Thank you, Dr. Holloway.")
        if not credit_line(span_text(sent)) and not boilerplate(span_text(sent)):
            referred = (_referred_pair(span_text(sent), named_at[index], named_at.get(index - 1))
                        or _deed_pair(span_text(sent), actors, sentences, index)
                        or _accuser_pair(span_text(sent), {a.code for a in actors if a.via != "implied"} & STATE_CODES,
                                         sentences, index))
            part = bisect_right(headings, sent.start_char)
            if len(named_at[index] & STATE_CODES) <= 1 and (_DOMESTIC_ACT.search(span_text(sent)) or (
                    not named_at[index] and index - 1 in domestic and _DOMESTIC_BACK.search(span_text(sent)))):
                # a state's act at home relates it to no other, nor does what is said of that act next: "The
                # cabinet approved a resolution ... . The resolution will take effect on December 1"
                domestic.add(index)
            # "Peace process gained momentum." under "Armenia/Azerbaijan": the item's pair, not the document's
            item = None if named_at[index] else next((p for end, p in reversed(item_pairs) if end <= sent.start_char), None)
            if referred or not (index in domestic or index in sided):
                actors = actors + [a for a in implied_actors(actors, referred or exchanges.get(index, item or pair),
                                                             sent.start_char, mentions, span_text(sent))
                                   if referred or item or index in exchanges or not part or a.code in sections[part]
                                   or not (part in wider or sections[part] - set(pair or ()))]
        certainty = forecast_certainty(sent) if "forecast" in labels else None
        if certainty is None and "forecast" in labels:
            # "the tariff, which takes effect in September" in May: a scheduled event ahead is a plan
            certainty = scheduled_certainty(sent, {t.start for t in times if _after_day(t.date or t.period, today)})
        claims.append(
            Claim(
                claim_id=f"{document.id}:{index}",
                doc_id=document.id,
                sentence_index=index,
                start=sent.start_char,
                end=sent.end_char,
                text=span_text(sent),
                labels=labels,  # type: ignore[arg-type]
                scores=scores,
                actors=[Actor(**vars(a)) for a in actors],
                dyads=[(a, b) for a, b in dyads(actors, sent)],
                attribution=Attribution(**vars(attribution)) if attribution else None,
                time=times,
                certainty=certainty.level if certainty else None,  # type: ignore[arg-type]
                certainty_cue=certainty.cue if certainty else None,
                negated=certainty.negated if certainty else None,
                entities=_entities(sent),
                doc=info,
                model=model,
            )
        )
    return claims


def _exchange_pairs(sentences: list[tuple[int, Span, Mapping[str, float], list[str], list[ActorMention], Speech | None]],
                    speakers: list[tuple[Speech | None, int]]) -> dict[int, tuple[str, str]]:
    """The pair each exchange of a transcript where one speaker answers for a state and every other
    turn is of no state's (a press conference, an interview; not a debate) relates, by sentence
    index: each other turn, a journalist's question, starts an exchange that runs to the next, as
    the opening statement runs to the first; where the exchange names, beside the answerer's state,
    exactly one other actor, in two sentences or more, the two are its pair ("Reuters: Uzbekistan
    announced new water quotas ... Spokesperson: Kazakhstan has received the notice ... We expect
    the new quotas to ...": KAZ and UZB), for the question's sentences from the first that names the
    answerer's state ("you" counting) on: what leads up to it may tell of others alone ("The RSF took
    El Fasher last week. Is the United States going to ..."). An exchange that names none or several
    has none, and its boilerplate ("this concludes today's press conference") is in none."""
    turns = [a for a, _ in speakers if a is not None]
    answerers = {a.speaker for a in turns if a.speaker_code is not None}
    if len(answerers) != 1 or not sentences:
        return {}
    asks = [a.start for a in turns if a.speaker_code is None]
    if len(asks) < 2:
        return {}
    out: dict[int, tuple[str, str]] = {}
    for first, last in zip([0, *asks], [*asks, sentences[-1][1].end_char], strict=True):
        replies = [a for a in turns if a.speaker_code is not None and first <= a.start < last]
        if not replies:
            continue
        answer, reply = replies[0].speaker_code, replies[0].start
        inside = [(index, sent, actors) for index, sent, *_, actors, _ in sentences if first <= sent.start_char <= last]
        named = Counter(code for *_, actors in inside
                        for code in {a.code for a in actors if a.via not in {"context", "implied"}} - {answer})
        if answer is None or len(named) != 1 or sum(named.values()) < 2:
            continue
        one, two = sorted((answer, *named))
        asked = False  # whether the question has named the answerer's state yet
        for index, sent, actors in inside:
            asked = asked or sent.start_char > reply or any(a.code == answer and a.via != "implied" for a in actors)
            if asked and not boilerplate(span_text(sent)):
                out[index] = (one, two)
    return out


def _referred_pair(text: str, here: set[str], before: set[str] | None) -> tuple[str, str] | None:
    """The pair the sentence before names, where it names exactly two actors and this sentence names
    one of them alone and refers back to what passed between them ("the offer", "the move", "the two
    issues", "that threat"): "China offered Pakistan a loan for the dam. Pakistani officials called the
    offer generous": CHN, whatever pair the document is about. Else None."""
    if len(here) != 1 or before is None or len(before) != 2 or not here <= before or not _REFERS_BACK.search(text):
        return None
    one, two = sorted(before)
    return one, two


def _accuser_pair(text: str, here: set[str], sentences: list[tuple[int, Span, Mapping[str, float], list[str],
                  list[ActorMention], Speech | None]], index: int) -> tuple[str, str] | None:
    """The accuser and the accused, where a sentence that names one state alone refers back to a charge ("the
    accusation", "the allegations", "the claim", "the charges") and one of the ``_DEED_REACH`` sentences before is a
    speaker's of another state naming that one: "An Israeli official said Beirut had not disarmed the militia. ...
    Lebanese President Joseph Aoun rejected the accusation": ISR, LBN. None where two speakers of other states
    spoke there, or none did. Failing a speaker, the subjects of a verb that accuses that one there ("The RSF accused
    Egyptian jets of bombing a market. Cairo denied the accusation"): one, the pair with it; two or more, the accused
    alone (no other pair's member is the sentence's: ``(code, code)``)."""
    if len(here) != 1 or not _CHARGE_BACK.search(text):
        return None
    position = next((i for i, entry in enumerate(sentences) if entry[0] == index), len(sentences))
    window = sentences[max(0, position - _DEED_REACH) : position]
    accusers = {speech.speaker_code for _, _, _, _, named, speech in window
                if speech is not None and speech.speaker_code in STATE_CODES and speech.speaker_code not in here
                and here <= {a.code for a in named}}
    if not accusers:
        accusers = {code for _, sent, _, _, named, _ in window for code in _accusers(sent, named, here)}
        if len(accusers) > 1:
            (accused,) = here
            return accused, accused
    if len(accusers) != 1:
        return None
    one, two = sorted(accusers | here)
    return one, two


# the verbs that make a charge against their object: "accused junta aircraft of bombing villages"
_ACCUSING = frozenset("accuse accuses accused accusing blame blames blamed blaming".split())


def _accusers(sent: Span, actors: list[ActorMention], accused: set[str]) -> set[str]:
    """The codes of the subjects of a verb in ``sent`` that accuses or blames one of ``accused`` (its object names it):
    "The RSF and the SPLM-N accused Ethiopian drones of striking a convoy" for ETH."""
    if not sent.doc.has_annotation("DEP"):
        return set()

    def codes(phrases: list[Token]) -> set[str]:
        spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in phrases]
        return {a.code for a in actors if a.via != "implied" and any(left <= a.start and a.end <= right for left, right in spans)}

    out: set[str] = set()
    for token in sent:
        if token.lower_ in _ACCUSING and token.dep_ in _CLAUSE_DEPS and accused <= codes([c for c in token.children if c.dep_ == "dobj"]):
            out |= codes([c for c in token.children if c.dep_ == "nsubj"]) - accused
    return out


def _deed_pair(text: str, actors: list[ActorMention], sentences: list[tuple[int, Span, Mapping[str, float],
               list[str], list[ActorMention], Speech | None]], index: int) -> tuple[str, str] | None:
    """The pair a sentence refers to by "the deal", "the agreement", "these strikes" and the like, where
    it names at most one actor: the doers of the one such deed the ``_DEED_REACH`` sentences before tell
    of (the subjects of its verb, the states on its noun), with the sentence's own actor, where that makes
    exactly two: "Serbia and Kosovo signed a deal. Analysts doubt the deal will hold": SRB, XKX; "US
    forces have been striking boats. We have condemned these strikes": the speaker's state and USA.
    None where they tell of two deals of different doers ("Peru and Chile signed an agreement. Ecuador
    and Colombia reached an accord. The agreement ...")."""
    m = _DEED_BACK.search(text)
    here = {a.code for a in actors if a.via != "implied"}
    if m is None or len(here) > 1:
        return None
    family = _DEED_FAMILY[m.group("noun").lower()]
    position = next((i for i, entry in enumerate(sentences) if entry[0] == index), len(sentences))
    told = {frozenset(doers) for _, sent, _, _, named, _ in sentences[max(0, position - _DEED_REACH) : position]
            if (doers := _deed_doers(sent, named, _DEED_WORDS[family]))}
    if len(told) != 1:
        return None  # none told of, or two deeds of different doers: which one?
    (doers,) = told
    if family == "pact" and (len(doers) != 2 or not here <= doers):
        # a deal has two sides, both told of: one side alone ("Tunisia reaching an agreement with the IMF" where
        # the parse gives only the IMF) names no pair, nor does a third party's word on it
        return None
    codes = sorted(doers | here)
    return (codes[0], codes[1]) if len(codes) == 2 else None


def _deed_doers(sent: Span, actors: list[ActorMention], words: frozenset[str]) -> set[str]:
    """The codes of who does a deed of ``words`` that ``sent`` tells of: the subjects of its verb ("US
    forces have been striking boats", "Serbia and Kosovo signed a deal") or the actors on its noun
    ("Israeli strikes"); none where the sentence only refers to one ("the deal remains on paper"), nor
    where it names more than two."""
    if not sent.doc.has_annotation("DEP"):
        return set()

    def codes(phrases: list[Token], named: bool = False) -> set[str]:
        spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in phrases]
        return {a.code for a in actors if a.via != "implied" and a.role is not None and not (named and a.via == "capital")
                and any(left <= a.start and a.end <= right for left, right in spans)}

    def partners(*heads: Token) -> list[Token]:  # the other side of a deal: "a deal with Argentina"
        return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]

    out: set[str] = set()
    for token in sent:
        if token.lower_ not in words:
            continue
        if token.dep_ in _CLAUSE_DEPS:  # "have been striking boats"
            out |= codes([c for c in token.children if c.dep_ == "nsubj"])
            continue
        # (not the city a deal is named after: "the Havana deal", "the Minsk agreements")
        own = codes([c for c in token.children if c.dep_ in {"poss", "amod", "compound", "nmod"}], named=True)
        if own:  # "Israeli strikes", "Rwanda's deal with Congo"
            out |= own | codes(partners(token))
        elif token.dep_ == "dobj" and token.head.lower_ in _MAKING and not any(
                c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):  # "signed a peace agreement"
            # with its other side, so that a third party welcoming it later is no side: "Brazil signed a trade
            # agreement with Argentina. China welcomed the agreement."
            out |= codes([c for c in token.head.children if c.dep_ == "nsubj"] + partners(token, token.head))
    return out if len(out) <= 2 else set()


@dataclass
class _Story:
    """What the walk through one story's sentences remembers from the sentences before it: the
    pairs and people named ("the two sides", "he"), who spoke and whether a quotation is open.
    A roundup's next dateline ("BELGRADE — ...") starts a new story, and nothing carries over."""

    tracker: ActorTracker = field(default_factory=ActorTracker)
    people: Context = field(default_factory=Context)  # whom "he said" can mean
    attribution: Speech | None = None  # the sentence before's
    quoting: bool = False
    run: int = 0  # sentences since one had its own speaker
    last_code: str | None = None  # the sentence before's speaker's code: whose "its spokeswoman" it is
    titled: dict[str, str] = field(default_factory=dict)  # the sentence before's subject's office -> its code
    answered: bool = False  # the sentence before opened with a quotation its own speaker closed
    presidents: set[str] = field(default_factory=set)  # the states of the presidents named by a bare title
    stated_presidents: set[str] = field(default_factory=set)  # those of the presidents named with their state
    holders: dict[str, str] = field(default_factory=dict)  # an office -> the code of the last person named with it
    paused: Speech | None = None  # the quoted speaker a sentence of their own doing ("He laughed.") left off
    # the speakers that spoke with a code, with their sentence: whose "the ministry" a later one is
    offices: list[tuple[int, str, str, int]] = field(default_factory=list)  # with where its words end


def _attribution(sent: Span, story: _Story, speakers: list[tuple[Speech, int]]) -> tuple[Speech | None, bool]:
    """The sentence's speaker, and whether it is continued from a sentence before: its own
    ("Peskov said"), else that of a quotation still running, else that of the transcript's label
    that opens its paragraph ("SPOKESPERSON: ...")."""
    own = find_attribution(sent, story.people, story.quoting)
    paused, story.paused = story.paused, None
    if own is None and story.attribution is not None and story.attribution.quote:
        story.paused = _pause(sent, story)
    story.people.advance(sent, own, story.quoting)
    story.run = 0 if own else story.run + 1
    attribution = own or (continued_quotation(sent, story.attribution, story.quoting, story.answered)
                          if story.run <= _QUOTE_RUN else None)
    if attribution is None and paused is not None and not _after_break(sent):
        # '"...," he said. He laughed. "Nobody trusted the models.': the quotation that opens after
        # the speaker's own act, in the same paragraph, is theirs again
        attribution = continued_quotation(sent, paused)
    story.answered = own is not None and opens_quotation(span_text(sent))
    story.quoting = quotation_open(span_text(sent), story.quoting)
    label = transcript_speaker(sent, speakers)
    if label is not None and (attribution is None or attribution.start < label.start):
        attribution = label  # a quotation from before the label is no longer running
    elif label is not None and attribution is own and _OWN_STATE.fullmatch(own.speaker):
        # "My country has never believed that ...": the speaker's own state in the first person is the turn's
        # speaker, as "we" is
        attribution = label
    return attribution, own is None


# a subject naming the speaker's own state in the first person: "My country", "our Government"
_OWN_STATE = re.compile(r"(?:my|our)\s+(?:country|nation|government|delegation|administration)", re.I)


def _after_break(sent: Span) -> bool:
    """``sent`` opens a paragraph: a line break between it and the sentence before."""
    return sent.start == 0 or "\n" in doc_text(sent.doc)[sent.doc[sent.start - 1].idx : sent.start_char]


def _pause(sent: Span, story: _Story) -> Speech | None:
    """The quoted speaker of the sentence before, where ``sent`` only tells what they did, in the
    same paragraph: its subject is "he" or "she" for that speaker, it names no other person and
    quotes nothing ("He laughed.", "She paused, then shook her head."; not "He said ..." with a
    cue, nor "Farouk's colleague disagreed", nor a sentence after a paragraph break)."""
    before = story.attribution
    if (before is None or story.quoting or any(mark in span_text(sent) for mark in ('"', "“", "”", "«"))
            or _after_break(sent)
            or not sent.doc.has_annotation("DEP")):
        return None
    subject = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.lower_ not in {"he", "she"} or any(
            e.label_ == "PERSON" for e in sent.ents):
        return None
    meant = story.people.antecedent(sent, sent.doc[subject.i : subject.i + 1])
    return before if meant is not None and meant.speaker == before.speaker else None


def _persons_name(speaker: str) -> str | None:
    """The name at the end of a speaker's words when they end with a name of two words or more,
    "Peter Sørensen", "Rwanda's government spokesperson, Anne-Marie Kabera," (a list of several
    people is none)."""
    words = speaker.rstrip(",;: ").split(", ")[-1].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words[-2:]) or " and " in speaker:
        return None
    return " ".join(words)


def _remember_name(people: dict[str, str], given: dict[str, str], name: str, code: str) -> None:
    """Remember ``code`` for the surname and the given name of a person named in full; a name
    two people with two codes share gives neither."""
    words = name.split()
    # a middle word of three or more, capitalised, may stand alone for the person: "Løkke said"
    # after "Lars Løkke Rasmussen" (not a particle, "Mohammed bin Salman")
    middle = [(people, w.lower()) for w in words[1:-1] if w.isalpha() and w[:1].isupper()]
    for names, key in ((people, _surname(name)), (given, words[0].lower()), *middle):
        names[key] = code if names.get(key, code) == code else ""
    for _, key in middle:
        if given.get(key, code) != code:
            people[key] = ""  # "Gilberto" someone else's given name: neither


def _possessive_surnames(sent: Span, actors: list[ActorMention]) -> list[tuple[str, str]]:
    """The surname of a person the tagger found, named by that one word right after a state's
    possessive, with the state's code: ("mudavadi", "KEN") for "Kenya's Mudavadi called on"; not a
    name of two words ("Kenya's William Ruto", named in full) nor a state's thing ("Kenya's Treasury")."""
    if not sent.doc.has_annotation("DEP"):
        return []
    found = []
    for e in ents_of(sent):
        if e.label_ != "PERSON" or e._.code or len(e) != 1 or not e.text.isalpha() or e.start < 2:
            continue
        owner, case = e.doc[e.start - 2], e.doc[e.start - 1]
        if case.lower_ not in {"'s", "’s"} or owner.dep_ != "poss" or owner.head.i != e.root.i:
            continue
        codes = {a.code for a in actors if a.start == owner.idx and a.code in STATE_CODES and a.kind == "state"}
        if len(codes) == 1:
            found.append((e.text.lower(), codes.pop()))
    return found


_ADDRESS_TITLES = frozenset("mr mrs ms dr".split())


def _known_name_code(people: dict[str, str], attribution: Speech) -> str | None:
    """The code found before for the person a speaker's surname alone names ("Sørensen told
    BIRN" after "Peter Sørensen, the EU special representative ..., said": EU), also after a title of address
    ("Mr Sangaré", the tagger not taking the surname for a person)."""
    words = attribution.speaker.split()
    if len(words) == 2 and words[0].lower().rstrip(".") in _ADDRESS_TITLES:
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    return people.get(words[0].lower()) or None


def _full_name_code(people: dict[str, str], given: dict[str, str], attribution: Speech) -> str | None:
    """The code found before for a person a speaker names in full, given and family name both
    known for it: "he told me" after "Economy Minister Gabriel Espinoza, whom I interviewed in La
    Paz," whom the actors gave Bolivia from the text around (the pronoun's speaker is the name)."""
    words = attribution.speaker.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or _persons_name(attribution.speaker) is None \
            or attribution.cue == "transcript":  # a label speaks as the label's text shows, "former AU envoy"'s none
        return None
    code = people.get(words[-1].lower())
    return code if code and given.get(words[0].lower()) == code else None


def _code_found_before(sentences: list[tuple[int, Span, Mapping[str, float], list[str], list[ActorMention], Speech | None]],
                       sent: Span, attribution: Speech) -> str | None:
    """The code the actors gave a pronoun's speaker where a sentence before named them: "The Foreign
    Secretary raised consular cases directly with Mr Wang. He told him" in a minister's turn is the
    Foreign Secretary's, whom the actors made GBR there."""
    if attribution.start >= sent.start_char:
        return None
    return next((a.code for *_, actors, _ in reversed(sentences[-3:]) for a in actors
                 if (a.start, a.end) == (attribution.start, attribution.end) and a.code), None)


# the head words of a state's service that a story names again without its state: "the coast guard
# said" after "the Japan Coast Guard", "the navy said" after "the Indonesian Navy"
_SERVICES = frozenset("guard coastguard navy army police military gendarmerie".split())


def _body_named_before(sentences: list[tuple[int, Span, Mapping[str, float], list[str], list[ActorMention], Speech | None]],
                       sent: Span, attribution: Speech, actors: list[ActorMention]) -> str | None:
    """A state's service named again by "the" and its words alone speaks for the state of the last
    mention of the same words with the state, in this sentence or one before: "..., according to the
    Japan Coast Guard. ..., the coast guard said" → JPN; not a mention that only modifies another
    noun ("four China Coast Guard vessels"). Needs the parse."""
    doc = sent.doc
    span = doc.char_span(attribution.start, attribution.end)
    if span is None or not doc.has_annotation("DEP") or not sent.start <= span.start < sent.end:
        return None
    words = [t.lower_ for t in span if t.lower_ != "the"]
    definite = span[0].lower_ == "the" or (span.start > sent.start and doc[span.start - 1].lower_ == "the")
    if not definite or not words or words[-1] not in _SERVICES or not all(w.isalpha() for w in words):
        return None
    named = [a for a in actors if a.end <= attribution.start]
    for mention in [*reversed(named), *(a for *_, before, _ in reversed(sentences) for a in reversed(before))]:
        if mention.code not in STATE_CODES or [w.lower() for w in mention.text.split()[-len(words):]] != words \
                or len(mention.text.split()) <= len(words):
            continue
        found = doc.char_span(mention.start, mention.end)
        if found is not None and found.root.dep_ != "compound":
            return mention.code
    return None


def _hearer(sent: Span, attribution: Speech, actors: list[ActorMention], before: list[ActorMention]) -> list[ActorMention]:
    """ "him" or "her" told by a pronoun whose person a sentence before named: the one other person
    the sentence before named ("The Foreign Secretary raised consular cases directly with Mr Wang.
    He told him that ...": "him" is Mr Wang, CHN). Needs the parse."""
    if attribution.start >= sent.start_char or not sent.doc.has_annotation("DEP"):
        return actors
    for token in sent:
        if (token.lower_ in {"him", "her"} and token.dep_ in {"dobj", "dative"} and token.head.lower_ in _TELLING
                and any(c.dep_ == "nsubj" and c.lower_ in {"he", "she"} for c in token.head.children)):
            others = {a.code for a in before if a.kind == "person" and a.code
                      and not (a.start < attribution.end and attribution.start < a.end)}
            if len(others) == 1 and not any(a.start == token.idx for a in actors):
                return [*actors, ActorMention(token.text, others.pop(), "person", "context", token.idx,
                                              token.idx + len(token.text), "target")]
    return actors


_TELLING = frozenset("told tells tell telling assured warned reminded".split())


def _entities(sent: Span) -> list[Entity]:
    return [
        Entity(text=e.text, label=e.label_, start=e.start_char, end=e.end_char, code=e._.code)
        for e in ents_of(sent)
    ]


_POSSESSIVES = {"its", "their", "his", "her"}


def _koreas_owner(speaker: Span | None, actors: list[ActorMention]) -> str | None:
    """The Korea "the North" or "the South" owning the speaker stands for where the sentence names
    a Korea, which the actors count once and not inside the speaker: "North Korea carried out a
    test ..., according to the North's state media" → PRK, "North Korea fired ..., the South's
    military said" → KOR; not "Sudan and South Sudan ..., the North's ..." Needs the parse."""
    if speaker is None or not speaker.doc.has_annotation("DEP"):
        return None
    owner = next((c for c in speaker.root.children if c.dep_ == "poss"), None)
    code = _KOREAS.get(owner.lower_) if owner is not None and owner.is_title else None
    return code if code and owner.i > 0 and speaker.doc[owner.i - 1].lower_ == "the" \
        and any(a.code in {"PRK", "KOR"} for a in actors) else None


# the nouns of a state's agency a name after it may be: "Japan's space agency JAXA"
_AGENCY_NOUNS = frozenset("agency authority commission regulator bank office service".split())


def _agencys_owner(speaker: Span | None, actors: list[ActorMention]) -> str | None:
    """The state whose possessive or demonym owns the agency noun the speaker's name follows:
    "Japan's space agency JAXA said", "the Japanese space agency JAXA said" → JPN; not a name
    after no such noun ("Italy's Piaggio said"). Needs the parse."""
    if speaker is None or not speaker.doc.has_annotation("DEP"):
        return None
    root = speaker.root
    for noun in root.children:
        if noun.dep_ != "compound" or noun.lower_ not in _AGENCY_NOUNS or noun.i > root.i or not noun.text.islower():
            continue
        owners = {a.code for c in noun.children if c.dep_ in {"poss", "amod"}
                  for a in actors if a.start == c.idx and a.code in STATE_CODES}
        if len(owners) == 1:
            return owners.pop()
    return None


# a statement a state's news agency carries: "a statement carried by the Saudi Press Agency", "a readout
# published by Xinhua" (the agency's own reporting is no statement of its state's: "Xinhua said")
_CARRIED_STATEMENT = re.compile(r"^(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){0,2}?(?:statement|communiqu[ée]|readout|"
                                r"announcement|declaration|decree)s?\b.*\b(?:carried|published|released|issued|"
                                r"distributed|run)\s+(?:by|on|through|via)\s+(?P<agency>.+)$", re.I)


def _carried_by_agency(speaker: str) -> str | None:
    """The state whose news agency carries the statement the speaker is: "a statement carried by
    the Saudi Press Agency" → SAU, "a readout published by Xinhua" → CHN; none for a paper's or an
    agency no state runs ("a statement carried by Reuters")."""
    m = _CARRIED_STATEMENT.match(speaker)
    if m is None:
        return None
    codes = {code for pattern, code in alias_table("state_agencies.csv") if pattern.search(m.group("agency"))}
    return codes.pop() if len(codes) == 1 else None


def _sole_subject(actors: list[ActorMention], attribution: Speech) -> str | None:
    """The one state that is a subject of the sentence outside its speaker, for "its": in "Qatar
    will host the talks, its foreign ministry said", Qatar."""
    if attribution.speaker.split()[0].lower() not in {"its", "their"}:
        return None
    codes = {a.code for a in actors if a.role == "source" and a.code in STATE_CODES
             and not (attribution.start <= a.start < attribution.end)}
    return codes.pop() if len(codes) == 1 else None


def _its_organisation(actors: list[ActorMention], attribution: Speech) -> str | None:
    """The organisation the actors resolve a speaker named through "its" or "their" to, the
    speaker's own words and no more ("Its chair" → ARCTICCOUNCIL), where it differs from the code
    attribution found."""
    if attribution.speaker.split()[0].lower() not in {"its", "their"}:
        return None
    codes = {a.code for a in actors if a.kind == "organisation" and a.start == attribution.start
             and a.end == attribution.end}
    code = codes.pop() if len(codes) == 1 else None
    return code if code != attribution.speaker_code else None


def _its_owner(people: Context, sent: Span, attribution: Speech) -> str | None:
    """For "its": the institution that spoke or acted in the two sentences before ("Rwanda denies
    the allegations. At the hearings, its Agent argued": RWA; "Its spokesman, Lawrence Kanyuka,
    warned", whose speaker is the name)."""
    return _institution_code(people) if _named_through_its(sent, attribution) else None


def _apposed_office(speaker: Span | None) -> Token | None:
    """The office word of the title a speaker's name is in apposition to: "spokesperson" of "The
    Commission's spokesperson, Anna Berg,", "Minister" of "The Minister for the Middle East, Hamish
    Falconer,"; none for a title of no office ("Jane Doe, a lecturer,"). Needs the parse."""
    if speaker is None or not speaker.doc.has_annotation("DEP"):
        return None
    root = speaker.root
    while root.dep_ in {"compound", "appos"} and root.head.dep_ == "appos" and root.head.text[:1].isupper():
        root = root.head  # "The Committee's chair, Dame Harriet Colwell MP,": the name's head is "MP"
    office = root.head if root.dep_ == "appos" else next((c for c in root.children if c.dep_ == "appos"), None)
    offices = OFFICES | _OWNED_OFFICES  # "The Forum's Secretary General": the head word "General"
    if office is not None and office.dep_ == "pobj" and office.head.dep_ == "prep" and office.head.head.lower_ in offices:
        office = office.head.head  # "The Minister for the Pacific, Jane Hart,": the parser hangs her on the portfolio
    if office is None or not (office.lower_ in offices or any(c.dep_ == "compound" and c.lower_ in offices
                                                              for c in office.children)):
        return None
    return office


def _office_code(actors: list[ActorMention], speaker: Span | None, owner: bool = False) -> str | None:
    """The one code the actors gave the office a speaker's name is in apposition to
    (``_apposed_office``): "The Minister for the Middle East, Hamish Falconer," where "The
    Minister" is GBR's; with ``owner``, the code of its owner where it has one, "The Commission's
    spokesperson, Anna Berg," (EU where "The Commission" resolved to it), else the office's. Needs
    the parse."""
    if (office := _apposed_office(speaker)) is None:
        return None
    owners = [c for c in office.children if c.dep_ == "poss"] if owner else []
    codes = {a.code for a in actors for w in owners or [office] if a.via != "implied" and a.start <= w.idx < a.end
             and a.code}
    return codes.pop() if len(codes) == 1 else None


def _office_owner(actors: list[ActorMention], speaker: Span | None) -> str | None:
    """The one code the actors found for the owner of the office an apposition gives the speaker,
    where the entities found none (``_office_code`` with ``owner``), also the organisation a
    title's capitalised word names ("a Commission spokesperson" → EU, ``_named_body``). Needs the
    parse."""
    if speaker is None or not speaker.doc.has_annotation("DEP"):
        return None
    if speaker.root.lower_ in _UNOWNED_OFFICES and (code := _named_body(actors, speaker.root)):
        return code
    return _office_code(actors, speaker, owner=True)


def _owners_organisation(actors: list[ActorMention], doc: Doc, attribution: Speech) -> str | None:
    """The organisation the actors resolve the owner of a named speaker's office to, where it
    differs from the code attribution found for the person ("The Forum's Secretary General,
    Baron Waqa," → PIF, where the gazetteer knows him as Nauru's leader)."""
    if not _persons_name(attribution.speaker):
        return None
    code = _office_owner(actors, doc.char_span(attribution.start, attribution.end))
    return code if code is not None and code not in STATE_CODES and code != attribution.speaker_code else None


def _title_owner(sent: Span, speaker: Span | None, actors: list[ActorMention]) -> str | None:
    """The one code the actors found in the title just before a speaker's name, where the title
    is an office's and the entities gave the name none: "JCS spokesman Col. Lee Sung-jun" → KOR
    where the story defined "the Joint Chiefs of Staff (JCS)" as Seoul's. Needs the parse."""
    if speaker is None or not sent.doc.has_annotation("DEP"):
        return None
    start = speaker.start
    while start > sent.start and _rank(sent.doc, start - 1):
        start -= 1  # "Col.": the rank between the title and the name
    words = []
    for token in reversed(sent.doc[max(sent.start, start - 4) : start]):
        if not (token.is_title or (token.is_upper and token.is_alpha) or (not words and token.lower_ in _UNOWNED_OFFICES)):
            break
        words.append(token)
    if words and words[0].lower_ not in OFFICES | _UNOWNED_OFFICES and (office := _portfolio_office(sent, start)):
        # "ADB Country Director for Nepal Arnaud Cauchois": the office's owner is before it, what
        # it is "for" is its portfolio
        words = [office, *(t for t in reversed(sent.doc[max(sent.start, office.i - 4) : office.i])
                           if t.is_title or (t.is_upper and t.is_alpha))]
        words = words[: next((n for n, t in enumerate(words) if n and t.i != words[n - 1].i - 1), len(words))]
    if not words or words[0].lower_ not in OFFICES | _UNOWNED_OFFICES | _OWNED_OFFICES or (
            words[0].lower_ in _OWNED_OFFICES and words[0].i == start - 1):
        return None
    first, last = words[-1].idx, words[0].idx
    # (a director, head or chief speaks for an organisation that owns the office, not a state it is of)
    kinds = {"organisation"} if words[0].lower_ in _OWNED_OFFICES else {"state", "organisation"}
    codes = {a.code for a in actors if a.kind in kinds and a.code and first <= a.start < last}
    return codes.pop() if len(codes) == 1 else None


def _portfolio_office(sent: Span, start: int) -> Token | None:
    """The capitalised office word of a title whose portfolio ("for", "of", "on" and capitalised
    words) runs up to the name at ``start``: "Director" of "ADB Country Director for Nepal Arnaud
    Cauchois"; none where a lower-case word other than the portfolio's ends the title first."""
    for token in reversed(sent.doc[max(sent.start, start - 10) : start]):
        if token.lower_ in {"for", "of", "on"} and token.i > sent.start:
            office = sent.doc[token.i - 1]
            if office.is_title and office.lower_ not in OFFICES | _OWNED_OFFICES and token.i - 1 > sent.start \
                    and sent.doc[token.i - 2].lower_ in {"of", "for"}:
                continue  # "Minister of State for Petroleum Resources": a portfolio of two phrases
            return office if office.is_title and office.lower_ in OFFICES | _OWNED_OFFICES else None
        if not (token.is_title or (token.is_upper and token.is_alpha) or token.lower_ in {"and", "the"}):
            return None
    return None


def _named_body(actors: list[ActorMention], office: Token) -> str | None:
    """The one organisation the sentence names in full whose name has the capitalised word before
    the office: "European Commission President Ursula von der Leyen called Babis, according to a
    Commission spokesperson" → EU."""
    words = {c.text for c in office.children if c.dep_ == "compound" and c.is_title}
    codes = {a.code for a in actors if a.kind == "organisation" and a.via in {"org", "name"}
             and words & set(a.text.split()) and not (a.start <= office.idx < a.end)}
    return codes.pop() if len(codes) == 1 else None


def _where_they_sit(actor: ActorMention, speaker: Span | None) -> bool:
    """The actor is where the speaker sits or is posted, not whom they speak for ("a Western
    diplomat in Muscat", "analysts in Beijing", "the Special Envoy ... for Yemen";
    ``attribution.sits_in``, ``attribution.posted_for``)."""
    mention = speaker.doc.char_span(actor.start, actor.end) if speaker is not None else None
    return mention is not None and (sits_in(mention, speaker) or posted_for(mention))


def _possessive_speaker(sent: Span, attribution: Speech) -> bool:
    """The speaker is named through a possessive that points back: "Its spokeswoman, He
    Yongqian, warned", or "His office said" where attribution found no owner for "his" (one it
    found, "Katherina Reiche's ministry", brings the owner's own code or none)."""
    return (attribution.speaker.split()[0].lower() in _POSSESSIVES or _named_through_its(sent, attribution)
            or _through_the_office_before(sent, attribution))


# a sentence that opens with the ministry named again as an owner: "The ministry's spokesperson, X,"
_OFFICE_AS_OWNER = re.compile(r"[Tt]he (?:ministry|foreign ministry)['’]s\b")


def _through_the_office_before(sent: Span, attribution: Speech) -> bool:
    """The speaker is named through the ministry named again as its owner, at the sentence's
    opening: "The ministry's spokesperson, He Yadong, told" after "China's Ministry of
    Commerce said" is the ministry's that spoke (not "Kenya's ministry's spokesperson", whose
    owner is named)."""
    return (_OFFICE_AS_OWNER.match(span_text(sent)) is not None
            and attribution.start - sent.start_char <= 40 and not attribution.speaker.startswith(("Its", "its")))


def _named_through_its(sent: Span, attribution: Speech) -> bool:
    """The speaker is named through "its" or "their": "its Agent argued", or an apposition in a
    sentence that opens with one ("Its spokesman, Lawrence Kanyuka, warned")."""
    first = span_text(sent).split(maxsplit=1)[0].lower() if span_text(sent).strip() else ""
    return (attribution.speaker.split()[0].lower() in {"its", "their"}
            or (first in {"its", "their"} and 0 <= attribution.start - sent.start_char <= 40))


# an office that speaks without saying whose: "The ministry added", "A spokeswoman, X, said"
_UNOWNED_OFFICES = frozenset("""ministry government embassy office presidency cabinet spokesman spokeswoman spokesperson
    statement agency department secretariat commission council""".split())


def _institution_code(people: Context) -> str | None:
    """The code of the institution that spoke or acted in the last two sentences, if any."""
    found = people.institution()
    return found.speaker_code if found is not None else None


# the first word of the name of a body of many states: "the European Space Agency", "the African
# Development Bank", "the International Energy Agency", "the World Meteorological Organization"
_MANY_STATES_WORDS = frozenset("European African Asian Arab International World Islamic Inter-American".split())


def _subject_organisation(sent: Span, attribution: Speech, actors: list[ActorMention]) -> str | None:
    """The one organisation that is the subject of the clause an office with no owner reports, or
    owns it, which the office speaks for before the speaker of the sentence before: "The European
    Parliament's delegation ... will visit Santiago in September, a spokesperson said" → EU (not a
    state's subject: "Kenya will send troops, a spokesperson said" keeps the speaker before's code)."""
    if not _bare_office(sent, attribution) or {w.lower().strip(",") for w in attribution.speaker.split()} & _STATE_BODIES:
        return None  # "a ministry spokesperson" is a state's
    root = sent.root
    verbs = {root.i, *(c.i for c in root.children if c.dep_ in {"ccomp", "parataxis"})}
    subjects = [t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i in verbs
                and not attribution.start <= t.idx < attribution.end]
    heads = {t.i for s in subjects for t in (s, *(c for c in s.children if c.dep_ in {"poss", "compound", "conj"}))}
    codes = {a.code for a in actors if any(a.start <= sent.doc[i].idx < a.end for i in heads)}
    return codes.pop() if len(codes) == 1 and not codes & STATE_CODES else None


def _subject_state(story: _Story, sent: Span, attribution: Speech, actors: list[ActorMention]) -> str | None:
    """The one state that is itself the subject of the clause before it that a state's body with no
    owner reports, on what that state does now or will do, which the body speaks for before the
    speaker of the sentence before: "South Korea is expected to post a record export figure, the
    trade ministry said" → KOR after Japanese officials spoke, "China opposes the sanctions, a
    Commerce Ministry spokesperson said" → CHN; not a state that only owns the subject, "Kenya's
    exports fell, the ministry said", nor an act told in the past, which another's ministry reports
    ("North Korea fired two missiles, the defence ministry said"), nor one named after the speaker
    ("The defense ministry said China was likely to"), nor another state than the dateline's, nor
    where the story named another state's ministry of the portfolio or its headline names other states
    only, nor an office of no state's body ("Kenya will send troops, a spokesperson said"). Needs the parse."""
    if not _state_body_unowned(sent, attribution):
        return None
    root = sent.root
    verbs = {root.i, *(c.i for c in root.children if c.dep_ in {"ccomp", "parataxis"})}
    subjects = [t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i in verbs and t.idx < attribution.start
                and _now_or_later(t.head)]
    codes = {a.code for a in actors if a.code in STATE_CODES and a.kind == "state" and a.via != "context"
             and any(a.start <= s.idx < a.end for s in subjects)}
    code = codes.pop() if len(codes) == 1 else None
    _, portfolio = _office_words(attribution.speaker)
    owner = story.tracker.portfolio_owner(portfolio) if portfolio is not None else None
    if code is None or owner not in {None, code}:
        # not where the story named another state's ministry or minister of the portfolio: "Taiwan's defence
        # ministry said ... . China is conducting drills near the island, the defence ministry said" is Taiwan's
        return None
    if (headline := _headline_states(sent.doc)) and code not in headline:
        # nor in a story whose headline names other states: "Ukraine braces for an offensive ... . Russia is
        # massing troops near Kharkiv, the defence ministry said" is none of Russia's
        return None
    if story.tracker.filed in {None, code}:
        return code
    # under another state's dateline, only where the story named that state's ministry or minister of the
    # same portfolio: "TOKYO -- ... South Korean Trade Minister Ahn ... . South Korea is expected to post a
    # record export figure, the trade ministry said" (not "SEOUL -- North Korea will launch ..., the defence ministry said")
    return code if owner == code else None


# the verbs of a state's own wish or intent, which a body of its reports: "said Tokyo hopes Beijing will lift ..."
_STANCE_VERBS = frozenset("""hope hopes hoped want wants wanted wish wishes wished intend intends intended seek seeks
    sought expect expects expected aim aims aimed plan plans planned prefer prefers preferred""".split())


def _stance_state(sent: Span, attribution: Speech, actors: list[ActorMention]) -> str | None:
    """The one state, by its name or capital, that is the subject of the clause right after the cue of a state's body
    with no owner, or of one of its officials, where that clause tells the state's own wish or intent: "A senior
    official at the Ministry of Agriculture, Forestry and Fisheries said Tokyo hopes Beijing will lift the
    restrictions" → JPN; not what a body tells of another state ("The defense ministry said China was likely to
    ..."), nor a body named with its state's code. Needs the parse."""
    span = sent.doc.char_span(attribution.start, attribution.end)
    if (span is None or not sent.doc.has_annotation("DEP") or not {t.lower_ for t in span} & _STATE_BODIES
            or any(e._.code for e in ents_of(span))):
        return None
    cue = next((t for t in sent if t.idx >= attribution.end and t.text == attribution.cue), None)
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.lower_ in _STANCE_VERBS), None) \
        if cue is not None else None
    if clause is None:
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    codes = {a.code for a in actors if a.code in STATE_CODES and a.kind == "state" and a.via in {"name", "capital"}
             and any(a.start <= s.idx < a.end for s in subjects)}
    return codes.pop() if len(codes) == 1 else None


# the auxiliaries of a verb on what is so now or will be: "will cut", "is expected", "would join"
_NOW_OR_LATER = frozenset("will would shall is are am 's 're can may might must should".split())


def _now_or_later(verb: Token) -> bool:
    """Whether ``verb`` tells what is so now or will be, with no tagger's tense: an auxiliary of the
    present or a modal ("will cut", "is expected"), else a present form in "-s" ("opposes", "plans");
    not a past ("fired") nor a perfect ("has fired")."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return auxes[0] in _NOW_OR_LATER
    return verb.lower_.endswith("s") and not verb.lower_.endswith("ss") and verb.lower_ not in {"was", "has"}


def _state_body_unowned(sent: Span, attribution: Speech) -> bool:
    """The speaker is a state's body, or its office, named with no owner: "the trade ministry",
    also with its portfolio in capitals that the tagger took for a name with no code, "a Commerce
    Ministry spokesperson" (not "Kenya's ministry", "the Kenyan Foreign Ministry", "a spokesperson")."""
    if not {w.lower().strip(",") for w in attribution.speaker.split()} & _STATE_BODIES:
        return False
    if _bare_office(sent, attribution):
        return True
    span = sent.doc.char_span(attribution.start, attribution.end)
    return (span is not None and sent.doc.has_annotation("DEP") and not any(e._.code for e in ents_of(span))
            and not any(t.dep_ in {"poss", "prep", "appos", "relcl", "acl"} for t in span))


# the capitalised titles of an envoy with a portfolio that the UN, among others, gives: "the Special
# Envoy for Yemen", "the Personal Envoy for Western Sahara"
_ENVOY_TITLES = frozenset({("special", "envoy"), ("special", "representative"), ("special", "adviser"),
                           ("special", "coordinator"), ("personal", "envoy")})


def _un_envoy_code(story: _Story, sent: Span, attribution: Speech) -> str | None:
    """"UN" for a speaker, or the office in apposition to one, that is a capitalised envoy's title
    with a portfolio and no owner, where the story has named the UN and no holder of that office
    of another's: "The Special Envoy for Yemen said" after "the UN Security Council", "The Special
    Representative for Somalia, James Swan, said" (not after "US Special Envoy for Sudan Tom
    Perriello", nor in a story that never names the UN). Needs the parse."""
    span = sent.doc.char_span(attribution.start, attribution.end)
    if span is None or not sent.doc.has_annotation("DEP") or not story.tracker.named_organisation("UN"):
        return None
    root = span.root
    for title in [root, *(c for c in root.children if c.dep_ == "appos")] + ([root.head] if root.dep_ == "appos" else []):
        if not title.is_title or title.i == 0 or any(c.dep_ == "poss" for c in title.children):
            continue
        if (title.doc[title.i - 1].lower_, title.lower_) not in _ENVOY_TITLES or not any(
                c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in title.children):
            continue
        holder = story.holders.get(title.lower_)
        return "UN" if holder in {None, "UN"} else None
    return None


def _un_envoys(story: _Story, sent: Span, actors: list[ActorMention]) -> list[ActorMention]:
    """The UN for a capitalised envoy's title with a portfolio and no owner in any role, as
    ``_un_envoy_code`` gives it to a speaker: "Officials met the Special Envoy for Yemen in Riyadh"
    after "the UN Security Council" (not "Norway's Special Envoy for Sudan", "the US Special Envoy
    for Sudan", nor after "US Special Envoy for Sudan Tom Perriello", nor in a story that never names
    the UN). Needs the parse."""
    if not sent.doc.has_annotation("DEP") or not story.tracker.named_organisation("UN"):
        return []
    doc, found = sent.doc, []
    for title in sent:
        if not (title.is_title and title.i > sent.start and (doc[title.i - 1].lower_, title.lower_) in _ENVOY_TITLES
                and doc[title.i - 1].is_title and story.holders.get(title.lower_) in {None, "UN"}):
            continue
        portfolio = next((c for c in title.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}), None)
        if portfolio is None or any(c.dep_ in {"poss", "compound", "amod"} and c.i < title.i - 1 for c in title.children):
            continue  # "Norway's Special Envoy", "US Special Envoy for Sudan"
        start = next((t.i for t in doc[title.left_edge.i : title.i] if t.lower_ not in {"the", "a"}), title.i - 1)
        first, end = doc[start].idx, doc[portfolio.right_edge.i].idx + len(doc[portfolio.right_edge.i])
        if any(a.start < title.idx + len(title) and first < a.end for a in actors):
            continue  # the speaker already, or an owner named inside
        found.append(ActorMention(doc_text(doc)[first:end], "UN", "organisation", "context", first, end, _role(title)))
    return found


# the words of a news agency or outlet that quotes a speaker: "the North's official Korean Central News Agency"
_NEWS_WORDS = frozenset("agency news media television tv broadcaster radio daily newspaper outlet".split())
_QUOTING = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})


def _quoting_agency_code(sent: Span, attribution: Speech, actors: list[ActorMention]) -> str | None:
    """The state whose news agency or outlet quotes an office with no owner: "the North's official
    Korean Central News Agency quoted a spokesperson of the defense ministry as saying" → PRK, "Iran's
    IRNA quoted a naval commander" → IRN (the agency's owner, by its possessive or demonym); none for
    an outlet of no state's ("Reuters quoted a ministry official"). Needs the parse."""
    words = {w.lower().strip(",.") for w in attribution.speaker.split()}
    if attribution.cue.lower() not in _QUOTING or not words & (_UNOWNED_OFFICES | {"commander", "official", "officials"}) \
            or any(attribution.start < a.end and a.start < attribution.end for a in actors):
        return None  # (an office with an owner of its own: "quoted Iran's foreign minister")
    verb = next((t for t in sent if t.lower_ == attribution.cue.lower() and t.idx < attribution.start), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or not any(t.lower_ in _NEWS_WORDS for t in subject.subtree):
        return None
    start, end = sent.doc[subject.left_edge.i].idx, subject.idx + len(subject)
    codes = {a.code for a in actors if a.code in STATE_CODES and start <= a.start and a.end <= end}
    return codes.pop() if len(codes) == 1 else None


# the bodies of a state whose office speaks for a state, not the organisation of the sentence
_STATE_BODIES = frozenset({"ministry", "government", "cabinet", "presidency", "embassy", "army", "military", "police", "palace"})


def _bare_office(sent: Span, attribution: Speech) -> bool:
    """The speaker is an office named without an owner ("The ministry added", "A spokeswoman,
    Maly Socheata, said", "according to a statement by the ministry", "a ministry official
    said"): no possessive, no "of" or "for", no name of a state or organisation."""
    span = sent.doc.char_span(attribution.start, attribution.end)
    if span is None or not sent.doc.has_annotation("DEP"):
        return False
    noun = span.root
    ent = ent_at(sent.doc, noun.i)
    if ent is not None and ent.label_ == "ORG" and not ent._.code and \
            next((t.text for t in ent if t.lower_ != "the"), "") in _MANY_STATES_WORDS:
        return False  # "the European Space Agency said": a body of many states, not an office with no owner
    if noun.dep_ == "appos" and noun.head.i < span.start:
        noun = noun.head  # "A spokeswoman, Maly Socheata,": the office the name is in apposition to
    elif (title := _title_office(sent, span)) is not None:
        noun = title  # "Government spokesman Gerson Msigwa", "Chief Cabinet Secretary Hayashi": the title before the name
        if noun.lower_ == "commander":
            return True  # "Army commander General Rodolphe Haykal" (_title_office)
        if noun.lower_ in _NAMED_TITLES:
            # "Governor Sanjay Malhotra", the title alone (_title_office: no owner in it), and none
            # after the name ("Commissioner Jane Mwangi of the African Union")
            return not any(c.dep_ in {"prep", "appos", "poss"} for c in span.root.children) and not (
                span.end < sent.end and sent.doc[span.end].lower_ in {"of", "for", "at", ","})
    elif len(span) > 1 and span[0].lower_ in _UNOWNED_OFFICES and span[0].dep_ == "compound":
        noun = span[0]  # "Spokeswoman He Yongqian told": the title the tagger took into the name
    elif len(span) > 2 and span[0].lower_ in _HOME_TITLES and span[1].lower_ in _UNOWNED_OFFICES:
        noun = span[1]  # "Presidential spokesperson Ana Rojas told": the same, after its owner's title
    office = next((c for c in noun.children if c.dep_ == "compound" and c.lower_ in _UNOWNED_OFFICES), None)
    if noun.lower_ in {"official", "officials"} and office is not None:
        noun = office  # "a senior foreign ministry official said": the ministry's
    if noun.lower_ in {"statement", "statements"}:
        # "according to a statement by the ministry": the office that issued it
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
        noun = next((c for c in by.children if c.dep_ == "pobj"), noun) if by is not None else noun
    if noun.lower_ in {"commission", "council"} and noun.text[0].isupper():
        # "The Commission says": the organisation of that name (actors' "the Commission"); but a
        # body named by capitalised words of its own that no entity codes and no owner or "of"
        # phrase places is a state's the gazetteer does not know ("the Elections Commission said",
        # as "the Defense Acquisition Program Administration" is: _unknown_body)
        own = [c for c in noun.children if c.dep_ == "compound"]
        return (bool(own) and all(c.is_title and c.i > span.start and c.lower_ not in _HOME_TITLES for c in own)
                and not any(e._.code for e in ents_of(span))
                and not any(c.dep_ in {"poss", "prep", "amod", "relcl", "acl", "appos"} for c in noun.children))
    if noun.lower_ in {"commander", "commanders"}:
        # "quoted a naval commander as saying": a state's armed force's office, no rebel's or
        # militia's ("a rebel commander"), nor one with an owner ("a Taliban commander")
        return noun.text[0].islower() and bool(noun.children) and all(
            c.dep_ in {"det", "punct"} or (c.dep_ in {"amod", "compound"} and c.lower_ in _FORCE_WORDS and not c.ent_type_)
            for c in noun.children) and any(c.lower_ in _FORCE_WORDS - {"senior", "top"} for c in noun.children)
    return noun.lower_ in _UNOWNED_OFFICES and not any(
        c.i != span.root.i and not _own_name(c, noun) and not _unknown_body(c, noun) and not _bare_force(c)
        and not _clause_without_owner(c)
        and (c.dep_ in {"poss", "prep", "relcl", "acl"} or c.ent_type_)
        for c in noun.children)


def _clause_without_owner(child: Token) -> bool:
    """``child`` is a relative clause or a participle on the office that names no owner of it: "A
    ministry spokesperson, who asked not to be named,", "the government spokesman, who said the office
    had ... Burkina Faso" (what the clause reports is no owner); not one whose verb takes a name
    directly or through a preposition, "who works for the Egyptian government", "representing Kenya"."""
    if child.dep_ not in {"relcl", "acl"}:
        return False
    return not any(t.ent_type_ for c in child.children if c.dep_ in {"prep", "dobj", "agent", "pobj"}
                   for t in c.subtree)


# a state's armed force named without its state: "Army spokesperson", "Navy spokesman"
_FORCES = frozenset("army navy military police".split())
# what makes a commander a state's: "a naval commander", "a senior army commander"
_FORCE_WORDS = frozenset("naval navy army military border senior top".split())


def _bare_force(child: Token) -> bool:
    """``child`` is an armed force with no state in the title before the office ("Army" of "Army
    spokesperson Winthai Kongsri"), which names no owner, like "Government spokesman"."""
    ent = ent_at(child.doc, child.i)
    return (child.dep_ == "compound" and child.lower_ in _FORCES and not any(c.dep_ in {"compound", "amod", "poss"}
                                                                          for c in child.children)
            and (ent is None or (not ent._.code and len(ent) == 1)))


# the last word of the name of a state's body: "the Defense Acquisition Program Administration"
_STATE_BODY_HEADS = frozenset(
    "Administration Agency Authority Bureau Directorate Department Ministry Office Headquarters".split())


def _unknown_body(child: Token, noun: Token) -> bool:
    """``child`` is "for" or "of" a state's body the gazetteer does not know, which names no owner
    ("A spokesperson for the Defense Acquisition Program Administration said"), so the office is
    as ownerless as "The ministry added"; not a body with a state or organisation in its name
    ("a spokesperson for the Korea Coast Guard"), nor one that is no state's ("Human Rights Watch")."""
    if child.dep_ != "prep" or child.lower_ not in {"for", "of"} or noun.lower_ not in _SPOKES:
        return False
    words = [t for t in child.subtree if t.i != child.i]
    return (bool(words) and words[-1].text in _STATE_BODY_HEADS and words[0].lower_ == "the" and len(words) > 2
            and all(t.is_title or t.lower_ in {"the", "and", "of"} for t in words[1:])
            and not any(e._.code for e in ents_of(noun.doc[words[0].i : words[-1].i + 1])))


_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def _title_office(sent: Span, span: Span) -> Token | None:
    """The office word in the title just before a name, with no owner in the title: "spokesman" of
    "Government spokesman Gerson Msigwa", "Cabinet" of "Chief Cabinet Secretary Hayashi Yoshimasa";
    none after a state's word or possessive ("Kenyan Cabinet Secretary ...")."""
    words = _title_words(sent, span)
    if any(t.ent_type_ and (e := ent_at(t.doc, t.i)) is not None and e._.code for t in words) or (
            words and words[-1].i > sent.start and sent.doc[words[-1].i - 1].lower_ in {"'s", "’s"}):
        return None
    if len(words) > 1 and words[0].lower_ == "commander":
        # "Army commander General Rodolphe Haykal": a state's armed force's commander with no
        # state in the title, as "a naval commander" is; not "RSF commander", "Thai Army commander"
        return words[0] if len(words) == 2 and words[1].lower_ in _FORCES else None
    return next((t for t in words if t.lower_ in _UNOWNED_OFFICES | _NAMED_TITLES), None)


# a title of a state's office before a name that may name no owner: "Governor Sanjay Malhotra"
# after "The Reserve Bank of India is watching", "Energy Minister Yerlan Akkenzhenov" after
# "Kazakhstan has pumped above its quota"
_NAMED_TITLES = frozenset({"governor", "commissioner", "minister"})


def _title_words(sent: Span, span: Span) -> list[Token]:
    """The capitalised words of the title just before a name, last first ("Chief Cabinet Secretary"
    of "said Chief Cabinet Secretary Hayashi"), with a lower-case office word right before it
    ("Presidential spokesperson Kang Yu-jung")."""
    words: list[Token] = []
    start = span.start
    while start > sent.start and _rank(sent.doc, start - 1):
        start -= 1  # "Army spokesperson Maj. Gen. Winthai Kongsri": the rank between the title and the name
    for token in reversed(sent.doc[max(sent.start, start - 4) : start]):
        if not (token.is_title or (not words and token.lower_ in _UNOWNED_OFFICES | {"commander"})):
            break  # "said Chief Cabinet Secretary ...": the title ends at a lower-case word
        words.append(token)
    return words


# a military rank between a title and a name: "Maj. Gen.", "Lt. Gen.", "Rear Adm.", "Air Marshal"
_RANKS = frozenset("""gen general maj major lt lieut lieutenant col colonel brig brigadier adm admiral capt captain
    cmdr sgt marshal""".split())
# words that open a rank only before another: "Rear Adm.", "Vice Admiral", "Air Marshal", "Field Marshal"
_RANK_OPENERS = frozenset("rear vice air field".split())


def _rank(doc: Doc, i: int) -> bool:
    """The word at ``i`` is part of a military rank before a name ("Maj", ".", "Gen." of "Maj. Gen.")."""
    word = doc[i].lower_.rstrip(".")
    if word in _RANKS and doc[i].text[0].isupper():
        return True
    if word in _RANK_OPENERS and doc[i].text[0].isupper():
        return i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") in _RANKS
    # the full stop the tokenizer split from "Maj" or "Lt" in "Maj. Gen.", or the hyphen of "Lt.-Gen."
    return doc[i].text in {".", "-"} and i > 0 and doc[i - 1].lower_ in _RANKS


def _own_name(child: Token, noun: Token) -> bool:
    """``child`` is part of the office's own name, not whose it is: the lower-case words the tagger
    took into one entity with it ("the foreign ministry" as an organisation), or an "of" phrase of
    capitalised words that names no state or organisation ("the Ministry of Foreign Affairs", "the
    Ministry of Trade, Industry and Energy"), or the capitalised words of an office's name ("The
    Foreign Ministry", "A senior Foreign Ministry official") where the tagger left them uncoded."""
    if child.dep_ == "prep":
        words = [t for t in child.subtree if t.i != child.i]
        return (child.lower_ == "of" and noun.text[0].isupper() and bool(words)
                and all(t.text[0].isupper() or t.lower_ in {"the", "and", "of", "&", ","} for t in words)
                and not any(e._.code for e in ents_of(noun.doc[words[0].i : words[-1].i + 1])))
    ent = ent_at(noun.doc, noun.i)
    return (ent is not None and not ent._.code and ent.start <= child.i < ent.end
            and (child.text.islower() or (child.dep_ != "poss" and not any(e._.code for e in ents_of(ent)))))


# a person named again by office alone: "the official", "the minister", "the source"
_OFFICIALS = frozenset("official minister premier president source diplomat envoy ambassador".split())


# a holder-to-be of an office: "the president-elect", "the incoming prime minister"
_NOT_YET = re.compile(r"-elect\b|\bincoming\b|\bdesignate\b", re.I)


def _official_again(sent: Span, attribution: Speech) -> str | None:
    """The office word of a speaker who is "the official", "The minister", "the source": a person
    who spoke before, named again by office, with no word of whose; or that person's office or
    spokesperson ("the president's spokeswoman said": "president")."""
    span = sent.doc.char_span(attribution.start, attribution.end)
    if span is None or not sent.doc.has_annotation("DEP"):
        return None
    if _NOT_YET.search(span.text) or _qualifier(span):
        # "the president-elect", "the incoming minister": no one who held the office before; "the
        # outgoing president" is not the one named last with the office, who may be another state's
        return None
    noun = span.root
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.lower_ in _UNOWNED_OFFICES and owner is not None and owner.lower_ in _OFFICIALS:
        noun = owner
    # a relative clause or a participle tells more of the same person ("The official, who spoke
    # on condition of anonymity, said"), not whose they are
    plain = (noun.lower_ in _OFFICIALS and span[0].lower_ == "the"
             and all(c.dep_ in {"det", "compound", "amod", "relcl", "acl", "punct", "case"} and not c.ent_type_
                     for c in noun.children))
    return noun.lower_ if plain else None


def _named_again(before: Speech | None, attribution: Speech) -> bool:
    """The speaker is "the" and the last word of the sentence before's speaker, or its title: "the
    readout" after "a Downing Street readout", "the sherpa" after "One G20 sherpa", "the prince"
    after "Prince Abdulaziz bin Salman"; not another noun ("the ministry" after "a Downing Street
    readout"), nor the same noun with more words ("the Kenyan envoy")."""
    words = attribution.speaker.split()
    if before is None or len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha():
        return False
    said = [w.lower() for w in before.speaker.split()]
    return said[-1] == words[1].lower() or (said[0] == words[1].lower() and len(said) > 1 and before.speaker[0].isupper())


_ONE_OF = frozenset("one an a another".split())


def _one_of_them(before: Speech | None, attribution: Speech) -> bool:
    """The speaker is one of the people the sentence before's speaker named in the plural: "one
    official", "an official", "a senior official" after "Indian officials said" (not "a diplomat"
    after "Indian officials")."""
    words = [w.lower() for w in attribution.speaker.split()]
    if before is None or not 2 <= len(words) <= 3 or words[0] not in _ONE_OF or not words[-1].isalpha():
        return False
    said = before.speaker.lower().split()
    return len(said) > 1 and said[-1] == words[-1] + "s"


def _the_press(speaker: Span | None) -> bool:
    """Whether the speaker is an outlet by the words before its name or in apposition to it ("The
    official news agency APS, quoting a diplomatic source, said", "the state daily Al Ahram"), which
    speaks for no state, whoever's it is, and takes no code from the story around it."""
    if speaker is None or not speaker.doc.has_annotation("DEP"):
        return False
    doc, root = speaker.doc, speaker.root
    words = [root.head, *(c for c in root.children if c.dep_ == "appos")]
    if speaker.start > 0:
        words.append(doc[speaker.start - 1])
    return any(_outlet(w) or (w.lower_ in {"agency", "agencies"} and w.i > 0 and doc[w.i - 1].lower_ in _NEWS_WORDS)
               for w in words if w.i < speaker.start or w.i >= speaker.end)


def _unowned_office_code(story: _Story, sent: Span, attribution: Speech) -> str | None:
    """The code an office named without its owner speaks for: the sentence before's speaker's,
    else the institution's that acted ("The ministry added", "Government spokesman Gerson Msigwa
    said"); for "the minister" named again, the speaker's before, else, where the sentence before
    had no speaker, the state of the person its subject named with that office."""
    code = story.last_code or _institution_code(story.people)
    if code and (_bare_office(sent, attribution) or (code == story.last_code and (
            _official_again(sent, attribution) or _named_again(story.attribution, attribution)
            or _one_of_them(story.attribution, attribution)))):
        return code
    if story.attribution is None and story.titled and (office := _official_again(sent, attribution)):
        return story.titled.get(office)
    return None


# the offices of a state a wire's speaker with no owner names, which speak for the state of its
# dateline where no speaker before named the same office: "the ministry said" under "SEOUL --"
_HOME_BODIES = frozenset({"ministry", "government", "cabinet", "presidency"})
# words before "ministry" that name no portfolio: "a senior ministry official"
_NO_PORTFOLIO = frozenset({"the", "a", "an", "its", "their", "senior", "top", "one", "another"})


def _office_words(speaker: str) -> tuple[set[str], str | None]:
    """The office words a speaker's words name, and the portfolio of its ministry: ({"ministry",
    "official"}, None) for "A ministry official", ({"ministry"}, "defense") for "The defense
    ministry", ({"ministry"}, "foreign") for "Seoul's foreign ministry"."""
    words = [w.lower().strip(",.") for w in speaker.split()]
    offices = set(words) & (_UNOWNED_OFFICES - {"statement"} | {"official"})
    at = words.index("ministry") if "ministry" in words else 0
    before = words[at - 1] if at > 0 else ""
    portfolio = before if before.isalpha() and before not in _NO_PORTFOLIO else None
    return offices, portfolio


# a ministry or department named in full, its portfolio capitalised after "of" or "for"
_NAMED_MINISTRY = re.compile(r"\b(?:Ministry|Department) (?:of|for) (?:the )?[A-Z]")


def _same_office_code(story: _Story, sent: Span, attribution: Speech, index: int) -> str | None:
    """An office with no owner is the one the last speaker naming the same office word was, whose
    code it takes: "Seoul's foreign ministry said ... . ..., according to the North's state media.
    ..., the ministry said" → KOR, and "A ministry official" after it ("the official", a person named
    again, is the speaker just before's: _unowned_office_code); a
    portfolio named ("The defense ministry") only where a ministry of that portfolio spoke within
    reach, else the state of the dateline (_filed_office_code); none where the text since names that
    office word again ("Seoul's labour ministry plans ..., according to the ministry"). Needs the parse."""
    if not _bare_office(sent, attribution) or _NAMED_MINISTRY.search(attribution.speaker):
        # (a ministry named in full by its portfolio is that ministry, not the one that spoke before:
        # "The Ministry of Development, Industry and Trade said" after "The Argentine foreign ministry
        # said" on a Brazilian page is the page's (_filed_body_code))
        return None
    offices, portfolio = _office_words(attribution.speaker)
    if offices == {"official"}:
        return None  # a person named again: the speaker just before's (_unowned_office_code), not one further back
    offices -= {"official"}  # "A ministry official": the ministry's
    # the office that speaks is the last of its words, the others say whose: "the government
    # spokesman" is a spokesman, not the government that "Mali's government said" was
    head = next((w for w in reversed([w.lower().strip(",.") for w in attribution.speaker.split()]) if w in offices), None)
    if head is None:
        return None  # "a naval commander": no office word of the speakers before
    state = bool(offices & _STATE_BODIES)  # "the government spokesman" speaks for a state, no organisation
    for was, speaker, code, end in reversed(story.offices):
        named, its = _office_words(speaker)
        if head not in named or (state and code not in STATE_CODES):
            continue
        if portfolio is None:
            span = sent.doc.char_span(end, attribution.start, alignment_mode="expand")
            between = span.text.lower() if span is not None else ""
            if re.search(rf"\b{head}\b", between):
                return None  # "Seoul's labour ministry plans ..., according to the ministry": the one named since
            return code
        if its == portfolio and index - was <= _ANAPHORA_REACH:
            return code
    return _filed_office_code(story, sent, attribution, index, portfolio=True) if portfolio else None


def _filed_office_code(story: _Story, sent: Span, attribution: Speech, index: int, portfolio: bool) -> str | None:
    """The state of the story's dateline for a state's ministry or government named with no owner
    where no speaker before gives one ("SEOUL, June 11 (Yonhap) -- ... . The defense ministry
    said": KOR): with ``portfolio``, a ministry named by its portfolio, which no ministry of that
    portfolio spoke for within reach; else a plain one no speaker of that office word spoke for."""
    if story.tracker.filed is None or not _bare_office(sent, attribution):
        return None
    offices, named = _office_words(attribution.speaker)
    if not offices & _HOME_BODIES or portfolio != (named is not None):
        return None
    if not portfolio and any(offices & _office_words(speaker)[0] for _, speaker, _, _ in story.offices):
        return None  # "Japan's foreign ministry said ... . The ministry said": that ministry's (_same_office_code)
    return story.tracker.filed


def _filed_body_code(story: _Story, sent: Span, attribution: Speech) -> str | None:
    """The home state of the story (its dateline's, else its page's: ``page_state``) for a state's
    body the speaker names in full by capitalised words with no state's name or word in them, which
    the gazetteer does not know: "The Ministry of National Defense said" in a Seoul paper is KOR's,
    and so are that body's head and office ("The head of the Coordination Headquarters'
    secretariat"), and a national office's ("The Ombudsman's office"). Needs the parse."""
    span = sent.doc.char_span(attribution.start, attribution.end)
    if story.tracker.filed is None or span is None or not sent.doc.has_annotation("DEP"):
        return None
    before = sent.doc[span.start - 1] if span.start > sent.start else None
    after = sent.doc[span.end] if span.end < sent.end else None
    words = [t for t in span if t.lower_ != "the"]
    if len(words) > 2 and words[0].lower_ in _BODY_OFFICERS and words[1].lower_ == "of":
        words = words[2:]  # "The head of the Coordination Headquarters": the body's
    owned = len(words) > 2 and words[-2].lower_ in {"'", "’", "'s", "’s"} and words[-1].lower_ in _BODY_PARTS
    if owned:
        words = words[:-2]  # "the Coordination Headquarters' secretariat", "The Ombudsman's office"
    if not words:
        return None
    span = sent.doc[words[0].i : words[-1].i + 1]
    one_office = owned and len(words) == 1 and words[0].text in _NATIONAL_OFFICES
    if (((len(words) < 2 or span.root.text not in _STATE_BODY_HEADS) and not one_office)
            or any(e._.code for e in ents_of(span))
            or not all(t.is_title or t.lower_ in {"of", "and", "for"} for t in words)
            or (before is not None and (before.lower_ in {"'s", "’s", "of", "for"} or before.ent_type_))
            or (after is not None and after.lower_ in {"of", "for", "in", "'s", "’s"})):
        return None
    return story.tracker.filed


# the officers of a body named after "of": "The head of the Coordination Headquarters"
_BODY_OFFICERS = frozenset("head chief director chairman chairperson spokesperson spokesman spokeswoman".split())
# a body's or an office's parts after its possessive: "the Headquarters' secretariat", "the Ombudsman's office"
_BODY_PARTS = frozenset("office secretariat staff spokesperson spokesman spokeswoman".split())
# a state's national offices named by one capitalised word: "The Ombudsman's office"
_NATIONAL_OFFICES = frozenset({"Ombudsman", "Ombudsperson"})


# the offices a person named again by office alone holds: "the minister", "the spokesperson"
_HELD_OFFICES = frozenset("minister premier president envoy ambassador spokesperson spokesman spokeswoman governor".split())


# the words that make an office another's than its present holder's: "the outgoing president",
# "the president-elect", "Acting President Choi Sang-mok"
_QUALIFIERS = frozenset("outgoing incoming acting former elect designate".split())


def _qualifier(span: Span) -> str | None:
    """The word of ``span`` that makes its office another's than the present holder's."""
    return next((t.lower_ for t in span if t.lower_ in _QUALIFIERS), None)


def _office_holders(sent: Span, actors: list[ActorMention]) -> dict[str, str]:
    """The office of each person ``sent`` names with one, in a title before the name or in an
    apposition, with the one code the actors give the person or the office's owner:
    {"minister": "CAN"} for "Foreign Affairs Minister Anita Anand", {"spokesperson": "CHN"} for
    "Chinese Foreign Ministry spokesperson Zhou Haiming"; not "Prime Minister" or "Vice
    President" for "the minister" or "the president". Needs the parse."""
    if not sent.doc.has_annotation("DEP"):
        return {}
    found: dict[str, str] = {}
    for token in sent:
        if token.lower_ not in _HELD_OFFICES or (token.i > sent.start and sent.doc[token.i - 1].lower_ in {"prime", "vice"}):
            continue
        # the name: the word after a title ("Minister Anita Anand"), or an apposition either way
        # ("Anita Anand, the foreign minister,", "Qatar's minister of state ..., Mohammed ...,")
        name = next((t for t in (token.head, *token.children) if t.dep_ == "appos" or token.dep_ == "appos" and t is token.head), None)
        after = sent.doc[token.i + 1] if token.i + 1 < sent.end else None
        if after is not None and after.is_title and token.dep_ == "compound":
            name = after
        if name is None or not name.is_title or name.ent_type_ not in {"PERSON", ""} or name.i == token.i:
            continue
        names = [t for t in name.subtree if t.is_title] if name.dep_ == "appos" else [name]
        # (a town's official is an actor of the state by context: "Mandera Governor Mohamed Adan Khalif")
        persons = {a.code for a in actors if (a.kind == "person" or a.via == "context")
                   and any(a.start <= t.idx < a.end for t in names)}
        if not persons:  # the office's owner: "Chinese Foreign Ministry" of "... spokesperson Zhou"
            words = range(max(sent.start, token.i - 4), token.i) if token.dep_ == "compound" else \
                [t.i for t in token.subtree if t.i < token.i]
            first = min(words, default=token.i)
            persons = {a.code for a in actors if a.via != "context" and a.kind != "person"
                       and sent.doc[first].idx <= a.start and a.end <= token.idx}
        if len(persons) == 1:
            # "Acting President Choi Sang-mok": for "the acting president", not "the president"
            qualifier = _qualifier(sent.doc[max(sent.start, token.i - 2) : token.i + 3])
            found[f"{qualifier} {token.lower_}" if qualifier else token.lower_] = persons.pop()
    return found


def _holder_code(story: _Story, sent: Span, attribution: Speech) -> str | None:
    """For "the minister" or "the spokesperson" named again where no speaker or subject before
    gives a code, the code of the last person the story named with that office ("Foreign Affairs
    Minister Anita Anand ... . The minister told the committee": CAN), else the state of the
    story's dateline. Needs the parse."""
    office = _official_again(sent, attribution)
    span = sent.doc.char_span(attribution.start, attribution.end)
    if span is not None and (qualifier := _qualifier(span)) is not None:
        # "The outgoing president", "the acting minister": not the last president named, who may
        # hold another state's office; one named with the same word ("Acting President Choi"),
        # else the state of the story's dateline
        office = next((t.lower_ for t in span if t.lower_ in _HELD_OFFICES), None)
        return (story.holders.get(f"{qualifier} {office}") or story.tracker.filed) if office else None
    if office is not None and (code := story.tracker.title_holder(attribution.speaker)):
        return code  # "... Prime Minister Takaichi ..., and the Prime Minister said": the one so titled
    if office is None and span is not None and len(span) == 2 and span[0].lower_ == "the" \
            and span[1].lower_ in _HELD_OFFICES:
        office = span[1].lower_
    if office not in _HELD_OFFICES:
        return None  # "the official", "the source": no office of the story's own state
    return story.holders.get(office) or story.tracker.filed


# those a speaker tells where the speaker is: "told reporters in Vilnius"
_AUDIENCES = frozenset("reporters journalists correspondents press media audience crowd".split())


def _venue_code(sent: Span, attribution: Speech, actors: list[ActorMention]) -> str | None:
    """An office named without its owner that speaks in a capital speaks for its state: "At a
    press conference in Kinshasa on Thursday, government spokesman Patrick Muyaya said" → COD.
    Needs the parse."""
    if not _bare_office(sent, attribution):
        return None
    codes = set()
    for actor in actors:
        mention = sent.doc.char_span(actor.start, actor.end) if actor.via == "capital" else None
        if mention is None or mention.root.dep_ != "pobj" or mention.root.head.lower_ != "in":
            continue
        word = mention.root.head
        while (word.dep_ in {"prep", "pobj"} or (word.dep_ == "dobj" and word.lower_ in _AUDIENCES)) \
                and word.head.i != word.i:
            # "At a press conference in Kinshasa": through the phrases to the verb, and through
            # the audience told there ("told reporters in Vilnius")
            word = word.head
        if word.text == attribution.cue and not _place_of_told(mention.root.head):
            codes.add(actor.code)
    return codes.pop() if len(codes) == 1 else None


def _place_of_told(prep: Token) -> bool:
    """The "in" right after a person told is where that person is, not where the speaker speaks,
    however the parser hangs it: "told his counterpart in Warsaw"; not "told reporters in Vilnius"."""
    return any(child.dep_ in {"dobj", "dative"} and child.right_edge.i + 1 == prep.i
               and child.lower_ not in _AUDIENCES for child in prep.head.children)


# the title words of an office that belongs to a head of state or to a government: "Presidential
# spokesperson Kang Yu-jung", "the presidential office", "Government spokesman Andreas Lefkaritis"
_HOME_TITLES = frozenset({"presidential", "government"})


def _home_office_code(story: _Story, sent: Span, attribution: Speech) -> str | None:
    """The state of an office named by a president's or government's title with no owner, where
    nothing before gives one: for "presidential", that of the one president the story named by a
    bare title ("President Lee Jae-myung", not "Kenyan President William Ruto"), else for both
    the state of the story's dateline ("NICOSIA, Dec 2 -"). Needs the parse."""
    span = sent.doc.char_span(attribution.start, attribution.end)
    if span is None or not _bare_office(sent, attribution):
        return None
    words = {t.lower_ for t in (*_title_words(sent, span), *span)} & _HOME_TITLES
    if not words:
        return None
    if "presidential" in words and len(story.presidents) == 1:
        return next(iter(story.presidents))
    return story.tracker.filed


def _administration_code(story: _Story, sent: Span, attribution: Speech) -> str | None:
    """The state of "the administration" with no owner that a speaker's office belongs to, "a senior
    administration official", "Administration officials": the page's own president's ("President
    Trump" where it names "President Ruto of Kenya"), else the one president's it names by a bare
    title; none for an owned one ("the Trump administration", "his administration"), nor from a
    dateline (not every government is called an administration). Needs the parse."""
    span = sent.doc.char_span(attribution.start, attribution.end)
    if span is None or not sent.doc.has_annotation("DEP"):
        return None
    word = next((t for t in span if t.lower_ == "administration"), None)
    if word is None or any(e._.code or e.label_ == "PERSON" for e in ents_of(span)) or any(
            t.dep_ == "poss" or (t.lower_ in {"of", "for"} and t.head.i in {word.i, span.root.i}) for t in span):
        return None
    own = story.tracker.own_president or (next(iter(story.presidents)) if len(story.presidents) == 1 else None)
    return own if own in STATE_CODES else None


def _president_titles(sent: Span, actors: list[ActorMention]) -> tuple[set[str], set[str]]:
    """The states of the persons ``sent`` names with "President" and no state before the title or
    "of" after the name (KOR of "President Lee Jae-myung and Kenyan President William Ruto"), and
    those of the persons it names with "President" and their state (KEN there, and of "President
    William Ruto of Kenya")."""
    bare, stated = set(), set()
    for actor in actors:
        mention = sent.doc.char_span(actor.start, actor.end) if actor.kind == "person" and actor.via == "leader" else None
        if mention is None:
            continue
        title = mention[0] if mention[0].text == "President" else sent.doc[max(mention.start - 1, 0)]
        if title.text != "President" or title.i < sent.start:
            continue
        before = sent.doc[title.i - 1] if title.i > sent.start else None
        after = sent.doc[mention.end] if mention.end < sent.end else None
        if before is not None and before.lower_ == "former":
            continue
        if (before is None or not (before.is_title or before.ent_type_ or before.lower_ in {"'s", "’s"})) \
                and (after is None or after.lower_ != "of"):
            bare.add(actor.code)
        elif (before is not None and before.ent_type_) or (after is not None and after.lower_ == "of"):
            stated.add(actor.code)
    return bare, stated


# a capitalised reference to an organisation in a speaker: "A spokesperson for the Commission",
# "a Commission spokesperson", "The Assembly"
_SPEAKER_REFERENCE = re.compile(r"(?:^|\b(?:[Tt]he|[Aa]n?) )(?P<head>Council|Commission|Union|Agency|Assembly|Forum|Fund|Bank)"
                                r"\b(?! of\b)")


def _reference_code(sent: Span, attribution: Speech, actors: list[ActorMention]) -> str | None:
    """The one organisation the sentence names that has the word a speaker refers to it by in one
    of its names, where the actors did not count the reference again: "A spokesperson for the
    Commission insisted that the EU would act" → EU; "The Assembly endorsed the decision of the
    Peace and Security Council" → AU. Not a person's office of that body, who may speak for a
    state ("the Council President, speaking as the representative of Panama"). Needs the parse."""
    span = sent.doc.char_span(attribution.start, attribution.end)
    if span is None or not sent.doc.has_annotation("DEP"):
        return None
    words = attribution.speaker
    if span.root.dep_ == "appos" and span.root.head.lower_ in _UNOWNED_OFFICES | {"official"} \
            and span.root.head.i < span.start and span.root.ent_type_ == "PERSON":
        # "A spokesperson for the Commission, Olof Gill, said": the office the name is in
        # apposition to says whose it is
        office = span.root.head
        phrase = [t for t in office.subtree if t.i < office.i or any(
            a.dep_ == "prep" and a.head.i == office.i for a in [t, *t.ancestors])]
        words = " ".join(t.text for t in phrase)
        span = sent.doc[office.i : office.i + 1]
        start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
        owners = {a.code for a in actors if a.kind == "organisation" and start <= a.start and a.end <= end}
        if len(owners) == 1:
            return owners.pop()  # "A spokeswoman for the Bank, Mariam Sheikh," where the actors read "the Bank"
    m = _SPEAKER_REFERENCE.search(words)
    if m is None or not (
            span.root.text == m.group("head") or span.root.lower_ in _UNOWNED_OFFICES | {"official", "officials"}):
        return None
    word = m.group("head").lower()
    codes = {a.code for a in actors if a.kind == "organisation" and a.via != "context"
             and word in ORGANISATION_WORDS.get(a.code, ((), ()))[1]}
    return codes.pop() if len(codes) == 1 else None


def _titled_subjects(sent: Span, actors: list[ActorMention]) -> dict[str, str]:
    """The office of a person who is the subject of ``sent``'s main verb, with the one code the
    actors give that subject: {"minister": "AZE"} for "Azerbaijani Foreign Minister Jeyhun
    Bayramov struck a sharper tone". Needs the parse."""
    if not sent.doc.has_annotation("DEP"):
        return {}
    found: dict[str, str] = {}
    for token in sent:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "ROOT" or token.ent_type_ != "PERSON":
            continue
        words = [t for t in token.subtree if not any(a.dep_ in {"relcl", "acl"} for a in t.ancestors
                                                      if token.is_ancestor(a))]
        offices = {t.lower_ for t in words if t.lower_ in _OFFICIALS}
        first, last = words[0].idx, words[-1].idx + len(words[-1])
        codes = {a.code for a in actors if first <= a.start and a.end <= last and a.via != "context"}
        if len(offices) == 1 and len(codes) == 1:
            found[offices.pop()] = codes.pop()
    return found


def _speaker_pronoun(sent: Span, attribution: Speech, actors: list[ActorMention], continued: bool,
                     quoting: bool = False) -> list[ActorMention]:
    """The speaker's pronoun as an actor (``_pronoun_actor``), and the speaker of a quotation ``continued``
    from or closed in another sentence where none of it names their state (``_quoted_speaker``)."""
    actors = _pronoun_actor(sent, attribution, actors, continued, quoting)
    if continued and attribution.quote and attribution.cue != TRANSCRIPT_CUE:
        actors = _quoted_speaker(sent, attribution, actors)
    return actors


def _pronoun_actor(sent: Span, attribution: Speech, actors: list[ActorMention], continued: bool,
                   quoting: bool = False) -> list[ActorMention]:
    """The speaker's state, as attribution resolved it, for the pronoun that stands for them
    where the speaker is named in another sentence: "he" in "He said" ("The Kazakh foreign
    ministry's spokesman ... '...,' he said": KAZ, not the state of another person named
    before), "it" in "It said" (the institution named before), and "we", "our" or "us" in a
    quotation ``continued`` from the sentence before ("...," Manele told a news conference. "No
    single partner will decide how we keep our own streets safe.": SLB) or in a transcript's
    answer ("SPOKESPERSON: We have invited both delegations": the state of the briefing's
    header); "I", "my" and "me" there are the speaker, a person of that state."""
    code = attribution.speaker_code
    text = span_text(sent)
    if sent.start_char <= attribution.start < sent.end_char and quoting and attribution.quote:
        # a quotation continued from the sentence before and closed here by its speaker: its "we"
        # ('"... . We take decisions ...," Puri said': IND)
        pronoun = next((t for t in sent if t.idx < attribution.start and (t.lower_ in {"we", "our"} or t.text == "us")
                        and quotation_open(text[: t.idx - sent.start_char], quoting)), None)
        if pronoun is not None and code is not None and not any(a.start == pronoun.idx for a in actors):
            return _with_pronoun(actors, pronoun, code)
    if sent.start_char <= attribution.start < sent.end_char:
        return _fronted_possessive(sent, attribution, actors)
    if (continued and attribution.quote) or attribution.cue == TRANSCRIPT_CUE:
        pronoun = next((t for t in sent if t.lower_ in {"we", "our", "my", "me"} or t.text in {"us", "I"}), None)  # not "US"
    elif sent.doc.has_annotation("DEP"):
        pronoun = next((t for t in sent if t.lower_ in {"he", "she", "it"} and t.dep_ == "nsubj"
                        and t.head.text == attribution.cue and not quotation_open(text[: t.idx - sent.start_char], quoting)),
                       None)
    else:
        pronoun = None
    if pronoun is None:
        return actors
    others = [a for a in actors if not (a.via == "context" and a.start == pronoun.idx)]
    if code is None:
        # a speaker attribution found who acts for no known state: not the person the actors'
        # own memory offers ('"The ball is in Kabul's court," he said' after "a senior official")
        return others if pronoun.lower_ in {"he", "she"} else actors
    if any(a.code == code for a in others) and not _speaks_the_sentence(sent, pronoun):
        return others
    return _with_pronoun(others, pronoun, code)


def _quoted_speaker(sent: Span, attribution: Speech, actors: list[ActorMention]) -> list[ActorMention]:
    """The speaker of a quotation that runs over several sentences, named in another one of them or
    before it, as a source actor of each sentence of it that does not name the speaker's state:
    '"Spain is a problem. They're way behind," he told reporters' gives the first sentence Trump's
    USA as the closing one's "he" has it (`via` context, at the speaker's words, as attribution
    resolved them); not where the speaker has no code, nor a transcript's turn."""
    code = attribution.speaker_code
    if code is None or sent.start_char <= attribution.start < sent.end_char or any(
            a.code == code and a.via != "implied" for a in actors):
        return actors
    kind = "person" if _persons_name(attribution.speaker) else "state" if code in STATE_CODES else "organisation"
    return [*(a for a in actors if a.code != code),
            ActorMention(attribution.speaker, code, kind, "context", attribution.start, attribution.end, "source")]


def _introduced_speaker(sent: Span, actors: list[ActorMention], speaker: Speech) -> list[ActorMention]:
    """The interviewee where the introduction names them with the office that gave their turns a state's code
    (``interviewee``): "Anahit Sargsyan became Armenia's foreign minister last spring" has Anahit Sargsyan,
    ARM, as "Ghana's Foreign Minister Abena Osei" has, also over labelled turns ("Q:", "A:"); not a name an actor
    already covers."""
    if (speaker.speaker_code is not None and sent.start_char <= speaker.start and speaker.end <= sent.end_char
            and not any(a.start < speaker.end and speaker.start < a.end for a in actors)):
        head = sent.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        source = head is not None and head.root.dep_ in {"nsubj", "nsubjpass"}
        return [*actors, ActorMention(speaker.speaker, speaker.speaker_code, "person", "context", speaker.start,
                                      speaker.end, "source" if source else None)]
    return actors


# the one a question is put to, and their state's bodies: "you", "your government"
_ADDRESSED = re.compile(r"(?:you|your)\b", re.I)
_YOUR_BODIES = frozenset("government country nation administration ministry delegation".split())


def _addressed_pronoun(sent: Span, actors: list[ActorMention], code: str) -> list[ActorMention]:
    """In a question put to a speaker of state ``code`` (``addressee_code``), the first "you" or "your" is that
    state, as the answer's "we" is: "your government" the state ("Minister, your government says it wants to join
    the EU": ARM), "you" a person of it ("Do you believe that?")."""
    you = next((t for t in sent if t.lower_ in {"you", "your"} and not any(a.start <= t.idx < a.end for a in actors)), None)
    if you is None:
        return actors
    body = you.doc[you.i + 1] if you.lower_ == "your" and you.i + 1 < sent.end else None
    if body is not None and body.lower_ in _YOUR_BODIES:
        source = body.dep_ in {"nsubj", "nsubjpass"}
        return [*actors, ActorMention(sent.doc.text[you.idx : body.idx + len(body)], code, "state", "context", you.idx,
                                      body.idx + len(body), "source" if source else None)]
    source = you.dep_ in {"nsubj", "nsubjpass"} or (you.dep_ == "poss" and you.head.dep_ in {"nsubj", "nsubjpass"})
    return [*actors, ActorMention(you.text, code, "person", "context", you.idx, you.idx + len(you), "source" if source else None)]


# what a state's office speaking tells of its own ministry or minister with no owner: "the
# ministry hoped", "the vice minister would meet"
_OWN_OFFICES = frozenset({"ministry", "minister"})
# the words of such an office's rank or portfolio: "the first vice foreign minister"
_OFFICE_RANKS = frozenset("vice deputy first second foreign defense defence unification trade".split())


def _speakers_own_office(sent: Span, attribution: Speech, actors: list[ActorMention]) -> list[ActorMention]:
    """A ministry or minister with no owner as the subject of what a state's office reports is the
    speaker's state's own: "The ministry said the vice minister would also meet Japan's national
    security adviser" (KOR, after "Seoul's foreign ministry said"), "She added that the ministry
    hoped" after "A ministry spokesperson told a briefing that the North ..." (KOR, not the North
    named last); not where the speaker is a person named ("Lee said the ministry"), nor an owner
    ("the ministry of Japan", "its minister"), nor "the Prime Minister". Needs the parse."""
    code = attribution.speaker_code
    offices, _ = _office_words(attribution.speaker)
    if code not in STATE_CODES or not offices or _persons_name(attribution.speaker) \
            or not sent.doc.has_annotation("DEP"):
        return actors
    out = list(actors)
    for token in sent:
        if (token.lower_ not in _OWN_OFFICES or token.dep_ not in {"nsubj", "nsubjpass"}
                or attribution.start <= token.idx < attribution.end):
            continue
        left = [c for c in token.children if c.i < token.i]
        if not (left and left[0].lower_ == "the" and left[0].dep_ == "det"
                and all(c.dep_ in {"amod", "compound"} and c.lower_ in _OFFICE_RANKS and c.text.islower()
                        for c in left[1:])
                and not any(c.dep_ in {"prep", "poss", "appos"} for c in token.children if c.i > token.i)):
            continue
        start, end = left[0].idx, token.idx + len(token.text)
        over = [a for a in out if a.start < end and start < a.end]
        if any(a.via != "context" for a in over):
            continue  # "the ministry" the gazetteer or a body's name coded
        out = [a for a in out if a not in over]
        out.append(ActorMention(span_text(sent)[start - sent.start_char : end - sent.start_char],
                                code, "state", "context", start, end, "source"))
    return out


def _speaks_the_sentence(sent: Span, pronoun: Token) -> bool:
    """"he" or "she" as the subject of a cue that is the sentence's main verb or closes the
    sentence is an actor beside the state the sentence names again ("She said the EU would", "The
    bloc had pledged €4bn, she noted"); not an aside inside the reported words ("Kenya, he said,
    would not change course")."""
    if pronoun.lower_ not in {"he", "she"} or not sent.doc.has_annotation("DEP"):
        return False
    cue = pronoun.head
    return cue.i == sent.root.i or all(t.is_punct for t in sent.doc[cue.right_edge.i + 1: sent.end])


def _pronoun_source(pronoun: Token) -> bool:
    """Whether a pronoun that stands for an actor is a source: the subject, or the owner of one ("Our
    armed forces have prepared"), also the subject of a participle of a stance, nothing done to it
    ("We are concerned by ...", "We are united in our support"; not "We were attacked")."""
    return (pronoun.dep_ == "nsubj" or (pronoun.dep_ == "poss" and pronoun.head.dep_ in {"nsubj", "nsubjpass"})
            or pronoun.dep_ == "nsubjpass" and _role(pronoun) == "source")


def _with_pronoun(others: list[ActorMention], pronoun: Token, code: str) -> list[ActorMention]:
    """``others`` and the pronoun as the actor ``code``."""
    kind = ("person" if pronoun.lower_ in {"he", "she", "i", "my", "me"}
            else "state" if code in STATE_CODES else "organisation")
    source = _pronoun_source(pronoun)
    return [*others, ActorMention(pronoun.text, code, kind,
                                  "context", pronoun.idx, pronoun.idx + len(pronoun),
                                  "source" if source else None)]


# what "our" shares with others beyond the author's state: "our region has seen a border war"
_WIDER_GROUPS = frozenset("""region regions neighbourhood neighborhood continent hemisphere world planet members
    association bloc""".split())


def _authors_pronoun(sent: Span, code: str, actors: list[ActorMention], quoting: bool,
                     persons: bool = True) -> list[ActorMention]:
    """The first "we", "our" or "us" outside quotation marks in an op-ed signed by a serving
    office of a state ``code`` is that state ("We have repeatedly asked Caracas to ...": CHL), and
    "I", "my" and "me" a person of it ("My government believes": IDN), as in a spokesperson's
    transcript (``_speaker_pronoun``); not "our" of a group the state is one of ("our region").
    Without ``persons`` (an op-ed on a national outlet's page: ``outlet_voice``; an organisation's
    statement: ``speaking_body``), "we", "our" and "us" only: the author holds no office. Also where
    the sentence names ``code`` already, but not acting, and the pronoun is the subject ("We will launch
    a G7 action plan": G7 the source)."""
    words, cased = ({"we", "our", "my", "me"}, {"us", "I"}) if persons else ({"we", "our"}, {"us"})
    pronoun = next((t for t in sent if (t.lower_ in words or t.text in cased)
                    and not (t.dep_ == "poss" and t.head.lower_ in _WIDER_GROUPS)
                    and not quotation_open(span_text(sent)[: t.idx - sent.start_char], quoting)), None)
    if pronoun is None:
        return actors
    source = _pronoun_source(pronoun)
    if any(a.code == code and (a.role == "source" or not source) for a in actors):
        return actors
    others = [a for a in actors if not (a.via == "context" and a.start == pronoun.idx)]
    kind = "person" if pronoun.lower_ in {"i", "my", "me"} else "state" if code in STATE_CODES else "organisation"
    return [*others, ActorMention(pronoun.text, code, kind, "context", pronoun.idx, pronoun.idx + len(pronoun),
                                  "source" if source else None)]


def _fronted_possessive(sent: Span, attribution: Speech, actors: list[ActorMention]) -> list[ActorMention]:
    """The "his" or "her" of a phrase that opens the sentence is the person who then speaks: in "In
    his opening address, Kenyan President William Ruto urged", "his" is Ruto's (KEN), not the person
    of the sentence before. Needs the parse."""
    speaker = sent.doc.char_span(attribution.start, attribution.end)
    if speaker is None or not sent.doc.has_annotation("DEP") or not (
            speaker.root.ent_type_ == "PERSON" or speaker.root.lower_ in OFFICES):
        return actors
    # the speaker, or the office it names, is the subject of the sentence's main verb
    subject = next((t for t in [speaker.root, *speaker.root.ancestors] if t.dep_ not in {"appos", "pobj", "prep"}), None)
    if subject is None or subject.dep_ != "nsubj" or subject.head.i != sent.root.i:
        return actors
    shown = given_name_gender(speaker.text)
    named = [e.start for e in sent.ents if e.label_ == "PERSON"]
    for pronoun in (t for t in sent if t.lower_ in {"his", "her"} and t.dep_ == "poss"):
        top = next((t for t in [pronoun, *pronoun.ancestors] if t.head.i == sent.root.i), None)
        if shown not in {None, _PRONOUN_GENDER[pronoun.lower_]} or top is None:
            continue
        if pronoun.i > speaker.end:
            # "The representative of Chad said his country was hosting refugees": the office that
            # speaks owns the "his" of its reported clause, unless a person is named between them
            if (speaker.root.ent_type_ == "PERSON" or top.dep_ != "ccomp"
                    or any(speaker.end <= i < pronoun.i for i in named)):
                continue
        elif (top.dep_ not in {"prep", "advcl", "npadvmod"} or top.left_edge.i != sent.start
                or top.right_edge.i >= speaker.start):
            continue
        others = [a for a in actors if not (a.via == "context" and a.start == pronoun.idx)]
        if attribution.speaker_code is None or any(a.code == attribution.speaker_code for a in others):
            return others
        return [*others, ActorMention(pronoun.text, attribution.speaker_code, "person", "context", pronoun.idx,
                                      pronoun.idx + len(pronoun), None)]
    return actors


def _times(sent: Span, statement_day: str | None, doc_date: str | None,
           narrative: str | None = None, before: str | None = None, decade: str | None = None,
           settled: str | None = None, heading: str | None = None,
           ents: list[Span] | None = None) -> list[TimeExpression]:
    """The sentence's time expressions, resolved against the day of the statement where the
    sentence names it ("On Nov 16, an official said the deal would be signed next week": the
    week after Nov 16), else the document date. The expression that names that day resolves
    against the document date ("said last Friday" is the Friday before the document's day). A
    month or a month and day in a past clause resolves against ``narrative``, a full date of an
    earlier year a sentence just before named ("On January 26, 1996, ... . On the night of
    January 30 commandos landed": 1996-01-30); "the next month" after a time the sentence names
    counts from it ("on August 17, 1999 ... the next month": 1999-09), or from ``before``, the last
    time the sentence before named ("In 2017 talks collapsed. The following March ...": 2018-03);
    "the following decade" counts from ``decade``, the last decade named as near, over years named since; in a
    clause told in the past, a count from a time after the document's day counts from ``settled``, the last time
    named before that is not after it. Under a day's heading, ``heading``, a weekday counts from that day ("A decision
    could slip to Monday" under "SUNDAY, MAY 24" is 25 May), in a clause told in the past from the document's day
    where that is earlier ("reported on Thursday"). ``ents``: the sentence's ``_date_entities``, where the caller
    found them already."""
    times = []
    # a year that opens the sentence dates its month and day: "In 2020, talks broke down on Dec 3"
    opening = _OPENING_YEAR.match(span_text(sent))
    year = opening.group(1) if opening else None
    # "In 2019 the minister said the plant would open by the end of the year": the earlier year the main clause is
    # dated in counts the sentence's "this year", "next year" and "the end of the year" (not where it says "now")
    dated = _DATED_YEAR.match(span_text(sent))
    dated_year = (dated.group(1) if dated and doc_date and dated.group(1) < doc_date[:4]
                  and not _NOW.search(span_text(sent)) else None)
    if _FROM_TODAY.search(span_text(sent)):
        narrative = None  # "on October 3, ... and on Friday Tokyo announced": the document's time
    reference = before  # the last time named so far: "the next month" after "August 17, 1999" counts from it
    ents = _date_entities(sent) if ents is None else ents
    clocks = _clock_times(sent)
    for i, ent in enumerate(ents):
        if ent in clocks:
            # "at 1800 local time": a time of day, no date, not the year 1800
            times.append(TimeExpression(text=ent.text, date=None, period=None, start=ent.start_char, end=ent.end_char))
            continue
        whole = date_span(ent)
        later_year = _year_of_next(whole, ents[i + 1 : i + 2])
        since = whole.start > 0 and whole.doc[whole.start - 1].lower_ == "since"
        future = not since and in_future_clause(whole)  # "its first launch since January": before
        if future and as_of_present(whole):
            future = False  # "As of 20 November, Chad hosts 1.3 million refugees": a status on that day, no plan
        past = since or (not future and in_past_clause(whole))
        committed = None
        if future and doc_date and (committing := past_commitment(whole)) is not None:
            # "The two ministers agreed to meet again in March": after the agreeing, whose day the sentence may name
            # ("On Monday ...", "In 2019 ..."), else the nearest March, as the agreeing may be long past
            committed = commitment_day(whole, committing, doc_date)
            future = committed is not None
        if (not future and not past and _BARE_SEASON.fullmatch(whole.text) and _season_deadline(whole)
                and not _perfect_clause(whole)):
            future = True  # "was unlikely to return to the issue before the spring": a deadline not past is ahead
        if not future and not past and _guessed_fragment(whole):
            future = True  # '"Maybe in the spring. Maybe never."': a guess at when, with no verb, is of what is to come
        if not since and not future and _REST_OF.match(whole.text):
            # "cancelled its flights for the rest of the month": what is left of the current one, unless
            # the sentence names another time it may be left of ("In 2019, ... for the rest of the year")
            past = len(ents) > 1
        parts = date_parts(whole)
        for e, text in parts:
            if e.start > 0 and e.doc[e.start - 1].lower_ == "since":
                text = f"since {text}"  # bounded by the present: "since the start of the year"
            elif e.start > 0 and e.doc[e.start - 1].lower_ == "in" and _IN_UNITS.match(f"in {text}"):
                text = f"in {text}"  # "will meet again in two weeks": counted ahead from the document's day
            elif year and _MONTH_AND_DAY.fullmatch(text):
                text = f"{text} {year}"
            elif later_year and len(parts) == 1:
                text = f"{text} {later_year}"  # "in July and August 2024": July 2024
            elif _MONTH_ALONE.fullmatch(text) and (expected := expectation_year(whole)):
                text = f"{text} {expected}"  # "In 2019 the ministry said it expected ... in March": March 2019
            anchor = committed or statement_day or doc_date
            if heading and not statement_day and _BARE_WEEKDAY.fullmatch(text):
                anchor = min(heading, doc_date) if past and doc_date else heading
            if statement_day and normalise_time(text, doc_date, future, past) == statement_day:
                anchor = doc_date
            elif (narrative and past and not statement_day and _IN_STORY.fullmatch(_BOUND.sub("", text))
                  and _soon_after(normalise_period(text, narrative), narrative)):
                anchor, past = narrative, False  # the occurrence nearest the story's day, which follows it
            # "the following decade" after "The 2000s ... by 2010 ...": from the decade named, over the years since
            # a time after the document's day dates nothing told in the past: "would meet on June 24 and 25. ...
            # Fidan told reporters later in the day"
            since_ref = settled if past and _after_day(reference, doc_date) else reference
            # "the next decade" outside a past clause is ten years ahead, none: "The odds of membership in the next
            # decade are close to zero" after "by the end of 2028" (in the past it counts: "In the next decade they halved")
            ahead = future or (not past and bool(_DECADE_WORD.search(text)))
            counted = anaphoric(text, decade if decade and _DECADE_WORD.search(text) else since_ref, ahead)
            if counted is None and _that_month(e):
                counted = anaphoric(f"that {text}", since_ref)  # "received the prize that December" after 2016
            if (past and not since and counted is None and _OF_THE_YEAR.fullmatch(text) and not _REST_OF.match(text)
                    and settled and doc_date and settled[:4] < doc_date[:4]):
                # "Then came 2018. In July of that year ... . By the end of the year, he recalls, most had closed":
                # in a past clause, the year of a story of an earlier year the sentence or one just before told
                counted = anaphoric(_OF_THE_YEAR.sub(r"\1that year", text), settled)
            elif (past and not since and counted is None and _OF_THE_YEAR.fullmatch(text) and not _REST_OF.match(text)
                  and doc_date and statement_day and statement_day[:4] == doc_date[:4]):
                # "told reporters on Sunday that he saw a window before the end of the year": what a statement of the
                # document's own year reports, backshifted, names that year's end (not a story told: "In March ... by
                # the end of the year the border had reopened")
                anchor, past = statement_day, False
            if (counted is None and text.lower() in _HOLIDAYS and settled and doc_date and settled[:4] < doc_date[:4]
                    and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", settled) and (past or _future_in_the_past(whole))):
                # "in June 1998 ... an officer who told him the war would be over by Christmas": the feast of the
                # story of an earlier year the sentence or one just before told, the first after its time
                anchor, future, past = (settled + "-01-01")[:10], True, False
            if (counted is None and dated_year and not since and _YEAR_COUNTED.fullmatch(text)
                    and _told_then(whole)):
                anchor = f"{dated_year}-07-01"  # a year's day: only the year counts
            if anchor == statement_day and past and BARE_DAY.fullmatch(text) and not _YEAR_IN.search(text):
                # a day and month of the statement's sentence is the one nearest the statement's day, not one before
                # it: "Rwanda 7 Jan denied ... . Talks resumed 15 Jan" in a record the splitter left as one
                past = False
            day, period = counted or (normalise_time(text, anchor, future, past),
                                      normalise_period(text, anchor, future, past))
            times.append(TimeExpression(text=e.text, date=day, period=period, start=e.start_char, end=e.end_char))
            reference = period or reference
            settled = period if period and not _after_day(period, doc_date) else settled
            decade = period if _DECADE_PERIOD.fullmatch(period or "") else decade
        if len(parts) == 2 and not any(_YEAR_IN.search(text) for _, text in parts):
            times[-2:] = _one_year(times[-2], times[-1], statement_day or doc_date)
            times[-2:] = _months_in_order(times[-2], times[-1], past)
    return _weekdays_in_months(sent, times)


# a weekday that names no week of its own, which a day's heading dates: "on Tuesday", "early Monday", "Friday evening"
# (not "last Friday", "next Monday", counted from the document's day)
_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?(?:(?:early|late)\s+)?(?:{'|'.join(_WEEKDAYS)})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)


def _day_headings(doc: Doc, text: str) -> list[tuple[int, TimeExpression | None]]:
    """The document's subheadings in order, each with where it ends and, for a day's heading in an agenda or a
    "week ahead" piece ("MONDAY, MAY 18", "Tuesday 19 May"; ``heading_day``), that day as a time with the heading's
    text and offsets; None for any other heading ("LOOKING FURTHER AHEAD"), which ends the day's section."""
    headings = []
    for f in sorted((f for f in doc._.furniture if f.kind == "subheading"), key=lambda f: f.start):
        day = heading_day(text[f.start : f.end], doc._.doc_date)
        headings.append((f.end, TimeExpression(text=text[f.start : f.end], date=day, period=day, start=f.start,
                                               end=f.end) if day else None))
    return headings


def _story_days(doc: Doc, text: str) -> list[tuple[int, str]]:
    """Where each story after the first in one file starts and its day: a line that is a date alone ("November 30,
    2026") among the three lines of furniture right after a separator ("***"), as a site prints two readouts on one
    page, each with its title and date line; in order."""
    furniture = sorted(doc._.furniture, key=lambda f: f.start)
    out = []
    for k, f in enumerate(furniture):
        if f.kind != "furniture" or not re.fullmatch(r"[*#=~_-]{3,}|(?:\* ){2,}\*", text[f.start : f.end].strip()):
            continue
        for g in furniture[k + 1 : k + 4]:
            line = text[g.start : g.end].strip()
            if (g.kind in {"subheading", "dateline"} and len(line.split()) <= 4 and re.search(r"\b(?:19|20)\d\d\b", line)
                    and (day := parse_date(line))):
                out.append((g.end, day))
                break
    return out


def _section_day(days: list[tuple[int, TimeExpression | None]], sent: Span) -> TimeExpression | None:
    """The day's heading ``sent`` is under, up to the next heading of any kind, else None."""
    k = bisect_right(days, sent.start_char, key=lambda heading: heading[0])
    return days[k - 1][1] if k else None


def _scheduled_item(sent: Span) -> bool:
    """Whether ``sent`` states an event planned for a day by its main verb (``scheduled_verb``: "EU foreign
    ministers meet in Brussels", "The IMF board is expected to approve ...", "will begin locking down"), in a
    statement, not a question, nor a habit ("meets every Tuesday")."""
    text = span_text(sent).rstrip()
    return (sent.doc.has_annotation("DEP") and text.endswith((".", "!", '"', "”")) and not _HABITUAL.search(text)
            and scheduled_verb(sent.root))


def _scheduled_on(sent: Span, days: list[tuple[int, TimeExpression | None]], doc_date: str | None) -> bool:
    """An item under the heading of a day not before the document's that ``_scheduled_item`` plans for it is a
    forecast, as a scheduled event with its day named is ("MONDAY, MAY 18" over "EU foreign ministers meet in
    Brussels" in a piece of 17 May)."""
    day = _section_day(days, sent)
    return bool(day and day.date and doc_date and day.date >= doc_date and _scheduled_item(sent))


def _heading_dates(sent: Span, day: str, times: list[TimeExpression]) -> bool:
    """Whether the heading of ``day`` is the time of ``sent``: an item ``_scheduled_item`` plans, whose main verb
    has no time of its own that names a calendar unit ("The African Union holds a one-day summit ..., two days
    before Africa Day"; not "Delegates are expected to adopt the annex, probably on Friday"), and none of whose
    times is that day already ("the same day"). A time of a noun or of a clause of its own is not the verb's:
    "campaigning for the June 7 parliamentary election formally begins", "..., which opens on May 29", "will call
    for a common position ahead of the G20 meetings in July"."""
    if any(t.date == day for t in times) or not _scheduled_item(sent):
        return False
    for t in times:
        span = sent.doc.char_span(t.start, t.end)
        if t.period is None or span is None:
            continue
        token = span.root
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            token = token.head.head  # "on Friday": what its preposition hangs on, not "meetings" of "... in July"
        elif token.dep_ == "npadvmod":
            token = token.head  # "to finish the code this year"
        while token.dep_ in {"xcomp", "conj"} and token.head.i != token.i:
            token = token.head  # "are expected to adopt ... on Friday": the plan's
        if token.i == sent.root.i:
            return False
    return True


def _weekdays_in_months(sent: Span, times: list[TimeExpression]) -> list[TimeExpression]:
    """A weekday with a month after "in" or "of" in the same phrase is in that month, of no day that can be told:
    "On a grey Tuesday in February" is February's, period the month, date null (not "met on Tuesday in Geneva",
    nor "on Monday in its March report")."""
    doc, out = sent.doc, list(times)
    for i, (day, month) in enumerate(zip(times, times[1:], strict=False)):
        between = doc_text(doc)[day.end : month.start]
        span = doc.char_span(month.start, month.end)
        if (day.text.lower() not in _WEEKDAYS or between not in {" in ", " of "} or span is None
                or not _MONTH_YEAR.fullmatch(month.text) or month.period is None
                or (span.end < len(doc) and doc[span.end].lower_ in {"'s", "’s"})
                or span.root.dep_ in {"compound", "nmod", "amod", "poss"}):
            continue
        out[i] = day.model_copy(update={"date": None, "period": month.period})
    return out


def _after_day(period: str | None, doc_date: str | None) -> bool:
    """Whether ``period`` (ISO 8601 at any precision) is after the document's day: "2026-06-25" of 12 June 2026."""
    return bool(period and doc_date and period > doc_date[: len(period)])


# a time counted from the document's day, which takes a sentence out of an old story: "on Friday", "last month"
_FROM_TODAY = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)}|today|yesterday|tomorrow|(?:last|next|this) \w+|\w+ ago)\b", re.I)
# a decade as ISO 8601 writes it ("201"), and a time counted in decades ("the following decade")
_DECADE_PERIOD = re.compile(r"\d{3}")
_DECADE_WORD = re.compile(r"\bdecade$", re.I)
# how many sentences a story's full date dates the months and days after it
_NARRATIVE_RUN = 6
# how many sentences on a time named before still anchors "later that day": the next three
_ANAPHORA_REACH = 3
# a noun phrase that refers back to what the sentence before told of: "the offer", "that threat", "the two issues",
# "such talks"
_REFERS_BACK = re.compile(r"\b(?:the|that|this|these|those|such)\s+(?:two\s+|latest\s+|new\s+)?(?:offers?|moves?|measures?|steps?|"
                          r"threats?|proposals?|issues|demands?|accusations?|allegations?|ultimatum|overtures?|decision)\b|"
                          r"\b(?:such|those)\s+talks\b",
                          re.I)
# a state's act at home, which relates it to no other: "The cabinet approved a resolution", "signed a decree"
_DOMESTIC_ACT = re.compile(r"\b(?:approv|pass|adopt|sign|issu|enact)(?:e|es|ed|ing|s)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:resolution|decree|law|bill|ordinance)\b", re.I)
# a reference back to such an act: "The resolution will take effect on December 1"
_DOMESTIC_BACK = re.compile(r"\b(?:the|this|that)\s+(?:new\s+)?(?:resolution|decree|law|bill|ordinance)\b", re.I)
# a charge that refers back to whoever made it: "rejected the accusation", "denied the allegations"
_CHARGE_BACK = re.compile(r"\b(?:the|that|this|these|those|such)\s+(?:accusations?|allegations?|claims?|charges)\b", re.I)
# a definite noun that refers back to a deed or an agreement told of before: "the deal", "these strikes"
_DEED_BACK = re.compile(r"\b(?:the|that|this|these|those)\s+(?:(?:peace|trade|border|security|air|missile|latest|recent)\s+)?"
                        r"(?P<noun>deal|agreement|accord|pact|treaty|truce|ceasefire|strikes|attacks|raids)\b", re.I)
_DEED_FAMILY = {**dict.fromkeys("deal agreement accord pact treaty truce ceasefire".split(), "pact"),
                **dict.fromkeys("strikes attacks raids".split(), "attack")}
# the words that tell of such a deed where it is first told of: "signed a peace agreement", "have been striking boats"
_DEED_WORDS = {"pact": frozenset("deal deals agreement agreements accord accords pact pacts treaty truce ceasefire".split()),
               "attack": frozenset("""strike strikes striking struck attack attacks attacked attacking raid raids raided
                   raiding""".split())}
_DEED_REACH = 3
# verbs that make a deal or carry out strikes, whose subjects are its doers (not "brokered", a mediator's)
_MAKING = frozenset("""sign signs signed signing reach reaches reached reaching seal seals sealed sealing conclude
    concludes concluded concluding strike strikes struck striking launch launches launched launching carry carries
    carried carrying conduct conducts conducted conducting""".split())
# the parse's labels of a verb
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "pcomp", "parataxis"})
_DEFINITE = frozenset("the that this these those".split())
# four digits that may be a year (_YEAR_IN without its word boundaries, so that it finds every year
# a time expression of the sentence can hold)
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
# a month, or a month and day, without a year: "late January", "January 30", "the night of January 30"
_IN_STORY = re.compile(rf"(?:(?:early|late|mid-?)\s*)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|"
                       rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}")


# the adverbs of a guess: "Maybe in the spring."
_GUESSES = {"maybe", "perhaps", "possibly", "probably", "hopefully"}


def _guessed_fragment(whole: Span) -> bool:
    """A time in a fragment with no verb that a guess opens, as an answer gives it: "Maybe in the spring.",
    "Perhaps in the autumn." (not "Maybe the talks resumed in the spring.", nor "Maybe not in the spring" of no
    guess at when)."""
    sent, root = whole.sent, whole.root
    head = root.head if root.dep_ == "pobj" else root
    return (head.i == sent.root.i and not any(t.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} for t in sent)
            and any(t.lower_ in _GUESSES and t.i < whole.start for t in sent)
            and not any(t.dep_ == "neg" for t in sent))


# the verbs of remembering, which tell of the past in the present: "He remembers an officer who told him"
_MEMORY = {"remember", "remembers", "recall", "recalls", "recalled", "remembered"}


def _future_in_the_past(whole: Span) -> bool:
    """A time under a "would" that a past verb reports or a verb of memory recalls, a future told from a past day:
    "told him the war would be over by Christmas", "remembers ... the war would be over by Christmas" (not "says
    the war would be over by Christmas")."""
    token = attached_word(whole)
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ == "would" for c in token.children):
            return (token.dep_ == "ccomp" and token.head.i != token.i
                    and (_past_form(token.head.lower_) or token.head.lower_ in _MEMORY))
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _season_deadline(whole: Span) -> bool:
    """A season after "before", "by", "until" or "till", or naming the noun after one: "before the spring",
    "before the European Parliament's summer recess" (not "after the summer recess")."""
    doc, root = whole.doc, whole.root
    if whole.start > 0 and doc[whole.start - 1].lower_ in _SEASON_BOUNDS:
        return True
    noun = root.head
    return (root.dep_ in {"compound", "nmod", "amod"} and noun.i > root.i and noun.dep_ == "pobj"
            and noun.head.lower_ in _SEASON_BOUNDS)


_SEASON_BOUNDS = {"before", "by", "until", "till"}


def _that_month(e: Span) -> bool:
    """A bare month after the determiner "that" the tagger cut from it: "received the Nobel Peace Prize that
    December" (not "the accord that December ended", a relative clause's "that")."""
    doc = e.doc
    return (len(e) == 1 and _MONTH_ALONE.fullmatch(e.text) is not None and e.start > 0
            and doc[e.start - 1].lower_ == "that" and e.root.dep_ not in {"nsubj", "nsubjpass"})


def _year_of_next(whole: Span, following: list[Span]) -> str | None:
    """The year of the next time where the tagger cut a range in two and only its second end names
    the year: "in July" and "August 2024" of "in July and August 2024" (2024, as "between March and
    June 2027" gives the first end the second's year), also a year named relatively: "March" and "May this year"."""
    if not following or not _IN_STORY.fullmatch(re.sub(r"^(?:between|from)\s+", "", whole.text)):
        return None
    after = date_span(following[0])
    if after.start != whole.end + 1 or whole.doc[whole.end].lower_ not in {"and", "to", "through", "until"}:
        return None
    year = _YEAR_IN.search(after.text) or _WHICH_YEAR.search(after.text)  # "between March and May this year"
    return year.group() if year and _IN_STORY.match(after.text) else None


def _soon_after(period: str | None, day: str) -> bool:
    """Whether ``period`` (a day or a month) begins in the month of ``day`` or in the three months
    after it, as the next events of a story do."""
    if not period or len(period) < 7:
        return False
    first = date.fromisoformat(day[:8] + "01")
    return first <= date.fromisoformat(period if len(period) == 10 else f"{period}-01") <= first + timedelta(days=92)


def _narrative(sent: Span, times: list[TimeExpression], narrative: tuple[str, int] | None, index: int,
               doc_date: str | None) -> tuple[str, int] | None:
    """The story's day after ``sent`` and its ``times``: a full date of an earlier year it names
    in a sentence told in the past tense ("On December 25, 1995, a ship ran aground"; not "the
    framework agreed on 18 August 2023 has outlasted ..."); none after a year of another story
    ("in March 1987") or a time counted from the document's day ("last month")."""
    root = sent.root
    auxes = {c.lower_ for c in root.children if c.dep_ in {"aux", "auxpass"}}
    told = bool(auxes & _PAST_AUX) or (not auxes and _past_form(root.lower_))
    for t in times:
        year = _YEAR_IN.search(t.text)
        if t.date and year and doc_date and t.date[:4] < doc_date[:4] and told:
            narrative = (t.date, index)
        elif narrative and t.period and (t.period[:4] != narrative[0][:4] if year else t.period[:4] >= (doc_date or "")[:4]):
            narrative = None
    return narrative


def _one_year(first: TimeExpression, last: TimeExpression, anchor: str | None) -> list[TimeExpression]:
    """The two days of a range without a year, in one year and in order: "from December 1 to 3"
    in a piece of 2 December is 1-3 December of that year, not 1 December of the next (a plan
    looks forward) and 3 December (the year the nearer day resolves to)."""
    if not (first.date and last.date and anchor) or first.date <= last.date:
        return [first, last]
    day = date.fromisoformat(anchor)
    candidates = []
    for year in {int(first.date[:4]), int(last.date[:4])}:
        start, end = f"{year}{first.date[4:]}", f"{year}{last.date[4:]}"
        try:  # a 29 February moved to a year that has none
            distance = abs((date.fromisoformat(start) - day).days)
            date.fromisoformat(end)
        except ValueError:
            continue
        if start <= end:
            candidates.append((distance, start, end))
    if not candidates:
        return [first, last]
    _, start, end = min(candidates)
    return [first.model_copy(update={"date": start, "period": start}),
            last.model_copy(update={"date": end, "period": end})]


def _months_in_order(first: TimeExpression, last: TimeExpression, past: bool) -> list[TimeExpression]:
    """The two months of a range without a year in order, the first before the last: "The talks ran
    from July to September" in a piece of 1 July 2026 is July to September 2025 (the nearer July is
    this one, the September past the last), and a range not told in the past ends in the year after
    ("from November to February": the February after that November)."""
    if not (first.date is None and last.date is None and _MONTH_PERIOD.fullmatch(first.period or "")
            and _MONTH_PERIOD.fullmatch(last.period or "")) or first.period <= last.period:
        return [first, last]
    if past:
        start = f"{int(first.period[:4]) - 1}{first.period[4:]}"
        return [first.model_copy(update={"period": start}), last]
    end = f"{int(last.period[:4]) + 1}{last.period[4:]}"
    return [first, last.model_copy(update={"period": end})]


_MONTH_PERIOD = re.compile(r"\d{4}-\d\d")


def _age(ent: Span) -> bool:
    """A person's age between commas, as wire copy gives it: "Made Wirawan, 47, the captain"; or one named as an age,
    "up to the age of 60", "aged 35", "men 60 years old"."""
    doc = ent.doc
    return ((len(ent) == 1 and ent[0].is_digit and len(ent[0].text) <= 3 and 0 < ent.start and ent.end < len(doc)
             and doc[ent.start - 1].text == "," and doc[ent.end].text == ",") or bool(_AGE.fullmatch(span_text(ent)))
            or (bool(_AGE_NUMBERS.fullmatch(span_text(ent)))
                and bool(_AGE_BEFORE.search(span_text(doc[max(0, ent.start - 3) : ent.start])))))


# an age, no time: "the age of 60", "aged 35", "60 years old", "18 years of age"
_AGE = re.compile(r"(?:(?:the\s+)?ages?\s+of|aged)\s+(?:\w+\s+)?\d{1,3}(?:\s+(?:and|or|to)\s+\d{1,3})?|"
                  r"\d{1,3}(?:-|\s+)years?(?:-|\s+)(?:old|of\s+age)", re.I)
# ... and the numbers alone the tagger took, after "aged" or "the age of": "aged [18 to 40]"
_AGE_NUMBERS = re.compile(r"\d{1,3}(?:\s*(?:and|or|to|-|–)\s*\d{1,3})?")
_AGE_BEFORE = re.compile(r"(?:\bages?\s+of|\baged)\s*$", re.I)


_MONTH_ALONE = re.compile(_MONTH)
# "the month" of "for the rest of the month", which the tagger may give without the words before it
_UNIT_ALONE = re.compile(r"the (?:year|month|week)", re.I)
_REST_OF = re.compile(r"(?:the (?:rest|remainder)|most|much) of", re.I)
# auxiliaries of a clause told from now ("will open", "is expected", "has closed") and from the past or backshifted
# in reported speech ("would open", "had closed")
_TOLD_NOW = _FUTURE_AUX | _PRESENT_BE | {"has", "have", "can", "may"}
_TOLD_THEN = _PAST_AUX | {"would", "could", "might", "should"}


def _told_then(span: Span) -> bool:
    """Whether the clause of ``span`` is told from the past, in its tense or backshifted in reported speech: "the
    minister said the plant would open next year", "it expected the refinery to open by the end of the year", "the
    plant had closed by the end of the year" (not "but it will reopen next year", "is expected to reopen")."""
    token = _governing_verb(attached_word(span))
    for _ in range(3):  # "expected the refinery to open": the verb of the infinitive
        auxes = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        if auxes != {"to"} or token.dep_ not in {"xcomp", "ccomp"} or token.head.i == token.i:
            break
        token = token.head
    if auxes & _TOLD_NOW:
        return False
    return bool(auxes & _TOLD_THEN) or _past_form(token.lower_)


# "the night", "the day" of "the night before", which the tagger gives without the word that counts it
_DAY_UNIT = re.compile(r"the (?:day|morning|afternoon|evening|night)", re.I)
# feasts whose day moves or that the tagger may miss, one list for _FEAST and _FEASTS
_FEAST_NAMES = ("Nowruz", "Norooz", "Navruz", "Ramadan", r"Eid(?:\s+al-(?:Fitr|Adha))?", "Diwali", "Deepavali", "Easter",
                "Lent", "Passover", "Hanukkah", "Christmas", "Songkran", "Chuseok", "Seollal", "Lunar New Year", "Tet",
                "Vesak", "Holi", "Rosh Hashanah", "Yom Kippur", "Mid-Autumn Festival")
# a feast after a word of time, which the tagger may leave out: "after Nowruz", "before Eid al-Fitr"
# (also with "the" and "holiday" or "festival": "before the Chuseok holiday"; not a name it opens: "after the
# Tet Offensive")
_FEAST = re.compile(r"\b(?:before|after|during|until|till|by|since|over|ahead of)\s+(?:the\s+)?(?P<feast>(?:"
                    + "|".join(_FEAST_NAMES) + r")(?:\s+(?:holidays?|festival))?)\b(?!\s+[A-Z])")
# a season of the weather or of the farm's year after a word of time, which the tagger leaves out: "before the next
# monsoon", "after the rainy season", "ahead of the harvest", "during the hurricane season": vague, no date
# (not "the harvest failure", a noun it qualifies, nor "hit by the monsoon", its agent)
_SEASONAL = re.compile(r"\b(?P<word>before|after|during|until|till|by|since|through|throughout|ahead of|in)\s+"
                       r"(?P<time>(?:the|this|next|last)\s+(?:(?:next|coming|last|previous|following|current)\s+)?"
                       r"(?:monsoons?|(?:(?:rainy|dry|wet|lean|planting|sowing|growing|harvest|hurricane|typhoon|cyclone|"
                       r"fighting|flood|monsoon|rain)\s+season)|(?:long|short)\s+rains|harvest|rains))\b(?!-)", re.I)
_YEAR_4 = r"(?:1[89]|20)\d\d"
# a month with or without its year, which a day the tagger left out may stand before: "on 2 September 2026"
# a fraction, no unit of time: "a fifth", "two thirds", "one half"
_FRACTION = re.compile(r"(?:a|an|one|two|three|four)\s+(?:half|thirds?|fifths?|tenths?)", re.I)
# "between January and March", "from June to August 2025": a range of months whole
_MONTH_RANGE = re.compile(rf"\b(?:between|from)\s+{_MONTH}(?:\s+{_YEAR_4})?\s+(?:and|to|until|through)\s+{_MONTH}"
                          rf"(?:\s+{_YEAR_4})?\b")
_MONTH_YEAR = re.compile(_MONTH + r"(?:,?\s+(?:1[89]|20)\d\d)?")
# "the end of the year", "the first half of the year": a part of a year the text does not name, which a clause
# told in the past takes from the story's year ("the end of that year")
_OF_THE_YEAR = re.compile(r"^((?:the\s+)?(?:[\w-]+\s+){1,3}of\s+)the\s+year$", re.I)
_OPENING_YEAR = re.compile(r"In ((?:19|20)\d\d),")
# a year that dates the main clause from the sentence's opening, "In 2019 the minister said", "In March 2020, ...",
# and what it counts: "this year", "next year", "the end of the year", "the first half of next year", "year-end"
_DATED_YEAR = re.compile(rf"(?:Back\s+)?In\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?((?:19|20)\d\d)\b(?![-/–]\d)")
_NOW = re.compile(r"\b(?:now|today|currently|this week)\b", re.I)
_YEAR_COUNTED = re.compile(r"(?:(?:by|before|until|in|during|at|for|over)\s+)?(?:(?:early|late|later|earlier)\s+)?(?:(?:the\s+)?(?:[\w-]+\s+){1,3}of\s+)?"
                           r"(?:this|next|the)\s+year|year-end", re.I)
# a month and day without a year: "Dec 3", "3 December", "December 3rd"
_MONTH_AND_DAY = re.compile(rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})")


def _perfect_clause(span: Span) -> bool:
    """Whether the verb of the clause ``span`` is in ends in the past perfect or a modal perfect: "if talks had
    failed by the autumn", "would have acted by the spring" (a deadline in the past or unreal, none ahead)."""
    token = span.root
    for _ in range(6):
        if token.dep_ in _CLAUSES or token.head.i == token.i:
            break
        token = token.head
    auxes = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    return "had" in auxes or bool(auxes & {"would", "could", "might", "should", "must"} and "have" in auxes)


_CLAUSES = frozenset({"ROOT", "ccomp", "advcl", "xcomp", "relcl", "acl", "pcomp", "conj", "csubj"})


# a season with no year or word that says which: "the spring", "the end of the summer"
_BARE_SEASON = re.compile(r"(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?(?:(?:early|late|mid-?)\s*)?"
                          r"(?:spring|summer|autumn|fall)", re.I)
# the days of a range the tagger cut from their month: "26 to 28" of "from 26 to 28 October"
_DAY_RANGE = re.compile(r"(?:from\s+|between\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:to|and|-|–|through|until)\s*\d{1,2}(?:st|nd|rd|th)?",
                        re.I)
# a day of a month, with or without its year: "12 October", "March 3, 2026"
_MONTH_DAY_ONLY = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
                             r"(?:,?\s+(?:1[89]|20)\d\d)?")
# a season before the year it is of, which the tagger may leave out or cut from the year: "the autumn of 2025"
_SEASON_OF = re.compile(r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall)\s+of", re.I)
# a measure the tagger may take for a date: "the 12-nautical-mile zone" (not "a five-year plan")
_MEASURE = re.compile(r"(?:the\s+)?[\d.,]+-(?:[a-z]+-)*(?!(?:year|month|week|day|hour|minute|decade|century)s?\b)[a-z]+",
                      re.I)

# a season the tagger may leave out: "planned for the autumn", "since last winter"
_SEASON = re.compile(r"\b(?:the|this|next|last)\s+(?:spring|summer|autumn|winter)\b(?!\s+of\b)", re.I)
# a month or unit named relatively that the tagger may leave out or run into a place: "next September",
# "the Pacific next year"
# a unit with the word that says which one: "this year" (of "as this year's chair", which the tagger cuts to "year")
_WHICH_UNIT = re.compile(r"(?:this|next|last)\s+(?:year|month|week)", re.I)
# two weeks named relatively, which the tagger leaves out: "within the next fortnight", "over the past fortnight"
_FORTNIGHT = re.compile(r"\b(?:the\s+)?(?:next|coming|past|last|previous|following)\s+fortnight\b", re.I)
# "Pashinyan next day told reporters": a digest's day after the last date named, which the tagger may leave out (not
# "next-day delivery")
_NEXT_DAY = re.compile(r"(?<![\w-])(?:the\s+)?(?:next|following)\s+day(?![\w-])", re.I)
# "in the near future", "for the foreseeable future", which the tagger leaves out: vague
_NEAR_FUTURE = re.compile(r"\bthe\s+(?:near|foreseeable|immediate)\s+future\b", re.I)
# a bare season after a word of time, which the tagger leaves out: "to fall before spring", "in spring" (lower case:
# not "the Arab Spring")
_SEASON_AFTER = re.compile(r"\b(?:before|after|until|till|by|in|In|during|through)\s+(?P<season>spring|summer|autumn|winter)\b"
                           r"(?!\s+(?:of|and|or|[a-z]+(?:s|ing|ed)?\b(?<!\bis)(?<!\bwas)))")
# a month, or a month and its day, after a deadline that the tagger left out, also quoted with the full stop inside:
# 'would take place "no later than June."', "no later than June 30", "not before 15 March" (the bound kept with it
# as the tagger keeps it: "no later than June")
_DEADLINE_MONTH = re.compile(
    r"\b(?:(?P<bound>no\s+(?:later|earlier)\s+than|not\s+(?:before|until|after))|before|until|till|by)\s+[\"“]?"
    r"(?P<time>(?:[0-3]?\d\s+)?(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?)\b(?!\s*,?\s*(?:1[89]|20)\d\d)", re.I)
# a range of two years written with a dash ("2026-2028", "2026–28"), which the tagger may leave out of a name
_AMOUNTS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
_YEAR_RANGE = re.compile(r"(?<![\d/.-])(?P<first>(?:1[89]|20)\d\d)[-–—](?P<last>(?:1[89]|20)\d\d|\d\d)(?![\d/.-])")
_NEXT_UNIT = re.compile(r"\b(?:this|next|last)\s+(?:year|month|week|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\b")
# a number the tagger may take for a date: "resolution 2216", "Regulation (EU) 2025/1975", "now
# numbering 59" (a year, "1648", "2025", and a year with the next, "2025/26", stay times; so
# does a year-like number after a document's noun: "resolution 1325")
_NUMBER = re.compile(r"\d+(?:/\d+)?")
_YEAR_ALONE = re.compile(r"1\d\d\d|20\d\d")
_DOCUMENT_NOUNS = {"resolution", "regulation", "decision", "directive", "decree", "article", "no", "no.", "number"}
_NEXT_YEAR = re.compile(r"(?P<year>(?:1[89]|20)\d\d)/(?P<next>\d\d|(?:1[89]|20)\d\d)")
# a greeting or a figure of speech: "Good afternoon", "at a difficult hour", "a good day for
# Uruguay" (not "the first day", "the same day", "the eleventh hour", "a full day")
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
_FIGURE = re.compile(
    r"(?:a|an|the|this|that|our)\s+(?!(?:first|second|third|last|next|same|following|previous|final|opening|"
    r"closing|whole|full|entire|half|single|extra|early|late|given|working|business|school|\w+th)\b)[a-z]+\s+"
    r"(?:hour|day|moment)",
    re.I,
)
# a kind of year, a figure no calendar names: "harder to manage in a dry year" (not "a full year")
_FIGURE_YEAR = re.compile(r"an?\s+(?!(?:full|whole|entire|single|extra|half|further|calendar|fiscal|financial)\b)"
                          r"[a-z]+\s+year", re.I)
# ... and kinds of year, plural: "will reduce flows in dry years" (not "in recent years", "in the coming years")
_FIGURE_YEARS = re.compile(r"(?!(?:recent|coming|past|last|next|early|earlier|later|late|previous|prior|following|few|"
                           r"many|several|final|first|subsequent|remaining|ensuing|preceding|intervening|latter|"
                           r"initial|formative|postwar|pre-?war|interwar|middle|various|successive|consecutive|"
                           r"numerous|countless|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
                           r"fifty|these|those|other|more|fewer)\b)[a-z]+\s+years", re.I)
# a part of a thing the tagger took for a part of a year: "the first half of that phrase"
_PART_OF = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|last|final|latter|former)\s+(?:half|quarter)", re.I)
# how long a thing lasts, as a modifier: "a six-month technical rollover", "a two-day meeting"
_LENGTH_MODIFIER = re.compile(
    r"(?:a\s+|an\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|"
    r"thirty|forty|fifty|sixty|ninety|hundred)-(?:second|minute|hour|day|night|week|month|year|decade)(?:-long)?", re.I)
# the units of a comparison: "up 6.4 percent year on year", "year-on-year growth", "day-to-day"
_PER_UNIT = re.compile(r"\b(year|month|quarter|week|day)\s*-?\s*(?:on|over|to)\s*-?\s*\1\b", re.I)
# a frequency or a direction the tagger may take for a date: "a third daily flight", "the Turkish
# daily Hurriyet", "annual summits", "its south-eastern flank"
_NO_TIME_WORD = re.compile(r"(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual(?:ly)?|"
                           r"biannual|seasonal(?:ly)?|(?:(?:north|south)-?)?(?:east|west)ern|northern|southern)", re.I)
# a frequency: "every 15 minutes to every half hour", "every two years", "each spring", "twice a week",
# "three times a year", "once per month"
_EVERY = re.compile(r"(?:every|each)\s", re.I)
_TIMES_A = re.compile(r"(?:(?:once|twice|thrice|[\w-]+\s+times)\s+)?(?:a|an|per)\s+(?:day|week|fortnight|month|quarter|year)", re.I)
_TIMES = re.compile(r"once|twice|thrice|times", re.I)
# a part of the year that names a kind of meeting or report: "the next mid-year coordination meeting"
_KIND_OF = re.compile(r"mid-?year|year-?end", re.I)
# a group's label, a level and a streak the tagger may take for a time: "the African members (A3+)",
# "weakened past 94 to the dollar", "rose for a sixth straight week"
_GROUP_LABEL = re.compile(r"[A-Z]{1,2}\d{1,2}\+?")
_LEVEL = re.compile(r"(?:past|above|below|beyond|over|under)\s+\d{1,3}(?:[.,]\d+)?", re.I)
_STREAK = re.compile(r"(?:a|an|the|its|their)\s+[a-z0-9-]+\s+(?:(?:straight|consecutive|successive)\s+"
                     r"(?:day|week|month|quarter|year|session)s?|(?:day|week|month|quarter|year|session)\s+(?:running|in\s+a\s+row))", re.I)
# ... also with "in a row" after it, which the tagger leaves out: "for the third year in a row", and an ordinal
# unit after "for", the streak's count ("rose for a third day")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|[a-z]+(?:th|ieth)", re.I)
_ORDINAL_UNIT = re.compile(r"(?:a|an|the|its|their)\s+[a-z0-9-]+\s+(?:day|week|month|quarter|year|session)", re.I)
# a count of units, which measures how long something lasts where it is no time's: "approximately 40
# minutes", "several hours", "more than a year", "nearly two decades"
_COUNT_OF_UNITS = re.compile(
    r"(?:(?:about|approximately|roughly|around|nearly|almost|some|over|more than|less than|fewer than|at least|up to|"
    r"just|only|a further|another)\s+)*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|ninety|a few|a couple of|several|many|\d+(?:\.\d+)?)"
    r"(?:\s+(?:full|more|long))?\s+(?:second|minute|hour|day|night|week|month|quarter|year|decade)s?", re.I)
# the verbs whose object is how long something takes or someone spends: "has spent weeks on the phone"
_TAKES = frozenset({"take", "takes", "took", "taken", "taking", "spend", "spends", "spent", "spending"})
# ... and, for a count of units, lasts: "The talks lasted nearly five weeks"
_LASTING = _TAKES | {"last", "lasts", "lasted", "lasting"}
# the words that make a noun or an adjective a superlative, the first or the only one: "the largest in a decade"
_SUPERLATIVE_WORDS = {"first", "best", "worst", "only", "most", "least"}
_NOT_SUPERLATIVE = {"interest", "protest", "forest", "harvest", "request", "conquest", "contest", "inquest", "manifest",
                    "honest", "modest", "west", "test", "rest", "guest", "quest", "arrest", "suggest", "invest", "unrest"}
# "came within hours of war": how near something came, not when
_NEAR_MISS_VERBS = {"come", "comes", "came", "coming"}
_BARE_UNITS = {"minutes", "hours", "days", "weeks", "months"}
_DAY_JOINERS = {"and", "to", "-", "–"}
_RANGE_YEAR_JOINERS = {"and", "to", "until", "through", "-", "–"}
# "the end of the Second World War": a time of an event, no time unless it names a year ("the end of
# the 1990s", "the start of Ramadan" stay)
_OF_EVENT = re.compile(r"(?:the\s+)?(?:end|start|beginning|outbreak|eve|height|aftermath|close|middle)\s+of\s+"
                       r"(?:the\s+)?(?P<event>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
# the one-word feasts, lower case ("Eid" of "Eid al-Fitr"), and Advent
_FEASTS = {name.split("(")[0].lower() for name in _FEAST_NAMES if " " not in name} | {"advent"}


# what a number counts: units of measure and the people or things a report counts ("2030 tonnes", "2025 troops")
_COUNTED = frozenset(
    """tonnes tons barrels litres liters gallons hectares acres kilometres kilometers km miles metres meters kg
    kilograms megawatts mw gigawatts gw people persons troops soldiers fighters militants civilians refugees migrants
    households families homes houses villages workers students children women men residents casualties deaths
    prisoners detainees vehicles trucks lorries tanks flights vessels ships boats containers cases doses""".split())
# what makes a year of the number before its noun: "the 2025 elections", "its 2030 target", "in 2025 troops ..."
_YEAR_BEFORE = frozenset("""the this that these those its their his her our my your whose a an in by since until till
    before after during from of for through""".split())


# a range of counts of units: "between 8 and 15 months", "10 to 12 weeks"
_RANGE_OF_UNITS = re.compile(r"(?:between\s+)?\d+(?:\.\d+)?\s+(?:and|to|or)\s+\d+(?:\.\d+)?\s+"
                             r"(?:second|minute|hour|day|night|week|month|quarter|year|decade)s", re.I)
_BE_FORMS = {"be", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re"}


def _length_of(ent: Span) -> bool:
    """A count of units, or a range of them, that is how long something is, no time: what "be" says a thing is,
    with nothing after it that counts from a time, "this period is likely to be between 8 and 15 months", "The
    delay could be two years, officials said", and a range as what lasts, "will last between 8 and 15 months" (not
    "The deadline was 15 months after the ruling", "The election is two years away", "The vote is in two months")."""
    root, doc = ent.root, ent.doc
    if _RANGE_OF_UNITS.fullmatch(ent.text) and _duration(ent):
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    return (root.dep_ in {"attr", "npadvmod"} and root.head.lower_ in _BE_FORMS and root.head.i < ent.start
            and (after is None or after.is_punct or after.dep_ == "cc")
            and all(ent.start <= c.i < ent.end for c in root.children))


# the words before an instrument's name whose year is part of it: "of the GATT 1994", "under UNCLOS 1982"
_BEFORE_INSTRUMENT = {"the", "of", "under"}


def _instrument_year(ent: Span) -> bool:
    """A year right after an acronym in capitals that names an agreement, part of its name, no time: "Article XI:1 of
    the GATT 1994", "under UNCLOS 1982", "the standards of SOLAS 1974" (the acronym after "the", "of" or "under", and
    the year ending the phrase; not "at UNGA 2025", "the ASEAN 2025 summit", nor "the 2015 Paris Agreement" or "the
    Montreux Convention of 1936", whose year is said of the agreement)."""
    doc = ent.doc
    if not (_YEAR_ALONE.fullmatch(ent.text) and ent.start > 1 and re.fullmatch(r"[A-Z]{3,}", doc[ent.start - 1].text)
            and doc[ent.start - 2].lower_ in _BEFORE_INSTRUMENT):
        return False
    return ent.end >= len(doc) or not doc[ent.end].is_alpha or doc[ent.end].lower_ in _AFTER_INSTRUMENT


# the words that may follow an instrument's name, ending its phrase: "of SOLAS 1974 and MARPOL"
_AFTER_INSTRUMENT = {"and", "or", "which", "that", "to", "in", "on", "as", "for", "with", "by", "is", "was", "were"}


# a clock time and a time zone after it: "1430 GMT", "10:30 UTC"
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3])[:.][0-5]\d")
_ZONE = re.compile(r"GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|JST|KST|AEST|AEDT|WAT|EAT|CAT|SAST|MSK")
# ... also of twelve hours: "9 a.m. GMT", "4pm UTC"
_TWELVE_HOUR = re.compile(r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\.?", re.I)
# a clock time with the word after it that makes it one, a zone or "hours" ("0900 GMT", "2300 hours"; "local
# time" follows it, no zone: "1400 local time" is "1400")
_CLOCK_TIME = re.compile(rf"(?<![\w.,:/-])(?:{_CLOCK.pattern})(?:\s+(?-i:{_ZONE.pattern})|\s+(?:hours|hrs))?(?![\w:/-]|[.,]\d)")
_LOCAL_TIME = re.compile(r"\s+local\s+time\b", re.I)
# the words a clock time with nothing after it may follow: "by 0900", "at 09:00"
_CLOCK_PREPOSITIONS = frozenset("at by before until till after from around about since".split())
_CLOCK_JOINERS = frozenset({"to", "and", "until", "till", "-", "–"})


def _clock_times(sent: Span) -> list[Span]:
    """The clock times of ``sent``, which name no date: "by 0900 GMT", "at 09:00 GMT", "by 1400 local time"
    ("1400", no year), "at 0600", the first end of a range, "from 2000 to 0600 local time" (not "in 1800",
    "2015 elections", "20.00 euros")."""
    doc, found = sent.doc, []
    for m in _CLOCK_TIME.finditer(span_text(sent)):
        span = sent.char_span(m.start(), m.end())
        if span is not None:
            found.append(span)
    clocks = [span for span in found if _marked_clock(span)]
    # "from 2000 to 0600 local time": the first end of a range of clock times
    clocks += [span for span in found if span not in clocks and span.end + 1 < sent.end
               and doc[span.end].lower_ in _CLOCK_JOINERS
               and any(c.start == span.end + 1 and _marked_clock(c, joined=True) for c in clocks)]
    return sorted(clocks, key=lambda c: c.start)


def _marked_clock(span: Span, joined: bool = False) -> bool:
    """Whether a clock-like number is a clock time: a zone or "hours" after it, "local time", hours and minutes
    or four digits opening with a zero after a word of time ("at 09:00", "by 0900")."""
    if len(span) > 1 or _LOCAL_TIME.match(doc_text(span.doc), span.end_char):
        return True
    before = span.doc[span.start - 1].lower_ if span.start > span.sent.start else ""
    return not joined and before in _CLOCK_PREPOSITIONS and (":" in span.text or span.text.startswith("0"))


def _year_before_noun(ent: Span) -> bool:
    """A year the tagger took for a count after "the" or a possessive, before the noun it dates: "renew the 2022
    security agreement", "Kenya's 2019 census" (not "the 2000 soldiers", a count, "the 2030 Agenda", a plan's
    horizon, nor a year the noun is not after)."""
    doc = ent.doc
    if not (ent.label_ == "CARDINAL" and len(ent) == 1 and _YEAR_ALONE.fullmatch(ent.text) and ent.start > ent.sent.start
            and (doc[ent.start - 1].lower_ == "the" or doc[ent.start - 1].text in {"'s", "’s"})):
        return False
    noun = ent[0].head
    return (ent[0].dep_ in {"nummod", "compound", "amod", "nmod"} and noun.i > ent[0].i and noun.is_alpha
            and noun.lower_ not in _COUNTED and not _no_time(ent))


def _counts_units(ent: Span) -> bool:
    """A four-digit number right before a unit or a plural noun counted, with no determiner, possessive or
    preposition of time before it, counts them: "produced 2030 tonnes of rice", "deployed 2025 troops", "some
    2026 households"; not "the 2030 target", "in 2025 troops crossed", "the 2025 elections"."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in _COUNTED:
        return False
    return ent.start == 0 or doc[ent.start - 1].lower_ not in _YEAR_BEFORE and not doc[ent.start - 1].text.endswith(("'s", "’s"))


def _no_time(ent: Span) -> bool:
    """A number or phrase the tagger took for a time that names none: a document's number
    ("resolution 2216", "2025/1975"), a count ("now numbering 59"), a greeting ("Good
    afternoon"), a figure of speech ("at a difficult hour"), a group's label ("A3+"), a level
    ("past 94"), a streak ("a sixth straight week") or a comparison ("years earlier than")."""
    text, doc = ent.text, ent.doc
    if _measure_range(ent):
        return True
    if _FRACTION.fullmatch(text):
        return True  # "rose by a fifth", which the tagger may take for a time ("a quarter" is one: "in a quarter")
    if _plan_name(ent) or _instrument_year(ent):
        return True  # "the 2030 Agenda", a plan's horizon; "Article XI:1 of the GATT 1994", an instrument's name
    if _citation(ent) or _document_number(ent) or _symbol_year(ent):
        return True
    if _NUMBER.fullmatch(text := text.strip("'\"‘’“”")):
        pair = _NEXT_YEAR.fullmatch(text)
        if ent.start > 0 and doc[ent.start - 1].lower_ in _DOCUMENT_NOUNS:
            return True
        if _YEAR_ALONE.fullmatch(text) and _counts_units(ent):
            return True  # "produced 2030 tonnes", "deployed 2025 troops": a count, no year
        if _YEAR_ALONE.fullmatch(text) or (pair and int(pair.group("next")[-2:]) == (int(pair.group("year")) + 1) % 100):
            return False
        # a day beside its month stays: "9 December", "January 27 to 29"
        near = [doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(doc)]
        return not any(t.ent_type_ == "DATE" or _MONTH_ALONE.fullmatch(t.text) for t in near)
    if (_ORDINAL_ALONE.fullmatch(text) and ent.end < len(doc) and doc[ent.end].is_alpha
            and doc[ent.end].lower_ not in _AFTER_A_DAY and not _MONTH_ALONE.fullmatch(doc[ent.end].text)):
        return True  # "its 22nd sanctions package": an ordinal on a noun counts the noun, no day of the month
    event = _OF_EVENT.fullmatch(text)
    if event and not FISCAL_YEAR.fullmatch(event.group("event")) and not any(  # "the end of FY2026" is one
            w.lower() in _MONTHS or w.lower() in _FEASTS for w in event.group("event").split()):
        return True
    if _NO_TIME_WORD.fullmatch(text) or _EVERY.match(text) or _near_miss(ent) or _how_long(ent) or _frequency(ent):
        return True
    if _GROUP_LABEL.fullmatch(text) or _LEVEL.fullmatch(text) or _STREAK.fullmatch(text) or _in_a_row(ent):
        return True
    if _COUNT_OF_UNITS.fullmatch(text) and (_duration(ent) or _superlatives_span(ent)):
        return True
    if _units_run_on(ent):
        return True  # "its first launch in nearly two months and days after the drills"
    if (_COUNT_OF_UNITS.fullmatch(text) or _RANGE_OF_UNITS.fullmatch(text)) and _length_of(ent):
        return True  # "this period is likely to be between 8 and 15 months", "will last between 8 and 15 months"
    if _AGE_BOUND.fullmatch(text) or _prison_term(ent) or _count_of_days(ent):
        return True  # "children under five", "sentenced to 12 years", "entered the waters on 41 days"
    if text.lower() in _PLURAL_UNITS and (_duration(ent, counted=False) or _superlatives_span(ent) or _after_units_of(ent)):
        return True  # "have been ready for months", "the first word in years"
    if _end_of_the_day(ent) or _count_of_a_noun(ent) or _past_units_spent(ent) or _era_label(ent) or _each_one(ent):
        return True
    if _figure_of_days(ent) or _today_and_tomorrow(ent) or _days_or_ever(ent) or _figure_years(ent) or _FIGURE_YEAR.fullmatch(text) or _part_of_thing(ent) or _length_modifier(ent):
        return True
    # a comparison's "years earlier than any other option", not "Two years earlier, the talks had collapsed"
    if ent[-1].lower_ in {"earlier", "later", "sooner"} and ent.end < len(doc) and doc[ent.end].lower_ == "than":
        return True
    if _KIND_OF.fullmatch(text) and ent.root.dep_ in {"amod", "compound", "nmod"} and ent.root.head.i > ent.root.i:
        return True
    words = text.lower().split()
    if words[-1] in _PARTS_OF_DAY and (words[:-1] == ["good"] or (len(words) == 1 and ent.start > 0
                                                                  and doc[ent.start - 1].lower_ == "good")):
        return True
    return bool(_FIGURE.fullmatch(text))


# the words that may open a clause before the idiom "at the end of the day"
_CLAUSE_OPENERS = {"but", "and", "yet", "so", "because", "that", ",", ";", ":", "—", "–", "-", '"', "“"}


def _end_of_the_day(ent: Span) -> bool:
    """The idiom "At the end of the day, ..." (in the end, all things considered) names no time: "at the end of
    the day" opening a clause, a comma after it (not "would table a proposal by the end of the day", nor "The talks
    broke up at the end of the day")."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "at"]
    if " ".join(t.lower_ for t in words) != "the end of the day":
        return False
    at = ent.start if ent[0].lower_ == "at" else ent.start - 1
    if at < 0 or doc[at].lower_ != "at" or ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    return doc[at].is_sent_start or doc[at - 1].lower_ in _CLAUSE_OPENERS


# a document's noun or a dotted abbreviation of one before its number: "E.O. 13224", "Resolution 2231"
_DOCUMENT_NUMBER = re.compile(r"(?P<label>[A-Za-z]+\.?|(?:[A-Z]\.){2,4})\s*(?:No\.?\s*)?\d+(?:/\d+)?")
# the words between an author's name and the year of a citation in brackets: "(Smith et al. 2019)"
_CITED_BEFORE = {"(", ";", ",", "see", "and", "&", "al.", "cf.", "also"}


def _figure_years(ent: Span) -> bool:
    """Kinds of year, plural, an adjective and "years" with no word before them that makes them a time: "in dry
    years", "in wet years" (not "in recent years", "the lean years after the war")."""
    doc = ent.doc
    return (bool(_FIGURE_YEARS.fullmatch(ent.text)) and ent[0].dep_ == "amod"
            and ent.start > 0 and doc[ent.start - 1].dep_ == "prep")


def _document_number(ent: Span) -> bool:
    """A document's number the tagger took whole with its noun or abbreviation: "E.O. 13224" (an executive order),
    "Resolution 2231" (not "May 2020", "Q3 2025")."""
    match = _DOCUMENT_NUMBER.fullmatch(ent.text)
    if not match:
        return False
    label = match.group("label")
    return label.lower() in _DOCUMENT_NOUNS or bool(re.fullmatch(r"(?:[A-Z]\.){2,4}", label))


# a document's number or symbol before its year in brackets: "resolution 2812 (2026)", "S/RES/2812 (2026)", with a
# letter code before the number in the symbol's last part too, "[PSC/PR/COMM.1152 (2025)]"
_NUMBERED_BEFORE = re.compile(r"(?:\b(?:resolution|decision|regulation|directive|decree)s?\s+(?:No\.?\s*)?\d+"
                              r"|\b[A-Z]+(?:/[A-Z0-9.]+)*/(?:[A-Z]+\.)?\d+)\s*\(\s*$", re.I)


def _symbol_year(ent: Span) -> bool:
    """The year in brackets of a document's symbol, part of its number, no time: "Adopting resolution 2812 (2026)",
    "S/RES/2812 (2026)" (not "the Paris Agreement (2015)", "wars in Georgia (2008)")."""
    if not _YEAR_ALONE.fullmatch(ent.text) or ent.end >= len(ent.doc) or ent.doc[ent.end].text != ")":
        return False
    return bool(_NUMBERED_BEFORE.search(doc_text(ent.doc), max(0, ent.start_char - 60), ent.start_char))


def _author(token: Token) -> bool:
    """A word that may be an author's surname: a capitalised word that is no month, no function word and no name
    the gazetteer knows ("Keohane", "Wang"; not "Georgia", "In", "May")."""
    if not (token.is_title and token.is_alpha) or token.is_stop or _MONTH_ALONE.fullmatch(token.text):
        return False
    name = ent_at(token.doc, token.i)
    return name is None or name._.code is None


def _citation(ent: Span) -> bool:
    """The year of a citation, no time: an author and a year in brackets, "(Allouche 2007)", "(but see Wang 2019;
    Feldmann 2023)", "(Smith et al. 2019)", or a year in brackets after its authors, "Keohane (1984) reminds us",
    "Smith and Lee (2021) argue" (not "(in 2019)", "Since 2019 (when ...)", "the 2021 elections", "the Paris
    Agreement (2015)", "wars in Georgia (2008)")."""
    doc = ent.doc
    if not _YEAR_ALONE.fullmatch(ent.text) or ent.start < 2 or ent.end >= len(doc):
        return False
    before, after = doc[ent.start - 1], doc[ent.end]
    et_al = before.lower_ in {"al.", "al"} or (before.text == "." and doc[before.i - 1].lower_ == "al")
    if (_author(before) or et_al) and after.text in {")", ";", ",", ":"}:
        # inside brackets: an opening bracket before it in the sentence that no closing one follows
        opened = [t.text for t in doc[ent.sent.start : ent.start] if t.text in {"(", ")"}]
        return bool(opened) and opened[-1] == "(" and (et_al or doc[before.i - 1].lower_ in _CITED_BEFORE)
    if before.text != "(" or after.text != ")" or not _author(doc[ent.start - 2]):
        return False
    first = doc[ent.start - 2]
    while first.i > 0 and (_author(doc[first.i - 1]) or doc[first.i - 1].lower_ in {"and", "&"}):
        first = doc[first.i - 1]
    opener = doc[first.i - 1] if first.i > 0 else None
    return opener is None or not (opener.lower_ in {"the", "a", "an", "in", "of", "its", "their"}
                                  or (opener.is_title and not opener.is_sent_start))


# an ordinal and a number the tagger took for a date: "for the first 80 nautical miles"
_ORDINAL_COUNT = re.compile(r"(?:the\s+)?(?:first|last|next|final|remaining|other)\s+\d[\d,.]*", re.I)
# the units past, spent: "has spent the past decade building a port"
_PAST_UNITS = re.compile(r"the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:day|week|month|year|decade)s?", re.I)
_SPENDS = frozenset({"spend", "spends", "spent", "spending"})


def _count_of_a_noun(ent: Span) -> bool:
    """An ordinal and a number that count a noun outside them, a measure: "for the first 80 nautical miles" (not
    "the first 10 days", a count of units, nor "the first 15 of March")."""
    if not _ORDINAL_COUNT.fullmatch(ent.text) or not ent.doc.has_annotation("DEP"):
        return False
    number, head = ent[-1], ent[-1].head
    return (number.dep_ == "nummod" and not ent.start <= head.i < ent.end and not _TIME_UNITS.fullmatch(head.text)
            and not _MONTH_ALONE.fullmatch(head.text))


def _past_units_spent(ent: Span) -> bool:
    """The units past as what someone spends, how long, no time: "has spent the past decade building a port" (not
    "has built a port over the past decade", nor "spent $2bn over the past decade")."""
    root = ent.root
    return bool(_PAST_UNITS.fullmatch(ent.text)) and root.dep_ == "dobj" and root.head.lower_ in _SPENDS


def _era_label(ent: Span) -> bool:
    """A plural unit after a proper name, the label of an era, no time: "The Oslo years followed", "the Blair years"
    (not "in recent years", "the two years", "the 1990s")."""
    unit = ent[-1]
    if unit.lower_ not in {"years", "decades", "days"} or ent.root.i != unit.i or unit.i == 0:
        return False
    name = ent.doc[unit.i - 1]
    return (name.dep_ == "compound" and name.head.i == unit.i and name.is_title and name.is_alpha
            and all(t.lower_ == "the" for t in ent if t.i < name.i))


def _each_one(ent: Span) -> bool:
    """A unit, a month or a weekday after "each" or "every", a frequency the tagger cut its word from: "the ECOWAS
    summit, which meets each December" (not "which met in December")."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].lower_ in {"each", "every"}


# what a stock counted in the days it lasts is of: "barely 30 days of water", "two months of fuel"
_STOCKS = frozenset("""water fuel food supplies supply stocks stock reserves reserve imports oil gas diesel petrol grain
    wheat rice medicine medicines ammunition munitions cash cover storage electricity power""".split())
# a word that stresses a count: "barely 30 days", "only two months"
_EMPHASIS_WORD = re.compile(r"^(?:barely|only|just|roughly|about|nearly|almost|fewer than|less than)\s+", re.I)
# the plural units that alone say how long ("for months", "the first word in years")
_PLURAL_UNITS = {"minutes", "hours", "days", "weeks", "months", "years", "decades"}
# a time the text uses as a figure: "depending on the week", "The days when one capital decided are over"
_DEPENDING = {"depending", "depend", "depends", "depended"}
_DAYS_OVER = re.compile(r"(?:(?:when|of|in)\b[^.;!?]*?\s)?(?:are|were)\s+(?:long\s+)?(?:over|gone|numbered)\b", re.I)
# a day to come that no one can name, a figure: "The day is not far when ...", "A day will come when ..."
_DAY_TO_COME = re.compile(r"(?:is|was)\s+(?:not\s+)?(?:far|near|close|coming)\b|(?:will|shall|must)\s+(?:\w+\s+)?come\b"
                          r"|(?:has|have)\s+(?:\w+\s+)?come\b", re.I)
# the nouns of a plan whose name a year opens as its horizon: "the 2050 Strategy for the Blue Pacific Continent"
_PLAN_NAMES = {"strategy", "agenda", "vision", "plan", "goals", "framework", "roadmap", "targets", "blueprint"}
# the nouns of a stretch whose length a count of units gives: "over a period of up to 15 years"
_RANGE_OPENERS = {"from", "between"}
_STRETCHES = {"period", "term", "span", "duration", "stretch", "spell", "delay", "postponement", "extension", "wait"}


def _frequency(ent: Span) -> bool:
    """How often, no time: "crosses twice a week", "meet three times a year", the count the tagger took with
    its unit or left before it ("once" "a month"); and a rate, an amount per unit, "wants $1.3 trillion a year",
    "500,000 barrels a day", "grew 3 percent a year"; not "a week ago", "twice in a week"."""
    match = _TIMES_A.fullmatch(ent.text)
    if not match:
        return False
    if _TIMES.match(ent.text):
        return True
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return bool(_TIMES.fullmatch(before.text)) or before.ent_type_ in _AMOUNTS or before.lower_ in _COUNTED


_TODAY_TOMORROW = {"today": "tomorrow", "tomorrow": "today"}


def _today_and_tomorrow(ent: Span) -> bool:
    """ "today" and "tomorrow" as a figure of speech, what befalls one now and another next, no time: the
    same verb for each, the clause of one the subject of the other's ("What hits Lithuania today will hit
    Poland tomorrow"; not "The ministers will meet today and meet again tomorrow")."""
    other = _TODAY_TOMORROW.get(ent.text.lower())
    if other is None or not ent.doc.has_annotation("DEP"):
        return False
    verb = ent.root.head
    for token in ent.sent:
        if token.lower_ == other and token.ent_type_ == "DATE":
            its = token.head
            if its.i != verb.i and _same_verb(its.lower_, verb.lower_) and (
                    (verb.dep_ == "csubj" and verb.head.i == its.i) or (its.dep_ == "csubj" and its.head.i == verb.i)):
                return True
    return False


# the days a list of which "ever" or "never" closes, an idiom of always or never: "today, tomorrow or ever"
_DAYS_OF_EVER = {"today", "tomorrow", "now", "yesterday"}


def _days_or_ever(ent: Span) -> bool:
    """A day in a list that "ever" or "never" closes, the idiom of never or always, no time: "would not recognise
    Kosovo "today, tomorrow or ever"", "not today, not tomorrow, not ever" (not "will meet today or tomorrow", nor
    "met today, and officials have never said")."""
    if ent.text.lower() not in _DAYS_OF_EVER:
        return False
    for token in ent.doc[ent.end : min(ent.end + 8, ent.sent.end)]:
        if token.lower_ in {"ever", "never", "forever"}:
            return True
        if token.lower_ not in _DAYS_OF_EVER | {",", "or", "nor", "and", "not"}:
            return False
    return False


def _same_verb(one: str, other: str) -> bool:
    """One verb in the present's third person or its base: "hits" and "hit" (the pipeline has no lemmas)."""
    one, other = sorted((one, other), key=len)
    return other in {one, one + "s", one + "es"}


def _figure_of_days(ent: Span) -> bool:
    """A unit the text uses as a figure, no time: what something depends on ("depending on the week"),
    days that are over ("The days when one capital decided our budget are over"; not "The days
    ahead will be hard") and a day to come no one can name ("The day is not far when ...", "A day will come
    when ..."; not "The day after the vote")."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.lower_ in _DEPENDING:
        return True
    rest = ent.doc[ent.end:ent.sent.end].text
    if ent.text.lower() in {"the day", "a day"} and ent.root.dep_ == "nsubj" and _DAY_TO_COME.match(rest):
        return True  # a day to come no one can name: "The day is not far when India will play in Lahore"
    return ent.text.lower() in {"the days", "those days"} and bool(_DAYS_OVER.match(rest))


def _part_of_thing(ent: Span) -> bool:
    """A half or quarter of a thing that is no time: "the first half of that phrase" (not "the first half
    of 2026", "the second half of the decade", "the first quarter of next year")."""
    doc = ent.doc
    if not _PART_OF.fullmatch(ent.text) or ent.end >= len(doc) or doc[ent.end].lower_ != "of":
        return False
    objects = [c for c in doc[ent.end].children if c.dep_ == "pobj"]
    return bool(objects) and not any(
        o.ent_type_ == "DATE" or _TIME_UNITS.fullmatch(o.text) or _YEAR_ALONE.fullmatch(o.text)
        or o.lower_ in _MONTHS or o.lower_ in _FEASTS for o in objects)


def _length_modifier(ent: Span) -> bool:
    """A count of units joined by a hyphen before the noun it measures, how long that thing lasts and no
    time: "a six-month technical rollover", "a full twelve-month renewal", "a one-year moratorium", "The
    two-day meeting", "a five-year plan" (not "six months ago", "a 12-nautical-mile zone", a measure)."""
    doc = ent.doc
    if not _LENGTH_MODIFIER.fullmatch(ent.text) or ent.end >= len(doc):
        return False
    return ent.root.head.i >= ent.end and ent.root.dep_ in {"nmod", "amod", "compound", "nummod"}


def _plan_name(ent: Span) -> bool:
    """A year that opens the name of a plan, its horizon: "the 2050 Strategy for the Blue Pacific
    Continent", "the 2030 Agenda" (not "the 2024 election", "the 2015 Paris Agreement")."""
    doc = ent.doc
    return (bool(_YEAR_ALONE.fullmatch(ent.text)) and ent.end < len(doc) and doc[ent.end].is_title
            and doc[ent.end].lower_ in _PLAN_NAMES and ent.start > 0 and doc[ent.start - 1].lower_ == "the")


def _in_a_row(ent: Span) -> bool:
    """A streak the tagger took without its "running" or "in a row": "for the third year running", also an ordinal
    unit after "for", the count of a streak ("Freight rates rose for a third day on Tuesday"; not "on the third day",
    nor "for the second week of March", a unit of something named)."""
    doc = ent.doc
    if not _ORDINAL_UNIT.fullmatch(ent.text):
        return False
    if ent.end < len(doc) and (doc[ent.end].lower_ == "running" or doc[ent.end : ent.end + 3].text.lower() == "in a row"):
        return True
    return (len(ent) == 3 and bool(_ORDINAL.fullmatch(ent[1].text)) and ent.start > 0 and doc[ent.start - 1].lower_ == "for"
            and (ent.end >= len(doc) or doc[ent.end].lower_ != "of"))


def _duration(ent: Span, counted: bool = True) -> bool:
    """A count of units that says how long something lasted, no time: "held a telephone talk for
    approximately 40 minutes", "has been closed for a decade", "The talks lasted nearly five weeks",
    "spent 140 days in the Arctic", "flew for about two hours", by how much ("could delay everything by two
    years"), over how long ("commit A$500 million over five years"; not "over the next five years"), a period's length ("a period of up to 15 years") and how long something went on ("after more than
    25 years of negotiations"); ``counted`` False for a bare plural unit, which only "for" and the verbs of
    lasting make one ("have been ready for months"; not "for months of overproduction") (not "within hours of
    the vote", "two weeks ago", "Three years later", "a decade after the war", "within two years of the deal")."""
    root, doc = ent.root, ent.doc
    if not counted and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return False  # "make up for months of overproduction", "followed by years of hostility": what the units are of
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i != root.head.i:
        return True
    if ent.start > 0 and doc[ent.start - 1].lower_ == "for" and doc[ent.start - 1].dep_ == "prep":
        return True  # "flew for about two hours before splashing", where the parser hangs the unit elsewhere
    if (counted or not (ent.end < len(doc) and doc[ent.end].lower_ == "of")) and root.dep_ == "pobj" \
            and root.head.lower_ == "by" and root.head.dep_ == "prep" and (
            root.head.head.dep_ == "ROOT" or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in root.head.head.children)):
        return True  # by how much: "could delay everything by two years", "deliveries have slipped by years"
    if counted and ent.start > 0 and doc[ent.start - 1].lower_ == "over":
        return True  # over how long: "commit A$500 million over five years" (not "over the next five years")
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _STRETCHES:
        return True  # "over a period of up to 15 years"
    # (a singular unit only right after "after": "after nearly a decade of talks")
    if counted and (root.lower_.endswith("s") or ent.start > 0 and doc[ent.start - 1].lower_ == "after") \
            and root.head.lower_ != "within" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.is_alpha and not any(
                d.dep_ in {"det", "poss"} for d in g.children) for g in c.children) for c in root.children):
        return True  # how long something went on: "after more than 25 years of negotiations"
    return root.dep_ in {"dobj", "obj", "npadvmod"} and root.head.lower_ in _LASTING


# an age as a bound, in words ("children under five"; in digits a level: "under 5")
_AGE_BOUND = re.compile(r"(?:under|over|below|above)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty|sixty|sixty-five|seventy)", re.I)
# the verbs of a term in prison, whose "to" takes its length: "was sentenced to 12 years"
_SENTENCES = frozenset({"sentenced", "sentence", "sentences", "sentencing", "condemned", "jailed", "imprisoned"})


def _prison_term(ent: Span) -> bool:
    """A count of units that is a prison term, no time: "He was sentenced to 12 years in January 2025",
    "sentenced the journalist to five years on Monday" (not "was sentenced in July", "jailed until 2027")."""
    if not _COUNT_OF_UNITS.fullmatch(ent.text):
        return False
    doc, root = ent.doc, ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ in _SENTENCES:
        return True
    # where the parser hangs the count elsewhere: "sentenced to", or "sentenced <someone> to", just before it
    return (ent.start > 1 and doc[ent.start - 1].lower_ == "to"
            and any(t.lower_ in _SENTENCES for t in doc[max(ent.sent.start, ent.start - 5) : ent.start - 1]))


def _count_of_days(ent: Span) -> bool:
    """A count of days after "on", the days on which something happened, none named: "entered the territorial
    waters on 41 days" (not "on 3 December", "on the first day"); and a stock counted in the days or months it
    lasts, an amount: "stores barely 30 days of water", "has two months of fuel left" (not "after 30 days of
    talks")."""
    doc = ent.doc
    if not _COUNT_OF_UNITS.fullmatch(_EMPHASIS_WORD.sub("", ent.text)):
        return False
    if (ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and doc[ent.end + 1].lower_ in _STOCKS
            and ent[-1].lower_ in {"days", "weeks", "months"}):
        return True
    return ent[-1].lower_ in {"days", "nights", "occasions"} and ent.start > 0 and doc[ent.start - 1].lower_ == "on"


def _after_units_of(ent: Span) -> bool:
    """A bare plural unit after "after" with what they were "of": how long something went on, no time, as "after
    more than 25 years of negotiations" is: "reopened the post after years of delays" (not "was followed by years of
    hostility")."""
    root, doc = ent.root, ent.doc
    return (ent.start > 0 and doc[ent.start - 1].lower_ == "after"
            and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.is_alpha for g in c.children)
                    for c in root.children))


def _superlatives_span(ent: Span) -> bool:
    """A count of units after "in" that measures how long it has been since the like of a superlative or a
    first: "would be the largest in a decade", "the first visit by a South Korean president in 12 years",
    "the highest figure in roughly two decades" (not "Prices have risen sharply in a decade")."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    head = root.head.head
    words = [head] + [c for c in head.children if c.dep_ in {"amod", "advmod"}]
    # "the most serious attempt in more than a year": the superlative's "most" hangs on the adjective
    words += [g for c in head.children if c.dep_ == "amod" for g in c.children if g.dep_ == "advmod"]
    # ... and on the verb's object, not of one to come: "launched its first satellite in almost two decades" (not
    # "will hold its first election in two years", which may be when)
    if not any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "’ll", "shall", "would", "to"} for c in head.children):
        words += [g for c in head.children if c.dep_ in {"dobj", "attr"} and c.i < root.head.i for g in c.children
                  if g.dep_ == "amod"]
    # ... or of a "never" it scopes: "in four decades I never saw"
    if any(c.lower_ == "never" for c in head.children):
        return True
    return any(w.lower_ in _SUPERLATIVE_WORDS or (w.lower_.endswith("est") and len(w.text) > 4 and w.lower_ not in _NOT_SUPERLATIVE
                                                  and (w.i != head.i or any(c.lower_ == "the" for c in head.children)))
               for w in words)


def _units_run_on(ent: Span) -> bool:
    """A span or duration the tagger ran across "and" into a bare plural unit counted from an event after it, no
    time: "its first launch in nearly two months and days after the drills" (the span of a first, and days after
    something that names no calendar unit)."""
    doc = ent.doc
    cut = next((t.i for t in ent if t.lower_ == "and"), None)
    if cut is None or ent.end - cut != 2 or ent[-1].lower_ not in _PLURAL_UNITS or ent.end >= len(doc) \
            or doc[ent.end].lower_ not in {"after", "before"}:
        return False
    part = doc[ent.start : cut]
    return bool(_COUNT_OF_UNITS.fullmatch(part.text)) and (_duration(part) or _superlatives_span(part))


# the units a range of bare numbers may count and still be a time: "from 5 to 7 years"
_TIME_UNITS = re.compile(r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|century|centurie)s?", re.I)


def _measure_range(ent: Span) -> bool:
    """A range of bare numbers that counts a noun outside it, which is a measure: "from 6 to 12
    nautical miles", "two or three more winters" (not "from 5 to 7 years", nor "2025 to 2027", nor "9 to 11 December")."""
    joiners = _DAY_JOINERS | {"or"}
    if not ent.doc.has_annotation("DEP") or not any(t.lower_ in joiners for t in ent):
        return False
    if not all(t.like_num or t.lower_ in joiners or (t.i == ent.start and t.lower_ in _RANGE_OPENERS) for t in ent) \
            or any(_YEAR_ALONE.fullmatch(t.text) for t in ent):
        return False
    head = ent.root.head
    return (ent.root.dep_ == "nummod" and not ent.start <= head.i < ent.end and not _TIME_UNITS.fullmatch(head.text)
            and not _MONTH_ALONE.fullmatch(head.text))


def _with_second_day(ent: Span, sent: Span) -> Span:
    """ "on November 5 and 6": a month and day with the second day the tagger left out after it
    (or cut from it: "October 8 and" and "9")."""
    doc = ent.doc
    joined = len(ent) > 1 and ent[-1].lower_ in _DAY_JOINERS
    day = ent.end if joined else ent.end + 1
    if (day < sent.end and _MONTH_AND_DAY.fullmatch(doc[ent.start : day - 1].text)
            and doc[day - 1].lower_ in _DAY_JOINERS and re.fullmatch(r"\d{1,2}", doc[day].text)
            and (doc[day].ent_type_ in {"", "CARDINAL"} or (doc[day].ent_iob_ == "B" and (day + 1 >= len(doc)
                                                                               or doc[day + 1].ent_iob_ != "I")))
            and ent.start <= doc[day].head.i < day):
        return doc[ent.start : day + 1]  # ... also where it tagged that day a date of its own: "July 7 and" and "8"
    if (day < sent.end and _MONTH_AND_DAY.fullmatch(doc[ent.start : day - 1].text) and doc[day - 1].lower_ in _DAY_JOINERS
            and doc[day].ent_iob_ == "B"):
        # ... or that day with the year of both: "November 29 and" and "30, 2025"
        second = next((e for e in ents_of(sent) if e.start == day), None)
        if second is not None and _DAY_AND_YEAR.fullmatch(second.text):
            return doc[ent.start : second.end]
    return ent


_DAY_AND_YEAR = re.compile(r"\d{1,2},?\s+(?:1[89]|20)\d\d")


def _how_long(ent: Span) -> bool:
    """A bare unit that says how long, not when: what something takes or someone spends
    ("Inspections will take hours", "has spent weeks on the phone"), a unit set against it ("hours,
    not weeks"), a unit denied beside another ("within weeks, not months": "months"), and the object of a verb the tagger ran into it ("ending months of shuttle
    diplomacy"); not "within hours", "in the coming months", nor "followed weeks of tension"."""
    doc, unit = ent.doc, ent[-1]
    if not doc.has_annotation("DEP") or len(ent) > 2:
        return False
    if len(ent) == 2:  # "ending months", "ending years": the verb and its object
        return (ent[0].lower_.endswith("ing") and unit.head.i == ent[0].i and unit.dep_ == "dobj"
                and unit.lower_.endswith("s") and bool(_TIME_UNITS.fullmatch(unit.text)))
    if unit.lower_ not in _BARE_UNITS:
        return False
    if unit.dep_ == "dobj" and unit.head.lower_ in _TAKES:
        return True
    words = []  # "hours, not weeks", "days or weeks": the unit before, and the words between
    for i in range(unit.i - 1, max(unit.i - 5, -1), -1):
        if doc[i].lower_ in _BARE_UNITS:
            if words and words[0] == "not" and all(w in {",", "not"} for w in words):
                return True  # the unit denied: "within weeks, not months" ("weeks" stays)
            return (doc[i].dep_ == "dobj" and doc[i].head.lower_ in _TAKES
                    and all(w in {",", "not", "or", "and", "but", "never"} for w in words))
        words.append(doc[i].lower_)
    return False


def _near_miss(ent: Span) -> bool:
    """ "Greece and Turkey came within hours of war": a bare unit after "came within" and before
    "of" and a noun without a determiner says how near, not when ("came within hours of the vote"
    is a time)."""
    doc = ent.doc
    if ent.text.lower() not in _BARE_UNITS or ent.start == 0 or ent.end + 1 >= len(doc):
        return False
    within, of, noun = doc[ent.start - 1], doc[ent.end], doc[ent.end + 1]
    return (within.lower_ == "within" and within.head.lower_ in _NEAR_MISS_VERBS and of.lower_ == "of"
            and noun.is_alpha and noun.is_lower and noun.lower_ not in {"the", "a", "an", "its", "their", "his", "her"})


# a day before its month (and year): "18 December", "18 December 2026"
_DAY_MONTH = re.compile(rf"\d{{1,2}}\s+{_MONTH}(?:\s+(?:1[89]|20)\d\d)?")
# "on the 17th": a day of the month alone after "on", and the words that may follow it
_ON_THE_DAY = re.compile(r"\bon\s+(?P<day>the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th))\b", re.I)
_AFTER_A_DAY = {"at", "in", "and", "or", "to", "when", "before", "after", "for", "with", "as", "of"}
_ORDINAL_ALONE = re.compile(r"(?:the\s+)?(?:[12]?\d|3[01])(?:st|nd|rd|th)", re.I)
# "the same evening", which the tagger leaves out: counted from the time named before, as "the same day" is
_SAME_PART = re.compile(r"\bthe\s+same\s+(?:morning|afternoon|evening|night)\b", re.I)


def _split_at_on(ent: Span) -> list[Span]:
    """A time the tagger ran into a weekday or a date after "on" is two: "its 63rd protest of the year on
    Wednesday" gives "the year" and "Wednesday"."""
    for token in ent[1:-1]:
        rest = ent.doc[token.i + 1 : ent.end]
        if token.lower_ == "on" and (rest.text.lower() in _WEEKDAYS or _MONTH_AND_DAY.fullmatch(rest.text)):
            return [ent.doc[ent.start : token.i], rest]
    return [ent]


# a fiscal year abbreviated, a word of its own: "FY27", "FY2026/27"
_FISCAL = re.compile(rf"\b(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?{FISCAL_YEAR.pattern}\b")
# a year and the next before a noun they qualify, which the tagger leaves out: "funds from the 2027/28 budget"
_YEAR_PAIR_BEFORE = re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)/(?P<next>\d\d)(?![\d/.-])(?=\s+[a-z])")
# the prepositions of time before a year the tagger may take for a count: "by 2035"
_YEAR_PREPOSITIONS = {"by", "in", "since", "until", "till", "before", "after"}


# a time the tagger ran on after a count of units: "sentenced to eight years the following year", "jailed for two
# years in 2021", "blockaded the city's fuel supplies for weeks last autumn"
_THEN_TIME = re.compile(r"(?:the\s+(?:following|next|previous|same)\s+\w+|in\s+(?:1[89]|20)\d\d"
                        r"|(?:earlier\s+|later\s+)?(?:last|this|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter))$",
                        re.I)


def _count_then_time(ent: Span) -> list[Span]:
    """A DATE entity that is a count of units and a time after it, two: "eight years the following year" is "eight
    years" (how long, a term) and "the following year"; "two years in 2021" is "two years" and "2021", "weeks last
    autumn" "weeks" and "last autumn" (not "two years ago", "three years later", "five years from now", "two years of
    talks")."""
    if ent.label_ not in {"DATE", "TIME"}:
        return [ent]
    for token in ent:
        if token.i == ent.start or token.lower_ not in {"the", "in", "last", "this", "next", "earlier", "later"}:
            continue
        count, rest = ent.doc[ent.start : token.i], ent.doc[token.i : ent.end]
        if ((_COUNT_OF_UNITS.fullmatch(count.text) or count.text.lower() in _BARE_UNITS | {"years"})
                and _THEN_TIME.fullmatch(rest.text)):
            rest = rest[1:] if rest[0].lower_ == "in" else rest
            return [Span(ent.doc, count.start, count.end, label=ent.label_), Span(ent.doc, rest.start, rest.end, label=ent.label_)]
        break
    return [ent]


def _date_entities(sent: Span) -> list[Span]:
    """The sentence's time expressions: DATE and TIME entities, a date the tagger labelled
    otherwise ("9 September 2025" as an EVENT), a season it left out ("the autumn"), a day it left
    out before its month ("9 December: ..."), a range the tagger cut in two ("14 and" and "15
    December 2027" are one) and a weekday it cut from its part of the day ("Tuesday" and "evening"
    are one); not a measure it took for a date ("the 12-nautical-mile zone"), nor what names no time
    ("resolution 2216", "Good afternoon", "year on year")."""
    per_unit = [(sent.start_char + m.start(), sent.start_char + m.end()) for m in _PER_UNIT.finditer(span_text(sent))]
    ents = [e for e in (part for e in ents_of(sent) for part in _count_then_time(e))
            if (e.label_ in {"DATE", "TIME"} or parse_date(e.text)) and not _age(e) and not _MEASURE.fullmatch(e.text)
            and not (e.label_ in {"DATE", "TIME"} and _no_time(e))
            and not any(start <= e.start_char and e.end_char <= end for start, end in per_unit)]
    for m in _SEASON.finditer(span_text(sent)):  # "planned for the autumn", which the tagger leaves out
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if span is not None and not any(t.ent_type_ for t in span):
            ents.append(span)
    for m in _FEAST.finditer(span_text(sent)):  # "after Nowruz", which the tagger may leave out
        span = sent.doc.char_span(sent.start_char + m.start("feast"), sent.start_char + m.end("feast"))
        if span is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in span):
            ents.append(span)
    for m in _SEASONAL.finditer(span_text(sent)):  # "before the next monsoon", "ahead of the harvest": vague
        span = sent.doc.char_span(sent.start_char + m.start("time"), sent.start_char + m.end("time"))
        word = sent.doc.char_span(sent.start_char + m.start("word"), sent.start_char + m.end("word"))
        if (span is not None and word is not None and span[-1].dep_ != "compound" and word[0].dep_ != "agent"
                and not any(t.ent_type_ in {"DATE", "TIME"} for t in span)):
            ents.append(span)
    for m in _NEAR_FUTURE.finditer(span_text(sent)):  # "in the near future": vague
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if span is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in span):
            ents.append(span)
    for token in sent:  # "arrives in Kyiv today for talks", where the tagger left "today" out: the document's day
        if token.lower_ == "today" and not token.ent_type_ and not _no_time(span := sent.doc[token.i : token.i + 1]):
            ents.append(span)
    for m in _SEASON_AFTER.finditer(span_text(sent)):  # "to fall before spring", which the tagger leaves out
        span = sent.doc.char_span(sent.start_char + m.start("season"), sent.start_char + m.end("season"))
        if span is not None and not any(t.ent_type_ for t in span):
            ents.append(span)
    for m in _FORTNIGHT.finditer(span_text(sent)):  # "within the next fortnight", which the tagger leaves out: vague
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if span is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in span):
            ents.append(span)
    for m in _NEXT_DAY.finditer(span_text(sent)):  # "Niger next day denied the claim"
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if span is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in span):
            ents.append(span)
    for m in _SAME_PART.finditer(span_text(sent)):  # "in a statement issued the same evening"
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if span is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in span):
            ents.append(span)
    for m in _DEADLINE_MONTH.finditer(span_text(sent)):  # 'would take place "no later than June."'
        span = sent.doc.char_span(sent.start_char + m.start("bound" if m.group("bound") else "time"),
                                  sent.start_char + m.end("time"))
        if span is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in span):
            ents.append(span)
    for m in _YEAR_RANGE.finditer(span_text(sent)):
        # "Work Plan 2026-2028 on Defence Industry Cooperation", which the tagger leaves out, or cuts ("2026–28")
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if (span is not None and m.group("last")[-2:] > m.group("first")[-2:]
                and not any(e.start <= span.start and span.end <= e.end for e in ents)
                and not any(e.label_ in _AMOUNTS and e.start <= span.start and span.end <= e.end
                            for e in sent.ents)):  # "1850-1900 tonnes": one number to the tagger
            ents.append(span)
    for e in ents_of(sent):
        # "predicts that by 2035 India's economy will be half the size": a year after a preposition of time that the
        # tagger took for a count (not "by 2030 tonnes", a count of a noun), also with a bound it took in ("would stay
        # until at least 2028")
        if (e.label_ == "CARDINAL" and _YEAR_LIKE.fullmatch(e[-1].text) and e.start > sent.start
                and (len(e) == 1 or _BOUND.fullmatch(e[:-1].text + " ")) and e[-1].dep_ == "pobj"
                and e[-1].head.i == e.start - 1 and e[-1].head.lower_ in _YEAR_PREPOSITIONS):
            ents.append(e)
        elif _year_before_noun(e):
            ents.append(e)  # "renew the 2022 security agreement": a year before a noun, as "the 2030 target" is
    for token in sent:
        # "could emerge as early as 2035": a year after a bound of "as ... as" that the tagger left out
        if (not token.ent_type_ and _YEAR_LIKE.fullmatch(token.text) and token.dep_ == "pobj" and token.head.lower_ == "as"
                and token.i - 3 >= sent.start and sent.doc[token.i - 3].lower_ == "as"
                and sent.doc[token.i - 2].lower_ in {"early", "late", "soon"}):
            ents.append(sent.doc[token.i : token.i + 1])
    for token in sent:
        # "founded by the Ottawa Declaration of 1996": a year after "of" on a noun that the tagger left out, the name it
        # ended taken for its own (not a count, "a crowd of 1500", which it labels one)
        if (not token.ent_type_ and _YEAR_LIKE.fullmatch(token.text) and token.dep_ == "pobj" and token.head.lower_ == "of"
                and token.head.head.i < token.head.i and token.head.head.is_alpha
                and token.head.head.lower_ not in _COUNTED):
            ents.append(sent.doc[token.i : token.i + 1])
    for m in _FISCAL.finditer(span_text(sent)):
        # "to 84% of GDP in FY27", which the tagger leaves out or takes for a place (not "ending June 2027 (FY27)",
        # the abbreviation of the time just named)
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        # the abbreviation itself untagged ("the end of" may be a DATE of its own, which the whole then holds)
        fiscal = sent.doc.char_span(sent.start_char + m.end() - len(FISCAL_YEAR.search(m.group()).group()),
                                    sent.start_char + m.end())
        if (span is not None and fiscal is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in fiscal)
                and not (span.start - 2 >= sent.start and sent.doc[span.start - 1].text == "("
                         and sent.doc[span.start - 2].ent_type_ in {"DATE", "TIME"})):
            ents.append(span)
    for m in _YEAR_PAIR_BEFORE.finditer(span_text(sent)):
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if (span is not None and int(m.group("next")) == (int(m.group("year")) + 1) % 100
                and not any(t.ent_type_ in {"DATE", "TIME"} for t in span) and not _no_time(span)):
            ents.append(span)
    for m in _NEXT_UNIT.finditer(span_text(sent)):
        # "scheduled for Santiago next September", "in Asia and the Pacific next year" (one LOC to the tagger)
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if span is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in span):
            ents.append(span)
    for m in _MONTH_RANGE.finditer(span_text(sent)):
        # "fell by a quarter between January and March": a range the tagger left out after the amount it took
        # for a time
        span = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if span is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in span[:3]):
            ents.append(span)  # also where it took the second end alone: "and April 2025"
    if (m := HEAD_TIME.match(span_text(sent))):  # "Late 2025: Border commissions resume work": a timeline's entry
        span = sent.doc.char_span(sent.start_char + m.start("time"), sent.start_char + m.end("time"))
        if span is not None:
            ents = [e for e in ents if e.end <= span.start or e.start >= span.end] + [span]
    doc = sent.doc
    ents = [_with_second_day(e, sent) for e in ents]
    ents = [e for e in ents if not any(o.start <= e.start and e.end <= o.end and len(o) > len(e) for o in ents)]
    # "this summer's problems", "as this year's chair": the word the tagger cut from a season or a unit, which
    # says which one
    ents = [doc[e.start - 1 : e.end] if e.start > sent.start and (_SEASON.match(doc[e.start - 1 : e.end].text)
                                                                  or _WHICH_UNIT.fullmatch(doc[e.start - 1 : e.end].text))
            and not doc[e.start - 1].ent_type_ else e for e in ents]
    # ... with its possessive, as "Last year's" keeps it: "this year's"
    ents = [doc[e.start : e.end + 1] if _WHICH_UNIT.fullmatch(e.text) and e.end < sent.end
            and doc[e.end].text in {"'s", "’s"} else e for e in ents]
    # "for the rest of the month": the words the tagger cut from the unit, which say it is the current one
    # (also "for most of the year", "much of the month")
    ents = [next((doc[e.start - n : e.end] for n in (3, 2) if e.start - n >= sent.start
                  and _REST_OF.fullmatch(doc[e.start - n : e.start].text)), e) if _UNIT_ALONE.fullmatch(e.text) else e
            for e in ents]
    # "the night before", "the day after": the word after the unit that counts it from a time named before
    # (an adverb that ends its clause; not "the night before the vote", "the day before talks began")
    ents = [doc[e.start : e.end + 1] if (_UNIT_ALONE.fullmatch(e.text) or _DAY_UNIT.fullmatch(e.text))
            and e.end < sent.end and doc[e.end].lower_ in {"before", "after", "earlier", "later"}
            and (e.end + 1 == sent.end or doc[e.end + 1].is_punct or doc[e.end + 1].dep_ == "cc") else e for e in ents]
    # "in the first half of this year alone": an adverb the tagger ran into the time
    ents = [doc[e.start : e.end - 1] if len(e) > 1 and e[-1].lower_ == "alone" else e for e in ents]
    # "9 December: UN Security Council briefing", "on 2 September 2026": a day the tagger left out before its month
    ents = [doc[e.start - 1 : e.end] if e.start > sent.start and _MONTH_YEAR.fullmatch(e.text)
            and re.fullmatch(r"\d{1,2}", doc[e.start - 1].text) and doc[e.start - 1].ent_type_ in {"", "CARDINAL"} else e
            for e in ents]
    # "on 17 and 18 December": the first day of a range the tagger took for a number before the day and month
    ents = [doc[e.start - 2 : e.end] if e.start - 2 >= sent.start and _DAY_MONTH.fullmatch(e.text)
            and doc[e.start - 1].lower_ in _DAY_JOINERS and re.fullmatch(r"\d{1,2}", doc[e.start - 2].text)
            and doc[e.start - 2].ent_type_ in {"", "CARDINAL"} else e for e in ents]
    # "will travel to Montevideo on the 17th": a day of the month alone the tagger left out (or took for an
    # ordinal), where no noun follows it ("on the 17th floor", "the 17th century" are none)
    for m in _ON_THE_DAY.finditer(span_text(sent)):
        span = doc.char_span(sent.start_char + m.start("day"), sent.start_char + m.end("day"))
        if (span is not None and not any(t.ent_type_ in {"DATE", "TIME"} for t in span)
                and (span.end == sent.end or not doc[span.end].is_alpha or doc[span.end].lower_ in _AFTER_A_DAY)):
            ents.append(span)
    ents = [part for e in ents for part in _split_at_on(e)]
    # "by 1430 GMT": the zone the tagger cut from a clock time (a time of day, no date)
    ents = [doc[e.start : e.end + 1] if e.end < sent.end and (_CLOCK.fullmatch(e.text) or _TWELVE_HOUR.fullmatch(e.text))
            and _ZONE.fullmatch(doc[e.end].text) else e for e in ents]
    # "born on 22 Jul 1971": a day and a month the tagger left out before a year
    ents = [doc[e.start - 2 : e.end] if e.start - 2 >= sent.start and _YEAR_IN.fullmatch(e.text)
            and _MONTH_ALONE.fullmatch(doc[e.start - 1].text) and re.fullmatch(r"\d{1,2}", doc[e.start - 2].text)
            and not doc[e.start - 1].ent_type_ and doc[e.start - 2].ent_type_ in {"", "CARDINAL"} else e
            for e in ents]
    # "The following March": the words the tagger left out before a month, which count it from a time named before
    ents = [doc[e.start - 2 : e.end] if e.start - 2 >= sent.start and _MONTH_ALONE.fullmatch(e.text)
            and doc[e.start - 2 : e.start].text.lower() == "the following" else e for e in ents]
    # "on a typical Monday morning", "Every Monday morning": the words the tagger cut from a weekday that make it any
    # such day (normalise_time reads them)
    ents = [doc[k : e.end] if (k := _described_weekday(e, sent)) is not None else e for e in ents]
    # "Aug 11": a month the tagger left out before its day (a DATE)
    ents = [doc[e.start - 1 : e.end] if e.start > sent.start and re.fullmatch(r"\d{1,2}", e.text)
            and doc[e.start - 1].text.rstrip(".").lower() in _MONTHS and not doc[e.start - 1].ent_type_ else e
            for e in ents]
    # "from 2004 to 2014": a year the tagger left out after the year that opens a range (also where it took the
    # opening word with the first year: "between 1992" and "2025")
    ents = [doc[e.start : e.end + 2] if _YEAR_ALONE.fullmatch(e[-1].text) and e.end + 1 < sent.end
            and ((len(e) == 1 and e.start > sent.start and doc[e.start - 1].lower_ in {"from", "between"})
                 or (len(e) == 2 and e[0].lower_ in {"from", "between"}))
            and doc[e.end].lower_ in _RANGE_YEAR_JOINERS
            and _YEAR_ALONE.fullmatch(doc[e.end + 1].text) and doc[e.end + 1].ent_type_ in {"", "CARDINAL"} else e
            for e in ents]
    # "rose by a quarter from June to August": a month the tagger left out that opens a range ending in a month
    ents = [doc[e.start - 3 : e.end] if e.start - 3 >= sent.start and _MONTH_ALONE.fullmatch(e.text)
            and doc[e.start - 3].lower_ in {"from", "between"} and doc[e.start - 1].lower_ in _RANGE_YEAR_JOINERS
            and _MONTH_ALONE.fullmatch(doc[e.start - 2].text) and not doc[e.start - 2].ent_type_ else e
            for e in ents]
    # "In the autumn of 2025": the season the tagger left out before the year it names
    ents = [doc[e.start - len(m.group().split()) : e.end] if _YEAR_ALONE.fullmatch(e.text)
            and (m := _SEASON_OF.search(doc[max(sent.start, e.start - 5) : e.start].text))
            and m.end() == len(doc[max(sent.start, e.start - 5) : e.start].text)
            and not any(t.ent_type_ for t in doc[e.start - len(m.group().split()) : e.start]) else e for e in ents]
    # "in the week of 12 October": the week the tagger cut from the day it is of, or left out
    ents = [doc[e.start - 3 : e.end] if e.start - 3 >= sent.start and doc[e.start - 1].lower_ == "of"
            and doc[e.start - 2].lower_ == "week" and doc[e.start - 3].lower_ == "the"
            and _MONTH_DAY_ONLY.fullmatch(e.text) else e for e in ents]
    ents = [e for e in ents if not any(f.start <= e.start and e.end <= f.end and len(f) > len(e)
                                       and f.text.lower().startswith("the week of ") for f in ents)]
    # "Dec 3: EU foreign ministers meet": a month the tagger left out before its day (a number)
    ents += [doc[e.start - 1 : e.end] for e in ents_of(sent)
             if e.label_ == "CARDINAL" and re.fullmatch(r"\d{1,2}", e.text) and e.start > sent.start
             and _MONTH_ALONE.fullmatch(doc[e.start - 1].text) and not doc[e.start - 1].ent_type_]
    # "to present by Dec 3 options": a month and day the tagger took for a number
    ents += [e for e in ents_of(sent) if e.label_ == "CARDINAL" and _MONTH_AND_DAY.fullmatch(e.text)]
    ents = _bare_days(sent, ents)
    ents = [_relative_tail(e) for e in ents]
    # "in late January and early February 2026": the second month of a range the tagger stopped at "and"
    ents = [_with_second_month(e, sent) for e in ents]
    # "by 0900 GMT", "at 1800 local time": a clock time the tagger left out or took for a year (not one inside a
    # longer time it found)
    clocks = [c for c in _clock_times(sent) if not any(e.start <= c.start and c.end <= e.end and len(e) > len(c)
                                                        for e in ents)]
    ents = [e for e in ents if not any(c.start <= e.start and e.end <= c.end for c in clocks)] + clocks
    ents.sort(key=lambda e: e.start)
    out: list[Span] = []
    for ent in ents:
        if (out and out[-1].end == ent.start and out[-1][-1].lower_ in {"and", "to", "-", "–"}
                and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", out[-1][0].text)):
            out[-1] = sent.doc[out[-1].start : ent.end]
        elif out and out[-1].end == ent.start and _DAY_RANGE.fullmatch(out[-1].text) and _MONTH_YEAR.fullmatch(ent.text):
            out[-1] = sent.doc[out[-1].start : ent.end]  # "from 26 to 28" and "October": one range, as "14 to 16 March"
        elif (out and out[-1].end == ent.start and _SEASON_OF.fullmatch(out[-1].text)
              and _YEAR_ALONE.fullmatch(ent.text)):
            out[-1] = sent.doc[out[-1].start : ent.end]  # "the autumn of" and "2025": one time
        elif out and _weekday_then_date(out[-1], ent):
            out[-1] = sent.doc[out[-1].start : ent.end]
        elif out and out[-1].end == ent.start and out[-1][-1].lower_ in _WEEKDAYS and ent.text.lower() in _PARTS_OF_DAY:
            out[-1] = sent.doc[out[-1].start : ent.end]  # "on Tuesday evening": the day, as "Sunday night" is
        elif out and out[-1].end == ent.start and _BOUND.fullmatch(out[-1].text_with_ws):
            out[-1] = sent.doc[out[-1].start : ent.end]  # "no later than" and "Sunday": the bound and its day
        else:
            out.append(ent)
    return out


def _bare_days(sent: Span, ents: list[Span]) -> list[Span]:
    """``ents`` with the days and months the tagger left out or took for a number ("RSF drones 4 Jan struck", "Baku
    22 Jan lifted": ``BARE_DAY``), in place of the number it found alone; not where a time found already runs past
    one ("from 14 to 16 March"), nor a month that opens a name the tagger found ("3 Jan Kowalski")."""
    doc = sent.doc
    for m in BARE_DAY.finditer(span_text(sent)):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if span is not None and len(span) > 1 and span[-1].text == ".":
            span = span[:-1]  # "on 4 Jan." that ends the sentence
        if span is None or any(e.start < span.end and span.start < e.end and not (span.start <= e.start and e.end <= span.end)
                               for e in ents):
            continue
        month = next(t for t in span if t.text[:1].isalpha())  # ("Jan." may be one token)
        if month.ent_type_ and month.i + 1 < sent.end and doc[month.i + 1].ent_iob_ == "I":
            continue  # "Jan Kowalski": a given name the tagger found
        ents = [e for e in ents if not (span.start <= e.start and e.end <= span.end)] + [span]
    return ents


def _described_weekday(ent: Span, sent: Span) -> int | None:
    """Where the words the tagger cut from a weekday start, when an article and one or two describing words
    that make it any such day ("a typical Monday", "an ordinary Friday"), or "every"/"each", stand right before it;
    else None (not "held a meeting Monday", "on a Tuesday", nor a day described, "On a hot Thursday in November")."""
    doc, i = sent.doc, ent.start - 1
    if ent[0].lower_ not in _WEEKDAYS:
        return None
    words = 0
    while i >= sent.start and i >= ent.start - 4 and not doc[i].ent_type_ and (
            (doc[i].dep_ == "amod" and doc[i].is_lower and doc[i].is_alpha) or (doc[i].text == "," and words)):
        words += doc[i].text != ","
        i -= 1
    if i < sent.start or doc[i].dep_ != "det" or doc[i].ent_type_:
        return None
    if doc[i].lower_ in {"every", "each"} or (words and doc[i].lower_ in {"a", "an", "one"} and any(
            t.lower_ in _ANY_SUCH_DAY for t in doc[i + 1 : ent.start])):
        return i
    return None


_PART_OF_MONTH = {"early", "late", "mid", "mid-"}


def _with_second_month(ent: Span, sent: Span) -> Span:
    """``ent`` with the month, and its year, after the "and" or "to" the tagger stopped at ("late
    January and" of "in late January and early February 2026" is the range to "early February
    2026"); not where words other than a part of a month stand between ("January and the
    ministers' February report")."""
    doc = ent.doc
    if len(ent) < 2 or ent[-1].lower_ not in {"and", "to"} or not _MONTH_ALONE.fullmatch(ent[-2].text):
        return ent
    i = ent.end
    if i < sent.end and doc[i].lower_ in _PART_OF_MONTH:
        i += 1
    if i >= sent.end or not _MONTH_ALONE.fullmatch(doc[i].text):
        return ent
    end = i + 1
    if end < sent.end and _YEAR_ALONE.fullmatch(doc[end].text):
        end += 1
    return doc[ent.start : end]


def _relative_tail(ent: Span) -> Span:
    """``ent`` without the words the tagger ran into a month or unit named relatively where
    together they name no time: "earths last month" (in "exports of rare earths last month") is
    "last month", "eleven days late last month" "late last month"; "May last year", "later this
    month" and "Tuesday last week" stay whole."""
    m = _NEXT_UNIT.search(ent.text)
    if (m is None or m.start() == 0 or m.end() != len(ent.text) or normalise_period(ent.text, _ANY_DAY)
            or normalise_time(ent.text, _ANY_DAY)
            or any(w in _WEEKDAYS or w in _MONTHS or w.isdigit() for w in ent.text[: m.start()].lower().split())):
        return ent
    tails = [ent.doc[t.i : ent.end] for t in ent[1:] if t.idx <= ent.start_char + m.start()]
    return next((tail for tail in tails if normalise_period(tail.text, _ANY_DAY)), ent)


def _weekday_then_date(weekday: Span, ent: Span) -> bool:
    """ "Friday, 16 October", "Friday 16 October": a weekday and the date after it, which the
    tagger may give as "Friday" and "October" with the day a number between them, are one time."""
    doc = weekday.doc
    between = doc[weekday.end : ent.start]
    return (len(weekday) == 1 and weekday[0].lower_ in _WEEKDAYS and len(between) <= 2
            and (between[0].text == "," if between else bool(parse_date(f"{ent.text} 2000")))  # not "Tuesday last week"
            and all(t.is_digit and len(t.text) <= 2 for t in between[1:]))
