"""Several expulsions in one sentence (step 8): elliptical lists ("Poland has deported 45 Russian
diplomats, Germany 40, ... and Luxembourg one"), list and table heads ("NORWAY, DENMARK: Two Iranian
diplomats expelled from each country"), "respectively", reciprocal expulsions ("five of each
other's diplomats") and nationality lists after the verb ("two Latvian diplomats, one Estonian and
three Lithuanian ones", "three diplomats of Chile and one of Peru") and counts in brackets ("France (4),
Poland (4) and Italy (2) ordered Russian envoys out")."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.counts import number_ending_at, number_starting_at
from transforms.expulsions.mentions import country_of, state_of
from transforms.expulsions.parse_words import OTHER_SENSE
from transforms.expulsions.tokens import MentionSpan, Unit, match_personnel


def split_elliptical_list(unit: Unit, after: int) -> list[tuple[MentionSpan, int]]:
    """(state mention, count) for each "<State> <number>" item that follows token `after` (after a comma,
    "and" or a colon)."""
    tokens = unit.tokens
    n = len(tokens)
    items = []
    s = after
    while s < n:
        if tokens[s].norm in (",", ":"):
            s += 1
            if s < n and tokens[s].norm == "and":
                s += 1
        elif tokens[s].norm == "and":
            s += 1
        else:
            break
        span = unit.span_at.get(s) or (unit.span_at.get(s + 1) if s < n and tokens[s].norm == "the" else None)
        if span is None or span.i < s - 1 or state_of(span.mention)[0] is None or not state_of(span.mention)[1]:
            break
        num = number_starting_at(tokens, span.j, n)
        if num is None:
            break
        value, end = num
        if end < n and tokens[end].norm not in (",", "and", ".", ";", "each", "respectively"):
            break
        items.append((span, value))
        s = end
    return items


# ---------------------------------------------------------------------------------
# The other shapes news gives several expulsions in one sentence. Each returns the events
# as (expelling, expelled, count, at_least, actor text) items, or None when its shape is
# not there; events.py uses the first that answers instead of the single reading.
# ---------------------------------------------------------------------------------
Item = tuple  # (expelling, expelled, count, at_least, actor_text)
_BULLETS = {"•", "-", "*", "–", "·", "—"}
_HEADS_OF_MISSION = {"ambassadors", "ambassador"}
_RECIPROCAL = (("each", "other's"), ("each", "other", "'s"), ("one", "another's"), ("one", "another", "'s"),
               ("the", "other's"), ("the", "other", "'s"))


def _state_at(unit: Unit, k: int, strong: bool = True) -> Optional[MentionSpan]:
    span = unit.span_at.get(k)
    if span is None or span.i != k:
        return None
    state, is_strong = state_of(span.mention)
    return span if state is not None and (is_strong or not strong) else None


def subject_states(unit: Unit, before: int) -> list[MentionSpan]:
    """The coordinated states right before token `before` ("Latvia, Estonia and Lithuania"),
    allowing "have", "each", "both" and adverbs between them and the verb."""
    tokens = unit.tokens
    k = before - 1
    while k >= 0 and k not in unit.span_at and (tokens[k].norm in ("have", "has", "had", "each", "both", "all",
                                                                    "also", "now", "then", "jointly")
                                                 or (tokens[k].norm.endswith("ly") and tokens[k].text.islower())):
        k -= 1   # (an adverb: "Ghana and Togo repeatedly expelled each other's diplomats")
    spans: list[MentionSpan] = []
    while k >= 0:
        span = unit.span_at.get(k)
        if span is None or state_of(span.mention)[0] is None or not state_of(span.mention)[1]:
            break
        spans.insert(0, span)
        k = span.i - 1
        if k < 0 or tokens[k].norm not in (",", "and"):
            break
        k -= 1
        if k >= 0 and tokens[k].norm == "and":   # ", and"
            k -= 1
    return spans


def heading_list(unit: Unit, trig_i: int, count: Optional[int], at_least: bool,
                 expelled: Optional[str]) -> Optional[list[Item]]:
    """"NORWAY, DENMARK: Two Iranian diplomats expelled from each country", "• UNITED STATES: 12
    Cuban diplomats expelled": the states before a colon at the start of the line each expelled the
    count that follows (several states need "each" to say so)."""
    tokens = unit.tokens
    k = 1 if tokens and tokens[0].norm in _BULLETS else 0
    spans = []
    while k < trig_i:
        span = _state_at(unit, k)
        if span is not None:
            spans.append(span)
            k = span.j
        elif tokens[k].norm in (",", "and", "&") and spans:
            k += 1
        else:
            break
    if not spans or k >= trig_i or tokens[k].norm != ":":
        return None
    if len(spans) > 1 and not any(t.norm == "each" for t in tokens[k:]):
        return None
    if _own_subject(unit, spans, k + 1, trig_i, expelled):
        return None   # "DHAKA: Venezuela has expelled Panama's ambassador": a dateline, the sentence names who acts
    return [(state_of(s.mention)[0], expelled, count, at_least, s.mention.text) for s in spans
            if state_of(s.mention)[0] != expelled]


def _own_subject(unit: Unit, heading: list[MentionSpan], lo: int, hi: int, expelled: Optional[str]) -> bool:
    """A state of its own between the colon and the verb, neither a heading's nor the expelled one."""
    named = {state_of(s.mention)[0] for s in heading} | {expelled}
    return any(span.i >= lo and span.j <= hi and state_of(span.mention)[1] and state_of(span.mention)[0] not in named
               for span in unit.spans)


