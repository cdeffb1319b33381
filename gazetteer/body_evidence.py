"""The resolver's evidence for bodies and places: a state's body named without its state, a party's short form
or adjective, a mission, a capital spelt otherwise, a bounded fuzzy match. Mixed into `gazetteer.resolver.ArticleResolver` (it reads the resolver's `gaz`, `config`,
`disabled`, `parties`, `_capitals`, `_allowed_types`, `_article_countries`, `_context_weight`, `_cutoff` and
`_unresolved`)."""
from __future__ import annotations

from collections import Counter
from typing import Optional

from gazetteer.city_phrases import geonames_only
from gazetteer.garbled_places import capitals_by_spelling, cities_closed_up, closed_up_city, garbled_capital
from gazetteer.home_bodies import home_body_of
from gazetteer.missions import mission_at
from gazetteer.model import normalise
from gazetteer.national import country_named_in, more_specific as _more_specific
from gazetteer.org_names import kind_named_after, lookalike_name
from gazetteer.party_cues import in_party_words
from gazetteer.party_pieces import is_party
from gazetteer.verdict import Verdict


class BodyEvidence:
    """How a name of a body or a place is resolved when nothing certain named it (see the module)."""

    def _mission(self, m, i, raw_mentions, results, hosted: bool = False) -> Optional[Verdict]:
        found = mission_at(self.gaz, i, raw_mentions, [r and r.entity for r in results], hosted)
        return Verdict(found, "ORG", "generated", 0.9) if found is not None else None

    def _garbled_capital(self, m, context: Counter) -> Optional[Verdict]:
        """A capital's name spelt otherwise by a machine ("SOEUL -", "Tokio", "Lapaz"): gazetteer/garbled_places.py."""
        if "fuzzy" in self.disabled:
            return None
        if self._capitals is None:
            self._capitals = capitals_by_spelling(self.gaz)
        key = normalise(m.text)
        known = bool(self.gaz.lookup_exact(m.text, types=None) or self.gaz.surname_index.get(key))
        words, skeletons = self._capitals
        e = garbled_capital(m.text, m.label, words, known, skeletons)
        if e is None or not (getattr(m, "dateline", False) or context.get(e.acts_for, 0) > 0):
            # a dateline's place, or the capital of a state the story names: "Tennis" is no Tunis
            e = closed_up_city(m.text, m.label, cities_closed_up(self.gaz), known, context)
        return Verdict(e, "CITY", "fuzzy", 0.8) if e is not None else None

    def _national_body(self, m, i, raw_mentions, results, context: Counter) -> Optional[Verdict]:
        """A state's body named without its state ("the Foreign Ministry"): gazetteer/home_bodies.py."""
        if "ORG" not in self._allowed_types(m) or "context" in self.disabled:
            return None
        found = home_body_of(self.gaz, i, raw_mentions, results, context,
                             self.config.national_body_min_share, self.config.national_body_lead,
                             self._article_countries)
        return Verdict(found[0], "ORG", found[1], found[2]) if found else None

    def _party(self, m, context: Counter, date) -> Optional[Verdict]:
        """A party's short form ("Labour", "the Tories"): the one party of the article's clear country."""
        party = self.parties.choose(m.text, m.label, context if "context" not in self.disabled else None, date,
                                    spoken=in_party_words(m.context_before, getattr(m, "word_after", ""), self.gaz))
        return Verdict(party, "ORG", "context", 0.9) if party is not None else None

    def _party_adjective(self, m, context: Counter, date) -> Optional[Verdict]:
        """"The Liberal leader": a party's lone adjective in a party's words (PartyForms.by_adjective)."""
        if m.label.split("|")[0] not in ("ORG", "NORP") or "context" in self.disabled:
            return None
        party = self.parties.by_adjective(m.text, context, date, in_party_words(
            m.context_before, getattr(m, "word_after", ""), self.gaz))
        return Verdict(party, "ORG", "context", 0.85) if party is not None else None

    def _party_without_state(self, m, context: Counter, date) -> Optional[Verdict]:
        """"A Conservative Party MP" in an Ottawa story: PartyForms.without_state."""
        if "context" in self.disabled or "ORG" not in self._allowed_types(m):
            return None
        party = self.parties.without_state(m.text, context, date, in_party_words(
            m.context_before, getattr(m, "word_after", ""), self.gaz))
        return Verdict(party, "ORG", "context", 0.85) if party is not None else None

    def _fuzzy(self, m, types, context) -> Optional[Verdict]:
        cfg = self.config
        key = normalise(m.text)
        if "fuzzy" in self.disabled or len(key) < cfg.min_fuzzy_chars or not types or m.label == "NORP":
            return self._unresolved(m, types)   # a group's adjective is no misspelt name ("Republican")
        best = None
        tokens = set(key.split())
        named = country_named_in(self.gaz, m.text)
        for e, score, method in self.gaz.candidates(m.text, types=types, limit=cfg.fuzzy_candidates):
            if method == "fuzzy" and (_more_specific(tokens, e) or named and named not in (e.country_code, e.acts_for)
                                      or geonames_only(e)   # 34,000 towns: "Berisha" is no misspelt "Benicia"
                                      or lookalike_name(m.text, e) or is_party(e) and not self._context_weight(e, context)
                                      or e.entity_type != "PERSON" and kind_named_after(getattr(m, "word_after", ""), e)):
                continue   # not the "Lao Foreign Ministry", the "Labor Organization", a party of a country not named,
                # the "Guayana region" of Venezuela
            total = score + (cfg.context_bonus if self._context_weight(e, context) > 0 else 0.0)
            if total >= self._cutoff(key) and (best is None or total > best[1]):
                best = (e, total, method, score)
        if best is None:
            return self._unresolved(m, types)
        e, _, method, score = best
        return Verdict(e, e.entity_type, method if method != "exact" else "alias", round(min(score, 0.95), 3))
