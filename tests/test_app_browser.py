"""The chat in a real headless browser (Debian's chromium driven by Playwright) against `assistant chat`."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest

from app_server import ROOT, app_url  # noqa: F401 - the shared server fixture

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path(os.environ.get("ASSISTANT_SCREENSHOT") or Path(tempfile.gettempdir()) / "assistant-chat.png")  # README's: docs/chat.png
FIRST = "What did the Committee recommend on trade unions?"
FOLLOW_UP = "And what did the State reply?"
OFF_CORPUS = "What is the capital of France?"
WAIT = 20_000  # ms
ADD_WAIT = 240_000  # ms: the first add to an index built by an older version embeds the whole corpus again (~60 s)
WATER = """# Report of the Examplestan water board

1. The Examplestan water board inspects every well in the northern valleys twice a year.

2. In 2023 the Examplestan water board closed 14 wells contaminated by arsenic and opened 9 new ones.

3. The water board publishes its inspection results on the notice board of each village council.
"""
ODD = "1. Lorem ipsum dolor sit amet.\n\n2. Consectetur adipiscing elit.\n\n3. Sed do eiusmod tempor.\n"
ADDED = ("evil", "examplestan-water")  # the ids Assistant.add gives the uploads below

pytestmark = pytest.mark.model


def _unavailable(reason: str):
    if os.environ.get("ASSISTANT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (ASSISTANT_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        _unavailable("no browser at /usr/bin/chromium: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, app_url):  # noqa: F811
    """A new browser context per test: a new user, with a conversation of their own."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs, pg.outside = [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("request", lambda r: None if r.url.startswith((app_url, "data:", "blob:")) else pg.outside.append(r.url))
    pg.goto(app_url)
    pg.wait_for_selector("#question textarea", timeout=WAIT)
    yield pg
    assert pg.dialogs == [], "a script in the page opened a dialog"
    assert pg.outside == [], "the page fetched something from outside this machine"
    context.close()


def ask(page, question: str, answers: int) -> str:
    """Types a question, waits until the `answers`-th reply is complete; returns that reply's text."""
    page.fill("#question textarea", question)
    page.click("#ask")
    bot = page.locator('#chat [data-testid="bot"]').nth(answers - 1)
    bot.wait_for(timeout=WAIT)
    page.wait_for_function("n => document.querySelectorAll('#chat .sources, #chat .error').length"
                           " + [...document.querySelectorAll('#chat [data-testid=bot]')].filter("
                           "m => m.innerText.startsWith('Not found in these documents')).length >= n", arg=answers, timeout=WAIT)
    return bot.inner_text()


def test_answer_streams_with_citations_that_open_in_their_document(page, bot):
    expected = bot.ask(FIRST)
    page.evaluate("""() => { window.lengths = [];
        new MutationObserver(() => { const m = document.querySelector('#chat [data-testid=bot]');
          if (m) window.lengths.push(m.innerText.length); })
        .observe(document.querySelector('#chat'), {subtree: true, childList: true, characterData: true}); }""")
    text = ask(page, FIRST, 1)
    assert len(set(page.evaluate("window.lengths"))) > 3, "the answer did not appear progressively"
    for i, c in enumerate(expected.citations, 1):
        assert f"[{i}] {c.label}" in text and c.quote in text
    assert "Committee" in text
    last = expected.citations[-1]
    page.locator("#sources label").filter(has_text=f"[{len(expected.citations)}] {last.label}").click()
    viewer = page.locator("#citation .cite-view")
    viewer.filter(has_text=last.label).wait_for(timeout=WAIT)
    assert viewer.locator(".cite-text").inner_text() == last.text
    assert viewer.locator("mark").inner_text() == last.quote
    assert " › ".join(last.headings) in viewer.inner_text() and last.title in viewer.inner_text()
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))  # an answer with a citation opened (the README's picture, when asked for)
    page.click("#show-in-doc")
    page.wait_for_selector("#ctx-box #ctx-cited", timeout=WAIT)
    from assistant.app import neighbours

    want = [p.ref for p in neighbours(bot.paragraphs, last.symbol, last.paragraph)]
    assert page.locator("#ctx-box .num").all_inner_texts() == want
    assert page.locator("#ctx-cited .num").inner_text() == f"para. {last.paragraph}"
    page.wait_for_function("""() => { const b = document.querySelector('#ctx-box').getBoundingClientRect(),
        c = document.querySelector('#ctx-cited').getBoundingClientRect(); return c.top >= b.top - 1 && c.top < b.bottom; }""",
                           timeout=5000)  # scrolled to the cited paragraph


