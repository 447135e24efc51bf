"""Footer identifiers per page template (issue 8 item 10): the homepage, list pages, article pages
and disclosure documents are read separately, and a template that lacks 网站标识码, ICP 备案,
公安备案 or 主办单位 is a finding with an example URL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govaudit.engine import evaluate
from govaudit.model.extract.footer import extract_footer
from govaudit.pipeline import load_rules
from tests.model.loopback import HTML, crawl_and_build

FULL = ("<div class='footer'><p>主办单位：某县人民政府办公室　地址：某县人民路1号</p><p>网站标识码：3399000001　"
        "<a href='https://beian.miit.gov.cn/'>浙ICP备00000001号-1</a>　<a href='http://www.beian.gov.cn/'>浙公网安备 33990002000001号</a></p></div>")
# The news article template of the same site: a shorter footer without 公安备案 and 主办单位.
SHORT = "<div id='foot'><a href='/lxwm/'>联系我们</a>　网站标识码 3399000001　浙ICP备00000001号</div>"
# The disclosure platform's footer: the sponsor written after the name, 12-digit-free layout.
GK = ("<table class='bottom'><tr><td>某县人民政府办公室主办　网站标识码：3399000001</td></tr><tr><td>浙ICP备00000001号-1"
      "　浙公网安备33990002000001号</td></tr></table>")
PROSE = "为进一步做好相关工作，现将有关事项通知如下，请认真贯彻执行。" * 6


def _html(title: str, body: str, footer: str, metas: str = "") -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title>{metas}</head><body>{body}{footer}</body></html>"


def _article(title: str, footer: str) -> str:
    return _html(title, f"<div class='article'><h1>{title}</h1><p>发布时间：2026-09-01</p><div class='TRS_Editor'><p>{PROSE}</p></div></div>",
                 footer, f"<meta name='ArticleTitle' content='{title}'>")


def _gk(n: int) -> str:
    table = (f"<table class='xxgk_table'><tr><td>索引号：</td><td>001/2026-0000{n}</td><td>发布机构：</td><td>某县人民政府办公室</td></tr>"
             f"<tr><td>发文字号：</td><td>某政办〔2026〕{n}号</td><td>成文日期：</td><td>2026-08-0{n}</td></tr>"
             f"<tr><td>发布日期：</td><td>2026-08-0{n}</td><td>有效性：</td><td>有效</td></tr></table>")
    return _html(f"关于印发第{n}号办法的通知", f"{table}<div class='content'><h1>关于印发第{n}号办法的通知</h1><p>{PROSE}</p></div>", GK)


def _site() -> dict:
    news = "".join(f"<li><a href='/xwzx/{i}.html'>新闻{i}</a><span>2026-09-0{i}</span></li>" for i in range(1, 4))
    notices = "".join(f"<li><a href='/tzgg/{i}.html'>通知{i}</a><span>2026-09-0{i}</span></li>" for i in range(1, 4))
    docs = "".join(f"<tr><td><a href='/gk/{i}.html'>关于印发第{i}号办法的通知</a></td><td>2026-08-0{i}</td></tr>" for i in range(1, 4))
    return {
        "/": (200, HTML, _html("某县人民政府", "<a href='/xwzx/'>新闻</a><a href='/tzgg/'>通知公告</a><a href='/gk/'>政策文件</a>", FULL)),
        "/xwzx/": (200, HTML, _html("新闻", f"<ul class='list'>{news}</ul>", FULL, "<meta name='ColumnName' content='新闻'>")),
        "/tzgg/": (200, HTML, _html("通知公告", f"<ul class='list'>{notices}</ul>", FULL, "<meta name='ColumnName' content='通知公告'>")),
        "/gk/": (200, HTML, _html("政策文件", f"<table class='list'>{docs}</table>", FULL, "<meta name='ColumnName' content='政策文件'>")),
        **{f"/xwzx/{i}.html": (200, HTML, _article(f"新闻稿件第{i}篇", SHORT)) for i in range(1, 4)},
        **{f"/tzgg/{i}.html": (200, HTML, _article(f"关于第{i}项工作的通知", FULL)) for i in range(1, 4)},
        **{f"/gk/{i}.html": (200, HTML, _gk(i)) for i in range(1, 4)},
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    return crawl_and_build(_site(), tmp_path_factory.mktemp("footers"))


def test_footers_are_grouped_by_template_and_shape(built):
    site, base = built
    got = [(f.template, f.pages, bool(f.site_id_code), bool(f.icp), bool(f.psb), f.sponsor) for f in site.footers]
    assert got == [("home", 1, True, True, True, "某县人民政府办公室"),
                   ("list", 3, True, True, True, "某县人民政府办公室"),
                   ("article", 3, True, True, True, "某县人民政府办公室"),
                   ("article", 3, True, True, False, None),
                   ("disclosure", 3, True, True, True, "某县人民政府办公室")]
    assert site.footer is not None and site.footer.sponsor == "某县人民政府办公室"


def test_a_template_lacking_identifiers_is_a_finding_with_an_example(built):
    site, base = built
    results = evaluate(site, load_rules(None, None, None), date(2026, 9, 30))
    rule = next(r for r in results["rules"] if r["id"] == "footer-identifiers")
    got = {r["subject"]: r["status"] for r in rule["results"] if r["subject"].count(":") == 2}
    assert got == {f"footer:{t}:{i}": "pass" for t in ("list", "article", "disclosure") for i in ("site_id", "icp", "psb", "sponsor")} | {
        "footer:article:psb": "fail", "footer:article:sponsor": "fail"}
    failing = next(r for r in rule["results"] if r["subject"] == "footer:article:psb")
    assert failing["url"] == base + "xwzx/1.html" and failing["data"]["pages"] == 3 and failing["data"]["of"] == 6
    assert base + "xwzx/1.html" in failing["message"]


@pytest.mark.parametrize("text, sponsor", [
    ("主办单位：白鹭区人民政府办公室 联系电话：0571-0000", "白鹭区人民政府办公室"),
    ("主　办：某市人民政府办公厅　承办：某市大数据中心", "某市人民政府办公厅"),
    ("网站主办单位 某县人民政府 技术支持：某公司", "某县人民政府"),
    ("版权所有 某县人民政府办公室主办", "某县人民政府办公室"),
    ("主办机关：某省人民政府办公厅", "某省人民政府办公厅"),
    ("本网站由某县人民政府主办", "某县人民政府"),
    ("活动主办单位：市教育局。 …… 网站主办：某市人民政府 网站标识码：3399000001", "某市人民政府"),  # the footer's, not the body's
    ("版权所有：中国载人航天工程官方网站 主办方： 中国载人航天工程办公室 备案序号：", "中国载人航天工程办公室"),
    ("中国·浙江省发展和改革委员会 版权所有 中文网址：", "中国·浙江省发展和改革委员会"),
    ("京ICP备05022684号-3 政府网站标识码：bm06000004 版权所有：中国科普网", "中国科普网"),
    ("版权所有 © 某县人民政府 联系我们 办公室电话", "某县人民政府"),
    ("联系我们 办公室电话 网站地图", None),
    # side-by-side spans with no blank between the fields
    ("主办单位：云岭区人民政府办公室地址：云岭区政务中心A座", "云岭区人民政府办公室"),
    ("主办：某县人民政府办公室电话：0000-1234567", "某县人民政府办公室"),
    ("主办单位：某市人民政府办公室承办：某市大数据中心", "某市人民政府办公室"),
])
def test_sponsor_variants(text, sponsor):
    assert extract_footer(text, {}, (None, False)).sponsor == sponsor


@pytest.mark.parametrize("footer, code", [
    ('<script id="_jiucuo_" sitecode="3418020005" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>', "3418020005"),
    ('<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3418020005&url=x" target="_blank"><img src="/j.png" alt="找错"></a>', "3418020005"),
    ('<a href="http://pucha.kaipuyun.cn/exposure/jiucuo.html?site_code=4403000052"><img src="/j.png"></a>', "4403000052"),
    ('<a href="/jiucuo/index.html">我为政府网站找错</a>', None),
    ('<a style="display:none;" href="http://121.43.68.40/exposure/jiucuo.html?site_code=3300000020&amp;url=x">'
     '<img style="display:none;" src="/j.png"></a>', None),  # hidden, as on a real page (fgw.zj.gov.cn)  # a page of the site's own, not the national widget
])
def test_the_jiucuo_widget_as_script_or_as_its_link(footer: str, code: str | None):
    from govaudit.htmlpage import parse_document
    from govaudit.model.extract.footer import footer_widgets

    tree = parse_document(f"<html><body><div class='footer'>{footer}</div></body></html>")
    assert footer_widgets(tree, "")[0] == code


def test_a_page_showing_no_footer_reads_no_sponsor_off_a_news_item_far_above_its_end():
    """辽阳's home-page news (an Epoint site whose footer a script draws into <div id="footer">):
    `辽宁省第十四届运动会…由辽宁省体育局主办，辽阳市人民政府承办` in a block far from the page's end was
    read as the site's sponsor, so the home footer was no longer bare and its 网站标识码, ICP and
    公安备案 failed instead of staying unread. A footer's 主办 near the end still counts."""
    news = "要闻动态 辽宁省第十四届运动会青少年组现代五项比赛开幕 比赛由辽宁省体育局主办，辽阳市人民政府承办。 "
    rest = " ".join(f"第{i}条政务动态标题文字" for i in range(80))  # ~800 visible characters after it
    assert extract_footer(news + rest, {}, (None, False)).sponsor is None
    assert extract_footer(news + rest + " 本网站由辽阳市人民政府主办", {}, (None, False)).sponsor == "辽阳市人民政府"


