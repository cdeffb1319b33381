"""One explicit pyarrow schema per output table, defined once.

docs/OUTPUTS.md documents every column; tests check the two agree. Column names
are a public contract: add columns freely, never rename these.
"""
from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"

ARTICLES = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("title", pa.string()),
    pa.field("url", pa.string()),
    pa.field("published_at", pa.timestamp("ms", tz="UTC")),  # Parquet has no seconds unit
    pa.field("source", pa.string()),
    pa.field("source_file", pa.string()),
    pa.field("line", pa.int64()),
    pa.field("n_chars", pa.int32()),
    pa.field("n_sentences", pa.int32()),
    pa.field("n_mentions", pa.int32()),
    pa.field("n_resolved", pa.int32()),
    pa.field("n_events", pa.int32()),
])

MENTIONS = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("start_char", pa.int32(), nullable=False),
    pa.field("end_char", pa.int32(), nullable=False),
    pa.field("text", pa.string(), nullable=False),
    pa.field("label", pa.string()),
    pa.field("entity_id", pa.string()),
    pa.field("canonical_name", pa.string()),
    pa.field("entity_type", pa.string(), nullable=False),
    pa.field("country_code", pa.string()),
    pa.field("acts_for", pa.string()),
    pa.field("role", pa.string()),
    pa.field("score", pa.float32(), nullable=False),
    pa.field("method", pa.string(), nullable=False),
    pa.field("sentence_index", pa.int32()),
    pa.field("nested", pa.bool_(), nullable=False),
])

EVENTS = pa.schema([
    pa.field("event_id", pa.string(), nullable=False),
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("expelling_country", pa.string()),
    pa.field("expelled_country", pa.string()),
    pa.field("count", pa.int32()),
    pa.field("at_least", pa.bool_(), nullable=False),
    pa.field("event_year", pa.int32()),
    pa.field("modality", pa.string(), nullable=False),
    pa.field("sentence", pa.string(), nullable=False),
    pa.field("start_char", pa.int32(), nullable=False),
    pa.field("end_char", pa.int32(), nullable=False),
    pa.field("trigger", pa.string()),
    pa.field("actor_text", pa.string()),
    pa.field("published_date", pa.date32()),
    pa.field("source", pa.string()),
    pa.field("cluster_id", pa.string()),          # the event_clusters row it belongs to (asserted events)
])

# What one country, in one role, counts: the columns country_counts and window_counts share.
COUNT_FIELDS = [
    pa.field("country_code", pa.string(), nullable=False),
    pa.field("country_name", pa.string()),
    pa.field("role", pa.string(), nullable=False),       # expelling | expelled
    pa.field("diplomats", pa.int64(), nullable=False),
    pa.field("events", pa.int64(), nullable=False),
    pa.field("articles", pa.int64(), nullable=False),
    pa.field("events_without_count", pa.int64(), nullable=False),
    pa.field("reports", pa.int64(), nullable=False),
]

COUNTRY_COUNTS = pa.schema([pa.field("year", pa.int32()), *COUNT_FIELDS])

EVENT_CLUSTERS = pa.schema([
    pa.field("cluster_id", pa.string(), nullable=False),
    pa.field("expelling_country", pa.string()),
    pa.field("expelled_country", pa.string()),
    pa.field("year", pa.int32()),
    pa.field("count", pa.int32()),
    pa.field("count_min", pa.int32()),
    pa.field("count_max", pa.int32()),
    pa.field("count_disputed", pa.bool_(), nullable=False),
    pa.field("at_least", pa.bool_(), nullable=False),
    pa.field("first_reported", pa.date32()),
    pa.field("last_reported", pa.date32()),
    pa.field("articles", pa.int64(), nullable=False),
    pa.field("sources", pa.list_(pa.string())),
    pa.field("event_ids", pa.list_(pa.string())),
    pa.field("example_sentence", pa.string()),
    pa.field("example_article_id", pa.string()),
    pa.field("answers_cluster_id", pa.string()),   # the earlier expulsion this one answers
    pa.field("link_basis", pa.string()),           # stated | reversed_pair (null: no link)
])

DEAD_LETTER = pa.schema([
    pa.field("source", pa.string(), nullable=False),
    pa.field("line", pa.int64(), nullable=False),
    pa.field("stage", pa.string(), nullable=False),
    pa.field("error", pa.string(), nullable=False),
    pa.field("record", pa.string()),
])

ENTITIES = pa.schema([
    pa.field("entity_id", pa.string(), nullable=False),
    pa.field("canonical_name", pa.string()),
    pa.field("entity_type", pa.string()),
    pa.field("country_code", pa.string()),
    pa.field("in_gazetteer", pa.bool_(), nullable=False),
    pa.field("mentions", pa.int64(), nullable=False),
    pa.field("articles", pa.int64(), nullable=False),
    pa.field("surface_forms", pa.list_(pa.string())),
    pa.field("first_seen", pa.date32()),
    pa.field("last_seen", pa.date32()),
])

TABLES = {
    "articles": ARTICLES,
    "mentions": MENTIONS,
    "entities": ENTITIES,
    "events": EVENTS,
    "country_counts": COUNTRY_COUNTS,
    "event_clusters": EVENT_CLUSTERS,
    "dead_letter": DEAD_LETTER,
}

# The streaming job's table (pipeline/streaming.py): not one of the batch run's TABLES.
WINDOW_COUNTS = pa.schema([
    pa.field("window_start", pa.timestamp("ms", tz="UTC"), nullable=False),
    pa.field("window_end", pa.timestamp("ms", tz="UTC"), nullable=False),
    pa.field("pane", pa.int64(), nullable=False),                # 0, 1, 2, ... per window; keep the highest
    pa.field("pane_timing", pa.string(), nullable=False),        # EARLY | ON_TIME | LATE | UNKNOWN
    *COUNT_FIELDS,
])

STREAMING_TABLES = {"window_counts": WINDOW_COUNTS}
