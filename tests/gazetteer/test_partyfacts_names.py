"""A party's short and native names as Wikidata has them (Party Facts' link file) are names of it."""
import gazetteer.sources_partyfacts as pf

CORE = [{"country": "QAN", "partyfacts_id": "9001", "technical": "", "name_short": "QA/QP",
         "name": "Alianza Quieta / Partido Quieto", "name_english": "Quiet Alliance / Quiet Party",
         "name_other": "", "year_first": "1976", "year_last": "", "wikipedia": ""}]
LINKED = [{"country": "QAN", "partyfacts_id": "9001", "wikidata_id": "Q999001", "name": "Quiet Party",
           "name_short": "QP", "name_native": "Partido Quieto"}]


def test_wikidatas_short_and_native_names_are_aliases(monkeypatch):
    monkeypatch.setattr(pf, "read_csv", lambda _dir, name: iter(LINKED if "wikidata" in name else CORE))
    (party,) = pf.party_entities({"QAN": "XQ"})
    assert party.entity_id == "Q999001" and party.country_code == "XQ"
    assert {"QP", "Partido Quieto"} <= set(party.aliases)
