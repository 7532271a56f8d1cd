"""The one reading of Markdown structure, and pages that read as CommonMark and GitHub read the same text."""

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spacereader.core.articles import load_article
from spacereader.core.checks import check_local_links
from spacereader.core.commonmark import for_python_markdown
from spacereader.core.document import read_document
from spacereader.core.mentions import MentionMatcher
from spacereader.core.pages import article_page
from spacereader.core.profiles import load_profile_book
from spacereader.core.render import LinkContext, markdown_converter, render_body, render_markdown
from spacereader.paths import bundled_profiles_dir
from tests.core.test_bad_input import HANG_GUARD, finishes_within
from tests.helpers import write

MATCHER = MentionMatcher(load_profile_book([bundled_profiles_dir()]).profiles.values())
_CONTAINERS = {"blockquote", "li", "table", "td", "div"}


class Structure(HTMLParser):
    """What a page is made of: its headings outside any container, its code blocks, its links and images, and the
    outline of its tags (names only) for comparing two renderings."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.headings, self.code, self.targets, self.tags = [], [], [], []
        self._open, self._heading, self._code = [], None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag in ("a", "img") and (target := attrs.get("href") or attrs.get("src")) and not target.startswith("#"):
            self.targets.append(target)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and not _CONTAINERS & set(self._open):
            self._heading = [int(tag[1]), "", attrs.get("id", "")]
        if tag == "pre":
            self._code = ""
        if tag not in ("img", "br", "hr", "input"):
            self._open.append(tag)

    def handle_endtag(self, tag):
        if tag in self._open:
            while self._open.pop() != tag:
                pass
        if self._heading and tag == f"h{self._heading[0]}":
            self.headings.append((self._heading[0], self._heading[1].strip(), self._heading[2]))
            self._heading = None
        if tag == "pre" and self._code is not None:
            self.code.append(self._code.strip("\n"))
            self._code = None

    def handle_data(self, data):
        if self._heading:
            self._heading[1] += data
        if self._code is not None:
            self._code += data


def page(markdown_text: str, folder: Path = Path("/nonexistent")) -> Structure:
    return Structure(render_markdown(markdown_text, MATCHER, LinkContext(folder)))


def tags_of(html: str) -> list[str]:
    return Structure(html).tags


# Each construct as an author's site (Hugo, GitHub, VitePress) reads it: the tags CommonMark/GFM gives it.
CONSTRUCTS = {
    "list right after a paragraph": ("Trois missions :\n- Proxima\n- Alpha\n", "<p>x</p><ul><li>a</li><li>b</li></ul>"),
    "list nested by two spaces": ("- a\n  - b\n  - c\n- d\n", "<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>"),
    "list nested by four spaces": ("- a\n    - b\n- c\n", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"),
    "fence in a list item": ("- item\n\n  ```python\n  x = 1\n  ```\n- next\n",
                             "<ul><li><p>a</p><div><pre><code><span></span></code></pre></div></li><li><p>b</p></li></ul>"),
    "ordered list with parentheses": ("1) un\n2) deux\n", "<ol><li>a</li><li>b</li></ol>"),
    "strikethrough": ("~~gone~~ here\n", "<p><del>a</del></p>"),
    "task list": ("- [ ] todo\n- [x] done\n", "<ul><li>a</li><li>b</li></ul>"),
    "bare URL": ("See https://example.org/page now.\n", "<p><a>a</a></p>"),
    "Markdown inside an HTML block": ("<div>\n\n**bold**\n\n</div>\n", "<div><p><strong>a</strong></p></div>"),
    "GitHub alert": ("> [!NOTE]\n> Useful info.\n",
                     "<table><tbody><tr><td></td><td><p>Note</p><p>a</p></td></tr></tbody></table>"),
    "VitePress container": ("::: warning\nCareful.\n:::\n",
                            "<table><tbody><tr><td></td><td><p>Warning</p><p>a</p></td></tr></tbody></table>"),
    "GitHub alert holding a list": ("> [!TIP]\n> Deux choses :\n> - a\n> - b\n",
                                    "<table><tbody><tr><td></td><td><p>Tip</p><p>a</p><ul><li>a</li><li>b</li></ul>"
                                    "</td></tr></tbody></table>"),
    "GitHub alert after a list": ("- a\n- b\n\n> [!NOTE]\n> Useful.\n",
                                  "<ul><li>a</li><li>b</li></ul><table><tbody><tr><td></td><td><p>Note</p><p>a</p>"
                                  "</td></tr></tbody></table>"),
    "container after a list": ("- a\n\n::: tip\nUseful.\n:::\n",
                               "<ul><li>a</li></ul><table><tbody><tr><td></td><td><p>Tip</p><p>a</p>"
                               "</td></tr></tbody></table>"),
    "www address": ("Voir www.esa.int.\n", "<p><a>a</a></p>"),
    "four backticks around three": ("````\n```\n# Fake\n```\n````\n", "<div><pre><code></code></pre></div>"),
    "container ending with a list": ("::: tip\n- a\n- b\n:::\n\nAprès.\n",
                                     "<table><tbody><tr><td></td><td><p>Tip</p><ul><li>a</li><li>b</li></ul>"
                                     "</td></tr></tbody></table><p>x</p>"),
    "fence with an info string superfences refuses": ("```js{2}\n# Pas un titre\n```\n",
                                                      "<div><pre><code></code></pre></div>"),
    "list then a rule": ("- a\n---\n", "<ul><li>a</li></ul><hr>"),
    "setext heading": ("Le titre\n========\n\nTexte.\n", "<h1>a</h1><p>b</p>"),
}


@pytest.mark.parametrize("source, expected", CONSTRUCTS.values(), ids=CONSTRUCTS.keys())
def test_constructs_render_as_commonmark_reads_them(source, expected):
    shown = [tag for tag in page(source).tags if tag not in ("span",)]
    assert shown == [tag for tag in tags_of(expected) if tag != "span"]


def test_task_list_items_show_their_box_and_no_form_control():
    html = render_markdown("- [ ] todo\n- [x] done\n", MATCHER, LinkContext(Path("/nonexistent")))
    assert "☐ todo" in html and "☑ done" in html and "<input" not in html


def test_callouts_carry_their_kind_and_title():
    html = render_markdown("::: tip Bon à savoir\nLe hublot.\n:::\n\n> [!CAUTION]\n> Chaud.\n", MATCHER,
                           LinkContext(Path("/nonexistent")))
    assert 'class="bar-tip"' in html and '<p class="title-tip">Bon à savoir</p>' in html
    assert 'class="bar-caution"' in html and '<p class="title-caution">Caution</p>' in html
    assert ":::" not in html and "[!CAUTION]" not in html


def test_a_callout_without_a_title_takes_its_kind_in_the_article_language(tmp_path):
    write(tmp_path / "a.md", "---\ntitle: Sortie\nlang: fr\n---\n> [!WARNING]\n> Le scaphandre.\n\n::: tip\nRespirer.\n:::\n")
    article = load_article(tmp_path / "a.md")
    html = article_page(article, [], MATCHER, root=tmp_path)
    assert '<p class="title-warning">Attention</p>' in html and '<p class="title-tip">Astuce</p>' in html


def test_toc_marker_lists_the_headings_linked_to_their_anchors():
    html = render_markdown("[TOC]\n\n# Départ\n\n## En orbite\n\n## Retour\n", MATCHER, LinkContext(Path("/x")))
    assert '<a href="#depart">Départ</a><ul><li><a href="#en-orbite">En orbite</a></li>' in html
    assert '<h2 id="retour">Retour</h2>' in html and "[TOC]" not in html


# Regressions: where the old readings disagreed with the page.
def test_a_heading_inside_a_longer_fence_is_code_not_the_title(tmp_path):
    write(tmp_path / "a.md", "Intro.\n\n````md\n```\n# Fake\n```\n````\n\n# Real title\n\nText.\n")
    article = load_article(tmp_path / "a.md")
    assert article.title == "Real title"
    assert "# Fake" in page(article.body).code[0]


def test_a_fence_closed_by_the_other_character_runs_on_as_the_page_shows_it(tmp_path):
    body = "# Titre\n\n```\ncode\n~~~\n\n[lien cassé](absent.md)\n"  # never closed: code to the end, as on GitHub
    write(tmp_path / "a.md", body)
    article = load_article(tmp_path / "a.md")
    [code] = page(article.body, tmp_path).code
    assert "~~~" in code and "[lien cassé](absent.md)" in code
    assert check_local_links(article) == []  # a link in code is no link: check agrees with the page


def test_a_title_written_twice_shows_once_and_its_name_is_not_linked(tmp_path):
    write(tmp_path / "a.md", "---\ntitle: Chris Hadfield en orbite\n---\n# Chris Hadfield en orbite\n\nTexte.\n")
    article = load_article(tmp_path / "a.md")
    html = render_markdown(article.body, MATCHER, LinkContext(tmp_path))
    assert "<h1" not in html and "astronaut:" not in html
    assert article.title == "Chris Hadfield en orbite"


def test_a_different_first_heading_stays_under_the_title(tmp_path):
    write(tmp_path / "a.md", "---\ntitle: Le titre\n---\n# Autre chose\n\nTexte.\n")
    assert page(load_article(tmp_path / "a.md").body).headings == [(1, "Autre chose", "autre-chose")]


def test_a_right_aligned_column_is_right_aligned():
    html = render_markdown("| Mission | Année |\n|---|---:|\n| Proxima | 2016 |\n", MATCHER, LinkContext(Path("/x")))
    assert '<th align="right">Année</th>' in html and '<td align="right">2016</td>' in html
    assert '<td>Proxima</td>' in html


def test_headings_carry_their_line_level_and_page_anchor():
    document = read_document("Intro\n\n## Première partie {#one}\n\nTexte\n\nSuite\n-----\n\n## Première partie\n")
    assert [(h.level, h.text, h.anchor, h.line) for h in document.headings] == [
        (2, "Première partie", "one", 2), (2, "Suite", "suite", 6), (2, "Première partie", "premiere-partie", 9)]


def test_links_and_images_carry_their_line_and_skip_code():
    document = read_document("Voir [la NASA](https://nasa.gov) et ![Terre](terre.png)\n\n"
                             "```\n[pas un lien](x.md)\n```\n\n`[non](y.md)` puis <https://esa.int>\n\n[ref]: notes.md\n")
    assert [(link.target, link.line, link.is_image) for link in document.links] == [
        ("https://nasa.gov", 0, False), ("terre.png", 0, True), ("https://esa.int", 6, False), ("notes.md", 8, False)]


def test_plain_text_is_what_the_reader_reads():
    document = read_document("## Le *hublot*\n\nUn [lien](https://x.org) et `du code`.\n\n```\nhidden()\n```\n\n"
                             "<!-- note -->\n- ~~barré~~ item\n")
    text = document.plain_text
    assert "Le hublot" in text and "Un lien et du code." in text and "barré item" in text
    for absent in ("hidden", "note", "https", "*", "~~", "##"):
        assert absent not in text


def test_an_empty_article_has_no_reading_time(tmp_path):
    write(tmp_path / "a.md", "---\ntitle: Vide\n---\n")
    assert load_article(tmp_path / "a.md").reading_minutes() is None


# The document and the page agree: generated bodies of the constructs authors write.
WORD = st.sampled_from(["orbite", "Station", "hublot", "Terre", "fusée", "équipage", "Pesquet", "Hadfield"])
WORDS = st.lists(WORD, min_size=1, max_size=5).map(" ".join)
TARGET = st.sampled_from(["autre.md", "https://esa.int/proxima", "photo.png", "notes/plan.md"])
INLINE = st.one_of(
    WORDS,
    WORDS.map(lambda w: f"`{w}`"),
    st.tuples(WORDS, TARGET).map(lambda t: f"[{t[0]}]({t[1]})"),
    st.tuples(WORDS, TARGET).map(lambda t: f"![{t[0]}]({t[1]})"),
    WORDS.map(lambda w: f"**{w}**"),
    st.just("https://example.org/page"),
)
LINE = st.lists(INLINE, min_size=1, max_size=4).map(" ".join)
FENCE = st.tuples(st.sampled_from(["```", "````", "~~~"]), st.lists(st.one_of(LINE, st.just("# pas un titre"),
                  st.just("```"), st.just("~~~")), max_size=3)).map(
    lambda t: "\n".join([t[0], *(line for line in t[1] if not line.startswith(t[0])), t[0]]))
BLOCK = st.one_of(
    st.tuples(st.integers(1, 3), WORDS).map(lambda t: "#" * t[0] + " " + t[1]),
    st.tuples(WORDS, st.sampled_from(["=====", "-----"])).map("\n".join),
    st.lists(LINE, min_size=1, max_size=3).map("\n".join),
    FENCE,
    st.lists(LINE, min_size=1, max_size=3).map(lambda lines: "\n".join("- " + line for line in lines)),
    st.lists(LINE, min_size=1, max_size=2).map(lambda lines: "\n".join("> " + line for line in lines)),
    LINE.map(lambda line: "    " + line),
    WORDS.map(lambda w: f"<!-- {w} -->"),
)
BODY = st.lists(BLOCK, max_size=8).map("\n\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BODY)
def test_the_document_has_the_headings_code_and_links_the_page_has(body):
    document = read_document(body)
    shown = Structure(markdown_converter().convert(for_python_markdown(document)))
    assert [(h.level, h.text, h.anchor) for h in document.headings] == shown.headings
    code = [_dedented(document.lines[start:end]) for start, end in document.code]
    assert code == shown.code
    assert sorted(link.target for link in document.links) == sorted(shown.targets)


def _dedented(lines: list[str]) -> str:
    if lines[0].startswith("    "):
        return "\n".join(line[4:] for line in lines).strip("\n")
    return "\n".join(lines[1:-1]).strip("\n")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BODY)
def test_the_astronauts_linked_on_the_page_are_those_the_library_finds(body):
    document = read_document(body)
    found = MATCHER.ids_in(document)
    linked = {target.removeprefix("astronaut:") for target in page(body).targets if target.startswith("astronaut:")}
    assert linked <= set(found)
    link_texts = " ".join(text for p in document.paragraphs() for text in re.findall(r"\[([^\]]*)\]", p))
    for profile_id in set(found) - linked:  # a name in a link's text is a mention, though a link holds no other link
        assert any(word in link_texts for word in MATCHER_NAMES[profile_id])


MATCHER_NAMES = {"thomas-pesquet": ("Pesquet",), "chris-hadfield": ("Hadfield",)}


SOURCES = Path(__file__).resolve().parents[2] / "spacereader" / "core"
# limits measures nesting, on the document's lines
READERS = {"document.py", "fences.py", "inline.py", "commonmark.py", "limits.py"}


def test_no_other_core_module_reads_markdown_syntax():
    """Fences, headings and links are found in one place: no other module holds a pattern for them."""
    tells = ("```", "~~~", r"\]\(", "#{1", "<!--", r"\]:", r"(!?)\[")  # fences, headings, links, comments
    offenders = []
    for path in sorted(SOURCES.glob("*.py")):
        if path.name in READERS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("compile", "search", "match", "sub"):
                pattern = node.args[0] if node.args else None
                if isinstance(pattern, ast.Constant) and isinstance(pattern.value, str) and any(
                        tell in pattern.value for tell in tells):
                    offenders.append(f"{path.name}:{node.lineno}: {pattern.value}")
    assert offenders == []


def test_many_equal_headings_get_distinct_anchors_on_the_page_and_in_the_document():
    body = "\n\n".join(["## Journal de bord"] * 20_000)  # toc's own numbering loop took minutes over this many
    anchors = [h.anchor for h in read_document(body).headings]
    assert len(set(anchors)) == 20_000 and anchors[:3] == ["journal-de-bord", "journal-de-bord_1", "journal-de-bord_2"]
    assert Structure(markdown_converter().convert(body)).headings[-1][2] == anchors[-1]


def test_a_line_of_braces_left_open_is_plain_text_not_minutes_in_a_regular_expression():
    rendered = render_body(read_document("# Titre {" * 20_000), MATCHER, LinkContext(Path("/nonexistent")))
    assert rendered.problem[0] == "limit-braces"


def test_an_address_no_url_parser_takes_is_text_not_a_crash():
    html = render_markdown("Voir [ceci](http://[a) et http://0![ puis https://esa.int.", MATCHER, LinkContext(Path("/x")))
    targets = Structure(html).targets
    assert "https://esa.int" in targets and not any("[" in target for target in targets) and "ceci" in html


HOSTILE_LINES = {  # each took seconds to minutes in one regular expression that no deadline stops
    "heading of spaces": "# a" + " " * 50_000 + "b",
    "heading braces": "# {" + " " * 50_000 + "x",
    "link of spaces": "[a](" + " " * 50_000 + "x",
    "address then dots": "see https://a" + "." * 50_000 + "(",
    "www then dots": "www.a" + "." * 50_000 + "x",
}


@pytest.mark.parametrize("body", HOSTILE_LINES.values(), ids=HOSTILE_LINES.keys())
def test_a_hostile_line_is_read_in_no_time_worth_a_hang(body):
    def read_everything():
        document = read_document(body)
        return document.links, document.plain_text, MATCHER.ids_in(document), render_body(document, MATCHER,
                                                                                           LinkContext(Path("/x")))
    links, text, _, rendered = finishes_within(HANG_GUARD, read_everything)
    assert rendered.html and text.strip()


@pytest.mark.parametrize("body", ["# A &amp; B", "# A <b>x</b>", "# a\\*b", "# x <!-- c -->", "> # A\n\n# A",
                                  "> [!NOTE]\n> ## Setup\n\n## Setup"])
def test_the_page_gives_a_heading_the_anchor_the_outline_links_to(body):
    document = read_document(body)
    shown = Structure(markdown_converter().convert(for_python_markdown(document)))
    assert [h.anchor for h in document.headings] == [anchor for _, _, anchor in shown.headings]


def test_callout_and_outline_marks_are_no_words_to_search():
    text = read_document("> [!NOTE]\n> Le hublot.\n\n::: tip Bon à savoir\nRespirer.\n:::\n\n[TOC]\n\n[ref]: a.md\n").plain_text
    assert text.split() == ["Le", "hublot.", "Bon", "à", "savoir", "Respirer."]


def test_markdown_in_an_html_block_whose_attribute_holds_a_bracket():
    html = render_markdown('<div title="a>b">\n\n**gras**\n\n</div>\n', MATCHER, LinkContext(Path("/x")))
    assert '<div title="a&gt;b">' in html and "<strong>gras</strong>" in html
