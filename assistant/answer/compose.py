"""Ranked hits -> Answer: verbatim sentences from the best paragraphs, each cited; or a plain abstention."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from ..ingest.meta import MONTHS, SYMBOL
from ..ingest.places import countries_named, is_demonym, mentions_country
from ..ingest.words import unglued
from ..records import Answer, Citation, Paragraph
from .checks import JOINED, NTH_WORDS, ORDINAL_THINGS, SESSION_Q, AnswerKindChecks, dated_by, joined_parts, laws_missing, names_law, put_first, treaties_missing
from ..search.query import asked_part, asks_for_recommendation, document_years, without_where_filed, names_file, event_years, naming_words, premise_years, span_end_years, treaty_spelled_out, whereabouts, without_body_names, without_paragraph_numbers, without_story, wording_asked
from ..search.retrieve import Hit
from ..ingest.sentences import sentences
from .counts import asks_spending, counted_figures, counts_by_name
from .kinds import act_asked, act_subject, asks_for_duration, asks_for_money, gives_duration, gives_money, gives_share, names_word
from .evidence import FIGURE, QUALIFIER, SHARE_Q, asked_unit, asks_for_person, word_stem, dated, gives_kind, holds, person_names, years_held

_NTH_WORDS = NTH_WORDS[:10]  # 'the first objective' ... 'the tenth'
_NTH = re.compile(rf"\bthe\s+({'|'.join(_NTH_WORDS)})\s+([a-z]+)", re.I)  # 'the first objective'
_ORDINAL_NOUN = re.compile(rf"(?:periodic|combined|national|{ORDINAL_THINGS}|time|year|day|phase|stage|round)s?$", re.I)  # not an item


NOT_FOUND = "Not found in these documents: none of the indexed paragraphs answers this question closely enough."
_NUMERIC_Q = re.compile(r"^\s*(?:(?:roughly|approximately|about|around|exactly|precisely|so|and|then),?\s+)?(how (many|much|long|often)|"
                        rf"what (?:{QUALIFIER}\s+)?(share|percentage|proportion|fraction|number|amount|years?|dates?)|"
                        r"when|in what year|which year|(?:in\s+)?(?:what|which) months?)\b", re.I)  # 'What minimum proportion ...?', 'In which months ...?'


_LAST_ASKED = re.compile(r"[\u2014\u2013:,-]\s*(how (?:many|much))\s*\?\s*$", re.I)  # 'Citizens given legal aid in 2022 - how many?'
_HOW_BIG = re.compile(r"^\s*(how (?:big|large))\b", re.I)
_BEFORE_ASKED = re.compile(r"^\s*(?:on|by|from|until|since)\s+(?=wh)|^\s*(?:at|in)\s+(?:which|what)\s+(?:meeting|session)s?\s+and\s+(?:on\s+)?(?=wh)|"  # 'On
                           # what date ...?', 'At which meeting and on what date ...?'; where to look: 'Of all the buildings on
                           r"^\s*(?:(?:out\s+)?of|among|according\s+to|in|under|for|as\s+for|after|before|regarding|[a-z]+ing)\b[^,?;]{1,150},\s*(?=(?:how|what|when|which)\b)",
                           re.I)  # the map, what fraction ...?', 'According to the State's report, how many ...?'
_VALUE_Q = re.compile(r"\s*what (?:was|is|were|are)\b", re.I)  # 'What was Kazakhstan's rank ...?': a value
_KEY_NUMBER = re.compile(r"(?<![\w.,])(?:No\.\s*)?\d[\d,]*(?:\.\d+)?(?![\w])")
_KEY_NAME = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w\-]*(?:\s+(?:of|on|for|and|the|de)?\s*[A-Z][\w\-]*)*")


def key_things(question: str) -> list[str]:
    """The specific things a question asks about: numbers, years, convention numbers, names.

    >>> key_things("When did Kazakhstan ratify ILO Convention No. 189 in 2022?")
    ['No. 189', '2022', 'Kazakhstan', 'ILO Convention']
    >>> key_things("After the May 2020 labour law, do unions still have to join a federation?")  # a month names nothing
    ['2020']
    """
    nums = [m.group(0).rstrip(",") for m in _KEY_NUMBER.finditer(question)]
    names = [re.sub(r"\s+No$", "", m.group(0)) for m in _KEY_NAME.finditer(question) if m.group(0) not in _NOT_NAMES and not re.fullmatch(MONTHS, m.group(0))]
    return list(dict.fromkeys(nums + names))


_NOT_NAMES = {"What", "Which", "Who", "When", "Where", "How", "Why", "Does", "Did", "Do", "Is", "Are", "Was", "Were", "Has",
              "Have", "Can", "I", "The", "In", "According", "Committee", "State", "States", "Government", "NGO", "NGOs"}


_GOES_ON = re.compile(r"(?:(?:These|This|Those|Such|They|It)\b|The (?:new )?(?:provisions?|amendments?|changes|measures?|rules|law|act|acts|decree|"
                      r"programme|plan|strategy|reform)\b(?! of\b)|(?:For (?:example|instance)|In particular|Thus|Accordingly|As a result),)")


_PRESCRIBES = re.compile(r"\b(?:must|should|needs?\s+to|ought\s+to|recommend\w*|urges?|call(?:s|ed)?\s+(?:on|upon|for)|propos\w+|suggest\w*)\b", re.I)
_RESULT = re.compile(r"(?:In practice|As a result|Consequently|In other words|In effect)\b|(?:(?:In practice|In reality),?\s+)?(?:this|that)\s+means\b", re.I)


SENTENCE_FEATURES = {"sentence_coverage", "type_in_sentence", "unit_near", "years_found", "absent_idf"}


@lru_cache(maxsize=1024)  # asked of one question by a dozen checks of its answer (about 160 us a time)
def _things(question: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    generic = naming_words(question) | set(document_years(question)) | set(premise_years(question)) \
        | set(span_end_years(question))  # 'in its 2017 review'; 'over the ten years to 2020': 'the past 10 years'
    generic |= {w.lower() for w in whereabouts(question)}  # 'I run a shelter in Almaty. How many ...': where the asker is
    asked = without_body_names(without_paragraph_numbers(without_story(question)))  # 'I'm 64 and retired. ...': no '64' to
    # find; 'the Committee against Torture's': its author
    things = [t for t in key_things(asked) if t.lower() not in generic and not all(  # 'para. 7': a label; 'the Japanese
        w.lower() in generic or is_demonym(w) for w in t.split())]  # NGO network': whose words, not a name asked
    numbered = lambda t: t[:1].isdigit() or t.startswith("No.")
    return tuple(t for t in things if numbered(t)), tuple(t for t in things if not numbered(t))


_REQUEST = re.compile(r"\s*Please\s+(?:provide|indicate|explain|describe|clarify|inform|specify|comment|elaborate|give|report|outline|state)\b")


class Composer(AnswerKindChecks):
    """Decides whether the best paragraphs answer the question, picks their supporting sentences, writes the answer."""

    def __init__(self, tokenize, lexical, documents: list[dict], reader, answerability: dict | None = None,
                 max_citations: int = 3, margin: float = 0.05, off_topic: float = 0.2, paragraph_at=None, before=None,
                 said=None, said_weight: float = 0.0, front=None, as_typed=None):
        self.tokenize = tokenize  # list[str] -> list[list[str]], the lexical index's own analyzer
        self.lexical = lexical
        self.reader = reader
        self.docs = {d["cite_as"]: d for d in documents}
        self.model = answerability or {}
        self.max_citations = max_citations
        self.margin = margin  # cite a further paragraph only if it scores within this of the best
        self.off_topic = off_topic  # below this cosine a paragraph is not about the question (unrelated texts: ~0-0.2)
        self.paragraph_at = paragraph_at or (lambda key: None)  # (symbol, label) -> its Paragraph, or None
        self.before = before or (lambda p: [])  # a Paragraph -> the few before it in its document, nearest first
        self.said = said or (lambda question, p: {})  # -> {span of a sentence: its cosine with the question}
        self.said_weight = said_weight  # of that cosine in the choice of the sentence quoted, beside the IDF of its words
        self.front = front or (lambda symbol: "")  # a document's cite_as -> the words it prints before its first paragraph
        self.as_typed = as_typed or (lambda question, p: 0.0)  # -> a paragraph's cosine with the question as typed

    def idf(self, term: str) -> float:
        return self.lexical.idf(term)

    def things(self, question: str) -> tuple[list[str], list[str]]:
        """(numbers, names) the question asks about, less the words that only name a document, voice or country,
        the years that only date a document ('Peru's 2019 replies') or set the scene ('After the May 2020 labour law, ...')
        and the numbers of paragraphs named ('para. 7'). Of the question alone: read once however many checks ask."""
        nums, names = _things(question)
        return list(nums), list(names)

    def features(self, question: str, hits: list[Hit], every: bool = False) -> dict[str, float]:
        """Evidence that the best paragraph answers the question, each on a scale no corpus changes. Only the question
        and that paragraph count (not the runner-up, not boosts), so the decision is the same in any corpus.
        The sentence-level evidence (SENTENCE_FEATURES) is computed only when the model weighs it, or `every`.
        One exception reads the corpus: 'unknown' is the share of question words neither the background table nor any
        of the user's documents uses (the table comes from the bundled corpus, which never names Italy or Belize)."""
        top = hits[0]
        best = hits[:1]
        if self.in_two_parts(question):
            best = hits[:3]  # a question in two parts is answered by two paragraphs
        text = " ".join(self._context(h) for h in best)
        nums, names = self.things(question)
        q_toks = self.tokenize([question])[0]
        toks = set(q_toks)
        unknown = [t for t in toks if t not in self.lexical.idf_table and t not in self.lexical.vocab and not t.isdigit()]
        def share(things, found) -> float:  # held by the paragraphs' text, or by the paragraph they refer back to
            return sum(holds(t, text) or any(found(t, h.paragraph) for h in best) for t in things) / len(things) if things else 1.0
        out = {"dense": top.dense, "lexical": min(top.lexical, 2.0),
               "coverage": self.coverage(question, top.paragraph),
               "numbers_found": share(nums, self.continued), "names_found": share(names, lambda t, p: self.referred(t, p) or names_file(t, p.doc_id)),
               "type_ok": gives_kind(question, " ".join(h.paragraph.text for h in best)),
               "unknown": len(unknown) / max(len(toks), 1)}
        if not (every or SENTENCE_FEATURES & set(self.model.get("weights", {}))):
            return out
        sent_cov, sent = self.best_sentence(q_toks, [h.paragraph for h in best])
        have = set(self.tokenize([text])[0])
        generic = set(self.tokenize([" ".join(naming_words(question))])[0])
        absent_idf = max((self.idf(t) for t in toks - have - generic if not t.isdigit()), default=0.0)
        return {**out, "sentence_coverage": sent_cov, "type_in_sentence": gives_kind(question, sent, strict=True),
                "unit_near": gives_kind(question, " ".join(h.paragraph.text for h in best), strict=True),
                "years_found": years_held(question, text), "absent_idf": absent_idf / self.lexical.unseen}

    def best_sentence(self, q_toks: list[str], paragraphs: list[Paragraph]) -> tuple[float, str]:
        """(IDF share of the question in the sentence that holds most of it, that sentence with its neighbours)."""
        q = set(q_toks)
        total = sum(self.idf(t) for t in q)
        spans = [(p.text, s) for p in paragraphs for s in sentences(p.text)]
        if not q or not spans or total <= 0:
            return 0.0, ""
        sent_toks = self.tokenize([t[a:b] for t, (a, b) in spans])
        covs = [sum(self.idf(t) for t in q & set(st)) / total for st in sent_toks]
        i = max(range(len(covs)), key=covs.__getitem__)
        text, (a, b) = spans[i]
        return covs[i], text[a:b]

    def answerable(self, question: str, hits: list[Hit]) -> tuple[float, dict]:
        """Probability that the best paragraph answers the question (logistic model fitted on the dev split)."""
        f = self.features(question, hits)
        z = self.model.get("bias", 0.0) + sum(w * f[name] for name, w in self.model.get("weights", {}).items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), f

    def referred(self, name: str, p: Paragraph) -> bool:
        """Does the paragraph refer back to this name by its last word ('the Court' after 'the Constitutional Court Act
        ... appeal directly to the Court' a paragraph or two before; 'the Code', 'the Office')? The name must be in one of
        the three paragraphs before it in its document: 'the Court' is not any court."""
        words = name.split()
        short = [words[-1], " ".join(words[:2])] if len(words) > 2 else [words[-1]]  # 'the Global Compact' for the Global Compact for Migration
        if len(words) < 2 or not all(w[:1].isupper() for w in words if w not in ("for", "of", "on", "and")) \
                or not any(re.search(rf"\b[Tt]he {re.escape(w)}\b", p.text) for w in short):
            return False
        return any(re.search(rf"\b{re.escape(name)}\b", q.text) for q in self.before(p))  # as written, not by stems

    def goes_on_from(self, p: Paragraph) -> Paragraph | None:
        """The paragraph this one goes on from: the one before it in its document, under the same headings, when it
        opens by referring back ('These', 'Such', 'The provisions', 'The amendments', ...) or by giving an example or a
        result of it ('For example,', 'As a result,'); else None."""
        if not _GOES_ON.match(p.text):
            return None
        before = self.before(p)[:1]
        return before[0] if before and before[0].headings == p.headings else None

    def continued(self, number: str, p: Paragraph) -> bool:
        """Does the paragraph go on from one that holds this number ('In February 2023, a law was adopted ...' / 'The
        provisions adopted allow ... short-term (one-hour) warning strikes')?"""
        before = self.goes_on_from(p)
        return before is not None and holds(number, before.text)

    def missing(self, question: str, hits: list[Hit]) -> list[str]:
        """Key things of the question that none of the best paragraphs holds ('No. 189', '2022')."""
        texts = [self._context(h) for h in hits[:5]]
        nums, names = self.things(question)
        titled = [m.group(0) for m in self.reader.alias.finditer(question)] if self.reader.alias else []  # 'General Comment 12':
        nums = [t for t in nums if not any(re.search(rf"(?<![\d.]){re.escape(t)}(?![\d.])", a) for a in titled)]  # a document's name
        fronts = [self.front(h.paragraph.symbol) for h in hits[:5]]  # a name its document's front matter gives (the NGO
        # submitting it: 'submitted by the Equality and Human Rights Commission (EHRC)'), not its numbers
        symbols = [m.group(0).rstrip(".") for m in SYMBOL.finditer(question)]  # 'per A/HRC/43/3/Add.3': its numbers are
        nums = [t for t in nums if not any(t in re.findall(r"\d+", sym) and any(sym in x for x in texts + fronts) for sym in symbols)]
        # no figures to find when a paragraph or its document's front prints that symbol
        kept = without_where_filed(question)
        names = [t for t in names if t in kept or t not in question]  # 'the report it
        # filed in Geneva': where it was handed in, no thing the answer names
        return [t for t in nums if not any(holds(t, x) for x in texts)] + [t for t in names if not any(holds(t, x) for x in texts + fronts)
                                                                           and not names_file(t, hits[0].paragraph.doc_id)
                                                                           and not self.respelled(t, texts)]  # the
        # best paragraph's file is named ('ngo-hrw-cedaw-afg-2013' for Human Rights Watch): not another document's

    def respelled(self, name: str, texts: list[str]) -> bool:
        """A name typed a letter off ('Kazakstan') that the texts hold as the corpus spells it: no missing thing."""
        words = self.tokenize([name])[0]
        fixed = [self.lexical.spelled_otherwise(t) or t for t in words]
        if fixed == words:
            return False
        held = {t for toks in self.tokenize(texts) for t in toks}
        return all(t in held for t in fixed)

    def where_missing(self, things: list[str]) -> str:
        """'no paragraph mentions' when a word of each thing is in no paragraph of the corpus at all; else 'none of the
        closest paragraphs mentions' (the things are looked for in the best five: 'HIV' may be in another paragraph)."""
        unheard = all(any(t not in self.lexical.vocab for t in toks) for toks in self.tokenize(things))
        return "no paragraph mentions" if unheard else "none of the closest paragraphs mentions"

    def order(self, question: str, hits: list[Hit]) -> list[Hit]:
        """The hits in the order the answer cites them: the kind of answer asked for (promote), a law the best paragraph
        does not name (named_law), a year the best paragraphs lack (rescue), then what the best only announces (goes_on)."""
        return self.nth_item(question, self.goes_on(self.rescue(question, self.named_first(question, self.named_law(question, self.promote(question, hits)))))) if hits else hits

    def nth_item(self, question: str, hits: list[Hit]) -> list[Hit]:
        """'What is the first objective of the general comment?': when the best hit is a lettered item, the item of the
        same paragraph in that place ('(a)' for the first), among the best five, goes first (the second, '(b) To
        comment on the specific features of early childhood', ranked above it). Not a numbered report or session."""
        m = _NTH.search(asked_part(question))
        parent = hits[0].paragraph.parent
        if not m or parent is None or _ORDINAL_NOUN.match(m.group(2)):
            return hits
        letter = "abcdefghij"[_NTH_WORDS.index(m.group(1).lower())]
        found = next((h for h in hits[1:5] if h.paragraph.parent == parent and h.paragraph.symbol == hits[0].paragraph.symbol
                      and h.paragraph.paragraph == f"{parent} ({letter})"), None)
        return put_first(found, hits)

    def goes_on(self, hits: list[Hit]) -> list[Hit]:
        """The paragraph that goes on from the best one (the next of its document, under the same headings, opening by
        referring back: 'The provisions adopted allow ...' after 'In February 2023, a law ... was adopted'), among the
        best five and holding more of the question's words, goes first: it says what the first only announces."""
        top = hits[0]
        for h in hits[1:5]:
            if h.lexical > top.lexical and self.goes_on_from(h.paragraph) == top.paragraph:
                return put_first(h, hits)
        return hits

    def named_law(self, question: str, hits: list[Hit]) -> list[Hit]:
        """A law the question names ('under the Population Migration Act') that the best paragraph does not mention:
        the first of the best five that names it (names_law) goes first (the rule of the Act, quoted from it, ranked
        second or third behind paragraphs on migrants that do not name it)."""
        laws = laws_missing(question, [self._context(hits[0])], naming_words(question))
        found = next((h for h in hits[1:5] if laws and all(names_law(law, self._context(h)) for law in laws)), None)
        return put_first(found, hits)

    def named_first(self, question: str, hits: list[Hit]) -> list[Hit]:
        """A name of several words the question gives ('the SDG Index') that the best paragraph does not hold: the
        runner-up or the third that holds every such name (by its words' stems or its acronym written out: 'the
        Sustainable Development Goals Index') and scores within 0.3 of it goes first (the Human Development Index's
        rank ranked above it); so does one of the document the question names as its source ('In the FIDH submission,
        ...?'), when the best is of another."""
        ask = asked_part(question)  # not a premise's name ('With the Trade Unions Act in force, how many ...?')
        names = [n for n in self.things(ask)[1] if len(n.split()) > 1 and not re.search(re.escape(n) + r"\s*\(|,\s*" + re.escape(n), ask)]
        # 'the Human Rights Commissioner (Ombudsman)': either name; 'for Safe, Orderly and Regular Migration': a name's end
        if self.in_two_parts(question, joined=True) or joined_parts(question):
            return hits  # each part its own paragraph ('..., and what figure from the Walk Free Foundation does FIDH cite?')
        held = lambda n, h: holds(n, self._context(h)) or self.referred(n, h.paragraph) or dated_by(n, ask, h.paragraph.text)
        lost = any(not held(n, hits[0]) and (n.split()[0].lower() in _NAME_HEADS or not holds(n.split()[0], self._context(hits[0])))
                   for n in names)  # not even its first word: 'SDG' ('the Global Compact' holds the Global Compact for Safe,
        # Orderly and Regular Migration); a word any treaty or law starts with is no sign ('Convention against Discrimination
        # in Education' is not in a list of other conventions)
        found = next((h for h in hits[1:3] if hits[0].score - h.score <= 0.3 and all(held(n, h) for n in names)), None) if lost else None
        # (not one far below: a garbled page's paragraph may lose a name's letters, 'ee o ha ges i De a k')
        if found is None and len(hits) > 1 and treaties_missing(ask, [self._context(hits[0])]):  # 'the Convention against
            # Discrimination in Education', which a list of other conventions does not name
            found = next((h for h in hits[1:3] if hits[0].score - h.score <= 0.3 and not treaties_missing(ask, [self._context(h)])), None)
        sources = {d["cite_as"] for d in self.reader.documents_as_source(question)}
        if found is None and sources and hits[0].paragraph.symbol not in sources:  # 'In the FIDH submission, what problem
            # does the part on residence registration raise?': FIDH's paragraph, not the other NGO's on the same topic above it
            found = next((h for h in hits[1:3] if hits[0].score - h.score <= 0.3 and h.paragraph.symbol in sources
                          and self.topic_share(self._unsourced(question), self._context(h), "") and not self.gaps(question, [h])), None)  # on
            # the topic asked, and the answer by itself: not the NGO's paragraph on orphanages for 'What did the NGO submission say
            # about opioid substitution therapy?', nor the report's tenge for 'What percentage of GDP ..., according to the report?'
        return put_first(found, hits)

    def _unsourced(self, question: str) -> str:
        """The question without the names of the documents it wants the words of ('according to the UNA Austin
        explainer'): what it asks about."""
        for phrase in self.reader.source_phrases(question):
            question = re.sub(rf"{re.escape(phrase)}(?:\s+(?:explainer|submission|report|page|paper|briefing|statement|website)s?\b)?",
                              "", question, flags=re.I)
        return question

    def rescue(self, question: str, hits: list[Hit]) -> list[Hit]:
        """A question that asks for no figure or value ('What did the 2020 labour law change?'), whose years and numbers
        none of the best `max_citations` paragraphs (the most an answer cites) holds: the first paragraph further down
        that holds them all goes first (the paragraph 'In May 2020, ... the law ... was adopted' ranked fourth to sixth,
        behind paragraphs on the complaints that led to it). The best five until stop 30, when the sentence order
        (Retriever.by_sentence) put it fourth; with three, 6 wrong "not found" fewer over 29 question sets, 1 near miss more answered.
        Not for 'how many', 'when', 'at which session' or 'what was the rate': there a year no good paragraph holds is the sign of a question
        the documents do not answer (a figure for another year is the commonest wrong answer)."""
        ask = asked_part(question)
        if _NUMERIC_Q.search(ask) or _VALUE_Q.match(ask) or SESSION_Q.search(ask):  # 'At which session ...?': a value too
            return hits
        cite = self.max_citations
        lost = [t for t in self.missing(question, hits[:cite]) if t[:1].isdigit() or t.startswith("No.")]
        countries = countries_named(question)  # 'Who spoke for Southern Sudan ... in 2010?': not Gabon's 2010 ratification
        found = next((h for h in hits[cite:] if lost and all(holds(t, self._context(h)) for t in lost)
                      and all(mentions_country(c, self._context(h)) for c in countries)), None)
        return put_first(found, hits)

    def _context(self, h: Hit) -> str:
        """A paragraph with what it stands under: its headings and its document's title, country, author, id and date."""
        d = self.docs.get(h.paragraph.symbol, {})
        meta = " ".join(str(d.get(k) or "") for k in ("title", "country", "author", "cite_as", "date")) + " " + " ".join(d.get("aliases") or ())
        return " ".join(h.paragraph.headings) + " " + self._text(h) + " " + meta + " " + _organ_of(h.paragraph.symbol)

    def _text(self, h: Hit) -> str:
        """The paragraph as the checks read it: words a PDF glued split (ingest/words.py), its treaty body's 'the
        Covenant' written out (treaty_spelled_out)."""
        return treaty_spelled_out(unglued(h.paragraph.text), self.docs.get(h.paragraph.symbol, {}).get("body"))

    def coverage(self, question: str, p: Paragraph) -> float:
        q = set(self.tokenize([question])[0])
        if not q:
            return 0.0
        have = set(self.tokenize([" ".join(p.headings) + " " + unglued(p.text)])[0])
        total = sum(self.idf(t) for t in q)
        return sum(self.idf(t) for t in q & have) / total

    def quote(self, question: str, p: Paragraph) -> str:
        """`quote_one`, or for a question joined of two ('How many staff does the Office have, and what share of them
        are women?') the span from one part's sentence to the other's when they differ and stand within three
        sentences of each other: each part's answer, verbatim."""
        asked = asked_part(question)
        joined = JOINED.search(asked)
        first = self.quote_one(question, p)
        if not joined:
            return first
        second = self.quote_one(asked[joined.start():].lstrip(" ,").removeprefix("and ").strip(), p)
        a, b = p.text.find(first), p.text.find(second)
        if second == first or a < 0 or b < 0:
            return first
        start, end = min(a, b), max(a + len(first), b + len(second))
        between = sum(1 for s, _ in sentences(p.text) if start < s < end)
        return p.text[start:end] if between <= 3 else first

    def quote_one(self, question: str, p: Paragraph) -> str:
        """The sentence of the paragraph that best matches the question (with its list, if it opens one): by the IDF of
        the question's words it holds plus `said_weight` x its cosine with the question (its sentence vector: 'At what
        age can people marry?' -> 'The minimum age for marriage is set at 18 years.', not the sentence that repeats
        'minimum age for marriage'). Asked how many, how much, what share or when: the best of the sentences that give
        a figure (not the question's own, nor a year unless a date is asked) before any that does not, and of those one
        holding the years asked first; asked who, the best of those that name a person."""
        spans = _bracketed(p.text, sentences(p.text))
        if not spans:
            return p.text  # a paragraph of no words ('1.' whose text a page lost): nothing to choose from
        if p.kind == "subparagraph":  # the lead-in is context; the subparagraph itself is the answer
            spans = [s for s in spans if not p.text[s[0]:s[1]].rstrip().endswith(":")] or spans
        dating = " ".join(document_years(question))  # 'its 2018 review': the year names the document, the answer may lack it
        q, generic, *sent_tokens = self.tokenize([question, dating] + [p.text[a:b] for a, b in spans])  # one call: the slow part
        q = set(q) - set(generic)
        ask = _BEFORE_ASKED.sub("", asked_part(question))  # after what it tells first; 'On what date ...?' as 'What date ...?'
        numeric, person = _NUMERIC_Q.search(ask) or _HOW_BIG.search(ask) or _LAST_ASKED.search(ask), \
            asks_for_person(question)  # 'Citizens given legal aid in 2022 - how many?': a figure too; 'How big are the
        # institutions?': 'held in large institutions for 200-800 places' (a size, but no 'how many' for `rescue`)
        asked = set(_figures(question))  # 'under 18', 'COVID-19': the question's own numbers answer nothing
        dates = numeric and re.match(r"when|in what year|which year|what (?:year|date)s?|(?:in\s+)?(?:what|which) months?", numeric.group(1).strip(), re.I)
        money = asks_for_money(question)
        share = bool(SHARE_Q.search(ask))  # 'Out of all disabled people of working age, what proportion have a job?'
        spent = money and asks_spending(question)  # a sum spent (not 'the allowance': '1.61 times the minimum')
        measure = not numeric and not person and bool(self.measured(question))  # 'What cap on the number of questions ...?': a
        # figure too ('not more than a total of 30 clear and direct questions'), though no 'how many' asks it
        unit = asked_unit(ask) if numeric and not dates and not share else None  # 'How many chapters ...?': '20 chapters'
        unit = unit if unit not in (None, "number", "share") else None
        long = asks_for_duration(question) or bool(_HOW_LONG.match(asked_part(question)))  # "two and a half years", "from six months to one year"
        best, best_score = spans[0], -1.0
        said = self.said(question, p) if len(spans) > 1 else {}
        asked_years = [y for y in event_years(question) if y not in dating] if numeric else []
        act, done = act_asked(question) if dates else ("", "")
        if dates and not act:
            act, done = act_asked(ask)  # 'At which meeting and on what date did it adopt ...?': read after its first words  # 'When were the observations adopted?': the sentence that says so
        if done:  # the act's own words count once, as the act ('take effect': 'entered into force' as much as 'took effect')
            q -= set(self.tokenize([act])[0])
        doer = act_subject(question) if done else ""  # 'When did the protocol ... take effect?': the protocol's date, not
        # the amendments' that took effect too
        asks_here = self.docs.get(p.symbol, {}).get("kind") == "list of issues"  # its requests are its words; a reply's
        # 'Please indicate whether it has come into force' restates the Committee's question before the State's answer
        for s, toks in zip(spans, sent_tokens):
            sent = p.text[s[0]:s[1]]
            toks = set(toks)
            score = sum(self.idf(t) for t in q & toks) + self.said_weight * said.get(s, 0.0)
            if not asks_here and _REQUEST.match(sent):
                score *= 0.25
            figure = (numeric or measure) and (any(f not in asked for f in _figures(sent)) and (dated(sent) or bool(_MONTH.search(sent)))
                                  if dates else  # a date, not 'paragraph 15 of resolution 5/1'; for a count not a year, a day or an article
                                  any(f not in asked for f in counted_figures(sent)) or long and gives_duration(sent))
            figure = figure or money and gives_money(sent)  # 'What do nannies get paid?': '100 US dollars a month'
            if figure and spent and gives_money(sent):
                score += 50.0  # what is spent: 'About 1.5 billion tenge ... annually', not '800,000 citizens' helped
            if figure and share and gives_share(sent):
                score += 50.0  # what share: '138,800, or 36 per cent of the total', not '385,800 persons ... of working age'
            if figure and unit and (counts_by_name(sent, unit) or re.search(rf"\b(?:number|total)\s+of\s+(?:[\w-]+\s+)?{re.escape(word_stem(unit))}", sent, re.I)):
                score += 50.0  # a figure of the thing counted: 'our report contains 20 chapters', not 'more than 11 years since'
            if score > 0 and (figure or person and person_names(sent, self.rare)):
                score += 100.0  # the kind of answer asked for first: 'allocated 4.4 trillion tenge', 'headed by Ms. X'
                if asked_years and all(re.search(rf"\b{y}\b", sent) for y in asked_years):
                    score += 50.0  # and a figure for the year asked before one for other years (whatever its meaning)
                if done and re.search(rf"\b(?:{done})", sent, re.I):
                    score += 50.0  # a date of the act asked: 'At its 3120th meeting, on 27 October 2014, it adopted ...',
                    # not the meetings that considered the report
                    if doer and names_word(sent, doer):
                        score += 25.0
            score -= 0.01 * (s[0] / max(len(p.text), 1))  # ties go to the earlier sentence
            if score > best_score:
                best, best_score = s, score
        start, end = best
        i = spans.index(best)
        if p.text[start:end].rstrip().endswith(":") and i + 1 < len(spans):  # include the list it opens
            i = min(i + 3, len(spans) - 1)
            end = spans[i][1]
        while p.text.count("(", start, end) > p.text.count(")", start, end) and i + 1 < len(spans) and spans[i + 1][1] - start < 1500:
            i, end = i + 1, spans[i + 1][1]  # a list in brackets is one sentence: '2,500 appeals over 5 years (275 in 2019; ... 992 in 2023)'
        first = spans.index(best)
        while p.text.count(")", start, end) > p.text.count("(", start, end) and first > 0 and end - spans[first - 1][0] < 1500:
            first -= 1  # and quoted from its start: not '169,495 in 2022; and 208,988 in 2023) have been provided ...' but
            start = spans[first][0]  # 'In the period from 2020 to 2023, more than 625,000 citizens (25,077 in 2020; ...'
        if not numeric and not person and i + 1 < len(spans) and asks_for_recommendation(question) \
                and not _PRESCRIBES.search(p.text, start, end) and _PRESCRIBES.search(p.text, *spans[i + 1]):
            end = spans[i + 1][1]  # 'What did the NGOs propose to strengthen the commission?': 'The Commission ... is not
            # effective' matches best; 'To strengthen its activities, the Commission must be placed under ...' answers
        elif not numeric and not person and i + 1 < len(spans) and _RESULT.match(p.text, spans[i + 1][0]):
            end = spans[i + 1][1]  # 'children ... become victims of slavery along with their parents. In practice, this means that
            # migrant children are deprived of their birth certificates': what it means is what 'What happens to them?' asks
        return p.text[start:end]

    def compose(self, question: str, hits: list[Hit], seconds: float = 0.0, extra: list[Hit] | None = None) -> Answer:
        """The answer: the best paragraphs (within `margin` of the first), one per voice the question names,
        and `extra` hits a caller adds (the State's replies to a recommendation). Several voices -> grouped by voice.
        When the best paragraph does not answer: 'Not found', what is missing, and the closest paragraphs as related."""
        if not hits:
            return Answer(question, NOT_FOUND, (), True, seconds)
        hits = self.order(question, hits)
        p, f = self.answerable(question, hits)
        cited = []
        why = {"answerable": round(p, 3), **{k: round(v, 3) for k, v in f.items()}}
        if hits[0].paragraph.paragraph in wording_asked(question):  # 'What does para. 41 say?': that paragraph is it
            gaps, p, why["asked_by_number"] = {}, 1.0, True
        else:
            own = self._cited(hits)  # with the State's replies the answer cites beside them ('..., and how did Kazakhstan
            # respond in its third report?': the third report's paragraph names it)
            gaps = self.gaps(question, hits, own + [h for h in extra or [] if h.paragraph not in [c.paragraph for c in own]])
            if gaps and (wider := self.joined_part(question, hits)):
                gaps, cited = {}, wider
            why.update({k: k == "off_topic" for k in gaps})  # off_topic: True; a check that failed: False
        # the chance this question has an answer, as decided: the model's where no check decided, else the share of
        # questions a check stopped that had one where the model was fitted (settings.json: checked_answerable)
        why["chance_answerable"] = round(self.model.get("checked_answerable", p) if gaps else p, 3)
        if gaps or p < self.model.get("threshold", 0.5):
            missing = self.missing(question, hits)
            reason = next((r for r in gaps.values() if r), "")
            text = (f"Not found in these documents: {self.where_missing(missing)} {', '.join(repr(m) for m in missing)}." if missing
                    else f"Not found in these documents: {reason}." if reason else NOT_FOUND)
            related = tuple(self._citation(question, h) for h in hits[:3] if h.dense >= self.off_topic)
            return Answer(question, text, (), True, seconds, related=related, evidence={**why, "missing": missing})
        chosen = self.with_voices(question, hits, cited or self._cited(hits))  # one citation per voice asked for
        chosen += [h for h in extra or [] if h.paragraph not in [c.paragraph for c in chosen]]
        citations = [self._citation(question, h) for h in chosen]
        return Answer(question, by_voice(citations), tuple(citations), False, seconds, evidence=why)

    def _citation(self, question: str, h: Hit) -> Citation:
        p, doc = h.paragraph, self.docs.get(h.paragraph.symbol, {})
        return Citation(p.symbol, p.paragraph, p.text, self.quote(question, p), round(h.score, 4), doc.get("author_kind", "unknown"),
                        p.headings, doc.get("title", ""), doc.get("date", ""), p.doc_id)


_MONTH = re.compile(rf"\b(?:{MONTHS})\b")
_HOW_LONG = re.compile(r"\s*how\s+(?:long|much\s+(?:longer|more\s+time|extra\s+time|time))\b", re.I)


_NAME_HEADS = {"convention", "covenant", "protocol", "charter", "treaty", "law", "act", "code", "optional", "international",
               "national", "committee", "commission", "council"}


def _bracketed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with a list in brackets read as one sentence, weighed whole: 'more than 625,000 citizens (25,077 in
    2020; 122,337 in 2021; 169,495 in 2022; and 208,988 in 2023) have been provided ...' is one answer, not four.

    >>> t = "It rose. In all 625,000 citizens (25,077 in 2020; 169,495 in 2022) were helped. Done."
    >>> [t[a:b] for a, b in _bracketed(t, [(0, 8), (9, 49), (50, 79), (80, 85)])]
    ['It rose.', 'In all 625,000 citizens (25,077 in 2020; 169,495 in 2022) were helped.', 'Done.']
    """
    out, i = [], 0
    while i < len(spans):
        a, b = spans[i]
        while text.count("(", a, b) > text.count(")", a, b) and i + 1 < len(spans) and spans[i + 1][1] - a < 1500:
            i, b = i + 1, spans[i + 1][1]
        out.append((a, b))
        i += 1
    return out


def _organ_of(symbol: str) -> str:
    """The organ a UN symbol files a document with: 'A/68/317' -> 'General Assembly', 'A/HRC/42/62' -> 'Human Rights
    Council' (a report 'to the General Assembly' is one, whether or not its excerpt prints the words).

    >>> _organ_of("A/68/317"), _organ_of("A/HRC/42/62"), _organ_of("E/C.12/KAZ/CO/2")
    ('General Assembly', 'Human Rights Council', '')
    """
    if re.match(r"A/HRC/", symbol):
        return "Human Rights Council"
    return "General Assembly" if re.match(r"A/\d{2}/", symbol) else ""


def _figures(text: str) -> list[str]:
    """The figures of a text as written, without the comma or space after them ('In May 2017, ...': '2017', a year).

    >>> _figures("In May 2017, he got 2 years; 1,500 in all.")
    ['2017', '2', '1,500']
    """
    return [f.strip().rstrip(",").strip() for f in FIGURE.findall(text)]


VOICE_ORDER = ("committee", "state", "ngo", "unknown")


def _year(c: Citation) -> str:
    return c.date[:4] if c.date[:4].isdigit() else "undated"


def by_voice(citations: list[Citation]) -> str:
    """One line per citation, 'The Committee (2019, E/C.12/KAZ/CO/2, para. 24): “...” [1]'; when several voices
    speak, grouped under 'The Committee (2019)', 'The State (2021, 2024)', 'NGOs (2018)' - never merged."""
    kinds = [k for k in VOICE_ORDER if any(c.author_kind == k for c in citations)]
    if len(kinds) < 2:
        return "\n".join(f"{_voice(c.author_kind)} ({_year(c)}, {c.label}): \u201c{c.quote}\u201d [{n}]"
                         for n, c in enumerate(citations, 1))
    lines = []
    for kind in kinds:
        group = [(n, c) for n, c in enumerate(citations, 1) if c.author_kind == kind]
        years = ", ".join(sorted({_year(c) for _, c in group}))
        lines.append(f"{_group(kind)} ({years}):")
        lines += [f"- \u201c{c.quote}\u201d [{n}] ({c.label})" for n, c in group]
    return "\n".join(lines)


def _group(kind: str) -> str:
    return {"committee": "The Committee", "state": "The State", "ngo": "NGOs"}.get(kind, "Other documents")


def _voice(kind: str) -> str:
    return {"committee": "The Committee", "state": "The State", "ngo": "An NGO"}.get(kind, "A document")
