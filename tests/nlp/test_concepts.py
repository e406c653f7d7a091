"""What a claim is about, phrase by phrase, and which sentences speak for the product."""

import numpy as np
import pytest

from checker.nlp.concepts import concepts
from checker.nlp.offerings import OFFERINGS
from checker.nlp.promises import implied_promise
from checker.nlp.vocabulary import PositioningVocabulary

NAMES = {"parcelback"}


@pytest.fixture(scope="module")
def parse(spacy_pipeline):
    return lambda text: spacy_pipeline.nlp(text)[:]


def texts(span):
    return [c.text for c in concepts(span, NAMES)]


@pytest.mark.parametrize("text, absent", [
    ("We don't do inventory, so most clinics keep ordering through their distributor.",
     "inventory"),
    ("Parcelback does not pick, pack or ship outbound orders.", "orders"),
    ("Reminder emails no longer show the wrong time zone.", "zone"),
    ("No more binders and no group chats.", "binders"),
    ("We don't offer fax, so offices that fax daily will need to keep a fax service.", "fax"),
    ("ClassPad has a public marketplace that sends teachers students; we don't.",
     "marketplace"),
    ("Parcelback sends the report to your CFO without anyone touching a spreadsheet.",
     "spreadsheet"),
])
def test_what_the_product_does_not_do_is_not_a_concept(parse, text, absent):
    assert not any(absent in found for found in texts(parse(text)))


def test_a_no_in_another_clause_does_not_hide_what_the_product_does(parse):
    found = texts(parse("Parcelback now also stores patient charts alongside each return, "
                        "so the front desk no longer needs a separate records system."))
    assert "patient charts" in found


def test_a_promised_absence_is_not_a_denial(parse):
    """"you'll never…" promises the reader something; it does not say what the product
    does not do."""
    assert "guarantee" in texts(parse(
        "With Parcelback, you'll never ship a wrong refund again, guaranteed."))
    assert "translation keys" in texts(parse(
        "Parcelback turns hard-coded strings into translation keys, so you never have to "
        "do it by hand."))


@pytest.mark.parametrize("text, identity", [
    ("Parcelback is the volunteer scheduling app that fills every shift.",
     "volunteer scheduling app"),
    ("We're the volunteer scheduling platform that churches trust.",
     "volunteer scheduling platform"),
    ("Parcelback, the all-in-one property management system for hotels.",
     "property management system"),
])
def test_what_the_product_is_said_to_be(parse, text, identity):
    found = {c.text: c.identity for c in concepts(parse(text), NAMES)}
    assert found[identity] is True
    assert not any(is_identity for text_, is_identity in found.items() if text_ != identity)


def test_an_adjective_that_only_describes_is_not_part_of_the_concept(parse):
    found = texts(parse("Parcelback now syncs more patiently on weak connections and shows "
                        "fees in separate columns."))
    assert "connections" in found and "columns" in found
    assert not any("weak" in c or "separate" in c for c in found)
    # an adjective that says which thing it is stays: "hard hats" are not hats
    assert "hard hats" in texts(parse("Parcelback spots missing hard hats in every photo."))


def test_a_list_of_things_is_each_thing(parse):
    found = texts(parse("Every plan includes payroll and staff rota scheduling."))
    assert "payroll" in found and "staff rota scheduling" in found


def test_a_profile_label_and_a_person_are_not_claims(parse):
    assert texts(parse("Company: Fernvale Logistics, freight brokerage, 850 employees.")) == []
    assert texts(parse("Renee Okonkwo leads compliance at Brightmoor.")) == []


def test_a_copy_label_is_not_a_concept_but_what_follows_is(parse):
    found = texts(parse("Headline: Parcelback runs your loyalty program."))
    assert "Headline" not in " ".join(found) and any("loyalty" in f for f in found)


def test_the_product_action_is_a_concept_of_its_own(parse):
    assert "hire" in texts(parse("Parcelback hires new team members for you."))


def test_a_category_that_goes_by_its_initials_is_kept(parse):
    assert "CRM" in texts(parse("Parcelback is the CRM built for legal teams."))


