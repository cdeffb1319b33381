"""Turn pipeline records into output rows (dicts matching transforms.schemas)."""
from __future__ import annotations

from typing import Iterator

from gazetteer.dates import utc_datetime
from transforms.records import AnalysedArticle, DeadLetter
from transforms.possessor_spans import with_bodies_after_possessors
from transforms.titled_forms import with_titled_forms


def article_row(a: AnalysedArticle) -> dict:
    art = a.article
    return {
        "article_id": art.article_id, "title": art.title, "url": art.url,
        "published_at": utc_datetime(art.published_at), "source": art.source,
        "source_file": art.source_file, "line": art.line, "n_chars": len(art.text),
        "n_sentences": len(a.sentences), "n_mentions": len(reported_mentions(a)),
        "n_resolved": sum(1 for m in a.mentions if m.entity_id),
        "n_events": sum(1 for e in a.events if e.modality == "asserted"),
    }


def reported_mentions(a: AnalysedArticle) -> list:
    """The article's mentions as the tables report them: "Mr Lavrov" as written, "Lavrov" inside it;
    "Russia's Foreign Ministry" as written, "Foreign Ministry" inside it."""
    return marked_repeats(list(with_bodies_after_possessors(with_titled_forms(a.mentions, a.article.text))))


def marked_repeats(mentions: list) -> list:
    """`mentions` with each nested name that the mention around it already names ("Lavrov" inside
    "Sergey Lavrov" or "Mr Lavrov") marked `repeats_outer`: one mention for the entities' counts."""
    outer = {}
    for m in mentions:
        if not m.nested and m.entity_id:
            outer.setdefault(m.entity_id, []).append((m.start_char, m.end_char))
    return [m._replace(repeats_outer=True) if m.nested and m.entity_id and any(
        s <= m.start_char and m.end_char <= e for s, e in outer.get(m.entity_id, ())) else m for m in mentions]


def mentions_with_date(a: AnalysedArticle) -> Iterator[tuple]:
    """(Mention, published_date) pairs: the date travels with the mention for the entities table."""
    for m in reported_mentions(a):
        yield m, a.article.published_date


def mention_row(m) -> dict:
    row = m._asdict()
    row["score"] = float(m.score)
    return row


def dead_letter_row(d: DeadLetter) -> dict:
    return d._asdict()
