"""Jspxcms pages (the jspx sample site's first-contact misses, as general patterns).

Markup from Jspxcms's own source (read with the library tools): the stock templates of xrogzu/jspxcms6
`webapp/template/1/default/` — `info_news.html` (`h1.info-title`, the unlabelled `yyyy-MM-dd HH:mm` among the
`span.info-detail`, 上一条/下一条 with dates, a 相关新闻 box of `[@InfoFulltextList q=info.title limit=5]` rows dated
`yyyy-MM-dd`), `list_news.html` (rows of a title link, the description and `yyyy-MM-dd HH:mm:ss` in unnamed divs,
`page.html` below), `inc_news_right.html` (热度排行, ten titles by views, undated), `page.html` (首页 and 末页 without
href when dead, the current page `<a class="page-curr">` without href, 上一页/下一页 only when live); kevonz/jspxcms304
`WebContent/files/1/bluewise/list.html` (`div.textlist` rows `span.spanleft`/`span.spanright`); the addresses of
`src/com/jspxcms/core/domain/Node.java` (a column's page 1 the static folder `/gzdt/`, later pages beyond the node's
静态页数 the dynamic `/node/<id>_<n>.jspx`) and `Info.java` (an article at `/gzdt/<id>.html` and `/info/<id>.jspx`).
The sample site is tests/sites/jspx.py. Each test fails on 66e0b81."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from govaudit.model import relations
from govaudit.model.copies import merge_copies
from govaudit.model.extract.page import extract_page
from tests.factories import SITE, document
from tests.model.loopback import HTML, crawl_and_build

GOV = "松岚经济开发区管理委员会"
HOST = "http://www.slkfq.gov.cn"


def _page(title: str, body: str, current: str = "") -> str:
    nav = "".join(f'<li class="left"><a href="{u}" class="nava fs14 item{" curr" if n == current else ""}">{n}</a></li>'
                  for n, u in (("工作动态", "/gzdt/"), ("通知公告", "/tzgg/"), ("企业服务", "/qyfw/"), ("信息公开", "/xxgk/")))
    return ('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8"/>\n'
            f'<title>{title}</title>\n<meta name="keywords" content="{GOV}"/>\n'
            '<link href="/template/1/default/_files/global.css" rel="stylesheet"/>\n'
            '<script type="text/javascript" src="/template/1/default/_files/js/jquery.js"></script>\n</head>\n<body>\n'
            '<div style="background-color:#fafafa;"><div class="w center c999"><div class="left">'
            '<a class="topa" href="/sitemap.jspx" target="_blank">网站地图</a> <a class="topa" href="/rss.jspx" target="_blank">RSS订阅</a> '
            '<a class="topa" href="/tags.jspx" target="_blank">TAGS标签</a></div></div></div>\n'
            f'<div class="w center"><a class="right block" href="/">{GOV}</a><form action="/search.jspx" method="get">'
            '<input type="text" name="q" value="" class="left search-input"/><button type="submit" class="left"></button></form></div>\n'
            '<div class="w center"><ul class="list-unstyled nav"><li class="left"><a href="/" class="nava fs14 item first">首页</a></li>'
            f'{nav}</ul></div>\n{body}\n'
            f'<div class="w center text-center c-666"><div class="host"><span>主办：{GOV}</span></div><div class="powered">'
            '<span>Powered by <strong><a href="http://www.jspxcms.com" target="_blank">Jspxcms</a></strong></span>'
            '<span>&copy; 2010-2016 Jspxcms All Rights Reserved</span></div><div class="copyright">'
            f'<span>{GOV} 版权所有</span> <span><a href="https://beian.miit.gov.cn" target="_blank" class="icp">赣ICP备2020004518号-1</a>'
            '</span></div></div>\n</body>\n</html>\n')


_HOT = (("/gzdt/1212.html", "松岚经开区开展安全生产大检查（12）"), ("/tzgg/1253.html", "关于开展企业用工调查工作的通知（7）"),
        ("/gzdt/1223.html", "松岚经开区推进标准厂房建设（23）"), ("/gzdt/1234.html", "松岚经开区召开重点项目调度会（34）"),
        ("/gzdt/1204.html", "松岚经开区召开重点项目调度会（4）"), ("/gzdt/1245.html", "松岚经开区开展企业服务日活动（45）"),
        ("/gzdt/1215.html", "松岚经开区开展企业服务日活动（15）"), ("/tzgg/1264.html", "关于申报省级专精特新企业工作的通知（18）"),
        ("/gzdt/1226.html", "松岚经开区举办产业链对接会（26）"), ("/tzgg/1256.html", "关于做好冬季安全生产工作的通知（10）"))


def _hot() -> str:
    rows = "".join(f'<li style="height:28px;line-height:28px;"><span class="left text-center {"rank-top" if k < 3 else "rank-normal"}" '
                   f'style="margin-right:10px;">{k + 1}</span><a class="a fs14" href="{u}" target="_blank" title="{t}">{t}</a></li>'
                   for k, (u, t) in enumerate(_HOT))
    return ('<div class="right w1"><div><div class="box3"><div class="head b c-node fs14">热度排行</div></div>'
            f'<ul class="list-unstyled" style="padding:10px;">{rows}</ul></div></div>')


_RELATED = (("/gzdt/1241.html", "松岚经开区召开党工委理论学习中心组学习会（41）", "2026-06-11"),
            ("/gzdt/1231.html", "松岚经开区召开党工委理论学习中心组学习会（31）", "2026-07-21"),
            ("/gzdt/1221.html", "松岚经开区召开党工委理论学习中心组学习会（21）", "2026-08-30"),
            ("/gzdt/1211.html", "松岚经开区召开党工委理论学习中心组学习会（11）", "2026-10-09"),
            ("/gzdt/1219.html", "松岚经开区召开营商环境推进会（19）", "2026-09-07"))


def test_a_short_news_article_beside_its_fulltext_similar_news_box_is_an_article() -> None:
    """info_news.html: the 相关新闻 box (five similar titles, each dated) made every short news article a column of
    five dated rows: 30 false stale columns and two false vetoes on the sample site. The box is news beside news (a
    side widget), no related box of documents: an empty one (kepu.gov.cn) starts no browser."""
    rel = "".join(f'<li class="item ico-point-blue" ><a href="{u}" target="_blank" class="a">{t}</a> '
                  f'<span class="fs12 c-999 ml5">{d}</span></li>' for u, t, d in _RELATED)
    title = "松岚经开区召开党工委理论学习中心组学习会（1）"
    body = ('<div class="w center"><div style="padding:10px 5px;">您的位置:&nbsp; <a href="/gzdt/" class="a c-desc">工作动态</a> > 正文</div>'
            f'<div class="left w2"><h1 class="info-title" style="border-top:2px solid #458fce;">{title}</h1>'
            '<div class="c-666" style="padding:0 20px 20px 20px;text-align:center;">'
            '<span class="info-detail">2026-11-18 12:01</span> <span class="info-detail">党政办公室</span> '
            '<span class="info-detail">松岚经开区</span> <span class="info-detail"><span id="info_views"></span>次阅读</span>'
            '<script type="text/javascript">$("#info_views").load("/info_views/1201.jspx?d="+new Date()*1);</script></div>'
            '<div class="info-text mt20"><p style="text-indent:2em;">近日，松岚经开区召开党工委理论学习中心组学习会。管委会主要负责同志出席并讲话，'
            '各部门各园区负责人参加。</p><p style="text-indent:2em;">会议要求，各部门各园区要坚持以项目建设为中心，压实工作责任，细化工作措施，'
            '加强督促检查，对照时间节点抓好落实，确保各项目标任务按期完成。</p></div>'
            '<ul class="mt20 list-unstyled fs14" style="line-height:28px;">'
            '<li><span class="b c-000">上一条：</span> <a href="/gzdt/1202.html" class="a">松岚经开区开展安全生产大检查（2）</a> '
            '<span class="fs12 c-999 ml5">2026-11-14</span></li><li><span class="b c-000">下一条：</span> <span>没有了</span></li></ul>'
            '<div class="mt20"><div class="fs16" style="height:26px;"><div class="left ff-yh" style="color:#56abee;">相关新闻</div>'
            f'<div class="clear"></div></div><ul class="list-unstyled info-list fs14 mt10">{rel}</ul></div></div>{_hot()}'
            '<div class="clear"></div></div>')
    facts = extract_page(_page(f"{title}_工作动态_{GOV}", body, "工作动态"), f"{HOST}/gzdt/1201.html")
    assert (facts.kind, facts.pub_date) == ("document", "2026-11-18")
    assert not facts.list_items


def test_an_empty_news_list_beside_the_sites_most_viewed_box_is_an_empty_column() -> None:
    """list_news.html with no rows: an empty `ul.list-unstyled` above page.html's dead 首页 1 末页, the 热度排行 box of
    ten titles beside it (counted as the page's own links, it made the page a hub)."""
    body = ('<div class="w center"><div style="padding:10px 5px;">您的位置:&nbsp; <a href="/qyfw/" class="a c-desc">企业服务</a></div>'
            '<div class="left w2" style="border-top:2px solid #458fce;"><ul class="list-unstyled mt10">\n</ul>'
            '<table class="center mt20"><tr><td><div class="pager"><a class="page">首页</a> <a class="page-curr">1</a> '
            '<a class="page" >末页</a><div style="clear:both;"></div></div></td></tr></table></div>'
            f'{_hot()}<div class="clear"></div></div>')
    facts = extract_page(_page(f"企业服务_{GOV}", body, "企业服务"), f"{HOST}/qyfw/")
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])