def respectively(unit: Unit, trig_i: int, trig_j: int, target_hi: int,
                 expelled: Optional[str]) -> Optional[list[Item]]:
    """"Poland and Germany expelled 45 and 40 Russian diplomats respectively": the n-th state
    expelled the n-th count."""
    tokens = unit.tokens
    if not any(t.norm == "respectively" for t in tokens[target_hi:target_hi + 4]):
        return None
    states = subject_states(unit, trig_i)
    counts = []
    k = trig_j
    while k < target_hi:
        num = number_starting_at(tokens, k, target_hi)
        if num is not None:
            counts.append(num[0])
            k = num[1]
        else:
            k += 1
    if len(states) < 2 or len(counts) != len(states):
        return None
    return [(state_of(s.mention)[0], expelled, c, False, s.mention.text) for s, c in zip(states, counts)]


def reciprocal(unit: Unit, trig_i: int, trig_j: int, count: Optional[int]) -> Optional[list[Item]]:
    """"Spain and Iran have expelled five of each other's diplomats": two events, one each way."""
    tokens = unit.tokens
    words = [t.norm for t in tokens[trig_j:trig_j + 8]]
    found = next(((trig_j + i, r) for i in range(len(words)) for r in _RECIPROCAL if tuple(words[i:i + len(r)]) == r),
                 None)
    if found is None:
        return None
    at, phrase = found
    if count is None and at >= 2 and tokens[at - 1].norm == "of":   # "five of each other's diplomats"
        num = number_ending_at(tokens, at - 2, trig_j)
        count = num[0] if num is not None else None
    head = at + len(phrase)
    if count is None and head < len(tokens) and tokens[head].norm in _HEADS_OF_MISSION:
        count = 1   # "expelled each other's ambassadors": a state has one ambassador in the other
    states = subject_states(unit, trig_i) or _pair_before(unit, trig_i)
    if len(states) != 2:
        return None
    (a, a_text), (b, b_text) = [(state_of(s.mention)[0], s.mention.text) for s in states]
    if a == b:
        return None
    return [(a, b, count, False, a_text), (b, a, count, False, b_text)]


_EXCHANGE = ("tit", "for", "tat")   # "Ukraine, Russia expel diplomats in tit-for-tat moves"


