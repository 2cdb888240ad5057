"""A damaged index is found and rebuilt, never used or reused: fault injection on a fresh index in tmp_path."""
from __future__ import annotations

import json
import os
import threading

import numpy as np
import pytest

from assistant import Assistant
from assistant.search import index as ix
from assistant.search import integrity
from assistant.search.embed import FakeEmbedder
from assistant.errors import IndexError_

QUESTION = "registration of trade unions"
SETTINGS = {"abstain_below": -100.0}


class ModelFiles(FakeEmbedder):
    """The fake embedder, plus a query model file like the real one's: shows what a build links or exports."""

    exports = 0

    def export_query_model(self, folder):
        ModelFiles.exports += 1
        (folder / "model.onnx").write_bytes(b"ONNX" * 5000)
        (folder / "tokenizer.json").write_text('{"model": "fake"}', encoding="utf-8")


@pytest.fixture()
def built(tiny_corpus, tmp_path):
    """(load, where): a fresh index of the tiny corpus, and a function that loads it again."""
    where = tmp_path / "index"

    def load(**kw):
        return Assistant.load(tiny_corpus, where, embedder=ModelFiles(), settings=SETTINGS, **kw)

    load(progress=False)
    return load, where


def damage(path, at: float = 0.75, data: bytes | None = None, keep_mtime: bool = False):
    """Overwrite the file from `at` (a fraction of its size) to its end: same size, other content."""
    st = path.stat()
    start = int(st.st_size * at)
    with open(path, "r+b") as f:
        f.seek(start)
        f.write(data if data is not None else bytes((b + 1) % 256 for b in path.read_bytes()[start:]))
    if keep_mtime:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_manifest_records_size_and_sha256_of_every_file(built):
    load, where = built
    m = ix.read_manifest(where)
    gen = ix.current(where)
    on_disk = {p.relative_to(gen).as_posix() for p in gen.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(m["files"]) == on_disk and {"model.onnx", "tokenizer.json", "dense.faiss", "lexical/vocab.json"} <= on_disk
    assert m["files"]["dense.faiss"]["sha256"] == integrity.sha256((gen / "dense.faiss").read_bytes())


@pytest.mark.parametrize("name", ["dense.faiss", "window_rows.npy", "paragraphs.jsonl", "documents.json",
                                  "lexical/weights.npy", "lexical/vocab.json", "tokenizer.json",
                                  "sentences.npy", "sentence_rows.npy"])
def test_same_size_damage_is_found_and_rebuilt_from_the_documents(built, name, capsys):
    load, where = built
    want = [c.label for c in load(progress=False).search(QUESTION)]
    old = ix.current(where)
    damage(old / name)
    capsys.readouterr()
    bot = load(progress=False)
    err = capsys.readouterr().err
    assert f"damaged: {name}" in err and err.count("\n") == 1  # one line, then the rebuild
    assert ix.current(where) != old and [c.label for c in bot.search(QUESTION)] == want


def test_an_edited_word_in_paragraphs_is_never_quoted(built):
    load, where = built
    gen = ix.current(where)
    text = (gen / "paragraphs.jsonl").read_text(encoding="utf-8")
    (gen / "paragraphs.jsonl").write_text(text.replace("mandatory", "voluntary"), encoding="utf-8")
    bot = load(progress=False)
    assert "mandatory" in bot.paragraph("E/C.12/EXA/CO/1", "2").text
    assert not any("voluntary" in p.text for p in bot.paragraphs)


def test_a_damaged_model_is_exported_again_not_linked_into_the_new_generation(built):
    load, where = built
    damage(ix.current(where) / "model.onnx", keep_mtime=True)  # the cheap load cannot see it; a full check does
    with pytest.raises(integrity.IndexDamaged, match="model.onnx differs"):
        ix.load(where, full=True, model_sha="-")
    before = ModelFiles.exports
    load(rebuild=True, progress=False)
    assert ModelFiles.exports == before + 1
    ix.load(where, full=True, model_sha="-")  # the new generation passes


@pytest.mark.parametrize("garbage", ["random", "empty", "huge rows"])
def test_garbage_vectors_or_rows_are_not_reused_by_the_next_add(built, tmp_path, garbage):
    load, where = built
    gen = ix.current(where)
    if garbage == "random":  # same size, mtime kept: the answering path never reads vectors.npy
        vecs = np.load(gen / "vectors.npy")
        damage(gen / "vectors.npy", at=0.5, keep_mtime=True, data=np.random.default_rng(0).random(vecs.size).astype(np.float32).tobytes()[: (gen / "vectors.npy").stat().st_size // 2])
    elif garbage == "empty":
        np.save(gen / "vectors.npy", np.zeros((0, 64), dtype=np.float32))
        (gen / "paragraphs.jsonl").write_text("")
    else:
        np.save(gen / "window_rows.npy", np.full(len(np.load(gen / "window_rows.npy")), 834560052, dtype=np.int32))
    assert ix._previous(where, FakeEmbedder.name) == {}  # the reuse step refuses it, and does not crash
    bot = load(progress=False)  # empty or out-of-range rows: found at load, rebuilt; random vectors: not read here
    doc = tmp_path / "wells.txt"
    doc.write_text("Water\n1. The district drilled 40 wells.\n2. Tariffs were frozen.\n3. Pipes were repaired.\n")
    report = bot.add([doc], progress=False)
    assert report.added == ["wells"]
    m = ix.read_manifest(where)
    if garbage == "random":
        assert m["embedded_now"] == m["vectors"] + m["sentences"]  # nothing reused from the damaged generation
    assert bot.search("wells drilled")[0].symbol == "wells"
    assert bot.search("trade unions registration")[0].symbol == "E/C.12/EXA/CO/1"
    ix.load(where, full=True, model_sha="-")


def test_old_manifest_without_hashes_is_rebuilt(built, capsys):
    load, where = built
    gen = ix.current(where)
    m = json.loads((gen / "manifest.json").read_text())
    del m["files"]
    (gen / "manifest.json").write_text(json.dumps(m))
    load()
    assert "records no file hashes" in capsys.readouterr().err and "files" in ix.read_manifest(where)


def test_a_leftover_temp_folder_means_a_full_check(built, monkeypatch):
    load, where = built
    (where / ".tmp-1-1").mkdir()
    seen = []
    real = integrity.check
    monkeypatch.setattr(integrity, "check", lambda gen, m, full=False, **kw: seen.append(full) or real(gen, m, full, **kw))
    ix.load(where)
    assert seen == [True]


def test_a_pinned_generation_is_not_removed_by_a_build(built):
    load, where = built
    old = ix.current(where)
    with integrity.pinned(old):
        load(rebuild=True, progress=False)
        assert old.is_dir() and ix.current(where) != old
    load(rebuild=True, progress=False)  # no longer pinned: the next build prunes it
    assert not old.exists()


def test_readers_never_fail_while_builds_run(built):
    load, where = built
    errors, stop = [], threading.Event()

    def read():
        while not stop.is_set():
            try:
                idx = ix.load(where)
                assert idx.query_model is not None and len(idx.paragraphs) > 5
            except Exception as e:  # noqa: BLE001 - collected and reported
                errors.append(e)

    readers = [threading.Thread(target=read) for _ in range(2)]
    [t.start() for t in readers]
    try:
        for _ in range(8):
            ix.build(load(progress=False).documents, where, ModelFiles(), progress=False)
    finally:
        stop.set()
        [t.join() for t in readers]
    assert errors == []


def test_a_generation_removed_between_reading_current_and_opening_it_is_followed(tmp_path, monkeypatch):
    """A reader reads CURRENT ('gen-a'); before it looks, a build swaps CURRENT to 'gen-b' and removes gen-a. The
    reader reads CURRENT again and gets gen-b, not 'No index' (seen once in 8 concurrent builds, test above). A CURRENT
    naming a folder that stays missing is still no index."""
    (tmp_path / "gen-b").mkdir()
    (tmp_path / "CURRENT").write_text("gen-a", encoding="utf-8")
    is_dir = type(tmp_path).is_dir

    def swapped(self):
        if self.name == "gen-a":  # the build's swap lands between the reader's two steps
            (tmp_path / "CURRENT").write_text("gen-b", encoding="utf-8")
        return is_dir(self)
    monkeypatch.setattr(type(tmp_path), "is_dir", swapped)
    assert ix.current(tmp_path) == tmp_path / "gen-b"
    (tmp_path / "CURRENT").write_text("gen-c", encoding="utf-8")
    assert ix.current(tmp_path) is None


def test_load_of_a_missing_file_says_damaged(built):
    load, where = built
    (ix.current(where) / "lexical" / "vocab.json").unlink()
    with pytest.raises(IndexError_, match="vocab.json is missing"):
        ix.load(where)
