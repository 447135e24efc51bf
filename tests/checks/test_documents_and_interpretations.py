from dataclasses import replace
from datetime import date

from govaudit.checks.base import Context
from govaudit.checks.documents import DOCUMENT_FIELDS
from govaudit.checks.interpretations import INTERPRETATION_LINKS
from govaudit.model.types import BudgetCut, Interpretation
from tests.factories import SITE, audited_site, document, page, site

CTX = Context(date(2026, 9, 30))
FULL = {"索引号": "1/2026-1", "发文机关": "某区政府", "成文日期": "2026-05-01", "发布日期": "2026-05-03",
        "发文字号": "某府规〔2026〕1号", "有效性": "有效"}
META = {"kinds": ["normative"], "required": ["索引号", "发文字号"], "vocabulary": {}, "patterns": {"发文字号": "〔\\d{4}〕\\d+号"}}
VALIDITY = {"kinds": ["normative"], "required": ["有效性"], "vocabulary": {"有效性": ["有效", "失效", "有效期至"]}, "patterns": {}}


def test_document_fields_absent_empty_and_malformed():
    model = site(documents=[
        document("ok.html", "好文件", metadata=FULL),
        document("empty.html", "缺文号", metadata={**FULL, "发文字号": ""}),
        document("bad.html", "错文号", metadata={**FULL, "发文字号": "某府规2026-1"}),
        document("news.html", "新闻", kind="news"),
    ])
    got = {f.subject.removeprefix(SITE): (f.status, f.message) for f in DOCUMENT_FIELDS.run(model, META, CTX)}
    assert got["ok.html"][0] == "pass"
    assert got["empty.html"] == ("fail", "文件《缺文号》元数据不完整：“发文字号”为空。")
    assert got["bad.html"][0] == "fail" and "格式不规范" in got["bad.html"][1]
    assert "news.html" not in got


def test_validity_vocabulary():
    no_validity = {k: v for k, v in FULL.items() if k != "有效性"}
    model = site(documents=[
        document("a.html", "甲", metadata=FULL),
        document("b.html", "乙", metadata=no_validity),
        document("c.html", "丙", metadata={**FULL, "有效性": "有效期至2027年12月31日"}),
        document("d.html", "丁", metadata={**FULL, "有效性": "待定"}),
    ])
    got = {f.subject.removeprefix(SITE): f.status for f in DOCUMENT_FIELDS.run(model, VALIDITY, CTX)}
    assert got == {"a.html": "pass", "b.html": "fail", "c.html": "pass", "d.html": "fail"}


def _rel(doc: str, interp: str, direction: str) -> Interpretation:
    return Interpretation(SITE + interp, SITE + doc, ["hyperlink"], direction, "2026-06-02", "2026-06-01")


def test_interpretation_presence_and_direction():
    docs = [document(f"{n}.html", n) for n in ("both", "oneway", "none", "script")]
    docs[3] = document("script.html", "script", related_slot="script_unobserved")
    docs.append(document("old.html", "旧文件", pub_date="2023-12-31"))
    model = site(documents=docs, interpretations=[_rel("both.html", "j1.html", "both"), _rel("oneway.html", "j2.html", "interpretation_to_document")])
    present = {"kinds": ["normative"], "numbered_only": [], "within": "24m", "require": "present", "own_documents_only": True}
    got = {f.subject.removeprefix(SITE): f.status for f in INTERPRETATION_LINKS.run(model, present, CTX)}
    assert got == {"both.html": "pass", "oneway.html": "pass", "none.html": "fail", "script.html": "incomplete",
                   "old.html": "not_applicable"}
    linked = {**present, "require": "bidirectional"}
    findings = {f.subject.removeprefix(SITE): f for f in INTERPRETATION_LINKS.run(model, linked, CTX)}
    assert {k: f.status for k, f in findings.items()} == {"both.html": "pass", "oneway.html": "fail"}
    assert "文件页未链接到解读" in findings["oneway.html"].message


