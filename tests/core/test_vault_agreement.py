"""The page, the index and `check` agree on every construct of sites and vaults: each word the page shows is a word
search finds, each word the page hides is not, and `check` warns exactly where the page shows something left
undone."""

import re

import pytest

from spacereader.core.library import load_library
from spacereader.core.pages import article_page
from tests.helpers import write
from tests.html_safety import text_of

CONSTRUCTS = {  # name: (body, words the page shows, words it hides, the rules `check` reports)
    "wiki link": ("See [[Target note]].", {"Target", "note"}, {"[["}, []),
    "wiki link with text": ("See [[Target note|the goal]].", {"the", "goal"}, {"Target"}, []),
    "wiki link to a heading": ("See [[Target note#Part two]].", {"Target", "Part", "two"}, {"#Part"}, []),
    "wiki link to nothing": ("See [[Ghost]].", {"Ghost"}, {"[["}, ["wiki-link-missing"]),
    "embedded image": ("![[picture.png|200]]", set(), {"200", "[["}, []),  # its name is its alt text, as for others
    "embedded note": ("![[Target note]]", {"Target", "note"}, {"![["}, []),
    "embed of nothing": ("![[ghost.png]]", {"ghost", "png"}, {"[["}, ["wiki-embed-missing"]),
    "Obsidian callout": ("> [!faq]- Open question\n> Body words.", {"Open", "question", "Body", "words"}, {"[!faq]"}, []),
    "highlight": ("A ==bright== word.", {"bright"}, {"=="}, []),
    "comment": ("Shown %%secret%% words.\n\n%%\nhidden block\n%%", {"Shown", "words"}, {"secret", "hidden", "%%"}, []),
    "inline tag": ("A #launch note.", {"launch"}, set(), []),
    "paired shortcode": ("{{% note %}}\nInside **words**.\n{{% /note %}}", {"Inside", "words"}, {"{{", "/note"}, []),
    "code shortcode": ('{{< code file="a.toml" >}}\nkey = 1\n{{< /code >}}', set(), {"{{", "/code"}, []),
    "box shortcode": ("{{< tabs >}}\nTabbed words.\n{{< /tabs >}}", {"Tabbed", "words"}, {"{{"}, []),
    "single shortcode": ("{{< youtube abc123 >}}", {"youtube", "abc123"}, {"{{"}, []),
    "escaped shortcode": ("Write {{</* note */>}} here.", {"Write", "note", "here"}, {"/*"}, []),
    "shortcode never closed": ("{{% warning %}}\nLeft open.", {"warning", "Left", "open"}, {"{{"}, ["shortcode-unclosed"]),
}


@pytest.fixture
def vault(tmp_path):
    write(tmp_path / "notes" / "Target note.md", "# Target note\n\n## Part two\n\nText.\n")
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return tmp_path


@pytest.mark.parametrize("name", CONSTRUCTS)
def test_page_index_and_check_agree(vault, name):
    body, shown, hidden, rules = CONSTRUCTS[name]
    path = write(vault / "Note.md", body + "\n")
    library = load_library(vault)
    article = library.article(path.resolve())
    page = text_of(article_page(article, [], library.matcher, root=library.root, notes=library.notes).split("<hr>", 1)[1])
    indexed = article.document.plain_text  # what the index's full text holds
    assert shown <= set(re.findall(r"\w+", page)) and shown <= set(re.findall(r"\w+", indexed))
    for word in hidden:
        assert word not in page and word not in indexed, word
    assert [p.rule for p in library.problems] == rules
