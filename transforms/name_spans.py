"""Token-level repairs that make a name's span the name a reader would mark.

All of these look at tokens and their spelling only (no tagger, no parser):

* `split_glued_words(nlp)`: the tokenizer also splits words that a source ran
  together with a name ("Mr. Farrasked", "Joan LestorReports", "LORD
  VANSITTARTMy Lords", "HENDERSON)My", "Mr. Fitzroy Maclean(by Private Notice)") so the
  model and the gazetteer see the name on its own, and a dash run onto a closing bracket
  ("(Reuters)–South Sudan said"), which spaCy leaves glued to the word after it.
* `split_citation_marks(nlp)`: a reference mark ends a word, not a piece of it
  ("Canada.[3]" is "Canada", ".", "[3]").
* `strip_titles(doc, start, end)`: a person's span without leading honorifics
  and titles ("Mr. Swingler" -> "Swingler", "Lord Trefgarne" -> "Trefgarne",
  "PM Ardern" -> "Ardern", "FONMIN KYAW SOE" -> "KYAW SOE", "U Ne Win" -> "Ne Win"); a title that *is* the name ("the Marquess of
  Reading") stays.
* `past_title_country(doc, start, end, country_tokens)`: a person's span without the state that ends
  the title before it ("Ambassador to Belarus Karen Stewart" -> "Karen Stewart", "Minister of Foreign
  Affairs of Moldova Mihai Popsoi" -> "Mihai Popsoi").
* `cut_at_paragraph(doc, start, end)`: a person's span ends at a line break
  ("Mr. Luce\\n\\nStrict limits" is Luce) or at a word run into it; the line break of prose
  wrapped at a fixed width ("President Ali\\nKhamenei") is no end.
* `cut_descriptor(doc, start, end, protected)`: an organisation's span ends at its
  last capitalised word ("Xinhua news agency" is Xinhua, "the Basij militia" the
  Basij, "the Polish Mission in" the Polish Mission), unless that word is a
  country or a nationality ("the Russian government" stays whole).
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from transforms.tokenizer_edits import carry_marks

# Military ranks abbreviated before a name, which only a person takes ("Capt Ibrahim Traoré", "Lt Col Assimi
# Goita", "Adm. Mike Mullen"); compared lower-case, without a final dot.
MILITARY_RANKS = frozenset({"capt", "col", "lt", "maj", "brig", "sgt", "cpl", "cdr", "cmdr", "adm"})
# Honorifics and titles that precede a person's name but are not part of it (compared lower-case,
# without a final dot).
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mister", "dr", "sir", "dame", "lord", "lady", "baron", "baroness",
    "viscount", "viscountess", "earl", "countess", "marquess", "marchioness", "rt", "hon", "honourable",
    "president", "pres", "premier", "pm", "fm", "chancellor", "senator", "sen", "rep", "gen", "general", "prof",
    "professor", "minister", "secretary", "ambassador", "envoy", "taoiseach", "comrade", "messrs",
    # South Asian honorifics ("Shri Atal Bihari Vajpayee", "Sardar Swaran Singh"), a chief's and
    # churchmen's styles ("Chief Emeka Anyaoku", "Bishop Desmond Tutu", "Cardinal Jaime Sin")
    "shri", "shrimati", "smt", "sardar", "chief", "bishop", "archbishop", "cardinal",
    # a diplomat's rank and styles as American records write them ("Amb. Nitze", "Counselor Hartman", "The
    # Honorable Kenneth Rush")
    "amb", "counselor", "counsellor", "honorable",
    # the styles of other languages in English copy ("Herr Genscher", "Monsieur Cheysson", "Signor Andreotti")
    "herr", "frau", "monsieur", "madame", "mme", "signor", "signora", "senor", "señor", "senora", "señora",
    # an envoy's style of address, His or Her Excellency ("H.E. Ivo Tallis presented his credentials")
    "h.e",
    # a spokesperson's post written as a title before the name ("attributable to Spokesperson Matthew Miller")
    "spokesperson", "spokesman", "spokeswoman",
    # an American embassy telegram's shorthand for a minister's or envoy's post ("FONMIN KYAW SOE", "PRIMIN
    # TANAKA", "ACTING FONMIN BOLELA")
    "fonmin", "primin", "fonsec", "depfonmin", "depprimin", "dcm", "acting",
    *MILITARY_RANKS,
})

# Burmese honorifics before a name ("U Ne Win", "Daw Khin May Than"), no part of it when two name words
# or more follow; "U Thant" and "U Nu" are the names the world knows them by.
BURMESE_HONORIFICS = frozenset({"u", "daw"})

_MIN_NAME = 3
# A word run into the name after it: a function word ("LestorThe", "DaviesNo") or a capitalised
# word after an ALL-CAPS name ("VANSITTARTMy"); "asked" run into a Hansard questioner ("Farrasked").
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CAPS_THEN_WORD = re.compile(r"(?<=[A-Z]{3})(?=[A-Z][a-z]+$)")
_ASKED = re.compile(r"(?<=[a-z]{2})(?=asked$)")
_PAREN_THEN_WORD = re.compile(r"(?<=[A-Za-z])[)\]](?=[A-Z])")
_WORD_THEN_PAREN = re.compile(r"(?<=[A-Za-z]{%d})[(\[](?=[A-Za-z])" % _MIN_NAME)   # "Maclean(by Private Notice)"
# A dash run onto the bracket that closes a source's name before the story's first word ("(Reuters)–South
# Sudan said", "(sudanspost)–South Sudan"): spaCy splits a dash only between letters, so the word after it
# stayed glued to the bracket and a state's name lost its first word ("Sudan" for "South Sudan").
# A capitalised word after it, two letters or more before the bracket: "(x)-ray" stays one word.
_PAREN_THEN_DASH = re.compile(r"(?<=[A-Za-z0-9]{2})([)\]])([-–—]{1,2})(?=[A-Z])")


class _Split:
    """A zero-width (or one-character) infix match, as spaCy's tokenizer expects one."""
    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, *_):
        return ""


