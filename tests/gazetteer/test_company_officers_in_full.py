"""A full name the text gives a company's post is no statesman of that name in office on the date (sentences
written for these tests): "Chairman James Baker of Baker Industries Inc" in 1989, while the sources hold a James
Baker as secretary of state, is a businessman no source holds; so is "Donald Regan, chairman of Midwest Grain Co"
in 1986 and "Acme Corp president George Shultz" in 1987. An office of state, a former company post and a
statesman out of office who chairs a company keep their links."""
import pytest

from transforms.company_voices import company_post


def _linked(mentions, text):
    return {m.canonical_name for m in mentions if m.text == text and m.entity_id and not m.entity_id.startswith("nn:")}


@pytest.mark.parametrize("text, date, names", [
    ("NEW YORK, May 2 (Reuters) - Chairman James Baker of Baker Industries Inc said the company would sell its "
     "textile unit. Baker said earnings would rise.", "1989-05-02", ("James Baker", "Baker")),
    ("CHICAGO, March 10 (Reuters) - Donald Regan, chairman of Midwest Grain Co, said the firm expects record "
     "sales this year.", "1986-03-10", ("Donald Regan",)),
    ("DALLAS, Aug 4 (Reuters) - Acme Oil Corp president George Shultz said the company would drill three new "
     "wells.", "1987-08-04", ("George Shultz",)),
])
def test_a_company_officer_named_in_full_is_no_statesman_in_office(resolve, text, date, names):
    ms = resolve(text, date=date)
    for name in names:
        assert _linked(ms, name) == set(), name


def test_a_statesman_named_with_his_office_keeps_his_link(resolve):
    ms = resolve("WASHINGTON, May 2 (Reuters) - Secretary of State James Baker said the talks with Moscow would "
                 "resume. Baker said the company of allies was united.", date="1989-05-02")
    assert _linked(ms, "James Baker") == {"James Baker"}


@pytest.mark.parametrize("text, name, expected", [
    ("Chairman James Baker of Baker Industries Inc said", "James Baker", True),
    ("Donald Regan, chairman of Midwest Grain Co, said", "Donald Regan", True),
    ("Donald Regan, the president of Acme Steel, said", "Donald Regan", True),
    ("Acme Corp's chairman Donald Regan said", "Donald Regan", True),
    ("Treasury Secretary James Baker said", "James Baker", False),
    ("President George Bush of the United States said", "George Bush", False),
    ("Chairman Mao Tse-tung of the Communist Party said", "Mao Tse-tung", False),
    ("George Shultz, a former president of Bechtel Group Inc, said", "George Shultz", False),
    ("Bechtel Group Inc former president George Shultz said", "George Shultz", False),
    ("George Shultz, the secretary of state, met the chairman of Bechtel Group Inc", "George Shultz", False),
])
def test_a_company_post_before_or_after_the_name(text, name, expected):
    start = text.index(name)
    assert company_post(text, start, start + len(name)) is expected
