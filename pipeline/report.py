"""A report people would rather look at than read: DIR/report/index.html and its charts.

    python -m pipeline.report output/          # (re)build output/report/ from a finished run

`build_report(output_dir)` reads the run's tables and writes, in
`output_dir/report/`:

- `index.html`: one self-contained page (inline CSS, charts embedded as
  base64 PNG; no script, no network) with the charts, the per-country totals,
  who expelled whom (a country-pair matrix), a timeline of expulsions with
  retaliation pairs joined, every expulsion with the sentences behind it (every
  number links there; pipeline/report_pairs.py), the events with their sentences
  and sources, the most mentioned entities and the unresolved names most worth
  adding to the gazetteer;
- `expelling_by_year.png`, `expelled_by_year.png`, `top_countries.png`,
  `timeline.png`: the charts.

Every text that comes from an article is escaped: input is untrusted. Links
are made only from http(s) URLs. Plotting uses matplotlib's object API with
the Agg canvas (no display, no global pyplot state).
"""
from __future__ import annotations

import base64
import html
import os
import sys
from collections import Counter, defaultdict
from datetime import datetime, timezone
from typing import Optional, Sequence

from pipeline import report_pairs as pairs
from pipeline.charts import figure, png
from pipeline.output_tables import read_table
from pipeline.summary import format_summary, summarise

CHARTS = ("expelling_by_year.png", "expelled_by_year.png", "top_countries.png", "timeline.png")
TOP_COUNTRIES = 8          # countries with their own colour in the per-year charts
MAX_EVENTS = 500           # rows in the events table
MAX_ENTITIES = 25
MAX_UNRESOLVED = 30
ROLE_TITLES = {
    "expelling": "Diplomats expelled, by the country that expelled them",
    "expelled": "Diplomats expelled, by the diplomats' country",
}


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def country_names(counts: list[dict], mentions: list[dict]) -> dict:
    """ISO code -> name, from country_counts, else from resolved country mentions."""
    names = {}
    for m in mentions:
        if m.get("entity_type") == "COUNTRY" and m.get("country_code") and m.get("canonical_name"):
            names.setdefault(m["country_code"], m["canonical_name"])
    for c in counts:
        if c.get("country_name"):
            names[c["country_code"]] = c["country_name"]
    return names


def per_year(counts: list[dict], role: str, top: int = TOP_COUNTRIES):
    """(years, {country name: [diplomats per year]}) for one role; the rest summed as 'Other'."""
    rows = [c for c in counts if c["role"] == role]
    totals = Counter()
    for c in rows:
        totals[c["country_code"]] += c["diplomats"] or 0
    leaders = [code for code, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])) if n > 0][:top]
    names = {c["country_code"]: c.get("country_name") or c["country_code"] for c in rows}
    years = sorted({c["year"] for c in rows if c["year"] is not None})
    if any(c["year"] is None for c in rows):
        years.append(None)
    series = defaultdict(lambda: [0] * len(years))
    index = {y: i for i, y in enumerate(years)}
    for c in rows:
        key = names[c["country_code"]] if c["country_code"] in leaders else "Other"
        series[key][index[c["year"]]] += c["diplomats"] or 0
    ordered = {names[code]: series[names[code]] for code in leaders}
    if any(series["Other"]):
        ordered["Other"] = series["Other"]
    return years, ordered


def country_totals(counts: list[dict]) -> list[dict]:
    """One row per country: diplomats it expelled, diplomats of its expelled, events in each role."""
    t: dict = {}
    for c in counts:
        row = t.setdefault(c["country_code"], {"country_code": c["country_code"],
                                               "country_name": c.get("country_name") or c["country_code"],
                                               "expelling": 0, "expelled": 0,
                                               "expelling_events": 0, "expelled_events": 0})
        row[c["role"]] += c["diplomats"] or 0
        row[c["role"] + "_events"] += c["events"] or 0
    return sorted(t.values(), key=lambda r: (-(r["expelling"] + r["expelled"]), r["country_name"]))


