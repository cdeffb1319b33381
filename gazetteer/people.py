"""People's names and the roles they hold: what the resolver needs to know about a person.

Names: honorifics and titles are dropped before names are compared
(`person_name_key`), similarity forgives garbled transcription
(`name_similarity`), and a role title right before a name is read from the text
(`title_before`). Roles: which one a person held on a date (`role_on`), for
which country (`role_country`), and over what span (`acting_span`).
"""
from __future__ import annotations

import functools
import re
from typing import Optional, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from gazetteer.alternation import words_pattern
from gazetteer.dates import within
from gazetteer.lookalike import folded
from gazetteer.model import Entity, normalise
from gazetteer.roles import LEADING_FIGURE, TITLE_PATTERNS, role_key_for_title
from gazetteer.title_sexes import titles_of_other_sex

ACTING_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "deputy_foreign_minister",
                "minister", "deputy_minister", "ambassador", "spokesperson", "official"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "mister",
              "president", "premier", "chancellor", "minister", "secretary", "ambassador", "king",
              "queen", "prince", "princess", "general", "gen", "senator", "sen", "rep", "judge",
              "prof", "professor", "pm", "foreign", "deputy", "prime", "state", "envoy", "spokesman",
              "spokeswoman", "spokesperson", "chairman", "chairwoman", "chairperson", "chief", "comrade", "herr",
              "frau", "monsieur", "signor", "senor", "señor", "honorable", "honourable"}
_TITLE_RE = None


def _title_regex():
    global _TITLE_RE
    if _TITLE_RE is None:
        phrases = sorted({p for p, _ in TITLE_PATTERNS}, key=len, reverse=True)
        # the longest title at a word's start that ends a word, as `\b(longest|...|shortest)\b` finds it, in one
        # try per letter instead of one per title (gazetteer/alternation.py: 6,663 distinct texts before the 1,000
        # Reuters articles' names, 0.107 -> 0.026 CPU s, the same matches)
        _TITLE_RE = re.compile(r"\b(" + words_pattern(phrases, r"\b") + ")", re.IGNORECASE)
    return _TITLE_RE


_TITLE_GAP_WORDS = {"of", "for", "to", "the", "and", "in", "at", "on"}


def title_before(context_before: str, window: int = 60, max_gap: int = 30) -> Optional[tuple[str, str]]:
    """The role title right before a name ("... Foreign Secretary, " -> ('foreign secretary', key)).

    The title is looked for in the last `window` characters, at most `max_gap` before the name."""
    return _title_in(context_before[-window:], max_gap)


@functools.lru_cache(maxsize=16384)
def _title_in(tail: str, max_gap: int) -> Optional[tuple[str, str]]:
    """`title_before` of the text's last `window` characters, remembered: the resolver asks it twice per
    name and the same words come before many names."""
    matches = list(_title_regex().finditer(tail))
    if not matches:
        return None
    last = matches[-1]
    between = tail[last.end():]
    # The title must directly precede the name, allowing "of Canada, " / ", " / " the ": no end of a
    # quotation and no other words in lower case ("in the general area,” said Chaudhry" has no title)
    if len(between) > max_gap or re.search(r"[.;:!?\"\u201d]", between) \
            or any(w.islower() and w not in _TITLE_GAP_WORDS for w in re.findall(r"[^\W\d_]+", between)):
        return None
    key = role_key_for_title(last.group(1))
    return (last.group(1).lower(), key) if key else None


def person_name_key(text: str) -> str:
    """Normalised name without honorifics or titles: 'Mr Skripal' -> 'skripal'."""
    tokens = normalise(text).split()
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens)


def surname(key: str) -> str:
    return key.split()[-1] if key else ""


def name_similarity(a: str, b: str) -> float:
    """Similarity of two normalised person names, 0..1, forgiving garbled transcription."""
    if not a or not b:
        return 0.0
    full = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)) / 100.0
    jw = JaroWinkler.similarity(a, b)
    return max(full, 0.5 * (full + jw))


ROLE_SENIORITY = ["head_of_state", "head_of_government", "foreign_minister", "deputy_foreign_minister",
                  "minister", "deputy_minister", "ambassador", "spokesperson", "official"]


