"""Attachments linked through a download handler are attachments, end to end on loopback
(probes4): the demo with every attachment link of its pages rewritten to a handler's address.

Real shapes: Hanweb's `<a href="/module/download/downfile.jsp?classid=0&filename=24d0d17a60844d13aa2718b912d919ec.pdf">
<img src="/module/jslib/icons/acrobat.png"/>2026 年第 1 期兰州建设工程造价信息.pdf</a>` (兰州市住房和城乡建设局,
GitHub public code, search string `/module/download/downfile.jsp?classid=0&filename=`), sending the
file from the script's address; and `download.jsp?id=N` redirecting to the stored file.

Before (probes of 8b450d8): the handler's links were pages, so the site had no attachment —
missing-attachments **fail → 不适用** (its missing file only a broken page link); sent from the
script, and the missing one answered by a page saying so (an `alert('文件不存在')`), the rule was
left undecided on a 「空白页面」 instead of failing the missing file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.crawl.sitekit import Route
from tests.test_waf_end_to_end import _audit, _rule, demo, plain  # noqa: F401 (fixtures)

HTML = {"Content-Type": "text/html; charset=utf-8"}
GONE = "<html><head><script>alert('文件不存在');history.back();</script></head><body></body></html>".encode()


def _handled(root: Path, how: str) -> dict[str, Route]:
    """Routes serving `root`'s pages with each attachment link sent through a handler (`how`)."""
    files = sorted("/" + p.relative_to(root).as_posix() for p in root.rglob("*.pdf"))
    ids = {path: f"{n:032x}" for n, path in enumerate(files, 1)}
    handler = "/download.jsp?id={}" if how == "redirect" else "/module/download/downfile.jsp?classid=0&filename={}.pdf"
    routes: dict[str, Route] = {}
    for page in root.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "/attach/" in text:
            body = re.sub(r'href="(/attach/[^"]+\.pdf)"', lambda m: f'href="{handler.format(ids.get(m.group(1), "f" * 32))}"',
                          text).replace("&filename", "&amp;filename").encode()
            path = "/" + page.relative_to(root).as_posix()
            routes[path] = routes[path.removesuffix("index.html")] = (lambda b: lambda m, n: (200, HTML, b))(body)
    for path, key in [*ids.items(), ("/attach/2026/gone.pdf", "f" * 32)]:
        if how == "redirect":
            routes[handler.format(key)] = (lambda p: lambda m, n: (302, {"Location": p}, b""))(path)
        else:
            sent = (root / path.lstrip("/")).read_bytes() if key != "f" * 32 else None
            routes[handler.format(key)] = (lambda b: lambda m, n: (200, {
                "Content-Type": "application/octet-stream", "Content-Disposition": 'attachment; filename="file.pdf"'}, b)
                if b is not None else (200, HTML, GONE))(sent)
    return routes


@pytest.mark.parametrize("how", ["redirect", "sent"])
def test_files_behind_a_download_handler_are_judged_as_attachments(demo, plain, tmp_path, how):
    results = _audit(demo, tmp_path / "out", _handled(demo, how))
    rule = _rule(results, "missing-attachments")
    assert rule["status"] == _rule(plain, "missing-attachments")["status"] == "fail"
    assert rule["summary"] == _rule(plain, "missing-attachments")["summary"]  # 16 working, 1 missing
    assert [r["status"] for r in results["rules"]] == [r["status"] for r in plain["rules"]]
