"""'The EC' of news before 1994 is the European (Economic) Community, not its Commission; the
Community's name is unknown in a story after it became the EU (sentences written for these tests;
the real model and gazetteer)."""

from tests.mention_helpers import names


def test_the_ec_of_1986_is_the_community(resolve):
    ms = resolve("EC foreign ministers agreed in Luxembourg on Monday to expel Libyan diplomats suspected "
                 "of backing terrorism. The EC said the measures would take effect at once.", "1986-04-22")
    assert names(ms, "EC") == {"European Economic Community"}


def test_the_community_named_in_full_and_by_its_initials(resolve):
    ms = resolve("The European Community (EC) told Japan on Tuesday to open its markets. EC officials "
                 "said the deadline was firm.", "1987-04-28")
    assert names(ms, "European Community") == names(ms, "EC") == {"European Economic Community"}


def test_the_ec_commission_is_the_commission(resolve):
    ms = resolve("The EC Commission proposed new farm prices in Brussels on Wednesday.", "1987-03-04")
    assert names(ms, "EC Commission") == {"European Commission"}


def test_no_community_after_it_became_the_union(resolve):
    ms = resolve("EC officials in Brussels said on Thursday that the sanctions would be renewed.", "2016-06-30")
    assert "European Economic Community" not in names(ms, "EC")
