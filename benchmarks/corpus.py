"""Deterministic synthetic corpus for the search and index benchmark: French and English Markdown articles about
space that look like a real SpaceReader library (front matter, headings, lists, quotes, tables, code, astronaut
mentions, and about 1% deliberately broken files), plus search queries that fit it.

    python benchmarks/corpus.py OUT_FOLDER N [--seed S]

The same seed gives byte-identical files, and article i is the same whatever the count (only its folder or file name
may differ). The word lists and templates are in corpus_words.toml, next to this file.
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10, where the project depends on tomli instead
    import tomli as tomllib

MAX_PER_FOLDER = 500
MONTH_FOLDERS_FROM = 8_000  # above this many articles, year folders would hold more than ~400 files each
POOL_SENTENCES = 8_000  # per language; an article of 2,600 words samples ~170 of them, so ~2% each
POOL_HEADINGS = 800
FIRST_DAY, LAST_DAY = date(2005, 1, 1), date(2026, 12, 31)

# (id, name) exactly as in resources/astronauts/*.yaml
ASTRONAUTS = [
    ("mike-massimino", "Mike Massimino"), ("chris-hadfield", "Chris Hadfield"), ("thomas-pesquet", "Thomas Pesquet"),
    ("scott-kelly", "Scott Kelly"), ("samantha-cristoforetti", "Samantha Cristoforetti"), ("tim-peake", "Tim Peake"),
    ("claudie-haignere", "Claudie Haigneré"), ("jean-loup-chretien", "Jean-Loup Chrétien"),
    ("peggy-whitson", "Peggy Whitson"), ("christina-koch", "Christina Koch"),
]
SURNAMES = [name.split()[-1] for _, name in ASTRONAUTS]

TAGS = {
    "fr": ["réseaux sociaux", "station spatiale", "photographie", "Lune", "sortie extravéhiculaire", "lancement",
           "télescope", "exoplanètes", "astronomie", "histoire", "vol habité", "éphémérides"],
    "en": ["social media", "space station", "photography", "Moon", "spacewalk", "launch", "telescope", "exoplanets",
           "astronomy", "history", "human spaceflight"],
    "both": ["ISS", "Mars", "NASA", "ESA", "CNES", "JAXA", "SpaceX", "Hubble", "James Webb", "Soyuz", "Artemis"],
}


# Sentence, heading and inserted-sentence templates live in corpus_words.toml with the word lists. Their slots:
# {SV} = subject and transitive verb that agree, {VT} = another verb for the same subject, {SVI} = intransitive,
# {SA} = subject, copula and agreeing adjective, {O} = object, {NP} = noun phrase, {PP} = place or time complement,
# {ADV} adverb, {OPEN} sentence opener, {Y} year, {NUM} number, {F}/{L} = an astronaut's full name/surname,
# {R} = a rare word, {H} = a heading, {S} = a sentence.
WORDS_FILE = Path(__file__).with_name("corpus_words.toml")
LIST_KEYS = ("m", "f", "mp", "fp", "proper", "adj", "vt", "vi", "cop", "subj", "adv", "open", "pp")


def _list(text: str) -> list[str]:
    return [" ".join(item.split()) for item in text.split(",") if item.strip()]


@functools.cache
def word_data() -> dict:
    """The word lists, split, with each language's templates under "templates"."""
    data = tomllib.loads(WORDS_FILE.read_text(encoding="utf-8"))
    for lang in ("fr", "en"):
        data[lang].update({key: _list(data[lang].get(key, "")) for key in LIST_KEYS})
    data["authors"], data["missions"] = _list(data["authors"]), _list(data["missions"])
    return data


_ELISION = re.compile(r"\b([Dd]e|[Qq]ue|[Nn]e|[Ss]e|[Ll]orsque|[Pp]uisque|[Jj]usque) "
                      r"(?=(?!hublot|hangar|haut|héros|hashtag|Houston)[aeiouyàâéèêëîïôûœhAEIOUYÀÂÉÈÊÎÔÛ])")
_SLOT = re.compile(r"\{(\w+)\}")
_H_ASPIRE = ("hublot", "hangar", "haut", "héros", "hashtag")


# ---- Building phrases

def _zipf(items: list, offset: int = 1) -> tuple[list, list[float]]:
    """Items with cumulative Zipf weights, so the first ones are common and the tail is rare, like real words.
    A larger offset flattens the head, so the commonest noun is not in every other sentence."""
    return items, list(accumulate(1 / (rank + offset) for rank in range(len(items))))


