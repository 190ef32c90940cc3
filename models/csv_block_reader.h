#pragma once

#include "engine/data/table.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace winnow::engine {
class ByteSource;
}

namespace winnow::models {

// The head of a CSV file as the engine reads it, and its rows as written.
struct CsvHead {
    // The head's rows with every column's type inferred by the engine's
    // reader, as it will infer them when it trains on this file (from the
    // head only: the reader looks at every row).
    engine::Table typed;
    // The same rows as written in the file: every column categorical, so
    // each value keeps its text ("01234" stays "01234"); missing markers
    // (NA, null, ...) are missing.
    engine::Table written;
    char delimiter = ',';
    // Whether the head holds the whole file.
    bool complete = false;
    // The number of data rows: exact when complete, else estimated from
    // the bytes per row of the head (and, for gzip, the compression ratio).
    std::uint64_t estimatedRows = 0;
    std::uint64_t fileBytes = 0; // as stored
    bool compressed = false;
};

// Reads a CSV (or gzip-compressed CSV) file front to back in blocks of
// whole records, parsing each with the engine's reader: first the head,
// then, on request, the next rows. Only what was asked for is read, so the
// head of a file of any size costs about `headBytes`.
//
// Errors are the engine's InputError, located by file, line (of the whole
// file, not of the block) and column. Not thread-safe: one call at a time,
// from any thread.
class CsvBlockReader {
public:
    static constexpr std::size_t kDefaultHeadBytes = 1u << 20;

    explicit CsvBlockReader(std::filesystem::path file, std::size_t headBytes = kDefaultHeadBytes);
    ~CsvBlockReader();
    CsvBlockReader(const CsvBlockReader&) = delete;
    CsvBlockReader& operator=(const CsvBlockReader&) = delete;

    // Opens the file and reads its header and first records: about
    // `headBytes` of them, and at least one. Call once, first.
    CsvHead readHead();

    // The next records after those already read, at most `maxRows`, as
    // written (all columns categorical). An empty table at the end.
    engine::Table readBlock(std::size_t maxRows);
    bool atEnd() const;

    // The head again, with the given columns forced to a type, as the
    // engine would read it with CsvOptions::columnTypes; throws InputError
    // when a value does not fit. Thread-safe: it uses only the head's text.
    engine::Table retypedHead(const std::map<std::string, engine::ColumnType>& types) const;

    // Bytes of text taken from the file so far (after decompression).
    std::uint64_t bytesRead() const { return m_bytesRead; }
    const std::filesystem::path& file() const { return m_file; }

private:
    std::size_t fill(std::size_t wanted);
    std::string takeRecords(std::size_t maxRecords, std::size_t softMaxBytes);
    engine::Table parse(const std::string& records, bool written) const;
    engine::Table parseBlock(const std::string& records) const;

    std::filesystem::path m_file;
    std::string m_sourceName;
    std::size_t m_headBytes;
    std::unique_ptr<engine::ByteSource> m_source;
    bool m_sourceDone = false;
    std::uint64_t m_bytesRead = 0;

    char m_delimiter = ',';
    std::vector<std::string> m_columnNames;
    // The file from its start up to the end of the header record (any
    // blank lines before it included, a byte order mark left out), put in
    // front of every block so the engine reads it as a file of its own.
    std::string m_header;
    std::size_t m_headerLines = 0;
    std::shared_ptr<const std::string> m_headText; // header and head records

    // Text read but not handed out yet; it always starts at a record.
    std::string m_pending;
    // The file line on which m_pending starts.
    std::uint64_t m_pendingLine = 1;
};

} // namespace winnow::models
