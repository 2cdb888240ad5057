"""The command line: parse, call Assistant, print. Errors print one line and exit 1."""
from __future__ import annotations

import argparse
import json
import sys
import textwrap

from .errors import AssistantError
from .records import AUTHOR_KINDS


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="assistant", description="Answers questions about human-rights treaty documents, citing their paragraphs.")
    p.add_argument("--corpus", help="folder of documents: PDF, DOCX, HTML, Markdown, text (default: the bundled Kazakhstan CESCR corpus)")
    p.add_argument("--index-dir", help="where the index lives (default: index/ of the checkout, or $ASSISTANT_INDEX_DIR)")
    sub = p.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question, with citations")
    ask.add_argument("question", nargs="+")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument("--doc", action="append", help="only this document (symbol or id); repeatable")
    ask.add_argument("--author", action="append", choices=AUTHOR_KINDS, help="only this author kind; repeatable")
    ask.add_argument("--llm-url", help="an OpenAI-compatible server (llama.cpp, Ollama, vLLM...): generative answer, verified")
    ask.add_argument("--llm-model", help="the model name the server expects (with --llm-url)")
    ask.add_argument("--no-llm", action="store_true", help="extractive answer even when ASSISTANT_LLM_BASE_URL is set")
    search = sub.add_parser("search", help="ranked paragraphs, no answer composed")
    search.add_argument("question", nargs="+")
    search.add_argument("-k", type=int, default=10)
    search.add_argument("--json", action="store_true")
    add = sub.add_parser("add", help="add documents (PDF, DOCX, HTML, Markdown, text; files or folders)")
    add.add_argument("paths", nargs="+")
    add.add_argument("--symbol", help="set the UN symbol (else read from the text)")
    add.add_argument("--title")
    add.add_argument("--author-kind", choices=AUTHOR_KINDS)
    add.add_argument("--date", help="YYYY-MM-DD")
    add.add_argument("--country", help="the country the document is about (else read from its title)")
    rm = sub.add_parser("remove", help="take an added document out (by id or symbol)")
    rm.add_argument("doc")
    tr = sub.add_parser("track", help="a recommendation and the replies to it; without a paragraph, the table of all")
    tr.add_argument("symbol", nargs="?", help="concluding observations (default: the Committee document of the corpus)")
    tr.add_argument("paragraph", nargs="?", help="e.g. 24, or 11 (b), or a concern paragraph such as 23")
    tr.add_argument("--json", action="store_true")
    idx = sub.add_parser("index", help="build or inspect the index")
    idx.add_argument("action", choices=["build", "status", "verify"],
                     help="build; status (documents, counts, every file checked); verify (check every file, rebuild if damaged)")
    chat = sub.add_parser("chat", help="open the chat in a browser on this machine (needs: pip install 'treaty-assistant[chat]')")
    chat.add_argument("--host", default="127.0.0.1", help="address to serve on (default: 127.0.0.1, this machine only)")
    chat.add_argument("--port", type=int, default=7860)
    ev = sub.add_parser("eval", help="run the eval suite of known answers")
    ev.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ev.add_argument("--out", default="evals/report", help="folder for report.json and report.md")
    ev.add_argument("--peers", action="store_true", help="also run BM25, dense and LlamaIndex's default pipeline")
    ev.add_argument("--gate", action="store_true", help="exit 1 if a metric falls below evals/thresholds.json")
    ev.add_argument("--sidecars", action="store_true", help="the questions of the --corpus folder's sidecars (e.g. tests/fixtures/real)")
    ev.add_argument("--questions", help="another file of questions in the same format (e.g. evals/fresh/k.jsonl); all of its splits")
    for command in sub.choices.values():
        _backend_options(command)
    return p


