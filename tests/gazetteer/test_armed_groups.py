"""Armed groups that news names as actors are curated organisations with the state they fight in, or of no
state (gazetteer/sources/curated_organisations.csv): sentences written for this test, with the real model
and gazetteer."""
import pytest


@pytest.mark.parametrize("text, date, name, group, cc", [
    ("KABUL, May 4 - The Taliban said they had taken two district centres overnight.", "2009-05-04",
     "Taliban", "Taliban", "AF"),
    ("GOMA, Jan. 20 - M23 fighters reached the edge of the city, residents said.", "2025-01-20",
     "M23", "March 23 Movement", "CD"),
    ("BAGHDAD - Iraqi troops retook the refinery from ISIS on Tuesday.", "2015-06-09", "ISIS", "Islamic State", None),
    ("KHARTOUM - The Rapid Support Forces said they controlled the bridge.", "2023-05-02",
     "Rapid Support Forces", "Rapid Support Forces", "SD"),
])
def test_an_armed_group_named_in_the_news_is_that_group(resolve, text, date, name, group, cc):
    found = [m for m in resolve(text, date=date) if m.text == name]
    assert found and found[0].canonical_name == group and found[0].country_code == cc


def test_a_group_is_not_named_before_it_was_founded(resolve):
    ms = resolve("GOMA, June 2 - The Taliban delegation met the governor of the province.", date="1985-06-02")
    found = [m for m in ms if m.text == "Taliban"]
    assert found and not (found[0].entity_id or "").startswith("curated:")
