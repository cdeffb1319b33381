"""The report's who-expelled-whom part: pair matrix, timeline with retaliation pairs, and every
expulsion with the sentences behind it (pipeline/report.py puts it on the page).

Data come from `event_clusters` (one row per real-world expulsion, with `answers_cluster_id`)
and `events` (each report, with its `cluster_id`). Every number links to the sentences that
make it: a matrix cell to its pair, a pair to its expulsions, an expulsion to its reports.
"""
from __future__ import annotations

import html
from collections import defaultdict
from datetime import date
from typing import Optional

from pipeline.charts import figure, png

MAX_MATRIX = 15         # countries per matrix axis (the rest summed into "other")
MAX_TIMELINE_PAIRS = 20
MAX_CLUSTERS = 400      # expulsions listed with their sentences
MAX_REPORTS = 6         # sentences shown per expulsion


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def pair_anchor(expelling: Optional[str], expelled: Optional[str]) -> str:
    return f"pair-{expelling or 'unknown'}-{expelled or 'unknown'}"


def cluster_anchor(cluster_id: str) -> str:
    return f"c-{cluster_id}"


def asserted_clusters(clusters: list[dict]) -> list[dict]:
    """Clusters ordered by pair, then date: the order of the expulsions list."""
    return sorted(clusters, key=lambda c: (c.get("expelling_country") or "~", c.get("expelled_country") or "~",
                                           _when(c), c["cluster_id"]))


def _when(c: dict) -> tuple:
    d = c.get("first_reported")
    return (c.get("year") or 0, d or date.min)


def pair_matrix(clusters: list[dict], top: int = MAX_MATRIX):
    """(expelling codes, expelled codes, {(expelling, expelled): diplomats}); countries beyond
    the top `top` of each axis are summed into None ("other")."""
    cells: dict = defaultdict(int)
    rows: dict = defaultdict(int)
    cols: dict = defaultdict(int)
    for c in clusters:
        a, b = c.get("expelling_country"), c.get("expelled_country")
        if not a or not b:
            continue
        n = c.get("count") or 0
        cells[(a, b)] += n
        rows[a] += n
        cols[b] += n
    lead_rows = [k for k, _ in sorted(rows.items(), key=lambda kv: (-kv[1], kv[0]))][:top]
    lead_cols = [k for k, _ in sorted(cols.items(), key=lambda kv: (-kv[1], kv[0]))][:top]
    folded: dict = defaultdict(int)
    for (a, b), n in cells.items():
        folded[(a if a in lead_rows else None, b if b in lead_cols else None)] += n
    return lead_rows, lead_cols, dict(folded)


def matrix_html(clusters: list[dict], names: dict) -> str:
    rows, cols, cells = pair_matrix(clusters)
    if not rows:
        return '<p class="muted">No asserted expulsion names both countries.</p>'
    other_row = any(a is None for a, _ in cells)
    other_col = any(b is None for _, b in cells)
    head = "".join(f'<th title="{_e(names.get(b, b))}">{_e(b)}</th>' for b in cols) + ("<th>other</th>" if other_col else "")
    body = []
    for a in rows + ([None] if other_row else []):
        tds = []
        for b in cols + ([None] if other_col else []):
            n = cells.get((a, b), 0)
            if not n:
                tds.append('<td class="n muted">·</td>')
            elif a is None or b is None:
                tds.append(f'<td class="n">{n:,}</td>')
            else:
                tds.append(f'<td class="n"><a href="#{pair_anchor(a, b)}">{n:,}</a></td>')
        label = "other" if a is None else f"{_e(names.get(a, a))} ({_e(a)})"
        body.append(f"<tr><th>{label}</th>{''.join(tds)}</tr>")
    return (f'<div class="scroll"><table class="matrix"><thead><tr><th>expelling ↓ / diplomats of →</th>{head}'
            f"</tr></thead><tbody>{''.join(body)}</tbody></table></div>")


