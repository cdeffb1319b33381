"""The `gazetteer_matcher` spaCy component: every known name, spelling and demonym of the gazetteer,
matched as phrases (registered with `@Language.factory`; transforms/recognise.py adds it to the pipeline)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from transforms.lower_case_bodies import lower_case_body
from transforms.name_spans import FAMILY_NAME_PARTICLES
from transforms.name_end_stops import abbreviations, names_ending_in, split_name_end_stops
from transforms.party_words import plausible_party_words
from transforms.phrase_keys import PhraseSplitter, lower_keys, orth_keys
from transforms.wrapped_names import matches_across_breaks, without_line_breaks
from transforms.elided_names import matches_across_elisions, with_elisions_closed


@Language.factory("gazetteer_matcher", default_config={"spans_key": "gazetteer"})
def make_gazetteer_matcher(nlp: Language, name: str, *, spans_key: str):
    return GazetteerMatcher(nlp, name=name, spans_key=spans_key)


_TIME_LABELS = frozenset({"DATE", "TIME"})


def _dated(doc: Doc, start: int, end: int) -> bool:
    """Does a name matched in another case hold a lower-case word the model reads as a date or a time
    ("inside Russia today the mood is grim" is no channel "Russia Today")?"""
    return any(t.ent_type_ in _TIME_LABELS and t.text.islower() for t in doc[start:end])


_APOSTROPHE, _TYPOGRAPHIC = "'", "\u2019"
# "S.E.A.T.O.": a word in capitals written with a stop after each letter (the last one's stop left out too: "S.E.A.T.O")
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}[A-Z]\.?$")


def dotted_acronyms(doc: Doc, acronyms: dict) -> list:
    """(label, start, end) of each word written as a known name in capitals with a stop after each letter,
    as the press of the 1950s-70s wrote bodies ("S.E.A.T.O. Council", "U.N.E.S.C.O.", "members of S.E.A.T.O"): the name the
    sources hold as "SEATO". Three letters at least; three only where no capitalised word follows, as a
    person's initials do ("J.R.R. Tolkien", "A.B.C. Smith")."""
    out = []
    for t in doc:
        letters = t.text.replace(".", "")
        if not _DOTTED.match(t.text) or letters not in acronyms:
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if len(letters) == 3 and after is not None and after.text[:1].isupper() and after.is_alpha:
            continue
        out.append((acronyms[letters], t.i, t.i + 1))
    return out


def with_typographic_apostrophes(tokens: list, phrases: list) -> tuple[list, list]:
    """The phrases' token lists, and each with an apostrophe also as a typographic one ("People's
    Liberation Army", "Pakistan's Foreign Ministry" as news often writes them: "People’s", "Pakistan’s"),
    with the phrase each list is of."""
    extra = [([t.replace(_APOSTROPHE, _TYPOGRAPHIC) for t in toks], phrase)
             for toks, phrase in zip(tokens, phrases) if any(_APOSTROPHE in t for t in toks)]
    return list(tokens) + [t for t, _ in extra], list(phrases) + [p for _, p in extra]