def seniority(role_key: Optional[str]) -> int:
    """Higher for more senior roles; 0 for none or an unranked one."""
    if role_key in ROLE_SENIORITY:
        return len(ROLE_SENIORITY) - ROLE_SENIORITY.index(role_key)
    return 0


def role_on(entity: Entity, date: Optional[str]) -> Optional[str]:
    """The most senior role the person held on `date` (YYYY-MM-DD), else None."""
    if not date or not entity.roles:
        return None
    order = ["head_of_state", "head_of_government", "foreign_minister", "deputy_foreign_minister",
             "minister", "deputy_minister", "ambassador", "spokesperson", "official"]
    held = [r.role_key for r in entity.roles if within(date, r.start, r.end)]
    for key in order:
        if key in held:
            return key
    return held[0] if held else None


def acting_span(e: Entity, role: Optional[str], date, acts_for: Optional[str]) -> tuple:
    """(start, end) of the acting role behind a person's acts_for: the role held on the date,
    else the span of every acting role for that country (None where open or unknown)."""
    held = [r for r in e.roles if r.role_key in ACTING_ROLES and r.country == acts_for]
    current = [r for r in held if r.role_key == role and (not date or within(date, r.start, r.end))]
    held = current or held
    if not held:
        return None, None
    starts = [r.start for r in held]
    ends = [r.end for r in held]
    return (None if None in starts else min(starts)), (None if None in ends else max(ends))


def role_country(e: Entity, role: str, date) -> Optional[str]:
    """The country the person holds `role` for on `date`; their own country first
    (the French president is also co-prince of Andorra)."""
    held = [r.country for r in e.roles if r.role_key == role and (not date or within(date, r.start, r.end))]
    if e.country_code in held:
        return e.country_code
    return held[0] if held else None


def strip_honorifics(text: str) -> str:
    words = text.strip().split()
    while len(words) > 1 and normalise(words[0]) in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def titled_before(context_before: str, text: str) -> str:
    """The words before a name as a reader has them, with the titles a mention opens with: "Mr Caton",
    after "It is a pleasure, ", is the name "Caton" after "It is a pleasure, Mr " (a man: no Valerie Caton)."""
    title = text.strip()[:len(text.strip()) - len(strip_honorifics(text))].strip()
    return f"{context_before or ''}{title} " if title else context_before or ""


PEERAGE_WORDS = {"lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl", "countess", "marquess",
                 "marchioness", "duke", "duchess"}
_COMMONER_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mister)\.?\s*$", re.IGNORECASE)
_PEERAGE_BEFORE = re.compile(r"\b(" + "|".join(sorted(PEERAGE_WORDS)) + r")\s+$", re.IGNORECASE)


def peerage_title_before(context_before: str) -> Optional[str]:
    """The peer's title right before a name ("Lord " in "(LORD HENDERSON)", "Viscount "), capitalised; else None."""
    m = _PEERAGE_BEFORE.search(context_before or "")
    return m.group(1).capitalize() if m else None


def peers_name(title: str, name: str) -> str:
    """An unknown peer is known by the title ("Lord Vansittart", as the peerage, the record and reference
    works name them); a name written in capitals is given in title case."""
    return f"{title} {in_title_case(name)}"


def in_title_case(name: str) -> str:
    """A name written in capitals, as names are written ("MARQUESS OF READING" -> "Marquess of Reading")."""
    if not name.isupper():
        return name
    return " ".join(w.lower() if w.lower() in ("of", "and") else w.title() for w in name.split())


# the Arabic article before a surname as it is written: al- or el-, its 'l' taken by the sun letter after it
# ("as-Sadat", "ad-Din", "ash-Shara", "es-Sadat"), ul- after a vowel ("Zia ul-Haq")
ARABIC_ARTICLES = frozenset({"al", "el", "ul", "as", "ad", "ar", "an", "at", "az", "ash", "es", "ed", "er", "en", "et",
                             "ez", "esh"})
# what stands before a hyphen inside a surname without making it a double-barrelled one ("al-Assad")
SURNAME_ARTICLES = ARABIC_ARTICLES | {"abu", "abd", "bin", "ibn", "bint", "ben", "ould", "ag", "o", "mac", "mc", "de", "di",
                                      "da", "du", "le", "la"}


