"""People counted among a group: "Two Freedonian diplomats were among those expelled by Ruritania" names the
expelled people in the subject of "be ... among", the group ("those", "the 20 people") only the set they belong to;
so does the object of "include" ("Those expelled by Ruritania include the Freedonian defence attache"). Read by
arguments_expel.py and arguments_png.py on a participle that hangs on the group."""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, _child, lemma, normalise

PARTITIVE_PREPS = frozenset(PATTERNS["partitive_prepositions"])
INCLUDING = frozenset(PATTERNS["including_verbs"])


def member_of_group(group):
    """The subject a copula counts among `group` ("Two Freedonian diplomats were among those expelled": "diplomats"
    for "those"; "The ambassador was among the 20 people expelled": "ambassador"; fronted, "Among those expelled
    were two Freedonian diplomats": "diplomats" after "be", unless the group has its own count and they have none:
    "Among the 35 Freedonians expelled were officials ..." tells the 35), else None. Only "be" with the group the object of a
    partitive preposition (patterns/grammar.json partitive_prepositions) on it; or the object of a verb of including
    (including_verbs) whose subject is the group ("Those expelled include the defence attache": "attache") and names no
    one whose people it is (`_owned`)."""
    if group.dep_ == "nsubj" and group.head.pos_ == "VERB" and {lemma(group.head), group.head.lemma_.lower()} & INCLUDING:
        member = _child(group.head, "dobj")   # "Those expelled by Ruritania include the Freedonian defence attache"
        return member if member is not None and member.i > group.i and member.pos_ != "NUM" and not _owned(group) \
            else None   # ("the 147 Soviets expelled included 47 from France, 18 from ...": the group's own shares)
    prep = group.head
    if group.dep_ != "pobj" or prep.dep_ != "prep" or normalise(prep.text) not in PARTITIVE_PREPS:
        return None
    be = prep.head
    if be.pos_ not in ("AUX", "VERB") or lemma(be) != "be":
        return None
    subject = _child(be, "nsubj")
    if subject is not None and subject.i < prep.i:
        return subject
    if prep.i < be.i:   # "Among those expelled by Ruritania were two Freedonian diplomats": the group fronted, the
        after = _child(be, "attr") or _child(be, "nsubj")   # people after "be" (the parser's attribute)
        if after is None or after.i < be.i:
            return None
        if _child(group, "nummod") is not None and _child(after, "nummod") is None:
            return None   # "Among the 35 Freedonians expelled were officials ...": the counted group is the event
        return after
    return None


def fronted_member(verb):
    """"Among those declared persona non grata by Ruritania were two Freedonian diplomats" as the parser may read it:
    the participle the sentence's verb, the fronted partitive phrase on it and "were" its passive auxiliary after it
    (or the participle the clausal subject of "were"), with the people the attribute of "were" ("diplomats"); None for any other shape (the counted-group rule of
    `member_of_group` holds: "Among the 35 Freedonians declared ... were officials" tells the 35)."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and
                 normalise(c.text) in PARTITIVE_PREPS), None)
    be = next((c for c in verb.children if c.dep_ == "auxpass" and c.i > verb.i and lemma(c) == "be"), None)
    if be is None and verb.dep_ == "csubj" and verb.head.i > verb.i and lemma(verb.head) == "be":
        be = verb.head   # "... by Ruritania was the Freedonian military attache": the participle the subject of "was"
    group = _child(prep, "pobj") if prep is not None else None
    if group is None or be is None or any(c.dep_ == "neg" for c in be.children):
        return None   # ("Among those ... were not any Freedonian diplomats": none of them)
    after = _child(be, "attr") or _child(be, "nsubj") or _child(verb, "attr")
    if after is None or after.i < be.i:
        return None
    if _child(group, "nummod") is not None and _child(after, "nummod") is None:
        return None
    return after


def _owned(group) -> bool:
    """The group says whose people it is, by a name before its noun ("The 20 Freedonian diplomats expelled by Ruritania
    included the military attache"), a possessive or its own name ("the 147 Soviets expelled"): the group is the
    people expelled, its members only some of them."""
    return group.text[:1].isupper() and group.i > group.sent.start or any(
        c.dep_ in ("amod", "compound", "poss") and c.i < group.i and (c.text[:1].isupper() or c.dep_ == "poss")
        for c in group.children)


def counting_copula(verb):
    """The "be" that counts its subject among the group a participle of expelling `verb` hangs on ("were not among
    those expelled": "were"), whose own arcs tell the act ("was not among": denied; "will be among": to come);
    else None."""
    if verb.dep_ not in ("acl", "relcl") or member_of_group(verb.head) is None:
        return None
    return verb.head.head if verb.head.dep_ == "nsubj" else verb.head.head.head   # ("include"; "be" of "among")
