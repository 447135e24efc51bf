"""Record what extraction reads off every page, to prove a speed-up changed nothing (run on demand).

    PYTHONPATH=$PWD .venv/bin/python -P benchmarks/extract_hashes.py HASHES [SNAPSHOT_FOLDER ...]

Writes one line per page: where it comes from, the URL it was read at, and a SHA-1 of the full
PageFacts (its repr, body text and a search box included). Pages: every HTML page of ../shared/corpus read at three
URLs (an article URL, the site root, the root as the homepage), then every HTML capture of each
snapshot folder given (e.g. the audit folders `benchmarks/memory.py --keep` or `accuracy.py --keep`
leave), as the build reads it. Run it with the old tree and the new one on the PYTHONPATH
and compare the two files with `cmp`: any difference is a changed extraction.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from govaudit.crawl.snapshot import Capture, SnapshotReader
from govaudit.htmlpage import decode_html
from govaudit.model.builder import _is_html
from govaudit.model.extract.page import PageFacts, extract_page
from govaudit.model.rendering import observed_facts

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
URLS = (("article", "https://www.example.gov.cn/zwgk/col/202601/t20260101_1.html", False),
        ("root", "https://www.example.gov.cn/", False), ("home", "https://www.example.gov.cn/", True))


def _digest(facts: PageFacts) -> str:
    # search_box and shown_page (out of repr) count only when set: pages showing none keep their digests
    box = f"\n{facts.search_box!r}" if facts.search_box else ""
    shown = f"\nshown_page={facts.shown_page}" if facts.shown_page else ""
    return hashlib.sha1(f"{facts!r}\n{facts.body_text!r}{box}{shown}".encode()).hexdigest()


def _capture_facts(reader: SnapshotReader, cap: Capture, start: str) -> PageFacts:
    """As the build reads a capture (written out here, so that trees before model/readpages.py run it too)."""
    if cap.rendered_record:
        text, _ = decode_html(reader.rendered_body(cap) or b"", "text/html; charset=utf-8")
    else:
        body = reader.body(cap) or b""
        text, _ = decode_html(body, f"{cap.content_type}; charset={cap.charset}" if cap.charset else cap.content_type)
    return observed_facts(extract_page(text, cap.final_url or cap.url, is_home=cap.url == start), cap)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):  # --help is no output file
        raise SystemExit(__doc__)
    n = 0
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for path in sorted(CORPUS.rglob("*.html")):
            text, _ = decode_html(path.read_bytes())
            for label, url, home in URLS:
                out.write(f"{path.relative_to(CORPUS)}\t{label}\t{_digest(extract_page(text, url, is_home=home))}\n")
                n += 1
        for folder in sys.argv[2:]:
            with SnapshotReader(Path(folder)) as reader:
                start = reader.meta["start_url"]
                for cap in reader.captures():
                    if _is_html(cap) and cap.priority != "robots":
                        out.write(f"{folder}\t{cap.url}\t{_digest(_capture_facts(reader, cap, start))}\n")
                        n += 1
    print(f"{n} pages")


if __name__ == "__main__":
    main()
