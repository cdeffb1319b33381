"""normalise(): its fast ASCII path must give exactly the reference rules' output."""
import random
import re
import unicodedata

import pytest

from gazetteer.model import normalise
from gazetteer.store import read_entities, default_artifact


def reference_normalise(name: str) -> str:
    """normalise() as first written (before the ASCII fast path): the rules step by step."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a in "\u2019\u2018\u02bc`\u00b4":
        s = s.replace(a, "'")
    s = s.casefold().strip()
    s = re.sub(r"'s$", "", s)
    s = s.replace(".", "")
    s = s.replace("&", " and ")
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^the\s+", "", s)
    return s


@pytest.mark.parametrize("name, key", [
    ("U.S.", "us"), ("The Kremlin", "kremlin"), ("Putin's", "putin"), ("Putin\u2019s", "putin"),
    ("AT&T", "at and t"), ("  Sergei   SKRIPAL ", "sergei skripal"), ("Zelensky`s", "zelensky"),
    ("Ça Va-t-il", "ca va t il"), ("Straße", "strasse"), ("the", "the"), ("", ""),
])
def test_known_keys(name, key):
    assert normalise(name) == key


def test_every_artifact_name_keys_as_the_reference_does():
    names = set()
    for entity in read_entities(default_artifact()):
        names.update(entity.names())
        names.update(entity.demonyms)
    assert len(names) > 40_000
    assert any(not name.isascii() for name in names)
    mismatched = [name for name in names if normalise(name) != reference_normalise(name)]
    assert mismatched == []


def test_random_strings_key_as_the_reference_does():
    rng = random.Random(7)
    alphabet = ("abcXYZ09_ 'sthe.&-,/()`\"!?;:@#$%^*+=[]{}<>|~\\\t\n\r\x0b\x0c\x1c\x1f"
                "\u2019\u2018\u02bc\u00b4\u00e9\u00c9\u00df\u0130\u0301\u00a0\u2003\u00bd\uff21\u0436\u05d0\u4e2d")
    prefixes = ["", "the ", "The  ", " THE\t", "the"]
    suffixes = ["", "'s", "'S", "\u2019s", "'s ", "'s.", "s'", "`s"]
    for _ in range(30_000):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        name = rng.choice(prefixes) + body + rng.choice(suffixes)
        if rng.random() < 0.5:   # mostly ASCII, to exercise the fast path
            name = name.encode("ascii", "ignore").decode()
        assert normalise(name) == reference_normalise(name), repr(name)


def test_normalising_many_names_at_once_gives_each_its_own_key():
    from gazetteer.model import normalise, normalise_all
    names = ["The Kremlin", "Russia's", "U.S.", "S\u00e3o Tom\u00e9 and Pr\u00edncipe", "AT&T", ""]
    assert normalise_all(names) == [normalise(n) for n in names] == \
        ["kremlin", "russia", "us", "sao tome and principe", "at and t", ""]
