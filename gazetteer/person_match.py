"""Which known person a garbled full name is: the holder of a titled role, or a fuzzy match whose
surname agrees (the resolver's helpers for people's full names)."""
from __future__ import annotations

from typing import Optional, Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from gazetteer.given_name_agreement import names_give_given_name
from gazetteer.lookalike import folded, given_names_agree, middle_names_disagree, names_compatible, spelling_variants
from gazetteer.memo import by_gazetteer
from gazetteer.model import Entity, normalise
from gazetteer.people import ARABIC_ARTICLES, HONORIFICS, LEADER_ROLES, name_similarity, role_on, surname
from gazetteer.resolution import ResolverConfig


def best_title_holder(key: str, holders: Sequence[Entity], cfg: ResolverConfig) -> Optional[tuple[Entity, float]]:
    """The holder of the titled role whose name this garbled one most plausibly is.

    With one holder (one Foreign Secretary on a date) a loose likeness is
    enough; among several (deputy ministers) the surname must be close.
    Garbled transcriptions keep the surname's first letter, and the given name (if any) must agree.
    """
    scored = []
    for e in holders:
        names = [normalise(n) for n in e.names()]
        same_initial = any(surname(n)[:1] == surname(key)[:1] for n in names)
        if not same_initial or not names_give_given_name(key, names):
            continue   # "Geng Shuang" is not "Brian Shukan", whatever role they share ("Ing-wen" is Tsai's)
        if all(middle_names_disagree(key, n) for n in names):
            continue   # a given name of its own: "Rana Sanaullah Khan" is no minister Rana Muhammad Farooq Khan
        full = max(name_similarity(key, n) for n in names)
        last = max(fuzz.ratio(surname(key), surname(n)) / 100.0 for n in names)
        scored.append((e, full, last))
    if not scored:
        return None
    # one holder, or one a state among the article's states ("Prime Minister Justin Trudo" in a story of
    # Canada and India: Modi's name starts otherwise): a loose likeness is enough
    if len(holders) == 1 or (len(scored) == 1 and len({h.country_code for h in holders}) == len(holders)):
        e, full, last = scored[0]
        if " " not in key and not any(spelling_variants(key, surname(normalise(n)), short_swaps=True)
                                      for n in e.names()):
            return None   # a bare surname garbled in its vowels ("Tras") may be the holder's; "Trump" is not Trudeau
        return (e, full) if max(full, last) >= cfg.title_min_similarity else None
    # several holders: the surname must be close (one typo at most, or 80% alike), spelt with the
    # same consonants, and clearly ahead; a shared first name alone never decides ("Sergey Ryabkov" is not "Sergey Razov")
    scored = [t for t in scored if (t[2] >= cfg.title_surname_min_similarity or one_typo_apart(key, t[0], cfg))
              and any(spelling_variants(surname(key), surname(normalise(n))) for n in t[0].names())]
    if not scored:   # among many ambassadors, "ambassador Simon" is not Sison: a consonant differs
        return None
    scored.sort(key=lambda t: (-t[1], -t[2], t[0].entity_id))
    e, full, last = scored[0]
    runner_up = scored[1][1] if len(scored) > 1 else 0.0
    if full - runner_up >= cfg.coref_margin:
        return e, full
    return None

def one_typo_apart(key: str, e: Entity, cfg: ResolverConfig) -> bool:
    last = surname(key)
    return len(last) >= cfg.min_typo_surname_chars and any(
        Levenshtein.distance(last, surname(normalise(n))) <= cfg.max_surname_typos for n in e.names())

def surname_close(key: str, e: Entity, cfg: ResolverConfig) -> bool:
    """A fuzzy full-name match must also match the surname: 'Sergey Ryabkov' is not 'Sergey Razov'."""
    last = surname(key)
    return any(_surnames_close(key, last, normalise(n), cfg) for n in e.names())