# Initials run onto the surname, as Mongolian and Central Asian agencies write names ("N.Enkhbayar",
# "Ts.Elbegdorj", "N.Nazarbayev"), or a title onto the name ("Dr.Mahathir"): the initials (one or two letters
# each, with their stops) are a word of their own, as in "N. Enkhbayar".
_GLUED_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.){1,3}(?=[A-Z][a-z]{2,}$)")


def glued_initials_split(text: str) -> int:
    """Where a word of initials run onto a name ends ("N.Enkhbayar" -> 2, "Ts.Elbegdorj" -> 3), or 0."""
    m = _GLUED_INITIALS.match(text)
    return m.end() if m else 0


def glued_word_splits(text: str) -> list:
    """Where a run-together word splits: [(start, end)] of the infix (empty, or a bracket)."""
    out = []
    for m in _PAREN_THEN_DASH.finditer(text):   # whatever the word before the bracket: "(sudanspost)–South"
        out += [m.span(1), m.span(2)]
    if out:
        return out
    if len(text) < _MIN_NAME + 2 or not text[0].isupper():
        return out
    for m in _PAREN_THEN_WORD.finditer(text):
        out.append((m.start(), m.end()))
    for m in _WORD_THEN_PAREN.finditer(text):
        out.append((m.start(), m.end()))   # an opening bracket run onto the name: "Maclean(by"
    if out:
        return out
    m = _CAPS_THEN_WORD.search(text)
    if m and text[:m.start()].isupper():
        return [(m.start(), m.start())]
    m = _ASKED.search(text)
    if m and m.start() >= _MIN_NAME and text[:m.start()].istitle() and text.lower() not in _ASKED_WORDS:
        return [(m.start(), m.start())]
    for m in _CAMEL.finditer(text):
        left, right = text[:m.start()], text[m.start():]
        if len(left) >= _MIN_NAME and left.istitle() and right.lower() in STOP_WORDS:
            return [(m.start(), m.start())]
    return out


def english_glue_split(text: str, english: frozenset) -> int:
    """Where a name runs into a capitalised English word ("LestorReports" -> 6), or 0.

    `english`: lower-case English words (a dictionary, e.g. the lemmatizer's index). The name part
    and the whole must be no English words ("MacArthur", "BlackRock" stay whole).
    """
    for m in _CAMEL.finditer(text):
        left, right = text[:m.start()], text[m.start():]
        if (len(left) >= _MIN_NAME and left.istitle() and len(right) >= _MIN_NAME and right.istitle()
                and _is_english(right.lower(), english) and not _is_english(left.lower(), english)
                and not _is_english(text.lower(), english)):
            return m.start()
    return 0