def only_second_of_double_barrel(e: Entity, key: str) -> bool:
    """Is the bare surname `key` (normalised) only ever the second half of a double-barrelled surname
    of `e` ("Smith" of "Alick Buchanan-Smith", "shek" of "Chiang Kai-shek")? No one writes that half
    alone for the person ("Smith Barney" is no Buchanan-Smith)."""
    barrel = False
    for name in e.names():
        words = name.split()
        if len(words) < 2:
            continue
        left, hyphen, right = words[-1].rpartition("-")
        if hyphen and normalise(right) == key and normalise(left) not in SURNAME_ARTICLES:
            barrel = True
        elif normalise(words[-1]) == key:
            return False
    return barrel


# members of a chamber, whom debates and news name by surname after a title as they name ministers
# ("Mr. DOLE. Mr. President, ...", "Senator Dole", "Rep. Wright"); a bare "Wright" may be anyone's
SURNAMED_MEMBERS = frozenset({"legislator"})
_STYLED_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mister|herr|frau|monsieur|madame|signor|signora|senor|señor"
                            r"|comrade)\.?\s*$", re.IGNORECASE)
_MEMBER_TITLE_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mister|sir|dame|dr|senator|sen|rep|representative"
                                  r"|congressman|congresswoman|speaker)\.?\s*$", re.IGNORECASE)


def may_be_named_by_surname(e: Entity, key: str, context_before: str = "", date: Optional[str] = None,
                            article_date: Optional[str] = None) -> bool:
    """May the bare surname `key` (normalised) in the text name the known person `e`?

    Not someone the sources know only as an 'official' (a surname alone names a minister, an
    ambassador, a leader, a member of a chamber after a title ("Mr. Dole"), not every civil servant) unless a source names them by that word alone
    ("Gorbachev"), or by another spelling of that word ("Gadaffi" for the "Gaddafi" of the sources); not by the second half of a double-barrelled surname ("Smith" is no Buchanan-Smith);
    and not a peer known only by the title ("Lord Sandys") when the text calls the person "Mr."
    ("Mr. Sandys" is a commoner). An 'official' in office on the `date` is named by a surname the
    text styles as one ("Mr. Kosygin", "Herr Genscher", "Comrade Andropov"): the sources code many
    premiers and ministers of their time as no more than their government's officials. One of a
    state's leading figures (roles.LEADING_FIGURE) in that office on the `article_date` is named so
    without a style ("Mugabe said" in 2005; not "Mesa said" in 2008, years after his presidency), and one who
    takes that office within `SURNAME_LEADER_YEARS_BEFORE` years after it is named so with a style, as the
    opposition leader or minister he then was ("the Leader of the Opposition (Mr Kirk)" in 1969, prime minister
    from 1972; `leading_soon`)."""
    if only_second_of_double_barrel(e, key):
        return False
    if max((seniority(r.role_key) for r in e.roles), default=0) <= seniority("official") \
            and not (article_date and leading_on(e, article_date)) \
            and not (article_date and _STYLED_BEFORE.search(context_before or "") and leading_soon(e, article_date)) \
            and not (any(r.role_key in SURNAMED_MEMBERS for r in e.roles)
                     and _MEMBER_TITLE_BEFORE.search(context_before or "")) \
            and not any(normalise(n) == key or " " not in normalise(n) and folded(normalise(n)) == folded(key)
                        for n in e.names()) \
            and not (date and _STYLED_BEFORE.search(context_before or "") and role_on(e, date)):
        return False
    if _COMMONER_BEFORE.search(context_before or "") \
            and all(normalise(n).split()[0] in PEERAGE_WORDS for n in e.names() if n.strip()):
        return False
    return not titles_of_other_sex(context_before, e)   # "Mr. Caton" is no Valerie Caton


LEADER_ROLES = {"head_of_state", "head_of_government", "foreign_minister"}


_COURTESY_BEFORE = re.compile(r"\b(mr|mrs|ms|miss|mister|dr|sir|dame|prof|professor)\.?\s*$", re.IGNORECASE)


