"""A text of no date names a person whose offices all ended as the man of his last office's state
(gazetteer/history.py of_its_time): a memorandum that lists a Soviet minister names a Soviet man."""
import pytest


@pytest.mark.parametrize("text", [
    "PARTICIPANTS\nForeign Minister Andrey A. Gromyko\nAmbassador Anatoliy F. Dobrynin\n\n"
    "Gromyko opened the talk by asking how long the visitors could stay.",
    "Andrei Gromyko, who had served as foreign minister for many years, told the visitors that the sides "
    "should meet again before the winter.",
])
def test_an_undated_text_names_a_past_minister_of_his_time(resolve, text):
    got = {(m.canonical_name, m.country_code) for m in resolve(text, date=None) if m.text.endswith("Gromyko")}
    assert got == {("Andrey Gromyko", "SU")}, got


def test_a_dated_text_keeps_the_state_of_its_date(resolve):
    got = {(m.canonical_name, m.country_code) for m in resolve(
        "Andrei Gromyko, who had served as foreign minister for many years, told the visitors that the sides "
        "should meet again before the winter.", date="1985-03-02") if m.text.endswith("Gromyko")}
    assert got == {("Andrey Gromyko", "SU")}, got
