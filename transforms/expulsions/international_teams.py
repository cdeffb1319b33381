"""People placed in a team, a mission or a force of an organisation of many states serve that organisation, not a
state's mission.

    international_unit(tok, states) -> bool
    task_mission(tok) -> bool
    on_international_team(noun, states) -> bool

"Ruritania expelled six Freedonians on a U.N. weapons inspection team", "is expelling Freedonian peacekeepers from
the United Nations mission", "expelled six Freedonian monitors of the ceasefire mission" (a mission named by a task no
embassy does: task_mission): the people are that organisation's inspectors, observers or troops, whatever their
nationality; putting them out is another sense than a state's expulsion of another's diplomats (international_staff.py
reads the organisation's own staff: "two employees of the UN refugee agency"). A unit whose name also names a state
("Freedonia's UN mission", "the Freedonian U.N. mission") is that state's mission to the organisation, and so is one
the organisation's name only follows ("the Freedonian mission to the United Nations"). A diplomatic noun keeps its
people diplomats wherever they serve ("two Freedonian diplomats at the UN mission"): people.diplomatic asks this only of
other nouns and of people named by nationality alone, and of the latter only for a unit that is no mission word
("twelve Freedonians at the United Nations mission" may be Freedonia's own mission there).
"""
from __future__ import annotations

from transforms.expulsions.parse_words import INTERNATIONAL_BODIES, TASK_MISSIONS, normalise

# the prepositions that place people in a unit: "on a team", "with the mission", "from the force", "in the commission"
_PLACING = ("on", "in", "with", "from", "of", "at")


def task_mission(tok) -> bool:
    """Is `tok` a mission named by a task no state's embassy does (patterns/grammar.json task_missions): "the
    ceasefire mission", "a peacekeeping mission", "the OSCE monitoring mission"? Its people are monitors or troops,
    whoever sent them; "the trade mission", "the observer mission" are a state's own."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and normalise(c.text) in TASK_MISSIONS
               for c in tok.children)


def international_unit(tok, states) -> bool:
    """Is `tok` a unit ("team", "mission", "force") whose own name, the words up to it, names an organisation of
    many states (patterns/grammar.json international_bodies) and no state: "a U.N. weapons inspection team", "the
    United Nations mission", but not "Freedonia's U.N. mission" or "the Freedonian UN mission"?"""
    words = [t for t in tok.subtree if t.i <= tok.i]
    if any(t.dep_ == "poss" or (states.at(t) or ("", ""))[1] in ("state", "norp", "capital") for t in words):
        return False
    text = f" {' '.join(t.text for t in words)} "
    return any(f" {body} " in text for body in INTERNATIONAL_BODIES)


def on_international_team(noun, states, missions=None) -> bool:
    """Does a phrase right after `noun` place its people in an international unit ("six Freedonians on a U.N.
    weapons inspection team"): a preposition of placing that hangs on the noun, or on the verb it is the object of
    when it follows the noun's own phrase (the parser hangs "on a team" on "expelling")? `missions`, when given,
    says which units are mission words: those are not read here (people.diplomatic reads a mission in the noun's own
    phrase)."""
    places = [p for p in noun.children if p.dep_ == "prep" and normalise(p.text) in _PLACING]
    head = noun.head
    if noun.dep_ == "dobj":
        places += [p for p in head.children if p.dep_ == "prep" and normalise(p.text) in _PLACING and
                   p.i == noun.right_edge.i + 1]
    for p in places:
        for obj in p.children:
            if obj.dep_ == "pobj" and not (missions is not None and missions(obj)) and international_unit(obj, states):
                return True
    return False
