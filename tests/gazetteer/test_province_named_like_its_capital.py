"""A province named like its capital: "Quebec" in the news is the province, "Quebec City" the city.

The licensed Phoenix dictionary lists Canada's provinces under the country, the province of Québec
with its accented letter lost ("+QUBEC_"); the build holds it as the province, apart from the
GeoNames city Québec, so a bare "Quebec" no longer links the city.
"""
from gazetteer import sources_phoenix

DICTIONARY = """\
# a made-up stretch of a Countries actors file
CANADA_  [CAN]
+ONTARIO_
+QUBEC_
+SASKATCHEWAN_
"""

CITY = "geonames:6325494"


def _quebec(mentions, outer=False):
    return [m for m in mentions if m.text.lower() == "quebec" and m.nested == outer]


def test_the_sources_province_with_its_lost_letter_is_held_as_the_province(tmp_path, monkeypatch):
    (tmp_path / sources_phoenix.COUNTRIES).write_text(DICTIONARY, encoding="utf-8")
    monkeypatch.setattr(sources_phoenix, "source_path", lambda _dir, fname: str(tmp_path / fname))
    places = {e.canonical_name: e for e in sources_phoenix.city_entities({"CAN": "CA"}, {}, {})}
    assert "Qubec" not in places
    assert places["Quebec"].entity_type == "OTHER" and places["Quebec"].country_code == "CA"
    assert places["Ontario"].entity_type == "CITY"   # the other provinces as before


def test_quebec_said_of_the_province_is_the_province_not_its_capital(resolve):
    for text in ("OTTAWA, May 4 - The asbestos mine near Thetford Mines, Quebec, will shut in June, its owner said.",
                 "OTTAWA, May 4 - Ice storms cut power to parts of Quebec and eastern Ontario overnight.",
                 "OTTAWA, May 4 - The Government of Quebec said it would buy the smelter's power plant.",
                 "MONTREAL, May 4 - Quebec's premier told the legislature the province would appeal the ruling.",
                 "MONTREAL, May 4 - Voters in the province of Quebec go to the polls on Monday."):
        found = _quebec(resolve(text, date="1988-05-04"))
        assert found, text
        for m in found:
            assert m.entity_id and m.entity_id != CITY and m.entity_type == "OTHER" and m.country_code == "CA", text


def test_quebec_city_and_a_datelines_quebec_stay_the_city(resolve):
    for text in ("MONTREAL, May 4 - The trade ministers will meet in Quebec City in June, officials said.",
                 "QUEBEC CITY, May 4 - The mayor of Quebec City opened the new bridge on Monday."):
        cities = [m for m in resolve(text, date="1988-05-04") if m.text.lower() == "quebec city"]
        assert cities and all(m.entity_id == CITY for m in cities), text
    (dateline,) = _quebec(resolve("QUEBEC, May 4 - The legislature passed the budget on Monday.", date="1988-05-04"))
    assert dateline.entity_id == CITY
