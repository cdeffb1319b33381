"""A Spanish name with both surnames, of a person the sources hold by the first alone (names written for these
tests; a stand-in gazetteer)."""
from types import SimpleNamespace

from gazetteer.model import normalise
from gazetteer.resolution import NameQuery
from transforms.second_surnames import without_mothers_surname


class _Gaz:
    """People by their normalised names; "juan" opens many names, "ostrowicz" closes them."""
    def __init__(self, people):
        self.people = people
        self.given_name_counts = {"juan": 40, "carlos": 30, "ivo": 5}
        self.surname_index = {"carlos": [1], "ostrowicz": [1, 2]}

    def lookup_exact(self, name, types=None):
        return [e for n, e in self.people if n == normalise(name)]


def _person(entity_id, cc):
    return SimpleNamespace(entity_id=entity_id, country_code=cc)


def _query(text, label="PERSON"):
    return NameQuery(text, label, 0, len(text))


def test_the_full_name_of_a_man_held_by_his_father_s_surname_is_asked_without_the_mother_s():
    gaz = _Gaz([("ivo ostrowicz", _person("p1", "CL"))])
    out = without_mothers_surname(gaz, [_query("President Ivo Ostrowicz Gandarillas"), _query("Ostrowicz")])
    assert [q.text for q in out] == ["President Ivo Ostrowicz", "Ostrowicz"]


def test_a_held_full_name_a_given_name_second_or_a_state_of_other_names_keeps_the_three_words():
    gaz = _Gaz([("ivo ostrowicz", _person("p1", "CL")), ("ivo ostrowicz vidal", _person("p2", "CL")),
                ("juan carlos", _person("p3", "ES")), ("ana ostrowicz", _person("p4", "BR"))])
    texts = ["Ivo Ostrowicz Vidal", "Juan Carlos Mendaro", "Ana Ostrowicz Lima"]
    # the sources hold the three words; "Carlos" opens names more than it closes them; a Brazilian of the two
    assert [q.text for q in without_mothers_surname(gaz, [_query(t) for t in texts])] == texts
    assert [q.text for q in without_mothers_surname(gaz, [_query("Ivo Ostrowicz Gandarillas", "GPE")])] == \
        ["Ivo Ostrowicz Gandarillas"]   # no person's label
