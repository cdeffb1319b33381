"""The entry point: one article in, its events out; and the within-article de-duplication."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.history import one_state
from transforms.records import Event, Mention, Sentence
from transforms.expulsions import candidate_sentences, lists, sentence_merge, story, tables
from transforms.expulsions.actors import Actor, agent_phrase, find_actor
from transforms.expulsions.context import ArticleContext
from transforms.expulsions.counts import number_value
from transforms.expulsions.denied_reports import withdraw_denied_reports, withdraw_reports_denied_after
from transforms.expulsions.elaborations import elaborated
from transforms.expulsions.event_id import make_event_id
from transforms.expulsions.lists import split_elliptical_list
from transforms.expulsions.mentions import qualified_by_nationality, state_of
from transforms.expulsions.readable_case import readable_case
from transforms.expulsions.modality import AGGREGATE, ASSERTED
from transforms.expulsions.months_told import other_months
from transforms.expulsions.window_modality import classify_modality
from transforms.expulsions.parse_words import HEADS_OF_MISSION, PATTERNS
from transforms.expulsions.targets import find_target
from transforms.expulsions.tokens import Unit, analysis_units, match_personnel, tokenize
from transforms.expulsions.triggers import drop_overlaps, find_cut_triggers, find_triggers
from transforms.expulsions.years import (bounded_by_term, dated_item, state_in_year, year_counted_back, year_from_text,
                                        year_of_that_time)


def extract_events(article_id: str, text: str, published_date: Optional[str],
                   sentences: Sequence[Sentence], mentions: Sequence[Mention], parse=None) -> list[Event]:
    """Every expulsion event the article tells, one per (expelling, expelled, count).

    With `parse` (texts -> parsed spaCy Docs) the sentences with a trigger candidate are read from
    their dependency parse (grammar.py, story.py); the window rules below remain the fallback for
    what the parse does not read."""
    mentions = qualified_by_nationality(text, mentions)
    spans = analysis_units(text, sentences)
    units = [Unit(text, a, b, mentions) for a, b in spans]
    context = ArticleContext(units, mentions)
    events: list[Event] = []
    for idx, unit in enumerate(units):
        events.extend(_events_in_unit(article_id, unit, units[:idx], context, published_date, text[:unit.start]))
    if parse is not None:
        grammar, settled, unnamed, untold = story.grammar_events(article_id, text, published_date, spans, mentions,
                                                                      parse, context.of_diplomats, context.diplomatic)
        events = elaborated(sentence_merge.merge(events, grammar, spans, settled, unnamed), untold, spans)
    rows = tables.table_events(article_id, text, published_date, mentions)
    if rows:   # the rows say who expelled how many; a sentence reading across them does not
        events = [e for e in events if not any(e.start_char < r.end_char and r.start_char < e.end_char for r in rows)]
    events += rows
    events = withdraw_reports_denied_after(withdraw_denied_reports(story.complete_from_story(events)), text, spans)
    return deduplicate(events, text, parse)


def texts_to_parse(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[str]:
    """The texts `extract_events(..., parse)` with these arguments gives `parse` first, in that order: each
    sentence with a trigger candidate, from after its dateline, as the parser reads it (readable_case.py).
    A caller that parses the sentences of several articles together asks for them ahead (transforms/analyse.py)."""
    mentions = qualified_by_nationality(text, mentions)
    units = analysis_units(text, sentences)
    return [readable_case(text, candidate_sentences.parse_start(text, units[k]), units[k][1], mentions)
            for k in candidate_sentences.candidate_units(text, tuple(units))]


def _events_in_unit(article_id: str, unit: Unit, previous: Sequence[Unit], context: ArticleContext,
                    published_date: Optional[str], before: str = "") -> list[Event]:
    tokens = unit.tokens
    triggers = drop_overlaps(find_triggers(tokens) + find_cut_triggers(unit))
    out: list[Event] = []
    used: list[tuple[int, int]] = []
    for trig in triggers:
        target = find_target(unit, trig, triggers, context)
        if target is None:
            continue
        if any(target.lo < hi and lo < target.hi for lo, hi in used) and not target.pronoun:
            continue   # "ordered the expulsion of ..." already read through another trigger
        used.append((target.lo, target.hi))
        actor = find_actor(unit, trig, target, context, previous)
        expelled = target.country
        if expelled is None and actor.state is not None and not target.pronoun \
                and target.hi < len(tokens) and tokens[target.hi].norm == "from":
            origin = agent_phrase(unit, target.hi + 1)
            if origin is not None and origin.aggregate:
                actor = Actor(None, actor.text, True)
            elif origin is not None and origin.state != actor.state:
                expelled = origin.state
        t_char = unit.char_of(trig.i) - unit.start
        clause_start = max(unit.text.rfind(";", 0, t_char) + 1, 0)
        pre = unit.text[max(clause_start, t_char - 150):t_char]
        post_at = unit.char_of(trig.j) - unit.start
        post = unit.text[post_at:post_at + 100]
        modality = classify_modality(pre, post, unit.text, trig, tokens[trig.j - 1].text, actor,
                                     counted=target.count is not None)
        if modality == AGGREGATE and actor.open and not actor.aggregate:
            modality = ASSERTED   # if the story names the actor (story.complete_from_story); else aggregate
        if target.pronoun and modality == ASSERTED:
            continue   # "expelled them": not enough to say who
        year, from_text = year_from_text(unit.text, t_char, published_date, before)
        year = bounded_by_term(year, from_text, published_date, actor.mention)
        found = [(actor.state, expelled, target.count, target.at_least, actor.text)]
        found += [(state, expelled, target.count, target.at_least, text) for state, text in actor.others]
        if target.count is not None and actor.state is not None:
            found += [(state_of(span.mention)[0], expelled, value, False, span.mention.text)
                      for span, value in split_elliptical_list(unit, target.hi)]
        shape = None if target.pronoun else (
            lists.reciprocal(unit, trig.i, trig.j, target.count)
            or lists.each_the_other(unit, trig.i, target.count, expelled)
            or lists.between_pair(unit, trig.i, trig.j, target.count, expelled)
            or lists.respectively(unit, trig.i, trig.j, target.hi, expelled)
            or lists.heading_list(unit, trig.i, target.count, target.at_least, expelled)
            or lists.bracket_counts(unit, expelled)
            or lists.colon_list(unit, trig.j, expelled))
        if shape:
            found = shape   # several states, each its own expulsion
            modality = ASSERTED if modality == AGGREGATE else modality
        elif actor.state is not None and not target.pronoun:
            found += lists.nationality_items(unit, target.hi, actor.state)
        for expelling, expelled_c, count, at_least, actor_text in found:
            if one_state(expelling, expelled_c):
                continue   # a state sending home its own diplomats is a recall
            if modality in (ASSERTED, AGGREGATE) and expelling is None and expelled_c is None and count is None:
                continue
            expelling, expelled_c = state_in_year(expelling, year), state_in_year(expelled_c, year)
            out.append(Event(
                event_id=make_event_id(article_id, unit.start, unit.end, expelling, expelled_c, count, modality),
                article_id=article_id, expelling_country=expelling, expelled_country=expelled_c,
                count=count, at_least=at_least, event_year=year, modality=modality, sentence=unit.text,
                start_char=unit.start, end_char=unit.end, trigger=trig.word, actor_text=actor_text,
                published_date=published_date))
    return out


def _title_words() -> str:
    """The heads of mission of patterns/grammar.json ("ambassadors", "chargés d'affaires"), each word's
    plural "s" optional, as one regex alternation."""
    def words(phrase: str) -> str:
        return r"\s+".join(re.escape(w[:-1]) + "s?" if w.endswith("s") else re.escape(w) for w in phrase.split())
    return "|".join(words(p) for p in sorted(HEADS_OF_MISSION, key=len, reverse=True))


_HEAD_OF_MISSION = re.compile(r"\b(?:" + _title_words() + r")\b", re.IGNORECASE)
# "the Iranian ambassador and 14 other diplomats", "the envoy along with five other members of staff", "the
# ambassador to Ruritania, as well as three other officials", "Nicaragua's ambassador and another Nicaraguan diplomat"
_HEAD_AND_OTHERS = re.compile(r"\b(?:" + _title_words() + r")\b[^.;]{0,40}?\b(?:and|along with|together with|as well as)\b"
                              r"[^.;]{0,30}?\b(?:an)?others?\b", re.IGNORECASE)


def _one_of_the_group(events: Sequence[Event]) -> list[Event]:
    """An asserted expulsion of one head of mission ("given the Iranian ambassador seven days to leave",
    "the expulsion of the ambassador was the first ever") beside one of the same states and year that counts
    the head of mission with others ("the Iranian ambassador and three other diplomats had been given seven
    days"): the one is of the group, not an expulsion of its own."""
    groups = {(e.expelling_country, e.expelled_country, e.event_year) for e in events
              if e.modality == ASSERTED and (e.count or 0) > 1 and _HEAD_AND_OTHERS.search(e.sentence)}
    return [e for e in events if not (e.modality == ASSERTED and e.count == 1 and _HEAD_OF_MISSION.search(e.sentence)
                                      and (e.expelling_country, e.expelled_country, e.event_year) in groups)
            and not _another_named_member(e, events)]


# "Deblin Petrov, another Freedonian official, was also expelled", "Another counselor, Ivan Petrov, was also ordered
# to leave": a name in apposition with "another" one of the people, told as also gone
_NAMED_ANOTHER = re.compile(r"(?:[A-Z][\w'-]+\s+)+[A-Z][\w'-]+,\s+another\b|\b[Aa]nother\s+[^,;]{1,40},\s+"
                            r"(?:[A-Z][\w'-]+\s+)+[A-Z][\w'-]+,")


def _another_named_member(e: Event, events: Sequence[Event]) -> bool:
    """One person named as "another" of the people and "also" expelled ("said Deblin Petrov, another Freedonian
    official, was also being expelled"), after an asserted expulsion of more than one of the same states and year
    told before it: one of those counted, named, not one more."""
    if e.modality != ASSERTED or e.count != 1 or not re.search(r"\balso\b", e.sentence) or \
            not _NAMED_ANOTHER.search(e.sentence) or not _another_one(e.sentence):
        return False
    return any(o.modality == ASSERTED and (o.count or 0) > 1 and o.start_char < e.start_char and
               (o.expelling_country, o.expelled_country, o.event_year) ==
               (e.expelling_country, e.expelled_country, e.event_year) for o in events)


_MORE = re.compile(r"\b(?:(?:another|a further)\s+(?P<a>[\w-]+)|(?P<b>[\w-]+)\s+(?:more|further|additional))\b", re.I)


def _another_one(sentence: str) -> bool:
    """"India had expelled another Pakistani official": "another" before one diplomatic noun (a nationality or
    a title's words between them) is one more person than those told before; "the spouse of another one" names
    whose spouse, no one more expelled."""
    tokens = tokenize(sentence)
    for k, t in enumerate(tokens):
        if t.norm != "another" or (k > 0 and tokens[k - 1].norm == "of"):
            continue
        for j in range(k + 1, min(k + 4, len(tokens))):
            hit = match_personnel(tokens, j, len(tokens))
            if hit is not None:
                return hit[1] == "s"
    return False


# "it followed this up by demanding the withdrawal of two ...", "declared five diplomats persona non grata, on top of
# five expelled the previous week": a step told as one more after another of its kind
_FOLLOW_UP = re.compile(r"\bfollow\w*\s+(?:this|that|it)\s+up\s+(?:by|with)\b|\bon\s+top\s+of\s+(?:the\s+)?(?P<n>[\w-]+)",
                        re.I)


def _followed_up(sentence: str) -> bool:
    """Does the sentence tell its step as one taken after another ("followed this up by expelling", "on top of five
    expelled the week before": "on top of" a number only)?"""
    for m in _FOLLOW_UP.finditer(sentence):
        word = (m.group("n") or "").lower()
        if not word or (int(word) if word.isdigit() else number_value(word.split("-"))):
            return True
    return False


def _more_of_them(e: Event) -> bool:
    """Does the event's sentence count its people as more than those told before ("the Soviets expelled five
    more Americans", "another three", "a further two", "followed this up by expelling two", "on top of five expelled
    the week before")? Then it is another expulsion, not a repeat."""
    if e.count is None:
        return False
    if _followed_up(e.sentence):
        return True
    if e.count == 1 and _another_one(e.sentence):
        return True
    for m in _MORE.finditer(e.sentence):
        if e.sentence[max(0, m.start() - 3):m.start()].lower() == "of ":
            continue   # "the spouse of another one": whose spouse
        word = (m.group("a") or m.group("b")).lower()
        value = int(word) if word.isdigit() else number_value(word.split("-"))
        if value == e.count:
            return True
    return False


_STAFF_POSTS = frozenset(PATTERNS["staff_heads"]) | frozenset(PATTERNS["mission_service"])


def _posts(sentence: str) -> set[str]:
    """The posts a sentence names its people by ("attache", "military attache", "adviser": patterns/grammar.json
    staff_heads and mission_service words too); every title of a head of mission ("ambassador", "envoy", "charge
    d'affaires") is one post."""
    tokens, out = tokenize(sentence), set()
    for k in range(len(tokens)):
        if tokens[k].norm in _STAFF_POSTS:   # "a political adviser": a post that alone names no diplomat
            out.add(tokens[k].norm)
        hit = match_personnel(tokens, k, len(tokens))
        if hit is not None:
            words = " ".join(t.norm for t in tokens[k:k + hit[0]])
            out.add("head of mission" if _HEAD_OF_MISSION.fullmatch(words) else words)
    return out


def _also_on_trigger(e: Event) -> bool:
    """Does "also" stand just before the event's trigger ("also declared", "was also asked to leave"), not on another
    verb of the sentence ("expelled an officer for also allegedly being connected to ...")?"""
    words = (e.trigger or "").split()
    at = e.sentence.find(words[0]) if words else -1
    return at > 0 and re.search(r"\balso\s+(?:\w+\s+){0,2}$", e.sentence[:at], re.IGNORECASE) is not None


def _also_another_post(e: Event, kept: Sequence[Event]) -> bool:
    """"Mexico ... will expel the Cuban ambassador. The government also declared a political adviser in the Cuban
    Embassy persona non grata": one person "also" expelled, by a post that no sentence kept for the same states and
    count names, is another expulsion, not the one told again ("The envoy was also told to leave" after "expelled the
    ambassador" names the same post, and is a repeat)."""
    if e.count != 1 or not _also_on_trigger(e):
        return False
    posts = _posts(e.sentence)
    return bool(posts) and not posts & set().union(*(_posts(k.sentence) for k in kept))


def deduplicate(events: Sequence[Event], text: str = "", parse=None) -> list[Event]:
    """One event per (expelling, expelled, count, modality), unless a later one's own sentence writes another year
    than those kept ("... in 2018", "In March 2018, ...", a chronology's "June 1988: ..."); a count-less repeat of a
    counted pair (also under the name of its successor or predecessor state) is dropped, unless its own sentence
    writes another year ("previously kicked out Russian diplomats in 2018") or each dates its act to another month
    (months_told: "In March X expelled two ... In October it expelled ... again"), and so is one head of
    mission told beside a group that counts them with others (`_one_of_the_group`). People counted as more
    than those told before ("five more Americans") are another expulsion, even of the same number; the same
    "six more" told again in the story (the lead, then the minister's words), or named again as those told
    ("All six were given three weeks to leave"), is that one expulsion. `text`, the
    article's, gives the dated label of a chronology's item to each of its sentences ("* March 1989: ... X is
    expelled. Y is given 48 hours to leave": both of 1989); `parse` (sentence texts -> parsed Docs) reads the
    month each sentence dates its act to."""
    events = _one_of_the_group(events)
    seen: dict = {}   # key -> (year, dated item) of the events kept with it
    days: dict = {}   # key -> the days the sentences of the events kept with it open with (None: no day)
    kept: dict = {}   # key -> the events kept with it
    unique = []
    for e in events:
        key = (e.expelling_country, e.expelled_country, e.count, e.modality)
        if _more_of_them(e):
            key += ("more",)   # another than the one before; "six more" told twice is one
        elif key + ("more",) in kept and _told_before(e):
            key += ("more",)   # "ordered six more ... to leave. All six were given three weeks": those six again
        elif key in kept and _also_another_post(e, kept[key]):
            key += ("also", e.start_char)   # "also declared a political adviser ..." after "expel the ambassador"
        item = dated_item(text, e.start_char) if text else None
        item = item[0] if item is not None and item[1] == e.event_year else None
        dated_before = key in seen and any(y == e.event_year and (i is None or item is None or i == item)
                                           for y, i in seen[key])   # (two dated items of one year are two)
        day = _opening_day(e)
        other_day = day is not None and None not in days.get(key, {None}) and day not in days[key] and \
            not _told_before(e)   # "On 3 May X expelled two ... On 20 May X expelled two ...": two
        other_day = other_day or (key in kept and other_months(e, kept[key], parse) and not _told_before(e))
        if key in seen and not (not dated_before and _year_written(e, text) and not _told_before(e)) and not other_day:
            continue   # (an expulsion its own sentence dates to another year is another one: "Albania expelled
        seen.setdefault(key, set()).add((e.event_year, item))   # two Iranian diplomats ... had already kicked
        days.setdefault(key, set()).add(day)
        kept.setdefault(key, []).append(e)
        unique.append(e)   # out Iran's ambassador and another diplomat in 2018")
    unique = [e for e in unique if not _recap(e, unique)]
    counted = [c for c in unique if c.count is not None]
    out = []
    for e in unique:
        repeated = [c for c in counted if c.modality == e.modality and _same(c.expelling_country, e.expelling_country)
                    and _same(c.expelled_country, e.expelled_country) and
                    (c.event_year in (None, e.event_year) or not _own_year(e, unique, text))]
        if e.count is None and repeated and not (other_months(e, repeated, parse) and not _told_before(e)):
            continue   # (a count-less round its sentence dates to another month than each counted one is another:
        out.append(e)   # "In March X expelled two ... In October it expelled ... again")
    return out


def _own_year(e: Event, events: Sequence[Event], text: str = "") -> bool:
    """Is the year e's sentence writes e's own: written, and no other event told in that sentence whose year it may
    be ("the expulsion of Dutch staff was in response to the earlier expulsion of two Iranian diplomats ... in June
    2018")? "France last expelled Soviet officials in 1976" dates the one before, a comparison the story makes."""
    verb = e.trigger.split(" ... ")[0] if e.trigger else ""
    if verb and re.search(r"\blast\s+" + re.escape(verb) + r"\b", e.sentence, re.I):
        return False
    return _year_written(e, text) and not any(o is not e and o.start_char == e.start_char for o in events)


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_RELATIVE_DAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)\b",
                           re.I)


