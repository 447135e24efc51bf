"""KesionCMS pages (the kesion sample site's first-contact misses, as general patterns).

Markup from KesionCMS's own source and served pages, read with the library tools: bistuart/bistuart.github.com
`KS_Cls/Kesion.StaticCls.asp` (Kesion CMS 6.5: a class with no item prints `<p>此栏目下没有` + the model's item name
`</p>` in place of its list and pager; columns are `list.asp?ID=N`, later pages `&Page=K`) and `Template/文章系统/栏目页.html`
(`<title>{$GetClassName}-{$GetSiteName}</title>`, the list under `<div class="list_title_wo">{$GetClassName}列表</div>`);
a served KesionCMS home page (id 7794573624: `/Item/list.asp?id=674` in the nav) and a crawler of 南京师范大学's
Kesion site writing the same script as `Item/List.asp?ID=1652` (IIS answers either). The township theme around
them (`div.left` with the side menu and a 联系我们 box beside `div.right` with the trail, heading and list) is the
sample site's (tests/sites/kesion.py), guessed. Each test fails on 3a37f74."""

from __future__ import annotations

from pathlib import Path

from govaudit.model.extract.page import extract_page
from tests.model.loopback import HTML, crawl_and_build

GOV = "溪岚镇人民政府"
HOST = "http://www.xilan.gov.cn"
_SIBLINGS = ((20, "政府信息公开制度"), (21, "规范性文件"), (25, "财政资金"), (26, "重大项目"), (28, "政府信息公开年报"))


def _page(cid: int, name: str, inner: str, contact: bool = True) -> str:
    on = ' class="on"'
    menu = "".join(f'<li{on if c == cid else ""}><a href="/Item/list.asp?id={c}">{n}</a></li>' for c, n in _SIBLINGS)
    box = ('<div class="left_tit">联系我们</div><div class="left_lx">地址：平和县溪岚镇岚峰路18号<br />电话：0596-5561002</div>'
           if contact else "")
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f'<title>{name}-{GOV}</title>\n<meta name="Keywords" content="{GOV}" />\n'
            '<script type="text/javascript" src="/ks_inc/jquery.js"></script>\n</head>\n<body>\n'
            f'<div class="head"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{GOV}" /></a></div></div>\n'
            '<div class="nav"><ul id="nav"><li><a href="/">首页</a></li><li><a href="/Item/list.asp?id=1">新闻中心</a></li>'
            '<li><a href="/Item/list.asp?id=2">信息公开</a></li></ul></div>\n'
            f'<div class="main w1000">\n<div class="left"><div class="left_tit">信息公开</div><ul class="left_nav">{menu}</ul>\n{box}</div>\n'
            f'<div class="right"><div class="location">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/Item/list.asp?id=2">信息公开</a>'
            f' &gt;&gt; <a href="/Item/list.asp?id={cid}">{name}</a></div>\n'
            f'<div class="list_title_wo">{name}列表</div>\n<div class="list_box">\n{inner}\n</div></div>\n<div class="cb"></div></div>\n'
            f'<div class="foot"><p>主办：{GOV}</p><p>Copyright &copy; 2016-2026 {GOV} 闽ICP备16012278号-1</p></div>\n</body>\n</html>')


def test_a_side_columns_contact_box_is_no_text_of_an_empty_column() -> None:
    """An empty column (an empty `ul.list`) on a theme whose side column holds, under the menu of the sibling columns,
    a 联系我们 box of the office's address and telephone. That box is the template's, beside every page of the section;
    read as the page's own text it made the column a one-article static page (a missed empty column)."""
    facts = extract_page(_page(26, "重大项目", '<ul class="list">\n\n</ul>'), f"{HOST}/Item/list.asp?id=26")
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])


def test_kesions_no_article_line_marks_an_empty_column() -> None:
    """KesionCMS prints `<p>此栏目下没有文章</p>` in place of an empty class's list: an observed empty list, without
    the contact box as with it."""
    for contact in (False, True):
        facts = extract_page(_page(25, "财政资金", "<p>此栏目下没有文章</p>", contact), f"{HOST}/Item/list.asp?id=25")
        assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", []), contact


