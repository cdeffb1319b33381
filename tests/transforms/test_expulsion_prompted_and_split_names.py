"""Who acts, in two shapes of unseen news (ev9), on made-up states parsed by the project's real spaCy model:

- "..., prompting Fredville to order three Ruritanian diplomats to leave": the state the verb of causing
  makes act is the one that orders them out (subjects.controller, for an order to leave as for an expulsion);
- "Ruritanian Foreign Minister Adel al-Jubeir said ...": a name the tokenizer split at its hyphen, the parser
  hanging the titles on its first half, still speaks for the state its titles name (parse_words.name_before_hyphen)."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "This month Ruritania expelled three Freedonian diplomats for involvement in an alleged spy ring, prompting "
    "Fredville to order three Ruritanian diplomats to leave Freedonia.",
    "Ruritania expelled three Freedonian diplomats, prompting Freedonia to order three Ruritanian diplomats to leave.",
])
def test_the_state_prompted_to_order_them_out_expels(text):
    assert asserted(text) == {("RR", "FD", 3), ("FD", "RR", 3)}


def test_a_minister_with_a_hyphenated_name_speaks_for_his_state():
    assert asserted("Ruritanian Foreign Minister Adel al-Jubeir said Freedonia's diplomats had 48 hours to leave "
                    "the country.") == {("RR", "FD", None)}