def courtesy_title(before: str) -> Optional[str]:
    """The courtesy title right before a name ("Dr " in "Prime Minister Dr "), one form for each ("mister" is
    "mr"); else None."""
    m = _COURTESY_BEFORE.search(before or "")
    if m is None:
        return None
    word = m.group(1).lower()
    return {"mister": "mr", "professor": "prof"}.get(word, word)


_HONORIFIC_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mister|sir|dame|lord|lady|dr)\.?\s*$", re.IGNORECASE)
# the style of an office held on the date, full or abbreviated, right before a surname ("Sen. Kennedy", "Gov.
# Cuomo", "Amb. Nitze"); not a rank kept for life and in history ("Gen. de Gaulle"), and not after "former" or
# "late" ("the late Sen. Kennedy")
_OFFICE_STYLE_BEFORE = re.compile(r"(?<![\w.])(?:(\w+)(?:\.?\s+|-))?(?:sen|senator|rep|representative|congressman|congresswoman|"
                                  r"gov|governor|amb|ambassador)\.?\s*$", re.IGNORECASE)
_NOT_ON_THE_DATE = frozenset({"former", "late", "then", "ex", "onetime"})


def styled_by_office_held(context_before: str) -> bool:
    """Does the style of an office the person holds on the story's date stand right before the name ("Sen.
    Kennedy said", "Gov. Cuomo", not "the late Sen. Kennedy", not "Gen. de Gaulle")?"""
    m = _OFFICE_STYLE_BEFORE.search(context_before or "")
    return m is not None and (m.group(1) or "").lower() not in _NOT_ON_THE_DATE


def named_by_surname_alone(e: Entity, date: Optional[str], in_article_country: bool, dominant: bool,
                           context_before: str = "", strict: bool = False, titled: bool = False,
                           member: bool = False) -> bool:
    """Is there evidence enough that a bare surname names `e`? In office on the date (an envoy who held no
    higher office only with an honorific before the surname or `titled`, a title right before it: "said
    Ambassador Haley"; `only_an_envoy`); or of a country
    the article speaks of and either a leader (head of state or government, foreign minister: named by
    surname long after) or called by an honorific ("Mr. Brittan": the text itself says it is a
    surname); or anyone of the one country the article is clearly about. A capitalised word alone in
    a story touching the person's country is not enough ("Yang is a businessman", "Second Thomas Shoal").

    `strict`, for the one candidate chosen: an office held in a country the story never names is not
    enough for anyone but a leader ("Ambassador Rene Montes" is no Seychelles president); a leader
    is named by surname after taking office or as leader-elect, not years before (a "RICE" crop
    table of 1987 is no future Secretary of State); and the one country's person must be in public
    life at the time, a role begun by the date and ended at most `SURNAME_YEARS_AFTER_LAST_ROLE`
    years before ("Hayat added" in 2025 is not a minister of 2007); one called by an honorific who
    never led a state must not have left every office long before ("Mr. Hayden" in 1983 is not a
    senator who left the Senate in 1969; "Mr. Brittan" before his first office may be, not one whose every
    office began more than `SURNAME_YEARS_AFTER_LAST_ROLE` years later (`long_before_first_role`; a diplomat
    is named years before the first post the sources list: "Mr. Chaplin" in 1987), and a member
    heading a question or a reply in a parliamentary record (`member`: "Mr. Wilkinson : To ask ...")
    is no one the sources know only as a later envoy (`envoy_yet_to_be`). The style of an office held on the
    date right before the surname ("Sen. Kennedy" in 1985, `styled_by_office_held`) names no one whose every
    office ended more than `SURNAME_YEARS_AFTER_LAST_ROLE` years before, leader or not."""
    held = role_on(e, date)
    if not held and styled_by_office_held(context_before) and long_retired(e, date, SURNAME_YEARS_AFTER_LAST_ROLE):
        return False   # "Sen. Kennedy" in 1985 is no president who died in 1963: a sitting senator is meant
    if held == "ambassador" and only_an_envoy(e) and not titled and not _HONORIFIC_BEFORE.search(context_before or ""):
        held = None   # "Iran's population is Azari" names no Israeli envoy in a story of three states
    if held:
        return not strict or in_article_country or held in LEADER_ROLES
    ahead = f"{int(date[:4]) + SURNAME_LEADER_YEARS_AHEAD:04d}" if date and date[:4].isdigit() else "9999"
    led = any(r.role_key in LEADER_ROLES and (not strict or not r.start or r.start[:4] <= ahead) for r in e.roles)
    if in_article_country and (led or _HONORIFIC_BEFORE.search(context_before or "")
                               and (not strict or not long_retired(e, date, SURNAME_YEARS_AFTER_LAST_ROLE)
                                    and not (long_before_first_role(e, date, SURNAME_YEARS_AFTER_LAST_ROLE)
                                             and not only_an_envoy(e)))
                               and not (member and envoy_yet_to_be(e, date))):
        return True   # "Mr. Hayden" in 1983 is no senator who left the Senate in 1969
    return dominant and (not strict or in_public_life(e, date, SURNAME_YEARS_AFTER_LAST_ROLE))


