"""A chamber named after the word "state" is a state's chamber, not the nation's (gazetteer/state_chambers.py)."""
SENATE = "curated:1caf43f8b677"   # the United States Senate


def _senates(mentions):
    return [m for m in mentions if m.text.lower().endswith("senate")]


def test_the_state_senate_is_no_united_states_senate(resolve):
    for text in ("COLUMBUS, Ohio (AP) - The state Senate voted 21-12 on Tuesday to raise the speed limit.",
                 "TRENTON, N.J. (AP) - A bill to close the racetrack cleared the state Senate late on Monday.",
                 "BOSTON (AP) - State Senate leaders said the vote on the casino bill would come in May.",
                 "ALBANY, N.Y. (AP) - The state Assembly approved the rent plan; the state Senate rejected it."):
        found = _senates(resolve(text, date="1995-04-02"))
        assert found, text
        assert all(m.entity_id != SENATE for m in found), (text, [(m.text, m.entity_id) for m in found])


def test_the_senate_of_the_nation_keeps_its_link(resolve):
    for text in ("WASHINGTON (AP) - The Senate voted 52-48 on Tuesday to confirm the nominee.",
                 "WASHINGTON (AP) - The treaty goes to the Senate next week, and Senate leaders expect a close vote.",
                 "WASHINGTON (AP) - The governor of the state told the Senate that the dam must be rebuilt."):
        found = _senates(resolve(text, date="1995-04-02"))
        assert found and all(m.entity_id == SENATE for m in found), (text, [(m.text, m.entity_id) for m in found])
