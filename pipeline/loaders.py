"""Picklable factories for the heavy resources a worker loads once (in DoFn.setup).

They carry only paths and names across the wire; the gazetteer and the spaCy
pipeline are built on the worker.
"""
from __future__ import annotations

from typing import Optional

from transforms.recognise import EntityRecogniser, load_spacy_model


class GazetteerLoader:
    """Picklable factory: loads the gazetteer on a worker (once, via shared.Shared)."""

    def __init__(self, path: Optional[str] = None, extra_csv: Optional[str] = None):
        self.path = path
        self.extra_csv = extra_csv

    def __call__(self):
        from gazetteer.store import load_gazetteer
        return load_gazetteer(self.path, self.extra_csv)


class RecogniserLoader:
    """Picklable factory: the spaCy pipeline plus the gazetteer's phrases, built on a worker."""

    def __init__(self, spacy_model: Optional[str], gazetteer_loader: GazetteerLoader, batch_size: int):
        self.spacy_model = spacy_model
        self.gazetteer_loader = gazetteer_loader
        self.batch_size = batch_size

    def __call__(self) -> EntityRecogniser:
        from gazetteer.phrases import phrases_by_label
        gaz = self.gazetteer_loader()
        return EntityRecogniser(load_spacy_model(self.spacy_model), phrases_by_label(gaz.entities),
                                batch_size=self.batch_size)


class CountryNames:
    """Picklable country-code -> name lookup, loaded lazily on the worker."""

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
