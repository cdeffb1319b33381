"""A state named right after a titled person's name by "of" is the title's state ("talks with King Hussein of
Jordan"), whatever a demonym before the title or another state's leader of the same surname says (sentences
written for these tests; the real model and gazetteer)."""

from tests.mention_helpers import names


def test_the_state_after_of_is_the_titles_state(resolve):
    ms = resolve("LONDON, April 9 - Mrs Thatcher met King Hussein of Jordan on Thursday, and President Saddam "
                 "Hussein of Iraq was criticised for the war.", "1987-04-10")
    first = min((m for m in ms if m.text == "Hussein"), key=lambda m: m.start_char)
    assert first.canonical_name != "Saddam Hussein"
    ms = resolve("BRUSSELS - Syria favours a peace conference, Belgian Foreign Minister Leo Tindemans said after "
                 "talks with King Hussein of Jordan.\n - - - -\n WASHINGTON - Kuwait asked for flags to protect "
                 "its oil shipments in the Gulf war between Iraq and Iran.", "1987-04-10")
    assert "Saddam Hussein" not in names(ms, "Hussein")


def test_a_leader_without_a_state_after_him_is_found_as_before(resolve):
    ms = resolve("BAGHDAD, April 9 - Iraq said its planes hit Iranian targets. President Hussein said the war "
                 "would go on.", "1987-04-10")
    assert names(ms, "Hussein") == {"Saddam Hussein"}