@dataclass
class Grammar:
    """One language's word lists, weighted, and how its noun phrases are built."""

    lang: str
    nouns: tuple[list, list[float]]  # (text, gender, plural, proper)
    words: dict
    templates: dict

    def pick(self, rng: random.Random, weighted: tuple[list, list[float]]):
        return rng.choices(weighted[0], cum_weights=weighted[1])[0]

    def noun_phrase(self, rng: random.Random, prep: str = "", noun=None) -> str:
        text, gender, plural, proper = noun or self.pick(rng, self.nouns)
        if proper:
            return f"{prep} {text}".strip()
        named = text[0].isupper()  # la Lune, the Cupola: no "une Lune", no "a bright Cupola"
        adjective = rng.choice(self.words["adj"]) if rng.random() < 0.2 and " " not in text and not named else ""
        indefinite = rng.random() < 0.15 and not named
        if self.lang == "en":
            return _en_np(text, plural, adjective, indefinite, prep)
        return _fr_np(text, gender, plural, adjective, indefinite, prep)


def _fr_adjective(pair: str, gender: str, plural: bool) -> str:
    masculine, _, feminine = pair.partition("/")
    word = (feminine or masculine) if gender == "f" else masculine
    if not plural or word[-1] in "sx":
        return word
    return word[:-2] + "aux" if word.endswith("al") else word + "s"


def _elides(text: str) -> bool:
    first = text.split()[0].lower()
    return first[0] in "aeiouyàâéèêëîïôûœ" or (first[0] == "h" and first not in _H_ASPIRE)


def _fr_np(text: str, gender: str, plural: bool, adjective: str, indefinite: bool, prep: str) -> str:
    if adjective:
        text = f"{text} {_fr_adjective(adjective, gender, plural)}"
    if plural:
        article = {"": "des", "de": "de", "à": "à des"}[prep] if indefinite else {"": "les", "de": "des", "à": "aux"}[prep]
    elif indefinite:
        article = f"{prep} {'une' if gender == 'f' else 'un'}".strip()
    elif _elides(text):
        return {"": "l’", "de": "de l’", "à": "à l’"}[prep] + text
    else:
        article = {"m": {"": "le", "de": "du", "à": "au"}, "f": {"": "la", "de": "de la", "à": "à la"}}[gender][prep]
    return f"{article} {text}"


def _en_np(text: str, plural: bool, adjective: str, indefinite: bool, prep: str) -> str:
    words = f"{adjective} {text}" if adjective else text
    if plural:
        article = "" if indefinite else "the"
    elif indefinite:
        article = "an" if words[0].lower() in "aeiou" else "a"
    else:
        article = "the"
    return " ".join(part for part in ({"de": "of", "à": "to"}.get(prep, prep), article, words) if part)


