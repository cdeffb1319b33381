"""A leader named with one given name more at its start than the sources give (sentences written for these
tests): "Prime Minister Winston Baldwin Spencer" in a 2009 story of Antigua is Baldwin Spencer, prime minister
then; a name opened by a word that is no given name, or a namesake out of office on the date, is no one the sources
hold."""
from gazetteer.earlier_given_names import known_without_a_first_given_name
from tests.mention_helpers import linked_names


def test_a_leader_with_a_first_given_name_the_sources_leave_out(resolve):
    ms = resolve("ST JOHN'S, Antigua, May 5 (Reuters) - Prime Minister Winston Baldwin Spencer said Antigua and "
                 "Barbuda would review its ties with the bank.", "2009-05-05")
    assert linked_names(ms, "Winston Baldwin Spencer") == {"Baldwin Spencer"}


def test_the_name_years_before_any_office_is_no_one_the_sources_hold(resolve):
    ms = resolve("ST JOHN'S, Antigua, May 5 (Reuters) - Winston Baldwin Spencer, a trade unionist, said Antigua and "
                 "Barbuda would review its ties with the bank.", "1975-05-05")
    assert linked_names(ms, "Winston Baldwin Spencer") == set()


def test_only_a_given_name_opens_the_longer_name(resolve):
    gaz = resolve.resolver.gaz
    assert [e.canonical_name for e in known_without_a_first_given_name(gaz, "winston baldwin spencer")] \
        == ["Baldwin Spencer"]
    assert known_without_a_first_given_name(gaz, "antigua baldwin spencer") == []
    assert known_without_a_first_given_name(gaz, "baldwin spencer") == []