def timeline_points(clusters: list[dict], top: int = MAX_TIMELINE_PAIRS):
    """(pairs, points, links): the leading pairs by diplomats (a pair and its reverse share a
    row block), one point per dated expulsion, and (answer, answered) date/row pairs."""
    totals: dict = defaultdict(int)
    for c in clusters:
        if c.get("expelling_country") and c.get("expelled_country"):
            totals[(c["expelling_country"], c["expelled_country"])] += c.get("count") or 1
    linked = {(c["expelling_country"], c["expelled_country"]) for c in clusters if c.get("answers_cluster_id")}
    ranked = sorted(totals, key=lambda p: (p not in linked and (p[1], p[0]) not in linked, -totals[p], p))[:top]
    pairs = sorted(ranked, key=lambda p: (min(p), max(p), p))
    row = {p: i for i, p in enumerate(pairs)}
    points, by_id = [], {}
    for c in clusters:
        p = (c.get("expelling_country"), c.get("expelled_country"))
        when, exact = event_date(c)
        if p not in row or when is None:
            continue
        point = (when, row[p], c.get("count"), c["cluster_id"], exact)
        points.append(point)
        by_id[c["cluster_id"]] = point
    links = [(by_id[c["cluster_id"]], by_id[c["answers_cluster_id"]]) for c in clusters
             if c.get("answers_cluster_id") and c["cluster_id"] in by_id and c["answers_cluster_id"] in by_id]
    return pairs, points, links


def event_date(c: dict) -> tuple[Optional[date], bool]:
    """(date, exact): the first report's date when the report tells a present event; mid-year of
    the event year for a retrospective one ("in 2018 ...", reported in 2022); None when unknown."""
    first, year = c.get("first_reported"), c.get("year")
    if first is not None and (year is None or first.year == year):
        return first, True
    return (date(year, 7, 1), False) if year else (None, False)


