"""Names of people no source knows, as reference works give them: two given names joined before one
surname share it, a title's sex tells the two apart, a relative takes the family name, a peer the title:
"Pavel and Natalia Orlov ... Mr Orlov" is Pavel Orlov. Sentences written for these tests."""
import pytest

from gazetteer.given_name_sex import DATA_PATH, lexicon_rows, sex_of_full_name, sex_of_given_name, write


def names(mentions, text, source=None):
    """The canonical names of the mentions written `text` (in `source`, at that phrase: a title before a
    name may be left out of its span)."""
    if source is None:
        found = [m for m in mentions if m.text == text]
    else:
        at = source.index(text)
        found = [m for m in mentions if at <= m.start_char and m.end_char == at + len(text)]
    assert found, f"no mention {text!r} in {[m.text for m in mentions]}"
    return {m.canonical_name for m in found}


def test_a_given_name_tells_a_sex_only_when_its_holders_agree():
    holders = [("Q1", "Olena Marchuk", "female"), ("Q2", "Olena Bilyk", "female"), ("Q3", "Olena Hrytsak", "female"),
               ("Q4", "Dana Ross", "female"), ("Q5", "Dana Webb", "male"), ("Q6", "Dana Kerr", "female"),
               ("Q7", "Piotr Nowak", "male"), ("Q7", "Piotr Nowak", "male"), ("Q8", "Piotr Zielinski", "male")]
    assert lexicon_rows(holders) == [("olena", "f", 3)]   # Dana is borne by both; Piotr by two people only
    assert sex_of_given_name("Yulia") == "f" and sex_of_full_name("Bill Keane") == "m"
    assert sex_of_given_name("Jean") is None and sex_of_full_name("Yulia") is None   # both sexes; no full name


def test_the_shipped_table_is_the_one_the_shipped_sources_give(tmp_path):
    """`python -m gazetteer.build` writes it; a stale table fails here."""
    rebuilt = tmp_path / "given_name_sex.csv"
    assert write(str(rebuilt)) > 200
    assert rebuilt.read_text(encoding="utf-8") == open(DATA_PATH, encoding="utf-8").read()


def test_the_first_of_two_given_names_takes_the_surname_after_the_second(resolve):
    text = ("On Friday 3 May Pavel and Natalia Orlov were detained at the border. "
            "Mr Orlov, a retired engineer, denied the charges.")
    ms = resolve(text, "2021-05-04")
    assert names(ms, "Pavel") == {"Pavel Orlov"}
    assert names(ms, "Mr Orlov", text) == {"Pavel Orlov"}


def test_a_title_of_one_sex_picks_the_relative_of_that_sex(resolve):
    text = "Natalia and Pavel Orlov were detained at the border. Mr Orlov denied the charges; Mrs Orlov said nothing."
    ms = resolve(text, "2021-05-04")
    assert names(ms, "Mr Orlov", text) == {"Pavel Orlov"}
    assert names(ms, "Mrs Orlov", text) == {"Natalia Orlov"}


@pytest.mark.parametrize("text,name,wrong", [
    ("Vladimir Putin and Sergei Lavrov met the envoy. Putin and Sergei Lavrov then left.", "Putin", "Putin Lavrov"),
    ("Pope Francis and Mike Pence spoke for an hour.", "Pope Francis", "Francis Pence"),
])
def test_a_surname_or_a_titled_name_before_and_takes_no_surname(resolve, text, name, wrong):
    ms = resolve(text, "2019-03-01")
    assert wrong not in names(ms, name) and "Sergei" not in {m.text for m in ms if m.text != "Sergei Lavrov"}


def test_a_word_before_and_that_is_no_given_name_is_no_mention(resolve):
    ms = resolve("Delegates from Brazzaville and Paul Kagame's office met on Monday.", "2019-03-01")
    assert not [m for m in ms if "Kagame" in (m.canonical_name or "") and m.text != "Paul Kagame" and not m.nested]
    assert "Brazzaville" not in {m.canonical_name for m in ms if m.entity_type == "PERSON"}


@pytest.mark.parametrize("text,relative,full", [
    ("Rights groups called for the release of the blogger Tariq Haddad and his sister Leila.", "Leila", "Leila Haddad"),
    ("Anton Brezhko's 24-year-old son, Maksim, was questioned too.", "Maksim", "Maksim Brezhko"),
])
def test_a_relative_named_by_a_given_name_takes_the_persons_surname(resolve, text, relative, full):
    assert names(resolve(text, "2019-03-01"), relative) == {full}