def _is_english(word: str, english: frozenset) -> bool:
    """The word or its stem without a plural or verb ending is in `english` ("reports", "replied")."""
    if word in english or word in STOP_WORDS:
        return True
    stems = []
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    for suffix in ("s", "es", "ed", "d", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stems.append(word[:-len(suffix)])
    return any(w in english for w in stems)


def english_words(nlp: Language) -> frozenset:
    """The lower-case words of the pipeline's lemmatizer index (WordNet's), or none without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    return frozenset(w for words in index.values() for w in words if w.isalpha())


_ASKED_WORDS = {"masked", "basked", "tasked", "unmasked", "unasked"}


def split_glued_words(nlp: Language) -> Language:
    """Make `nlp`'s tokenizer split glued words too (idempotent). Returns `nlp`."""
    tokenizer = nlp.tokenizer
    if getattr(tokenizer.infix_finditer, "newsnorm_glue", False):
        return nlp
    base = tokenizer.infix_finditer

    def finditer(text: str) -> Iterator:
        initials = glued_initials_split(text)
        if initials:   # "Ts.Elbegdorj": "Ts." and "Elbegdorj", not "Ts", "." and "Elbegdorj"
            return iter([_Split(initials, initials)])
        found = list(base(text)) if base is not None else []
        extra = glued_word_splits(text)
        if not extra:
            return iter(found)
        taken = [(m.start(), m.end()) for m in found]
        for s, e in extra:
            if not any(a <= s < b or (s == e and a == s) for a, b in taken):
                found.append(_Split(s, e))
        return iter(sorted(found, key=lambda m: m.start()))

    carry_marks(finditer, base).newsnorm_glue = True
    tokenizer.infix_finditer = finditer    # the setter flushes spaCy's cache of earlier splits
    return nlp


# A reference mark that encyclopaedic prose puts right after a word or a full stop: "in Canada.[3]", "talks[a]"
CITATION_MARK = r"\[(?:\d{1,3}|[a-z])\]"


def split_citation_marks(nlp: Language) -> Language:
    """Make `nlp`'s tokenizer cut a reference mark off the word it follows (idempotent): spaCy's own
    suffixes leave "Canada.[3" one token, which neither the model nor the gazetteer reads as Canada.
    Returns `nlp`."""
    from spacy.util import compile_suffix_regex
    tokenizer = nlp.tokenizer
    if getattr(tokenizer.suffix_search, "newsnorm_citations", False):
        return nlp
    base = tokenizer.suffix_search
    mark = compile_suffix_regex([CITATION_MARK]).search

    def search(text: str):
        found = mark(text)
        return found if found is not None else base(text)

    carry_marks(search, base).newsnorm_citations = True
    tokenizer.suffix_search = search   # the setter flushes spaCy's cache of earlier splits
    return nlp


@Language.factory("titled_glue_splitter")
def make_titled_glue_splitter(nlp: Language, name: str):
    return TitledGlueSplitter(english_words(nlp))


class TitledGlueSplitter:
    """Splits a name run into the next word where a title announces the name: "Miss Joan
    LestorReports reaching us" -> "Joan Lestor" + "Reports" (a transcript's speaker run into the
    speech). The tokenizer already splits a run-in function word ("LestorThe"); this needs the
    context, as brand names run two words together too ("PetroChina" is left alone: no title)."""

    def __init__(self, english: frozenset):
        self.english = english

    def __call__(self, doc: Doc) -> Doc:
        if not self.english:
            return doc
        splits = []
        for tok in doc:
            at = english_glue_split(tok.text, self.english) if not tok.is_lower else 0
            if at and _after_social_title(doc, tok.i):
                splits.append((tok, at))
        if splits:
            with doc.retokenize() as retokenizer:
                for tok, at in splits:
                    retokenizer.split(tok, [tok.text[:at], tok.text[at:]], heads=[(tok, 0), (tok, 0)])
        return doc


def _after_social_title(doc: Doc, i: int) -> bool:
    """A social title ("Miss", "Mr.") stands before token i, with at most two name words between."""
    k = i - 1
    while k >= 0 and i - k <= 4:
        text = doc[k].text
        if text.lower().rstrip(".") in SOCIAL_TITLES:
            return True
        if text != "." and not (text[:1].isupper() and text.replace(".", "").isalpha()):
            return False
        k -= 1
    return False


def _is_title_token(text: str) -> bool:
    return text.lower().rstrip(".") in PERSON_TITLES


def burmese_honorific(doc: Doc, i: int, end: int) -> bool:
    """Is token i a Burmese honorific before a name of two capitalised words or more ("U Ne Win", "U KYAW
    SOE", "Daw Khin May Than"), not the name itself ("U Thant")?"""
    return (doc[i].lower_ in BURMESE_HONORIFICS and doc[i].text[:1].isupper() and end - i >= 3
            and all(doc[k].text[:1].isupper() and doc[k].is_alpha for k in range(i + 1, end)))


def strip_titles(doc: Doc, start: int, end: int) -> int:
    """The span start moved past leading honorifics and titles, if a name follows them.

    "Mr. Swingler" -> "Swingler", "LORD HENDERSON" -> "HENDERSON", "the Rt Hon Lord
    Ahmad of Wimbledon" -> "Ahmad of Wimbledon"; "Marquess of Reading" keeps its
    title (the title is the name), and a span of titles only is left alone.
    """
    s = start
    while s < end - 1 and (doc[s].lower_ == "the" or _is_title_token(doc[s].text) or doc[s].text == "."
                           or burmese_honorific(doc, s, end)):
        s += 1
    if s == start:
        return start
    first = doc[s]
    if first.lower_ in ("of", "the") or not first.text[:1].isupper():
        # "Marquess of Reading": back to the title that the name hangs on
        t = s - 1
        while t > start and doc[t].text == ".":
            t -= 1
        return t if doc[t].lower_ != "the" else start
    return s


# the word before a state's name that makes the state the end of an office's title ("Ambassador to
# Belarus", "Minister of Foreign Affairs of Moldova", "Special Envoy for Sudan")
_TITLE_LINKS = frozenset({"to", "of", "for"})


def past_title_country(doc: Doc, start: int, end: int, country_tokens: set) -> int:
    """The span start moved past a state's name that ends the title before the name: "(Ambassador to)
    Belarus Karen Stewart" -> "Karen Stewart". Only after "to", "of" or "for", and only when two
    capitalised words or more are left ("Georgia Brown", "Chad Smith" alone are people's names)."""
    if start == 0 or doc[start - 1].lower_ not in _TITLE_LINKS:
        return start
    t = start
    while t < end and t in country_tokens:
        t += 1
    if t == start or end - t < 2 or not all(doc[k].text[:1].isupper() for k in range(t, end)):
        return start
    return t


NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "ter", "ten", "zu",
                            "bin", "ibn", "bint", "abu", "al", "el", "la", "le", "dos", "das", "do", "y"})


