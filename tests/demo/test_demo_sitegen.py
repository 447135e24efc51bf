"""The generated demo site: size, determinism, the markup contract, resolvable links."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html

from govaudit.demo.content_news import BROKEN_LINK_TARGET
from govaudit.demo.content_zwgk import MISSING_ATTACHMENT
from govaudit.demo.sitegen import build_files, generate_site

FOOTER_NOTE = "本网站为 govaudit 演示用虚构站点"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_page_count_between_100_and_300(demo_root: Path) -> None:
    count = len(list(demo_root.rglob("*.html")))
    assert 100 <= count <= 300, count


def test_generation_is_deterministic(tmp_path: Path, demo_root: Path) -> None:
    generate_site(tmp_path / "again")
    assert _files(tmp_path / "again") == _files(demo_root)
    assert build_files() == build_files()


def test_every_page_follows_the_markup_contract(demo_pages: dict[str, lxml.html.HtmlElement]) -> None:
    for url, tree in demo_pages.items():
        assert tree.xpath("//meta[@charset='utf-8']"), url
        assert tree.findtext(".//title").endswith("_白鹭区人民政府"), url
        metas = {m.get("name"): m.get("content") for m in tree.iter("meta") if m.get("name")}
        assert metas["SiteName"] == "白鹭区人民政府门户网站", url
        assert metas["SiteDomain"] == "www.bailu.gov.cn", url
        assert metas["SiteIDCode"] == "3399000001", url
        nav = [a.get("href") for a in tree.xpath("//div[@class='nav']/ul/li/a")]
        assert nav == ["/", "/xwzx/", "/zwgk/", "/ztzl/"], url
        footer = tree.xpath("//div[@class='footer']")[0]
        text = footer.text_content()
        assert "网站标识码：3399000001" in text and FOOTER_NOTE in text, url
        assert footer.xpath(".//script[@id='_jiucuo_']/@sitecode") == ["3399000001"], url
        assert footer.xpath(".//span[@id='_ideConac']//img/@src") == ["/images/red.png"], url
        if "ArticleTitle" in metas:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", metas["PubDate"]), url
            assert metas["ContentSource"], url
            assert tree.xpath("//div[@class='article']/h1[@class='title']"), url
        elif url != "/":
            assert "ColumnName" in metas, url


def _internal_targets(url: str, tree: lxml.html.HtmlElement) -> set[str]:
    out = set()
    for el, attr in (("a", "href"), ("img", "src"), ("script", "src"), ("link", "href")):
        for value in tree.xpath(f"//{el}/@{attr}"):
            parts = urlsplit(urljoin("http://www.bailu.gov.cn" + url, value))
            if parts.netloc == "www.bailu.gov.cn" and parts.scheme in ("http", "https"):
                out.add(parts.path)
    return out


def test_all_internal_links_resolve_except_the_two_planted(demo_root: Path, demo_pages) -> None:
    broken: dict[str, set[str]] = {}
    for url, tree in demo_pages.items():
        for target in _internal_targets(url, tree):
            file = demo_root / (target.lstrip("/") + ("index.html" if target.endswith("/") else ""))
            if not file.is_file():
                broken.setdefault(target, set()).add(url)
    assert set(broken) == {BROKEN_LINK_TARGET, MISSING_ATTACHMENT}
    assert broken[BROKEN_LINK_TARGET] == {"/xwzx/qyyw/202609/t20260919_1026.html"}
    assert broken[MISSING_ATTACHMENT] == {"/zwgk/gsgg/202608/t20260817_1312.html"}


def test_every_generated_page_is_reachable_from_the_homepage(demo_pages) -> None:
    seen, todo = {"/"}, ["/"]
    while todo:
        url = todo.pop()
        for target in _internal_targets(url, demo_pages[url]):
            if target in demo_pages and target not in seen:
                seen.add(target)
                todo.append(target)
    assert seen == set(demo_pages)


def test_static_files(demo_root: Path) -> None:
    assert (demo_root / "robots.txt").read_text() == "User-agent: *\nAllow: /\n"
    assert (demo_root / "images/red.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert (demo_root / "js/jiucuo.js").read_text().startswith("/*")
    pdfs = list(demo_root.rglob("*.pdf"))
    assert len(pdfs) >= 10
    for pdf in pdfs:
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
        xref = int(data.rsplit(b"startxref", 1)[1].split()[0])
        assert data[xref:].startswith(b"xref"), pdf
        for n, off in enumerate(re.findall(rb"(\d{10}) 00000 n", data), start=1):
            assert data[int(off):].startswith(b"%d 0 obj" % n), pdf


def test_long_columns_paginate_with_plain_links(demo_pages) -> None:
    first = demo_pages["/xwzx/qyyw/"]
    assert len(first.xpath("//ul[@class='list']/li")) == 20
    assert first.xpath("//div[@class='pager']/a/@href") == ["index_1.html", "index_1.html"]
    second = demo_pages["/xwzx/qyyw/index_1.html"]
    assert len(second.xpath("//ul[@class='list']/li")) == 10
    assert not second.xpath("//script[not(@id='_jiucuo_')]")
