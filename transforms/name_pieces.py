"""A town's name that the article itself uses as a piece of a person's or a company's name.

"Frank Fountain, a vice president, ... Fountain said": the gazetteer knows a town Fountain, and the
model, which read the bare surname as a place, lets the lookup link it there. "Toyota Motor Corp ...
Toyota is studying", "Manufacturers Hanover Corp ... Manufacturers Hanover said": the company's short
name is the name of a town, too. A reader takes such a name as the one the article gave it in full:

- a one-word name linked to a town that is the surname of exactly one person the article names in
  full ("Lane Kirkland" ... "Kirkland") is that person, linked or unknown as the full name is; but a
  state's capital the model itself read as a place stays the capital when that person is one the
  gazetteer does not know ("Trump, Erdogan Ankara will ..." run together from a heading makes no
  person of "Ankara" in "Ankara is testing"): a name the model merely guessed is weaker evidence than
  a capital named as a place;
- a name linked to a town that the article writes, elsewhere, inside a company's name, followed by
  more capitalised words up to a word only a company's name ends with ("Toyota Motor Corp", "San
  Miguel Corp", "Manufacturers Hanover Trust Co"), is the company's short name, and unknown, unless the
  model read it as a place itself (a "New York" the model labels GPE beside "Bank of New York Co")
  and it neither speaks ("Piedmont said" after "Piedmont Airlines"), nor goes on as the company's name
  goes on, after it ("Horn and Hardart is projecting" after "Horn and Hardart Co") or before it ("from
  Ashland and First Mississippi" after "First Mississippi Corp"), nor follows a company officer's title
  and "of" ("president and chairman of Rocky Mount" after "Rocky Mount Undergarment Co Inc"), nor is
  read by the model as a body or a person elsewhere in the article ("Apex could not deliver" beside
  "The NYMEX ordered Apex to deliver" after "Apex Oil Co").

- a name of a word or more that the model read as a body and nothing linked, which is a first surname or the
  last words of exactly one person the article names with three words or more ("Rodriguez" or "Rodriguez
  Parrilla" after "Bruno Rodriguez Parrilla"), is that person, unless someone named in full bears the word
  as a surname; so is a town's name that is such a first surname and nobody's surname.
- a body's initials that the article writes, elsewhere, at the head of a company's name ("SIS Corp said
  ... giving SIS 55 restaurants") are the company's, not a body's of that name (Britain's SIS).

- a people's name that the article writes inside a company's name ("American" of "American Airlines Inc" or of
  "Basic American Medical Inc") is the company's short name, and unknown, where it stands as a noun, not before
  one, and with no article before it ("an American", "the American"): before "'s" ("American's third-place
  ranking"), before a function word ("American is a unit of AMR Corp", "American will pay"), speaking, or after
  the words that go before it in the company's name ("Basic American also said"); "American goods", "American
  and British banks" keep their state.
- a town's name that the article writes inside a company's name is the company's short name also after a word
  of a holding in it and "of" or "in" ("acquisition of 51 pct of Piedmont", "control of Piedmont" after
  "Piedmont Aviation Inc"), the model's place or not.

A town named in the dateline ("HOUSTON, March 3 -") keeps its link.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Optional, Sequence

from gazetteer.model import normalise
from gazetteer.people import person_name_key, title_before
from gazetteer.resolution import Resolution
from transforms.company_names import COMPANY_WORDS

_PLACE_LABELS = ("GPE", "LOC")
# a company's officer, or its owners, before "of" and the name ("president and chairman of Rocky Mount")
_OFFICER_OF = re.compile(r"\b(?:president|chairman|chairwoman|director|founder|owners?|shareholders?|stockholders?)"
                         r"(?:\s+and\s+[a-z]+)?\s+of\s+$", re.IGNORECASE)
# a holding in a company before "of" or "in" and the name ("51 pct of Piedmont", "control of Piedmont")
_HOLDING_OF = re.compile(r"\b(?:pct|percent|per\s+cent|stake|control|acquisition|takeover)\s+(?:of|in)\s+$",
                         re.IGNORECASE)
_COORDINATING = frozenset({"and", "or", "nor", "but"})   # "American and British banks": an adjective before its noun
_ARTICLES = frozenset({"a", "an", "the"})   # "an American said": a person
_PARTICLES = frozenset({"de", "da", "del", "la", "le", "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "dos",
                        "das", "du", "di"})   # the model's own labels for a place (a building's, "FAC", is no town's)


def _words(text: str) -> list[str]:
    return normalise(text).split()


def _full_named_people(queries: Sequence, answers: Sequence, inner: bool = False) -> dict:
    """{surname: {person's identity: answer}} for the people the article names with two words or more;
    `inner`: keyed instead by the words between the first and the last of names of three words or more
    (a first surname: "Rodriguez" of "Bruno Rodriguez Parrilla"), and by their last words two or more
    ("rodriguez parrilla")."""
    people: dict = {}
    for q, a in zip(queries, answers):
        if a is None or a.entity_type != "PERSON":
            continue
        words = person_name_key(q.text).split()
        identity = a.entity_id or "nil:" + (a.canonical_name or "")
        if not inner and len(words) > 1:
            people.setdefault(words[-1], {})[identity] = a
        elif inner and len(words) > 2:
            for k in range(1, len(words) - 1):
                if len(words[k]) > 2 and words[k] not in _PARTICLES:
                    people.setdefault(words[k], {})[identity] = a
                people.setdefault(" ".join(words[k:]), {})[identity] = a
    return people


def _company_names(queries: Sequence) -> list[list[str]]:
    """The word lists of the article's names that end with a company's word ("toyota motor corp")."""
    names = []
    for q in queries:
        words = _words(q.text)
        if len(words) > 1 and words[-1].rstrip(".") in COMPANY_WORDS:
            names.append(words)
    return names


def _inside_company_name(words: list[str], companies: list[list[str]]) -> bool:
    """Do `words` stand in one of `companies`, with more of its words after them?"""
    n = len(words)
    return any(c[k:k + n] == words for c in companies for k in range(len(c) - n))


def _as_person(a: Resolution) -> Resolution:
    return a._replace(method="coref", score=0.9) if a.entity_id else a


def person_or_company_pieces(queries: Sequence, answers: list) -> list[Optional[Resolution]]:
    """`answers` (the resolver's, one per query) with the towns that are pieces of the article's
    people's or companies' names taken back (see the module's doc)."""
    out = list(answers)
    people = companies = inner_people = None
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or getattr(q, "dateline", False):
            continue
        if people is None:
            people, companies = _full_named_people(queries, answers), _company_names(queries)
            inner_people = _full_named_people(queries, answers, inner=True)
        words = _words(q.text)
        if a.entity_type == "ORG" and a.entity_id is not None and _initials(q.text):
            if _inside_company_name(words, companies):
                out[i] = Resolution("ORG", None, q.text.strip(), method="nil")   # "SIS Corp ... SIS": no MI6
            continue
        if a.method == "demonym" and a.entity_id is not None and len(words) == 1 \
                and _inside_company_name(words, companies) \
                and not _company_name_goes_on(words, companies, getattr(q, "word_after", "")) \
                and (_stands_as_a_noun(q) or _company_name_goes_on_before(words, companies, q.context_before)):
            out[i] = Resolution("ORG", None, q.text.strip(), method="nil")   # "American is a unit of AMR Corp"
            continue
        if a.entity_type not in ("CITY", "PERSON") and a.entity_id is None and not q.text.isupper():
            # "Rodriguez Parrilla" or "Rodriguez" read as a body after "Bruno Rodriguez Parrilla", when no one
            # named in full bears the word as a surname
            bearers = {} if len(words) == 1 and words[0] in people else inner_people.get(" ".join(words), {})
            if len(bearers) == 1:
                out[i] = _as_person(next(iter(bearers.values())))
            continue
        if a.entity_type == "PERSON" and a.entity_id is not None and len(words) == 1 and words[0] not in people \
                and _inside_company_name(words, companies) and title_before(q.context_before or "") is None:
            # "require Baker to sell its drilling bit operations" after "Baker International Corp": the
            # company's short name, no Howard Baker, where the article names no Baker in full
            out[i] = Resolution("ORG", None, q.text.strip(), method="nil")
            continue
        if a.entity_type != "CITY" or a.entity_id is None:
            continue
        bearers = people.get(words[0], {}) if len(words) == 1 and not q.text.isupper() else {}
        if not bearers and len(words) == 1 and not q.text.isupper():
            bearers = inner_people.get(words[0], {})   # "Rodriguez" of "Bruno Rodriguez Parrilla"
        if len(bearers) == 1:
            bearer = next(iter(bearers.values()))
            if not (bearer.entity_id is None and a.acts_for and q.label.split("|")[0] in _PLACE_LABELS):
                out[i] = _as_person(bearer)
        elif _inside_company_name(words, companies) and (
                q.label.split("|")[0] not in _PLACE_LABELS or getattr(q, "speaker", False)
                or _company_name_goes_on(words, companies, getattr(q, "word_after", ""))
                or _company_name_goes_on_before(words, companies, q.context_before)
                or _OFFICER_OF.search(q.context_before or "") is not None
                or _HOLDING_OF.search(q.context_before or "") is not None
                or _read_as_a_body_elsewhere(words, i, queries, answers)):
            out[i] = Resolution("ORG", None, q.text.strip(), method="nil")
    return out


def _stands_as_a_noun(q) -> bool:
    """Does the one-word name of `q` stand as a noun, not before one: before "'s" or a function word other
    than "and"/"or" ("American's", "American is", "American will"), or speaking, with no article before it?"""
    before = (q.context_before or "").split()
    if before and before[-1].lower() in _ARTICLES:
        return False
    after = (q.word_after or "").lower().replace("\u2019", "'")
    return (after == "'s" or (after in _function_words() and after not in _COORDINATING)
            or bool(getattr(q, "speaker", False)))


@cache
def _function_words() -> frozenset:
    """spaCy's English stop words, imported on first use: the process that launches the job never imports spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


def _initials(text: str) -> bool:
    """Is `text` a body's initials ("SIS", "IBA"): one word of two to five capitals?"""
    t = text.strip()
    return 2 <= len(t) <= 5 and t.isalpha() and t.isupper()


def _company_name_goes_on(words: list[str], companies: list[list[str]], word_after: str) -> bool:
    """Does the word right after the name go on as the company's name goes on after it ("Horn and
    Hardart is projecting" after "Horn and Hardart Co")?"""
    after = normalise(word_after or "")
    n = len(words)
    return bool(after) and any(c[k:k + n] == words and c[k + n] == after
                               for c in companies for k in range(len(c) - n))


def _company_name_goes_on_before(words: list[str], companies: list[list[str]], context_before: str) -> bool:
    """Do the words right before the name go on as the company's name goes before it ("from Ashland and
    First Mississippi" after "First Mississippi Corp")?"""
    before = normalise(context_before or "").split()
    n = len(words)
    return bool(before) and any(c[k:k + n] == words and c[k - 1] == before[-1]
                                for c in companies for k in range(1, len(c) - n))


def _read_as_a_body_elsewhere(words: list[str], i: int, queries: Sequence, answers: Sequence) -> bool:
    """Does the model read the same name, elsewhere in the article, as a body or a person that nothing
    links ("The NYMEX ordered Apex to deliver" beside "Apex could not make full delivery", the model's
    place)?"""
    return any(j != i and a is not None and a.entity_id is None and _words(q.text) == words
               and q.label.split("|")[0] not in _PLACE_LABELS for j, (q, a) in enumerate(zip(queries, answers)))
