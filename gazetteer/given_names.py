"""A bare surname right after another name word is a piece of someone else's full name.

The model now and then cuts a name it does not know: "stringers Abdiaziz Barrow and ..." comes
out as "Barrow", which the gazetteer knows as the Gambian president's surname. A careful reader
sees a given name right before it and takes "Barrow" for another person. The word before counts
as a given name when it is capitalised and is no title or honorific ("President Barrow",
"Mr. Barrow"), no function word or adverb opening the sentence ("But Barrow", "Yesterday
Barrow"), no month or weekday, and no place or people ("Gambian Barrow").
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from gazetteer.model import normalise
from gazetteer.people import HONORIFICS, PEERAGE_WORDS
from gazetteer.roles import TITLE_PATTERNS

_WORD_RIGHT_BEFORE = re.compile(r"(?:^|[\s(\[\"'\u201c\u2018])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")
_TITLES_NOT_LISTED = {   # titles and ranks that stand before a name and are no given name
    "former", "acting", "then", "late", "ex", "vice", "chief", "senior", "junior", "gov", "col", "lt", "sgt",
    "capt", "cpl", "maj", "adm", "pope", "sheikh", "imam", "ayatollah", "rabbi", "father", "brother", "sister",
    "saint", "st", "uncle", "aunt", "comrade", "chairman", "chairwoman", "leader", "commander", "marshal",
    "mayor", "governor", "captain", "major", "brig", "commodore", "sergeant", "inspector", "detective",
    "constable", "bishop", "archbishop", "cardinal", "reverend", "rev", "pastor", "doctor", "coach", "skipper",
    "councillor", "alderman", "magistrate", "prosecutor", "dean", "rector", "madame", "pandit", "shri", "smt",
    "ustad", "alhaji", "alhaja", "haji", "hajji", "emir", "sultan",
}
_NOT_GIVEN = _TITLES_NOT_LISTED | {
    "democrat", "republican", "tory", "socialist", "conservative", "liberal", "communist", "veteran",
    "outgoing", "incumbent", "interim", "designate",
    "yesterday", "today", "tonight", "meanwhile", "however", "earlier", "later", "separately", "also",
    "instead", "now", "still", "thus", "indeed", "finally", "meanwhile", "moreover", "besides", "nevertheless",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}


def _title_words() -> set:
    return {w for phrase, _ in TITLE_PATTERNS for w in re.findall(r"[a-z]+", phrase)}


_TITLE_WORDS = _title_words()


def given_name_before(context_before: str, names_a_place_or_people: Callable[[str], bool] = lambda w: False
                      ) -> Optional[str]:
    """The capitalised word right before the name that can only be a given name ("Abdiaziz" in
    "stringers Abdiaziz " before "Barrow"), lower case; None when there is none.
    `names_a_place_or_people` tells places and peoples apart."""
    m = _WORD_RIGHT_BEFORE.search(context_before or "")
    if m is None:
        return None
    word = m.group(1)
    low = word.lower()
    if low in HONORIFICS or low in PEERAGE_WORDS or low in _TITLE_WORDS or low in _NOT_GIVEN:
        return None
    from gazetteer.org_names import stop_words
    return None if low in stop_words() or names_a_place_or_people(word) else low


def is_title_word(word: str) -> bool:
    """Is `word` a word of a role title or an honorific ("Mayor", "Chancellor", "Sir")?"""
    low = word.lower().rstrip(".")
    return low in HONORIFICS or low in PEERAGE_WORDS or low in _TITLE_WORDS or low in _TITLES_NOT_LISTED


GIVEN_NAME_RATIO = 3   # a given name opens the sources' names this many times more often than it ends them


def is_given_name(gaz, word: str) -> bool:
    """Does the gazetteer know `word` far more as the first word of people's names than as a surname?"""
    key = normalise(word)
    opens = gaz.given_name_counts.get(key, 0)
    return opens > 0 and opens >= GIVEN_NAME_RATIO * len(gaz.surname_index.get(key, ()))


def title_right_before(context_before: str) -> bool:
    """Is the capitalised word right before the name a title ("Pope ", "President ", "Mr. ")?"""
    m = re.search(r"([A-Z][a-z]+)\.? $", context_before or "")
    return m is not None and is_title_word(m.group(1))


def bears_given_name(given: Optional[str], surname: str, names) -> bool:
    """May the person with `names` be "<given> <surname>" ("Geoffrey Howe"; not Adama Barrow for
    "Abdiaziz Barrow")? `given` and `surname` normalised."""
    return given is None or any(f" {given} {surname} " in f" {normalise(n)} " for n in names)


def not_yet_in_office(e, date: str) -> bool:
    """Does every role the sources give `e` begin after `date` (an ISO date)?"""
    return all(r.start and r.start[:len(date)] > date[:len(r.start)] for r in e.roles)


def years_before_office(e, date: str) -> Optional[int]:
    """How many years after `date` (an ISO date) the first role the sources give `e` begins, or None."""
    years = [int(r.start[:4]) for r in e.roles if r.start and r.start[:4].isdigit()]
    return min(years) - int(date[:4]) if years and date[:4].isdigit() else None


