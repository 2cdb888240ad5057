"""Which numbers in a text are its paragraph numbers; run-on lines cut at them. Pure.

A paragraph number starts a line ('23.', '23. The', '21.This', '23.<tab>The') or, in text that runs several
paragraphs on in one line, a sentence ('... Covenant. 2. The Committee ...'). Years, article numbers,
footnote digits and list items look alike; what tells them apart is that the document's own numbers run
N, N+1, N+2 ... through the text. `chain` keeps the longest such run among all candidates:

>>> [c.num for c in chain(candidates(["Article 3. States shall", "7. The Committee notes.", "In 2019. 8. It asks", "3. x"]))]
[7, 8]
>>> [c.num for c in chain(candidates(["CAT/C/CMR/CO/4 5. The Committee notes. 6. It welcomes. 7. It notes."]))]
[5, 6, 7]
>>> [(c.num, c.pos) for c in chain(candidates(["Gabon* 1. The report. Replies are in CEDAW/C/GAB/Q/6/Add.1. A. Introduction 2. It thanks."]))]
[(1, 7), (2, 76)]
"""
from __future__ import annotations

import re
from typing import NamedTuple

ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
          "xviii", "xix", "xx"]
_LINE_START = re.compile(r"^\s*(\d{1,4})(?:\.(?!\d)[ \t]*|:[ \t]+(?=[A-Z]))(\S?)")
_INLINE = re.compile(r"(?:(?<=\S)(\s+)|(?<=[a-z][.;:!?)\]\u201d\"])|(?<=[a-z]{3})|(?<=[A-Z]{4})|(?<=\d\))|(?<=\b(?:1[89]|20)\d\d\.))(\d{1,3})\.(?:\s+(?=[A-Z\u201c\"(\u2018'])|"
                     r"(?=[A-Z][a-z]|[A-Z]{2}|[A-Z]\s|[\u201c\"]))")  # glued to the word before: a transcript that lost its line
# breaks ('... of theCovenant1. Please provide', '(art. 2)2. Please clarify', 'the Child:DENMARK1. The Committee', '(ASEAN), in
# 2008.5. The Committee')
_REFERENCE = re.compile(r"(?:\b(?:no|nos|para|paras|arts?|pp?|vol|cf|recs?|add|rev|corr)\.?|\b(?:paragraphs?|articles?|sections?|chapters?|rules?|annex|"
                        r"pages?|resolutions?|decisions?|recommendations?|items?|tables?|figures?|parts?|and|or|to|of|see|by|"
                        r"from|than|at|with|under|over|about|only|per|footnotes?|notes?|sessions?|meetings?|law|act|january|"
                        r"february|march|april|may|june|july|august|september|october|november|december)|\d[,\u2013-]?|[,\u2013-])$",
                        re.I)
_SYMBOL_END = re.compile(r"(?:^|\s)(?:[A-Z]{1,6}/)+(?:[A-Z0-9./\-]|(?<=/)(?:Add|Rev|Corr)\.)*\d$")  # a document symbol, not a count, before the number
_NOTE_MARK = re.compile(r"(?:[.;!?)\]\u201d\"\u2019']|[a-z]{3})\d{1,3}$")  # a footnote's number glued to the sentence or heading it
# ends ('I. Introduction1 1. The term'), not a count
_SENTENCE_END = re.compile(r"[.;:!?)\]\u201d\"\u2019']\d{0,3}$")
_HEAD_TAIL = re.compile(r"(?:(?<=[.;:!?)\]\u201d\"\d])\s+|^)((?:[A-H]|[IVX]{1,5})\.\s*[A-Z][^.;:!?]{1,80}?)\s*$"
                        r"|(?<=\s)([IVX]{1,5}\.\s*[A-Z][^.;:!?]{1,80}?)\s*$")
_INLINE_SUB = re.compile(r"([:;](?:\s+(?:and|or))?)\s+\(([a-z]|[ivx]{1,5})\)\s*(?=\S)")
_SUB_LINE = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,5})\)\s")  # a line that opens a lettered item
_PAREN_START = re.compile(r"^(\s*\d{1,3})\)([ \t]+[A-Z])")
_ENUM_ONLY = re.compile(r"^\s*(?:[A-H]|[IVX]{1,5})\.\s*$|^\s*\d{1,4}\.\s*$|^\s*\([a-z]{1,4}\)\s*$")


