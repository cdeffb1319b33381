"""State news agencies of the Gulf, Africa and Asia, and papers quoted as sources, are curated news
organisations with their state (gazetteer/sources/curated_organisations.csv): sentences written for
this test, with the real model and gazetteer."""
import pytest


@pytest.mark.parametrize("text, name, agency, cc", [
    ("Manama said the envoy had 48 hours to leave, the state-run Bahrain News Agency reported.",
     "Bahrain News Agency", "Bahrain News Agency", "BH"),
    ("The decision was carried by the Saudi Press Agency late on Thursday.", "Saudi Press Agency", "Saudi Press Agency", "SA"),
    ("Muscat recalled its ambassador for talks, ONA said on Sunday.", "ONA", "Oman News Agency", "OM"),
    ("The envoy was told to leave within a week, broadcaster NHK reported from Tokyo.", "NHK", "NHK", "JP"),
    ("The cable was first printed by El Pais in Madrid on Monday.", "El Pais", "El País", "ES"),
    ("Officials confirmed the expulsions to The Wall Street Journal on Friday.", "Wall Street Journal",
     "The Wall Street Journal", "US"),
])
def test_an_agency_or_paper_named_as_a_source_is_that_medium_of_its_state(resolve, text, name, agency, cc):
    found = [m for m in resolve(text, date="2016-05-04") if m.text in (name, "The " + name)]   # with its "the" or without
    assert found and found[0].canonical_name == agency and found[0].country_code == cc


def test_an_agency_is_not_named_before_it_was_founded(resolve):
    ms = resolve("JEDDAH, March 2 - The statement was read on the radio, the Saudi Press Agency said.", date="1965-03-02")
    agency = [m for m in ms if m.text == "Saudi Press Agency"]
    assert agency and not (agency[0].entity_id or "").startswith("curated:")   # a name of its own, no source's
