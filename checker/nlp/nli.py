"""Optional contradiction scores from a local NLI cross-encoder named in the config.

No licensed NLI model ships on PyPI, so onmessage finds contradictions from its own claim
extraction. A user who has an NLI cross-encoder on disk can name it (`[nlp] nli_model`) and
shortlisted sentence pairs are then also scored by it. Label order differs between models
(MNLI heads put contradiction first, others last), so labels are read from the model's
`id2label`, never assumed by position. Nothing is downloaded: the path must be a local folder.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.errors import UserError

CONTRADICTION = "contradiction"
_MODELS: dict[Path, tuple[object, list[str]]] = {}


class NliModelError(UserError):
    """The configured NLI model cannot be used; the message names the folder and the reason.

    A UserError, so the CLI reports it like any other config mistake instead of a traceback.
    """


@dataclass(frozen=True)
class Verdict:
    """One pair's verdict: the most likely label and every label's probability."""

    label: str
    contradiction: float
    scores: dict[str, float]


class NliScorer:
    """Scores sentence pairs with a local cross-encoder NLI model.

    The model loads once per process and folder, so several checks can share it.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser().resolve()
        self.name = str(path)
        if self.path not in _MODELS:
            _MODELS[self.path] = _load(self.path)
        self._model, self.labels = _MODELS[self.path]

    def score(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> list[Verdict]:
        """Verdicts for (premise, hypothesis) pairs, in order.

        The direction matters to NLI models; a symmetric pair is scored as given and not
        averaged with its mirror, since whether to do so is the caller's decision.
        """
        if not pairs:
            return []
        import torch

        # The model's own activation is replaced by identity so the softmax is over raw
        # logits, whatever activation a saved cross-encoder config happens to name.
        probs = self._model.predict(  # type: ignore[attr-defined]
            [[premise, hypothesis] for premise, hypothesis in pairs],
            batch_size=batch_size, activation_fn=torch.nn.Identity(), apply_softmax=True,
            convert_to_numpy=True, show_progress_bar=False)
        return [_verdict(self.labels, [float(p) for p in row]) for row in probs]


def _verdict(labels: list[str], probs: list[float]) -> Verdict:
    scores = dict(zip(labels, probs))
    best = max(range(len(probs)), key=probs.__getitem__)
    return Verdict(label=labels[best], contradiction=scores[CONTRADICTION], scores=scores)


def _labels(id2label: dict | None, num_labels: int) -> list[str]:
    """Label names by logit index, lower-cased ("CONTRADICTION" and "contradiction" agree)."""
    names = {int(i): str(name).strip().lower() for i, name in (id2label or {}).items()}
    return [names.get(i, f"label_{i}") for i in range(num_labels)]


def _load(path: Path) -> tuple[object, list[str]]:
    if not path.is_dir():
        raise NliModelError("NLI model folder not found (nli_model must be a local folder)", path)
    if not (path / "config.json").is_file():
        raise NliModelError("not an NLI model: the folder has no config.json", path)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from sentence_transformers import CrossEncoder

    try:
        model = CrossEncoder(str(path), local_files_only=True)
    except Exception as exc:  # transformers raises many kinds for a broken folder
        raise NliModelError(f"cannot load the NLI model: {exc}", path) from exc
    config = model.config
    labels = _labels(getattr(config, "id2label", None), model.num_labels)
    if CONTRADICTION not in labels:
        raise NliModelError(
            f"not an NLI model: its labels {labels} have none named {CONTRADICTION!r}", path)
    return model, labels