_GLUED_START = re.compile(r"^\s*(\d{1,3})(?=[A-Z][a-z]{2,})")  # '1Historically viewed as ...': a PDF's number glued to
# its paragraph's first word at a line start, without its full stop
_OPERATIVE = re.compile(r"\s*(?:(?:Strongly|Also|Further|Firmly|Deeply)\s+)?(?:Welcomes|Decides|Requests|Calls|Urges|Deplores|"
                        r"Condemns|Encourages|Invites|Reaffirms|Notes|Takes|Expresses|Recogni[sz]es|Emphasi[sz]es|Stresses|"
                        r"Affirms|Acknowledges|Commends|Endorses|Approves|Declares|Appeals|Demands|Underlines|Underscores|"
                        r"Reiterates)\b")  # a resolution's operative paragraph, after its preamble's last comma: '..., 1. Welcomes'
_SPACED_DOT = re.compile(r"^(\s*\d{1,4})[ \t]+\.[ \t]*(?=[A-Z\u201c\"(])")  # a number set apart from its dot: '1 . In its ...'
_GLUED = re.compile(r"\d{1,3}\.[A-Z][a-z]")  # '6.All', '7.At': a PDF's paragraph number glued to its first word
_AFTER_FIGURE = re.compile(r"(?<![,\u2013-])\b(?:1[89]|20)\d\d$")  # a year ending a table row before it, not 'paragraphs 5 and'


class Candidate(NamedTuple):
    line: int
    pos: int  # where the number starts in its line (0: the line starts with it)
    num: int
    quality: int  # 4 a line start after a sentence end, 3 a line start, 2 inline after a sentence end, 1 otherwise


def candidates(lines: list[str]) -> list[Candidate]:
    """Every place a paragraph number could start, in text order."""
    out, prev = [], ""
    for i, line in enumerate(lines):
        if m := _LINE_START.match(line):
            nxt = m.group(2)
            closed = not prev.strip() or _SENTENCE_END.search(prev.rstrip()) is not None
            year = not closed and 1900 <= int(m.group(1)) <= 2099  # '... from 18 to 25 February' / '2009. The main focus': a
            # date wrapped, not a paragraph 2009
            out.append(Candidate(i, 0, int(m.group(1)), (3 + closed) if not year and (not nxt or not nxt.islower()) else 1))
        elif m := _GLUED_START.match(line):
            out.append(Candidate(i, 0, int(m.group(1)), 2))
        if line.strip():
            prev = line
        for m in _INLINE.finditer(line):
            before = line[: m.start()]
            glued = bool(_GLUED.match(line, m.start(2)))  # '... 2010 6.All members': a number glued to its paragraph's first word
            operative = before.rstrip().endswith(",") and _OPERATIVE.match(line, m.end())
            if _REFERENCE.search(before) and not _SYMBOL_END.search(before) and not (glued and _AFTER_FIGURE.search(before)) \
                    and not _NOTE_MARK.search(before) and not operative:  # '(henceforth UNCRC).1 3. Taking': a footnote's mark, then paragraph 3
                continue  # 'CAT/C/CMR/CO/4 5. The Committee': a header; 'paragraphs 5 and 6. The': a reference
            out.append(Candidate(i, m.start(2), int(m.group(2)), 2 if _SENTENCE_END.search(before) or glued and m.group(1) or operative else 1))
    return out