def top_entities(mentions: list[dict], n: int = MAX_ENTITIES) -> list[dict]:
    """The most mentioned resolved entities, with how many articles mention them."""
    agg: dict = {}
    for m in mentions:
        if not m.get("entity_id") or m.get("nested"):
            continue
        a = agg.setdefault(m["entity_id"], {"entity_id": m["entity_id"], "name": m.get("canonical_name") or m["text"],
                                            "type": m.get("entity_type"), "country_code": m.get("country_code"),
                                            "mentions": 0, "articles": set()})
        a["mentions"] += 1
        a["articles"].add(m["article_id"])
    ranked = sorted(agg.values(), key=lambda a: (-a["mentions"], -len(a["articles"]), a["name"]))[:n]
    return [dict(a, articles=len(a["articles"])) for a in ranked]


def unresolved_names(mentions: list[dict], n: int = MAX_UNRESOLVED) -> list[dict]:
    """Names the gazetteer did not resolve, most worth adding first: seen in the most articles.

    Skips nested names, names under three characters and names without a capital
    letter (fragments rather than names).
    """
    agg: dict = {}
    for m in mentions:
        if m.get("entity_id") or m.get("nested"):
            continue
        name = " ".join((m.get("canonical_name") or m["text"]).split())
        if len(name) < 3 or not any(ch.isupper() for ch in name):
            continue
        a = agg.setdefault(name, {"name": name, "labels": Counter(), "mentions": 0, "articles": set()})
        a["labels"][m.get("label") or m.get("entity_type") or ""] += 1
        a["mentions"] += 1
        a["articles"].add(m["article_id"])
    ranked = sorted(agg.values(), key=lambda a: (-len(a["articles"]), -a["mentions"], a["name"]))[:n]
    return [{"name": a["name"], "label": a["labels"].most_common(1)[0][0], "mentions": a["mentions"],
             "articles": len(a["articles"])} for a in ranked]


# ---------------------------------------------------------------------------
# charts
# ---------------------------------------------------------------------------

