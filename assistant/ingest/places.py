"""Countries: the ones a text names, and one key per country whatever name it goes by (ISO 3166, pycountry). Pure.

>>> countries_named("Did Equatorial Guinea or Kyrgyzstan ratify it, unlike Guinea?")
['Equatorial Guinea', 'Kyrgyzstan', 'Guinea']
>>> country_key("Republic of Moldova") == country_key("Moldova"), country_key("the Netherlands"), country_key("Examplestan")
(True, 'NLD', 'examplestan')
>>> country_key("Lao People’s Democratic Republic"), country_key("Laos")
('LAO', 'LAO')
>>> country_in_symbol("CAT/C/NZL/CO/5"), country_in_symbol("E/C.12/MDA/CO/2"), country_in_symbol("E/C.12/GC/25")
('New Zealand', 'Moldova', '')
>>> symbol_codes("E/C.12/KAZ/CO/2"), known_country("Republic of Moldova"), known_country("Practice")
(['KAZ'], True, False)
>>> countries_by_demonym("the working conditions of Honduran workers"), countries_by_demonym("Romani women, Qatari law")
(['Honduras'], ['Qatar'])
>>> countries_by_demonym("the Congolese delegation"), countries_by_demonym("Dutch and Lao law")
(['Congo'], ['Netherlands', "Lao People's Democratic Republic"])
>>> countries_by_demonym("the Dominican delegation")  # Dominica's people's word too
['Dominican Republic', 'Dominica']
>>> places_in("What share of buildings in Almaty are adapted, and in Turkistan?"), places_in("How many live in Central Asia?")
(['Almaty', 'Turkistan'], [])
>>> places_in("Mangystau logged 3,117 complaints. What was the figure for Almaty?")
['Almaty']
"""
from __future__ import annotations

import re
from functools import lru_cache

_COUNTRIES = None


def countries_named(text: str) -> list[str]:
    """The countries a text names, by their ISO 3166 names: 'the minimum wage in Kyrgyzstan' -> ['Kyrgyzstan'].
    Several stages of one answer ask it of the same question: one pass each."""
    return list(_countries_named(text))


@lru_cache(maxsize=1024)
def _countries_named(text: str) -> tuple[str, ...]:
    global _COUNTRIES
    if _COUNTRIES is None:
        import pycountry

        names = {getattr(c, a, None) for c in pycountry.countries for a in ("name", "common_name", "official_name")}
        names = sorted((n for n in names if n and "," not in n), key=len, reverse=True)  # 'Equatorial Guinea' first
        _COUNTRIES = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    return tuple(dict.fromkeys(m.group(0) for m in _COUNTRIES.finditer(text)))


_DEMONYM_ENDS = ("n", "an", "ian", "nian", "ean", "ese", "ine")  # 'Honduran', 'Italian', 'Chinese', 'Panamanian'; 'i' only after the whole name


@lru_cache(maxsize=1)
def _one_word_names() -> list[str]:
    import pycountry

    return sorted({n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n and n.isalpha()})


_IRREGULAR = {  # people's words that are not the name and an ending ('Congolese' for the Congo, 'Dutch')
    "Afghan": "Afghanistan", "Bolivian": "Bolivia", "British": "United Kingdom", "Congolese": "Congo", "Cypriot": "Cyprus",
    "Czech": "Czechia", "Danish": "Denmark", "Dominican": "Dominican Republic", "Dutch": "Netherlands", "Emirati": "United Arab Emirates", "Filipino": "Philippines",
    "Finnish": "Finland", "French": "France", "Greek": "Greece", "Icelandic": "Iceland", "Iranian": "Iran", "Irish": "Ireland",
    "Ivorian": "Côte d'Ivoire", "Lao": "Lao People's Democratic Republic", "Malagasy": "Madagascar", "Nigerien": "Niger",
    "Norwegian": "Norway", "Peruvian": "Peru", "Polish": "Poland", "Portuguese": "Portugal", "Russian": "Russian Federation",
    "Salvadoran": "El Salvador", "Saudi": "Saudi Arabia", "Slovak": "Slovakia", "Spanish": "Spain", "Swedish": "Sweden",
    "Swiss": "Switzerland", "Syrian": "Syrian Arab Republic", "Tajik": "Tajikistan", "Thai": "Thailand", "Togolese": "Togo",
    "Turkish": "Türkiye", "Venezuelan": "Venezuela"}
_IRREGULAR_WORD = re.compile(r"\b(?:" + "|".join(_IRREGULAR) + r")\b")


