"""A channel page (新闻中心 of a 博达 VSB site: a block of each child column's newest rows, each with
its own 更多 link) is a hub, not a column, even when its rows show full dates; one list that a
CMS splits into several <ul>s stays a column, and a homepage keeps its rows."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

_CHILDREN = (("hcyw", "鹤川要闻"), ("xzdt", "乡镇动态"), ("tzgg", "通知公告"))


def _page(main: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>新闻中心-某县人民政府</title><meta name="ColumnName" content="新闻中心">'
            '</head><body><div class="nav"><a href="index.htm">网站首页</a></div>'
            f'<ul class="breadcrumb">当前位置：<a href="index.htm">网站首页</a>&gt;新闻中心</ul>{main}'
            '<div id="footer">主办：某县人民政府办公室</div></body></html>')


def _rows(d: str, n: int = 5) -> str:
    return "<ul>" + "".join(f'<li><a href="info/10{k}/{k}{i}.htm" title="{d}第{i}条信息的标题文字">{d}第{i}条信息的标题文字</a>'
                            f"<span>2026-10-{18 - i:02d}</span></li>" for k, i in ((len(d), i) for i in range(n))) + "</ul>"


def test_a_channel_of_dated_blocks_with_their_own_more_links_is_a_hub() -> None:
    blocks = "".join(f'<div class="xw_box"><div class="xw_title"><h3>{name}</h3><a href="xwzx/{d}.htm" class="more">更多</a>'
                     f"</div>{_rows(d)}</div>" for d, name in _CHILDREN)
    facts = extract_page(_page(f'<div class="xw_index">{blocks}</div>'), "http://s/xwzx.htm")
    assert facts.kind == "hub" and not facts.list_items
    home = extract_page(_page(f'<div class="xw_index">{blocks}</div>'), "http://s/", is_home=True)
    assert home.kind == "home" and len(home.list_items) == 15


def test_one_list_split_into_several_uls_stays_a_column() -> None:
    main = ('<div class="side"><a href="xwzx/tpxw.htm">更多图片</a></div><div class="list">'
            + _rows("hcyw") + _rows("hcyw") + "</div>")
    facts = extract_page(_page(main), "http://s/xwzx/hcyw.htm")
    assert facts.kind == "column" and len(facts.list_items) == 10


def test_blocks_whose_more_link_reads_more_plus_are_a_channel() -> None:
    """PageAdmin's block head (`<div class="tit"><span class="a">公司新闻</span><span class="b"><a
    href="/index.aspx?lanmuid=63&sublanmuid=547">more+</a></span></div>`, a PageAdmin module template in
    a public repository) says more+, not 更多."""
    blocks = "".join(f'<div class="sy_xw"><div class="tit"><span class="a">{name}</span><span class="b">'
                     f'<a href="/index.aspx?lanmuid=61&amp;sublanmuid=61{k}">more+</a></span></div>{_rows(d)}</div>'
                     for k, (d, name) in enumerate(_CHILDREN))
    facts = extract_page(_page(f'<div class="xwzx_index">{blocks}</div>'), "http://s/xwzx/")
    assert facts.kind == "hub" and not facts.list_items


def _tab_box(panel: str, hide: str) -> str:
    """A tab box of the three blocks: their heads (title and 更多) as the strip's tabs, their lists as panels,
    only the first shown (长宁区科技创新服务平台's portal: `<ul class="tabtit"><li class="sel">通知公告</li><li>政策法规
    </li><li>公示栏</li></ul><div class="tab-cont tabcontent"><div>…</div><div class="tabhide">…`; a tab module's
    panels hidden inline, `<ul class="mod" role="tabpanel" style="display: none;">` (pazhe/JiazheWeb's
    J_Notice.ascx); PHPCMS's block head `<h5 class="title-2"><a class="more">更多&gt;&gt;</a>政策文件</h5>`)."""
    tabs = "".join(("<li class='sel'>" if k == 0 else "<li>") + f'<h5 class="title-2"><a href="xwzx/{d}.htm" class="more">'
                   f"更多&gt;&gt;</a>{name}</h5></li>" for k, (d, name) in enumerate(_CHILDREN))
    panels = "".join(panel.format(hide="" if k == 0 else hide, rows=_rows(d)) for k, (d, _) in enumerate(_CHILDREN))
    return f'<div class="box cat-area"><ul class="tabtit">{tabs}</ul><div class="tab-cont tabcontent">{panels}</div></div>'


def test_a_channel_whose_blocks_are_tabs_is_a_hub() -> None:
    """Only the first tab's list is shown; the others, hidden inline until their tab is clicked, are the
    channel's other blocks, each with its own 更多 in the strip: a hub, not a column of the first tab's rows
    (before: the 信息公开 channel read as a column, 「条目均无可识别的发布日期，视为未更新」 when its rows
    showed `[06-11]`)."""
    for panel, hide in (('<div{hide}>{rows}</div>', ' style="display:none"'),
                        ('<div{hide}>{rows}</div>', ' class="tabhide"'),
                        ("{rows}", "")):
        facts = extract_page(_page(_tab_box(panel, hide)), "http://s/xwzx.htm")
        assert facts.kind == "hub" and not facts.list_items, (panel, hide)


def test_a_column_beside_a_sidebar_of_blocks_stays_a_column() -> None:
    """A sidebar's own list and 更多 links beside a column's list are no tab box."""
    side = (f'<div class="side"><h3>热点信息</h3><a href="xwzx/rd.htm" class="more">更多</a>{_rows("rdxx", 3)}'
            '<h3>图片新闻</h3><a href="xwzx/tp.htm" class="more">更多</a></div>')
    for main in (f'<div class="wrap"><div class="list">{_rows("hcyw")}</div>{side}</div>',
                 f'<div class="wrap"><div class="box"><div class="list">{_rows("hcyw")}</div></div>{side}</div>'):
        assert extract_page(_page(main), "http://s/xwzx/hcyw.htm").kind == "column"


def test_a_channel_of_month_day_tabs_that_links_itself_is_a_hub() -> None:
    """PHPCMS's 信息公开 channel (its default block rows `<li><span class="rt">[06-11]</span>·<a …>`, no year
    anywhere, the page linked from its own menu under its own name) with its three blocks as tabs: only the
    first tab's rows are shown, and those alone read as the column's one block of `[MM-DD]` rows (before:
    「栏目“信息公开”的条目均无可识别的发布日期，视为未更新」, a false stale column)."""
    def rows(cat: int) -> str:
        return '<ul class="list lh24 f14">' + "".join(
            f'<li><span class="rt">[{11 - i:02d}-08]</span>·<a href="/index.php?m=content&amp;c=index&amp;a=show&amp;'
            f'catid={cat}&amp;id={cat}{i}">云溪县人民政府关于推进第{i}项重点工作的实施意见</a></li>' for i in range(5)) + "</ul>"
    cats = ((32, "政策文件"), (33, "规范性文件"), (34, "政策解读"))
    tabs = "".join(("<li class='sel'>" if k == 0 else "<li>") + f'<h5 class="title-2"><a href="/index.php?m=content&amp;'
                   f'c=index&amp;a=lists&amp;catid={cat}" class="more">更多&gt;&gt;</a>{name}</h5></li>'
                   for k, (cat, name) in enumerate(cats))
    panels = "".join(("<div>" if k == 0 else '<div style="display:none">') + rows(cat) + "</div>" for k, (cat, _) in enumerate(cats))
    own = "/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=30"
    page = (f'<html><head><meta charset="utf-8"><title>信息公开 - 云溪县人民政府</title></head><body><div class="nav"><ul>'
            f'<li><a href="/">首页</a></li><li><a href="{own}">信息公开</a></li></ul></div><div class="crumbs">'
            f'<a href="/">首页</a><span> &gt; </span>信息公开</div><div class="gk-right"><h3>法定主动公开内容</h3>'
            f'<div class="box cat-area"><ul class="tabtit">{tabs}</ul><div class="tab-cont tabcontent">{panels}</div></div>'
            '</div><div class="footer"><p>主办：云溪县人民政府办公室</p></div></body></html>')
    facts = extract_page(page, "http://s/index.php?m=content&c=index&a=lists&catid=30")
    assert facts.kind == "hub" and not facts.list_items
