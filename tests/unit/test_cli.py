"""The command line: `ask` and `triage` use the chat's code paths and need no token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _no_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)  # no .env from the developer's checkout


def test_ask_json_topic(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "Can BEER cause cramps?", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["topic"] == "alcohol_tobacco"
    assert result["urgent"] is False and result["level"] is None
    assert "<" not in result["answer"] and result["answer"]


def test_ask_json_emergency(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "ask", "my leg is swollen and i can't breathe", "--json")
    result = json.loads(out)
    assert result == {**result, "topic": None, "urgent": True, "level": "emergency"}
    assert "112" in result["answer"]


def test_ask_json_urgent_and_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "ask", "cramp lasting 20 minutes and won't ease", "--json")
    assert json.loads(out)["level"] == "urgent"
    _, out, _ = run(capsys, "ask", "what's the capital of France", "--json")
    result = json.loads(out)
    assert result["topic"] is None and result["urgent"] is False


def test_ask_json_adds_sign_and_also(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "ask", "my left calf is red and swollen", "--json")
    result = json.loads(out)
    # The keys of before are kept; `sign` and `also` are added.
    assert {"topic", "urgent", "level", "answer", "sign", "also"} <= set(result)
    assert result["sign"] == "one_sided_leg" and result["also"] == []
    _, out, _ = run(
        capsys, "ask", "I'm 30 weeks pregnant and get calf cramps every night", "--json"
    )
    result = json.loads(out)
    assert result["sign"] is None and result["topic"] == "pregnancy"
    assert "night_cramps" in result["also"]


def test_triage_questions_and_answers(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "triage", "--questions", "--json")
    questions = json.loads(out)
    assert questions[0]["id"] == "emergency_signs"
    assert all({"id", "text", "options"} <= set(q) for q in questions)
    _, out, _ = run(capsys, "triage", "--answers", '{"emergency_signs": "present"}', "--json")
    result = json.loads(out)
    assert result == {
        **result,
        "level": "emergency",
        "complete": True,
        "asked": ["emergency_signs"],
        "to_ask": [],
    }
    answers = '{"leg_signs": "present", "emergency_signs": "absent"}'
    _, out, _ = run(capsys, "triage", "--answers", answers, "--json")
    result = json.loads(out)
    assert result["level"] == "urgent" and result["complete"] is True
    # `asked` names the questions answered, in the check's order.
    assert result["asked"] == ["emergency_signs", "leg_signs"] and result["to_ask"] == []


def test_triage_with_too_few_answers_gives_no_level(capsys: pytest.CaptureFixture[str]) -> None:
    # One "no" is not a self-care result: the questions still to ask are named instead.
    _, out, _ = run(capsys, "triage", "--answers", '{"emergency_signs": "absent"}', "--json")
    partial = json.loads(out)
    assert partial["level"] is None and partial["complete"] is False
    assert partial["asked"] == ["emergency_signs"]
    assert partial["to_ask"] and partial["to_ask"][0] == "leg_signs"
    # An urgent answer given before the emergency question: at least urgent, not final.
    _, out, _ = run(capsys, "triage", "--answers", '{"leg_signs": "present"}', "--json")
    early = json.loads(out)
    assert early["level"] is None and early["at_least"] == "urgent"
    assert early["to_ask"] == ["emergency_signs"] and early["reasons"]
    _, out, _ = run(capsys, "triage", "--answers", '{"emergency_signs": "absent"}')
    assert "more answers needed" in out and "still to ask: leg_signs" in out
    assert "level: self_care" not in out


@pytest.mark.parametrize(
    ("answers", "message"),
    [("{not json", "not valid JSON"), ('["a"]', "JSON object"), ('{"nope": "x"}', "nope")],
)
def test_triage_bad_answers_fail_clearly(
    capsys: pytest.CaptureFixture[str], answers: str, message: str
) -> None:
    code, out, err = run(capsys, "triage", "--answers", answers, "--json")
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_run_without_token_fails_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "run")
    assert code == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in err and len(err.strip().splitlines()) == 1


def test_run_with_malformed_token_fails_without_echo(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "not-a-token-secret-value")
    code, out, err = run(capsys, "run")
    assert code == 2 and "malformed" in err
    assert "not-a-token-secret-value" not in out + err


def test_broken_content_stops_start_naming_file_and_key(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from knowledge.loader import DEFAULT_CONTENT_DIR

    broken = tmp_path / "content"
    broken.mkdir()
    for source in DEFAULT_CONTENT_DIR.glob("*.yaml"):
        (broken / source.name).write_text(source.read_text())
    messages = broken / "messages.yaml"
    messages.write_text(messages.read_text().replace("disclaimer:", "disclaimr:", 1))
    monkeypatch.setenv("CONTENT_DIR", str(broken))
    code, _, err = run(capsys, "ask", "hello")
    assert code == 2
    assert "messages.yaml" in err and "disclaim" in err
    assert len(err.strip().splitlines()) == 1
