"""A home page whose footer a script draws is rendered, so its identifiers are read.

辽阳市人民政府's pages (国泰新点 Epoint) end in an empty `<div id="footer"></div>` a script fills;
上海市政府's and 上海卫健委's load `footer.js`, 浙江 Hanweb sites a numbered script; 广东省人民政府's footer is a script string written into
`footerAnchor` (tests/model/realpages). Their static HTML shows no footer identifier, so the home
page's footer was unread (checks/footer.py: incomplete). With `--render auto` the crawl renders that
one page and the model reads the footer the browser drew. The test runs Debian's chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit import pipeline
from govaudit.crawl import SnapshotReader, crawl_site, render
from govaudit.crawl.render_need import FOOTER_SCRIPT, SCRIPT_MENU, render_reason
from govaudit.htmlpage import decode_html, parse_html
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import write_site

REAL = Path(__file__).parents[1] / "model" / "realpages"
HOME = ('<html><head><meta charset="utf-8"><title>某某区人民政府</title></head><body>'
        '<ul class="nav"><li><a href="/zwgk/">政务公开</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/hdjl/">互动交流</a></li>'
        '<li><a href="/bsfw/">办事服务</a></li></ul><div class="news"><a href="/zwgk/">区政府召开常务会议</a></div>'
        '<div id="footer"></div><script src="/js/footer.js"></script></body></html>')
FOOTER_JS = ("document.getElementById('footer').innerHTML = '<p>主办单位：某某区人民政府办公室 网站标识码：3301000001</p>"
             "<p>浙ICP备12345678号 浙公网安备 33010002000001号</p>';")


def _reason(text: str, priority: str = "home") -> str | None:
    return render_reason(text, parse_html(text), priority, False)


def test_a_home_page_without_footer_labels_outside_its_scripts_needs_rendering() -> None:
    assert _reason(HOME) == FOOTER_SCRIPT
    assert _reason(HOME, "column") is None  # only the home page's footer is judged on its own
    written = HOME.replace('<script src="/js/footer.js"></script>', f"<script>{FOOTER_JS}</script>")
    assert _reason(written) == FOOTER_SCRIPT  # 广东: the footer is a string in a script
    shown = HOME.replace('<div id="footer"></div>', '<div id="footer">版权所有：某某区人民政府</div>')
    assert _reason(shown) is None
    # Real pages (as if home pages): 浙江省教育厅's Hanweb footer comes from a numbered script
    # (static/js/2209141125101602.js), 上海卫健委's from footer.js, 辽阳's fills <div id="footer"> (its
    # body names an event's 主办, which no footer label is); 靖安's footer is in the page.
    for name, reason in (("jyt-zj-gov-cn_hanweb_xxgk_article.html", FOOTER_SCRIPT),
                         ("wsjkw-sh-gov-cn_xxgk_document_header-row-table.html", FOOTER_SCRIPT),
                         ("liaoyang-gov-cn_epoint_article_script-footer.html", FOOTER_SCRIPT),
                         ("jxjaxzf_powereasy_zwyw_list.html", None)):
        text, _ = decode_html((REAL / name).read_bytes())
        assert _reason(text) == reason, name


def test_a_script_drawn_home_footer_is_rendered_and_read(tmp_path, serve):
    if render.chromium_path(CrawlSettings().chromium) is None:
        pytest.fail("Debian's chromium is missing: install it (apt-get install -y chromium, or ./dev test)")
    site = serve(write_site(tmp_path / "site", {
        "index.html": HOME, "js/footer.js": FOOTER_JS,
        "zwgk/index.html": '<html><head><meta charset="utf-8"><title>政务公开</title></head><body><a href="/">首页</a></body></html>'}))
    out = tmp_path / "out"
    summary = crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=1, obey_robots=False))
    with SnapshotReader(out) as reader:
        home = reader.get(site.url)
        assert (home.render, home.render_note) == ("rendered", FOOTER_SCRIPT)
        assert reader.get(site.url + "zwgk/").render == "static"
    assert summary.renders["rendered"] == 1
    footer = pipeline.build(out).footer
    assert (footer.site_id_code, footer.sponsor) == ("3301000001", "某某区人民政府办公室")
    assert (footer.icp, footer.psb) == ("浙ICP备12345678号", "浙公网安备33010002000001号")


def test_a_home_page_whose_menus_a_script_writes_needs_rendering() -> None:
    """A home page whose static HTML links almost nowhere while a script writes its menus (column
    names and addresses in a script array put into `#nav`): before, `--render auto` never rendered it,
    the crawl stopped at the home page and the audit said only that no column link was found. A
    home page of a few links without scripts is no such page; neither is a column page."""
    menu = ("<script>var cols=[['新闻中心','/xwzx/'],['通知公告','/tzgg/'],['政务公开','/zwgk/']];document.getElementById('nav')"
            ".innerHTML=cols.map(function(c){return '<a href=\"'+c[1]+'\">'+c[0]+'</a>';}).join('');</script>")
    home = ('<html><head><meta charset="utf-8"><title>某某区人民政府</title></head><body><div id="nav"></div>'
            '<div class="footer">主办单位：某某区人民政府办公室 网站标识码：3301000001 <a href="/wzdt/">网站地图</a></div>'
            + menu + '</body></html>')
    assert _reason(home) == SCRIPT_MENU
    assert _reason(home.replace(menu, "")) is None
    assert _reason(home, "column") is None


def test_a_script_menu_home_is_rendered_and_its_columns_crawled(tmp_path, serve):
    if render.chromium_path(CrawlSettings().chromium) is None:
        pytest.fail("Debian's chromium is missing: install it (apt-get install -y chromium, or ./dev test)")
    nav = ("var cols=[['新闻中心','/xwzx/'],['通知公告','/tzgg/']];document.getElementById('nav').innerHTML="
           "cols.map(function(c){return '<a href=\"'+c[1]+'\">'+c[0]+'</a>';}).join('');")
    column = '<html><head><meta charset="utf-8"><title>{0}</title></head><body><h1>{0}</h1><a href="/">首页</a></body></html>'
    site = serve(write_site(tmp_path / "site", {
        "index.html": ('<html><head><meta charset="utf-8"><title>某某区人民政府</title></head><body><div id="nav"></div>'
                       '<div class="footer">主办单位：某某区人民政府办公室 网站标识码：3301000001</div>'
                       '<script src="/js/nav.js"></script></body></html>'),
        "js/nav.js": nav, "xwzx/index.html": column.format("新闻中心"), "tzgg/index.html": column.format("通知公告")}))
    out = tmp_path / "out"
    crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=1, obey_robots=False))
    with SnapshotReader(out) as reader:
        assert (reader.get(site.url).render, reader.get(site.url).render_note) == ("rendered", SCRIPT_MENU)
        assert reader.get(site.url + "xwzx/") is not None and reader.get(site.url + "tzgg/") is not None
