"""Resolve recognised mentions to canonical entities (see gazetteer/resolver.py).

The gazetteer speaks its own types: each `RawMention` is asked as a
`NameQuery`, and each `Resolution` it answers becomes a `Mention` here
(`to_mention`). `ResolveEntities` asks the job's gazetteer handle
(`pipeline.loaders.GazetteerLoader`: one gazetteer per worker process, shared by
every step and thread) and turns each `Recognised` article into an `AnalysedArticle`
with resolved `Mention`s. An article whose resolution fails goes to the
dead-letter output.

Fuzzy candidate lookups are the resolver's main cost, and news repeats its names
("Reagan", "Bank of Japan") within an article and across a batch: `MemoGazetteer`
remembers the answers per worker (bounded, least recently used dropped first),
keyed by everything a lookup depends on (the name as the gazetteer normalises it,
the allowed types, the limit); the gazetteer itself does not change during a run.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from typing import Optional

import apache_beam as beam
from apache_beam.metrics import Metrics

from gazetteer.divided_states import divided_state_names
from gazetteer.model import normalise
from gazetteer.history import era_of
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.resolver import ArticleResolver
from transforms.alias_towns import foreign_alias_towns
from transforms.bodies_named_like_towns import bodies_named_like_towns
from transforms.company_towns import towns_heading_companies
from transforms.company_voices import company_officers, company_officers_in_full
from transforms.office_states import officials_of_stated_states
from transforms.towns_beside_places import towns_beside_places
from transforms.constituencies import constituency_places
from transforms.delegate_states import delegates_of_their_states
from transforms.datelines import place_dateline_length
from transforms.bracketed_nicknames import bracketed_nicknames
from transforms.defined_acronyms import defined_acronyms
from transforms.initials_named_before import initials_named_before
from transforms.short_body_names import bodies_by_head_word
from transforms.second_surnames import without_mothers_surname
from transforms.story_time import (out_of_office_bare_surname, story_dates, surnames_of_the_story_time, undated_story_dates,
                                   unknown_bare_surname)
from transforms.envoys_by_name import envoys_by_name
from transforms.government_shorthand import government_shorthand
from transforms.possessive_facilities import possessive_facilities
from transforms.possessive_bodies import possessive_bodies
from transforms.home_house import home_house
from transforms.home_towns import home_towns
from transforms.home_government import debate_state, home_government, speakers_house_state
from transforms.longer_names import parts_of_longer_names, towns_before_particles
from transforms.name_pieces import person_or_company_pieces
from transforms.out_of_time import bodies_out_of_time
from transforms.news_sources import news_sources
from transforms.shared_surnames import with_shared_surnames
from transforms.people_after_demonyms import people_after_demonyms
from transforms.title_words import without_title_words
from transforms.records import AnalysedArticle, DeadLetter, Mention, RawMention
from transforms.namesake_cities import famous_namesakes
from transforms.capital_namesakes import capitals_of_named_countries
from transforms.named_state_towns import towns_of_the_named_region
from transforms.listed_namesakes import listed_namesakes
from transforms.town_modifiers import towns_naming_things
from transforms.speaking_towns import speaking_towns
from transforms.us_states import us_state_namesakes
from transforms.states_named_like_cities import states_named_like_cities
from transforms.former_state_names import former_state_names
from transforms.listed_divisions import listed_divisions


MEMO_SIZE = 20_000   # lookups remembered per worker: memory stays bounded on any dump


class MemoGazetteer:
    """A gazetteer whose `candidates()` answers are remembered; everything else is the gazetteer's."""

    def __init__(self, gazetteer, size: int = MEMO_SIZE):
        self._gaz = gazetteer
        self._size = max(1, size)
        self._memo: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def candidates(self, name: str, types=None, limit: int = 10) -> list:
        key = (normalise(name), None if types is None else tuple(types), limit)
        with self._lock:   # one resolver is shared by a worker's threads
            found = self._memo.get(key)
            if found is not None:
                self._memo.move_to_end(key)
                self.hits += 1
                return list(found)
        found = tuple(self._gaz.candidates(name, types=types, limit=limit))
        with self._lock:
            self.misses += 1
            self._memo[key] = found
            if len(self._memo) > self._size:
                self._memo.popitem(last=False)
        return list(found)

    def __getattr__(self, name):
        return getattr(self._gaz, name)


def memo_resolver(gazetteer, size: int = MEMO_SIZE) -> ArticleResolver:
    """The resolver a worker uses: its fuzzy lookups remembered (see MemoGazetteer)."""
    return ArticleResolver(MemoGazetteer(gazetteer, size))


