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
