"""Royal and religious titles that sources write into a person's name ("Ayatollah Ruhollah Khomeini",
"Sheikh Jabir al Ahmad al Jabir al Sabah", "Prince Norodom Sihanouk").

News text names these people with or without the title, and the recogniser drops a title in front
of a name (transforms/royal_titles.py), so the name index also holds every such name without its
leading titles: "Ruhollah Khomeini", "Jabir al Ahmad al Jabir al Sabah". A title followed by one
word only stays ("Sheikh Hasina", "Ayatollah Khamenei"): one word alone is no name to index.
"""
from __future__ import annotations

# Words that are only titles before a name (lower case).
ROYAL_TITLES = frozenset({
    "king", "queen", "prince", "princess", "sheikh", "sheik", "shaikh", "shaykh", "sheikha", "ayatollah",
    "ayatullah", "hojatoleslam", "emperor", "empress", "crown", "grand", "majesty", "royal", "highness",
})
# ... of which these only before another title ("Crown Prince", "Grand Ayatollah", "Grand Duke"; the form of
# address "His Majesty King Hassan", "Her Royal Highness Princess Anne" with "His" left out of the name).
ONLY_BEFORE_A_TITLE = frozenset({"crown", "grand", "majesty", "royal", "highness"})
# Titles that are also given names ("Emir Kusturica", "Amir Peretz", "Prince Sultan"; the Omani style
# "Sayyid Badr bin Hamad", as against "Sayyid Qutb").
NAME_OR_TITLE = frozenset({"emir", "amir", "sultan", "imam", "sayyid", "sayyida"})


def untitled_key(key: str) -> str:
    """A normalised person's name without its leading royal or religious titles ("ayatollah ruhollah
    khomeini" -> "ruhollah khomeini"); "" when it has none, or when fewer than two words would be left."""
    words = key.split()
    k = 0
    while k < len(words) - 1 and (words[k] in ROYAL_TITLES - ONLY_BEFORE_A_TITLE
                                  or words[k] in ONLY_BEFORE_A_TITLE and words[k + 1] in ROYAL_TITLES
                                  or words[k] in NAME_OR_TITLE and words[k + 1] in ROYAL_TITLES):
        k += 1
    return " ".join(words[k:]) if k and len(words) - k >= 2 else ""