def chain(cands: list[Candidate]) -> list[Candidate]:
    """The longest run N, N+1, N+2 ... in text order (ties: the better-placed candidates). One number may be
    missing (lost in extraction) when that joins two runs: each gap costs two members.

    >>> [c.num for c in chain(candidates(["1. A.", "2. B.", "3. C.", "5. E.", "6. F.", "7. G.", "2. x"]))]
    [1, 2, 3, 5, 6, 7]
    >>> [c.quality for c in candidates(["a mission to Maldives from 18 to 25 February", "2009. The main focus was ..."])]
    [1]
    """
    best: dict[int, tuple[int, int, int]] = {}  # number -> (length, quality, index) of the best run ending in it
    back: list[int] = []
    top = (0, 0, -1)
    for i, c in enumerate(cands):
        length, quality, prev = 1, c.quality, -1
        if (p := best.get(c.num - 1)) is not None:
            length, quality, prev = p[0] + 1, p[1] + c.quality, p[2]
        if (p := best.get(c.num - 2)) is not None and (p[0] - 1, p[1] + c.quality) > (length, quality):
            length, quality, prev = p[0] - 1, p[1] + c.quality, p[2]
        back.append(prev)
        if (length, quality) > best.get(c.num, (0, 0, -1))[:2]:
            best[c.num] = (length, quality, i)
        if (length, quality) > top[:2]:
            top = (length, quality, i)
    out, i = [], top[2]
    while i >= 0:
        out.append(cands[i])
        i = back[i]
    return out[::-1]


def extended(run: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
    """The run with a paragraph at a clear line start just before or after it, one number apart: an excerpt that
    skips a paragraph ('31. ...', then '33. ...', '34. ...') keeps its first one, which a lone gap costs `chain`.

    >>> found = candidates(["Key reforms", "31. The Act passed.", "33. The Code.", "34. The Law."])
    >>> [c.num for c in extended(chain(found), found)]
    [31, 33, 34]
    >>> found = candidates(["5. A.", "6. B.", "7. C.", "9. D.", "1. x"])
    >>> [c.num for c in chain(found)], [c.num for c in extended(chain(found), found)]
    ([5, 6, 7], [5, 6, 7, 9])
    >>> found = candidates(["Summary:", "8. A.", "10. B.", "11. C.", "13. D.", "15. E.", "16. F.", "18. G.", "21. H.", "3. x"])
    >>> [c.num for c in extended(chain(found), found)]
    [8, 10, 11, 13, 15, 16, 18, 21]
    >>> found = candidates(["National Report", "3. Laws passed:", "15. Subordinate courts.", "20. Zimbabwe is party."])
    >>> [c.num for c in chain(found)], [c.num for c in extended(chain(found), found)]
    ([15], [3, 15, 20])
    """
    if not run:
        return run
    index = {c: i for i, c in enumerate(cands)}
    clear = [c for c in cands if c.pos == 0 and c.quality >= 3]
    if len(run) < 3 <= len(clear) and set(run) <= set(clear) and all(a.num < b.num for a, b in zip(clear, clear[1:])):
        return clear  # extracts of a report that pick its paragraphs 3, 15 and 20: each at a clear line start, rising
    before = [c for c in clear if index[c] < index[run[0]] and run[0].num - 2 == c.num]
    after = []
    for c in clear:  # a summary that picks paragraphs ('13. ...', '15. ...', '18. ...', '21. ...'): each at a clear line start
        last = after[-1] if after else run[-1]
        if index[c] > index[last] and last.num + 1 <= c.num <= last.num + 5 and (after or c.num == run[-1].num + 2 or len(run) >= 2):
            after.append(c)
    return before[-1:] + run + after


def _numbered(run: list[Candidate], lines: list[str]) -> bool:
    """Three numbers in sequence; or one or two at clear line starts; or, when most of the text comes after the
    first (else they are numbers in running prose), a document's '1.' inside a line or two numbers in sequence
    that each follow a sentence's end (a page run on in one line: '... (arts. 1-4) 6. The Committee ... society.
    7. The Committee recommends')."""
    if len(run) >= 3 or (run and all(c.pos == 0 and c.quality >= 3 for c in run)):
        return True
    if len(run) == 2 and run[0].pos == 0 and run[0].quality >= 3 and run[1].num == run[0].num + 1:
        return True  # a page that opens at its paragraph 4 and runs 5 on after a heading ('Definition of torture 5. The')
    if not run or (run[0].num != 1 and not (len(run) == 2 and run[1].quality >= 2)):  # the first may follow a heading
        # run on before it: '... (Read about the first cycle review) National Report 13. The Constitutional Review ...'
        return False
    if run[0].num == 1 and _OPERATIVE.match(lines[run[0].line], run[0].pos + 2):
        return True  # a resolution's operative paragraphs after a long preamble: '..., 1. Welcomes the work ...'
    sizes = [len(line) + 1 for line in lines]
    after = sum(sizes[run[0].line + 1:]) + sizes[run[0].line] - run[0].pos
    return after >= 0.4 * sum(sizes)


def _cut(line: str, cuts: list[int], first: bool) -> list[tuple[str, bool]]:
    """A line cut before each inline paragraph number; an enumerated heading just before one gets its own line."""
    bounds = [0, *cuts, len(line)]
    out = []
    for k in range(len(bounds) - 1):
        seg = line[bounds[k]: bounds[k + 1]].rstrip()
        start = k > 0 or first
        if k < len(bounds) - 2 and (m := _HEAD_TAIL.search(seg)):
            g = 1 if m.group(1) else 2
            if m.start(g) > 0:
                out.append((seg[: m.start(g)].rstrip(), start))
                start = False
            out.append((m.group(g), start))
        elif seg.strip():
            out.append((seg, start))
    return out


def _subs(line: str) -> list[str]:
    """'... State party: (a) Adopt x; and (b) Ensure y.' -> one line per item (a run from '(a)' or '(i)' after a colon,
    or on from the item the line opens).

    >>> _subs("(b) Convention X, in 2011; and (c) Charter Y, in 2008.")
    ['(b) Convention X, in 2011; and', '(c) Charter Y, in 2008.']
    """
    found = list(_INLINE_SUB.finditer(line))
    keep, want = [], None
    for m in found:
        sep, t = m.group(1), m.group(2)
        if sep == ":" and t in ("a", "i") and want is None:
            keep, want = [m], t
        elif want is not None and _follows(keep[-1].group(2), t):
            keep.append(m)
    if len(keep) < 2:
        keep = _run_on_items(line, found)
        if not keep:
            return [line]
    parts, last = [], 0
    for m in keep:
        parts.append(line[last: m.end(1)])
        last = m.end(1)
    parts.append(line[last:])
    return [p.strip() if i else p.rstrip() for i, p in enumerate(parts)]


def _run_on_items(line: str, found: list[re.Match]) -> list[re.Match]:
    """A line that opens an item and runs on into the next ones: '(b) Convention ..., in 2011; and (c) Charter ...'."""
    own = re.match(r"\(([a-z]|[ivx]{1,5})\)\s", line)
    keep: list[re.Match] = []
    for m in found:
        if own and m.group(1).startswith(";") and _follows(keep[-1].group(2) if keep else own.group(1), m.group(2)):
            keep.append(m)
    return keep


def _dotted(piece: str) -> list[str]:
    """'118. The following ...: 118.1 Ratify X (Chile); 118.2 Adopt Y (Spain);' -> one line per numbered recommendation."""
    m = re.match(r"\s*(\d{1,3})\.\s", piece)
    if not m:
        return [piece]
    cuts, k = [], 1
    for hit in re.finditer(rf"(?<=[:;.)])\s+({m.group(1)}\.(\d{{1,3}}))\.?\s+(?=[A-Z\u201c\"])", piece):
        if int(hit.group(2)) == k:
            cuts.append(hit.start(1))
            k += 1
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b].strip() if i else piece[a:b].rstrip() for i, (a, b) in enumerate(zip(bounds, bounds[1:]))]


