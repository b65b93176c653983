"""Run in a fresh process by run.py: time import, load and first result; then, with a texts
file, anonymise (and check, if the coach is there) all of them and report peak RSS.

Prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import resource
import sys
import time

started = time.perf_counter()
import tips_nlp  # noqa: E402
from tips_nlp.anonymise import get_anonymiser  # noqa: E402

imported = time.perf_counter()
anonymiser = get_anonymiser()
loaded = time.perf_counter()
anonymiser.anonymise("Kyle Hughes rang 07700 900123 from PO7 5DE.")
first = time.perf_counter()
report = {
    "import_s": imported - started,
    "load_s": loaded - imported,
    "first_s": first - loaded,
    "in_process_s": first - started,
}
if hasattr(tips_nlp, "check"):
    tips_nlp.check("She kicked off when we arrived.")
    report["first_check_s"] = time.perf_counter() - first
usage = resource.getrusage(resource.RUSAGE_SELF)
report["cpu_s"] = usage.ru_utime + usage.ru_stime

if len(sys.argv) > 1:  # a JSON list of texts: the whole benchmark set, as a batch run does it
    from tips_nlp.batch import BATCH_SIZE, anonymise_texts

    with open(sys.argv[1], encoding="utf-8") as handle:
        texts = json.load(handle)
    if hasattr(tips_nlp, "review"):  # anonymise + check, one parse per text
        from tips_nlp.review import review_doc

        for doc in anonymiser.nlp.pipe(texts, batch_size=BATCH_SIZE):
            review_doc(doc)
    else:
        for i in range(0, len(texts), BATCH_SIZE):
            anonymise_texts(texts[i : i + BATCH_SIZE])

# ru_maxrss is KiB on Linux, bytes on macOS.
scale = 1 if sys.platform == "darwin" else 1024
report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
print(json.dumps(report))
