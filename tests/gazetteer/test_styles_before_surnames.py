"""Foreign styles of address before a surname in English copy (sentences written for these tests; the real
model and gazetteer): the person is the surname after "M.", "MM.", "Mme.", "Mlle.", "Senhora" and the like, linked
as a surname after "Mr." is; French "M." stays an initial inside a name, in a list of people written with
initials and before two names, and a style inside a German quotation is none."""

from tests.mention_helpers import linked_names, names


def texts(mentions):
    return {m.text for m in mentions}


def test_m_before_a_surname_is_a_style(resolve):
    ms = resolve("PARIS, Oct. 1 - M. Mauroy told the National Assembly that France would nationalise the banks. "
                 "M. Delors, the Finance Minister, agreed.", "1981-10-02")
    assert linked_names(ms, "Mauroy") == {"Pierre Mauroy"}
    assert "Delors" in texts(ms) and not {"M. Mauroy", "M. Delors"} & texts(ms)
    ms = resolve("PARIS, Jan. 9 - A secretary at the Foreign Ministry was arrested on charges of spying for "
                 "Czechoslovakia. M. Pompidou was told of the affair.", "1972-01-10")
    assert linked_names(ms, "Pompidou") == {"Georges Pompidou"}
    ms = resolve("BRUSSELS, May 9 - M. Tindemans of Belgium met the Dutch Foreign Minister in Brussels.", "1976-05-10")
    assert "Tindemans" in texts(ms) and "M. Tindemans" not in texts(ms)


def test_styles_of_one_and_of_several_people(resolve):
    ms = resolve("MM. Chirac and Poniatowski left for Algiers on Tuesday. Mme. Veil stayed in Paris, and "
                 "Mlle. Dupont, a secretary, was arrested.", "1975-11-04")
    assert {"Chirac", "Poniatowski", "Veil", "Dupont"} <= texts(ms)
    assert not {"MM", "Mme", "Mlle"} & texts(ms)
    assert names(ms, "Dupont") == {"Dupont"} and not linked_names(ms, "Dupont")   # a person no source holds
    ms = resolve("LISBON, July 14 - Senhor Cavaco Silva won a majority. Senhora Pintasilgo conceded defeat.",
                 "1987-07-15")
    assert "Pintasilgo" in texts(ms) and "Senhora Pintasilgo" not in texts(ms)


def test_m_stays_an_initial_inside_a_name_and_in_lists_of_initials(resolve):
    ms = resolve("The guest list included John M. Smith of Chicago and Mary R. Jones of Denver.", "1983-05-20")
    assert "John M. Smith" in texts(ms)
    ms = resolve("The committee members were A. Brown, M. Smith and K. Green, all of the Ohio bar.", "1983-05-20")
    assert "M. Smith" in texts(ms)
    ms = resolve("The winners were M. Smith Jones of Denver and his partner.", "1983-05-20")
    assert "Smith Jones" not in texts(ms)


def test_a_style_in_a_german_quotation_is_none(resolve):
    ms = resolve("The placard read \"Herr Direktor, wir wollen Arbeit\" as workers marched in Hamburg.", "1976-02-18")
    assert not linked_names(ms, "Direktor")
    ms = resolve("The waiter called him señor and brought the bill in Madrid.", "1978-04-20")
    assert "señor" not in {t.lower() for t in texts(ms)}
