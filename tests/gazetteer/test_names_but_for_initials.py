"""A name that is a known person's only but for its middle initials ("John R. Stanley" of the source's "John
Stanley", "William Martin" of its "William M. Martin") is that person only in a story that names the person's
country, and not long after the person's last office; written as the source writes it, or with an initial
dropped in a story of the person's country, it stays the person. Sentences written for these tests."""
from tests.mention_helpers import linked_names, names


def test_a_middle_initial_the_source_lacks_in_a_story_of_another_country(resolve):
    text = ("HOUSTON, March 4 - Creditors of two bankrupt Texas refiners accused John R. Stanley, the companies' "
            "owner, of taking loans he never repaid. Stanley said the charges were false.")
    mentions = resolve(text, date="1987-03-04")
    assert "John Stanley" not in linked_names(mentions, "John R. Stanley"), names(mentions, "John R. Stanley")
    assert "John Stanley" not in linked_names(mentions, "Stanley")


def test_a_name_but_for_its_initial_of_someone_out_of_office_for_decades(resolve):
    text = ("WASHINGTON, March 4 - William Martin, deputy Energy Secretary, told the refiners' meeting that an "
            "oil import fee would cost the United States more than it would bring in.")
    mentions = resolve(text, date="1987-03-04")
    assert linked_names(mentions, "William Martin") == set(), names(mentions, "William Martin")


def test_an_initial_dropped_in_a_story_of_the_persons_country_stays_the_person(resolve):
    text = ("WASHINGTON, March 4 - Senate Democratic leader Robert Byrd of West Virginia said the United States "
            "Senate would vote again on the highway bill next week.")
    mentions = resolve(text, date="1987-03-04")
    assert linked_names(mentions, "Robert Byrd") == {"Robert Byrd"}, names(mentions, "Robert Byrd")
