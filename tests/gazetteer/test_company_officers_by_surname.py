"""A bare surname that an apposition calls a company's officer is no statesman of that name (sentences
written for these tests): "Thatcher, a spokeswoman for the brewer" in 1987 is not Margaret Thatcher, and
"Weinberger, the bank's chairman" in 1985 is not Caspar Weinberger; the apposition of an office of state,
and a former post at a company, leave the statesman."""
import pytest

from transforms.company_voices import company_apposition, speaks_for_a_company


def _linked(mentions, text):
    return {m.canonical_name for m in mentions if m.text == text and m.entity_id and not m.entity_id.startswith("nn:")}


@pytest.mark.parametrize("text, date, name", [
    ("LONDON, May 4 (Reuter) - Brewer Whitbread Plc said its profits rose 15 pct. Thatcher, a spokeswoman for "
     "the brewer, said the results were good.", "1987-05-05", "Thatcher"),
    ("NEW YORK, May 4 (Reuters) - First Interstate Bancorp said it would buy a Texas bank. Weinberger, the "
     "bank's chairman, told analysts the deal would close in June. Weinberger said the price was fair.",
     "1985-05-05", "Weinberger"),
])
def test_a_company_officer_by_surname_is_no_statesman(resolve, text, date, name):
    assert _linked(resolve(text, date=date), name) == set()


def test_an_office_of_state_in_the_apposition_keeps_the_statesman(resolve):
    ms = resolve("WASHINGTON, May 4 (Reuters) - The Pentagon said the budget would rise. Weinberger, the "
                 "defense secretary, told Congress the rise was needed.", date="1985-05-05")
    assert _linked(ms, "Weinberger") == {"Caspar Weinberger"}


@pytest.mark.parametrize("after, expected", [
    (", a spokeswoman for the brewer, said", True),
    (", the bank's chairman, told", True),
    (", the company\u2019s chief financial officer, said", True),
    (", an analyst with Shearson Lehman Brothers Inc, said", True),
    (", the defense secretary, said", False),
    (", a former Bechtel Corp president, said", False),
    (", who heads the company, said", False),
    (" said the company would", False),
    (", the company's sales chief.", True),
])
def test_an_apposition_names_a_company(after, expected):
    assert company_apposition("Baker" + after, len("Baker")) is expected


def test_an_apposition_closing_the_sentence_names_a_company_too(resolve):
    ms = resolve('NEW YORK, May 4 (Reuters) - Chrysler Corp said car sales fell. "We are disappointed," said '
                 "Baker, the company's sales chief.", date="1987-05-05")
    assert _linked(ms, "Baker") == set()


def test_a_surname_that_speaks_for_the_company_is_its_voice(resolve):
    ms = resolve("NEW YORK, May 4 (Reuters) - Acme Industries Inc said it would sell its chemicals unit for 40 mln "
                 "dlrs. Baker said the company would use the proceeds to cut debt.", date="1987-05-05")
    assert _linked(ms, "Baker") == set()


def test_a_leader_in_office_may_say_what_a_company_will_do(resolve):
    ms = resolve("LONDON, May 4 (Reuter) - The government will sell its shares in British Gas Plc next year. "
                 "Thatcher said the company would be sold in one offer.", date="1986-05-05")
    assert _linked(ms, "Thatcher") == {"Margaret Thatcher"}


@pytest.mark.parametrize("text, expected", [
    ("Acme Industries Inc sold a unit. Baker said the company would cut debt.", True),
    ("Acme Industries Inc sold a unit. Baker said that its firm would cut debt.", True),
    ("Acme Industries Inc sold a unit. Baker said the bank would lend more.", False),
    ("Acme Industries Inc sold a unit. Baker said the company's conduct was wrong.", False),
    ("The plant closed. Baker said the company would cut debt.", False),
])
def test_a_name_that_speaks_for_a_company(text, expected):
    assert speaks_for_a_company(text, text.index("Baker") + len("Baker")) is expected


def test_a_former_leader_may_say_what_a_company_will_do(resolve):
    ms = resolve("LONDON, May 4 (Reuter) - British Gas Plc shares fell. Thatcher said the company had been sold "
                 "too cheaply.", date="1992-05-05")
    assert _linked(ms, "Thatcher") == {"Margaret Thatcher"}