def _surnames_close(key: str, last: str, name: str, cfg: ResolverConfig) -> bool:
    """The surname `last` of the full name `key` against the full name `name`: the same first letter, the
    same consonants ('McCaul' is not 'McFaul'), and 80% alike, or, after the same given name of four
    letters or more, one vowel apart in a short surname ('Theresa Mey' is Theresa May; alone, a vowel
    swapped in a short name makes another name: 'Kim' and 'Kam')."""
    other = surname(name)
    if other[:1] != last[:1]:
        return False
    first, other_first = key.split()[0], name.split()[0]
    same_given = " " in name and first == other_first and len(first) >= 4
    if fuzz.ratio(last, other) >= 100 * cfg.surname_min_similarity:
        return spelling_variants(last, other)
    return same_given and len(last) == len(other) <= 4 and spelling_variants(last, other, short_swaps=True) \
        and sum(a != b for a, b in zip(last, other)) == 1


COREF_SURNAME_MIN_RATIO = 60   # a full name's surname vs one named before: "Trass"/"Truss" 80, "Schlesinger"/"Schmidt" 44
INNER_WORD_SIMILARITY = 0.9    # a bare name repeating a word inside a full name, not its surname ("Lopez")


def _surnames_alike(a: str, b: str) -> bool:
    """May the surnames of two full names be one name, garbled ("Liz Trass" for "Liz Truss"), and not two
    names sharing a given name ("Helmut Schlesinger" is not the "Helmut Schmidt" named before)? A garble
    touches one of the two names: with a given name written otherwise, the surname may differ only as
    a spelling does ("Sergei Lavrof" for "Sergey Lavrov"); a given name and a surname that both differ,
    the surname in a consonant, are another person's ("Koichi Miyazaki", a banker, after "Kiichi
    Miyazawa")."""
    x, y = surname(a), surname(b)
    if a.split()[0] != b.split()[0] and x != y:
        return spelling_variants(x, y)
    return x == y or fuzz.ratio(x, y) >= COREF_SURNAME_MIN_RATIO or spelling_variants(x, y)


def _bare_word_similarity(key: str, form: str) -> float:
    """A bare name against one form of a person's name: a one-word form or the surname, however spelt;
    the first word of a name written family name first ("Bo" after "Bo Xilai") exactly; another word
    of the name (a middle name: "Wilson" of "Ronald Wilson Reagan", a first surname: "Lopez") a little
    less, so that a person whose surname it is comes first; a title in a source's form of the name
    ("Chancellor Helmut Kohl") never."""
    words = form.split()
    if len(words) == 1:
        return name_similarity(key, form)
    if key in HONORIFICS:
        return 0.0
    if words[0] in PEERAGE_STYLES and "of" in words[2:]:
        words = words[:words.index("of", 2)]   # "Lord Renton of Mount Harry": Harry is a place, no name of his
    while len(words) > 2 and words[0] in HONORIFICS:
        words = words[1:]
    # a word after "bin"/"ibn" is the father's name ("Sultan" of "Zaid bin Sultan"), no name of this man
    sim = name_similarity(key, words[-1]) if words[-2] not in PATRONYMIC_PARTICLES else 0.0
    if key == words[0]:
        sim = 1.0
    elif own_name_word(key, " ".join(words[:-1])):
        sim = max(sim, INNER_WORD_SIMILARITY)
    return sim


PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben"})
PEERAGE_STYLES = frozenset({"lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl", "countess",
                            "marquess", "marchioness"})


def own_name_word(word: str, full: str) -> bool:
    """Is `word` one of the words of the normalised full name `full` that name its bearer, not the
    father a patronymic names ("sultan" in "zaid bin sultan al nahayan" is his father's name)?"""
    words = full.split()
    return any(w == word and (k == 0 or words[k - 1] not in PATRONYMIC_PARTICLES) for k, w in enumerate(words))


