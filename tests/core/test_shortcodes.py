"""Hugo's shortcodes never show as raw braces: paired, single, nested, escaped and never closed, each as the page
shows it, and the index and `check` reading what the page shows."""

import pytest

from spacereader.cli import main
from spacereader.core.articles import load_article
from spacereader.core.commonmark import for_python_markdown
from spacereader.core.library import load_library
from spacereader.core.mentions import MentionMatcher
from spacereader.core.pages import article_page
from tests.helpers import write
from tests.html_safety import parse, text_of

NOBODY = MentionMatcher([])


def page(tmp_path, body, lang="fr"):
    article = load_article(write(tmp_path / "page.md", f"+++\ntitle = \"Page\"\nlang = \"{lang}\"\n+++\n{body}\n"))
    return article, article_page(article, [], NOBODY, root=tmp_path).split("<hr>", 1)[1]


def classes(html, tag):
    return [attrs.get("class") for name, attrs in parse(html).tags if name == tag and attrs.get("class")]


CALLOUTS = {  # as written: (its colour, the title shown)
    "{{% note %}}\nCette section est **dépréciée**.\n{{% /note %}}": ("note", "Remarque"),  # in the article's language
    "{{< tip >}}\nCette section est **dépréciée**.\n{{< /tip >}}": ("tip", "Astuce"),
    "{{% warning title=\"Attention, chaud\" %}}\nCette section est **dépréciée**.\n{{% /warning %}}":
        ("warning", "Attention, chaud"),
    "{{% notice info \"Le titre\" %}}\nCette section est **dépréciée**.\n{{% /notice %}}": ("note", "Le titre"),
    "{{< alert color=\"danger\" >}}\nCette section est **dépréciée**.\n{{< /alert >}}": ("caution", "Prudence"),
    "{{< hint >}}\nCette section est **dépréciée**.\n{{< /hint >}}": ("tip", "Astuce"),
}


@pytest.mark.parametrize("written", CALLOUTS)
def test_a_note_like_shortcode_is_a_callout_with_its_text_as_markdown(tmp_path, written):
    kind, title = CALLOUTS[written]
    article, html = page(tmp_path, written)
    assert classes(html, "td")[0] == f"bar-{kind}" and classes(html, "p")[0] == f"title-{kind}"
    assert title in text_of(html) and "Cette section est dépréciée." in text_of(html)
    assert ("strong", {}) in parse(html).tags
    assert "{{" not in text_of(html) and article.problems == []
    assert article.document.plain_text.strip() == "Cette section est dépréciée."


@pytest.mark.parametrize(("written", "language", "file"), [
    ('{{< code file="hugo.toml" >}}\nbaseURL = "https://example.org/"\n{{< /code >}}', "toml", "hugo.toml"),
    ('{{< highlight go "linenos=table" >}}\nbaseURL := 1\n{{< /highlight >}}', "go", None),
    ('{{< code-toggle file="hugo" >}}\nbaseURL = "https://example.org/"\n{{< /code-toggle >}}', "", "hugo"),
])
def test_a_code_like_shortcode_is_a_code_block_under_its_file_name(tmp_path, written, language, file):
    article, html = page(tmp_path, written)
    assert "codehilite" in classes(html, "div")
    assert ("code-file" in classes(html, "p")) is (file is not None)
    if file:
        assert text_of(html).strip().startswith(file)
    assert "baseURL" in text_of(html) and "{{" not in text_of(html)
    assert f"```{language}\n" in for_python_markdown(article.document)  # highlighted as its language
    assert "baseURL" not in article.document.plain_text  # code, as on the page: not words to search
    assert "https://example.org/" not in [link.target for link in article.document.links]


def test_any_other_paired_shortcode_is_a_box_labelled_with_its_name(tmp_path):
    _, html = page(tmp_path, "{{< details summary=\"Plus\" >}}\nLe **texte** caché.\n{{< /details >}}")
    assert classes(html, "td")[0] == "bar-box"
    assert text_of(html).strip().startswith("details: Plus") and "Le texte caché." in text_of(html)


def test_nested_shortcodes_are_boxes_in_boxes(tmp_path):
    article, html = page(tmp_path, "{{< tabs >}}\n{{< tab \"Un\" >}}\nPremier.\n{{< /tab >}}\n{{< tab \"Deux\" >}}\n"
                                   "{{% note %}}\nDedans.\n{{% /note %}}\n{{< /tab >}}\n{{< /tabs >}}")
    assert [c for c in classes(html, "td") if c.startswith("bar-")] == ["bar-box", "bar-box", "bar-box", "bar-note"]
    assert "{{" not in text_of(html) and article.problems == []
    assert [t for t in text_of(html).split("\n") if t.strip()][:2] == ["tabs", "tab: Un"]


