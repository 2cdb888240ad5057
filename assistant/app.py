"""The Gradio chat, thin: talks only to Assistant; pure helpers turn answers and paragraphs into escaped HTML."""
import html
import re
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator, Sequence

from .errors import AssistantError, need
from .records import Answer, Citation, Paragraph

EXAMPLES = [
    "What did the Committee recommend on trade unions?",
    "How many jobs are still closed to women?",
    "What do NGOs say about forced evictions?",
    "Is there a law against sexual harassment?",
]
KINDS = {"committee": "Committee", "state": "State", "ngo": "NGO"}
_MARKER = re.compile(r"\u201d \[(\d+)\]")  # the [n] after each closing quote of an answer
CSS = """
.marker {display:inline; font-weight:600; font-size:.9em; color:var(--color-accent); cursor:help}
.cite-view b, .ctx b {font-weight:600}
.sources {margin-top:.6em; padding-top:.4em; border-top:1px solid var(--border-color-primary); font-size:.9em}
.note, .hint {font-size:.85em; opacity:.75}
.error {color:#b42318}
.voice {display:inline-block; padding:0 .45em; border-radius:.4em; font-size:.8em; font-weight:600; color:#fff}
.voice-committee {background:#2e5aac} .voice-state {background:#8a5a00} .voice-ngo {background:#2f7d4f} .voice-unknown {background:#666}
.cite-view mark, .ctx mark {background:#ffe58a; color:inherit; padding:0 .1em}
.cite-meta {font-size:.85em; opacity:.8; margin:.2em 0}
.cite-text {white-space:pre-wrap; line-height:1.5}
#ctx-box {position:relative; max-height:360px; overflow-y:auto; border:1px solid var(--border-color-primary); padding:.5em}
.ctx-p {margin:.4em 0; padding:.3em; white-space:pre-wrap} .ctx-p.cited {border-left:4px solid #e0a800; background:rgba(255,229,138,.15)}
.ctx-head {font-size:.8em; font-weight:600; opacity:.7; margin-top:.6em} .num {font-weight:600; margin-right:.3em}
"""
SCROLL_JS = """() => setTimeout(() => {
  const box = document.querySelector('#ctx-box'), el = document.querySelector('#ctx-cited');
  if (box && el) { box.scrollTop = el.offsetTop - (box.clientHeight - el.clientHeight) / 2; box.scrollIntoView({block: 'nearest'}); }
}, 100)"""


# --- pure helpers: text in, escaped HTML out ---------------------------------------------------
def esc(text: str) -> str:
    """'<b>' -> '&lt;b&gt;': every piece of question or document text goes through here."""
    return html.escape(text or "", quote=True)


def highlight(text: str, quote: str) -> str:
    """The escaped paragraph with its first exact occurrence of `quote` in <mark>.

    >>> highlight("A <b> B. C.", "C.")
    'A &lt;b&gt; B. <mark>C.</mark>'
    """
    i = text.find(quote) if quote else -1
    if i < 0:
        return esc(text)
    return f"{esc(text[:i])}<mark>{esc(quote)}</mark>{esc(text[i + len(quote):])}"


def voice_badge(author_kind: str) -> str:
    kind = author_kind if author_kind in KINDS else "unknown"
    return f'<span class="voice voice-{kind}">{esc(KINDS.get(kind, "Unknown author"))}</span>'


def filter_note(symbols: Sequence[str] | None, kinds: Sequence[str] | None) -> str:
    """Which part of the corpus a question searches, in words: 'Searching: NGO documents; only FIDH-LOI-2018.'"""
    if not symbols and not kinds:
        return "Searching all documents."
    parts = []
    if kinds:
        parts.append(" and ".join(KINDS.get(k, k) for k in kinds) + " documents")
    if symbols:
        parts.append("only " + ", ".join(symbols))
    return "Searching: " + "; ".join(parts) + "."


