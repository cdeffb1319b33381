"""A given name written short where the sources hold it in full, or in full where they hold it short ("Tom" for
Thomas, "Joseph R. Biden Jr." for Joe Biden: gazetteer/short_given_names.py). Sentences written for these
tests, with the real model and gazetteer."""
from gazetteer.short_given_names import named_by_another_form_of_a_given_name, written_short_or_full
from tests.mention_helpers import names


def test_a_short_form_keeps_the_full_names_letters_in_order():
    assert written_short_or_full("tom", "thomas") and written_short_or_full("joseph", "joe")
    assert written_short_or_full("dan", "daniel") and written_short_or_full("ken", "kenneth")
    assert not written_short_or_full("dan", "duncan")      # its second letter far into the longer name
    assert not written_short_or_full("bill", "william")    # a pet form of other letters: left alone
    assert not written_short_or_full("ivan", "ivana")      # a woman's form of a man's name
    assert not written_short_or_full("abdul", "abdullah")  # a longer word is a name of its own
    assert not written_short_or_full("al", "albert")       # too short to tell


def test_the_full_name_with_middle_initial_and_suffix_finds_the_short_form(resolve):
    gaz = resolve.resolver.gaz
    assert "Joe Biden" in [e.canonical_name for e in named_by_another_form_of_a_given_name(gaz, "joseph r biden jr")]
    assert named_by_another_form_of_a_given_name(gaz, "biden") == []


def test_a_president_named_with_his_full_given_name_is_the_president(resolve):
    ms = resolve("WASHINGTON, May 4 - President Joseph R. Biden Jr. told reporters on Wednesday that the "
                 "United States would send more aid.", "2022-05-04")
    assert names(ms, "Joseph R. Biden Jr.") == {"Joe Biden"}


def test_no_country_named_or_long_before_the_office_the_name_stays_unknown(resolve):
    ms = resolve("Joseph R. Biden Jr., a Delaware lawyer, spoke at the county fair on Sunday.", "1966-08-10")
    assert "Joe Biden" not in names(ms, "Joseph R. Biden Jr.")
