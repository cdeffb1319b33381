"""Markup in article text and titles, reduced to clean text.

Feeds carry HTML ("<p>Poland <b>expelled</b> 45&nbsp;diplomats.</p>"). When a field
looks like markup, it is parsed with BeautifulSoup (Python's own `html.parser`
backend: no C parser, nothing fetched, no script run) and replaced by its text:
block elements become paragraph breaks, `<br>` a line break, entities are
decoded, `<script>`/`<style>` and comments are dropped, runs of spaces collapse.

The cleaned text is the text the pipeline stores (`articles`, `events.sentence`)
and every character offset (`mentions.start_char`, ...) indexes into it, never
into the original markup.

Text that is not inside real markup is never dropped: an element is dropped with its
content only when the markup closes it (`<svg>...</svg>`); an unclosed `<svg>`, `<iframe>`
or `<script>`, or a `<!--` that never ends, loses only its own tag, never the text after it
(`drop_elements`, before BeautifulSoup, whose parser would otherwise nest the rest of the
article inside the unclosed element).

Plain text is left exactly as it is: a field is treated as HTML only when it
contains an HTML tag (`<p>`, `</div>`, `<br/>`) or an HTML entity (`&amp;`, `&#8217;`),
so "a < b and c > d" stays as written.

A tag is HTML only when its name is an HTML element name (`HTML_ELEMENTS`, data below;
or a lower-case custom element with a hyphen, `<my-widget>`, or a namespaced one, `<o:p>`),
written in lower or upper case, and its attributes, if any, look like attributes (an `=`
somewhere, or all lower case). Wire copy puts company names and tickers in angle brackets
("agreed to buy <Inverness Petroleum Ltd>", "Du Pont Co <DD>"): those are text. A field
counts as markup only when at least one tag is evident HTML (a lower-case name, an end tag,
a self-closing tag or an attribute with a value), so a lone upper-case ticker "<DD>" or
"<P>" in plain copy does not turn the field into HTML. In a field that is markup, bracketed
text that is no tag keeps its brackets (`escape_non_tags`, before parsing): the reader sees
the name as the wire wrote it, and a plain field with the same name keeps its brackets too.
"""
from __future__ import annotations

import html
import re
import warnings

_TAG_LIKE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})((?:\s[^<>]{0,2000})?)/?>|<!--")

HTML_ELEMENTS = frozenset("""
    a abbr acronym address area article aside audio b base basefont bdi bdo big blink blockquote
    body br button canvas caption center cite code col colgroup data datalist dd del details dfn
    dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2
    h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map
    mark marquee math menu meta meter nav nobr noframes noscript object ol optgroup option output p
    param picture pre progress q rp rt ruby s samp script search section select slot small source
    span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead
    time title tr track tt u ul var video wbr
""".split())
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")

DROP_TAGS = ("script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "math")
BLOCK_TAGS = ("p", "div", "section", "article", "header", "footer", "aside", "main", "nav",
              "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
              "table", "tr", "blockquote", "pre", "figure", "figcaption", "hr", "address", "title")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_PARAGRAPHS = re.compile(r"\n{3,}")


def _is_tag(m: re.Match) -> bool:
    """Whether a tag-like match of `_TAG_LIKE` is an HTML tag (see the module docstring)."""
    if m.group(0) == "<!--":
        return True
    name, attributes = m.group(2), m.group(3).rstrip("/").strip()
    if not (name.islower() or name.isupper()):
        return False   # "<Inverness Petroleum Ltd>"
    known = name.lower() in HTML_ELEMENTS or (name.islower() and ("-" in name or ":" in name))
    return known and (not attributes or "=" in attributes or attributes.islower())


def _is_evident_tag(m: re.Match) -> bool:
    """An HTML tag no wire copy writes as text: lower-case, an end tag, self-closing or with a value."""
    return _is_tag(m) and (m.group(0) == "<!--" or m.group(2).islower() or bool(m.group(1))
                           or m.group(0).endswith("/>") or "=" in m.group(3))


def _has_markup_tag(text: str) -> bool:
    return "<" in text and any(_is_evident_tag(m) for m in _TAG_LIKE.finditer(text))


def looks_like_html(text: str) -> bool:
    """True when `text` contains an HTML tag or an HTML entity."""
    return _has_markup_tag(text) or "&" in text and _ENTITY.search(text) is not None


def escape_non_tags(markup: str) -> str:
    """`markup` with the "<" of bracketed text that is no HTML tag escaped ("<Acme Holdings Inc>"
    becomes "&lt;Acme Holdings Inc>"), so that the parser keeps it as text."""
    return _TAG_LIKE.sub(lambda m: m.group(0) if _is_tag(m) else "&lt;" + m.group(0)[1:], markup)


_DROP_TAG = re.compile(r"<(/?)(" + "|".join(DROP_TAGS) + r")(?=[\s/>])[^<>]{0,2000}>", re.IGNORECASE)
RAW_TEXT_TAGS = ("script", "style")   # their content is text to the parser: only their own end tag counts
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def drop_elements(markup: str) -> str:
    """`markup` without its comments and DROP_TAGS elements (with their content) that the markup
    closes; an unclosed one loses only its opening tag, a stray end tag only itself."""
    spans = []   # (start, end) of text to remove
    stack = []   # open elements: (name, match)
    for m in _DROP_TAG.finditer(markup):
        closing, name = bool(m.group(1)), m.group(2).lower()
        if stack and stack[-1][0] in RAW_TEXT_TAGS and not (closing and name == stack[-1][0]):
            continue   # "<svg>" inside a script is script text
        if not closing:
            stack.append((name, m))
            continue
        at = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == name), None)
        if at is None:
            spans.append((m.start(), m.end()))   # a stray end tag
            continue
        spans.append((stack[at][1].start(), m.end()))   # the element and everything in it
        del stack[at:]   # elements opened inside it and never closed are inside the span
    spans += [(m.start(), m.end()) for _, m in stack]   # unclosed: the tag only
    comments = [(m.start(), m.end()) for m in _COMMENT.finditer(markup)]
    if not spans and not comments and "<!--" not in markup:
        return markup
    keep, at = [], 0
    for start, end in sorted(spans + comments):
        if end <= at:
            continue
        keep.append(markup[at:max(start, at)])
        at = end
    keep.append(markup[at:])
    return "".join(keep).replace("<!--", " ")   # an unclosed comment opener: the text after it stays


def html_to_text(markup: str) -> str:
    """Clean text of an HTML fragment or document: paragraphs separated by a blank line."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning  # pinned in requirements.txt

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(drop_elements(escape_non_tags(markup)), "html.parser")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    for cell in soup.find_all(("td", "th")):
        cell.insert_after(" ")
    return normalise_whitespace(soup.get_text())


def normalise_whitespace(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _PARAGRAPHS.sub("\n\n", "\n".join(lines)).strip()


def clean_markup(text: str) -> tuple[str, bool]:
    """(clean text, whether markup was removed). Plain text comes back unchanged."""
    if not looks_like_html(text):
        return text, False
    if not _has_markup_tag(text):   # entities only ("AT&amp;T"): decode, keep the layout
        return html.unescape(text), True
    return html_to_text(text), True
