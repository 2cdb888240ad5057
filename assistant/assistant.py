"""Assistant: the one entry class. Loads (or builds) the index, answers, searches."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from .search import index as ix
from .answer.absent import absent
from .answer.checks import joined_parts
from .answer.compose import Composer
from .errors import AssistantError, EmptyQuestion, IndexError_, QuestionTooLong
from .search.embed import MODEL_NAME
from .ingest.load import BUNDLED, load_corpus, load_library
from .ingest.places import countries_named
from .records import Answer, Citation, Document, Paragraph
from .search.query import wording_asked
from .search.typed import case_forms, direct, phrased, truecased, without_preamble, year_told
from .search.retrieve import Hit, Retriever, with_context

MAX_QUESTION_CHARS = 2000
ASK_K = 10  # the paragraphs an answer is chosen and ordered from
SETTINGS = Path(__file__).parent / "settings.json"  # calibrated on the dev split; see evals/README.md


def default_index_root() -> Path:
    """$ASSISTANT_INDEX_DIR, else index/ of the source checkout, else ~/.cache/assistant/index."""
    if env := os.environ.get("ASSISTANT_INDEX_DIR"):
        return Path(env)
    repo = Path(__file__).resolve().parent.parent
    if (repo / "pyproject.toml").exists():
        return repo / "index"
    return Path.home() / ".cache" / "assistant" / "index"


def index_dir_for(corpus: Path, root: Path) -> Path:
    if corpus.resolve() == BUNDLED.resolve():
        return root / "default"
    return root / ("corpus-" + hashlib.sha256(str(corpus.resolve()).encode()).hexdigest()[:12])


def load_settings() -> dict:
    try:
        return json.loads(SETTINGS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


class Assistant:
    """Answers questions about a folder of documents with citations to their own paragraph numbers.

    bot = Assistant.load(); bot.ask("How many jobs are still closed to women?")
    """

    def __init__(self, documents: list[Document], idx: ix.Index, query_embedder, settings: dict | None = None, llm=None,
                 retriever_cls=None):
        s = {**load_settings(), **(settings or {})}
        self.generator = None
        if llm is not None:  # an LLMConfig: generative answers, every sentence verified (answer/generate.py)
            from .answer.generate import Generator

            self.generator = Generator(llm)
        self.documents = documents
        self.index = idx
        self.retriever = (retriever_cls or Retriever)(idx, query_embedder, s.get("lexical_weight", 0.25), s.get("voice_boost", 0.05),
                                                      s.get("recommendation_boost", 0.03), s.get("document_boost", 0.05),
                                                      s.get("recommendation_penalty", 0.0), s.get("country_penalty", 0.0),
                                                      s.get("body_penalty", 0.0), s.get("naming_weight", 1.0),
                                                      s.get("sentence_weight", 0.0), s.get("source_boost", 0.0))
        from .ingest.meta import front_matter, title_block

        first = {}
        for p in self.retriever.paragraphs:
            first.setdefault(p.symbol, p.text)
        fronts = {d.cite_as: front_matter(d.text) or title_block(d.text, first.get(d.cite_as, "")) for d in documents}  # the
        # words each prints before its first paragraph: an unnumbered text's title block too ('Report of the Special
        # Rapporteur ..., Yakin Ertürk'; 'REDRESS, UK; Rehabilitation and Research Centre ...')
        self.composer = Composer(ix.bm25_tokenize, idx.lexical, idx.documents, self.retriever.reader,
                                 answerability=s.get("answerability"), max_citations=s.get("max_citations", 3),
                                 margin=s.get("margin", 0.05), off_topic=s.get("off_topic_cosine", 0.2),
                                 paragraph_at=self._paragraph_at, before=self._before,
                                 said=getattr(self.retriever, "sentences_said", None), said_weight=s.get("quote_sentence_weight", 0.0),
                                 as_typed=getattr(self.retriever, "cosine_as_typed", None),
                                 front=lambda cite_as: fronts.get(cite_as, ""))
        self._tracker = None
        self._tracker_lock = threading.Lock()
        self._forms: dict[str, str] | None = None  # how the corpus capitalises words, for questions typed in lower case
        self._forms_lock = threading.Lock()

    def _paragraph_at(self, key: tuple[str, str]):
        row = self.retriever.rows.get(key)
        return None if row is None else self.retriever.paragraphs[row]

    def _before(self, p, n: int = 3) -> list:
        """The n paragraphs before this one in its document, nearest first."""
        row, paragraphs = self.retriever.rows.get(p.key), self.retriever.paragraphs
        if row is None:
            return []
        return [q for q in paragraphs[max(0, row - n): row][::-1] if q.doc_id == p.doc_id]

    # --- construction --------------------------------------------------------------------
    @classmethod
    def load(cls, corpus: str | Path | None = None, index_dir: str | Path | None = None, embedder=None,
             rebuild: bool = False, progress: bool = True, settings: dict | None = None, llm="env",
             _query=None, backend: str | None = None, uri: str | None = None, ray: str | None = None) -> "Assistant":
        """The bundled corpus (or `corpus`), its index built on first use and rebuilt when stale or corrupt.
        `llm`: an LLMConfig, None for none, or "env" (the default): one is configured by ASSISTANT_LLM_BASE_URL.
        `backend`: "embedded" (FAISS + bm25s in this process, the default) or "milvus" (a Milvus server at `uri`;
        $ASSISTANT_BACKEND, $ASSISTANT_MILVUS_URI); `ray`: embed on a Ray cluster ("auto" or an address) when building."""
        corpus = Path(corpus) if corpus else BUNDLED
        where = Path(index_dir) if index_dir else index_dir_for(corpus, default_index_root())
        docs = load_corpus(corpus) + load_library(where / "library")
        model = embedder.name if embedder is not None else MODEL_NAME
        backend = backend or os.environ.get("ASSISTANT_BACKEND") or "embedded"
        retriever_cls = None
        if backend == "milvus":  # optional: pip install 'treaty-assistant[scale]'
            from .search.milvus import open_index

            uri = uri or os.environ.get("ASSISTANT_MILVUS_URI") or "http://127.0.0.1:19530"
            idx, query_embedder, retriever_cls = open_index(docs, where, uri, model, embedder, rebuild, progress, ray)
        elif backend == "embedded":
            idx = _fresh_index(docs, where, model, embedder, rebuild, progress, getattr(_query, "model_sha", None), ray)
            query_embedder = _query_embedder(idx, embedder, _query)
        else:
            raise AssistantError(f"Unknown backend {backend!r}: use embedded or milvus.")
        if llm == "env":
            llm = None
            if os.environ.get("ASSISTANT_LLM_BASE_URL"):
                from .answer.generate import LLMConfig

                llm = LLMConfig.from_env()
        bot = cls(docs, idx, query_embedder, settings, llm, retriever_cls)
        bot._origin = (corpus, where, embedder, settings)
        bot._backend = (backend, uri, ray)
        return bot

    # --- your own documents ----------------------------------------------------------------
    def add(self, paths, progress: bool = True, sources: dict | None = None, **meta) -> "library.AddReport":
        """Add files or folders (PDF, DOCX, HTML, Markdown, text): read, split, embed only what is new, answerable
        at once. An unchanged file is skipped; a changed one replaces its old paragraphs; a bad one is reported
        and harms nothing. `meta` (symbol, title, author_kind, date, ...) overrides what the text says.
        `sources`: {path: name} for files known by another name (uploads): the same name replaces.
        When the index cannot be rebuilt (a full disk), the library is put back as it was and the error raised."""
        from .ingest import library

        corpus, where, embedder, settings = self._origin
        report = library.add(paths, where / "library", meta, reserved={d.doc_id for d in load_corpus(corpus)},
                             taken={d.cite_as: d.doc_id for d in self.documents}, sources=sources)
        if report.changed:
            try:
                self._reload(rebuild=False, progress=progress)
            except AssistantError as e:
                report.rollback()
                raise type(e)(f"{e} Nothing was added.") from e
            except BaseException:
                report.rollback()
                raise
        return report

    def remove(self, doc: str) -> str:
        """Take an added document out (by its id or its symbol); returns its id."""
        from .ingest import library

        corpus, where, embedder, settings = self._origin
        bundled = {d.doc_id for d in load_corpus(corpus)} | {d.cite_as for d in load_corpus(corpus)}
        if doc in bundled:
            raise AssistantError(f"{doc} is part of the corpus folder {corpus}, not an added document; "
                                 "remove the file from that folder instead.")
        doc_id = library.remove(doc, where / "library")
        self._reload(rebuild=False, progress=False)
        return doc_id

    def _reload(self, rebuild: bool, progress: bool, lock=None) -> None:
        corpus, where, embedder, settings = self._origin
        fresh = Assistant.load(corpus, where, embedder, rebuild, progress, settings, None, self.retriever.embedder,
                               *getattr(self, "_backend", ()))
        fresh.generator = self.generator
        with lock or contextlib.nullcontext():
            self.__dict__.update(fresh.__dict__)  # the old index is no longer referenced; the query model is shared

    def reload(self, lock=None) -> None:
        """Load the index as it is on disk now (another process added documents); the swap happens under `lock`."""
        self._reload(rebuild=False, progress=False, lock=lock)

    # --- the API -------------------------------------------------------------------------
    @property
    def paragraphs(self) -> list[Paragraph]:
        return self.index.paragraphs

    def ask(self, question: str, k: int = ASK_K, symbols: list[str] | None = None,
            author_kinds: list[str] | None = None, history: list[str] | None = None, generate: bool | None = None) -> Answer:
        """An extractive answer: verbatim sentences of the best paragraphs, each cited; or an abstention.

        `history`: the user's earlier questions, oldest first; a follow-up ('and what did the State reply?')
        is searched together with the question before it, and its own words choose whose voice is boosted."""
        t0 = time.perf_counter()
        typed = _check(question)
        question = self._as_written(typed)
        history = [_clean(h) for h in history or []]
        query = with_context(question, history)
        mask = self._mask(symbols, author_kinds)
        hits, scores = self.retriever.search_scored(query, k, mask, voice_of=self._voice_of(question))
        extra = self._replies(hits, scores, mask) if self.retriever.reader.asks_about_follow_through(query) else []
        asked = with_context(self._phrased(question), history)  # 'number of X' is searched as typed, read as 'How many X?'
        ans = replace(self.composer.compose(asked, hits, time.perf_counter() - t0, extra), question=typed)
        if ans.abstained and not extra and not history and (parts := joined_parts(question)):
            ans = self._by_parts(query, typed, parts, hits, mask, t0) or ans
        aliased = [d["cite_as"] for d in self.retriever.reader.documents_named(question)] if wording_asked(question) else []
        if missing := absent(question, self.index.documents, lambda symbol, label: (symbol, label) in self.retriever.rows,
                             lambda symbol: [p.paragraph for p in self.paragraphs if p.symbol == symbol], aliased):  # never an answer in its place
            related = "\nRelated paragraphs, not the one asked for:\n" + ans.text if ans.citations else ""
            return replace(ans, text=" ".join(missing) + related, abstained=True)
        if self.generator is not None and generate is not False and not ans.abstained:
            g = self.generator.answer(question, ans, [self.cite(h, query) for h in hits[:8]])
            return replace(g.answer, text=g.text, question=typed, seconds=time.perf_counter() - t0)
        return ans

    def _by_parts(self, query: str, typed: str, parts: list[str], hits: list[Hit], mask, t0: float) -> Answer | None:
        """A question joined of two ('How many children with disabilities are there, and what did the Committee say
        about the orphanages?') that the best paragraphs of the whole do not answer: the best paragraph of each part,
        searched alone, beside the whole's best (the State's count ranked below ten of the Committee's paragraphs the
        second part names); the answer if each part is answered alone and the whole passes the checks, else None."""
        best = []
        for part in parts:
            hs = self.retriever.search_scored(part, 5, mask, voice_of=self._voice_of(part))[0]
            if not hs or self.composer.compose(part, hs).abstained:
                return None  # each part must be answered on its own: more paragraphs are more chances to pass a check
            best.append(self.composer.order(part, hs)[0])
        merged = list({h.paragraph.key: h for h in hits[:1] + best + hits[1:]}.values())
        ans = self.composer.compose(query, merged, time.perf_counter() - t0)
        return None if ans.abstained else replace(ans, question=typed)

    def _voice_of(self, question: str) -> str | None:
        """The words whose voices are boosted: the question's ('' for none) when it names one, else None (the words
        searched, with a follow-up's history); none when only a sentence or clause told before it names one ('The
        Committee complained the Office was understaffed. How many staff does it have now?' asks for the State's
        figure, not for the Committee's words; 'FIDH said X. What does the State say?' asks for both). A clause that
        names a document says where to look ('Under "Other recommendations" in the third periodic report, ...')."""
        reader = self.retriever.reader
        if reader.voices_told_first(question) is not None:
            return ""
        return question if reader.voices_named(question) else None

    def _as_written(self, question: str) -> str:
        """The question as the readers and the model's fitted weights expect it, whatever the user typed: without a
        polite preamble ('Could you tell me ...'), ending in a question mark (or a full stop), in a direct question's
        order ('when Kazakhstan ratified X' -> 'When did Kazakhstan ratified X?', typed.direct), and, typed all in lower
        case, with the capitals the corpus and the name readers use ('when did kazakhstan ratify the icescr' -> 'When
        did Kazakhstan ratify the ICESCR?'; the corpus's forms are read once, from its first 50,000 paragraphs, on the
        first such question). Typed in lower case, the dev split's near misses got "not found" 79% of the time
        instead of 92%; after "Can you tell me", 75%."""
        question = without_preamble(question)  # 'Can you tell me how many ...': 'How many ...'
        if not re.search(r"[.?!]$", question):
            question += "?"  # without it, 4 test questions of 252 changed places at the top
        question = direct(question)  # 'when Kazakhstan ratified X?': 'when did Kazakhstan ratified X?'
        question = year_told(question)  # '... deported in 2020. How many were deported that year?': 'in 2020'
        question = question[:1].upper() + question[1:]
        if any(c.isupper() for c in question[1:]):
            return question
        return truecased(question, self._case_forms())

    def _case_forms(self) -> dict[str, str]:
        """How the corpus capitalises words (typed.case_forms), read once, from its first 50,000 paragraphs, when first needed."""
        with self._forms_lock:
            if self._forms is None:
                self._forms = case_forms(p.text for p in self.paragraphs[:50_000])
        return self._forms

    def _phrased(self, question: str) -> str:
        """Words typed as into a search box ('number of crisis centres', 'Gini coefficient Kazakhstan'), phrased as the
        question they ask (typed.phrased) for the checks of what is asked; searched as typed, which the fitted ranking
        expects. The word typed first keeps its capital only where the corpus capitalises it or never writes it ('Planned
        social spending share?' -> 'What is the planned ...': 'Planned' is no name to look for; 'Gini' is)."""
        asked = phrased(question)
        first = question.split()[0] if asked != question else ""
        if first[:1].isupper() and first[1:].islower():
            terms, vocab = ix.bm25_tokenize([first])[0], getattr(getattr(self.index, "lexical", None), "vocab", None) or {}
            if terms and all(t in vocab for t in terms) and first.lower() not in self._case_forms() and not countries_named(first):
                asked = asked.replace(first, first.lower(), 1)
        return asked

    def generate(self, question: str, history: list[str] | None = None, **filters):
        """The generative answer with its verification record (GeneratedAnswer: kept, dropped, fell_back, note).
        Needs an LLM (Assistant.load(llm=LLMConfig(...)) or ASSISTANT_LLM_BASE_URL)."""
        if self.generator is None:
            raise AssistantError("No language model is configured. Set ASSISTANT_LLM_BASE_URL and ASSISTANT_LLM_MODEL.")
        extractive = self.ask(question, history=history, generate=False, **filters)
        query = with_context(_check(question), history)
        return self.generator.answer(question, extractive, self.search(query, k=8, **filters))

    def stream(self, question: str, history: list[str] | None = None, **filters):
        """Text chunks as they come, then the final Answer. Without an LLM: the extractive answer line by line."""
        extractive = self.ask(question, history=history, generate=False, **filters)
        if self.generator is None or extractive.abstained:
            for line in extractive.text.splitlines(keepends=True):
                yield line
            yield extractive
            return
        query = with_context(_check(question), history)
        for piece in self.generator.stream(question, extractive, self.search(query, k=8, **filters)):
            yield replace(piece.answer, text=piece.text, question=question) if not isinstance(piece, str) else piece

    def _replies(self, hits: list[Hit], scores, mask) -> list[Hit]:
        """For 'what did the Committee recommend and what did the State do': the recommendation among the hits,
        and from each State document the reply to it (by the document's own links) that best matches the question."""
        committee = next((h for h in hits if self.retriever.author_kinds[self.retriever.rows[h.paragraph.key]] == "committee"), None)
        rec = committee and self.tracker.recommendation_of(*committee.paragraph.key)
        if rec is None:
            return []
        out = [scores.hit(self.retriever.rows[rec.key])] if rec.key != committee.paragraph.key else []
        best: dict[str, Hit] = {}
        for p in self.tracker.replies_to(rec):
            i = self.retriever.rows[p.key]
            if mask is None or mask[i]:
                h = scores.hit(i)
                if p.symbol not in best or h.score > best[p.symbol].score:
                    best[p.symbol] = h
        return out + list(best.values())

    def search(self, question: str, k: int = 10, symbols: list[str] | None = None,
               author_kinds: list[str] | None = None) -> list[Citation]:
        """Ranked citations, best first, without composing an answer: in the order `ask` would cite them (the paragraph
        that gives the kind of answer asked for before a runner-up that does not: Composer.order)."""
        question = self._as_written(_check(question))
        hits = self.retriever.search(question, max(k, ASK_K), self._mask(symbols, author_kinds), voice_of=self._voice_of(question))
        return [self.cite(h, question) for h in self.composer.order(self._phrased(question), hits)[:k]]  # ordered among as
        # many as `ask` orders: search(k=3) and ask put the same paragraph first

    def cite(self, hit: Hit, question: str = "") -> Citation:
        """A hit as a Citation; the quote is the sentence that best matches the question (the whole text without one)."""
        quote = self.composer.quote(question, hit.paragraph) if question else None
        return self._cite_paragraph(hit.paragraph, hit.score, quote)

    # --- recommendation tracker ----------------------------------------------------------
    @property
    def tracker(self):
        """The recommendation tracker, built once (by the first caller; the others wait for it)."""
        if self._tracker is None:
            with self._tracker_lock:
                if self._tracker is None:
                    from .track.tracker import Tracker

                    self._tracker = Tracker(self.paragraphs, self.index.documents, self._cite_paragraph)
        return self._tracker

    def track(self, symbol: str, paragraph: str):
        """A recommendation (or the concern leading to it), its concern, the State's replies, NGO paragraphs on it."""
        rec = self.tracker.track(symbol, str(paragraph).strip(), self._ngo_on)
        if rec is None:
            raise AssistantError(f"No recommendation at {symbol}, para. {paragraph}. List them: assistant track {symbol}")
        return rec

    def recommendations(self, symbol: str | None = None) -> list[dict]:
        """One row per recommendation of a concluding-observations document: topic, replies, NGO paragraphs."""
        from .track.tracker import compact

        symbol = symbol or next(d["cite_as"] for d in self.index.documents if d["author_kind"] == "committee")
        rows = []
        for p in self.tracker.recommendations(symbol):
            t = self.tracker.track(symbol, p.paragraph, self._ngo_on)
            rows.append({"paragraph": p.paragraph, "topic": t.topic, "replied": bool(t.replies), "replies": compact(t.replies),
                         "n_replies": len(t.replies), "n_ngo": len(t.ngo), "follow_up_requested": t.follow_up_requested})
        return rows

    def _ngo_on(self, p: Paragraph) -> list[Hit]:
        mask = self.retriever.author_kinds == "ngo"
        query = (p.headings[-1] + ": " if p.headings else "") + p.text
        return self.retriever.search(query[:1500], k=5, mask=mask)

    def _cite_paragraph(self, p: Paragraph, score: float = 0.0, quote: str | None = None) -> Citation:
        code = self.retriever.doc_code.get(p.symbol)  # a dict: 10,000 documents at 1M paragraphs
        doc = self.index.documents[code] if code is not None else {}
        return Citation(p.symbol, p.paragraph, p.text, quote or p.text, round(score, 4), doc.get("author_kind", "unknown"),
                        p.headings, doc.get("title", ""), doc.get("date", ""), p.doc_id)

    def paragraph(self, symbol: str, paragraph: str) -> Paragraph | None:
        row = self.retriever.rows.get((symbol, paragraph))
        return None if row is None else self.paragraphs[row]

    def _mask(self, symbols, author_kinds) -> np.ndarray | None:
        if not symbols and not author_kinds:
            return None
        keep = [i for i, d in enumerate(self.index.documents)  # by document, then each paragraph by its document's code
                if (not symbols or d["cite_as"] in symbols) and (not author_kinds or d["author_kind"] in author_kinds)]
        return np.isin(self.retriever.doc_codes, keep)


def _clean(text) -> str:
    """Text any tokenizer takes: not a str -> an error; lone surrogates (from undecodable command-line bytes, or
    a JSON client) -> U+FFFD."""
    if text is not None and not isinstance(text, str):
        raise AssistantError(f"A question must be text, not {type(text).__name__}.")
    return re.sub(r"[\ud800-\udfff]", "\ufffd", text or "")


def _check(question: str) -> str:
    question = re.sub(r"\s+", " ", _clean(question)).strip()
    if not question:
        raise EmptyQuestion("The question is empty. Ask something, e.g.: assistant ask \"How many jobs are closed to women?\"")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionTooLong(f"The question has {len(question):,} characters; the limit is {MAX_QUESTION_CHARS:,}. Shorten it.")
    return question


_build_mutex = threading.Lock()


def _fresh_index(docs, where: Path, model: str, embedder, rebuild: bool, progress: bool, model_sha=None,
                 ray: str | None = None) -> ix.Index:
    """Load the index for these documents; build it if missing, stale, damaged or asked to."""
    why = "a rebuild was asked for" if rebuild else ix.staleness(where, docs, model)
    if why is None:
        try:
            return ix.load(where, model_sha=model_sha)
        except IndexError_ as e:
            why = str(e).split(". Rebuild it")[0]
            if not progress:  # a damaged index is always said, once
                ix.log(f"{why}; rebuilding it from the documents.")
    with _build_mutex, ix.build_lock(where):
        if not rebuild and ix.staleness(where, docs, model) is None:  # another process built it meanwhile
            try:
                return ix.load(where, model_sha=model_sha)
            except IndexError_:
                pass
        if progress:
            ix.log(f"Building the index at {where} ({why}) ...")
        if ray:  # embed on a Ray cluster (pip install 'treaty-assistant[scale]')
            from .search.distributed import RayEmbedder

            embedder = RayEmbedder(ray)
        ix.build(docs, where, embedder or _document_embedder(), progress)
    return ix.load(where, full=False, model_sha=model_sha)


_lazy = None


def _document_embedder():
    """One per process: a long-running chat that adds documents loads the model once, not at every add."""
    global _lazy
    if _lazy is None:
        from .search.embed import LazyEmbedder

        _lazy = LazyEmbedder()
    return _lazy


def _query_embedder(idx: ix.Index, embedder, reuse=None):
    if embedder is not None:
        idx.query_model = None  # the caller's embedder answers questions: no bytes kept
        return embedder
    if reuse is not None and idx.query_model is None and getattr(reuse, "model_sha", None) == idx.model_sha:
        return reuse  # the same model file: one ONNX session across reloads (with its threads: a matter of speed only)
    from .search.embed import QueryEmbedder
    from .search.retrieve import query_threads

    model, tokenizer = idx.query_model
    idx.query_model = None  # 90 MB of bytes: the session holds what it needs
    try:
        return QueryEmbedder(model, tokenizer, idx.model_sha, query_threads(len(idx.paragraphs)))
    except Exception as e:  # noqa: BLE001 - onnxruntime and tokenizers raise their own types
        raise IndexError_(f"The query model in {idx.gen} cannot be loaded ({type(e).__name__}). "
                          "Rebuild the index: assistant index build") from e
