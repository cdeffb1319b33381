"""The resolver's working verdict on one name, with the `Entity` itself (`gazetteer.resolver`,
`gazetteer.person_evidence` and `gazetteer.body_evidence` pass it between their steps; `Resolution` is what the resolver answers)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from gazetteer.model import Entity


@dataclass
class Verdict:
    """The resolver's working verdict on one name, with the `Entity` itself; `Resolution` is what it answers."""
    entity: Optional[Entity]
    entity_type: str
    method: str
    score: float
    canonical_name: Optional[str] = None
    country_code: Optional[str] = None
    role: Optional[str] = None
