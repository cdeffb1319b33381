"""The state a story gives one person or one noun: "the Syrian Ambassador" named before, "Petrov, a
Soviet citizen", "Mr. Kusa, the Libyan charge d'affaires". Read by story.py to complete a reading whose
expelled side is a titled noun or a named person; each returns None when the text gives no single state."""
from __future__ import annotations

import re
from typing import Optional

from transforms.expulsions import grammar as g
from transforms.expulsions.counts import number_value
from transforms.expulsions.parse_words import INTERNATIONAL_BODIES, MISSIONS, PERSONNEL


# a diplomatic noun written with a capital, as a title ("a Russian Diplomat, Second Secretary ...")
_DIPLOMATIC_TITLED = "|".join(re.escape(w[:1].upper() + w[1:]) + "s?" for w in sorted(PERSONNEL, key=len, reverse=True))


def named_before(text: str, at: int, noun: str, names: dict) -> Optional[str]:
    """The state of the last "<nationality> <noun>" before `at` ("the Syrian Ambassador"); for
    `g.ENVOY` any envoy ("the Nigerian high commissioner")."""
    found = None
    words = "|".join(re.escape(w) for w in sorted(g.ENVOY_WORDS, key=len, reverse=True)) if noun == g.ENVOY \
        else re.escape(noun)
    before = [m for m in re.finditer(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:" + words + r")\b", text[:at], re.I)]
    of = [m for m in re.finditer(r"\b(?i:" + words + r") of (?:the )?([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})", text[:at])
          ] if noun == g.ENVOY else []   # "the Ambassador of the Russian Federation" (the state's name capitalised)
    for m in sorted(before + of, key=lambda m: m.start()):
        words = g.normalise(m.group(1)).split()
        whole = " ".join(words)   # "the Central American envoy": a nationality of no state ("") is none
        code = names[whole] if whole in names else \
            names.get(words[-1]) or (g.FIRST_PERSON if words[-1] == "our" else None)
        found = code or found
    return found


def counted_before(text: str, at: int, noun: str) -> Optional[int]:
    """How many the last "the <number> [<Nationality>] <noun>" before `at` counts: "She said the three diplomats
    had been chosen because ... As well as expelling the diplomats, Sweden ..." are three; None when the text names
    none so ("the diplomats" with no number told before), or `noun` is one person's."""
    if not noun.endswith("s"):
        return None
    last = None
    for last in re.finditer(r"\b[Tt]he ([\w-]+) (?:[A-Z][\w'-]+ ){0,2}" + re.escape(noun) + r"\b", text[:at]):
        pass   # (the last such phrase: "the three diplomats ... the Russian diplomats" counts none)
    n = number_value(last.group(1).lower().split("-")) if last is not None else None
    return n if n is not None and n > 1 else None


def nationality_of(text: str, surname: str, names: dict) -> Optional[str]:
    """The one state the article gives a named person: "Petrov, a Soviet citizen", "the Soviet
    diplomat Ivan Petrov"; None when it gives none or several."""
    name = re.escape(surname)
    found = set()
    for m in re.finditer(r"\b" + name + r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?([A-Z][\w'-]+)", text):
        found.add(names.get(g.normalise(m.group(1))))
    for m in re.finditer(r"(?=\b([A-Z][\w'-]+) (?:[a-z][\w-]* ){0,2}(?:[a-z][\w-]*|" + _DIPLOMATIC_TITLED + r")(?:, | )"
                         r"(?:(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'-]*) ){0,4}" + name + r"\b)",   # (each start: they overlap)
                         text):   # "the Soviet diplomat Ivan Petrov", "a Russian Diplomat, Second Secretary Ivan Petrov"
        found.add(names.get(g.normalise(m.group(1))))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_DIPLOMATIC = r"\b(?:" + "|".join(re.escape(w) for w in sorted(PERSONNEL | MISSIONS, key=len, reverse=True)) + r")\b"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Colonel|Major|Captain|General|Sheikh)\.?\s+)?"


def diplomat_named(text: str, surname: str, names: dict, actor: Optional[str] = None) -> Optional[str]:
    """The one state whose diplomat `text` names the person `surname` in apposition: "the Head of the
    Libyan mission in London, Mr. Musa Kusa", "Mr. Kusa, the Libyan charge d'affaires", "the Soviet First
    Secretary Ivan Petrov"; None when it names him no diplomat, or a diplomat of no single state. The state that
    expels him (`actor`) is not his ("Ruritania expelled Ambassador Kang" names Ruritania before his title)."""
    name = re.escape(surname)
    phrases = [m.group(1) for m in re.finditer(r"([^.;:?!\n]{0,90}),\s+" + _TITLE + r"(?:[A-Z][\w'-]+\s+){0,3}" + name +
                                               r"\b", text)]
    phrases += [m.group(1) for m in re.finditer(r"\b" + name + r",\s+((?:the|a|an)\s+[^,.;:?!\n]{0,70})", text)]
    phrases += [m.group(1) for m in re.finditer(r"((?:[\w'-]+\s+){1,5})" + _TITLE + r"(?:[A-Z][\w'-]+\s+){0,2}" + name +
                                               r"\b", text)]
    found = set()
    for phrase in phrases:
        diplomatic = re.search(_DIPLOMATIC, g.normalise(phrase))
        if diplomatic is None:
            continue
        codes = {names.get(re.sub(r"['\u2019]s$", "", g.normalise(w))) for w in re.findall(r"[A-Z][\w'\u2019-]+", phrase)}
        codes -= {None, actor}   # ("Freedonia's ambassador, Kang Il": the state's possessive names it)
        found |= codes if len(codes) == 1 else set()
    return found.pop() if len(found) == 1 else None


_BODY = r"(?:" + "|".join(re.escape(b) for b in sorted(INTERNATIONAL_BODIES, key=len, reverse=True)) + r")"


def international_official_named(text: str, surname: str) -> bool:
    """Does `text` title the person `surname` an official of an organisation of many states ("UN
    Secretary-General Antonio Guterres", "Guterres, the United Nations chief")? Then he is no state's diplomat."""
    name = re.escape(surname)
    return re.search(r"\b" + _BODY + r"(?:[ -][A-Z][\w.'\u2019-]*){1,4} " + name + r"\b", text) is not None or \
        re.search(r"\b" + name + r",\s+(?:the\s+)?" + _BODY + r"\b", text) is not None
