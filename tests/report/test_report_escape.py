"""Links only for http(s); Markdown metacharacters in crawled text neutralised."""

import pytest

from govaudit.report.escape import md_code, md_escape, md_link, safe_href


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


def test_md_escape_flattens_and_escapes():
    assert md_escape("a|b[c]<d>`e`\nf\r\n\tg") == r"a\|b\[c\]\<d\>\`e\` f g"
    assert md_escape(r"back\slash *bold* _it_") == r"back\\slash \*bold\* \_it\_"
    assert md_escape("政务公开（2024）") == "政务公开（2024）"


def test_md_link_only_for_http_and_with_a_safe_destination():
    assert md_link("javascript:alert(1)") == "javascript:alert(1)"
    assert md_link("https://x.gov.cn/a b", "t") == "t"  # whitespace: not a URL we link
    assert md_link("https://x.gov.cn/p(1)|<x>", "标题]") == "[标题\\]](https://x.gov.cn/p%281%29%7C%3Cx%3E)"
    assert md_link("https://x.gov.cn/%E6%94%BF") == "[https://x.gov.cn/%E6%94%BF](https://x.gov.cn/%E6%94%BF)"


def test_md_code_falls_back_to_escaped_text():
    assert md_code("stale-news-columns") == "`stale-news-columns`"
    assert md_code("a`b|c") == r"a\`b\|c"