def through_particles(doc: Doc, ner: list) -> list:
    """A person's name the model cut after its particles ("Ursula von" and "Lajen" for "Ursula von der
    Lajen") runs on through them to the capitalised word after, in the same sentence: one name (the
    model's span that began there is the shorter, and goes when the spans are merged). So does a name
    the model cut right before a lower-case particle that opens a family name (`OPENING_PARTICLES`: "Ramon"
    and "del Rosario", "Eduardo de los Angeles": no town Rosario, no Los Angeles). So does a name
    of two words or more the model cut before a capitalised Arabic particle and the word after it
    ("Mohammed bin Abdulrahman" and "Al Thani": "Mohammed bin Abdulrahman Al Thani"), unless the model
    reads what follows as a body or a place ("Saad Hariri | Al Jazeera reported"). So does a body's name cut
    before its Romance "of" and the name after it ("Banco" and "Brasil": "Banco do Brasil")."""
    out = []
    others = {s for s, _, lab in ner if lab != "PERSON"}   # "Al Jazeera", "Abu Dhabi": a body's, a place's name
    people_end = {s: e for s, e, lab in ner if lab == "PERSON"}
    for s, e, lab in ner:
        if lab == "PERSON" and e - s >= 2 and doc[e - 1].lower_ in NAME_PARTICLES and doc[e - 1].text.islower():
            t = e
            while t < len(doc) - 1 and doc[t].lower_ in NAME_PARTICLES and doc[t].text.islower():
                t += 1
            if t < len(doc) and doc[t].is_alpha and doc[t].text[:1].isupper() and not doc[t].is_sent_start:
                e = t + 1
        elif lab == "PERSON" and _opening_particle(doc, e) is not None and e not in others \
                and all(tok.is_alpha and tok.text[:1].isupper() for tok in doc[s:e]):
            # "Ramon" cut before "del Rosario" (also at a line's end): one name, no Argentine town Rosario
            t = _opening_particle(doc, e) + 1
            while t < len(doc) - 1 and doc[t].lower_ in FAMILY_NAME_PARTICLES and doc[t].text.islower():
                t += 1
            if doc[t].is_alpha and doc[t].text[:1].isupper() and not doc[t].is_sent_start and doc[t - 1].whitespace_:
                e = t + 1
        elif lab == "PERSON" and e - s >= 2 and e + 1 < len(doc) and doc[e].lower_ in CAPITAL_PARTICLES \
                and doc[e].text[:1].isupper() and doc[e].whitespace_ and _name_word(doc[e + 1]) \
                and not doc[e].is_sent_start and not doc[e + 1].is_sent_start and e not in others:
            # "Mohammed bin Abdulrahman" cut before "Al Thani": one name, not the Emir "Thani"; through the
            # model's next name if it starts there ("Abdul Aziz Ibn Salman" + "Ibn Abdul Aziz")
            e = max(e + 2, people_end.get(e, 0), people_end.get(e + 1, 0))
        elif lab == "ORG" and e + 1 < len(doc) and doc[e].text in BODY_PARTICLES and doc[e].whitespace_ \
                and _name_word(doc[e + 1]) and not doc[e + 1].is_sent_start and e not in people_end:
            e += 2   # "Banco" cut before "do Brasil": a body's name runs on through its Romance "of"
        out.append((s, e, lab))
    return out


