"""Dotted initials joined by a hyphen to the word they qualify are a name of their own: "U.S.-financed rebels"
names the United States as "Soviet-backed" names the Soviet Union (transforms/dotted_compounds.py; sentences
written for these tests, the real model and gazetteer)."""
from transforms.dotted_compounds import dotted_hyphens
from transforms.recognise import worker_spacy_model


def test_the_hyphen_after_dotted_initials_before_a_lower_case_word():
    assert dotted_hyphens("U.S.-backed") == [4]
    assert dotted_hyphens("U.K.-based") == [4] and dotted_hyphens("U.S.S.R.-made") == [8]
    # no initials, a capital after, a single initial, a word before the initials: left alone
    assert dotted_hyphens("US-led") == [] and dotted_hyphens("U.S.-Soviet") == []
    assert dotted_hyphens("J.-based") == [] and dotted_hyphens("abU.S.-backed") == []


def test_the_tokenizer_splits_it():
    words = [t.text for t in worker_spacy_model()("The U.S.-financed rebels met the U.S.-Soviet panel.")]
    assert words[1:4] == ["U.S.", "-", "financed"] and "U.S.-Soviet" in words


def test_the_initials_are_the_state(resolve):
    text = ("Six years of war between the Soviet-backed government of Ruritania and U.S.-financed rebels "
            "ended on Monday.")
    mentions = resolve(text, date="1988-03-24")
    assert any(m.text == "U.S." and m.country_code == "US" for m in mentions), \
        [(m.text, m.canonical_name, m.country_code) for m in mentions]
