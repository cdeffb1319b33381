"""A people's name that the article writes inside a company's name, standing as a noun, is the company's short
name: "American is a unit of AMR Corp" after "American Airlines Inc", "Basic American also said" after "Basic
American Medical Inc", "American Television" after "American Television and Communications Corp" (which the
model cuts at its "and"). None of them is the United States; "American goods", "An American said" and "American
and British banks" keep their state. And a town's name that is a company's short name after a holding in it
("51 pct of Piedmont" after "Piedmont Aviation Inc") is no town."""
import pytest

US = "Q30"


def _americans(mentions):
    return [(m.text, m.entity_id) for m in mentions if m.text == "American"]


@pytest.mark.parametrize("text", [
    "DALLAS, March 20 - The Transportation Department approved the merger of American Airlines Inc and AirCal. "
    "AirCal is a unit of ACI Holdings Inc while American is a unit of AMR Corp. The merger would not alter "
    "American's ranking, and American will pay 15 dlrs a share.",
    "Basic American Medical Inc said a proposed 82 mln dlr note issue was canceled. Basic American also said it "
    "engaged an investment banker.",
    "NEW YORK, March 20 - American Television and Communications Corp said it completed the purchase of a cable "
    "unit. American Television was spun off from Time in 1986, and Time now owns 82 pct of American Television.",
])
def test_a_demonym_standing_for_a_company_is_no_state(resolve, text):
    assert [t for t, eid in _americans(resolve(text, date="1987-03-20")) if eid == US] == []


def test_the_people_of_a_state_keep_it_beside_a_company_of_their_name(resolve):
    text = ("DALLAS, March 20 - The merger of American Airlines Inc and AirCal was approved. An American said he "
            "would fly, American goods will fly too, and American and British banks lent the money.")
    assert [eid for _, eid in _americans(resolve(text, date="1987-03-20"))] == [US, US, US]


def test_a_town_named_for_a_company_after_a_holding_in_it_is_no_town(resolve):
    text = ("WASHINGTON, March 20 - USAir Group Inc has amended its tender offer for shares of Piedmont Aviation "
            "Inc. The Department of Transportation approved USAir's acquisition of 51 pct of Piedmont.")
    pieces = [m for m in resolve(text, date="1987-03-20") if m.text == "Piedmont"]
    assert pieces and all(m.entity_id is None or m.entity_id.startswith("nn:") for m in pieces)
