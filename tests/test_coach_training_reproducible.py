"""Training twice on the same data gives the same model behaviour and a card describing it."""

from __future__ import annotations

import csv
import json

from tips_nlp.coach.classifier import CARD_FILE, MODEL_FILE, load_classifier_from, sha256_of
from tips_nlp.coach.training import train_coach

FLAGS = [
    ("He kicked off and was being a nightmare.", "labelling-behaviour", "Trust"),
    ("She was gobby and had an attitude problem.", "labelling-behaviour", "Trust"),
    ("The lad is a troublemaker like his brothers.", "labelling-behaviour", "Trust"),
    ("She is a junkie and always will be.", "substance-use", "Empowerment"),
    ("Dad is a drunk who chooses the bottle.", "substance-use", "Empowerment"),
    ("He is a smackhead from the hostel.", "substance-use", "Empowerment"),
    ("She brought it on herself by going there.", "victim-blaming", "Safety"),
    ("He only has himself to blame for the stabbing.", "victim-blaming", "Safety"),
    ("She put herself at risk by drinking.", "victim-blaming", "Safety"),
]
OKS = [
    ("He shouted and threw a cup at the wall.", "neutral"),
    ("She said she had drunk two bottles of wine.", "neutral"),
    ("Officers took him to hospital with a cut hand.", "neutral"),
    ("The boy was found in a car with older men.", "neutral"),
    ("She told us he hit her with a belt.", "alternative"),
    ("A man who uses heroin was found in the park.", "alternative"),
    ("He became distressed and raised his voice.", "alternative"),
    ('She said "I kicked off, I am a junkie".', "quoted"),
    ("The kitchen was clean and tidy.", "homonym"),
    ("The court refused bail.", "homonym"),
]


def _write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label", "kind", "category", "principle", "source"])
        writer.writerows(rows)


def _fixture(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    train = [(t, "flag", "blaming", c, p, "batch-a") for t, c, p in FLAGS]
    train += [(t, "ok", k, "", "", "batch-a") for t, k in OKS]
    dev = [
        ("Mum is a druggie.", "flag", "blaming", "substance-use", "Empowerment", "batch-b"),
        ("She kicked off at the door staff.", "flag", "blaming", "labelling-behaviour", "Trust")
        + ("batch-b",),
        ("He said he was hit by a stranger.", "ok", "neutral", "", "", "batch-b"),
        ("The match kicked off at three.", "ok", "homonym", "", "", "batch-b"),
    ]
    _write(data / "train.csv", train)
    _write(data / "dev.csv", dev)
    return data


def test_training_twice_gives_identical_predictions(tmp_path):
    data = _fixture(tmp_path)
    first = train_coach(data, tmp_path / "one")
    second = train_coach(data, tmp_path / "two")
    probe = [
        "She is a junkie who chooses drink over her kids.",
        "He was taken to hospital.",
        'He said "she brought it on herself".',
    ]
    one = load_classifier_from(tmp_path / "one" / MODEL_FILE, tmp_path / "one" / CARD_FILE)
    two = load_classifier_from(tmp_path / "two" / MODEL_FILE, tmp_path / "two" / CARD_FILE)
    assert one.predict(probe) == two.predict(probe)
    assert first["threshold"] == second["threshold"]
    assert first["dev_metrics_classifier_alone"] == second["dev_metrics_classifier_alone"]


def test_card_records_data_model_and_mapping(tmp_path):
    data = _fixture(tmp_path)
    card = train_coach(data, tmp_path / "out")
    saved = json.loads((tmp_path / "out" / CARD_FILE).read_text(encoding="utf-8"))
    assert saved == card
    assert card["model_sha256"] == sha256_of(tmp_path / "out" / MODEL_FILE)
    assert card["data"]["data/coach/train.csv"] == {
        "sha256": sha256_of(data / "train.csv"),
        "rows": 19,
    }
    assert card["principle_of"] == {
        "labelling-behaviour": "Trust",
        "substance-use": "Empowerment",
        "victim-blaming": "Safety",
    }
    assert (
        (tmp_path / "out" / "MODEL_CARD.md")
        .read_text(encoding="utf-8")
        .startswith("# Coach sentence classifier")
    )


def test_sources_shared_by_train_and_dev_are_refused(tmp_path):
    import pytest

    from tips_nlp.coach.classifier import ModelIntegrityError

    data = _fixture(tmp_path)
    rows = (data / "dev.csv").read_text(encoding="utf-8").replace("batch-b", "batch-a")
    (data / "dev.csv").write_text(rows, encoding="utf-8")
    with pytest.raises(ModelIntegrityError, match="sources also in train"):
        train_coach(data, tmp_path / "out")
