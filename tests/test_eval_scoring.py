"""The eval command's library: labels, normalisation, scoring arithmetic."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from conftest import CORPUS, SEED_GOLD

from eightk.cli.app import app
from eightk.evaluation import evaluate, report
from eightk.evaluation.labels import header_cover, header_items, lee_events
from eightk.evaluation.normalise import same
from eightk.evaluation.scoring import Scores, Tally


def test_tally_arithmetic() -> None:
    t = Tally(tp=8, fp=2, fn=0)
    assert (t.precision, t.recall, round(t.f1, 4)) == (0.8, 1.0, 0.8889)
    assert Tally().f1 == 1.0


def test_a_wrong_value_is_both_a_false_positive_and_a_false_negative() -> None:
    scores = Scores()
    scores.miss("cover", "phone", "sgml-full", "x.txt", "(617) 995-2500", "6179952510")
    row = next(r for r in scores.rows() if r["format"] == "sgml-full")
    assert (row["tp"], row["fp"], row["fn"]) == (0, 1, 1)


def test_normalised_comparisons() -> None:
    assert same("irs_employer_id", "04-2726691", "042726691")
    assert same("state_of_incorporation", "Massachusetts", "MA")
    assert same("address.zip", "60690-3005", "60690")
    assert same("file_number", "0-10030", "000-10030")
    assert same("name", "AMAZON.COM, INC.", "AMAZON COM INC")
    assert same("name", "Apple Computer, Inc.", "APPLE COMPUTER INC /CA/")
    assert same("address.street", "One Infinite Loop", "1 INFINITE LOOP")
    assert same("phone", "(408) 996-1010", "4089961010")
    assert not same("phone", "(408) 996-1010", "4089961011")


def test_lee_events_keep_blank_descriptions() -> None:
    assert lee_events("<DOCUMENT>\nEVENTS:\tOther events\tFinancial statements and exhibits\nTEXT:\n") == (
        "Other events", "Financial statements and exhibits")
    assert lee_events("EVENTS:\t\tFinancial statements and exhibits\n") == ("", "Financial statements and exhibits")


def test_header_labels_of_a_real_filing() -> None:
    text = (CORPUS / "filings/ryankfrench-sec_cover_page_parser/0000320193-96-000027.txt").read_text(errors="replace")
    assert header_items(text) == ("Financial statements and exhibits",)
    cover = header_cover(text)
    assert cover["name"] == "APPLE COMPUTER INC" and cover["address.zip"] == "95014" and cover["phone"] == "4089961010"


def test_seed_scores_perfectly_against_its_gold() -> None:
    scores = evaluate(None, [SEED_GOLD])
    rows = [r for r in scores.rows() if r["format"] == "gold"]
    assert rows and all(r["f1"] == 1.0 for r in rows), [r for r in rows if r["f1"] < 1]


def test_report_lists_misses_with_file_names() -> None:
    scores = Scores()
    scores.miss("items", "number", "txt-extracted", "A-8K-1.txt", None, "8.01")
    out = report(scores, misses=True)
    assert out["misses"] == [{"section": "items", "field": "number", "file": "A-8K-1.txt", "kind": "fn", "predicted": None, "expected": "8.01"}]


def test_cli_eval_json_on_gold() -> None:
    result = CliRunner().invoke(app, ["eval", "--gold", str(SEED_GOLD), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["files"] == 1


def test_cli_eval_bad_corpus_is_one_line_error(tmp_path) -> None:
    result = CliRunner().invoke(app, ["eval", "--corpus", str(tmp_path)])
    assert result.exit_code == 1
    assert "no MANIFEST.tsv" in result.output and "Traceback" not in result.output


def test_cover_body_agrees_with_dei_on_an_ixbrl_filing() -> None:
    import eightk
    from eightk.evaluation.labels import Case
    from eightk.evaluation.sections import DeiAgreementSection, dei_values

    path = CORPUS / "filings/ryankfrench-sec_cover_page_parser/aapl-20240201.htm"
    raw = path.read_bytes()
    assert dei_values(raw, path.name)["name"] == "Apple Inc."
    scores = Scores()
    DeiAgreementSection().score(Case(path, path.name, "ixbrl", ""), eightk.process(raw, name=path.name), scores)
    assert scores.misses == [] and sum(t.tp for t in scores.tallies.values()) >= 8


def test_cli_eval_scores_the_held_out_set_apart_and_hides_its_misses(tmp_path) -> None:
    gold = Path(__file__).parent / "gold" / "events" / "lly-2021-02-18-rigel-collaboration.json"
    heldout = tmp_path / "heldout"
    heldout.mkdir()
    (heldout / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    args = ["eval", "--gold", str(SEED_GOLD), "--events", str(gold), "--heldout", str(heldout), "--format", "json"]
    out = json.loads(CliRunner().invoke(app, args + ["--misses"]).output)
    assert out["heldout_events"]["documents"] == 1 and "misses" not in out["heldout_events"]
    out = json.loads(CliRunner().invoke(app, args + ["--heldout-misses"]).output)
    assert "misses" in out["heldout_events"]
