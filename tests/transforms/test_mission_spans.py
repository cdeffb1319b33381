"""A state's mission the model calls a person is a mission: transforms/mission_spans.named_mission."""
import spacy

from transforms.mission_spans import named_mission


def test_a_span_of_a_state_and_a_mission_kind_is_a_mission_whatever_the_label():
    doc = spacy.blank("en")("Ruritanian Embassy charge d'affaires Ivo Tallis met Ruritania's High Commission staff, "
                            "the Ruritanian Mission crew and Ruritanian Embassy Row.")
    words = [t.text for t in doc]
    r = [i for i, w in enumerate(words) if w == "Ruritanian"]
    ria = words.index("Ruritania")
    gaz = [(i, i + 1, "GAZ:NORP") for i in r] + [(ria, ria + 1, "GAZ:COUNTRY")]
    assert named_mission(doc, r[0], r[0] + 2, gaz)                      # "Ruritanian Embassy"
    assert named_mission(doc, ria, ria + 4, gaz)                        # "Ruritania's High Commission"
    assert not named_mission(doc, r[1], r[1] + 2, gaz)                  # "Ruritanian Mission": maybe a ship
    assert not named_mission(doc, r[2], r[2] + 3, gaz)                  # "Ruritanian Embassy Row": a street
    ivo = words.index("Ivo")
    assert not named_mission(doc, ivo, ivo + 2, gaz)                    # a person's name
