from dataclasses import replace
from datetime import date

from govaudit.checks.base import Context
from govaudit.checks.footer import FOOTER_IDENTIFIERS
from govaudit.checks.links import LINK_HEALTH
from govaudit.model.types import Link
from tests.factories import SITE, site

CTX = Context(date(2026, 9, 30))


def test_broken_links_grouped_by_target_with_sources():
    links = [
        Link(SITE + "a.html", SITE + "gone.html", "旧链接", "page", "broken", 404),
        Link(SITE + "b.html", SITE + "gone.html", "旧链接", "page", "broken", 404),
        Link(SITE + "a.html", SITE + "ok.html", "好", "page", "ok", 200),
        Link(SITE + "a.html", SITE + "waf.html", "拦", "page", "blocked", 412),
        Link(SITE + "a.html", SITE + "x.pdf", "附件", "attachment", "broken", 404),
        Link(SITE + "a.html", SITE + "later.html", "后", "page", "not_checked", None),
    ]
    findings = {f.subject: f for f in LINK_HEALTH.run(site(links=links), {"kinds": ["page"], "sources": "all"}, CTX)}
    assert findings[SITE + "gone.html"].status == "fail"
    assert findings[SITE + "gone.html"].data["sources"] == [SITE + "a.html", SITE + "b.html"]
    assert findings[SITE + "waf.html"].status == "incomplete"  # blocked is not broken
    assert findings["links:ok"].data["count"] == 1 and findings["links:not_checked"].status == "incomplete"
    assert SITE + "x.pdf" not in findings
    attachments = LINK_HEALTH.run(site(links=links), {"kinds": ["attachment"], "sources": "all"}, CTX)
    assert [(f.subject, f.status) for f in attachments] == [(SITE + "x.pdf", "fail")]


def test_a_redirect_loop_says_so_not_its_last_status():
    # two column pages whose <meta http-equiv="refresh"> send the visitor to each other: the last answer is a 200
    links = [Link(SITE, SITE + "tzgg/", "通知公告", "page", "broken", 200, "redirect_loop")]
    (finding, *_) = LINK_HEALTH.run(site(links=links), {"kinds": ["page"], "sources": "all"}, CTX)
    assert finding.status == "fail" and "重定向循环" in finding.message and "HTTP 200" not in finding.message


def test_footer_identifiers_presence_and_consistency():
    params = {"require": ["site_id", "icp", "psb", "conac", "jiucuo"], "templates": [], "template_require": []}
    good = site()
    assert {f.status for f in FOOTER_IDENTIFIERS.run(good, params, CTX)} == {"pass"}
    bad = site(footer=replace(good.footer, jiucuo_sitecode="1234567890", psb=None, meta_site_id_code="9999999999"))
    got = {f.subject: f.status for f in FOOTER_IDENTIFIERS.run(bad, params, CTX)}
    assert got == {"footer:site_id": "fail", "footer:icp": "pass", "footer:psb": "fail", "footer:conac": "pass", "footer:jiucuo": "fail"}
    assert {f.status for f in FOOTER_IDENTIFIERS.run(site(footer=None), params, CTX)} == {"incomplete"}


def test_a_home_footer_showing_no_identifier_at_all_is_unread_not_absent():
    """辽阳市人民政府's pages (国泰新点 Epoint) end in an empty `<div id="footer"></div>` that a script
    fills (tests/model/realpages/liaoyang-gov-cn_epoint_article_script-footer.html): their static HTML
    shows no 网站标识码, ICP, 公安备案 or 主办单位. On a home page so drawn every identifier failed
    (首页页脚未找到…); as for the other templates' bare footers, what is unread is incomplete. A footer
    showing some identifiers still fails for the ones it lacks."""
    from tests.model.test_realpages_saved2 import LY_URL, read

    drawn = read("liaoyang-gov-cn_epoint_article_script-footer.html", LY_URL).footer
    params = {"require": ["site_id", "icp", "psb", "sponsor", "conac", "jiucuo"], "templates": [], "template_require": []}
    home = replace(site().footer, site_id_code=drawn.site_id_code, icp=drawn.icp, psb=drawn.psb, sponsor=drawn.sponsor,
                   conac=drawn.conac, jiucuo_sitecode=drawn.jiucuo_sitecode)
    findings = FOOTER_IDENTIFIERS.run(site(footer=home), params, CTX)
    assert {f.status for f in findings} == {"incomplete"} and "脚本载入" in findings[0].message
    partial = replace(home, icp="辽ICP备05001883号")
    got = {f.subject: f.status for f in FOOTER_IDENTIFIERS.run(site(footer=partial), params, CTX)}
    assert got == {"footer:site_id": "fail", "footer:icp": "pass", "footer:psb": "fail", "footer:sponsor": "fail",
                   "footer:conac": "fail", "footer:jiucuo": "fail"}


def test_a_template_footer_showing_only_a_sponsor_named_in_the_pages_text_is_unread_not_absent():
    """A 关于我们 page of an NFCMS site read as a hub: its footer is drawn from a script string (never read without a
    browser), its text says 主办单位：… — taken for the footer's, the list template "lacked" its ICP, 公安备案 and 网站标识码
    (three false findings: nfcms, all 22 mutations, seed 39). A footer is observed by what only a footer shows; a
    template footer showing one of them still fails for the others it lacks."""
    from govaudit.model.types import Evidence, TemplateFooter
    params = {"require": [], "templates": ["list"], "template_require": ["site_id", "icp", "psb", "sponsor"]}
    about = TemplateFooter("list", 1, None, None, None, "岭州市榕岗区人民政府办公室", Evidence(url=SITE + "gywz/gywm/"))
    unread = TemplateFooter("list", 21, None, None, None, None, Evidence(url=SITE + "lanmu/11/"))
    got = {f.subject: f.status for f in FOOTER_IDENTIFIERS.run(site(footers=[about, unread]), params, CTX)}
    assert got == dict.fromkeys(("footer:list:site_id", "footer:list:icp", "footer:list:psb", "footer:list:sponsor"), "incomplete")
    shown = replace(about, icp="粤ICP备12055214号-1")
    got = {f.subject: f.status for f in FOOTER_IDENTIFIERS.run(site(footers=[shown, unread]), params, CTX)}
    assert got == {"footer:list:site_id": "fail", "footer:list:icp": "incomplete", "footer:list:psb": "fail",
                   "footer:list:sponsor": "incomplete"}  # (what the 21 unread pages show is unread)
