"""Ordinary senses of the rules' trigger words are not coached; the deficit senses still are.

One table pair per KIND of ordinary sense fixed (a thing as subject, a word describing the
thing after it, a medical or financial sense, an organisation refusing, a pronoun...).
"""

from __future__ import annotations

import pytest

from tips_nlp.coach.rules import get_rule_matcher

# kind -> (ordinary senses: no finding, deficit senses: (text, rule id, matched words))
KINDS = {
    "thing as subject": (
        [
            "The fire was out of control when the crews arrived.",
            "The kitchen tap was stubborn and would not turn off.",
            "The dog was hostile towards the postman.",
            "The dog at the farm was running wild.",
            "The traffic at the roundabout was out of control after the crash.",
            "The hedge at the front was unruly and blocked the path.",
            "The drains were smelly and the council was called.",
            "The old factory suffered from subsidence.",
            "The phone had not been tampered with, the examiner said.",
            "The pony was lame after the fall.",
            "The investigation was demanding for the whole team.",
            "The sky was moody and dark over the harbour.",
            "The sea was volatile and the lifeboat turned back.",
            "The printer in the office was playing up again.",
            "The pigeons in the roof were feral.",
            "The burglar alarm went mad at midnight.",
        ],
        [
            ("The lad was out of control in the cell.", "out-of-control", "out of control"),
            ("The man at the door was hostile towards us.", "hostile", "was hostile"),
            ("Her behaviour was aggressive.", "aggressive", "aggressive"),
            ("The girl was stubborn and would not listen.", "stubborn", "stubborn"),
            ("The boys were running wild on the estate.", "running-wild", "running wild"),
            ("The mum was demanding.", "demanding", "was demanding"),
            ("He was aggressive towards staff.", "aggressive", "aggressive"),
            ("The child had been tampered with by her uncle.", "fondled", "tampered with"),
            ("She suffers from depression.", "suffering-mental-illness", "suffers from depression"),
            ("Her mood was volatile.", "irate", "volatile"),
            ("The relationship was volatile.", "irate", "volatile"),
            ("The children were playing up.", "kicking-and-screaming", "playing up"),
            ("The youths at the park were feral.", "feral", "feral"),
            ("The lad went mad at his mum.", "went-mental", "went mad"),
        ],
    ),
    "describes the thing after it": (
        [
            "A stubborn stain on the sofa was swabbed.",
            "The lazy river at the leisure centre was closed.",
            "The scruffy terrier was returned to its owner.",
            "A feral cat was living under the shed.",
            "The rude greetings card was found in the bin.",
            "Animal welfare officers attended with the RSPCA.",
            "The predator drone footage was played to the class.",
            "The naive painting hung in the hallway.",
            "Dwarf conifers lined the drive.",
            "The hard to reach cupboard was searched with a torch.",
        ],
        [
            ("He is a stubborn child.", "stubborn", "stubborn"),
            ("A scruffy man was seen at the bus stop.", "hygiene-label", "scruffy"),
            ("The feral kids were throwing stones.", "feral", "feral"),
            ("She made a rude gesture at the officer.", "disrespectful", "rude"),
            ("The hard to reach families on the estate.", "hard-to-reach", "hard to reach"),
            ("He is lazy and will not get up.", "benefits-label", "lazy"),
            ("He is a predator.", "paedophile", "predator"),
        ],
    ),
    "medical, financial or technical sense": (
        [
            "She needs aggressive chemotherapy for the tumour.",
            "The firm used aggressive debt collection against her.",
            "He is a diabetic nurse at the hospital.",
            "The blind on the kitchen window was broken.",
            "The deaf and hard of hearing team arranged an interpreter.",
            "The possessive pronoun in the statement was wrong.",
            "There was a light tap on the door at 0200.",
            "A one-off payment was made to the family.",
            "The swab came back clean of blood.",
            "He is hooked on fishing.",
            "The ghetto blaster was taken from the car.",
            "The car was a write off after the crash.",
            "Her version of the app was out of date.",
            "A late report from the lab delayed the decision.",
            "The steel shelving was fabricated in the yard.",
            "A leaflet on volatile substance abuse was given to the school.",
        ],
        [
            ("He is a diabetic.", "epileptic", "a diabetic"),
            ("The blind cannot use the service.", "handicapped", "The blind"),
            ("He is possessive of her.", "jealous-type", "possessive"),
            ("It was only a light tap on her arm.", "little-push", "light tap"),
            ("It was a one-off.", "isolated-incident", "a one-off"),
            ("She tested clean for drugs.", "clean-drug-test", "tested clean"),
            ("The drug test came back clean.", "clean-drug-test", "came back clean"),
            ("He is hooked on heroin.", "dirty-sample", "hooked on"),
            ("He is a lost cause and has been written off.", "lost-cause", "lost cause"),
            ("Her version changed twice.", "her-story", "Her version"),
            ("She only made a late report to police.", "late-report", "late report"),
            ("Her account was fabricated.", "malicious-allegation", "fabricated"),
            ("He has a history of substance abuse.", "drug-abuser", "substance abuse"),
        ],
    ),
    "organisation or professional refuses": (
        [
            "The pharmacy refused to dispense the methadone without ID.",
            "The custody sergeant refused to accept him until he was seen by a doctor.",
            "The pub refused to serve him after eleven.",
        ],
        [
            ("He refused to give his name.", "refused", "refused to"),
            ("The victim refused to give a statement.", "refused", "refused to"),
            ("The mum refused to let officers in.", "refused", "refused to"),
        ],
    ),
    "the harm or the person's experience is named": (
        [
            "She was coerced into holding drugs for her partner.",
            "He was forced into carrying knives for the older boys.",
            "The family have found it hard to engage with services that let them down.",
            "Nobody in the house is currently in work.",
            "She said nobody cares about her.",
            "She is in a relationship with an adult who is abusing her.",
            "He is in a relationship with an older man who is grooming him.",
            "Officers told her it was not her fault.",
            "She said it wasn't her fault.",
        ],
        [
            (
                "She is in a relationship with an adult.",
                "older-boyfriend",
                "relationship with an adult",
            ),
            ("He thinks it was her fault.", "own-safety-blame", "her fault"),
            (
                "She does not take responsibility for her own safety.",
                "own-safety-blame",
                "responsibility for her own safety",
            ),
            (
                "She is holding drugs for a local dealer.",
                "child-chose-exploiters",
                "holding drugs for",
            ),
            ("The family are hard to engage.", "hard-to-reach", "hard to engage"),
        ],
    ),
    "other ordinary phrases": (
        [
            "Nobody was home when officers called.",
            "Nobody has claimed the bike found on the green.",
            "It was hard work searching the woods in the rain.",
            "Madam Chair opened the meeting.",
            "The family insisted on staying at the hospital.",
            "He was mad keen on cars as a boy.",
            "Crazy paving led to the back door.",
            "The climbing club teaches safe risk taking to young people.",
            "She was recruited into the navy at eighteen.",
            "He was a runner for the restaurant.",
            "He was a willing participant in the restorative justice conference.",
            "The storm was a monster of a storm.",
            "She likes a drink of tea in the morning.",
            "The analyst was calculating the call volumes.",
            "The cows were fighting each other in the field.",
            "She is a regular customer at the bakery.",
            "He collects frequent flyer points on work trips.",
            "Control told units to calm down their driving on the ice.",
            "The weather was a nightmare for the search.",
        ],
        [
            ("He is a nobody.", "lost-cause", "a nobody"),
            ("She claimed her stepdad hit her.", "claims", "claimed"),
            ("He is hard work.", "character-label", "hard work"),
            ("She insists she was attacked.", "insists", "insists"),
            ("He was mad.", "went-mental", "was mad"),
            ("She was acting crazy in the street.", "crazed", "crazy"),
            ("Her risk-taking has increased.", "risky-behaviour", "risk-taking"),
            ("He was recruited into the gang.", "recruited", "recruited into"),
            ("He was a runner for the line.", "county-lines-slang", "runner for"),
            ("She likes a drink.", "dirty-sample", "likes a drink"),
            ("He is calculating and sly.", "devious", "calculating"),
            ("The couple were fighting each other.", "mutual-fight", "fighting each other"),
            ("He is a regular customer of ours.", "frequent-flyer", "regular customer"),
            ("Calm down or you will be arrested.", "calm-down", "Calm down"),
            ("The boy is a nightmare.", "character-label", "a nightmare"),
        ],
    ),
}

ORDINARY = [(kind, text) for kind, (ordinary, _) in KINDS.items() for text in ordinary]
FLAGGED = [(kind, *row) for kind, (_, flagged) in KINDS.items() for row in flagged]


@pytest.mark.parametrize(("kind", "text"), ORDINARY)
def test_ordinary_sense_is_not_flagged(rule_flags, kind, text):
    assert rule_flags(text) == []


@pytest.mark.parametrize(("kind", "text", "rule_id", "words"), FLAGGED)
def test_deficit_sense_is_still_flagged(rule_flags, kind, text, rule_id, words):
    assert (rule_id, words) in rule_flags(text)


def test_no_rule_flags_its_own_alternatives(nlp):
    """A sentence written the recommended way must not be coached again."""
    matcher = get_rule_matcher()
    hits = {
        (rule.id, alternative): [m.rule.id for m in matcher.matches(nlp(alternative))]
        for rule in matcher.rules.values()
        for alternative in rule.alternatives
    }
    assert {key: ids for key, ids in hits.items() if ids} == {}
