"""A party name that parties of several states share ("Democratic Party") is also the name, without "of"
its state, of a party the sources call "Democratic Party of Albania": the story's countries choose
among all of them, so an Albanian story that names the United States too keeps its own party
(sentences written for these tests; the real model and gazetteer)."""
from tests.mention_helpers import linked_names, names


def test_a_shared_party_name_in_a_story_of_the_state_whose_party_is_named_with_its_state(resolve):
    text = ("Albania's former president Sali Berisha, the historical leader of the right-wing Democratic Party, "
            "said on Thursday that Albania would hold early elections. The United States accused him of "
            "corruption. Berisha told reporters in Tirana that the Democratic Party would fight the charges "
            "in Albania's courts.")
    mentions = resolve(text, date="2021-05-20")
    assert linked_names(mentions, "Democratic Party") == {"Democratic Party of Albania"}, \
        names(mentions, "Democratic Party")


def test_the_same_name_in_an_american_story_stays_american(resolve):
    text = ("Senators of the Democratic Party said in Washington on Tuesday that the United States would "
            "send no envoy to Albania this year. The Democratic Party holds the Senate, and the White House "
            "backed the senators.")
    mentions = resolve(text, date="2021-05-20")
    assert linked_names(mentions, "Democratic Party") == {"Democratic Party (United States)"}, \
        names(mentions, "Democratic Party")


def test_the_only_state_of_its_sentence_chooses_among_namesake_parties(resolve):
    """A story of an American sanction on an Albanian politician names the United States more than Albania;
    the party's own sentence names Albania alone."""
    text = ("The United States barred Sali Berisha from entry on Wednesday. The U.S. State Department said he "
            "was corrupt, and Washington froze his assets in American banks. He is the historical leader of the "
            "right-wing Democratic Party, which emerged from a popular revolt in Albania in 1990.")
    mentions = resolve(text, date="2021-05-20")
    assert linked_names(mentions, "Democratic Party") == {"Democratic Party of Albania"}, \
        names(mentions, "Democratic Party")


def test_a_piece_of_a_longer_party_name_does_not_vote_for_its_sentences_state(resolve):
    """"Renewal Party" inside "Democratic Renewal Party" is a Panamanian party's name too; the sentence's
    parties are all Portugal's, and Brazil, named in another sentence, has a Social Democratic Party too."""
    text = ("LISBON, March 3 - The Socialist Party (PS) and the Democratic Renewal Party (PRD) said they "
            "would vote against the Social Democratic Party government in the budget debate. Prime Minister "
            "Cavaco Silva will fly to Brazil on Friday for talks on trade.")
    mentions = resolve(text, date="1987-03-03")
    assert linked_names(mentions, "Social Democratic Party") == {"Popular Democratic Party (Portugal)"}, \
        names(mentions, "Social Democratic Party")
