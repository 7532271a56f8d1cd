"""Reading an author's file: the 8 MB limit to the byte (and kept when the file grows while it is read), the
encodings editors write, and what is refused as not text, each with the message `spacereader check` prints."""

import errno
import os

import pytest

import spacereader.core.textfile as textfile
from spacereader.core.textfile import MAX_FILE_BYTES, read_text

TOO_LARGE = "error: file is too large ({} MB; the limit is 8 MB)"


def problems(result) -> list[tuple[int, str]]:
    return [(p.line, p.short()) for p in result.problems]


def test_a_file_of_exactly_the_limit_is_read_whole_and_one_byte_more_is_refused(tmp_path):
    path = tmp_path / "big.md"
    path.write_bytes(b"a" * (MAX_FILE_BYTES - 1) + b"z")
    read = read_text(path)
    assert read.problems == [] and len(read.text) == MAX_FILE_BYTES and read.text.endswith("az")
    path.write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    refused = read_text(path)
    assert refused.text is None and problems(refused) == [(0, TOO_LARGE.format("8.4"))]


def test_the_size_is_said_in_megabytes(tmp_path):
    path = tmp_path / "big.md"
    with open(path, "wb") as file:
        file.truncate(8_450_001)  # 8.450001 MB: rounds up
    assert problems(read_text(path)) == [(0, TOO_LARGE.format("8.5"))]


def test_a_file_that_grows_after_it_was_measured_is_read_no_further_than_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "growing.md"
    path.write_bytes(b"a" * (MAX_FILE_BYTES + 100_000))
    fstat = os.fstat

    def measured_before_it_grew(descriptor):
        status = list(fstat(descriptor))
        status[6] = 1_000  # st_size
        return os.stat_result(status)

    monkeypatch.setattr(textfile.os, "fstat", measured_before_it_grew)
    refused = read_text(path)
    assert refused.text is None and problems(refused) == [(0, TOO_LARGE.format("8.4"))]  # MAX + 1 bytes read, no more


def test_a_name_the_system_refuses_says_why_in_its_words(tmp_path):
    read = read_text(tmp_path / ("x" * 300 + ".md"))
    assert problems(read) == [(0, f"error: cannot be read: {os.strerror(errno.ENAMETOOLONG)}")]


@pytest.mark.parametrize(("data", "text", "said"), [
    ("Ā texte".encode("utf-16"), "Ā texte", [(0, "warning: encoded as UTF-16; save it as UTF-8")]),
    ("Big end".encode("utf-16-be"), "Big end", [(0, "warning: encoded as UTF-16 (with no byte-order mark); save it as UTF-8")]),
    ("ab".encode("utf-16-le"), "ab", [(0, "warning: encoded as UTF-16 (with no byte-order mark); save it as UTF-8")]),
    ("aaaaaaaaaĀ".encode("utf-16-le"), "aaaaaaaaaĀ",  # 9 zeros in 10 high bytes: still UTF-16
     [(0, "warning: encoded as UTF-16 (with no byte-order mark); save it as UTF-8")]),
    (b"\n\nx\xe9 \x81", "\n\nxé \ufffd", [(3, "warning: line 3: not valid UTF-8; read as Windows-1252 (cp1252)")]),
    (b"\xef\xbb\xbfwith a BOM", "with a BOM", []),
])
def test_encodings_editors_write_are_read_with_a_warning(tmp_path, data, text, said):
    path = tmp_path / "a.md"
    path.write_bytes(data)
    read = read_text(path)
    assert (read.text, problems(read)) == (text, said)


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xd8", "error: not a text file: broken UTF-16"),  # a lone surrogate
    ("a\x00b".encode("utf-16"), "error: not a text file (it contains binary data)"),
    (b"a\x00", "error: not a text file (it contains binary data)"),  # too short to be UTF-16
    (b"abcd\x00fgh", "error: not a text file (it contains binary data)"),  # one zero is not UTF-16
    (b"hello\x00world", "error: not a text file (it contains binary data)"),
    (b"x" * 100 + b"\x00", "error: not a text file (it contains binary data)"),  # one zero in much text
    (b"\x01\x02\x03\x04" * 100, "error: not a text file (it contains binary data)"),
])
def test_what_is_not_text_is_refused(tmp_path, data, message):
    path = tmp_path / "a.md"
    path.write_bytes(data)
    read = read_text(path)
    assert (read.text, problems(read)) == (None, [(0, message)])
    assert read.problems[0].path == path  # named in `spacereader check`
