"""Typed records that flow between the pipeline's steps.

Plain NamedTuples: picklable, cheap, and readable by every Beam runner. A spaCy
`Doc` never crosses a step boundary; these do.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

# what the analysis step gives out per article (transforms/analyse.py), and the names of its two outputs
ANALYSED, DEAD_LETTER = "analysed", "dead_letter"


class Article(NamedTuple):
    """One news record as read from the feed, after validation."""
    article_id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published_at: Optional[str] = None   # ISO 8601 as given, normalised to YYYY-MM-DDTHH:MM:SSZ when parseable
    published_date: Optional[str] = None  # YYYY-MM-DD, or None when the record has no usable date
    source: Optional[str] = None
    source_file: str = ""
    line: int = 0


class DeadLetter(NamedTuple):
    """A record that could not be processed, and why."""
    source: str      # file the record came from
    line: int        # 1-based line (or record) number in that file; 0 when not applicable
    stage: str       # read | parse | validate | recognise | resolve | extract | ...
    error: str       # the reason, one line
    record: str      # the raw record, truncated

    @classmethod
    def for_article(cls, article: "Article", stage: str, error: Exception) -> "DeadLetter":
        """An article a processing stage failed on: where it came from, the stage and the exception."""
        return cls(article.source_file, article.line, stage, f"{type(error).__name__}: {error}",
                   article.text[:1000])


class Sentence(NamedTuple):
    start: int
    end: int


class RawMention(NamedTuple):
    start_char: int
    end_char: int
    text: str
    label: str            # spaCy label; GAZ:<TYPE> for a gazetteer span; "ORG|GAZ:PERSON" when they disagree;
                          # SPEAKER for a speaker candidate
    sentence_index: int
    origin: str           # ner | gazetteer | both | nested | echo | titled | speaker | coordinated | ...
    context_before: str   # up to 80 characters before the mention in its sentence
    speaker: bool = False  # the subject of a speech verb ("Tras said"): a person, whatever the model says
    word_after: str = ""   # the word right after the mention in its sentence ("diplomats" after "Cuban")


class Recognised(NamedTuple):
    """What recognition knows about one article: plain data, no spaCy objects."""
    article: Article
    sentences: tuple       # tuple[Sentence, ...]
    mentions: tuple        # tuple[RawMention, ...]


class Mention(NamedTuple):
    """A named-entity mention in an article, resolved (or not) to a canonical entity."""
    article_id: str
    start_char: int
    end_char: int
    text: str
    label: str                      # the recogniser's label (spaCy: PERSON, GPE, ORG, NORP, LOC, ...)
    entity_type: str                # COUNTRY, PERSON, ORG, CITY, NORP, OTHER
    entity_id: Optional[str] = None  # None when unresolved (method 'nil')
    canonical_name: Optional[str] = None
    country_code: Optional[str] = None   # the entity's country; for a NORP, the country it names
    acts_for: Optional[str] = None       # the state this mention can act for (a country, its capital, its government, its leader in office)
    role: Optional[str] = None           # PERSON: role key held on the article date (head_of_state, foreign_minister, ...)
    score: float = 0.0
    method: str = "nil"             # exact | alias | demonym | fuzzy | context | coref | generated | cluster | nil
    sentence_index: int = -1
    nested: bool = False            # a name inside a longer mention ("Trump" in "the Trump Administration")
    role_start: Optional[str] = None     # PERSON: start of the acting role behind acts_for (ISO date, may be YYYY)
    role_end: Optional[str] = None       # PERSON: its end; None while open or unknown
    repeats_outer: bool = False     # nested, and the same name as the mention around it ("Lavrov" in "Mr Lavrov"):
                                    # a row of the mentions table, not a second mention in the entities' counts


class Event(NamedTuple):
    """A diplomatic-expulsion event (or non-event with its modality) found in one sentence."""
    event_id: str
    article_id: str
    expelling_country: Optional[str]
    expelled_country: Optional[str]
    count: Optional[int]
    at_least: bool
    event_year: Optional[int]
    modality: str                   # asserted | hypothetical | negated | demand | aggregate
    sentence: str
    start_char: int
    end_char: int
    trigger: str = ""
    actor_text: Optional[str] = None
    published_date: Optional[str] = None
    source: Optional[str] = None    # the article's `source` field


class AnalysedArticle(NamedTuple):
    """An article with everything found in it; split into tables at the end."""
    article: Article
    sentences: tuple = ()   # tuple[Sentence, ...]
    mentions: tuple = ()    # tuple[Mention, ...]
    events: tuple = ()      # tuple[Event, ...]


class EventCluster(NamedTuple):
    """One real-world expulsion: the asserted events (reports) that tell it, across articles.

    Built by transforms/event_clusters.py; `count` is the most reported number."""
    cluster_id: str
    expelling_country: Optional[str]
    expelled_country: Optional[str]
    year: Optional[int]
    count: Optional[int]
    count_min: Optional[int]
    count_max: Optional[int]
    count_disputed: bool
    at_least: bool
    first_reported: Optional[str]   # YYYY-MM-DD
    last_reported: Optional[str]
    articles: tuple = ()            # distinct article ids, sorted
    sources: tuple = ()             # distinct sources, sorted
    event_ids: tuple = ()           # member events, sorted
    example_sentence: str = ""
    example_article_id: str = ""
    stated_retaliation: bool = False         # a report says this expulsion answers another
    answers_cluster_id: Optional[str] = None  # the earlier expulsion it answers (transforms/retaliation.py)
    link_basis: Optional[str] = None         # stated | reversed_pair