def name_query(m: RawMention, dateline_end: int = 0) -> NameQuery:
    """What the gazetteer is asked about one recognised mention; `dateline_end`: where the text's
    dateline ("MOSCOW, March 3 (Reuters) - ") ends, 0 when it has none."""
    return NameQuery(m.text, m.label, m.start_char, m.end_char, m.context_before, m.speaker,
                     m.end_char <= dateline_end, m.word_after, m.sentence_index)


def to_mention(article_id: str, m: RawMention, r: Resolution) -> Mention:
    """The recognised mention with the gazetteer's answer: the record the later steps read."""
    return Mention(article_id, m.start_char, m.end_char, m.text, m.label, r.entity_type,
                   r.entity_id, r.canonical_name, r.country_code, r.acts_for, r.role,
                   r.score, r.method, m.sentence_index, m.origin == "nested",
                   role_start=r.role_start, role_end=r.role_end)


def resolve_mentions(resolver: ArticleResolver, article_id: str, published_date, raw_mentions,
                     era: Optional[str] = None, dateline_end: int = 0,
                     home: Optional[str] = None, text: Optional[str] = None) -> list[Mention]:
    """The article's recognised mentions, resolved; those the resolver does not report are left out.
    `era` (YYYY) stands in for a missing date when states are named as of their time; `dateline_end`
    is where the text's dateline ends (0: none); `home` the state whose parliament's debate the text is, if it is one;
    `text` the article's text (what follows a name: 'Venice, Fla.')."""
    raw_mentions = people_after_demonyms(getattr(resolver, "gaz", None), raw_mentions)   # "the Brazilian Ernesto Araújo"
    asked = with_shared_surnames(getattr(resolver, "gaz", None), [name_query(m, dateline_end) for m in raw_mentions],
                                 text, [m.origin == "coordinated" for m in raw_mentions])   # "Sergei and Yulia Skripal"
    raw_mentions = [m for m, q in zip(raw_mentions, asked) if q is not None]   # a guess that took no surname
    queries = without_mothers_surname(getattr(resolver, "gaz", None), [q for q in asked if q is not None])   # "Salvador Allende Gossens"
    answers = resolver.resolve(published_date, queries) if era is None else \
        resolver.resolve(published_date, queries, era=era)
    # a 1982 memoir of 1979: "Brzezinski reported"; an undated page of 1987: "Chancellor Kohl"
    story = story_dates(text, published_date) if era is None else undated_story_dates(text)
    if story and any(unknown_bare_surname(q, a) or out_of_office_bare_surname(q, a) for q, a in zip(queries, answers)):
        answers = surnames_of_the_story_time(queries, answers, *(resolver.resolve(d, queries) for d in story))
    answers = without_title_words(queries, answers)   # "the Secretary of State": no body "State"
    answers = person_or_company_pieces(queries, answers)   # "Frank Fountain ... Fountain said": no town
    answers = parts_of_longer_names(raw_mentions, answers)   # "National Security Council": no UN body
    answers = towns_before_particles(queries, answers, text, getattr(resolver, "gaz", None))   # "Rio Grande do Sul"
    answers = possessive_bodies(getattr(resolver, "gaz", None), queries, answers, published_date or era, text)   # "Ukraine's Security Service": no MI5
    answers = defined_acronyms(getattr(resolver, "gaz", None), queries, answers, text)   # "Inter-Services Intelligence (ISI)"
    answers = initials_named_before(queries, answers)   # "Islamic State ... IS fighters"
    answers = bracketed_nicknames(queries, answers, text)   # "Abdurrahman Wahid (Gus Dur)"
    answers = envoys_by_name(getattr(resolver, "gaz", None), queries, answers, text)   # a spy's "Alexander Petrov"
    answers = possessive_facilities(queries, answers, text)   # "St James's Square": no town
    answers = foreign_alias_towns(getattr(resolver, "gaz", None), queries, answers, published_date or era)   # "Zulia"
    answers = bodies_named_like_towns(getattr(resolver, "gaz", None), queries, answers)   # "Xinhua said": the agency
    answers = news_sources(getattr(resolver, "gaz", None), queries, answers, text)   # "told AFP": no party's code
    answers = government_shorthand(getattr(resolver, "gaz", None), queries, answers)   # a cable's "GoA": no Goa
    answers = bodies_out_of_time(getattr(resolver, "gaz", None), queries, answers, published_date or era)   # 1987 "BP"
    answers = famous_namesakes(getattr(resolver, "gaz", None), queries, answers, published_date or era, text)   # "Venice"
    answers = capitals_of_named_countries(getattr(resolver, "gaz", None), queries, answers, published_date or era, text)   # "San Jose"
    answers = towns_of_the_named_region(getattr(resolver, "gaz", None), queries, answers, published_date or era, text)   # Arkansas' "Camden"
    answers = listed_namesakes(getattr(resolver, "gaz", None), queries, answers, published_date or era, text)   # "Tampa and St. Petersburg"
    answers = towns_naming_things(getattr(resolver, "gaz", None), queries, answers, published_date or era, text)   # "Delta rocket"
    answers = towns_heading_companies(getattr(resolver, "gaz", None), queries, answers, text)   # "Hercules Inc ... Hercules"
    answers = speaking_towns(getattr(resolver, "gaz", None), queries, answers)   # "Weston said": a company
    answers = company_officers(queries, answers, text, getattr(resolver, "gaz", None))   # "Thatcher, a spokeswoman for the brewer": no prime minister
    answers = company_officers_in_full(queries, answers, text)   # "Chairman James Baker of Baker Industries Inc"
    answers = officials_of_stated_states(getattr(resolver, "gaz", None), queries, answers, text, published_date or era)   # "Abdoulaye Diop, Mali's foreign minister": no Senegalese
    answers = towns_beside_places(getattr(resolver, "gaz", None), queries, answers, text)   # "Madras and Calcutta"
    answers = us_state_namesakes(queries, answers, published_date or era)   # "Alabama and Georgia": the state
    answers = states_named_like_cities(queries, answers, text, getattr(resolver, "gaz", None))   # "upstate New York"
    answers = former_state_names(queries, answers, text)   # "Ghana (then known as the Gold Coast)"
    answers = listed_divisions(getattr(resolver, "gaz", None), queries, answers, text)   # "Oxford, Penobscot and Somerset counties": no towns
    answers = divided_state_names(getattr(resolver, "gaz", None), queries, answers, published_date or era)   # "Korea"
    home = home or speakers_house_state(text, raw_mentions, answers)   # "Mr Geoffrey Howe (East Surrey)"
    answers = home_government(getattr(resolver, "gaz", None), home, queries, answers)   # "My Lords, the Government"
    answers = home_house(getattr(resolver, "gaz", None), text, home, queries, answers)   # "Mr. Speaker ... the House"
    answers = home_towns(getattr(resolver, "gaz", None), home, queries, answers)   # "(Manchester, Gorton)"
    answers = constituency_places(getattr(resolver, "gaz", None), home, text, queries, answers)   # "(Hamilton)"
    answers = delegates_of_their_states(text, queries, answers)   # "Ireland Mr. Ryan": no American Ryan
    answers = bodies_by_head_word(queries, answers)   # "the European Commission ... The Commission"
    return [to_mention(article_id, m, r) for m, r in zip(raw_mentions, answers) if r is not None]


