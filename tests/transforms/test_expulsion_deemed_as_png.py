"""A state that says it considers a diplomat "as" persona non grata declares him so, as without the "as"
(modality.deems)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania considers the Freedonian Minister as persona non grata.",
    "The Ruritanian government said it considered two Freedonian attaches as personae non gratae.",
])
def test_considered_as_persona_non_grata_is_declared(text):
    assert {row[3] for row in made_up_rows(text)} == {"asserted"}


def test_considering_a_declaration_is_weighing_it():
    assert {row[3] for row in made_up_rows("Ruritania is considering declaring the Freedonian Minister persona non "
                                           "grata.")} <= {"hypothetical"}
