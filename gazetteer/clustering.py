"""Stable identities for names the gazetteer does not know, across the whole feed.

A name the gazetteer lacks ("Zuheir Jabbour") may be spelt several ways in
several articles ("Zuhair Jabbour", "Zoheir Jabbour"). Names are *blocked*
(entity type + the first two letters of the surname, so only plausible pairs
are ever compared) and, within a block, joined greedily to the most frequent
compatible name they resemble closely enough. A cluster's id is a hash of its
type, representative name and country: the same feed, in any order, gives the
same ids.

Everything here is plain Python; transforms/entities.py applies it with Beam.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, NamedTuple, Optional

from rapidfuzz import fuzz

from gazetteer.lookalike import names_compatible
from gazetteer.model import normalise

CLUSTERED_TYPES = ("PERSON", "ORG", "CITY", "OTHER")
MIN_SIMILARITY = {"PERSON": 0.85, "ORG": 0.9, "CITY": 0.9, "OTHER": 0.9}
MIN_SURNAME_SIMILARITY = 0.8   # two full names' last words: "Jabour"/"Jabbour", "Ahmed"/"Ahmad"; not "Stern"/"Sterling"


class NameVariant(NamedTuple):
    """One distinct unknown name in a block, with how often the feed uses it."""
    key: str                    # normalised name
    name: str                   # the name as written most often
    country_code: Optional[str]
    mentions: int


class ClusterAssignment(NamedTuple):
    cluster_id: str
    canonical_name: str
    country_code: Optional[str]
    score: float                # similarity of this variant to the cluster's representative


def block_key(entity_type: str, key: str) -> str:
    """Only names sharing this are compared: type + first two letters of the last word."""
    words = key.split()
    last = words[-1] if words else ""
    return f"{entity_type}:{last[:2]}"


def cluster_id(entity_type: str, representative_key: str, country_code: Optional[str]) -> str:
    digest = hashlib.sha1(f"{entity_type}|{representative_key}|{country_code or ''}".encode("utf-8")).hexdigest()
    return f"nn:{digest[:16]}"


def similarity(a: str, b: str) -> float:
    """Two normalised names, 0..1: edit similarity, forgiving word order."""
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)) / 100.0


def _compatible(a: NameVariant, b: NameVariant, entity_type: str) -> bool:
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return False
    if entity_type == "PERSON":
        # a surname alone never anchors a cluster of full names, and initials must agree
        wa, wb = a.key.split(), b.key.split()
        if len(wa) >= 2 and len(wb) >= 2 and wa[0][:1] != wb[0][:1]:
            return False
        if wa[-1][:1] != wb[-1][:1]:
            return False
        if len(wa) >= 2 and len(wb) >= 2 and fuzz.ratio(wa[-1], wb[-1]) / 100.0 < MIN_SURNAME_SIMILARITY:
            return False   # "William Sterling" is no "William Stern": the surnames must look alike themselves
        if not names_compatible(a.key, b.key):
            return False   # "Kim Hak-chol" is no "Kim Hyok-chol": every given name must agree, as for a known person
    return True


def cluster_block(entity_type: str, variants: Iterable[NameVariant]) -> dict[tuple, ClusterAssignment]:
    """Assign each variant of one block to a cluster; deterministic whatever the input order.

    Variants are visited most frequent first (then longest, then alphabetically);
    each joins the first representative it resembles (>= MIN_SIMILARITY for its
    type) and is compatible with, or starts a cluster of its own.
    """
    ordered = sorted(variants, key=lambda v: (-v.mentions, -len(v.key), v.key, v.country_code or ""))
    threshold = MIN_SIMILARITY.get(entity_type, 0.9)
    representatives: list[tuple[NameVariant, str]] = []
    out: dict[tuple, ClusterAssignment] = {}   # (normalised name, country) -> assignment
    for v in ordered:
        if (v.key, v.country_code) in out:
            continue
        best = None
        for rep, cid in representatives:
            if not _compatible(v, rep, entity_type):
                continue
            sim = similarity(v.key, rep.key)
            if sim >= threshold and (best is None or sim > best[0]):
                best = (sim, rep, cid)
        if best is None:
            cid = cluster_id(entity_type, v.key, v.country_code)
            representatives.append((v, cid))
            out[(v.key, v.country_code)] = ClusterAssignment(cid, v.name, v.country_code, 1.0)
        else:
            sim, rep, cid = best
            out[(v.key, v.country_code)] = ClusterAssignment(cid, rep.name, rep.country_code, round(sim, 3))
    if entity_type == "PERSON":
        _surnames_to_full_names(representatives, out)
    return out


# the Arabic article a surname keeps when written alone ("al-Burhan", "el-Sisi")
SURNAME_ARTICLES = frozenset({"al", "el"})


def _surnames_to_full_names(representatives: list[tuple[NameVariant, str]], out: dict) -> None:
    """A bare surname that started a cluster of its own ("Bassiouny", "al-Burhan" with its article) joins the one
    person of the feed named in full with those last words ("Mohammed Bassiouny", "Abdel Fattah al-Burhan"), of
    no other country; with two such people ("Ahmed Bassiouny", "Mohammed Bassiouny"), none, or one named by
    initials ("J. Eden"), it stays its own."""
    for v, cid in representatives:
        words = v.key.split()
        if len(words) > 1 and not (len(words) == 2 and words[0] in SURNAME_ARTICLES):
            continue
        full = {c: rep for rep, c in representatives if len(rep.key.split()) > len(words)
                and rep.key.split()[-len(words):] == words
                and len(rep.key.split()[0]) > 1   # "J. Eden" is named by initials only: anyone's "Mr. Eden"
                and not (rep.country_code and v.country_code and rep.country_code != v.country_code)}
        if len(full) != 1:
            continue
        (target, rep), = full.items()
        for k, a in list(out.items()):
            if a.cluster_id == cid:
                out[k] = ClusterAssignment(target, rep.name, rep.country_code or a.country_code, 0.9)


def variants_from(names: Iterable[tuple[str, Optional[str]]]) -> list[NameVariant]:
    """(name as written, country) pairs of one block -> distinct variants with counts."""
    counts: dict[tuple, dict] = {}
    for name, country in names:
        key = normalise(name)
        if not key:
            continue
        slot = counts.setdefault((key, country), {})
        slot[name] = slot.get(name, 0) + 1
    variants = []
    for (key, country), spellings in counts.items():
        name = sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        variants.append(NameVariant(key, name, country, sum(spellings.values())))
    return variants
