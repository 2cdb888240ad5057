"""Page furniture -> removed: running headers and footers, job numbers, "Distr." blocks, page-end footnotes. Pure.

A PDF transcript keeps what each printed page carries besides the text: the symbol and "page N" at the top,
"GE.19-12345" and the page number at the bottom, footnotes above the footer. `clean` drops those lines so
that a paragraph cut by a page break reads on as one:

>>> clean("3. The Committee is\\nE/C.12/MUS/CO/5\\nGE.19-05612\\n7\\nconcerned.")
['3. The Committee is', 'concerned.']
>>> clean("so that.\\n6 See A/HRC/39/7, para. 4.\\nGE.19-05612\\nnext page")
['so that.', 'next page']
>>> clean("(b) Law on Combating Human Trafficking, in 2011.\\nAdopted by the Committee at its sixty-sixth session (13 February-3 March 2017).")
['(b) Law on Combating Human Trafficking, in 2011.']
>>> clean("26. Reports before it:\\nDenmark\\nFifth periodic\\nCAT/C/81/Add.2\\nJapan\\nInitial\\nCAT/C/JPN/1\\nPoland\\nFifth periodic\\nCAT/C/POL/4")[4:]
['Japan', 'Initial', 'CAT/C/JPN/1', 'Poland', 'Fifth periodic', 'CAT/C/POL/4']
>>> clean("A/HRC/10/11/Add.2 page 6 5. The Co-operative Republic of Guyana is a multi-party democracy." + " It is." * 60)[0][:30]
'5. The Co-operative Republic o'
"""
from __future__ import annotations

import re
from collections import Counter

_SYM = r"(?:[A-Z]{1,6}/)+[A-Z0-9./\-]*\d(?:/(?:Add|Rev|Corr)\.\d+|[A-Z0-9./\-])*"  # 'E/C.12/KAZ/CO/2', 'A/HRC/10/11/Add.2'
_INLINE = [
    re.compile(r"\[footnoteRef:\d+\]\**"),  # Word export footnote reference (and its '*')
    re.compile(r"\[\d+:\s[^\]]*\]"),  # Word export footnote text: "[1: \t*\tThe present ...]"
    re.compile(r"\[bookmark:\s*[^\]]*\]"),
    re.compile(r"<sup>\s*\d+\s*</sup>"),  # markdown footnote marker
]
_DROP_LINE = [
    re.compile(r"^\s*\d{1,3}\s*$"),  # page number
    re.compile(rf"^\s*(?:\d{{1,3}}\s+)?{_SYM}(?:\s+(?:page\s+)?\d{{1,3}})?\s*$", re.I),  # symbol header/footer (+ page)
    re.compile(r"^\s*(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|you are on page\s*\d+\s*of\s*\d+)\s*$", re.I),
    re.compile(r"^\s*GE\.\d{2}-?\d*"),  # UN job number, also cut short: 'GE.15-'
    re.compile(r"^\s*\*\d{6,}\*\s*$"),  # job-number barcode
    re.compile(r"^\s*\*{1,3}\s+\S"),  # '* Adopted by the Committee ...' page-bottom note
    re.compile(r"^\s*\*{0,3}\s*Adopted by the [A-Z][\w ]{2,60} at its [\w,\- ]{2,40}(?:session|meeting)s?\b[^.]{0,80}\.?\s*$"),
    # the same note when its '*' was set on a line of its own
    re.compile(r"^\s*<sup>\s*\d+\s*</sup>"),  # markdown footnote text
    re.compile(r"^\s*(?:---+|\*\*\*+|___+)\s*$"),  # markdown rule opening a footnote block
    re.compile(r"^\s*Distr\.?\s*:?\s*(?:General|Restricted|Limited)\b.{0,30}$", re.I),
    re.compile(r"^\s*Distr\.\s*:?\s*$"),  # 'Distr.' on a line of its own, 'GENERAL' on the next
    re.compile(r"^\s*Original\s*:\s*[A-Z][a-z]+\s*$"),
    re.compile(r"^\s*(?:English|French|Spanish|Arabic|Russian|Chinese)(?:(?:,| and) (?:English|French|Spanish|Arabic|Russian|Chinese))*(?: only)?\s*$"),
    re.compile(r"^\s*Advance unedited version\s*$", re.I),
    re.compile(r"^\s*(?:Download|Size)\s*\d[\d.,]*\s*[KM]b\.?\s*$|^\s*Date\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$|^\s*#\d{2,6}\s*$", re.I),
    # a document mirror's banner: 'Download 62.06 Kb.', 'Date19.10.2016', 'Size62.06 Kb.', '#3585'
]
_RUN_ON_FURNITURE = re.compile(  # inside a long run-on line: 'E/C.12/KAZ/CO/2 5', '5 E/C.12/KAZ/CO/2', 'GE.19-04500 (E) 120419'
    rf"(?:(?<=\s)|^)(?:{_SYM}\s+(?:page\s+)?\d{{1,3}}|\d{{1,3}}\s+{_SYM}|GE\.\d{{2}}-\d{{4,}}(?:\s*\(E\))?(?:\s+\d{{6}}){{0,2}}|\*\d{{7,}}\*)(?=\s)")