def countries_by_demonym(text: str, irregular: bool = True) -> list[str]:
    """The countries (one-word ISO 3166 names, or the name of the few whose people's word is irregular) whose people or
    things a text names by their adjective: 'Honduran workers' -> ['Honduras'], 'Qatari law' -> ['Qatar'] ('Romani' is
    no Romanian), 'the Congolese delegation' -> ['Congo']. `irregular=False`: not the irregular words, some of which
    name languages too ('French', 'Spanish')."""
    names = _one_word_names()

    def country(stem: str, whole: bool) -> str | None:  # 'Hondura' -> 'Honduras', 'Ital' -> 'Italy', 'Mexic' -> 'Mexico'
        return next((n for n in names if n == stem or not whole and len(stem) >= 4 and
                     (n[:-1] == stem or len(n) > 5 and n[:-2] == stem)), None)
    found = [_IRREGULAR[m.group(0)] for m in _IRREGULAR_WORD.finditer(text)] if irregular else []
    for word in dict.fromkeys(re.findall(r"\b[A-Z][a-z]{3,}\b", text)):
        if word in names:
            continue
        tries = [(word[:-len(end)], False) for end in _DEMONYM_ENDS if word.endswith(end)] + [(word[:-1], True)] * word.endswith("i")
        if hit := next((c for stem, whole in tries if (c := country(stem, whole))), None):
            found.append(hit)
    return list(dict.fromkeys(found))


_SUBDIVISION_WORDS = {"oblysy", "oblast", "province", "region", "city", "district", "state", "governorate", "county", "department",
                      "prefecture", "municipality", "autonomous", "republic", "of", "the", "and"}
_NOT_PLACES = {"Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Capital", "Centre",
               "Center", "Free", "Coast", "Islands", "Upper", "Lower", "Middle", "Great", "New", "Saint", "Roma", "Federal", "National"}


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """The names of the provinces, regions and cities ISO 3166-2 lists (pycountry), less their kind ('Tuerkistan oblysy'
    -> 'Turkistan', accents dropped), the countries' own names and words that are more often no place ('Central')."""
    import pycountry

    countries = {fold(n) for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n}
    names = set()
    for sub in pycountry.subdivisions:
        words = [w for w in fold(sub.name).split() if w.lower() not in _SUBDIVISION_WORDS]
        if words and all(w[:1].isupper() and len(w) > 2 for w in words) and not set(words) & _NOT_PLACES:
            names.add(" ".join(words))
    return frozenset(names - countries)


def is_place(name: str) -> bool:
    """Is this a province, region or city ISO 3166-2 lists, accents and all, or a country ('San José', 'Almaty')?

    >>> is_place("San José"), is_place("Suzana Paunović")
    (True, False)
    """
    return fold(name) in _subdivisions() or known_country(name)


def fold(name: str) -> str:
    """The name without its accents: 'San José' -> 'San Jose', 'Kŭhistoni' -> 'Kuhistoni'.

    >>> fold("Kŭhistoni Badakhshon"), fold("San José")
    ('Kuhistoni Badakhshon', 'San Jose')
    """
    if name.isascii():
        return name
    import unicodedata

    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


_AFTER_IN = re.compile(r"\b(?:in|of|for|from|across|around)\s+([A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)*)\b(?!-)")


def places_in(text: str) -> list[str]:
    """The provinces, regions and cities of any country (ISO 3166-2) a text names after 'in', 'of', 'for', 'from': 'the
    share in Almaty' -> ['Almaty']; not one word of a longer name ('in Central Asia', 'of Istanbul Convention')."""
    runs = [re.sub(r"['\u2019]s$", "", m.group(1)) for m in _AFTER_IN.finditer(text)]  # "in Almaty's schools"
    return list(dict.fromkeys(r for r in runs if r in _subdivisions())) if runs else []


CAPITALISED_RUN = re.compile(r"(?<![.?!]\s)\b[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*")  # not after a sentence's end


def names_subdivision(text: str) -> bool:
    """Does the text name a province, region or city ISO 3166-2 lists, anywhere but as a sentence's first word
    ('conflicts in Abkhazia and South Ossetia', 'Almaty and Astana')?

    >>> names_subdivision("It has faced conflicts in Abkhazia and South Ossetia."), names_subdivision("Regions lag behind.")
    (True, False)
    >>> names_subdivision("Clinics opened in Tharaka-Nithi.")  # a hyphenated name
    True
    """
    return any(m.start() > 0 and re.sub(r"['\u2019]s$", "", m.group(0)) in _subdivisions() for m in CAPITALISED_RUN.finditer(text))


@lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """Is this one word a country's people's word ('Japanese', 'Kyrgyz'; countries_by_demonym, cached: questions ask
    it of their names on every answer)?

    >>> is_demonym("Japanese"), is_demonym("Committee"), is_demonym("Panamanian")
    (True, False, True)
    """
    return bool(countries_by_demonym(word))


