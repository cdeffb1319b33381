"""Made-up news in the shapes the expulsion extractor must read (lists and tables, reciprocal and
retaliatory expulsions, quotes with the speaker after them, diplomatic language, historical states,
parliamentary statements) and the shapes that are no event (threats, recalls, summonses, closures,
totals, demands by third parties, denials), run through the whole job as a user runs it. Every text
was written for this test (tests/fixtures/made_up_news.jsonl: `want` = the asserted events as
[expelling, expelled, count])."""
import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.run import run

FIXTURE = Path(__file__).parent.parent / "fixtures" / "made_up_news.jsonl"
CASES = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("made_up")
    feed = tmp / "feed.jsonl"
    feed.write_text("".join(json.dumps({k: v for k, v in c.items() if k != "want"}) + "\n" for c in CASES),
                    encoding="utf-8")
    run(["--input", str(feed), "--output", str(tmp / "out"), "--runner", "DirectRunner"])
    found: dict = {}
    for r in ds.dataset(str(tmp / "out" / "events"), format="parquet", partitioning="hive").to_table().to_pylist():
        if r["modality"] == "asserted":
            found.setdefault(r["article_id"], set()).add((r["expelling_country"], r["expelled_country"], r["count"]))
    return found


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_made_up_news_gives_the_events_meant(case, events):
    assert events.get(case["id"], set()) == {tuple(w) for w in case["want"]}, case["text"]
