"""The import contracts of pyproject.toml hold on the real tree and break on a violation.

`make lint` runs lint-imports; these tests prove that it would notice: each
case copies the apps into a temporary folder, adds one forbidden import and
expects the named contract to break.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PACKAGES = ["website", "editorial", "webinars", "whitepapers", "leads"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd):
    return subprocess.run(  # noqa: S603 - fixed executable and arguments
        [str(LINT_IMPORTS), "--no-cache", "--config", str(cwd / "pyproject.toml")],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_real_tree_keeps_every_contract():
    result = lint_imports(BASE_DIR)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture
def tree_copy(tmp_path):
    """The apps' Python files and the contracts, in a folder of their own."""
    for package in PACKAGES:
        shutil.copytree(
            BASE_DIR / package,
            tmp_path / package,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.html", "*.txt", "*.csv"),
        )
    shutil.copy(BASE_DIR / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.mark.parametrize(
    ("module", "violation", "contract"),
    [
        ("website/views.py", "import editorial.models", "website imports no product app"),
        ("website/mail.py", "from leads import api", "website imports no product app"),
        ("leads/scoring.py", "import webinars.models", "leads imports no content app"),
        (
            "whitepapers/rendering.py",
            "from leads.models import Contact",
            "only leads.api (and the bare leads package) may be imported",
        ),
        (
            "editorial/blocks.py",
            "from leads.audience.blocks import NewsletterSignupBlock",
            "only leads.api (and the bare leads package) may be imported",
        ),
        (
            "editorial/feeds.py",
            "import whitepapers.gate",
            "editorial, webinars and whitepapers do not import one another",
        ),
    ],
)
def test_a_forbidden_import_breaks_its_contract(tree_copy, module, violation, contract):
    path = tree_copy / module
    path.write_text(path.read_text() + f"\n{violation}  # deliberate violation\n")
    result = lint_imports(tree_copy)
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout
