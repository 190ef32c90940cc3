# Times data.table::fread on one file with the given number of threads and
# prints key=value pairs like bench_csv_read does.
#   Rscript read_fread.R FILE THREADS
suppressMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
path <- args[1]
threads <- as.integer(args[2])
start <- Sys.time()
cpu_start <- proc.time()
frame <- fread(path, nThread = threads, showProgress = FALSE)
cpu_used <- proc.time() - cpu_start
seconds <- as.numeric(difftime(Sys.time(), start, units = "secs"))
# user and system time of this process, its threads included
cpu <- sum(cpu_used[c("user.self", "sys.self")])
megabytes <- file.size(path) / 1e6
status <- readLines("/proc/self/status")
peak <- as.numeric(sub("VmHWM:\\s*([0-9]+) kB", "\\1", grep("^VmHWM:", status, value = TRUE))) * 1024 / 1e6
table <- as.numeric(object.size(frame)) / 1e6
cat(sprintf("rows=%d cols=%d seconds=%.3f cpu_seconds=%.3f mb_per_s=%.1f peak_rss_mb=%.1f table_mb=%.1f\n",
            nrow(frame), ncol(frame), seconds, cpu, megabytes / seconds, peak, table))
