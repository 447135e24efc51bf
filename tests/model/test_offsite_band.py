"""Guide pages that name no column: one under a province's band of links to other sites, one whose trail names
only its organ (below). 湖南's 集约化 platform heads every county
page with `<span class="fr"><a href="http://www.hunan.gov.cn/">湖南省人民政府</a>…<a href="http://www.hunan.gov.cn/jyh/">
湖南省政府网站集约化平台</a></span>` (the trsjy sample site's chrome, from the platform's real pages). Once the
band's class words meant nothing (trsjy under all mutations, seed 17), its long platform link counted as a link
of the page's own content: the 信息公开指南, a page of prose whose trail names no column, read as a hub (hubs keep
no text), so its 本指南自2026年3月2日起施行 went unread and guide-current was undecided. A link to another site is
no content of the page's; one to the site's own article still is."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://www.xuchuan.gov.cn/xxgk_71602/xxgkzn/"


def _guide(extra: str = "") -> str:
    return ('<html><head><meta charset="utf-8"><title>信息公开指南-溆川县人民政府</title></head><body>'
            '<div class="x1"><div class="x2"><span class="x3">欢迎访问溆川县人民政府门户网站</span><span class="x4">'
            '<a href="http://www.hunan.gov.cn/" target="_blank">湖南省人民政府</a><a href="http://www.hhs.gov.cn/" target="_blank">'
            '怀化市人民政府</a><a href="http://www.hunan.gov.cn/jyh/" target="_blank">湖南省政府网站集约化平台</a></span></div></div>'
            '<div class="x5">您现在的位置：<a href="/">首页</a> &gt; <span>信息公开指南</span></div>'
            '<div class="x6"><div class="x7">信息公开指南</div><div class="x8"><p>为便于公民、法人和其他组织依法获取溆川县人民政府'
            '及其工作部门、乡镇的政府信息，编制本指南。</p><p>一、主动公开</p><p>二、依申请公开</p><p>三、监督和救济</p>'
            f'<p>本指南自2026年3月2日起施行。</p>{extra}</div></div>'
            '<div class="x9">主办单位：溆川县人民政府办公室 网站标识码：4312270001 湘ICP备05000001号</div></body></html>')


def test_a_guide_under_a_band_of_other_sites_is_a_static_page_not_a_hub() -> None:
    facts = extract_page(_guide(), URL)
    assert (facts.kind, facts.list_state, len(facts.list_items), facts.single_article) == ("column", "listed", 1, True)
    assert "本指南自2026年3月2日起施行" in facts.body_text


def test_a_link_to_one_of_the_sites_own_articles_is_still_content() -> None:
    facts = extract_page(_guide('<p><a href="/xxgk_71602/tzgg/202603/t20260302_1.html">关于印发溆川县政府信息公开指南的通知</a></p>'), URL)
    assert facts.kind != "column" or not facts.single_article


# 龙讯 Lonsun's 信息公开 platform (the lonsun sample site, from 合肥蜀山区's real platform pages): each organ's
# pages under one trail `首页 > <organ>`, its guide at `/public/column/<organ>?type=1`, the organ the <title>'s suffix.
_LONSUN = ('<html><head><meta charset="utf-8"><title>信息公开指南_霁湖区财政局</title></head><body>'
           '<div class="x1"><div class="x2"><span class="x3">霁湖区财政局</span></div>'
           '<a href="http://www.jh.gov.cn/index.html" target="_blank" class="x4">返回首页</a></div>'
           '<div class="x5" aria-label="栏目路径"><span><a href="http://www.jh.gov.cn/index.html">首页</a> &gt; '
           '<a href="/public/column/21821?type=2#content" tabindex="0">霁湖区财政局</a></span></div>'
           '<div class="x6"><ul class="x7"><li><a href="/public/column/21821?type=1#content">&nbsp;信息公开指南　</a></li>'
           '<li><a href="./21821?type=3">&nbsp;政府信息公开制度　</a></li><li class="x8"><span>法定主动公开内容</span><ul>'
           '<li><a href="./21821?type=4&amp;action=list&amp;nav=3&amp;catId=7001811">&nbsp;行政规范性文件　</a></li>'
           '<li><a href="./21821?type=4&amp;action=list&amp;nav=3&amp;catId=7001821">解读回应</a></li></ul></li>'
           '<li><a href="/public/column/21821?type=5#main">依申请公开</a></li></ul></div>'
           '<div class="x9"><div class="x10"><h2>信息公开指南</h2></div><div class="x11">'
           '<p>为便于公民、法人和其他组织获取政府信息，编制本指南。</p><p>一、主动公开</p><p>二、依申请公开</p><p>三、监督和救济</p>'
           '<p>办公地址：霁湖区政务中心B座；办公时间：工作日；联系电话：0551-65120001。</p><p>本指南自2026年3月2日起施行。</p>'
           '</div></div><div class="x12">主办：霁湖区人民政府办公室 网站标识码：3401040001</div></body></html>')


def test_a_guide_whose_trail_names_only_its_organ_is_a_static_page() -> None:
    """Before, only a trail of 首页 alone named no column: `首页 > 霁湖区财政局` (the organ the <title> names)
    made the guide no bare page, and under unknown class words a hub (lonsun, seeds 12-17: guide-current undecided)."""
    facts = extract_page(_LONSUN, "http://www.jh.gov.cn/public/column/21821?type=1")
    assert (facts.kind, len(facts.list_items), facts.single_article) == ("column", 1, True)
    assert "本指南自2026年3月2日起施行" in facts.body_text


def test_a_trail_step_naming_a_column_still_names_one() -> None:
    html = _LONSUN.replace('霁湖区财政局</a></span>', '霁湖区财政局</a> &gt; <a href="./21821?type=4">法定主动公开内容</a></span>')
    assert extract_page(html, "http://www.jh.gov.cn/public/column/21821?type=1").kind != "column"
