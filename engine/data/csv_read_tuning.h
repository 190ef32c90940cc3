#pragma once

#include "engine/data/csv_reader.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace winnow::engine {

// The sizes the CSV reader divides its work by. The defaults suit files of
// any size; tests and the fuzzer make them tiny so that small inputs take
// the same parallel paths as large files.
struct CsvReadTuning {
    std::uint64_t chunkBytes = 8u << 20;    // text per parsing task
    std::uint64_t minPartBytes = 32u << 20; // least text per structure-scanning thread
    std::uint64_t typeSampleRows = 10000;   // rows looked at to guess types up front
};

Table parseCsvTuned(std::string_view text, const CsvOptions& options, const CsvReadTuning& tuning,
                    const std::string& sourceName = "<memory>");

} // namespace winnow::engine
