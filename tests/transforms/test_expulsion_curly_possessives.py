"""A possessive written with a typographic apostrophe ("Ireland\u2019s") is parsed as the straight one (parse.parse_text):
the model reads the word's shape, and "told two of Ireland\u2019s five diplomats to leave" came out as two objects, with
no expulsion read. Made-up sentences parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events
from transforms.expulsions.parse import parse_text

_NAMES = dict(MADE_UP, Ireland=("IE", "COUNTRY", True))


def test_only_a_possessive_s_is_made_straight_and_every_offset_holds():
    text = "Ireland\u2019s envoy, the \u2018old hand\u2019, and the chargé d\u2019affaires"
    assert parse_text(text) == "Ireland's envoy, the \u2018old hand\u2019, and the chargé d\u2019affaires"
    assert len(parse_text(text)) == len(text)


@pytest.mark.parametrize("apostrophe", ["\u2019", "'"])
def test_a_share_of_a_states_diplomats_is_read_whatever_the_apostrophe(apostrophe):
    text = f"Ruritania told two of Ireland{apostrophe}s five diplomats to leave within a week."
    rows = {(e.expelling_country, e.expelled_country, e.count, e.modality)
            for e in made_up_events(text, names=_NAMES)}
    assert rows == {("RR", "IE", 2, "asserted")}
