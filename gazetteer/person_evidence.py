"""The resolver's evidence for people: a role title and who held it on the date, the same person
named before in the article, a leader's bare surname, a garbled full name, and an unknown person's
fullest name. Mixed into `gazetteer.resolver.ArticleResolver` (it reads the resolver's `gaz`,
`config`, `disabled`, `_context_weight` and `_cutoff`)."""
from __future__ import annotations

from collections import Counter
from typing import Optional

from gazetteer.family_name_last import written_family_name_last
from gazetteer.arabic_onsets import surname_sounds_alike
from gazetteer.history import state_on
from gazetteer.initialled_names import glued_initials, initialled_person
from gazetteer.earlier_given_names import known_without_a_first_given_name
from gazetteer.later_given_names import known_by_a_later_given_name
from gazetteer.lookalike import (in_time, names_compatible, of_a_country_named, of_no_state, one_of_its_names,
                                 spelt_otherwise)
from gazetteer.model import INSTITUTION_WORDS, Entity, normalise
from gazetteer.family_name_last import NAMED_BY_FAMILY_NAME_FIRST
from gazetteer.given_name_sex import sex_of_given_name
from gazetteer.named_before import (given_name_of_one_named, last_word_of_another_name, named_as_a_place,
                                   person_named_in_full)
from gazetteer.nasab_names import fathers_disagree, named_by_own_name, opened_by_nasab
from gazetteer.national import dominant_country
from gazetteer.given_names import bears_given_name, given_name_before, is_given_name, is_title_word, title_right_before
from gazetteer.people import (LEADER_ROLES, SURNAME_YEARS_AFTER_LAST_ROLE, courtesy_title, in_title_case, long_retired,
                              may_be_named_by_surname, named_by_surname_alone,
                              peerage_title_before, peers_name, person_name_key, role_on,
                              seniority, sole_leading_figure, strip_honorifics, title_before, titled_before,
                              without_middle_initials)
from gazetteer.title_sexes import named_by_marriage, of_other_sex, of_same_sex, title_sex
from gazetteer.person_match import (best_title_holder, coref_similarity, former_holder, former_official,
                                     hyphenated_otherwise, in_office_without_suffix, known_surname, own_name_word, same_onset, surname_bearers,
                                     surname_close, surname_of_others, surname_skeletons, surname_of_the_article, transliterated_full_name,
                                     opening_a_longer_name, with_second_surname, without_second_surname)
from gazetteer.short_given_names import named_by_another_form_of_a_given_name
from gazetteer.sovereigns import sovereign
from gazetteer.titled_officials import OFFICIAL, titled_official
from gazetteer.title_alone import title_holder
from gazetteer.titled_leaders import title_rules_out
from gazetteer.unwritten_muhammad import written_without_muhammad
from gazetteer.verdict import Verdict


# the word after a member's name that heads a contribution in a parliamentary record ("Mr. Wilkinson : To
# ask ...", "Mr. Holt asked the Secretary of State ...")
PARLIAMENT_HEADING_WORDS = frozenset({":", "asked"})


