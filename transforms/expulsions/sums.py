"""Whether a reading tells a sum over several acts rather than one expulsion: "a total of 29", "in all",
"the European Union as a whole expelled more than 30", "the number of Russian diplomats expelled this
year". A sum marker counts in the clause it stands in: the main clause with what hangs on it, or a clause with a
subject of its own that a conjunction joins to it ("Estonia and Latvia declared a total of six Russian diplomats
persona non grata, while four were expelled from Lithuania": the four are Lithuania's own). A total that one named
state expelled is its own expulsion, unless gathered "since" a time; a perfect "since" a year or an event ("has
expelled 60 since 1965", "since the war began") is a tally with no marker at all, and so is a perfect told
"before" or "in the past" ("has expelled diplomats before": a precedent, no one act)."""
from __future__ import annotations

from transforms.expulsions.lexicon import MANY_STATE_REGIONS
from transforms.expulsions.parse_words import SUM_MARKERS, _child, lemma, normalise


def placed_in_many_states(people) -> bool:
    """"Around 400 Russian intelligence officers ..., about half the total number active in Europe, have been
    expelled", "150 Freedonian diplomats across Europe were expelled": people whose own phrase places them in a
    region of many states (lexicon.MANY_STATE_REGIONS) were expelled by the states there, a sum, when no one is
    named who expels (the caller asks only then)."""
    doc = people.doc
    for t in people.subtree:
        if t.dep_ == "prep" and normalise(t.text) in ("in", "across", "throughout"):
            words = tuple(normalise(w.text) for w in doc[t.i + 1:t.i + 5])
            if any(words[:len(r)] == r for r in MANY_STATE_REGIONS):
                return True
    return False


def told_as_a_sum(tok, actor_tok, span, by_one_state: bool) -> bool:
    """Whether the reading of trigger `tok` in sentence `span` (subject `actor_tok`) is a sum. A total that
    one named state expelled is that state's own expulsion ("Britain has now expelled a total of 23"), unless
    it has gathered since a time ("Ruritania has expelled 27 in all since 2019": a tally of several acts)."""
    own = by_one_state and not any(c.dep_ == "prep" and normalise(c.text) == "since" for c in tok.children)
    return (_marked_sum(tok, span) and not own) or _as_a_whole(actor_tok) or _tally_of(tok) or _gathered_since(tok) \
        or _done_before(tok)


def _done_before(tok) -> bool:
    """"Ruritania has expelled senior diplomats before", "have been expelled in the past": a perfect told at an
    indefinite time before now is a precedent on some occasions, a tally like "since 1965", not one act. A time of its
    own ("before the vote", "in the past week") dates one."""
    perfect = any(c.dep_ in ("aux", "auxpass") and lemma(c) == "have" for c in tok.children)
    before = any(c.dep_ in ("advmod", "prep") and normalise(c.text) == "before" and not list(c.children)
                 for c in tok.children)
    past = any(c.dep_ == "prep" and normalise(c.text) == "in" and any(
        o.dep_ == "pobj" and normalise(o.text) == "past" and all(d.dep_ == "det" for d in o.children)
        for o in c.children) for c in tok.children)
    return perfect and (before or past) and tok.pos_ in ("VERB", "AUX")


def _gathered_since(tok) -> bool:
    """"France has expelled 60 Soviet diplomats since 1965", "have been expelled since the war began": a perfect
    that runs from a time up to the telling gathers every expulsion since then, a tally of several acts (a past
    tense with "since" - "expelled them, the first since 1985" - is one act compared with others)."""
    perfect = any(c.dep_ in ("aux", "auxpass") and lemma(c) == "have" for c in tok.children)
    since = any(c.dep_ == "prep" and normalise(c.text) == "since" and
                any(o.dep_ == "pobj" and any(_a_year(t) for t in o.subtree) for o in c.children)
                for c in tok.children) or \
        any(c.dep_ == "advcl" and any(m.dep_ == "mark" and normalise(m.text) == "since" for m in c.children)
            for c in tok.children)
    return perfect and since and tok.pos_ in ("VERB", "AUX")


def _a_year(tok) -> bool:
    """"1965", "the 1970s": a year or a decade, a time far enough back to gather several acts ("since Monday" may
    tell one wave of expulsions, still under way)."""
    w = normalise(tok.text).rstrip("s").rstrip("'")
    return len(w) == 4 and w.isdigit() and w[:2] in ("18", "19", "20")


def _marked_sum(tok, span) -> bool:
    """A sum marker in the clause of `tok`: the main clause and what hangs on it, or the one joined clause
    `tok` stands in ("while a total of 14 were expelled from X" sums X's, not the main clause's, people)."""
    doc = span.doc
    clause = _own_joined_clause(tok)
    for m in SUM_MARKERS.finditer(span.text):
        at = span.char_span(m.start(), m.end(), alignment_mode="expand")
        if at is not None and _own_joined_clause(doc[at.start]) == clause:
            return True
    return False


