"""Starting a crawl: the start URL and output folder checked, the snapshot created or reopened."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from urllib.parse import urlsplit

from govaudit import __version__
from govaudit.crawl.decide import Decisions
from govaudit.crawl.resume import load_state, snapshot_meta
from govaudit.crawl.scope import canonical
from govaudit.crawl.snapshot import INDEX_NAME, SNAPSHOT_DIR, WARC_NAME
from govaudit.crawl.writer import SnapshotWriter
from govaudit.errors import UserError
from govaudit.settings import CrawlSettings


def check_start_url(start_url: str) -> str:
    """The canonical start URL; UserError for anything that is not an http(s) URL."""
    url = canonical(start_url) if isinstance(start_url, str) else None
    if url is not None:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not host or any(c.isspace() for c in host):
            raise UserError(f"“{start_url}” has no valid host name (spaces are not allowed). Give the site's full "
                            "address, for example https://www.example.gov.cn/.")
        if parts.path.lower().endswith("/robots.txt"):
            raise UserError(f"“{start_url}” is the site's robots.txt, not its home page. Give the home page's address.")
        return url
    try:
        scheme = urlsplit(str(start_url)).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme and scheme not in ("http", "https"):
        raise UserError(f"“{start_url}” is not a web address: only http:// and https:// URLs can be crawled.")
    raise UserError(f"“{start_url}” is not a valid URL. Give the site's full address, "
                    "for example https://www.example.gov.cn/.")


def check_out_dir(out_dir: Path, resume: bool) -> Path:
    """The snapshot folder in `out_dir`: new (never over an earlier crawl) or, to resume, existing."""
    if resume:
        snapshot_meta(out_dir)  # there must be a crawl to resume
        return out_dir / SNAPSHOT_DIR
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir} is a file, not a folder. Give a folder for the crawl output.")
    snapshot_dir = out_dir / SNAPSHOT_DIR
    if (snapshot_dir / INDEX_NAME).exists() or (snapshot_dir / WARC_NAME).exists():
        raise UserError(f"{out_dir} already holds a crawl snapshot. Choose another folder, "
                        f"or delete {snapshot_dir} to crawl again, or continue it with --resume.")
    return snapshot_dir


def _settings_json(settings: CrawlSettings) -> str:
    return json.dumps(dataclasses.asdict(settings), ensure_ascii=False, sort_keys=True)


def create_snapshot(snapshot_dir: Path, start: str, hosts: list[str], settings: CrawlSettings,
                    started_at: str) -> SnapshotWriter:
    """A new snapshot whose warcinfo and meta record how the crawl was made."""
    s = settings
    warcinfo = {
        "software": f"govaudit/{__version__}",
        "format": "WARC File Format 1.0",
        "isPartOf": start,
        "http-header-user-agent": s.full_user_agent,
        "robots": "obey" if s.obey_robots else "ignore",
        "tls-verification": "off (--insecure)" if s.insecure else "on",
        "operator": s.contact or "",
    }
    meta = {"start_url": start, "started_at": started_at, "settings": _settings_json(s), "tool_version": __version__,
            "hosts": json.dumps(hosts)}
    try:
        return SnapshotWriter.create(snapshot_dir, warcinfo, meta)
    except OSError as exc:
        raise UserError(f"Cannot write the crawl snapshot in {snapshot_dir}: {exc.strerror or exc}.") from None


def reopen_snapshot(snapshot_dir: Path, crawl: Decisions, settings: CrawlSettings, started_at: str) -> SnapshotWriter:
    """Reopen an interrupted crawl's snapshot (its WARC tail repaired) and restore what it decided and queued."""
    db, state = load_state(snapshot_dir)
    crawl.restore(state)
    writer = SnapshotWriter.append(snapshot_dir, db)
    resumes = json.loads(state.meta.get("resumes") or "[]") + [{"at": started_at, **state.repair}]
    writer.set_meta({"resumes": json.dumps(resumes), "hosts": json.dumps(crawl.scope.hosts),
                     "settings": _settings_json(settings)})
    return writer
