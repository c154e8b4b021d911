"""How fast personalised white-paper copies are, compared with cached copies.

Run with `make bench` (or `.venv/bin/python benchmarks/whitepapers_pdf.py`).
Everything is measured in the same run on the same machine, on the demo
lead-scoring paper (chapters, tables, a chart), in a throw-away in-memory
database; the ratios are what to compare between machines, not the seconds.

- cold: a personalised render preparing everything (fonts, stylesheet, files);
- warm: a personalised render reusing the process-wide RenderCache, which is
  what a download does once the worker has rendered anything;
- on-demand download: warm render plus saving the copy to storage (a click
  that comes before the background preparation finished);
- prepared download: the personalised copy stored by the task queued when the
  link was issued (or by an earlier download) is served, no render;
- cached: the non-personalised PDF stored by the publication build.
"""

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "website.settings.test")

import django  # noqa: E402

django.setup()

# Imported after django.setup(): the models cannot load before the app registry.
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from wagtail.models import Locale  # noqa: E402

from leads.models import Contact  # noqa: E402
from website.demo import seed_site  # noqa: E402
from website.demo_files import index_page_fields, load_items  # noqa: E402
from whitepapers import demo, links  # noqa: E402
from whitepapers.rendering import Personalisation, RenderCache, render_paper  # noqa: E402

COLD_RUNS, WARM_RUNS, READ_RUNS = 3, 5, 20


def median_seconds(function, runs):
    timings = []
    for run in range(runs):
        started = time.perf_counter()
        function(run)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main():
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, serialize=False)

    seed_site()
    fr = Locale.objects.get(language_code="fr")
    home = demo.HomePage.objects.get(locale=fr)
    index = demo._ensure_index(home, fr, index_page_fields("whitepapers", "fr"))
    # The demo's lead-scoring paper, read from its file (whitepapers/demo_content/papers/).
    item = next(item for item in load_items("whitepapers", "papers") if item.key == "lead-scoring")
    paper, _created = demo._ensure_written_paper(index, fr, item)
    paper.personalised_copies = True
    paper.save(update_fields=["personalised_copies"])
    demo._ensure_pdf(paper)
    build = paper.current_build()
    assert build is not None, "the publication build did not run"

    def personalisation(run):
        return Personalisation(
            name=f"Lecteur {run}",
            company="Acme Industrie",
            document_id=f"BENCH{run:03d}",
            prepared_on=date(2026, 11, 22),
        )

    cold = median_seconds(lambda run: render_paper(paper, personalisation(run)), COLD_RUNS)
    cache = RenderCache()
    render_paper(paper, personalisation(999), cache=cache)  # what a running worker has done
    warm = median_seconds(
        lambda run: render_paper(paper, personalisation(run), cache=cache), WARM_RUNS
    )

    contacts = [
        Contact.objects.create(
            email=f"reader{n}@example.com", first_name="Lecteur", last_name=str(n)
        )
        for n in range(WARM_RUNS)
    ]
    new_links = [links.create_link(contact, paper) for contact in contacts]
    first_download = median_seconds(
        lambda run: links.personalised_copy(new_links[run], paper, build).open("rb").read(),
        WARM_RUNS,
    )
    again = median_seconds(
        lambda run: links.personalised_copy(new_links[0], paper, build).open("rb").read(),
        READ_RUNS,
    )
    cached = median_seconds(lambda run: build.file.open("rb").read(), READ_RUNS)

    rows = [
        ("personalised render, cold (nothing cached)", cold),
        ("personalised render, warm RenderCache", warm),
        ("personalised download, on demand (render + store)", first_download),
        ("personalised download, prepared (stored copy)", again),
        ("cached non-personalised copy", cached),
    ]
    print(f"White-paper PDF: {build.page_count} pages; medians of {WARM_RUNS}-{READ_RUNS} runs")
    for label, seconds in rows:
        print(f"  {label:<52} {seconds * 1000:10.3f} ms")
    print("Ratios (same run):")
    print(f"  cold / warm render                   {cold / warm:8.2f}x")
    print(f"  on-demand personalised / cached      {first_download / cached:8.1f}x")
    print(f"  prepared personalised / cached       {again / cached:8.2f}x")
    connection.creation.destroy_test_db(":memory:", verbosity=0)


if __name__ == "__main__":
    main()
