"""An order to leave that a state gives its own people is a withdrawal of its own staff, no expulsion.

    orders_own_people_out(kind, actor, actor_tok, whose, states) -> bool

"The State Department ordered non-emergency embassy personnel to leave Yemen", "Freedonia told its diplomats to leave
Ruritania within a week": the one who orders (a state, or a body or person that acts for it) and the people told to
leave are of the same state. A state does not expel its own diplomats; it pulls them out (security, a war, a break in
relations), and the state they leave has expelled no one. The state left is then only where they were, never the one
who expels (arguments_leave.py takes a state left as the doer only when the orderer names none). An orderer of another
state ("Ruritania ordered the Freedonian diplomats to leave"), an orderer no state is read for ("the authorities") and
people of no state read stay as they were.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import States
from transforms.expulsions.phrase_states import state_of_phrase


def orders_own_people_out(kind: str, actor: Optional[str], actor_tok, whose: Optional[str], states: States) -> bool:
    """Is the trigger an order to leave (`kind` "leave") whose orderer, named in the sentence (`actor_tok`) as the
    state `actor`, gives it to that state's own people (`whose`)?"""
    if kind != "leave" or actor_tok is None or actor is None or whose is None:
        return False
    if whose.startswith("@") or actor.startswith("@"):
        return False   # "we", a pronoun, "the ambassador" named before: whose they are the story says, not this sentence
    return actor == whose and state_of_phrase(actor_tok, states) == whose
