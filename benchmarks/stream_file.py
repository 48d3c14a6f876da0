"""Download one large file to disk, in a process of its own, and report its memory:

    python benchmarks/stream_file.py CLIENT BASE_URL SIZE OUT_PATH [tracemalloc]

CLIENT: `ours` (client.files.content(id).write_to_file(path)), `openai` (the SDK's documented
`client.files.content(id).write_to_file(path)`) or `openai-stream` (the SDK's
`with_streaming_response.content(id)` + `stream_to_file`).

Prints JSON: seconds, bytes written, the resident set after imports, client construction and
one small download (the baseline: lazy imports on first use are not the stream's), its peak during the download and the delta; with `tracemalloc`, also the peak of
Python allocations during the download (tracemalloc slows the run: those seconds are not the
throughput).

The peak is the kernel's high-water mark of this process's memory (VmHWM in /proc/self/status),
reset after the imports by writing 5 to /proc/self/clear_refs. `getrusage().ru_maxrss` is also
reported, but it is no good as a delta here: Linux starts a child's ru_maxrss at its parent's
RSS (the mark of the forked address space is carried over at exec), so a small child of a big
parent shows the parent's size until it outgrows it.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

API_KEY = "sk-bench-0123456789abcdef"


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as file:
            for line in file:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return None


def reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as file:
            file.write("5")  # reset the peak RSS to the current RSS (Linux 4.0+)
        return True
    except OSError:
        return False


def main() -> None:
    which, base_url, size, out_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    trace = len(sys.argv) > 5 and sys.argv[5] == "tracemalloc"
    file_id = f"file-bytes-{size}"
    warm_id = "file-bytes-65536"  # a small download first: lazy imports are not the stream's
    if which == "ours":
        from openai_evals import OpenAI

        client = OpenAI(api_key=API_KEY, base_url=base_url)

        def download(file_id: str = file_id) -> None:
            client.files.content(file_id).write_to_file(out_path)
    else:
        import openai

        sdk = openai.OpenAI(api_key=API_KEY, base_url=base_url)

        if which == "openai":
            def download(file_id: str = file_id) -> None:
                sdk.files.content(file_id).write_to_file(out_path)
        else:
            def download(file_id: str = file_id) -> None:
                with sdk.files.with_streaming_response.content(file_id) as response:
                    response.stream_to_file(out_path)

    download(warm_id)
    baseline = status_mb("VmRSS")
    has_hwm = baseline is not None and reset_peak()
    ru_baseline = maxrss_mb()
    if trace:
        import tracemalloc

        tracemalloc.start()
    start, cpu_start = time.perf_counter(), time.process_time()
    download()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    peak = status_mb("VmHWM") if has_hwm else None
    result = {"seconds": seconds, "cpu_seconds": cpu_seconds, "bytes": os.path.getsize(out_path),
              "baseline_mb": baseline if has_hwm else ru_baseline,
              "peak_mb": peak if peak is not None else maxrss_mb(),
              "ru_maxrss_baseline_mb": ru_baseline, "ru_maxrss_mb": maxrss_mb()}
    result["rss_delta_mb"] = result["peak_mb"] - result["baseline_mb"]
    if trace:
        result["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    os.unlink(out_path)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
