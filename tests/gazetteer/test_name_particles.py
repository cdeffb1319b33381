"""A person's name the model cut after its particles runs on through them to the word after
(transforms/name_spans.through_particles). Sentences written for this test, with the real model."""


def test_a_name_cut_after_von_is_one_name(resolve):
    ms = resolve("BRUSSELS - Commission President Ursula von der Lajen met the Hungarian Prime Minister on "
                 "Thursday.", "2020-12-10")
    texts = {m.text for m in ms}
    assert "Ursula von der Lajen" in texts
    assert not texts & {"Ursula von", "Lajen"}


def test_a_particle_ending_a_sentence_takes_no_word_of_the_next(resolve):
    ms = resolve("The painting was signed by Pieter de. Rotterdam bought it in 1990.", "1990-05-01")
    assert "Rotterdam" in {m.text for m in ms}