class GazetteerMatcher:
    """Phrase matching of known names; writes doc.spans[spans_key].

    Single words match case-sensitively ("US" the country, not "us"); names of
    several words also match in any case ("Russian federation"), unless they would
    start with a function word ("cooperation for Europe" is no party "For Europe", "I believe"
    no party "I Believe")
    or are all lower case ("the rule of law" is no party "Rule of Law"), but for a state's ministry
    where a body's name stands ("the foreign ministry said": transforms/lower_case_bodies.py).
    """

    def __init__(self, nlp: Language, name: str = "gazetteer_matcher", *, spans_key: str = "gazetteer"):
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.exact_case = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.any_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases: dict[str, list[str]] = {}
        self.name_ends: dict = {}   # "Sen" -> [("Hun",)]: names whose last word the tokenizer keeps with a stop
        self.acronyms: dict = {}    # "SEATO" -> its label's hash: one-word names in capitals, for dotted_acronyms

    def add_phrases(self, label: str, phrases: Iterable[str], splitter=None) -> None:
        """Look for `phrases` as `label`; `splitter` gives their tokens (default: the tokenizer's split;
        transforms/phrase_cache.py has them split ahead of time)."""
        new = sorted(set(phrases) - set(self.phrases.get(label, [])))
        if not new:
            return
        self.phrases.setdefault(label, []).extend(new)
        # token hashes, not a Doc per phrase: the same matcher keys, a fraction of the start-up
        tokens = (splitter or PhraseSplitter(self.nlp.tokenizer)).split(new)
        tokens, new = with_typographic_apostrophes(tokens, new)   # "Pakistan’s Foreign Ministry"
        self.exact_case.add(label, [orth_keys(t) for t in tokens])
        for stem, heads in names_ending_in(tokens, abbreviations(self.nlp.tokenizer)).items():
            self.name_ends.setdefault(stem, []).extend(heads)
        key = self.nlp.vocab.strings.add(label)
        self.acronyms.update((p, key) for p in new if p.isalpha() and p.isupper() and 3 <= len(p) <= 8)
        multi = [lower_keys(t) for t, phrase in zip(tokens, new) if len(t) > 1 and not phrase.isupper()]
        if multi:
            self.any_case.add(label, multi)

    def __call__(self, doc: Doc) -> Doc:
        doc = split_name_end_stops(doc, self.name_ends)   # "... adviser to Hun Sen. The talks": "Hun Sen" "."
        seen = set()
        spans = []
        # a name matched in another case never starts with a function word ("for Europe", "I believe"),
        # and is not all lower case ("rule of law", "public affairs" are no party's name there); a person's
        # name so matched starts with a capital ("the communique said Musa and Sylla agreed": no Said Musa), and
        # a place's starts with no family name's particle ("a suit by Eduardo de los Angeles": no Los Angeles)
        person = self.nlp.vocab.strings.add("PERSON")
        places = {self.nlp.vocab.strings.add("CITY"), self.nlp.vocab.strings.add("COUNTRY")}
        exact_case, any_case = list(self.exact_case(doc)), list(self.any_case(doc))
        wrapped = without_line_breaks(doc)   # "West\nGermany" cut by a wrapped line: West Germany
        if wrapped is not None:
            exact_case += matches_across_breaks(self.exact_case, *wrapped)
            any_case += matches_across_breaks(self.any_case, *wrapped)
        elided = with_elisions_closed(doc)   # "Cote d' Ivoire" written with a space: Cote d'Ivoire
        if elided is not None:
            exact_case += matches_across_elisions(self.exact_case, *elided)
            any_case += matches_across_elisions(self.any_case, *elided)
        any_case = [(i, s, e) for i, s, e in any_case
                    if not doc[s].is_stop and (not doc[s:e].text.islower() or lower_case_body(doc, s, e))
                    and not (i == person and doc[s].text[:1].islower()) and not _dated(doc, s, e)
                    and not (i in places and doc[s].text in FAMILY_NAME_PARTICLES)]
        dotted = dotted_acronyms(doc, self.acronyms)   # "S.E.A.T.O." is SEATO
        for match_id, start, end in exact_case + any_case + dotted:
            if (match_id, start, end) not in seen:
                seen.add((match_id, start, end))
                spans.append(Span(doc, start, end, label=match_id))
        doc.spans[self.spans_key] = plausible_party_words(doc, spans)   # "Labour", not "Labour Day"
        return doc

    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "phrases.json").write_text(json.dumps(self.phrases, sort_keys=True), encoding="utf-8")

    def from_disk(self, path, exclude=()):
        data = json.loads((Path(path) / "phrases.json").read_text(encoding="utf-8"))
        for label, phrases in data.items():
            self.add_phrases(label, phrases)
        return self
