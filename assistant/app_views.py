"""The chat's views, pure: answers, paragraphs, add reports and recommendations in, escaped HTML (or table rows) out."""
from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from .records import AUTHOR_KINDS, Answer, Citation, Paragraph, voice_of

KINDS = {k: voice_of(k) for k in AUTHOR_KINDS}  # every author kind a document can have, in filter order
COLOURED = ("committee", "state", "ngo")
REC_HEADERS = ["para.", "topic", "follow-up requested", "State replies", "NGO paragraphs"]
_MARKER = re.compile(r"(\u201d )?\[(\d+)\]")  # [n] after a closing quote (extractive) or a sentence (generated)
CSS = """
.marker {display:inline; font-weight:600; font-size:.9em; color:var(--color-accent); cursor:help}
.cite-view b, .ctx b {font-weight:600}
.sources {margin-top:.6em; padding-top:.4em; border-top:1px solid var(--border-color-primary); font-size:.9em}
.note, .hint {font-size:.85em; opacity:.75}
.error, .failed {color:#b42318}
.voice {display:inline-block; padding:0 .45em; border-radius:.4em; font-size:.8em; font-weight:600; color:#fff}
.voice-committee {background:#2e5aac} .voice-state {background:#8a5a00} .voice-ngo {background:#2f7d4f} .voice-unknown {background:#666}
.cite-view mark, .ctx mark {background:#ffe58a; color:inherit; padding:0 .1em}
.cite-meta {font-size:.85em; opacity:.8; margin:.2em 0}
.cite-text {white-space:pre-wrap; line-height:1.5}
#ctx-box {position:relative; max-height:360px; overflow-y:auto; border:1px solid var(--border-color-primary); padding:.5em}
.ctx-p {margin:.4em 0; padding:.3em; white-space:pre-wrap} .ctx-p.cited {border-left:4px solid #e0a800; background:rgba(255,229,138,.15)}
.ctx-head {font-size:.8em; font-weight:600; opacity:.7; margin-top:.6em} .num {font-weight:600; margin-right:.3em}
.add-report div {white-space:pre-wrap; font-family:var(--font-mono); font-size:.85em}
.track {display:grid; grid-template-columns:1fr 1fr; gap:1em}
.track-col > div {max-height:480px; overflow-y:auto; border:1px solid var(--border-color-primary); padding:.5em; margin-bottom:.6em}
.track h4 {margin:.3em 0} .track-item {margin:.5em 0; padding-bottom:.4em; border-bottom:1px dashed var(--border-color-primary)}
"""


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
    kind = author_kind if author_kind in COLOURED else "unknown"  # colours for the three voices; another UN source is grey
    return f'<span class="voice voice-{kind}">{esc(voice_of(author_kind))}</span>'


def filter_note(symbols: Sequence[str] | None, kinds: Sequence[str] | None) -> str:
    """Which part of the corpus a question searches, in words: 'Searching: NGO documents; only FIDH-LOI-2018.'"""
    if not symbols and not kinds:
        return "Searching all documents."
    parts = []
    if kinds:
        parts.append(" and ".join(voice_of(k) for k in kinds) + " documents")
    if symbols:
        parts.append("only " + ", ".join(symbols))
    return "Searching: " + "; ".join(parts) + "."


def answer_html(text: str, citations: Sequence[Citation] = (), note: str = "", related: Sequence[Citation] = ()) -> str:
    """An answer (or a streamed part of one) as chat HTML: each [n] marker names its paragraph and speaker; after a
    'not found', the closest paragraphs, labelled as related (they do not answer)."""
    def marker(m: re.Match) -> str:
        n = int(m.group(2))
        if not 1 <= n <= len(citations):
            return m.group(0)
        c = citations[n - 1]
        before = "\u201d&nbsp;" if m.group(1) else ""
        return f'{before}<span class="marker" title="{esc(c.label)} ({esc(c.voice)})">[{n}]</span>'

    out = _MARKER.sub(marker, esc(text)).replace("\n", "<br>")
    if citations:
        rows = "".join(f"<div>[{i}] {esc(c.label)} {voice_badge(c.author_kind)}</div>" for i, c in enumerate(citations, 1))
        out += f'<div class="sources">{rows}<div class="hint">Open a source on the right to read the whole paragraph.</div></div>'
    if related:
        rows = "".join(f"<div>{esc(c.label)} {voice_badge(c.author_kind)}: {esc(c.text[:160])}…</div>" for c in related)
        out += f'<div class="sources related"><div class="hint">Closest paragraphs (related, they do not answer the question):</div>{rows}</div>'
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


