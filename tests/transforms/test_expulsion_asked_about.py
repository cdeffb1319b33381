"""A written parliamentary question asks about an expulsion; it tells none (sentences written for these tests):
"Deputy X asked the Minister for Foreign Affairs the engagement that he has had with Y in relation to the
expulsion of the Ruritanian ambassador" (what is asked is the verb's second object). Asking someone to leave is
still an order, and a question asked beside an expulsion leaves it told."""
import pytest

from tests.expulsions_helpers import made_up_rows


def test_an_expulsion_inside_what_is_asked_is_not_told():
    rows = made_up_rows("Deputy Jan Kovar asked the Minister for Foreign Affairs the engagement that he has had with "
                        "Graustark in relation to the expulsion of the Ruritanian ambassador from Freedonia.")
    assert rows and not any(r[3] == "asserted" for r in rows)


@pytest.mark.parametrize("text, want", [
    ("Freedonia asked the Ruritanian ambassador to leave the country.", ("FD", "RR", 1, "asserted")),
    ("Freedonia expelled four Ruritanian diplomats, and the minister asked the House for its support.",
     ("FD", "RR", 4, "asserted")),
])
def test_an_order_by_asking_or_an_expulsion_beside_a_question_stays_told(text, want):
    assert want in made_up_rows(text)