@pytest.mark.parametrize(("written", "shown"), [
    ("{{< youtube w7Ft2ymGmfc >}}", "[youtube: w7Ft2ymGmfc]"),
    ("Voir {{< param \"copyright\" >}} ici.", "Voir [param: copyright] ici."),
    ('{{< gist spf13 7896402 />}}', "[gist: spf13, 7896402]"),
    ("Tapez {{< kbd >}}Ctrl{{< /kbd >}} puis.", "Tapez Ctrl puis."),  # an inline pair: its text
])
def test_a_single_shortcode_is_a_small_labelled_placeholder(tmp_path, written, shown):
    article, html = page(tmp_path, written)
    assert shown in text_of(html) and "{{" not in text_of(html)
    assert article.problems == []
    assert shown.replace("[", "").replace("]", "") in " ".join(article.document.plain_text.split())


@pytest.mark.parametrize(("written", "shown"), [
    ("Écrivez {{</* note */>}} puis {{</* /note */>}}.", "Écrivez {{< note >}} puis {{< /note >}}."),
    ("Écrivez {{%/* note */%}}.", "Écrivez {{% note %}}."),
    ("```go-html-template\n{{</* figure src=\"a.png\" */>}}\n```", '{{< figure src="a.png" >}}'),
    ("`{{</* ref \"x.md\" */>}}`", '{{< ref "x.md" >}}'),
])
def test_an_escaped_shortcode_shows_literally_as_hugo_shows_it(tmp_path, written, shown):
    _, html = page(tmp_path, written)
    assert shown in text_of(html)
    assert "/*" not in text_of(html)


def test_a_ref_shortcode_in_a_link_is_where_the_link_goes(tmp_path):
    write(tmp_path / "other.md", "# Other\n")
    _, html = page(tmp_path, 'Voir [l\'autre page]({{< ref "other.md" >}}).')
    assert [attrs["href"] for tag, attrs in parse(html).tags if tag == "a"][0].startswith("article:")


def test_a_shortcode_never_closed_is_a_placeholder_and_a_warning(tmp_path, capsys):
    write(tmp_path / "page.md", "Intro.\n\n{{% note %}}\nJamais fermée.\n")
    article = load_library(tmp_path).article((tmp_path / "page.md").resolve())
    assert [(p.rule, p.line) for p in article.problems] == [("shortcode-unclosed", 3)]
    html = article_page(article, [], NOBODY, root=tmp_path)
    assert "[note]" in text_of(html) and "Jamais fermée." in text_of(html)
    assert main(["check", str(tmp_path)]) == 0
    assert "page.md:3: warning: the shortcode note is opened and never closed (add {{% /note %}}" in capsys.readouterr().out


def test_a_stray_closing_shows_nothing(tmp_path):
    _, html = page(tmp_path, "Texte.\n\n{{< /note >}}\n\nSuite.")
    assert "{{" not in text_of(html) and "Suite." in text_of(html)


def test_a_shortcode_whose_arguments_run_over_lines_is_read_whole(tmp_path):
    article, html = page(tmp_path, 'Intro.\n\n{{< figure\n  src="zion.jpg"\n  alt="Zion"\n>}}\n\n[broken](nowhere.md)\n\n'
                                   '```\n{{</* figure\n  src="a.png"\n*/>}}\n```')
    assert "[Zion]" in text_of(html) and "zion.jpg" not in text_of(html)  # the figure, whose image is not there
    assert '{{< figure\n  src="a.png"\n>}}' in text_of(html)  # escaped over lines in code: literal, as Hugo shows it
    links = [link for link in article.document.links if link.target == "nowhere.md"]
    assert [article.body_line + link.line for link in links] == [12]  # the lines after it keep their numbers


def test_a_figure_shows_its_image_from_the_page_bundle_and_its_caption(tmp_path):
    (tmp_path / "apollo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    _, html = page(tmp_path, '{{< figure src="apollo.png" alt="The lander" caption="Apollo 11, 1969" >}}\n\n'
                             '{{< figure src="https://example.org/remote.png" alt="Remote" >}}')
    tags = parse(html).tags
    assert ("img", {"src": "apollo.png", "alt": "The lander"}) in tags
    assert "Apollo 11, 1969" in text_of(html)
    assert "[Remote]" in text_of(html) and not [a for t, a in tags if t == "img" and "example.org" in a.get("src", "")]
