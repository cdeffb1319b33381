"""An act a state marks or meets an occasion with is its own act.

    occasion_marked(noun) -> verb or None

"Graustark marked the day with the expulsion of a Freedonian envoy", "Syldavia greeted the news with the expulsion of
three Ruritanian diplomats": the noun of expelling is the object of "with" on a verb of patterns/grammar.json
`occasion_verbs`; the subject of that verb expelled (arguments._noun_arguments, when it names a state) and the act is
told as that verb is (modality.modality_of: "Graustark may mark the day with the expulsion of" is not done).
"""
from __future__ import annotations

from transforms.expulsions.parse_words import OCCASION_VERBS, lemma, normalise


def occasion_marked(noun):
    """The verb of marking or meeting an occasion (occasion_verbs) whose "with" the noun is the object of; else
    None."""
    if noun.dep_ != "pobj" or normalise(noun.head.text) != "with" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    known = lemma(verb) in OCCASION_VERBS or verb.lemma_.lower() in OCCASION_VERBS   # (the parser's: "began", "met")
    return verb if verb.pos_ in ("VERB", "AUX") and known else None
