"""The arrays behind `gazetteer.index.AliasIndex`'s fuzzy search, built from all its keys at once.

* `gram_postings`: the inverted index of padded character n-grams (alias ids grouped by gram);
* `letter_signatures`: one 64-bit word per key telling which letters it holds, once and twice,
  so that `letter_distance` bounds how many characters two keys must differ by (Indel distance)
  without comparing them: the index uses it to choose among candidates its grams cannot separate.

Keys are already normalised; ids are positions in the key list.
"""
from __future__ import annotations

import numpy as np

SIGNATURE_SLOTS = 32       # 'a'-'z', space, and five shared slots for every other character
_CHUNK = 1 << 16           # keys per step of `letter_signatures` (bounds its scratch memory)


def char_grams(key: str, size: int = 3) -> set:
    """The distinct character n-grams of `key` padded with one space on each side.

    A key shorter than `size` - 1 yields its padded self as its only gram.
    """
    padded = f" {key} "
    return {padded[i:i + size] for i in range(len(padded) - size + 1)} or {padded}


def gram_postings(keys: list, gram_size: int):
    """Inverted gram index: alias ids grouped by gram (ascending within each gram), and
    gram -> (start, end) into them: the distinct `char_grams` of every key.

    The grams of all keys are cut at once with numpy (each character a small dense code, a gram
    their base-(distinct characters) number); only keys too short for a full gram, and an alphabet too large
    for 64-bit (gram, alias) numbers, take the per-key path. One int64 per gram occurrence is
    alive at the peak: each occurrence becomes the number gram * len(keys) + alias id, sorted in
    place (so by gram, then alias id), and a gram's text is read back from its number. The groups'
    order in the array carries no meaning (a lookup reads a gram's span by name).
    """
    padded = [f" {key} " for key in keys]
    lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
    full = lengths >= gram_size
    codes = np.frombuffer("".join(p for p, ok in zip(padded, full.tolist()) if ok).encode("utf-32-le"),
                          dtype=np.uint32)
    short: dict = {}                                                # a padded key shorter than a gram
    for i in np.flatnonzero(~full).tolist():
        short.setdefault(padded[i], []).append(i)
    del padded
    present = np.bincount(codes) > 0 if len(codes) else np.zeros(1, dtype=bool)
    size = int(present.sum())                                      # distinct characters
    if size ** gram_size * max(len(keys), 1) >= 2 ** 62:
        return gram_postings_per_key(keys, gram_size)
    dense = (np.cumsum(present) - 1).astype(np.min_scalar_type(max(size - 1, 0)))[codes]   # ranks
    del codes
    ids = np.flatnonzero(full).astype(np.int32)
    per_key = lengths[full] - gram_size + 1                        # gram positions of each full key
    position = np.int32 if len(dense) < 2 ** 31 else np.int64
    key_start = np.cumsum(lengths[full]) - lengths[full]           # where each key starts in the text
    first_gram = np.cumsum(per_key) - per_key
    at = np.repeat((key_start - first_gram).astype(position), per_key)
    at += np.arange(len(at), dtype=position)                       # each gram's first character
    number = dense[at].astype(np.int64)
    for _ in range(gram_size - 1):
        at += 1
        number *= size
        number += dense[at]
    del at, dense
    number *= len(keys)                                            # (gram, alias id) as one number
    number += np.repeat(ids, per_key)
    number.sort()
    distinct = np.empty(len(number), dtype=bool)                   # a gram twice in one key counts once
    distinct[:1] = True
    np.not_equal(number[1:], number[:-1], out=distinct[1:])
    number = number[distinct]
    del distinct
    postings = np.empty(len(number), dtype=np.int32)
    np.remainder(number, len(keys), out=postings, casting="unsafe")   # alias ids fit in int32
    grams = number
    grams //= len(keys)
    new_gram = np.empty(len(grams), dtype=bool)
    new_gram[:1] = True
    np.not_equal(grams[1:], grams[:-1], out=new_gram[1:])
    starts = np.flatnonzero(new_gram)
    gram_spans = dict(zip(gram_texts(grams[starts], np.flatnonzero(present), size, gram_size),
                          zip(starts.tolist(), starts[1:].tolist() + [len(postings)])))
    del grams, new_gram
    if short:
        pieces = [postings]
        offset = len(postings)
        for gram, alias_ids in short.items():
            gram_spans[gram] = (offset, offset + len(alias_ids))
            pieces.append(np.array(alias_ids, dtype=np.int32))
            offset += len(alias_ids)
        postings = np.concatenate(pieces)
    return postings, gram_spans


