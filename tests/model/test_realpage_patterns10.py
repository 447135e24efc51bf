"""Patterns behind the round-10 real pages' misreadings (tests/model/test_realpages_saved10.py), from the real markup
(国家发展改革委's 发展改革委令 record, SOURCES.md tenth table) cut to what the pattern needs, with its boundaries.
Each `Failed before` test fails on 66e0b81 (found by the invariance test's `classes` rewrite: the box was known by its
class `xgwz` only)."""

from __future__ import annotations

from pathlib import Path

from govaudit.model.extract.page import extract_page

# 国家发展改革委 2026年第41号令: the article, then the right column's 相关政策与解读 box, hidden by its style and shown by
# the page's script when the server wrote `jdFlag=1` (the 令 has a 解读); here the box's class says nothing.
_NDRC = """<html><head><title>【《电力重大事故隐患判定标准及治理监督管理规定》 2026年第41号令】-国家发展和改革委员会</title></head>
<body><div class="container"><div class="article">
 <div class="article_l"><h2 class="article_title">《电力重大事故隐患判定标准及治理监督管理规定》 2026年第41号令</h2>
  <div class="shezhi"><div class="time">发布时间：2026/04/09</div><div class="ly">来源：<span>国家能源局</span></div></div>
  <div class="article_con"><div class=TRS_Editor><p><b>中华人民共和国国家发展和改革委员会令</b></p><div><b>第41号</b></div>
  <div>　　《电力重大事故隐患判定标准及治理监督管理规定》已经2026年3月16日第29次委务会议审议通过，现予公布，自2026年7月1日起施行。</div>
  <div>主任：郑栅洁</div><div>2026年3月18日</div></div></div>
 </div>
 <div class="article_r">
  <script>var jdFlag=0;</script><script>jdFlag=1;</script>
  <div class="box3" style="display:none">
   <div class="mt"><span>相关政策与解读</span></div>
   <ul><li><a href="../../../jd/jd/202604/t20260424_1404868.html" target="_blank">《电力重大事故隐患判定标准及治理监督管理规定》解读</a></li></ul>
  </div>
  <script>if (jdFlag ==1 ) $(".box3").css('display','block');</script>
 </div>
</div></div></body></html>"""
_URL = "https://www.ndrc.gov.cn/xxgk/zcfb/fzggwl/202604/t20260409_1404577.html"
_JD = "https://www.ndrc.gov.cn/xxgk/jd/jd/202604/t20260424_1404868.html"


def _related(page: str) -> tuple[str, list[str]]:
    facts = extract_page(page, _URL)
    return facts.related_slot, facts.related_links


def test_a_hidden_box_headed_related_is_a_related_box_as_a_class_would_make_it() -> None:
    """Failed before: related_slot "none", no link — the heading's text, hidden with its box, named nothing, where
    `class="xgwz"` made the same box a related one (an interpretation linked only there read as not linked)."""
    assert _related(_NDRC) == ("static", [_JD])


def test_the_same_box_shown_reads_the_same() -> None:
    """Failed before too (相关政策与解读 was no related heading)."""
    assert _related(_NDRC.replace(' style="display:none"', "")) == ("static", [_JD])


def test_a_hidden_box_headed_otherwise_is_no_related_box() -> None:
    """Boundary: a hidden box under another heading (a hidden 排行榜) lends its links no relation."""
    assert _related(_NDRC.replace("相关政策与解读", "排行榜")) == ("none", [])


def test_a_hidden_known_related_heading_heads_its_box() -> None:
    """Failed before: the hidden heading is one of the known ones (相关解读), the box's class says nothing."""
    assert _related(_NDRC.replace("相关政策与解读", "相关解读")) == ("static", [_JD])


# 北京市西城区 (Core3 portal, every module a `div.corePan > … > div.coreContent`): the 社会服务 side menu beside a short
# article whose text a Word paste wrote; both modules are content areas by name.
_PANEL = """<div class="{cls} corePan"><div class="coreHead"><div class="coreCenter"><div class="coreTitle">{title}</div></div></div>
<div class="coreBody"><div class="coreCenter"><div class="coreContentContainer"><div class="coreContent">
{inner}
</div></div></div></div></div>"""
_SIDE = """<nav class="navbar navbar-default" role="navigation">
	<div class="container-fluid"> 
	<div class="navbar-header">
		<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#Col22116_22117_22570_22583">
			<span class="sr-only">切换导航</span>
			<span class="icon-bar"></span>
			<span class="icon-bar"></span>
			<span class="icon-bar"></span>
		</button>
	</div>
	<div class="collapse navbar-collapse" id="Col22116_22117_22570_22583">
		<ul class="nav navbar-nav" style="width:100%;">
                
                <li  >
                    
                    <a href="/xcfw/shfw/tyj.html">体育之窗
                    </a>
                </li>
                
                <li  >
                    
                    <a href="/xcfw/shfw/bmfw.html">便民服务
                    </a>
                </li>
                
            </ul>
	</div>
	</div>
</nav>"""
_XICHENG_PAGE = (Path(__file__).parent / "realpages" /
                 "bjxch-gov-cn_core3-jsp_xcfw-shfw_article_placeholder-trail-step_date-in-word-body_colon-psb.html").read_text()
