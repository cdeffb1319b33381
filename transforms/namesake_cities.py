"""A bare city name shared by towns of several countries is the famous one; "Town, State" is the American one.

"Venice" in a story about the economic summit is Venice, Italy, even when the story names the
United States ten times and Italy once: the article's countries chose Venice, California. A reader
goes by fame, and American news writes a lesser American namesake with its state ("Venice, Fla.",
"Paris, Texas", "Moscow, Idaho"). Fame is read from GeoNames: the world's languages have names for
a famous city, so the number of alternate names GeoNames holds tells Venice, Italy (66) from
Venice, California (15), Paris (109) from Paris, Texas (11), Athens (77) from Athens, Georgia (30).

* A city linked by its name becomes its famous namesake in another country, the town bearing the
  name as its main name and known by at least FAME_RATIO times as many names as every other
  (and by at least MIN_KNOWN_NAMES), when the story names the famous one's country too or never
  names the linked town's ("Santa Fe" in an Argentine story that never names the United States
  stays Argentine), or when the linked town is American, no state places it anywhere in the story,
  and the story names another country than the United States ("the summit in Venice" in a story of
  the United States and Japan; `american_in_world_news`). A capital keeps its link, and so does a
  town of the older sources that GeoNames does not hold (its fame unknown).
* A name followed by a comma and a US state ("Venice, Fla.", "Venice, Florida", "Venice, FL")
  is the American namesake (in that state if the gazetteer has one there, or holds one back for its
  state alone: "Norwood, Ohio" beside Norwood, Massachusetts), whichever the
  article's countries chose; an American town the gazetteer does not hold ("Paris, Texas") is
  unknown, in the United States, not the French capital, and so is one the gazetteer holds only in
  another state ("Lewiston, Mich." beside the gazetteer's Lewiston, Maine). A state's full name
  that goes on into a list is no state ("Dalton, Washington and Chicago"). The town named again on
  its own in the story ("The Lewiston bank") goes where its 'Town, State' went.

* A name followed by a comma and a country ("San Jose, Costa Rica", "Tripoli, Lebanon", "Tbilisi,
  Georgia", "Vera Cruz, Mexico." ending a sentence) or one of its provinces the gazetteer holds as a
  place of no population ("Kimberley, British Columbia") is that country's town of the name,
  whichever the article's countries chose, when the gazetteer holds one there; when it holds none,
  the name is unknown, in that country. The country is read before a US state ("Tbilisi, Georgia" stays in Georgia), unless the country holds no town of
  the name and a state is called so ("Atlanta, Georgia").

* A town linked by its name alone in a country the story never names otherwise, in a story about
  another country that names towns of its own, is that country's town the gazetteer does not hold:
  unknown ("Portland", "Devonport" beside Plymouth and Weymouth in a British naval story are no
  towns of Oregon or Tasmania). A capital, a city the curated list holds (Geneva, Munich), and a
  town placed by 'Town, Country' or 'Town, State' keep their link; but not a territory's seat that only
  the country table holds, in a story that names other countries' places and not its territory
  (`minor_capital_elsewhere`: "the Jamestown mine" in a Californian story is no seat of St Helena).

* A town GeoNames alone holds, known by no other name than its own or one more (a district or
  suburb: "Commonwealth" in Quezon City, "Nansana" near Kampala), in a country no other name of the
  story gives, is unknown: news names such a place only with its city or country ("the Commonwealth"
  in a story of Britain and Uganda is no Philippine district).

Namesakes of about equal fame (Cartagena in Colombia and in Spain, Valencia in Spain and in
Venezuela, Victoria in Canada and in the Seychelles) are left to the article's countries.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Optional, Sequence

from gazetteer.city_phrases import ascii_form
from gazetteer.history import as_of, one_state
from gazetteer.model import normalise
from gazetteer.national import dominant_country
from gazetteer.region_namesakes import towns_in_regions
from gazetteer.resolution import Resolution

FAME_RATIO = 2        # the famous namesake is known by at least this many times as many names
MIN_KNOWN_NAMES = 30  # ... and by at least this many
OBSCURE_KNOWN_NAMES = 1   # a town GeoNames knows by no more other names is named only with its country
LITTLE_KNOWN_NAMES = 10   # ... by fewer, named only with its country in a story of other states
DOMINANT_SHARE = 0.4  # a story about one country: that country's share of the countries its names give
DOMINANT_LEAD = 2.0   # ... and how many times the runner-up's count
_CLOSED = re.compile(r"\s*(?:$|[,.;:()\[\]\u2013\u2014-])")   # what may follow a 'Town, Country'
_LIST_GOES_ON = re.compile(r"\s*,?\s+(?:and|or)\s")
_AFTER = re.compile(r"\s*,\s*([A-Z][A-Za-z]*(?:[ \t]*\.?[ \t]*[A-Z][a-z]*)*\.?)")   # on one line
_SENTENCE_GOES_ON = re.compile(r"\s+[A-Z]|\s*$")


def _subsequence(short: str, name: str) -> bool:
    """'fla' in 'florida', 'calif' in 'california': the letters in order, the first one first."""
    if not short or not name or short[0] != name[0]:
        return False
    it = iter(name)
    return all(ch in it for ch in short)


def us_state_after(text_after: str) -> Optional[set]:
    """The postal codes of the US states a ', State' right after a name can mean ('Fla.' -> {'FL'}),
    or None when no state follows."""
    read = _state_word(text_after)
    return _states_of(read[0]) if read else None


def _state_word(text_after: str) -> Optional[tuple]:
    """(the capitalised words after a name's comma that may name a US state, on the name's line ('New
    York', 'N.C.', the 'Mich.' of 'Mich.\\n The Lewiston bank' and of 'Mich. The Lewiston bank'), where they end in
    `text_after`), or None."""
    m = _AFTER.match(text_after or "")
    if not m:
        return None
    word = m.group(1).strip()
    if _states_of(word) is None:   # never past the stop that ends a sentence: "Lewiston, Mich. The bank"
        for stop in re.finditer(r"\.[ \t]+", word):
            if len(_states_of(word[:stop.start() + 1]) or ()) == 1:   # not 'St.' of 'St. Louis
                return word[:stop.start() + 1], m.start(1) + stop.start() + 1
    return word, m.end()


def _states_of(word: str) -> Optional[set]:
    states = _state_codes_by_name()
    key = normalise(word)
    if key in states:
        return {states[key]}
    compact = re.sub(r"[\s.]", "", word)
    if compact.isupper() and compact in _state_codes():
        return {compact}                                     # 'FL', 'N.Y.'
    if word.endswith(".") and len(compact) >= 2:             # 'Fla.', 'Calif.', 'Ga.'
        hits = {code for code, n in _state_codes().items() if _subsequence(compact.lower(), normalise(n).replace(" ", ""))}
        return hits or None
    return None


def us_state_codes_by_name() -> dict:
    """normalised name -> postal code of every US state ('arkansas' -> 'AR')."""
    return _state_codes_by_name()


@functools.lru_cache(maxsize=1)
def _state_codes_by_name() -> dict:
    """normalised name -> postal code of every US state."""
    return {normalise(n): code for code, n in _state_codes().items()}


@functools.lru_cache(maxsize=1)
def _state_codes() -> dict:
    """postal code -> name of every US state (read once: asked for each name a comma follows)."""
    import csv
    import importlib.resources
    text = importlib.resources.files("gazetteer").joinpath("data/us_states.csv").read_text(encoding="utf-8")
    return {r["code"]: r["name"] for r in csv.DictReader(text.splitlines())}


def state_closes(gaz, text_after: str) -> bool:
    """Is the US state after a name's comma the end of a 'Town, State' phrase rather than the next
    place of a list ('Boston, Washington and Chicago', 'Tokyo, Georgia, Armenia')? An abbreviation or
    postal code ('Mich.', 'N.C.', 'FL') is always a state; a state's full name must close the phrase."""
    read = _state_word(text_after)
    if not read or _states_of(read[0]) is None:
        return False
    word, end = read
    rest = text_after[end:]
    more = _AFTER.match(rest)
    if _LIST_GOES_ON.match(rest) or more and _place(gaz, more.group(1)):
        return False
    compact = re.sub(r"[\s.]", "", word)
    return word.endswith(".") or compact.isupper() or bool(_CLOSED.match(rest))


def _place(gaz, name: str) -> list:
    return gaz.lookup_exact(name.strip().rstrip("."), types=("COUNTRY", "CITY"))


def country_after(gaz, text_after: str) -> Optional[str]:
    """The code of the one country whose name, or whose province's ('British Columbia' -> 'CA'), follows
    a name and a comma and closes the phrase ('San Jose, Costa Rica, on Monday' -> 'CR'; 'Vera Cruz,
    Mexico.' -> 'MX'), or None; not when a list of places goes on ('Moscow, Poland, East Germany and
    Austria', 'Paris, Britain and Canada')."""
    m = _AFTER.match(text_after or "")
    if not m:
        return None
    word, end = m.group(1), m.end()
    if ". " in word:     # 'Vera Cruz, Mexico. The company': the sentence ends with the country
        word = word[:word.index(". ") + 1]
        end = m.start(1) + len(word)
    rest = text_after[end:]
    full_stop = word.endswith(".") and word.count(".") == 1 and bool(_SENTENCE_GOES_ON.match(rest))
    if not (_CLOSED.match(rest) or full_stop):
        return None   # "in Lagoona, United States officials said": the country's name opens another phrase
    more = _AFTER.match(rest)
    if _LIST_GOES_ON.match(rest) or more and _place(gaz, more.group(1)):
        return None
    found = gaz.lookup_exact(word.strip().rstrip("."), types=("COUNTRY",))
    if len(found) == 1 and found[0].country_code:
        return found[0].country_code
    # a province or state the gazetteer holds as a place of no population, no capital: 'Kimberley, British
    # Columbia' is a Canadian town, not the South African one
    regions = {e.country_code for e in gaz.lookup_exact(word.strip().rstrip("."), types=("CITY",))
               if e.population is None and not e.acts_for}
    return regions.pop() if len(regions) == 1 and None not in regions else None


def famous_one(name: str, towns: list):
    """The town bearing `name` as its main name and known by FAME_RATIO times as many names as every
    other town of that name (at least MIN_KNOWN_NAMES), if there is one."""
    key = normalise(name)
    bearers = [e for e in towns if key in (normalise(e.canonical_name), normalise(ascii_form(e.canonical_name)))]
    if not bearers:
        return None
    best = max(bearers, key=lambda e: (e.known_names or 0, e.population or 0, e.entity_id))
    fame = best.known_names or 0
    if fame < MIN_KNOWN_NAMES or any(fame < FAME_RATIO * (e.known_names or 0) for e in towns if e is not best):
        return None
    return best


def minor_capital(own) -> bool:
    """Is `own` the seat of a territory that only the country table holds (no GeoNames row: under 15,000
    people; no older news source): Jamestown on St Helena, The Valley on Anguilla, Hamilton on Bermuda?"""
    return bool(own.acts_for) and own.population is None and set(own.sources or ()) == {"countries.csv"}


def minor_capital_elsewhere(own, i: int, answers: list) -> bool:
    """Is `own` (the link of answer `i`) a minor capital (`minor_capital`) whose territory no other answer
    names, in a story that names places of other countries? News names such a seat with its island or
    territory; alone it is a namesake: "the Jamestown mine" in a story of California and Nevada."""
    if not minor_capital(own):
        return False
    others = [o.country_code for j, o in enumerate(answers) if j != i and o is not None and o.country_code]
    return own.country_code not in others and bool(others)


def abroad_unnamed(own, i: int, answers: list) -> bool:
    """Is the town `own` (the link of answer `i`) in a country no other answer names, in a story
    clearly about another country (gazetteer.national.dominant_country) that names a town of that
    country too? A capital or a curated city is never such a town."""
    if own.acts_for or "newsnorm-curated" in own.sources or not own.country_code:
        return False
    # the towns named alone do not vote: each might be a namesake of another country as well
    codes = Counter(o.country_code for o in answers if o is not None and o.country_code and o.entity_id != own.entity_id
                    and not (o.entity_type == "CITY" and not o.acts_for and o.entity_id
                             and not o.entity_id.startswith("curated:")))
    if codes[own.country_code]:
        return False
    dominant = dominant_country(codes, DOMINANT_SHARE, DOMINANT_LEAD)
    return dominant is not None and any(
        o is not None and o.entity_type == "CITY" and o.entity_id and not o.acts_for and o.country_code == dominant[0]
        for j, o in enumerate(answers) if j != i)


def obscure_and_unplaced(own, i: int, answers: list) -> bool:
    """Is the town `own` (the link of answer `i`) one GeoNames alone holds and knows by at most
    OBSCURE_KNOWN_NAMES other names (a district or suburb no one abroad writes of: "Commonwealth" in
    Quezon City), in a country no other name of the story gives? Such a name is a place of another
    country or no place ("the Commonwealth"). A capital or a town of the older sources never is."""
    if own.acts_for or set(own.sources or ()) != {"geonames"} or own.known_names is None \
            or own.known_names > OBSCURE_KNOWN_NAMES or not own.country_code:
        return False
    return not any(o is not None and o.country_code == own.country_code and o.entity_id != own.entity_id
                   for j, o in enumerate(answers) if j != i)


def little_known_among_states(own, i: int, answers: list) -> bool:
    """Is the town `own` (the link of answer `i`) an American one GeoNames alone holds and knows by fewer
    than LITTLE_KNOWN_NAMES names, in a story that names nothing American and names another state (its
    name, its people or its capital)? "HILLSBOROUGH, Northern Ireland - Britain and Ireland signed ..." is
    no town of New Jersey: GeoNames holds thousands of small American towns named after places abroad,
    and news names such a town with its state. A small town elsewhere that an event made known keeps its
    link ("killings in Bucha" in a story of Germany and Russia), and so does "Hong Kong island"."""
    if own.acts_for or set(own.sources or ()) != {"geonames"} or own.known_names is None \
            or own.known_names >= LITTLE_KNOWN_NAMES or own.country_code != "US":
        return False
    others = [o for j, o in enumerate(answers) if j != i and o is not None and o.country_code
              and o.entity_id != own.entity_id]
    if any(one_state(o.country_code, own.country_code) for o in others):
        return False
    return any(o.entity_type in ("COUNTRY", "NORP") or o.entity_type == "CITY" and o.acts_for for o in others)


def _answer(e, a: Resolution, date, country_entity) -> Resolution:
    r = Resolution("CITY", e.entity_id, e.canonical_name, e.country_code, e.acts_for, score=a.score, method=a.method)
    return as_of(r, date, country_entity)


def famous_namesakes(gaz, queries: Sequence, answers: list, date: Optional[str], text: Optional[str] = None) -> list:
    """`answers` with bare city names taken for their famous namesake and 'Town, State' for the
    American town (see the module's doc). `text`: the article's text, to read what follows a name."""
    if gaz is None:
        return answers
    out = list(answers)
    places = [placed_by(gaz, queries, answers, i, text) for i in range(len(answers))]
    placed: dict = {}     # a name -> the answers that a 'Town, State' or 'Town, Country' places
    for i, (country, states) in enumerate(places):
        if (country is not None or states is not None) and answers[i] is not None and answers[i].entity_type == "CITY":
            placed.setdefault(normalise(queries[i].text), []).append(i)
    follows: list = []
    for i, a in enumerate(answers):
        if a is None or a.entity_type != "CITY" or not a.entity_id:
            continue
        q = queries[i]
        towns = [e for e in gaz.lookup_exact(q.text, types=("CITY",))]
        own = next((e for e in towns if e.entity_id == a.entity_id), None)
        if own is None:
            continue
        country, states = places[i]
        if country is None and states is None and len(placed.get(normalise(q.text), ())) > 0:
            follows.append(i)   # 'The Lewiston bank' after 'Lewiston, Mich.': as the placed one goes
            continue
        if country is not None and not (states is not None and country == "US"):   # a US state: below
            there = sorted((e for e in towns if e.country_code == country),
                           key=lambda e: (not e.acts_for, -(e.population or 0), e.entity_id))
            if own.country_code == country:
                continue
            if there or states is None:   # 'Atlanta, Georgia', which Georgia has none of, is the state's
                out[i] = _answer(there[0], a, date, gaz.country) if there else \
                    Resolution("CITY", None, q.text.strip(), country, method="nil")
                continue
        if states is not None:
            american = sorted((e for e in towns if e.country_code == "US"),
                              key=lambda e: (e.region not in states, -(e.population or 0), e.entity_id))
            in_state = [e for e in american if e.region in states]
            if own.country_code == "US" and (own.region in states or own.region is None or own.acts_for):
                continue
            # 'Norwood, Ohio' beside the gazetteer's larger Norwood, Massachusetts: the namesake the build held
            # back for its state alone (gazetteer/region_namesakes.py)
            in_state = in_state or towns_in_regions(q.text, "US", states)
            unplaced = [e for e in american if e.region is None]   # a town of the older sources: no state given
            if not in_state and (own.country_code == "US" or not unplaced):
                # 'Paris, Texas': an American town the gazetteer does not hold; 'Lewiston, Mich.'
                # beside the gazetteer's only Lewiston, in Maine: a town of Michigan it does not hold,
                # whether the story's countries chose the Maine town or a Canadian one ('Lakewood, Ga.')
                out[i] = Resolution("CITY", None, q.text.strip(), "US", method="nil")
            elif (in_state or unplaced)[0].entity_id != own.entity_id:
                out[i] = _answer((in_state or unplaced)[0], a, date, gaz.country)
            continue
        if abroad_unnamed(own, i, answers) or obscure_and_unplaced(own, i, answers) \
                or minor_capital_elsewhere(own, i, answers) or little_known_among_states(own, i, answers):
            out[i] = Resolution("CITY", None, q.text.strip(), None, method="nil")
            continue
        if len(towns) < 2 or own.known_names is None or own.acts_for:
            continue   # fame unknown (no GeoNames row), or a capital: the resolver's choice stands
        famous = famous_one(q.text, towns)
        named = {o.country_code for j, o in enumerate(answers) if j != i and o is not None and o.country_code}
        if famous is not None and famous.country_code != own.country_code \
                and (famous.country_code in named or own.country_code not in named
                     or american_in_world_news(own, i, answers)):
            out[i] = _answer(famous, a, date, gaz.country)
    for i in follows:
        went = {(out[j].entity_id, out[j].country_code) for j in placed[normalise(queries[i].text)]}
        j = placed[normalise(queries[i].text)][0]
        if len(went) == 1 and out[j] is not answers[j] and answers[i].entity_id == answers[j].entity_id:
            r = out[j]
            out[i] = Resolution("CITY", r.entity_id, r.canonical_name if r.entity_id else queries[i].text.strip(),
                                r.country_code, r.acts_for, score=answers[i].score, method=r.method)
    return out


def placed_by(gaz, queries: Sequence, answers: list, i: int, text: Optional[str]) -> tuple:
    """(the country, the US states) the words after name `i` place it in ('Town, Country', 'Town,
    State'), each None when no such words follow."""
    if not text or answers[i] is None or answers[i].entity_type != "CITY":
        return None, None
    q = queries[i]
    after = text[q.end_char:q.end_char + 40]
    listed = i > 0 and answers[i - 1] is not None and answers[i - 1].entity_type in ("COUNTRY", "CITY") \
        and text[queries[i - 1].end_char:q.start_char].strip() == ","   # "Nepal, Sumatra, India"
    states = us_state_after(after)
    if states is not None and not state_closes(gaz, after):
        states = None     # 'Bonn, Washington and Tokyo': a list of places, no 'Town, State'
    return (None if listed else country_after(gaz, after)), states


def american_in_world_news(own, i: int, answers: list) -> bool:
    """Is the town `own` (the link of answer `i`) an American town named without its state in a story
    that names another country than the United States (by its name or its people)? American news
    writes a lesser American namesake with its state ('Venice, Fla.'); "the summit in Venice" of a
    story of the United States, Japan and West Germany is the famous Venice."""
    if own.country_code != "US":
        return False
    return any(o is not None and o.entity_type in ("COUNTRY", "NORP") and o.country_code
               and o.country_code != "US" for j, o in enumerate(answers) if j != i)