def coref_similarity(key: str, forms: set) -> float:
    """How alike the name `key` (normalised) is to the forms under which the article has named one person.

    A full name whose given name differs from every full name of the person is someone else, even
    when a bare surname of theirs matches ("Liri Berisha" after "Sali Berisha" ... "Berisha"); so is
    a full name whose surname is another name ("Helmut Schlesinger" after "Helmut Schmidt").
    """
    if " " in key and any(f.endswith(" " + key) for f in forms):
        return 1.0   # the last words of a full name named before: "Lopez Obrador", "bin Salman"
    if len(key.split()) == 3 and any(len(f.split()) == 2 and key.startswith(f + " ") for f in forms):
        return 1.0   # a full name named before and a second surname after it: "Hugo Chavez ... Hugo Chavez Frias"
    full_forms = [f for f in forms if " " in f]
    if " " in key and full_forms and not any(names_compatible(key, f) and _surnames_alike(key, f)
                                             for f in full_forms):
        return 0.0   # a relative or namesake: same surname, another given name; or another surname
    sim = 0.0
    for f in forms:
        if " " not in key:
            sim = max(sim, _bare_word_similarity(key, f))
            continue
        if not names_compatible(key, f) or (" " not in f and surname(key) != f):
            continue   # "Ernest Davies" is not the "Clement Davies" named before, "Shahid Rind" not "Sharif"
        sim = max(sim, name_similarity(key, f))
    return sim


def same_onset(key: str, forms: set) -> bool:
    """Does the bare name `key` begin with the letter a form's last word (its surname) begins with? A
    misheard or misspelt surname keeps its first sound ("Trash", "Tras" for Truss); a likeness
    without it ("Evenor" and Jenrick, "Morris" and Harris) is another person's name."""
    return any(f.split()[-1][:1] == key[:1] for f in forms if f)


def bare_name_forms(key: str) -> tuple:
    """A bare name as written and, ending in "s", without it (a plural or possessive: "the Reagans'")."""
    return (key, key[:-1]) if " " not in key and key.endswith("s") and len(key) >= 6 else (key,)


def surname_in_office(key: str, surname_index, date: Optional[str]) -> bool:
    """Is the bare name `key` the surname of a known person holding an office on `date`? Then it is no
    garbled form of a lookalike the article names ("Reagan" in 1987 is not "Donald Regan")."""
    return bool(date) and any(role_on(e, date) for k in bare_name_forms(key) for e in surname_index.get(k, ()))


def known_surname(key: str, label: str, surname_index, date: Optional[str]) -> bool:
    """A bare name the gazetteer knows as a person's ("GAZ:PERSON") or as the surname of someone in
    office on the date: coreference may take it only for the very same name ("Kishida" is no garbled
    "Ishiba", "Reagan" no "Regan")."""
    return " " not in key and ("GAZ:PERSON" in label.split("|") or surname_in_office(key, surname_index, date))


def surname_of_the_article(key: str, surname_index, context) -> bool:
    """Is the bare name `key` the surname of a known person of one of the article's countries? Then it
    is that person's name (or a namesake's), no garbled form of a lookalike the article names: "Mesa
    said" in a Bolivian story is no "Morales", whoever of the two the sources know in office."""
    return " " not in key and bool(context) and any(
        e.country_code and context.get(e.country_code) for k in bare_name_forms(key) for e in surname_index.get(k, ()))


LEADER_VARIANT_MIN_CHARS = 6   # a surname this long may be a transliteration of a leader's ...
LEADER_VARIANT_MIN_RATIO = 85  # ... spelt this alike, at most a letter longer or shorter ("Ghazni" is no "Ghazouani")


def former_holder(surname_index, key: str, role_key: str, country: Optional[str], date: Optional[str]):
    """The one known person with the bare surname `key` (and of `country`, if given) who held the leader's
    role `role_key` before `date`: a title names a former holder too, or one whose term the sources end
    too early ("President Trump" in 2025); two of them ("President Bush") are nobody."""
    if not key or " " in key or not date or role_key not in LEADER_ROLES:
        return None   # a leader's title: "Transportation Secretary Elizabeth" is no queen
    held = {e.entity_id: e for e in surname_index.get(key, []) for r in e.roles
            if r.role_key == role_key and r.start and r.start[:10] <= date[:10] and (country is None or r.country == country)}
    return next(iter(held.values())) if len(held) == 1 else None


