"""Who expels (step 4): an ordered tuple of small named rules, the first that answers wins."""
from __future__ import annotations

import re
from typing import NamedTuple, Optional, Sequence, TYPE_CHECKING

from transforms.records import Mention
from transforms.expulsions import lexicon as lex
from transforms.expulsions.counts import is_number_token
from transforms.expulsions.list_lead_ins import lead_in_state
from transforms.expulsions.mentions import country_of, names_a_mission, state_of
from transforms.expulsions.speakers import SPEECH
from transforms.expulsions.targets import Target, opened_clause
from transforms.expulsions.tokens import MentionSpan, Unit, is_boundary, match_personnel
from transforms.expulsions.triggers import Trigger, aux_index

if TYPE_CHECKING:
    from transforms.expulsions.context import ArticleContext


class Actor(NamedTuple):
    state: Optional[str]
    text: Optional[str]
    aggregate: bool = False
    others: tuple = ()        # further (state, text) of a coordinated subject: "Sweden and Norway each expelled"
    mention: Optional[Mention] = None   # the mention that names the actor, when one does
    open: bool = False        # a state the sentence leaves unnamed: the article's story may name it


_NON_SUBJECT_PREPOSITIONS = lex.LOCATIVE_PREPOSITIONS | {"with", "against", "for", "about", "over", "than", "like"}
_AGENT_WORDS = {",", "and", "the", "other", "more", "than", "several", "many", "some", "all", "any", "partner",
                "allied", "western", "european", "nato", "eu", "dozen", "government", "governments", "its",
                "their", "a", "number", "of", "various", "fellow", "friendly"}

def _usable(unit: Unit, span: MentionSpan, exclude: Sequence[tuple[int, int]], expelled: Optional[str]) -> Optional[str]:
    state, strong = state_of(span.mention)
    if state is None or state == expelled:
        return None
    if names_a_mission(span.mention):
        return None   # "informed the U.S. Embassy in Baghdad that ...": a mission named whole expels no one
    if any(lo <= span.i < hi for lo, hi in exclude):
        return None
    tokens = unit.tokens
    if _plural_of_states(unit, span):
        return None
    p = span.i - 1
    while p >= 0 and (tokens[p].norm in ("the", "\"", "\u201c") or
                      tokens[p].norm in (",", "and", "or") and p - 1 in unit.span_at):
        p = unit.span_at[p - 1].i - 1 if tokens[p].norm in (",", "and", "or") else p - 1   # back over a list of names
    if p >= 0 and tokens[p].norm in _NON_SUBJECT_PREPOSITIONS:
        return None   # "in Britain", "relations with the United States, Britain and Germany": no subject
    if p >= 1 and tokens[p].norm == "of" and tokens[p - 1].norm in lex.RELATION_NOUNS:
        return None   # "Groucho, an ally of Graustark, warned he would ...": the other side of a relation
    if span.j < len(tokens):
        nxt = tokens[span.j].norm
        if nxt in lex.MISSION_WORDS or match_personnel(tokens, span.j, len(tokens)) is not None:
            return None   # "the US Embassy", "U.S. ambassador Heather Hodges": a nationality
        if nxt in lex.MEMBER_NOUNS or nxt in lex.STATE_PLURALS:
            return None   # "Lithuania has been the only EU country to expel": "EU" says which group, not who
    return state


def _plural_of_states(unit: Unit, span: MentionSpan) -> bool:
    """"14 EU Member States", "the member States": the plural common noun taken for a name ("the States"), after
    "member" or a number; many states, no one of them."""
    if span.mention.text.lower() not in lex.STATE_PLURALS or span.i == 0:
        return False
    before = unit.tokens[span.i - 1].norm
    return before in lex.MEMBER_NOUNS or is_number_token(before)


def agent_phrase(unit: Unit, a: int) -> Optional[Actor]:
    """Parse "by Poland", "from the U.S., Britain and other countries" starting at token a."""
    tokens = unit.tokens
    states: list[tuple[str, MentionSpan]] = []
    aggregate = False
    words = 0
    k = a
    while k < len(tokens) and words < 16:
        span = unit.span_at.get(k)
        if span is not None:
            state, _ = state_of(span.mention)
            if state is not None:
                states.append((state, span))
            elif tokens[span.j - 1].norm in lex.STATE_PLURALS:
                aggregate = True   # a name of no state that is many: "by Western Governments", "by the Gulf States"
            k = span.j
            words += 1
            continue
        w = tokens[k].norm
        if w in lex.STATE_PLURALS:
            aggregate = True
        elif w in ("any", "several", "many", "various"):
            aggregate = True
        elif not (w in _AGENT_WORDS or is_number_token(w)):
            break
        k += 1
        words += 1
    distinct = {s for s, _ in states}
    if aggregate or len(distinct) > 1:
        return Actor(None, " ".join(t.text for t in tokens[a:k]), True)
    if states:
        return Actor(states[0][0], states[0][1].mention.text)
    return None