def _year_written(e: Event, text: str = "") -> bool:
    """Does the event's own sentence date it to its year ("in 2018", "in February 2019", "on 5 March 2018", a
    chronology's "2015: ..."), or the dated label of the chronology's item it is in (`text`, the article's), with no
    day told relative to the story ("on Monday": the year written is another thing's, "the 2019 killing")?"""
    if e.event_year is None or _RELATIVE_DAY.search(e.sentence):
        return False
    item = dated_item(text, e.start_char) if text else None
    if item is not None and item[1] == e.event_year:
        return True
    if text and year_of_that_time(e.sentence, text[:e.start_char]) == e.event_year:
        return True   # "... since November 1988. At that time ..."
    if year_counted_back(e.sentence, e.published_date) == e.event_year:
        return True   # "Mr Seaga, who ... a year ago expelled the Cuban Ambassador": a year of its own
    return re.search(rf"\b(?:[Ii]n|[Oo]n|[Ss]ince)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{{1,2}}\s+)?(?:{_MONTHS}\s+)?"
                     rf"(?:\d{{1,2}},\s+)?{e.event_year}\b", e.sentence) is not None or \
        re.match(rf"\W*(?:(?:\d{{1,2}}\s+)?{_MONTHS},?\s+(?:\d{{1,2}},\s+)?)?{e.event_year}\s*[:\u2013\u2014-]\s",
                 e.sentence) is not None   # a chronology's entry: "June 1988: Canada expels ...", "- May, 1989: ..."