# the article module's content as served: the title, then the Word paste (a copy of the title, 发布时间, three paragraphs)
_ARTICLE = _XICHENG_PAGE[_XICHENG_PAGE.index('<div class="xiangqing">') : _XICHENG_PAGE.index("</DIV></DIV></p>") + 16] + "</div>"
_XICHENG = ("<html><head><title>北京市西城区人民政府</title></head><body><div class=\"row\">"
            + _PANEL.format(cls="Col22116_22117_22570_22583", title="社会服务", inner=_SIDE)
            + _PANEL.format(cls="Col22116_22117_22570_22581_22544_25826", title="信息详情", inner=_ARTICLE)
            + "</div></body></html>")
_XICHENG_URL = "https://www.bjxch.gov.cn/xcfw/shfw/xxxq/pnidpv765666.html"


def test_a_side_menus_indented_markup_does_not_outweigh_an_articles_text() -> None:
    """Failed before: body_text `社会服务` — the side menu's module, over half the article's module by span (its
    markup's indentation) and smaller, was taken for the body; the article's text was lost to every text rule."""
    text = extract_page(_XICHENG, _XICHENG_URL).body_text
    assert "陶然亭街道社区服务中心每周三下午" in text and "体育之窗" not in text


def test_a_content_area_inside_the_article_area_is_still_its_body() -> None:
    """Boundary: the innermost area holding half the text stays the body (an editor's block inside the module, the
    module's title outside it; failed before too: the side menu)."""
    page = _XICHENG.replace("<p><DIV style=", '<div class="TRS_Editor"><p><DIV style=').replace(
        "</DIV></DIV></p>", "</DIV></DIV></p></div>")
    text = extract_page(page, _XICHENG_URL).body_text
    assert text.startswith("“学书法晒快乐”书法培训 发布时间：2017-05-02 为弘扬") and "信息详情" not in text


# Left alone (云南省人民政府's TRS template, test_realpages_saved10): `<div id="relativeDoc"><span>相关文档：</span><ul>
# <li name="relativeDocItem"><a>…</a></li></ul></div>` — an inline label with a colon opening a block is no related
# heading, as 平潭's `<span><span>相关文件：</span></span><a>` inside an interpretation's body must not be one (its link is
# the body's). Letting an inline label head the block it opens changed 平潭's and 佛山's readings; the box's links
# stay body links, which Document.links_to counts as the page's links all the same.


# 国务院国资委's record c33689673: its 相关文章 box, a heading `div` inside the `<ul>` it heads (named `related` by class on
# the site; here the class says nothing), linking the commission's news of the 办法's release.
_SASAC = """<html><head><title>中央企业发展规划管理办法－国务院国有资产监督管理委员会</title></head><body>
<div class="main clearfix"><div class="zsy_content">
<div class="zsy_cotitle">中央企业发展规划管理办法<p>文章来源：规划局 　　发布时间：2025-06-06</p></div>
<div class="zsy_comain">
<p><font><font>第一条</font> 为全面贯彻习近平新时代中国特色社会主义思想，依法履行企业国有资产出资人职责，规范中央企业发展规划管理，强化发展规划引领作用，引导中央企业完整准确全面贯彻新发展理念，增强核心功能和提升核心竞争力，根据《中华人民共和国公司法》《中华人民共和国企业国有资产法》《企业国有资产监督管理暂行条例》等法律法规，制定本办法。</font></p>
<p><font><font>第三十九条</font> 本办法自2025年6月1日起施行。国务院国资委于2004年发布的《中央企业发展战略和规划管理办法（试行）》（国务院国资委令第10号）同时废止。</font></p>
<div style="width:920px; margin: 0 auto;" class="box4">
<ul>
<div class="xg">相关文章</div>
<li><a href=../../../../n2588035/n16549643/n16549895/n16550082/c33689822/content.html title="国务院国资委印发《中央企业发展规划管理办法》" target=_blank>国务院国资委印发《中央企业发展规划管理办法》</a></li>
</ul>
</div>
</div></div></div></body></html>"""
_SASAC_URL = "http://www.sasac.gov.cn/n2588035/n2588320/n2588335/c33689673/content.html"


def test_a_box_headed_related_articles_relates_its_links() -> None:
    """Failed before: related_slot "none" — 相关文章 was no related heading, so the box was related only by its class."""
    facts = extract_page(_SASAC, _SASAC_URL)
    assert (facts.related_slot, facts.related_links) == (
        "static", ["http://www.sasac.gov.cn/n2588035/n16549643/n16549895/n16550082/c33689822/content.html"])
