"""Rules added for recall on unseen phrasing: each flags its phrasing, leaves the ordinary sense
alone, and stays quiet inside quoted speech."""

from __future__ import annotations

import pytest

from tips_nlp.coach.engine import Coach


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(classifier=None)


# (flagged sentence, rule id, the same trigger word in an ordinary sense)
RULES = [
    (
        "Told her if she did not give a statement we could not protect her.",
        "unless-you",
        "If he does not attend, a warrant may be issued by the court.",
    ),
    (
        "I doubt the assault happened at all.",
        "yeah-right",
        "I have no doubt that she was frightened.",
    ),
    (
        "He only pushed her once, according to him.",
        "only-slapped",
        "He had just pushed the door open when officers arrived.",
    ),
    ("It was a little push, nothing more.", "little-push", "The little boy was pushed in a buggy."),
    (
        "Apparently it happened just the once.",
        "only-the-once",
        "She was visited once by the health visitor.",
    ),
    (
        "There was mutual hostility between them.",
        "mutual-hostility",
        "Both parties were interviewed separately.",
    ),
    (
        "Police attended a relationship dispute at the flat.",
        "couple-argument",
        "The argument for a referral was made by the social worker.",
    ),
    (
        "Her account is highly doubtful.",
        "doubtful-account",
        "It is doubtful that the camera covered the alley.",
    ),
    ("She says he took her phone, yeah right.", "yeah-right", "She said yes, that was right."),
    (
        "Her account was treated with scepticism.",
        "treated-with-scepticism",
        "She said she was sceptical that police would help.",
    ),
    (
        "The boy tells stories to get attention.",
        "tells-stories",
        "Nan reads the children stories at bedtime.",
    ),
    (
        "I think she was coached by her mother.",
        "coached-disclosure",
        "He is coached by his dad at football on Saturdays.",
    ),
    ("She reckons he hit her with a bottle.", "reckons", "I reckon the bus will be late."),
    ("He made out he was the victim.", "reckons", "He said he made more money than his mum."),
    (
        "Officers were told it was just a domestic.",
        "just-a-domestic",
        "There was another domestic abuse incident at the address.",
    ),
    (
        "Little weight was placed on her account.",
        "little-weight",
        "The parcel weighed very little.",
    ),
    ("Sit down now, like it or not.", "like-it-or-not", "She said she liked the new flat."),
    (
        "Stay in the car or be restrained.",
        "or-be-restrained",
        "The dog was restrained by its owner.",
    ),
    (
        "We cannot help you unless you support a prosecution.",
        "unless-you",
        "Unless otherwise stated, times are approximate.",
    ),
    ("Shut it and sit down.", "shut-it", "He shut the door behind him."),
    ("Mum is a lost cause.", "lost-cause", "The cause of the fire was not known."),
    ("The grandparents are past it.", "useless-person", "The officer walked past it twice."),
    (
        "The family failed to make use of the support offered.",
        "failed-to-use-support",
        "The car failed to stop at the junction.",
    ),
    ("He has been on our radar for years.", "on-our-radar", "The aircraft was picked up on radar."),
    (
        "He is a right nuisance on the estate.",
        "nuisance-person",
        "Neighbours reported a noise nuisance from the party.",
    ),
    ("The silly cow would not listen.", "insult-3", "The cow got out of the field onto the road."),
    (
        "She voluntarily went with the men to the flat.",
        "voluntarily-went",
        "He attended voluntarily for interview.",
    ),
    (
        "He played a part in what happened to him.",
        "own-decision-blame",
        "He played a part in the school play.",
    ),
    (
        "She went missing again last night.",
        "missing-again",
        "The money went missing from the till.",
    ),
    (
        "She seems to be benefiting financially from the association.",
        "benefiting-from-exploitation",
        "The charity benefits from a local grant.",
    ),
    ("She is seeing a 24-year-old man.", "boyfriend-aged", "She is seeing a counsellor weekly."),
    (
        "The sexual contact appeared to be consensual.",
        "appeared-consensual",
        "The meeting appeared to be well attended.",
    ),
    (
        "Mum's alcoholism was the root cause.",
        "alcoholism",
        "The estate has a drug problem, according to residents.",
    ),
    (
        "Mum chooses the bottle over her kids.",
        "chooses-the-bottle",
        "Mum chose the blue coat for her son.",
    ),
    ("She is a bit la-la at times.", "nutty", "She has a mental health nurse."),
    (
        "He is confined to his chair.",
        "confined-to-chair",
        "He was confined to barracks as a soldier.",
    ),
    ("The lad is a bit thick.", "a-bit-thick", "The fog was thick on the motorway."),
    (
        "The attending officer said it was a cultural thing.",
        "cultural-thing",
        "Her cultural background was recorded at her request.",
    ),
    (
        "The young person is oppositional with staff.",
        "oppositional",
        "He was attacked for no reason outside the shop.",
    ),
]


@pytest.mark.parametrize(("text", "rule_id", "ordinary"), RULES, ids=[r[1] for r in RULES])
def test_recall_rule_flags_its_phrasing(coach, text, rule_id, ordinary):
    assert rule_id in [f.rule_id for f in coach.check(text).findings]


@pytest.mark.parametrize(("text", "rule_id", "ordinary"), RULES, ids=[r[1] for r in RULES])
def test_recall_rule_leaves_the_ordinary_sense_alone(coach, text, rule_id, ordinary):
    assert rule_id not in [f.rule_id for f in coach.check(ordinary).findings]


@pytest.mark.parametrize(("text", "rule_id", "ordinary"), RULES, ids=[r[1] for r in RULES])
def test_recall_rule_is_silent_inside_quoted_speech(coach, text, rule_id, ordinary):
    quoted = f'She told officers: "{text}"'
    assert [f for f in coach.check(quoted).findings if f.severity != "info"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The solvents stored in the garage were volatile, so the fire service attended.",
        "The petrol in the can was volatile and was removed.",
    ],
)
def test_volatile_things_are_not_a_mood_label(coach, text):
    assert "irate" not in [f.rule_id for f in coach.check(text).findings]


def test_volatile_person_is_still_a_mood_label(coach):
    assert "irate" in [f.rule_id for f in coach.check("He was volatile and shouting.").findings]
