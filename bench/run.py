#!/usr/bin/env python3
"""Side-by-side build benchmark: mwp against Hugo (+ Pagefind) and cp -r.

    python3 bench/run.py [--sizes 1000,10000] [--runs 3] [--mwp build/mwp]
                         [--work /tmp/mwp-bench] [--markdown results.md]

For each size it generates the corpus (bench/corpus.py), proves the mwp side is clean
with `mwp check` (zero diagnostics, or exit 1), then times, alternating, `runs` times:
`mwp build --no-index`, `hugo`, `mwp build` (with its Xapian index), `hugo` followed by
`pagefind --site`, `cp -r` of mwp's output, `mwp build` again after one article
changed, and `mwp serve (watching)` with that article saved three times
(bench/watch_rebuild.py). Every build starts from an empty output folder (earlier outputs
are moved aside, see Trash); inputs are in the page cache (one untimed warm-up round).
Wall time is measured around each process; CPU time and peak RSS come from /usr/bin/time
(GNU time: the rusage of that process and its children).

Exit status: 0 ok, 1 the corpus has diagnostics or a build failed, 2 a tool is missing.
"""

import argparse
import json
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import corpus  # noqa: E402
import watch_rebuild  # noqa: E402

TIME = "/usr/bin/time"


class Sample:
    def __init__(self, wall=0.0, cpu=0.0, rss_kb=0, out_bytes=0, pages=0):
        self.wall, self.cpu, self.rss_kb = wall, cpu, rss_kb
        self.out_bytes, self.pages = out_bytes, pages
        self.stages = {}  # mwp build --verbose: stage name -> milliseconds

    def then(self, other):
        """This job followed by another: times add, peak memory is the larger."""
        return Sample(self.wall + other.wall, self.cpu + other.cpu,
                      max(self.rss_kb, other.rss_kb), other.out_bytes, other.pages)


def warm(*roots):
    """Reads every file under `roots`, so that a job finds its inputs in the page cache:
    this VM's DAMON evicts pages left alone for about a minute (as after settle()), and a
    tool would otherwise read some of its inputs from disk and others not."""
    for root in roots:
        for path in pathlib.Path(root).rglob("*"):
            if path.is_file():
                with open(path, "rb") as f:
                    while f.read(1 << 20):
                        pass


def timed(command, log, inputs=()):
    """Runs command under /usr/bin/time, with its `inputs` (folders) read just before;
    promises its wall time, CPU time (user+sys) and peak RSS. (A child forked from Python
    would report Python's RSS as its floor.)"""
    usage = log.with_suffix(".time")
    # The previous job's output is still being written back to disk (the kernel
    # flushes dirty pages after 30 s, with CPU time on 2 cores); flushed here,
    # untimed, each job pays for its own writes only.
    os.sync()
    warm(*inputs)
    with open(log, "ab") as sink:
        start = time.perf_counter()
        status = subprocess.run([TIME, "-f", "%U %S %M", "-o", usage, *command],
                                stdout=sink, stderr=sink).returncode
        wall = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed; see {log}")
    user, system, rss_kb = usage.read_text(encoding="utf-8").split()[-3:]
    return Sample(wall, float(user) + float(system), int(rss_kb))


def measure_tree(sample, *roots):
    for root in roots:
        for path in pathlib.Path(root).rglob("*"):
            if path.is_file():
                sample.out_bytes += path.stat().st_size
                sample.pages += path.suffix == ".html"
    return sample


def stage_times(output):
    """The `  stage   12.3 ms   cpu ...` lines that mwp build --verbose prints."""
    stages = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[2] == "ms" and line.startswith("  "):
            stages[parts[0]] = float(parts[1])
    return stages


# ext4 without a journal (this machine's /tmp) does not reuse an inode freed less than a
# minute ago, or six minutes ago while the inode-table block that holds it is dirty
# (fs/ext4/ialloc.c: recently_deleted, RECENTCY_MIN 60 s + RECENTCY_DIRTY 300 s). `sync`
# cleans the blocks, but the first inode created in a block dirties it again, and its
# neighbours count as recent for six minutes once more. Each new inode's search restarts
# at the front of its group and looks each skipped inode up in the buffer cache, so
# creating 10,000 files after 10,000 were deleted costs seconds of system time, quadratic
# in the count. Only six minutes clears it.
SETTLE_SECONDS = 365