def _subject_aggregate(unit: Unit, trig: Trigger, actor_end: int) -> bool:
    """"A total of 29 Western countries deported", "both countries expelled"."""
    tokens = unit.tokens
    lo = max(actor_end, trig.i - 8, 0)
    for p in range(lo, trig.i):
        if p in unit.span_at:
            continue
        if is_boundary(tokens, p):
            lo = p + 1
    window = [tokens[p].norm for p in range(lo, trig.i) if p not in unit.span_at or _plural_of_states(unit, unit.span_at[p])]
    if any(w in lex.STATE_PLURALS for w in window) or " as a whole " in f" {' '.join(window)} ":
        return True   # "The European Union as a whole expelled": a sum over its members
    if any(w in lex.JOINT_WORDS and (k + 1 >= len(window) or window[k + 1] != "with") for k, w in enumerate(window)):
        return True   # "the 27 members have together expelled more than 400": one sum over several states
    before_total = unit.total_at is not None and unit.total_at < unit.char_of(trig.i)
    return before_total or "each other" in " ".join(t.norm for t in tokens[trig.i:trig.i + 8]) or _worldwide(tokens, trig)


def _worldwide(tokens, trig: Trigger) -> bool:
    """"30 Soviet representatives were expelled world wide in 1981": right after the trigger, the whole world as
    where it happened; no one state expelled them all."""
    return lex.worldwide_first(t.norm for t in tokens[trig.j:trig.j + 5])


def _direct_subject(unit: Unit, trig: Trigger) -> Optional[MentionSpan]:
    """A state mention right before the trigger ("Norway sent", "Norway has expelled")."""
    p = trig.i - 1
    while p >= 0 and trig.i - p <= 3 and p not in unit.span_at:
        if unit.tokens[p].norm not in lex.BE_AUX | lex.ADVERB_FILLERS | {"has", "have", "had", "will"}:
            return None
        p -= 1
    span = unit.span_at.get(p)
    return span if span is not None and state_of(span.mention)[1] else None


def _coordinated_subject(unit: Unit, last: MentionSpan, expelled: Optional[str]) -> list[tuple[str, str]]:
    """"France, Germany and Italy" ending at `last`: every (state, text), in text order."""
    group = [(state_of(last.mention)[0], last.mention.text)]
    i = last.i
    while i > 0:
        p = i - 1
        if p > 0 and unit.tokens[p].norm == "the":
            p -= 1   # "Belgium, Ireland and the Czech Republic"
        if unit.tokens[p].norm not in (",", "and"):
            break
        while p > 0 and unit.tokens[p].norm in (",", "and", "the"):
            p -= 1
        span = unit.span_at.get(p)
        if span is None:
            break
        state, strong = state_of(span.mention)
        if not state or not strong or state == expelled:
            break
        group.insert(0, (state, span.mention.text))
        i = span.i
    return group


def _state_left(unit: Unit, trig: Trigger, expelled: Optional[str]) -> Optional[Actor]:
    k = trig.j
    if k + 1 < len(unit.tokens) and unit.tokens[k].norm == "out" and unit.tokens[k + 1].norm == "of":
        k += 2   # "to get out of Britain"
    if k < len(unit.tokens) and unit.tokens[k].norm == "the":
        k += 1
    span = unit.span_at.get(k)
    if span is None or span.mention.entity_type not in ("COUNTRY", "CITY"):
        return None
    state, _ = state_of(span.mention)
    return Actor(state, span.mention.text) if state and state != expelled else None


class ActorQuery(NamedTuple):
    """What every actor rule reads: the unit, the trigger, who is expelled, the article."""
    unit: Unit
    trig: Trigger
    target: Target
    context: "ArticleContext"
    previous: Sequence[Unit]

    @property
    def expelled(self) -> Optional[str]:
        return self.target.country

    @property
    def exclude(self) -> list[tuple[int, int]]:
        return [(self.target.lo, self.target.hi)]

    @property
    def after(self) -> int:
        """First token after the trigger and its object."""
        return self.target.hi if self.target.hi > self.trig.j else self.trig.j