def former_official(surname_index, key: str, states: set, date: Optional[str]):
    """The one known person with the bare surname `key` who was a member of the government of one of
    `states` (as a source's undifferentiated "official") before `date`: a leader's title names a past
    leader too, where a source gives no office but the government's ("the late President Andropov"
    in April 1984, an official of the Soviet government until February). Two of them are nobody."""
    from gazetteer.history import state_on
    if not key or " " in key or not date or not states:
        return None
    held = {e.entity_id: e for e in surname_index.get(key, []) for r in e.roles
            if r.role_key == "official" and r.start and r.start[:10] <= date[:10]
            and (r.country in states or state_on(r.country, date) in states)}
    return next(iter(held.values())) if len(held) == 1 else None


def surname_bearers(surname_index, key: str, date: Optional[str], skeletons: Optional[dict] = None) -> list:
    """The known people with the bare surname `key`: those the gazetteer spells so, else the leaders in
    office on `date` (head of state or government, foreign minister) whose surname is another
    transliteration of it ("Zelenskiy" for Volodymyr Zelenskyy, "Nebenzia" for a "Nebenzya"), and
    anyone in office whom a source names by that surname alone ("Gadaffi" for the "Gaddafi" of 1984).
    `skeletons`: the index's `surname_skeletons`, if the caller has them (else made once per index)."""
    found = surname_index.get(key, [])
    if found or len(key) < LEADER_VARIANT_MIN_CHARS or not date:
        return found
    from gazetteer.people import LEADER_ROLES
    variants = (skeletons if skeletons is not None else _variant_index(surname_index)).get(_skeleton(key), ())
    bearers = {e.entity_id: e for k in variants if k != key and spelling_variants(key, k)
               and abs(len(k) - len(key)) <= 1 and fuzz.ratio(key, k) >= LEADER_VARIANT_MIN_RATIO
               for e in surname_index[k] if role_on(e, date) in LEADER_ROLES or role_on(e, date) and k in _bare_names(e)}
    return list(bearers.values())


def _bare_names(e: Entity) -> set:
    """The names of `e` that are one word: a source's own word for naming the person by surname alone."""
    return {normalise(n) for n in e.names() if n.strip() and " " not in normalise(n)}


def _skeleton(word: str) -> str:
    word = folded(word)   # doubled letters are one ("gadaffi", "gaddafi")
    return word[:1] + "".join(c for c in word[1:] if c not in "aeiouyh")


_VARIANTS: dict = {}


def _variant_index(surname_index) -> dict:
    """`by_skeleton(surname_index)`, built once per index."""
    key = id(surname_index)
    if key not in _VARIANTS:
        index = by_skeleton(surname_index)
        _VARIANTS.clear()
        _VARIANTS[key] = index
    return _VARIANTS[key]


def by_skeleton(surname_index) -> dict:
    """Surnames of at least LEADER_VARIANT_MIN_CHARS letters by their consonant skeleton."""
    index: dict = {}
    for k in surname_index:
        if len(k) >= LEADER_VARIANT_MIN_CHARS:
            index.setdefault(_skeleton(k), []).append(k)
    return index


@by_gazetteer(size=4)
def surname_skeletons(gaz) -> dict:
    """`by_skeleton` of the gazetteer's surname index, kept with the gazetteer and so built into its snapshot
    (gazetteer/snapshot.py) instead of in every worker on first use (~0.07 CPU s)."""
    return by_skeleton(gaz.surname_index)


# States whose people bear two surnames, the father's then the mother's, and are named by the first:
# "Augusto Pinochet" is Augusto Pinochet Ugarte, "Felipe Gonzalez" Felipe Gonzalez Marquez
SPANISH_NAMING = frozenset({"ES", "MX", "AR", "CL", "CO", "PE", "VE", "EC", "BO", "PY", "UY", "CU", "DO", "GT",
                            "HN", "SV", "NI", "CR", "PA", "PR", "GQ"})


GIVEN_NAME_MIN_PEOPLE = 3   # a word that opens this many people's names is a given name ("maria", "carlos")