def test_a_missing_link_back_is_undecided_when_the_cut_crawl_never_followed_that_pages_links():
    """Probes of 2bb4c15 (the vsb sample site cut to 60 % by --max-pages): the interpretation links its
    document at VSB's other address (content.jsp?urltype=news.NewsContentUrl&wbtreeid=1041&wbnewsid=4089
    for /info/1041/4089.htm), never fetched in the cut crawl, and interpretation-not-linked failed
    「解读页未链接到文件」; whole, it passes."""
    alias = SITE + "content.jsp?urltype=news.NewsContentUrl&wbtreeid=1041&wbnewsid=4089"
    docs = [document("info/1041/4089.htm", "某某办法", links_to=[SITE + "info/1043/4173.htm"]),
            document("info/1043/4173.htm", "《某某办法》政策解读", kind="interpretation", links_to=[alias, SITE + "zwgk/"])]
    model = site(documents=docs, interpretations=[_rel("info/1041/4089.htm", "info/1043/4173.htm", "document_to_interpretation")],
                 pages=[page("", "home", "首页"), page("zwgk/", "hub", "政务公开"), page("info/1041/4089.htm", "document", "某某办法"),
                        page("info/1043/4173.htm", "document", "解读")])
    linked = {"kinds": ["normative"], "numbered_only": [], "within": "24m", "require": "bidirectional", "own_documents_only": True}
    cut = replace(model, crawl=replace(model.crawl, budget_exhausted=True, stop_reason="max_pages",
                                       budget_cut=BudgetCut({"document": 60}, 60, 0)))
    (f,) = INTERPRETATION_LINKS.run(cut, linked, CTX)
    assert f.status == "incomplete" and "解读页未链接到文件" in f.message and f.data["unfollowed_links"] == 1
    # a whole crawl that left the link unfetched decided not to follow it: the verdict stands
    (f,) = INTERPRETATION_LINKS.run(model, linked, CTX)
    assert f.status == "fail"


def test_no_interpretation_is_undecided_when_a_cut_crawl_observed_no_interpretation_list():
    """Probe of 2bb4c15: the pe sample site cut to 35 % by --max-pages failed interpretation-missing
    on a document whose 政策解读 column was never fetched."""
    model = site(documents=[document("gfxwj/1.html", "某某办法")])
    present = {"kinds": ["normative"], "numbered_only": [], "within": "24m", "require": "present", "own_documents_only": True}
    cut = replace(model, crawl=replace(model.crawl, budget_exhausted=True, stop_reason="max_pages",
                                       budget_cut=BudgetCut({"column": 3, "document": 60}, 63, 10)))
    (f,) = INTERPRETATION_LINKS.run(cut, present, CTX)
    assert f.status == "incomplete" and "抓取预算用尽" in f.message
    (f,) = INTERPRETATION_LINKS.run(model, present, CTX)
    assert f.status == "fail"


POLICY = {"kinds": ["normative", "policy"], "numbered_only": ["policy"], "within": "24m", "require": "present", "own_documents_only": True}


def test_policy_documents_with_a_number_need_interpretations_too():
    numbered = replace(document("p1.html", "关于促进消费的若干措施", kind="policy"), wenhao="某政办发〔2026〕7号")
    explained = replace(document("p2.html", "关于加快发展数字经济的实施意见", kind="policy"), wenhao="某政发〔2026〕3号")
    unnumbered = document("p3.html", "转发省政府关于某事项的通知", kind="policy")
    model = site(documents=[numbered, explained, unnumbered], interpretations=[_rel("p2.html", "j2.html", "both")])
    got = {f.subject.removeprefix(SITE): f for f in INTERPRETATION_LINKS.run(model, POLICY, CTX)}
    assert {k: f.status for k, f in got.items()} == {"p1.html": "fail", "p2.html": "pass"}
    assert got["p1.html"].data["kind"] == "policy"
    only_normative = {**POLICY, "kinds": ["normative"]}
    assert INTERPRETATION_LINKS.run(model, only_normative, CTX) == []


def test_the_window_follows_the_as_of_date_and_findings_before_it_are_listed_not_counted():
    old = document("old.html", "旧办法", pub_date="2024-09-29")
    edge = document("edge.html", "边界办法", pub_date="2024-09-30")
    model = site(documents=[old, edge, document("undated.html", "无日期办法", pub_date=None)])
    got = {f.subject.removeprefix(SITE): f for f in INTERPRETATION_LINKS.run(model, POLICY, CTX)}
    assert {k: f.status for k, f in got.items()} == {"old.html": "not_applicable", "edge.html": "fail", "undated.html": "fail"}
    marked = got["old.html"]
    assert marked.data["outside_window"] is True and marked.data["status_in_window"] == "fail"
    assert marked.data["window_start"] == "2024-09-30" and "不计分" in marked.message
    # a year later the same document is outside the window: nothing is fixed in the calendar
    later = {f.subject.removeprefix(SITE): f.status for f in INTERPRETATION_LINKS.run(model, POLICY, Context(date(2027, 9, 30)))}
    assert later["edge.html"] == "not_applicable"
    everything = {f.subject.removeprefix(SITE): f.status for f in INTERPRETATION_LINKS.run(model, {**POLICY, "within": "all"}, CTX)}
    assert set(everything.values()) == {"fail"}


def test_findings_outside_the_window_do_not_count_in_the_score():
    from govaudit.engine import evaluate
    from govaudit.ruleset import load_ruleset

    model = replace(audited_site(), documents=[document("old.html", "旧办法", pub_date="2020-01-10")])
    results = evaluate(model, load_ruleset(), date(2026, 9, 30))
    rule = next(r for r in results["rules"] if r["id"] == "interpretation-missing")
    assert [r["status"] for r in rule["results"]] == ["not_applicable"] and rule["status"] == "not_applicable"
    assert "interpretation-missing" not in {d["rule"] for d in results["scoring"]["deductions"]}


