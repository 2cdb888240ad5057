"""Hostile files are refused while they are read; a failed add leaves the library as it was; chat uploads replace."""
from __future__ import annotations

import subprocess
import threading
import time
import zipfile
from pathlib import Path

import pytest

from assistant.ingest import formats, library
from assistant.search import index as ix
from assistant.errors import AssistantError, CorpusError

WELLS = "Water\n1. The district drilled 40 wells in 2022.\n2. Tariffs were frozen.\n3. Pipes were repaired.\n"


def docx_bomb(path: Path, inflated: int) -> Path:
    """A .docx whose document.xml inflates to `inflated` bytes (zeros compress ~1000:1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        with z.open("word/document.xml", "w") as f:
            block = b"<w:p>" + b" " * (1 << 20)
            for _ in range(inflated // len(block)):
                f.write(block)
    return path


def test_a_docx_bomb_is_refused_from_its_sizes_before_it_is_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "MAX_UNPACKED", 20_000_000)
    bomb = docx_bomb(tmp_path / "bomb.docx", 40_000_000)
    with pytest.raises(CorpusError, match="its part word/document.xml would unpack to 4\\d MB, more than the 10 MB"):
        monkeypatch.setattr(formats, "MAX_XML", 10_000_000)
        formats.read_file(bomb)
    monkeypatch.setattr(formats, "MAX_XML", 100_000_000)
    assert bomb.stat().st_size < 200_000
    t0 = time.perf_counter()
    with pytest.raises(CorpusError, match="would unpack to 4\\d MB, more than the 20 MB allowed"):
        formats.read_file(bomb)
    assert time.perf_counter() - t0 < 2


def test_a_zip_whose_header_lies_is_caught_while_reading(tmp_path):
    bomb = docx_bomb(tmp_path / "liar.docx", 8_000_000)
    with pytest.raises(CorpusError):  # declared sizes pass a 5 MB limit only if the header lies; reading counts
        formats.check_zip(bomb, limit=5_000_000)
    data = bytearray(bomb.read_bytes())  # make the central directory claim a tiny size: zipfile then stops early
    i = data.rfind(b"PK\x01\x02")
    while i >= 0:
        data[i + 24:i + 28] = (100).to_bytes(4, "little")
        i = data.rfind(b"PK\x01\x02", 0, i)
    bomb.write_bytes(bytes(data))
    with pytest.raises(CorpusError):  # a lying header gives a CRC error, never 8 MB in memory
        formats.check_zip(bomb, limit=5_000_000)


def test_too_much_html_text_pages_or_paragraphs_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(formats, "MAX_HTML_BYTES", 1000)
    page = tmp_path / "big.html"
    page.write_text("<p>" + "word " * 1000 + "</p>")
    with pytest.raises(CorpusError, match="MB of HTML"):
        formats.read_file(page)
    monkeypatch.setattr(formats, "MAX_CHARS", 100)
    text = tmp_path / "long.txt"
    text.write_text("1. " + "word " * 100)
    with pytest.raises(CorpusError, match="more than 100 characters"):
        formats.read_file(text)
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    for _ in range(3):
        writer.add_blank_page(200, 200)
    with open(tmp_path / "pages.pdf", "wb") as f:
        writer.write(f)
    monkeypatch.setattr(formats, "MAX_PDF_PAGES", 2)
    with pytest.raises(CorpusError, match="3 pages, more than the 2 allowed"):
        formats.read_file(tmp_path / "pages.pdf")
    monkeypatch.setattr(library, "MAX_PARAGRAPHS", 2)
    (tmp_path / "wells.txt").write_text(WELLS)
    report = library.add([tmp_path / "wells.txt"], tmp_path / "lib", {}, set())
    assert "3 paragraphs, more than the 2 allowed" in report.failed[0][1] and not list((tmp_path / "lib").iterdir())


def test_a_failed_build_leaves_the_library_as_it_was(tiny_bot, tmp_path, monkeypatch):
    (tmp_path / "wells.txt").write_text(WELLS)
    library_dir = tiny_bot._origin[1] / "library"

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ix, "_build", full)
    with pytest.raises(AssistantError, match="No space left on device.*Nothing was added"):
        tiny_bot.add([tmp_path / "wells.txt"], progress=False)
    assert not list(library_dir.glob("*.json")) and not list(library_dir.glob("*.txt"))
    monkeypatch.undo()
    assert tiny_bot.ask("trade unions").citations  # still answers, and a later add works
    assert tiny_bot.add([tmp_path / "wells.txt"], progress=False).added == ["wells"]


def _mount(*args: str) -> None:
    r = subprocess.run(["mount", *args], capture_output=True, text=True)
    if r.returncode:
        pytest.skip(f"cannot mount here (needs root in a container that allows it): {r.stderr.strip()}")


@pytest.fixture()
def tmpfs(tmp_path):
    """A 1 MB filesystem: full as soon as a test fills it."""
    where = tmp_path / "small"
    where.mkdir()
    _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where))
    yield where
    subprocess.run(["umount", "-l", str(where)])


def test_a_full_disk_during_add_is_one_message_and_the_library_keeps_nothing(tiny_corpus, tmpfs, tmp_path):
    from assistant import Assistant
    from assistant.search.embed import FakeEmbedder

    bot = Assistant.load(tiny_corpus, tmpfs / "index", embedder=FakeEmbedder(), progress=False, settings={"abstain_below": -100.0})
    doc = tmp_path / "report.txt"
    doc.write_text("".join(f"{i}. The water board of district {i} reported on its wells and tariffs.\n" for i in range(1, 2500)))
    import os

    st = os.statvfs(tmpfs)
    (tmpfs / "filler").write_bytes(b"\0" * (st.f_bavail * st.f_frsize - int(1.3 * doc.stat().st_size)))  # the text fits, the index does not
    with pytest.raises(AssistantError, match="No space left on device"):
        bot.add([doc], progress=False)
    assert not [p for p in (tmpfs / "index" / "library").iterdir()]
    assert bot.ask("trade unions").citations
    assert Assistant.load(tiny_corpus, tmpfs / "index", embedder=FakeEmbedder(), progress=False).search("oil strikes")


def test_a_read_only_index_folder_answers_and_refuses_to_add_in_one_line(tiny_corpus, tmp_path):
    from assistant import Assistant
    from assistant.search.embed import FakeEmbedder

    src, ro = tmp_path / "index", tmp_path / "ro"
    Assistant.load(tiny_corpus, src, embedder=FakeEmbedder(), progress=False)
    ro.mkdir()
    _mount("--bind", str(src), str(ro))
    try:
        _mount("-o", "remount,ro,bind", str(ro))
        bot = Assistant.load(tiny_corpus, ro, embedder=FakeEmbedder(), progress=False)
        assert bot.search("oil strikes")
        (tmp_path / "wells.txt").write_text(WELLS)
        with pytest.raises(AssistantError, match="Cannot write the library .*Read-only file system"):
            bot.add([tmp_path / "wells.txt"], progress=False)
        with pytest.raises(AssistantError, match="Cannot write the index .*Read-only file system"):
            Assistant.load(tiny_corpus, ro, embedder=FakeEmbedder(), rebuild=True, progress=False)
    finally:
        subprocess.run(["umount", "-l", str(ro)])


def test_a_model_that_cannot_be_read_is_not_called_a_full_disk(tiny_corpus, tmp_path):
    """An OSError while embedding (a model file or a library that cannot be read) was reported as 'Cannot write the
    index': the message now names the embedding, and the previous index stays."""
    from assistant import Assistant
    from assistant.search.embed import FakeEmbedder

    class Unreadable(FakeEmbedder):
        name = "unreadable-64"  # another model: nothing of the index is reused, every paragraph is embedded

        def embed(self, texts, progress=False):
            raise FileNotFoundError(2, "No such file or directory", "model.safetensors")

    Assistant.load(tiny_corpus, tmp_path / "index", embedder=FakeEmbedder(), progress=False)
    with pytest.raises(AssistantError, match="Could not embed the paragraphs .*model.safetensors.*previous index is unchanged"):
        Assistant.load(tiny_corpus, tmp_path / "index", embedder=Unreadable(), rebuild=True, progress=False)
    assert Assistant.load(tiny_corpus, tmp_path / "index", embedder=FakeEmbedder(), progress=False).search("oil strikes")


