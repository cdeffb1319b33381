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


def heads_a_company_name(doc, start: int, end: int) -> bool:
    """Is the name at tokens [start, end) followed by capitalised words that end a company's or an
    institution's name ("Boston" in "First Boston Corp", "Hudson Bay" in "Hudson Bay Gold Inc")?"""
    i = end
    while i < len(doc) and i - end < MAX_WORDS_AFTER:
        tok = doc[i]
        if tok.lower_ in _JOINING_WORDS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            i += 1
            continue   # "S.G. Warburg and Co Inc", "Marks & Spencer Group"
        if not (tok.is_alpha and tok.text[:1].isupper()):
            return False
        if tok.lower_ in COMPANY_WORDS:
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


def inside_longer_name(doc, start: int, end: int) -> bool:
    """Is the town at tokens [start, end), which only the gazetteer found, a piece of a longer name the
    model missed: a capitalised name word right before or after it ("Union Texas", "Highland Valley",
    "Madison Square Garden")?"""
    return (start > 0 and _name_word(doc[start - 1])) or (end < len(doc) and _name_word(doc[end]))
