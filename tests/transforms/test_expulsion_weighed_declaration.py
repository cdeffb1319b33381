""""said that Ruritania is considering declaring the Freedonian ambassador, X, "persona non grata"": the parser may
hang the status on the reporting verb and not on the declaring verb; the declaring verb's own arcs then tell
whether the declaration was made. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    'The Freedonian Foreign Ministry said in a statement on Tuesday that Ruritania is considering declaring the '
    'Freedonian ambassador (envoy) to the country, Karl Blum, "persona non grata".',
    'The ministry said on Monday that Ruritania was weighing declaring the Freedonian consul, Anna Vogel, '
    '"persona non grata".',
])
def test_a_weighed_declaration_is_no_declaration(text):
    rows = made_up_rows(text)
    assert rows and not {r for r in rows if r[3] == "asserted"}


def test_a_made_declaration_told_the_same_way_is_told():
    text = ('The Freedonian Foreign Ministry said in a statement on Tuesday that Ruritania has declared the '
            'Freedonian ambassador (envoy) to the country, Karl Blum, "persona non grata".')
    assert ("RR", "FD", 1, "asserted") in made_up_rows(text)
