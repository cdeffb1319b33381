"""A body named by the body it belongs to is one name: "the Central Committee of the WPK".

A party's, a state's or an organisation's council, committee, commission or secretariat is named by
its head word and the body it belongs to: "the Central Committee of the WPK", "the National Defence
Commission of the DPRK", "the Council of Foreign Ministers of the SCO". The model often marks the two
halves apart; a reader (and the labelling rule: the longest span naming one entity) takes the whole
phrase for one body, usually one no gazetteer holds, and the body after "of" for a name of its own,
nested in it as a gazetteer name inside a longer name is (`merge_spans`).

* `joined_bodies(doc, ner, gaz)`: a body span ending in a head word, "of" ("the") and the span of a
  body or state right after it are one span.
* `bracketed_heads(doc, ner)`: a body's name, its initials in brackets and a span with a head word after
  them are one span ("the Communist Party of China (CPC) Central Committee").
* `headed_bodies(doc, ner, gaz)`: a body's name and the head word right after it are one span ("the
  ASEAN Secretariat", which the model may mark as "ASEAN" alone).
* `named_owners(doc, spans)`: the owning body named by initials at the end of such a span ("the
  Council of the Ministers of Foreign Affairs of SCO"), as a nested name of its own.

A title ("the Secretary-General of NATO") is no body: the model does not mark it one, and nothing
here joins a span that is not a body's. Two bodies joined by "and" ("the Council of the EU and NATO")
are left apart.
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

# head words of a body that belongs to another body (compared lower-case)
BODY_HEADS = frozenset({"committee", "commission", "council", "secretariat", "bureau", "presidium", "politburo",
                        "directorate", "assembly", "board", "ministry"})
_BODY_LABELS = ("ORG", "GAZ:ORG")
_OWNER_LABELS = ("ORG", "GAZ:ORG", "GPE", "GAZ:COUNTRY")
_COORDINATORS = frozenset({"and", "or", "&"})


def _first(label: str) -> str:
    return label.split("|")[0]


def _owner_start(doc: Doc, e: int) -> int | None:
    """The token after "of" / "of the" that starts at token e, or None."""
    if e < len(doc) and doc[e].lower_ == "of":
        return e + 2 if e + 1 < len(doc) and doc[e + 1].lower_ == "the" else e + 1
    return None


def _coordinated_after(doc: Doc, e: int) -> bool:
    """A second name joined by "and"/"or" after token e ("... of the EU and NATO")."""
    return e + 1 < len(doc) and doc[e].lower_ in _COORDINATORS and doc[e + 1].is_title or \
        e + 1 < len(doc) and doc[e].lower_ in _COORDINATORS and doc[e + 1].is_upper


def joined_bodies(doc: Doc, ner: Sequence[tuple[int, int, str]], gaz: Sequence[tuple[int, int, str]]
                  ) -> list[tuple[int, int, str]]:
    """The model's spans (start, end, label) with "<body ending in a head word> of (the) <body or state>"
    made one body span; the owner stays a name of its own (see `named_owners`)."""
    spans = bracketed_heads(doc, sorted(ner))
    by_start = {s: (s, e, lab) for s, e, lab in spans}
    gaz_by_start = {}
    for s, e, lab in gaz:
        if lab in _OWNER_LABELS and e > gaz_by_start.get(s, (s, s))[1]:
            gaz_by_start[s] = (s, e, lab)
    out, skip = [], set()
    for s, e, lab in spans:
        if (s, e, lab) in skip:
            continue
        joined = None
        if _first(lab) in _BODY_LABELS and any(t.lower_ in BODY_HEADS for t in doc[s:e]):
            o = e if doc[e - 1].lower_ == "of" or doc[e - 1].lower_ == "the" and doc[e - 2].lower_ == "of" \
                else _owner_start(doc, e)   # the model's span may end on "of the"
            owner = by_start.get(o) if o is not None else None
            if owner is None and o is not None and o > 0 and doc[o - 1].lower_ == "the":
                owner = by_start.get(o - 1)   # the model's span of the owner may begin with "the"
            if owner is not None and not set(owner[2].split("|")) & set(_OWNER_LABELS):
                owner = None
            if owner is None and o is not None and o in gaz_by_start:
                owner = gaz_by_start[o]
            if owner is not None and not _coordinated_after(doc, owner[1]) \
                    and not any(a < owner[1] and b > owner[0] and (a, b) != owner[:2] for a, b, _ in spans):
                joined = (s, owner[1], "ORG")
                if owner in by_start.values():
                    skip.add(owner)
        out.append(joined or (s, e, lab))
    return headed_bodies(doc, sorted(out), gaz)


def _initials(tok) -> bool:
    return tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6


def bracketed_heads(doc: Doc, ner: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's spans with a body's name, its initials in brackets and a body's span with a head word right
    after them made one span: "the Communist Party of China (CPC) Central Committee" is the committee's name."""
    by_start = {s: (s, e, lab) for s, e, lab in ner}
    out, skip = [], set()
    for s, e, lab in ner:
        if (s, e, lab) in skip:
            continue
        head = by_start.get(e + 3)
        if _first(lab) in _BODY_LABELS and e + 3 < len(doc) and doc[e].text == "(" and _initials(doc[e + 1]) \
                and doc[e + 2].text == ")" and head is not None and _first(head[2]) in _BODY_LABELS \
                and doc[head[0]].is_title and any(t.lower_ in BODY_HEADS for t in doc[head[0]:head[1]]):
            skip.update({head, by_start.get(e + 1)})
            out.append((s, head[1], "ORG"))
        else:
            out.append((s, e, lab))
    return [span for span in out if span not in skip]