def chart_by_year(counts: list[dict], role: str) -> bytes:
    """Stacked bars: diplomats expelled per year, one colour per leading country."""
    years, series = per_year(counts, role)
    fig = figure(9, 4.2)
    ax = fig.add_subplot()
    labels = ["unknown" if y is None else str(y) for y in years]
    if not years:
        ax.text(0.5, 0.5, "no asserted expulsions in this run", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        import matplotlib
        colours = matplotlib.colormaps["tab10"].colors
        bottom = [0] * len(years)
        for i, (name, values) in enumerate(series.items()):
            colour = "#b0b0b0" if name == "Other" else colours[i % len(colours)]
            ax.bar(labels, values, bottom=bottom, label=name, color=colour, edgecolor="white", linewidth=0.5)
            bottom = [b + v for b, v in zip(bottom, values)]
        ax.set_ylabel("diplomats expelled")
        ax.legend(fontsize="small", frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.spines[["top", "right"]].set_visible(False)
        if len(labels) > 12:
            ax.tick_params(axis="x", labelrotation=60)
    ax.set_title(ROLE_TITLES[role], loc="left", fontsize="medium")
    return png(fig)


def chart_top_countries(totals: list[dict], n: int = 12) -> bytes:
    """Paired horizontal bars: for each leading country, diplomats it expelled and of its expelled."""
    rows = totals[:n][::-1]
    fig = figure(9, 0.45 * max(len(rows), 3) + 1.2)
    ax = fig.add_subplot()
    if not rows:
        ax.text(0.5, 0.5, "no asserted expulsions in this run", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        pos = range(len(rows))
        ax.barh([p + 0.2 for p in pos], [r["expelling"] for r in rows], height=0.4, color="#1f77b4",
                label="expelled others' diplomats")
        ax.barh([p - 0.2 for p in pos], [r["expelled"] for r in rows], height=0.4, color="#d62728",
                label="had its diplomats expelled")
        ax.set_yticks(list(pos), [r["country_name"] for r in rows])
        ax.set_xlabel("diplomats, all years")
        ax.legend(fontsize="small", frameon=False, loc="lower right")
        ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Countries by diplomats expelled, in both roles", loc="left", fontsize="medium")
    return png(fig)


# ---------------------------------------------------------------------------
# page
# ---------------------------------------------------------------------------

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.muted{color:#666}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:10px 14px;min-width:120px}
.card b{display:block;font-size:1.4em}
img{max-width:100%;height:auto;background:#fff;border:1px solid #e3e3e3;border-radius:8px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92em}
th,td{border-bottom:1px solid #eee;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f1f1f1;position:sticky;top:0}td.n{text-align:right;font-variant-numeric:tabular-nums}
.m{display:inline-block;padding:0 6px;border-radius:4px;font-size:.85em;background:#eee}
.m-asserted{background:#d8f0dc}.m-hypothetical{background:#fff2c6}.m-negated{background:#f7d7d7}
.m-demand{background:#e4dcf5}.m-aggregate{background:#dbe9f7}
.scroll{max-height:640px;overflow:auto;border:1px solid #e3e3e3;border-radius:8px}
pre{background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:10px;overflow:auto}
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _link(url: Optional[str], text: str) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(text)}</a>'
    return _e(text)


def _img(data: bytes, alt: str) -> str:
    return f'<img alt="{_e(alt)}" src="data:image/png;base64,{base64.b64encode(data).decode()}">'


def _table(headers: list, rows: list[list[str]], numeric: frozenset = frozenset()) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(s: dict, charts: dict, totals: list[dict], events: list[dict], articles: dict,
                names: dict, entities: list[dict], unresolved: list[dict], clusters: Sequence[dict] = ()) -> str:
    """The page; every value from the data is escaped here."""
    def country(code):
        return _e(f"{names.get(code, code)} ({code})") if code else '<span class="muted">—</span>'

    cards = [("records in", s["records_in"]), ("articles", s["articles"]), ("mentions", s["mentions"]),
             ("resolved", "—" if s["resolved_share"] is None else f"{s['resolved_share']:.1%}"),
             ("events", s["events"]), ("asserted", s["events_by_modality"].get("asserted", 0)),
             ("dead letters", s["dead_letters"])]
    cards_html = "".join(f'<div class="card"><b>{_e(f"{v:,}" if isinstance(v, int) else v)}</b>'
                         f'<span class="muted">{_e(k)}</span></div>' for k, v in cards)

    def total(t, role):   # a number links to the pairs, and through them the sentences, behind it
        return f'<a href="#{role}-{_e(t["country_code"])}">{t[role]:,}</a>' if t[role] else "0"

    totals_rows = [[_e(t["country_name"]), _e(t["country_code"]), total(t, "expelling"), f"{t['expelling_events']:,}",
                    total(t, "expelled"), f"{t['expelled_events']:,}"] for t in totals]
    event_rows = []
    for ev in events[:MAX_EVENTS]:
        art = articles.get(ev["article_id"], {})
        title = art.get("title") or ev["article_id"]
        source = " · ".join(_e(x) for x in (art.get("source"), str(ev["published_date"] or "")) if x)
        count = "" if ev["count"] is None else (("≥ " if ev["at_least"] else "") + f"{ev['count']:,}")
        event_rows.append([
            _e(ev["event_year"] if ev["event_year"] is not None else "?"),
            country(ev["expelling_country"]), country(ev["expelled_country"]), count,
            f'<span class="m m-{_e(ev["modality"])}">{_e(ev["modality"])}</span>',
            _e(ev["sentence"]),
            _link(art.get("url"), title) + (f'<br><span class="muted">{source}</span>' if source else ""),
        ])
    more = (f'<p class="muted">Showing {MAX_EVENTS:,} of {len(events):,} events; all are in '
            f'<code>events/</code>.</p>') if len(events) > MAX_EVENTS else ""
    entity_rows = [[_e(x["name"]), _e(x["type"]), _e(x["country_code"] or ""), _e(x["entity_id"]),
                    f"{x['mentions']:,}", f"{x['articles']:,}"] for x in entities]
    unresolved_rows = [[_e(u["name"]), _e(u["label"]), f"{u['mentions']:,}", f"{u['articles']:,}"]
                       for u in unresolved]
    dead = "".join(f"<li>{_e(r['stage'])}: {_e(r['reason'])} — {r['count']:,}</li>"
                   for r in s["dead_letters_by_reason"])
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>newsnorm report — diplomatic expulsions</title><style>{CSS}{pairs.CSS}</style></head>
<body><main>
<h1>Diplomatic expulsions</h1>
<p class="muted">newsnorm report for <code>{_e(s['output'])}</code>, made {made}. Counts are from asserted
events only (done or decided; not threats, demands or totals over several countries).</p>
<div class="cards">{cards_html}</div>

<h2 id="by-year">Diplomats expelled per year</h2>
<p>{_img(charts['expelling_by_year.png'], ROLE_TITLES['expelling'])}</p>
<p>{_img(charts['expelled_by_year.png'], ROLE_TITLES['expelled'])}</p>

<h2 id="countries">Countries</h2>
<p>{_img(charts['top_countries.png'], 'Countries by diplomats expelled, in both roles')}</p>
{_table(["country", "code", "diplomats it expelled", "events", "its diplomats expelled", "events"],
        totals_rows, frozenset({2, 3, 4, 5})) if totals_rows else '<p class="muted">No asserted expulsions.</p>'}

<h2 id="pairs">Who expelled whom</h2>
<p class="muted">Diplomats expelled, by expelling country (rows) and the diplomats' country (columns); real-world
expulsions, each counted once. A number links to the expulsions and sentences behind it.</p>
{pairs.matrix_html(list(clusters), names)}

<h2 id="timeline">Timeline</h2>
<p>{_img(charts['timeline.png'], 'Expulsions by first report date, with retaliation pairs joined')}</p>

<h2 id="expulsions">Expulsions and the sentences behind them</h2>
<p class="muted">Each real-world expulsion (a row of <code>event_clusters</code>) with the reports that tell it,
grouped by country pair; "answers" links a retaliation to the expulsion it answers (stated by a report,
or a reversed pair within the retaliation window).</p>
{pairs.country_index_html(list(clusters), names)}
{pairs.expulsions_html(list(clusters), events, articles, names)}

<h2 id="events">Events ({len(events):,})</h2>
<p class="muted">Every expulsion statement found, with its sentence and source. Modality: asserted (counted),
hypothetical, negated, demand, aggregate.</p>
<div class="scroll">{_table(["year", "expelling", "diplomats of", "count", "modality", "sentence", "source"],
                            event_rows, frozenset({3}))}</div>{more}

<h2 id="entities">Most mentioned entities</h2>
{_table(["entity", "type", "country", "id", "mentions", "articles"], entity_rows, frozenset({4, 5}))}

<h2 id="unresolved">Unresolved names worth adding to the gazetteer</h2>
<p class="muted">Names found in the text that resolved to no entity, seen in the most articles first. Add them
with <code>--gazetteer_extra my_entities.csv</code>.</p>
{_table(["name", "label", "mentions", "articles"], unresolved_rows, frozenset({2, 3}))
 if unresolved_rows else '<p class="muted">None.</p>'}

<h2 id="run">The run</h2>
<pre>{_e(format_summary(s))}</pre>
{f'<p>Dead letters by reason:</p><ul>{dead}</ul>' if dead else ''}
</main></body></html>
"""


def _write(path: str, data: bytes) -> None:
    if "://" in path:
        from apache_beam.io.filesystems import FileSystems
        with FileSystems.create(path) as f:
            f.write(data)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def build_report(output_dir: str, report_dir: Optional[str] = None, summary: Optional[dict] = None) -> str:
    """Write the report folder for the run in output_dir; returns the path of index.html."""
    report_dir = report_dir or f"{output_dir.rstrip('/')}/report"
    s = summary or summarise(output_dir)
    counts = read_table(output_dir, "country_counts").to_pylist()
    mentions = read_table(output_dir, "mentions").select(
        ["article_id", "text", "label", "entity_id", "canonical_name", "entity_type", "country_code",
         "nested"]).to_pylist()
    events = read_table(output_dir, "events").to_pylist()
    events.sort(key=lambda e: (e["modality"] != "asserted", -(e["event_year"] or 0), e["article_id"],
                               e["start_char"], e["event_id"]))
    articles = {a["article_id"]: a for a in read_table(output_dir, "articles").select(
        ["article_id", "title", "url", "source"]).to_pylist()}
    clusters = read_table(output_dir, "event_clusters").to_pylist()
    totals = country_totals(counts)
    names = country_names(counts, mentions)
    charts = {
        "expelling_by_year.png": chart_by_year(counts, "expelling"),
        "expelled_by_year.png": chart_by_year(counts, "expelled"),
        "top_countries.png": chart_top_countries(totals),
        "timeline.png": pairs.chart_timeline(clusters, names),
    }
    for name, png in charts.items():
        _write(f"{report_dir}/{name}", png)
    page = render_html(s, charts, totals, events, articles, names, top_entities(mentions),
                       unresolved_names(mentions), clusters)
    index = f"{report_dir}/index.html"
    _write(index, page.encode("utf-8"))
    return index


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("usage: python -m pipeline.report OUTPUT_DIR   (writes OUTPUT_DIR/report/)", file=sys.stderr)
        return 2
    print(build_report(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
