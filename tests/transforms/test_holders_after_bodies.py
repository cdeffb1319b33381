"""A body's name after an office's title and "of" ends where the holder's name begins (transforms/holders_after_bodies.py)."""
import pytest

from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Ruritania"], "NORP": ["Ruritanian"],
                                                 "PERSON": ["Petar Marko"]})


def _mentions(rec, text):
    (r,) = rec.recognise([Article("a", text)])
    return {(m.text, m.label.split("|")[0]) for m in r.mentions}


@pytest.mark.parametrize("text, body, holder", [
    ("The delegation includes the Director of the National Intelligence Service Suh Hoon.",
     "National Intelligence Service", "Suh Hoon"),
    ("He met Ruritania's chairman of the High Council for National Concord Petar Marko on Friday.",
     "High Council for National Concord", "Petar Marko"),
])
def test_the_body_and_its_office_holder_are_two_names(recogniser, text, body, holder):
    found = _mentions(recogniser, text)
    texts = {t for t, _ in found}
    assert body in texts and holder in texts, found
    assert not any(t.startswith(body) and t != body for t in texts), found


def test_a_body_whose_name_goes_on_is_one_name(recogniser):
    found = _mentions(recogniser, "She is the head of the Ruritanian Broadcasting Corporation Radio Service.")
    assert not any(lab == "PERSON" for _, lab in found), found
