"""Compare classifier options by GroupKFold over the TRAIN sources only (dev is never used).

Run from the repository root: `.venv/bin/python data/coach/select_model.py`. For each option
set, out-of-fold scores over all train rows (folds = groups of sources, so a batch never
teaches its own test fold), then the documented threshold rule on those scores; printed: the
chosen threshold, F1, recall and false-flag rates. Template rows stay in training folds only.
"""

from __future__ import annotations

from pathlib import Path

from sklearn.model_selection import GroupKFold

from tips_nlp.coach.classifier import SentenceClassifier
from tips_nlp.coach.sentence_set import read_sentence_set
from tips_nlp.coach.training import ModelOptions, choose_threshold, fit_models, row_metrics

HERE = Path(__file__).resolve().parent
CANDIDATES = {
    "current C=8": ModelOptions(),
    "C=2": ModelOptions(C=2.0),
    "C=4": ModelOptions(C=4.0),
    "C=16": ModelOptions(C=16.0),
    "no class weight": ModelOptions(class_weight=None),
    "chars 2-5": ModelOptions(char_ngrams=(2, 5)),
    "words 1-3": ModelOptions(word_ngrams=(1, 3)),
    "chars x0.5": ModelOptions(char_weight=0.5),
    "chars x2": ModelOptions(char_weight=2.0),
    "C=4 chars x2": ModelOptions(C=4.0, char_weight=2.0),
}


def main() -> None:
    rows = read_sentence_set(HERE / "train.csv")
    hand = [i for i, r in enumerate(rows) if not r.source.startswith("template-")]
    template = [i for i, r in enumerate(rows) if r.source.startswith("template-")]
    groups = [rows[i].source for i in hand]
    folds = list(GroupKFold(n_splits=5).split(hand, groups=groups))
    scored = [rows[i] for fold in folds for i in (hand[j] for j in fold[1])]
    for name, options in CANDIDATES.items():
        scores: list[float] = []
        for train_idx, test_idx in folds:
            train = [rows[hand[j]] for j in train_idx] + [rows[i] for i in template]
            models = fit_models(train, options=options)
            scorer = SentenceClassifier(models=models, threshold=1.0, principle_of={})
            scores.extend(scorer.scores([rows[hand[j]].text for j in test_idx]))
        threshold = choose_threshold(scored, scores)
        m = row_metrics(scored, [s >= threshold for s in scores])
        print(
            f"{name:<16} t={threshold:.2f} F1={m['f1']:.3f} P={m['precision']:.3f} "
            f"R={m['recall']:.3f} neu={m['false_flags_neutral']:.3f} "
            f"alt={m['false_flags_alternative']:.3f} hom={m['false_flags_homonym']:.3f} "
            f"quo={m['false_flags_quoted']:.3f}"
        )


if __name__ == "__main__":
    main()