_OPENING_DAY = re.compile(rf"\W*On\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}})\b)")
_TELLING_WORDS = re.compile(r"\b(?:said|says|announced|confirmed|told|reported|stated|declared|disclosed|revealed)\b",
                            re.I)


def _opening_day(e: Event) -> Optional[tuple[str, int]]:
    """(month, day) of a day of the month the event's sentence opens with ("On 3 May Ruritania expelled ...", "On May
    20, ..."), when the sentence tells the act itself, not that it was told ("On 20 May Ruritania said it had expelled
    ...": the day of the telling); else None."""
    m = _OPENING_DAY.match(e.sentence)
    if m is None or _TELLING_WORDS.search(e.sentence):
        return None
    return (m.group("m1") or m.group("m2")), int(m.group("d1") or m.group("d2"))


def _told_before(e: Event) -> bool:
    """Does the event's sentence name its people as ones told before: "the two diplomats", "all six", "both",
    "those expelled"? Then it retells an expulsion, whatever year it writes ("officials said in 2019")."""
    tokens = tokenize(e.sentence)
    for k, t in enumerate(tokens):
        if t.norm in ("both", "those", "these"):
            return True
        if t.norm in ("the", "all") and k + 1 < len(tokens) and e.count is not None and \
                number_value(tokens[k + 1].norm.split("-")) == e.count:
            return True
    return False


def _recap(e: Event, events: Sequence[Event]) -> bool:
    """An asserted count that adds up the article's earlier expulsions of the same pair, each told in a
    sentence of its own ("India expelled a Pakistani official on Wednesday ... another on May 13 ...
    India's expulsion of two staffers came as ..."): their sum told again, no third expulsion."""
    if e.modality != ASSERTED or e.count is None or e.count < 2 or not e.expelling_country or not e.expelled_country:
        return False
    parts = [o for o in events if o is not e and o.modality == ASSERTED and o.count is not None
             and (o.expelling_country, o.expelled_country) == (e.expelling_country, e.expelled_country)
             and o.end_char <= e.start_char]
    return len(parts) >= 2 and len({o.start_char for o in parts}) == len(parts) and sum(o.count for o in parts) == e.count


def _same(a: Optional[str], b: Optional[str]) -> bool:
    """One side of two events is the same state, or a state and its predecessor: a count-less "Britain
    expelled Russian diplomats" in a story of 1985 repeats "25 Soviet diplomats" told with a year."""
    return a == b or one_state(a, b)
