"""A bare "the Foreign Ministry" in a story datelined in one state and mostly about another that has a foreign
ministry too ("TAIPEI - China fired missiles ... China warned ... The Foreign Ministry said") could be either's:
it stays unresolved, never the other state's; placed by the text ("the Foreign Ministry in Taipei") or in a
story of the dateline's own state it is that state's (sentences written for these tests; the real model and
gazetteer)."""
from tests.mention_helpers import linked_names

TAIWAN = "Ministry of Foreign Affairs of Taiwan"


def test_a_dateline_against_the_state_the_story_names_most_leaves_the_body_unresolved(resolve):
    ms = resolve("TAIPEI, March 13 (AP) - China fired missiles near the island on Wednesday. Chinese officials "
                 "said the drills were routine. China warned against independence. The Foreign Ministry said it "
                 "would protest.", "1996-03-14")
    assert linked_names(ms, "Foreign Ministry") == set()
    ms = resolve("NICOSIA, May 2 (Reuters) - Turkey sent two warships to the coast. Turkish officials said the ships "
                 "would stay a week, and Turkey's navy called it routine. The Foreign Ministry said it was alarmed.",
                 "2019-05-03")
    assert linked_names(ms, "Foreign Ministry") == set()


def test_the_text_or_the_datelines_own_story_still_says_whose(resolve):
    ms = resolve("TAIPEI, March 13 (Reuters) - China fired missiles into the sea off Taiwan on Wednesday. Beijing "
                 "said the drills would go on. The Foreign Ministry in Taipei called the tests a threat.",
                 "1996-03-14")
    assert linked_names(ms, "Foreign Ministry") == {TAIWAN}
    ms = resolve("TAIPEI, March 13 (Reuters) - Taiwan recalled its envoy to Panama. Taiwan's president called the "
                 "move a warning to China. The Foreign Ministry said talks would resume.", "2016-03-14")
    assert linked_names(ms, "Foreign Ministry") == {TAIWAN}
    ms = resolve("BEIJING, March 13 (Reuters) - China passed a law against secession. China said it hoped for "
                 "peace. The Foreign Ministry defended the law.", "2005-03-14")
    assert linked_names(ms, "Foreign Ministry") == {"Ministry of Foreign Affairs of the People's Republic of China"}
