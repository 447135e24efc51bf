"""The "hbjy" sample site (a 河北 county portal on the province's 集约化 platform: UUID column folders
`/columns/<uuid>/index.html`, articles `/columns/<uuid>/<yyyymm>/<dd>/<uuid>.html`, later pages only at the list
block's address `…/templates/<t>/blocks/<b>?page=N&fix=0` as bare fragments, 信息公开 documents under a `div.wjct`
block) is what its answer key says: deterministic, served as declared, every planted defect present in the served
bytes, nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import hbjy
from tests.sites.model import Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_ROW = re.compile(r'<a href="(/columns/[0-9a-f-]+/\d{6}/\d{2}/[0-9a-f-]+\.html)"[^>]*>[^<]*</a>(?:</p><p>[^<]*)?(?:</span>)?'
                  r'(?:</p><p>|<span class="time">|<span>)(\d{4}-\d{2}-\d{2})<')
_BLOCK = re.compile(r'<a href="(/columns/[0-9a-f-]+/templates/[0-9a-f-]+/blocks/[0-9a-f-]+\?page=\d+&amp;fix=0)">')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return hbjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _col(site: SampleSite, name: str) -> str:
    return f"/columns/{hbjy._uuid(name)}/index.html"


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    """(article, date shown) of every row of the column's page and of every block page its pager names."""
    html = _html(site, url)
    pages = [html] + [_html(site, unescape(u)) for u in dict.fromkeys(_BLOCK.findall(html)) if "page=1&" not in u]
    return [(u, date.fromisoformat(d)) for text in pages for u, d in _ROW.findall(text)]


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<p><span>{label}：</span>([^<]*)</p>", html)
    return m.group(1).strip() or None if m else None


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def test_deterministic(site: SampleSite) -> None:
    again = hbjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_bare_block_fragments_the_pager_names(site: SampleSite, base: str) -> None:
    html = _html(site, _col(site, "滹阳要闻"))
    later = list(dict.fromkeys(unescape(u) for u in _BLOCK.findall(html)))
    assert [u.split("?")[1] for u in later] == ["page=2&fix=0", "page=3&fix=0"]
    first = [unescape(u) for u in _BLOCK.findall(_html(site, later[0])) if "page=1&" in u]  # page 2 names page 1 there too
    blocks = [first[0], *later]
    for n, url in enumerate(blocks, 1):
        status, ctype, body = fetch(base, url)
        text = body.decode("utf-8")
        assert status == 200 and "utf-8" in ctype and f"{n}/3页" in text
        assert not re.search(r"<(?:html|head|body|title|meta)\b", text, re.I)
    assert len(_rows(site, _col(site, "滹阳要闻"))) == 40


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and "暂无数据" in html and meta("ColumnName", html)
    elif kind == "newest":
        assert max(d for _, d in _rows(site, entry.url)) == date.fromisoformat(arg)
    elif kind in ("no-interp", "no-interp-link", "late-interp"):
        interps = [u for u, _ in _rows(site, _col(site, "政策解读"))]
        short = re.search(r"《([^》]+)》", re.search(r"<h1[^>]*>([^<]*)</h1>", html).group(1)).group(1)
        mine = [u for u in interps if short in _html(site, u)]
        if kind == "no-interp":
            assert not mine and "相关解读" not in html
        elif kind == "no-interp-link":
            (interp,) = mine
            assert "相关解读" not in html and "原文链接" not in _html(site, interp)
        else:
            (interp,) = mine
            shown = [date.fromisoformat(m) for m in re.findall(r"发布时间：(\d{4}-\d{2}-\d{2})", html + _html(site, interp))]
            assert interp in html and (shown[1] - shown[0]).days == int(arg)
    elif kind == "meta-missing":
        assert _field("索引号", html) and _field("发布日期", html) and not _field(arg, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert date.fromisoformat(re.search(r"发布时间：(\d{4}-\d{2}-\d{2})", html).group(1)) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if "/20" in u and not re.match(entry.url_pattern, u) and "blocks" not in u]
        assert others and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "xxgk-no-article-tags":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and all(meta("ColumnName", _html(site, u)) and not meta("ArticleTitle", _html(site, u)) for u in pages)
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_no_unplanted_broken_links(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "broken-links"}
    broken = set()
    for url, res in site.resources.items():
        if not res.is_html:
            continue
        for ref in _REF.findall(res.body.decode("utf-8")):
            target = urljoin("http://site" + url, unescape(ref))
            if target.startswith("http://site/"):
                parts = urlsplit(target)
                if site.lookup(parts.path, parts.query).status != 200:
                    broken.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _rows(site, _col(site, "行政规范性文件")):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发文机关", "发文字号", "成文日期", "发布日期", "效力状态") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"滹阳要闻": 14, "部门动态": 14, "通知公告": 183, "重大项目": 365, "行政规范性文件": 183, "其他文件": 365, "政策解读": 365,
              "财政预决算": 365, "人事信息": 365, "政府信息公开年报": 365}
    for name, days in limits.items():
        rows = _rows(site, _col(site, name))
        fresh = bool(rows) and max(d for _, d in rows) >= hbjy.AS_OF - timedelta(days=days)
        assert fresh != (_col(site, name) in planted), name
