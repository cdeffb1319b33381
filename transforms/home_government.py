"""A bare "the Government" in a parliament's debate is the government of that parliament's state; so is
any other body of a state named there without its state that the resolver left unknown ("We are stopping
the training of Iraqis on Ministry of Defence courses" in a Commons statement: Britain's).

A Lords debate ("My Lords, the Government have expelled 23 Russian diplomats") names its house by
its forms of address (`debate_address` in transforms/expulsions/patterns/grammar.json): its "the
Government" is the speaker's own. Without such a sign the resolver takes the state the article
names most, which in a debate about expelling Russians is Russia: a confident wrong link, and an
expulsion lost when the expelling government comes out as the expelled one. (A telegram's bare
"the Government" is often its host's, so the other signs of a home state are not used here, but for a
debate's headings naming its speakers with their constituency or office in brackets.)
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.home_bodies import body_of_state, generic_name
from gazetteer.model import normalise
from gazetteer.resolution import Resolution
from transforms.expulsions.headings import _is_heading
from transforms.expulsions.parse_words import DEBATE_ADDRESS


_ANY_ADDRESS = re.compile(r"\b(?:" + "|".join(re.escape(address) for address in DEBATE_ADDRESS) + r")\b")


def debate_state(text: str) -> Optional[str]:
    """The state whose parliament's debate `text` is, by its forms of address, if it is one."""
    lowered = " ".join(normalise(text).split())
    if not _ANY_ADDRESS.search(lowered):
        return None   # no form of address at all (most texts), in one pass over the text instead of one per form
    return next((code for address, code in DEBATE_ADDRESS.items() if re.search(r"\b" + re.escape(address) + r"\b",
                                                                               lowered)), None)


def speakers_house_state(text: Optional[str], raw_mentions: Sequence, answers: Sequence) -> Optional[str]:
    """The one state that the speakers of a debate act for, named in its headings as a parliament's record
    names them, with a constituency or an office in brackets beside the name ("Mr Geoffrey Howe (East
    Surrey)", "The Secretary of State for Foreign and Commonwealth Affairs (Sir Geoffrey Howe)"): a
    minister in office on the date. A press conference's "SECRETARY SMITH:" says no parliament."""
    if not text:
        return None
    states = {a.acts_for for m, a in zip(raw_mentions, answers)
              if a is not None and a.entity_type == "PERSON" and a.acts_for and _is_heading(text, m)
              and re.match(r"[ \t]*[()]", text[m.end_char:m.end_char + 3])}
    return states.pop() if len(states) == 1 else None


def home_body_named_bare(gaz, text: str, home: str):
    """The body of the state `home` that `text` names without naming its state ("Ministry of Defence"),
    if the gazetteer has exactly one called so (`home_bodies.body_of_state`); a name of one word or in
    lower case is no body's."""
    generic = generic_name(text)
    if len(generic.split()) < 2 or not generic[:1].isupper():
        return None
    return body_of_state(gaz, generic, home)


def home_government(gaz, home: Optional[str], queries: Sequence, answers: list) -> list:
    """`answers` with every bare "Government" made the government of `home` (a state's code: see
    `debate_state`), if known."""
    if gaz is None or not home:
        return answers
    body = None
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is not None and a.entity_id is None and normalise(generic_name(q.text)) != "government":
            other = home_body_named_bare(gaz, q.text, home)
            if other is not None:
                out[i] = Resolution("ORG", other.entity_id, other.canonical_name, other.country_code,
                                    other.acts_for, None, 0.85, "context")
            continue
        if a is None or normalise(generic_name(q.text)) != "government":
            continue
        body = body or body_of_state(gaz, "Government", home)
        if body is None:
            return answers
        if a.entity_id != body.entity_id:
            out[i] = Resolution("ORG", body.entity_id, body.canonical_name, body.country_code, body.acts_for,
                                None, 0.85, "context")
    return out
