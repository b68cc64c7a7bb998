"""Whole builds: incremental rebuilds, bad inputs, long articles, determinism, interruptions."""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest
import spacy
from click.testing import CliRunner
from rdflib import Graph

from kg import article, parsing, pipeline, validate
from kg.cli import cli

pytestmark = pytest.mark.model

GOLD = Path(__file__).parent / "data" / "gold"
KG = [str(Path(sys.executable).with_name("kg"))]


def corpus(folder: Path, n: int, start: int = 0) -> list[Path]:
    """n distinct articles made from the shipped gold texts, each with a line of its own."""
    texts = sorted(GOLD.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        src = texts[i % len(texts)].read_text("utf-8")
        path = folder / f"{i:03d}-{texts[i % len(texts)].stem}.txt"
        path.write_text(src + f"\nFerry route {i} between Norway and Sweden reopened after repairs.\n", "utf-8")
        out.append(path)
    return out


def kg_process(*args, env=None, check=True):
    """The installed ``kg`` command run in a process of its own (for what depends on the process:
    its hash seed, its signals)."""
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, env=env, check=check,
                          cwd=Path(__file__).parent.parent)


def kg(*args, check=True):
    """The ``kg`` command run in this process, where the model is already loaded: its exit code,
    stdout and stderr, as ``kg_process`` gives them."""
    r = CliRunner().invoke(cli, [str(a) for a in args], prog_name="kg")
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    done = subprocess.CompletedProcess(args, r.exit_code, r.stdout, r.stderr)
    if check:
        done.check_returncode()
    return done


# --- incremental ---

def test_rebuilds_process_only_what_changed_and_equal_a_clean_build(tmp_path):
    arts = corpus(tmp_path / "in", 4)
    out = tmp_path / "out"
    pipeline.build([tmp_path / "in"], out)

    extra = corpus(tmp_path / "in", 1, start=4)[0]
    added = pipeline.build([tmp_path / "in"], out)
    assert [e.path for e in added.entries if e.status == "ok"] == [str(extra)]
    assert sum(e.status == "cached" for e in added.entries) == 4

    arts[0].write_text(arts[0].read_text("utf-8").replace("Norway", "Finland"), "utf-8")
    arts[1].unlink()
    changed = pipeline.build([tmp_path / "in"], out)
    assert [e.path for e in changed.entries if e.status == "ok"] == [str(arts[0])]

    clean = tmp_path / "clean"
    pipeline.build([tmp_path / "in"], clean)
    assert (out / "graph.ttl").read_bytes() == (clean / "graph.ttl").read_bytes()
    assert b"Finland" in (out / "graph.ttl").read_bytes()
    assert len(list((out / ".kg" / "articles").glob("*.json"))) == 4  # the deleted and the old version are gone


# --- bad inputs ---