def possessive_actor(q: ActorQuery) -> Optional[Actor]:
    """"Russia's expulsion of", "Russia's unprovoked decision to expel"."""
    unit, trig, tokens = q.unit, q.trig, q.unit.tokens
    if trig.kind != "noun":
        return None
    for p in range(trig.i - 1, max(trig.i - 4, -1), -1):
        span = unit.span_at.get(p)
        if span is not None and tokens[span.j - 1].possessive:
            state, _ = state_of(span.mention)
            if state and state != q.expelled:
                return Actor(state, span.mention.text)
            return None
        if tokens[p].norm not in lex.NP_MODIFIERS and not tokens[p].norm.isalpha():
            return None
    return None


def agent_actor(q: ActorQuery) -> Optional[Actor]:
    """Agent phrase: "were expelled by Poland", "the expulsion of ... from Great Britain"."""
    unit, trig, tokens = q.unit, q.trig, q.unit.tokens
    if not (trig.passive or trig.kind == "noun"):
        return None
    for p in range(q.after, min(q.after + 4, len(tokens))):
        if tokens[p].norm in ("by", "from"):
            agent = agent_phrase(unit, p + 1)
            if agent is not None and (agent.aggregate or agent.state != q.expelled):
                return agent
            return None
        if tokens[p].norm in (",", ";", "."):
            return None
    return None


def left_state_passive(q: ActorQuery) -> Optional[Actor]:
    """"were ordered to leave Poland": the state they must leave."""
    if q.trig.kind != "leave" or not q.trig.passive:
        return None
    return _state_left(q.unit, q.trig, q.expelled)


def recall_subject(q: ActorQuery) -> Optional[Actor]:
    """"Norway sent two Norwegian diplomats home": the subject is the expelled state, a recall."""
    direct = _direct_subject(q.unit, q.trig)
    if direct is not None and q.expelled is not None and state_of(direct.mention)[0] == q.expelled:
        return Actor(q.expelled, direct.mention.text)
    return None


def subject_actor(q: ActorQuery) -> Optional[Actor]:
    """The nearest state mention before the trigger in the same clause (for a passive, after a word that opens a
    clause of time or grounds: targets.opened_clause); several coordinated states ("France, Germany and Italy each
    expelled") or a plural of states mark an aggregate."""
    unit, trig, tokens = q.unit, q.trig, q.unit.tokens
    best = None
    clause = unit.clause_start[min(trig.i, len(tokens) - 1)]
    opened = opened_clause(tokens, clause, aux_index(tokens, trig.i)) if trig.passive and trig.i < len(tokens) \
        else None   # "Freedonia recalled its ambassador after two diplomats were expelled": the state before "after"
    # acts in the clause before, it is not the passive's agent
    for span in unit.spans:
        if span.j > trig.i:
            break
        if span.j < len(tokens) and unit.clause_start[span.j] != clause or opened is not None and span.i < opened:
            continue
        state = _usable(unit, span, q.exclude, q.expelled)
        if state is None or trig.passive and _owner_before_passive(unit, span.i):
            continue
        if not trig.passive and trig.kind != "noun" and span.mention.end_char <= unit.dateline_end:
            continue   # "BRUSSELS - NATO expelled seven ...": the dateline is no subject of an active verb
        _, strong = state_of(span.mention)
        if not strong and (trig.i - span.j > 3 or any(t.norm in SPEECH for t in tokens[span.j:trig.i])):
            continue   # "Chris Collins said the expulsion of 35 ... was a political move": a person out of office
            # who speaks of it is no one who expels
        best = (state, span)
    if best is None:
        return None
    agg = _subject_aggregate(unit, trig, best[1].j)
    group = _coordinated_subject(unit, best[1], q.expelled)
    if len(group) > 1 and not agg:
        each = any(t.norm == "each" for t in tokens[max(0, trig.i - 2):min(len(tokens), q.target.hi + 2)])
        if each or q.target.count is None:
            (first, first_text), rest = group[0], tuple(group[1:])
            return Actor(first, first_text, False, rest)
        return Actor(None, " and ".join(t for _, t in group), True)
    return Actor(None if agg else best[0], best[1].mention.text, agg, mention=best[1].mention)