def forgotten_namesake(e, date: Optional[str], country_in_article: bool, years_after: int = 10,
                       union_in_article: bool = False, years_ahead: int = 15, titled: bool = False) -> bool:
    """Is the known person `e`, whose full name the text gives, more likely a namesake: never a leader
    (head of state or government, foreign minister) nor one of the news actors PETRARCH lists ("Antonio
    Guterres", whose UN office the sources lack), out of public life more than `years_after` years
    on the date, and of a country the article never names ("Amirov's lawyer, Michael Martin" in a
    New York court story is not the Speaker of the House of Commons who retired in 2009)? Or anyone,
    leader or actor, of a country the article never names, in none of their offices yet on the date
    (unless the article names a union of states since dissolved, such as the Soviet Union, which the
    person's country may have been part of: a Soviet foreign minister later led Georgia; but not when
    the first of those offices began more than `years_ahead` years after the date: a Soviet diplomat
    expelled in 1983 is no namesake who served Belarus from 2011)? Or, even where the article names the
    country, someone the news sources do not list who never led it and whose first office began more than
    `years_ahead` years after the date, named with no title before the name (`titled`): a lieutenant governor
    of 2013 in a 1987 business story is a namesake, though a later president ("New York developer Donald Trump"
    in 1987) is not, nor "Transport Minister John Crosbie" in 1987, whose earlier offices the sources lack?"""
    from gazetteer.people import LEADER_ROLES, in_public_life
    if e is None or e.entity_type != "PERSON" or not date or not e.roles:
        return False
    if country_in_article and not titled and not_yet_in_office(e, date) \
            and (years_before_office(e, date) or 0) > years_ahead \
            and "phoenix" not in e.sources and not any(r.role_key in LEADER_ROLES for r in e.roles):
        return True   # "John Walsh, head of the 3B minicomputer line" in 1987: no lieutenant governor of 2013
    if country_in_article:
        return False
    if not_yet_in_office(e, date) and (not union_in_article
                                       or (years_before_office(e, date) or 0) > years_ahead):
        return True   # "said Charles Taylor, an analyst" in 1987: not the Liberian leader of the 1990s
    if "phoenix" in e.sources:
        return False   # PETRARCH's actors are people international news names beyond their offices
    return not any(r.role_key in LEADER_ROLES for r in e.roles) and not in_public_life(e, date, years_after)


# titles of a state's own offices: a bare one ("Foreign Minister X") is an office of a state the story
# is about; an ambassador or official serves abroad or unnamed, so their title says nothing of this
NATIONAL_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister",
                              "deputy_foreign_minister", "minister", "deputy_minister"})


def bare_title_key(context_before: str, window: int = 60, max_gap: int = 30) -> Optional[str]:
    """The role key of a state office's title right before a name, when nothing qualifies the title
    ("Foreign Minister X", "said Prime Minister X"); None for a title a body or a state's word opens
    ("European Commission President X", "Malian Foreign Minister X": whose office it is, is said)."""
    from gazetteer.people import title_before
    title = title_before(context_before, window, max_gap)
    if title is None:
        return None
    at = context_before.lower().rfind(title[0])
    words = context_before[:max(at, 0)].split()
    if words and words[-1][:1].isupper() and not words[-1].endswith((".", ",", ";", ":")):
        return None
    return title[1]


def titled_namesake(e, date: Optional[str], country_in_article: bool, title_key: Optional[str],
                    union_in_article: bool = False) -> bool:
    """Is the known person `e`, whose full name follows a state office's title ("Foreign Minister
    Abdoulaye Diop said relations with Paris ..."), a namesake: of a country the article never names,
    and in no office the sources give on the date? The title makes its holder an officer of a state
    the story is about; a Senegalese official of the same name whom no source places in office then
    is not him. A person in office on the date keeps the name ("Foreign Minister Sergei Lavrov met
    Wang Yi in Beijing"), and so does anyone where the article names a union since dissolved."""
    from gazetteer.people import role_on
    if e is None or e.entity_type != "PERSON" or country_in_article or union_in_article or not date or not e.roles:
        return False   # a person the sources give no offices: nothing says he held none then
    return title_key in NATIONAL_OFFICES and role_on(e, date) is None


def envoy_namesake(e, date: Optional[str], country_in_article: bool, envoy_titled: bool,
                   union_in_article: bool = False) -> bool:
    """Is the known person `e`, whose full name follows an envoy's title ("Ambassador Jorge Bolanos had
    48 hours to leave", "the ambassador Yuri Klimenko"), a namesake? Only when the sources place them
    in no office on the date, and either the article never names their country (an envoy is named with
    the state that sends him), or the sources list their offices one by one (Wikidata, the IfG) and
    none is an envoy's: a provincial governor of 2015 is no ambassador of 2022. PETRARCH's codes say
    only "government", so they tell no envoy from a minister."""
    from gazetteer.people import role_on
    if e is None or e.entity_type != "PERSON" or not envoy_titled or union_in_article or not date or not e.roles:
        return False
    if role_on(e, date) is not None:
        return False
    if not country_in_article:
        return True
    listed = all(not (r.source or "").startswith("phoenix") for r in e.roles)
    return listed and not any(r.role_key == "ambassador" for r in e.roles)
