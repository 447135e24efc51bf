"""Screenshots of failing subjects (`--screenshots failing`), taken from the crawl archive.

Each failing subject's page is opened in Chromium as the crawl archived it (the rendered DOM
when the crawl rendered it): every request is answered from the snapshot or refused, so the
live site is never contacted, and the page's scripts are off, so nothing it carries runs.
The problem region is outlined when it can be located (the dead link's anchor, else the
element holding the evidence snippet: the "暂无信息" of an empty list, a metadata field).

Files: `<out>/screenshots/<rule>/<n>.png` and `screenshots/manifest.json`, which the HTML
report reads to show each screenshot beside its finding.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from govaudit.errors import UserError
from govaudit.htmlvocab import EMPTY_MARKERS
from govaudit.jsonio import write_json_atomic
from govaudit.report.fingerprint import finding_fingerprint

if TYPE_CHECKING:
    from govaudit.crawl.snapshot import SnapshotReader

SCREENSHOT_DIR = "screenshots"
MANIFEST = "manifest.json"
DEFAULT_MAX_SCREENSHOTS = 100
MODES = ("failing",)  # statuses photographed per mode
_STATUSES = {"failing": ("fail",)}
_SHOT_PATH = re.compile(rf"{SCREENSHOT_DIR}/[A-Za-z0-9_-]+/[0-9]+\.png")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_VIEWPORT = {"width": 1280, "height": 900}
_TIMEOUT_MS = 15_000
_OUTLINE = "outline: 4px solid #d92d20 !important; outline-offset: 2px; background: rgba(253, 224, 71, .45) !important;"
_MAX_REGIONS = 3  # elements outlined per screenshot
_MIN_PIECE = 2  # shortest snippet piece worth searching for


@dataclass(frozen=True)
class Shot:
    """One screenshot of a finding's page."""

    path: str  # relative to the report: screenshots/<rule>/<n>.png
    page: str  # the page's URL
    highlighted: bool  # the problem region was located and outlined


@dataclass(frozen=True)
class ShotRun:
    """What `take_screenshots` did."""

    taken: int
    not_archived: int  # failing subjects whose page is not in the snapshot
    failed: int  # pages Chromium could not show
    left_out: int  # over the --max-screenshots bound


def chromium_path(configured: str) -> str | None:
    """The Chromium executable (govaudit.crawl.render's, imported here: the crawl stack is
    loaded only when screenshots are asked for)."""
    from govaudit.crawl.render import chromium_path as find

    return find(configured)


def require_browser(chromium: str) -> str:
    """The Chromium executable to use; UserError (exit 2) when Playwright or Chromium is missing."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        raise UserError("--screenshots needs Playwright, which is not installed (pip install 'govaudit[render]').") from None
    path = chromium_path(chromium)
    if path is None:
        raise UserError(f"--screenshots needs Chromium, which was not found at {chromium} or on PATH "
                        "(apt-get install chromium). No screenshot was taken.")
    return path


def chinese_font_missing() -> bool:
    """True when fontconfig knows no Chinese font: Chromium would draw every character as a box."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False  # not a fontconfig system: nothing to tell
    try:
        listed = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return not listed.strip()


def load_manifest(out_dir: Path) -> dict[tuple[str, str | None], tuple[Shot, ...]]:
    """Screenshots beside the report, by (finding fingerprint, evidence capture time); {} when none.

    A manifest that is damaged or names a file outside screenshots/ is ignored, never followed.
    """
    try:
        data = json.loads((Path(out_dir) / SCREENSHOT_DIR / MANIFEST).read_text(encoding="utf-8"))
        entries = data["shots"]
    except (OSError, ValueError, TypeError, KeyError):
        return {}
    root = Path(out_dir).resolve()
    shots: dict[tuple[str, str | None], list[Shot]] = {}
    for e in entries if isinstance(entries, list) else ():
        try:
            path, page, key = e["path"], e["page"], (e["fingerprint"], e["fetched_at"])
        except (KeyError, TypeError):
            continue
        if not (isinstance(path, str) and isinstance(page, str) and _SHOT_PATH.fullmatch(path)):
            continue
        file = (root / path).resolve()
        if file.is_relative_to(root) and file.is_file():
            shots.setdefault(key, []).append(Shot(path, page, bool(e.get("highlighted"))))
    return {k: tuple(v) for k, v in shots.items()}


