"""A leader's full name garbled as a transcript or a translation garbles it: a sound spelt another way
("Sholz", "Lavrof"), a vowel of a short surname ("Theresa Mey"), a surname cut short after a title
whose holder the story's states give ("Prime Minister Justin Trudo"); and the lookalikes that stay
someone else (sentences written for these tests; the real model and gazetteer)."""
from gazetteer.lookalike import spelling_variants


def named(mentions, text):
    return {m.canonical_name for m in mentions if m.text == text}


def test_sounds_that_transliterations_spell_two_ways():
    assert spelling_variants("sholz", "scholz") and spelling_variants("lavrof", "lavrov")
    assert spelling_variants("stoltemberg", "stoltenberg")
    assert not spelling_variants("mccaul", "mcfaul") and not spelling_variants("razov", "ryabkov")
    # a final "g" heard or not after "n" in a long name; a short one keeps it ("wang" is no "wan")
    assert spelling_variants("jinpin", "jinping") and not spelling_variants("wan", "wang")


def test_a_long_given_name_without_its_final_g_is_the_leader(resolve):
    ms = resolve("Xi Jinpin said on Monday that the two sides would deepen their cooperation.", "2023-05-01")
    assert named(ms, "Xi Jinpin") == {"Xi Jinping"}


def test_a_full_name_garbled_in_one_sound_is_the_leader(resolve):
    ms = resolve("The French president called it a war crime, and Olaf Sholz agreed. Sergei Lavrof said "
                 "Moscow would respond.", "2022-04-05")
    assert named(ms, "Olaf Sholz") == {"Olaf Scholz"} and named(ms, "Sergei Lavrof") == {"Sergey Lavrov"}


def test_a_vowel_of_a_short_surname_after_the_same_given_name(resolve):
    assert named(resolve("Theresa Mey thanked the allies in London.", "2018-03-27"), "Theresa Mey") == {"Theresa May"}
    # another given name, or none: no likeness of a short surname is enough
    ms = resolve("Tamsin Mey thanked the allies in London.", "2018-03-27")
    assert named(ms, "Tamsin Mey") == {"Tamsin Mey"}


def test_a_titled_holder_among_the_states_of_the_story(resolve):
    ms = resolve("Canada's foreign minister said 41 Canadian diplomats had left India. Prime Minister Justin "
                 "Trudo said India had violated the convention.", "2023-10-03")
    assert named(ms, "Justin Trudo") == {"Justin Trudeau"}
    # a name that starts otherwise than every holder's is nobody's
    ms = resolve("Canada's foreign minister said 41 Canadian diplomats had left India. Prime Minister Justin "
                 "Brodeur said India had violated the convention.", "2023-10-03")
    assert named(ms, "Justin Brodeur") == {"Justin Brodeur"}


def test_german_czech_and_polish_spellings_of_j_and_z():
    # a 'j' after a vowel is English 'y'; a 'z' inside a name an 's'; not at the start of a name
    assert spelling_variants("kaja", "kaya") and spelling_variants("andrejev", "andreyev")
    assert spelling_variants("sergej", "sergey") and spelling_variants("sanches", "sanchez")
    assert not spelling_variants("jan", "yan") and not spelling_variants("zarov", "sarov")


def test_a_given_name_in_a_german_spelling_is_the_leader(resolve):
    ms = resolve("Estonia expelled a Russian diplomat on Friday. The country would not be intimidated, Kaya Kallas "
                 "told reporters in Tallinn.", "2022-08-19")
    assert named(ms, "Kaya Kallas") == {"Kaja Kallas"}
