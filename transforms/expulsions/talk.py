"""Words, no act. An expulsion only talked about: a gerund on "about" / "of" after a verb of talk or a word of loud talk
("talked tough about expelling the ambassador", "spoke of expelling him", "has been vocal about expelling the
envoy"), or on a noun of deliberation ("the question of declaring him persona non grata", "raised the issue of
expelling the ambassador"), is a course put into words, not one taken (modality.py: hypothetical). A perfect gerund ("spoke of
having expelled") tells it done; a noun ("talked about Britain's expulsion of 23 diplomats") names one done.
And one called for: "it is time to expel the ambassador", "now is the time to expel him", "it is necessary to
expel the envoy", "it is essential that we expel him" (a demand); and a bare verb that goes on a past call ("called
for the withdrawal of their ambassador and expel the envoy": no past tense of its own, what is called for). And
one named as what is called for ("what is called for is the expulsion of the ambassador", `called_for_in_cleft`). And
commentary on one: "the messages from the press regarding the expulsion of ..." tell no act; who expels is only what
the noun's own phrase says (`commented_on`)."""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, lemma, normalise

TALK_HEADS = frozenset(PATTERNS["talk_heads"]) | frozenset(PATTERNS["deliberation_heads"])
NEEDED = frozenset(PATTERNS["necessity_predicates"])
CALLS = frozenset(PATTERNS["demand_governors"])
_TALK_PREPS = ("about", "of", "on")
COMMENTARY = frozenset(PATTERNS["commentary_nouns"])
TOPIC_PREPS = frozenset(PATTERNS["topic_prepositions"])
TIME_DEMAND = frozenset(PATTERNS["time_demand_modifiers"])
CLEFT_NEEDS = CALLS | frozenset(PATTERNS["cleft_need_verbs"])
STANCE_VERBS = frozenset(PATTERNS["stance_verbs"])


def commented_on(noun) -> bool:
    """Is the expulsion noun `noun` what a noun of commentary is about ("the messages from the press regarding the
    expulsion of Freedonian diplomats", "comments about the expulsion of ...")? Talk of an act, not the act told:
    who expels is what its own phrase says or no one (not the one who comments). A decision or order "regarding"
    an expulsion is the act's own (no noun of commentary)."""
    prep = noun.head   # (the parser may make "concerning" a participle: "the articles concerning the expulsion")
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" or noun.dep_ == "dobj" and prep.dep_ == "acl") and \
        normalise(prep.text) in TOPIC_PREPS and prep.head.pos_ == "NOUN" and \
        bool({normalise(prep.head.text), prep.head.lemma_.lower()} & COMMENTARY)


def met_by_stance(noun, whose, states) -> bool:
    """Is the expulsion noun `noun` the object (or in the preposition) of a verb of patterns/grammar.json stance_verbs
    in the active voice, whose subject names no state or another state than the people's (`whose`)? "Graustark
    agreed with the expulsion of a Freedonian envoy", "The talks ended with the expulsion of a Freedonian envoy": an
    act met or judged, not done; who did it no one says (not the state the story told of before)."""
    from transforms.expulsions.phrase_states import state_of_phrase
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
        else None
    if verb is None or verb.pos_ != "VERB" or not {lemma(verb), verb.lemma_.lower()} & STANCE_VERBS or \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and whose is not None and not whose.startswith("@") and \
        state_of_phrase(subject, states) != whose   # (a state's stance on its own people's: the other side did it)


def talked_of(verb) -> bool:
    """Is the gerund `verb` (the trigger or its governing verb) what a verb or word of talk is about?"""
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "pcomp" or normalise(verb.head.text) not in _TALK_PREPS:
        return False
    if any(c.dep_ == "aux" and normalise(c.text) == "having" for c in verb.children):
        return False
    head = verb.head.head
    for _ in range(2):   # "talked tough about": the word of talk may hang on the verb
        if lemma(head) in TALK_HEADS:
            return True
        if head.dep_ not in ("acomp", "advmod") or head.head == head:
            return False
        head = head.head
    return False


def time_to_act(verb) -> bool:
    """Is the infinitive `verb` what "it is time to" or "now is the time to" calls for? The parser hangs it on the
    noun "time" or, beside it, on the copula. Or the finite clause `verb` of "it is (high) time (that) Freedonia
    expelled the ambassador" (the past form a wish, not a report): on the bare noun "time" of "it is", or with "time"
    hung on it and itself on "it is" (`_time_it_were`)."""
    if verb is None:
        return False
    if not any(c.dep_ == "aux" and normalise(c.text) == "to" for c in verb.children):
        return _time_it_were(verb)
    if verb.dep_ in ("relcl", "acl") and normalise(verb.head.text) == "time":
        return lemma(verb.head.head) == "be" and verb.head.dep_ in ("attr", "nsubj")
    return verb.dep_ == "xcomp" and lemma(verb.head) == "be" and \
        any(c.dep_ in ("attr", "nsubj") and normalise(c.text) == "time" for c in verb.head.children)


