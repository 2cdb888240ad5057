"""Checks a generated answer against the paragraphs it cites: sentence by sentence, citations, numbers, key terms.

The rule, for every sentence of the model's answer:
1. it cites at least one [n], and every n is a paragraph the model was given (else the sentence is dropped);
2. every number in it (thousands separators removed: '528,200' -> '528200') occurs in the text of a paragraph
   it cites; the year of a cited paragraph's date and its own label ('para. 23') also count;
3. at least MIN_SUPPORT of its distinct content words, stemmed, occur in the paragraphs it cites. Content words
   are what the index's analyzer keeps (stopwords removed, Snowball stems), minus numbers, the words an answer
   uses to say who speaks ('Committee', 'recommended', 'noted', ...) and a few adverbs ('still', 'now').
   A lexical check: it stops invented facts and numbers, not a claim that reorders the paragraph's own words.
A paragraph's sentences that read like orders to a model ('ignore previous instructions', 'say that ...') never
count as support, so an injected instruction cannot vouch for the answer it asks for.

>>> sorted(numbers("In 2023, 528,200 women (54 per cent) were placed."))
['2023', '528200', '54']
>>> [s for s, _ in split_units("It rose [1]. See art. 5 [2].\\nState:\\nIt fell. [3] Then")]
['It rose [1].', 'See art. 5 [2].', 'State:', 'It fell. [3]', 'Then']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ingest.sentences import ABBREVIATION, sentences
from ..search.index import bm25_tokenize
from ..records import Answer, Citation

MIN_SUPPORT = 0.5
SPEAKING = """committee state states party parties government ngo ngos organization organizations recommend recommended
recommends recommendation recommendations urge urged urges call called calls note noted notes noting observe observed
express expressed expresses say said says state stated report reported reports indicate indicated indicates mention
mentioned add added explain explained highlight highlighted stress stressed emphasize emphasized emphasised point
pointed according paragraph para also further furthermore however moreover addition particular still now already yet
only currently remain remains remained continue continues continued"""

_MARK = re.compile(r"\[(\d+(?:\s*[-–,;]\s*\d+)*)\]")
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:\.\d+)?")
_END = re.compile(r"[.!?][\"”’')]*(?:\s*\[[\d\s,;–-]+\])*\s+(?=[“\"‘(A-Z0-9])")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^[#*\s]*(?:the\s+)?(committee|state(?: party)?|states?|ngos?|civil society)[*\s]*:?[*\s]*$", re.I)
_ORDER = re.compile(r"\b(?:ignore|disregard|forget|override)\b.{0,60}\b(?:instructions?|prompts?|rules|above|previous)\b"
                    r"|\b(?:system prompt|you are now|as an ai|new instructions|(?:respond|reply|answer) (?:only )?with"
                    r"|(?:you must |instead )?say (?:that|only|exactly))\b", re.I)


def numbers(text: str) -> set[str]:
    """Digit strings of a text, thousands separators removed."""
    return {re.sub(r"[,\u00a0\u202f ]", "", m.group(0)) for m in _NUMBER.finditer(text)}


def markers(sentence: str) -> list[int]:
    """[1], [2, 3], [1-3] -> the cited numbers, in order."""
    out: list[int] = []
    for m in _MARK.finditer(sentence):
        for part in re.split(r"\s*[,;]\s*", m.group(1)):
            lo, _, hi = re.sub(r"\s", "", part).replace("–", "-").partition("-")
            out += range(int(lo), int(hi) + 1) if hi and 0 <= int(hi) - int(lo) < 20 else [int(lo)]
    return list(dict.fromkeys(out))


def split_units(text: str) -> list[tuple[str, bool]]:
    """Sentences (and heading lines) of an answer, each with whether it starts a new line."""
    units = []
    for line in text.split("\n"):
        line = _BULLET.sub("", line).strip()
        new_line, start = True, 0
        for m in _END.finditer(line):
            if ABBREVIATION.search(line[:m.start() + 1]):
                continue  # 'art. 5', 'No. 87'
            units.append((line[start:m.end()].strip(), new_line))
            new_line, start = False, m.end()
        if line[start:].strip():
            units.append((line[start:].strip(), new_line))
    return units


def is_heading(unit: str) -> bool:
    return bool(_HEADING.match(unit))


def is_order(sentence: str) -> bool:
    """A sentence addressed to a model rather than a reader ('Ignore previous instructions and say ...')."""
    return bool(_ORDER.search(sentence))


def support_text(text: str) -> str:
    """A paragraph without its sentences that give orders to a model."""
    return " ".join(text[a:b] for a, b in sentences(text) if not is_order(text[a:b]))


_speaking: set[str] = set()


def content_stems(text: str) -> set[str]:
    if not _speaking:
        _speaking.update(bm25_tokenize([SPEAKING])[0])
    return {t for t in bm25_tokenize([text])[0] if not t[0].isdigit() and t not in _speaking}


@dataclass
class Verdict:
    sentence: str
    cited: list[int]
    ok: bool
    reason: str = ""


class Verifier:
    """Holds what the model was shown ([1]..[n]) and judges one sentence at a time."""

    def __init__(self, shown: list[Citation], texts: list[str]):
        self.shown = shown
        self.support = [support_text(t) for t in texts]
        self.stems = [content_stems(s) for s in self.support]
        self.nums = [numbers(s) | ({c.date[:4]} if c.date[:4].isdigit() else set()) for s, c in zip(self.support, shown)]

    def check(self, sentence: str) -> Verdict:
        cited = markers(sentence)
        if not cited:
            return Verdict(sentence, cited, False, "cites no paragraph")
        if bad := [n for n in cited if not 1 <= n <= len(self.shown)]:
            return Verdict(sentence, cited, False, f"cites {bad}, which were not given")
        claim = _MARK.sub(" ", sentence)
        for n in cited:  # the paragraph's own label is not a claim: 'E/C.12/KAZ/CO/2, para. 23'
            c = self.shown[n - 1]
            claim = claim.replace(c.symbol, " ")
            claim = re.sub(rf"\b(?:para\.|paragraph)\s*{re.escape(c.paragraph)}(?!\d)", " ", claim, flags=re.I)
        have = set().union(*(self.nums[n - 1] for n in cited))
        if missing := numbers(claim) - have:
            return Verdict(sentence, cited, False, f"the cited paragraphs do not contain {sorted(missing)}")
        words = content_stems(claim)
        stems = set().union(*(self.stems[n - 1] for n in cited))
        if not words or len(words & stems) < MIN_SUPPORT * len(words):
            return Verdict(sentence, cited, False, f"unsupported words: {sorted(words - stems)}")
        return Verdict(sentence, cited, True)


@dataclass
class Draft:
    """Verified sentences so far, renumbered [1].. in order of first citation; `feed` returns what to show."""

    verifier: Verifier
    parts: list[str] = field(default_factory=list)
    order: dict[int, int] = field(default_factory=dict)  # model's n -> our number
    claims: dict[int, list[str]] = field(default_factory=dict)
    kept: int = 0
    dropped: int = 0
    reasons: list[str] = field(default_factory=list)
    heading: str = ""

    def add(self, unit: str, new_line: bool) -> str:
        if is_heading(unit):
            self.heading = re.sub(r"[#*]", "", unit).strip().rstrip(":") + ":"
            return ""
        v = self.verifier.check(unit)
        if not v.ok:
            self.dropped += 1
            self.reasons.append(f"{v.reason}: {unit!r}")
            return ""
        for n in v.cited:
            self.order.setdefault(n, len(self.order) + 1)
            self.claims.setdefault(n, []).append(unit)
        text = _MARK.sub(lambda m: "".join(f"[{self.order[n]}]" for n in markers(m.group(0))), unit)
        sep = "" if not self.parts else ("\n" if new_line or self.heading else " ")
        if self.heading:
            text, self.heading = f"{self.heading}\n{text}", ""
        self.kept += 1
        self.parts.append(sep + text)
        return sep + text

    def answer(self, question: str, seconds: float) -> Answer:
        cites = []
        for n, _ in sorted(self.order.items(), key=lambda kv: kv[1]):
            c = self.verifier.shown[n - 1]
            cites.append(Citation(c.symbol, c.paragraph, c.text, best_quote(c.text, " ".join(self.claims[n])),
                                  c.score, c.author_kind, c.headings, c.title, c.date, c.doc_id))
        return Answer(question, "".join(self.parts), tuple(cites), False, seconds)


def best_quote(text: str, claims: str) -> str:
    """The sentence of `text` sharing most content words with `claims` (ties: the earlier); verbatim."""
    spans = [s for s in sentences(text) if not is_order(text[s[0]:s[1]])] or [(0, len(text))]
    want = content_stems(claims)
    a, b = max(spans, key=lambda s: (len(content_stems(text[s[0]:s[1]]) & want), -s[0]))
    return text[a:b]
