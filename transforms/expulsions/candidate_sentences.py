"""Which sentences of an article are worth parsing: a cheap test on the raw text (`CANDIDATE`), a word that starts
with the stem of a trigger word of patterns/grammar.json, a phrase of leaving ("to get out"), an idiom ("showed them
the door"), a reply in kind ("returned the favour"), a following ("followed suit"), a cut in a mission's staff;
and where the parser's text of such a sentence starts, after its dateline or a chronology's label (`parse_start`).

story.grammar_events and events.texts_to_parse read these.
"""
from __future__ import annotations

import functools
import re

from gazetteer.alternation import words_pattern
from transforms.datelines import dateline_length
from transforms.expulsions import grammar as g
from transforms.expulsions.follows import FOLLOW, FOLLOW_WITH, follow_pattern
from transforms.expulsions.lexicon import standard_words
from transforms.expulsions.parse_words import BARE_LEAVE, HOST_CUT, IN_KIND_OBJECTS, LEAVE_PHRASES, PATTERNS
from transforms.expulsions.years import label_length

# sentences worth parsing: a cheap test on the raw text, a word that starts with the stem of a trigger
# word of patterns/grammar.json (faster than the hand-written pattern it replaces: 5,600 news sentences
# in 0.22 s against 0.38 s)
_HOST_CUT = r"(?:" + "|".join(re.escape(w.rstrip("e")) for w in sorted(HOST_CUT)) + \
    r")\w*\b(?=[^.;\n]{0,80}\b(?:embass|diplomat|mission|consulat|legation))(?=[^.;\n]{0,120}\b(?:by\s+\w|from\s+\w+\s+to\s+\w))"
_IDIOMS = r"(?:show|shown|showed|showing)\s+(?:[\w'\u2019.-]+\s+){0,5}?the\s+door\b|(?:marching\s+(?:orders|papers)|walking\s+papers)\b|" \
    r"(?:give|gave|given|giving|gives)\s+(?:[\w'\u2019.-]+\s+){0,5}?the\s+(?:heave-ho|boot)\b|" \
    r"(?:not|n't|no\s+longer|never)\s+(?:be\s+)?(?:welcome|acceptable|persona\s+grata)\b|" \
    r"(?:permit|allow)\w*\s+(?:[\w'\u2019]+\s+){0,3}?to\s+(?:remain|stay|return)\b|" \
    r"(?:bar|ban|prevent|prohibit|forbid)\w*\s+(?:[\w'\u2019]+\s+){0,4}?from\s+returning\b"
# ("will no longer be welcome", "no longer be permitted to remain", "barred nine others from returning")
# "to get out", "to pack their bags": a verb and, right after it or two words on, what makes it leaving
_LEAVE_PHRASES = r"(?:" + "|".join(re.escape(verb) for verb in sorted(LEAVE_PHRASES)) + r")\w*\s+(?:[\w'\u2019]+\s+){0,2}?(?:" + \
    "|".join(re.escape(w) for w in sorted(set().union(*LEAVE_PHRASES.values()))) + r")\b"
_RETURNED = r"(?:" + "|".join(re.escape(verb) for verb in sorted(IN_KIND_OBJECTS)) + r")\w*\s+(?:the|their|its)\s+(?:" + \
    "|".join(re.escape(w) for w in sorted(set().union(*IN_KIND_OBJECTS.values()))) + r")\b"   # "returned the favour"
# Every alternative below opens with a letter (the hand-written ones here and in follows.follow_pattern, and the
# data's words, checked): a match's first character is then a word character, and "not after a word character"
# is the same test as \b in front of it, which Python's re runs in about 60 % of the time (6,753 news sentences:
# 0.22 -> 0.13 s; the same sentences found). With a data word that opens otherwise, \b stays.
_DATA_WORDS = [*g.trigger_stems(), *BARE_LEAVE, *LEAVE_PHRASES, *HOST_CUT, *FOLLOW, *FOLLOW_WITH, *IN_KIND_OBJECTS,
               *(form for form, verb in PATTERNS["irregular"].items() if verb in FOLLOW)]
_WORD_START = r"(?<!\w)" if all(w[:1].isalpha() for w in _DATA_WORDS) else r"\b"
# (the trigger stems as one prefix tree, gazetteer/alternation.py: one try per letter at each word instead of one per
# stem; only whether a sentence holds a match is asked, and the same sentences hold one: 5,931 Reuters sentences
# 0.133 -> 0.102 CPU s, the same 383 found)
CANDIDATE = re.compile(_WORD_START + "(?:" + "|".join([words_pattern(g.trigger_stems())] +
                                             [r"to\s+" + re.escape(w) + r"\b" for w in sorted(BARE_LEAVE)] +
                                             [_LEAVE_PHRASES] +
                                             [r"in\s+kind\b", r"reciprocat", follow_pattern(), _HOST_CUT, _IDIOMS,
                                              _RETURNED, r"persons\s+non\s+grat"]) + ")",
                       re.I)
# ("Moscow responded in kind", "Germany reciprocated", "Latvia followed suit", "reduce the staff of the Russian
# embassy by 35", "became persons non grata" as some translations write it)


@functools.lru_cache(maxsize=256)   # asked ahead for a batch's articles (events.texts_to_parse), then here
def parse_start(text: str, unit) -> int:
    """Where the parser's text of a unit starts: after its dateline ("BRUSSELS - ") or the dated label of a
    chronology's item ("* March 1989: "), neither of which is part of the sentence's grammar."""
    return unit[0] + (dateline_length(text[unit[0]:unit[1]]) or label_length(text, unit[0]))


def candidate_units(text: str, units: tuple) -> tuple:
    """The indexes of the units with a trigger candidate (CANDIDATE): the sentences worth parsing."""
    return tuple(k for k, (a, b) in enumerate(units) if CANDIDATE.search(standard_words(text[a:b])))
