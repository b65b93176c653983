"""A fixed, seeded set of fictional police narratives (100-1,000 words) for benchmarking.

Used until the anonymiser dev corpus (data/anonymiser/dev/) is present. Every name, number and
address below is invented; phone numbers are from Ofcom's drama ranges (07700 900xxx,
01632 960xxx). The texts are for measuring speed only: never for tuning rules or models.
"""

from __future__ import annotations

import random

FIRST_NAMES = [
    "Kyle", "Janet", "Aisha", "Tomasz", "Chloe", "Dean", "Priya", "Callum", "Shannon", "Marcus",
    "Leanne", "Jordan", "Bethany", "Ryan", "Kerry", "Mohammed", "Jade", "Liam", "Stacey", "Owen",
]  # fmt: skip
SURNAMES = [
    "O'Brien", "Hughes", "Khan", "Nowak", "Parker", "Mitchell", "Patel", "Fraser", "Doyle",
    "Bennett", "Clarke", "Ahmed", "Reid", "Walsh", "Turner", "Lewis", "Hussain", "Price",
]  # fmt: skip
STREETS = [
    "Elm Court", "Wecock Farm Road", "Park Parade", "Somerstown Lane", "Hart Plain Avenue",
    "Stakes Hill Road", "Botley Road", "Winchester Street", "Castle Road", "Forest Way",
]  # fmt: skip
TOWNS = ["Havant", "Leigh Park", "Portsmouth", "Fareham", "Basingstoke", "Andover", "Eastleigh"]
POSTCODES = ["PO9 1AB", "PO7 5DE", "PO1 2QT", "SO50 4NN", "RG21 7LJ", "SP10 3HD", "PO16 0XX"]
SCHOOLS = ["Park Community School", "Crookhorn College", "Cowplain School", "Testbourne School"]
RELATIONS = ["mum", "dad", "nan", "stepdad", "sister", "aunt", "partner", "ex-partner", "carer"]

# Sentence pieces with slots; {p}/{q} people, {r} a relation, {t} a time, and identifiers.
EVENT_SENTENCES = [
    "At {t} PC {collar} {p} and I attended {n} {street}, {town} {postcode} following a call from "
    "{q}'s {r}.",
    "{q} was spoken to in the kitchen and said that {p} had been shouting since the afternoon.",
    "{q}'s {r} gave her number as {phone} and asked that officers call before visiting again.",
    "A grey Ford Focus, registration {vrm}, was seen leaving shortly before we arrived.",
    "{q} told me that {p} had taken her phone and would not give it back.",
    "The PNC record for {p} shows {pnc} and a previous warning marker for weapons.",
    "{q} is a pupil at {school} and has missed several days this term.",
    "The referral was recorded under crime reference {crime} and passed to the MASH.",
    "{q} was born on {dob} and lives with her {r} at the address.",
    "Custody record {custody} was opened at {t} after {p} was arrested on suspicion of assault.",
    "{q}'s NHS number {nhs} was provided to the ambulance crew, who attended at {t}.",
    "Contact was made with {p} by email at {email} to arrange a further visit.",
    "{p} said that he had been drinking since lunchtime and that {q} had kicked off first.",
    "DS {p} reviewed the body-worn video on {date} and noted that {q} appeared frightened.",
    "{q}'s {r} rang back on {landline} and said the children were staying with her in {town}.",
]
PLAIN_SENTENCES = [
    "The room was cold and there was very little food in the house.",
    "She was crying and holding her left arm, which she said was sore.",
    "He became more agitated when the second officer entered the hallway.",
    "Both children were asleep upstairs and were not woken.",
    "There were broken plates on the floor and a hole in the bedroom door.",
    "She said this was not the first time and that she was scared of what would happen next.",
    "A DASH risk assessment was completed and graded as high risk.",
    "Safeguarding advice was given and a leaflet about local support services was left.",
    "The neighbour reported hearing raised voices through the wall for about an hour.",
    "He was calm when we spoke to him outside and agreed to stay elsewhere overnight.",
    "I explained what would happen next and asked if there was anything she needed.",
    "She did not want to make a statement at this time but agreed to a follow-up call.",
    "He said he had not slept properly for days and was worried about losing his job.",
    "The teenager had a cut to her hand that she said happened while cooking.",
    "Officers remained at the scene until a family member arrived.",
    "The young person said they felt safer staying with friends than at home.",
    "There was a strong smell of cannabis in the living room.",
    "Her speech was slurred and she struggled to remember the order of events.",
    "He apologised several times and said he did not know why he had done it.",
    "A PPN1 was submitted for the children present and for the adult victim.",
]


def _fill(sentence: str, rng: random.Random) -> str:
    def person() -> str:
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"

    slots = {
        "p": person(),
        "q": rng.choice(FIRST_NAMES),
        "r": rng.choice(RELATIONS),
        "t": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "collar": str(rng.randint(1000, 9999)),
        "n": str(rng.randint(1, 120)),
        "street": rng.choice(STREETS),
        "town": rng.choice(TOWNS),
        "postcode": rng.choice(POSTCODES),
        "phone": f"07700 900{rng.randint(0, 999):03d}",
        "landline": f"01632 960{rng.randint(0, 999):03d}",
        "vrm": f"{rng.choice(['HN', 'HK', 'GU'])}{rng.randint(10, 73)} "
        + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)),
        "pnc": f"{rng.choice(['98', '05', '19', '23'])}/{rng.randint(100000, 999999)}"
        + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
        "school": rng.choice(SCHOOLS),
        "crime": f"44{rng.randint(23, 25)}0{rng.randint(100000, 999999)}",
        "custody": f"CU/{rng.randint(23, 25)}/{rng.randint(1000, 99999)}",
        "dob": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1970, 2012)}",
        "date": f"{rng.randint(1, 28)} {rng.choice(['March', 'June', 'October'])} 2024",
        "nhs": "943 476 5919",
        "email": f"{rng.choice(FIRST_NAMES).lower()}.{rng.randint(1, 99)}@example.com",
    }
    return sentence.format(**slots)


def narrative(words: int, rng: random.Random) -> str:
    """One narrative of about `words` words: roughly one identifying sentence in three."""
    sentences: list[str] = []
    count = 0
    while count < words:
        pool = EVENT_SENTENCES if rng.random() < 0.35 else PLAIN_SENTENCES
        sentence = _fill(rng.choice(pool), rng)
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return "\n\n".join(paragraphs) + "\n"


def generate(count: int = 120, *, seed: int = 20240601) -> list[str]:
    """`count` narratives of 100-1,000 words, the same on every run and machine."""
    rng = random.Random(seed)
    return [narrative(rng.randint(100, 1000), rng) for _ in range(count)]


def ppn1_500_words(*, seed: int = 7) -> str:
    """A ~500-word PPN1-style narrative for the warm-latency measurement."""
    return narrative(500, random.Random(seed))
