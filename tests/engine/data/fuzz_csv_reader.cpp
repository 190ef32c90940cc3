// libFuzzer target for the CSV reader (built with WINNOW_FUZZ=ON).
//
// The first input byte picks options (delimiter, forced types, a row limit);
// the rest is the CSV text. Each input is read twice: once plainly on one
// thread, once cut into tiny chunks on several threads. Both must succeed
// with identical tables or fail with the same InputError; anything else (a
// crash, a sanitizer report, another exception, a difference) is a finding.
#include "engine/core/errors.h"
#include "engine/data/csv_read_tuning.h"
#include "engine/data/csv_reader.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace winnow::engine;

namespace {

struct Outcome {
    bool failed = false;
    std::string error;
    Table table;
};

Outcome read(std::string_view text, const CsvOptions& options, const CsvReadTuning& tuning)
{
    Outcome outcome;
    try {
        outcome.table = parseCsvTuned(text, options, tuning, "fuzz.csv");
    } catch (const InputError& error) {
        outcome.failed = true;
        outcome.error = error.what();
        if (!error.location() || error.problem().empty())
            std::abort(); // every reader error is located and explained
    }
    return outcome;
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool sameTables(const Table& a, const Table& b)
{
    if (a.rowCount() != b.rowCount() || a.columnCount() != b.columnCount())
        return false;
    for (std::size_t c = 0; c < a.columnCount(); ++c) {
        const Column& x = a.column(c);
        const Column& y = b.column(c);
        if (x.name != y.name || x.type != y.type || x.codes != y.codes ||
            x.categories != y.categories || x.values.size() != y.values.size() ||
            x.size() != a.rowCount())
            return false;
        for (std::size_t r = 0; r < x.values.size(); ++r)
            if (!sameValue(x.values[r], y.values[r]))
                return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t choice = data[0];
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    CsvOptions options;
    static constexpr char delimiters[] = {',', ';', '\t', '|'};
    if (choice & 0x04)
        options.delimiter = delimiters[choice & 0x03];
    if (choice & 0x08)
        options.maxRows = (choice >> 4) + 1;
    if (choice & 0x10) {
        static constexpr ColumnType types[] = {ColumnType::Numeric, ColumnType::Boolean,
                                               ColumnType::Categorical, ColumnType::Datetime};
        options.columnTypes["a"] = types[(choice >> 5) & 0x03];
        options.columnTypes["b"] = ColumnType::Numeric;
    }

    options.threads = 1;
    Outcome plain = read(text, options, CsvReadTuning{});
    options.threads = 3;
    CsvReadTuning tiny;
    tiny.chunkBytes = 16;
    tiny.minPartBytes = 16;
    tiny.typeSampleRows = 1;
    Outcome split = read(text, options, tiny);

    if (plain.failed != split.failed || plain.error != split.error ||
        (!plain.failed && !sameTables(plain.table, split.table))) {
        std::fprintf(stderr, "one thread: %s\nsplit: %s\n",
                     plain.failed ? plain.error.c_str() : "ok",
                     split.failed ? split.error.c_str() : "ok");
        std::abort();
    }
    return 0;
}
