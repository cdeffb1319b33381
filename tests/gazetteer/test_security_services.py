"""A state's intelligence and security services, and bodies expulsion stories name all the time."""
import gzip
import json
from collections import defaultdict

import pytest

from gazetteer import build, sources_phoenix
from gazetteer.model import Entity, normalise

DICTIONARY = """\
# a made-up stretch of a Countries actors file
QANDARIA_ [QND]
+QANDAR_CITY_
SECRET_BUREAU_OF_QANDARIA_
+ZARKA
+QANDARIAN_SECRET_BUREAU
\t[QNDSPY]
HOME_GUARD_DIRECTORATE_
+HGD
+FOREIGN_WATCH
+FWS
\t[QNDSPY]
CROWN_INTELLIGENCE_OFFICE_
+CIO
+QUIET_SERVICE
\t[QNDSPY]
DIRECTOR_OF_SECRET_WORK
\t[QNDSPY]
STATE_PARLIAMENT_
\t[QNDGOVLEG]
JOHN_QANDAR_  # CountryInfo.txt
\t[QNDGOV 800101-851231]
"""


@pytest.fixture()
def services(tmp_path, monkeypatch):
    (tmp_path / sources_phoenix.COUNTRIES).write_text(DICTIONARY, encoding="utf-8")
    monkeypatch.setattr(sources_phoenix, "source_path", lambda _dir, fname: str(tmp_path / fname))
    taken = {normalise("Quiet Service"): "XQ"}   # the gazetteer already has this body
    return sources_phoenix.security_service_entities({"QND": "XQ"}, taken)


def test_a_service_is_one_body_of_its_state_with_its_aliases(services):
    bureau = [e for e in services if e.canonical_name == "Secret Bureau of Qandaria"]
    assert len(bureau) == 1
    assert bureau[0].country_code == "XQ" and bureau[0].entity_type == "ORG"
    assert "Zarka" in bureau[0].aliases            # a word, not an acronym: 'Zarka', not 'ZARKA'
    assert "Qandarian Secret Bureau" in bureau[0].aliases


def test_grouped_bodies_titles_and_other_institutions_are_left_out(services):
    names = {n for e in services for n in e.names()}
    assert "HGD" not in names and "FWS" not in names   # two acronyms: two bodies sharing a code
    assert "CIO" not in names                          # groups a body the gazetteer already has
    assert not any("Director" in n for n in names)     # a post, not a body
    assert "State Parliament" not in names and "John Qandar" not in names
    assert len(services) == 1


@pytest.fixture(scope="module")
def lookup():
    idx = defaultdict(list)
    with gzip.open(build.DEFAULT_OUT, "rt", encoding="utf-8") as f:
        for line in f:
            e = Entity.from_json(json.loads(line))
            for key in {normalise(n) for n in e.names()}:
                idx[key].append(e)
    return idx


@pytest.mark.parametrize("name,country", [
    ("KGB", "SU"), ("K.G.B.", "SU"), ("Stasi", "DD"), ("Mossad", "IL"), ("Shin Bet", "IL"),
    ("PLO", "PS"), ("Palestine Liberation Organization", "PS"),
    ("IRA", None), ("Warsaw Pact", None), ("GATT", None), ("Comecon", None),
    ("CIA", "US"), ("MI6", "GB"), ("GRU", "RU"),
])
def test_bodies_expulsion_stories_name(lookup, name, country):
    orgs = [e for e in lookup[normalise(name)] if e.entity_type == "ORG"]
    assert len(orgs) == 1, [(e.entity_id, e.canonical_name) for e in orgs]
    assert orgs[0].country_code == country