class Filler:
    """Fills one template: keeps the subject's number and gender so later verbs and adjectives agree with it."""

    def __init__(self, grammar: Grammar, rng: random.Random, decorate: bool = False):
        self.g, self.rng, self.decorate = grammar, rng, decorate
        self.plural, self.gender = False, "m"

    def fill(self, template: str) -> str:
        return _SLOT.sub(lambda m: self.slot(m.group(1)), template)

    def slot(self, name: str) -> str:
        rng, words = self.rng, self.g.words
        simple = {"ADV": words["adv"], "OPEN": words["open"]}
        if name in simple:
            return rng.choice(simple[name])
        if name == "Y":
            return str(rng.randint(1961, 2026))
        if name == "NUM":
            return str(rng.choice((2, 3, 6, 12, 40, 90, 186, 340, 400, 408, 500)))
        if name in ("NP", "np", "de", "a"):
            return self.g.noun_phrase(rng, {"de": "de", "a": "à"}.get(name, ""))
        if name == "PP":
            return self.fill(rng.choice(words["pp"]))
        return getattr(self, "_" + name)()

    def _subject(self) -> str:
        if self.rng.random() < 0.25:
            text, _, kind = self.rng.choice(self.g.words["subj"]).partition("/")
            self.gender, self.plural = kind[0], kind.endswith("p")
            return text
        noun = self.g.pick(self.rng, self.g.nouns)
        self.gender, self.plural = noun[1], noun[2]
        return self.g.noun_phrase(self.rng, "", noun)

    def _verb(self, kind: str) -> str:
        singular, _, plural = self.rng.choice(self.g.words[kind]).partition("/")
        return (plural or singular) if self.plural else singular

    def _SV(self) -> str:
        return f"{self._subject()} {self._verb('vt')}"

    def _SVI(self) -> str:
        return f"{self._subject()} {self._verb('vi')}"

    def _VT(self) -> str:
        return self._verb("vt")

    def _VI1(self) -> str:  # a verb for a singular subject named by the template itself
        self.plural = False
        return self._verb("vi")

    def _SA(self) -> str:
        subject, verb = self._subject(), self._verb("cop")
        adjective = self.rng.choice(self.g.words["adj"])
        if self.g.lang == "fr":
            adjective = _fr_adjective(adjective, self.gender, self.plural)
        return f"{subject} {verb} {adjective}"

    def _O(self) -> str:
        phrase = self.g.noun_phrase(self.rng)
        roll = self.rng.random() if self.decorate else 1.0
        if roll < 0.035:  # a link in about one sentence in 30, like a real article's references
            section = self.rng.choice(("dossiers", "news", "archives"))
            return f"[{phrase}](https://example.org/{self.g.lang}/{section}/{_slug(phrase)})"
        if roll < 0.07:
            return f"*{phrase}*"
        if roll < 0.09:
            return f"**{phrase}**"
        return phrase

    def _POSS(self) -> str:
        text, _, plural, proper = self.g.pick(self.rng, self.g.nouns)
        owner = text if proper else f"the {text}"
        return f"{owner}’s {self.rng.choice(self.g.words['m'])}" if not plural else self.g.noun_phrase(self.rng)


def finish(text: str, lang: str, rng: random.Random, capital: bool = True) -> str:
    """French elisions (de + un → d’un, que + il → qu’il), a capital, and ' or ’ as different authors type them."""
    if lang == "fr":
        text = _ELISION.sub(lambda m: m.group(1)[:-1] + "’", text)
    if capital:
        text = _capital(text)
    return text.replace("’", "'") if rng.random() < 0.3 else text


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


# ---- The lexicon: grammars, sentence and heading pools, rare words

@dataclass
class Pool:
    sentences: list[str]
    words: list[int]  # word count of each sentence
    plain: list[int]  # sentences without Markdown, for summaries and quoted-phrase queries
    headings: list[str]  # without their capital, so a title can join two of them
    items: list[str]  # list items


@dataclass
class Lexicon:
    grammars: dict[str, Grammar]
    pools: dict[str, Pool]
    rare: dict[str, tuple[list, list[float]]]  # lang → (word, is_name), Zipf-weighted in a seed-shuffled order


def _nouns(words: dict, compounds: list[tuple[str, str]]) -> tuple[list, list[float]]:
    common = [(t, "m", False, False) for t in words["m"]] + [(t, "f", False, False) for t in words["f"]]
    common.sort(key=lambda n: words["m" if n[1] == "m" else "f"].index(n[0]))  # interleave by rank, not by gender
    plural = [(t, "m", True, False) for t in words["mp"]] + [(t, "f", True, False) for t in words["fp"]]
    proper = [(t, "m", False, True) for t in words["proper"]]
    tail = [(t, g, False, False) for t, g in compounds]
    return _zipf(common[:40] + plural[:20] + proper[:10] + common[40:] + plural[20:] + proper[10:] + tail, offset=8)


