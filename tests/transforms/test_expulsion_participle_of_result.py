"""A participle that says what the main act came to ("refused to renew the visas of four Freedonian diplomats,
effectively expelling them") is done when the main act is, whatever the main verb means (sentences written for
these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania refused to renew the visas of four Freedonian diplomats, effectively expelling them.",
     ("RR", "FD", 4, "asserted")),
    ("Ruritania did not renew the visas of four Freedonian diplomats, thereby expelling them.",
     ("RR", "FD", 4, "asserted")),
    ("Ruritania would refuse to renew the visas of four Freedonian diplomats, effectively expelling them.",
     ("RR", "FD", 4, "hypothetical")),
    ("Ruritania refused to expel four Freedonian diplomats, effectively ending the matter.",
     ("RR", "FD", 4, "negated")),
])
def test_a_participle_of_result_is_done_when_the_main_act_is(text, want):
    assert want in made_up_rows(text)
