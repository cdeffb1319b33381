"""A person's initials the model left out before the surname are part of the name (transforms/initials_before_surnames.py):
the name is read as the text writes it, initials and all, and the initials pick out the person."""


def _texts(mentions):
    return {m.text: m.canonical_name for m in mentions}


def test_initials_before_a_surname_are_part_of_the_name(resolve):
    for text, name, person, date in (
            ("WASHINGTON - R. Reagan signed the farm bill on Friday, aides said.", "R. Reagan", "Ronald Reagan",
             "1986-05-20"),
            ("HAVANA - F. Castro spoke to the party congress for four hours.", "F. Castro", "Fidel Castro",
             "1986-05-20")):
        found = _texts(resolve(text, date=date))
        assert found.get(name) == person, (text, found)


def test_initials_of_another_name_or_closing_a_sentence_stay_apart(resolve):
    found = _texts(resolve("The talks were held in Washington, D.C. Reagan said later that they went well.",
                           date="1986-05-20"))
    assert not any(t.startswith("D.C.") for t in found), found
    found = _texts(resolve("NEW YORK - The U.S. Reagan administration will ask for more money, officials said.",
                           date="1986-05-20"))
    assert found.get("U.S.") == "United States" and found.get("Reagan") == "Ronald Reagan", found