def gram_texts(numbers: np.ndarray, characters: np.ndarray, size: int, gram_size: int) -> list:
    """The grams whose base-`size` numbers (digits: ranks in `characters`, code points) are given."""
    digits = np.empty((len(numbers), gram_size), dtype=np.uint32)
    for j in range(gram_size - 1, -1, -1):
        numbers, digit = np.divmod(numbers, size)
        digits[:, j] = characters[digit]
    text = digits.tobytes().decode("utf-32-le")
    return [text[i:i + gram_size] for i in range(0, len(text), gram_size)]


def gram_postings_per_key(keys: list, gram_size: int):
    """`gram_postings`, one key at a time (any alphabet)."""
    gram_ids: dict = {}
    gram_column = []
    grams_per_key = np.empty(len(keys), dtype=np.int32)
    for i, key in enumerate(keys):
        grams = char_grams(key, gram_size)
        grams_per_key[i] = len(grams)
        gram_column.extend([gram_ids.setdefault(g, len(gram_ids)) for g in grams])
    gram_of_posting = np.array(gram_column, dtype=np.int32)
    del gram_column
    alias_of_posting = np.repeat(np.arange(len(keys), dtype=np.int32), grams_per_key)
    order = np.argsort(gram_of_posting, kind="stable")   # keeps alias ids ascending per gram
    postings = alias_of_posting[order]
    del order, alias_of_posting
    ends = np.cumsum(np.bincount(gram_of_posting, minlength=len(gram_ids))).tolist()
    gram_spans = {}
    for gram, gram_id in gram_ids.items():
        start = ends[gram_id - 1] if gram_id else 0
        gram_spans[gram] = (start, ends[gram_id])
    return postings, gram_spans


def letter_slot(character: str) -> int:
    """The slot of a character in a letter signature: 'a'-'z' 0-25, space 26, anything else 27-31."""
    code = ord(character)
    if 97 <= code <= 122:
        return code - 97
    return 26 if code == 32 else 27 + code % 5


def letter_signature(key: str) -> int:
    """Bit s: `key` holds a character of slot s; bit 32 + s: it holds two or more."""
    once = twice = 0
    for character in key:
        bit = 1 << letter_slot(character)
        twice |= once & bit
        once |= bit
    return once | (twice << SIGNATURE_SLOTS)


def letter_signatures(keys: list) -> np.ndarray:
    """`letter_signature` of every key (uint64), computed a chunk of keys at a time."""
    signatures = np.zeros(len(keys), dtype=np.uint64)
    for first in range(0, len(keys), _CHUNK):
        chunk = keys[first:first + _CHUNK]
        codes = np.frombuffer("".join(chunk).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        slots = np.where((codes >= 97) & (codes <= 122), codes - 97, np.where(codes == 32, 26, 27 + codes % 5))
        owner = np.repeat(np.arange(len(chunk), dtype=np.int64), np.fromiter(map(len, chunk), np.int64, len(chunk)))
        counts = np.bincount(owner * SIGNATURE_SLOTS + slots,
                             minlength=len(chunk) * SIGNATURE_SLOTS).reshape(len(chunk), SIGNATURE_SLOTS)
        once = np.packbits(counts >= 1, axis=1, bitorder="little").view("<u4")[:, 0].astype(np.uint64)
        twice = np.packbits(counts >= 2, axis=1, bitorder="little").view("<u4")[:, 0].astype(np.uint64)
        signatures[first:first + len(chunk)] = once | (twice << np.uint64(SIGNATURE_SLOTS))
    return signatures


def letter_distance(signature: int, signatures: np.ndarray) -> np.ndarray:
    """A lower bound on the Indel distance (characters inserted or deleted) between the key of
    `signature` and each key of `signatures`: the bits in which they differ. Each differing bit is a
    slot whose count (capped at two) differs, and every unit of difference in a character's count
    costs an insertion or a deletion, so fuzz.ratio (and token_sort_ratio, the same characters) of
    two keys of lengths m and n is at most 1 - distance / (m + n)."""
    return np.bitwise_count(signatures ^ np.uint64(signature))
