"""The Gradio chat, thin: talks only to Assistant. Event handlers here; escaped-HTML views in app_views.py."""
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .app_views import (CSS, REC_HEADERS, answer_html, answer_markdown, citation_html, context_html,  # noqa: F401
                        document_choices, error_html, esc, filter_note, highlight, kind_choices, neighbours, recommendation_rows,
                        report_html, stream_prefixes, track_html)
from .errors import AssistantError, need
from .ingest.formats import MAX_BYTES
from .records import Answer, Citation

EXAMPLES = [
    "What did the Committee recommend on trade unions?",
    "How many jobs are still closed to women?",
    "What do NGOs say about forced evictions?",
    "Is there a law against sexual harassment?",
]
EXPORT_AGE = 3600  # seconds a Markdown export is kept (Gradio copies it to its own cache when it is shown)
CACHE = (3600, 86400)  # Gradio's own cache (uploads, served exports): every hour, files older than a day go
MAX_FILES = 20  # per upload; each file at most MAX_BYTES (Gradio refuses larger ones: launch(max_file_size=...))
SCROLL_JS = """() => setTimeout(() => {
  const box = document.querySelector('#ctx-box'), el = document.querySelector('#ctx-cited');
  if (box && el) { box.scrollTop = el.offsetTop - (box.clientHeight - el.clientHeight) / 2; box.scrollIntoView({block: 'nearest'}); }
}, 100)"""
ADD_NOTE = (f"PDF, Word, HTML, Markdown or text; up to {MAX_FILES} files at once, {MAX_BYTES // 1_000_000} MB each. "
            "**Shared:** this server keeps one library; a document added here answers for everyone who uses it "
            "(others see it in *Only these documents* after reloading the page). Take one out with the `/remove` API "
            "(or `assistant remove ID`, then restart the chat).")
REC_NOTE = ("Each recommendation of the Committee with the State paragraphs that say they answer it (their own "
            "cross-references) and NGO paragraphs on the same subject, found by retrieval: NGOs cite no paragraph numbers. "
            "Pick a row, or a recommendation in the list.")


class SharedLock:
    """Questions share the Assistant; adding or removing a document (which reloads its index in place) has it alone."""

    def __init__(self):
        self._cond = threading.Condition()
        self._readers = self._waiting = 0
        self._writer = False

    @contextmanager
    def shared(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and not self._waiting)  # a waiting writer goes first
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self):
        with self._cond:
            self._waiting += 1
            self._cond.wait_for(lambda: not self._writer and not self._readers)
            self._waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


def user_error(where: str, e: Exception, gr=None):
    """A user's mistake is one line in the server log, not a traceback; with `gr`, the gr.Error to raise."""
    print(f"user error ({where}): {e}", file=sys.stderr, flush=True)
    return gr.Error(str(e), print_exception=False) if gr is not None else None


