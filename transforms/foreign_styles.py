"""Foreign styles of address before a surname in English copy: the person is the surname after the style.

Wire and parliamentary English writes foreign people with their own styles: "M. Pineau said", "MM. Chirac and
Poniatowski", "Mme. Veil", "Mlle. Dupont", "Herr Schmidt", "Signora Iotti", "Senhora Pintasilgo". The model
reads "M." as an initial ("M. Tindemans" a person, or a people), "Mme" as a person of its own and "MM" as a
body. `foreign_styled_names` makes the name words after such a style a person's span.

French "M." is also an initial, so it is a style only where the text shows it: not inside a name ("Arthur M.
Goldberg"), not in a text that writes other people with initials ("A. Brown, M. Smith and K. Green"), and
followed by a surname alone ("M. Couve de Murville"), not by two names ("M. Smith Jones", "M. Keith
Goodrich": someone's initial; "M. Pierre Werner" is left to the model, which finds the name). A style inside a quotation in another language is no style of English copy
("Herr Direktor, wir wollen Arbeit").
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from gazetteer.given_name_sex import sex_of_given_name
from transforms.name_spans import NAME_PARTICLES, PERSON_TITLES

# Styles only a person takes, as written (lower case, no final dot): one person's, or several people's
# ("MM. Chirac and Poniatowski": each name after it is a person).
STYLES = frozenset({"mme", "mlle", "monsieur", "madame", "mademoiselle", "herr", "frau", "fräulein", "fraulein",
                    "signor", "signora", "signorina", "señor", "senor", "señora", "senora", "señorita", "senorita",
                    "senhor", "senhora", "senhorita"})
PLURAL_STYLES = frozenset({"mm", "mmes", "messieurs", "signori", "señores", "senores"})
# A style that is also a single initial: a style only where the text shows it is one.
INITIAL_STYLES = frozenset({"M."})
_INITIAL = re.compile(r"^[A-Z]\.$")
_QUOTES = ('"', "“", "”", "„")
_MAX_NAME_WORDS = 3


def _key(text: str) -> str:
    return text.lower().rstrip(".")


def _name_word(text: str) -> bool:
    return (len(text) >= 2 and text[0].isupper() and text.replace("-", "").replace("'", "").replace("’", "").isalpha()
            and text.lower() not in STOP_WORDS and _key(text) not in PERSON_TITLES)


def _particle(text: str) -> bool:
    """"de", "von", or a word with an elided particle ("d'Estaing")."""
    return text in NAME_PARTICLES or bool(re.match(r"^[dl][’']\w", text))


def _style_at(doc: Doc, i: int) -> int:
    """The number of tokens of a style at token i ("Mme" and its dot: 2), 0 for none."""
    tok = doc[i]
    if not tok.text[:1].isupper() or not (_key(tok.text) in STYLES | PLURAL_STYLES or tok.text in INITIAL_STYLES):
        return 0
    if tok.text in INITIAL_STYLES:
        return 1
    return 2 if i + 1 < len(doc) and doc[i + 1].text == "." and not tok.text.endswith(".") else 1


def _surname_end(doc: Doc, s: int) -> int:
    """The end of the name words from token s: capitalised words, particles between them ("Couve de Murville",
    "Giscard d'Estaing"); s when there are none."""
    e = s
    while e < len(doc) and e - s < _MAX_NAME_WORDS and (e == s or "\n" not in doc[e - 1].whitespace_):
        if _name_word(doc[e].text) or e > s and _particle(doc[e].text):
            e += 1
        else:
            break
    while e > s and _particle(doc[e - 1].text) and not doc[e - 1].text[:1].isupper() and "'" not in doc[e - 1].text \
            and "’" not in doc[e - 1].text:
        e -= 1
    return e


def _capitalised_run(doc: Doc, s: int, e: int) -> bool:
    """Are tokens s..e two capitalised words or more with no particle between them ("Smith Jones")?"""
    return e - s >= 2 and all(_name_word(doc[k].text) for k in range(s, e))


def _initials_used(doc: Doc) -> bool:
    """Does the text write people with initials other than "M." before a surname ("A. Brown", "K. Green")?"""
    return any(_INITIAL.match(t.text) and t.text not in INITIAL_STYLES and t.i + 1 < len(doc)
               and _name_word(doc[t.i + 1].text) for t in doc)


def _in_foreign_quote(doc: Doc, i: int, english: frozenset) -> bool:
    """Does token i stand in a quotation of the sentence whose lower-case words are mostly not English?"""
    if not english:
        return False
    sent = doc[i].sent
    marks = [t.i for t in sent if t.text in _QUOTES]
    before = [k for k in marks if k < i]
    if len(before) % 2 == 0:
        return False
    after = [k for k in marks if k > i]
    end = after[0] if after else sent.end
    words = [t.lower_ for t in doc[before[-1] + 1:end] if t.is_alpha and t.text.islower()]
    return len(words) >= 2 and sum(w in english for w in words) * 2 < len(words)


def _after_a_name(doc: Doc, i: int) -> bool:
    """Is token i inside a name: after an initial or a capitalised word that is no title and no function word
    ("Arthur M. Goldberg"; "Minister M. Pineau", "But M. Pineau" are no names)?"""
    if i == 0:
        return False
    before = doc[i - 1]
    if "\n" in before.whitespace_:
        return False
    return bool(_INITIAL.match(before.text)) or before.text[:1].isupper() and before.is_alpha \
        and _key(before.text) not in PERSON_TITLES and before.lower_ not in STOP_WORDS


def _more_name_after(doc: Doc, s: int, e: int) -> bool:
    """After "M.": two names without a particle between them ("M. Smith Jones", "M. Keith Goodrich"), a
    capitalised word right after the surname ("M. Brian O'Shaugnessy"), or a given name for the surname."""
    return _capitalised_run(doc, s, e) or e < len(doc) and doc[e].text[:1].isupper() \
        or bool(sex_of_given_name(doc[s].text))


def styled_surnames(doc: Doc, english: frozenset = frozenset()) -> list:
    """(style start, name start, name end) of each surname after a foreign style of address."""
    initials = None
    found = []
    i = 0
    while i < len(doc):
        n = _style_at(doc, i)
        if not n or _in_foreign_quote(doc, i, english):
            i += 1
            continue
        s = i + n
        e = _surname_end(doc, s) if s < len(doc) else s
        if e == s:
            i += 1
            continue
        if doc[i].text in INITIAL_STYLES:
            if initials is None:
                initials = _initials_used(doc)
            if initials or _after_a_name(doc, i) or _more_name_after(doc, s, e):
                i += 1
                continue   # "John M. Smith", "A. Brown, M. Smith", "M. Smith Jones", "M. Keith Goodrich"
        found.append((i, s, e))
        if _key(doc[i].text) in PLURAL_STYLES:   # "MM. Chirac and Poniatowski": the names after "and" too
            k = e
            while k + 1 < len(doc) and doc[k].lower_ in ("and", ",", "et"):
                e2 = _surname_end(doc, k + 1)
                if e2 == k + 1:
                    break
                found.append((k, k + 1, e2))
                k = e2
            e = k
        i = e
    return found


def foreign_styled_names(doc: Doc, spans: list, english: frozenset = frozenset()) -> tuple:
    """`spans` ((start, end, label) of the model's names) with each surname after a foreign style as a person's
    span of its own (the model's spans over the style or the name give way), and the styles' tokens, which no
    other name may take ("Mme" is no person, "MM" no body)."""
    styled = styled_surnames(doc, english)
    if not styled:
        return spans, set()
    kept = [(s, e, lab) for s, e, lab in spans if not any(s < end and a < e for a, _, end in styled)]
    styles = {t for a, s, _ in styled for t in range(a, s) if doc[t].lower_ not in ("and", ",", "et")}
    return sorted(kept + [(s, e, "PERSON") for _, s, e in styled]), styles
