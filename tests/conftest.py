"""Shared fixtures. The real models load once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpora" / "kestrel"


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One embedding cache for the session, away from the user's own."""
    folder = tmp_path_factory.mktemp("embedding-cache")
    os.environ["ONMESSAGE_CACHE_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def spacy_pipeline():
    from checker.nlp.spacy_pipeline import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def embedder(cache_dir: Path):
    from checker.nlp.embedder import EmbeddingCache, SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(cache=EmbeddingCache(cache_dir))


@pytest.fixture(scope="session")
def demo_result(embedder):
    """The demo corpus checked once with the real pipeline."""
    from checker.engine import check

    return check([DEMO], embedder=embedder)


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A scratch copy of the demo project, for tests that edit files."""
    target = tmp_path / "kestrel"
    shutil.copytree(DEMO, target)
    return target
