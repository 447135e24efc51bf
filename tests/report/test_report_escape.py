"""Links only for http(s); Markdown metacharacters in crawled text neutralised."""

import pytest

from govaudit.report.escape import md_code, md_escape, md_link, reveal_invisible, safe_href, scope_hosts


@pytest.mark.parametrize(
    "url",
    ["https://www.example.gov.cn/", "http://127.0.0.1:8080/a?b=1#c", "HTTPS://WWW.EXAMPLE.GOV.CN/x"],
)
def test_safe_href_accepts_absolute_http_urls(url):
    assert safe_href(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "/relative/path",
        "https://",
        "https://exa mple.gov.cn/",
        "https://example.gov.cn/\nx",
        "",
        None,
    ],
)
def test_safe_href_rejects_everything_else(url):
    assert safe_href(url) is None


def test_md_escape_flattens_and_uses_character_references():
    assert md_escape("a|b[c]<d>`e`\nf\r\n\tg") == "a&#124;b&#91;c&#93;&#60;d&#62;&#96;e&#96; f g"
    assert md_escape(r"back\slash *bold* _it_ &amp;") == "back&#92;slash &#42;bold&#42; &#95;it&#95; &#38;amp;"
    assert md_escape("政务公开（2024）") == "政务公开（2024）"
    # No autolink: "http://" and "www." are broken up for GitHub's extended autolinks too.
    assert md_escape("见 http://evil.example 与 www.evil.example") == "见 http&#58;//evil.example 与 www&#46;evil.example"


SCOPE = scope_hosts("https://x.gov.cn/")


def test_scope_hosts_with_and_without_www():
    assert scope_hosts("https://www.x.gov.cn/a") == {"x.gov.cn", "www.x.gov.cn"}
    assert scope_hosts("javascript:alert(1)") == frozenset()


def test_md_link_only_for_http_urls_of_the_audited_site():
    assert md_link("javascript:alert(1)", scope=SCOPE) == "`javascript:alert(1)`"
    assert md_link("https://x.gov.cn/a b", "t", SCOPE) == "t `https://x.gov.cn/a b`"  # whitespace: not a URL we link
    assert md_link("https://x.gov.cn/p(1)|<x>", "标题]", SCOPE) == "[标题&#93;](https://x.gov.cn/p%281%29%7C%3Cx%3E)"
    assert md_link("https://x.gov.cn/%E6%94%BF", scope=SCOPE) == "[https&#58;//x.gov.cn/%E6%94%BF](https://x.gov.cn/%E6%94%BF)"
    assert md_link("https://evil.example/x", scope=SCOPE) == "`https://evil.example/x`"  # outside the scope: code
    assert md_link("https://x.gov.cn.evil.example/", "官网", SCOPE) == "官网 `https://x.gov.cn.evil.example/`"


def test_md_code_falls_back_to_escaped_text():
    assert md_code("stale-news-columns") == "`stale-news-columns`"
    assert md_code("a`b|c") == "a&#96;b&#124;c"


def test_invisible_characters_are_revealed():
    assert reveal_invisible("exe\u202egnp.html a\u200bb \ufeff\u2066") == "exe\\u202egnp.html a\\u200bb \\ufeff\\u2066"
    assert reveal_invisible("政务公开 ok") == "政务公开 ok"
