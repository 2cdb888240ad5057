"""Adding documents in a child process: bounded time, the server's memory untouched, the library restored on failure.

The chat serves questions while the child reads the files, embeds them (torch loads there, not in the server) and
builds the new index generation; the server then loads that generation, sharing its query model. A child that
fails, crashes or runs past `timeout` leaves the library exactly as it was.
"""
from __future__ import annotations

import multiprocessing
from pathlib import Path

from .errors import AssistantError

TIMEOUT = 600  # seconds for one upload: reading, embedding and building


def add_in_child(bot, paths: list[str], sources: dict, timeout: float = TIMEOUT) -> list[str]:
    """`bot.add(paths)` done by a child process: the report's lines; raises AssistantError (one line) when nothing
    could be added. The caller then swaps to the new index: bot.reload(lock)."""
    origin = bot._origin
    corpus, where, embedder, settings = origin
    library = Path(where) / "library"
    before = snapshot(library)
    ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: no Gradio threads or locks inherited
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_add, args=(origin, paths, sources, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise AssistantError(f"adding took longer than {timeout:.0f} s and was stopped; nothing was added. "
                                 "Try fewer or smaller files, or add them with: assistant add FILE")
        ok, payload = receive.recv()
    except EOFError:
        ok, payload = False, f"the worker stopped (exit code {child.exitcode}); nothing was added."
    except AssistantError as e:
        ok, payload = False, str(e)
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        child.close()
        receive.close()
    if not ok:
        restore(library, before)
        raise AssistantError(payload)
    return payload


def _add(origin: tuple, paths: list[str], sources: dict, send) -> None:
    from .assistant import Assistant

    corpus, where, embedder, settings = origin
    try:
        bot = Assistant.load(corpus, where, embedder, progress=False, settings=settings, llm=None)
        send.send((True, bot.add(paths, progress=False, sources=sources).lines()))
    except AssistantError as e:
        send.send((False, str(e)))
    except Exception as e:  # noqa: BLE001 - reported to the server as one line
        send.send((False, f"the index could not be rebuilt ({type(e).__name__}: {e}); nothing was added."))


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def restore(folder: Path, before: dict[str, bytes]) -> None:
    """Put the library folder back to `before`: files added since removed, changed ones rewritten."""
    if not folder.is_dir():
        return
    for p in folder.iterdir():
        if p.is_file() and p.name not in before:
            p.unlink(missing_ok=True)
    for name, data in before.items():
        p = folder / name
        if not p.exists() or p.read_bytes() != data:
            p.write_bytes(data)