def envoy_yet_to_be(e: Entity, date: Optional[str]) -> bool:
    """Is `e` someone the sources know only as an envoy, whose first post begins after `date`? A member
    who asks a question in the Commons in 1989 ("Mr. Wilkinson : To ask ...") is no diplomat who became
    ambassador to Venezuela in 1997 (a diplomat in a post below an envoy's may be news: "Mr. Chaplin's
    diplomatic immunity" in 1987)."""
    if not date or not date[:4].isdigit() or not e.roles or not only_an_envoy(e):
        return False
    starts = [r.start[:len(date)] for r in e.roles if r.start]
    return bool(starts) and min(starts) > date[:len(min(starts))]


def only_an_envoy(e: Entity) -> bool:
    """Has `e` held no office above an envoy's (an ambassador whom no source lists as minister or leader)?
    News names an envoy first by name and post ("Israel's ambassador Anna Azari"), then by the surname
    (coreference finds that); a surname alone, with no one so named before, is an envoy's only in a story
    clearly about the envoy's state."""
    return max((seniority(r.role_key) for r in e.roles), default=0) <= seniority("ambassador")


SURNAME_LEADER_YEARS_BEFORE = 5   # a future leading figure styled "Mr." this many years before taking office


def leading_soon(e: Entity, date: str, years: int = SURNAME_LEADER_YEARS_BEFORE) -> bool:
    """Did `e` take the office of one of a state's leading figures (roles.LEADING_FIGURE) after `date`, but
    within `years` years of it, and hold no role before?"""
    if not date or not date[:4].isdigit():
        return False
    until = f"{int(date[:4]) + years:04d}{date[4:]}"
    starts = [r.start for r in e.roles if r.start]
    return bool(starts) and min(starts)[:len(date)] > date[:len(min(starts))] and any(
        r.title == LEADING_FIGURE and r.start and r.start[:len(until)] <= until[:len(r.start)] for r in e.roles)


def leading_on(e: Entity, date: str) -> bool:
    """Did `e` hold, on `date`, the office of one of a state's leading figures (roles.LEADING_FIGURE)?"""
    return any(r.title == LEADING_FIGURE and within(date, r.start, r.end) for r in e.roles)


def sole_leading_figure(e: Entity, bearers: Sequence[Entity], date: Optional[str], titled: bool = False) -> bool:
    """May a bare surname name `e` in a story that names no state of his? Only where `e` is one of a state's
    leading figures on the story's date itself and the one person the gazetteer knows by that surname
    (`bearers`, its surname index's entry): "Gorbachev's offer" in a 1987 Washington story that never names
    the Soviet Union. Where an office's title stands right before the name (`titled`: "President Nixon",
    "Secretary Rogers" in 1969), the one such bearer in public life then is enough: every other bearer's
    offices all ended long before (`long_retired`) or all began long after (`long_before_first_role`) that
    date (the other Nixons the sources know, a governor of the 1990s and a diplomat of the 2000s, held no
    office in 1969). A surname several people bear ("Baker said the company"; with a title, another bearer of
    the time or one whose offices the sources do not date), a leading figure out of that office ("Thatcher"
    in 2015) and a minister the sources give no leading figure's span stay unlinked."""
    if not date or not leading_on(e, date) or not any(b.entity_id == e.entity_id for b in bearers):
        return False
    return all(b.entity_id == e.entity_id or titled and out_of_public_life(b, date) for b in bearers)