def _backend_options(p: argparse.ArgumentParser) -> None:
    """Where the index lives, for every command that loads it (docs/scale.md)."""
    p.add_argument("--backend", choices=["embedded", "milvus"], help="the index in this process (default) or on a "
                   "Milvus server ($ASSISTANT_BACKEND; needs: pip install 'treaty-assistant[scale]')")
    p.add_argument("--uri", help="the Milvus server, e.g. http://127.0.0.1:19530 ($ASSISTANT_MILVUS_URI)")
    p.add_argument("--ray", metavar="auto|ADDRESS", help="embed on this Ray cluster when (re)building the index")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except AssistantError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `assistant ask ... | head -3`: the reader has what it wanted
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return 0
    except OSError as e:  # a read-only folder, a full disk: the system's words, one line
        where = f" ({e.filename})" if e.filename else ""
        print(f"Error: {e.strerror or e}{where}. Check the folder's free space and permissions, or set "
              "ASSISTANT_INDEX_DIR to another folder.", file=sys.stderr)
        return 1


def _run(args) -> int:
    from .assistant import Assistant

    if args.command == "index" and args.action in ("status", "verify"):
        return _status(args) if args.action == "status" else _verify(args)
    if args.command == "eval":
        from .evaluation.run import main as eval_main

        return eval_main(args)
    if args.command == "chat":
        from .errors import need

        need("gradio", "'treaty-assistant[chat]'")  # before loading the model: fail fast
    llm = "env"
    if getattr(args, "no_llm", False):
        llm = None
    elif getattr(args, "llm_url", None):
        from .answer.generate import LLMConfig

        llm = LLMConfig(args.llm_url, args.llm_model or "default")
    bot = Assistant.load(args.corpus, args.index_dir, rebuild=args.command == "index", llm=llm,
                         backend=args.backend, uri=args.uri, ray=args.ray)
    if args.command == "chat":
        from .app import serve

        serve(bot, args.host, args.port)
        return 0
    if args.command == "index":
        m = bot.index.manifest
        print(f"Index ready: {m['paragraphs']} paragraphs, {m['vectors']} vectors and {m.get('sentences', 0)} sentence vectors, {m['documents']} documents ({bot.index.gen})")
        return 0
    if args.command == "track":
        return _track(bot, args)
    if args.command == "add":
        report = bot.add(args.paths, symbol=args.symbol, title=args.title, author_kind=args.author_kind, date=args.date,
                         country=args.country)
        print("\n".join(report.lines()) or "Nothing to add.")
        return 1 if report.failed else 0
    if args.command == "remove":
        print(f"removed: {bot.remove(args.doc)}")
        return 0
    question = " ".join(args.question)
    if args.command == "search":
        cites = bot.search(question, k=args.k)
        if args.json:
            print(json.dumps([c.to_dict() for c in cites], ensure_ascii=False, indent=1))
        for i, c in enumerate(cites, 1):
            if not args.json:
                print(f"{i:>2}. {c.label}  [{c.voice}]  score {c.score:.4f}\n    {textwrap.shorten(c.text, 200)}")
        return 0
    ans = bot.ask(question, symbols=args.doc, author_kinds=args.author)
    if args.json:
        print(json.dumps(ans.to_dict(), ensure_ascii=False, indent=1))
        return 0
    print(ans.text)
    for i, c in enumerate(ans.citations, 1):
        print(f"\n[{i}] {c.label} \u2014 {c.voice}, {c.title} ({c.date})")
        if c.headings:
            print(f"    under: {' > '.join(c.headings)}")
        print(textwrap.indent(textwrap.fill(c.text, 100), "    "))
    if ans.related:
        print("\nClosest paragraphs (related, they do not answer the question):")
        for c in ans.related:
            print(f"  - {c.label} — {c.voice}: {textwrap.shorten(c.text, 160)}")
    return 0


