"""The tables report a person's name as written after a courtesy title ("Mr Lavrov") and the bare
name inside it (transforms/titled_forms.py): one entity, two spans, the extractor unchanged."""

from transforms.records import Mention
from transforms.titled_forms import with_titled_forms

TEXT = "Mr Lavrov told reporters. Mrs. Bandaranaike spoke. PM Ardern agreed. President Putin did not."


def person(text, canonical="Sergey Lavrov", entity_id="Q58217", **kw):
    start = TEXT.index(text)
    return Mention("a", start, start + len(text), text, "PERSON", "PERSON", entity_id, canonical, "RU", **kw)


def spans(mentions):
    return [(m.text, m.canonical_name, m.nested) for m in mentions]


def test_a_courtesy_title_is_reported_with_the_name_and_the_name_inside_it():
    out = list(with_titled_forms([person("Lavrov")], TEXT))
    assert spans(out) == [("Mr Lavrov", "Sergey Lavrov", False), ("Lavrov", "Sergey Lavrov", True)]
    assert out[0].entity_id == out[1].entity_id == "Q58217" and out[0].start_char == 0


def test_dotted_titles_and_the_newsroom_pm():
    out = list(with_titled_forms([person("Bandaranaike", "Sirimavo Bandaranaike", "x"),
                                  person("Ardern", "Jacinda Ardern", "y")], TEXT))
    assert [t for t, _, nested in spans(out) if not nested] == ["Mrs. Bandaranaike", "PM Ardern"]


def test_a_role_is_no_courtesy_title():
    assert spans(with_titled_forms([person("Putin", "Vladimir Putin", "Q7747")], TEXT)) == \
        [("Putin", "Vladimir Putin", False)]


def test_an_unknown_person_keeps_his_name_for_clustering():
    out = list(with_titled_forms([person("Lavrov", None, None)], TEXT))
    assert [m.canonical_name for m in out] == ["Lavrov", None]   # the titled form clusters with the bare name


def test_places_and_nested_names_are_left_alone():
    place = Mention("a", 3, 9, "Lavrov", "GPE", "CITY", "c", "Lavrov", "RU")
    nested = person("Lavrov", nested=True)
    assert list(with_titled_forms([place, nested], TEXT)) == [place, nested]


ROLES = "Spokesperson Ilse Varga said so. General Tomas Orrego Baez took over. Lord Fenwick agreed. Queen Anna spoke."


def test_a_role_title_inside_the_span_leaves_the_name_inside_it():
    def one(text, canonical):
        start = ROLES.index(text)
        return Mention("a", start, start + len(text), text, "PERSON", "PERSON", None, canonical, None)
    out = list(with_titled_forms([one("Spokesperson Ilse Varga", "Ilse Varga"),
                                  one("General Tomas Orrego Baez", "Tomas Orrego Baez"),
                                  one("Lord Fenwick", "Lord Fenwick"), one("Queen Anna", "Queen Anna")], ROLES))
    assert [(m.text, m.nested) for m in out] == [
        ("Spokesperson Ilse Varga", False), ("Ilse Varga", True),
        ("General Tomas Orrego Baez", False), ("Tomas Orrego Baez", True),
        ("Lord Fenwick", False), ("Queen Anna", False)]
    assert all(ROLES[m.start_char:m.end_char] == m.text for m in out)