# --- your own documents ---------------------------------------------------------------------------
def document_choices(documents: Sequence[dict]) -> list[tuple[str, str]]:
    """The 'Only these documents' filter: (shown label, citation id) for each indexed document."""
    return [(f"{d['cite_as']} ({voice_of(d['author_kind'])}): {d['title'][:60]}", d["cite_as"])
            for d in documents]


def kind_choices(documents: Sequence[dict]) -> list[tuple[str, str]]:
    """The 'Only these authors' filter: (shown label, author kind) for each kind the library holds, in AUTHOR_KINDS order.

    >>> kind_choices([{"author_kind": "state"}, {"author_kind": "other"}, {"author_kind": "state"}])
    [('State', 'state'), ('Other UN source', 'other')]
    """
    held = {d["author_kind"] for d in documents}
    return [(label, kind) for kind, label in KINDS.items() if kind in held]


def report_html(lines: Sequence[str]) -> str:
    """An add report (AddReport.lines()) as plain text, one line each; lines 'NOT added: ...' in red.

    >>> report_html(["added: a", "NOT added: <b>.txt: empty"])
    '<div class="add-report"><div>added: a</div><div class="failed">NOT added: &lt;b&gt;.txt: empty</div></div>'
    """
    failed = ' class="failed"'
    rows = "".join(f'<div{failed if line.startswith("NOT added") else ""}>{esc(line)}</div>' for line in lines)
    return f'<div class="add-report">{rows}</div>'


# --- recommendation tracker -----------------------------------------------------------------------
def recommendation_rows(rows: Sequence[dict]) -> list[list]:
    """Assistant.recommendations() as table rows, in REC_HEADERS order."""
    return [[r["paragraph"], r["topic"], "yes" if r["follow_up_requested"] else "", r["replies"] or "(none cites it)",
             r["n_ngo"]] for r in rows]


def _item(c: Citation, kind: str) -> str:
    when = f" · {esc(c.date)}" if c.date else ""
    path = f'<div class="cite-meta">{esc(" › ".join(c.headings))}</div>' if c.headings else ""
    return (f'<div class="track-item {kind}"><div>{voice_badge(c.author_kind)} <b>{esc(c.label)}</b>{when}</div>'
            f'{path}<div class="cite-text">{esc(c.text)}</div></div>')


def _section(kind: str, title: str, items: Sequence[Citation], empty: str, extra: str = "") -> str:
    body = "".join(_item(c, kind[:-1]) for c in items) or f'<div class="hint">{esc(empty)}</div>'
    return f'<div class="{kind}"><h4>{esc(title)}</h4>{body}{extra}</div>'


def track_html(t) -> str:
    """A Track side by side: left the Committee's recommendation and its concern, right the State's replies
    (oldest document first) and below them the NGO paragraphs found by retrieval."""
    notes = []
    if t.follow_up_requested:
        notes.append("The Committee asked for follow-up information on this recommendation.")
    if t.earlier:
        notes.append("It refers to " + ", ".join(f"{l.target_symbol}, para. {l.target}" for l in t.earlier)
                     + " (not in these documents).")
    left = (_section("track-recs", f"The Committee: {t.topic}" if t.topic else "The Committee", [t.recommendation], "",
                     "".join(f'<div class="note">{esc(n)}</div>' for n in notes))
            + _section("track-concerns", "The concern behind it", t.concerns, "No concern paragraph is paired with it."))
    right = (_section("track-replies", f"The State's replies ({len(t.replies)}, oldest first)", t.replies,
                      "No State paragraph says it answers this recommendation.")
             + _section("track-ngos", "NGO paragraphs on the subject: found by retrieval, not cited by them", t.ngo,
                        "No NGO paragraph is close enough to it."))
    return f'<div class="track"><div class="track-col">{left}</div><div class="track-col">{right}</div></div>'
