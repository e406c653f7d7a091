"""Pairs of similar rows, found block by block: never an n x n matrix, never a Python loop
over pairs that a mask can rule out (a 1 MB file of near-identical sentences would
otherwise ask for a billion-cell matrix)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

BLOCK = 1024


def similar_pairs(vectors: np.ndarray, threshold: float, groups: np.ndarray | None = None,
                  differ: np.ndarray | None = None) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) whose rows are at cosine >= threshold, in different `groups`
    (e.g. documents) when given, and with different `differ` values when given."""
    n = len(vectors)
    for start in range(0, n, BLOCK):
        rows = np.arange(start, min(start + BLOCK, n))
        mask = vectors[rows] @ vectors.T >= threshold
        mask &= np.arange(n)[None, :] > rows[:, None]
        if groups is not None:
            mask &= groups[rows][:, None] != groups[None, :]
        if differ is not None:
            mask &= differ[rows][:, None] != differ[None, :]
        for i, j in zip(*np.nonzero(mask)):
            yield int(rows[i]), int(j)