def test_a_list_box_holding_only_a_pager_that_links_nowhere_is_an_empty_list() -> None:
    """bluewise list.html with no rows: `div.textlist` holds an empty `<ul>` (no class) and page.html's 首页, the current
    1 and 末页, none with an href; the box's text (the pager's) hid that the list is empty."""
    menu = "".join(f'<li><a href="/{c}/"{" class=" + chr(34) + "curr" + chr(34) if c == "zdly" else ""}>{n}</a></li>'
                   for c, n in (("gfxwj", "规范性文件"), ("zcjd", "政策解读"), ("czxx", "财政信息"), ("zdly", "重点领域信息")))
    body = ('<div class="w960 center clear mt1"><div class="pleft"><div class="position">当前位置：<a href="/xxgk/">信息公开</a>>'
            '<a href="/zdly/">重点领域信息</a></div><div class="textlist"><ul>\n</ul>\n<div class="pager">\n<a class="page">首页</a>\n'
            '<a class="page-curr">1</a>\n<a class="page" >末页</a>\n<div style="clear:both;"></div>\n</div></div></div>'
            f'<div class="pright"><div class="box3"><div class="head b c-node fs14">信息公开</div></div><ul class="subnav">{menu}</ul></div></div>')
    facts = extract_page(_page(f"重点领域信息_信息公开_{GOV}", body, "信息公开"), f"{HOST}/zdly/")
    assert (facts.kind, facts.list_state) == ("column", "empty")


