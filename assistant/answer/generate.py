"""Optional generative answers: an OpenAI-compatible LLM (through LlamaIndex) summarises the ranked paragraphs,
and verify.py keeps only the sentences those paragraphs support. With no LLM configured nothing here runs.

gen = Generator(LLMConfig("http://127.0.0.1:8080/v1", "local"))   # or LLMConfig.from_env()
out = gen.answer(q, bot.ask(q), bot.search(q, k=8))                # GeneratedAnswer; print(out.text)
"""
from __future__ import annotations

import os
import re
import string
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from ..errors import AssistantError, need
from ..records import Answer, Citation
from ..search.query import voices_named
from .verify import Draft, Verifier, split_units

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
HEADROOM = 0.9  # cl100k_base only estimates the server's own tokenizer: keep 10% spare
MAX_SENTENCES = 6
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S)


class LLMConfigError(AssistantError):
    """An ASSISTANT_LLM_* variable or option that cannot be used."""


class PromptError(AssistantError):
    """A prompt template that is missing or needs a variable that was not given."""


class _Unusable(Exception):
    """The model's reply (or the budget) gives nothing to show: the note says why."""


@dataclass
class LLMConfig:
    """Where the OpenAI-compatible server is (llama.cpp, vLLM, Ollama's /v1, a hosted service)."""

    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 60.0
    context_window: int = 4096
    max_answer_tokens: int = 512

    def __post_init__(self):
        if self.context_window < self.max_answer_tokens + 256:
            raise LLMConfigError(f"The context window ({self.context_window} tokens) leaves no room for paragraphs after "
                                 f"{self.max_answer_tokens} answer tokens: set ASSISTANT_LLM_CONTEXT_WINDOW to the model's real size.")

    @classmethod
    def from_env(cls) -> "LLMConfig | None":
        """None when ASSISTANT_LLM_BASE_URL is unset (the assistant stays extractive)."""
        base = os.environ.get("ASSISTANT_LLM_BASE_URL", "").strip()
        if not base:
            return None
        model = os.environ.get("ASSISTANT_LLM_MODEL", "").strip()
        if not model:
            raise LLMConfigError("ASSISTANT_LLM_BASE_URL is set but ASSISTANT_LLM_MODEL is not: set it to the name the "
                                 "server serves (llama.cpp accepts any, e.g. export ASSISTANT_LLM_MODEL=local).")
        return cls(base, model, os.environ.get("ASSISTANT_LLM_API_KEY") or None,
                   _env_number("ASSISTANT_LLM_TIMEOUT", 60.0, float), _env_number("ASSISTANT_LLM_CONTEXT_WINDOW", 4096, int))


def _env_number(name: str, default, kind):
    raw = os.environ.get(name, "").strip()
    try:
        value = kind(raw) if raw else default
    except ValueError:
        value = 0
    if value <= 0:
        raise LLMConfigError(f"{name} must be a positive {'integer' if kind is int else 'number'}, e.g. {default}; got {raw!r}.")
    return value


@dataclass(frozen=True)
class GeneratedAnswer:
    """The verified answer (or the extractive one, when `fell_back`), and what verification removed."""

    answer: Answer
    dropped: int  # the model's sentences removed as unsupported, mis-cited or uncited
    kept: int
    fell_back: bool
    note: str = ""  # shown to the user above the answer when not empty

    @property
    def text(self) -> str:
        """What the user sees."""
        return f"{self.note}\n{self.answer.text}" if self.note else self.answer.text