def each_the_other(unit: Unit, trig_i: int, count: Optional[int], expelled: Optional[str]) -> Optional[list[Item]]:
    """"Ukraine, Russia expel diplomats in tit-for-tat moves", "Ghana and Togo exchanged expulsions of diplomats",
    "Pakistan and India each expelled a diplomat": two states, a tit-for-tat told after the verb or a verb of exchange
    before the noun, and people of no nationality: each state expelled the other's. A bare "each" before the verb
    says how many each state expelled, not whose: each state with no one's people, for the parse and the story to
    say whose (the other's only where the story names no other people expelled: trigger_readings.py, story.py).
    ("Latvia and Estonia each expelled a Russian diplomat" names whose; it is no exchange.)"""
    if expelled is not None:
        return None
    start = trig_i
    while start > 0 and unit.tokens[start - 1].norm in _TRADED:
        start -= 1   # "Ghana and Togo exchanged expulsions of diplomats"
    states = subject_states(unit, start)
    after = [t.norm for t in unit.tokens[trig_i:] if t.norm not in ("-", "\u2010", "\u2011")]
    exchange = any(tuple(after[k:k + 3]) == _EXCHANGE or after[k] in ("tit-for-tat", "titfortat")
                   for k in range(len(after)))
    exchange = exchange or start < trig_i
    if len(states) != 2 or not (exchange or any(t.norm == "each" for t in unit.tokens[states[-1].j:trig_i])):
        return None
    (a, a_text), (b, b_text) = [(state_of(s.mention)[0], s.mention.text) for s in states]
    if a == b:
        return None
    if not exchange:   # a bare "each": how many, not whose
        return [(a, None, count, False, a_text), (b, None, count, False, b_text)]
    return [(a, b, count, False, a_text), (b, a, count, False, b_text)]


_TRADED = {"exchanged", "exchange", "traded", "trade", "swapped", "mutual", "reciprocal"}   # "A and B exchanged expulsions"
_BOTH_WAYS = {"tit-for-tat", "titfortat", "mutual", "reciprocal", "exchange", "exchanged", "traded", "swapped"}


def between_pair(unit: Unit, trig_i: int, trig_j: int, count: Optional[int],
                 expelled: Optional[str]) -> Optional[list[Item]]:
    """"tit-for-tat expulsions of four diplomats on each side between Britain and Russia", "the mutual
    expulsion of diplomats between A and B": an expulsion noun told as an exchange, whose "between A and
    B" (in its clause) names the two sides, and people of no nationality: each state expelled the
    other's. Without a word of exchange "between" says only where the row was."""
    if expelled is not None:
        return None
    tokens = unit.tokens
    end = next((k for k in range(trig_j, len(tokens)) if tokens[k].norm in (";", ".")), len(tokens))
    words = [t.norm for t in tokens[unit.clause_start[trig_i]:end]]
    both_ways = any(w in _BOTH_WAYS for w in words) or any(tuple(words[k:k + 3]) == _EXCHANGE for k in range(len(words))) \
        or any(tuple(words[k:k + 2]) in (("each", "side"), ("both", "sides"), ("either", "side"))
               for k in range(len(words)))
    at = next((k for k in range(trig_j, end) if tokens[k].norm == "between"), None)
    if not both_ways or at is None:
        return None
    first = _state_at(unit, at + 1)
    second = _state_at(unit, first.j + 1) if first is not None and first.j < end and tokens[first.j].norm == "and" else None
    if second is None:
        return None
    (a, a_text), (b, b_text) = [(state_of(s.mention)[0], s.mention.text) for s in (first, second)]
    if a == b:
        return None
    return [(a, b, count, False, a_text), (b, a, count, False, b_text)]


_PAIR_SUBJECTS = {"each", "both", "countries", "sides", "governments", "states", "nations", "neighbours", "neighbors"}


def _pair_before(unit: Unit, trig_i: int) -> list[MentionSpan]:
    """"Ties between Ruritania and Freedonia collapsed as each expelled the other's ambassador", "the two
    countries expelled each other's diplomats": a subject that is the pair itself, not a state, names
    the one pair of coordinated states ("A and B") the sentence gives before it."""
    tokens = unit.tokens
    k = trig_i - 1
    while k >= 0 and tokens[k].norm in ("have", "has", "had", "also", "then", "now", "later", "jointly"):
        k -= 1
    if k < 0 or tokens[k].norm not in _PAIR_SUBJECTS:
        return []
    pairs = []
    for i in range(k):
        first = _state_at(unit, i)
        if first is None or first.j + 1 >= k or tokens[first.j].norm != "and":
            continue
        second = _state_at(unit, first.j + 1)
        if second is not None:
            pairs.append([first, second])
    return pairs[0] if len(pairs) == 1 else []


