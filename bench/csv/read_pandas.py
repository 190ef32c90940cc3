"""Times pandas.read_csv on one file and prints key=value pairs like
bench_csv_read does."""
import os
import resource
import sys
import time

import pandas

def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


path = sys.argv[1]
start = time.perf_counter()
cpu_start = cpu_seconds()
frame = pandas.read_csv(path)
seconds = time.perf_counter() - start
cpu = cpu_seconds() - cpu_start
megabytes = os.path.getsize(path) / 1e6
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6
table = frame.memory_usage(deep=True).sum() / 1e6
print(f"rows={len(frame)} cols={frame.shape[1]} seconds={seconds:.3f} cpu_seconds={cpu:.3f} "
      f"mb_per_s={megabytes / seconds:.1f} peak_rss_mb={peak:.1f} table_mb={table:.1f}")