# --- the app: one Assistant per process, conversations in per-session gr.State ------------------
class Chat:
    """The event handlers. Each session's turns live in its own gr.State: {"turns": [(Answer, note) | None], ...}."""

    def __init__(self, bot, delay: float = 0.02, isolate: bool = True):
        self.bot = bot
        self.delay = delay
        self.isolate = isolate  # uploads are read, embedded and indexed in a child process (upload.py)
        self.lock = SharedLock()
        self.tmp = tempfile.mkdtemp(prefix="assistant-chat-")  # the Markdown exports; gone with the Chat or the process
        weakref.finalize(self, shutil.rmtree, self.tmp, ignore_errors=True)
        self._recs: dict = {}  # (index generation, symbol) -> bot.recommendations(symbol)

    def ask(self, question: str, symbols: list[str] | None = None, kinds: list[str] | None = None,
            history: list[str] | None = None) -> Answer:
        with self.lock.shared():
            return self.bot.ask(question, symbols=symbols or None, author_kinds=kinds or None, history=history or None)

    def stream(self, question: str, symbols: list[str] | None, kinds: list[str] | None,
               history: list[str] | None) -> Iterator[str | Answer]:
        """bot.stream: text chunks (from the model, or the extractive answer line by line), then the Answer.
        The lock is held while a chunk is made, never across a yield: a closed tab cannot leave it taken."""
        chunks = self.bot.stream(question, history=history or None, symbols=symbols or None, author_kinds=kinds or None)
        while True:
            with self.lock.shared():
                item = next(chunks, None)
            if item is None:
                return
            yield item

    def respond(self, question: str, symbols: list[str], kinds: list[str], messages: list, state: dict):
        """Streams the answer into the chat as it comes; then the Answer with its citations replaces what was shown
        (it may differ: a model's reply that failed verification falls back to the extractive answer with a note)."""
        asked = [*(messages or []), {"role": "user", "content": esc(question) or "<i>(empty question)</i>"}]
        history = [t[0].question for t in state["turns"] if t]
        note, shown, typed = filter_note(symbols, kinds), "", self.bot.generator is None
        try:
            for item in self.stream(question, symbols, kinds, history):
                if isinstance(item, Answer):
                    break
                for part in stream_prefixes(item) if typed else [item]:  # extractive lines are typed out
                    yield "", [*asked, {"role": "assistant", "content": answer_html(shown + part)}], state
                    time.sleep(self.delay)
                shown += item
            else:
                raise RuntimeError("the answer stream ended without an answer")
        except Exception as e:  # noqa: BLE001 - the user gets a message, the server keeps serving
            if not isinstance(e, AssistantError):
                traceback.print_exc()
            else:
                user_error("chat", e)
            state["turns"].append(None)
            why = str(e) if isinstance(e, AssistantError) else f"Something went wrong ({type(e).__name__}: {e}). Try again."
            yield "", [*asked, {"role": "assistant", "content": error_html(why)}], state
            return
        state["turns"].append((item, note))
        yield "", [*asked, {"role": "assistant", "content": answer_html(item.text, item.citations, note, item.related)}], state

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
        self._prune_exports()
        with tempfile.NamedTemporaryFile("w", suffix=".md", prefix="answer-", dir=self.tmp, delete=False, encoding="utf-8") as f:
            f.write(md)
        return state, gr.update(choices=choices, value="0" if choices else None), viewer, "", md, f.name

    def _prune_exports(self) -> None:
        """A server that runs for months keeps an hour of exports, not one file per answer ever shown."""
        now = time.time()
        for f in Path(self.tmp).glob("answer-*.md"):
            try:
                if now - f.stat().st_mtime > EXPORT_AGE:
                    f.unlink()
            except OSError:  # another session's prune took it first
                pass

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
        with self.lock.shared():
            return context_html(neighbours(self.bot.paragraphs, c.symbol, c.paragraph), c)

    def _citation(self, state: dict, n) -> Citation | None:
        turns, t = state["turns"], state.get("shown")
        t = len(turns) - 1 if t is None else t  # a client that asked through /chat: its latest answer
        entry = turns[t] if t is not None and 0 <= t < len(turns) else None
        if entry is None or n is None or not 0 <= int(n) < len(entry[0].citations):
            return None
        return entry[0].citations[int(n)]

    # --- your own documents: one library per index, shared by every user of this process ----------------
    def add_files(self, files: list | None):
        """Adds uploaded files (Gradio's copies in its own temp folder; Assistant.add stores each text under a
        sanitized id) and returns the report, the new document choices, an emptied upload box, and the author kinds
        the library now holds."""
        import gradio as gr

        paths = [f if isinstance(f, str) else getattr(f, "name", str(f)) for f in files or []]
        if not paths:
            return report_html(["Choose one or more files first."]), gr.update(), gr.update(), gr.update()
        if len(paths) > MAX_FILES:
            return (report_html([f"NOT added: {len(paths)} files at once; the limit is {MAX_FILES}. Add them in smaller batches."]),
                    gr.update(), gr.update(), gr.update())
        sources = {p: "upload:" + Path(p).name for p in paths}  # the same file name again replaces, as `assistant add` does
        try:
            if self.isolate:  # questions go on meanwhile; only the swap to the new index waits for them
                from .upload import add_in_child

                lines = add_in_child(self.bot, paths, sources)
                self.bot.reload(self.lock.exclusive())
            else:
                with self.lock.exclusive():
                    lines = self.bot.add(paths, sources=sources).lines()
            choices, kinds = document_choices(self.bot.index.documents), kind_choices(self.bot.index.documents)
        except Exception as e:  # noqa: BLE001 - the user gets a message, the server keeps serving
            if not isinstance(e, AssistantError):
                traceback.print_exc()
                e = (f"the index could not be rebuilt ({type(e).__name__}: {e}); the chat still answers from the documents "
                     "it had. Files already stored in the library can be taken out with the /remove API.")
            else:
                user_error("upload", e)
            return report_html([f"NOT added: {e}"]), gr.update(), gr.update(), gr.update()
        return report_html(lines), gr.update(choices=choices), None, gr.update(choices=kinds)

    def api_remove(self, document: str) -> str:
        """Take an added document out of this server's shared library (by its id or symbol); returns its id."""
        import gradio as gr

        try:
            with self.lock.exclusive():
                return self.bot.remove(document)
        except AssistantError as e:
            raise user_error("/remove", e, gr) from None

    # --- recommendation tracker --------------------------------------------------------------------
    def committees(self) -> list[str]:
        return [d["cite_as"] for d in self.bot.index.documents if d["author_kind"] == "committee"]

    def recommendations(self, symbol: str | None) -> list[dict]:
        with self.lock.shared():
            key = (str(self.bot.index.gen), symbol)
            if key not in self._recs:
                self._recs = {key: self.bot.recommendations(symbol or None)}  # ~1 s; kept until the index changes
            return self._recs[key]

    def show_recommendations(self, symbol: str | None):
        """The table and the list of recommendations of one concluding-observations document; nothing picked yet."""
        import gradio as gr

        rows = self.recommendations(symbol) if self.committees() else []
        choices = [(f"para. {r['paragraph']}: {r['topic']}", r["paragraph"]) for r in rows]
        hint = '<div class="hint">Pick a recommendation to see it beside its replies.</div>'
        return {"data": recommendation_rows(rows), "headers": REC_HEADERS}, gr.update(choices=choices, value=None), hint

    def show_track(self, symbol: str | None, paragraph: str | None) -> str:
        if not paragraph:
            return '<div class="hint">Pick a recommendation to see it beside its replies.</div>'
        try:
            with self.lock.shared():
                return track_html(self.bot.track(symbol or self.committees()[0], paragraph))
        except (AssistantError, IndexError) as e:
            return error_html(str(e) or "No concluding observations in these documents.")

    def api_track(self, symbol: str, paragraph: str) -> dict:
        """A recommendation: its text, its concern, the State's replies, NGO paragraphs found by retrieval (Track.to_dict)."""
        import gradio as gr

        try:
            with self.lock.shared():
                return self.bot.track(symbol, paragraph).to_dict()
        except AssistantError as e:
            raise user_error("/track", e, gr) from None

    def api_recommendations(self, symbol: str | None = None) -> list[dict]:
        """One row per recommendation: paragraph, topic, replied, replies (compact), n_replies, n_ngo, follow_up_requested."""
        return self.recommendations(symbol)

    # --- data endpoints for gradio_client -------------------------------------------------
    def api_ask(self, question: str, documents: list[str] | None = None, authors: list[str] | None = None,
                history: list[str] | None = None) -> dict:
        """Answer a question; returns the answer with its citations (text, quote, label, voice, headings...)."""
        import gradio as gr

        try:
            return self.ask(question, documents, authors, history).to_dict()
        except AssistantError as e:
            raise user_error("/ask", e, gr) from None

    def api_context(self, symbol: str, paragraph: str, around: int = 4) -> list[dict]:
        """The paragraph with its neighbours in document order (each: symbol, paragraph, headings, text, cited)."""
        with self.lock.shared():
            paras = neighbours(self.bot.paragraphs, symbol, paragraph, around)
        return [{"symbol": p.symbol, "paragraph": p.paragraph, "headings": list(p.headings), "text": p.text,
                 "cited": p.paragraph == paragraph} for p in paras]