def nationality_items(unit: Unit, after: int, actor: Optional[str]) -> list[Item]:
    """Further groups after the first object: "two Latvian diplomats, one Estonian and three
    Lithuanian ones", "three diplomats of Chile and one of Peru"."""
    tokens = unit.tokens
    n = len(tokens)
    items: list[Item] = []
    s = after
    while s < n and tokens[s].norm in (",", "and"):
        s += 1
        if s < n and tokens[s].norm == "and":
            s += 1
        num = number_starting_at(tokens, s, n)
        if num is None:
            break
        value, k = num
        if k < n and tokens[k].norm == "of" and _state_at(unit, k + 1, strong=False) is not None:
            span = unit.span_at[k + 1]      # "one of Peru"
            code = country_of(span.mention) or state_of(span.mention)[0]
        elif unit.span_at.get(k) is not None and unit.span_at[k].i == k \
                and unit.span_at[k].mention.entity_type == "NORP":
            span = unit.span_at[k]          # "one Estonian", "three Lithuanian ones"
            code = country_of(span.mention)
        else:
            break
        end = span.j
        if end < n and tokens[end].norm in OTHER_SENSE:
            break   # "two Russian diplomats and three German businessmen": no diplomats
        if end < n and (tokens[end].norm in ("ones", "one") or match_personnel(tokens, end, n) is not None):
            end += 1 if tokens[end].norm in ("ones", "one") else match_personnel(tokens, end, n)[0]
        if code is None or code == actor:
            break
        items.append((actor, code, value, False, None))
        s = end
    return items


def _bracket_count(unit: Unit, k: int) -> Optional[tuple[int, int]]:
    """(count, index after the closing bracket) for "(4)", "(four)", "(13 diplomats)", "(4 persons)" at token k."""
    tokens = unit.tokens
    n = len(tokens)
    if k >= n or tokens[k].norm != "(":
        return None
    num = number_starting_at(tokens, k + 1, n)
    if num is None:
        return None
    value, end = num
    if end < n and tokens[end].norm != ")":
        personnel = match_personnel(tokens, end, n)
        end = end + personnel[0] if personnel is not None else end + (tokens[end].norm in ("persons", "people", "person"))
    return (value, end + 1) if end < n and tokens[end].norm == ")" else None


def bracket_counts(unit: Unit, expelled: Optional[str]) -> Optional[list[Item]]:
    """"France (4), Poland (4) and Italy (2) ordered Russian envoys out", "Others expelling Russian
    diplomats: Canada (4), Ukraine (13), Albania (2)": a list of at least two states, each with its
    count in brackets right after it, says how many each expelled. Only one unbroken list (items
    joined by commas, "and" or semicolons) counts; a lone "Poland (38 million people)" is no list."""
    tokens = unit.tokens
    n = len(tokens)
    best: list[Item] = []
    run: list[Item] = []
    k = 0
    while k < n:
        span = _state_at(unit, k)
        if span is None and tokens[k].norm == "the":
            span = _state_at(unit, k + 1)
        bracket = _bracket_count(unit, span.j) if span is not None else None
        if bracket is None:
            if run and tokens[k].norm in (",", "and", ";"):
                k += 1
                continue
            best, run = max(best, run, key=len), []
            k += 1
            continue
        state = state_of(span.mention)[0]
        if state != expelled:
            run.append((state, expelled, bracket[0], False, span.mention.text))
        k = bracket[1]
    best = max(best, run, key=len)
    return best if len(best) >= 2 else None


def colon_list(unit: Unit, trig_j: int, expelled: Optional[str]) -> Optional[list[Item]]:
    """"Lithuania, Latvia and Estonia each expelled Russian diplomats: Lithuania three, Latvia one and
    Estonia one": a colon after the expulsion opens a list of at least two "<State> <number>" items,
    each the count that state expelled."""
    tokens = unit.tokens
    colon = next((k for k in range(trig_j, len(tokens)) if tokens[k].norm == ":"), None)
    if colon is None:
        return None
    items = split_elliptical_list(unit, colon)
    if len(items) < 2:
        return None
    return [(state_of(span.mention)[0], expelled, value, False, span.mention.text) for span, value in items
            if state_of(span.mention)[0] != expelled]