def answer_html(text: str, citations: Sequence[Citation] = (), note: str = "") -> str:
    """An answer (or a streamed part of one) as chat HTML: each [n] marker names its paragraph and speaker."""
    def marker(m: re.Match) -> str:
        n = int(m.group(1))
        if not 1 <= n <= len(citations):
            return m.group(0)
        c = citations[n - 1]
        return f'\u201d&nbsp;<span class="marker" title="{esc(c.label)} ({esc(c.voice)})">[{n}]</span>'

    out = _MARKER.sub(marker, esc(text)).replace("\n", "<br>")
    if citations:
        rows = "".join(f"<div>[{i}] {esc(c.label)} {voice_badge(c.author_kind)}</div>" for i, c in enumerate(citations, 1))
        out += f'<div class="sources">{rows}<div class="hint">Open a source on the right to read the whole paragraph.</div></div>'
    if note and note != filter_note(None, None):
        out += f'<div class="note">{esc(note)}</div>'
    return out


def stream_prefixes(text: str, words: int = 3) -> Iterator[str]:
    """Growing prefixes of `text`, `words` words at a time, ending with the whole text.

    >>> list(stream_prefixes("a b c d", 2))
    ['a b ', 'a b c d']
    """
    tokens = re.findall(r"\S+\s*", text)
    for i in range(words, len(tokens) + words, words):
        yield "".join(tokens[:i]) if i < len(tokens) else text


def citation_html(c: Citation, n: int | None = None) -> str:
    """One opened citation: who and where, the title and date, the heading path, the paragraph with its quote marked."""
    head = f"[{n}] " if n else ""
    meta = esc(c.title) + (f" · {esc(c.date)}" if c.date else "")
    path = f'<div class="cite-meta">{esc(" › ".join(c.headings))}</div>' if c.headings else ""
    return (f'<div class="cite-view"><div>{voice_badge(c.author_kind)} <b>{head}{esc(c.label)}</b></div>'
            f'<div class="cite-meta">{meta}</div>{path}<p class="cite-text">{highlight(c.text, c.quote)}</p></div>')


def neighbours(paragraphs: Sequence[Paragraph], symbol: str, paragraph: str, around: int = 4) -> list[Paragraph]:
    """The cited paragraph with up to `around` paragraphs of the same document before and after, in document order."""
    doc = sorted((p for p in paragraphs if p.symbol == symbol), key=lambda p: p.order)
    i = next((i for i, p in enumerate(doc) if p.paragraph == paragraph), None)
    return [] if i is None else doc[max(0, i - around): i + around + 1]


def context_html(paras: Sequence[Paragraph], c: Citation) -> str:
    """The paragraph in its document: neighbours in order, headings where they change, the cited one marked (#ctx-cited)."""
    rows, last = [], None
    for p in paras:
        if p.headings and p.headings != last:
            rows.append(f'<div class="ctx-head">{esc(" › ".join(p.headings))}</div>')
        last = p.headings
        if p.key == (c.symbol, c.paragraph):
            rows.append(f'<div class="ctx-p cited" id="ctx-cited"><span class="num">{esc(p.ref)}</span>{highlight(p.text, c.quote)}</div>')
        else:
            rows.append(f'<div class="ctx-p"><span class="num">{esc(p.ref)}</span>{esc(p.text)}</div>')
    title = f"<b>{esc(c.symbol)}</b> · {esc(c.title)}" + (f" · {esc(c.date)}" if c.date else "")
    return f'<div class="cite-meta">{title}</div><div id="ctx-box" class="ctx">{"".join(rows)}</div>'


def answer_markdown(ans: Answer, note: str = "") -> str:
    """What the Copy and Download buttons give: the question, the answer, every citation in full."""
    extra = f"\n_{note}_\n" if note and note != filter_note(None, None) else ""
    return f"**Question:** {ans.question}\n\n{ans.to_markdown()}{extra}"


def error_html(message: str) -> str:
    return f'<div class="error">{esc(message)}</div>'


