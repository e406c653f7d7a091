"""The optional NLI scorer, tested with a tiny model built inside the test (nothing downloaded).

The tiny BERT's weights are set by hand so that its verdicts are known exactly: every token
embeds to zero except "not"; attention is uniform, so the [CLS] vector becomes a fixed vector
when "not" appears anywhere in the pair and stays zero otherwise; the pooler saturates that to
1.0 in dimension 0 and the classifier adds NOT_WEIGHT to the contradiction logit on top of the
label biases. So each pair's probabilities are softmax(BIAS) or softmax(BIAS + NOT_WEIGHT).
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

from checker.errors import UserError
from checker.nlp.nli import NliModelError, NliScorer, Verdict

os.environ.setdefault("HF_HUB_OFFLINE", "1")

WORDS = ["the", "trial", "is", "free", "not", "paid", "plan", "costs", "nothing", "."]
LABELS = {0: "ENTAILMENT", 1: "CONTRADICTION", 2: "Neutral"}
BIAS = [1.0, -0.5, 0.25]
NOT_WEIGHT = 3.0


def softmax(logits: list[float]) -> list[float]:
    exps = [math.exp(x) for x in logits]
    return [e / sum(exps) for e in exps]


def build_tiny_nli(folder: Path, id2label: dict[int, str], bias: list[float],
                   not_weight: float = 0.0) -> Path:
    """Save a 1-layer BERT classifier and its WordPiece tokenizer into folder."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]
    # transformers 5 takes the vocabulary as `vocab` and silently ignores a `vocab_file=`.
    tokenizer = BertTokenizer(vocab={t: i for i, t in enumerate(tokens)}, do_lower_case=True)
    assert tokenizer.tokenize("The trial is not free") == ["the", "trial", "is", "not", "free"]
    config = BertConfig(
        vocab_size=len(tokenizer), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=64, num_labels=len(id2label),
        id2label=id2label, label2id={v: k for k, v in id2label.items()})
    model = BertForSequenceClassification(config).eval()
    hidden = config.hidden_size
    eye = torch.eye(hidden)
    with torch.no_grad():
        for p in model.parameters():
            p.zero_()
        emb = model.bert.embeddings
        emb.word_embeddings.weight[tokenizer.convert_tokens_to_ids("not"), 0] = 1.0
        emb.LayerNorm.weight.fill_(1.0)
        layer = model.bert.encoder.layer[0]
        layer.attention.self.value.weight.copy_(eye)  # zero query/key: uniform attention
        layer.attention.output.dense.weight.copy_(eye)
        layer.attention.output.LayerNorm.weight.fill_(1.0)
        layer.output.LayerNorm.weight.fill_(1.0)  # zero feed-forward: passes [CLS] through
        model.bert.pooler.dense.weight[0, 0] = 100.0  # tanh saturates to exactly 1.0
        lower = [id2label[i].lower() for i in range(len(id2label))]
        if "contradiction" in lower:
            model.classifier.weight[lower.index("contradiction"), 0] = not_weight
        model.classifier.bias.copy_(torch.tensor(bias))
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def tiny_nli(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_nli(tmp_path_factory.mktemp("tiny-nli"), LABELS, BIAS, NOT_WEIGHT)


@pytest.fixture(scope="module")
def scorer(tiny_nli: Path) -> NliScorer:
    return NliScorer(tiny_nli)


PAIRS = [
    ("The trial is free.", "The trial is free."),
    ("The trial is free.", "The trial is not free."),
    ("The plan costs nothing.", "The paid plan is free."),
    ("not", "The trial is free and the plan costs nothing ."),
    ("", ""),
]


def test_labels_are_lower_case_and_probabilities_sum_to_one(scorer):
    verdicts = scorer.score(PAIRS)
    assert len(verdicts) == len(PAIRS)
    assert all(isinstance(v, Verdict) for v in verdicts)
    assert scorer.labels == ["entailment", "contradiction", "neutral"]
    for v in verdicts:
        assert set(v.scores) == {"entailment", "contradiction", "neutral"}
        assert abs(sum(v.scores.values()) - 1.0) < 1e-5
        assert 0.0 <= v.contradiction <= 1.0
        assert v.contradiction == v.scores["contradiction"]
        assert v.label == max(v.scores, key=v.scores.__getitem__)


def test_probabilities_are_the_softmax_of_the_logits_set_by_hand(scorer):
    plain = softmax(BIAS)
    negated = softmax([BIAS[0], BIAS[1] + NOT_WEIGHT, BIAS[2]])
    expected = [plain, negated, plain, negated, plain]
    for verdict, probs in zip(scorer.score(PAIRS), expected, strict=True):
        assert verdict.contradiction == pytest.approx(probs[1], abs=1e-4)
        got = [verdict.scores[n] for n in ("entailment", "contradiction", "neutral")]
        assert got == pytest.approx(probs, abs=1e-4)


def test_not_makes_the_model_call_contradiction(scorer):
    same, negated = scorer.score(PAIRS[:2])
    assert same.label == "entailment"
    assert negated.label == "contradiction"
    assert negated.contradiction > 0.7 > 0.2 > same.contradiction


def test_batching_gives_the_same_verdicts_as_one_by_one(scorer):
    together = scorer.score(PAIRS, batch_size=32)
    in_twos = scorer.score(PAIRS, batch_size=2)
    alone = [scorer.score([pair], batch_size=1)[0] for pair in PAIRS]
    for a, b, c in zip(together, in_twos, alone, strict=True):
        assert a.label == b.label == c.label
        for name in a.scores:
            assert a.scores[name] == pytest.approx(b.scores[name], abs=1e-5)
            assert a.scores[name] == pytest.approx(c.scores[name], abs=1e-5)


def test_each_pair_gets_its_own_verdict_in_order(scorer):
    forward, backward = scorer.score([("The trial is free.", "It is not."),
                                      ("It is not.", "The trial is free.")])
    assert forward.label == backward.label == "contradiction"  # this tiny model is symmetric
    once = scorer.score([("a", "b")])
    assert scorer.score([("a", "b")] * 3) == once * 3  # duplicates are kept, not merged


def test_empty_input_gives_no_verdicts(scorer):
    assert scorer.score([]) == []


def test_the_model_loads_once_per_folder(tiny_nli, scorer):
    again = NliScorer(str(tiny_nli) + "/.")
    assert again._model is scorer._model
    assert again.name == str(tiny_nli) + "/."


def test_label_order_comes_from_the_config_not_the_position(tmp_path):
    folder = build_tiny_nli(tmp_path / "m", {0: "contradiction", 1: "Entailment", 2: "NEUTRAL"},
                            [2.0, 0.0, 0.0])
    verdict = NliScorer(folder).score([("The trial is free.", "The trial is paid.")])[0]
    assert verdict.label == "contradiction"
    assert verdict.contradiction == pytest.approx(softmax([2.0, 0.0, 0.0])[0], abs=1e-4)


def test_a_saved_activation_does_not_change_the_softmax(tmp_path, tiny_nli):
    import torch
    from sentence_transformers import CrossEncoder

    sigmoid = tmp_path / "with-sigmoid"
    CrossEncoder(str(tiny_nli), activation_fn=torch.nn.Sigmoid()).save_pretrained(str(sigmoid))
    verdict = NliScorer(sigmoid).score([PAIRS[1]])[0]
    expected = softmax([BIAS[0], BIAS[1] + NOT_WEIGHT, BIAS[2]])[1]
    assert verdict.contradiction == pytest.approx(expected, abs=1e-4)


def test_a_missing_folder_is_an_error_naming_it(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(NliModelError, match="not found") as info:
        NliScorer(missing)
    assert str(missing) in str(info.value)
    assert isinstance(info.value, UserError)


def test_a_folder_without_a_model_is_an_error_naming_it(tmp_path):
    (tmp_path / "notes.txt").write_text("not a model")
    with pytest.raises(NliModelError, match="not an NLI model") as info:
        NliScorer(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_a_broken_model_is_an_error_naming_it(tmp_path):
    (tmp_path / "config.json").write_text("{ this is not json")
    with pytest.raises(NliModelError, match="cannot load") as info:
        NliScorer(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_a_model_without_a_contradiction_label_is_an_error_naming_it(tmp_path):
    folder = build_tiny_nli(tmp_path / "sentiment", {0: "NEGATIVE", 1: "POSITIVE"}, [0.0, 0.0])
    with pytest.raises(NliModelError, match="contradiction") as info:
        NliScorer(folder)
    assert str(folder) in str(info.value)
    assert "negative" in str(info.value)
