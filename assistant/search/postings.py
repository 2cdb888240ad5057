"""The k best rows of a weighted sum of postings, and the sums of given rows, compiled (numba): a large index's
lexical top-k and look-ups.

`lexical.Lexical.top` calls this above 100,000 paragraphs. A question's terms have long postings there
(~630,000 postings for a median eval question at 1M paragraphs). Adding them in place with numpy in an array the
corpus's size and selecting once took ~18 ms; this adds them block by block of rows (the block's sums stay in the
processor's cache: each term's postings are sorted by row) and keeps the k best in a heap as each block is done
(~6 ms). The sums are float32, term by term in the question's order: only rows tied with the k-th (to ~1e-7) can
come out differently from the exact sums. A question's ~2,000 candidates are then looked up in each term's
postings, in row order, each search starting where the last ended (1.0 ms a question at 1M, against 2.0 ms for
numpy's binary searches, each from the start: the same float sums). numba (a dependency) is imported on first use, and the functions compiled then
(about 2 s, cached on disk afterwards where the package's folder is writable); without it the caller takes
numpy's way.
"""
from __future__ import annotations

import numpy as np

BLOCK = 32_768  # rows whose sums are held at once (128 KB of float32: within a core's cache)

_compiled = None


def top(indptr: np.ndarray, rows: np.ndarray, weights: np.ndarray, terms: np.ndarray, shares: np.ndarray, n_rows: int,
        k: int) -> np.ndarray | None:
    """Rows (in no order) of the k largest `sum(weights of term t at row * shares[t])` over rows any term holds;
    None when numba is not installed.

    >>> indptr, rows = np.array([0, 2, 5]), np.array([0, 3, 1, 3, 4], dtype=np.int32)
    >>> weights = np.array([1.0, 0.5, 0.2, 0.8, 0.1], dtype=np.float32)
    >>> sorted(top(indptr, rows, weights, np.array([0, 1]), np.array([0.5, 1.0], dtype=np.float32), 5, 2).tolist())
    [0, 3]
    """
    kernels = _kernels()
    if kernels is None:
        return None
    if k <= 0 or len(terms) == 0:
        return np.zeros(0, dtype=np.int32)
    return kernels[0](indptr, rows, weights, np.asarray(terms, dtype=np.int64), np.asarray(shares, dtype=np.float32),
                  n_rows, k, BLOCK)


def lookup(indptr: np.ndarray, rows: np.ndarray, weights: np.ndarray, terms: np.ndarray, shares: np.ndarray,
           want: np.ndarray) -> np.ndarray | None:
    """`sum(weights of term t at row * shares[t])` of each row of `want` (0 where no term holds it), as float32: the
    float32 products added in float64, term by term, as `lexical.Lexical.lookup` adds them; None without numba.

    >>> indptr, rows = np.array([0, 2, 5]), np.array([0, 3, 1, 3, 4], dtype=np.int32)
    >>> weights = np.array([1.0, 0.5, 0.2, 0.8, 0.1], dtype=np.float32)
    >>> got = lookup(indptr, rows, weights, np.array([0, 1]), np.array([0.5, 1.0], dtype=np.float32), np.array([3, 2, 0]))
    >>> [round(float(x), 4) for x in got]
    [1.05, 0.0, 0.5]
    """
    kernels = _kernels()
    if kernels is None:
        return None
    want = np.asarray(want, dtype=np.int64)
    order = np.argsort(want, kind="stable")
    out = np.empty(len(want), dtype=np.float32)
    out[order] = kernels[1](indptr, rows, weights, np.asarray(terms, dtype=np.int64), np.asarray(shares, dtype=np.float32),
                            want[order])
    return out


def _kernels():
    global _compiled
    if _compiled is None:
        try:
            import numba
        except ImportError:
            _compiled = False
            return None
        _compiled = (numba.njit(cache=True, nogil=True)(_top_blocks), numba.njit(cache=True, nogil=True)(_lookup_sorted))
    return _compiled or None


def _lookup_sorted(indptr, rows, weights, terms, shares, want):  # pragma: no cover (runs compiled)
    acc = np.zeros(len(want), dtype=np.float64)
    for j in range(len(terms)):
        s = shares[j]
        p = indptr[terms[j]]
        hi = indptr[terms[j] + 1]
        for i in range(len(want)):
            r = want[i]
            if p >= hi:
                break
            if rows[p] < r:  # gallop from the last position, then halve: rows[p] < r all along
                step = 1
                while p + step < hi and rows[p + step] < r:
                    p += step
                    step *= 2
                a = p + 1
                b = min(p + step, hi)
                while a < b:
                    m = (a + b) // 2
                    if rows[m] < r:
                        a = m + 1
                    else:
                        b = m
                p = a
            if p < hi and rows[p] == r:
                acc[i] += weights[p] * s
    return acc.astype(np.float32)


def _top_blocks(indptr, rows, weights, terms, shares, n_rows, k, block):  # pragma: no cover (runs compiled)
    nt = len(terms)
    at = np.empty(nt, dtype=np.int64)  # each term's next posting
    end = np.empty(nt, dtype=np.int64)
    for j in range(nt):
        at[j] = indptr[terms[j]]
        end[j] = indptr[terms[j] + 1]
    acc = np.zeros(block, dtype=np.float32)
    heap = np.zeros(k, dtype=np.float32)  # the k best sums so far, smallest first; 0: no row (sums are > 0)
    heap_rows = np.full(k, -1, dtype=np.int32)
    for lo in range(0, n_rows, block):
        hi = min(n_rows, lo + block)
        for j in range(nt):  # term by term, as numpy adds them: the same float32 sums
            s = shares[j]
            p = at[j]
            e = end[j]
            while p < e and rows[p] < hi:
                acc[rows[p] - lo] += weights[p] * s
                p += 1
            at[j] = p
        for i in range(hi - lo):
            v = acc[i]
            if v != 0:
                acc[i] = 0
                if v > heap[0]:  # replace the smallest, sift down
                    c = 0
                    while True:
                        child = 2 * c + 1
                        if child >= k:
                            break
                        if child + 1 < k and heap[child + 1] < heap[child]:
                            child += 1
                        if heap[child] >= v:
                            break
                        heap[c] = heap[child]
                        heap_rows[c] = heap_rows[child]
                        c = child
                    heap[c] = v
                    heap_rows[c] = lo + i
    return heap_rows[heap_rows >= 0]
