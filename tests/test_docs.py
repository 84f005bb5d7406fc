"""Docs that cannot rot: every command has help text and is documented; the README's first two
commands are the ones CI and a fresh clone run."""

import re
from pathlib import Path

from typer.main import get_command

from eightk.cli.app import app

ROOT = Path(__file__).resolve().parents[1]
DOCS = "\n".join(p.read_text() for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def commands():
    group = get_command(app)
    return group.commands


def test_every_command_has_help_text():
    for name, command in commands().items():
        assert (command.help or "").strip(), f"eightk {name} has no help text"
        for param in command.params:
            if param.param_type_name == "option" and param.name not in ("help",):
                assert (param.help or "").strip(), f"eightk {name} {param.opts[0]} has no help text"


def test_every_command_is_documented():
    for name in commands():
        assert re.search(rf"eightk {re.escape(name)}\b", DOCS), f"eightk {name} is not in the README or docs/"


def test_readme_opens_with_the_two_commands_ci_relies_on():
    blocks = re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    setup, tests = blocks[0], blocks[1]
    assert "pip install" in setup and "eightk" in setup and "examples/" in setup
    assert "pytest" in tests
    assert "pytest" in (ROOT / ".ci" / "run").read_text()
