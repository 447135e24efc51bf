"""A guide page under a province's band of links to other sites. 湖南's 集约化 platform heads every county
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