# lower-case particles that open a family name the model may cut from the given name before them ("Ramon" and
# "del Rosario", "Eduardo" and "da Costa"): none an English word
OPENING_PARTICLES = frozenset({"de", "del", "della", "da", "das", "dos", "di", "du", "van", "von"})
# the articles of a Spanish family name after its particle ("de los Angeles", "de las Casas")
SPANISH_ARTICLES = frozenset({"los", "las"})
# the lower-case words a family name goes on with after its particle
FAMILY_NAME_PARTICLES = NAME_PARTICLES | SPANISH_ARTICLES

def _opening_particle(doc: Doc, end: int):
    """The token of a lower-case particle that opens a family name right after a name that ends at token
    `end`, past a single line break ("Ramon\\ndel Rosario"); None when there is none."""
    t = end + 1 if end < len(doc) and doc[end].text == "\n" else end
    if t + 1 < len(doc) and t > 0 and doc[t].lower_ in OPENING_PARTICLES and doc[t].text.islower() \
            and (doc[t - 1].whitespace_ or doc[t - 1].text == "\n"):
        return t
    return None


# particles written with a capital that open a family name after a given one ("Al Thani", "El Baradei",
# "Abu Mazen", "Bin Laden"); "De", "Van", "Von" open places and bodies too, and stay out
CAPITAL_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu"})
BODY_PARTICLES = frozenset({"de", "do", "da", "dos", "das", "du", "des", "del", "di"})   # "Banco do Brasil"


def _name_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in NAME_PARTICLES


def past_lower_case_lead(doc: Doc, start: int, end: int) -> int:
    """The start of a person's name past lower-case words the model ran into it ("any trade bill Reagan
    would sign": Reagan), but not past the particles names begin with ("de Klerk", "al-Assad"), nor in a
    text written all in lower case ("edward seaga")."""
    if not any(t.text[:1].isupper() for t in doc[start:end]):
        return start
    s = start
    while s < end - 1 and doc[s].is_alpha and doc[s].text.islower() and doc[s].lower_ not in NAME_PARTICLES:
        s += 1
    return s


WRAPPED_LINE_CHARS = 45   # a line this long that ends inside a name is prose wrapped at a fixed width
SHORT_WRAPPED_LINE_CHARS = 25   # ... and a line this long before such a line


