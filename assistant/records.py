"""The records that travel through every stage: Document, Paragraph, Citation, Answer."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

VOICES = {"committee": "Committee", "state": "State", "ngo": "NGO", "other": "Other UN source"}
AUTHOR_KINDS = ("committee", "state", "ngo", "other", "unknown")  # 'other': a UPR working group, a special rapporteur


def voice_of(author_kind: str) -> str:
    """'committee' -> 'Committee': who is speaking, for a reader."""
    return VOICES.get(author_kind, "Unknown author")


def ref_of(label: str) -> str:
    """'23' -> 'para. 23'; 'issue 1, rec. 2' stays as it is."""
    return f"para. {label}" if label[:1].isdigit() else label


@dataclass(frozen=True)
class Document:
    """One source document and what the catalog says about it.

    `symbol` is the UN symbol when the document has one; `cite_as` is what a
    citation prints (the symbol, or a stable short id for documents without one).
    """

    doc_id: str
    cite_as: str
    title: str
    author_kind: str  # one of AUTHOR_KINDS
    author: str
    date: str
    language: str
    text: str = field(repr=False)
    symbol: str | None = None
    path: str = ""
    note: str = ""
    kind: str = ""  # "concluding observations", "list of issues", "state report", "summary record", ...
    body: str = ""  # "CESCR", "CCPR", ..., "UPR"
    country: str = ""
    aliases: tuple[str, ...] = ()  # words a question may use to name this document ("the follow-up", "FIDH")

    @property
    def voice(self) -> str:
        """Who is speaking, for a reader: 'Committee', 'State', 'NGO'."""
        return voice_of(self.author_kind)

    def meta(self) -> dict:
        d = asdict(self)
        d.pop("text")
        return d


@dataclass(frozen=True)
class Paragraph:
    """One citable unit, numbered as its document numbers it.

    >>> Paragraph("co2", "E/C.12/KAZ/CO/2", "11 (b)", "The Committee ...", ("C. ...",), 12).ref
    'para. 11 (b)'
    """

    doc_id: str
    symbol: str  # the document's cite_as
    paragraph: str  # "23", "11 (b)", "issue 1, para. 2", "sec. IV, rec. 1"
    text: str
    headings: tuple[str, ...] = ()
    order: int = 0
    kind: str = "paragraph"  # "paragraph" | "subparagraph" | "recommendation"
    parent: str | None = None  # "11" for "11 (b)"

    @property
    def ref(self) -> str:
        return ref_of(self.paragraph)

    @property
    def citation(self) -> str:
        """'E/C.12/KAZ/CO/2, para. 23'"""
        return f"{self.symbol}, {self.ref}"

    @property
    def heading_path(self) -> str:
        return " > ".join(self.headings)

    @property
    def key(self) -> tuple[str, str]:
        return (self.symbol, self.paragraph)


@dataclass(frozen=True)
class Citation:
    """A cited paragraph: where it is, its exact text, and the sentence(s) that support the answer."""

    symbol: str
    paragraph: str
    text: str
    quote: str
    score: float
    author_kind: str
    headings: tuple[str, ...] = ()
    title: str = ""
    date: str = ""
    doc_id: str = ""

    @property
    def ref(self) -> str:
        return ref_of(self.paragraph)

    @property
    def label(self) -> str:
        """'E/C.12/KAZ/CO/2, para. 23'"""
        return f"{self.symbol}, {self.ref}"

    @property
    def voice(self) -> str:
        return voice_of(self.author_kind)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["headings"] = list(self.headings)
        d["label"] = self.label
        d["voice"] = self.voice
        return d


@dataclass(frozen=True)
class Answer:
    """What `Assistant.ask` returns: text with [n] markers, and the citations behind them, best first."""

    question: str
    text: str
    citations: tuple[Citation, ...] = ()
    abstained: bool = False
    seconds: float = 0.0
    related: tuple[Citation, ...] = ()  # when abstaining: the closest paragraphs, which do not answer
    evidence: dict = field(default_factory=dict, compare=False)  # why it answered or abstained (answer.Composer.features)

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "text": self.text,
            "abstained": self.abstained,
            "seconds": round(self.seconds, 4),
            "citations": [c.to_dict() for c in self.citations],
            "related": [c.to_dict() for c in self.related],
            "evidence": self.evidence,
        }

    def to_markdown(self) -> str:
        """The answer with every citation written out in full, ready to paste into a report."""
        lines = [self.text, ""]
        for i, c in enumerate(self.citations, 1):
            lines.append(f"[{i}] {c.label} ({c.voice}, {c.date}): \u201c{c.quote}\u201d")
        return "\n".join(lines).strip() + "\n"
