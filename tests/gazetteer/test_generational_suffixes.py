"""A name written with a generational suffix the sources leave out ("Jr.") is the person of the name without
it who held office on the date (gazetteer/person_match.py in_office_without_suffix), never his namesake father
out of office then."""


def test_a_suffixed_name_is_the_namesake_in_office(resolve):
    got = {(m.text, m.canonical_name) for m in resolve(
        "Palau's President Tommy Remengesau Jr. told the fisheries meeting that the marine sanctuary would stay.",
        date="2014-08-04") if "Remengesau" in m.text}
    assert got == {("Tommy Remengesau Jr.", "Tommy Remengesau")}, got


def test_a_suffixed_name_is_no_namesake_out_of_office(resolve):
    # the father Thomas Remengesau led Palau in 1985 and 1988-89: in 2014 a "Thomas Remengesau Jr." is not he
    got = {m.canonical_name for m in resolve(
        "Thomas Remengesau Jr. told the fisheries meeting that the marine sanctuary would stay.",
        date="2014-08-04") if "Remengesau" in m.text}
    assert "Thomas Remengesau" not in got, got
