"""An abbreviation the article spells out: "the European Community (EC)" makes every "EC" of that
article the European Community, whatever body the gazetteer knows by "EC" (the European Commission).

A name in capitals right after "(" is defined by the words before the bracket whose initials it
spells ("European Community (EC)", "Deputy President (DP)"). When the entity found for the
abbreviation has a name spelling those letters otherwise, or no written-out name sharing a word
with the expansion, the link is someone else's and the abbreviation is left unknown throughout the
article (the spelt-out name is resolved on its own).

The other way round, an abbreviation the gazetteer does not know is the entity its spelt-out name
resolved to: "the Organisation for Economic Cooperation and Development (OECD)" makes every "OECD" of
the article that organisation (`link_defined`), also when the name found says whose body it is before
the words spelt ("the Bulgarian Ministry of Foreign Affairs (MFA)").

A two-letter abbreviation is written in capitals: "La" in "Lake Charles, La refinery" (Louisiana) is
no "LA" (Los Angeles), "Us" no "US" (`only_as_initials`); so are a news agency's initials, which are
often a word or a name in other letters ("Sana" is Yemen's capital and a given name, not SANA; "Map" no
MAP), unless the agency's own names write them so ("Tass", "dpa").

An abbreviation right before a person's full name is the person's title, not a body: "former DP
Rigathi Gachagua" (a deputy president), "PM Kofi Mensah"; a body's member is written with a
possessive or a title between ("the ANC's Ama Dlamini", "ANC leader Ama Dlamini").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from rapidfuzz import fuzz

from gazetteer.model import normalise, reports_news

_WORDS = re.compile(r"[A-Za-z][\w'\-]*")
_MINOR = {"of", "the", "and", "for", "de", "du", "la", "&"}
SAME_NAME_SPELT_OTHERWISE = 93   # "european community" / "european commission": 76; "organisation" / "organization ...": 97


def expansion(abbreviation: str, before: str) -> Optional[str]:
    """The words right before "(" (ending `before`) whose initials spell `abbreviation`, or None."""
    head = before.rstrip()
    if not head.endswith("("):
        return None
    words = _WORDS.findall(head[:-1])
    letters = abbreviation.upper()
    picked, k = [], len(letters)
    for w in reversed(words):
        if k == 0:
            break
        if w.lower() in _MINOR and picked:
            picked.append(w)
            continue
        if w[:1].upper() != letters[k - 1] or not w[:1].isupper():
            return None
        picked.append(w)
        k -= 1
    return " ".join(reversed(picked)) if k == 0 else None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _MINOR).upper()


def spelt_otherwise(abbreviation: str, full: str, e) -> bool:
    """Does the entity's own names say it is not `full` (normalised): a name of it spells the same
    letters otherwise ("European Commission" for an "EC" spelt "European Community"), or none of its
    written-out names shares a word with `full` (Italy for "International Tin Agreement (ITA)")?
    An entity known only by its abbreviation ("ICJ") says nothing, nor one of its names written a letter or
    two otherwise (another spelling or a typing slip: rapidfuzz ratio SAME_NAME_SPELT_OTHERWISE or more)."""
    names = {normalise(n) for n in e.names() if not n.isupper()}
    if not names or full in names or any(fuzz.ratio(full, n) >= SAME_NAME_SPELT_OTHERWISE for n in names):
        return False   # "Organisation of African Unity (OAU)", a letter off the entity's "Organization ..."
    if any(_initials(n) == abbreviation.upper() for n in names):
        return True
    words = set(full.split()) - _MINOR
    return not any(words & set(n.split()) for n in names)


def only_as_initials(text: str, e) -> bool:
    """Does `text`, not in capitals, match only capitals among the names of `e` that are initials: two
    letters, or a news agency's ("Sana" is not SANA)?"""
    if text.isupper():
        return False
    key = normalise(text)
    matching = [n for n in e.names() if n and normalise(n) == key]
    most = 6 if reports_news(e) else 2
    return bool(matching) and all(n.isupper() and len(n.replace(".", "").strip()) <= most for n in matching)


