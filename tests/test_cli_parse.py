"""``eightk parse``: one file as JSON, many as JSON lines, bad files reported and skipped."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from eightk.cli.app import app

from conftest import FILINGS, SEED

EXELON = FILINGS / "dgunning-edgartools-cassettes" / "0000950137-05-004969.txt"
runner = CliRunner()


def test_one_file_prints_one_json_record():
    result = runner.invoke(app, ["parse", str(SEED)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["filing"]["registrant"]["name"] == "ImmunoGen, Inc."
    assert record["source"] == str(SEED)
    item = record["filing"]["items"][0]
    assert item["span"]["text"].startswith("ITEM 8.01")


def test_a_folder_with_a_bad_file_reports_it_parses_the_rest_and_fails(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.txt").write_bytes(EXELON.read_bytes())
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n%binary")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["filing"]["registrant"]["name"] for r in lines] == ["ImmunoGen, Inc.", "EXELON CORPORATION"]
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"eightk: error: {tmp_path / 'broken.pdf'}: binary file (a PDF document), not an 8-K filing",
        f"eightk: error: {tmp_path / 'empty.txt'}: empty file",
    ]


def test_missing_path_is_a_one_line_error():
    result = runner.invoke(app, ["parse", "no/such/file.txt"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "eightk: error: no/such/file.txt: no such file or folder"


def test_table_format_and_unknown_format(tmp_path):
    result = runner.invoke(app, ["parse", str(SEED), str(EXELON), "--format", "table"])
    assert result.exit_code == 0
    assert "ImmunoGen, Inc." in result.stdout and "5.02" in result.stdout
    assert runner.invoke(app, ["parse", str(SEED), "--format", "xml"]).exit_code == 2


def test_standard_input_through_the_real_command():
    done = subprocess.run([sys.executable, "-m", "eightk", "parse", "-"], input=EXELON.read_bytes(),
                          capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"] == "<stdin>"
    assert record["filing"]["accession"] == "0000950137-05-004969"
    assert [i["number"] for i in record["filing"]["items"]] == ["5.02"]
