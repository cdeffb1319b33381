"""Picklable factories for the heavy resources a worker loads once (in DoFn.setup).

They carry only paths and names across the wire; the gazetteer and the spaCy
pipeline are built on the worker (spaCy is imported there too, not where the job is launched).
"""
from __future__ import annotations

import atexit
import gc
import sys
from typing import TYPE_CHECKING, Callable, Optional, TypeVar

from apache_beam.utils import shared

if TYPE_CHECKING:
    from transforms.recognise import EntityRecogniser

T = TypeVar("T")
_UNFREEZE_AT_EXIT = False
# libraries that count their own objects at exit and report any never released (DuckDB's bindings: 'leaked
# instances'); a frozen object is never released, so with one of these loaded the objects are handed back
COUNT_THEIR_OBJECTS_AT_EXIT = ("duckdb",)
_STEADY_ALLOCATOR: Optional[bool] = None
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3   # glibc's mallopt() parameters (malloc.h)
STEADY_MMAP_THRESHOLD = 32 * 1024 * 1024        # glibc's own ceiling for the threshold on 64-bit systems
# {a loader's key: what it loads}, made by `preload` in the process the workers are forked from
# (pipeline/local_workers.py), each handed to the first loader of that key that asks in a worker
_PRELOADED: dict = {}
_NOT_PRELOADED = object()


def steady_allocator() -> bool:
    """Let glibc's malloc keep large freed blocks for reuse (allocate from the heap up to 32 MB, give
    memory back above 64 MB free), once per process. spaCy's layers allocate and free arrays of a few MB
    for every batch; under glibc's default (a 128 KB threshold, raised only after a block that large was
    freed) each such array is mapped afresh and every page of it faults in. The 1,000 Reuters articles'
    job: ~480,000 -> ~215,000 minor page faults, ~0.9 CPU s less, peak RSS ~+25 MB. Without glibc
    (`mallopt` absent or refusing), nothing changes and False is returned."""
    global _STEADY_ALLOCATOR
    if _STEADY_ALLOCATOR is None:
        try:
            import ctypes
            mallopt = ctypes.CDLL(None).mallopt
            _STEADY_ALLOCATOR = bool(mallopt(_M_MMAP_THRESHOLD, STEADY_MMAP_THRESHOLD)) and bool(
                mallopt(_M_TRIM_THRESHOLD, 2 * STEADY_MMAP_THRESHOLD))
        except (OSError, AttributeError, TypeError):
            _STEADY_ALLOCATOR = False
    return _STEADY_ALLOCATOR


STEADY_GEN0_THRESHOLD = 10_000   # allocations between two collections of the youngest generation (Python: 700)


def steady_collector() -> None:
    """Collect the youngest generation after 10,000 allocations rather than 700, in a process that has frozen what
    it loaded. The analysis makes and drops a few hundred thousand small objects per thousand articles (tokens'
    tuples, mentions, rows), nearly all of them either freed by their count at once or kept to the end; at 700,
    the collector walked them in ~440 collections (~40 of the middle generation). The 1,000 Reuters articles'
    job: 438 -> 19 collections, 0.26-0.29 -> 0.14-0.17 CPU s in the collector (measured with `gc.callbacks`);
    garbage in cycles waits a little longer (at most 10,000 allocations' worth). Never lowers a threshold."""
    first, *rest = gc.get_threshold()
    if 0 < first < STEADY_GEN0_THRESHOLD:
        gc.set_threshold(STEADY_GEN0_THRESHOLD, *rest)


def long_lived(resource):
    """`resource`, with every object made so far moved out of the garbage collector's sight: a worker's
    gazetteer and spaCy pipeline (~550,000 objects) live as long as the process, and each full collection
    would walk them all (~0.6 CPU s of a worker's start-up, and again at every full collection after it).
    At exit they are handed back if a library that counts its objects at shutdown is loaded (see
    `hand_back_at_exit`)."""
    global _UNFREEZE_AT_EXIT
    steady_allocator()   # a worker that loads these goes on to run spaCy: see there
    steady_collector()   # ... and the analysis: see there
    if not _UNFREEZE_AT_EXIT:
        atexit.register(hand_back_at_exit)
        _UNFREEZE_AT_EXIT = True
    gc.freeze()
    return resource


