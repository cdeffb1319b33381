"""The Wikidata dump importer on a tiny dump in Wikidata's real JSON layout."""
import bz2
import gzip
import json

import pytest

from gazetteer import wikidata
from gazetteer.model import Entity


def _item(qid, label, claims, aliases=()):
    return {"type": "item", "id": qid,
            "labels": {"en": {"language": "en", "value": label}, "fr": {"language": "fr", "value": label + " (fr)"}},
            "aliases": {"en": [{"language": "en", "value": a} for a in aliases]},
            "claims": claims}


def _item_claim(prop, target, qualifiers=None):
    st = {"mainsnak": {"snaktype": "value", "property": prop,
                       "datavalue": {"value": {"entity-type": "item", "numeric-id": int(target[1:]), "id": target},
                                     "type": "wikibase-entityid"}},
          "type": "statement", "rank": "normal"}
    if qualifiers:
        st["qualifiers"] = qualifiers
    return st


def _string_claim(prop, value):
    return {"mainsnak": {"snaktype": "value", "property": prop,
                         "datavalue": {"value": value, "type": "string"}}, "type": "statement"}


def _time(prop, iso, precision):
    return {prop: [{"snaktype": "value", "property": prop,
                    "datavalue": {"value": {"time": f"+{iso}T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
                                            "precision": precision,
                                            "calendarmodel": "http://www.wikidata.org/entity/Q1985727"},
                                  "type": "time"}}]}


ENTITIES = [
    _item("Q145", "United Kingdom", {"P31": [_item_claim("P31", "Q6256"), _item_claim("P31", "Q3624078")],
                                     "P297": [_string_claim("P297", "GB")]}, aliases=["UK", "Britain"]),
    _item("Q9630", "Labour Party", {"P31": [_item_claim("P31", "Q7278")], "P17": [_item_claim("P17", "Q145")]},
          aliases=["Labour"]),
    _item("Q272201", "Liz Truss", {
        "P31": [_item_claim("P31", "Q5")],
        "P39": [_item_claim("P39", "Q14211", dict(**_time("P580", "2022-09-06", 11), **_time("P582", "2022-10-25", 11))),
                _item_claim("P39", "Q99999999", _time("P580", "2010-00-00", 9))]}, aliases=["Mary Elizabeth Truss"]),
    _item("Q22686", "Donald Trump", {"P31": [_item_claim("P31", "Q5")],
                                     "P39": [_item_claim("P39", "Q11696", _time("P580", "2017-01-20", 11))]}),
    _item("Q12418", "Mona Lisa", {"P31": [_item_claim("P31", "Q3305213")]}),
    _item("Q42", "Douglas Adams", {"P31": [_item_claim("P31", "Q5")]}),   # a person with no P39: skipped
    {"type": "property", "id": "P31", "labels": {"en": {"language": "en", "value": "instance of"}}, "claims": {}},
]


def _write_dump(path, opener):
    lines = ["["] + [json.dumps(e) + ("," if i < len(ENTITIES) - 1 else "") for i, e in enumerate(ENTITIES)] + ["]"]
    with opener(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


@pytest.mark.parametrize("suffix,opener", [(".json", open), (".json.gz", gzip.open), (".json.bz2", bz2.open)])
def test_import_dump(tmp_path, suffix, opener):
    dump = tmp_path / f"dump{suffix}"
    _write_dump(str(dump), opener)
    out = tmp_path / "out.jsonl.gz"
    assert wikidata.convert_dump(str(dump), str(out)) == 4
    with gzip.open(out, "rt", encoding="utf-8") as f:
        got = {e.entity_id: e for e in (Entity.from_json(json.loads(line)) for line in f)}
    assert set(got) == {"Q145", "Q9630", "Q272201", "Q22686"}
    uk = got["Q145"]
    assert (uk.entity_type, uk.canonical_name, uk.country_code) == ("COUNTRY", "United Kingdom", "GB")
    assert uk.aliases == ["Britain", "UK"]
    party = got["Q9630"]
    assert (party.entity_type, party.country_code, party.aliases) == ("ORG", "GB", ["Labour"])
    truss = got["Q272201"]
    assert truss.entity_type == "PERSON" and truss.country_code == "GB"
    pm, other = truss.roles
    assert (pm.role_key, pm.country, pm.start, pm.end) == ("head_of_government", "GB", "2022-09-06", "2022-10-25")
    assert (other.role_key, other.start, other.end) == ("official", "2010", None)
    trump = got["Q22686"]
    assert trump.roles[0].role_key == "head_of_state" and trump.roles[0].country == "US"


def test_plain_output_and_time_precision(tmp_path):
    dump = tmp_path / "dump.json"
    _write_dump(str(dump), open)
    out = tmp_path / "out.jsonl"
    wikidata.convert_dump(str(dump), str(out))
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
    assert wikidata.wikidata_time({"time": "+1999-05-00T00:00:00Z", "precision": 10}) == "1999-05"
    assert wikidata.wikidata_time({"time": "+1999-05-07T00:00:00Z", "precision": 9}) == "1999"
