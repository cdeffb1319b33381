"""A small town's name that the story writes at the head of a company's name is the company's short
name, whether the model reads it as a place or not (passages written for these tests; the real model
and gazetteer): "Pacific Corona Minerals Ltd ... Corona shares ... its stake in Corona", "Hercules Inc
... Hercules and Montedison". A town placed as a town ("a plant near Corona", "Corona, Calif.") keeps
its link, and a large city's name is left alone."""

from tests.mention_helpers import linked_names


def test_a_town_named_like_a_mining_company_is_the_company(resolve):
    ms = resolve("Birchwood Mines Ltd said it will bid for <International Corona Resources Ltd> at 30 dlrs "
                 "a share.\n    The bid covers two mln Corona common shares and all Corona warrants, Birchwood "
                 "said. Its interest in Corona would rise to 45 pct.", "1987-04-02")
    assert linked_names(ms, "Corona") == set()
    ms = resolve("Birchwood Mines Ltd said it will bid for International Corona Resources Ltd at 30 dlrs a "
                 "share.\n    Birchwood said its interest in Corona would rise to 45 pct if holders tender two "
                 "mln Corona common shares.", "1987-04-02")
    assert linked_names(ms, "Corona") == set()


def test_a_town_written_before_the_company_shares_is_the_company(resolve):
    ms = resolve("Birchwood Mines Ltd said it will pay 30 dlrs for each Corona share tendered and ten dlrs "
                 "for each Corona warrant.\n    Birchwood said its interest in Corona would rise to 45 pct.",
                 "1987-04-02")
    assert linked_names(ms, "Corona") == set()


def test_a_town_named_like_a_chemicals_company_is_the_company(resolve):
    ms = resolve("Montedison SpA of Italy and Hercules Inc agreed to pool their plastics businesses, the "
                 "companies said. The talks between Hercules and Montedison took six months, and Hercules "
                 "will hold 40 pct of the venture.", "1987-04-02")
    assert linked_names(ms, "Hercules") == set()


def test_the_town_placed_as_a_town_keeps_its_link(resolve):
    ms = resolve("Corona Foods Inc said it will close its bakery in Corona, Calif., next month, and move "
                 "the work to a plant near Corona.", "1987-04-02")
    assert linked_names(ms, "Corona") == {"Corona"}


def test_a_large_city_named_by_a_company_keeps_its_link(resolve):
    ms = resolve("Houston Industries Inc said its profit rose. Houston's economy is recovering from the oil "
                 "slump, the utility said.", "1987-04-02")
    assert linked_names(ms, "Houston") == {"Houston"}