def _follows(prev: str, t: str) -> bool:
    """'b' follows 'a'; 'ii' follows 'i'."""
    if len(prev) == 1 and t == chr(ord(prev) + 1):
        return True
    return prev in ROMANS[:-1] and ROMANS[ROMANS.index(prev) + 1] == t


def _merge_enumerators(lines: list[str]) -> list[str]:
    """'A.', '12.' or '(a)' alone on its line, then its text -> one line (a PDF puts the tab stop on a new line).

    >>> _merge_enumerators(["A.", "", "Introduction", "2.", "The Committee", "(a)", "The Act;"])
    ['A. Introduction', '2. The Committee', '(a) The Act;']
    """
    out: list[str] = []
    pending = None
    for line in lines:
        if pending is not None and line.strip():
            if _ENUM_ONLY.match(line):
                out.append(pending)
                pending = line.strip()
                continue
            out.append(f"{pending} {line.strip()}")
            pending = None
        elif _ENUM_ONLY.match(line):
            pending = line.strip()
        elif pending is None:
            out.append(line)
    return out + ([pending] if pending else [])


def _closing(lines: list[str]) -> tuple[list[str], list[Candidate]]:
    """A document that numbers no paragraph 'N.' may number them 'N)' at line starts ('1) We ask the Committee
    ...'): those lines rewritten 'N.', and their run. Not looked for otherwise: 'N)' is more often a list inside
    a paragraph."""
    found = [(i, m) for i, line in enumerate(lines) if (m := _PAREN_START.match(line))]
    cands = [Candidate(i, 0, int(m.group(1)), 3) for i, m in found]
    run = chain(cands)
    if not _numbered(run, lines):
        return lines, []
    at = {c.line for c in run}
    return [_PAREN_START.sub(r"\1.\2", line) if i in at else line for i, line in enumerate(lines)], run


