"""Runs of any size: executors give identical results, resume, and survive bad documents."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest
from conftest import REPO, norm, pdftotext

from redactie import api
from redactie.batch import InProcess, ProcessPool

NAME = "Iris Verbruggen"
OPTIONS = api.Options(use_model=False, ocr=False)


def _dossier(make_pdf: Callable[..., Path], folder: Path, count: int = 4) -> Path:
    """A dossier: the name is found by its context in the first document only,
    and in the others only its surname stands bare (propagation across documents)."""
    folder.mkdir()
    first = make_pdf(
        "a.pdf",
        [["Nota aan de directie", f"Behandeld door: {NAME}", "Telefoon: 06-12345678"]],
    )
    first.rename(folder / "a.pdf")
    for k in range(1, count):
        doc = make_pdf(
            f"b{k}.pdf",
            [[f"Verslag {k}", "Volgens Verbruggen is het besluit klaar.", "Groet"], ["Bijlage"]],
        )
        doc.rename(folder / f"b{k}.pdf")
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage\n")
    return folder


def _texts(out: Path) -> dict[str, str]:
    return {p.name: pdftotext(p) for p in sorted(out.glob("*.pdf"))}


def _reviews(out: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.review.json"))}


def _check(result: api.RunResult, out: Path) -> None:
    status = {o.source: o.status for o in result.outcomes}
    assert status.pop("kapot.pdf") == api.FAILED
    assert set(status.values()) == {api.PUBLISHED}
    assert not (out / "kapot.pdf").exists()
    for name, text in _texts(out).items():
        assert "Verbruggen" not in norm(text), name
        assert "12345678" not in text
    assert "5.1.2e" in norm(pdftotext(out / "b1.pdf"))


def test_jobs_two_gives_the_same_outputs_as_jobs_one(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    src = _dossier(make_pdf, tmp_path / "in")
    one = api.run([src], tmp_path / "one", OPTIONS, api.Execution(jobs=1))
    two = api.run([src], tmp_path / "two", OPTIONS, api.Execution(jobs=2))
    _check(one, tmp_path / "one")
    _check(two, tmp_path / "two")
    assert [o.as_dict() for o in one.outcomes] == [o.as_dict() for o in two.outcomes]
    assert _reviews(tmp_path / "one") == _reviews(tmp_path / "two")
    assert _texts(tmp_path / "one") == _texts(tmp_path / "two")


def test_scan_in_parallel_matches_scan_in_process(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    src = _dossier(make_pdf, tmp_path / "in", count=3)
    one = api.scan([src], tmp_path / "one", OPTIONS, api.Execution(jobs=1))
    two = api.scan([src], tmp_path / "two", OPTIONS, api.Execution(jobs=2))
    assert [o.as_dict() for o in one.outcomes] == [o.as_dict() for o in two.outcomes]
    assert _reviews(tmp_path / "one") == _reviews(tmp_path / "two")
    previews = sorted((tmp_path / "two").glob("*.preview.txt"))
    assert len(previews) == 3
    assert all("Verbruggen" not in p.read_text(encoding="utf-8") for p in previews)


def test_a_rerun_resumes_and_force_redoes(make_pdf: Callable[..., Path], tmp_path: Path) -> None:
    src = _dossier(make_pdf, tmp_path / "in", count=3)
    out = tmp_path / "out"
    first = api.run([src], out, OPTIONS)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
    again = api.run([src], out, OPTIONS)
    assert [o.as_dict() for o in again.outcomes] == [o.as_dict() for o in first.outcomes]
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")} == stamps
    # A changed input is redone; the others are not.
    changed = make_pdf("b2.pdf", [["Verslag 2 herzien", "Volgens Verbruggen is het klaar."]])
    changed.replace(src / "b2.pdf")
    api.run([src], out, OPTIONS)
    now = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
    assert now["b2.pdf"] != stamps["b2.pdf"]
    assert now["a.pdf"] == stamps["a.pdf"] and now["b1.pdf"] == stamps["b1.pdf"]
    assert "herzien" in pdftotext(out / "b2.pdf")
    forced = api.run([src], out, OPTIONS, api.Execution(force=True))
    _check(forced, out)
    assert all(
        p.stat().st_mtime_ns != stamps[p.name] for p in out.glob("*.pdf") if p.name != "b2.pdf"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_minus_nine_leaves_no_half_output_and_resumes(
    make_pdf: Callable[..., Path], tmp_path: Path, jobs: str
) -> None:
    src = _dossier(make_pdf, tmp_path / "in", count=12)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "redactie.cli", "run", str(src), "--out", str(out)]
    proc = subprocess.Popen(
        [*cmd, "--no-model", "--no-ocr", "--jobs", jobs, "-q"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    work = out / api.WORK_DIR
    deadline = time.monotonic() + 240
    while len(list(work.glob("*.done.pkl"))) < 3 and proc.poll() is None:
        assert time.monotonic() < deadline, "the run did not get going"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    finished = {p.name.removesuffix(".done.pkl") for p in work.glob("*.done.pkl")}
    # Every published file is whole and redacted; nothing half-written carries a final name.
    for pdf in out.glob("*.pdf"):
        with pymupdf.open(pdf) as doc:
            assert doc.page_count >= 1
        assert "Verbruggen" not in norm(pdftotext(pdf))
    stamps = {name: (out / name).stat().st_mtime_ns for name in finished}
    result = api.run([src], out, OPTIONS, api.Execution(jobs=int(jobs)))
    _check(result, out)
    assert len(result.outcomes) == 13
    assert {name: (out / name).stat().st_mtime_ns for name in finished} == stamps
    assert not list(out.glob(".*.partial"))


def _explode(task: int) -> int:
    if task == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # a worker dies (a crash in a C library, OOM)
    if task == 5:
        raise ValueError("bad document")
    return task * 10


def _error(task: int, exc: BaseException) -> int:
    return -task


@pytest.mark.parametrize("make", [InProcess, lambda: ProcessPool(2)])
def test_one_bad_task_never_stops_the_batch(make: Callable[[], object]) -> None:
    executor = make()
    tasks = [1, 2, 3, 4, 5, 6, 7] if isinstance(executor, ProcessPool) else [1, 2, 4, 5, 6, 7]
    try:
        got = dict(executor.map(_explode, tasks, _error))  # type: ignore[attr-defined]
    finally:
        executor.close()  # type: ignore[attr-defined]
    expected = {t: t * 10 for t in tasks}
    expected[5] = -5
    if 3 in tasks:
        expected[3] = -3
    assert got == expected


_FORKED = textwrap.dedent(
    """
    import json, os
    from redactie.batch import ProcessPool

    LOADED = []

    def prepare():
        LOADED.append(os.getpid())  # stands for the model and analyzer

    def seen(task):
        return os.getpid(), list(LOADED)

    pool = ProcessPool(2, prepare=prepare)
    try:
        got = [r for _t, r in pool.map(seen, range(6), lambda t, e: (0, []))]
    finally:
        pool.close()
    print(json.dumps({"method": pool.start_method, "parent": os.getpid(), "got": got}))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_are_forked_after_loading_once_in_the_parent() -> None:
    """A single-threaded parent (the CLI) prepares once; its workers inherit what it loaded."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", _FORKED], env=env, capture_output=True, text=True, check=True
    )
    res = json.loads(done.stdout)
    assert res["method"] == "fork"
    workers = {pid for pid, _loaded in res["got"]}
    assert res["parent"] not in workers and len(res["got"]) == 6
    assert all(loaded == [res["parent"]] for _pid, loaded in res["got"])


_PREPARED: list[int] = []


def _prepare() -> None:
    _PREPARED.append(os.getpid())


def _loaded(task: int) -> list[int]:
    return list(_PREPARED)


def test_workers_are_spawned_when_another_thread_runs() -> None:
    """Forking a process with another thread could inherit a held lock: spawn, load in each."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    pool = ProcessPool(2, initializer=_prepare, prepare=_prepare)
    try:
        got = [r for _t, r in pool.map(_loaded, range(4), lambda t, e: [-1])]
    finally:
        pool.close()
        stop.set()
    assert pool.start_method == "spawn"
    assert _PREPARED == []  # nothing loaded in this process
    assert all(len(loaded) == 1 for loaded in got)  # once in each worker


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_outputs(
    make_pdf: Callable[..., Path], tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    src = _dossier(make_pdf, tmp_path / "in", count=3)
    one = api.run([src], tmp_path / "one", OPTIONS, api.Execution(jobs=1))
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        dist = api.run(
            [src], tmp_path / "dist", OPTIONS, api.Execution(cluster=cluster.scheduler_address)
        )
        _check(dist, tmp_path / "dist")
        stamps = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "dist").glob("*.pdf")}
        again = api.run(
            [src], tmp_path / "dist", OPTIONS, api.Execution(cluster=cluster.scheduler_address)
        )
    assert [o.as_dict() for o in one.outcomes] == [o.as_dict() for o in dist.outcomes]
    assert [o.as_dict() for o in again.outcomes] == [o.as_dict() for o in dist.outcomes]
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "dist").glob("*.pdf")} == stamps
    assert _reviews(tmp_path / "one") == _reviews(tmp_path / "dist")
    assert _texts(tmp_path / "one") == _texts(tmp_path / "dist")
