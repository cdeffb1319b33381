"""A passive participle that shares the auxiliary and subject of the one before it (shared_passive.py): "were
arrested and expelled", "is accused of espionage and given 48 hours to leave", "were arrested, questioned and
expelled". Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian attache was arrested and expelled by Freedonia.", ("FD", "RR", 1)),
    ("Two Ruritanian diplomats were accused of spying and expelled from Freedonia.", ("FD", "RR", 2)),
    ("Two Ruritanian diplomats were accused of spying and given 48 hours to leave Freedonia.", ("FD", "RR", 2)),
    ("Two Ruritanian diplomats were accused of spying and ordered to leave Freedonia.", ("FD", "RR", 2)),
    ("Two Ruritanian diplomats were arrested, questioned and expelled from Freedonia.", ("FD", "RR", 2)),
    ("The Ruritanian ambassador was summoned and told to leave Freedonia within 48 hours.", ("FD", "RR", 1)),
])
def test_a_participle_sharing_a_passive_auxiliary_names_its_people(text, want):
    assert _asserted(text) == {want}


@pytest.mark.parametrize("text, want", [
    ("Freedonia has arrested and expelled two Ruritanian diplomats.", {("FD", "RR", 2)}),   # active: as before
    ("Two Ruritanian diplomats were arrested and later released by Freedonia.", set()),   # no expulsion
])
def test_active_verbs_and_other_acts_are_read_as_before(text, want):
    assert _asserted(text) == want
