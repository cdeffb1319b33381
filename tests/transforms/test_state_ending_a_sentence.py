"""'Town, State.' ending a sentence on the line the next one begins ("Lewiston, Mich. The bank ...") places the
town in the state, as a wrapped line already did; the words after the stop are no part of the state's name."""
from transforms.namesake_cities import us_state_after


def test_a_state_ending_a_sentence_on_the_same_line():
    assert us_state_after(", Mich. The Lewiston bank has assets") == {"MI"}
    assert us_state_after(", Washington. Officials said") == {"WA"}
    assert us_state_after(", New York. The plant") == {"NY"}
    assert us_state_after(", N.C. The mill") == {"NC"}


def test_a_longer_name_after_an_abbreviation_is_no_state():
    assert us_state_after(", St. Louis County, said") is None   # 'St.' alone could be any of several states
    assert us_state_after(", Mr. Nkrumah was received") is None
    assert us_state_after(", D. C., the") == {"DC"}