def headed_bodies(doc: Doc, ner: Sequence[tuple[int, int, str]], gaz: Sequence[tuple[int, int, str]]
                  ) -> list[tuple[int, int, str]]:
    """The model's spans with a body's name (the model's or the gazetteer's) and the capitalised head word right
    after it that no span holds made one body span: "the ASEAN" "Secretariat", "the NATO" "Secretariat"."""
    held = {t for s, e, _ in ner for t in range(s, e)}
    out = [span for span in ner]
    bodies = [(s, e, lab) for s, e, lab in ner if _first(lab) in _BODY_LABELS] + \
        [(s, e, lab) for s, e, lab in gaz if lab == "GAZ:ORG" and not held.intersection(range(s, e))]
    for s, e, lab in bodies:
        if e < len(doc) and doc[e].lower_ in BODY_HEADS and doc[e].is_title and e not in held \
                and doc[e - 1].whitespace_:
            if (s, e, lab) in out:
                out.remove((s, e, lab))
            out.append((s, e + 1, "ORG"))
            held.update(range(s, e + 1))
    return sorted(out)


def named_owners(doc: Doc, spans: Sequence[tuple]) -> list[tuple[int, int, str, str]]:
    """(start, end, "ORG", "nested") for the initials ("WPK", "SCO") that end a body span ((start, end, label,
    origin), token offsets) after "of" ("the") with a head word before them."""
    out = []
    for s, e, label, origin in spans:
        if origin == "nested" or _first(label) not in _BODY_LABELS or e - s < 3:
            continue
        last = doc[e - 1]
        if not (last.is_upper and last.is_alpha and 2 <= len(last) <= 6):
            continue
        if doc[e - 2].lower_ == "of" or doc[e - 2].lower_ == "the" and doc[e - 3].lower_ == "of":
            if any(t.lower_ in BODY_HEADS for t in doc[s:e - 2]):
                out.append((e - 1, e, "ORG", "nested"))
    for s, e, label, origin in spans:   # "the Communist Party of China (CPC) Central Committee": CPC too
        if origin != "nested" and _first(label) in _BODY_LABELS and any(t.lower_ in BODY_HEADS for t in doc[s:e]):
            out += [(k, k + 1, "ORG", "nested") for k in range(s + 1, e - 2)
                    if doc[k - 1].text == "(" and _initials(doc[k]) and doc[k + 1].text == ")"]
    return out
