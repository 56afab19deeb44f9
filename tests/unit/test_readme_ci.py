"""CI must run exactly the test command the README gives, after the same system packages."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _indented_commands(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.startswith("    ") and line.strip()]


def test_ci_runs_the_readme_test_command_and_packages():
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = _indented_commands(quick)
    assert len(commands) == 3, commands  # system packages, open the demo, run the tests
    packages, open_demo, run_tests = commands
    assert "storedesk --demo" in open_demo
    assert "pytest" in run_tests
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert run_tests in ci_lines
    wanted = packages.split("install -y", 1)[1].split()
    ci_install = next(line for line in ci_lines if "apt-get install" in line)
    assert all(pkg in ci_install.split() for pkg in wanted)
