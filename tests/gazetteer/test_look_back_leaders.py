"""A look back names the leader of its time: a bare surname in a story of years before its date (transforms/story_time.py)."""


def test_a_look_back_names_the_leader_of_its_time(resolve):
    found = {m.canonical_name for m in resolve(
        "NEW DELHI - In 1972, Mrs Gandhi signed the accord with Pakistan at a hill station. Forty years on, "
        "historians still argue over what was promised.", date="2012-10-31") if m.text.endswith("Gandhi")}
    assert found == {"Indira Gandhi"}, found