def mentions_country(country: str, text: str) -> bool:
    """Does the text name the country, by its name or by its people's word ('Kyrgyz girls' for Kyrgyzstan, 'Italian
    law' for Italy)?

    >>> mentions_country("Kyrgyzstan", "more and more Kyrgyz girls"), mentions_country("Uzbekistan", "Uzbek workers")
    (True, True)
    >>> mentions_country("Italy", "the Italian Constitution"), mentions_country("Kyrgyzstan", "Kazakh households")
    (True, False)
    >>> mentions_country("Republic of Kazakhstan", "Kazakhstan ratified it")  # another of its names
    True
    """
    text = text.replace("\u2019", "'")  # 'Lao People’s Democratic Republic'
    if any(name in text for name in names_of(country)):
        return True
    stems = [country[:-len(end)] for end in ("istan", "stan") if country.endswith(end) and len(country) - len(end) >= 5]
    return any(re.search(rf"\b{re.escape(s)}\b", text) for s in stems) or country in countries_by_demonym(text)


@lru_cache(maxsize=1024)
def names_of(country: str) -> tuple[str, ...]:
    """The country's names ISO 3166 gives ('Republic of Kazakhstan' -> the name itself, 'Kazakhstan'), or the name alone."""
    if (c := _iso(country)) is None:
        return (country,)
    found = (getattr(c, a, None) for a in ("name", "common_name", "official_name"))
    return tuple(dict.fromkeys([country, *(n for n in found if n and "," not in n)]))


@lru_cache(maxsize=4096)
def country_key(name: str) -> str:
    """One key per country: its ISO 3166 alpha-3 code for any of its names ('Republic of Moldova', 'Moldova' -> 'MDA');
    a name ISO does not know, in lower case."""
    c = _iso(name)
    return c.alpha_3 if c is not None else re.sub(r"^the\s+", "", name.strip().replace("\u2019", "'"), flags=re.I).lower()


@lru_cache(maxsize=4096)
def _iso(name: str):
    """ISO 3166's record of the country by any of its names, 'the' and a curly apostrophe aside ('the Lao People’s
    Democratic Republic'), or None."""
    import pycountry

    try:
        return pycountry.countries.lookup(re.sub(r"^the\s+", "", name.strip().replace("\u2019", "'"), flags=re.I))
    except LookupError:
        return None


def known_country(name: str) -> bool:
    """Is this a country ISO 3166 knows, by any of its names ('Republic of Moldova': yes; 'Practice': no)?"""
    key = country_key(name)
    return len(key) == 3 and key.isupper()


def symbol_codes(symbol: str | None) -> list[str]:
    """The three-capital parts of a UN symbol after its first, where treaty bodies put a country's code:
    'E/C.12/KAZ/CO/2' -> ['KAZ']."""
    return [p for p in (symbol or "").split("/")[1:] if len(p) == 3 and p.isalpha() and p.isupper()]


_DOC_TOKENS = {"cescr", "ccpr", "hrc", "crc", "cat", "cedaw", "cerd", "crpd", "cmw", "ced", "spt", "upr", "co", "cobs", "loi", "lopir",
               "sr", "gc", "gr", "ohchr", "ngo", "nhri", "reply", "replies", "report", "submission", "followup", "fu", "sp", "mission",
               "visit", "views", "compilation", "statement"}  # a file named for a document


def country_in_name(name: str) -> str:
    """The country a file name's ISO 3166 alpha-3 code names, when the name is a document's ('cescr-co-tto-2002',
    'CRC_C_BTN_CO_2': a body or kind beside the code, or the code in capitals); '' for any other name or none.

    >>> country_in_name("cescr-co-tto-2002"), country_in_name("CRC_C_BTN_CO_2"), country_in_name("what-you-can-do")
    ('Trinidad and Tobago', 'Bhutan', '')
    >>> country_in_name("sp-indigenous-mission-arg-2012")
    'Argentina'

    """
    import pycountry

    tokens = [t for t in re.split(r"[^A-Za-z0-9]+", name) if t]
    documentish = any(t.lower() in _DOC_TOKENS for t in tokens)
    found = {c.alpha_3: c for t in tokens if len(t) == 3 and t.isalpha() and (documentish or t.isupper())
             and t.lower() not in _DOC_TOKENS and (c := pycountry.countries.get(alpha_3=t.upper()))}
    return _name_of(next(iter(found.values()))) if len(found) == 1 else ""


def _name_of(c) -> str:
    """A pycountry record's name as documents write it: 'Bolivia', not 'Bolivia, Plurinational State of'."""
    return getattr(c, "common_name", None) or (c.name if "," not in c.name else getattr(c, "official_name", c.name))


def country_in_symbol(symbol: str | None) -> str:
    """The country a UN symbol's ISO 3166 code names ('CAT/C/NZL/CO/5' -> 'New Zealand'), '' when it names none."""
    import pycountry

    for code in symbol_codes(symbol):
        if c := pycountry.countries.get(alpha_3=code):
            return _name_of(c)
    return ""