def wrapped_line_break(doc: Doc, t: int) -> bool:
    """Is token `t` a single line break inside a sentence of hard-wrapped prose (a newswire's or a
    telegram's text broken at a fixed width: "President Ali\nKhamenei"), not a paragraph's end or a
    heading's: one "\n" with no indent or blank line, after a long line, between words in the same
    case (no "... by Ann Lee\nLONDON")?"""
    tok = doc[t]
    if tok.text != "\n" or t == 0 or t + 1 >= len(doc):
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, tok.idx) + 1
    next_end = text.find("\n", tok.idx + 1)
    next_len = (len(text) if next_end < 0 else next_end) - tok.idx - 1
    # a long line; or a shorter one (a text's first, its dateline cut off) before a long one
    if tok.idx - line_start < WRAPPED_LINE_CHARS and \
            not (tok.idx - line_start >= SHORT_WRAPPED_LINE_CHARS and next_len >= WRAPPED_LINE_CHARS):
        return False
    before, after = doc[t - 1].text, doc[t + 1].text
    return after[:1].isupper() and before.isupper() == after.isupper()


def cut_at_paragraph(doc: Doc, start: int, end: int) -> int:
    """A person's span end, cut before a line break or a word run into the name ("KERRIGANMy Lords");
    a line break of hard-wrapped prose ("President Ali\nKhamenei") is a space."""
    for t in range(start + 1, end):
        if ("\n" in doc[t].text or doc[t].is_space) and not wrapped_line_break(doc, t):
            return t
        if not doc[t - 1].whitespace_ and doc[t - 1].is_alpha and doc[t].is_alpha:
            return t     # two words with no space between: split by split_glued_words
    return end


# Titles that announce a person's name right after them, in any case ("Mr. Farr", "LORD VANSITTART").
SOCIAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baron", "baroness",
                           "viscount", "viscountess", "earl", "countess", "messrs", "h.e",
                           "herr", "frau", "monsieur", "signor", "signora", "senor", "señor", "senora", "señora"})


_MAX_DESCRIPTOR_WORDS = 3


def cut_descriptor(doc: Doc, start: int, end: int, protected: set) -> int:
    """An organisation's span end before trailing lower-case words: function words always ("Polish
    Mission in"), common nouns after a name ("Xinhua news agency", "Basij militia") unless the word
    they follow is one of `protected` (token indices of country names and demonyms: "Russian government",
    "UK government" name a government)."""
    while end - 1 > start and doc[end - 1].is_lower and doc[end - 1].is_stop:
        end -= 1
    tail = end
    while tail - 1 > start and doc[tail - 1].is_lower and doc[tail - 1].is_alpha and not doc[tail - 1].is_stop:
        tail -= 1
    head = doc[tail - 1]
    if tail < end and end - tail <= _MAX_DESCRIPTOR_WORDS and head.text[:1].isupper() and head.is_alpha \
            and (tail - 1) not in protected:
        return tail
    return end


def glue_pieces(doc: Doc, start: int, end: int) -> list:
    """A span cut where two words were run together ("LestorThe British Government" -> "Lestor",
    "The British Government"): the tokenizer split them, the model may still join them in a span;
    and at a parenthesis it does not close ("Xinhua) - China", a dateline's agency run on into the
    lead's first name: "Xinhua", "China")."""
    pieces, s = [], start
    for t in range(start + 1, end):
        prev, tok = doc[t - 1], doc[t]
        if tok.text in ("(", ")") and not _closed(doc, start, end, t):
            if t > s:
                pieces.append((s, t))
            s = t + 1
        elif (not prev.whitespace_ and prev.is_alpha and tok.is_alpha and prev.text[-1].islower()
                and tok.text[:1].isupper()) and t > s:
            pieces.append((s, t))
            s = t
    if end > s:
        pieces.append((s, end))
    return pieces


def _closed(doc: Doc, start: int, end: int, t: int) -> bool:
    """Is the parenthesis at token t one of a pair inside the span ("Labour Party (Ireland)")?"""
    if doc[t].text == "(":
        return any(doc[k].text == ")" for k in range(t + 1, end))
    return any(doc[k].text == "(" for k in range(start, t))
