"""An event's id: stable across runs, from where it was told and what it says."""
from __future__ import annotations

import hashlib
from typing import Optional


def make_event_id(article_id: str, start: int, end: int, expelling: Optional[str], expelled: Optional[str],
                  count: Optional[int], modality: str) -> str:
    key = f"{article_id}|{start}|{end}|{expelling}|{expelled}|{count}|{modality}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