def test_an_article_at_its_static_address_and_its_script_address_is_one_document() -> None:
    """Info.getUrlStatic `/gfxwj/1280.html` and Info.getUrlDynamic `/info/1280.jspx` (no query on either): a 解读's 相关文件
    link to the script address linked a second document, so the first read as not linked to its 解读."""
    static, dynamic, interp = "gfxwj/1280.html", "info/1280.jspx", "zcjd/1286.html"
    title = f"{GOV}关于印发《松岚经开区人才公寓分配管理办法》的通知"
    meta = {"索引号": "11360922MB105/2026-00056", "文号": "松开管发〔2026〕16号"}
    text = "各部门、各园区：现将《松岚经开区人才公寓分配管理办法》印发给你们，请认真贯彻执行。"
    docs = [document(static, title, metadata=meta, links_to=[SITE + interp]),
            document(dynamic, title, metadata=meta, links_to=[SITE + interp]),
            document(interp, "《松岚经开区人才公寓分配管理办法》政策解读", kind="interpretation", links_to=[SITE + dynamic])]
    texts = {SITE + static: text, SITE + dynamic: text, SITE + interp: "一、起草背景 二、主要内容 三、解读机关"}
    merged = merge_copies(docs, lambda url: texts.get(url, ""))
    assert [d.url for d in merged] == [SITE + static, SITE + interp] and merged[1].links_to == [SITE + static]
    (rel,) = relations.interpretations(merged, texts)
    assert (rel.document_url, rel.direction) == (SITE + static, "both")


def _list(page: int, ids: range, pager: str) -> str:
    rows = "".join('<li style="padding:15px 0;border-bottom:1px dotted #ccc;"><div class="left" style="">'
                   f'<div><a href="/gzdt/{i}.html" class="ff-yh fs18 a c-000" target="_blank">松岚经开区开展企业服务日活动（{i}）</a></div>'
                   '<div class="" style="line-height:1.8;padding:2px 0;color:#818181;">近日，松岚经开区开展企业服务日活动。...</div>'
                   f'<div class="" style="padding:2px;color:#a1a1a1;">2026-{11 - (i - 1) // 10:02d}-{28 - (i - 1) % 10:02d} 09:{i:02d}:00</div>'
                   '</div><div class="clear"></div></li>' for i in ids)
    body = ('<div class="w center"><div style="padding:10px 5px;">您的位置:&nbsp; <a href="/gzdt/" class="a c-desc">工作动态</a></div>'
            f'<div class="left w2"><ul class="list-unstyled mt10">{rows}</ul><table class="center mt20"><tr><td>{pager}</td></tr></table>'
            '</div><div class="clear"></div></div>')
    return _page(f"工作动态_{GOV}", body, "工作动态")