def test_follow_up_is_read_in_the_conversation(page, bot):
    ask(page, FIRST, 1)
    text = ask(page, FOLLOW_UP, 2)
    expected = bot.ask(FOLLOW_UP, history=[FIRST])
    assert expected.citations and bot.ask(FOLLOW_UP).citations != expected.citations  # history changes the answer
    for i, c in enumerate(expected.citations, 1):
        assert f"[{i}] {c.label}" in text
    assert "State" in text
    page.locator("#sources label").first.filter(has_text=f"[1] {expected.citations[0].label}").wait_for(timeout=WAIT)
    page.get_by_text("Copy or download this answer").click()
    # the accordion renders its textarea only once opened: wait for it to exist, then for the new answer
    page.wait_for_function("q => { const t = document.querySelector('#export textarea'); return !!t && t.value.startsWith(q); }",
                           arg=f"**Question:** {FOLLOW_UP}", timeout=WAIT)
    exported = page.locator("#export textarea").input_value()
    assert all(f"[{i}] {c.label} ({c.voice}, {c.date}): \u201c{c.quote}\u201d" in exported
               for i, c in enumerate(expected.citations, 1))
    with page.expect_download() as download:
        page.click("#download")
    assert Path(download.value.path()).read_text(encoding="utf-8") == exported
    page.locator('#chat [data-testid="bot"]').first.click()  # back to the first answer: its sources
    first = bot.ask(FIRST).citations[0]
    page.locator("#sources label").first.filter(has_text=f"[1] {first.label}").wait_for(timeout=WAIT)


def test_not_found_is_said_plainly(page, bot):
    assert bot.ask(OFF_CORPUS).abstained
    text = ask(page, OFF_CORPUS, 1)
    assert text.startswith("Not found in these documents")
    assert page.locator("#chat .sources:not(.related)").count() == 0  # nothing is cited as the answer
    related = page.locator("#chat .sources.related")
    assert related.count() == 0 or "do not answer" in related.inner_text()


def test_markup_in_a_question_is_shown_as_text(page):
    evil = '<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> <b>trade</b> unions'
    ask(page, evil, 1)
    assert page.locator('#chat [data-testid="user"]').inner_text() == evil
    assert page.locator("#chat img[src=x], #chat script, #chat b").count() == 0
    assert page.evaluate("window.pwned") is None


def test_errors_are_a_message_and_the_app_keeps_serving(page, bot):
    ask(page, "   ", 1)
    assert "The question is empty" in page.locator("#chat .error").inner_text()
    text = ask(page, FIRST, 2)
    assert bot.ask(FIRST).citations[0].label in text


def test_example_questions_and_filters(page, bot):
    page.get_by_text("Narrow the search").click()
    page.locator("#filter-kinds label").filter(has_text="NGO").click()
    page.locator("#filter-note").filter(has_text="Searching: NGO documents.").wait_for(timeout=WAIT)
    page.locator("#chat button").filter(has_text="What do NGOs say about forced evictions?").click()
    page.wait_for_selector("#chat .sources", timeout=WAIT)
    text = page.locator('#chat [data-testid="bot"]').inner_text()
    expected = bot.ask("What do NGOs say about forced evictions?", author_kinds=["ngo"])
    assert all(c.voice == "NGO" for c in expected.citations)
    assert f"[1] {expected.citations[0].label}" in text and "Searching: NGO documents." in text


