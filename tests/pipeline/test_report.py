"""DIR/report/: a self-contained page with charts, events, entities and unresolved names."""
import html
import shutil
import subprocess

import pytest

from pipeline.report import CHARTS, build_report, per_year, unresolved_names
from tests.pipeline.sample_run import sample_run
from tests.pipeline.test_summary import _count, _event, _mention, _write, small_output

PNG = b"\x89PNG\r\n\x1a\n"
SEED_ID = "seed-0001"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def test_per_year_keeps_the_leading_countries_and_sums_the_rest_as_other():
    counts = [_count(c, c, "expelling", n) for c, n in (("A", 50), ("B", 40), ("C", 3), ("D", 2))]
    counts.append(dict(_count("A", "A", "expelling", 5), year=None))
    years, series = per_year(counts, "expelling", top=2)
    assert years == [2022, None]
    assert series == {"A": [50, 5], "B": [40, 0], "Other": [5, 0]}


def test_unresolved_names_rank_by_articles_and_skip_fragments():
    mentions = [_mention("a1", "Xyzland", None, "nil"), _mention("a2", "Xyzland", None, "nil"),
                _mention("a1", "Qland", None, "nil"), _mention("a1", "Qland", None, "nil"),
                _mention("a1", "ab", None, "nil"), _mention("a1", "the ministry", None, "nil"),
                _mention("a1", "Poland", "Q36", "exact")]
    got = unresolved_names(mentions)
    assert [(u["name"], u["articles"], u["mentions"]) for u in got] == [("Xyzland", 2, 2), ("Qland", 1, 2)]


def test_report_escapes_article_text_and_needs_no_network(tmp_path):
    out = small_output(tmp_path)
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    _write(out, "articles", [{"article_id": "a0", "title": evil, "url": "javascript:alert(1)", "source": evil}],
           ("article_id",))
    _write(out, "events", [dict(_event("a0", "asserted", 45), sentence=f"Poland expelled {evil}")], ("article_id",))
    index = build_report(str(out))
    page = open(index, encoding="utf-8").read()
    assert "<script" not in page and "<img src=x" not in page
    assert html.escape(evil) in page
    assert "javascript:" not in page                       # only http(s) URLs become links
    assert "http://" not in page and "https://" not in page and "<link" not in page
    for name in CHARTS:
        assert (out / "report" / name).read_bytes().startswith(PNG)
    assert page.count('src="data:image/png;base64,') == len(CHARTS)


def test_report_of_a_run_lists_its_events_entities_and_countries():
    out, _ = sample_run()
    page = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "Poland (PL)" in page and "Russia (RU)" in page and "Ecuador (EC)" in page
    assert html.escape("In 2018, Britain deported 23") in page
    assert "Quito retaliates" in page                     # the event's source article
    assert "Liz Truss" in page                            # a most mentioned entity
    for name in CHARTS:
        assert (out / "report" / name).stat().st_size > 5000


def _chromium():
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    pytest.skip("Debian's chromium is not installed (run_tests.sh installs it with apt-get when run as root)")


def test_report_renders_the_expected_countries_in_a_headless_browser(tmp_path):
    out, _ = sample_run()
    browser = _chromium()
    done = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                           (out / "report" / "index.html").as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert "<table" in dom and "Diplomats expelled per year" in dom
    for country in ("Poland", "Russia", "United States", "United Kingdom", "Ireland", "Ecuador"):
        assert country in dom, country
    shot = tmp_path / "report.png"
    done = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile2'}",
                           "--window-size=1200,1600", f"--screenshot={shot}",
                           (out / "report" / "index.html").as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and shot.read_bytes().startswith(PNG)


def test_every_number_of_the_pairs_and_totals_links_to_the_sentences_behind_it():
    import re
    out, _ = sample_run()
    page = (out / "report" / "index.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="([^"]+)"', page))
    targets = re.findall(r'href="#([^"]+)"', page)
    assert targets and set(targets) <= anchors                 # no dead link
    assert 'href="#pair-PL-RU">45</a>' in page                 # a matrix cell -> Poland's expulsion of Russians
    assert 'href="#expelling-PL">45</a>' in page               # a country total -> the pairs behind it
    pl_ru = page.split('id="pair-PL-RU"', 1)[1].split('<div class="pair"', 1)[0]
    assert html.escape("Poland has deported 45 Russian diplomats") in pl_ru   # the sentence behind the number
    assert SEED_ID in pl_ru                                           # and its article


def test_the_report_joins_a_retaliation_to_the_expulsion_it_answers():
    import re
    out, _ = sample_run()
    page = (out / "report" / "index.html").read_text(encoding="utf-8")
    us_ec = page.split('id="pair-US-EC"', 1)[1].split('<div class="pair"', 1)[0]
    answered = re.search(r'answers <a href="#(c-[0-9a-f]+)">Ecuador', us_ec)
    assert answered, us_ec[:500]
    assert f'id="{answered.group(1)}"' in page.split('id="pair-EC-US"', 1)[1]
    assert (out / "report" / "timeline.png").stat().st_size > 5000


def test_pair_matrix_folds_countries_beyond_the_top_into_other():
    from pipeline.report_pairs import pair_matrix
    clusters = [{"expelling_country": a, "expelled_country": "RU", "count": n}
                for a, n in (("PL", 45), ("DE", 40), ("FR", 35))]
    clusters.append({"expelling_country": "RU", "expelled_country": None, "count": 9})   # not a pair
    rows, cols, cells = pair_matrix(clusters, top=2)
    assert rows == ["PL", "DE"] and cols == ["RU"]
    assert cells == {("PL", "RU"): 45, ("DE", "RU"): 40, (None, "RU"): 35}