_GLUED_JOB = re.compile(r"(?m)^[ \t]*GE\.\d{2}-\d{4,}(?=\((?!E\))[a-z]{1,3}\)[ \t]*[A-Z]|\d{1,3}\.[ \t]*[A-Z])")  # a job number
# glued to the next item's mark at a line's start
_NOTE = re.compile(r"^\s*(\d{1,3})\s*(?=\S)(?!\d|\.\d|\.\s|\.$|[a-z%])")  # '6 See ...', '12See ...'; not '6. ' or '6 per'
_CITES = re.compile(r"(?:See|Ibid|Available|Cf\.|E\.g\.|For |Official Records|General Assembly|Human Rights Council|"
                    rf"Report|Communication|http|www\.|{_SYM}|\w[\w ]{{0,40}}, (?:art|para|No)\.)")
_PARA_START = re.compile(r"^\s*\d{1,4}\.(?:\s|$|[A-Z(\u201c\"])")


def _without_furniture(line: str) -> str:
    """A long run-on line without the headers and footers inside it (and without the space one left at its start)."""
    return _RUN_ON_FURNITURE.sub("", line).lstrip() if _RUN_ON_FURNITURE.match(line) else _RUN_ON_FURNITURE.sub("", line)


def _furniture(line: str) -> bool:
    return any(rx.match(line) for rx in _DROP_LINE)


def _marked(text: str, n: str) -> bool:
    """Footnote n is referred to in the text: 'rights.6 The', 'summits,1 the', 'nation. 1 The'."""
    return re.search(rf"(?:[a-z)\u201d\u2019\"'.,;:]{n}|[.,;:\u201d\")] {n}) ", text) is not None


def _page_notes(lines: list[str], drop: list[bool]) -> None:
    """Mark footnotes: a block of lines opening with '6 See ...' just above a page break (or the end)."""
    breaks = [i for i in range(len(lines)) if drop[i] and lines[i].strip() and (i + 1 == len(lines) or not drop[i + 1] or not lines[i + 1].strip())]
    breaks.append(len(lines))
    for b in breaks:
        start, top = None, b
        while (found := _note_above(lines, drop, top)) is not None:  # a long block of notes: keep walking up
            start = top = found
        if start is not None:
            for j in range(start, b):
                drop[j] = drop[j] or bool(lines[j].strip())


def _note_above(lines: list[str], drop: list[bool], top: int) -> int | None:
    """The highest footnote start among the 12 text lines above `top`, not above a numbered paragraph."""
    start = None
    for j in [j for j in range(top - 1, -1, -1) if lines[j].strip() and not drop[j]][:12]:
        if _PARA_START.match(lines[j]) or lines[j].lstrip().startswith("#"):
            break
        if (m := _NOTE.match(lines[j])) and (
                _marked("\n".join(lines[max(0, j - 400):j]), m.group(1)) or _CITES.match(lines[j][m.end():])):
            start = j
    return start


def _tabled(lines: list[str], drop: list[bool]) -> None:
    """A symbol alone on its line is a page's header or footer, unless three or more different ones stand so once each:
    a table of documents flattened one cell a line ('Japan', 'Initial', 'CAT/C/JPN/1'), whose symbols are its text."""
    alone = [i for i, l in enumerate(lines) if drop[i] and re.fullmatch(rf"\s*{_SYM}\s*", l)]
    seen = Counter(lines[i].strip() for i in alone)
    if sum(n == 1 for n in seen.values()) >= 3:
        top = [i for i, l in enumerate(lines) if l.strip()][:3]  # the page's own header, at its top
        for i in alone:
            if seen[lines[i].strip()] == 1 and i not in top:
                drop[i] = False


