"""A known person's name that a source wrote with a title before it ("GOV. Reagan", "Govenor Ronald Reagan")
gives no given name of its own, so a stranger named in full beside a title is not that person because his
given name starts like the title (sentences written for these tests; the real model and gazetteer).
Misspellings of the person's own name under his title still link."""

from gazetteer.given_name_agreement import names_give_given_name
from tests.mention_helpers import linked_names, names


def test_a_stranger_with_a_title_is_no_leader_with_a_titled_alias(resolve):
    ms = resolve("SEATTLE, April 10 - King County Superior Court Judge Gordon Renfrew dismissed the suit "
                 "against the ferry company on Friday. Renfrew said the claims came too late.", "1987-04-11")
    assert linked_names(ms, "Gordon Renfrew") == set()
    assert "Ronald Reagan" not in names(ms, "Renfrew")
    ms = resolve("WASHINGTON, April 10 - President Gary Rittle of the Chamber of Commerce said the tax bill "
                 "would hurt small firms.", "1987-04-11")
    assert linked_names(ms, "Gary Rittle") == set()


def test_the_leaders_own_name_misspelt_still_links(resolve):
    for text in ("WASHINGTON, April 10 - President Ronald Reegan said the tax bill would pass.",
                 "WASHINGTON, April 10 - President Ronnie Reagen said the tax bill would pass."):
        ms = resolve(text, "1987-04-11")
        assert {n for m in ms if m.label.startswith("PERSON") for n in [m.canonical_name]} == {"Ronald Reagan"}, text


def test_names_give_a_given_name_without_their_titles():
    reagan = ["ronald reagan", "gov reagan", "gov ronald reagan", "govenor ronald reagan"]
    assert not names_give_given_name("gary rittle", reagan)
    assert names_give_given_name("ronnie reagen", reagan)
    assert names_give_given_name("reagan", reagan)               # a bare surname gives no given name to test
    assert names_give_given_name("gary lineker", ["lineker"])    # a person known by one word alone
    assert not names_give_given_name("jane irvine", ["lord irvine", "derry irvine"])