def take_screenshots(out_dir: Path, results: Mapping[str, Any], mode: str = "failing",
                     max_count: int = DEFAULT_MAX_SCREENSHOTS, chromium: str = "/usr/bin/chromium") -> ShotRun:
    """Screenshot each failing subject's archived page into `out_dir`/screenshots/ (replacing
    the screenshots of an earlier run) and write its manifest. UserError when Chromium is missing."""
    executable = require_browser(chromium)
    out_dir = Path(out_dir)
    folder = _fresh_folder(out_dir)
    wanted = [(rule, r) for rule in results["rules"] for r in rule["results"]
              if r["status"] in _STATUSES[mode] and not r.get("waiver")]
    from playwright.sync_api import sync_playwright

    from govaudit.crawl.render import CHROMIUM_ARGS
    from govaudit.crawl.snapshot import SnapshotReader

    entries: list[dict[str, Any]] = []
    not_archived = failed = seen = 0
    numbers: dict[str, int] = {}
    with SnapshotReader(out_dir) as archive, sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Exception as exc:
            raise UserError(f"--screenshots: Chromium did not start ({str(exc).splitlines()[0][:200]}). The reports "
                            f"are written; run `govaudit report {out_dir} --screenshots {mode}` again.") from None
        try:
            for rule, result in wanted:
                if len(entries) >= max_count:
                    break
                seen += 1
                page_url, link_target = _where(result)
                try:
                    body = _archived_page(archive, page_url)
                except UserError:  # a damaged record
                    body = None
                if body is None:
                    not_archived += 1
                    continue
                rule_dir = _UNSAFE.sub("-", rule["id"])
                number = numbers.get(rule_dir, 0) + 1
                relative = f"{SCREENSHOT_DIR}/{rule_dir}/{number}.png"
                (folder / rule_dir).mkdir(exist_ok=True)
                try:
                    highlighted = _shoot(browser, archive, page_url, body, link_target, _texts(result), out_dir / relative)
                except Exception:  # a page that crashes the tab or never paints: no screenshot of it
                    failed += 1
                    continue
                numbers[rule_dir] = number
                entries.append({"fingerprint": finding_fingerprint(rule["id"], result["subject"]),
                                "fetched_at": result["evidence"].get("fetched_at"), "rule": rule["id"],
                                "subject": result["subject"], "page": page_url, "path": relative,
                                "highlighted": highlighted})
        finally:
            browser.close()
    write_json_atomic(folder / MANIFEST, {"shots": entries})
    return ShotRun(len(entries), not_archived, failed, len(wanted) - seen)


def _fresh_folder(out_dir: Path) -> Path:
    """An empty `out_dir`/screenshots, a real folder inside `out_dir` (never a symlink's target)."""
    folder = out_dir / SCREENSHOT_DIR
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise UserError(f"{folder} is not a folder of govaudit's; move it away to take screenshots.")
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def _where(result: Mapping[str, Any]) -> tuple[str, str | None]:
    """The page to show and, for a dead link, the link's target: a broken link is shown on the
    page holding it, anything else on its evidence page."""
    data = result.get("data") or {}
    sources = data.get("sources")
    target = data.get("target")
    if isinstance(target, str) and isinstance(sources, list) and sources and isinstance(sources[0], str):
        return sources[0], target
    return result["evidence"]["url"], None


def _archived_page(archive: SnapshotReader, url: str) -> tuple[bytes, str] | None:
    """The archived HTML of `url` and its content type: the rendered DOM when there is one."""
    capture = archive.get(url)
    if capture is None or capture.content_type != "text/html":
        return None
    rendered = archive.rendered_body(capture)
    if rendered is not None:
        return rendered, "text/html; charset=utf-8"
    body = archive.body(capture)
    if body is None:
        return None
    return body, f"text/html; charset={capture.charset}" if capture.charset else "text/html"