def out_of_public_life(e: Entity, date: str) -> bool:
    """Were all the dated offices of `e` long over, or all long to come, on `date`? (An entity with no
    dated office could be anyone's contemporary: not out of public life.)"""
    return bool(e.roles) and (long_retired(e, date, SURNAME_YEARS_AFTER_LAST_ROLE)
                              or long_before_first_role(e, date, SURNAME_YEARS_AFTER_LAST_ROLE))


SURNAME_YEARS_AFTER_LAST_ROLE = 10
SURNAME_LEADER_YEARS_AHEAD = 1   # a leader-elect is named by surname ("Trump" in December 2016)


def long_retired(e: Entity, date: Optional[str], years_after: int) -> bool:
    """Had every role of `e` ended more than `years_after` years before `date`?"""
    if not date or not date[:4].isdigit() or not e.roles or any(not r.end for r in e.roles):
        return False
    since = f"{int(date[:4]) - years_after:04d}{date[4:]}"
    return all(r.end[:len(since)] < since[:len(r.end)] for r in e.roles)


def long_before_first_role(e: Entity, date: Optional[str], years_before: int) -> bool:
    """Did every role of `e` begin more than `years_before` years after `date`? ("Mr Stewart", the
    British Foreign Secretary of 1966, is no member first elected in 1979.)"""
    if not date or not date[:4].isdigit() or not e.roles or any(not r.start for r in e.roles):
        return False
    until = f"{int(date[:4]) + years_before:04d}{date[4:]}"
    return all(r.start[:len(until)] > until[:len(r.start)] for r in e.roles)


def in_public_life(e: Entity, date: Optional[str], years_after: int) -> bool:
    """Had `e` a role begun by `date` and ended at most `years_after` years before it (or still open)?"""
    if not date or not date[:4].isdigit():
        return True
    since = f"{int(date[:4]) - years_after:04d}{date[4:]}"
    return any(within(date, r.start, None) and (not r.end or r.end[:len(since)] >= since[:len(r.end)])
               for r in e.roles)


_FUNCTION_WORDS = {"for", "of", "and", "the", "on", "in", "at"}


def person_like(text: str, min_words: int = 1) -> bool:
    """Could the words be a person's name: `min_words` to four, no "for"/"and"/"of" ("Carnegie Endowment
    for International Peace" is not, even after a title)?"""
    words = normalise(text).split()
    return min_words <= len(words) <= 4 and not _FUNCTION_WORDS & set(words)


_INITIAL = re.compile(r"^[A-Z]\.?$")


_DOTTED_INITIAL = re.compile(r"^[A-Z]\.$")
_PHOENIX = "phoenix"


def only_phoenix(e: Entity) -> bool:
    """Is `e` a person only the Phoenix dictionary knows (no reference work's label)?"""
    return e.entity_type == "PERSON" and bool(e.sources) and all(s == _PHOENIX for s in e.sources)


def reference_name(e: Entity) -> str:
    """The name a person is reported under: a person only the Phoenix dictionary knows without its
    dotted middle initials ("Paul A. Volcker" -> "Paul Volcker", as reference works and news name him;
    "Alfonso Bustamante Y Bustamante" keeps its "Y"); anyone else by the canonical name (Wikidata's
    labels are reference works' own: "Dennis C. Blair"). The gazetteer's names are unchanged, so what
    a name matches is unchanged too."""
    name = e.canonical_name
    if not only_phoenix(e):
        return name
    words = name.split()
    if len(words) < 3:
        return name
    kept = [words[0]] + [w for w in words[1:-1] if not _DOTTED_INITIAL.match(w)] + [words[-1]]
    return " ".join(kept)


def without_middle_initials(name: str) -> str:
    """A person's name without initials between the given name and the surname: "Oleg V. Penkovsky"
    -> "Oleg Penkovsky" (the form reference works and other reports use); a leading initial stays
    ("W. Griffiths")."""
    words = name.split()
    if len(words) < 3 or _INITIAL.match(words[0]):
        return name
    kept = [words[0]] + [w for w in words[1:-1] if not _INITIAL.match(w)] + [words[-1]]
    return " ".join(kept)
