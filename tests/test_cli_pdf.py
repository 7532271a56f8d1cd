"""`spacereader render FILE -o OUT.pdf`: the article as the app prints it, with no display and no window."""

from tests.helpers import write
from tests.test_cli import run
from tests.ui.test_printing import pdf_pages


def test_render_to_a_pdf(capsys, tmp_path):
    article = write(tmp_path / "library" / "note.md", "---\ntitle: A note\n---\nChris Hadfield sang in orbit.\n")
    out = tmp_path / "note.pdf"
    code, _, err = run(capsys, "render", article, "-o", out)
    assert (code, err) == (0, "")
    assert pdf_pages(out) == 1


def test_render_never_writes_a_pdf_over_an_article(capsys, tmp_path):
    article = write(tmp_path / "library" / "note.md", "---\ntitle: A note\n---\nText.\n")
    other = write(tmp_path / "library" / "other.md", "---\ntitle: Other\n---\nKept.\n")
    link = tmp_path / "link.pdf"
    link.symlink_to(other)  # a PDF's name that leads to an article
    code, _, err = run(capsys, "render", article, "-o", link)
    assert code == 2 and "never writes to articles" in err
    assert "Kept." in other.read_text(encoding="utf-8")