def resolve_article(resolver: ArticleResolver, recognised) -> AnalysedArticle:
    """Plain function: one `Recognised` -> `AnalysedArticle` with resolved mentions."""
    a = recognised.article
    era = None if a.published_date else era_of(a.text)    # an undated text: the latest year it names
    mentions = resolve_mentions(resolver, a.article_id, a.published_date, recognised.mentions, era,
                                place_dateline_length(a.text), debate_state(a.text), a.text)
    return AnalysedArticle(article=a, sentences=recognised.sentences, mentions=tuple(mentions))


class _ResolveFn(beam.DoFn):
    DEAD_LETTER = "dead_letter"

    def __init__(self, gazetteer_loader):
        self._loader = gazetteer_loader
        self.resolved = Metrics.counter("resolve", "mentions_resolved")
        self.unresolved = Metrics.counter("resolve", "mentions_unresolved")
        self.failed = Metrics.counter("resolve", "failed")

    def setup(self):
        # the worker's one gazetteer (pipeline.loaders), its fuzzy lookups remembered per worker
        self._resolver = memo_resolver(self._loader())

    def process(self, recognised):
        try:
            analysed = resolve_article(self._resolver, recognised)
        except Exception as e:  # noqa: BLE001 - one bad article must not cost the run
            self.failed.inc()
            a = recognised.article
            yield beam.pvalue.TaggedOutput(self.DEAD_LETTER, DeadLetter.for_article(
                a, "resolve", e))
            return
        n_resolved = sum(1 for m in analysed.mentions if m.entity_id)
        self.resolved.inc(n_resolved)
        self.unresolved.inc(len(analysed.mentions) - n_resolved)
        yield analysed


class ResolveEntities(beam.PTransform):
    """`Recognised` -> `AnalysedArticle` (main) and `dead_letter`."""

    def __init__(self, gazetteer_loader):
        super().__init__()
        self.gazetteer_loader = gazetteer_loader

    def expand(self, recognised):
        return recognised | "Resolve" >> beam.ParDo(
            _ResolveFn(self.gazetteer_loader)).with_outputs(_ResolveFn.DEAD_LETTER, main="analysed")
