"""The embedding cache, on the real model: a second run embeds only what changed."""

from checker.engine import check
from checker.nlp.embedder import EmbeddingCache, SentenceTransformerEmbedder


def test_a_second_run_embeds_nothing_new_and_an_edit_embeds_only_its_sentence(
        tmp_path, demo_copy):
    cache = EmbeddingCache(tmp_path / "cache")
    first = SentenceTransformerEmbedder(cache=cache)
    result = check([demo_copy], embedder=first)
    assert first.encoded > 300  # every sentence, phrase and positioning text once

    second = SentenceTransformerEmbedder(cache=cache)
    again = check([demo_copy], embedder=second)
    assert second.encoded == 0
    assert [f.fingerprint for f in again.findings] == [f.fingerprint for f in result.findings]

    ad = demo_copy / "marketing/ads/meta-ad.md"
    ad.write_text(ad.read_text() + "\nSchedules your whole team around the lunch rush.\n")
    third = SentenceTransformerEmbedder(cache=cache)
    check([demo_copy], embedder=third)
    assert 1 <= third.encoded <= 3  # the new sentence (and its phrase), nothing else


def test_vectors_are_unit_length_and_match_the_model(embedder):
    vectors = embedder.embed(["The trial lasts 14 days.", "The trial lasts 14 days.", "Hi"])
    assert vectors.shape == (3, 384)
    assert abs(float(vectors[0] @ vectors[0]) - 1.0) < 1e-4
    assert float(vectors[0] @ vectors[1]) > 0.999
    assert float(vectors[0] @ vectors[2]) < 0.5