def explode(lines: list[str]) -> tuple[list[str], list[bool], bool]:
    """(lines, starts, numbered): run-on lines cut at paragraph numbers and at inline '(a)' items; starts[i]
    says whether line i opens a numbered paragraph; numbered whether the document numbers its paragraphs.

    >>> explode(["Dear Chair,", "1) We ask the Committee to act.", "2) We also ask it."])
    (['Dear Chair,', '1. We ask the Committee to act.', '2. We also ask it.'], [False, True, True], False)
    >>> explode(["Summary", "1 . In its resolution 46/30, the Council asked.", "2 . It also asked."])[1:]
    ([False, True, True], True)
    """
    lines = _merge_enumerators([_SPACED_DOT.sub(r"\1. ", line) for line in lines])  # '1 . In its resolution': '1. In ...'
    found = candidates(lines)
    if decimal := _decimal(lines, found):
        return decimal
    run = extended(chain(found), found)
    numbered = _numbered(run, lines)
    if not numbered:
        if inline := _inline_decimals(lines):
            return inline
        if dotted := _recommendations(lines):
            return dotted
        lines, run = _closing(lines)  # its other paragraphs stay unnumbered: 'intro, para. N'
        at = {c.line for c in run}
        return lines, [i in at for i in range(len(lines))], False
    lines, run = _bare_next(lines, run)
    at = {(c.line, c.pos) for c in run}
    lines = [_GLUED_START.sub(r"\1. ", line) if (i, 0) in at else line for i, line in enumerate(lines)]  # '1Historically' -> '1. Historically'
    out, starts = [], []
    for i, line in enumerate(lines):
        cuts = sorted(pos for (j, pos) in at if j == i and pos > 0)
        for piece, start in _cut(line, cuts, (i, 0) in at) if cuts else [(line, (i, 0) in at)]:
            for n, sub in enumerate(x for rec in _dotted(piece) for x in _subs(rec)):
                out.append(sub)
                starts.append(start and n == 0)
    return (*_wrapped_subs(out, _answered_items(out, starts, {c.num for c in run})), True)


def _answered_items(lines: list[str], starts: list[bool], nums: set[int]) -> list[bool]:
    """`starts`, with lines that open at another report's numbered recommendation ('101.1. Accepted / being
    implemented', '101.2. ...': a UPR addendum answering the working group's paragraph 101, between its own paragraphs
    1., 2., 3.) opening units of their own, labelled as printed; when two or more follow one another.

    >>> _answered_items(["3. All are supported.", "101.1. Accepted", "101.2. Noted", "4. The Agreement."], [True, False, False, True], {3, 4})
    [True, True, True, True]
    """
    dots = [(i, int(m.group(1)), int(m.group(2))) for i, line in enumerate(lines) if not starts[i] and (m := _DECIMAL_START.match(line))]
    seq = {k for (i, a, b), (j, a2, b2) in zip(dots, dots[1:]) if a == a2 and b2 == b + 1 and a not in nums for k in (i, j)}
    return [s or i in seq for i, s in enumerate(starts)]


_BARE = re.compile(r"(?<=[.;!?)\]\u201d\"])\s+(\d{1,3})\s+(?=[A-Z][a-z])")