@pytest.mark.parametrize("text, how", [
    ("Automatic sales tax filing in 40 countries", "feature"),
    ("Headline: The pet owner app your clients will love.", "label"),
    ("Headline 1: Guaranteed Top-10 App Ranking", "label"),
    ("The clause library now rewrites any clause for you.", "part"),
    ("Renewal alerts can now renegotiate pricing with the vendor.", "part"),
    ("Teams that switch usually cut their lease costs in half.", "outcome"),
    ("Your product pages will climb in Google search results.", "outcome"),
    ("Your temperature logs are kept in one place for the inspector.", "outcome"),
    ("Switch your box office this month and watch your room climb the rankings.", "outcome"),
    ("The new photo tool automatically spots missing hard hats in every picture.", "part"),
])
def test_sentences_that_speak_for_the_product_without_naming_it(parse, text, how):
    block = "list_item" if how == "feature" else "paragraph"
    assert implied_promise(parse(text), block, True, {"renewal", "alert"}) == how


@pytest.mark.parametrize("text, block, after", [
    ("Drop the dollar signs from every price.", "list_item", True),  # a tip
    ("Exporting the day to Xero for your bookkeeper", "list_item", True),  # an agenda item
    ("Tidepool sells swimwear from a small studio in Cornwall.", "list_item", True),
    ("It was a long winter for the whole team.", "paragraph", False),  # no product yet
    ("It is easy to see why so many teams switch.", "paragraph", True),  # expletive "it"
    ("The weather will be lovely for the team offsite.", "paragraph", True),
])
def test_sentences_that_do_not(parse, text, block, after):
    assert implied_promise(parse(text), block, after, set()) is None


def test_it_speaks_for_the_product_once_the_product_is_the_topic(parse):
    span = parse("It even flags early signs of kidney disease from the bloodwork.")
    assert implied_promise(span, "paragraph", True, set()) == "it"
    assert implied_promise(span, "paragraph", False, set()) is None


def test_offerings_the_positioning_covers_are_not_rivals(spacy_pipeline, embedder):
    payroll = PositioningVocabulary(["Payroll processing for restaurants, every two weeks."],
                                    spacy_pipeline.nlp, embedder, {"kestrel"})
    returns = PositioningVocabulary(["Returns management for online brands."],
                                    spacy_pipeline.nlp, embedder, {"parcelback"})
    assert "payroll processing" not in payroll.rivals
    assert "payroll processing" in returns.rivals
    assert len(returns.rivals) < len(OFFERINGS)


def test_support_names_the_rival_and_how_the_sentence_reads(spacy_pipeline, embedder):
    vocabulary = PositioningVocabulary(["Returns management for online brands."],
                                       spacy_pipeline.nlp, embedder, {"parcelback"})
    sentences = ["Parcelback can also run payroll for your warehouse crew.",
                 "Parcelback keeps track of every return."]
    claims = [concepts(spacy_pipeline.nlp(s)[:], {"parcelback"}) for s in sentences]
    payroll, track = vocabulary.support(claims, np.stack(embedder.embed(sentences)))
    rival = next(s for s in payroll if s.concept == "payroll")
    assert "payroll" in rival.rival and rival.rival_similarity > rival.support
    assert rival.rival_context > max((s.rival_context for s in track), default=0.0)


@pytest.mark.parametrize("text, word", [
    ("We guarantee a 15% drop in your fuel spend.", "guarantee"),
    ("Cut your bill in half or your money back.", "guarantee"),
    ("Every plan comes with a 60-day money-back promise.", "guarantee"),
    ("Our meals are clinically shown to improve focus.", "clinically"),
    ("The spice blends are certified to reduce inflammation.", "certify"),
])
def test_an_outcome_promised_outright_is_a_concept(parse, text, word):
    assert word in texts(parse(text))


@pytest.mark.parametrize("text", ["We can't guarantee a ranking on Google.",
                                  "Talk about what Kestrel shows, not what it guarantees.",
                                  "Brands would rather keep the sale than send the money back."])
def test_a_promise_refused_is_not(parse, text):
    assert "guarantee" not in texts(parse(text))


def test_a_word_an_offering_only_ends_with_is_not_that_offering(spacy_pipeline, embedder):
    vocabulary = PositioningVocabulary(["Returns management for online brands."],
                                       spacy_pipeline.nlp, embedder, {"parcelback"})
    sentences = ["The best way to trial Parcelback is with your own returns."]
    claims = [[c for c in concepts(spacy_pipeline.nlp(s)[:], {"parcelback"})
               if c.text == "trial"] for s in sentences]
    (trial,), = vocabulary.support(claims, np.stack(embedder.embed(sentences)))
    assert trial.rival != "clinical trials"
