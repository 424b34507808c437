"""Runs of any size: speed per executor, memory per process, resume, run by hand.

    nice .venv/bin/python benchmarks/bench_scale.py [--docs 250] [--pages 4] [--small 50]
        [--no-model] [--no-cluster] [--no-ray]

Generates a batch of ``docs`` documents of ``pages`` pages (names, e-mail
addresses and phone numbers; a name found in one document recurs bare in
others), then runs ``redactie run`` as a user would, each run in its own
process, and reports as JSON:

* pages/s at ``--jobs 1`` and ``--jobs 2`` (and the ratio);
* per process of those two runs (the parent and each worker), sampled from
  ``/proc``: CPU seconds (its own, and its child processes' such as
  ``pdftotext``) in phase 1 and in the rest of the run, seconds it waited for a
  core (run queue: the machine's other load) and seconds it slept (idle: not
  runnable), and from these the ratio expected on a machine with both cores
  free (see :func:`free_machine_ratio`);
* peak RSS of the largest single process (parent or worker) at two batch
  sizes (``--small`` documents and all of them): it should not grow;
* the time of a second run that resumes the finished one (and its share of
  the first);
* the same on a local Dask cluster of two single-threaded workers started
  here, on the whole batch (``--cluster-small``: the smaller one; peak RSS read
  in the workers themselves), next
  to ``--jobs 2`` on that batch;
* for the choice of engine (issue 11), the smaller batch on a local Ray of
  two CPUs as well (``ray`` installed by hand, it is no dependency): the same
  per-document functions through a Ray executor that exists only here.

No asserts: this measures, it does not test.  On a shared machine the
figures move with the load; say so next to them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil  # installed with distributed
import pymupdf

REPO = Path(__file__).resolve().parents[1]

FIRST = ["Iris", "Sven", "Noor", "Daan", "Fatima", "Joris", "Mei", "Bram"]
LAST = ["Verbruggen", "de Graaf", "El Amrani", "Hofstede", "Tjoa", "van Dalen", "Kok", "Zomer"]


def generate(folder: Path, docs: int, pages: int) -> int:
    """``docs`` PDFs of ``pages`` pages each; returns the number of pages."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in range(docs):
        doc = pymupdf.open()
        first, last = FIRST[d % len(FIRST)], LAST[(d // len(FIRST)) % len(LAST)]
        other = LAST[(d + 3) % len(LAST)]
        for p in range(pages):
            page = doc.new_page()
            lines = [
                f"Nota {d}-{p} over de aanvraag omgevingsvergunning",
                f"Behandeld door: {first} {last}",
                f"E-mail: {first.lower()}.{d}@minbzk.nl, telefoon 06-{12000000 + d * 7 + p}",
                "",
                f"Volgens {other} is het besluit nog niet genomen.",
                "De gemeente Utrecht heeft op 3 maart 2024 een reactie gestuurd.",
                f"Het dossier 2024-{d:05d} wordt in het volgende overleg besproken.",
            ]
            y = 72.0
            for line in lines * 4:
                page.insert_text((60, y), line, fontsize=10)
                y += 14
        doc.save(folder / f"doc{d:05d}.pdf")
        doc.close()
    return docs * pages


TICK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> tuple[float, float]:
    """CPU seconds of a process: its own, and its waited-for children's (e.g. pdftotext)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(x) / TICK for x in fields[11:15])
    return utime + stime, cutime + cstime


def _scheduled(pid: int) -> tuple[float, float]:
    """Seconds on a core and seconds waiting for one (run queue), over all its threads."""
    on = queued = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat", encoding="ascii") as fh:
                run, wait, _slices = fh.read().split()
        except (OSError, ValueError):
            continue  # the thread ended
        on, queued = on + int(run), queued + int(wait)
    return on / 1e9, queued / 1e9


class TreeSampler(threading.Thread):
    """Samples the process tree of a run every 0.1 s: the parent and its workers.

    Per process: CPU seconds (own and children's), at the end of phase 1 too (the
    moment ``dossier.json`` appears), seconds waiting for a core and seconds
    asleep.  Short-lived processes (``pdftotext``) are not followed; their CPU
    shows in their parent's ``children`` figure.  Linux only (``/proc``).
    """

    def __init__(self, pid: int, out: Path) -> None:
        super().__init__(daemon=True)
        self.root = pid
        self.marker = out / ".redactie-work" / "dossier.json"
        self.t0 = time.monotonic()
        self.seen: dict[int, dict[str, Any]] = {}
        self.phase1_end: float | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.sample()
            self.stop.wait(0.1)

    def sample(self) -> None:
        now = time.monotonic() - self.t0
        try:
            root = psutil.Process(self.root)
            procs = [root, *root.children()]
        except psutil.Error:
            return
        marked = self.phase1_end is None and self.marker.exists()
        for proc in procs:
            try:
                name = proc.name()
                tracker = "resource_tracker" in " ".join(proc.cmdline())
                cpu, children = _cpu(proc.pid)
                on, queued = _scheduled(proc.pid)
            except (OSError, ValueError, psutil.Error):
                continue
            fig = self.seen.setdefault(proc.pid, {"first": now, "parent": proc.pid == self.root})
            if "parent_cpu" not in fig and self.root in self.seen:
                parent = self.seen[self.root]  # the parent's CPU when this child appeared
                fig["parent_cpu"] = parent.get("cpu", 0.0)
            fig.update(last=now, name=name, tracker=tracker, cpu=cpu, children=children)
            fig.update(on=on, queued=queued)
            if marked:
                fig["cpu_phase1"] = cpu + children
        if marked:
            self.phase1_end = now

    def figures(self) -> dict[str, object]:
        """Per process (the parent first): seconds alive, CPU, run-queue wait, idle."""
        parent = self.seen.get(self.root)
        if parent is None:
            return {}
        # A worker: a child that stayed a Python process (a pdftotext child execs soon)
        workers = {
            pid: fig
            for pid, fig in self.seen.items()
            if not fig["parent"]
            and not fig["tracker"]
            and "python" in fig["name"]
            and fig["last"] - fig["first"] >= 0.5
        }
        rows = [_row("parent", parent)]
        if workers:
            # The parent's reaped children include its workers: leave them out.
            reaped = sum(f["cpu"] + f["children"] for f in workers.values())
            rows[0]["children_cpu_s"] = round(max(0.0, parent["children"] - reaped), 2)
            rows[0].pop("cpu_phase2_3_s")
        rows += [_row(f"worker {pid}", fig) for pid, fig in sorted(workers.items())]
        before = min((f["parent_cpu"] for f in workers.values()), default=None)
        return {
            "phase1_end_s": self.phase1_end and round(self.phase1_end, 2),
            "parent_cpu_before_workers_s": before,
            "processes": rows,
        }


def _row(label: str, fig: dict[str, Any]) -> dict[str, Any]:
    alive = fig["last"] - fig["first"]
    busy = fig["cpu"] + fig["children"]
    return {
        "process": label,
        "started_s": round(fig["first"], 2),
        "alive_s": round(alive, 2),
        "cpu_s": round(fig["cpu"], 2),
        "children_cpu_s": round(fig["children"], 2),
        "cpu_phase1_s": round(fig.get("cpu_phase1", busy), 2),
        "cpu_phase2_3_s": round(busy - fig.get("cpu_phase1", busy), 2),
        "run_queue_s": round(fig["queued"], 2),
        # asleep, not waiting for a core: its pdftotext children, I/O, the queue
        "idle_s": round(max(0.0, alive - fig["on"] - fig["queued"]), 2),
    }


def _cmd(proc: psutil.Process) -> str:
    try:
        return " ".join(proc.cmdline())
    except psutil.Error:
        return ""


def cli_run(inputs: Path, out: Path, *extra: str) -> dict[str, Any]:
    """``redactie run`` in its own process: seconds, peak RSS of any one process, and
    per process CPU, run-queue wait and idle time (see :class:`TreeSampler`)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "redactie.cli", "run", str(inputs), "--out", str(out), "-q"]
    t0 = time.perf_counter()
    proc = subprocess.Popen([*cmd, *extra], env=env, stdout=subprocess.DEVNULL)
    sampler = TreeSampler(proc.pid, out)
    sampler.start()
    # wait4: the child's rusage, whose maxrss covers its own waited-for workers
    _pid, status, usage = os.wait4(proc.pid, 0)
    sampler.stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {
        "seconds": round(seconds, 2),
        "pages": sum(r["pages"] for r in report["results"]),
        "published": report["published"],
        "exit_code": proc.returncode,
        "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
        # CPU of the run and its workers: equal at --jobs 1 and 2 when nothing is
        # done twice, so a speedup below 2x is then the machine's other load.
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "per_process": sampler.figures(),
    }


def free_machine_ratio(
    one: dict[str, Any], two: dict[str, Any], cores: int = 2
) -> dict[str, float]:
    """The ``--jobs 2`` speedup expected with the cores free, from figures the load
    changes little: CPU seconds and idle seconds per process.

    A process's time on a free machine is its CPU (own and its children's) plus
    the time it slept for other reasons than its children's CPU: the run-queue
    wait is the others' load and drops out.  ``--jobs 1``: that of its one
    process.  ``--jobs 2``: the parent's CPU before the first worker started
    (imports, hashing, the model), then the longer of the busiest worker and the
    share of the cores that all processes need together (the parent competes).

    ``conservative`` counts all sleep beyond the children's CPU as idle, though
    on a loaded machine it includes the time the children (pdftotext) waited
    for a core; ``children_queue_removed`` takes that out, assuming a child waits
    for a core as long per CPU second as the process that started it did.
    """

    def busy(row: dict[str, float], remove_queue: bool) -> float:
        own = row["cpu_s"] + row["children_cpu_s"]
        queue = row["run_queue_s"] / max(row["cpu_s"], 1e-9) if remove_queue else 0.0
        return own + max(0.0, row["idle_s"] - row["children_cpu_s"] * (1 + queue))

    rows1 = one["per_process"]["processes"]
    per2 = two["per_process"]
    parent, workers = per2["processes"][0], per2["processes"][1:]
    before = per2["parent_cpu_before_workers_s"] or 0.0
    after = parent["cpu_s"] + parent["children_cpu_s"] - before
    out = {}
    for label, remove in (("conservative", False), ("children_queue_removed", True)):
        t1 = busy(rows1[0], remove)
        loads = [busy(w, remove) for w in workers]
        t2 = before + max(max(loads, default=0.0), (sum(loads) + after) / cores)
        out[label] = round(t1 / t2, 2)
    return out


def with_rate(fig: dict[str, Any]) -> dict[str, Any]:
    return {**fig, "pages_per_s": round(fig["pages"] / max(fig["seconds"], 1e-9), 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=250)
    ap.add_argument("--pages", type=int, default=4, help="pages per document")
    ap.add_argument("--small", type=int, default=50, help="documents of the smaller batch")
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--no-cluster", action="store_true")
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument(
        "--cluster-small",
        action="store_true",
        help="run the local cluster on the smaller batch (default: the whole batch)",
    )
    ap.add_argument("--ray-run", nargs=2, metavar=("INPUTS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.ray_run:
        return ray_run(Path(args.ray_run[0]), Path(args.ray_run[1]), args.no_model)
    model = ["--no-model"] if args.no_model else []
    res: dict[str, object] = {"cores": len(os.sched_getaffinity(0)), "load": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        res["pages"] = generate(root / "batch", args.docs, args.pages)
        generate(root / "small", args.small, args.pages)
        res["documents"] = args.docs

        one = with_rate(cli_run(root / "batch", root / "out1", "--jobs", "1", *model))
        two = with_rate(cli_run(root / "batch", root / "out2", "--jobs", "2", *model))
        resumed = cli_run(root / "batch", root / "out2", "--jobs", "2", *model)
        small = with_rate(cli_run(root / "small", root / "outs", "--jobs", "2", *model))
        res["jobs1"] = one
        res["jobs2"] = two
        res["speedup_jobs2"] = round(two["pages_per_s"] / one["pages_per_s"], 2)
        res["speedup_jobs2_free_machine"] = free_machine_ratio(one, two)
        res["resume"] = {**resumed, "share_of_first": round(resumed["seconds"] / two["seconds"], 3)}
        res["peak_rss_mib_per_process"] = {
            f"{args.small} documents": small["peak_rss_mib"],
            f"{args.docs} documents": two["peak_rss_mib"],
        }
        if not args.no_cluster:
            name, docs, jobs2 = (
                ("small", args.small, small) if args.cluster_small else ("batch", args.docs, two)
            )
            res["cluster"] = {
                "batch": f"{docs} documents, {docs * args.pages} pages",
                "jobs2": jobs2,
                "dask": cluster_figures(root, root / name, model),
            }
            if not args.no_ray and importlib.util.find_spec("ray") is not None:
                res["cluster"]["ray"] = ray_figures(root, model)  # type: ignore[index]
    print(json.dumps(res, indent=2))
    return 0


def _worker_peak_rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cluster_figures(root: Path, batch: Path, model: list[str]) -> dict[str, object]:
    from distributed import Client, LocalCluster

    out: dict[str, object] = {}
    outc = root / "outc"
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        address = cluster.scheduler_address
        first = with_rate(cli_run(batch, outc, "--cluster", address, *model))
        resumed = cli_run(batch, outc, "--cluster", address, *model)
        out["run"] = first
        out["resume"] = {
            **resumed,
            "share_of_first": round(resumed["seconds"] / first["seconds"], 3),
        }
        rss = client.run(_worker_peak_rss)
        out["worker_peak_rss_mib"] = sorted(round(v, 1) for v in rss.values())
    return out


def ray_figures(root: Path, model: list[str]) -> dict[str, object]:
    """The smaller batch on a local Ray (two CPUs), run twice (the second resumes)."""
    figures: dict[str, object] = {}
    for name in ("run", "resume"):
        cmd = [sys.executable, __file__, "--ray-run", str(root / "small"), str(root / "outr")]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        t0 = time.perf_counter()
        done = subprocess.run([*cmd, *model], env=env, capture_output=True, text=True, check=True)
        wall = round(time.perf_counter() - t0, 2)
        got = json.loads(done.stdout.strip().splitlines()[-1])
        figures[name] = with_rate({**got, "seconds_with_ray_start": wall})
    first, resumed = figures["run"], figures["resume"]
    assert isinstance(first, dict) and isinstance(resumed, dict)
    resumed["share_of_first"] = round(resumed["seconds"] / first["seconds"], 3)
    return figures


def ray_run(inputs: Path, out: Path, no_model: bool) -> int:
    """One run through a local Ray of two CPUs (started and stopped here).

    Ray is not an executor of redactie; this wraps Ray's futures in the same
    bounded window the process pool and Dask use, to compare the engines.
    """
    import ray

    from redactie import api
    from redactie.batch import _Windowed

    @ray.remote(num_cpus=1)
    def call(fn, task):  # type: ignore[no-untyped-def]
        return fn(task)

    @ray.remote(num_cpus=1)
    def peak() -> tuple[int, float]:
        return os.getpid(), _worker_peak_rss()

    class RayPool(_Windowed):
        jobs = 2

        def _submit(self, fn, task):  # type: ignore[no-untyped-def]
            return call.remote(fn, task).future()

        def close(self) -> None:
            pass

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    try:
        api._make_executor = lambda *_a, **_k: RayPool()  # type: ignore[assignment]
        options = api.Options(use_model=not no_model)
        t0 = time.perf_counter()
        result = api.run([inputs], out, options, api.Execution(jobs=2))
        seconds = round(time.perf_counter() - t0, 2)
        rss = dict(ray.get([peak.remote() for _ in range(8)]))
    finally:
        ray.shutdown()
    figures = {
        "seconds": seconds,
        "pages": sum(o.pages for o in result.outcomes),
        "published": sum(o.status == api.PUBLISHED for o in result.outcomes),
        "worker_peak_rss_mib": sorted(round(v, 1) for v in rss.values()),
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
