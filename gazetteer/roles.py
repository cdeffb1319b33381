"""Role keys: one small vocabulary for the positions people hold.

Sources word positions in many ways ("Secretary of State for Foreign and
Commonwealth Affairs", "Minister of Foreign Affairs", CAMEO "RUSGOV"); news text
has its own ("Foreign Secretary", "Russian deputy foreign minister"). Both are
mapped here to one `role_key`, so a question like "who was the UK's foreign
minister on 2022-04-07?" has one spelling.

    >>> role_key_for_title("Secretary of State for Foreign and Commonwealth Affairs")
    'foreign_minister'
    >>> role_key_for_title("Premier of Alberta")
    'subnational_leader'
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from gazetteer.model import fold

ROLE_KEYS = (
    "head_of_state",
    "deputy_head_of_state",
    "head_of_government",
    "deputy_head_of_government",
    "foreign_minister",
    "deputy_foreign_minister",
    "minister",
    "deputy_minister",
    "ambassador",
    "spokesperson",
    "official",
    "legislator",
    "judge",
    "military",
    "intelligence",
    "subnational_leader",
    "party_leader",
    "opposition",
    "rebel",
    "notable",
)

# Ordered: the first matching pattern wins, so specific rules come first.
# Patterns run on the lower-cased title with punctuation folded to spaces.
_RULES: List[Tuple[str, str]] = [
    # spokespeople
    (r"\b(spokes(person|man|woman)|press secretary|communications director)\b", "spokesperson"),
    # staff of a leader ("Counselor to the President") are not the leader
    (r"\b(to|of) the (president|prime minister|vice president)\b|\bpresidential\b", "official"),
    # diplomats
    (r"\b(ambassador|high commissioner|envoy|permanent representative|charge d affaires|consul general|consul)\b", "ambassador"),
    # foreign ministry
    (r"\bminister (of|for) europe and foreign affairs\b", "foreign_minister"),
    (r"\b(deputy|vice|assistant|junior|under) (foreign minister|foreign secretary|minister of foreign affairs|minister for foreign affairs|secretary of state)\b", "deputy_foreign_minister"),
    (r"\b(deputy minister|vice minister|state secretary|minister of state|parliamentary under secretary of state|under secretary of state) (of |for |at )?(foreign|external) affairs\b", "deputy_foreign_minister"),
    (r"\bfirst deputy (minister of )?foreign\b", "deputy_foreign_minister"),
    (r"\b(minister of state|parliamentary under secretary of state|under secretary of state) (for|at) the foreign\b", "deputy_foreign_minister"),
    (r"\bminister (of state )?for (europe|the americas|africa|asia|the middle east|south asia|the commonwealth)\b", "deputy_foreign_minister"),
    (r"\b(foreign minister|foreign secretary|minister of foreign affairs|minister for foreign affairs|minister of external affairs|minister for external affairs|secretary of state for foreign|secretary for foreign affairs|minister for europe and foreign affairs|minister of europe and foreign affairs|secretary of foreign affairs|foreign affairs minister)\b", "foreign_minister"),
    (r"^(us |u s |united states )?secretary of state$", "foreign_minister"),
    # sub-national leaders before national ones ("Premier of Alberta")
    (r"\b(governor|mayor|chief minister|lieutenant governor|first minister|head of the republic of|oblast|krai|okrug|province|provincial|regional state administration|autonomous region|municipal)\b", "subnational_leader"),
    (r"\b(premier|prime minister) of (?!the state council|the people s republic|the republic of|the united kingdom|the russian federation|the soviet union)(quebec|ontario|alberta|british columbia|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|prince edward island|yukon|nunavut|the northwest territories|crimea|northern ireland|scotland|wales|tatarstan|bavaria|lower saxony|saxony|hesse|north rhine westphalia|baden wurttemberg|rhineland palatinate|saarland|schleswig holstein|brandenburg|thuringia|mecklenburg)", "subnational_leader"),
    # the president of a republic within Russia ("President of Bashkortostan", "President of the Sakha Republic")
    (r"\b(president|head) of (the )?(republic of )?(tatarstan|bashkortostan|chechnya|chechen republic|ingushetia|dagestan|sakha|yakutia|kalmykia|buryatia|tuva|karelia|komi|mordovia|chuvashia|udmurtia|mari el|adygea|altai|khakassia|kabardino balkaria|karachay cherkessia|north ossetia|crimea)\b", "subnational_leader"),
    # royal household posts held by the Lords' whips ("Captain of the Queen's Bodyguard of the Yeomen of the
    # Guard"): no monarch, whatever the title's "Queen" says
    (r"\b(bodyguard|yeomen of the guard|gentlemen at arms)\b", "legislator"),
    # presiding over a conference is no head of state ("COP26 President", "President for COP26")
    (r"\bcop ?\d+\b", "minister"),
    (r"\b(deputy|vice|junior) minister in the (prime minister|president) s office\b", "deputy_minister"),
    # heads of government
    (r"\b(deputy|vice|first deputy|alternate) (prime minister|premier|chancellor)\b", "deputy_head_of_government"),
    (r"\b(prime minister|premier|chancellor of germany|federal chancellor|head of government|chairman of the council of ministers|taoiseach|president of the executive yuan)\b", "head_of_government"),
    (r"^chancellor$", "head_of_government"),
    # heads of state ("President of the Treasury Board", "Counselor to the President" are not)
    (r"\b(supreme court|high court|constitutional court|court of)\b", "judge"),
    (r"\bpresident of the (treasury board|.*privy council|board of trade)\b", "minister"),
    # the president of a body is no head of state ("President of the Senate"); of a state named with "the"
    # ("President of the Czech Republic", "President of the Philippines") he is
    (r"\bpresident of the\b.*\b(assembly|senate|court|council|commission|yuan|bank|board|chamber|parliament|congress|committee|duma|rada|league|conference|academy|society|association|union|european|coeu|eu|general|republican|democratic party|party|organization|organisation|institute|university|college|club)\b", "official"),
    (r"\bvice chair(man)? of (the )?(federal reserve|board|bank|committee|commission|joint chiefs)\b", "official"),
    (r"\b(vice president|vice chairman of the people s republic|vice chair)\b", "deputy_head_of_state"),
    (r"\b(president|king|queen|monarch|emir|sultan|supreme leader|head of state|grand duke|prince of|chairman of the presidium|co prince|governor general|captain regent|yang di pertuan agong|emperor|general secretary of the (chinese )?communist party)\b", "head_of_state"),
    # ministers
    (r"\b(deputy|vice|assistant|junior|associate) (minister|secretary)\b", "deputy_minister"),
    (r"\b(minister of state|parliamentary under secretary|under secretary|parliamentary secretary|state secretary|deputy secretary)\b", "deputy_minister"),
    (r"\b(minister|secretary of state|secretary of|secretary for|attorney general|chancellor of the exchequer|chancellor of the duchy|lord chancellor|lord privy seal|chief secretary to the treasury|paymaster general|home secretary|chancellor|lord president of the council|state councilor)\b", "minister"),
    # others
    (r"\b(justice|judge|chief justice|supreme court|solicitor general|prosecutor)\b", "judge"),
    (r"\b(chief of (the )?(general |defence |army |naval |air )?staff|general|admiral|commander|army|navy|air force|military)\b", "military"),
    (r"\b(intelligence|security service|director of central intelligence|spy)\b", "intelligence"),
    (r"\b(speaker|member of parliament|senator|deputy of the|legislator|mp|leader of the house|whip|lord of the treasury)\b", "legislator"),
    (r"\b(party leader|leader of the .*party|general secretary|party chairman|chairman of the .*party)\b", "party_leader"),
    (r"\b(opposition leader|leader of the opposition)\b", "opposition"),
    (r"\b(official|director|secretary|chief of staff|counselor|counsel|administrator|adviser|advisor|commissioner|head of|chair|chairman|representative|governor of the national bank)\b", "official"),
]
_COMPILED = [(re.compile(p), k) for p, k in _RULES]
_FOLD = re.compile(r"[^a-z0-9]+")


def _fold(title: str) -> str:
    """A title as the rules read it: folded like a name (gazetteer.model.fold), then letters and digits only."""
    return _FOLD.sub(" ", fold(title)).strip()


def role_key_for_title(title: str) -> Optional[str]:
    """Map a position title (source or news wording) to a role key, or None."""
    if not title:
        return None
    t = _fold(title)
    for rx, key in _COMPILED:
        if rx.search(t):
            return key
    return None


# The title of a government span of one of a state's leading figures, as PETRARCH's CountryInfo profiles
# them: heads of state and government, their deputies, the senior ministers and advisers whose public
# life the source traces before and after office ("elite" spans around the government's). Its role key
# stays the source's "official" (which office the source does not say); a leading figure, unlike every
# civil servant, is named by surname alone ("Mugabe said").
LEADING_FIGURE = "leading figure"


# CAMEO / PETRARCH actor codes: the 3-letter agent after the country code.
CAMEO_ROLE_KEYS = {
    "GOV": "official", "ELI": "notable", "MIL": "military", "OPP": "opposition", "REB": "rebel",
    "SPY": "intelligence", "JUD": "judge", "LEG": "legislator", "COP": "official",
    "HOS": "head_of_state", "HOG": "head_of_government",
}


def role_key_for_cameo(code: str) -> str:
    """Role key for the agent part of a CAMEO code ("GOV", "GOVBUS", "ELI")."""
    code = code.upper()
    if code.startswith("GOV") and len(code) > 3:
        sector = code[3:6]
        return {"MIL": "minister", "LEG": "legislator", "JUD": "judge", "SPY": "intelligence",
                "COP": "official"}.get(sector, "minister")
    return CAMEO_ROLE_KEYS.get(code[:3], "official")


# English title phrases the pipeline can look for next to a name in text,
# lower-case, each with its role key. Longer phrases first so a scanner can
# take the first (longest) match.
_TITLE_PHRASES = {
    "head_of_state": ["president", "king", "queen", "monarch", "emir", "sultan", "supreme leader",
                      "head of state", "grand duke", "crown prince", "emperor"],
    "deputy_head_of_state": ["vice president", "vice-president"],
    "head_of_government": ["prime minister", "premier", "chancellor", "pm", "head of government", "taoiseach"],
    "deputy_head_of_government": ["deputy prime minister", "first deputy prime minister", "vice premier",
                                  "vice-premier", "vice chancellor", "vice-chancellor"],
    "foreign_minister": ["foreign minister", "foreign secretary", "minister of foreign affairs",
                         "minister for foreign affairs", "secretary of state", "external affairs minister",
                         "minister of external affairs", "foreign affairs minister", "top diplomat"],
    "deputy_foreign_minister": ["deputy foreign minister", "vice foreign minister", "first deputy foreign minister",
                                "deputy minister of foreign affairs", "deputy secretary of state",
                                "under secretary of state", "minister of state for foreign affairs",
                                "foreign office minister", "minister for europe"],
    "minister": ["minister", "secretary", "home secretary", "defence secretary", "defense secretary",
                 "interior minister", "defence minister", "defense minister", "justice minister",
                 "finance minister", "chancellor of the exchequer", "attorney general", "cabinet minister"],
    "deputy_minister": ["deputy minister", "vice minister", "junior minister", "minister of state",
                        "state secretary", "under secretary"],
    "ambassador": ["ambassador", "envoy", "high commissioner", "charge d'affaires", "chargé d'affaires",
                   "consul general", "consul", "diplomat", "attaché", "attache"],
    "spokesperson": ["spokesperson", "spokesman", "spokeswoman", "press secretary", "spokesperson for the foreign ministry"],
    "official": ["official", "senior official", "aide", "adviser", "advisor", "director"],
    "legislator": ["mp", "senator", "lawmaker", "congressman", "congresswoman", "member of parliament", "speaker"],
    "military": ["general", "admiral", "colonel", "commander", "lieutenant"],
    "intelligence": ["spy", "intelligence officer", "agent", "double agent"],
    "opposition": ["opposition leader"],
}
TITLE_PATTERNS: List[Tuple[str, str]] = sorted(
    {(p, k) for k, ps in _TITLE_PHRASES.items() for p in ps},
    key=lambda pk: (-len(pk[0]), pk[0], pk[1]),
)
