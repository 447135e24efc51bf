"""Read the snapshot's HTML pages into page facts, on one core or on several.

Extraction is a pure function of (archived body, capture), so pages can be read by worker
processes, each with its own snapshot reader, in batches of captures; the batches come back
in the order they were sent, so the model is the same whatever the number of workers.
Process start costs about what a few hundred pages do, so small snapshots stay on one core.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from govaudit import listdata
from govaudit.crawl.snapshot import BODY_METHODS, Capture, SnapshotReader
from govaudit.htmlpage import RawLink, decode_html
from govaudit.model.extract.page import PageFacts, extract_page
from govaudit.model.rendering import observed_facts

_log = logging.getLogger("govaudit.build")

POOL_MIN_PAGES = 400  # fewer HTML pages than this are read on one core: starting workers costs more
_BATCH = 24  # captures per task: large enough to amortise the round trip, small enough to balance the cores
_PRELOAD = ["govaudit.model.readpages"]  # imported once by the fork server, not by every worker


def auto_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def is_data_answer(cap: Capture) -> bool:
    """The capture may be a list API's data answer (JSON, a Hanweb datastore): not HTML."""
    ctype = (cap.content_type or "").lower()
    return cap.method in BODY_METHODS and cap.outcome == "ok" and bool(ctype) and "html" not in ctype and (
        "json" in ctype or "xml" in ctype or "javascript" in ctype)


@dataclass(frozen=True, slots=True)
class Unparsed:
    """A page the extractors failed on (an error of this tool on markup it did not foresee): the
    page is not read, so what it holds is not observed; the rest of the site still is."""

    error: str  # the exception's type and message, for the log and the team's bug reports


def page_facts(reader: SnapshotReader, cap: Capture, start: str, frames: frozenset[str] = frozenset(),
               sidebar: frozenset[str] = frozenset(), side_blocks: frozenset[str] = frozenset()) -> PageFacts | Unparsed | None:
    """The facts of one HTML capture (`_read_facts`), or Unparsed when the extractors raised on it:
    one page the tool cannot read does not cost the audit of the site. A damaged archive (the
    reader's UserError) still stops the build."""
    body = _body(reader, cap)
    try:
        return _read_facts(cap, body, start, frames, sidebar, side_blocks)
    except Exception as exc:  # noqa: BLE001 — any extractor error on hostile markup: that page unread
        error = f"{type(exc).__name__}: {str(exc)[:200]}"
        _log.warning("govaudit: could not read %s (%s); the page is reported as not observed.", cap.url, error)
        return Unparsed(error)


def _body(reader: SnapshotReader, cap: Capture) -> bytes | None:
    """The capture's archived body (None when none was archived whole), or its rendered DOM."""
    if cap.rendered_record and not is_data_answer(cap):
        return reader.rendered_body(cap) or b""
    return reader.body(cap)


def _read_facts(cap: Capture, body: bytes | None, start: str, frames: frozenset[str], sidebar: frozenset[str],
                side_blocks: frozenset[str] = frozenset()) -> PageFacts | None:
    """The facts of one HTML capture: the rendered DOM when there is one, else the archived body;
    of a data answer, the facts of the list page it is (govaudit/listdata.py), or None when it
    holds no list. `frames`: the frames the home page is made of, read as parts of the home page;
    `sidebar`: item URLs that are no list items, `side_blocks`: blocks whose rows are none (extract_page)."""
    if is_data_answer(cap):
        listed = listdata.answer_html(cap.final_url or cap.url, cap.content_type, body)
        return None if listed is None else extract_page(listed, cap.final_url or cap.url, is_home=False)
    if cap.rendered_record:  # the DOM after scripts ran: script-loaded lists and links observed
        text, _ = decode_html(body or b"", "text/html; charset=utf-8")
    else:
        # The index keeps the bare media type; the charset the crawler decided on is separate.
        text, _ = decode_html(body or b"", f"{cap.content_type}; charset={cap.charset}" if cap.charset else cap.content_type)
    # The start page, or the page it redirected to, indexed beside it with the start's priority
    # (crawl/decide.py's alias): both are the home page, not a column named 首页.
    is_home = cap.url == start or cap.priority == "home" or cap.url in frames
    return observed_facts(extract_page(text, cap.final_url or cap.url, is_home=is_home, sidebar=sidebar, side_blocks=side_blocks), cap)


def read_pages(reader: SnapshotReader, folder: Path, captures: Sequence[tuple[int, Capture]], start: str,
               jobs: int = 1, progress: Callable[[int], None] | None = None,
               frames: frozenset[str] = frozenset()) -> Iterator[tuple[Capture, PageFacts | Unparsed | None]]:
    """(capture, facts) of each of `captures` ((position in the snapshot, capture) pairs), in their
    order; facts None for a data answer that holds no list, Unparsed for a page the extractors failed on. With `jobs` > 1 and enough pages, `jobs` worker processes read them. `progress` is
    called with the position of the last capture read."""
    if jobs <= 1 or len(captures) < POOL_MIN_PAGES:
        for n, cap in captures:
            yield cap, page_facts(reader, cap, start, frames)
            if progress:
                progress(n)
        return
    batches = [captures[i:i + _BATCH] for i in range(0, len(captures), _BATCH)]
    pool = _context().Pool(min(jobs, len(batches)), initializer=_start_worker, initargs=(str(folder), start, frames))
    try:
        kept: dict[RawLink, RawLink] = {}
        for batch, facts in zip(batches, pool.imap(_read_batch, [[cap for _, cap in b] for b in batches])):
            for (_, cap), page in zip(batch, facts):
                if isinstance(page, PageFacts):
                    _share_links(page, kept)
                yield cap, page
            if progress:
                progress(batch[-1][0])
    finally:
        pool.terminate()  # after Ctrl-C or an error too: no worker is left reading
        pool.join()


def _context() -> multiprocessing.context.BaseContext:
    """fork (no imports to repeat; workers are this process's children) when this process runs
    one thread; else forkserver, whose workers are forked from a fresh server process: fork would
    copy other threads' locks (a crawl's, a batch run's) in whatever state they are in."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    if "forkserver" not in multiprocessing.get_all_start_methods():  # Windows
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


_KEPT_LINKS = 65536


def _share_links(facts: PageFacts, kept: dict[RawLink, RawLink]) -> None:
    """One object per distinct link across pages, as the single-core build has (its links are
    interned while extracting): each batch comes back with its own copies of the site chrome's links.
    Bounded as that interning is (htmlpage._LINKS): kept whole, it held every distinct link of a
    large site to the end of the read, long after the pages that had them were summarised."""
    if len(kept) >= _KEPT_LINKS:
        kept.clear()
    for links in (facts.links, facts.body_links):
        links[:] = [kept.setdefault(link, link) for link in links]


_WORKER: dict[str, object] = {}


def _start_worker(folder: str, start: str, frames: frozenset[str]) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool, workers stay quiet.
    # Nothing here may raise (a pool restarts a worker whose initializer fails, forever).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.update(folder=folder, start=start, frames=frames)


def _read_batch(captures: list[Capture]) -> list[PageFacts | Unparsed | None]:
    """Facts of a batch of captures; a damaged archive raises the reader's UserError, which the
    pool hands to the parent as it is."""
    reader = _WORKER.get("reader")
    if reader is None:
        reader = _WORKER["reader"] = SnapshotReader(Path(str(_WORKER["folder"])))
    assert isinstance(reader, SnapshotReader)
    frames = _WORKER["frames"]
    assert isinstance(frames, frozenset)
    return [page_facts(reader, cap, str(_WORKER["start"]), frames) for cap in captures]
