"""A place or a person's name at the head of a company's or an institution's name names neither.

"First Boston Corp", "Chase Manhattan Corp", "Phoenix Financial Corp", "Hudson Bay Gold Inc",
"Bethlehem Steel", "the Jamestown Foundation", "Rice University": the model often misses such a
name, and the gazetteer then finds the town or the person inside it ("Boston", "Phoenix",
"Bethlehem", "Rice") and links a mention no reader would make. A town, state or person is part of
a longer name when the capitalised words right after it reach a word that only a company or an
institution's name ends with ("Corp", "Inc", "Foundation", "University", "Steel").
"""
from __future__ import annotations

# words that end a company's or an institution's name, lower case, without a full stop
COMPANY_WORDS = frozenset({
    "corp", "corporation", "inc", "incorporated", "co", "cos", "ltd", "plc", "llc", "lp", "bancorp",
    "bancshares", "holdings", "industries", "enterprises", "group", "financial", "securities", "capital",
    "partners", "associates", "petroleum", "steel", "gold", "mines", "mining", "minerals", "resources",
    "airlines", "airways", "motors", "chemical", "chemicals", "pharmaceuticals", "electronics",
    "utilities", "savings", "insurance", "network", "foundation", "institute", "university", "college",
})
_JOINING_WORDS = frozenset({"and", "&"})   # words that join a company's name, not end it
MAX_WORDS_AFTER = 4   # "Madison Square Garden Corp": at most this many capitalised words to the company word


def _line_wrap(tok) -> bool:
    """A line break inside a sentence of wrapped text (a wire story, a telegram): no paragraph, no indent."""
    return tok.is_space and tok.text.strip(" ") == "\n" and not tok.text.startswith("\n  ")


def heads_a_company_name(doc, start: int, end: int) -> bool:
    """Is the name at tokens [start, end) followed by capitalised words that end a company's or an
    institution's name ("Boston" in "First Boston Corp", "Hudson Bay" in "Hudson Bay Gold Inc"), the
    line wrapped inside it or not ("Nippon Telegraph / and Telephone Corp")?"""
    i, wraps = end, 0
    while i < len(doc) and i - end - wraps < MAX_WORDS_AFTER:
        tok = doc[i]
        if _line_wrap(tok):
            i, wraps = i + 1, wraps + 1
            continue
        if tok.lower_ in _JOINING_WORDS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            i += 1
            continue   # "S.G. Warburg and Co Inc", "Marks & Spencer Group"
        word = tok.lower_[:-1] if tok.lower_.endswith(".") else tok.lower_   # "Inc." ending a sentence keeps its stop
        if not (word.isalpha() and tok.text[:1].isupper()):
            return False
        if word in COMPANY_WORDS:
            return True
        i += 1
    return False


# words that stand beside a place's name without making it another name ("Northern Texas", "Paris Tuesday")
_BESIDE_A_PLACE = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
    "upper", "lower", "inner", "outer", "metropolitan", "downtown", "governor", "mayor", "police", "city",
    "province", "state", "county", "region", "district", "consulate", "embassy", "legation", "mission", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
})


def _name_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop and tok.lower_ not in _BESIDE_A_PLACE


# words of an institution named "<word> of <place>": the place is part of its name ("Bank of England")
_OF_PLACE_HEADS = COMPANY_WORDS | {"bank", "church", "museum", "school", "academy", "exchange"}


def _institution_of(doc, before: int) -> bool:
    """Do tokens ending at `before` read "Bank of" / "University of": a capitalised institution word and "of"?"""
    return before >= 1 and doc[before].lower_ == "of" and doc[before - 1].text[:1].isupper() \
        and doc[before - 1].lower_ in _OF_PLACE_HEADS


def inside_longer_name(doc, start: int, end: int) -> bool:
    """Is the town at tokens [start, end), which only the gazetteer found, a piece of a longer name the
    model missed: a capitalised name word right before or after it, across a wrapped line or not
    ("Union Texas", "Highland Valley", "Madison Square Garden"), a bank's "First" ("First Boston, Salomon
    Brothers and ..."), or an institution's word and "of" before it ("the Bank of England", "University of Bath")?"""
    before = start - 1 - (start > 1 and _line_wrap(doc[start - 1]))
    after = end + (end + 1 < len(doc) and _line_wrap(doc[end]))
    return (before >= 0 and (_name_word(doc[before]) or _institution_of(doc, before) or doc[before].text == "First")) \
        or (after < len(doc) and _name_word(doc[after]))


def _opens_name(doc, start: int) -> bool:
    """Does no name word (nor a name word and "of") stand right before token `start` ("Saga" of "shares of
    Saga Petroleum", not "Boston" of "First Boston Corp" or "Tokyo" of "Bank of Tokyo Ltd")?"""
    def name_word(i):
        return i >= 0 and doc[i].is_alpha and doc[i].text[:1].isupper()
    return not name_word(start - 1) and not (start > 1 and doc[start - 1].lower_ in ("of", "&") and name_word(start - 2))


def company_heads(doc, spans) -> frozenset:
    """The texts of the towns among `spans` ((start, end, label) with "GAZ:CITY") that open a company's
    name somewhere in the article ("Saga" of "Saga Petroleum"): the same word alone, as written,
    later ("Saga shares rose") is the company's short name, not the town."""
    return frozenset(doc[s:e].text for s, e, lab in spans
                     if lab == "GAZ:CITY" and _opens_name(doc, s) and heads_a_company_name(doc, s, e))


# nouns of a company's capital and structure: "Piedmont shares", "Piedmont's stock", "the Saga unit"
SHARE_WORDS = frozenset({"shares", "share", "stock", "stockholders", "shareholders", "holders", "stake", "common",
                         "preferred", "debentures", "notes", "unit", "subsidiary"})


def company_noun_after(doc, end: int) -> bool:
    """Does a noun of a company's shares or structure follow the name ending at token `end`, after an
    "'s" or not ("Piedmont shares", "Piedmont's stock")?"""
    i = end
    while i < len(doc) and (doc[i].is_space or doc[i].lower_ in ("'s", "\u2019s")):
        i += 1
    return i < len(doc) and doc[i].lower_ in SHARE_WORDS
