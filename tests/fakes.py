"""A deterministic stand-in for the sentence embedder, for unit tests of rule logic.

Bag of words hashed into a fixed number of dimensions: texts that share words are close,
texts that share none are orthogonal. Real-model behaviour is tested elsewhere.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "your", "you",
        "our", "we", "is", "are", "it", "by", "every", "each", "from", "that", "this", "also"}


class HashingEmbedder:
    name = "hashing-bag-of-words"

    def __init__(self, dimensions: int = 512) -> None:
        self.dimensions = dimensions
        self.encoded = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.encoded += len(texts)
        rows = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in zip(rows, texts):
            for word in re.findall(r"[a-z]+", text.lower()):
                if word not in STOP:
                    row[int(hashlib.md5(word.rstrip("s").encode()).hexdigest(), 16)
                        % self.dimensions] += 1.0
            norm = np.linalg.norm(row)
            if norm:
                row /= norm
        return rows