class PersonEvidence:
    """How a name of a person is resolved (see the module)."""

    def _person(self, m, i, raw_mentions, results, context, date, title) -> Optional[Verdict]:
        key = person_name_key(m.text)
        if not key or any(w in INSTITUTION_WORDS for w in key.split()):
            return None   # "the Trump Administration" is an institution, not a person
        if (alone := title_holder(self.gaz, key, date, context)) is not None:   # "the Taoiseach said"
            return Verdict(alone[0], "PERSON", "context", 0.85, role=alone[1])
        cfg = self.config
        # (a) a role title beside the name: who held that role on the article's date?
        if title is not None and date:
            role_key = title[1]
            country = self._title_country(m, raw_mentions, results)
            if country:
                holders = self.gaz.people_with_role(role_key, country, date)
            else:
                # "Prime Minister Teresa Mey": no country beside the title; the article's countries stand in
                holders = [e for code, _ in context.most_common(5)
                           for e in self.gaz.people_with_role(role_key, code, date)]
            # "Prime Minister" narrows a head of government to those whose title says so
            same_title = [e for e in holders if any(title[0] in normalise(r.title) for r in e.roles
                                                    if r.role_key == role_key)]
            best = best_title_holder(key, same_title or holders, self.config)
            named = person_named_in_full(key, i, raw_mentions, results) \
                if (best is None or role_key == OFFICIAL) and "coref" not in self.disabled else None
            if named is not None:   # "Secretary Baker" after "James Baker": no other Baker of the government
                return Verdict(named.entity, "PERSON", "coref", 0.95, canonical_name=named.canonical_name
                                   if named.entity is None else None, country_code=named.country_code, role=named.role)
            best = best or sovereign(self.gaz, key, title[0], date,
                                     {country} if country else {c for c, _ in context.most_common(3)}) \
                or titled_official(self.gaz, key, country, context, date)   # "President Reagan": a government's 'official'
            if best is not None:
                return Verdict(best[0], "PERSON", "context", round(min(0.95, 0.6 + 0.4 * best[1]), 3),
                                   role=role_key)
            former = former_holder(self.gaz.surname_index, key, role_key, country, date)
            if former is None and role_key in LEADER_ROLES:   # "the late President Andropov": a past official
                former = former_official(self.gaz.surname_index, key, {country} if country else
                                         {c for c, _ in context.most_common(3)}, date)
            if former is not None:   # "President Trump" in 2025, where the sources end his term in 2021
                return Verdict(former, "PERSON", "context", 0.8)
        # (b) the same person named earlier (or fully) in this article
        if "coref" not in self.disabled:
            # a surname the gazetteer knows as a leader's ("Kishida") is no garbled form of another's ("Ishiba")
            known = known_surname(key, m.label, self.gaz.surname_index, date) \
                or surname_of_the_article(key, self.gaz.surname_index, context) \
                or last_word_of_another_name(key, i, raw_mentions)   # "Maxwell Evenor" ... "Evenor": no Jenrick
            res = self._coreference(key, i, raw_mentions, results, getattr(m, "speaker", False), exact_only=known,
                                    title=title) or self._family_name_of_one_named(m, i, raw_mentions, results)
            if res is not None:
                return res
        # (c) a known surname, or the full name, in the gazetteer, judged by the article's countries
        if " " not in key and not glued_initials(m.text):   # "N.Enkhbayar" is initials and a surname
            if named_as_a_place(key, raw_mentions, results):
                return None   # "the key Mackay region ... The Mackay and Burdekin regions": no John Mackay
            titled = titled_before(m.context_before, m.text)   # "Mr Caton": a man's surname
            member = getattr(m, "word_after", "") in PARLIAMENT_HEADING_WORDS   # "Mr. Wilkinson : To ask"
            best = self._best_by_surname(key, context, date, titled, member, title) \
                if "surname" not in self.disabled else None
            if best is not None and named_by_marriage(titled, best) and self._surname_given_to_another(m, key, raw_mentions):
                return None   # "Mrs. Reagan" beside "President Reagan": his wife, whom the sources do not hold
            if best is None and "surname" not in self.disabled:
                own = [e for e in named_by_own_name(self.gaz, key)
                       if role_on(e, date) and of_a_country_named(e, context, date)
                       and not of_other_sex(m.context_before, [], e)]
                if len(own) == 1:   # "Dr Mahathir" in 1997, in a story that names Malaysia: Mahathir bin Mohamad
                    return Verdict(own[0], "PERSON", "alias", 0.85)
            return Verdict(best, "PERSON", "context", 0.85) if best is not None else None
        if (initialled := initialled_person(self.gaz.surname_index, m.text, date, cfg.max_years_before_first_role, context)):
            return Verdict(initialled, "PERSON", "alias", 0.9)   # "P.W. Botha" is Pieter Willem Botha
        if "fuzzy" not in self.disabled and len(key) >= cfg.min_fuzzy_chars:
            suffixed = in_office_without_suffix(self.gaz, key, date)
            if len(suffixed) == 1:   # "Tommy Remengesau Jr." in 2014, president then, is Tommy Remengesau
                return Verdict(suffixed[0], "PERSON", "alias", 0.9)
            known_so = [e for e in without_second_surname(self.gaz, key)
                        if in_time(e, date, cfg.max_years_before_first_role)]
            if len(known_so) == 1:   # "Augusto Pinochet" is Augusto Pinochet Ugarte
                return Verdict(known_so[0], "PERSON", "alias", 0.9)
            named_so = with_second_surname(self.gaz, key, date)
            if len(named_so) == 1:   # "Daniel Ortega Saavedra" in 1988 is Daniel Ortega
                return Verdict(named_so[0], "PERSON", "alias", 0.9)
            unwritten = [e for e in written_without_muhammad(self.gaz, key)
                         if in_time(e, date, cfg.max_years_before_first_role) and of_a_country_named(e, context, date)]
            if len(unwritten) == 1:  # "Javad Zarif" is Mohammad Javad Zarif, in a story that names Iran
                return Verdict(unwritten[0], "PERSON", "alias", 0.9)
            later = [e for e in known_by_a_later_given_name(self.gaz, key)
                     if role_on(e, date) and of_a_country_named(e, context, date)]
            if len(later) == 1:      # "Cyril Ramaphosa", president then, in a story that names South Africa
                return Verdict(later[0], "PERSON", "alias", 0.85)
            earlier = [e for e in known_without_a_first_given_name(self.gaz, key)
                       if role_on(e, date) and of_a_country_named(e, context, date)]
            if len(earlier) == 1:    # "Winston Baldwin Spencer", prime minister then, in a story that names Antigua
                return Verdict(earlier[0], "PERSON", "alias", 0.85)
            short = [e for e in named_by_another_form_of_a_given_name(self.gaz, key)
                     if in_time(e, date, cfg.max_years_before_first_role) and of_a_country_named(e, context, date)
                     and not long_retired(e, date, SURNAME_YEARS_AFTER_LAST_ROLE)]
            short = _the_one_in_office_if_held_twice(short, date)
            if len(short) == 1:      # "Tom Thabane" is Thomas Thabane, "Joseph R. Biden Jr." Joe Biden
                return Verdict(short[0], "PERSON", "alias", 0.85)
            turned = [e for e in written_family_name_last(self.gaz, key) if of_a_country_named(e, context, date)]
            if len(turned) == 1:     # "Dae Jung Kim", in a story that names South Korea, is Kim Dae Jung
                return Verdict(turned[0], "PERSON", "alias", 0.85)
            nasab = [e for e in opened_by_nasab(self.gaz, key)
                     if in_time(e, date, cfg.max_years_before_first_role) and of_a_country_named(e, context, date)]
            nasab = _the_one_in_office_if_held_twice(nasab, date)
            if len(nasab) == 1:      # "Tamim bin Hamad", in a story that names Qatar, is Tamim bin Hamad Al Thani
                return Verdict(nasab[0], "PERSON", "alias", 0.85)
            spelt = [e for e in transliterated_full_name(self.gaz, key)
                     if in_time(e, date, cfg.max_years_before_first_role)
                     and not any(fathers_disagree(key, normalise(n)) for n in e.names())]
            if len(spelt) == 1:      # "Mohammed Saeed al-Sahaf" is Muhammad Said Kazim al Sahhaf
                return Verdict(spelt[0], "PERSON", "fuzzy", 0.85)
            opened = [e for e in opening_a_longer_name(self.gaz, key)
                      if in_time(e, date, cfg.max_years_before_first_role) and of_a_country_named(e, context, date)
                      and not long_retired(e, date, SURNAME_YEARS_AFTER_LAST_ROLE)]
            if len(opened) == 1:     # "Naji Sabri", in a story that names Iraq, is Naji Sabri Ahmad al Hadithi; "Muhammad
                # Khan" in 2001 is no Mohammad Khan Junejo, out of office since 1988
                return Verdict(opened[0], "PERSON", "alias", 0.85)
            candidates = list(self.gaz.candidates(key, types=("PERSON",), limit=cfg.person_fuzzy_candidates))
            closed_up = [e for e, _, _ in candidates if hyphenated_otherwise(key, e)
                         and in_time(e, date, cfg.max_years_before_first_role) and of_a_country_named(e, context, date)]
            if len(closed_up) == 1:   # "Prayuth Chan-ocha", in a Thai story, is Prayut Chan-o-cha
                return Verdict(closed_up[0], "PERSON", "fuzzy", 0.85)
            for e, score, method in candidates:
                if method != "fuzzy" or not (surname_close(key, e, cfg) or surname_sounds_alike(key, e, date)) \
                        or not in_time(e, date, cfg.max_years_before_first_role) \
                        or not any(names_compatible(key, person_name_key(n)) and not fathers_disagree(key, person_name_key(n))
                                   for n in e.names()):
                    continue   # a lookalike ("George Thomas" is not "Roger Thomas", "Mohammed bin Zayed" no son of
                    # Abd al Rauf) or out of time
                if spelt_otherwise(key, e, person_name_key) and (
                        not in_time(e, date, cfg.max_years_before_first_role_spelt_otherwise)
                        or not of_a_country_named(e, context, date) and role_on(e, date) not in LEADER_ROLES
                        or of_no_state(e) and not role_on(e, date)):
                    continue   # "Vincent Fan" in a Hong Kong bank story is no British diplomat "Vincent Fean";
                    # "Sir John Kerr" in 1975 is no John Kerry, in office from 1985; no state's story vouches
                    # for an official of none out of office: "William O'Neill", a coffee analyst in 1987, is no
                    # William A. O'neil, an official from 1990
                if not one_of_its_names(key, e, person_name_key) and (
                        long_retired(e, date, SURNAME_YEARS_AFTER_LAST_ROLE)
                        or not of_a_country_named(e, context, date) and role_on(e, date) not in LEADER_ROLES):
                    continue   # a name of someone else's, but for its middle initials: "John R. Stanley", a Texas
                    # oil man, is no British minister John Stanley; "William Martin" in 1987, no Fed chairman
                    # of the 1960s "William M. Martin"
                bonus = cfg.context_bonus if self._context_weight(e, context) > 0 else 0.0
                if score + bonus >= self._cutoff(key):
                    return Verdict(e, "PERSON", "fuzzy", round(min(0.95, score), 3))
        return None

    @staticmethod
    def _surname_given_to_another(m, key: str, raw_mentions) -> bool:
        """Does the article write the surname `key` of mention `m`, which a married woman's title opens, for
        someone without a woman's title ("President Reagan", "Marcos", "Nancy Reagan")? Then two people bear
        it, and the titled woman is not the one the surname alone would name."""
        return any(o is not m and o.label.split("|")[0] in ("PERSON", "GAZ:PERSON")
                   and person_name_key(o.text).split()[-1:] == [key]
                   and title_sex(titled_before(o.context_before, o.text)) != "f" for o in raw_mentions)

    def _title_country(self, m, raw_mentions, results) -> Optional[str]:
        """The country a title speaks for: 'British Foreign Secretary', 'Prime Minister of Canada', and the
        country named right after the name by "of" ("talks with King Hussein of Jordan", whatever a
        'Belgian' before it says)."""
        if getattr(m, "word_after", "") == "of":
            after = next((o for o in raw_mentions if o.start_char > m.end_char), None)
            if after is not None and after.start_char - m.end_char <= len(" of ") + 1:
                states = self.gaz.lookup_exact(after.text, types=("COUNTRY",))
                if len(states) == 1:
                    return states[0].country_code
        window_start = m.start_char - len(m.context_before)
        best = None
        for other, r in zip(raw_mentions, results):
            if other.end_char > m.start_char or other.start_char < window_start:
                continue
            if r is not None and r.entity is not None and r.entity_type in ("COUNTRY", "NORP"):
                best = r.entity.country_code
        return best

    def _best_by_surname(self, key: str, context: Counter, date, before: str = "", member: bool = False,
                         title: Optional[tuple] = None) -> Optional[Entity]:
        """A bare surname ("Trump", "Obama") -> the known person the article's countries and date point to; never
        one a leader's title right before it rules out ("President Johnson" is no Boris Johnson: titled_leaders)."""
        cfg = self.config
        if len(key) < cfg.min_surname_chars:
            return None
        given = given_name_before(before, self._place_or_people)   # "Abdiaziz Barrow" is no Adama Barrow
        lead = (dominant_country(context, cfg.national_body_min_share, cfg.national_body_lead) or (None,))[0]
        titled_so = title_right_before(before)   # "said Ambassador Haley"
        def evidence(e: Entity, strict: bool = False) -> bool:
            named = self._context_weight(e, context) > 0 or context[state_on(e.country_code, date)] > 0  # RU as SU
            return named_by_surname_alone(e, date, named, lead == e.country_code, before, strict, titled_so, member)
        def candidates(styled_date) -> list:
            return [e for e in surname_bearers(self.gaz.surname_index, key, date, surname_skeletons(self.gaz))
                    if may_be_named_by_surname(e, key, before, styled_date, date) and bears_given_name(given, key, e.names())
                    and evidence(e) and in_time(e, date, cfg.max_years_before_first_role) and not title_rules_out(title, e)]
        # an official of the date styled "Mr."/"Herr"/"Comrade" only where no minister, member or leader bears the name
        cands = candidates(None) or candidates(date)
        if not cands:
            return None

        def strength(e: Entity) -> tuple:
            return (round(self._context_weight(e, context), 3), seniority(role_on(e, date)),
                    max((seniority(r.role_key) for r in e.roles), default=0))

        ranked = sorted(cands, key=lambda e: (tuple(-x for x in strength(e)), e.entity_id))
        if len(ranked) == 1 or strength(ranked[0]) > strength(ranked[1]):
            # the one chosen must stand alone, or be the surname's only bearer and a leading figure on the date
            # (a word more often a given name is none: "Transportation Secretary Elizabeth" is no queen)
            return ranked[0] if evidence(ranked[0], strict=True) or not is_given_name(self.gaz, key) \
                and sole_leading_figure(ranked[0], self.gaz.surname_index.get(key, ()), date,
                                        titled=title_before(before, cfg.title_window_chars, cfg.title_max_gap_chars) is not None) else None
        return None

    def _place_or_people(self, word: str) -> bool:
        return self.gaz.lookup_demonym(word) is not None or bool(self.gaz.lookup_exact(word, types=("COUNTRY", "CITY")))

    def _coreference(self, key, i, raw_mentions, results, speaker: bool = False,
                     exact_only: bool = False, title=None) -> Optional[Verdict]:
        """Match a short or garbled form to a person the article has already named; `title` is the office
        title (text, role key) written beside this name, if any."""
        cfg = self.config
        if speaker and len(key) < cfg.min_surname_chars:
            return None   # "Oh, said ..." is no one's name
        people: dict[str, tuple[Verdict, set, list]] = {}
        offices: dict[str, set] = {}   # the office titles written beside each person's names
        in_full: set = set()           # the people the article names in full (more than a surname)
        # persons named earlier, the first first ("Kim Il Sung ... Kim ... Kim Jong Il"); a later full name counts for a surname
        order = list(range(i)) + ([j for j in range(i + 1, len(raw_mentions))] if " " not in key else [])
        for j in order:
            r = results[j]
            if r is None or r.entity_type != "PERSON":
                continue
            ident = r.entity.entity_id if r.entity is not None else "local:" + (r.canonical_name or "")
            _, forms, befores = people.setdefault(ident, (r, set(), []))
            forms.add(person_name_key(raw_mentions[j].text))
            if " " in person_name_key(raw_mentions[j].text):
                in_full.add(ident)
            befores.append(titled_before(raw_mentions[j].context_before, raw_mentions[j].text))   # "Mrs." here, no "Mr." there
            office = title_before(raw_mentions[j].context_before, cfg.title_window_chars, cfg.title_max_gap_chars)
            offices.setdefault(ident, set()).update([office[1]] if office else [])
            if r.entity is not None:
                forms.update(normalise(n) for n in r.entity.names())
            elif r.canonical_name:
                forms.add(normalise(r.canonical_name))
        if not people:
            return None
        before = titled_before(raw_mentions[i].context_before, raw_mentions[i].text)
        # of two people named alike, the one of the title's sex ("Mrs Clinton" after "Bill and Hillary Clinton")
        # ... and of two named alike, the one given the same courtesy title ("Dr Singh" after "Dr Manmohan Singh"
        # and "Mr K. Natwar Singh")
        courtesy = courtesy_title(before)
        skeletons = surname_skeletons(self.gaz) if " " not in key else None

        def likeness(forms: set) -> float:
            sim = coref_similarity(key, forms)
            if skeletons is not None and sim < cfg.coref_same_name \
                    and surname_of_others(self.gaz.surname_index, skeletons, key, forms):
                return 0.0   # another surname the sources know, not this person's garbled
            return sim
        # "Mrs. Reagan" after "President Reagan": a married woman's title before the surname of a person the article
        # never names in full and the sources know for no woman is his wife's or widow's name (title_sexes.named_by_marriage)
        scored = sorted(((0.0 if of_other_sex(before, befores, r.entity, sorted(forms))
                          or r.entity is not None and ident not in in_full and named_by_marriage(before, r.entity)
                          else likeness(forms),
                          courtesy is not None and any(courtesy_title(b) == courtesy for b in befores),
                          of_same_sex(before, befores, r.entity, sorted(forms)), k, ident, r)
                         for k, (ident, (r, forms, befores)) in enumerate(people.items())),
                        key=lambda t: (-t[0], not t[1], not t[2], t[3]))
        best_sim, _, _, _, best_id, best = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        # a speaker's garbled surname keeps its first sound ("Trash said" is Truss; "Evenor said" no Jenrick)
        garbled = speaker and same_onset(key, people[best_id][1])
        if best_sim < cfg.coref_same_name and title and offices.get(best_id) and title[1] not in offices[best_id]:
            return None   # a name only like his, with an office of its own written before it, is another man's
            # ("President Suharto" ... "Foreign Minister Subroto")
        threshold = 2.0 if exact_only else cfg.speaker_coref_min_similarity if garbled else cfg.coref_min_similarity
        if best_sim >= cfg.coref_same_name or (best_sim >= threshold and best_sim - runner_up >= cfg.coref_margin):
            return Verdict(best.entity, "PERSON", "coref", round(min(0.95, 0.5 + 0.45 * best_sim), 3),
                               canonical_name=best.canonical_name if best.entity is None else None,
                               country_code=best.country_code, role=best.role)
        return None

    @staticmethod
    def _family_name_of_one_named(m, i, raw_mentions, results, later: bool = False) -> Optional[Verdict]:
        """A bare name that opens the full name of the one person named before it, whom the sources hold, and
        no one's surname there: a family name written first ("Li said" after "Premier Li Peng", "Hu" after "Hu
        Jintao"; gazetteer/named_before.py `given_name_of_one_named`). A word the sources give as a given name of
        one sex ("George" after "George Shultz") is no family name. `later`: the full name may come after it
        ("Xi told ... Xi Jinping became president"), when the person is of a state whose names are written family
        name first (gazetteer.family_name_last.NAMED_BY_FAMILY_NAME_FIRST): a lead names a Chinese or Korean
        leader by the family name alone, never a Western one by the given name."""
        r = given_name_of_one_named(m, i, raw_mentions, results, later=later)
        if r is None or r.entity is None or sex_of_given_name(m.text) is not None:
            return None
        if later and r.entity.country_code not in NAMED_BY_FAMILY_NAME_FIRST:
            return None
        return Verdict(r.entity, "PERSON", "coref", 0.9, country_code=r.country_code, role=r.role)

    def _unknown_person(self, m, i, raw_mentions, results) -> Verdict:
        """Not in the gazetteer: keep the fullest form of the name the article gives."""
        key = person_name_key(m.text)
        name = without_middle_initials(strip_honorifics(m.text))   # one unknown person, however initialled
        if " of " in f" {key} " and len(key.split()) > 2:   # "Alton of Liverpool": a peer's name and designation
            title = peerage_title_before(m.context_before)
            return Verdict(None, "PERSON", "nil", 0.0,
                           canonical_name=peers_name(title, name.strip()) if title else in_title_case(name.strip()))
        if " " not in key:
            for j in range(len(raw_mentions)):
                other = raw_mentions[j]
                known = getattr(results[j], "entity", None) if j < len(results) else None   # "Mikhail Gorbachev": a man
                if j == i or other.label not in ("PERSON",) \
                        or of_other_sex(m.context_before, [other.context_before], known, [other.text]):
                    continue
                okey = person_name_key(other.text)
                if " " in okey and own_name_word(key, okey):
                    name = without_middle_initials(strip_honorifics(other.text))
                    break
            else:   # "LORD VANSITTART", "Viscount Hanworth asked": a peer no source knows is named by the title
                title = next(filter(None, (peerage_title_before(o.context_before) for o in [m, *raw_mentions]
                                           if o is m or person_name_key(o.text) == key)), None)
                if title is not None and " " not in name.strip() and not is_title_word(name.strip()):   # "Lord Mayor"
                    name = peers_name(title, name.strip())
        return Verdict(None, "PERSON", "nil", 0.0, canonical_name=name)


def _the_one_in_office_if_held_twice(candidates, date):
    """The same man twice over in the sources ("Mahathir bin Mohamad", "Dato' Seri Mahathir bin Mohamad"): of
    several candidates, those in office on the date; one candidate, or none, stays as it is."""
    return [e for e in candidates if role_on(e, date)] if len(candidates) > 1 else candidates