def _owner_before_passive(unit: Unit, i: int) -> bool:
    """"Five diplomats from France and three from Italy were expelled": a state after "from" or "of" in the
    subject of a passive says whose the people are; it never expels. So does every state of a list of names
    after it ("Diplomats of the USA, Britain and Turkey Personae Non Gratae": Britain and Turkey too)."""
    tokens = unit.tokens
    p = i - 1
    while p >= 0 and (tokens[p].norm == "the" or tokens[p].norm in (",", "and") and p - 1 in unit.span_at):
        p = unit.span_at[p - 1].i - 1 if tokens[p].norm in (",", "and") else p - 1   # back over a list of names
    return p >= 0 and tokens[p].norm in ("from", "of")


def nationality_subject(q: ActorQuery) -> Optional[Actor]:
    """A nationality acting as its state: "the British expelled", "the Russian government"."""
    norp = _norp_subject(q.unit, q.trig, q.exclude, q.expelled)
    if norp is not None and _after_another_nationality(q.unit, norp):
        return Actor(None, None, True)   # "the Kuwaiti and Bahraini governments expelled five ...": two states, a sum
    return Actor(country_of(norp.mention), norp.mention.text, mention=norp.mention) if norp is not None else None


def _after_another_nationality(unit: Unit, span) -> bool:
    """The nationality closes a list of nationalities of other states ("the Kuwaiti and Bahraini ...")."""
    tokens = unit.tokens
    if span.i < 2 or tokens[span.i - 1].norm not in ("and", ",", "&"):
        return False
    prev = unit.span_at.get(span.i - 2)
    return prev is not None and prev.mention.entity_type == "NORP" and country_of(prev.mention) not in (
        None, country_of(span.mention))


def aggregate_subject(q: ActorQuery) -> Optional[Actor]:
    """"A total of 29 Western countries deported", "both countries expelled each other's"."""
    return Actor(None, None, True) if _subject_aggregate(q.unit, q.trig, 0) else None


def left_state(q: ActorQuery) -> Optional[Actor]:
    """"... told to leave Poland" (active voice): the state they must leave."""
    return _state_left(q.unit, q.trig, q.expelled) if q.trig.kind == "leave" else None


def from_agent_active(q: ActorQuery) -> Optional[Actor]:
    """"deporting Russian diplomats from the UK"."""
    unit, trig, tokens = q.unit, q.trig, q.unit.tokens
    if trig.passive or trig.kind == "noun":
        return None
    for p in range(q.after, min(q.after + 3, len(tokens))):
        if tokens[p].norm == "from":
            agent = agent_phrase(unit, p + 1)
            if agent is not None and (agent.aggregate or agent.state != q.expelled):
                return agent
    return None


def government_body(q: ActorQuery) -> Optional[Actor]:
    """"the Foreign Ministry said it would expel two Japanese diplomats": an unnamed government
    body speaks for a state the sentence does not name; the event is left actor-less here (rather
    than "it" taken as the state of the previous sentence) and the article's story may complete it
    (story.complete_from_story)."""
    if q.trig.passive or not _government_body_before(q.unit, q.trig):
        return None
    return Actor(None, None, open=True)


def retaliation_open(q: ActorQuery) -> Optional[Actor]:
    """"In response, ... have been declared persona non grata": the other side of the row, which
    only the article's story can name (story.complete_from_story)."""
    if q.expelled and any(cue in q.unit.text.lower() for cue in lex.RETALIATION_CUES):
        return Actor(None, None, open=True)
    return None


def pronoun_previous(q: ActorQuery) -> Optional[Actor]:
    """"it expelled ...": the state of the previous sentence."""
    trig, tokens = q.trig, q.unit.tokens
    if trig.kind not in ("verb", "leave", "revoke", "png", "cut") or trig.passive:
        return None
    before = [t.norm for t in tokens[max(0, trig.i - 4):trig.i]]
    if not any(w in ("it", "they") for w in before) or not q.previous:
        return None
    for prev in reversed(q.previous[-2:]):
        for span in reversed(prev.spans):
            state = _usable(prev, span, [], q.expelled)
            if state is not None and state_of(span.mention)[1]:
                return Actor(state, span.mention.text)
    return None


def list_lead_in(q: ActorQuery) -> Optional[Actor]:
    """"Syria decided to take the following measures:" + "1- Considering the U.S. Ambassador ... persona non
    grata.": an item of a list that opens with its act is done by the one state that acts in the line leading
    into the list (list_lead_ins.py)."""
    if q.trig.passive:
        return None
    pieces = [(u.start, u.text) for u in q.previous] + [(q.unit.start, q.unit.text)]
    mentions = [s.mention for u in q.previous for s in u.spans]
    m = lead_in_state(pieces, len(q.previous), q.unit.char_of(q.trig.i), mentions, q.expelled)
    return Actor(state_of(m)[0], m.text, mention=m) if m is not None else None


