"""A town's name at the head of a company's name whose suffix ends the text, its stop kept ("... to H and S - San
Mateo Inc."), names the company, not the town; the town said as a place stays the town."""
SAN_MATEO = "geonames:5392423"


def test_a_town_before_a_company_suffix_that_ends_the_text_is_no_town(resolve):
    text = ("HONOLULU, March 20 - Amfac Inc said it agreed to sell the last store of its Liberty House of "
            "California operation to H and S - San Mateo Inc.")
    assert [m.text for m in resolve(text, date="1987-03-20") if m.entity_id == SAN_MATEO] == []


def test_the_town_said_as_a_place_stays_the_town(resolve):
    text = "HONOLULU, March 20 - Amfac Inc said it agreed to sell its store in San Mateo, Calif."
    assert [m.text for m in resolve(text, date="1987-03-20") if m.entity_id == SAN_MATEO] == ["San Mateo"]
