#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace winnow::engine {

class ByteSource;

// A run of whole records: begin is the start of a record, end the start of
// the next one (or the end of the text). Chunks are what the parser's
// threads work on independently.
struct CsvChunk {
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
    std::uint64_t firstRow = 0; // index of the chunk's first record among all data records
    std::uint64_t rows = 0;     // records in the chunk, blank lines not counted
};

// Where the records of a CSV text are, found without parsing any field: one
// pass over the bytes that tracks quote parity (a line break ends a record
// only outside quotes) 64 bytes at a time. The chunks it finds let threads
// parse parts of the file independently and write each record straight
// into its final row.
struct CsvStructure {
    enum class Problem {
        None,
        // A quote that cannot be right: one opening in the middle of an
        // unquoted field, or a closing one followed by text. Past it, quote
        // parity says nothing, so the scan stops.
        BadQuote,
        // The text ends inside a quoted field.
        UnterminatedQuote,
    };

    std::vector<CsvChunk> chunks;
    std::uint64_t rows = 0;
    // Whether the scan went to the end of the text (not stopped by maxRows
    // or a problem).
    bool complete = false;
    // Text read from the source to find all this, which is more than the
    // chunks cover when the scan stopped early (gzip size estimates use it).
    std::uint64_t textBytesRead = 0;
    // When there is a problem, the chunks stop at the start of the record
    // holding it (problemRecordStart); problemAt is the offending quote or,
    // for an unterminated field, its opening quote.
    Problem problem = Problem::None;
    std::uint64_t problemAt = 0;
    std::uint64_t problemRecordStart = 0;
};

struct CsvStructureOptions {
    char delimiter = ',';
    std::uint64_t dataStart = 0; // offset of the first data record
    std::uint64_t chunkBytes = 8u << 20;
    // Stop once this many records are found (the chunks then hold at least
    // as many).
    std::optional<std::uint64_t> maxRows;
    // Threads scanning parts of the text at once (sources that can read at
    // an offset only).
    unsigned threads = 1;
    // The least text worth a thread of its own.
    std::uint64_t minPartBytes = 32u << 20;
};

// Reads the source from its start (it is rewound).
CsvStructure scanCsvStructure(ByteSource& source, const CsvStructureOptions& options);

} // namespace winnow::engine
