"""The "jljy" sample site (a 吉林 county portal on the province's 集约化 platform: TRS portal lists `/zw/yw/<column>/` with
later pages `index_<n-1>.html` named only by `createPageHTML(K, i, "index", "html")`, and a 政务公开 platform under
`/xxgk/gkml/<column>/` whose lists hold no rows in their HTML — a script asks the JSONP service
`/govsearch/jsonp/zf_jd_list.jsp?page=N&lb=C&callback=result&channelId=C` and writes `tr.zly_xxmu_20170104ulbg2` rows —
and records under a `table.zly_xxgk_20170802`) is what its answer key says: deterministic, served as declared, every planted
defect present in the served bytes, nothing outside the key defective. (The tool's findings are not asserted here.)"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sites import jljy
from tests.sites.model import Expected, SampleSite
from tests.sites.probes import meta
from tests.sites.server import fetch

_REF = re.compile(r"""(?:href|src)=["']([^"'#][^"']*)["']""")
_NEWS_ROW = re.compile(r'<li class="item"><a href="(\./\d{6}/t\d{8}_\d+\.html)"[^>]*>[^<]*</a><span class="date">(\d{4}-\d{2}-\d{2})<')
_PAGER = re.compile(r'createPageHTML\((\d+), (\d+), "index", "html"\);')
_CHANNEL = re.compile(r'var channelId = "(\d+)";')


@pytest.fixture(scope="module")
def site() -> SampleSite:
    return jljy.build()


def _html(site: SampleSite, url: str) -> str:
    path, _, query = url.partition("?")
    return site.lookup(path, query).body.decode("utf-8")


def _cols(site: SampleSite) -> list[jljy.Col]:
    s = jljy._Site()
    jljy._news(s)
    jljy._disclosure(s)
    return s.cols


def _col(site: SampleSite, name: str) -> str:
    return next(c.url() for c in _cols(site) if c.name == name)


def _records(site: SampleSite, url: str) -> list[dict]:
    """The JSONP answer the list page's loader asks for (page 1): blank lines and a BOM, then `result({…});`."""
    channel = _CHANNEL.search(_html(site, url)).group(1)
    text = site.lookup(jljy.JSONP, f"page=1&lb={channel}&callback=result&channelId={channel}").body.decode("utf-8")
    assert text.startswith("\r\n") and "\ufeff" in text[:30]
    return json.loads(re.fullmatch(r"\s*\ufeff\s*result\((.*)\);\s*", text, re.S).group(1))["data"]


def _rows(site: SampleSite, url: str) -> list[tuple[str, date]]:
    """(article, date shown) of every row of the column: static rows of every page of a portal list, or the JSONP's records."""
    if url.startswith(jljy.XXGK):
        return [(r["puburl"], date.fromisoformat(r["tip"]["dates"])) for r in _records(site, url)]
    html = _html(site, url)
    m = _PAGER.search(html)
    pages = [url] + ([f"{url}index_{n}.html" for n in range(1, int(m.group(1)))] if m else [])
    return [(urljoin(p, u), date.fromisoformat(d)) for p in pages for u, d in _NEWS_ROW.findall(_html(site, p))]


def _field(label: str, html: str) -> str | None:
    m = re.search(rf'<td class="zly_xxgk_td1">{label}：</td><td class="zly_xxgk_td2">([^<]*)</td>', html)
    return m.group(1).strip() or None if m else None


def _footer(html: str) -> str:
    return html[html.find('<div class="foot">'):]


def test_deterministic(site: SampleSite) -> None:
    again = jljy.build()
    assert again.resources == site.resources and again.key == site.key and again.traps == site.traps


def test_portal_later_pages_are_named_only_by_the_trs_script(site: SampleSite, base: str) -> None:
    url = _col(site, "桦岭要闻")
    html = _html(site, url)
    assert _PAGER.search(html).groups() == ("3", "0")
    assert "index_1.html" not in html.replace("createPageHTML", "")  # no static link to a later page
    for n, page in enumerate((url, url + "index_1.html", url + "index_2.html")):
        status, ctype, body = fetch(base, page)
        assert status == 200 and "utf-8" in ctype and _PAGER.search(body.decode("utf-8")).group(2) == str(n)
    assert fetch(base, url + "index_3.html")[0] == 404
    assert len(_rows(site, url)) == 26


def test_disclosure_lists_hold_no_rows_and_load_them_as_jsonp(site: SampleSite, base: str) -> None:
    url = _col(site, "规范性文件")
    html = _html(site, url)
    assert '<tbody id="content"></tbody>' in html and 'class="zly_xxmu_20170104ulbg2"' not in html.split("<script")[0]
    assert "&callback=result&channelId=" in html and 'id="page-body"></div>' in html
    records = _records(site, url)
    assert len(records) == 8 and all(set(r["tip"]) == {"dates", "filenum", "publisher", "title"} for r in records)
    assert all(re.fullmatch(re.escape(url) + r"\d{6}/t\d{8}_\d{7}\.html", r["puburl"]) for r in records)
    channel = _CHANNEL.search(html).group(1)
    status, ctype, _ = fetch(base, f"{jljy.JSONP}?page=1&lb={channel}&callback=result&channelId={channel}")
    assert status == 200 and "javascript" in ctype


