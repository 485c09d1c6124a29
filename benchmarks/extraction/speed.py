"""Words per minute of extraction end to end, beside spaCy's small pipeline alone.

    .venv/bin/python benchmarks/extraction/speed.py [--words 100000] [--processes 2]

The corpus is the benchmark's eight documents, copied (in an order fixed by
seed 2021) into .txt files until it holds --words words. End to end means:
read each file, split sentences, tag and find entities with spaCy, type and
link the names against the demo registry (a gazetteer of 44 entities and
their aliases), extract relations and dates. "spaCy small alone" runs the
complete en_core_web_sm pipeline (all six components) over the same texts
with nlp.pipe, one process, nothing else. Peak memory is the resident set
size of the process (and of each worker when there are two).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path

from intercluster.db.migrate import upgrade
from intercluster.db.uow import Database
from intercluster.ingest.linking import Gazetteer
from intercluster.ingest.nlp import MODEL_NAMES, load_model
from intercluster.ingest.pipeline import extract
from intercluster.ingest.readers import read_document
from intercluster.services.demo import load_demo
from intercluster.services.ingestion import build_gazetteer

HERE = Path(__file__).parent
_GAZETTEER: Gazetteer | None = None


# The splits the corpus is copied from: the same texts as every earlier measurement. The
# held-out sets written later are left out (a held-out set is read only when it is scored).
CORPUS_SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5")


def corpus(folder: Path, words: int) -> list[Path]:
    documents = sorted(p for split in CORPUS_SPLITS for p in (HERE / "docs" / split).glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in documents]
    rng = random.Random(2021)
    files: list[Path] = []
    total = 0
    while total < words:
        text = rng.choice(texts)
        path = folder / f"doc{len(files):04d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        total += len(text.split())
    return files


def demo_gazetteer(folder: Path) -> Gazetteer:
    database = Database(f"sqlite:///{folder / 'demo.db'}")
    upgrade(database.engine)
    with database.uow() as uow:
        load_demo(uow)
    with database.uow() as uow:
        gazetteer = build_gazetteer(uow)
    database.dispose()
    return gazetteer


def _init_worker(gazetteer: Gazetteer) -> None:
    global _GAZETTEER
    _GAZETTEER = gazetteer
    load_model()


def _extract_file(path: Path) -> tuple[int, int]:
    document = read_document(path)
    extraction = extract(document, _GAZETTEER)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return len(extraction.relations), rss


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument(
        "--skip-spacy", action="store_true", help="leave out spaCy alone (for a clean peak RSS)"
    )
    args = parser.parse_args()
    import spacy

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = corpus(folder, args.words)
        texts = [p.read_text(encoding="utf-8") for p in files]
        words = sum(len(t.split()) for t in texts)
        gazetteer = demo_gazetteer(folder)
        print(f"corpus: {len(files)} files, {words:,} words; gazetteer: {len(gazetteer)} entities")
        print(f"cpus: {os.cpu_count()}")

        full = None
        for name in MODEL_NAMES if not args.skip_spacy else ():
            try:
                full = spacy.load(name)
                break
            except OSError:
                continue
        if full is not None:
            full("warm up")
            started = time.perf_counter()
            for _ in full.pipe(texts):
                pass
            spacy_seconds = time.perf_counter() - started
            print(
                f"spaCy small alone (all components, 1 process): {spacy_seconds:.1f} s, "
                f"{words / spacy_seconds * 60:,.0f} words/min; peak RSS {rss_mib():.0f} MiB"
            )
            del full

        load_model()
        global _GAZETTEER
        _GAZETTEER = gazetteer
        _extract_file(files[0])
        started = time.perf_counter()
        relations = sum(_extract_file(path)[0] for path in files)
        one_seconds = time.perf_counter() - started
        print(
            f"intercluster end to end, 1 process: {one_seconds:.1f} s, "
            f"{words / one_seconds * 60:,.0f} words/min ({relations} relations); "
            f"peak RSS {rss_mib():.0f} MiB"
        )

        if args.processes > 1:
            context = get_context("fork")
            with context.Pool(
                args.processes, initializer=_init_worker, initargs=(gazetteer,)
            ) as pool:
                pool.map(_extract_file, files[: args.processes * 2])  # warm the workers
                started = time.perf_counter()
                results = pool.map(_extract_file, files, chunksize=8)
                many_seconds = time.perf_counter() - started
            worker_rss = max(rss for _, rss in results) / 1024
            print(
                f"intercluster end to end, {args.processes} processes: {many_seconds:.1f} s, "
                f"{words / many_seconds * 60:,.0f} words/min; peak RSS per worker "
                f"{worker_rss:.0f} MiB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