def _compounds(rng: random.Random, lang: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Scientific-looking words from Greek prefixes and roots (héliosphère, spectrometry): some common, the rest rare."""
    table = word_data()["compounds"]
    roots = [root.partition("/")[::2] for root in table[f"roots_{lang}"].split()]
    combos = [(prefix + root, gender or "m") for prefix in table[f"prefixes_{lang}"].split() for root, gender in roots]
    rng.shuffle(combos)
    rare = [w for w, _ in combos[70:]] + [prefix + root for prefix in table[f"rare_prefixes_{lang}"].split() for root, _ in roots]
    return combos[:70], rare


def _names(rng: random.Random, count: int) -> list[str]:
    """Invented crater, probe and asteroid names: words that no dictionary has, for queries that hit few documents."""
    found: dict[str, None] = {}  # a dict, not a set: its order does not change with string hashing
    syllables = word_data()["syllables"].split()
    while len(found) < count:
        name = "".join(rng.choice(syllables) for _ in range(rng.choice((2, 3, 3))))
        if len(name) >= 5 and name.capitalize() not in SURNAMES:
            found[name.capitalize()] = None
    return list(found)


def build_lexicon(seed: int) -> Lexicon:
    rng = random.Random(seed)
    names = _names(rng, 1500)
    grammars, pools, rare = {}, {}, {}
    for lang in ("fr", "en"):
        words = word_data()[lang]
        common, rare_words = _compounds(rng, lang)
        grammars[lang] = Grammar(lang, _nouns(words, common), words, words["templates"])
        pools[lang] = _pool(grammars[lang], rng)
        items = [(w, False) for w in rare_words] + [(n, True) for n in names]
        rng.shuffle(items)
        rare[lang] = _zipf(items)
    return Lexicon(grammars, pools, rare)


def _pool(grammar: Grammar, rng: random.Random) -> Pool:
    templates = grammar.templates
    sentences = []
    for _ in range(POOL_SENTENCES):
        text = Filler(grammar, rng, decorate=True).fill(rng.choice(templates["sentence"]))
        sentences.append(finish(text, grammar.lang, rng))
    plain = [i for i, s in enumerate(sentences) if not any(c in s for c in "*[")]
    headings = [finish(Filler(grammar, rng).fill(rng.choice(templates["heading"])), grammar.lang, rng, capital=False)
                for _ in range(POOL_HEADINGS)]
    items = [finish(Filler(grammar, rng).fill(rng.choice(templates["item"])), grammar.lang, rng) for _ in range(POOL_HEADINGS)]
    return Pool(sentences, [len(s.split()) for s in sentences], plain, headings, items)


# ---- One article

class ArticleWriter:
    """Writes one article from its own random stream, so article i never depends on the others."""

    def __init__(self, lexicon: Lexicon, rng: random.Random, day: date):
        self.rng, self.day = rng, day
        self.lang = "fr" if rng.random() < 0.5 else "en"
        self.grammar, self.pool = lexicon.grammars[self.lang], lexicon.pools[self.lang]
        self.rare = lexicon.rare[self.lang]
        self.blocks: list[str] = []
        self.paragraphs: list[int] = []  # indices in blocks, where sentences can be slipped in
        self.astronauts = rng.sample(ASTRONAUTS, rng.choice((1, 1, 1, 2, 2, 3))) if rng.random() < 0.3 else []
        self.broken = rng.choice(("astronaut", "link", "date")) if rng.random() < 0.01 else ""  # what `check` must report

    def write(self) -> tuple[str, str]:
        """(file name stem, whole file text)."""
        self._body(self.rng.randint(300, 4850))  # what is slipped in later brings it to ~5,000
        self._mention()
        self._rare_words()
        if self.broken == "link":
            self._slip_in(self.grammar.templates["missing"], 0, len(self.paragraphs))
        title = self._title()
        text = self._front_matter(title) + "\n" + "\n\n".join(self.blocks) + "\n"
        return _slug(title), text

    def _body(self, target: int) -> None:
        rng, count = self.rng, self._paragraph()
        if rng.random() < 0.5:
            count += self._paragraph()
        while count < target:
            self.blocks.append("## " + _capital(rng.choice(self.pool.headings)))
            for _ in range(rng.randint(2, 6)):
                count += self._block()
                if count >= target:  # stop mid-section, so lengths stay uniform between the bounds
                    break

    def _block(self) -> int:
        roll = self.rng.random()
        if roll < 0.045:
            return self._add(self._list())
        if roll < 0.085:
            return self._add(self._quote())
        if roll < 0.095:
            return self._add(self._table())
        if roll < 0.101:
            return self._add(self._code())
        return self._paragraph()

    def _add(self, block: str) -> int:
        self.blocks.append(block)
        return len(block.split())

    def _paragraph(self) -> int:
        rand, pool = self.rng.random, self.pool
        size = len(pool.sentences)
        picks = [int(rand() * size) for _ in range(self.rng.randint(2, 7))]
        self.paragraphs.append(len(self.blocks))
        self.blocks.append(" ".join([pool.sentences[i] for i in picks]))
        return sum([pool.words[i] for i in picks])

    def _list(self) -> str:
        rng = self.rng
        items = rng.choices(self.pool.items, k=rng.randint(3, 7))
        marks = [f"{n}." for n in range(1, len(items) + 1)] if rng.random() < 0.25 else ["-"] * len(items)
        return "\n".join(f"{mark} {item}" for mark, item in zip(marks, items, strict=True))

    def _quote(self) -> str:
        pool, rng = self.pool, self.rng
        text = re.sub(r"\{S\}", lambda _: pool.sentences[rng.choice(pool.plain)], rng.choice(self.grammar.templates["quote"]))
        return Filler(self.grammar, rng).fill(text.replace(".”", "”").replace(". »", " »"))

    def _table(self) -> str:
        header = self.rng.choice(self.grammar.templates["table"])
        missions = "Mission" in header  # else a timeline
        rows = [header, "|---|---|---:|---:|" if missions else "|---|---|---|---|"]
        for _ in range(self.rng.randint(3, 8)):
            rows.append("| " + " | ".join(self._mission_row() if missions else self._event_row()) + " |")
        return "\n".join(rows)

    def _mission_row(self) -> list[str]:
        rng = self.rng
        mission = rng.choice(word_data()["missions"])
        return [mission, str(rng.randint(1990, 2026)), str(rng.randint(8, 340)), str(rng.randint(0, 6))]

    def _event_row(self) -> list[str]:
        rng = self.rng
        return [self._random_day().isoformat(), f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                rng.choice(_list(self.grammar.templates["events"])), rng.choice(("Kourou", "Baïkonour", "Houston", "ISS"))]

    def _code(self) -> str:
        rng = self.rng
        return rng.choice(word_data()["code_blocks"]).format(
            yy=rng.randint(10, 26), ddd=f"{rng.randint(1, 365):03d}", frac=f"{rng.randint(0, 99999999):08d}",
            raan=f"{rng.uniform(0, 360):8.4f}", rev=f"{rng.randint(10000, 99999)}", alt=rng.randint(350, 420),
            mission=rng.choice(word_data()["missions"]), day=self._random_day().isoformat(), crew=rng.randint(2, 7))

    def _slip_in(self, sentence: str, start: int, stop: int) -> None:
        """Append a sentence to a random paragraph among paragraphs[start:stop] (the last one if that range is empty)."""
        start = min(start, len(self.paragraphs) - 1)
        index = self.paragraphs[self.rng.randrange(start, max(start + 1, min(stop, len(self.paragraphs))))]
        self.blocks[index] += " " + sentence

    def _mention(self) -> None:
        half = max(1, len(self.paragraphs) // 2)
        for _, name in self.astronauts:
            full_name = self.rng.random() < 0.9  # sometimes only the surname, as an article that assumes you know
            template = self.rng.choice(self.grammar.templates["first" if full_name else "again"])
            self._slip_in(self._named(template, name), 0, half)
            for _ in range(self.rng.randint(0, 3)):
                self._slip_in(self._named(self.rng.choice(self.grammar.templates["again"]), name), half, len(self.paragraphs))

    def _named(self, template: str, name: str) -> str:
        text = Filler(self.grammar, self.rng).fill(template.replace("{F}", name).replace("{L}", name.split()[-1]))
        return finish(text, self.lang, self.rng)

    def _rare_words(self) -> None:
        items, weights = self.rare
        for word, is_name in self.rng.choices(items, cum_weights=weights, k=self.rng.choice((0, 1, 1, 2, 3, 4))):
            template = self.rng.choice(self.grammar.templates["rare_name" if is_name else "rare"])
            sentence = finish(Filler(self.grammar, self.rng).fill(template.replace("{R}", word)), self.lang, self.rng)
            self._slip_in(sentence, 0, len(self.paragraphs))

    def _title(self) -> str:
        rng, templates = self.rng, self.grammar.templates
        for _ in range(20):  # a few tries: most titles are short, long ones are kept up to 120 characters
            if self.astronauts and rng.random() < 0.3:
                template = rng.choice(templates["title_name"]).replace("{F}", self.astronauts[0][1])
            else:
                template = rng.choice(templates["title"])
            template = template.replace("{H}", "{HEADING}")
            text = re.sub(r"\{HEADING\}", lambda _: rng.choice(self.pool.headings), template)
            title = finish(Filler(self.grammar, rng).fill(text), self.lang, rng)
            if len(title) <= 120:
                break
        return title[:120].rsplit(" ", 1)[0] if len(title) > 120 else title

    def _front_matter(self, title: str) -> str:
        rng = self.rng
        authors = word_data()["authors"]
        author = rng.choice(authors) if rng.random() < 0.93 else "[" + ", ".join(rng.sample(authors, 2)) + "]"
        lines = ["---", f"title: {_yaml_text(title)}", f"author: {author}", f"date: {self._date_text()}",
                 f"lang: {self.lang}", f"tags: [{', '.join(self._tags())}]",
                 f"summary: {_yaml_text(self.pool.sentences[rng.choice(self.pool.plain)])}",
                 f"full_article: https://example.org/{self.lang}/{self.day.year}/{_slug(title)}"]
        ids = [i for i, _ in self.astronauts] if rng.random() < 0.5 else []
        if self.broken == "astronaut":
            ids.append("no-such-astronaut")
        if ids:
            lines.append(f"astronauts: [{', '.join(ids)}]")
        return "\n".join(lines) + "\n---\n"

    def _date_text(self) -> str:
        if self.broken == "date":
            return self.rng.choice(("yesterday", "hier", self.day.strftime("%d/%m/%Y")))
        if self.rng.random() < 0.05:
            return f"{self.day.isoformat()}T{self.rng.randint(6, 22):02d}:{self.rng.choice((0, 15, 30, 45)):02d}:00+01:00"
        return self.day.isoformat()

    def _tags(self) -> list[str]:
        choices = TAGS[self.lang] + TAGS["both"]
        return self.rng.sample(choices, self.rng.randint(1, 4))

    def _random_day(self) -> date:
        return self.day - timedelta(days=self.rng.randint(0, 3650))


def _yaml_text(text: str) -> str:
    """Plain when YAML reads it back as the same string, double-quoted otherwise (as authors do)."""
    if ": " in text or " #" in text or text[0] in "-?:,[]{}#&*!|>'\"%@`«" or text.endswith(":"):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.replace("’", "-")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].rstrip("-") or "article"


# ---- The corpus

def _days(seed: int, count: int) -> list[date]:
    rng = random.Random(f"{seed}/dates")
    span = (LAST_DAY - FIRST_DAY).days
    return [FIRST_DAY + timedelta(days=rng.randint(0, span)) for _ in range(count)]


def _folders(days: list[date]) -> list[str]:
    """Year folders, or year/month ones for a big corpus; any folder still over the limit is split in numbered parts."""
    keys = [f"{d.year}/{d.month:02d}" if len(days) > MONTH_FOLDERS_FROM else str(d.year) for d in days]
    sizes, seen = Counter(keys), Counter()
    folders = []
    for key in keys:
        if sizes[key] > MAX_PER_FOLDER:
            folders.append(f"{key}/{seen[key] // MAX_PER_FOLDER + 1:02d}")
            seen[key] += 1
        else:
            folders.append(key)
    return folders


def generate(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """Write `count` articles under `folder` (in year or year/month subfolders) and return their paths."""
    lexicon = build_lexicon(seed)
    days = _days(seed, count)
    taken: dict[Path, set[str]] = {}
    paths = []
    for index, (day, sub) in enumerate(zip(days, _folders(days), strict=True)):
        rng = random.Random(f"{seed}/{index}")
        stem, text = ArticleWriter(lexicon, rng, day).write()
        target = _unique(folder / sub, stem if rng.random() < 0.85 else f"{day.isoformat()}-{stem}", taken)
        target.write_bytes(text.encode("utf-8"))  # bytes, so no platform newline translation
        paths.append(target)
    return paths


def _unique(directory: Path, stem: str, taken: dict[Path, set[str]]) -> Path:
    names = taken.get(directory)
    if names is None:
        directory.mkdir(parents=True, exist_ok=True)
        names = taken[directory] = set()
    name, number = f"{stem}.md", 1
    while name in names:
        number += 1
        name = f"{stem}-{number}.md"
    names.add(name)
    return directory / name


# ---- Queries

COMMON = ["station", "orbite", "lancement", "mission", "astronaute", "satellite", "image", "Terre", "planète", "crew",
          "orbit", "launch", "rocket", "spacewalk", "astronaut", "Moon", "camera", "gravity", "comète", "engineer"]
ACCENTS = [("télescope", "telescope"), ("équipage", "equipage"), ("fusée", "fusee"), ("éphémérides", "ephemerides"),
           ("Chrétien", "Chretien"), ("Haigneré", "Haignere"), ("étoile", "etoile"), ("expérience", "experience")]
PREFIXES = ["telesc", "équip", "orbi", "lanc", "astron", "spati", "photog", "Pesq", "Cristof", "micrograv", "extravéh",
            "éphém"]
PAIRS = ["navette spatiale", "solar panel", "Mars rover", "bras robotique", "orbite basse", "télescope Hubble",
         "crew launch", "aurore boréale", "space station", "Kourou lancement"]
PHRASES = ["à bord de la station", "International Space Station", "sortie extravéhiculaire", "on social media",
           "sur les réseaux sociaux"]
NAMES = [s for s in SURNAMES if s not in ("Chrétien", "Haigneré")] + ["Thomas Pesquet", "Chris Hadfield", "Claudie Haigneré",
                                                                    "Jean-Loup Chrétien"]
NO_HITS = ["zorglub", "télescpoe", "astronuate"]
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


def queries(seed: int = 1, n: int = 100) -> list[str]:
    """`n` distinct search queries that fit the corpus of the same seed, in a shuffled but fixed order. For n=100:
    18 common words, 12 rare words, 3 with no hit, 12 accented and unaccented forms, 10 prefixes, 15 two-word
    queries, 8 quoted phrases, 12 astronaut names, 10 tags."""
    lexicon, rng = build_lexicon(seed), random.Random(f"{seed}/queries")
    quoted = [f'"{p}"' for p in PHRASES[:4] + _pool_phrases(lexicon, rng, 3, 8, 1)]
    mix = [(COMMON, 18), (_rare_queries(lexicon), 12), (NO_HITS, 3), ([w for pair in ACCENTS for w in pair], 12),
           (PREFIXES, 10), (PAIRS[:8] + _pool_phrases(lexicon, rng, 2, 20, 4), 15), (quoted, 8), (NAMES, 12),
           (TAGS["fr"][:4] + TAGS["en"][:2] + TAGS["both"][:4], 10)]
    chosen = list(dict.fromkeys(q for items, share in mix for q in _take(rng, items, max(1, round(share * n / 100)))))
    spare = [q for q in COMMON + PAIRS + PREFIXES if q not in chosen]
    chosen += spare[:max(0, n - len(chosen))]
    rng.shuffle(chosen)
    return chosen[:n]


def _take(rng: random.Random, items: list[str], k: int) -> list[str]:
    return items[:k] if k <= len(items) else items + rng.choices(items, k=k - len(items))


def _rare_queries(lexicon: Lexicon) -> list[str]:
    """Words from the tail of the rare lists: a handful of documents in ten thousand, or none in a small corpus."""
    picked = []
    for lang in ("fr", "en"):
        items = lexicon.rare[lang][0]
        picked += [items[rank][0] for rank in (20, 80, 200, 400, 700, 1000)]
    return picked


def _pool_phrases(lexicon: Lexicon, rng: random.Random, length: int, count: int, min_letters: int) -> list[str]:
    """Runs of plain words from the sentence pools (no digits, no punctuation between them): text the corpus holds."""
    found: dict[str, None] = {}
    while len(found) < count:
        pool = lexicon.pools[rng.choice(("fr", "en"))]
        tokens = pool.sentences[rng.choice(pool.plain)].rstrip(".?! ").split()
        start = rng.randrange(1, max(2, len(tokens) - length + 1))  # not the first word, whose capital is only syntax
        run = tokens[start:start + length]
        if len(run) == length and all(_PLAIN_WORD.fullmatch(t) and len(t) >= min_letters for t in run):
            found[" ".join(run)] = None
    return list(found)


def __getattr__(name: str) -> list[str]:
    """`QUERIES` is queries() for seed 1, built on first use: importing the module stays instant."""
    if name == "QUERIES":
        return queries()
    raise AttributeError(name)


# ---- Command line

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a deterministic synthetic corpus of Markdown articles.")
    parser.add_argument("folder", type=Path, help="output folder (new or empty)")
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same files (default 1)")
    args = parser.parse_args(argv)
    if args.folder.exists() and any(args.folder.iterdir()):
        parser.error(f"{args.folder} is not empty; files from an earlier corpus would skew the benchmark")
    start = time.perf_counter()
    paths = generate(args.folder, args.count, args.seed)
    seconds = time.perf_counter() - start
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    print(f"wrote {len(paths)} articles, {megabytes:.1f} MB, to {args.folder} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
