"""Every input record is accounted for: processed + dead-lettered + duplicates = records read.

`records read` is what the format readers yielded (Beam counter `read/records_read`):
every non-blank JSON line, CSV row, Parquet row and feed entry, plus one for each
file whose rest could not be read (a truncated or corrupt file). The other three
numbers come from the tables the run wrote:

* processed – rows of `articles`;
* dead-lettered – rows of `dead_letter`, except stage `duplicate` and except stage
  `extract` (an extraction failure keeps its article, so it is already counted);
* duplicates – rows of `dead_letter` at stage `duplicate`.

`reconcile()` is a plain function; `check_run()` reconciles a finished run once
(pipeline/finish.py), and an output that does not balance is not published.
The run summary shows that reconciliation.
"""
from __future__ import annotations

import logging
from collections import Counter
from typing import Mapping, Optional

from pipeline.output_tables import count_rows, read_table

# Dead-letter stages whose article is still in `articles` (not a lost record).
KEPT_ARTICLE_STAGES = frozenset({"extract"})
DUPLICATE_STAGE = "duplicate"


LOG = logging.getLogger(__name__)


class ReconciliationError(RuntimeError):
    """The run lost or invented records; the message says how many."""


def reconcile(records_read: Optional[int], articles: int, dead_letter_stages: Mapping[str, int]) -> dict:
    """The run's record accounting as a plain dict (for printing and `_manifest.json`).

    `dead_letter_stages` maps each dead-letter stage to its row count. `balanced`
    is None when `records_read` is unknown (a runner without metrics).
    """
    stages = {str(k): int(v) for k, v in sorted(dead_letter_stages.items())}
    duplicates = stages.get(DUPLICATE_STAGE, 0)
    dead = sum(v for k, v in stages.items() if k != DUPLICATE_STAGE and k not in KEPT_ARTICLE_STAGES)
    accounted = articles + dead + duplicates
    return {
        "records_read": records_read,
        "processed": articles,
        "dead_lettered": dead,
        "duplicates": duplicates,
        "accounted": accounted,
        "dead_letter_by_stage": stages,
        "balanced": None if records_read is None else accounted == records_read,
        "difference": None if records_read is None else records_read - accounted,
    }


def describe(rec: dict) -> str:
    """One line for the console."""
    read = "?" if rec["records_read"] is None else rec["records_read"]
    line = (f"{read} records read = {rec['processed']} processed + {rec['dead_lettered']} dead-lettered"
            f" + {rec['duplicates']} duplicates")
    if rec["balanced"] is None:
        return line + " (records read unknown: this runner reports no metrics)"
    if rec["balanced"]:
        return line + " (every record accounted for)"
    return line.replace(" = ", " != ") + f" (MISMATCH: {rec['difference']:+d} records unaccounted for)"


def counts_from_tables(output_dir: str) -> tuple[int, dict[str, int]]:
    """(articles rows, dead_letter rows per stage) of a written output or staging folder."""
    stages = Counter(read_table(output_dir, "dead_letter", columns=["stage"]).column("stage").to_pylist())
    return count_rows(output_dir, "articles"), dict(stages)


def records_read_from(result) -> Optional[int]:
    """The `read/records_read` counter of a finished Beam run, or None if the runner has none."""
    from apache_beam.metrics.metric import MetricsFilter
    try:
        counters = result.metrics().query(
            MetricsFilter().with_namespace("read").with_name("records_read"))["counters"]
    except (NotImplementedError, AttributeError, KeyError):
        return None
    if not counters:
        return 0
    values = [c.committed if c.committed is not None else c.attempted for c in counters]
    return int(sum(v or 0 for v in values))


def check_run(result, staging_dir: str) -> dict:
    """Reconcile a finished run from its metrics and its staged tables.

    The line is part of the run's console summary (pipeline/summary.py); a run
    whose numbers do not balance raises ReconciliationError, which the command
    line prints, and nothing is published.
    """
    articles, stages = counts_from_tables(staging_dir)
    read = records_read_from(result)
    if read == 0 and articles + sum(stages.values()) > 0:
        read = None   # the runner reported no counters at all: unknown, not zero
    rec = reconcile(read, articles, stages)
    LOG.info("%s", describe(rec))
    if rec["balanced"] is False:
        raise ReconciliationError(describe(rec) + f"; the output was not published (staged in {staging_dir})")
    return rec
