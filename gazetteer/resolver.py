"""Resolve an article's mentions to canonical entities, as a careful reader would.

Cheap and certain first, fuzzy last (STYLE.md section 5):

1. *Certain*: demonyms ("British" -> United Kingdom) and exact normalised names
   that point to one entity of a compatible type.
2. *Article context*: the countries the certain mentions establish decide
   ambiguous exact names ("Labor Party" in a British story is the UK Labour
   Party; "Georgia" beside Moldova is the country).
3. *Evidence for the rest*: a role title beside the name and who held that role
   on the article's date ("the Prime Minister of Canada, Justin Trinto");
   earlier mentions of the same person ("Liz Troy" ... "Tras said");
   surnames of known people; bounded fuzzy matching within compatible types (a person's
   evidence: gazetteer/person_evidence.py; a body's or a place's: gazetteer/body_evidence.py).
4. *Abstention*: when evidence is weak the mention stays unresolved
   (entity_id None, method 'nil'); a person keeps the fullest name the article
   gives them as `canonical_name`, so it can be clustered across the feed.

Every resolved mention records its `method` and a `score` in 0..1.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional, Sequence

from gazetteer.bodies_of_named_states import bodies_of_named_states
from gazetteer.body_spellings import respelt_bodies
from gazetteer.branch_names import unresolve_branches_named_for_another_state
from gazetteer.bodies_taken_for_people import bodies_taken_for_people
from gazetteer.companies_taken_for_people import companies_taken_for_people
from gazetteer.city_phrases import geonames_only
from gazetteer.international_officials import officials_of_no_state
from gazetteer.leaders_taken_for_places import leader_taken_for_a_place
from gazetteer.history import DISSOLVED_UNIONS, as_of, of_its_time, predecessor_body, state_on
from gazetteer.named_before import given_name_of_one_named, surname_of_one_named
from gazetteer.named_in_office import in_office_under_a_longer_name
from gazetteer.model import Entity, normalise, reports_news
from gazetteer.title_alone import national_titles, title_holder
from gazetteer.national import dominant_country, exact_country_or_demonym
from gazetteer.given_name_states import drop_given_names_taken_for_states
from gazetteer.given_names import bare_title_key, envoy_namesake, forgotten_namesake, titled_namesake
from gazetteer import abbreviations, country_codes, foreign_bodies
from gazetteer.org_names import (agency_candidates, in_agency_brackets, is_abbreviation, is_one_word_party,
                                 is_party_code, lookalike_name, needs_its_country)
from gazetteer.people_taken_for_bodies import person_taken_for_a_body
from gazetteer.party_cues import in_party_words, one_named_party
from gazetteer.party_forms import (PartyForms, is_party_word, namesakes_without_state, party_of_the_sentence,
                                    sentence_states)
from gazetteer.party_pieces import is_party, unresolve_party_pieces
from gazetteer.party_reading import party_readings
from gazetteer.place_cues import one_city_after_place_word
from gazetteer.people import (ACTING_ROLES, HONORIFICS, acting_span, person_like, person_name_key,
                              role_country, role_on, title_before)
from gazetteer.person_evidence import PersonEvidence
from gazetteer.body_evidence import BodyEvidence
from gazetteer.person_match import known_surname, surname_of_the_article
from gazetteer.reported_names import reported_name, words_written_for
from gazetteer.sovereigns import title_in_span
from gazetteer.resolution import NameQuery, Resolution, ResolverConfig
from gazetteer.state_chambers import unresolve_state_chambers
from gazetteer.the_states import unresolve_bare_states
from gazetteer.language_services import unresolve_language_services
from gazetteer.verdict import Verdict
from gazetteer.wade_giles import CHINESE_STATES, pinyin_forms
from gazetteer.old_indonesian_spelling import held_in_modern_spelling, person_in_modern_spelling
from gazetteer.ministry_prepositions import found_with_other_preposition

# Which entity types a recogniser label may stand for, most likely first.
_STOPPED_CAPITALS = re.compile(r"^(?:[A-Z]\.){2,}[A-Z]\.?$")   # "S.E.A.T.O": a body's initials, each with its stop

TYPES_FOR_LABEL = {
    "PERSON": ("PERSON",),
    "SPEAKER": ("PERSON",),
    "GPE": ("COUNTRY", "CITY", "OTHER"),
    "LOC": ("COUNTRY", "CITY", "OTHER"),
    "NORP": ("ORG",),
    "ORG": ("ORG", "COUNTRY"),
    "FAC": ("ORG", "CITY"),
    "GAZ:COUNTRY": ("COUNTRY",),
    "GAZ:CITY": ("CITY",),
    "GAZ:ORG": ("ORG",),
    "GAZ:PERSON": ("PERSON",),
    "GAZ:OTHER": ("OTHER",),
    "GAZ:NORP": (),
}


def international(e: Entity) -> bool:
    """Is `e` a body of no state: no country, acting for none, and no party (a party is some state's,
    even one the codes lack: Austria-Hungary's parties carry no country)?"""
    return not e.country_code and not e.acts_for and "partyfacts" not in (e.sources or ())


def existed_on(e: Entity, date: Optional[str]) -> bool:
    """Did the body `e` exist in the year of `date` (or the year after it ended), by the years a source
    gives? Undated bodies and dates always did."""
    year = (date or "")[:4]
    if not year.isdigit():
        return True
    return not (e.founded and e.founded[:4] > year) and not (e.dissolved and int(e.dissolved[:4]) + 1 < int(year))


class ArticleResolver(PersonEvidence, BodyEvidence):
    """Resolves the raw mentions of one article against a `gazetteer.store.Gazetteer`."""

    def __init__(self, gazetteer, config: Optional[ResolverConfig] = None, disabled: Iterable[str] = ()):
        self.gaz = gazetteer
        self.config = config or ResolverConfig()
        self.disabled = set(disabled)   # evidence switched off, for ablation: title, coref, context, surname, fuzzy
        self._capitals = None   # one-word names of capitals, for garbled spellings (built when first asked)
        self.parties = PartyForms(gazetteer, self.config.party_min_share, self.config.national_body_lead)

    # -- public -----------------------------------------------------------
    def resolve(self, published_date: Optional[str], raw_mentions: Sequence[NameQuery],
                era: Optional[str] = None) -> list[Optional[Resolution]]:
        """One answer per name (the article's `NameQuery`s, in reading order); None for a name
        not to be reported (a speaker candidate no one can be found for). `era` (YYYY) stands in
        for a missing date when states are named as of their time."""
        results: list[Optional[Verdict]] = [None] * len(raw_mentions)
        deferred: list[tuple[int, list[Entity]]] = []

        # 1. certain
        for i, m in enumerate(raw_mentions):
            res, ambiguous = self._certain(m)
            if res is not None:
                results[i] = res
            elif ambiguous:
                deferred.append((i, ambiguous))
        unresolve_branches_named_for_another_state(   # "the Communist Party of the Soviet Union": no Estonian branch
            self.gaz, raw_mentions, results, self._unresolved, self._allowed_types)

        # 2. the article's countries, from what is certain; a retired official's full name in a story that
        # never names his country is a namesake's ("Amirov's lawyer, Michael Martin")
        stray = foreign_bodies.parties_of_states_named_nowhere(self.gaz, raw_mentions, results)   # no San Marino story
        kept = [None if i in stray else r for i, r in enumerate(results)]
        context = self._article_countries(kept)
        places = self._article_countries([r for r in kept if r is None or r.entity_type != "PERSON"])
        # a union named, or a place that was the union's on the date ("MOSCOW, March 2" in 1987)
        union_named = any(places[code] for code in DISSOLVED_UNIONS) or any(
            state_on(code, published_date) in DISSOLVED_UNIONS for code in places if places[code])
        for i, r in enumerate(results):
            if r is not None and r.entity is not None and forgotten_namesake(
                    r.entity, published_date, places[r.entity.country_code] > 0,
                    union_in_article=union_named,
                    years_ahead=self.config.max_years_before_first_role,
                    titled="title" not in self.disabled and title_before(   # "Transport Minister X"
                        raw_mentions[i].context_before, self.config.title_window_chars,
                        self.config.title_max_gap_chars) is not None):
                results[i] = self._unknown_person(raw_mentions[i], i, raw_mentions, results)
            elif r is not None and r.entity is not None and r.method in ("exact", "alias") and titled_namesake(
                    r.entity, published_date, places[r.entity.country_code] > 0, self._title_key(raw_mentions[i]),
                    union_in_article=union_named):
                results[i] = self._unknown_person(raw_mentions[i], i, raw_mentions, results)   # a Malian minister
            elif r is not None and r.entity is not None and r.method in ("exact", "alias") and envoy_namesake(
                    r.entity, published_date, places[r.entity.country_code] > 0, self._envoy_titled(raw_mentions[i]),
                    union_in_article=union_named):
                results[i] = self._unknown_person(raw_mentions[i], i, raw_mentions, results)   # another's envoy

        for i, r in enumerate(results):   # "Juan Carlos" in 2007: not the prince of 1975 but the king then
            if r is not None and r.entity is not None and r.entity_type == "PERSON" and r.method in ("exact", "alias"):
                later = in_office_under_a_longer_name(self.gaz, person_name_key(raw_mentions[i].text), r.entity,
                                                      published_date, context)
                if later is not None:
                    results[i] = Verdict(later, "PERSON", "context", 0.9)

        namesakes = set()
        for i, cands in deferred:
            party = None if "context" in self.disabled else party_of_the_sentence(
                self.gaz, raw_mentions[i].text, cands, published_date, sentence_states(i, raw_mentions, results))
            results[i] = Verdict(party, "ORG", "context", 0.85) if party is not None \
                else self._choose_by_context(raw_mentions[i], cands, context, published_date)
            if results[i] is None:
                namesakes.add(i)

        # 3. evidence for the rest, in reading order so earlier mentions inform later ones
        for i, m in enumerate(raw_mentions):
            if results[i] is not None:
                continue
            if i in namesakes and "PERSON" not in self._allowed_types(m):
                # several entities bear exactly this name and nothing in the article tells them
                # apart: abstain rather than let a lookup pick one ("Communist Party")
                # ... unless it is the surname of the one person the article names in full ("Tsipras" after
                # "Alexis Tsipras", though a party abroad is coded TSIPRAS)
                named = "coref" not in self.disabled and self._surname_taken_for_a_place(m, raw_mentions, results, i,
                                                                                               published_date)
                results[i] = named or self._national_body(m, i, raw_mentions, results, context) \
                    or self._party(m, context, published_date) or self._party_adjective(m, context, published_date) \
                    or self._party_without_state(m, context, published_date) or self._unresolved(m, self._allowed_types(m))
            else:
                results[i] = self._with_evidence(m, i, raw_mentions, results, context, published_date)

        for i, m in enumerate(raw_mentions):   # a surname before the full name ("Zelenskiy said ... Volodymyr Zelenskiy")
            if results[i] is not None and results[i].entity is None and results[i].entity_type == "PERSON" \
                    and "coref" not in self.disabled:
                key = person_name_key(m.text)
                known = known_surname(key, m.label, self.gaz.surname_index, published_date) \
                    or surname_of_the_article(key, self.gaz.surname_index, context)
                title = (title_before(m.context_before, self.config.title_window_chars, self.config.title_max_gap_chars)
                         if "title" not in self.disabled else None)
                results[i] = self._coreference(key, i, raw_mentions, results, getattr(m, "speaker", False),
                                               exact_only=known, title=title) \
                    or self._family_name_of_one_named(m, i, raw_mentions, results, later=True) or results[i]
        # missions nothing else knew ("the Russian Embassy in Berlin"); a state's body named alone ("the Foreign Ministry")
        for i, m in enumerate(raw_mentions):
            if results[i] is not None and results[i].entity is None and results[i].entity_type != "PERSON":
                results[i] = self._mission(m, i, raw_mentions, results, hosted=True) \
                    or self._national_body(m, i, raw_mentions, results, context) \
                    or self._mission(m, i, raw_mentions, results) or results[i]

        companies_taken_for_people(raw_mentions, results, self._unresolved)   # "Grumman said" after "Grumman Corp"
        bodies_taken_for_people(self.gaz, raw_mentions, results, context, self._context_weight,
                                lambda e: Verdict(e, "ORG", "context", 0.85))   # "Yonhap said", "Jobbik came second"
        bodies_of_named_states(self.gaz, raw_mentions, results, self._allowed_types,
                               lambda e: Verdict(e, "ORG", "alias", 0.9))   # "the USSR Foreign Ministry"
        unresolve_party_pieces(self.gaz, raw_mentions, results, self._unresolved, self._allowed_types)
        abbreviations.unresolve_redefined(self.gaz, raw_mentions, results, self._unresolved, self._allowed_types)
        abbreviations.link_defined(raw_mentions, results, lambda e: Verdict(e, e.entity_type, "coref", 0.9))
        foreign_bodies.unresolve_foreign_bodies(self.gaz, raw_mentions, results, self._unresolved, self._allowed_types, self.config)
        for i, party in party_readings(self.gaz, raw_mentions, results, context, published_date).items():
            results[i] = Verdict(party, "ORG", "context", 0.85) if party is not None \
                else self._unresolved(raw_mentions[i], self._allowed_types(raw_mentions[i]))   # "the Congress party"
        country_codes.unresolve_bare_codes(raw_mentions, results, self._unresolved, self._allowed_types)   # 'KNA'
        unresolve_bare_states(raw_mentions, results, self._unresolved, self._allowed_types)   # '14 EU Member States'
        unresolve_state_chambers(raw_mentions, results, self._unresolved, self._allowed_types)   # 'the state Senate'
        unresolve_language_services(raw_mentions, results, self._unresolved, self._allowed_types)   # "VOA's Somali Service"
        drop_given_names_taken_for_states(self.gaz, raw_mentions, results)   # "Dominique Prieur": no Dominica
        # people resolved late may carry roles: fill in the role held on the date
        # ... and every state as it was on the date ("Russia" in 1986 is the Soviet Union)
        as_of_date = published_date or era
        written = words_written_for(raw_mentions, results)   # "Victor Paz Estenssoro" keeps his mother's name
        stateless = officials_of_no_state(raw_mentions, results, international, published_date)  # "UN Secretary-General X"
        return [None if r is None else predecessor_body(
                    self.gaz, as_of(self._answer(r, published_date, written, stateless), of_its_time(r.entity, as_of_date),
                                    self.gaz.country))
                for r in results]

    # -- stage 1 ----------------------------------------------------------
    def _allowed_types(self, m) -> tuple:
        """Entity types a mention may have: the gazetteer's view first, then the model's."""
        types: list = []
        for label in reversed(m.label.split("|")):
            for t in TYPES_FOR_LABEL.get(label, ("ORG", "COUNTRY", "CITY", "PERSON", "OTHER")):
                if t not in types:
                    types.append(t)
        if "PERSON" in types and len(types) > 1 and any(c.isdigit() for c in m.text):
            types.remove("PERSON")   # no one's name has a digit: "the head of MI6"
        return tuple(types)

    def _certain(self, m) -> tuple[Optional[Verdict], list]:
        national = exact_country_or_demonym(self.gaz, m.text, m.label)   # whatever the model's label
        if national is not None:
            return Verdict(*national), []
        if m.label in ("NORP", "GAZ:NORP") or (m.label.split("|")[0] in ("GPE", "ORG") and self.gaz.lookup_demonym(m.text)):
            country = self.gaz.lookup_demonym(m.text)
            if country is not None:
                return Verdict(country, "NORP", "demonym", 1.0), []
        if m.label == "SPEAKER" or is_party_word(m.label):
            return None, []   # a party's short form ("Labour"): the article's country decides, in stage 3
        types = self._allowed_types(m)
        key_text = person_name_key(m.text) if "PERSON" in types else m.text
        found = [e for e in self.gaz.lookup_exact(key_text, types=None)
                 if not abbreviations.only_as_initials(key_text, e)] or self._in_pinyin(m.text) \
            or self._in_modern_spelling(m.text)   # "La" is no "LA"; "Soerabaja" is Surabaya
        # "the Ministry for Foreign Affairs of Finland", held as its "Ministry of Foreign Affairs": a name like the
        # body's own, which the article judges as it judges a fuzzy match (gazetteer/foreign_bodies.py)
        turned = not found and bool(found := found_with_other_preposition(self.gaz, key_text)
                                    or respelt_bodies(self.gaz, key_text, types))   # gazetteer/body_spellings.py
        compatible = [e for e in found if e.entity_type in types]
        if m.dateline and in_agency_brackets(m.context_before):
            found = compatible = agency_candidates(found)   # "PEKING, Feb. 21 (AP) -": a news agency, not a party
        if not compatible and (person := person_taken_for_a_body(found, m.text, m.label)) is not None:
            return Verdict(person, "PERSON", "exact", 0.9), []   # "Laurent-Desire Kabila" labelled a body
        if not compatible and found and m.label in ("ORG", "FAC", "GPE", "LOC", "NORP"):
            compatible = [e for e in found if e.entity_type in ("COUNTRY", "CITY", "ORG") and not geonames_only(e)]
            placed = None if compatible else self._placed_city(m, found, key_text)
            if placed is not None:
                return Verdict(placed, "CITY", "exact", 0.85), []   # "the port city of Mariupol"
        if "PERSON" in types and " " not in key_text:
            bodies = [e for e in compatible if e.entity_type == "ORG"]
            if len(bodies) == 1 and _STOPPED_CAPITALS.match(m.text.strip()):
                return Verdict(bodies[0], "ORG", "alias", 0.95), []   # "members of S.E.A.T.O": no one's surname
            capitals = [e for e in compatible if e.entity_type == "CITY" and e.acts_for]
            if len(capitals) == 1 and "GAZ:CITY" in m.label and not self.gaz.surname_index.get(normalise(key_text)):
                return Verdict(capitals[0], "CITY", "exact", 0.9), []   # a capital, no one's surname: "Kyiv"
            placed = self._placed_city(m, compatible, key_text)
            if placed is not None:
                return Verdict(placed, "CITY", "exact", 0.85), []   # "the Houthis in Sanaa"
            return None, []  # a bare surname is never certain: decided by coreference and context
        if len(compatible) == 1 and not needs_its_country(m.text, m.label, compatible[0]):
            e = compatible[0]
            if turned:
                return Verdict(e, e.entity_type, "fuzzy", 0.9), []
            method = "exact" if normalise(e.canonical_name) == normalise(key_text) else "alias"
            return Verdict(e, e.entity_type, method, 1.0 if method == "exact" else 0.97), []
        if compatible:
            return None, compatible   # namesakes, or a national body's code ("GDP"): the article decides
        return None, []

    def _placed_city(self, m, found, key_text: str) -> Optional[Entity]:
        """The one city of that name right after a place word ("in", "the port city of"): place_cues."""
        if "context" in self.disabled:
            return None
        return one_city_after_place_word(found, m.context_before,
                                         bool(self.gaz.surname_index.get(normalise(key_text))))

    def _in_pinyin(self, text: str) -> list:
        """A Chinese name in Wade-Giles ("Chou En-lai") the gazetteer holds in pinyin ("Zhou Enlai")."""
        if "romanised" in self.disabled:
            return []
        words = text.split()
        while len(words) > 1 and normalise(words[0]) in HONORIFICS:
            words = words[1:]   # "Mr. Chou En-lai"
        found = {e.entity_id: e for form in pinyin_forms(" ".join(words))
                 for e in self.gaz.lookup_exact(form, types=None)
                 if e.country_code in CHINESE_STATES}
        return list(found.values())

    def _in_modern_spelling(self, text: str) -> list:
        """An Indonesian or Malay name in the spelling before 1972 ("Soerabaja") held in today's: old_indonesian_spelling."""
        if "romanised" in self.disabled:
            return []
        words = text.split()
        while len(words) > 1 and normalise(words[0]) in HONORIFICS:
            words = words[1:]   # "Mr. Soebandrio"
        return held_in_modern_spelling(self.gaz, " ".join(words))

    # -- stage 2 ----------------------------------------------------------
    def _article_countries(self, results) -> Counter:
        """The article's countries, as its resolved names count them; a news agency's own country is
        none of them ("he told Reuters from Brisbane" is no British story)."""
        return Counter(r.entity.country_code for r in results
                       if r is not None and r.entity is not None and r.entity.country_code
                       and not reports_news(r.entity))

    def _context_weight(self, entity: Entity, context: Counter) -> float:
        if "context" in self.disabled or not context:
            return 0.0
        code = entity.country_code or entity.acts_for
        if not code:
            return 0.0
        total = sum(context.values())
        return context.get(code, 0) / total

    def _choose_by_context(self, m, cands: list, context: Counter, date) -> Optional[Verdict]:
        """Several entities share this name: the article's countries decide.

        Close spellings compete too ("Labor Party" in a British story is the
        UK's Labour Party, not a namesake elsewhere): each candidate scores half
        its string similarity plus the share of the article its country has.
        """
        types = self._allowed_types(m)
        cands = list(cands) + namesakes_without_state(   # "the Democratic Party" in a story of Albania
            self.gaz, m.text, cands, date, None if "context" in self.disabled else context,
            self.config.party_min_share, self.config.national_body_lead)
        scored = {e.entity_id: (e, 1.0) for e in cands}
        if "fuzzy" not in self.disabled and len(normalise(m.text)) >= self.config.min_fuzzy_chars:
            for e, sim, method in self.gaz.candidates(m.text, types=types, limit=self.config.namesake_candidates):
                if method == "fuzzy" and sim >= self.config.namesake_min_similarity and e.entity_id not in scored \
                        and not geonames_only(e) \
                        and not lookalike_name(m.text, e):
                    scored[e.entity_id] = (e, sim)

        def weight_of(e, sim) -> float:
            # an international body ("UN") stands unless a namesake's country leads the article; a party
            # is some state's, even one the codes lack (Austria-Hungary's), never an international body
            stateless = international(e) and sim == 1.0 and "context" not in self.disabled
            return self.config.stateless_weight if stateless else self._context_weight(e, context)

        def rank(item):
            e, sim = item
            type_rank = types.index(e.entity_type) if e.entity_type in types else len(types)
            in_office = 1 if role_on(e, date) else 0
            # a body that did not exist on the date comes after those that did ("PP" in 2023 is no party of 1874)
            return (not existed_on(e, date), -(0.5 * sim + weight_of(e, sim)), -in_office, type_rank, e.entity_id)

        ranked = sorted(scored.values(), key=rank)
        best, sim = ranked[0]
        bodies = [e for e, s in ranked if s == 1.0 and international(e)]
        if len(bodies) == 1 and is_party_code(m.text, m.label, best) and is_abbreviation(m.text) \
                and "context" not in self.disabled:
            # an international body's code is that body's even where a party of the story's country
            # shares it: "EU elections" in a Madrid story is the European Union, no United Extremadura
            return Verdict(bodies[0], bodies[0].entity_type, "alias", 0.8)
        weight = weight_of(best, sim)
        dominant = dominant_country(context, self.config.national_body_min_share, self.config.national_body_lead)
        if is_party_code(m.text, m.label, best) and (dominant or ("",))[0] != best.country_code \
                or is_one_word_party(m.text, best) and not self._context_weight(best, context):
            # "GDP" touching Germany is no German party's code, "Justice" no Armenian party; but "the
            # ruling BJP", "the PTI government" in a story of India and Pakistan are the one named state's
            spoken = "context" not in self.disabled and is_abbreviation(m.text) \
                and in_party_words(m.context_before, getattr(m, "word_after", ""), self.gaz)
            party = spoken and one_named_party([e for e, s in ranked if s == 1.0 and is_party(e)
                                                and existed_on(e, date)], context)
            return Verdict(party, "ORG", "context", 0.85) if party else None
        if weight == 0.0 and not role_on(best, date) and len({e.country_code for e, _ in ranked}) > 1:
            stateless = [e for e, s in ranked if not e.country_code and "partyfacts" not in (e.sources or ()) and s == 1.0]
            if len(stateless) == 1:
                return Verdict(stateless[0], stateless[0].entity_type, "alias", 0.8)
            return None   # several countries' namesakes, nothing to choose by: left to the evidence stage
        return Verdict(best, best.entity_type, "context", round(min(0.99, 0.75 * sim + weight), 3))

    # -- stage 3 ----------------------------------------------------------
    def _with_evidence(self, m, i, raw_mentions, results, context, date) -> Optional[Verdict]:
        types = self._allowed_types(m)
        if is_party_word(m.label):
            return self._party(m, context, date) or self._unresolved(m, ("ORG",))
        title = (title_before(m.context_before, self.config.title_window_chars, self.config.title_max_gap_chars)
                 if "title" not in self.disabled else None)
        is_person = ("PERSON" in types or getattr(m, "speaker", False)
                     or (title is not None and m.label in ("ORG", "GPE", "NORP", "FAC")
                         and person_like(m.text, min_words=2 if m.label == "NORP" else 1)))
        if is_person:
            res = self._person(m, i, raw_mentions, results, context, date, title or title_in_span(m.text))
            if res is None and "romanised" not in self.disabled:   # "President Soeharto" is Suharto
                res = person_in_modern_spelling(m, lambda q: self._person(
                    q, i, raw_mentions, results, context, date, title or title_in_span(q.text)))
            if res is not None:
                return res
            if m.label == "SPEAKER":
                return None   # a speaker candidate no one can be found for is not reported
            if "PERSON" in types or getattr(m, "speaker", False):
                if person_name_key(m.text) in national_titles(self.gaz):
                    return self._unresolved(m, ("OTHER",))   # "the Taoiseach", no holder known then: an office, no one
                return self._unknown_person(m, i, raw_mentions, results)
        if "title" not in self.disabled and (alone := title_holder(self.gaz, person_name_key(m.text), date, context)):
            return Verdict(alone[0], "PERSON", "context", 0.85, role=alone[1])   # "the Taoiseach" read as a body
        if m.label.split("|")[0] in ("ORG", "GPE", "NORP", "FAC") and "coref" not in self.disabled:
            same = self._surname_taken_for_a_place(m, raw_mentions, results, i, date)
            if same is not None:
                return same
            leader = leader_taken_for_a_place(self.gaz, m.text, context, date, self.config.min_surname_chars) \
                if "surname" not in self.disabled else None
            if leader is not None:   # "Mitterrand's coalition" in 1983, the model reading a place
                return Verdict(leader, "PERSON", "context", 0.85)
        return self._national_body(m, i, raw_mentions, results, context) or self._garbled_capital(m, context) \
            or self._party_adjective(m, context, date) or self._fuzzy(m, types, context)

    def _title_key(self, m) -> Optional[str]:
        """The role key of an unqualified title right before the name ("Foreign Minister X"), or None."""
        if "title" in self.disabled:
            return None
        return bare_title_key(m.context_before, self.config.title_window_chars, self.config.title_max_gap_chars)

    def _envoy_titled(self, m) -> bool:
        """Does an envoy's title stand right before the name ("Ambassador X", "the Russian ambassador X")?"""
        if "title" in self.disabled:
            return False
        title = title_before(m.context_before, self.config.title_window_chars, self.config.title_max_gap_chars)
        return title is not None and title[1] == "ambassador"

    @staticmethod
    def _surname_taken_for_a_place(m, raw_mentions, results, i: int = -1, date=None) -> Optional[Verdict]:
        """The surname of the one person the article names in full, which the model took for a place
        or a body ("Ishiba" after "Shigeru Ishiba"), or the given name of the one named in full before
        it ("Thaksin" after "Thaksin Shinawatra"): gazetteer/named_before.py."""
        r = surname_of_one_named(m, raw_mentions, results, date) or (
            given_name_of_one_named(m, i, raw_mentions, results) if i >= 0 else None)
        return None if r is None else Verdict(r.entity, "PERSON", "coref", 0.9, canonical_name=r.canonical_name
                                                  if r.entity is None else None, country_code=r.country_code, role=r.role)

    def _cutoff(self, key: str) -> float:
        cfg = self.config
        return cfg.fuzzy_cutoff_long if len(key) >= cfg.long_name_chars else cfg.fuzzy_cutoff_short

    def _unresolved(self, m, types) -> Verdict:
        etype = types[0] if types and types[0] in ("PERSON", "ORG", "CITY", "COUNTRY") else "OTHER"
        if m.label in ("GPE", "LOC"):
            etype = "OTHER"
        elif m.label in ("NORP", "GAZ:NORP"):
            etype = "NORP"   # "Western", "European": a group with no single country
        return Verdict(None, etype, "nil", 0.0, canonical_name=m.text.strip())

    # -- output -----------------------------------------------------------
    def _answer(self, r: Verdict, date, written: Optional[dict] = None, stateless: frozenset = frozenset()) -> Resolution:
        e = r.entity
        role = r.role or (role_on(e, date) if e is not None and e.entity_type == "PERSON" else None)
        if e is None:
            return Resolution(r.entity_type, None, r.canonical_name, r.country_code, None, role, 0.0, "nil")
        country = e.country_code
        acts_for = None
        if r.entity_type == "COUNTRY":
            acts_for = country
        elif r.entity_type in ("CITY", "ORG"):
            acts_for = e.acts_for
        elif r.entity_type == "PERSON":
            # in office on the date: acts for that country; otherwise for the country of
            # any office held (a former president quoted about an earlier expulsion)
            acts_for = role_country(e, role, date) if role in ACTING_ROLES else None
            acts_for = acts_for or next((x.country for x in e.roles if x.role_key in ACTING_ROLES and x.country), None)
            acts_for = None if e.entity_id in stateless else acts_for   # an international body's official
        role_start, role_end = acting_span(e, role, date, acts_for) if r.entity_type == "PERSON" else (None, None)
        return Resolution(r.entity_type, e.entity_id, reported_name(self.gaz, e, (written or {}).get(e.entity_id, ())),
                          country, acts_for, role,
                          float(r.score), r.method, role_start=role_start, role_end=role_end)