def _repeated(lines: list[str], drop: list[bool]) -> None:
    """A short line repeated next to page breaks three times or more is a running header or footer."""
    shape = [re.sub(r"\d+", "#", l.strip().lower()) for l in lines]
    counts = Counter(s for s, d in zip(shape, drop) if s and not d and len(s) <= 80)
    for i, s in enumerate(shape):
        if counts.get(s, 0) >= 3 and not drop[i] and not _PARA_START.match(lines[i]):
            near = [j for j in range(max(0, i - 3), min(len(lines), i + 4)) if j != i and drop[j] and lines[j].strip()]
            if near:
                drop[i] = True


_CONTENTS = re.compile(r"^\s*(?:Table of )?Contents\s*$", re.I)
_TOC_ENTRY = re.compile(r"^\s*(?:.*(?:\.{4,}|\u2026{2,}).*|.{0,120}?\D\s*(?:\d{1,3}|x)(?:\s*[\u2013-]\s*(?:\d{1,3}|x))?(?:\s+(?:\d{1,3}|x))?|"
                        r"(?:\d{1,3}|x)\s*[\u2013-]\s*(?:\d{1,3}|x)|(?:[A-H]|[IVX]{1,5})\.?|Paragraphs(?:\s+Page)?|Pages?|Annex(?:es)?)\s*$")


def _contents(lines: list[str], drop: list[bool]) -> None:
    """A table of contents: 'Contents' and the entries after it that end in page numbers ('Introduction ..... 1-4 3')."""
    for i, line in enumerate(lines):
        if not _CONTENTS.match(line) or i > len(lines) // 2:
            continue
        j = i + 1
        while j < len(lines) and (drop[j] or not lines[j].strip() or (_TOC_ENTRY.match(lines[j]) and not re.search(r"[.;:]\s*$", lines[j].rstrip(". \u2026")))):
            j += 1
        if j - i > 3:
            for k in range(i, j):
                drop[k] = drop[k] or bool(lines[k].strip())
        return


def _cells(line: str) -> str:
    """A table row drawn with '|' -> its cells as text ('| 23. | The Committee |' -> '23. The Committee'); a rule -> ''."""
    if not re.match(r"^\s*\|.*\|\s*$", line):
        return line
    if re.fullmatch(r"[\s|:+=\-]*", line):
        return ""
    return " ".join(c.strip() for c in line.strip().strip("|").split("|") if c.strip() and c.strip() != "[pic]")


_SPLIT_ITEM = re.compile(r"(?m)^[ \t]*\([ \t]*\n[ \t]*([a-z]{1,2}|[ivx]{1,5})[ \t]*\n[ \t]*\)")


def clean(text: str) -> list[str]:
    """Text -> lines with footnotes, bookmarks, page furniture and page-end footnotes removed.

    >>> clean("[bookmark: z1]8.\\tText[footnoteRef:2]\\n\\nE/C.12/KAZ/CO/2 \\n 5 \\n---\\n<sup>4</sup> note")
    ['8.\\tText', '']
    >>> clean("5.\\nDecides that the Council shall:\\n(\\na\\n) Promote education;")
    ['5.', 'Decides that the Council shall:', '(a) Promote education;']
    >>> clean("4.The Committee notes:\\n\\nGE.07-41604(a)Ratification of seven treaties;\\n\\nGE.07-41604(E)\\n(b)Agreement;")
    ['4.The Committee notes:', '', '(a)Ratification of seven treaties;', '', '(b)Agreement;']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\u00a0", " ").replace("\u2011", "-")
    text = _SPLIT_ITEM.sub(r"(\1)", text)  # '(', 'a', ') Promote ...' on three lines: a PDF's italic letter, '(a) Promote ...'
    text = _GLUED_JOB.sub("", text)  # 'GE.07-41604(a)Ratification of ...': the item, without the page's job number
    lines = [_cells(line) for line in text.split("\n")]
    drop = [_furniture(line) for line in lines]
    _contents(lines, drop)
    _tabled(lines, drop)
    _page_notes(lines, drop)
    _repeated(lines, drop)
    lines = [_without_furniture(line) if len(line) > 400 else line for line in lines]
    text = "\n".join(line for line, d in zip(lines, drop) if not d)
    for rx in _INLINE:
        text = rx.sub("", text)
    return text.split("\n")
