"""The "trsjy" sample site (a county portal on a province's TRS 集约化 platform: four organs' 信息公开目录 under
`/xxgk_71602/<organ>/<column>/`, later pages `index_<n-1>.html` named only by a quoted `createPageHTML("N","K",
"index","html")`, `<yyyymm>/t<yyyymmdd>_<docid>.html` articles linked relatively) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key
defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import trsjy
from tests.sites.model import LATER_PAGE, Expected, SampleSite
from tests.sites.probes import shown_date as _date
from tests.sites.server import fetch, fetch_page, site_path

_HREF = re.compile(r'href="([^"]+)"')
_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_NEWS_ROW = re.compile(r'<li><a href="([^"]+)" target="_blank" title="[^"]*">[^<]*</a><span>([\d-]+)</span></li>')
_TABLE_ROW = re.compile(r'<td class="bt"><a href="([^"]+)"[^>]*>[^<]*</a></td><td class="rq">([\d-]+)</td>')
_PAGER = re.compile(r'createPageHTML\("(\d+)","(\d+)","index","html"\)')
_SHOWN = re.compile(r"发布时间：(\d{4})-(\d{2})-(\d{2})")
_TITLE = re.compile(r"<h2>([^<]*)</h2>")
X = trsjy.XXGK
GFX, ZCJD = f"{X}xzf/gfxwj/", f"{X}xzf/zcjd/"
NDBGS = (f"{X}xzf/ndbg/", f"{X}bmxxgk/xfgj/ndbg/", f"{X}bmxxgk/xczj/ndbg/", f"{X}xzjd/ltz/ndbg/")


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return trsjy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _rows(html: str, url: str) -> list[tuple[str, str]]:
    return [(site_path(url, h), d) for h, d in _NEWS_ROW.findall(html) + _TABLE_ROW.findall(html)]


def _pages(html: str, url: str) -> list[str]:
    """The pages a TRS pager script names (page 1 is index.html, page n index_{n-1}.html)."""
    m = _PAGER.search(html)
    return [site_path(url, "index.html" if k == 0 else f"index_{k}.html") for k in range(int(m.group(1)))] if m else []


def _all_rows(site: SampleSite, url: str) -> list[tuple[str, str]]:
    html = _html(site, url)
    rows = _rows(html, url)
    for page in _pages(html, url)[1:]:
        rows += _rows(_html(site, page), page)
    return rows


def _shown(site: SampleSite, url: str) -> date:
    return _date(_SHOWN, _html(site, url))


def _title(html: str) -> str:
    return unescape(_TITLE.search(html).group(1))


def _field(label: str, html: str) -> str | None:
    m = re.search(rf"<th>{label}：</th><td>([^<]*)</td>", html)
    return m.group(1) or None if m else None


def _links_after(label: str, url: str, html: str) -> list[str]:
    return [site_path(url, unescape(h)) for h in re.findall(rf'<p>{label}：<a href="([^"]+)"', html)]


def _reports(site: SampleSite, column: str) -> list[tuple[str, int, date]]:
    return [(u, int(re.search(r"(20\d{2})年", _title(_html(site, u))).group(1)), _shown(site, u)) for u, _ in _all_rows(site, column)]


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = fetch_page(base, entry.url, "utf-8") if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _all_rows(site, entry.url) and "暂无信息" in html
    elif kind == "newest":
        rows = _all_rows(site, entry.url)
        assert rows and max(date.fromisoformat(d) for _, d in rows) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        assert not [u for u, _ in _all_rows(site, ZCJD) if short in _html(site, u)]
    elif kind == "no-interp-link":
        assert not _links_after("相关解读", entry.url, html)
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        (interp,) = [u for u, _ in _all_rows(site, ZCJD) if short in _title(_html(site, u))]
        assert not _links_after("相关文件", interp, _html(site, interp))
    elif kind == "late-interp":
        (interp,) = _links_after("相关解读", entry.url, html)
        assert (_shown(site, interp) - _shown(site, entry.url)).days == int(arg)
    elif kind == "meta-missing":
        assert _field("发布日期", html) and _field("索引号", html) and not _field(arg, html)
    elif kind == "no-table":
        assert "xxgk-meta" not in html and "索引号" not in html and re.search(r"〔20\d{2}〕\d+号", html)
    elif kind == "no-report":
        years = {y for _, y, _ in _reports(site, entry.url)}
        assert int(arg) not in years and min(years) < int(arg) < max(years)
    elif kind == "late":
        assert _shown(site, entry.url) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 10 and entry.url in pages
        assert all(arg not in _footer(_html(site, u)) and "网站标识码" in _footer(_html(site, u)) for u in pages)
        assert arg in _footer(_html(site, "/"))
    else:
        raise AssertionError(f"unknown probe {entry.probe!r}")


def test_deterministic(site: SampleSite) -> None:
    again = trsjy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_served_as_trs_publishes(site: SampleSite, base: str) -> None:
    status, content_type, body = fetch(base, "/zwdt/gzdt/")
    assert status == 200 and "utf-8" in content_type
    assert fetch(base, "/zwdt/gzdt/index.html")[2] == body
    assert 'createPageHTML("3","0","index","html")' in body.decode("utf-8") and "index_1.html" not in body.decode("utf-8")
    assert fetch(base, "/zwdt/gzdt/index_2.html")[0] == 200 and fetch(base, "/zwdt/gzdt/index_3.html")[0] == 404


def test_one_host_four_organs(site: SampleSite) -> None:
    """Each organ has its own folder, columns and 年报 list; documents are in month folders, ids unique site-wide."""
    home = _html(site, X)
    for organ in trsjy.ORGANS:
        assert f'href=".{organ.path[len(X) - 1:]}"' in home and site.lookup(organ.path, "").status == 200
    docs = [u for u in site.html_urls if re.search(r"/t\d{8}_\d+\.html$", u)]
    ids = [re.search(r"_(\d+)\.html$", u).group(1) for u in docs]
    assert len(ids) == len(set(ids)) > 100
    assert all(re.search(r"/(\d{6})/t\1\d{2}_", u) for u in docs)


def test_links_are_relative_as_trs_writes_them(site: SampleSite) -> None:
    html = _html(site, GFX)
    assert re.search(r'<a href="\./\d{6}/t\d{8}_\d+\.html"', html)
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    assert _links_after("相关解读", doc, _html(site, doc))[0].startswith(ZCJD)
    assert 'href="../../zcjd/' in _html(site, doc)


def test_later_pages_are_named_only_by_the_script(site: SampleSite) -> None:
    for url in (t.url for t in site.traps if t.note == LATER_PAGE):
        assert re.search(r"/index_\d+\.html$", url) and _rows(_html(site, url), url), url
    assert len(_all_rows(site, "/zwdt/gzdt/")) == 34 and len(_all_rows(site, "/zwdt/tzgg/")) == 13


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    assert len(site.key) >= 15 and len(site.traps) >= 20
    for entry in site.key:
        _probe(site, base, entry)


def test_traps_are_served(site: SampleSite) -> None:
    for trap in site.traps:
        assert site.lookup(trap.url, "").status == 200, trap.url


def test_every_page_is_linked(site: SampleSite) -> None:
    linked = {site_path(url, unescape(h)) for url in ["/", *site.html_urls] for h in _HREF.findall(_html(site, url))}
    for url in ["/", *site.html_urls]:
        linked |= set(_pages(_html(site, url), url))
    linked |= {u[: -len("index.html")] for u in linked if u.endswith("/index.html")}
    assert {u for u in site.html_urls if not u.endswith("/index.html")} - linked == set()


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
                    broken.add(parts.path)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _all_rows(site, GFX):
        html = _html(site, url)
        missing = [f for f in ("索引号", "发布机构", "发文字号", "成文日期", "发布日期", "有效性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    for col in (u for u in site.html_urls if u.endswith("/index.html") and u.count("/") >= 3):
        url = col[: -len("index.html")]
        if url in {o.path for o in trsjy.ORGANS} or _PAGER.search(_html(site, url)) is None and "暂无信息" not in _html(site, url):
            continue
        rows = _all_rows(site, url)
        fresh = bool(rows) and max(date.fromisoformat(d) for _, d in rows) >= trsjy.AS_OF - timedelta(days=365)
        assert fresh != (url in planted) or url.endswith("/ndbg/"), url


def test_annual_reports_follow_the_key(site: SampleSite) -> None:
    late = {e.url for e in site.key if e.probe.startswith("late:")}
    found = set()
    for column in NDBGS:
        deadline = (3, 31) if column.startswith(f"{X}xzf/") else (1, 31)
        found |= {u for u, y, when in _reports(site, column) if when > date(y + 1, *deadline)}
    assert found == late
    assert sorted(y for _, y, _ in _reports(site, NDBGS[0])) == [2020, 2021, 2022, 2023, 2025]


def test_probes_fail_on_compliant_objects(site: SampleSite, base: str) -> None:
    """Each probe can fail: run on an object that is not defective, it raises."""
    doc = next(t.url for t in site.traps if t.note.startswith("文件与解读"))
    on_time = next(t.url for t in site.traps if "3 月 31 日当天" in t.note)
    first = "/zwdt/gzdt/"
    compliant = [("status:404", first), ("no-rows", first), ("newest:2026-10-20", first), ("no-interp", doc),
                 ("no-interp-link", doc), ("late-interp:12", doc), ("meta-missing:有效性", doc), ("no-table", doc),
                 ("late:2023-03-31", on_time), ("no-report:2023", NDBGS[0])]
    for probe, url in compliant:
        with pytest.raises(AssertionError):
            _probe(site, base, Expected("x", url, "compliant", probe=probe))
    with pytest.raises(AssertionError):
        _probe(site, base, Expected("x", first, "compliant", probe="footer-lacks:公网安备", url_pattern=r"^/zwdt/"))