def built_long_lived(make: Callable[[], T]) -> T:
    """`long_lived(make())`, with the garbage collector paused while `make` runs, so that what it makes is
    frozen before the collector resumes. Resumed first, the collector would walk every object made since
    its last collection once more before the freeze: the gazetteer snapshot's ~600,000 (~0.2 CPU s of a
    worker's start-up, in one collection of the youngest generation right after `pickle.load`); and while
    spaCy is imported and its model loaded, full collections walk everything made so far again and again
    (spaCy's own msgpack reader turns the collector back on, so that part is only shortened)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return long_lived(make())
    finally:
        if collecting:
            gc.enable()


def hand_back_at_exit(loaded=None) -> bool:
    """Hand the frozen objects back to the garbage collector if a library that counts its objects at
    shutdown is among the `loaded` modules (default `sys.modules`), so that it finds them released; returns
    whether it did. Handed back, they are all walked by the interpreter's last collection (~0.5 CPU s for a
    worker's gazetteer and spaCy pipeline), which a process without such a library need not pay: its
    memory goes back to the system at exit all the same."""
    modules = sys.modules if loaded is None else loaded
    if any(name in modules for name in COUNT_THEIR_OBJECTS_AT_EXIT):
        gc.unfreeze()
        return True
    return False


def preload(spacy_model: Optional[str] = None, gazetteer: Optional[str] = None,
            gazetteer_extra: Optional[str] = None, batch_size: int = 32) -> None:
    """Load what the analysis step of a job with these options loads on a worker (its parser's spaCy pipeline,
    the recogniser with the gazetteer's phrases, the gazetteer), in the order its `setup` loads them, and keep each
    for the first loader of the same key that asks in this process or in a process forked from it
    (pipeline/local_workers.py): a job's loaders come pickled with the graph, so it is their key, not the
    object, that finds what was loaded ahead."""
    gaz = GazetteerLoader(gazetteer, gazetteer_extra)
    for loader in (ParserLoader(spacy_model), RecogniserLoader(spacy_model, gaz, batch_size)):
        _PRELOADED[loader.key] = loader()
    _PRELOADED[gaz.key] = gaz()


def _take_preloaded(key):
    """What `preload` loaded for `key` (once), else `_NOT_PRELOADED`."""
    return _PRELOADED.pop(key, _NOT_PRELOADED)


class GazetteerLoader:
    """Picklable handle on the job's gazetteer: make one per job and give it to every step that needs it.

    Its `Shared` handle travels with every pickled copy, so the steps on one worker
    process (the recogniser's phrases, the resolver, the country names) all get the
    same gazetteer, loaded once per process. Each copy holds the gazetteer once it
    has it (never pickled), so it stays loaded while any of those steps lives.
    """

    def __init__(self, path: Optional[str] = None, extra_csv: Optional[str] = None):
        self.path = path
        self.extra_csv = extra_csv
        self._shared = shared.Shared()
        self._gazetteer = None

    def __call__(self):
        if self._gazetteer is None:
            self._gazetteer = self._shared.acquire(self._load)
        return self._gazetteer

    @property
    def key(self) -> tuple:
        return ("gazetteer", self.path, self.extra_csv)

    @property
    def packaged(self) -> bool:
        """Is this the gazetteer shipped with the code, as shipped (no other artifact, no extra rows)?"""
        return self.path is None and not self.extra_csv

    def _load(self):
        preloaded = _take_preloaded(self.key)
        if preloaded is not _NOT_PRELOADED:
            return preloaded
        if self.packaged:   # every index built, from the snapshot the first worker saved (gazetteer/snapshot.py)
            from gazetteer.snapshot import load_warm
            from gazetteer.store import default_artifact
            return built_long_lived(lambda: load_warm(default_artifact()))
        from gazetteer.store import load_gazetteer
        return built_long_lived(lambda: load_gazetteer(self.path, self.extra_csv))

    def __getstate__(self):
        return {**self.__dict__, "_gazetteer": None}


class RecogniserLoader:
    """Picklable factory: the spaCy pipeline plus the gazetteer's phrases, built on a worker."""

    def __init__(self, spacy_model: Optional[str], gazetteer_loader: GazetteerLoader, batch_size: int):
        self.spacy_model = spacy_model
        self.gazetteer_loader = gazetteer_loader
        self.batch_size = batch_size

    @property
    def key(self) -> tuple:
        return ("recogniser", self.spacy_model, *self.gazetteer_loader.key[1:], self.batch_size)

    def __call__(self) -> "EntityRecogniser":
        preloaded = _take_preloaded(self.key)
        return built_long_lived(self._load) if preloaded is _NOT_PRELOADED else preloaded

    def _load(self) -> "EntityRecogniser":
        from gazetteer.phrases import phrases_by_label
        from transforms.recognise import EntityRecogniser, worker_spacy_model   # spaCy: on the worker only
        nlp = worker_spacy_model(self.spacy_model)
        cached = self._cached_phrases(nlp)
        if cached is not None:
            phrases, splitter = cached
        else:
            phrases, splitter = phrases_by_label(self.gazetteer_loader().entities), None
        return EntityRecogniser(nlp, phrases, batch_size=self.batch_size, splitter=splitter)

    def _cached_phrases(self, nlp):
        """The packaged gazetteer's phrases, chosen and split ahead of time, when this job uses that
        gazetteer as shipped and the cache fits this spaCy pipeline (transforms/phrase_cache.py)."""
        if not self.gazetteer_loader.packaged:
            return None
        from gazetteer.store import default_artifact
        from transforms.phrase_cache import artifact_digest, load_cache
        return load_cache(nlp, artifact_digest(default_artifact()))


class ParserLoader:
    """Picklable factory: the extract step's parser (tagger, parser, lemmatizer) over the same
    spaCy pipeline the recogniser uses in this worker process (loaded once)."""

    def __init__(self, spacy_model: Optional[str] = None):
        self.spacy_model = spacy_model

    @property
    def key(self) -> tuple:
        return ("parser", self.spacy_model)

    def __call__(self):
        preloaded = _take_preloaded(self.key)
        return built_long_lived(self._load) if preloaded is _NOT_PRELOADED else preloaded

    def _load(self):
        from transforms.expulsions.parse import SpacySentenceParser
        from transforms.recognise import worker_spacy_model
        return SpacySentenceParser(worker_spacy_model(self.spacy_model))


class CountryNames:
    """Picklable country-code -> name lookup, from the job's gazetteer, on first use on the worker."""

    def __init__(self, gazetteer_loader: GazetteerLoader):
        self.gazetteer_loader = gazetteer_loader
        self._names = None

    def __call__(self, code: str) -> Optional[str]:
        if self._names is None:
            gaz = self.gazetteer_loader()
            codes = {e.country_code for e in gaz.entities if e.entity_type == "COUNTRY" and e.country_code}
            # the gazetteer's own choice per code: DE is Germany, not West Germany
            self._names = {c: gaz.country(c).canonical_name for c in codes if gaz.country(c) is not None}
        return self._names.get(code)

    def __getstate__(self):
        return {"gazetteer_loader": self.gazetteer_loader, "_names": None}