def settle():
    """Waits out ext4's recently-deleted inodes (above) after files were deleted, with
    their writes flushed first."""
    os.sync()
    time.sleep(SETTLE_SECONDS)


class Trash:
    """Where outputs go between runs instead of being deleted.

    Every build starts from an empty folder, and a deleted output would slow the next
    tool's file creation (see SETTLE_SECONDS) for six minutes. Renaming an old output aside
    keeps every timed run clear of that; the trash is deleted once, after the last timed
    run. Start the next benchmark six minutes after that."""

    folder = None
    MIN_FREE_BYTES = 8 << 30  # below this, the trash is emptied first

    @classmethod
    def put(cls, path):
        if cls.folder is None:
            raise RuntimeError("Trash.put before Trash.folder is set")
        cls.folder.mkdir(parents=True, exist_ok=True)
        if shutil.disk_usage(cls.folder).free < cls.MIN_FREE_BYTES and any(cls.folder.iterdir()):
            print(f"run.py: under {cls.MIN_FREE_BYTES >> 30} GB free: emptying {cls.folder}, "
                  f"then waiting {SETTLE_SECONDS} s for the freed inodes to age", flush=True)
            cls.empty()
            settle()
            cls.folder.mkdir(parents=True, exist_ok=True)
        path.rename(cls.folder / f"{len(list(cls.folder.iterdir()))}-{path.name}")

    @classmethod
    def empty(cls):
        if cls.folder is not None and cls.folder.exists():
            shutil.rmtree(cls.folder)


def clear(*paths):
    for path in paths:
        if path.exists():
            Trash.put(path)


class Jobs:
    """The timed jobs for one corpus; each starts from an empty output folder."""

    def __init__(self, args, root, size):
        self.args, self.root, self.log, self.size = args, root, root / "log.txt", size
        self.mwp_site, self.hugo_site = root / "mwp", root / "hugo"
        self.edited = next(p for p in sorted((self.mwp_site / "content").rglob("*.md"))
                           if p.name != "_index.md" and p.parent != self.mwp_site / "content")

    def mwp(self, index):
        out, log = self.root / "out-mwp", self.root / "mwp-verbose.txt"
        clear(out, pathlib.Path(f"{out}.index"))
        log.unlink(missing_ok=True)
        command = [self.args.mwp, "build", "--site", self.mwp_site, "--out", out, "--verbose"]
        sample = timed(command + ([] if index else ["--no-index"]), log, [self.mwp_site])
        sample.stages = stage_times(log.read_text(encoding="utf-8"))
        return measure_tree(sample, out, *([f"{out}.index"] if index else []))

    def settle(self):
        if self.size >= self.args.settle_from:
            settle()

    def mwp_rebuild(self):
        """One article's description changes, then mwp builds into its previous output."""
        text = self.edited.read_text(encoding="utf-8")
        marker = " Revised."
        lines = text.split("\n")
        lines[2] = lines[2][: -len(marker)] if lines[2].endswith(marker) else lines[2] + marker
        self.edited.write_text("\n".join(lines), encoding="utf-8")
        out = self.root / "out-mwp"
        sample = timed([self.args.mwp, "build", "--site", self.mwp_site, "--out", out, "--quiet"],
                       self.log, [self.mwp_site, out, f"{out}.index"])
        return measure_tree(sample, out, f"{out}.index")

    def mwp_watch(self, saves=3):
        """`mwp serve (watching)`, then one article's description edited `saves` times: wall is
        the median time from the save to the reload event; the server's own rebuild time
        and files written go into stages."""
        result = watch_rebuild.measure(self.args.mwp, self.mwp_site, saves, article=self.edited)
        if len(result["work_ms"]) != saves:
            raise RuntimeError(f"serve (watching) did not rebuild incrementally: {result}")
        sample = Sample(statistics.median(result["reload_ms"]) / 1000)
        sample.stages = {"work": statistics.median(result["work_ms"]),
                         "files": statistics.median(result["files"])}
        return sample

    def hugo(self):
        out = self.root / "out-hugo"
        clear(out, self.root / "hugo-cache", self.hugo_site / "resources")
        command = [self.args.hugo, "--quiet", "--source", self.hugo_site, "--destination", out,
                   "--cacheDir", self.root / "hugo-cache"]
        return measure_tree(timed(command, self.log, [self.hugo_site]), out)

    def pagefind(self):
        out = self.root / "out-hugo"
        sample = timed([self.args.pagefind, "--site", out], self.log, [out])
        return measure_tree(sample, out)

    def copy(self):
        source, target = self.root / "out-mwp", self.root / "out-copy"
        clear(target)
        return measure_tree(timed(["cp", "-r", source, target], self.log, [source]), target)