def test_a_single_page_beside_the_contact_box_keeps_its_own_text_only() -> None:
    """The side column's text is left out, the page's own sentence is not: a one-page class's (政府信息公开制度) text is
    its own. Before, its text held the side column's 联系我们 box: a page-text check (机构职能 states 地址、电话) would
    have found the office's address there on any page of the section."""
    text = "<p>　　本镇建立了政府信息公开保密审查、依申请公开办理、考核评议和责任追究等制度。</p>"
    facts = extract_page(_page(20, "政府信息公开制度", f'<div class="text_content">{text}</div>'), f"{HOST}/Item/list.asp?id=20")
    assert "保密审查" in facts.body_text and "岚峰路" not in facts.body_text and "电话" not in facts.body_text


def _rows(first: int, n: int) -> str:
    return '<ul class="list">\n' + "".join(
        f'<li><span class="date">2026-04-{20 - k:02d}</span><a href="/Item/Show.asp?m=1&amp;d={first + k}" target="_blank" '
        f'title="关于做好节假日值班值守工作的通知（{first + k}）" class="tit">关于做好节假日值班值守工作的通知（{first + k}）</a></li>\n'
        for k in range(n)) + "</ul>"


def test_one_column_at_two_spellings_of_its_address(tmp_path: Path) -> None:
    """The home page's 更多 links `/Item/List.asp?ID=15`, the menus and the pager `/Item/list.asp?id=15`: an IIS
    server answers both with the same page, one column (before: two, each judged, a stale notice column reported
    twice)."""
    pager = ('<div id="fenye" class="fenye">共14篇页次:1/2页,12篇/页&nbsp;&nbsp;<a href="list.asp?id=15&amp;page=2">下一页</a> '
             '<a href="list.asp?id=15&amp;page=2">尾页</a> 首页 上一页</div>')
    first = _page(15, "通知公告", _rows(100, 12) + pager)
    second = _page(15, "通知公告", _rows(112, 2) + '<div id="fenye" class="fenye">共14篇页次:2/2页,12篇/页&nbsp;&nbsp;'
                   '<a href="list.asp?id=15">首页</a> <a href="list.asp?id=15">上一页</a> 下一页 尾页</div>')
    home = (f'<html><head><title>{GOV}</title></head><body><div class="nav"><a href="/Item/list.asp?id=15">通知公告</a></div>'
            '<div class="hm_box"><div class="hdtop">通知公告<a href="/Item/List.asp?ID=15" class="link">更多 &gt;&gt;</a></div></div></body></html>')
    pages = {"/": (200, HTML, home), "/Item/list.asp?id=15": (200, HTML, first), "/Item/List.asp?ID=15": (200, HTML, first),
             "/Item/list.asp?id=15&page=2": (200, HTML, second)}
    for k in range(14):
        pages[f"/Item/Show.asp?m=1&d={100 + k}"] = (200, HTML, _page(15, "通知公告", f'<div class="article_title">通知（{100 + k}）</div>'))
    model, base = crawl_and_build(pages, tmp_path / "out")
    assert [c.url.removeprefix(base) for c in model.columns] == ["Item/list.asp?id=15"]