@pytest.mark.parametrize("text,relative,full", [
    ("The banker, who is married to President Timur Abdrakhmanov's eldest daughter Saule, left the country.",
     "Saule", "Saule Abdrakhmanova"),
    ("Police questioned the general Oleg Vasilyev and his sister Irina.", "Irina", "Irina Vasilyeva"),
    ("The dissident Marek Wisniewski and his wife Ewa were freed.", "Ewa", "Ewa Wisniewska"),
    ("Anton Brezhkov's son, Maksim, was questioned too.", "Maksim", "Maksim Brezhkov"),
])
def test_a_woman_named_by_a_given_name_takes_the_feminine_form_of_the_surname(resolve, text, relative, full):
    assert names(resolve(text, "2007-06-04"), relative) == {full}


def test_a_given_name_after_a_kin_word_with_no_person_before_is_left_as_written(resolve):
    ms = resolve("The mayor of Tripoli and his brother Walid were detained.", "2019-03-01")
    assert names(ms, "Walid") == {"Walid"}


@pytest.mark.parametrize("text,name,full", [
    ("LORD PENHALLOW\n\nMy Lords, I beg to ask the question standing in my name.", "PENHALLOW", "Lord Penhallow"),
    ("Viscount Penrhys asked Her Majesty's Government what action they will take.", "Penrhys", "Viscount Penrhys"),
    ("Baroness Kilbrannan\n\nMy Lords, will the Minister agree? Kilbrannan pressed the point.", "Kilbrannan",
     "Baroness Kilbrannan"),
])
def test_a_peer_no_source_knows_is_named_by_the_title(resolve, text, name, full):
    assert names(resolve(text, "1985-05-01"), name) == {full}


def test_an_office_after_lord_is_no_peer(resolve):
    ms = resolve("The Lord Mayor Tom Ellery left the hall; Mr. Penhallow stayed.", "1985-05-01")
    assert not [m for m in ms if (m.canonical_name or "").startswith("Lord ")]


@pytest.mark.parametrize("text,span,full", [
    ("Question by Lord Penhallow of Truro: To ask Her Majesty's Government what steps they will take.",
     "Penhallow of Truro", "Lord Penhallow of Truro"),
    ("BARONESS KILBRANNAN OF CASTLE DOUGLAS\n\nMy Lords, I thank the Minister.", "KILBRANNAN OF CASTLE DOUGLAS",
     "Baroness Kilbrannan of Castle Douglas"),
])
def test_a_peers_territorial_designation_is_part_of_the_name(resolve, text, span, full):
    ms = resolve(text, "2019-05-01")
    assert names(ms, span) == {full}
    assert not [m for m in ms if m.entity_type == "CITY" and m.start_char > text.index(span)
                and m.end_char <= text.index(span) + len(span)]   # the place is the peer's, no mention of its own


def test_a_body_after_lord_of_is_no_designation(resolve):
    ms = resolve("Lord Penhallow of NATO said the alliance would act.", "2019-05-01")
    assert "NATO" in {m.text for m in ms}


@pytest.mark.parametrize("text,span,full", [
    ("(THE MARQUESS OF DUNMORROW)My Lords, I have received reports.", "MARQUESS OF DUNMORROW",
     "Marquess of Dunmorrow"),
    ("The Earl of Ravensholt replied for the Government.", "Earl of Ravensholt", "Earl of Ravensholt"),
])
def test_a_peer_named_by_the_title_alone_is_a_person(resolve, text, span, full):
    assert names(resolve(text, "1952-05-01"), span) == {full}


def test_a_lady_of_a_place_is_no_peer(resolve):
    ms = resolve("The Lady of the Lake was sung at the festival in Stirling.", "1952-05-01")
    assert not [m for m in ms if m.entity_type == "PERSON"]


def test_a_surname_that_is_a_peerage_word_is_no_title(resolve):
    ms = resolve("Peter Baron of West Germany chaired the meeting.", "1987-05-01")
    assert "West Germany" in {m.canonical_name for m in ms}


def test_the_family_name_keeps_its_particles():
    from transforms.shared_surnames import family_name
    assert family_name("Grace Le Foyer-Gomez".split()) == "Le Foyer-Gomez"
    assert family_name("Anna van der Berg".split()) == "van der Berg"
    assert family_name("Yulia Skripal".split()) == "Skripal" and family_name("De Gaulle".split()) == "Gaulle"
