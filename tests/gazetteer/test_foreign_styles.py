"""The styles of other languages in English copy ("Herr Genscher", "Monsieur Cheysson", "Signor
Andreotti") are titles, not part of the name, as "Mr." is, with the real model and gazetteer."""
import pytest


@pytest.mark.parametrize("text,name", [
    ("BONN, March 3 - Herr Baumgartner told the Bundestag that the attaches had left.", "Baumgartner"),
    ("Monsieur Delavigne, the French charge d'affaires, was summoned on Tuesday.", "Delavigne"),
    ("Signor Castellani said the Italian embassy would stay open.", "Castellani"),
])
def test_a_foreign_style_is_no_part_of_the_name(resolve, text, name):
    texts = [m.text for m in resolve(text, date="1983-03-03")]
    assert name in texts and not any(t.split()[0] in ("Herr", "Monsieur", "Signor") for t in texts)


def test_a_styled_surname_reaches_the_minister_in_office(resolve):
    ms = resolve("BONN, Sept. 6 - Chancellor Helmut Kohl told the Bundestag that West Germany would protest. "
                 "Herr Kohl said the Soviet reply was unacceptable.", date="1983-09-07")
    assert {m.canonical_name for m in ms if m.text == "Kohl"} == {"Helmut Kohl"}


@pytest.mark.parametrize("text,date,name,canonical", [
    # the sources code these men as no more than their government's officials of the time
    ("MOSCOW, May 4 - The Soviet Government protested to Britain today. Mr. Kosygin received the "
     "British ambassador.", "1975-05-05", "Kosygin", "Aleksey Kosygin"),
    ("LONDON, Jan. 9 - Britain will join the Common Market, and Mr. Heath told the Commons the terms were "
     "fair.", "1972-01-10", "Heath", "Edward Heath"),
    ("MADRID, Sept. 8 - The American delegation walked out. Mr Shultz said Washington would not accept "
     "the Soviet account.", "1983-09-08", "Shultz", "George Shultz"),
])
def test_a_styled_surname_names_the_official_in_office_of_a_state_the_story_names(resolve, text, date, name,
                                                                                 canonical):
    assert {m.canonical_name for m in resolve(text, date=date) if m.text == name} == {canonical}


@pytest.mark.parametrize("text,date,name", [
    ("MOSCOW, May 4 - The Soviet Government protested today. Mr. Kosygin, a Leningrad engineer, spoke.",
     "1995-05-05", "Kosygin"),    # out of office: a namesake
    ("PARIS, Jan. 9 - The French Government protested. Mr. Heath, a tourist, was detained.",
     "1972-01-10", "Heath"),      # his country is not the story's
])
def test_a_styled_surname_out_of_office_or_out_of_the_story_stays_unknown(resolve, text, date, name):
    assert all(m.entity_id is None or m.entity_id.startswith("nn:") for m in resolve(text, date=date) if m.text == name)