def remove_added(app_url: str) -> None:  # noqa: F811
    """Takes this test's uploads out of the shared server's library (the repository's index/default) again."""
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    client = Client(app_url, verbose=False)
    for doc in ADDED:
        try:
            client.predict(doc, api_name="/remove")
        except AppError as e:
            assert "No added document" in str(e)


def test_upload_adds_documents_that_answer_at_once(page, app_url):  # noqa: F811
    from assistant.assistant import default_index_root

    library = default_index_root() / "default" / "library"
    remove_added(app_url)  # what an interrupted run may have left
    try:
        page.get_by_text("Add your documents").click()
        page.locator("#upload input[type=file]").set_input_files([
            {"name": "examplestan-water.md", "mimeType": "text/markdown", "buffer": WATER.encode()},
            {"name": "broken.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 not a PDF after all"},
            {"name": "../../evil.txt", "mimeType": "text/plain", "buffer": ODD.encode()},  # a name that tries to climb
        ])
        page.locator("#upload").filter(has_text="broken").wait_for(timeout=WAIT)
        page.click("#add")
        page.locator("#add-report .add-report").wait_for(timeout=ADD_WAIT)
        report = page.locator("#add-report").inner_text().splitlines()
        assert report[:2] == ["added: examplestan-water", "added: evil"]
        assert report[2].startswith("NOT added: broken.pdf: broken.pdf is not a readable PDF")
        assert {p.name for p in library.iterdir() if p.stem in ADDED} == {f"{d}.{x}" for d in ADDED for x in ("txt", "json")}
        gradio_tmp = Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio")
        assert not [d for d in (gradio_tmp, gradio_tmp.parent, ROOT, ROOT.parent, library.parent, library.parent.parent)
                    if (d / "evil.txt").exists()]
        page.get_by_text("Narrow the search").click()
        page.locator("#filter-docs input").click()
        page.locator("ul[role=listbox] li").filter(has_text="examplestan-water").wait_for(timeout=WAIT)
        page.keyboard.press("Escape")
        text = ask(page, "How many wells did the Examplestan water board close?", 1)
        assert "[1] examplestan-water, para. 2" in text and "closed 14 wells contaminated by arsenic" in text
    finally:
        remove_added(app_url)
    assert not [p for p in library.iterdir() if p.stem in ADDED]


def test_recommendations_tab_shows_a_recommendation_beside_its_replies(page, bot):
    page.get_by_role("tab", name="Recommendations").click()
    page.locator("#rec-table [role=gridcell][data-col='0']").filter(has_text=re.compile(r"^\s*24\s*$")).click(timeout=WAIT)
    view = page.locator("#rec-view")
    view.locator(".track-replies").filter(has_text="E/C.12/KAZ/3, para. 247").wait_for(timeout=WAIT)
    assert "E/C.12/KAZ/CO/2, para. 24" in view.locator(".track-recs").inner_text()
    assert view.locator(".track-concerns b").all_inner_texts() == ["E/C.12/KAZ/CO/2, para. 23"]
    want = bot.track("E/C.12/KAZ/CO/2", "24")
    assert view.locator(".track-replies b").all_inner_texts() == [c.label for c in want.replies]
    assert "found by retrieval, not cited by them" in view.locator(".track-ngos").inner_text()
    page.locator("#rec-para input").click()  # the list does the same
    page.locator("ul[role=listbox] li").filter(has_text="para. 33:").click()
    view.locator(".track-recs").filter(has_text="E/C.12/KAZ/CO/2, para. 33").wait_for(timeout=WAIT)
    labels = view.locator(".track-replies b").all_inner_texts()
    assert labels[0].startswith("KAZ-FU-2021") and labels[-1].startswith("E/C.12/KAZ/3")  # 2021 before 2024
