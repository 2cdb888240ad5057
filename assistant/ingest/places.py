"""Countries: the ones a text names, and one key per country whatever name it goes by (ISO 3166, pycountry). Pure.

>>> countries_named("Did Equatorial Guinea or Kyrgyzstan ratify it, unlike Guinea?")
['Equatorial Guinea', 'Kyrgyzstan', 'Guinea']
>>> country_key("Republic of Moldova") == country_key("Moldova"), country_key("the Netherlands"), country_key("Examplestan")
(True, 'NLD', 'examplestan')
"""
from __future__ import annotations

import re
from functools import lru_cache

_COUNTRIES = None


def countries_named(text: str) -> list[str]:
    """The countries a text names, by their ISO 3166 names: 'the minimum wage in Kyrgyzstan' -> ['Kyrgyzstan']."""
    global _COUNTRIES
    if _COUNTRIES is None:
        import pycountry

        names = {getattr(c, a, None) for c in pycountry.countries for a in ("name", "common_name", "official_name")}
        names = sorted((n for n in names if n and "," not in n), key=len, reverse=True)  # 'Equatorial Guinea' first
        _COUNTRIES = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    return list(dict.fromkeys(m.group(0) for m in _COUNTRIES.finditer(text)))


@lru_cache(maxsize=4096)
def country_key(name: str) -> str:
    """One key per country: its ISO 3166 alpha-3 code for any of its names ('Republic of Moldova', 'Moldova' -> 'MDA');
    a name ISO does not know, in lower case."""
    import pycountry

    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return name.lower()
