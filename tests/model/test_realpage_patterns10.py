"""Patterns behind the round-10 real pages' misreadings (tests/model/test_realpages_saved10.py), from the real markup
(国家发展改革委's 发展改革委令 record, SOURCES.md tenth table) cut to what the pattern needs, with its boundaries.
Each `Failed before` test fails on 66e0b81 (found by the invariance test's `classes` rewrite: the box was known by its
class `xgwz` only)."""

from __future__ import annotations

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
