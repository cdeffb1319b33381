"""Two shapes of commentary that name an expulsion no one did: a condition told by inversion ("Had Ruritania expelled
the two diplomats, ...", "Were Freedonia to expel ...", "Should Freedonia expel ...": told.inverted_condition, as
"if" opens one), and a course judged under a modal "be" ("Freedonia would be within its rights to expel the
ambassador", "It would be a mistake for Freedonia to expel ..."). Both are hypothetical. Sentences written for these
tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _modalities(text):
    return {r[3] for r in made_up_rows(text) if r[1] == "RR"}


@pytest.mark.parametrize("text", [
    "Had Freedonia expelled two Ruritanian diplomats, Ruritania would have retaliated.",
    "Had the two Ruritanian diplomats been expelled by Freedonia, the talks would have collapsed.",
    "Were Freedonia to expel the Ruritanian ambassador, Ruritania would retaliate.",
    "Should Freedonia expel two Ruritanian diplomats, Ruritania will respond.",
    "Freedonia would be within its rights to expel the Ruritanian ambassador.",
    "It would be a mistake for Freedonia to expel the Ruritanian ambassador.",
])
def test_a_course_not_taken_is_hypothetical(text):
    assert _modalities(text) == {"hypothetical"}


@pytest.mark.parametrize("text, want", [
    ("Freedonia had expelled two Ruritanian diplomats, and Ruritania had retaliated.", "asserted"),
    ("After Freedonia had expelled two Ruritanian diplomats, Ruritania retaliated.", "asserted"),
    ("Freedonia said the two Ruritanian diplomats would be given 48 hours to leave.", "asserted"),
    ("Freedonia should expel two Ruritanian diplomats.", "demand"),
])
def test_a_told_act_keeps_its_modality(text, want):
    assert _modalities(text) == {want}
