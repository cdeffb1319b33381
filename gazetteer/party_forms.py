"""A party named by its short form: "Labour said", "the Tories", "Democrats", "a Conservative Government".

News and debates name a party by the word its name is built on. The forms are derived from each
party's own names (Party Facts, gazetteer/sources_partyfacts.py), never listed by hand:

- the name without "Party"/"Union" and without its country ("Conservative Party of Canada",
  "Australian Labor Party" -> "Conservative", "Labor");
- the member noun that word makes ("Conservatives", "Republicans", "Democrat(s)" from "Democratic")
  and the singular of a plural name ("Liberal Democrats" -> "Liberal Democrat"); a lone adjective
  in "-al" only as that noun ("Liberals", "Nationals": "National Assembly", "Federal Court" and
  "Social media" are no party's);
- the one nickname a party family has in English ("Tory", "Tories" for a party called Conservative,
  in whatever country: `NICKNAMES` is keyed by the word, not by a party).

A party's name without "of" its state ("Conservative Party" of the "Conservative Party of Canada") is a
name many parties share: `PartyForms.without_state()` takes it as the party of the article's clear state
only (or the one such party among its states, said in a party's words: "a Conservative Party MP").

A short form names no party by itself. `PartyForms.choose()` takes the party of the country the
article is about (the countries its certain mentions name, as the resolver counts them): among the
article's countries that have a party of that form on the date (`founded`..`dissolved`), the clearly
dominant one (gazetteer.national.dominant_country), which must also hold `min_share` of the whole
article; and only when exactly one of that country's parties fits. Otherwise nothing: unknown.
"""
from __future__ import annotations

import re
import threading
from collections import Counter
from typing import Iterable, Optional, Sequence

from gazetteer.memo import by_gazetteer
from gazetteer.model import Entity, country_per_code, normalise, reports_news
from gazetteer.national import dominant_country
from gazetteer.party_pieces import is_party

LABEL = "PARTY"                      # the recogniser's phrase label for a party's short form
SOURCE = "partyfacts"
_FORM_WORDS = ("Party", "Union")     # what a party's name adds to the word it is named by
NICKNAMES = {"Conservative": ("Tory", "Tories")}
_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*$")   # "Labour", "Social", "Christian-Social"
_FUNCTION_WORDS = {"a", "an", "and", "for", "of", "the", "our", "your", "we", "i", "us", "my", "to", "in", "on"}


def is_party_word(label: str) -> bool:
    """Did the recogniser find this span as a party's short form (and not as a person)?"""
    labels = label.split("|")
    return "GAZ:" + LABEL in labels and "PERSON" not in labels and "GAZ:PERSON" not in labels


def _country_names(country: Optional[Entity]) -> list:
    if country is None:
        return []
    names = [country.canonical_name, *country.aliases, *country.demonyms]
    return sorted({n for n in names if n}, key=len, reverse=True)


# a word that names a party's members or its creed: Conservative, Liberal, Republican, Socialist,
# Democrat(ic), Labour/Labor; not a demonym ("-ian") nor an ordinary noun ("Green", "Union", "Change")
_MEMBER_ENDINGS = ("ive", "al", "an", "ist", "atic", "at", "our", "or")


def _member_word(word: str) -> bool:
    return word.endswith(_MEMBER_ENDINGS) and not word.endswith("ian")


def _singular(word: str) -> Optional[str]:
    """"Conservatives" -> "Conservative", "Democrats" -> "Democrat"; None for no member noun's plural."""
    return word[:-1] if word.endswith("s") and _member_word(word[:-1]) else None