def test_every_kind_of_bad_input_is_reported_and_the_rest_is_built(tmp_path):
    src = tmp_path / "in"
    good = corpus(src, 1)[0]
    text = good.read_text("utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_bytes(b"  \n\t\n")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "latin1.txt").write_bytes("Caf\xe9 talks in Montr\xe9al.".encode("latin-1"))
    (src / "utf16.txt").write_bytes(text.replace("Ferry route 0", "Ferry route 16").encode("utf-16"))
    (src / "french.txt").write_text("Le port du nord a annoncé que le traversier reprendrait son service "
                                    "la semaine prochaine et que les équipages se préparent. " * 4, "utf-8")
    (src / "page.html").write_text("<html><head><script>alert(1)</script><style>p{}</style></head><body>"
                                   f"<article><p>{text.replace(chr(10), '</p><p>')}</p></article></body></html>"
                                   .replace("Ferry route 0", "Ferry route 17"), "utf-8")
    (src / "control.txt").write_text(text.replace("Ferry route 0", "Ferry\x07 route\x1b 18"), "utf-8")
    (src / "longline.txt").write_text("Harbour Watch\n" + ("Norway and Sweden agreed to talk more. " * 260), "utf-8")
    shutil.copy(good, src / "copy-of-first.txt")
    pipeline.build([src], tmp_path / "out")
    report = json.loads((tmp_path / "out" / "build-report.json").read_text())
    status = {Path(e["path"]).name: (e["status"], e["reason"]) for e in report["articles"]}
    assert status["empty.txt"] == ("failed", "empty file")
    assert status["blank.txt"] == ("failed", "empty file")
    assert status["binary.txt"] == ("failed", "binary file (contains NUL bytes)")
    assert status["latin1.txt"] == ("failed", "not UTF-8 text (invalid byte at offset 3)")
    assert status["french.txt"][0] == "skipped" and status["french.txt"][1].startswith("not English text")
    assert status["copy-of-first.txt"] == ("duplicate", f"same content as {good}")
    for name in ("utf16.txt", "page.html", "control.txt", "longline.txt", good.name):
        assert status[name] == ("ok", None), name
    assert all(e["seconds"] >= 0 and (e["counts"] is not None) == (e["status"] == "ok") for e in report["articles"])
    assert len(list(pipeline.extractions(tmp_path / "out"))) == 5
    assert validate.validate(Graph().parse(tmp_path / "out" / "graph.ttl")).conforms


def test_the_cli_reports_each_problem_on_one_line(tmp_path):
    src = tmp_path / "in"
    corpus(src, 1)
    (src / "empty.txt").write_bytes(b"")
    (src / "french.txt").write_text("Le port du nord a annoncé que le traversier reprendrait son service "
                                    "la semaine prochaine et que les équipages se préparent. " * 4, "utf-8")
    r = kg("build", src, "--out", tmp_path / "out", "--quiet", check=False)
    assert r.returncode == 1
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0] == f"Error: {src / 'empty.txt'}: empty file"
    assert lines[1].startswith(f"Skipped: {src / 'french.txt'}: not English text (")


# --- a build never destroys what it cannot replace ---

def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder (outputs and the .kg cache), by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built(tmp_path):
    """An output folder holding the build of two articles, and its snapshot."""
    corpus(tmp_path / "in", 2)
    out = tmp_path / "out"
    kg("build", tmp_path / "in", "--out", out, "--quiet")
    before = snapshot(out)
    assert "graph.ttl" in before and any(k.startswith(".kg/articles/") for k in before)
    return out, before


@pytest.mark.parametrize("case", ["mistyped path", "empty folder", "folder of other formats", "unreadable pdf only",
                                  "one good path and one mistyped"])
def test_inputs_that_cannot_be_built_leave_every_output_as_it_was(tmp_path, built, case):
    out, before = built
    bad = tmp_path / "bad"
    bad.mkdir()
    args = {"mistyped path": [tmp_path / "inn"], "empty folder": [bad], "folder of other formats": [bad],
            "unreadable pdf only": [bad], "one good path and one mistyped": [tmp_path / "in", tmp_path / "nope"]}[case]
    if case == "folder of other formats":
        (bad / "notes.docx").write_bytes(b"PK\x03\x04")
        (bad / "photo.png").write_bytes(b"\x89PNG")
    if case == "unreadable pdf only":
        (bad / "report.pdf").write_bytes(b"%PDF-1.4\n% cut off here")
    r = kg("build", *args, "--out", out, check=False)
    assert r.returncode == 1 and r.stdout == ""
    lines = r.stderr.splitlines()
    assert lines[-1].startswith("Error: ") and lines[-1].endswith(f"(nothing was built; {out} is unchanged)")
    assert all(line.count(str(p)) <= 1 for line in lines for p in args)  # no name printed twice
    assert snapshot(out) == before


def test_the_error_names_the_missing_path_and_the_reason(tmp_path, built):
    out, _ = built
    r = kg("build", "./nope", "--out", out, check=False)
    assert r.stderr == f"Error: ./nope: no such file or folder (nothing was built; {out} is unchanged)\n"


