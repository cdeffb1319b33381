"""People counted among a group: "Two Freedonian diplomats were among those expelled by Ruritania" names the
expelled people in the subject of "be ... among", the group ("those", "the 20 people") only the set they belong to.
Read by arguments_expel.py and arguments_png.py on a participle that hangs on the group."""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, _child, lemma, normalise

PARTITIVE_PREPS = frozenset(PATTERNS["partitive_prepositions"])


def member_of_group(group):
    """The subject a copula counts among `group` ("Two Freedonian diplomats were among those expelled": "diplomats"
    for "those"; "The ambassador was among the 20 people expelled": "ambassador"; fronted, "Among those expelled
    were two Freedonian diplomats": "diplomats" after "be", unless the group has its own count and they have none:
    "Among the 35 Freedonians expelled were officials ..." tells the 35), else None. Only "be" with the group the object of a
    partitive preposition (patterns/grammar.json partitive_prepositions) on it."""
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


def counting_copula(verb):
    """The "be" that counts its subject among the group a participle of expelling `verb` hangs on ("were not among
    those expelled": "were"), whose own arcs tell the act ("was not among": denied; "will be among": to come);
    else None."""
    if verb.dep_ not in ("acl", "relcl") or member_of_group(verb.head) is None:
        return None
    return verb.head.head.head
