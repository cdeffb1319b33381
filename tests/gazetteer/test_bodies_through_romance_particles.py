"""A body's name the model cut before its Romance "of" runs on through it to the name after: "Banco do Brasil" is
one bank, not a body "Banco" and a person or country "Brasil" (transforms/name_spans.through_particles). Sentences
written for these tests, with the real model and gazetteer."""


def test_a_bank_cut_before_its_do_is_one_name(resolve):
    ms = resolve("SAO PAULO - The loan from Banco do Brasil and two private banks was signed on Monday, the "
                 "finance ministry said.", "1987-03-01")
    assert "Banco do Brasil" in {m.text for m in ms}
    assert "Banco" not in {m.text for m in ms}


def test_a_persons_particle_after_a_body_is_not_run_into_it(resolve):
    ms = resolve("PARIS - Le Monde said on Monday that Jacques de Larosiere would leave the fund.", "1987-03-01")
    assert not any(m.text.endswith("de Larosiere") and m.text.startswith("Le Monde") for m in ms)
