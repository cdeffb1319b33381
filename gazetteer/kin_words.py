"""A relative introduced by a kin word after a possessive: "Raif Badawi and his sister Samar", "Skripal's
daughter, Yulia", "his 33-year-old daughter Yulia". Readers name such a relative by a given name and the
surname of the person whose relative they are (transforms/shared_surnames.py), and take a bare surname said
later for that person, not the relative (gazetteer/named_before.py)."""
from __future__ import annotations

import re

KIN_WORDS = ("daughter", "son", "sister", "brother", "father", "mother", "wife", "husband", "widow")
# the words right before a relative's name end in a kin word after "his", "her" or a possessive
KIN_BEFORE = re.compile(r"(?:\b(?:his|her)|['\u2019]s)\s+(?:(?:elder|older|younger|eldest|youngest|late|[0-9]+-year-old)\s+)?"
                        r"(?:" + "|".join(KIN_WORDS) + r")\s*,?\s*$", re.IGNORECASE)
