"""An astronaut's page as a reader sees it: their text in the interface's language, follower counts with their
dates and a chart of them, and the articles that mention them, the first ones listed."""

import pytest

from spacereader.core.articles import Article
from spacereader.core.i18n import Formats, install
from spacereader.core.library import load_library
from spacereader.core.links import LinkKind, classify
from spacereader.core.profile_page import MENTIONS_SHOWN, profile_page
from spacereader.core.profiles import load_profile
from spacereader.paths import bundled_profiles_dir
from tests.helpers import write

BILINGUAL = """name: Ada Orbit
nationality: {en: British, fr: britannique}
summary:
  en: An engineer who flew twice.
  fr: Une ingénieure qui a volé deux fois.
missions:
  - {name: Orbit-1, years: "2020", note: {en: First flight., fr: Premier vol.}}
milestones:
  - {date: "2020-05-01", text: {en: Launched., fr: Lancée.}}
  - {date: "2021", text: {fr: Seulement en français.}}
  - {date: "2022", text: Plain text for everyone.}
"""


@pytest.fixture
def french():
    install(None, Formats(language="fr"))
    yield
    install(None, None)


def ada(tmp_path, text=BILINGUAL):
    loaded, problems = load_profile(write(tmp_path / "ada-orbit.yaml", text))
    assert problems == []
    return loaded


def test_each_field_comes_in_the_language_asked_and_falls_back_to_english_then_to_any(tmp_path):
    profile = ada(tmp_path)
    assert profile.summary.get("fr") == "Une ingénieure qui a volé deux fois."
    assert profile.summary.get("de") == "An engineer who flew twice."  # no German: English
    assert profile.milestones[1].text.get("en") == "Seulement en français."  # only French: French
    assert profile.milestones[2].text.get("fr") == "Plain text for everyone."


def test_the_page_in_english_shows_the_english_text(tmp_path):
    page = profile_page(ada(tmp_path), [])
    assert "An engineer who flew twice." in page and "British" in page and "First flight." in page
    assert "Une ingénieure" not in page


def test_the_page_in_french_shows_the_french_text_and_falls_back_where_there_is_none(tmp_path, french):
    page = profile_page(ada(tmp_path), [])
    assert "Une ingénieure qui a volé deux fois." in page and "britannique" in page
    assert "Premier vol." in page and "Lancée." in page and "Plain text for everyone." in page
    assert "An engineer" not in page


def test_every_bundled_profile_speaks_french_and_english():
    for path in sorted(bundled_profiles_dir().glob("*.yaml")):
        profile, _ = load_profile(path)
        texts = [profile.summary, profile.nationality, *(m.note for m in profile.missions if m.note),
                 *(m.text for m in profile.milestones)]
        assert all(t.languages == {"en", "fr"} for t in texts), path.name
        assert profile.summary.get("fr") != profile.summary.get("en")


def test_a_language_entry_that_is_not_text_is_a_warning_and_the_rest_is_kept(tmp_path):
    loaded, problems = load_profile(write(tmp_path / "ada-orbit.yaml",
                                          "name: Ada\nsummary: {en: Fine., fr: [not, text]}\n"))
    assert [p.severity.value for p in problems] == ["warning"] and "`summary`" in problems[0].message
    assert loaded.summary.get("fr") == "Fine."


def test_a_date_no_calendar_has_is_a_warning_and_the_page_shows_it_as_written(tmp_path):
    loaded, problems = load_profile(write(tmp_path / "ada-orbit.yaml",
                                          "name: Ada\nborn: 1962-02-30\nmilestones:\n  - {date: 2009-13, text: Flew.}\n"))
    assert [(p.rule, p.args) for p in problems] == [
        ("profile-date-invalid", (("key", "born"), ("value", "'1962-02-30'"))),
        ("profile-date-invalid", (("key", "date"), ("value", "'2009-13'")))]
    page = profile_page(loaded, [])
    assert "1962-02-30" in page and "2009-13" in page  # never a crash for a day that does not exist


FOLLOWERS = """name: Ada Orbit
social:
  - network: Twitter/X
    handle: "@ada"
    followers:
      - {count: 720000, as_of: "2017-10"}
      - {count: 553000, as_of: "2017-06-02"}
      - {count: 1300000, as_of: "2021-11"}
  - network: Facebook
    handle: Ada Orbit
    followers: 1400000
    followers_as_of: "2017-06"
"""


def test_several_dated_counts_of_one_account_make_a_chart_and_the_latest_is_said(tmp_path):
    profile = ada(tmp_path, FOLLOWERS)
    twitter, facebook = profile.social
    assert [c.as_of for c in twitter.counts] == ["2017-06-02", "2017-10", "2021-11"]
    page = profile_page(profile, [])
    assert "1.3 million followers (as of November 2021)" in page
    assert "1.4 million followers (as of June 2017)" in page
    assert page.count('<div class="chart"') == 1  # Facebook has one count: no chart
    assert "2 June 2017" in page and "553,000" in page and "720,000" in page


def _articles(root, count):
    """`count` articles that mention the profile; only the files a page may list exist (links go only to files)."""
    for n in range(min(count, 2 * MENTIONS_SHOWN)):
        write(root / f"a-{n:05d}.md", "# A\n")
    return [Article(path=root / f"a-{n:05d}.md", title=f"Article {n}") for n in range(count)]


def test_mentioned_in_lists_the_first_fifty_then_show_more_lists_more(tmp_path):
    profile, articles = ada(tmp_path), _articles(tmp_path / "library", 10_000)
    page = profile_page(profile, articles)
    assert "Mentioned in 10,000 articles".upper() in page
    assert page.count("/library/a-") == MENTIONS_SHOWN
    assert "Show more (9,950 not listed)" in page
    more = [href for href in page.split('"') if href.startswith("astronaut:ada-orbit?")]
    target = classify(more[0].replace("&amp;", "&"))
    assert (target.kind, target.value, target.shown) == (LinkKind.ASTRONAUT, "ada-orbit", 2 * MENTIONS_SHOWN)
    assert profile_page(profile, articles, target.shown).count("/library/a-") == 2 * MENTIONS_SHOWN


def test_a_short_list_has_no_show_more(tmp_path):
    page = profile_page(ada(tmp_path), _articles(tmp_path / "library", 3))
    assert page.count("/library/a-") == 3 and "Show more" not in page


def test_check_warns_of_profile_text_in_one_language_when_the_articles_use_both(tmp_path):
    write(tmp_path / "astronauts" / "ada-orbit.yaml",
          "name: Ada Orbit\nsummary: Only English.\nnationality: {en: British, fr: britannique}\n"
          "milestones:\n  - {date: '2020', text: {en: Flew.}}\n")
    write(tmp_path / "en.md", "---\ntitle: E\nlang: en\n---\nAda Orbit.\n")
    only_english = [p for p in load_library(tmp_path).problems if p.rule == "profile-one-language"]
    assert only_english == []  # every article in English: nothing to say
    write(tmp_path / "fr.md", "---\ntitle: F\nlang: fr\n---\nAda Orbit.\n")
    warned = [p for p in load_library(tmp_path).problems if p.rule == "profile-one-language"]
    assert [p.path.name for p in warned] == ["ada-orbit.yaml"]  # the bundled profiles speak both
    assert "summary, milestones: text" in str(warned[0]) and "nationality" not in str(warned[0])
