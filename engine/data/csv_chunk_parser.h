#pragma once

#include "engine/data/category_dictionary.h"
#include "engine/data/table.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::engine {

// What the parser does with one column's fields.
struct ColumnTarget {
    enum class Mode {
        Skip,   // tokenize only
        Values, // into doubles: numbers, booleans, datetimes (kind inferred unless forced)
        Codes,  // into category codes of a per-chunk dictionary
    };
    Mode mode = Mode::Skip;
    // For Values: a type the user forced; values of another kind are errors.
    std::optional<ColumnType> forced;
    // For Values: try a number first, straight from the text.
    bool expectNumbers = false;
    // For Values: the type the first rows suggest; its parser is tried
    // first (kinds never overlap, so the order changes only the speed).
    ColumnType expected = ColumnType::Numeric;
    // Row 0 of the column's storage; null to only look at the values.
    double* values = nullptr;
    std::int32_t* codes = nullptr;
};

// A problem found while parsing, located by byte offset in the text and
// field number (1-based; 0 for the whole record). The reader turns the
// offset into a line number only when it reports the error.
struct CsvParseError {
    std::uint64_t offset = 0;
    std::size_t column = 0;
    std::string message;
};

// What parsing one chunk produced besides the values written in place.
struct ChunkResult {
    // Per column: ValueKind bits seen. Wider than a byte on purpose: stores
    // through a byte type may alias anything, which would make the compiler
    // reload the parser's state after every value.
    std::vector<std::uint32_t> kinds;
    std::vector<CategoryDictionary> dictionaries; // per column in Codes mode
    std::optional<CsvParseError> error;
    std::uint64_t rows = 0; // records parsed
    std::uint64_t end = 0;  // offset after the last record parsed
};

struct CsvLayout {
    char delimiter = ',';
    std::vector<std::string> names;
    std::vector<ColumnTarget> targets;
};

// Parses whole records of one chunk into the columns' storage, starting
// at row `firstRow`, at most `maxRows` of them. Stops at the first problem.
void parseChunk(const CsvLayout& layout, std::string_view text, std::uint64_t textOffset,
                std::uint64_t firstRow, std::uint64_t maxRows, ChunkResult& result);

// The field number (1-based) that the byte at `offset` belongs to, reading
// `text` (which starts at a record start, at `textOffset`).
std::size_t fieldNumberAt(std::string_view text, std::uint64_t textOffset, char delimiter,
                          std::uint64_t offset);

} // namespace winnow::engine
