"""A state's parliament named by the state ("the Qandarian Parliament", "Qandaria's parliament"), made
from the country table, unless the gazetteer already holds the state's legislature by a name of its own."""
from gazetteer.model import normalise
from gazetteer.sources_countries import CountryRow, parliament_entity
from gazetteer.store import load_gazetteer

QANDARIA = CountryRow("XQ", "XQA", "", "Qandaria", "Republic of Qandaria", [], ["Qandarian", "Qandarians"], "Vell",
                      [], "iso", "", "")


def test_a_parliament_is_named_by_its_state_and_its_demonym():
    e = parliament_entity(QANDARIA, {})
    assert (e.canonical_name, e.entity_type, e.country_code, e.acts_for) == ("Parliament of Qandaria", "ORG", "XQ", None)
    assert {"Qandarian Parliament", "Qandaria's Parliament", "Parliament of the Republic of Qandaria"} <= set(e.aliases)
    assert "Qandarians Parliament" not in e.aliases


def test_a_state_whose_legislature_the_gazetteer_knows_by_its_own_name_gets_none():
    assert parliament_entity(QANDARIA, {normalise("Qandarian Sejm"): "XQ"}) is None
    assert parliament_entity(QANDARIA, {normalise("Qandarian Parliament"): "ZR"}) is None   # a name taken abroad
    assert parliament_entity(QANDARIA, {normalise("Zeranian Sejm"): "ZR"}) is not None


def test_the_artifact_knows_parliaments_by_their_state():
    gaz = load_gazetteer()
    (kenya,) = gaz.lookup_exact("Kenyan Parliament", types=("ORG",))
    assert (kenya.canonical_name, kenya.country_code) == ("Parliament of Kenya", "KE")
    assert [e.canonical_name for e in gaz.lookup_exact("British Parliament", types=("ORG",))] == \
        ["Parliament of the United Kingdom"]
    assert [e.canonical_name for e in gaz.lookup_exact("German parliament", types=("ORG",))] == ["Bundestag"]
