"""A person's initials the model left out before the surname are the first words of the name.

Wire copy and Eastern European agency copy name leaders by an initial and the surname ("T. Zhivkov received
the delegation", "H. Kohl met the French President", "L. Brezhnev said"); the model often marks only the surname,
so the name the text writes is cut, and the resolver never reads the initial that says which of a surname's
bearers is meant (gazetteer/initialled_names.py: "T. Zhivkov" is Todor Zhivkov, "K. Zhivkov" no one known).
The span of a person's name reaches back over initials right before it when

- they are capitals each with its stop ("T.", "H.D."), one space before the name, and
- no other name holds them ("U.S. Reagan", a state's initials, stays apart), nor are they a style of address
  ("M. Tindemans" is Monsieur Tindemans, "H.E." His Excellency), and
- the name does not open a sentence (initials closing the sentence before: "... in Washington, D.C. Reagan").
"""
from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Doc

INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


PERSON_LABELS = ("PERSON", "GAZ:PERSON")


def with_initials_before(doc: Doc, spans: Sequence[tuple], others: Sequence[tuple], styles=frozenset()) -> list:
    """`spans` ((start, end, label) token spans: the model's, or the gazetteer's surnames) with each person's
    span reaching back over initials right before it that no other span (of `spans` or `others`) holds, nor a
    style of address (`styles`, tokens: "M. Tindemans", "H.E. Tengku Ahmad": transforms/foreign_styles.py,
    styles_of_address.py)."""
    taken = {t for s, e, _ in list(spans) + list(others) for t in range(s, e)} | set(styles)
    out = []
    for s, e, lab in spans:
        if lab in PERSON_LABELS and s > 0 and s - 1 not in taken and INITIALS.match(doc[s - 1].text) \
                and doc[s].idx - doc[s - 1].idx == len(doc[s - 1].text) + 1 and not doc[s].is_sent_start \
                and doc[s].is_title:
            s -= 1
        out.append((s, e, lab))
    return out
