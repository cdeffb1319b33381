"""A name the model reads whole in one sentence is the same name where it misses or cuts it (texts made up)."""
import pytest

from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article


@pytest.fixture(scope="module")
def rec():
    return EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Laos"], "NORP": ["Lao"]})


def found(rec, text):
    (r,) = rec.recognise([Article("a", text)])
    return [(m.text, m.start_char) for m in r.mentions]


def test_a_movements_name_read_whole_once_is_whole_where_the_model_missed_it(rec):
    """'The Pathet Lao took control ... Pathet Lao troops': the movement both times, no mention of the Lao people."""
    text = ("VIENTIANE, May 12 (AP) - The Pathet Lao took control of the ministries, and Pathet Lao troops "
            "entered the city on Monday.")
    names = found(rec, text)
    assert ("Pathet Lao", text.index("Pathet Lao")) in names, names
    assert not [n for n in names if n[0] == "Lao"], names


def test_the_peoples_name_by_itself_is_still_named(rec):
    """Beside the movement's name, 'Lao officials' still names the Lao people."""
    text = ("VIENTIANE, May 12 (AP) - The Pathet Lao took control of the ministries, and Pathet Lao troops "
            "entered the city. Lao officials said the king would stay.")
    names = found(rec, text)
    assert ("Lao", text.index("Lao officials")) in names, names