@by_gazetteer(size=4)
def _names_less_last_word(gaz) -> tuple:
    """({a Spanish-named person's name less its last word: {entity id: entity}}, the words that open
    people's names): "felipe gonzalez" -> Felipe Gonzalez Marquez, for names of three words or more."""
    index: dict = {}
    first_words: dict = {}
    for e in gaz.entities:
        if e.entity_type != "PERSON":
            continue
        for n in e.names():
            words = normalise(n).split()
            if len(words) >= 2:
                first_words.setdefault(words[0], set()).add(e.entity_id)
            if len(words) >= 3 and e.country_code in SPANISH_NAMING:
                index.setdefault(" ".join(words[:-1]), {})[e.entity_id] = e
    given = frozenset(w for w, ids in first_words.items() if len(ids) >= GIVEN_NAME_MIN_PEOPLE)
    return index, given


def without_second_surname(gaz, key: str) -> list:
    """The people of Spanish naming whose name, less the mother's surname they are known without, is the
    normalised full name `key` (two words or more): "augusto pinochet" -> [Augusto Pinochet Ugarte]. Not
    when `key` ends in a given name ("jose maria" is no Jose Maria Aznar)."""
    if " " not in key:
        return []
    index, given = _names_less_last_word(gaz)
    return [] if key.split()[-1] in given else list(index.get(key, {}).values())


GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def in_office_without_suffix(gaz, key: str, date) -> list:
    """The people held under the normalised name `key` less its generational suffix ("tommy remengesau jr" ->
    Tommy Remengesau) who held an office on `date`: the suffix tells a namesake of the family apart (his
    father Thomas Remengesau led Palau in the 1980s), so only the one in office then is the man."""
    words = key.split()
    if len(words) < 3 or words[-1] not in GENERATIONAL_SUFFIXES or not date:
        return []
    hits = {e.entity_id: e for e in gaz.lookup_exact(" ".join(words[:-1]), types=("PERSON",))}
    return [e for e in hits.values() if role_on(e, date)]


def people_by_name_part(gaz, parts) -> dict:
    """{key: {entity id: entity}} over every person of `gaz`: each key `parts` gives for the normalised words of
    one of the person's names (a part of it that news writes alone, an opening or a tail)."""
    index: dict = {}
    for e in gaz.entities:
        if e.entity_type == "PERSON":
            for n in e.names():
                for key in parts(normalise(n).split()):
                    index.setdefault(key, {})[e.entity_id] = e
    return index


@by_gazetteer(size=4)
def _longer_names_by_opening(gaz) -> dict:
    """The first two words of people's names of three words or more -> {entity id: entity}."""
    return people_by_name_part(gaz, lambda words: [" ".join(words[:2])] if len(words) >= 3 else [])


def opening_a_longer_name(gaz, key: str) -> list:
    """The people whose longer name (three words or more) opens with the two-word normalised name `key`,
    when its second word is no given name: "naji sabri" -> Naji Sabri Ahmad al Hadithi, "ank bijleveld" ->
    Ank Bijleveld Schouten; not "ahmed hassan", where "hassan" opens many names (another Ahmed's father's)."""
    words = key.split()
    if len(words) != 2 or words[1] in _names_less_last_word(gaz)[1]:
        return []
    return list(_longer_names_by_opening(gaz).get(key, {}).values())


def with_second_surname(gaz, key: str, date: Optional[str]) -> list:
    """The people of Spanish naming in office on `date` whose full name is the normalised name `key`
    less its last word, the mother's surname the sources leave out: "daniel ortega saavedra" in 1988 ->
    [Daniel Ortega], President of Nicaragua then. Only someone in office: a son named after his father
    bears the father's given name and surname with his own mother's ("Daniel Ortega Murillo")."""
    from gazetteer.people import role_on
    words = key.split()
    if len(words) < 3 or words[-1] in _SURNAME_PARTICLES or words[-2] in _SURNAME_PARTICLES:
        return []
    return [e for e in gaz.lookup_exact(" ".join(words[:-1]), types=("PERSON",))
            if e.country_code in SPANISH_NAMING and role_on(e, date)]


_SURNAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e"})


FULL_NAME_VARIANT_MIN_CHARS = 5   # a surname spelt otherwise in a full name of three words or more