def one_round(jobs, mwp_first, peers):
    """One sample per job; Hugo and Pagefind only when `peers`."""
    samples = {}

    def hugo_side():
        samples["hugo"] = jobs.hugo()
        samples["pagefind"] = jobs.pagefind()

    def mwp_side():
        samples["fast"] = jobs.mwp(index=False)
        samples["copy"] = jobs.copy()
        samples["full"] = jobs.mwp(index=True)
        samples["rebuild"] = jobs.mwp_rebuild()
        samples["watch"] = jobs.mwp_watch()
        # Both delete trees of thousands of files (mwp replaces its previous output;
        # the watch job's temporary site goes at its end): the next job would pay for it.
        jobs.settle()

    sides = (mwp_side, hugo_side) if mwp_first else (hugo_side, mwp_side)
    for side in sides if peers else (mwp_side,):
        side()
    return samples


def run_size(args, size, runs):
    root = args.work / f"n{size}"
    started, stamp = time.perf_counter(), f"{size} {args.seed} {args.source_site}\n"
    if (root / "corpus.stamp").exists() and (root / "corpus.stamp").read_text() == stamp:
        print(f"n={size}: reusing the corpus in {root}", flush=True)
    else:
        corpus.generate(root, size, args.seed, args.source_site)
        (root / "corpus.stamp").write_text(stamp)
        print(f"n={size}: corpus generated in {time.perf_counter() - started:.1f} s", flush=True)
    check = subprocess.run([args.mwp, "check", "--site", root / "mwp", "--format", "json"],
                           capture_output=True, text=True)
    report = json.loads(check.stdout)
    if check.returncode != 0 or report["diagnostics"]:
        sys.stderr.write(check.stdout)
        raise RuntimeError(f"n={size}: mwp check found {len(report['diagnostics'])} diagnostics")
    jobs = Jobs(args, root, size)
    jobs.settle()  # an earlier run's trash, or the user's own deletes
    rows = {name: [] for name in ROWS}
    peers = args.peers_up_to is None or size <= args.peers_up_to
    for round_number in range(args.warmup + runs):
        # Alternating: mwp and Hugo take turns going first.
        samples = one_round(jobs, round_number % 2 == 0, peers)
        if round_number < args.warmup:
            continue
        if peers:
            samples["both"] = samples["hugo"].then(samples["pagefind"])
        for name, key in zip(ROWS, ("fast", "hugo", "full", "both", "pagefind", "copy", "rebuild",
                                    "watch")):
            if key in samples:
                rows[name].append(samples[key])
        walls = ", ".join(f"{key} {samples[key].wall:.2f}" for key in
                          ("fast", "hugo", "full", "both", "copy") if key in samples)
        # Which stage a slow round loses its time in, and whether as CPU.
        fast = samples["fast"]
        stages = ", ".join(f"{name} {ms / 1000:.2f}" for name, ms in fast.stages.items()
                           if name in ("load", "render"))
        print(f"n={size}: round {round_number - args.warmup + 1}/{runs} done (wall s: {walls}; "
              f"--no-index {stages}, CPU {fast.cpu:.2f})", flush=True)
    return {name: median(samples) for name, samples in rows.items()}