def _bare_next(lines: list[str], run: list[Candidate]) -> tuple[list[str], list[Candidate]]:
    """A run of three or more numbers that goes on, in the same run-on text, with the next numbers printed without their
    full stop after a sentence's end ('... (Annex III). 4 Meetings held ...'): those numbers joined to it, written 'N.'.

    >>> lines, run = _bare_next(*((ls := ["1. A. 2. B. 3. C (Annex). 4 Meetings held. In 5 cases, 6 Members met."]), chain(candidates(ls))))
    >>> lines, [c.num for c in run]
    (['1. A. 2. B. 3. C (Annex). 4. Meetings held. In 5 cases, 6 Members met.'], [1, 2, 3, 4])
    """
    if len(run) < 3:
        return lines, run
    lines, run = list(lines), list(run)
    while True:
        last = run[-1]
        for i in range(last.line, min(last.line + 3, len(lines))):
            m = _BARE.search(lines[i], last.pos + 1 if i == last.line else 0)
            if m:
                break
        if not m or int(m.group(1)) != last.num + 1:
            return lines, run
        lines[i] = lines[i][:m.end(1)] + "." + lines[i][m.end(1):]
        run.append(Candidate(i, m.start(1), last.num + 1, 2))


_DECIMAL_START = re.compile(r"^\s*(\d{1,3})\.(\d{1,3})\.?(?:[ \t]+|(?=[A-Z\u201c\"]))(?=[A-Z\u201c\"(\u2018'])")


def _decimal(lines: list[str], found: list[Candidate]) -> tuple[list[str], list[bool], bool] | None:
    """Views on a communication and other decisions number their paragraphs '1.', '2.1', '2.2', '3.1', '4.' ...: a
    section's paragraphs by its number and their own, with no '2.' of their own. Those numbers at line starts (also
    glued: '2.1The author'), in that order, are the paragraphs; None when no dotted number opens a line, when every
    dotted number's major is also a plain paragraph's ('118.' then '118.1 Ratify ...': a UPR report's recommendations,
    items of paragraph 118), or when the longest run (on a tie, the one with more plain numbers) has no dotted number
    whose major is missing ('2.', '3.1 The ...', '4.': a stray line in numbered paragraphs).

    >>> _decimal(["Views", "1.The author is A.", "Facts", "2.1The author submits B.", "2.2 He adds C.", "3. The State"], [])[0]
    ['Views', '1.The author is A.', 'Facts', '2.1 The author submits B.', '2.2 He adds C.', '3. The State']
    >>> _decimal(["118. It recommends:", "118.1 Ratify X;", "118.2 Adopt Y."], []) is None
    True
    >>> _decimal(["2. Two.", "3. Three.", "3.1 The one.", "4. Four."], []) is None
    True
    """
    dots = {i: (int(m.group(1)), int(m.group(2))) for i, line in enumerate(lines) if (m := _DECIMAL_START.match(line))}
    if not dots:
        return None
    plain = [(c.line, c.num, 0) for c in found or candidates(lines) if c.pos == 0 and c.quality >= 3]
    if all(any(n == a for _, n, _ in plain) for a, _ in dots.values()):
        return None
    items = sorted(set(plain + [(i, a, b) for i, (a, b) in dots.items()]))
    best: list[tuple[int, int, int]] = []  # (length, plain numbers, index before) of the best run ending at each item
    for k, (i, a, b) in enumerate(items):
        here = (1, int(b == 0), -1) if b in (0, 1) else (0, 0, -1)  # a run opens at 'N.' or 'N.1'
        for j in range(k):
            i2, a2, b2 = items[j]
            if best[j][0] and i2 < i and (a == a2 and b2 and 0 < b - b2 <= 3 or a == a2 + 1 and b in (0, 1)):  # '1.6' after
                # '1.4': a page that skips one
                here = max(here, (best[j][0] + 1, best[j][1] + (b == 0), j))
        best.append(here)
    k = max(range(len(items)), key=lambda x: best[x][:2])
    run = []
    while k >= 0 and best[k][0]:
        run.append(items[k])
        k = best[k][2]
    majors = {a for _, a, b in run if not b}
    if len(run) < 2 or not any(b and a not in majors for _, a, b in run):
        return None
    if len({a for _, a, b in run if b}) == 1 and not majors and len(chain([c for c in found or candidates(lines) if c.pos == 0 and c.quality >= 3])) >= 3:
        return None  # '1.', '2.', '3.' and '101.1. Accepted', '101.2. ...': paragraphs, and the items of another report's
        # paragraph 101 they answer (a UPR addendum), not sections of Views
    at = {i for i, _, _ in run}
    out, starts = [], []
    for i, line in enumerate(lines):
        if i in dots and i in at:  # '2.1The author' -> '2.1 The author', as a dotted line is read
            line = re.sub(r"^(\s*\d{1,3}\.\d{1,3}\.?)(?=\S)", r"\1 ", line)
        for n, sub in enumerate(_subs(line)):
            out.append(sub)
            starts.append(i in at and n == 0)
    return (*_wrapped_subs(out, starts), True)


