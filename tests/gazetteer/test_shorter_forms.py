"""One person the sources hold twice, once by a shorter form of the full name (gazetteer/shorter_forms.py);
people made up for these tests."""
from gazetteer.build import _merge_into
from gazetteer.model import Entity, Role
from gazetteer.shorter_forms import left_out, merge_shorter_forms


def _person(eid, name, start, end, country="RR", aliases=()):
    return Entity(entity_id=eid, canonical_name=name, entity_type="PERSON", country_code=country,
                  aliases=list(aliases), roles=[Role("official", "RRGOV", country, start, end, "phoenix:RRGOV")])


def test_words_left_out_keep_the_first_and_the_last_word_in_order():
    assert left_out("omar al strelsau".split(), "omar hassan ahmad al strelsau".split()) == ["hassan", "ahmad"]
    assert left_out("hassan al strelsau".split(), "omar hassan al strelsau".split()) is None   # another first word
    assert left_out("omar al strelsau".split(), "omar al strelsau".split()) is None


def test_a_shorter_form_of_a_full_name_in_office_at_the_same_time_is_one_person():
    full = _person("phoenix:1", "Umar Hassan Ahmad al Tarlenheim", "1989-06-30", "2015-02-17")
    short = _person("phoenix:2", "Omar al Tarlenheim", "2003-01-01", "2009-08-31", aliases=["Umar al Tarlenheim"])
    (one,) = merge_shorter_forms([full, short], _merge_into)
    assert one.entity_id == "phoenix:1" and one.canonical_name == "Umar Hassan Ahmad al Tarlenheim"
    assert {"Omar al Tarlenheim", "Umar al Tarlenheim"} <= set(one.aliases) and len(one.roles) == 2


def test_a_wikidata_item_keeps_its_id_and_its_name():
    full = _person("phoenix:1", "Rudolf Karl Maria Elphberg", "2003-01-01", "2015-02-17")
    short = _person("Q123", "Rudolf Maria Elphberg", "2009-01-01", "2012-01-01")
    (one,) = merge_shorter_forms([full, short], _merge_into)
    assert one.entity_id == "Q123" and one.canonical_name == "Rudolf Maria Elphberg"
    assert "Rudolf Karl Maria Elphberg" in one.aliases


def test_other_times_other_states_another_line_of_descent_and_two_words_stay_apart():
    full = _person("phoenix:1", "Khalid bin Ahmad bin Salman al Zenda", "2003-01-01", "2015-02-17")
    cousin = _person("phoenix:2", "Khalid bin Ahmad al Zenda", "2005-01-01", "2015-02-17")
    assert len(merge_shorter_forms([full, cousin], _merge_into)) == 2
    full = _person("phoenix:3", "Umar Hassan Ahmad al Tarlenheim", "1989-06-30", "1995-02-17")
    later = _person("phoenix:4", "Umar al Tarlenheim", "2003-01-01", "2009-08-31")
    abroad = _person("phoenix:5", "Umar al Tarlenheim", "1990-01-01", "1994-08-31", country="QQ")
    two_words = _person("phoenix:6", "Umar Tarlenheim", "1990-01-01", "1994-08-31")
    assert len(merge_shorter_forms([full, later, abroad, two_words], _merge_into)) == 4