WATCH_ROW = "serve (watching), 1 article saved: to reload event"
ROWS = ["mwp build --no-index", "hugo", "mwp build", "hugo + pagefind", "pagefind --site",
        "cp -r (mwp output)", "mwp build, 1 article changed", WATCH_ROW]


def median(samples):
    """The median sample, or None for a job that did not run."""
    if not samples:
        return None
    pick = statistics.median
    result = Sample(pick(s.wall for s in samples), pick(s.cpu for s in samples),
                    max(s.rss_kb for s in samples), samples[-1].out_bytes, samples[-1].pages)
    result.stages = {name: pick(s.stages[name] for s in samples if name in s.stages)
                     for name in samples[-1].stages}
    return result


def quotient(a, b):
    """a / b, or NaN when b is zero (GNU time reports CPU in 10 ms steps, so a
    tiny job such as cp -r of a 20-article site can measure 0.00 s) or a job did
    not run (None)."""
    return a / b if a is not None and b is not None and b > 0 else float("nan")


def field(sample, name):
    return None if sample is None else getattr(sample, name)


def ratios(result):
    """(name, value, value by CPU time or None, target): the issue's targets."""
    fast, hugo, full = result["mwp build --no-index"], result["hugo"], result["mwp build"]
    both, copy = result["hugo + pagefind"], result["cp -r (mwp output)"]
    return [
        ("hugo / mwp build --no-index (time)", quotient(field(hugo, "wall"), fast.wall),
         quotient(field(hugo, "cpu"), fast.cpu), ">= 10"),
        ("(hugo + pagefind) / mwp build (time)", quotient(field(both, "wall"), full.wall),
         quotient(field(both, "cpu"), full.cpu), ">= 5"),
        ("mwp build --no-index / cp -r (time)", quotient(fast.wall, copy.wall),
         quotient(fast.cpu, copy.cpu), "<= 3"),
        ("mwp build / hugo (peak RSS)", quotient(full.rss_kb, field(hugo, "rss_kb")), None,
         "<= 0.25"),
        ("mwp build --no-index / hugo (peak RSS)", quotient(fast.rss_kb, field(hugo, "rss_kb")),
         None, "<= 0.25"),
        ("serve (watching) rebuild work after a save (ms)", result[WATCH_ROW].stages["work"], None,
         "<= 100"),
    ]


def meets(value, target):
    bound = float(target.split()[1])
    return value >= bound if target.startswith(">=") else value <= bound


def table(size, result, runs):
    lines = [f"#### {size:,} articles (median of {runs} run{'s' if runs > 1 else ''})", "",
             "| job | wall s | CPU s | peak RSS MB | output MB | HTML pages |",
             "|---|---:|---:|---:|---:|---:|"]
    for name in ROWS:
        s = result[name]
        if s is None:
            lines.append(f"| {name} | not run (over --peers-up-to) | | | | |")
            continue
        if name == WATCH_ROW:  # a server, not a process run: wall time only
            lines.append(f"| {name} | {s.wall:.2f} | | | | |")
            continue
        lines.append(f"| {name} | {s.wall:.2f} | {s.cpu:.2f} | {s.rss_kb / 1024:.0f} | "
                     f"{s.out_bytes / 1e6:.1f} | {s.pages} |")
    for name in ("mwp build --no-index", "mwp build"):
        stages = result[name].stages
        if stages:
            cells = ", ".join(f"{stage} {ms / 1000:.2f}" for stage, ms in stages.items())
            lines += ["", f"Stages of `{name}` (s, from --verbose): {cells}"]
    watch = result[WATCH_ROW].stages
    lines += ["", f"`serve (watching)` after a save: {watch['work']:.1f} ms of rebuild work (the "
              f"server's own timing), {watch['files']:.0f} files rewritten"]
    lines += ["", "| ratio | wall (or RSS) | CPU | target | met |", "|---|---:|---:|---:|---|"]
    for name, value, by_cpu, target in ratios(result):
        cpu = "" if by_cpu is None else f"{by_cpu:.2f}"
        verdict = "not measured" if value != value else "yes" if meets(value, target) else "no"
        lines.append(f"| {name} | {value:.2f} | {cpu} | {target} | {verdict} |")
    return "\n".join(lines) + "\n"