# --- the app: one Assistant per process, conversations in per-session gr.State ------------------
class Chat:
    """The event handlers. Each session's turns live in its own gr.State: {"turns": [(Answer, note) | None], ...}."""

    def __init__(self, bot, delay: float = 0.02):
        self.bot = bot
        self.delay = delay
        self.lock = threading.Lock()  # one ask at a time on the shared index (each takes ~10 ms)
        self.tmp = tempfile.mkdtemp(prefix="assistant-chat-")

    def ask(self, question: str, symbols: list[str] | None = None, kinds: list[str] | None = None,
            history: list[str] | None = None) -> Answer:
        with self.lock:
            return self.bot.ask(question, symbols=symbols or None, author_kinds=kinds or None, history=history or None)

    def respond(self, question: str, symbols: list[str], kinds: list[str], messages: list, state: dict):
        """Streams the answer into the chat, a few words at a time; errors become a message in the chat."""
        asked = [*(messages or []), {"role": "user", "content": esc(question) or "<i>(empty question)</i>"}]
        history = [t[0].question for t in state["turns"] if t]
        note = filter_note(symbols, kinds)
        try:
            ans = self.ask(question, symbols, kinds, history)
        except Exception as e:  # noqa: BLE001 - the user gets a message, the server keeps serving
            if not isinstance(e, AssistantError):
                traceback.print_exc()
            state["turns"].append(None)
            why = str(e) if isinstance(e, AssistantError) else f"Something went wrong ({type(e).__name__}: {e}). Try again."
            yield "", [*asked, {"role": "assistant", "content": error_html(why)}], state
            return
        state["turns"].append((ans, note))
        for part in stream_prefixes(ans.text):
            yield "", [*asked, {"role": "assistant", "content": answer_html(part)}], state
            time.sleep(self.delay)
        yield "", [*asked, {"role": "assistant", "content": answer_html(ans.text, ans.citations, note)}], state

    def sources(self, state: dict, turn: int | None = None):
        """The sources panel for one turn (default: the latest): the list, citation [1] opened, the Markdown export."""
        import gradio as gr

        turns = state["turns"]
        turn = len(turns) - 1 if turn is None else turn
        entry = turns[turn] if 0 <= turn < len(turns) else None
        state["shown"], state["open"] = turn, 0
        if entry is None:
            return state, gr.update(choices=[], value=None), '<div class="hint">No sources for this message.</div>', "", "", None
        ans, note = entry
        choices = [(f"[{i}] {c.label} ({c.voice})", str(i - 1)) for i, c in enumerate(ans.citations, 1)]
        viewer = citation_html(ans.citations[0], 1) if ans.citations else f'<div class="hint">{esc(ans.text)}</div>'
        md = answer_markdown(ans, note)
        with tempfile.NamedTemporaryFile("w", suffix=".md", prefix="answer-", dir=self.tmp, delete=False, encoding="utf-8") as f:
            f.write(md)
        return state, gr.update(choices=choices, value="0" if choices else None), viewer, "", md, f.name

    def open_citation(self, choice: str | None, state: dict):
        c = self._citation(state, choice)
        if c is None:
            return state, '<div class="hint">Pick a source.</div>', ""
        state["open"] = int(choice)
        return state, citation_html(c, int(choice) + 1), ""

    def show_in_document(self, state: dict) -> str:
        c = self._citation(state, state.get("open") or 0)
        if c is None:
            return '<div class="hint">Open a source first.</div>'
        return context_html(neighbours(self.bot.paragraphs, c.symbol, c.paragraph), c)

    def _citation(self, state: dict, n) -> Citation | None:
        turns, t = state["turns"], state.get("shown")
        t = len(turns) - 1 if t is None else t  # a client that asked through /chat: its latest answer
        entry = turns[t] if t is not None and 0 <= t < len(turns) else None
        if entry is None or n is None or not 0 <= int(n) < len(entry[0].citations):
            return None
        return entry[0].citations[int(n)]

    # --- data endpoints for gradio_client -------------------------------------------------
    def api_ask(self, question: str, documents: list[str] | None = None, authors: list[str] | None = None,
                history: list[str] | None = None) -> dict:
        """Answer a question; returns the answer with its citations (text, quote, label, voice, headings...)."""
        import gradio as gr

        try:
            return self.ask(question, documents, authors, history).to_dict()
        except AssistantError as e:
            raise gr.Error(str(e)) from None

    def api_context(self, symbol: str, paragraph: str, around: int = 4) -> list[dict]:
        """The paragraph with its neighbours in document order (each: symbol, paragraph, headings, text, cited)."""
        return [{"symbol": p.symbol, "paragraph": p.paragraph, "headings": list(p.headings), "text": p.text,
                 "cited": p.paragraph == paragraph} for p in neighbours(self.bot.paragraphs, symbol, paragraph, around)]