def render(name: str, prompts_dir: Path = PROMPTS, **values) -> str:
    """prompts/<name>.txt with $variables filled in; a missing variable is named in the error."""
    path = Path(prompts_dir) / f"{name}.txt"
    try:
        template = string.Template(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise PromptError(f"No prompt template at {path}: restore it from the repository's prompts/ folder.") from e
    try:
        return template.substitute(values)
    except KeyError as e:
        raise PromptError(f"The prompt {path.name} needs ${e.args[0]}, which was not given.") from e


@lru_cache(maxsize=1)
def _encoding():
    """cl100k_base, loaded offline from the copy shipped inside llama-index-core unless TIKTOKEN_CACHE_DIR is set."""
    tiktoken = need("tiktoken", "tiktoken")
    if not os.environ.get("TIKTOKEN_CACHE_DIR"):
        import importlib.util

        spec = importlib.util.find_spec("llama_index.core")  # finds the folder, does not import it
        if spec and spec.origin:
            os.environ["TIKTOKEN_CACHE_DIR"] = str(Path(spec.origin).parent / "_static" / "tiktoken_cache")
    return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


def _block(n: int, c: Citation, text: str) -> str:
    """One numbered paragraph as the model sees it; its text cannot close its own <<< >>> fence."""
    text = text.replace("<<<", "< < <").replace(">>>", "> > >")
    return f"[{n}] {c.label} | {c.voice} | {c.date or 'undated'}\n<<<\n{text}\n>>>"


def _api_base(url: str) -> str:
    """'http://localhost:11434' -> 'http://localhost:11434/v1' (Ollama, vLLM and llama.cpp all serve /v1)."""
    url = url.strip().rstrip("/")
    return url + "/v1" if urlsplit(url).path in ("", "/") else url


class Generator:
    """Writes a cited answer with the configured LLM and keeps only what the cited paragraphs support."""

    def __init__(self, config: LLMConfig, prompts_dir: Path | None = None):
        self.config = config
        self.prompts_dir = Path(prompts_dir) if prompts_dir else PROMPTS
        self._llm = None

    @property
    def llm(self):
        """The LlamaIndex OpenAILike client, built on first use (no retries: `timeout` is the user's whole wait)."""
        if self._llm is None:
            module = need("llama_index.llms.openai_like", "llama-index-llms-openai-like")
            c = self.config
            self._llm = module.OpenAILike(model=c.model, api_base=_api_base(c.base_url), api_key=c.api_key or "none",
                                          is_chat_model=True, context_window=c.context_window,
                                          max_tokens=c.max_answer_tokens, temperature=0.0, timeout=c.timeout, max_retries=0)
        return self._llm

    # --- prompts -----------------------------------------------------------------------
    def prompt(self, question: str, citations: list[Citation]) -> tuple[str, list[Citation], list[str]]:
        """The rendered prompt, the paragraphs it shows ([1]..[n], best first) and the text shown of each.

        Lower-ranked paragraphs are left out until the prompt fits the context window minus the answer's
        tokens (with HEADROOM); a first paragraph too long on its own is cut at a word boundary."""
        name = "by_voice" if len(voices_named(question)) > 1 else "answer"
        budget = int((self.config.context_window - self.config.max_answer_tokens) * HEADROOM)
        shown: list[Citation] = []
        texts: list[str] = []

        def build(cites, bodies):
            blocks = "\n\n".join(_block(i, c, t) for i, (c, t) in enumerate(zip(cites, bodies), 1))
            return render(name, self.prompts_dir, question=question, paragraphs=blocks, count=max(len(cites), 1),
                          max_sentences=MAX_SENTENCES)

        for c in citations:
            if count_tokens(build(shown + [c], texts + [c.text])) <= budget:
                shown.append(c)
                texts.append(c.text)
                continue
            if not shown and (cut := self._cut(c, lambda t: count_tokens(build([c], [t + " [...]"])) <= budget)):
                shown.append(c)
                texts.append(cut)
            break
        if not shown:
            raise _Unusable(f"(The language model's context window ({self.config.context_window} tokens) is too small "
                            "for the question and one paragraph; showing the extractive answer.)")
        bodies = [t if t == c.text else t + " [...]" for c, t in zip(shown, texts)]
        return build(shown, bodies), shown, texts

    @staticmethod
    def _cut(c: Citation, fits) -> str:
        """The longest prefix of the paragraph, ending at a word boundary, that fits."""
        lo, hi = 0, len(c.text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if fits(c.text[:mid]) else (lo, mid - 1)
        cut = c.text[:lo].rsplit(" ", 1)[0] if lo < len(c.text) else c.text[:lo]
        return cut if len(cut) >= 40 else ""

    # --- answers -----------------------------------------------------------------------
    def answer(self, question: str, extractive: Answer, citations: list[Citation]) -> GeneratedAnswer:
        """One call, no streaming; the result is verified sentence by sentence (or the extractive answer)."""
        result = None
        for item in self._run(question, extractive, citations, streaming=False):
            result = item
        return result

    def stream(self, question: str, extractive: Answer, citations: list[Citation]) -> Iterator[str | GeneratedAnswer]:
        """Text chunks as they are verified (a sentence is shown once complete and supported), then the final
        GeneratedAnswer. When it `fell_back`, replace whatever was shown with its text."""
        yield from self._run(question, extractive, citations, streaming=True)

    def _run(self, question, extractive, citations, streaming):
        if extractive.abstained or not citations:  # abstention holds: the model is not asked
            yield GeneratedAnswer(extractive, 0, 0, True)
            return
        t0 = time.perf_counter()
        llm = self.llm  # a missing package or a broken template is raised, not hidden in a fallback
        try:
            prompt, shown, texts = self.prompt(question, citations)
        except _Unusable as e:
            yield GeneratedAnswer(extractive, 0, 0, True, str(e))
            return
        draft, raw, done = Draft(Verifier(shown, texts)), "", 0
        try:
            for piece in self._pieces(llm, prompt, streaming, t0):
                raw += piece
                units = split_units(_THINK.sub("", raw))
                for unit, new_line in units[done:len(units) - 1]:  # the last unit may still grow
                    if chunk := draft.add(unit, new_line):
                        yield chunk
                done = max(done, len(units) - 1)
            units = split_units(_THINK.sub("", raw))
            for unit, new_line in units[done:]:
                if chunk := draft.add(unit, new_line):
                    yield chunk
            _check_usable(draft, _THINK.sub("", raw))
        except _Unusable as e:
            yield GeneratedAnswer(extractive, draft.dropped, 0, True, str(e))
            return
        except Exception as e:  # timeout, refused connection, HTTP error, malformed reply
            yield GeneratedAnswer(extractive, draft.dropped, 0, True, self._failure(e))
            return
        note = _dropped_note(draft.dropped)
        yield GeneratedAnswer(draft.answer(question, time.perf_counter() - t0), draft.dropped, draft.kept, False, note)

    def _pieces(self, llm, prompt: str, streaming: bool, t0: float) -> Iterator[str]:
        from llama_index.core.llms import ChatMessage

        messages = [ChatMessage(role="user", content=prompt)]
        if not streaming:
            yield llm.chat(messages).message.content or ""
            return
        for part in llm.stream_chat(messages):
            if time.perf_counter() - t0 > self.config.timeout:
                raise TimeoutError("the stream ran past the timeout")
            yield part.delta or ""

    def _failure(self, e: Exception) -> str:
        names = " ".join(k.__name__ for k in type(e).__mro__)
        if "Timeout" in names:
            why = f"did not answer in time ({self.config.timeout:g} s)"
        elif status := getattr(e, "status_code", None):
            why = f"failed (HTTP {status})"
        elif "Connection" in names:
            why = f"could not be reached at {_api_base(self.config.base_url)}"
        else:
            why = f"failed ({type(e).__name__})"
        return f"(The language model {why}; showing the extractive answer.)"

    # --- follow-ups --------------------------------------------------------------------
    def rewrite_follow_up(self, question: str, history: list[str]) -> str:
        """'And what did the State reply?' -> a question that stands alone; the question itself on any error."""
        if not history:
            return question
        from llama_index.core.llms import ChatMessage

        try:
            prompt = render("follow_up", self.prompts_dir, question=question,
                            history="\n".join(f"- {h}" for h in history[-3:]))
            reply = _THINK.sub("", self.llm.chat([ChatMessage(role="user", content=prompt)]).message.content or "")
        except Exception:
            return question
        line = next((x.strip() for x in reply.splitlines() if x.strip()), "")
        line = re.sub(r"^(?:rewritten|standalone)?\s*question\s*:\s*", "", line, flags=re.I).strip(" \"'\u201c\u201d")
        return line if 0 < len(line) <= 2000 else question


def _dropped_note(n: int) -> str:
    if n == 1:
        return "(1 sentence of the generated answer was left out: the paragraphs it cited do not support it.)"
    return f"({n} sentences of the generated answer were left out: the paragraphs they cited do not support them.)" if n else ""


def _check_usable(draft: Draft, raw: str) -> None:
    if not raw.strip():
        raise _Unusable("(The language model returned an empty answer; showing the extractive answer.)")
    if draft.kept:
        return
    if raw.strip().lower().startswith("not found in these documents"):
        raise _Unusable("(The language model found no answer in the paragraphs; showing the extractive answer.)")
    raise _Unusable(f"(None of the language model's {draft.dropped} sentence(s) was supported by the paragraphs it "
                    "cited; showing the extractive answer.)")