def growth(results):
    sizes = sorted(results)
    lines = ["#### Growth: wall s / CPU s per 1,000 articles", "",
             "| job | " + " | ".join(f"{n:,}" for n in sizes) + " |",
             "|---|" + "---:|" * len(sizes)]
    for name in ROWS:
        if name == WATCH_ROW:
            continue
        cells = ["not run" if results[n][name] is None else
                 f"{results[n][name].wall / n * 1000:.2f} / {results[n][name].cpu / n * 1000:.2f}"
                 for n in sizes]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def version(command):
    try:
        return subprocess.run(command, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "unknown"


def machine(args):
    memory = next((line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")), "0")
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    return "\n".join([
        f"- machine: {os.cpu_count()} CPUs ({cpu}), {int(memory) / 1024 / 1024:.1f} GB RAM, "
        f"{platform.system()} {platform.release()}",
        f"- versions: {version([args.mwp, '--version'])}; {version([args.hugo, 'version'])}; "
        f"pagefind {version([args.pagefind, '--version']).split()[-1]}; Python {platform.python_version()}",
        f"- command: `python3 bench/run.py {' '.join(sys.argv[1:])}`",
    ]) + "\n"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000",
                        help="comma-separated article counts; 10000x1 overrides --runs for one size")
    parser.add_argument("--runs", type=int, default=3, help="timed rounds per size")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mwp", default=str(REPO / "build" / "mwp"))
    parser.add_argument("--hugo", default=shutil.which("hugo") or "hugo")
    parser.add_argument("--pagefind", default=str(REPO / "node_modules" / ".bin" / "pagefind"))
    parser.add_argument("--work", type=pathlib.Path, default=pathlib.Path("/tmp/mwp-bench"))
    parser.add_argument("--source-site", type=pathlib.Path, default=REPO / "site")
    parser.add_argument("--markdown", type=pathlib.Path, help="also write the tables here")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and outputs")
    parser.add_argument("--settle-from", type=int, default=2000, metavar="N",
                        help="sync and wait six minutes after the jobs that delete thousands of "
                             "files, for corpora of at least N articles (see SETTLE_SECONDS)")
    parser.add_argument("--peers-up-to", type=int, metavar="N",
                        help="run Hugo and Pagefind only on corpora of at most N articles "
                             "(a 50,000-article site needs ~16 GB each); mwp runs on all")
    return parser.parse_args()


def main():
    args = parse_args()
    for tool in (args.mwp, args.hugo, args.pagefind, TIME):
        if not shutil.which(tool):
            sys.stderr.write(f"run.py: {tool}: not found or not executable\n")
            return 2
    try:
        plan = [(int(n), int(r or args.runs)) for n, _, r in
                (item.partition("x") for item in args.sizes.split(","))]
    except ValueError:
        sys.stderr.write(f"run.py: --sizes {args.sizes}: want e.g. 1000,10000 or 1000x3,10000x1\n")
        return 2
    sizes, runs = [n for n, _ in plan], dict(plan)
    results = {}
    Trash.folder = args.work / "trash"
    try:
        for size in sizes:
            results[size] = run_size(args, size, runs[size])
    except (RuntimeError, json.JSONDecodeError) as error:
        sys.stderr.write(f"run.py: {error}\n")
        return 1
    finally:
        Trash.empty()
        if not args.keep and args.work.exists():
            shutil.rmtree(args.work)
    report = machine(args) + "\n" + "\n".join(table(n, results[n], runs[n]) for n in sizes)
    if len(sizes) > 1:
        report += "\n" + growth(results)
    print("\n" + report)
    if args.markdown:
        args.markdown.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