def test_a_short_article_whose_date_a_script_writes_is_a_document() -> None:
    """A 一图读懂 on the KesionCMS theme: a title, `发布时间：` followed by the script that writes the date (the sample
    site under the `scripts` mutation, tests/sites/mutate.py: `var pubDate = "…"` and a `span#pubDate` it fills), three
    short lines, a 相关文件 box and 上一篇/下一篇. Without a browser the date is not observed, but the page is an article:
    read as a hub it was no document at all, and the five documents whose 相关解读 boxes link such pages were failed
    for having no interpretation (false fails, at every seed)."""
    info = ('<div class="article_info">作者：佚名&nbsp;&nbsp;来源：溪岚镇党政办&nbsp;&nbsp;发布时间：<script type="text/javascript">'
            'var pubDate = "2026-9-6 9:38:12";</script><span id="pubDate"></span><script type="text/javascript">'
            'document.getElementById("pubDate").innerHTML = pubDate;</script>&nbsp;&nbsp;点击数：<script src="/Item/GetHits.asp?'
            'Action=Count&amp;GetFlag=0&amp;m=1&amp;ID=3036"></script></div>\n')
    main = ('<div class="article_title">一图读懂《溪岚镇集镇临时占道管理办法》</div>\n' + info
            + '<div class="text_content" id="MyContent"><p>　　一、起草背景</p><p>　　二、主要内容</p><p>　　三、政策亮点</p></div>\n'
            '<div class="xgwj"><b>相关文件：</b><a href="/Item/Show.asp?m=1&amp;d=3033" target="_blank">'
            '溪岚镇人民政府关于印发《溪岚镇集镇临时占道管理办法》的通知</a></div>\n'
            '<div class="prev_next"><p>上一篇：<a href="/Item/Show.asp?m=1&amp;d=3042" title="图解：《溪岚镇村级小微权力清单运行办法》">'
            '图解：《溪岚镇村级小微权力清单运行办法》</a></p><p>下一篇：没有了</p></div>')
    html = _page(22, "政策解读", "").replace('<div class="list_title_wo">政策解读列表</div>\n<div class="list_box">\n\n</div>', main)
    html = html.replace("<title>政策解读-", "<title>一图读懂《溪岚镇集镇临时占道管理办法》-")
    facts = extract_page(html, f"{HOST}/Item/Show.asp?m=1&d=3036")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "一图读懂《溪岚镇集镇临时占道管理办法》", None)
    assert facts.related_links == [f"{HOST}/Item/Show.asp?m=1&d=3033"]


def test_a_tag_page_is_no_column(tmp_path: Path) -> None:
    """KesionCMS's 热搜TAGS link a tag's results (`/plus/tags/index.asp?n=3&ChannelID=0&ClassID=0&page=1`, Kesion.CommonCls.asp
    TagsUrl): the articles of any column bearing the tag, here 2025's 任免 notices. Read as a column (TAG:人事任免) it was
    a stale one: a false finding on a site whose columns are all current."""
    rows = "".join(f'<li><span>2025-{m:02d}-15</span><a href="/Item/Show.asp?m=1&amp;d={m}" target="_blank">溪岚镇人民政府关于陈某某等同志职务任免的通知（{m}）</a></li>'
                   for m in (3, 6, 9))
    tag = (f'<html><head><title>TAG:人事任免-{GOV}</title></head><body><div class="nav"><a href="/">首页</a></div>'
           f'<div class="tags"><h3>与TAG“人事任免”相关的信息，共找到3条记录</h3><ul class="list">{rows}</ul></div>'
           f'<div class="foot"><p>主办：{GOV}</p></div></body></html>')
    home = (f'<html><head><title>{GOV}</title></head><body><div class="nav"><a href="/Item/list.asp?id=15">通知公告</a></div>'
            '<span class="head_gjz">热搜TAGS：<a href="/plus/tags/index.asp?n=3&amp;ChannelID=0&amp;ClassID=0&amp;page=1">人事任免</a></span>'
            '</body></html>')
    pages = {"/": (200, HTML, home), "/Item/list.asp?id=15": (200, HTML, _page(15, "通知公告", _rows(100, 3))),
             "/plus/tags/index.asp?n=3&ChannelID=0&ClassID=0&page=1": (200, HTML, tag)}
    for k in (100, 101, 102, 3, 6, 9):
        pages[f"/Item/Show.asp?m=1&d={k}"] = (200, HTML, _page(15, "通知公告", f'<div class="article_title">通知（{k}）</div>'))
    model, base = crawl_and_build(pages, tmp_path / "out")
    assert [c.url.removeprefix(base) for c in model.columns] == ["Item/list.asp?id=15"]
