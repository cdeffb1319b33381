"""Which nouns of a coordination are more people and which are one person's posts, read from the parse
(`group_of`). "The ambassador, the consul and the attache" are three; "Ivan Petrov, the first secretary and press
attache" and "the political counsellor and head of chancery has been given ..." one man each; "the first minister or
ambassador" one post.

headcounts.count_of adds up the people's counts over the group.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PERSONNEL, normalise
from transforms.expulsions.rank_lists import ranks_listed


def group_of(noun) -> list:
    """The noun and the nouns coordinated with it (also inside an apposition). The apposition of one
    person's name gives that person's roles ("Ivan Petrov, the first secretary and press attache": one man);
    only a further name coordinated there is another person."""
    out, todo, described, listed = [], [(noun, False)], set(), set()
    while todo:
        t, roles = todo.pop(0)
        out.append(t)
        counted = any(c.dep_ == "nummod" for c in t.children)
        for c in t.children:
            if c.dep_ == "conj" and _role_after_comma(t, c):
                described.add(c.i)   # "Bagdadi, aged 34, Colonel Gadaffi's main representative and leader"
                todo.append((c, True))
            elif c.dep_ == "conj" and roles and c.pos_ == "PROPN" and _title(c) and not _listed(c):
                described.add(c.i)   # "Rahman, a Counsellor and Head of Chancery": a capitalised title is a role
                todo.append((c, True))
            elif c.dep_ == "conj" and t == noun and _one_subject(noun, c):
                described.add(c.i)   # "The political counsellor and head of chancery has been given ...": one
                todo.append((c, True))   # subject, as its singular verb says
            elif c.dep_ == "conj" and _alternative_title(t, c):
                described.add(c.i)   # "the first U.S. minister or ambassador to be so ejected": one post, two names
                todo.append((c, True))
            elif c.dep_ == "conj" and (not roles or c.pos_ == "PROPN" or _listed(c)):
                todo.append((c, roles))
            elif c.dep_ == "appos" and not counted and _titles_listed(t, c):
                listed.add(c.i)   # "the ambassador, the consul(,) and the attache": a list the parser began as an
                todo.append((c, False))   # apposition
            elif c.dep_ == "appos" and not counted and any(g.dep_ == "conj" for g in c.children):
                todo.append((c, t.tag_ == "NNP"))   # of a name, "Ivan Petrov, the first secretary and press
                # attache": his roles
    return [t for t in out if (t.dep_ != "appos" or t.i in listed) and t.i not in described or t == noun]


def _title(c) -> bool:
    """"Head of Chancery", "First Secretary": a capitalised post (a head of the posts that name diplomats, or a
    head with "of" and no first name before it), not a second person's name."""
    w = normalise(c.text)
    return (w in PERSONNEL or w.rstrip("s") in PERSONNEL or any(d.dep_ == "prep" and normalise(d.text) == "of"
                                                                  for d in c.children)) and \
        not any(d.dep_ == "compound" and d.pos_ == "PROPN" and d.i < c.i for d in c.children)


_SINGULAR_FINITE = frozenset({"has", "is", "was", "does"})


def _one_subject(noun, c) -> bool:
    """Two singular nouns coordinated under one determiner as the subject of a singular verb ("The political
    counsellor and head of chancery has been given till Thursday to leave"): one person's posts, as the verb's
    number says ("the ambassador and the attache have been expelled" are two)."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ != "NN" or c.tag_ not in ("NN", "NNP"):
        return False
    if not any(d.dep_ in ("det", "poss") for d in noun.children) or any(d.dep_ in ("det", "poss", "nummod")
                                                                       for d in c.children):
        return False
    verb = noun.head
    finite = [d for d in verb.children if d.dep_ in ("aux", "auxpass") and d.i < verb.i][:1] or [verb]
    return normalise(finite[0].text) in _SINGULAR_FINITE or finite[0].tag_ == "VBZ"


def _alternative_title(t, c) -> bool:
    """Two singular titles joined by "or" with nothing counted on the second ("minister or ambassador", "the
    ambassador or chargé d'affaires"): other names for the one person, not a second one."""
    k = c.left_edge.i
    return t.tag_ == "NN" and c.tag_ == "NN" and k >= 1 and normalise(c.doc[k - 1].text) == "or" and \
        c.doc[k - 2].text != "," and not any(d.dep_ in ("nummod", "det", "poss") for d in c.children)


def _listed(c) -> bool:
    """A conjunct after a comma and "and": "Ivan Petrov, the first secretary, and the press attache" lists two."""
    k = c.left_edge.i
    return k >= 2 and normalise(c.doc[k - 1].text) in ("and", "or") and c.doc[k - 2].text == ","


def _role_after_comma(name, c) -> bool:
    """A singular common noun with its own determiner or possessive, joined to a person's name by commas
    alone (no "and" between them), as the parser may read an apposition: the name's role, not a second
    person. So is a second title with "the" after a first one, with no "and" in the whole coordination: "the
    British diplomat, the First Secretary, John Smith" is one man."""
    if name.tag_ == "NNP" and c.tag_ == "NN":
        return any(d.dep_ in ("det", "poss") for d in c.children) and \
            not any(d.dep_ == "cc" and name.i < d.i < c.i for d in name.children)
    return name.tag_ in ("NN", "NNP") and c.tag_ in ("NN", "NNP") and _the(name) and _the(c) and \
        not any(d.dep_ == "cc" for d in name.doc[name.i:c.right_edge.i + 1])


def _titles_listed(t, c) -> bool:
    """Is the apposition `c` of the title `t` the next item of a list of titles, each with "the", that an "and"
    closes ("the ambassador, the consul and the attache", "the ambassador, the consul, and the attache"), or of posts
    that cannot be one person ("the attache, a counsellor and two clerks", rank_lists.py)?"""
    return t.tag_ == "NN" and c.tag_ == "NN" and _the(t) and _the(c) and \
        any(d.dep_ == "cc" for d in list(c.children) + list(t.children)) or ranks_listed(t, c)


def _the(noun) -> bool:
    return any(d.dep_ == "det" and normalise(d.text) == "the" for d in noun.children)
