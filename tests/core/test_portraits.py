"""Portraits: the library's own picture, else the bundled one, else the initials avatar; a picture outside the
library's folder or too large is refused."""

import os

from spacereader.core.library import load_library
from spacereader.core.portraits import MAX_PORTRAIT_BYTES, Refusal, avatar_colour, find_portrait, initials
from tests.helpers import write

PNG = bytes.fromhex("89504e470d0a1a0a")  # enough to be a picture's name and size: these tests never decode it


def test_a_librarys_own_picture_is_found_and_the_others_get_the_avatar(tmp_path):
    picture = write(tmp_path / "astronauts" / "chris-hadfield.png", "x")
    library = load_library(tmp_path)
    assert library.portrait("chris-hadfield").path == picture.resolve()
    assert library.portrait("thomas-pesquet").path is None  # no picture bundled: the avatar


def test_a_picture_that_leads_out_of_the_library_is_refused(tmp_path):
    outside = write(tmp_path / "elsewhere" / "secret.png", "x")
    folder = tmp_path / "library" / "astronauts"
    folder.mkdir(parents=True)
    os.symlink(outside, folder / "chris-hadfield.png")
    portrait = find_portrait("chris-hadfield", [tmp_path / "bundled", folder])
    assert portrait.path is None
    assert portrait.refused == ((folder / "chris-hadfield.png", Refusal.OUTSIDE),)


def test_a_picture_too_large_is_refused_and_a_smaller_one_beside_it_is_used(tmp_path):
    folder = tmp_path / "astronauts"
    big = folder / "ada.jpg"
    folder.mkdir()
    big.write_bytes(PNG + b"\0" * MAX_PORTRAIT_BYTES)
    small = folder / "ada.png"
    small.write_bytes(PNG)
    portrait = find_portrait("ada", [folder])
    assert portrait.path == small.resolve() and portrait.refused == ((big, Refusal.TOO_LARGE),)


def test_initials_are_the_first_and_last_names_first_letters():
    assert [initials(n) for n in ("Chris Hadfield", "Jean-Loup Chrétien", "Claudie Haigneré", "Ada", "")] == [
        "CH", "JC", "CH", "A", "?"]


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_each_profile_has_its_own_colour_always_the_same_and_white_initials_are_readable_on_it():
    ids = [f"astronaut-{n}" for n in range(500)]
    assert avatar_colour("chris-hadfield") == avatar_colour("chris-hadfield")
    assert avatar_colour("chris-hadfield") != avatar_colour("thomas-pesquet")
    assert min(1.05 / (_luminance(avatar_colour(i)) + 0.05) for i in ids) >= 4.5  # WCAG AA for text


def test_check_warns_of_a_refused_portrait_and_the_page_gets_the_avatar(tmp_path):
    write(tmp_path / "a.md", "---\ntitle: A\n---\nChris Hadfield.\n")
    big = tmp_path / "astronauts" / "chris-hadfield.png"
    big.parent.mkdir()
    big.write_bytes(PNG + b"\0" * MAX_PORTRAIT_BYTES)
    library = load_library(tmp_path)
    assert [(p.path, p.rule, p.severity.value) for p in library.problems] == [(big, "portrait-too-large", "warning")]
    assert "larger than 2 MB" in str(library.problems[0])
    assert library.portrait("chris-hadfield").path is None  # the initials avatar
