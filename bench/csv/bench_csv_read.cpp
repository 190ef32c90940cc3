// Reads one CSV file with Winnow's reader and prints what it took:
//   bench_csv_read FILE [--threads N] [--max-rows N]
//   bench_csv_read FILE --sample ROWS     times sampleCsv instead
// One line of key=value pairs, for bench/csv/run to collect.
#include "engine/core/errors.h"
#include "engine/data/csv_reader.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include <sys/resource.h>

namespace {

// Peak resident memory of this process, in bytes (VmHWM).
long long peakResidentBytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stoll(line.substr(6)) * 1024;
    return -1;
}

// CPU time this process has used so far, all threads, user and system.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: bench_csv_read FILE [--threads N] [--max-rows N]\n";
        return 2;
    }
    std::filesystem::path file = argv[1];
    winnow::engine::CsvOptions options;
    std::size_t sampleRows = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--threads") == 0)
            options.threads = static_cast<unsigned>(std::stoul(argv[i + 1]));
        else if (std::strcmp(argv[i], "--max-rows") == 0)
            options.maxRows = std::stoull(argv[i + 1]);
        else if (std::strcmp(argv[i], "--sample") == 0)
            sampleRows = std::stoull(argv[i + 1]);
    }
    try {
        if (sampleRows > 0) {
            auto start = std::chrono::steady_clock::now();
            winnow::engine::CsvShape shape = winnow::engine::sampleCsv(file, sampleRows);
            double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::printf("sampled_rows=%zu estimated_rows=%llu cols=%zu seconds=%.3f "
                        "compressed=%d delimiter=%d\n",
                        shape.sampledRows, static_cast<unsigned long long>(shape.estimatedRows),
                        shape.sample.columnCount(), seconds, shape.compressed ? 1 : 0,
                        static_cast<int>(shape.delimiter));
            return 0;
        }
        auto start = std::chrono::steady_clock::now();
        double cpuStart = cpuSeconds();
        winnow::engine::Table table = winnow::engine::readCsv(file, options);
        double cpu = cpuSeconds() - cpuStart;
        double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        double megabytes = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
        std::printf("rows=%zu cols=%zu seconds=%.3f cpu_seconds=%.3f mb_per_s=%.1f "
                    "peak_rss_mb=%.1f table_mb=%.1f\n",
                    table.rowCount(), table.columnCount(), seconds, cpu, megabytes / seconds,
                    static_cast<double>(peakResidentBytes()) / 1e6,
                    static_cast<double>(table.memoryBytes()) / 1e6);
    } catch (const winnow::engine::InputError& error) {
        std::cerr << error.what() << "\n";
        return 3;
    }
    return 0;
}
