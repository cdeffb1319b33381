"""The tagger on a few words: recognition skips the tagger on whole articles, and asks it only about
short stretches (a sentence's opening word: transforms/not_names.py `adjective_opening_sentence`, a
source before a verb of saying: transforms/reporting_sources.py).

    tagger_reach(nlp) -> tokens on either side the tagger reads to tag one (None: unknown)
    tag_texts(nlp, texts) -> {text: [fine-grained tag per token]}, every text in one call
    in_lockstep(readings, answer) -> what each reading returns, their questions answered together

One call of the tagger per text costs its layers' fixed work each time (~2 ms a call; 251 calls on
1,000 Reuters articles); the texts of a batch of articles tagged in one call cost a fifth of that, to
the same tags (each text is its own Doc: the model pads between Docs). Which texts are asked depends
on what recognition found before, so each article's reading is a generator that yields its questions
(a list of texts) and is sent the answers; `in_lockstep` runs a batch's readings side by side and
answers each round's questions of every article in one call.
"""
from __future__ import annotations

from typing import Callable, Generator, Optional, Sequence

TAGGING = ("tok2vec", "tagger")   # what the tags of a text need (en_core_web_sm: the tagger listens to tok2vec)

_WINDOW_ENCODERS = {"spacy.MaxoutWindowEncoder.v1", "spacy.MaxoutWindowEncoder.v2",
                    "spacy.MishWindowEncoder.v1", "spacy.MishWindowEncoder.v2"}


def tagger_reach(nlp) -> Optional[int]:
    """How many tokens on either side of a token the pipeline's tagger reads to tag it, from the model's
    config: a tagger over a CNN tok2vec of per-token embeddings reads `depth` x `window_size` (4 in
    en_core_web_sm); None for any other architecture (a transformer reads the whole text)."""
    try:
        components = nlp.config["components"]
        tagger = components["tagger"]["model"]
        tok2vec = tagger["tok2vec"]
        if tok2vec.get("@architectures") == "spacy.Tok2VecListener.v1":
            tok2vec = components[tok2vec["upstream"]]["model"]
        encode = tok2vec["encode"]
        if tagger.get("@architectures") not in ("spacy.Tagger.v1", "spacy.Tagger.v2") \
                or tok2vec.get("@architectures") not in ("spacy.Tok2Vec.v1", "spacy.Tok2Vec.v2") \
                or not str(tok2vec["embed"].get("@architectures", "")).startswith("spacy.MultiHashEmbed.") \
                or encode.get("@architectures") not in _WINDOW_ENCODERS:
            return None
        return int(encode["depth"]) * int(encode["window_size"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def tag_texts(nlp, texts: Sequence[str]) -> dict[str, list[str]]:
    """The tagger's fine-grained tags of each text (tokenized by `nlp`'s tokenizer), all in one call of
    the tagging components and nothing else of the pipeline; a pipeline without a tagger: no tags."""
    distinct = list(dict.fromkeys(texts))
    if "tagger" not in nlp.pipe_names:
        return {t: [] for t in distinct}
    if not distinct:
        return {}
    docs = [nlp.make_doc(t) for t in distinct]
    for name, component in nlp.pipeline:
        if name in TAGGING:
            docs = list(component.pipe(docs, batch_size=len(docs)))
    return {t: [tok.tag_ for tok in d] for t, d in zip(distinct, docs)}


Reading = Generator[Sequence[str], dict, object]


def in_lockstep(readings: Sequence[Reading], answer: Callable[[list[str]], dict]) -> list:
    """Run the generators side by side: each yields a list of questions (texts) and is sent a dict with
    the answer to each of them; `answer` is asked once per round for the distinct questions of every
    reading still running (never for none). Returns what each reading returns, in order. An exception
    in a reading or in `answer` goes to the caller."""
    results: list = [None] * len(readings)
    asked: dict[int, Sequence[str]] = {}

    def step(i: int, value) -> None:
        try:
            asked[i] = readings[i].send(value)
        except StopIteration as done:
            results[i] = done.value

    for i in range(len(readings)):
        step(i, None)
    while asked:
        this_round, asked = asked, {}
        texts = list(dict.fromkeys(t for questions in this_round.values() for t in questions))
        got = answer(texts) if texts else {}
        for i, questions in this_round.items():
            step(i, {t: got[t] for t in questions})
    return results
