"""Channel coverage arithmetic: shares of the pillars and the divergence between channels."""

import pytest

from checker.nlp.coverage import ChannelCoverage, divergence


def test_shares_are_fractions_of_the_claims_that_carry_a_pillar():
    channel = ChannelCoverage("sales", claims=30, counts={"a": 6, "b": 2, "c": 0})
    assert channel.carrying == 8
    assert channel.shares() == {"a": 0.75, "b": 0.25, "c": 0.0}


def test_a_channel_that_carries_nothing_has_no_share():
    assert ChannelCoverage("sales", 3, {"a": 0}).share("a") == 0.0


@pytest.mark.parametrize("a, b, expected", [
    ({"x": 5, "y": 5}, {"x": 1, "y": 1}, 0.0),  # same emphasis, different volume
    ({"x": 4, "y": 0}, {"x": 0, "y": 4}, 1.0),  # no pillar in common
    ({"x": 3, "y": 1}, {"x": 1, "y": 3}, 0.5),
])
def test_divergence_is_the_share_of_claims_that_would_have_to_move(a, b, expected):
    assert divergence(ChannelCoverage("m", 10, a), ChannelCoverage("s", 10, b)) == expected
