"""Words and shared pieces for reading expulsions from a dependency parse (grammar.py).

Trigger and governing-verb lemmas live in patterns/grammar.json; `lemma` folds an inflected
word to its lemma from that file (the pipeline's spaCy model runs without a lemmatizer).
`States` says which state a token stands for; `Reading` is what grammar.py reads per trigger.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

from gazetteer.model import fold
from transforms.expulsions.absolutes import with_doer
from transforms.expulsions.shared_passive import shares_passive
from transforms.expulsions.subject_before_aside import name_before_aside

ASSERTED, HYPOTHETICAL, NEGATED, DEMAND, AGGREGATE = "asserted", "hypothetical", "negated", "demand", "aggregate"
FIRST_PERSON = "@we"
THIRD_PERSON = "@they"   # "25 of their agents": the other side of the story
THE = "@the:"            # "@the:ambassador": the envoy the article named before ("the Syrian ambassador")
ENVOY = "*"              # "@the:*": whichever envoy the article named last ("he was told that ...")
PREVIOUS = "~"           # "@the:~": the people of the previous expulsion ("The Netherlands expelled 17")
BEFORE = "^"             # "@the:^": the people the sentence before names ("They were given a week to leave")
AFTER = "v"               # "@the:v": the people the sentence after names ("13 EXPELLED FROM CANADA" over the story)
STATE_BEFORE = "@it"     # the state that is the subject of the sentence before ("It ordered him to leave")
ACT_BEFORE = "@also"     # the state of the expulsion the sentence before told ("... was also asked to leave")

PATTERNS = json.loads((Path(__file__).parent / "patterns" / "grammar.json").read_text(encoding="utf-8"))


normalise = fold   # the project's one folding (accents, apostrophes, case): gazetteer.model.fold


def _forms(lemma: str) -> set[str]:
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        out |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", lemma):
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


def _lemma_table() -> dict[str, str]:
    table: dict[str, str] = {}
    keys = ("expel_verbs", "declare_verbs", "leave_verbs", "order_verbs", "obligation_verbs", "withdraw_verbs",
            "request_verbs", "request_nouns", "expel_nouns", "removal_nouns", "retaliation_nouns", "retaliation_heads", "likeness_heads",
            "retaliation_verbs", "undoing_verbs", "blocking_verbs", "undone_nouns", "undone_courses", "carried_courses", "hypothetical_governors",
            "demand_governors", "negating_governors", "hypothetical_nouns", "factive_governors", "in_kind_verbs",
            "demand_nouns", "permission_nouns", "order_issuers", "evaluative_predicates", "telling_verbs",
            "follow_with_count", "stay_verbs", "permit_verbs", "barring_verbs", "talk_heads",
            "hesitating_governors", "detention_verbs", "time_giving_verbs", "host_cut_verbs", "exercising_verbs",
            "near_miss_verbs", "failing_words")
    for key in keys:
        for lemma in PATTERNS[key]:
            for f in _forms(lemma):
                table.setdefault(f, lemma)
    for lemma in list(PATTERNS["particle_verbs"]) + list(PATTERNS["follow_phrases"]) + list(PATTERNS["leave_phrases"]) + \
            list(PATTERNS["withdraw_particle_verbs"]) + \
            list(PATTERNS["in_kind_objects"]) + \
            [phrase.split()[0] for phrase in PATTERNS["negating_phrasal_governors"]]:
        for f in _forms(lemma):
            table.setdefault(f, lemma)
    table.update(PATTERNS["irregular"])
    return table


_LEMMA = _lemma_table()


def lemma(tok) -> str:
    w = normalise(tok.text)
    return _LEMMA.get(w, w)


def _set(key: str) -> frozenset:
    return frozenset(PATTERNS[key])


EXPEL, DECLARE, LEAVE, ORDER = _set("expel_verbs"), _set("declare_verbs"), _set("leave_verbs"), _set("order_verbs")
WITHDRAW, REQUEST, REQUEST_NOUNS = _set("withdraw_verbs"), _set("request_verbs"), _set("request_nouns")
EXPEL_NOUNS, REMOVAL_NOUNS = _set("expel_nouns"), _set("removal_nouns")
RETALIATION_NOUNS, RETALIATION_HEADS = _set("retaliation_nouns"), _set("retaliation_heads")
RETALIATORY, RETALIATION_VERBS = _set("retaliation_modifiers"), _set("retaliation_verbs")
BLAME_VERBS, PARTICIPLE_ORDERS = _set("blame_verbs"), _set("participle_order_verbs")
CAUSING = _set("causing_verbs")   # "prompting Ankara to declare ...": the object acts
BODIES_LEFT, GATHERINGS_LEFT = _set("bodies_left"), _set("gatherings_left")   # "expelled from the party",
# "expelled from a meeting": another sense
IN_KIND, DEMAND_NOUNS = _set("in_kind_verbs"), _set("demand_nouns")
OCCASION_VERBS = _set("occasion_verbs")   # "marked the day with the expulsion of": the subject's own act
IN_KIND_OBJECTS = {verb: frozenset(words) for verb, words in PATTERNS["in_kind_objects"].items()}   # "returned the favour"
PERMISSION_NOUNS = _set("permission_nouns")   # "would seek approval to declare ...": an act allowed, not done
EXERCISING = _set("exercising_verbs")   # "exercised its right to expel": the leave used, the act done
HYPO, DEMANDS, NEGATING = _set("hypothetical_governors"), _set("demand_governors"), _set("negating_governors")
CONTROLLING_ADJECTIVES = _set("controlling_adjectives")   # "is ready to expel": its subject expels
EXCLUDING = _set("excluding_governors")   # "did not rule out expelling": denied, the act stays open
HESITATING = _set("hesitating_governors")   # "did not hesitate to expel": done at once
DEEMING = _set("deeming_verbs")   # "considers the ambassador persona non grata": a declaration
ALTERNATIVE_MARKS = frozenset(tuple(m.split()) for m in PATTERNS["alternative_marks"])
HYPO_NOUNS = _set("hypothetical_nouns")
NOTICE_NOUNS = _set("notice_nouns")   # "told him of Britain's intention to expel him": a decision told
UNREALISED = _set("unrealised_modifiers")   # "the possible expulsion of": not (yet) done
CLAIM_NOUNS, CONTESTING = _set("contested_claim_nouns"), _set("contesting_verbs")   # ", a claim X denied"
COMPOUND_PREPOSITION_NOUNS = _set("compound_preposition_nouns")   # "in addition to expelling"
EVALUATIVE = _set("evaluative_predicates")   # "the expulsion was not justified": judged, not denied
DISCOURSE = _set("discourse_verbs")   # "I shall not dwell on the expulsion": the talk denied, not the expulsion
NEGATING_PHRASAL = frozenset(tuple(p.split()) for p in _set("negating_phrasal_governors"))   # ("give", "up")
FACTIVE, UNCERTAIN = _set("factive_governors"), _set("uncertainty_adverbs")
TELLING = _set("telling_verbs")   # "I wish to inform the House that ...": a speaker's own telling
HABITUAL = _set("habitual_adverbs")
CONDITION_ADVERBS = _set("condition_adverbs")   # "otherwise he'll be expelled": only in that case
BARE_LEAVE = _set("bare_leave_verbs")
STAY, PERMIT, BARRING = _set("stay_verbs"), _set("permit_verbs"), _set("barring_verbs")
LEAVE_PHRASES = {verb: frozenset(words) for verb, words in PATTERNS["leave_phrases"].items()}
DOCUMENT_NOUNS = _set("document_nouns")
DEADLINES = _set("deadline_nouns")   # "set a deadline for X to leave": the setter orders them out
SERIES_NOUNS = _set("series_nouns")   # "a wave of diplomats being expelled": many acts, a sum
TIME_GIVERS = _set("time_giving_verbs")   # "was granted 72 hours to leave": only with the time as object
MIRROR, MEASURE_TAKERS = _set("mirror_modifiers"), _set("measure_takers")   # "took reciprocal measures"
ASKING = _set("asking_verbs")   # "asked the government to expel": a request, no expulsion
NATIONALS_DEPORTED = _set("nationals_deported")   # "deported 300 Guatemalans": migrants
NATIONALS_MASS = int(PATTERNS["nationals_deported_mass"])   # "deported almost 11,000 Haitians": migrants in any story
DETAINED = _set("detention_verbs")   # "deport 11 Iraqis held for ...": detainees
ADDED_PEOPLE = _set("added_people_words")   # "another diplomat", "a third diplomat": more of the people before
COLLECTIVE_NOUNS = _set("collective_nouns")   # "a list of Freedonian diplomats": people, no headcount
UNDONE_COURSES = _set("undone_courses")   # "abandoned plans to expel": a course undone; not undone, still a plan
UNDOING, UNDONE_NOUNS = _set("undoing_verbs"), _set("undone_nouns") | UNDONE_COURSES
BLOCKING = _set("blocking_verbs")   # "a court blocked the expulsion": stopped before it was carried out
PERSONNEL, MISSIONS, OTHER_SENSE = _set("personnel_heads"), _set("mission_words"), _set("other_sense_heads")
OFFICIAL_BODIES = _set("official_bodies")   # "members of Soviet official organisations": a state's bodies abroad
OTHER_WORKPLACES = _set("other_workplaces")   # "the staff of the aid agency": a body that is no mission
INTERNATIONAL_BODIES = _set("international_bodies")
TASK_MISSIONS = _set("task_missions")   # "the ceasefire mission": monitors, no state's diplomatic mission   # "UN Secretary-General Antonio Guterres": no state's envoy
OTHER_ROLES = _set("other_roles") | OTHER_SENSE   # what a named person is when not a diplomat
WEAK_PERSONNEL = _set("weak_personnel_heads")
STAFF = _set("staff_heads")
MISSION_SERVICE = _set("mission_service")   # "seven diplomats and one security guard": eight of the mission
PEOPLE_PAIRS = _set("people_pairs")   # "a diplomatic couple": two of a mission
MISSION_FAMILY = _set("mission_family")   # "four diplomats and two diplomatic wives": six ordered out
PNG_PREDICATES, NOUN_DOERS = _set("png_predicates"), _set("noun_doers")
ORDER_ISSUERS = _set("order_issuers")
ENVOY_WORDS = _set("envoy_titles")
HEADS_OF_MISSION = _set("heads_of_mission")
SERVICE_ATTACHES = _set("service_attaches")
HOST_CUT = _set("host_cut_verbs")
# a number told as a sum over several acts: "a total of 29", "in total", "In all, 27 ... since 2019" ("in all" only
# before a comma or at the end: not "in all cases", "in all likelihood")
SUM_MARKERS = re.compile(r"\ba total of\b|\bin total\b|\bin all\s*[,.;]", re.I)
GOVERNMENT_HEADS = _set("government_heads")
CROWN = PATTERNS["crown_possessives"]
UNION_SEATS = {union: frozenset(seats) for union, seats in PATTERNS["union_seats"].items()}
REGISTER_NAMES, HOME_NAMES = PATTERNS["register_names"], PATTERNS["home_names"]
HOME_BODIES = frozenset(PATTERNS["home_bodies"])
DEBATE_ADDRESS = PATTERNS["debate_address"]
PARTICLES = PATTERNS["particle_verbs"]
DEPRIVATIONS = PATTERNS["deprivations"]   # "stripped the ambassador of his accreditation": thing -> verbs


LIKENESS, LIKENESS_HEADS = _set("likeness_modifiers"), _set("likeness_heads")   # "the same measure taken by X against": like the expulsion told
LISTING = _set("listing_verbs")   # "gave X the names of 25 diplomats who must leave": the one who names them


def lister(people):
    """The verb of naming or handing over whose object holds `people` ("handed the ambassador a list of 25
    diplomats", "gave Freedonia the names of 25 members of its mission"), through "of"/"to" phrases; or None."""
    h = people
    for _ in range(8):
        if h.dep_ in ("dobj", "dative") and lemma(h.head) in LISTING:
            return h.head
        if h.dep_ not in ("pobj", "prep") or h.head == h:
            return None
        h = h.head
    return None


LEGISLATURES = _set("legislature_words")   # "told the House of Commons": a state's own parliament
SAME_NUMBER = _set("same_number_words")   # "the same number", "a like number"
SUBJECTS = ("nsubj", "nsubjpass", "csubj")

# The words that can start a trigger (triggers_parse.find_triggers), for the cheap test of which
# sentences are worth parsing (candidate_sentences.CANDIDATE): adding a trigger lemma to grammar.json adds its sentences.
_TRIGGER_KEYS = ("expel_verbs", "png_words", "png_predicates", "leave_verbs", "withdraw_verbs", "expel_nouns", "removal_nouns",
                 "retaliation_nouns", "retaliation_modifiers", "likeness_modifiers")


def trigger_stems() -> list[str]:
    """The stems of every trigger word (a lemma less a final "e", so that "leave" also finds "leaving"),
    and the irregular forms of trigger verbs ("left", "sent", "threw")."""
    words = {w for key in _TRIGGER_KEYS for w in PATTERNS[key]} | set(PATTERNS["particle_verbs"]) | set(PATTERNS["withdraw_particle_verbs"]) | set(DEPRIVATIONS) | set(PATTERNS["revocations"])
    words |= {form for form, lem in PATTERNS["irregular"].items() if lem in words}
    stems = {normalise(w[:-1] if w.endswith("e") and len(w) > 4 else w) for w in words}
    # a stem that another stem starts with is enough ("deport" covers "deportation")
    return sorted(w for w in stems if not any(o != w and w.startswith(o) for o in stems))


class States:
    """Which state a token stands for, from the article's resolved mentions.

    `mentions` are (start_char, end_char, code, kind) with kind one of 'state' (a country,
    government or leader that can act), 'norp' (a nationality), 'place' (a city: where
    something is), 'capital' (a city that is a place, and acts for its state only as a
    phrase of its own: "Minsk expelled", never "the Minsk embassy"), 'person' (a person's
    country, weak), 'body' (an organisation of one country that does not act for it, kept apart
    for `body_at`: "the House of Commons"), 'unknown' (a nationality the resolver found no state for:
    "Latin American" is no "American", whatever the demonyms say); `offset` is the char offset
    of the parsed text inside the article."""

    def __init__(self, mentions: Sequence[tuple[int, int, str, str]], offset: int = 0,
                 demonyms: Optional[dict] = None, diplomatic: bool = True, names_diplomats: bool = True):
        self.mentions = sorted((m for m in mentions if m[3] not in ("body", "unknown")),
                               key=lambda m: (m[0], -(m[1] - m[0])))
        self.bodies = [m for m in mentions if m[3] == "body"]   # a body of one country that does not act for it
        self.unknown = [m for m in mentions if m[3] == "unknown"]   # a nationality of no one state
        self.offset = offset
        self.demonyms = demonyms or {}
        self.diplomatic = diplomatic   # the article speaks of diplomats: "Russians" may be some (context.py)
        self.names_diplomats = names_diplomats   # ... by a word of their own ("diplomats", "attaché"), not only
        # by their missions ("the embassy said")

    def at(self, tok) -> Optional[tuple[str, str]]:
        c = tok.idx + self.offset
        for a, b, code, kind in self.mentions:
            if a <= c < b:
                return code, kind
            if a > c:
                break
        word = normalise(tok.text)
        if any(a <= c < b for a, b, _, _ in self.unknown):
            return None
        if self.demonyms.get(word) and (tok.pos_ in ("ADJ", "PROPN", "NOUN") or tok.text[:1].isupper()):
            return self.demonyms[word], "norp"
        return None

    def names_state(self, code: str) -> bool:
        """Does the text name the state `code` by its own name or its capital's (not only by a nationality)?"""
        return any(c == code and kind in ("state", "capital") for _, _, c, kind in self.mentions)

    def body_at(self, tok) -> Optional[str]:
        """The country of the body (kind 'body': "the House of Commons") a token lies in, or None."""
        c = tok.idx + self.offset
        return next((code for a, b, code, _ in self.bodies if a <= c < b), None)


class Reading(NamedTuple):
    trigger: str
    trigger_i: int                 # token index in the doc
    actor: Optional[str]           # a state code, FIRST_PERSON, or None
    actor_text: Optional[str]
    expelled: Optional[str]
    count: Optional[int]
    at_least: bool
    modality: str
    host: Optional[str] = None     # the state the expelled serve in, when the sentence says
    aggregate: bool = False
    other_sense: bool = False
    has_object: bool = True        # the sentence names who is expelled
    settled: bool = False          # the parse says plainly that this is no asserted expulsion
    weak: bool = False             # an expulsion only where the article tells another ("retaliatory action against")
    here: bool = False             # "must leave the country": the actor is the country they are in
    person: Optional[str] = None   # the surname of the person the expelled phrase names ("the first secretary, Ivan Petrov")
    same_number: bool = False      # "the same number of Polish diplomats": as many as the expulsion told before
    mirror: bool = False           # "Moscow responded in kind": the expulsion told before, sides turned round
    follows: bool = False          # "Latvia followed suit": the expulsion told just before, by another state (follows.py)
    partitive: bool = False        # "Canada expelled four of them": of the people another state expelled just before
    home_body: bool = False        # "by the Foreign Secretary": a bare body of the state the document speaks for (story.home_state)
    unvetted: bool = False         # "asked Mr. Petrov to leave": `person` is expelled only if the story names him a diplomat before
    part_of: Optional[int] = None  # "six of the diplomats": a part of a group of this size (0: not said), parts.py
    pair_other: Optional[str] = None   # "A and B expelled two diplomats each": the other of the pair, whose people
    # they are when the story names no one else's (several.each_after_people)


def _child(tok, *deps):
    """The child of tok with one of deps; of several before tok, the nearest: in "LONDON - More than 20
    countries expelled ..." the parser gives the verb two subjects, and the dateline is the far one."""
    found = [c for c in tok.children if c.dep_ in deps]
    before = [c for c in found if c.i < tok.i]
    return before[-1] if len(before) > 1 else (found[0] if found else None)


def _prep_objects(tok, *preps):
    """(preposition, object) of the prepositional phrases hanging from tok."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and normalise(c.text) in preps:
            out += [(normalise(c.text), p) for p in c.children if p.dep_ == "pobj"]
    return out


def with_participle(tok) -> bool:
    """"Germany led the way with 40 Russian diplomats expelled": a past participle after "with" (which the tagger
    may take for a past tense), whose subject (as the parser labels it) is its patient, and whose doer is the
    subject of the verb "with" hangs on."""
    return tok.tag_ in ("VBN", "VBD") and tok.dep_ == "pcomp" and normalise(tok.head.text) == "with" and \
        _child(tok, "nsubj") is not None and tok.head.head.pos_ in ("VERB", "AUX")


def _passive(tok) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in tok.children) or with_participle(tok) or \
        shares_passive(tok) or \
        (tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and _child(tok, "nsubj") is None) or \
        (tok.tag_ == "VBD" and tok.dep_ == "acl" and _child(tok, "nsubj", "dobj") is None) or \
        _reduced_passive_clause(tok) or _headline_passive(tok)   # "officials ordered out of X"


def _reduced_passive_clause(tok) -> bool:
    """A participle that opens an adverbial clause of its own, with no subject, object, auxiliary or
    conjunction: "All Iranian diplomats left Britain on Friday, expelled in response to ...", "Expelled in
    1985, Ivanov returned to Moscow". It is passive; the subject of the clause it qualifies is its patient."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and \
        _child(tok, "nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark") is None


def _headline_passive(tok) -> bool:
    """A headline or a line of a list that drops "were": "Four Russians expelled", "RURITANIA: two
    Freedonian diplomats expelled", "Eight diplomats told to leave". An expelling or ordering participle
    whose subject is people (diplomatic staff, or a counted nationality: "Four Russians"), with no object,
    no auxiliary and no clause of its own, is passive; its subject is its patient."""
    if tok.tag_ not in ("VBD", "VBN") or lemma(tok) not in EXPEL | ORDER or \
            any(c.dep_ in ("dobj", "dative", "iobj", "aux", "auxpass", "ccomp", "nsubjpass") and
                any(ch.isalnum() for ch in c.text) for c in tok.children):   # (a list's bullet is no clause)
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not subjects:
        return False
    subject = subjects[-1]   # ("CANADA: Four Russians expelled": the parser may make the list's head a subject too)
    people = lemma(subject).rstrip("s") in PERSONNEL | WEAK_PERSONNEL | STAFF or lemma(subject) in PERSONNEL
    counted_nationals = subject.tag_ == "NNPS" and _child(subject, "nummod") is not None
    return people or counted_nationals


_DECISIONS = frozenset({"decision", "action", "move", "step", "order"})


def _decision_before(verb):
    """"Moscow's action Saturday to expel 25 British diplomats", "the recent decision of the Russian Federation to
    expel": the state whose decision an infinitive right after it (a time between them) carries out, whatever the
    parser hung the infinitive on; None for anything else."""
    if verb.tag_ != "VB" or verb.i < 2 or normalise(verb.doc[verb.i - 1].text) != "to":
        return None
    k = verb.i - 2
    while k > verb.sent.start and (verb.doc[k].ent_type_ in ("DATE", "TIME") or verb.doc[k].dep_ == "npadvmod"
                                   or normalise(verb.doc[k].text) in ("on", "last", "this")):
        k -= 1
    noun = verb.doc[k]
    if noun.dep_ == "pobj" and normalise(noun.head.text) in ("of", "by") and noun.head.head.pos_ == "NOUN" and \
            normalise(noun.head.head.text) in _DECISIONS and noun.pos_ in ("PROPN", "NOUN"):
        return noun   # "the decision of the Russian Federation to expel": who decides, named after the noun
    owner = _child(noun, "poss") if noun.pos_ == "NOUN" and normalise(noun.text) in _DECISIONS else None
    return owner


def verb_read_as_noun(tok) -> bool:
    """A verb of expulsion in the present ("expels") the parser took for a plural noun with the name before it as
    its compound ("Canada expels, or declares ..."), as it may before a comma."""
    first = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.tag_ == "NNS" and lemma(tok) in EXPEL and normalise(tok.text).endswith("s") and first is not None \
        and first.dep_ == "compound" and first.head == tok and first.pos_ == "PROPN"


RAISING_PASSIVES = _set("raising_passives")
RAISING_VERBS, RAISING_ADJECTIVES = _set("raising_verbs"), _set("raising_adjectives")   # "appear to", "is likely to"


def _clause_subject(tok):
    """The subject of tok's clause, climbing through xcomp/conj/pcomp ("retaliated by expelling")."""
    h = tok
    for _ in range(4):
        s = _child(h, "nsubj") or (_child(h, "poss") if h.tag_ == "VBG" else None)   # "our sending 25 ... home"
        if s is not None:
            return s
        if h.dep_ == "acl" and h.tag_ == "VBG" and h.head.pos_ in ("NOUN", "PROPN"):
            return h.head   # "the Soviets kicking 5 of our people out"
        if h.dep_ == "acl" and h.head.pos_ == "PROPN" and h.head.dep_ == "conj" and h.head.head.pos_ in ("VERB", "AUX"):
            return h.head   # "... expelled three diplomats and Rwanda, which borders Burundi, retaliated by ordering
            # out": a name joined to a verb is a clause's subject whose verb the parser hung on it as a relative
        bracketed = name_before_aside(h)
        if bracketed is not None:
            return bracketed   # "... and Rwanda, which borders Burundi, retaliated by ordering out": the parser hung
            # the verb on the people (or on the name) as a reduced relative; the name before the aside is its subject
        if h.dep_ == "acl" and _child(h.head, "poss") is not None:
            return _child(h.head, "poss")   # "Russia's decision to expel"
        stranded = _stranded_subject(h)
        if stranded is not None:   # "Australia expelled two Russian diplomats and Canada has expelled four ..."
            return stranded
        decided = _decision_before(h)
        if decided is not None:   # "responses to Moscow's action Saturday to expel": the parser hung the infinitive
            return decided        # on an earlier noun or on the main verb
        if h == tok and with_doer(h) is not None:
            return with_doer(h)   # "with the United States alone, expelling 48 Russians": the name after "with"
        if h.dep_ == "acomp" and h.head != h and normalise(h.text) in CONTROLLING_ADJECTIVES:
            h = h.head   # "Ruritania is ready to expel", "stands prepared to expel": the subject of the verb the
            continue     # adjective completes does what its infinitive says
        if h.dep_ in ("xcomp", "conj", "pcomp", "advcl") or (h.dep_ == "prep" and h.head != h):
            via, below, h = h.dep_, h, h.head
            if h.dep_ == "prep":
                h = h.head
            if h.dep_ == "pobj" and h.pos_ == "NOUN" and normalise(h.text) in COMPOUND_PREPOSITION_NOUNS and \
                    h.head.dep_ == "prep" and h.head.head.pos_ in ("VERB", "AUX"):
                h = h.head.head   # "In addition to expelling 60 ..., the United States closed ...": the noun of a
                # preposition of several words is no clause; its verb's subject does it
            if via == "xcomp" and _child(h, "nsubj") is None and _child(h, "nsubjpass") is not None and \
                    _child(below, "auxpass") is None and {lemma(h), h.lemma_.lower()} & RAISING_PASSIVES:
                return _child(h, "nsubjpass")   # "Freedonia is expected to respond by expelling", "is said to have
                # expelled": the passive's subject is the one its infinitive tells of
            continue
        if h.dep_ in ("acl", "relcl") and _child(h, "nsubjpass") is None:
            return None
        return None
    return None


def _stranded_subject(verb):
    """"Australia expelled two Russian diplomats and Canada has expelled four": a verb joined to an earlier one
    (or hung on it, or beside it on a verb of saying, as a clause of its own) with no subject of its own, right
    after "and <name>" that the parser hung as one more conjunct on the earlier verb's object ("diplomats and
    Canada"): that name is its subject; else None."""
    if verb.dep_ not in ("conj", "advcl", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
        return None
    lead = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")]
    start = min([c.i for c in lead] + [verb.i])
    if start == 0:
        return None
    name = verb.doc[start - 1]
    for _ in range(3):   # "and the government of Graustark has expelled": from the last word to the phrase's head
        if name.dep_ not in ("pobj", "prep", "compound", "poss") or name.head.i >= name.i:
            break
        name = name.head
    name_start = name.left_edge.i
    if name_start == 0 or normalise(verb.doc[name_start - 1].text) not in ("and", ",", "while", "whereas"):
        return None
    if name.dep_ != "conj" or name.head.i >= name.i or name.head == verb.head or \
            not (name.pos_ == "PROPN" or (name.pos_ == "NOUN" and normalise(name.text) in HOME_BODIES)):
        return None
    earlier = name.head   # the verb whose object the parser gave the name to
    while earlier.pos_ not in ("VERB", "AUX") and earlier.head != earlier:
        earlier = earlier.head
    return name if earlier.pos_ in ("VERB", "AUX") and earlier != verb and earlier.i < name.head.i else None


FIRST = {"we", "our", "us", "i", "my", "ours"}


def _first(tok) -> bool:
    """A first-person pronoun ("we", "our"), not the abbreviation "US"."""
    return normalise(tok.text) in FIRST and tok.tag_ in ("PRP", "PRP$") and not tok.text.isupper() or \
        tok.text in ("I", "My") and tok.tag_ in ("PRP", "PRP$")


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def name_before_hyphen(tok):
    """"Adel al-Jubeir", "Ri Yong-ho": a name the tokenizer split at its hyphen, the parser hanging the first half
    (with the titles before it) on the verb beside the second half: that first half, else None."""
    i = tok.i
    if tok.pos_ != "PROPN" or i < 2 or tok.doc[i - 1].text not in _HYPHENS or tok.doc[i - 1].whitespace_ or \
            tok.doc[i - 2].whitespace_:
        return None
    first = tok.doc[i - 2]
    return first if first.pos_ == "PROPN" and first.head == tok.head and first != tok.head else None