def test_records_stand_under_the_zly_table(site: SampleSite) -> None:
    (u, d), *_ = _rows(site, _col(site, "规范性文件"))
    html = _html(site, u)
    assert '<table class="zly_xxgk_20170802"' in html and '<div class="zlyxwz_t2a"><div class="Custom_UnionStyle">' in html
    assert _field("发布日期", html) == f"{d.year}年{d.month:02d}月{d.day:02d}日" and _field("有 效 性", html) == "有效"


def test_every_planted_defect_is_served(site: SampleSite, base: str) -> None:
    for entry in site.key:
        _probe(site, base, entry)


def _title(html: str) -> str:
    return re.search(r'<div class="zlyxwz_t1">([^<]*)</div>', html).group(1)


def _published(html: str) -> date:
    m = re.search(r'发布日期：</td><td class="zly_xxgk_td2">(\d{4})年(\d{2})月(\d{2})日', html)
    return date(*map(int, m.groups()))


def _probe(site: SampleSite, base: str, entry: Expected) -> None:
    kind, _, arg = entry.probe.partition(":")
    html = _html(site, entry.url) if kind != "status" else ""
    if kind == "status":
        assert fetch(base, entry.url)[0] == int(arg)
    elif kind == "no-rows":
        assert not _records(site, entry.url) and "暂无相关信息" in html
    elif kind == "newest":
        assert max(d for _, d in _rows(site, entry.url)) == date.fromisoformat(arg)
    elif kind in ("no-interp", "no-interp-link", "late-interp"):
        interps = [u for u, _ in _rows(site, _col(site, "政策解读"))]
        short = re.search(r"《([^》]+)》", _title(html)).group(1)
        mine = [u for u in interps if short in _html(site, u)]
        if kind == "no-interp":
            assert not mine and "相关解读" not in html
        elif kind == "no-interp-link":
            (interp,) = mine
            assert "相关解读" not in html and "相关文件" not in _html(site, interp)
        else:
            (interp,) = mine
            assert interp.split("/zcjd/")[1] in html and (_published(_html(site, interp)) - _published(html)).days == int(arg)
    elif kind == "meta-missing":
        label = {"有效性": "有 效 性"}.get(arg, arg)
        assert _field("索 引 号", html) and _field("发布日期", html) and not _field(label, html)
    elif kind == "no-report":
        organ, year = arg[:-4], arg[-4:]
        titles = [r["tip"]["title"] for r in _records(site, entry.url)]
        assert not [t for t in titles if organ in t and year in t] and len([t for t in titles if organ in t]) >= 3
    elif kind == "late":
        assert _published(html) > date.fromisoformat(arg)
    elif kind == "footer-lacks":
        pages = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(pages) > 30 and all(arg not in _footer(_html(site, u)) and "ICP备" in _footer(_html(site, u)) for u in pages)
        others = [u for u in site.html_urls if not re.match(entry.url_pattern, u)]
        assert len(others) > 40 and all(arg in _footer(_html(site, u)) for u in others + ["/"])
    elif kind == "xxgk-list-no-column-tags":
        lists = [u for u in site.html_urls if re.match(entry.url_pattern, u)]
        assert len(lists) == 7 and all(meta("SiteIDCode", _html(site, u)) and not meta("ColumnName", _html(site, u)) for u in lists)
        portal = [_col(site, n) for n in ("桦岭要闻", "部门动态", "通知公告")]
        assert all(meta("ColumnName", _html(site, u)) and meta("ColumnType", _html(site, u)) for u in portal)
        docs = [u for c in _cols(site) if c.xxgk for u, _ in _rows(site, c.url())]
        assert docs and all(meta("ColumnName", _html(site, u)) and meta("ArticleTitle", _html(site, u)) for u in docs)
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
    records = [r["puburl"] for c in _cols(site) if c.xxgk for r in _records(site, c.url())]
    assert records and all(site.lookup(u, "").status == 200 for u in records)
    assert broken == planted


def test_metadata_complete_outside_the_key(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family == "normative-metadata"}
    for url, _ in _rows(site, _col(site, "规范性文件")):
        html = _html(site, url)
        missing = [f for f in ("索 引 号", "发布机构", "发文字号", "成文日期", "发布日期", "有 效 性") if not _field(f, html)]
        assert bool(missing) == (url in planted), (url, missing)


def test_county_document_notices_carry_numbers_but_issue_no_policy(site: SampleSite) -> None:
    rows = _rows(site, _col(site, "县政府文件"))
    titles = [_title(_html(site, u)) for u, _ in rows]
    assert len(titles) == 4 and all(re.search(r"任免的通知$|关于(?:成立|调整)[^《》]*(?:领导小组|指挥部)(?:成员)?的通知$", t) for t in titles)
    assert all(_field("发文字号", _html(site, u)) and _field("有 效 性", _html(site, u)) for u, _ in rows)


def test_no_unplanted_stale_or_empty_columns(site: SampleSite) -> None:
    planted = {e.url for e in site.key if e.family in ("stale-columns", "empty-columns")}
    limits = {"桦岭要闻": 14, "部门动态": 14, "通知公告": 183, "规范性文件": 183, "政策解读": 365, "县政府文件": 365,
              "财政预决算": 365, "人事信息": 365, "重大建设项目": 365, "政府信息公开年报": 365}
    assert set(limits) == {c.name for c in _cols(site)}
    for name, days in limits.items():
        rows = _rows(site, _col(site, name))
        fresh = bool(rows) and max(d for _, d in rows) >= jljy.AS_OF - timedelta(days=days)
        assert fresh != (_col(site, name) in planted), name
