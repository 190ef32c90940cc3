#pragma once

#include "engine/data/table.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace winnow::engine {

struct CsvOptions {
    // Detected among , ; tab | when absent.
    std::optional<char> delimiter;
    // Threads parsing in parallel; 0: all hardware threads.
    unsigned threads = 0;
    // Read only the first N data rows (previews, estimates).
    std::optional<std::size_t> maxRows;
    // Types forced by column name, instead of inferred; names the file does
    // not have are ignored. At predict time the model's schema goes here.
    std::map<std::string, ColumnType> columnTypes;
};

// Reads a CSV file (or a gzip-compressed one, recognised by its content)
// into a columnar table: the first record names the columns, each column's
// type is inferred from all its values (see docs/csv-reading.md). Throws
// InputError, located by file, line and column, for anything malformed.
Table readCsv(const std::filesystem::path& file, const CsvOptions& options = {});

// The same for CSV text in memory; `sourceName` stands for the file in errors.
Table parseCsv(std::string_view text, const CsvOptions& options = {},
               const std::string& sourceName = "<memory>");

// A cheap look at a file: its first rows parsed, and how many rows it
// probably has, from the bytes per row of those read. Reads only the head.
struct CsvShape {
    std::uint64_t fileBytes = 0; // as stored (compressed size for .gz)
    bool compressed = false;
    char delimiter = ',';
    std::size_t sampledRows = 0;
    std::uint64_t estimatedRows = 0; // exact when the whole file was read
    Table sample;
};
CsvShape sampleCsv(const std::filesystem::path& file, std::size_t sampleRows = 1000);

} // namespace winnow::engine