def build(bot):
    """The Blocks app around one loaded Assistant."""
    gr = need("gradio", "'treaty-assistant[chat]'")
    chat = Chat(bot)
    docs = [(f"{d['cite_as']} ({KINDS.get(d['author_kind'], d['author_kind'])}): {d['title'][:60]}", d["cite_as"]) for d in bot.index.documents]
    with gr.Blocks(title="Treaty assistant") as demo:
        state = gr.State({"turns": [], "shown": None, "open": None})
        gr.Markdown("### Treaty assistant\nAnswers quote the documents verbatim and cite their own paragraph numbers. Offline; nothing leaves this machine.")
        with gr.Row():
            with gr.Column(scale=3):
                bot_view = gr.Chatbot(label="Chat", height=520, render_markdown=False, sanitize_html=True, buttons=[],
                                      latex_delimiters=[], feedback_options=None, elem_id="chat",
                                      examples=[{"text": q} for q in EXAMPLES],
                                      placeholder="Ask about the Kazakhstan CESCR documents, or start from an example.")
                with gr.Row():
                    box = gr.Textbox(show_label=False, placeholder="Ask a question, or a follow-up...", scale=5, elem_id="question")
                    send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                note = gr.Markdown(filter_note(None, None), elem_id="filter-note")
                with gr.Accordion("Narrow the search", open=False):
                    symbols = gr.Dropdown(docs, multiselect=True, label="Only these documents", elem_id="filter-docs")
                    kinds = gr.CheckboxGroup([(v, k) for k, v in KINDS.items()], label="Only these authors", elem_id="filter-kinds")
                new = gr.Button("New chat", size="sm")
            with gr.Column(scale=2):
                picker = gr.Radio([], label="Sources of the selected answer", elem_id="sources")
                viewer = gr.HTML('<div class="hint">Ask a question; its sources appear here. Click an answer to see its sources.</div>', elem_id="citation")
                in_doc = gr.Button("Show in its document", size="sm", elem_id="show-in-doc")
                context = gr.HTML("", elem_id="context")
                with gr.Accordion("Copy or download this answer (Markdown)", open=False):
                    md = gr.Textbox(show_label=True, label="Answer with citations", lines=6, buttons=["copy"], interactive=False, elem_id="export")
                    download = gr.DownloadButton("Download .md", size="sm", elem_id="download")
        panel = [state, picker, viewer, context, md, download]

        def example(evt: gr.SelectData) -> str:
            return evt.value["text"]

        def select_message(state: dict, evt: gr.SelectData):
            i = evt.index if isinstance(evt.index, int) else evt.index[0]
            return chat.sources(state, i // 2)  # every turn adds two messages: the question and its answer

        send.click(chat.respond, [box, symbols, kinds, bot_view, state], [box, bot_view, state], api_name="chat"
                   ).then(chat.sources, [state], panel, api_visibility="private")
        box.submit(chat.respond, [box, symbols, kinds, bot_view, state], [box, bot_view, state], api_visibility="private"
                   ).then(chat.sources, [state], panel, api_visibility="private")
        bot_view.example_select(example, None, box, api_visibility="private").then(
            chat.respond, [box, symbols, kinds, bot_view, state], [box, bot_view, state], api_visibility="private"
        ).then(chat.sources, [state], panel, api_visibility="private")
        bot_view.select(select_message, [state], panel, api_visibility="private")
        picker.input(chat.open_citation, [picker, state], [state, viewer, context], api_visibility="private")
        in_doc.click(chat.show_in_document, [state], context, api_visibility="private").then(None, js=SCROLL_JS)
        for f in (symbols, kinds):
            f.change(filter_note, [symbols, kinds], note, api_visibility="private")
        def reset():
            return [], {"turns": [], "shown": None, "open": None}, gr.update(choices=[], value=None), "", "", "", None

        new.click(reset, None, [bot_view, *panel], api_visibility="private")
        bot_view.clear(reset, None, [bot_view, *panel], api_visibility="private")
        gr.api(chat.api_ask, api_name="ask")
        gr.api(chat.api_context, api_name="context")
    return demo


def serve(bot, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Builds the app and serves it until interrupted."""
    demo = build(bot)
    demo.queue(default_concurrency_limit=8, max_size=64)
    gr = need("gradio", "'treaty-assistant[chat]'")
    theme = gr.themes.Default(font=["ui-sans-serif", "system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    demo.launch(server_name=host, server_port=port, theme=theme, css=CSS, ssr_mode=False, show_error=True, footer_links=["api"])
