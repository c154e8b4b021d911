"""The loader of the demo's Markdown files (front matter, offsets, blocks)."""

import datetime

import pytest

from website.demo_files import (
    load_folder,
    markdown_blocks,
    markdown_html,
    offset,
    relative_date,
    relative_datetime,
)

ARTICLE_FR = """---
title: 'Vendre : la méthode'
slug: vendre
published: -21d
themes: [prospecting]
---

## Le constat

Un paragraphe avec **du gras**, *de l’italique* et [un lien](https://example.com).

- un
- deux

> Une citation.
>
> — Léa, directrice commerciale

::: callout Le conseil
Ne supprimez pas le téléphone.
:::

::: tips
### Premier conseil
Son explication.

### Second conseil
:::

| Canal | Taux |
|---|---|
| LinkedIn | 48 % |

![Figure 1 : les sources](chart)
"""


def test_files_are_grouped_by_key_with_shared_fields_from_the_french_file(tmp_path):
    (tmp_path / "vendre.fr.md").write_text(ARTICLE_FR, encoding="utf-8")
    (tmp_path / "vendre.en.md").write_text(
        "---\ntitle: 'Selling: the method'\nslug: selling\n---\n\nBody.\n", encoding="utf-8"
    )
    (item,) = load_folder(tmp_path)
    assert item.key == "vendre" and item.languages == ["fr", "en"]
    assert item["title"] == "Vendre : la méthode"
    assert item.field("title", "en") == "Selling: the method"
    assert item.field("themes", "en") == ["prospecting"]  # shared, from the French file
    assert item.get("missing", "default") == "default"
    assert item.html("en") == "<p>Body.</p>"
    with pytest.raises(KeyError):
        item["missing"]


def test_a_translation_without_its_french_file_is_refused(tmp_path):
    (tmp_path / "lonely.en.md").write_text("---\ntitle: Lonely\n---\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no fr file"):
        load_folder(tmp_path)


def test_markdown_becomes_generic_blocks():
    body = ARTICLE_FR.split("---\n", 2)[2]
    blocks = markdown_blocks(body)
    assert [block_type for block_type, _value in blocks] == [
        "heading",
        "paragraph",
        "quote",
        "callout",
        "tips",
        "table",
        "image",
    ]
    assert blocks[0][1] == {"text": "Le constat", "level": "h2"}
    assert blocks[1][1] == (
        "<p>Un paragraphe avec <b>du gras</b>, <i>de l’italique</i> et "
        '<a href="https://example.com">un lien</a>.</p><ul><li>un</li><li>deux</li></ul>'
    )
    assert blocks[2][1] == {"text": "Une citation.", "attribution": "Léa, directrice commerciale"}
    assert blocks[3][1] == {"title": "Le conseil", "text": "Ne supprimez pas le téléphone."}
    assert blocks[4][1] == [
        {"title": "Premier conseil", "text": "Son explication."},
        {"title": "Second conseil", "text": ""},
    ]
    assert blocks[5][1] == [["Canal", "Taux"], ["LinkedIn", "48 %"]]
    assert blocks[6][1] == {"alt": "Figure 1 : les sources", "src": "chart"}


def test_html_uses_the_tags_wagtail_rich_text_keeps():
    assert markdown_html("**a** *b*") == "<p><b>a</b> <i>b</i></p>"


def test_relative_dates():
    now = datetime.datetime(2026, 5, 10, 15, 30, tzinfo=datetime.UTC)
    assert offset("-21d") == (datetime.timedelta(days=-21), None)
    assert offset("+2w") == (datetime.timedelta(weeks=2), None)
    assert offset(-3) == (datetime.timedelta(days=-3), None)
    assert relative_date("-21d", datetime.date(2026, 5, 10)) == datetime.date(2026, 4, 19)
    assert relative_datetime("+9d 11:00", now) == datetime.datetime(
        2026, 5, 19, 11, 0, tzinfo=datetime.UTC
    )
    assert relative_datetime("-3h", now) == now - datetime.timedelta(hours=3)
    with pytest.raises(ValueError, match="not a relative date"):
        offset("last tuesday")
