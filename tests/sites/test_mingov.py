"""The "mingov" sample site (a 国务院部门's portal on the ministries' TRS templates: 国家发展改革委's list rows with hidden
相关解读 pop-ups and its records' `display:none` 相关政策与解读 box, 科学技术部's 规范性文件 record table in year folders,
later pages `index_<n-1>.html` named only by `createPageHTML(K, i, "index", "html")`) is what its answer key says:
deterministic, served as declared, every planted defect present in the served bytes, nothing outside the key defective.
(The tool's findings are not asserted here.)"""

from __future__ import annotations

import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import mingov
from tests.sites.model import Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
# a list row: its link, then (NDRC 政策 rows) the jdFlag scripts and the pop-up, then its date
_ROW = re.compile(r'<li><a href="([^"]+)" target="_blank" title="[^"]*">[^<]*</a>(.*?)<span>(\d{4})[-/](\d{2})[-/](\d{2})</span></li>', re.S)
_PAGER = re.compile(r'createPageHTML\((\d+), (\d+), "index", "html"\);')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return mingov.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols(site: SampleSite) -> list[mingov.Col]:
    s = mingov._Site()
    mingov._news(s)
    mingov._bureaus(s)
    mingov._policy(s)
    mingov._disclosure(s)
    return s.cols


def _col(site: SampleSite, name: str) -> str:
    return next(c.url() for c in _cols(site) if c.name == name)


def _pages(site: SampleSite, url: str) -> list[str]:
    m = _PAGER.search(_html(site, url))
    return [url] + ([f"{url}index_{n}.html" for n in range(1, int(m.group(1)))] if m else [])


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    return [(urljoin(page, u), date(int(y), int(mo), int(d))) for page in _pages(site, url)
            for u, _, y, mo, d in _ROW.findall(_html(site, page))]


def _cell(label: str, html: str) -> str | None:
    m = re.search(rf"<td><b>{label}：</b></td>\s*<td>\s*([^<]*?)\s*</td>", html)
    return m.group(1) if m else None


def _footer(html: str) -> str:
    return html[html.find('<div class="footer">'):]


def test_deterministic(site: SampleSite) -> None:
    again = mingov.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_later_pages_are_named_only_by_the_pager_script(site: SampleSite, base: str) -> None:
    url = _col(site, "局要闻")
    html = _html(site, url)
    assert _PAGER.search(html).groups() == ("2", "0") and "index_1.html" not in html
    status, _, body = fetch(base, url + "index_1.html")
    assert status == 200 and _PAGER.search(body.decode("utf-8")).groups() == ("2", "1")
    assert fetch(base, url + "index_2.html")[0] == 404
    assert len(_rows(site, url)) == 30


def test_decree_rows_carry_their_interpretations_in_hidden_popups(site: SampleSite) -> None:
    html = _html(site, _col(site, "局令"))
    rows = _ROW.findall(html)
    assert len(rows) == 5 and all("var jdFlag=0;" in rest and '<div class="popbox">' in rest for _, rest, *_ in rows)
    linked = [rest for _, rest, *_ in rows if "jdFlag=1;" in rest]
    assert len(linked) == 3 and all("/zwgk/jd/" in urljoin("http://s/zwgk/zc/ling/", re.search(r'<li><a href="([^"]+)"', r).group(1))
                                    for r in linked)
    assert '<li class="empty"></li>' in html


def test_records_hide_their_related_box_until_the_script_shows_it(site: SampleSite) -> None:
    (u, d), *_ = _rows(site, _col(site, "局令"))
    html = _html(site, u)
    assert '<div class="xgwz" style="display:none">' in html and "<span>相关政策与解读</span>" in html
    assert f"发布时间：{d:%Y/%m/%d}" in html and re.search(r"第\d+号令】-国家沧溟管理局</title>", html)


def test_normative_records_sit_in_year_folders_under_the_record_table(site: SampleSite) -> None:
    rows = _rows(site, _col(site, "规范性文件"))
    assert rows and all(f"/gfxwj{d.year}/{d:%Y%m}/t{d:%Y%m%d}_" in u for u, d in rows)
    html = _html(site, rows[0][0])
    assert meta("ColumnName", html) == f"{rows[0][1].year}年" and _cell("有 效 性", html) == "有效"
    assert _cell("发布日期", html) == f"{rows[0][1]:%Y年%m月%d日}"


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _interps(site: SampleSite, html: str) -> list[str]:
    """The 政策解读 pages naming the record's 《…》."""
    title = re.search(r"<title>【([^】]*)】", html).group(1)
    short = re.search(r"《([^》]+)》", title).group(1)
    return [u for u, _ in _rows(site, _col(site, "政策解读")) if short in _html(site, u)]


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _rows(site, entry.url) and "暂无信息" in html
    elif kind == "newest":
        assert max(d for _, d in _rows(site, entry.url)) == date.fromisoformat(arg)
    elif kind == "no-interp":
        assert not _interps(site, html) and "jdFlag=1;" not in html
    elif kind == "no-interp-link":
        (interp,) = _interps(site, html)
        assert interp.rsplit("/", 1)[1] not in html and entry.url.rsplit("/", 1)[1] not in _html(site, interp)
    elif kind == "late-interp":
        (interp,) = _interps(site, html)
        shown = [date.fromisoformat(m.replace("/", "-")) for m in re.findall(r"发布时间：(\d{4}/\d{2}/\d{2})", html + _html(site, interp))]
        assert interp.rsplit("/", 1)[1] in html and (shown[1] - shown[0]).days == int(arg)
    elif kind == "meta-missing":
        assert _cell("索 引 号", html) and _cell("发布日期", html) and not _cell(arg, html)
    elif kind == "no-report":
        titles = [meta("ArticleTitle", _html(site, u)) for u, _ in _rows(site, entry.url)]
        assert not [t for t in titles if arg in t] and len(titles) == 4
    elif kind == "late":
        shown = date.fromisoformat(re.search(r"发布时间：(\d{4}/\d{2}/\d{2})", html).group(1).replace("/", "-"))
        assert shown > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) >= 7 and all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 100 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "sj-list-no-column-tags":
        lists = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(lists) == 4 and all(meta("SiteIDCode", _html(site, u)) and not meta("ColumnName", _html(site, u)) for u in lists)
        assert all(meta("ColumnName", _html(site, _col(site, n))) for n in ("局要闻", "局令", "政策解读", "人事信息"))
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
    for url, _ in _rows(site, _col(site, "规范性文件")):
        html = _html(site, url)
        missing = [f for f in ("索 引 号", "发文机构", "成文日期", "发布日期", "发文字号", "有 效 性") if not _cell(f, html)]
        assert bool(missing) == (urlsplit(url).path in planted), (url, missing)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"局要闻": 14, "地方动态": 14, "通知公告": 183, "政策法规司": 365, "规划财务司": 365, "监测预警司": 365, "国际合作司": 365,
              "局令": 365, "规范性文件": 183, "政策解读": 365, "人事信息": 365, "部门预决算": 365, "政府信息公开年报": 365, "意见征集": 365}
    assert set(limits) == {c.name for c in _cols(site)}
    for name, days in limits.items():
        rows = _rows(site, _col(site, name))
        fresh = bool(rows) and max(d for _, d in rows) >= mingov.AS_OF - timedelta(days=days)
        assert fresh != (_col(site, name) in planted), name
