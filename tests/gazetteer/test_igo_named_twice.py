"""One international organisation the Phoenix dictionary lists twice, by its initials and by its name, is one
entity: a story that names it in full and then by its initials names one body (gazetteer/igo_twins.py)."""
from gazetteer import igo_twins, sources_phoenix

# a made-up stretch of an International actors file, in its own format
DICTIONARY = """\
NORTHERN_RURITANIAN_TRADE_COMMUNITY_\t[IGORURTRD]# NGO_Actors
NRTC_\t[IGORURBUSTRD] #XX 01 Jul 2009# NGO_Actors
FREEDONIAN_LEAGUE_OF_STATES_\t[IGOFRDLEA]# NGO_Actors
FLOS_\t[IGOFRDBUS]# Freedonian League of States# NGO_Actors
GRAND_ASSOCIATION_OF_SOUTH_EAST_ISLANDS_\t[IGOSEIGAS]# NGO_Actors
GRAND_ASSOCIATION_OF_SOUTHEAST_ISLANDS_\t[IGOSEIGAS] #XX 07 Jul 2009# NGO_Actors
ARCTIC_UNION_\t[IGOARCUNI]# NGO_Actors
AU_\t[IGOAFRUNI]# NGO_Actors
ORGANIZATION_OF_WOOL_EXPORTING_COUNTRIES_
+OWEC
\t[IGOWOL]# NGO_Actors
OWEC_COUNTRIES_\t[IGOWOL] #XX 08 Jul 2009# NGO_Actors
"""


def _bodies(tmp_path, monkeypatch):
    (tmp_path / sources_phoenix.INTERNATIONAL).write_text(DICTIONARY, encoding="utf-8")
    monkeypatch.setattr(sources_phoenix, "source_path", lambda _dir, fname: str(tmp_path / fname))
    return {n: e for e in sources_phoenix.igo_entities() for n in e.names()}


def test_a_body_by_its_initials_and_by_its_name_is_one_entity(tmp_path, monkeypatch):
    bodies = _bodies(tmp_path, monkeypatch)
    # initials and name, codes of one region
    assert bodies["NRTC"] is bodies["Northern Ruritanian Trade Community"]
    # the file's comment spells the initials out ("of" giving its letter)
    assert bodies["FLOS"] is bodies["Freedonian League of States"]
    # one name written with and without a space, one code
    assert bodies["Grand Association of South East Islands"] is bodies["Grand Association of Southeast Islands"]
    # the first record keeps its name
    assert bodies["NRTC"].canonical_name == "Northern Ruritanian Trade Community"


def test_initials_of_a_body_of_another_region_stay_another_body(tmp_path, monkeypatch):
    bodies = _bodies(tmp_path, monkeypatch)
    assert bodies["AU"] is not bodies["Arctic Union"]


def test_a_member_word_in_a_bodys_of_phrase_keeps_the_name(tmp_path, monkeypatch):
    bodies = _bodies(tmp_path, monkeypatch)
    assert bodies["Organization of Wool Exporting Countries"] is bodies["OWEC"]
    assert bodies["OWEC"].canonical_name == "OWEC"   # the name the body had, and its id
    assert "Owec Countries" not in bodies and "OWEC COUNTRIES" not in bodies   # member states, no body


def test_initials_are_read_with_small_words_giving_their_letter_or_not():
    assert igo_twins.spells_initials("ECOWAS", "Economic Community of West African States")
    assert igo_twins.spells_initials("UNESCO", "United Nations Educational, Scientific and Cultural Organization")
    assert igo_twins.spells_initials("ASEAN", "Association of South East Asian Nations")
    assert not igo_twins.spells_initials("ASEAN", "Association of Southeast Asian Nations")
    assert not igo_twins.spells_initials("OPEC", "Organization of Arab Petroleum Exporting Countries")
    assert not igo_twins.spells_initials("EU", "European")


def test_a_story_naming_a_body_in_full_and_by_its_initials_links_one_entity(resolve):
    for full, short, text in (
            ("Economic Community of West African States", "ECOWAS",
             "ABUJA, May 2 - The Economic Community of West African States will send monitors to the vote. "
             "An ECOWAS official said the team would arrive on Friday."),
            ("Association of South East Asian Nations", "ASEAN",
             "MANILA, May 2 - Ministers of the Association of South East Asian Nations met on Tuesday. "
             "ASEAN officials said a fishing dispute was discussed."),
            ("Southern African Development Community", "SADC",
             "HARARE, May 2 - The Southern African Development Community called a summit on the drought. "
             "SADC leaders will meet in Lusaka."),
            ("Organization of Petroleum Exporting Countries", "OPEC",
             "VIENNA, May 2 - The Organization of Petroleum Exporting Countries left its output ceiling unchanged. "
             "OPEC ministers will meet again in June.")):
        mentions = resolve(text, date="1992-05-02")
        ids = {m.text: m.entity_id for m in mentions if m.text in (full, short)}
        assert set(ids) == {full, short}, text
        assert ids[full] is not None and ids[full] == ids[short], ids


def test_initials_spelt_out_a_letter_otherwise_keep_the_bodys_link(resolve):
    """The folded twin brings the body's full name: a story spelling it another way ("Organisation") or with a
    typing slip is still that body, not a body of another name with those initials."""
    for text, short in (("CAIRO, May 2 - The meeting was agreed by the Organisation of African Unity (OAU). "
                         "The OAU will send a team.", "OAU"),
                        ("VIENNA, May 2 - Ministers of the Organiaation of Petroleum Exporting Countries (OPEC) "
                         "met. OPEC left its ceiling unchanged.", "OPEC")):
        mentions = resolve(text, date="1987-05-02")
        ids = {m.entity_id for m in mentions if m.text == short}
        assert ids and all(i and i.startswith("phoenix:") for i in ids), (text, ids)