def _base(name: str, country_names: list) -> Optional[str]:
    """The word(s) a party's name is built on: "Social Democratic Party of Germany" -> "Social Democratic"."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s*\(\d{4}\)$", "", name)   # "Conservative Party of Canada (2003)": the year is in `founded`
    if "(" in name or not name:
        return None
    for c in country_names:
        for suffix in (f" of {c}", f" in {c}", f" of the {c}"):
            if name.endswith(suffix):
                name = name[:-len(suffix)]
        if name.startswith(c + " "):
            name = name[len(c) + 1:]
    words = name.split()
    if len(words) > 1 and words[-1] in _FORM_WORDS:
        words = words[:-1]
    if not 1 <= len(words) <= 3 or not all(_WORD.match(w) for w in words) or words[0].lower() in _FUNCTION_WORDS:
        return None
    if not (_member_word(words[-1]) or _singular(words[-1])):
        return None   # ordinary words ("Green", "Change", "Human Rights") name no party by themselves
    base = " ".join(words)
    return base if len(base) >= 4 and base not in country_names else None


_PARTY_KINDS = ("Party", "Union", "Front", "League", "Movement", "Congress", "Alliance")


def without_its_state(name: str, country_names: list) -> Optional[str]:
    """A party's name without "of" its state, as news of that state writes it: "Conservative Party of
    Canada" -> "Conservative Party"; the name left must still say it is a party ("Communist Party", not
    "Communist"). None when the name ends with no name of the state (`country_names`)."""
    for c in country_names:
        for suffix in (f" of {c}", f" of the {c}"):
            if name.endswith(suffix):
                words = name[:-len(suffix)].split()
                if len(words) >= 2 and words[-1] in _PARTY_KINDS and words[0][:1].isupper() \
                        and "/" not in words and "(" not in name:
                    return " ".join(words)
    return None


@by_gazetteer(size=4)
def parties_without_state(gaz) -> dict:
    """{normalised name of a party without its state ("conservative party"): parties so named}."""
    countries = country_per_code(e for e in gaz.entities if e.entity_type == "COUNTRY")
    index: dict = {}
    for party, _ in party_forms_of(gaz).values():
        names = _country_names(countries.get(party.country_code))
        for key in {normalise(n) for n in filter(None, (without_its_state(x, names) for x in party.names()))}:
            index.setdefault(key, []).append(party)
    return index


def member_forms(base: str) -> set:
    """The forms a party's base word takes in text: "Democratic" -> Democratic, Democrat, Democrats;
    "Conservatives" -> Conservatives, Conservative, Tory, Tories."""
    head, _, last = base.rpartition(" ")
    pre = head + " " if head else ""
    forms = {base}
    if _singular(last):
        forms.add(pre + _singular(last))
    elif last.endswith("atic"):
        forms |= {pre + last[:-2], pre + last[:-2] + "s"}
    elif _member_word(last) and not last.endswith(("our", "or")):
        forms.add(base + "s")
    for form in list(forms):
        forms.update(NICKNAMES.get(form, ()))
    # one word in "-al" alone ("National", "Federal", "Social") is mostly a state's own word
    return {f for f in forms if " " in f or not f.endswith("al")}


def adjective_forms(party: Entity, country: Optional[Entity]) -> set:
    """The one-word adjective in "-al" a party's names are built on ("Liberal" of "Liberal Party of
    Canada"), which `member_forms` leaves out: it names the party only in a party's words (`PartyForms.
    by_adjective`), being mostly a state's own word ("National Assembly", "Federal Court")."""
    names = _country_names(country)
    bases = {_base(name, names) for name in party.names()}
    return {b for b in bases if b and " " not in b and b.endswith("al")}


def short_forms(party: Entity, country: Optional[Entity], national_words: frozenset = frozenset()) -> set:
    """Every short form of one party's names; none that is a country's name or demonym
    (`national_words`, normalised: "German Party" is not named "German")."""
    names = _country_names(country)
    forms = set()
    for name in party.names():
        base = _base(name, names)
        if base is not None:
            forms |= member_forms(base)
    return {f for f in forms if normalise(f) not in national_words}


_LAST_FORMS: list = []          # [(entities, forms)] of the last call
_LAST_FORMS_LOCK = threading.Lock()


def forms_by_party(entities: Iterable[Entity]) -> dict:
    """{party entity: its short forms} for the Party Facts parties among `entities` (read only).

    A worker asks this twice of its one gazetteer (the recogniser's phrases, the resolver's
    short-form index): asked again of the same entity objects, it answers from the last call."""
    entities = list(entities)
    with _LAST_FORMS_LOCK:
        if _LAST_FORMS and len(_LAST_FORMS[0][0]) == len(entities) \
                and all(a is b for a, b in zip(_LAST_FORMS[0][0], entities)):
            return _LAST_FORMS[0][1]
    forms = _forms_by_party(entities)
    with _LAST_FORMS_LOCK:
        _LAST_FORMS[:] = [(entities, forms)]
    return forms


def _forms_by_party(entities: list) -> dict:
    countries = country_per_code(e for e in entities if e.entity_type == "COUNTRY")   # as the gazetteer's index keeps
    national = frozenset(normalise(n) for e in entities if e.entity_type == "COUNTRY" for n in _country_names(e))
    return {e.entity_id: (e, short_forms(e, countries.get(e.country_code), national)) for e in entities
            if e.entity_type == "ORG" and SOURCE in e.sources and e.country_code}


@by_gazetteer(size=4)
def party_forms_of(gaz) -> dict:
    """`forms_by_party` of the gazetteer's entities, kept with the gazetteer (gazetteer/memo.py)."""
    return forms_by_party(gaz.entities)


@by_gazetteer(size=4)
def party_adjectives(gaz) -> dict:
    """{normalised adjective: parties} of `adjective_forms` over the gazetteer's parties, kept with the gazetteer
    and so built into its snapshot (gazetteer/snapshot.py) instead of on a worker's first party adjective."""
    countries = country_per_code(e for e in gaz.entities if e.entity_type == "COUNTRY")
    index: dict = {}
    for party, _ in party_forms_of(gaz).values():
        for f in adjective_forms(party, countries.get(party.country_code)):
            index.setdefault(normalise(f), []).append(party)
    return index


def party_phrases(entities: Iterable[Entity]) -> set:
    """The short forms the recogniser looks for (case-sensitive, as written)."""
    return {f for _, forms in forms_by_party(entities).values() for f in forms}


def in_time(party: Entity, date: Optional[str]) -> bool:
    """Did the party exist in the year of `date` (YYYY...)? Unknown dates never exclude it."""
    year = (date or "")[:4]
    if not year.isdigit():
        return True
    return (party.founded or "0000") <= year <= (party.dissolved or "9999")


def namesakes_without_state(gaz, text: str, holders: Iterable[Entity], date: Optional[str],
                            context: Optional[Counter], min_share: float, lead: float) -> list:
    """The party of the article's clear state (`dominant_country`), in existence in `date`'s year, named
    `text` without "of" its state ("Democratic Party" of the "Democratic Party of Albania"), when parties
    of several other states hold `text` as a name of their own (`holders`): one more namesake for the
    article's countries to choose from. Without it a story of Albania that names the United States
    too takes the Democratic Party for the American one."""
    holders = list(holders)
    dominant = dominant_country(context, min_share, lead) if context else None
    if dominant is None or len({e.country_code for e in holders if is_party(e) and e.country_code}) < 2:
        return []
    ids = {e.entity_id for e in holders}
    return [p for p in parties_without_state(gaz).get(normalise(text), [])
            if p.entity_id not in ids and p.country_code == dominant[0] and in_time(p, date)]


def sentence_states(i: int, queries: Sequence, results: Sequence) -> set:
    """The states the names resolved so far in the sentence of name `i` belong to (a news agency's aside);
    a piece of a longer name of the sentence says nothing ("Renewal Party" inside "Democratic Renewal
    Party" is no Panamanian party beside the Portuguese one)."""
    sentence = getattr(queries[i], "sentence", -1)
    if sentence < 0:
        return set()
    here = [q for q in queries if q.sentence == sentence]
    return {r.entity.country_code for q, r in zip(queries, results)
            if r is not None and r.entity is not None and r.entity.country_code and q.sentence == sentence
            and not reports_news(r.entity) and not _inside_another(q, here)}


def _inside_another(q, queries: Sequence) -> bool:
    """Does the span of name `q` lie inside a longer name of `queries`?"""
    return any(o.start_char <= q.start_char and q.end_char <= o.end_char
               and o.end_char - o.start_char > q.end_char - q.start_char for o in queries)


def party_of_the_sentence(gaz, text: str, holders: Iterable[Entity], date: Optional[str], states: set
                          ) -> Optional[Entity]:
    """Of the parties of several states named `text` (`holders`, and any named so without "of" its state),
    the one of the only state the name's sentence names (`states`), in existence in `date`'s year, when
    that state has exactly one; else None. "The right-wing Democratic Party, which emerged from a
    popular revolt in Albania" is Albania's, in a story that names the United States as often."""
    holders = list(holders)
    if len(states) != 1 or len({e.country_code for e in holders if is_party(e) and e.country_code}) < 2:
        return None
    (code,) = states
    ids = {e.entity_id for e in holders}
    own = [e for e in holders if is_party(e) and e.country_code == code and in_time(e, date)]
    own += [p for p in parties_without_state(gaz).get(normalise(text), [])
            if p.entity_id not in ids and p.country_code == code and in_time(p, date)]
    return own[0] if len(own) == 1 else None


class PartyForms:
    """Short form -> parties, built from a gazetteer on first use; `choose()` decides by the article."""

    def __init__(self, gazetteer, min_share: float = 0.25, lead: float = 2.0):
        self.gaz = gazetteer
        self.min_share = min_share
        self.lead = lead
        self._index: Optional[dict] = None
        self._adjectives: Optional[dict] = None
        self._lock = threading.Lock()

    @property
    def index(self) -> dict:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    index: dict = {}
                    for party, forms in party_forms_of(self.gaz).values():
                        for f in forms:
                            index.setdefault(normalise(f), []).append(party)
                    self._index = index
        return self._index

    @property
    def adjectives(self) -> dict:
        """{normalised adjective: parties} of `adjective_forms` (`party_adjectives`)."""
        if self._adjectives is None:
            self._adjectives = party_adjectives(self.gaz)
        return self._adjectives

    def by_adjective(self, text: str, context: Optional[Counter], date: Optional[str], spoken: bool) -> Optional[Entity]:
        """A lone adjective in "-al" a party's name is built on, said in a party's words (`spoken`: "the
        Liberal leader David Steel", "a Liberal government"): the one party of it among the article's
        states on the date, else None ("the Federal government" of a state with no Federal party)."""
        if not spoken or not context or " " in text.strip():
            return None
        fit = [p for p in self.adjectives.get(normalise(text), []) if p.country_code in context and in_time(p, date)]
        return fit[0] if len(fit) == 1 else None

    def without_state(self, text: str, context: Optional[Counter], date: Optional[str], spoken: bool) -> Optional[Entity]:
        """A party named without "of" its state ("a Conservative Party MP" in an Ottawa story: the
        Conservative Party of Canada): the one such party of the article's clear country on the date, or,
        said in a party's words, the one such party among the article's states; else None."""
        if not context:
            return None
        fit = [p for p in parties_without_state(self.gaz).get(normalise(text), [])
               if p.country_code in context and in_time(p, date)]
        if spoken and len(fit) == 1:
            return fit[0]
        dominant = dominant_country(context, self.min_share, self.lead)
        ours = [p for p in fit if dominant is not None and p.country_code == dominant[0]]
        return ours[0] if len(ours) == 1 else None

    def choose(self, text: str, label: str, context: Optional[Counter], date: Optional[str],
               spoken: bool = False) -> Optional[Entity]:
        """The one party of the article's country this short form names, or None; never for a word only
        the model found (`label` without a gazetteer match: "the Communist system" is a creed's). Said in
        a party's words (`spoken`: "Conservative MP", "the Socialist government", gazetteer/party_cues.py),
        the one party of that form among the article's states, whether or not its state leads."""
        if not context or "GAZ:" not in label:
            return None
        fit = [p for p in self.index.get(normalise(text), []) if p.country_code in context and in_time(p, date)]
        if spoken and len(fit) == 1:
            return fit[0]
        with_party = Counter({code: context[code] for code in {p.country_code for p in fit}})
        dominant = dominant_country(with_party, 0.0, self.lead)
        if dominant is None or context[dominant[0]] < self.min_share * sum(context.values()):
            return None
        ours = [p for p in fit if p.country_code == dominant[0]]
        return ours[0] if len(ours) == 1 else None
