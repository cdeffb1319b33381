"""An embassy of another state that a text names without its host is in the capital of the text's dateline
("MOSCOW (AP) - ... four French Embassy staff members"); sentences written for these tests, with the real
model and gazetteer (gazetteer/missions.py `dateline_host`)."""


def named(mentions, text):
    return {(m.canonical_name, m.acts_for) for m in mentions if m.text == text}


def test_another_state_s_embassy_is_in_the_dateline_s_capital(resolve):
    ms = resolve("LIMA, May 3 (AP) - Peru ordered two Chilean Embassy attaches to leave within 72 hours, "
                 "the Foreign Ministry said.", "1979-05-03")
    assert named(ms, "Chilean Embassy") == {("Embassy of Chile, Lima", "CL")}


def test_the_dateline_s_own_embassy_a_host_named_or_a_consulate_stay_as_written(resolve):
    ms = resolve("LIMA, May 3 (AP) - Chile recalled two attaches of the Peruvian Embassy, and the Chilean "
                 "Embassy in Bogota and the Chilean Consulate said nothing.", "1979-05-03")
    assert named(ms, "Peruvian Embassy") == {("Embassy of Peru", "PE")}            # abroad, host unknown
    assert named(ms, "Chilean Embassy") == {("Embassy of Chile, Bogotá", "CL")} or \
        named(ms, "Chilean Embassy") == {("Embassy of Chile, Bogota", "CL")}       # its host named
    assert named(ms, "Chilean Consulate") == {("Consulate of Chile", "CL")}       # not always in the capital