def chart_timeline(clusters: list[dict], names: dict) -> bytes:
    """Expulsions by first report date, one row per country pair; a retaliation is an arrow
    from the expulsion answered to its answer."""
    pairs, points, links = timeline_points(clusters)
    fig = figure(9, 0.32 * max(len(pairs), 4) + 1.4)
    ax = fig.add_subplot()
    if not points:
        ax.text(0.5, 0.5, "no dated expulsions in this run", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        for exact in (True, False):
            pts = [p for p in points if p[4] == exact]
            if pts:
                ax.scatter([p[0] for p in pts], [p[1] for p in pts], s=[20 + 4 * min(p[2] or 1, 60) for p in pts],
                           color="#1f77b4" if exact else "none", edgecolors="#1f77b4", alpha=0.75, zorder=3,
                           label="dated by its reports" if exact else "year only (told later)")
        ax.legend(fontsize="small", frameon=False, loc="upper left")
        for answer, answered in links:
            ax.annotate("", xy=(answer[0], answer[1]), xytext=(answered[0], answered[1]),
                        arrowprops={"arrowstyle": "->", "color": "#d62728", "lw": 1.2}, zorder=2)
        ax.set_yticks(range(len(pairs)), [f"{names.get(a, a)} → {names.get(b, b)}" for a, b in pairs],
                      fontsize="small")
        ax.set_ylim(-0.7, len(pairs) - 0.3)
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(axis="x", labelrotation=30)
    ax.set_title("Expulsions by first report (red arrow: the answer to an earlier expulsion)", loc="left",
                 fontsize="medium")
    return png(fig)


def expulsions_html(clusters: list[dict], events: list[dict], articles: dict, names: dict) -> str:
    """Every expulsion under its pair's anchor, with its count, its answer link and its reports."""
    def country(code):
        return _e(f"{names.get(code, code)} ({code})") if code else '<span class="muted">unknown</span>'

    reports = defaultdict(list)
    for ev in events:
        if ev.get("cluster_id"):
            reports[ev["cluster_id"]].append(ev)
    ids = {c["cluster_id"]: c for c in clusters}
    out, pair = [], None
    ordered = asserted_clusters(clusters)
    for c in ordered[:MAX_CLUSTERS]:
        p = (c.get("expelling_country"), c.get("expelled_country"))
        if p != pair:
            if pair is not None:
                out.append("</div>")
            pair = p
            out.append(f'<div class="pair" id="{pair_anchor(*p)}"><h3>{country(p[0])} expelled diplomats of '
                       f"{country(p[1])}</h3>")
        count = "count unknown" if c.get("count") is None else \
            (("at least " if c.get("at_least") else "") + f"{c['count']:,} diplomats")
        answer = ""
        if c.get("answers_cluster_id") in ids:
            a = ids[c["answers_cluster_id"]]
            answer = (f' · answers <a href="#{cluster_anchor(a["cluster_id"])}">{country(a["expelling_country"])}'
                      f' ({_e(a.get("first_reported") or a.get("year"))})</a>, {_e(c.get("link_basis"))}')
        items = []
        for ev in sorted(reports.get(c["cluster_id"], []), key=lambda e: (str(e.get("published_date") or ""),
                                                                            e["article_id"]))[:MAX_REPORTS]:
            art = articles.get(ev["article_id"], {})
            src = " · ".join(_e(x) for x in (ev["article_id"], art.get("source"), ev.get("published_date")) if x)
            items.append(f'<li>{_e(ev.get("sentence"))} <span class="muted">— {src}</span></li>')
        more = len(reports.get(c["cluster_id"], [])) - MAX_REPORTS
        if more > 0:
            items.append(f'<li class="muted">and {more:,} more reports (events with cluster_id '
                         f'{_e(c["cluster_id"])})</li>')
        out.append(f'<div class="cluster" id="{cluster_anchor(c["cluster_id"])}"><b>{_e(c.get("year") or "?")}'
                   f'</b>: {count} · first reported {_e(c.get("first_reported") or "?")} · '
                   f'{c.get("articles") or 0:,} article(s){answer}<ul>{"".join(items)}</ul></div>')
    if pair is not None:
        out.append("</div>")
    if len(ordered) > MAX_CLUSTERS:
        out.append(f'<p class="muted">Showing {MAX_CLUSTERS:,} of {len(ordered):,} expulsions; all are in '
                   f"<code>event_clusters/</code>.</p>")
    return "".join(out) or '<p class="muted">No asserted expulsions.</p>'


def country_index_html(clusters: list[dict], names: dict) -> str:
    """Per country and role, the pairs behind its total, each linked to its expulsions:
    anchors `expelling-XX` and `expelled-XX` that the country totals link to."""
    by: dict = defaultdict(lambda: defaultdict(int))
    for c in clusters:
        a, b = c.get("expelling_country"), c.get("expelled_country")
        if a:
            by[(a, "expelling")][(a, b)] += c.get("count") or 0
        if b:
            by[(b, "expelled")][(a, b)] += c.get("count") or 0
    out = []
    for (code, role), pairs in sorted(by.items(), key=lambda kv: (names.get(kv[0][0], kv[0][0]), kv[0][1])):
        other = 1 if role == "expelling" else 0
        links = " · ".join(
            f'<a href="#{pair_anchor(*p)}">{_e(names.get(p[other], p[other] or "unknown"))} {n:,}</a>'
            for p, n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0][other] or "")))
        what = "expelled diplomats of" if role == "expelling" else "had diplomats expelled by"
        out.append(f'<li id="{role}-{_e(code)}">{_e(names.get(code, code))} {what}: {links}</li>')
    return f"<ul>{''.join(out)}</ul>" if out else ""


CSS = """
.matrix th,.matrix td{padding:3px 6px}.matrix tbody th{background:#f7f7f7;position:static}
.pair{margin:10px 0;padding:4px 10px;background:#fff;border:1px solid #e3e3e3;border-radius:8px}
.pair h3{font-size:1em;margin:.4em 0}.cluster{margin:6px 0}.cluster ul{margin:4px 0 8px 18px;padding:0}
.cluster:target,.pair:target{outline:2px solid #f0b429}
"""
