#!/usr/bin/env python3
"""Stress run: every pathological shape of generate.py at growing sizes, through the command line.

    python3 tests/stress/run.py [--cli build/cli/xxgk-lint] [--sizes 100000,1000000,10000000]
                                [--shapes a,b,...] [--limit 30] [--keep DIR]

Each case runs in its own process (`xxgk-lint --format json FILE`) and prints its wall time and peak
memory (getrusage of the child). A case fails when:
  * the command line crashes (killed by a signal) or exits with something other than 0, 1 or 2;
  * it does not finish within --limit seconds (a hang);
  * it gives no answer: standard output is not one JSON object with "schema": 1;
  * cost is grossly super-linear: 10x the input takes more than 30x the time (judged only when the
    larger run takes at least 0.3 s, so start-up noise never fails it) or more than 30x the memory
    (judged above 64 MB);
  * memory is far beyond the input: peak RSS above 200 bytes per input byte plus 128 MB (a grid or
    copy that multiplies the input);
  * a byte shape that is not text (binary, GBK, invalid UTF-8, over 16 MiB) is not refused with exit
    status 2 and its error code.
These bounds catch quadratic loops and blow-ups, never a slow machine. Once a shape fails at one
size its larger sizes are skipped (they would only hang longer). Ends with "stress: N passed, M failed".
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402

TIME_RATIO = 30
MEM_RATIO = 30
TIME_FLOOR_S = 0.3
PREV_FLOOR_S = 0.05   # a smaller run's time is never taken as less than this (start-up, page faults)
MEM_FLOOR_KB = 64 * 1024
MEM_PER_BYTE = 200
MEM_SLACK_KB = 128 * 1024

EXPECTED_ERROR = {"blank-lines": "empty", "binary-random": "binary", "gbk-text": "gbk", "utf8-then-invalid": "invalid-utf8",
                  "too-large": "too-large"}


def write_input(shape, n, path):
    """Generates in a child process: the runner stays small, and a child's peak RSS (which Linux
    carries over from the forking parent across exec) is then the command line's own."""
    subprocess.run([sys.executable, generate.__file__, shape, str(n), path], check=True)
    return os.path.getsize(path)


def run_case(cli, path, limit):
    """Runs the command line on path; returns (status, seconds, peak_kb, stdout_head, timed_out)."""
    out_path = path + ".out"
    t0 = time.monotonic()
    with open(out_path, "wb") as out, open(os.devnull, "wb") as err:
        proc = subprocess.Popen([cli, "--format", "json", path], stdout=out, stderr=err)
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > limit:
                proc.send_signal(signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.005)
    seconds = time.monotonic() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, "rb") as f:
        head = f.read(4096)
    size = os.path.getsize(out_path)
    os.remove(out_path)
    return proc.returncode, seconds, usage.ru_maxrss, head, size, timed_out


def answer_of(head, size):
    """The JSON answer's error code, "" for a result, or None when there is no valid answer."""
    if size <= len(head):
        try:
            j = json.loads(head.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None
        if j.get("schema") != 1:
            return None
        return j.get("error", {}).get("code", "")
    # Long output: the start must still be the contract.
    if not head.startswith(b'{"schema":1,'):
        return None
    return ""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--cli", default=os.path.join(here, "..", "..", "build", "cli", "xxgk-lint"))
    ap.add_argument("--sizes", default="100000,1000000,10000000")
    ap.add_argument("--shapes", help="comma-separated subset of generate.py --list")
    ap.add_argument("--limit", type=float, default=30.0, help="seconds before a case counts as a hang")
    ap.add_argument("--keep", help="keep the generated inputs in this directory")
    args = ap.parse_args(argv)

    cli = os.path.abspath(args.cli)
    if not os.access(cli, os.X_OK):
        print(f"stress: no command line at {cli}")
        print("stress: 0 passed, 1 failed")
        return 1
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = args.shapes.split(",") if args.shapes else list(generate.SHAPES) + list(generate.BYTE_SHAPES)
    unknown = [s for s in shapes if s not in generate.SHAPES and s not in generate.BYTE_SHAPES]
    if unknown:
        ap.error(f"unknown shapes: {unknown}")
    work = args.keep or tempfile.mkdtemp(prefix="xxgk-stress-")
    os.makedirs(work, exist_ok=True)

    passed = failed = 0
    print(f"{'shape':<22} {'bytes':>10} {'exit':>4} {'seconds':>8} {'peak MB':>8} {'MB/s':>7}  verdict")
    try:
        for shape in shapes:
            prev = None
            case_sizes = sizes[-1:] if shape == "too-large" else sizes
            for n in case_sizes:
                path = os.path.join(work, f"{shape}.{n}")
                nbytes = write_input(shape, n, path)
                status, secs, peak_kb, head, out_size, timed_out = run_case(cli, path, args.limit)
                ratio = (lambda s, p: s / max(p, PREV_FLOOR_S))
                if prev and not timed_out and secs >= TIME_FLOOR_S and ratio(secs, prev[1]) > TIME_RATIO * (nbytes / prev[0]) / 10:
                    # Looks super-linear: measure both again (machine noise), keep the fastest.
                    for _ in range(2):
                        secs = min(secs, run_case(cli, path, args.limit)[1])
                        prev = (prev[0], min(prev[1], run_case(cli, prev[3], args.limit)[1]), prev[2], prev[3])
                problems = []
                if timed_out:
                    problems.append(f"no answer within {args.limit:.0f} s (hang)")
                elif status < 0 or status not in (0, 1, 2):
                    problems.append(f"crashed (exit {status})")
                else:
                    code = answer_of(head, out_size)
                    want = EXPECTED_ERROR.get(shape)
                    if code is None:
                        problems.append("no JSON result on standard output")
                    elif want and (code != want or status != 2):
                        problems.append(f"expected error {want} with exit 2, got '{code}' exit {status}")
                    elif not want and code:
                        problems.append(f"refused with error '{code}'")
                if peak_kb > MEM_PER_BYTE * nbytes / 1024 + MEM_SLACK_KB:
                    problems.append(f"peak memory {peak_kb / 1024:.0f} MB for {nbytes / 1e6:.1f} MB of input")
                if prev and not timed_out:
                    pn, ps, pk, _ = prev
                    grow = nbytes / pn
                    if secs >= TIME_FLOOR_S and secs / max(ps, PREV_FLOOR_S) > TIME_RATIO * grow / 10:
                        problems.append(f"time x{secs / max(ps, PREV_FLOOR_S):.0f} for input x{grow:.0f} (super-linear)")
                    if peak_kb >= MEM_FLOOR_KB and peak_kb / max(pk, 1) > MEM_RATIO * grow / 10:
                        problems.append(f"memory x{peak_kb / max(pk, 1):.0f} for input x{grow:.0f}")
                verdict = "ok" if not problems else "FAIL: " + "; ".join(problems)
                print(f"{shape:<22} {nbytes:>10} {status:>4} {secs:>8.3f} {peak_kb / 1024:>8.1f} "
                      f"{nbytes / 1e6 / max(secs, 1e-6):>7.1f}  {verdict}", flush=True)
                if prev and not args.keep:
                    os.remove(prev[3])
                if problems:
                    failed += 1
                    if not args.keep:
                        os.remove(path)
                    break
                passed += 1
                prev = (nbytes, secs, peak_kb, path)
            if prev and not args.keep and os.path.exists(prev[3]):
                os.remove(prev[3])
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"stress: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