_REC_NUMBER = re.compile(r"(?<![\w.,/])(\d{1,3})\.(\d{1,3})[.:]?\s+(?=[A-Z\u201c\"])")


def _inline_decimals(lines: list[str]) -> tuple[list[str], list[bool], bool] | None:
    """Views run on in one line, as a transcript gives them ('... 19 January 2007. 1.3. In its comments ... 2.1 On 26 June
    ... The complaint 3.1 The complainant ...'): a chain of four or more decimal numbers over two sections or more, each
    the next of the one before (a number or two may be skipped; '3.1' after any '2.x'), from wherever an excerpt starts,
    are the paragraphs; None when there is none.

    >>> _inline_decimals(["... in 2007. 1.3. In its comments, it agreed. Facts 2.1 On 26 June it ruled. 2.2. He was held. The complaint 3.1 The author claims."])[0]
    ['... in 2007.', '1.3. In its comments, it agreed. Facts', '2.1 On 26 June it ruled.', '2.2. He was held.', 'The complaint', '3.1 The author claims.']
    """
    found = [(i, m) for i, line in enumerate(lines) for m in _REC_NUMBER.finditer(line)]
    chains: list[list[tuple[int, re.Match]]] = []
    for k, (i, m) in enumerate(found):
        a, b = int(m.group(1)), int(m.group(2))
        here = [(i, m)]
        for j, (_, m2) in enumerate(found[:k]):
            a2, b2 = int(m2.group(1)), int(m2.group(2))
            if (a == a2 and 0 < b - b2 <= 3 or a == a2 + 1 and b == 1) and len(chains[j]) + 1 > len(here):
                here = chains[j] + [(i, m)]
        chains.append(here)
    run = max(chains, key=len, default=[])
    if len(run) < 4 or len({m.group(1) for _, m in run}) < 2:
        run = _section_opening(lines, run)
        if not run:
            return None
    return (*_cut_at(lines, run, heads=True), True)


def _section_opening(lines: list[str], run: list[tuple[int, re.Match]]) -> list[tuple[int, re.Match]]:
    """An excerpt of Views that holds one section's first paragraphs only ('... on admissibility 4.1 In a note verbale
    ... on it. 4.2 By a letter ...'): two or three numbers of one section, from its '.1', each the next, none after a
    word that cites ('article 4.1', 'para. 2.1'); [] otherwise.

    >>> _inline_decimals(["Admissibility 4.1 In a note it objects. 4.2 By a letter the Chair replied."])[0]
    ['Admissibility', '4.1 In a note it objects.', '4.2 By a letter the Chair replied.']
    >>> _inline_decimals(["See article 4.1 The law. 4.2 Another."]) is None
    True
    """
    if not 2 <= len(run) <= 3 or run[0][1].group(2) != "1" or len({m.group(1) for _, m in run}) > 1:
        return []
    if any(int(b.group(2)) != int(a.group(2)) + 1 for (_, a), (_, b) in zip(run, run[1:])):
        return []
    if any(_REFERENCE.search(lines[i][:m.start()].rstrip()) for i, m in run):
        return []
    return run


_RUN_ON_HEADING = re.compile(r"(?<=[.!?)\]\u201d\"])\s+([A-Z][\w\u2019'-]*(?:\s+[\w\u2019'-]+){1,9})\s*$")  # '... of the complaint. The
# facts as presented by the complainant' before '2.1': a heading run on at the end of the paragraph before it