def _own_joined_clause(tok):
    """The clause `tok` stands in when it is an adverbial clause or a conjunct with a subject of its own
    ("while four were expelled from Lithuania", "and Lithuania expelled four"); None for the main clause."""
    for t in [tok] + list(tok.ancestors):
        if t.pos_ in ("VERB", "AUX") and _child(t, "nsubj", "nsubjpass") is not None:
            if t.dep_ in ("advcl", "conj"):
                return t
    return None


def _as_a_whole(actor_tok) -> bool:
    """"The European Union as a whole", "EU states as a whole": the subject is the sum of its members."""
    return actor_tok is not None and any(
        c.dep_ == "prep" and normalise(c.text) == "as" and any(normalise(o.text) == "whole" for o in c.children)
        for c in actor_tok.children)


def _tally_of(tok) -> bool:
    """"the number of Russian diplomats expelled from the United States this year": the people the trigger
    describes are counted by "the number of", a tally of expulsions over time, not one expulsion ("a number
    of" is some people, not a tally)."""
    people = tok.head if tok.dep_ in ("acl", "relcl") else None
    if people is not None and people.dep_ == "pobj" and normalise(people.head.text) == "of":
        people = people.head.head
    return people is not None and normalise(people.text) in ("number", "tally", "toll") and \
        any(c.dep_ == "det" and normalise(c.text) == "the" for c in people.children)


def picked_from_several(trigger, people) -> bool:
    """"The highest-ranking Cuban expelled from the mission was X", "the most senior diplomat expelled was the
    consul": a superlative on the people that the trigger, their reduced relative, describes, and a copula that
    names one of them, pick one out of several expelled. The expulsion told is of them all, how many untold."""
    if trigger.dep_ != "acl" or trigger.head != people or people.dep_ not in ("nsubj", "nsubjpass") or \
            lemma(people.head) != "be":
        return False
    return any(t.tag_ in ("JJS", "RBS") for t in people.subtree if t.i < people.i)



def compared_total(expelled_tok) -> bool:
    """"Ruritania has expelled fewer Freedonian diplomats than any other state", "expelled more diplomats than all
    its neighbours together", "more ... than Freedonia did": people counted by a comparative with "than" and a state
    or a clause with a subject of its own compare totals, no one act. A number keeps the act ("expelled two more
    diplomats", "more than 20 diplomats"), and so does a comparison with no one compared ("more than expected")."""
    if expelled_tok is None or any(c.dep_ == "nummod" for c in expelled_tok.children):
        return False
    if _as_many_as(expelled_tok):
        return True
    compared = [c for c in expelled_tok.children if c.dep_ == "amod" and c.tag_ in ("JJR", "RBR")
                and not any(normalise(d.text) == "than" for d in c.children)]
    if not compared:
        return False
    for c in expelled_tok.children:
        if c.dep_ == "prep" and normalise(c.text) == "than" and any(o.dep_ == "pobj" for o in c.children):
            return True   # "than any other state"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and normalise(m.text) == "than" for m in c.children) and \
                any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            return True   # "than Freedonia did"
    return False


_AS_MANY = frozenset({"many", "few", "much"})


def _as_many_as(expelled_tok) -> bool:
    """"Ruritania has expelled as many Freedonian diplomats as any other state", "twice as many ... as Graustark
    did": people counted by an equal measure ("as many") against a state or another's doing ("as X did", "as X
    has"), the second "as" on the people or on the verb that governs them, compare totals too; "as many as it could
    find", "as many as Ruritania had expelled a week before" measure one act. "as many as 20
    diplomats" counts with a number and is left to the caller."""
    doc = expelled_tok.doc
    if not any(c.dep_ == "amod" and normalise(c.text) in _AS_MANY and c.i > 0 and normalise(doc[c.i - 1].text) == "as"
               for c in expelled_tok.children):
        return False
    verb = next((t for t in expelled_tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    for c in list(expelled_tok.children) + (list(verb.children) if verb is not None else []):
        if c.i <= expelled_tok.i:
            continue
        if c.dep_ == "prep" and normalise(c.text) == "as" and any(o.dep_ == "pobj" and _others_named(o)
                                                                   for o in c.children):
            return True   # "as any other state", "as Graustark"; not "as last year", "as possible"
        if c.dep_ == "advcl" and lemma(c) in ("do", "have") and \
                any(m.dep_ == "mark" and normalise(m.text) == "as" for m in c.children) and \
                any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            return True   # "as Graustark did"; not "as it could find", "as Ruritania had expelled a week earlier"
    return False


def _others_named(tok) -> bool:
    """"Graustark", "any other state", "all its neighbours": who is compared is named or counted over, not a time
    ("as last year") or a measure."""
    return tok.pos_ == "PROPN" or any(d.dep_ in ("det", "predet") and normalise(d.text) in ("any", "every", "all", "each")
                                      for d in tok.children)