def test_unknown_document_kinds_are_rejected():
    from govaudit.checks.base import validate_params

    _, problems = validate_params(INTERPRETATION_LINKS, {"kinds": ["normative", "polcy"]})
    assert problems and "polcy" in problems[0]
    _, problems = validate_params(INTERPRETATION_LINKS, {"within": "2024-01-01"})
    assert problems and "within" in problems[0]


def test_documents_issued_elsewhere_owe_no_interpretation_here():
    from govaudit.model.types import Page
    from tests.factories import ev

    home = Page(url=SITE, kind="home", title="首页", status=200, outcome="ok", charset="utf-8", evidence=ev(SITE),
                meta_tags={"SiteName": "青溪县人民政府门户网站"})

    def doc(path: str, issuer: str):
        return replace(document(path, f"{issuer}的文件", kind="policy", metadata={"发文机关": issuer}), wenhao="某发〔2026〕1号")

    docs = [doc("own.html", "青溪县人民政府办公室"), doc("bureau.html", "县教育局"), doc("state.html", "国务院办公厅"),
            doc("province.html", "某某省人民政府"), doc("party.html", "中共青溪县委办公室"), document("bare.html", "无元数据", kind="normative")]
    model = site(pages=[home], documents=docs)
    got = {f.subject.removeprefix(SITE): f.status for f in INTERPRETATION_LINKS.run(model, {**POLICY, "own_documents_only": True}, CTX)}
    assert got == {"own.html": "fail", "bureau.html": "fail", "party.html": "fail", "bare.html": "fail"}
    everything = INTERPRETATION_LINKS.run(model, {**POLICY, "own_documents_only": False}, CTX)
    assert len(everything) == 6


def _interpretation_pair(blocked_outcome: str):
    """The dtcms sample site under its waf412 faults (tests/sites/server.py Faults, seed 1): the 解读
    /zwgk/show-1418.aspx links its document at DTcms's dynamic address zwgk_show.aspx?id=1420 (the same
    page as /zwgk/show-1420.aspx), and that address answered a WAF's challenge."""
    alias = SITE + "zwgk_show.aspx?id=1420"
    docs = [document("zwgk/show-1420.aspx", "某某办法", links_to=[SITE + "zwgk/show-1418.aspx"]),
            document("zwgk/show-1418.aspx", "《某某办法》政策解读", kind="interpretation", links_to=[alias])]
    return site(documents=docs, interpretations=[_rel("zwgk/show-1420.aspx", "zwgk/show-1418.aspx", "document_to_interpretation")],
                pages=[page("", "home", "首页"), page("zwgk/show-1420.aspx", "document", "某某办法"),
                       page("zwgk/show-1418.aspx", "document", "解读"),
                       page("zwgk_show.aspx?id=1420", "other", "", outcome=blocked_outcome, status=412)])


def test_a_missing_link_back_is_undecided_when_a_link_of_that_page_was_refused():
    """Before: interpretation-not-linked failed 「解读页未链接到文件」 on the dtcms sample site under WAF
    faults, though the interpretation links its document at an address the WAF refused."""
    linked = {"kinds": ["normative"], "numbered_only": [], "within": "24m", "require": "bidirectional", "own_documents_only": True}
    for outcome in ("blocked", "timeout", "http_error"):
        (f,) = INTERPRETATION_LINKS.run(_interpretation_pair(outcome), linked, CTX)
        assert f.status == "incomplete" and "解读页未链接到文件" in f.message and f.data["unfollowed_links"] == 1
    (f,) = INTERPRETATION_LINKS.run(_interpretation_pair("not_found"), linked, CTX)  # a link to a page that is gone
    assert f.status == "fail"


def test_no_interpretation_is_undecided_when_the_document_links_a_page_that_was_refused():
    """Before: interpretation-missing failed 「没有对应的政策解读」 on the hbjy sample site under WAF faults:
    the document's only link, to its interpretation, answered a WAF's challenge (412)."""
    present = {"kinds": ["normative"], "numbered_only": [], "within": "24m", "require": "present", "own_documents_only": True}
    interp = SITE + "columns/b391/202610/22/fa93.html"
    model = site(documents=[document("columns/2975/202610/22/b4c0.html", "某某办法", links_to=[interp])],
                 pages=[page("", "home", "首页"), page("columns/2975/202610/22/b4c0.html", "document", "某某办法"),
                        page("columns/b391/202610/22/fa93.html", "other", "", outcome="blocked", status=412)])
    (f,) = INTERPRETATION_LINKS.run(model, present, CTX)
    assert f.status == "incomplete" and f.data["unfollowed_links"] == 1
    read = replace(model, pages=[replace(p, outcome="ok") for p in model.pages])
    (f,) = INTERPRETATION_LINKS.run(read, present, CTX)
    assert f.status == "fail"
