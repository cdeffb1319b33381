"""A leader known by a later given name ("Cyril Ramaphosa" for Matamela Cyril Ramaphosa), in office on the
story's date, in a story that names the leader's country (gazetteer/later_given_names.py). Sentences
written for these tests, with the real model and gazetteer."""
from gazetteer.later_given_names import known_by_a_later_given_name
from tests.mention_helpers import names


def test_a_known_name_less_its_first_word(resolve):
    gaz = resolve.resolver.gaz
    assert [e.canonical_name for e in known_by_a_later_given_name(gaz, "cyril ramaphosa")] == ["Matamela Cyril Ramaphosa"]
    assert known_by_a_later_given_name(gaz, "ramaphosa") == []          # a bare surname is judged elsewhere
    assert known_by_a_later_given_name(gaz, "matamela ramaphosa") == []  # first and last: the middle-name rules


def test_the_name_news_uses_links_the_leader_in_office(resolve):
    ms = resolve("JOHANNESBURG - Cyril Ramaphosa told business leaders on Monday that South Africa would cut "
                 "red tape. Ramaphosa said power cuts would end by winter.", "2019-05-06")
    assert names(ms, "Cyril Ramaphosa") == names(ms, "Ramaphosa") == {"Matamela Cyril Ramaphosa"}


def test_out_of_office_or_with_no_country_named_the_name_stays_unknown(resolve):
    ms = resolve("Cyril Ramaphosa, a union leader, addressed striking miners on Sunday.", "1987-08-10")
    assert "Matamela Cyril Ramaphosa" not in names(ms, "Cyril Ramaphosa")
