"""The recogniser's gazetteer phrases, chosen and split into tokens once, ahead of time.

Every worker process used to choose the ~57,000 phrases the gazetteer matcher looks
for (`gazetteer.phrases.phrases_by_label`, ~1.6 CPU s) and split each as the
tokenizer would (`transforms.phrase_keys.PhraseSplitter`, ~4.5 CPU s): about 6 of the
~8 CPU s a worker spends before its first article, repeated on every worker of a
cloud job. Both depend only on the packaged gazetteer and the spaCy pipeline's
tokenizer, so they are computed here once and shipped next to the code
(`transforms/data/recogniser_phrases.json.gz`, made by `python -m transforms.phrase_cache`).

The cache stores each label's phrases and, for the few phrases the tokenizer does not
split at their spaces ("U.S.", "Guinea-Bissau"), their tokens. It is used only when it
was made from the same gazetteer artifact (its SHA-256), the same spaCy version and the
same model, and when a sample of its splits still agrees with the live tokenizer; any
other gazetteer (a `--gazetteer` path, `--extra_gazetteer_csv` rows) or any mismatch
means the phrases are computed as before, with a warning for a stale shipped cache. A
test keeps the shipped cache in step with the shipped gazetteer and tokenizer.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.resources
import json
import logging
from pathlib import Path
from typing import Optional, Sequence

from spacy.language import Language

from transforms.phrase_keys import PhraseSplitter

LOG = logging.getLogger(__name__)

FORMAT = 1
PROBE_EVERY = 97   # one phrase in this many is split afresh on load to check the cache against the tokenizer


def default_cache_path():
    return importlib.resources.files("transforms").joinpath("data", "recogniser_phrases.json.gz")


def artifact_digest(path) -> str:
    """SHA-256 of a gazetteer artifact's bytes."""
    return hashlib.sha256(_as_path(path).read_bytes()).hexdigest()


def _as_path(path):
    """A path given as text, or a `Path`/packaged resource as it is."""
    return Path(path) if isinstance(path, str) else path


def fingerprint(nlp: Language, gazetteer_digest: str) -> dict:
    """What the cached phrases and splits depend on, besides the tokenizer's own rules (probed on load)."""
    import spacy
    return {"format": FORMAT, "gazetteer_sha256": gazetteer_digest, "spacy": spacy.__version__,
            "model": f"{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"}


class CachedSplit:
    """A `PhraseSplitter` stand-in: a phrase's tokens are its words unless the cache says otherwise."""

    def __init__(self, tokens_of: dict):
        self.tokens_of = tokens_of

    def split(self, phrases: Sequence[str]) -> list:
        tokens_of = self.tokens_of
        return [tokens_of.get(p) or p.split(" ") for p in phrases]


def make_cache(nlp: Language, phrases: dict, gazetteer_digest: str) -> dict:
    """The cache of `phrases` ({label: [phrase, ...]}) for `nlp`'s tokenizer."""
    splitter = PhraseSplitter(nlp.tokenizer)
    labels, tokens_of = {}, {}
    for label in sorted(phrases):
        names = sorted(set(phrases[label]))
        labels[label] = names
        for name, tokens in zip(names, splitter.split(names)):
            if tokens != name.split(" "):
                tokens_of[name] = tokens
    return {"fingerprint": fingerprint(nlp, gazetteer_digest), "phrases": labels, "tokens": tokens_of}


def _probe(nlp: Language, cache: dict) -> bool:
    """Do one phrase in PROBE_EVERY split now as the cache says?"""
    sample = sorted({p for names in cache["phrases"].values() for p in names})[::PROBE_EVERY]
    return PhraseSplitter(nlp.tokenizer).split(sample) == CachedSplit(cache["tokens"]).split(sample)


def load_cache(nlp: Language, gazetteer_digest: str, path=None) -> Optional[tuple]:
    """(phrases by label, a splitter) from the cache at `path` (default: the shipped one), or None when
    there is none or it was made for another gazetteer, spaCy, model or tokenizer."""
    path = default_cache_path() if path is None else _as_path(path)
    try:
        with path.open("rb") as handle:
            cache = json.loads(gzip.decompress(handle.read()).decode("utf-8"))
    except FileNotFoundError:
        return None
    if cache.get("fingerprint") != fingerprint(nlp, gazetteer_digest) or not _probe(nlp, cache):
        LOG.warning("the recogniser's phrase cache %s is stale (made for another gazetteer, spaCy, model or "
                    "tokenizer); computing the phrases instead: run `python -m transforms.phrase_cache`", path)
        return None
    return cache["phrases"], CachedSplit(cache["tokens"])


def write_cache(cache: dict, path) -> None:
    raw = json.dumps(cache, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description="Write the recogniser's phrase cache for the packaged gazetteer.")
    ap.add_argument("--out", default=str(default_cache_path()), help="output path (.json.gz)")
    args = ap.parse_args(argv)
    from gazetteer.phrases import phrases_by_label
    from gazetteer.store import default_artifact, load_gazetteer
    from transforms.recognise import worker_spacy_model
    nlp = worker_spacy_model()
    cache = make_cache(nlp, phrases_by_label(load_gazetteer().entities), artifact_digest(default_artifact()))
    write_cache(cache, args.out)
    print(f"wrote {sum(len(v) for v in cache['phrases'].values())} phrases "
          f"({len(cache['tokens'])} split otherwise than at spaces) to {args.out}")


if __name__ == "__main__":
    main()
