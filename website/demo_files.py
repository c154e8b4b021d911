"""Read the demo's content files: Markdown with a YAML front matter.

Each app keeps its demo texts next to its code, in ``<app>/demo_content/``:

- ``<kind>/<key>.<lang>.md`` — one item (an article, a webinar, a page…) in one
  language. The file name gives the item's translation key and language; the
  front matter holds its structured fields (title, slug, themes, author, dates as
  offsets such as ``published: -21d``…) and the body is Markdown. Fields shared
  by every language (themes, dates, format…) are written once, in the file of
  the source language (French); a translation's file holds what it translates.
- ``<name>.yaml`` — plain data lists (first names, ideas…).

The seeders keep their idempotent logic in Python and read their texts here.
The body converts to HTML (``item.html(lang)``) or to generic blocks
(``item.blocks(lang)``) that each app maps to its StreamField:

========================================  =======================================
Markdown                                  block
========================================  =======================================
``## Title`` / ``### Title``              ``("heading", {"text", "level"})``
paragraphs, lists, links, bold, italics   ``("paragraph", "<p>…</p><ul>…</ul>")``
``> text`` … ``> — Attribution``          ``("quote", {"text", "attribution"})``
a pipe table ``| a | b |``                ``("table", [["a", "b"], …])``
``![alt](name)`` alone on its line        ``("image", {"alt", "src"})``
``::: name Title`` … ``:::``              ``(name, {"title", "text"})``
``::: name`` + ``### Title`` items        ``(name, [{"title", "text"}, …])``
========================================  =======================================
"""

import datetime
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils import timezone

import markdown
import yaml

SOURCE_LANGUAGE = "fr"
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n?(.*)\Z", re.DOTALL)
OFFSET = re.compile(r"^\s*([+-]?\d+)\s*([dwh])(?:\s+(\d{1,2}):(\d{2}))?\s*$")
DIRECTIVE = re.compile(r"^:::\s*([a-z_]+)\s*(.*?)\s*$")
IMAGE = re.compile(r"^!\[(.*)\]\((\S+)\)\s*$")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}")


def content_dir(app):
    """The folder of an app's demo files, e.g. ``editorial/demo_content``."""
    return Path(settings.BASE_DIR) / app / "demo_content"


@dataclass
class DemoItem:
    """One demo item in every language it has a file for."""

    key: str
    fields: dict = field(default_factory=dict)  # language → front matter
    bodies: dict = field(default_factory=dict)  # language → Markdown body

    @property
    def languages(self):
        return sorted(self.fields, key=lambda code: (code != SOURCE_LANGUAGE, code))

    def has(self, language):
        return language in self.fields

    def field(self, name, language=SOURCE_LANGUAGE, default=None):
        """A field of `language`'s file, else of the source language's."""
        for code in (language, SOURCE_LANGUAGE):
            if name in self.fields.get(code, {}):
                return self.fields[code][name]
        return default

    def get(self, name, default=None):
        """A field of the source language's file (shared fields: themes, dates…)."""
        return self.field(name, SOURCE_LANGUAGE, default)

    def __getitem__(self, name):
        value = self.get(name, KeyError)
        if value is KeyError:
            raise KeyError(f"{self.key}: no field {name!r}")
        return value

    def body(self, language=SOURCE_LANGUAGE):
        return self.bodies.get(language, "")

    def html(self, language=SOURCE_LANGUAGE):
        return markdown_html(self.body(language))

    def blocks(self, language=SOURCE_LANGUAGE):
        return markdown_blocks(self.body(language))


def parse_file(path):
    """``(front matter, Markdown body)`` of one file."""
    text = Path(path).read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if match is None:
        return {}, text.strip()
    fields = yaml.safe_load(match.group(1)) or {}
    if not isinstance(fields, dict):
        raise ValueError(f"{path}: the front matter is not a mapping")
    return fields, match.group(2).strip()


@cache
def _load_items(folder):
    items = {}
    for path in sorted(Path(folder).glob("*.md")):
        key, _dot, language = path.name.removesuffix(".md").rpartition(".")
        if not key or not language:
            raise ValueError(f"{path}: name it <key>.<language>.md")
        item = items.setdefault(key, DemoItem(key))
        item.fields[language], item.bodies[language] = parse_file(path)
    for item in items.values():
        if not item.has(SOURCE_LANGUAGE):
            raise ValueError(f"{folder}/{item.key}: no {SOURCE_LANGUAGE} file")
    return tuple(items.values())


def load_items(app, kind):
    """The items of ``<app>/demo_content/<kind>/``, ordered by key."""
    return load_folder(content_dir(app) / kind)