def _time_it_were(verb) -> bool:
    """"It is time Freedonia expelled every Ruritanian diplomat", "it's high time that they expelled him": a finite
    clause with a subject of its own on the noun "time" that "it is" predicates, bare or with a word of
    patterns/grammar.json time_demand_modifiers ("high", "about"); not "this is the first time Freedonia expelled"
    (a time told, with its determiner) nor "by the time Freedonia expelled" (no "it is")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ in ("relcl", "acl") and normalise(verb.head.text) == "time":
        time = verb.head   # "it is about time that Freedonia expelled": the clause on the noun
    else:   # "time" on the clause, or beside it on the copula the clause hangs on
        near = list(verb.children) + (list(verb.head.children) if verb.dep_ == "ccomp" else [])
        time = next((c for c in near if normalise(c.text) == "time" and c.dep_ in ("npadvmod", "advmod", "attr")), None)
    if time is None or time.i > verb.i:
        return False
    be = time.head if time.head != time else None
    if be is not None and normalise(be.text) in TIME_DEMAND and be.dep_ == "prep":
        be = be.head   # "it is about time": the noun on the preposition
    if time.dep_ in ("npadvmod", "advmod") and time.head == verb:
        be = verb.head if verb.dep_ == "ccomp" else None   # the parser's "time" on the clause
    if be is None or lemma(be) != "be":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") or c.dep_ in ("amod", "advmod") and normalise(c.text) not in TIME_DEMAND
           for c in time.children):
        return False
    return any(c.dep_ in ("nsubj", "expl") and normalise(c.text) == "it" for c in be.children)


def _has(verb, dep: str, word: str) -> bool:
    return any(c.dep_ == dep and normalise(c.text) == word for c in verb.children)


def needed_act(verb) -> bool:
    """Is `verb` (an infinitive, or a 'that' clause) what a present or future "it is necessary to", "it is essential
    that" calls for? The parser hangs it on the copula (the adjective its complement) or on the adjective. A verb
    joined to such an infinitive ("necessary to hold a meeting and to expel the envoy") is called for with it. What
    "was necessary" or "has been necessary" tells may have been done: left alone."""
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    if not (verb.dep_ == "xcomp" and _has(verb, "aux", "to") or verb.dep_ == "ccomp" and _has(verb, "mark", "that")):
        return False
    head = verb.head
    if head.pos_ == "ADJ" and lemma(head) in NEEDED:
        head = head.head
    elif not any(c.dep_ == "acomp" and lemma(c) in NEEDED for c in head.children):
        return False
    return lemma(head) == "be" and head.tag_ in ("VBZ", "VBP", "VB")


def bare_verb_called_for(verb) -> bool:
    """Is `verb` a bare verb (base form, no subject or auxiliary of its own) joined to a verb of calling in the past
    or third person ("The government also called for the withdrawal of its ambassador and expel theirs"): not a
    past tense of its own, so one more thing called for, not an act told."""
    if verb is None or verb.dep_ != "conj" or verb.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    head = verb.head
    return head.pos_ == "VERB" and head.tag_ in ("VBD", "VBZ") and lemma(head) in CALLS


PROPOSALS = frozenset(PATTERNS["proposal_nouns"])


ADOPTING = frozenset(PATTERNS["adopting_verbs"])


def adopting_verb(tok):
    """The verb that adopts the text whose "to" infinitive the trigger is (`proposed`): the proposal noun its object
    ("Freedonia adopted a resolution to expel ...") or its passive subject ("a resolution to expel ... was
    approved"), the verb one of patterns/grammar.json adopting_verbs; else None. (A text "on" an expulsion is about
    it: "passed a resolution on the expulsion of" stays a text.)"""
    noun = None if tok is None or tok.dep_ == "pobj" else proposal_noun(tok)
    if noun is None:
        return None
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and \
            {lemma(verb), verb.lemma_.lower()} & ADOPTING:   # (the table's lemma or the parser's: "approved")
        return verb
    return None


def proposed(tok) -> bool:
    """Is the trigger what a text put before a body proposes: an expulsion noun after a topic preposition or "for"
    on a proposal noun ("will present a resolution on the expulsion of the French ambassador", "a bill for the
    expulsion of"), or a "to" infinitive hung on one ("tabled a motion to expel the ambassador")? A proposal, not an
    act, whatever is done with the text ("passed a resolution on the expulsion" is a body's word, not a state's act)."""
    return tok is not None and proposal_noun(tok) is not None


def proposal_noun(tok):
    """The proposal noun (patterns/grammar.json proposal_nouns) whose text the trigger is (`proposed`), else None.
    The parser may hang the "to" infinitive that follows the noun on the verb of the noun instead, as a clause of
    purpose ("Freedonia tabled a resolution to expel ...", "submitted a motion to expel ..."): read as the noun's own
    when the noun is that verb's object (or passive subject) and the "to" comes right after the noun's phrase."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and normalise(tok.head.text) in TOPIC_PREPS | {"for"}:
        noun = tok.head.head
    elif tok.dep_ in ("acl", "relcl") and _has(tok, "aux", "to"):
        noun = tok.head
    elif tok.dep_ in ("advcl", "xcomp") and _has(tok, "aux", "to"):
        to = min(c.i for c in tok.children if c.dep_ == "aux")
        noun = next((c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass") and c.right_edge.i + 1 == to),
                    None)
        if noun is None:
            return None
    else:
        return None
    return noun if noun.pos_ == "NOUN" and lemma(noun) in PROPOSALS else None


def called_for_in_cleft(noun) -> bool:
    """Is the expulsion noun `noun` (or the first of the nouns it is joined to) what a present or future "what ... is"
    names as called for or needed ("I think what is called for is the expulsion of the Iranian ambassador", "what
    Ruritania needs is the expulsion of ...")? A pseudo-cleft whose free relative ("what") goes with a verb of calling
    or need (patterns/grammar.json demand_governors, cleft_need_verbs): a demand, no act done. "What followed was the
    expulsion of ..." (no verb of need) and a past "what was needed was ..." may tell an act: left alone."""
    if noun is None:
        return False
    while noun.dep_ in ("conj", "appos") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head   # "the withdrawal or the expulsion": the first of the nouns
    if noun.dep_ != "attr" or lemma(noun.head) != "be" or noun.head.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    return any(c.dep_ == "csubj" and lemma(c) in CLEFT_NEEDS and
               any(normalise(w.text) == "what" and w.dep_ in ("nsubj", "nsubjpass", "dobj") for w in c.children)
               for c in noun.head.children)