def build(bot):
    """The Blocks app around one loaded Assistant."""
    gr = need("gradio", "'treaty-assistant[chat]'")
    chat = Chat(bot)
    with gr.Blocks(title="Treaty assistant", delete_cache=CACHE) as demo:
        state = gr.State({"turns": [], "shown": None, "open": None})
        gr.Markdown("### Treaty assistant\nAnswers quote the documents verbatim and cite their own paragraph numbers. Offline; nothing leaves this machine.")
        with gr.Tab("Chat", elem_id="tab-chat"):
            with gr.Row():
                with gr.Column(scale=3):
                    bot_view = gr.Chatbot(label="Chat", height=520, render_markdown=False, sanitize_html=True, buttons=[],
                                          latex_delimiters=[], feedback_options=None, elem_id="chat",
                                          examples=[{"text": q} for q in EXAMPLES],
                                          placeholder="Ask a question about the indexed documents, or start from an example.")
                    with gr.Row():
                        box = gr.Textbox(show_label=False, placeholder="Ask a question, or a follow-up...", scale=5, elem_id="question")
                        send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                    note = gr.Markdown(filter_note(None, None), elem_id="filter-note")
                    with gr.Accordion("Narrow the search", open=False):
                        symbols = gr.Dropdown(document_choices(bot.index.documents), multiselect=True,
                                              label="Only these documents", elem_id="filter-docs")
                        kinds = gr.CheckboxGroup(kind_choices(bot.index.documents), label="Only these authors", elem_id="filter-kinds")
                    with gr.Accordion("Add your documents (shared with every user of this server)", open=False, elem_id="add-docs"):
                        gr.Markdown(ADD_NOTE)
                        files = gr.File(file_count="multiple", type="filepath", label="Files", elem_id="upload")
                        add = gr.Button("Add to the library", size="sm", elem_id="add")
                        report = gr.HTML("", elem_id="add-report")
                    new = gr.Button("New chat", size="sm")
                with gr.Column(scale=2):
                    picker = gr.Radio([], label="Sources of the selected answer", elem_id="sources")
                    viewer = gr.HTML('<div class="hint">Ask a question; its sources appear here. Click an answer to see its sources.</div>', elem_id="citation")
                    in_doc = gr.Button("Show in its document", size="sm", elem_id="show-in-doc")
                    context = gr.HTML("", elem_id="context")
                    with gr.Accordion("Copy or download this answer (Markdown)", open=False):
                        md = gr.Textbox(show_label=True, label="Answer with citations", lines=6, buttons=["copy"], interactive=False, elem_id="export")
                        download = gr.DownloadButton("Download .md", size="sm", elem_id="download")
        with gr.Tab("Recommendations", elem_id="tab-recs") as recs_tab:
            gr.Markdown(REC_NOTE)
            committees = chat.committees()
            with gr.Row():
                rec_symbol = gr.Dropdown(committees, value=committees[0] if committees else None, label="Concluding observations",
                                         elem_id="rec-symbol", scale=1)
                rec_para = gr.Dropdown([], label="Recommendation", elem_id="rec-para", scale=2)
            table = gr.Dataframe(headers=REC_HEADERS, interactive=False, wrap=True, max_height=360, elem_id="rec-table")
            rec_view = gr.HTML('<div class="hint">Pick a recommendation to see it beside its replies.</div>', elem_id="rec-view")
        panel = [state, picker, viewer, context, md, download]
        private = {"api_visibility": "private"}

        def example(evt: gr.SelectData) -> str:
            return evt.value["text"]

        def select_message(state: dict, evt: gr.SelectData):
            i = evt.index if isinstance(evt.index, int) else evt.index[0]
            return chat.sources(state, i // 2)  # every turn adds two messages: the question and its answer

        def select_row(evt: gr.SelectData) -> str:
            return str(evt.row_value[0])  # the row's para.; the dropdown's change shows it

        asking = dict(fn=chat.respond, inputs=[box, symbols, kinds, bot_view, state], outputs=[box, bot_view, state])
        send.click(**asking, api_name="chat").then(chat.sources, [state], panel, **private)
        box.submit(**asking, **private).then(chat.sources, [state], panel, **private)
        bot_view.example_select(example, None, box, **private).then(**asking, **private).then(chat.sources, [state], panel, **private)
        bot_view.select(select_message, [state], panel, **private)
        picker.input(chat.open_citation, [picker, state], [state, viewer, context], **private)
        in_doc.click(chat.show_in_document, [state], context, **private).then(None, js=SCROLL_JS)
        for f in (symbols, kinds):
            f.change(filter_note, [symbols, kinds], note, **private)
        add.click(chat.add_files, [files], [report, symbols, files, kinds], concurrency_limit=1, **private)
        recs_tab.select(chat.show_recommendations, [rec_symbol], [table, rec_para, rec_view], **private)
        rec_symbol.input(chat.show_recommendations, [rec_symbol], [table, rec_para, rec_view], **private)
        table.select(select_row, None, rec_para, **private)
        rec_para.change(chat.show_track, [rec_symbol, rec_para], rec_view, **private)

        def reset():
            return [], {"turns": [], "shown": None, "open": None}, gr.update(choices=[], value=None), "", "", "", None

        new.click(reset, None, [bot_view, *panel], **private)
        bot_view.clear(reset, None, [bot_view, *panel], **private)
        gr.api(chat.api_ask, api_name="ask")
        gr.api(chat.api_context, api_name="context")
        gr.api(chat.api_track, api_name="track")
        gr.api(chat.api_recommendations, api_name="recommendations")
        gr.api(chat.api_remove, api_name="remove")
    return demo


def serve(bot, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Builds the app and serves it until interrupted: Ctrl-C, or SIGTERM (a service manager's stop, a container's),
    which exits as Ctrl-C does, so the chat's folder of exports is removed on the way out."""
    try:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    except ValueError:  # not the main thread (a test, an embedding program): its own signals are its business
        pass
    demo = build(bot)
    demo.queue(default_concurrency_limit=8, max_size=64)
    gr = need("gradio", "'treaty-assistant[chat]'")
    theme = gr.themes.Default(font=["ui-sans-serif", "system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    demo.launch(server_name=host, server_port=port, theme=theme, css=CSS, ssr_mode=False, show_error=True,
                footer_links=["api"], max_file_size=MAX_BYTES)