# The actor rules in the order they are tried; the first that answers wins.
_REACTIONS = re.compile(r"^(?:condemn|denounc|deplor|protest|criticis|criticiz|regrett?|slamm?|decr[iy]|lament|"
                        r"welcom|applaud|prais|hail)\w*$")


_DECISION_NOUNS = frozenset({"decision", "move", "step", "order"})


def reaction_object(q: ActorQuery) -> Optional[Actor]:
    """"France condemned the expulsion of 12 Ukrainian diplomats", "Syldavia welcomed the decision to expel the
    Freedonian diplomats": an expulsion (or a decision to expel) that is the object of a reaction to it was not done
    by the one who reacts; with no agent named ("by Russia", "Ruritania's decision", read before), no actor."""
    tokens, k = q.unit.tokens, q.trig.i - 1
    if q.trig.kind == "verb" and k >= 1 and tokens[k].norm == "to" and tokens[k - 1].norm in _DECISION_NOUNS:
        k -= 2   # "welcomed the decision to expel": what the reaction is to is the decision
    elif q.trig.kind != "noun":
        return None
    while k >= 0 and tokens[k].norm in ("the", "this", "that", "these", "recent", "latest"):
        k -= 1
    return Actor(None, None) if k >= 0 and _REACTIONS.match(tokens[k].norm) else None


ACTOR_RULES = (
    possessive_actor,
    agent_actor,
    reaction_object,
    left_state_passive,
    recall_subject,
    subject_actor,
    nationality_subject,
    aggregate_subject,
    left_state,
    from_agent_active,
    government_body,
    pronoun_previous,
    list_lead_in,
    retaliation_open,
)


def find_actor(unit: Unit, trig: Trigger, target: Target, context: "ArticleContext",
               previous: Sequence[Unit]) -> Actor:
    """The expelling state: the first of ACTOR_RULES that answers, else no actor."""
    q = ActorQuery(unit, trig, target, context, previous)
    for rule in ACTOR_RULES:
        actor = rule(q)
        if actor is not None:
            return actor
    return Actor(None, None)


_SUBJECT_GAP = lex.BE_AUX | lex.ADVERB_FILLERS | {"has", "have", "had", "will", "retaliated", "responded",
                                                 "by", "then", "on", "monday", "tuesday", "wednesday", "thursday",
                                                 "friday", "saturday", "sunday", "swiftly"}


def _norp_subject(unit: Unit, trig: Trigger, exclude, expelled: Optional[str]) -> Optional[MentionSpan]:
    """A nationality acting as its state: "the British expelled", "the Russian government
    expelled", "the Russians retaliated by expelling". Never a nationality of people
    ("Russian diplomats expelled ...")."""
    tokens = unit.tokens
    clause = unit.clause_start[min(trig.i, len(tokens) - 1)]
    for span in reversed(unit.spans):
        if span.j > trig.i or span.i < clause:
            continue
        m = span.mention
        if m.entity_type != "NORP" or not country_of(m) or country_of(m) == expelled:
            continue
        if any(lo <= span.i < hi for lo, hi in exclude):
            continue
        nxt = tokens[span.j].norm if span.j < len(tokens) else ""
        if match_personnel(tokens, span.j, len(tokens)) is not None or nxt in lex.MISSION_WORDS:
            return None
        if nxt in lex.GOVERNMENT_NOUNS and trig.i - span.j <= 6:
            return span
        gap = [t.norm for t in tokens[span.j:trig.i]]
        before = tokens[span.i - 1].norm if span.i > 0 else ""
        if all(w in _SUBJECT_GAP for w in gap) and (before == "the" or m.text.endswith("s")):
            return span
        return None
    return None


def _government_body_before(unit: Unit, trig: Trigger) -> bool:
    """An unnamed government body ("the Foreign Ministry") is the subject before the trigger."""
    tokens = unit.tokens
    clause = unit.clause_start[min(trig.i, len(tokens) - 1)]
    pre = " ".join(t.norm for t in tokens[clause:trig.i])
    for body in lex.GOVERNMENT_BODY:
        at = pre.find(body)
        if at < 0:
            continue
        k = clause + len(pre[:at].split())   # token index where the body starts
        if any(p in unit.span_at for p in range(max(clause, k - 2), k)):
            return False   # "the Russian Foreign Ministry": named, handled by its mention
        return True
    return False
