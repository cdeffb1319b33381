""""Dept" alone, as US diplomats' telegrams write it, is the State Department; the word inside
another department's name is no mention of its own (made-up telegrams and stories)."""
import pytest

from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), {"ORG": ["Dept", "State Dept"], "NORP": ["Ruritanian"]})


def _found(rec, text):
    (r,) = rec.recognise([Article("a", text)])
    return [(m.text, m.start_char) for m in r.mentions]


def test_dept_alone_in_a_telegram_is_a_mention(recogniser):
    text = "Reftel 412 to Dept. Ruritanian reply was expected. As Dept aware, we cannot agree. We await Dept views."
    found = _found(recogniser, text)
    depts = [s for t, s in found if t.rstrip(".") == "Dept"]
    assert len(depts) == 3, found


def test_dept_inside_another_departments_name_is_no_mention_of_its_own(recogniser):
    text = ("The Commerce Dept said exports rose. The Justice Dept. declined to comment, and the Dept. of "
            "Energy said stocks fell.")
    found = _found(recogniser, text)
    assert not any(t.rstrip(".") == "Dept" for t, _ in found), found


def test_the_gazetteer_knows_dept_as_the_state_department():
    from gazetteer.store import load_gazetteer
    gaz = load_gazetteer()
    for name in ("Dept", "State Dept"):
        (e,) = gaz.lookup_exact(name, types=("ORG",))
        assert e.canonical_name == "United States Department of State"