def test_every_file_of_a_mixed_folder_is_reported(tmp_path):
    src = tmp_path / "in"
    corpus(src, 1)
    (src / "notes.docx").write_bytes(b"PK\x03\x04")
    (src / "scan.pdf").write_bytes(b"%PDF-1.4\n% cut off here")
    (src / ".DS_Store").write_bytes(b"\x00\x01")
    (src / "sub").mkdir()
    (src / "sub" / "data.csv").write_text("a,b\n", "utf-8")
    r = kg("build", src, "--out", tmp_path / "out", check=False)
    report = json.loads((tmp_path / "out" / "build-report.json").read_text())
    status = {Path(e["path"]).relative_to(src).as_posix(): (e["status"], e["reason"]) for e in report["articles"]}
    assert set(status) == {p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file()}
    assert status["notes.docx"] == ("skipped", "unsupported format (.docx), not read")
    assert status["sub/data.csv"] == ("skipped", "unsupported format (.csv), not read")
    assert status[".DS_Store"] == ("skipped", "hidden file, not read")
    assert status["scan.pdf"][0] == "failed"
    s = report["summary"]
    assert (s["articles"], s["failed"], s["skipped"]) == (1, 1, 3)
    assert r.returncode == 1 and r.stdout.startswith("1 articles (1 failed, 3 skipped, 0 unchanged)")
    assert f"Error: {src / 'scan.pdf'}: " in r.stderr
    assert "Skipped: 3 files or folders not read as articles (" in r.stderr


def test_a_build_says_which_articles_it_removed(tmp_path):
    arts = corpus(tmp_path / "in", 3)
    out = tmp_path / "out"
    kg("build", tmp_path / "in", "--out", out, "--quiet")
    moved = tmp_path / "in" / "renamed.txt"
    arts[1].rename(moved)  # moved, same content: not removed
    arts[0].write_text(arts[0].read_text("utf-8") + "\nOne more line.\n", "utf-8")  # edited: not removed
    r = kg("build", arts[0], moved, "--out", out)  # arts[2] is no longer given
    assert "1 articles no longer among the inputs were removed from the graph" in r.stdout
    report = json.loads((out / "build-report.json").read_text())
    assert report["removed"] == [str(arts[2])] and report["summary"]["removed"] == 1
    r = kg("build", arts[0], moved, "--out", out)
    assert "no longer among the inputs" not in r.stdout


def test_progress_has_a_total(tmp_path):
    corpus(tmp_path / "in", 3)
    calls = []
    pipeline.build([tmp_path / "in"], tmp_path / "out", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    calls.clear()
    pipeline.build([tmp_path / "in"], tmp_path / "out", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 0)]  # all cached


# --- long articles ---

@pytest.fixture(scope="module")
def fast_model(tmp_path_factory):
    """A tokenizer-and-sentencizer pipeline saved to disk: a real spaCy pipeline, fast enough for
    megabytes of text."""
    path = tmp_path_factory.mktemp("blank-model")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(path)
    return str(path)


def big_text(paragraphs: int, *, named_every: int = 1) -> str:
    """Paragraphs of one to six sentences; every ``named_every``-th one and the last name Norway
    and Sweden, the others no actor at all."""
    rng = random.Random(3)
    para = ("The harbour authority said on Monday that the ferry would resume next week, and that "
            "crews from Norway and Sweden expect a long season. ")
    plain = para.replace("from Norway and Sweden ", "")
    return "Harbour Watch\n\n" + "\n\n".join(
        f"Report {i}: " + (para if i % named_every == 0 or i == paragraphs - 1 else plain) * rng.randint(1, 6)
        for i in range(paragraphs))