def _is_abbreviation(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def titles_a_person(q, nxt, nxt_result) -> bool:
    """Is the abbreviation `q` written right before the person's full name `nxt` ("DP Rigathi Gachagua"), a space
    between them? A line's last word before the next line's name is none ("... Foreign Affairs of the
    USSR\nAnatoliy F. Dobrynin, Ambassador"), nor is a name opening a sentence of its own."""
    person = getattr(nxt_result, "entity_type", None) == "PERSON" or nxt.label.split("|")[0] in ("PERSON", "GAZ:PERSON")
    return person and len(nxt.text.split()) >= 2 and nxt.start_char == q.end_char + 1 \
        and (getattr(nxt, "context_before", "") or "")[-1:] == " "


def heads_a_persons_name(q, outer, surnames: set) -> bool:
    """Is the abbreviation `q` the first word of a longer name `outer` that is a title and a person's
    full name, the person named by the surname alone elsewhere ("DP Rigathi Gachagua" ... "Gachagua")?"""
    if outer.start_char != q.start_char or outer.end_char <= q.end_char:
        return False
    rest = outer.text[len(q.text):].split()
    return len(rest) >= 2 and all(w[:1].isupper() and w[1:].islower() for w in rest) and rest[-1] in surnames


def unresolve_redefined(gaz, queries: Sequence, results: list, unresolved, allowed_types) -> None:
    """Leave unknown the article's abbreviations that it spells out as another name than the entity's,
    and those written as a person's title."""
    surnames = {q.text for q, r in zip(queries, results) if " " not in q.text and
                (getattr(r, "entity_type", None) == "PERSON" or q.label.split("|")[0] in ("PERSON", "GAZ:PERSON"))}
    for i, (q, r) in enumerate(zip(queries, results)):
        if _is_abbreviation(q.text) and getattr(r, "entity", None) is not None and (
                (i + 1 < len(queries) and titles_a_person(q, queries[i + 1], results[i + 1]))
                or any(heads_a_persons_name(q, o, surnames) for o in queries)):
            results[i] = unresolved(q, allowed_types(q))
    defined = {}
    for q in queries:
        if _is_abbreviation(q.text) and q.text not in defined:
            full = expansion(q.text, q.context_before)
            if full:
                defined[q.text] = normalise(full)
    for i, (q, r) in enumerate(zip(queries, results)):
        e = getattr(r, "entity", None)
        if e is None or q.text not in defined:
            continue
        if spelt_otherwise(q.text, defined[q.text], e):
            results[i] = unresolved(q, allowed_types(q))


def spells_the_name(name: str, full: str) -> bool:
    """Do the words an abbreviation spells (`full`, normalised) make the name found before the bracket
    (normalised), or its end after a word that says whose it is: "the Bulgarian Ministry of Foreign
    Affairs (MFA)" spells "Ministry of Foreign Affairs", the Bulgarian ministry's name without its state."""
    return name == full or name.endswith(" " + full)


def link_defined(queries: Sequence, results: list, linked) -> None:
    """Link the article's abbreviations that it spells out right after a name the resolver found ("...
    Development (OECD)"), or puts in brackets after a name whose entity is known by it, to that name's
    entity; `linked(entity)` makes the answer."""
    defined = {}
    for i, q in enumerate(queries):
        if not _is_abbreviation(q.text) or q.text in defined:
            continue
        full = expansion(q.text, q.context_before)
        bracketed = (q.context_before or "").rstrip().endswith("(")
        if not full and not bracketed:
            continue
        # the longest name ending right before it (not "Cape Verde" inside the party's name)
        before = [j for j in range(i) if queries[j].end_char <= q.start_char <= queries[j].end_char + 3]
        if before:
            j = min(before, key=lambda k: (queries[k].start_char, -k))
            o, e = queries[j], getattr(results[j], "entity", None)
            # spelt out by its initials, or a name whose entity the sources know by these letters too
            # ("the African Party for the Independence of Guinea and Cape Verde (PAIGC)": Portuguese initials)
            if e is not None and (full and spells_the_name(normalise(o.text), normalise(full))
                                  or bracketed and normalise(q.text) in {normalise(n) for n in e.names()}):
                defined[q.text] = e
    for i, q in enumerate(queries):   # the article's own definition outweighs a namesake the context chose
        if q.text in defined and getattr(getattr(results[i], "entity", None), "entity_id", None) \
                != defined[q.text].entity_id:
            results[i] = linked(defined[q.text])
