"""The ``eightk`` command. Every command group is declared here, in one place."""

from __future__ import annotations

import typer

from . import edgar, evaluate, parse, store

app = typer.Typer(
    name="eightk",
    help="Turn SEC Form 8-K filings into structured, evidence-linked records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"eightk {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Turn SEC Form 8-K filings into structured, evidence-linked records."""


# Declared, not discovered: each module adds its commands to the app.
for module in (parse, evaluate, store, edgar):
    module.register(app)


def main() -> None:
    app()