def _shoot(browser: Any, archive: SnapshotReader, url: str, page_body: tuple[bytes, str],
           link_target: str | None, texts: list[str], path: Path) -> bool:
    """Open `url` from the archive, outline the problem region, save a PNG; True if outlined."""
    context = browser.new_context(viewport=_VIEWPORT, java_script_enabled=False, service_workers="block",
                                  accept_downloads=False)
    try:
        context.route("**/*", _ArchiveRouter(archive, page_body))
        if hasattr(context, "route_web_socket"):  # a WebSocket route that never connects
            context.route_web_socket("**/*", lambda ws: None)
        page = context.new_page()
        page.set_default_timeout(_TIMEOUT_MS)
        try:
            page.goto(url, wait_until="load")
        except Exception:  # a page that never finishes loading is still shown as far as it got
            pass
        regions = _locate(page, url, link_target, texts)
        for region in regions:
            region.evaluate("(el, css) => { el.style.cssText += css; }", _OUTLINE)
        if regions:
            regions[0].scroll_into_view_if_needed()
        page.screenshot(path=str(path))
        return bool(regions)
    finally:
        context.close()


def _locate(page: Any, url: str, link_target: str | None, texts: list[str]) -> list[Any]:
    """Elements showing the problem: links to the dead target, else the first of `texts` found."""
    found: list[Any] = []
    try:
        if link_target:
            links = page.locator("a[href]")
            hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
            found += [links.nth(i) for i, href in enumerate(hrefs) if urljoin(url, href or "") == link_target]
            found = found[:_MAX_REGIONS]
        for text in texts if not found else ():
            # Whitespace may differ between the page and the check's text ("发布日期： 2025…").
            pattern = r"\s*".join(re.escape(part) for part in text.split())
            match = page.get_by_text(re.compile(pattern))
            if match.count():
                found.append(match.first)
            if len(found) >= _MAX_REGIONS:
                break
    except Exception:  # a page the locator cannot read is still photographed, unmarked
        return []
    return found


def _texts(result: Mapping[str, Any]) -> list[str]:
    """Texts that mark the problem on the page, best first: the labels of missing metadata
    fields, the evidence snippet or its fields, else the "暂无信息" of an empty list."""
    texts: list[str] = []
    metadata = (result.get("data") or {}).get("metadata")
    if isinstance(metadata, dict):
        texts += [k for k, v in metadata.items() if isinstance(k, str) and not v]
    snippet = result["evidence"].get("snippet")
    if isinstance(snippet, str) and snippet.strip():
        whole = " ".join(snippet.split())
        parts = [" ".join(p.split()) for p in re.split(r"\s\|\s|\n", snippet)]
        texts += [whole, *(p for p in parts if len(p) >= _MIN_PIECE and p != whole)]
    else:
        texts += EMPTY_MARKERS
    return [t for t in dict.fromkeys(texts) if t.strip()]


class _ArchiveRouter:
    """Answer the page from the archive, its resources from the archive when captured, the rest refused."""

    def __init__(self, archive: SnapshotReader, page_body: tuple[bytes, str]) -> None:
        self.archive, self.page_body = archive, page_body
        self.served = False

    def __call__(self, route: Any, request: Any) -> None:
        if request.is_navigation_request() and request.frame.parent_frame is None:
            if self.served:  # the page may not navigate away
                route.abort()
                return
            self.served = True
            body, ctype = self.page_body
            route.fulfill(status=200, headers={"Content-Type": ctype}, body=body)
            return
        capture = self.archive.get(request.url) if request.url.startswith(("http://", "https://")) else None
        body = None
        if capture is not None and capture.status == 200:
            try:
                body = self.archive.body(capture)
            except UserError:  # a damaged record: the resource is left out
                body = None
        if body is None:
            route.abort()
            return
        route.fulfill(status=200, headers={"Content-Type": capture.content_type or "application/octet-stream"}, body=body)