def test_the_sites_mobile_edition_is_none_of_the_desktop_templates(tmp_path: Path):
    """A YzmCMS site's 手机版 (`/index.php?m=mobile`, tests/sites/yzm.py) wrapped in the desktop
    chrome (a 点击排行 box and 友情链接 beside its list, as the `chrome` and `wrappers` mutations
    serve it at seed 21): read as a hub, its short mobile footer (`<a>电脑版</a>`, 主办 and ICP
    only) was one of the 栏目（列表）页 footers, so 网站标识码 failed for the whole list template
    (`1/19 个栏目（列表）页…`) although every desktop list page shows it. The mobile edition is
    another template family, titled as such (手机版, 移动版, 触屏版)."""
    site = _site()
    rows = "".join(f"<li><a href='/xwzx/{i}.html'>新闻稿件第{i}篇</a></li>" for i in range(1, 4))
    rows += "".join(f"<li><a href='/gk/{i}.html'>关于印发第{i}号办法的通知</a></li>" for i in range(1, 4))
    hot = "".join(f"<li><span class='tit'><a href='/{c}/{i}.html'>第{i}项工作情况</a></span><span>2026-09-0{i} 12:12:44</span></li>"
                  for c in ("tzgg", "xwzx") for i in range(1, 4))
    mobile = _html("某县人民政府手机版", f"<header><a href='/'>某县人民政府</a></header><ul class='m-list'>{rows}</ul>"
                   f"<div class='hot-news'><h2>点击排行</h2><ul>{hot}</ul></div>",
                   "<footer><a href='/'>电脑版</a><p>主办单位：某县人民政府办公室 浙ICP备00000001号-1</p></footer>")
    home = site["/"]
    site["/"] = (home[0], home[1], home[2].replace("</body>", "<a href='/m/'>手机版</a></body>"))
    site["/m/"] = (200, HTML, mobile)
    built, base = crawl_and_build(site, tmp_path)
    assert next(p for p in built.pages if p.url == base + "m/").kind != "other"  # read as a list page, as under the mutations
    assert [(f.template, f.pages, bool(f.site_id_code)) for f in built.footers if f.template == "list"] == [("list", 3, True)]