def index_page_fields(app, language):
    """Title, slug and introduction of the app's index page, from its `indexes/` file."""
    index = load_items(app, "indexes")[0]
    return {
        "title": index.field("title", language),
        "slug": index.field("slug", language),
        "introduction": index.body(language),
    }


def load_folder(folder):
    """The items of any folder of ``<key>.<lang>.md`` files, ordered by key."""
    return list(_load_items(str(folder)))


@cache
def _load_data(path):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def load_data(app, name):
    """The YAML data file ``<app>/demo_content/<name>.yaml``."""
    return _load_data(str(content_dir(app) / f"{name}.yaml"))


# Dates ---------------------------------------------------------------------------


def offset(value):
    """``"-21d"``, ``"+2w"``, ``"-3h"`` or a number of days → ``(timedelta, (h, m) | None)``."""
    if isinstance(value, int):
        return datetime.timedelta(days=value), None
    match = OFFSET.match(str(value))
    if match is None:
        raise ValueError(f"not a relative date: {value!r} (write e.g. -21d, +9d 11:00, -3h)")
    number, unit, hour, minute = match.groups()
    unit_name = {"d": "days", "w": "weeks", "h": "hours"}[unit]
    delta = datetime.timedelta(**{unit_name: int(number)})
    return delta, (int(hour), int(minute)) if hour is not None else None


def relative_date(value, today=None):
    """The day `value` (e.g. ``-21d``) away from today."""
    delta, _time = offset(value)
    return (today or timezone.localdate()) + delta


def relative_datetime(value, now=None):
    """The moment `value` (e.g. ``+9d 11:00``, in the current time zone) away from now."""
    delta, time = offset(value)
    moment = (now or timezone.localtime()) + delta
    if time is not None:
        moment = moment.replace(hour=time[0], minute=time[1], second=0, microsecond=0)
    return moment


# Markdown ------------------------------------------------------------------------

# Wagtail's rich text stores <b> and <i>.
_INLINE = [("<strong>", "<b>"), ("</strong>", "</b>"), ("<em>", "<i>"), ("</em>", "</i>")]


def markdown_html(text):
    """Markdown → compact HTML, in the tags Wagtail's rich text keeps."""
    html = markdown.markdown(text.strip(), output_format="html")
    for old, new in _INLINE:
        html = html.replace(old, new)
    return re.sub(r">\s*\n\s*<", "><", html).strip()


def _plain(lines):
    return "\n".join(lines).strip()


def _directive(name, argument, lines):
    items, current = [], None
    for line in lines:
        if line.startswith("### "):
            current = {"title": line[4:].strip(), "text": []}
            items.append(current)
        elif current is not None:
            current["text"].append(line)
    if items:
        return name, [{"title": item["title"], "text": _plain(item["text"])} for item in items]
    return name, {"title": argument, "text": _plain(lines)}


def _quote(lines):
    text = [re.sub(r"^>\s?", "", line) for line in lines]
    attribution = ""
    while text and not text[-1].strip():
        text.pop()
    if text and text[-1].lstrip().startswith(("— ", "-- ")):
        attribution = text.pop().lstrip().lstrip("—-").strip()
    return "quote", {"text": _plain(text), "attribution": attribution}


def _table(lines):
    rows = []
    for line in lines:
        if TABLE_RULE.match(line):
            continue
        cells = line.strip().strip("|").split("|")
        rows.append([cell.strip() for cell in cells])
    return "table", rows


def markdown_blocks(text):
    """Split a Markdown body into generic ``(type, value)`` blocks (see the module doc)."""
    blocks, prose = [], []

    def flush():
        if _plain(prose):
            blocks.append(("paragraph", markdown_html("\n".join(prose))))
        prose.clear()

    lines = text.splitlines()
    position = 0
    while position < len(lines):
        line = lines[position]
        directive = DIRECTIVE.match(line)
        if directive and directive.group(1):
            flush()
            end = position + 1
            while end < len(lines) and lines[end].strip() != ":::":
                end += 1
            blocks.append(_directive(*directive.groups(), lines[position + 1 : end]))
            position = end + 1
            continue
        if line.startswith(("## ", "### ")):
            flush()
            level, _space, heading = line.partition(" ")
            blocks.append(("heading", {"text": heading.strip(), "level": f"h{len(level)}"}))
        elif line.startswith((">", "|")):
            flush()
            end = position
            while end < len(lines) and lines[end].startswith(line[0]):
                end += 1
            group = lines[position:end]
            blocks.append(_quote(group) if line[0] == ">" else _table(group))
            position = end
            continue
        elif IMAGE.match(line):
            flush()
            alt, src = IMAGE.match(line).groups()
            blocks.append(("image", {"alt": alt, "src": src}))
        else:
            prose.append(line)
        position += 1
    flush()
    return blocks