def _track(bot, args) -> int:
    if not args.paragraph:
        rows = bot.recommendations(args.symbol)
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
            return 0
        print(f"{'para.':<7}{'topic':<42}{'follow-up':<10}{'NGO':>4}  State replies")
        for r in rows:
            print(f"{r['paragraph']:<7}{r['topic'][:40]:<42}{'yes' if r['follow_up_requested'] else '':<10}{r['n_ngo']:>4}  {r['replies'] or '-'}")
        print(f"\n{sum(r['replied'] for r in rows)} of {len(rows)} recommendations have a State reply that cites them.")
        return 0
    t = bot.track(args.symbol, args.paragraph)
    if args.json:
        print(json.dumps(t.to_dict(), ensure_ascii=False, indent=1))
        return 0
    section = lambda title, cs: [print(f"\n{title}")] + [print(f"  {c.label} ({c.date}): {textwrap.shorten(c.text, 240)}") for c in cs]
    section(f"Recommendation ({t.topic})", [t.recommendation])
    section("The Committee's concern", t.concerns)
    section(f"The State's replies ({len(t.replies)}), citing it", t.replies)
    section("NGO paragraphs on the subject (found by retrieval, not cited by them)", t.ngo)
    if t.earlier:
        print("\nEarlier recommendations it refers to (not in the corpus): " + ", ".join(f"{l.target_symbol}, para. {l.target}" for l in t.earlier))
    return 0


def _status(args) -> int:
    from pathlib import Path

    from .search import index as ix
    from .assistant import default_index_root, index_dir_for
    from .search.embed import MODEL_NAME
    from .ingest.load import BUNDLED, load_corpus, load_library

    corpus = Path(args.corpus) if args.corpus else BUNDLED
    where = Path(args.index_dir) if args.index_dir else index_dir_for(corpus, default_index_root())
    library = load_library(where / "library")
    added = {d.doc_id for d in library}
    docs = load_corpus(corpus) + library
    m = ix.read_manifest(where)
    why = ix.staleness(where, docs, MODEL_NAME)
    damage = _damage(where)
    print(f"Index {ix.current(where)}\n  {m['paragraphs']} paragraphs, {m['vectors']} vectors ({m['faiss']}), model {m['model']}, built {m['built_at']}")
    print("  state: " + ("fresh" if why is None else f"STALE - {why}; rebuild: assistant index build"))
    print("  files: " + (f"{len(m.get('files', {}))} checked, each matches its SHA-256" if damage is None else f"DAMAGED - {damage}"))
    why = why or damage
    counts: dict[str, int] = {}
    for line in open(ix.current(where) / "paragraphs.jsonl", encoding="utf-8"):
        sym = json.loads(line)["symbol"]
        counts[sym] = counts.get(sym, 0) + 1
    for d in docs:
        tag = " (added)" if d.doc_id in added else ""
        print(f"  {d.cite_as:<18} {counts.get(d.cite_as, 0):>4} units  {d.author_kind:<9} {d.date:<18} {d.title[:55]}{tag}")
    return 0 if why is None else 1


def _damage(where) -> str | None:
    """Every file of the current generation hashed against its manifest: None, or what differs."""
    from .search import index as ix
    from .errors import IndexError_

    try:
        ix.load(where, full=True, model_sha="-")
    except IndexError_ as e:
        return str(e)
    return None


def _verify(args) -> int:
    from pathlib import Path

    from .search import index as ix
    from .assistant import Assistant, default_index_root, index_dir_for
    from .ingest.load import BUNDLED

    corpus = Path(args.corpus) if args.corpus else BUNDLED
    where = Path(args.index_dir) if args.index_dir else index_dir_for(corpus, default_index_root())
    damage = _damage(where)
    if damage is None:
        print(f"Index verified: every file of {ix.current(where)} matches its SHA-256.")
        return 0
    print(damage.split(". Rebuild it")[0] + "; rebuilding it from the documents.")
    bot = Assistant.load(args.corpus, args.index_dir, rebuild=True, llm=None)
    print(f"Index rebuilt: {bot.index.gen}")
    return 0

