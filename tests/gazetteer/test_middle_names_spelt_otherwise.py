"""A person the job names without the middle names an article leaves out (gazetteer/person_match.py
without_unwritten_middle_names) keeps them when the article writes a middle name spelt otherwise: "Yon
Hyung Muk" is reported as "Yon Hyong Muk", never as a made-up "Yon Muk"."""


def test_a_middle_name_spelt_otherwise_is_kept(resolve):
    got = {(m.text, m.canonical_name) for m in resolve(
        "The North Korean premier, Yon Hyung Muk, crossed the border at dawn for a second round of talks. "
        "Yon later met the southern prime minister over dinner.", date="1990-10-16") if m.text.startswith("Yon")}
    assert got == {("Yon Hyung Muk", "Yon Hyong Muk"), ("Yon", "Yon Hyong Muk")}, got


def test_a_middle_name_left_out_is_still_left_out(resolve):
    got = {m.canonical_name for m in resolve(
        "Tanzania's Prime Minister Cleopa Msuya said the coffee talks had gone well. Msuya flew home on Friday.",
        date="1995-03-02") if m.text.endswith("Msuya")}
    assert got == {"Cleopa Msuya"}, got