def _article(i: int) -> str:
    title = f"松岚经开区开展企业服务日活动（{i}）"
    return _page(f"{title}_工作动态_{GOV}", (
        '<div class="w center"><div style="padding:10px 5px;">您的位置:&nbsp; <a href="/gzdt/" class="a c-desc">工作动态</a> > 正文</div>'
        f'<div class="left w2"><h1 class="info-title">{title}</h1><div class="c-666"><span class="info-detail">'
        f'2026-{11 - (i - 1) // 10:02d}-{28 - (i - 1) % 10:02d} 09:{i:02d}</span> <span class="info-detail">党政办公室</span></div>'
        '<div class="info-text mt20"><p>近日，松岚经开区开展企业服务日活动，走访区内企业，协调解决用工、融资、物流等方面的困难和问题，'
        '听取企业对优化营商环境的意见建议，推动惠企政策落地见效。</p></div></div></div>'), "工作动态")


_HREF = {1: "/gzdt/", 2: "/node/3_2.jspx", 3: "/node/3_3.jspx"}


def _page_html(n: int) -> str:
    """page.html: dead buttons and the current page are `<a>` without href; every page names the others."""
    href = _HREF
    out = ['<div class="pager">', f'<a{"" if n == 1 else f" href={chr(34)}/gzdt/{chr(34)}"} class="page">首页</a>']
    if n > 1:
        out.append(f'<a href="{href[n - 1]}" class="page">上一页</a>')
    out += [f'<a href="{href[p]}" class="page">{p}</a>' if p != n else f'<a class="page-curr">{p}</a>' for p in (1, 2, 3)]
    if n < 3:
        out.append(f'<a href="{href[n + 1]}" class="page">下一页</a>')
    out.append(f'<a href="{href[3]}" class="page" >末页</a>' if n < 3 else '<a class="page" >末页</a>')
    return "\n".join(out) + '\n<div style="clear:both;"></div>\n</div>'


def _ahead_only(n: int) -> str:
    """TRS's and 大汉's list pager (as tests/sites/mutate.py's `pagers` writes it): the total, and links only ahead."""
    ahead = f'<a href="{_HREF[n + 1]}">下一页</a> <a href="{_HREF[3]}">尾页</a>' if n < 3 else "下一页 尾页"
    return f'<div class="pages">共3页 第{n}页 首页 上一页 {ahead}</div>'


@pytest.mark.parametrize("pager", [_page_html, _ahead_only], ids=["names-first-back", "states-the-total"])
def test_later_pages_served_at_the_dynamic_node_address_are_one_column(pager: Callable[[int], str], tmp_path: Path) -> None:
    """Node.getUrlStatic: page 1 is the static folder `/gzdt/`; beyond the node's 静态页数 (by default 1) a page is the
    dynamic `/node/3_<n>.jspx`, whose pager names `/gzdt/` as 首页 and 1 — or, under a pager linking only the pages ahead,
    states the same total. Those pages, at no address of a later page's shape, were columns of their own: page 3, the
    oldest rows, a stale one."""
    href = _HREF

    pages = {"/": (200, HTML, _page(GOV, '<div class="w center"><a href="/gzdt/">工作动态</a></div>'))}
    for n in (1, 2, 3):
        pages[href[n]] = (200, HTML, _list(n, range(10 * n - 9, 10 * n + 1), pager(n)))
    for i in range(1, 31):
        pages[f"/gzdt/{i}.html"] = (200, HTML, _article(i))
    model, base = crawl_and_build(pages, tmp_path / "out")
    lists = {c.url.removeprefix(base): (c.name, len(c.items)) for c in model.columns}
    assert lists == {"gzdt/": ("工作动态", 30)}


def test_an_empty_list_in_unnamed_boxes_beside_the_logo_link_is_offered_to_the_template_comparison() -> None:
    """The empty list page of test_an_empty_news_list… with its class words unknown (tests/sites/mutate.py `classes`):
    no list-named box, so the page's empty boxes go to the site-level comparison with the template's filled lists —
    unless the main area shows content links. The header's logo, inc_header.html's `<a class="right block"
    href="${ctx}/">${site.fullNameOrName}</a>`, links the home page under a title-long name: no content."""
    body = ('<div class="w center"><div style="padding:10px 5px;">您的位置:&nbsp; <a href="/qyfw/">企业服务</a></div>'
            '<div style="border-top:2px solid #458fce;"><ul class="x43ba2120">\n</ul>'
            '<table><tr><td><div><a>首页</a> <a>1</a> <a>末页</a><div style="clear:both;"></div></div></td></tr></table></div></div>')
    html = _page(f"企业服务_{GOV}", body, "企业服务").replace('class="left search-input"', "").replace('class="nava fs14 item', 'class="x8025a531')
    facts = extract_page(html, f"{HOST}/qyfw/")
    assert facts.kind == "hub" and "ul.x43ba2120<div.<div.w center" in facts.empty_boxes
