"""A state's defence ministry named by the state ("the Ruritanian Defence Ministry", "Ruritania's Ministry of
Defense", "Ministry of Defence of Ruritania"), generated for every state as its foreign ministry is
(gazetteer/sources_countries.py); a state whose defence ministry the gazetteer holds by a name of its own keeps
that body, under which the generated names fold. Rows and bodies written for these tests."""
from gazetteer.model import Entity
from gazetteer.sources_countries import CountryRow, defence_ministry_entities, defence_ministry_entity
from gazetteer.store import load_gazetteer

RURITANIA = CountryRow._make([None] * len(CountryRow._fields))._replace(
    iso2="RR", name="Ruritania", demonyms=("Ruritanian", "Ruritanians"), official_name="Kingdom of Ruritania")


def test_a_defence_ministry_is_named_by_its_state_and_its_demonym():
    e = defence_ministry_entity(RURITANIA)
    assert (e.canonical_name, e.entity_type, e.country_code, e.acts_for) == \
        ("Ministry of Defence of Ruritania", "ORG", "RR", None)   # it does not act for the state in diplomacy
    for name in ("Ruritanian Defence Ministry", "Ruritania's Defense Ministry", "Ministry of Defense of Ruritania",
                 "Ruritanian Ministry of National Defence", "Ministry of Defence of the Kingdom of Ruritania"):
        assert name in e.aliases, name
    assert not any(a.startswith("Ruritanians ") for a in e.aliases)   # a plural makes no such name


def test_a_defence_ministry_held_by_a_name_of_its_own_takes_that_name():
    own = Entity(entity_id="curated:x", canonical_name="Royal Ruritanian War Department of Defence",
                 entity_type="ORG", country_code="RR")
    e = defence_ministry_entity(RURITANIA, own.canonical_name)
    assert e.canonical_name == own.canonical_name and "Ministry of Defence of Ruritania" in e.aliases
    held = Entity(entity_id="curated:y", canonical_name="Ministry of Defence (UK)", entity_type="ORG", country_code="GB")
    by_state = {e.country_code: e.canonical_name for e in defence_ministry_entities([held])}
    assert by_state["GB"] == "Ministry of Defence (UK)" and by_state["RU"] == "Ministry of Defence of Russia"


def test_the_artifact_knows_defence_ministries_by_their_state():
    gaz = load_gazetteer()
    for name, canonical in (("Russian Defence Ministry", "Ministry of Defence of Russia"),
                            ("Ministry of Defence of Ukraine", "Ministry of Defence of Ukraine"),
                            ("Soviet Defense Ministry", "Ministry of Defence of the Soviet Union"),
                            ("British Defence Ministry", "Ministry of Defence (UK)"),
                            ("American Defense Ministry", "United States Department of Defense")):
        assert [e.canonical_name for e in gaz.lookup_exact(name, types=("ORG",))] == [canonical], name