def test_a_20_megabyte_article_is_cut_between_paragraphs():
    art = article.parse(big_text(42000).encode(), "big.txt")
    assert len(art.text) > 20_000_000
    cuts = parsing.slices(art)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(art.text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    assert all(e - s <= parsing.MAX_CHARS for s, e in cuts)
    assert all(art.text[s - 1] == "\n" for s, _ in cuts[1:])


def test_an_article_longer_than_spacys_limit_is_built_in_slices(tmp_path, fast_model):
    path = tmp_path / "in" / "long.txt"
    path.parent.mkdir()
    path.write_text(big_text(6000, named_every=500), "utf-8")  # few mentions: the size is what counts
    assert path.stat().st_size > spacy.blank("en").max_length * 2
    result = pipeline.build([path.parent], tmp_path / "out", model=fast_model)
    [entry] = result.entries
    assert entry.status == "ok"
    text = article.read(path).text
    [ex] = pipeline.extractions(tmp_path / "out", model=fast_model)
    assert {e.key for e in ex.entities} == {"country/NO", "country/SE"}
    assert max(m.start for m in ex.mentions) > len(text) - 1000  # the last slice was read too
    assert all(text[m.start:m.end] == m.text for m in ex.mentions)


# --- determinism ---

def test_order_hash_seed_and_jobs_do_not_change_the_outputs(tmp_path):
    arts = corpus(tmp_path / "in", 6)
    env = dict(os.environ, PYTHONHASHSEED="0")
    kg_process("build", tmp_path / "in", "--out", tmp_path / "a", "--quiet", env=env)
    env = dict(os.environ, PYTHONHASHSEED="4242")
    kg_process("build", *reversed(arts), "--out", tmp_path / "b", "--quiet", "--jobs", "2", env=env)
    for name in ("graph.ttl", "analysis.json", "report.md", "metrics.ttl", "graph.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


# --- interruptions ---

OUTPUTS = ("graph.ttl", "analysis.json", "report.md", "metrics.ttl", "graph.html", "build-report.json",
           "timeline.svg")  # the chart of dated evidence, when articles have dates


def check_outputs(out: Path) -> None:
    """Every output there is complete: it parses; the graph conforms; no partial file is visible."""
    visible = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert visible <= set(OUTPUTS), visible
    if (out / "graph.ttl").exists():
        g = Graph().parse(out / "graph.ttl")
        assert len(g) > 0 and validate.validate(g).conforms
    for name in ("analysis.json", "build-report.json"):
        if (out / name).exists():
            json.loads((out / name).read_text("utf-8"))
    if (out / "graph.html").exists():
        assert (out / "graph.html").read_text("utf-8").rstrip().endswith("</html>")
    if (out / "timeline.svg").exists():
        ElementTree.parse(out / "timeline.svg")


def test_killed_builds_leave_complete_outputs_and_the_next_build_completes(tmp_path):
    rng = random.Random(11)
    src, out = tmp_path / "in", tmp_path / "out"
    corpus(src, 3)
    kg("build", src, "--out", out, "--quiet")
    kills = 0
    for round_, sig in enumerate([signal.SIGINT, signal.SIGTERM, signal.SIGKILL]):  # each signal at a random moment
        corpus(src, 8, start=3 + 8 * round_)
        proc = subprocess.Popen([*KG, "build", str(src), "--out", str(out), "--quiet"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                cwd=Path(__file__).parent.parent)
        time.sleep(rng.uniform(0.5, 2.5))
        if proc.poll() is None:
            proc.send_signal(sig)
            kills += 1
        _, err = proc.communicate(timeout=60)
        if sig != signal.SIGKILL and proc.returncode not in (0,):
            assert "Traceback" not in err and err.strip().startswith("Error: interrupted"), err
        check_outputs(out)
    assert kills >= 2
    kg("build", src, "--out", out, "--quiet")
    check_outputs(out)
    clean = tmp_path / "clean"
    kg("build", src, "--out", clean, "--quiet")
    for name in ("graph.ttl", "analysis.json", "report.md"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