def _cut_at(lines: list[str], run: list[tuple[int, re.Match]], heads: bool = False) -> tuple[list[str], list[bool]]:
    """(lines, starts): each line cut where a number of `run` (line index, match) opens a paragraph; `heads`: the
    words after the last sentence of a piece cut before a number get their own line (a run-on text's heading)."""
    out, starts = [], []
    for i, line in enumerate(lines):
        cuts = [m.start() for j, m in run if j == i]
        for a, b in zip([0, *cuts], [*cuts, len(line)]):
            piece = line[a:b].strip() if a else line[a:b].rstrip()
            if not piece.strip():
                continue
            m = _RUN_ON_HEADING.search(piece) if heads and b in cuts else None
            out.append(piece[: m.start()] if m else piece)
            starts.append(a in cuts)
            if m:
                out.append(m.group(1))
                starts.append(False)
    return out, starts


def _recommendations(lines: list[str]) -> tuple[list[str], list[bool], bool] | None:
    """A State's replies to its UPR recommendations, which it cites by their numbers in the Working Group's report
    ('99.3. Continue current efforts to ratify ... Accepted ... 99.4. Consider ratifying the ICESCR 99.7. ...') and
    numbers no paragraph of its own: each of three or more such numbers, one major and minors rising by at most
    five (by any step when each opens its line), opens a line; None when there are fewer.

    >>> _recommendations(["RECOMMENDATION POSITION 99.3. Continue efforts to ratify it. Accepted 99.4. Consider ratifying the ICESCR 99.7: Ratify the ICESCR"])[0]
    ['RECOMMENDATION POSITION', '99.3. Continue efforts to ratify it. Accepted', '99.4. Consider ratifying the ICESCR', '99.7: Ratify the ICESCR']
    """
    found = [(i, m) for i, line in enumerate(lines) for m in _REC_NUMBER.finditer(line)]
    best: list[tuple[int, re.Match]] = []
    for major in {m.group(1) for _, m in found}:
        run: list[tuple[int, re.Match]] = []
        for i, m in found:
            step = int(m.group(2)) - int(run[-1][1].group(2)) if run else 1
            opens = not lines[i][:m.start()].strip() and (not run or not lines[run[-1][0]][:run[-1][1].start()].strip())
            if m.group(1) == major and (0 < step <= 5 or step > 0 and opens):  # each opening its line, the numbers may
                # jump: a page quoting a report's recommendations on one topic, '5.75.', '5.129.', '5.138.'
                run.append((i, m))
        best = max(best, run, key=len)
    if len(best) < 3:
        return None
    return (*_cut_at(lines, best), False)


def _wrapped_subs(lines: list[str], starts: list[bool]) -> tuple[list[str], list[bool]]:
    """An inline list a PDF wrapped over several lines ('... the State party: (a) allocate sufficient resources to' /
    'uphold the right to education; (b) address ...' / '... policy; and (d) ensure ...'): the lines of its paragraph
    joined and cut at each item, as `_subs` cuts one line. Not past a blank line or the next numbered paragraph.

    >>> _wrapped_subs(["34. It recommends that the State: (a) allocate", "resources; (b) address the", "causes; and (c) adopt a policy.", "35. Next."], [True, False, False, True])
    (['34. It recommends that the State:', '(a) allocate resources;', '(b) address the causes; and', '(c) adopt a policy.', '35. Next.'], [True, False, False, False, True])
    """
    out, out_starts, i = [], [], 0
    while i < len(lines):
        first = next((m for m in _INLINE_SUB.finditer(lines[i]) if m.group(1) == ":" and m.group(2) in ("a", "i")), None)
        j = i + 1
        while first and j < len(lines) and j - i < 15 and lines[j].strip() and not starts[j] and not _SUB_LINE.match(lines[j]):
            j += 1
        parts = _subs(" ".join([lines[i].rstrip()] + [x.strip() for x in lines[i + 1:j]])) if first and j > i + 1 else []
        if len(parts) >= 3:
            out += parts
            out_starts += [starts[i]] + [False] * (len(parts) - 1)
            i = j
            continue
        out.append(lines[i])
        out_starts.append(starts[i])
        i += 1
    return out, out_starts