def words_in_order(key: str, name: str) -> bool:
    """Is every word of the normalised name `key` one of `name`'s words, spelt alike, in the same order
    ("mohammed saeed al sahaf" in "muhammad said kazim al sahhaf"), the first and the last matching
    the first and the last? The Arabic article is one word however it is written ("anwar el sadat" in
    "anwar as sadat"): a middle word only, against the article in the name held."""
    kw, nw = key.split(), name.split()
    if len(kw) < 2 or len(nw) < len(kw) or not (given_names_agree(kw[0], nw[0])
                                                  and spelling_variants(kw[-1], nw[-1])):
        return False

    def alike(a: str, b: str) -> bool:   # a middle word may swap a vowel: "saeed"/"said"; "el"/"as"/"al"
        return given_names_agree(a, b) or spelling_variants(a, b, short_swaps=True) \
            or a in ARABIC_ARTICLES and b in ARABIC_ARTICLES
    at = 1
    for w in kw[1:-1]:
        while at < len(nw) - 1 and not alike(w, nw[at]):
            at += 1
        if at >= len(nw) - 1:
            return False
        at += 1
    return True


@by_gazetteer(size=4)
def _surnames_by_sound(gaz) -> dict:
    """Known surnames by their consonants, doubled letters, vowels and 'h' left out ("sahhaf" -> "sf")."""
    index: dict = {}
    for k in gaz.surname_index:
        if len(k) >= FULL_NAME_VARIANT_MIN_CHARS:
            index.setdefault(_skeleton(folded(k)), []).append(k)
    return index


def transliterated_full_name(gaz, key: str) -> list:
    """The known people whose full name `key` (three words or more) is, its surname spelt another way
    ("Mohammed Saeed al-Sahaf" for "Muhammad Said Kazim al Sahhaf"): each word of it one of theirs."""
    words = key.split()
    if len(words) < 3 or len(words[-1]) < FULL_NAME_VARIANT_MIN_CHARS:
        return []
    surnames = [k for k in _surnames_by_sound(gaz).get(_skeleton(folded(words[-1])), ())
                if spelling_variants(words[-1], k)]
    found = {e.entity_id: e for k in surnames for e in gaz.surname_index[k]
             if any(words_in_order(key, normalise(n)) for n in e.names())}
    return list(found.values())


CLOSED_UP_MIN_CHARS = 6        # the surname, its hyphens closed up, at least this long ...
CLOSED_UP_GIVEN_RATIO = 85     # ... and the given names this alike ("Prayuth", "Prayut")


def hyphenated_otherwise(key: str, e: Entity) -> bool:
    """Is the full name `key` (normalised) a name of `e` with its surname hyphenated otherwise and its
    given name spelt a little otherwise ("Prayuth Chan-ocha" for "Prayut Chan-o-cha")? The words
    after the given name must be the same letters, parted in other places."""
    words = key.split()
    rest = "".join(words[1:])
    if len(words) < 2 or len(rest) < CLOSED_UP_MIN_CHARS:
        return False
    for n in e.names():
        other = normalise(n).split()
        if len(other) >= 2 and len(other) != len(words) and "".join(other[1:]) == rest \
                and fuzz.ratio(words[0], other[0]) >= CLOSED_UP_GIVEN_RATIO:
            return True
    return False


def surname_of_others(surname_index, skeletons: dict, key: str, forms: set) -> bool:
    """Is the bare name `key` a surname the sources give other people (spelt so, or another transliteration
    of it: "Almeyda" of the Almeidas), and no spelling of this person's own surname (his `forms`)? Then it
    is a name of its own, a namesake's or an unknown's, not his garbled ("Almeyda" is no "Allende"); a
    garble the sources give no one ("Trash" for Truss) or a typo of his name ("Trudaeu") may still be his."""
    own = {w for f in forms for w in f.split()}   # any word of his names ("Disney" of "Walt Disney Co")
    if any(w == key or Levenshtein.distance(key, w) <= 1 or spelling_variants(key, w) for w in own):
        return False
    if surname_index.get(key):
        return True
    variants = skeletons.get(_skeleton(key), ()) if len(key) >= LEADER_VARIANT_MIN_CHARS else ()
    return any(k != key and spelling_variants(key, k) for k in variants)