# --- the chat's uploads ---------------------------------------------------------------------------
def upload(folder: Path, name: str, text: str) -> str:
    """Where Gradio keeps an uploaded copy: a new temp folder for every upload."""
    folder.mkdir(parents=True)
    (folder / name).write_text(text, encoding="utf-8")
    return str(folder / name)


def test_an_edited_upload_with_the_same_name_replaces_it(tiny_bot, tmp_path):
    pytest.importorskip("gradio")
    from assistant.app import Chat

    chat = Chat(tiny_bot, delay=0)
    first = chat.add_files([upload(tmp_path / "u1", "dingo.txt", WELLS)])[0]
    second = chat.add_files([upload(tmp_path / "u2", "dingo.txt", WELLS.replace("40 wells", "41 wells"))])[0]
    assert "added: dingo" in first and "replaced: dingo" in second
    assert [d["cite_as"] for d in tiny_bot.index.documents if d["cite_as"].startswith("dingo")] == ["dingo"]
    assert "41 wells" in tiny_bot.search("wells drilled", k=1)[0].text


def test_a_bomb_upload_is_refused_and_questions_go_on_meanwhile(tiny_bot, tmp_path):
    pytest.importorskip("gradio")
    from assistant.app import Chat

    chat, answered = Chat(tiny_bot, delay=0), []
    bomb = docx_bomb(tmp_path / "bomb.docx", 300_000_000)  # 300 MB of XML, ~300 KB on disk
    worker = threading.Thread(target=lambda: answered.append(chat.add_files([str(bomb)])[0]))
    worker.start()
    t0 = time.perf_counter()
    while worker.is_alive():
        assert chat.ask("trade unions").citations  # never waits for the upload
        assert time.perf_counter() - t0 < 60
    assert "NOT added: bomb.docx: bomb.docx: its part word/document.xml would unpack to 300 MB" in answered[0]


def test_an_upload_past_its_time_limit_is_stopped_and_adds_nothing(tiny_bot, tmp_path):
    from assistant.upload import add_in_child

    path = upload(tmp_path / "u1", "wells.txt", WELLS)
    with pytest.raises(AssistantError, match="longer than 0 s and was stopped; nothing was added"):
        add_in_child(tiny_bot, [path], {}, timeout=0.05)
    assert not list((tiny_bot._origin[1] / "library").glob("*.json"))
