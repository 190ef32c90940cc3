#include "engine/data/csv_reader.h"

#include "engine/core/errors.h"
#include "engine/data/byte_source.h"
#include "engine/data/csv_chunk_parser.h"
#include "engine/data/csv_dialect.h"
#include "engine/data/csv_read_tuning.h"
#include "engine/data/csv_structure.h"
#include "engine/data/csv_tokenizer.h"
#include "engine/data/parallel.h"
#include "engine/data/utf8_validation.h"
#include "engine/data/value_parsing.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace winnow::engine {
namespace {

constexpr std::size_t headBytes = 1u << 20;
constexpr std::size_t longestHeader = 256u << 20;

// ---------------------------------------------------------------------------
// Locating problems

// Line numbers are counted only when an error is reported.
std::size_t lineAt(ByteSource& source, std::uint64_t offset)
{
    std::size_t line = 1;
    if (const std::string_view* text = source.wholeText()) {
        auto end = std::min<std::uint64_t>(offset, text->size());
        return line +
               static_cast<std::size_t>(std::count(text->begin(), text->begin() + end, '\n'));
    }
    std::vector<char> buffer(1 << 20);
    source.rewind();
    std::uint64_t position = 0;
    while (position < offset) {
        std::size_t wanted = std::min<std::uint64_t>(buffer.size(), offset - position);
        std::size_t got = source.readFully(buffer.data(), wanted);
        if (got == 0)
            break;
        line += static_cast<std::size_t>(std::count(buffer.begin(), buffer.begin() + got, '\n'));
        position += got;
    }
    return line;
}

[[noreturn]] void fail(ByteSource& source, std::uint64_t offset, std::size_t column,
                       const std::string& message)
{
    throw InputError(message, FileLocation{source.name(), lineAt(source, offset), column});
}

std::string readRange(ByteSource& source, std::uint64_t begin, std::uint64_t end)
{
    std::string text(end - begin, '\0');
    std::size_t got = 0;
    if (source.canReadAt()) {
        got = source.readAt(begin, text.data(), text.size());
    } else {
        source.rewind();
        source.skip(begin);
        got = source.readFully(text.data(), text.size());
    }
    text.resize(got);
    return text;
}

// ---------------------------------------------------------------------------
// The header

struct CsvHead {
    char delimiter = ',';
    std::vector<std::string> names;
    std::uint64_t dataStart = 0;
};

CsvHead readHead(ByteSource& source, const CsvOptions& options)
{
    if (options.delimiter && (*options.delimiter == '"' || *options.delimiter == '\n' ||
                              *options.delimiter == '\r' || *options.delimiter == '\0'))
        throw InputError("the delimiter cannot be a quote, a line break or a NUL character",
                         FileLocation{source.name(), 0, 0});
    std::string head;
    bool complete = false;
    std::size_t wanted = headBytes;
    for (;;) {
        head.resize(wanted);
        source.rewind();
        std::size_t got = source.readFully(head.data(), wanted);
        head.resize(got);
        complete = got < wanted;

        std::size_t start = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        char delimiter = options.delimiter
                             ? *options.delimiter
                             : detectDelimiter(std::string_view(head).substr(start), complete);
        CsvTokenizer tokenizer(head.data() + start, head.data() + head.size(), delimiter);
        tokenizer.skipBlankLines();
        if (tokenizer.atEnd()) {
            if (!complete)
                continue; // only blank lines so far
            throw InputError("the file is empty", FileLocation{source.name(), 0, 0});
        }
        const std::uint64_t headerStart =
            static_cast<std::uint64_t>(tokenizer.position() - head.data());
        CsvHead result;
        result.delimiter = delimiter;
        bool needMore = false;
        for (;;) {
            CsvTokenizer::Field field = tokenizer.next();
            if (field.problem == CsvTokenizer::Problem::UnterminatedQuote && !complete) {
                needMore = true;
                break;
            }
            if (field.problem != CsvTokenizer::Problem::None) {
                auto at = static_cast<std::uint64_t>(field.problemAt - head.data());
                fail(source, at, result.names.size() + 1,
                     field.problem == CsvTokenizer::Problem::UnterminatedQuote
                         ? "unterminated quoted field: the quote that opens it here is never "
                           "closed"
                         : "malformed quotes in the header");
            }
            result.names.emplace_back(field.text);
            if (field.end == CsvTokenizer::End::Input && !complete) {
                needMore = true;
                break;
            }
            if (field.end != CsvTokenizer::End::Delimiter)
                break;
        }
        if (needMore) {
            if (wanted >= longestHeader)
                throw InputError("the header is longer than 256 MB",
                                 FileLocation{source.name(), lineAt(source, headerStart), 0});
            wanted *= 4;
            continue;
        }
        result.dataStart = static_cast<std::uint64_t>(tokenizer.position() - head.data());

        std::string_view headerText(head.data() + headerStart, result.dataStart - headerStart);
        if (std::size_t bad = findInvalidUtf8(headerText); bad != std::string_view::npos)
            fail(source, headerStart + bad,
                 fieldNumberAt(headerText, headerStart, delimiter, headerStart + bad),
                 "invalid UTF-8 in the header; save the file as UTF-8");
        std::unordered_map<std::string_view, std::size_t> seen;
        for (std::size_t i = 0; i < result.names.size(); ++i) {
            const std::string& name = result.names[i];
            if (trimSpaces(name).empty())
                fail(source, headerStart, i + 1,
                     "column " + std::to_string(i + 1) + " has no name in the header");
            auto [it, added] = seen.emplace(name, i);
            if (!added)
                fail(source, headerStart, i + 1,
                     "columns " + std::to_string(it->second + 1) + " and " + std::to_string(i + 1) +
                         " are both named '" + name + "'");
        }
        return result;
    }
}

// ---------------------------------------------------------------------------
// Running chunks on threads

unsigned threadCount(const CsvOptions& options)
{
    unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
    return std::max(1u, threads);
}

// Threads worth starting for `work` values spread over `tasks` tasks:
// starting a thread costs more than a small table's whole work.
unsigned threadsFor(std::uint64_t work, unsigned threads, std::size_t tasks)
{
    constexpr std::uint64_t worthAThread = 1u << 20;
    if (work < worthAThread)
        return 1;
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, tasks)));
}

// Hands chunks' text to workers, in order: straight from memory, read at
// their offset from a plain file, or inflated in turn from a gzip file.
class ChunkFeeder {
public:
    ChunkFeeder(ByteSource& source, const std::vector<CsvChunk>& chunks, std::size_t count)
        : m_source(source)
        , m_chunks(chunks)
        , m_count(count)
    {
        if (!source.canReadAt())
            source.rewind();
    }

    // The next chunk's index and text (which lives in `piece` or `buffer`),
    // or nothing when all are handed out or an earlier chunk failed.
    std::optional<std::size_t> next(std::unique_ptr<TextPiece>& piece, std::string& buffer,
                                    std::string_view& text)
    {
        piece.reset(); // unmaps the previous chunk first
        if (m_source.canReadAt()) {
            std::size_t index = m_next.fetch_add(1);
            if (!wanted(index))
                return std::nullopt;
            const CsvChunk& chunk = m_chunks[index];
            piece = m_source.piece(chunk.begin, chunk.end - chunk.begin);
            text = piece->text();
            return index;
        }
        std::lock_guard lock(m_mutex);
        std::size_t index = m_next.fetch_add(1);
        if (!wanted(index))
            return std::nullopt;
        const CsvChunk& chunk = m_chunks[index];
        m_source.skip(chunk.begin - m_position);
        buffer.resize(chunk.end - chunk.begin);
        buffer.resize(m_source.readFully(buffer.data(), buffer.size()));
        m_position = chunk.begin + buffer.size();
        text = buffer;
        return index;
    }

    void failedAt(std::size_t index)
    {
        std::size_t current = m_firstFailure.load();
        while (index < current && !m_firstFailure.compare_exchange_weak(current, index)) {
        }
    }

private:
    bool wanted(std::size_t index) const
    {
        return index < m_count && index < m_firstFailure.load();
    }

    ByteSource& m_source;
    const std::vector<CsvChunk>& m_chunks;
    std::size_t m_count;
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::size_t> m_firstFailure{std::numeric_limits<std::size_t>::max()};
    std::mutex m_mutex;
    std::uint64_t m_position = 0;
};

// Parses the chunks holding rows [0, rowLimit) on `threads` threads.
std::vector<ChunkResult> parseChunks(ByteSource& source, const CsvStructure& structure,
                                     const CsvLayout& layout, std::uint64_t rowLimit,
                                     unsigned threads)
{
    std::size_t count = 0;
    while (count < structure.chunks.size() && structure.chunks[count].firstRow < rowLimit)
        ++count;
    // Chunks of blank lines only after the last row still need no parsing.
    std::vector<ChunkResult> results(count);
    ChunkFeeder feeder(source, structure.chunks, count);
    runOnThreads(
        std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(count, 1))),
        [&](unsigned) {
            std::unique_ptr<TextPiece> piece;
            std::string buffer;
            std::string_view text;
            while (auto index = feeder.next(piece, buffer, text)) {
                const CsvChunk& chunk = structure.chunks[*index];
                std::uint64_t rows = std::min(chunk.rows, rowLimit - chunk.firstRow);
                ChunkResult& result = results[*index];
                parseChunk(layout, text, chunk.begin, chunk.firstRow, rows, result);
                if (!result.error && result.rows != rows)
                    throw std::logic_error("CSV chunk parsed into a different number "
                                           "of rows than its structure says");
                if (result.error)
                    feeder.failedAt(*index);
            }
        });
    for (const ChunkResult& result : results)
        if (result.error)
            fail(source, result.error->offset, result.error->column, result.error->message);
    return results;
}

// ---------------------------------------------------------------------------
// Problems found by the structure scan

[[noreturn]] void reportStructureProblem(ByteSource& source, const CsvStructure& structure,
                                         char delimiter)
{
    const std::uint64_t start = structure.problemRecordStart;
    // The record up to just past the quote in question is enough to say
    // which field it is in and what is wrong with it.
    std::string record = readRange(source, start, structure.problemAt + 2);
    CsvTokenizer tokenizer(record.data(), record.data() + record.size(), delimiter);
    std::size_t field = 1;
    while (!tokenizer.atEnd()) {
        CsvTokenizer::Field read = tokenizer.next();
        if (read.problem != CsvTokenizer::Problem::None) {
            bool unterminated = structure.problem == CsvStructure::Problem::UnterminatedQuote;
            std::uint64_t at =
                unterminated ? structure.problemAt
                             : start + static_cast<std::uint64_t>(read.problemAt - record.data());
            fail(source, at, field,
                 unterminated
                     ? "unterminated quoted field: the quote that opens it here is never closed"
                 : read.problem == CsvTokenizer::Problem::StrayQuote
                     ? "a quote inside an unquoted field; enclose the whole field in quotes and "
                       "double the quotes inside it"
                     : "text after the closing quote of a quoted field; a quote inside a quoted "
                       "field must be doubled");
        }
        if (read.end != CsvTokenizer::End::Delimiter)
            break;
        ++field;
    }
    fail(source, structure.problemAt, field,
         structure.problem == CsvStructure::Problem::UnterminatedQuote
             ? "unterminated quoted field: the quote that opens it here is never closed"
             : "malformed quotes");
}

// ---------------------------------------------------------------------------
// Column storage

// Gives a vector room for `rows` values. Zeroing it faults in every page,
// which costs about as much as parsing the numbers, so callers spread the
// columns over threads.
template <typename Value>
void allocateRows(std::vector<Value>& storage, std::size_t rows)
{
    storage.resize(rows);
}

// ---------------------------------------------------------------------------
// Column types

ColumnType typeFromKinds(std::uint32_t kinds)
{
    if (kinds & TextValue)
        return ColumnType::Categorical;
    switch (kinds) {
    case NoValue: return ColumnType::Numeric; // all missing
    case NumberValue: return ColumnType::Numeric;
    case BooleanValue: return ColumnType::Boolean;
    case DatetimeValue: return ColumnType::Datetime;
    default: return ColumnType::Categorical; // a mix of kinds
    }
}

// Kinds of value in each column over the first rows, to choose how to
// store each column before parsing in parallel.
// A guess proven wrong later costs one more pass over that column.
std::vector<std::uint32_t> sampleKinds(ByteSource& source, const CsvStructure& structure,
                                       const CsvLayout& layout, std::uint64_t rowLimit,
                                       std::uint64_t typeSampleRows)
{
    CsvLayout inspect = layout;
    for (auto& target : inspect.targets) {
        target = ColumnTarget{};
        target.mode = ColumnTarget::Mode::Values;
    }
    const CsvChunk& first = structure.chunks.front();
    std::string text = readRange(source, first.begin, first.end);
    ChunkResult result;
    parseChunk(inspect, text, first.begin, first.firstRow,
               std::min({first.rows, rowLimit, typeSampleRows}), result);
    return result.kinds; // a problem here is reported by the full parse
}

struct ReadResult {
    Table table;
    char delimiter = ',';
    CsvStructure structure;
    std::uint64_t textBytesScanned = 0;
    std::uint64_t storedBytesScanned = 0;
};

// Gives each categorical column's chunks one dictionary, codes in order
// of first appearance in the file, and rewrites the codes accordingly.
std::vector<std::string> mergeCategories(std::vector<ChunkResult>& results,
                                         const std::vector<CsvChunk>& chunks, std::size_t column,
                                         std::int32_t* codes, std::uint64_t rowLimit,
                                         unsigned threads)
{
    CategoryDictionary merged;
    std::vector<std::vector<std::int32_t>> recodings(results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        auto categories = results[i].dictionaries[column].takeCategories();
        recodings[i].reserve(categories.size());
        for (auto& category : categories)
            recodings[i].push_back(merged.intern(std::move(category)));
    }
    std::atomic<std::size_t> nextChunk{0};
    runOnThreads(threadsFor(rowLimit, threads, results.size()), [&](unsigned) {
        for (std::size_t i = nextChunk++; i < results.size(); i = nextChunk++) {
            const auto& recoding = recodings[i];
            bool identity = true;
            for (std::size_t code = 0; code < recoding.size() && identity; ++code)
                identity = recoding[code] == static_cast<std::int32_t>(code);
            if (identity)
                continue;
            std::uint64_t first = chunks[i].firstRow;
            std::uint64_t last = std::min(first + chunks[i].rows, rowLimit);
            for (std::uint64_t row = first; row < last; ++row)
                if (codes[row] >= 0)
                    codes[row] = recoding[static_cast<std::size_t>(codes[row])];
        }
    });
    return merged.takeCategories();
}

// Creates the columns with storage for `rows` values of the type forced or
// guessed for each, and points the layout's targets at that storage.
std::vector<Column> prepareColumns(const std::vector<std::string>& names,
                                   const std::vector<std::optional<ColumnType>>& forced,
                                   const std::vector<std::uint32_t>& guessed, std::uint64_t rows,
                                   unsigned threads, CsvLayout& layout)
{
    const std::size_t columnCount = names.size();
    std::vector<Column> columns(columnCount);
    for (std::size_t c = 0; c < columnCount; ++c) {
        columns[c].name = names[c];
        columns[c].type = forced[c] ? *forced[c] : typeFromKinds(guessed[c]);
    }
    // Zeroing the storage touches every page; the threads share that work.
    std::atomic<std::size_t> nextColumn{0};
    runOnThreads(threadsFor(rows * columnCount, threads, columnCount), [&](unsigned) {
        for (std::size_t c = nextColumn++; c < columnCount; c = nextColumn++) {
            if (columns[c].type == ColumnType::Categorical)
                allocateRows(columns[c].codes, rows);
            else
                allocateRows(columns[c].values, rows);
        }
    });
    for (std::size_t c = 0; c < columnCount; ++c) {
        Column& column = columns[c];
        ColumnTarget& target = layout.targets[c];
        if (column.type == ColumnType::Categorical) {
            target.mode = ColumnTarget::Mode::Codes;
            target.codes = column.codes.data();
        } else {
            target.mode = ColumnTarget::Mode::Values;
            target.forced = forced[c];
            target.expectNumbers = column.type == ColumnType::Numeric;
            target.expected = column.type;
            target.values = column.values.data();
        }
    }

    return columns;
}

// A guess from the first rows can be proven wrong by later ones: a column
// whose values turn out to mix kinds, or to include text, becomes
// categorical and is parsed again on its own. The others get the type of
// the values they hold.
void settleGuessedTypes(ByteSource& source, const CsvStructure& structure,
                        const std::vector<std::optional<ColumnType>>& forced, std::uint64_t rows,
                        unsigned threads, CsvLayout& layout, std::vector<Column>& columns,
                        std::vector<ChunkResult>& results)
{
    const std::size_t columnCount = columns.size();
    std::vector<std::size_t> reparse;
    for (std::size_t c = 0; c < columnCount; ++c) {
        if (layout.targets[c].mode != ColumnTarget::Mode::Values || forced[c])
            continue;
        std::uint32_t kinds = NoValue;
        for (const ChunkResult& result : results)
            kinds |= result.kinds[c];
        columns[c].type = typeFromKinds(kinds);
        if (columns[c].type == ColumnType::Categorical)
            reparse.push_back(c);
    }
    if (!reparse.empty()) {
        CsvLayout again = layout;
        for (auto& target : again.targets)
            target = ColumnTarget{};
        for (std::size_t c : reparse) {
            std::vector<double>().swap(columns[c].values);
            allocateRows(columns[c].codes, rows);
            again.targets[c].mode = ColumnTarget::Mode::Codes;
            again.targets[c].codes = columns[c].codes.data();
            layout.targets[c] = again.targets[c];
        }
        std::vector<ChunkResult> reparsed = parseChunks(source, structure, again, rows, threads);
        for (std::size_t c : reparse)
            for (std::size_t i = 0; i < results.size(); ++i)
                results[i].dictionaries[c] = std::move(reparsed[i].dictionaries[c]);
    }
}

ReadResult readSource(ByteSource& source, const CsvOptions& options,
                      const CsvReadTuning& tuning = {})
{
    CsvHead head = readHead(source, options);
    const std::size_t columnCount = head.names.size();
    const unsigned threads = threadCount(options);

    CsvStructureOptions scanOptions;
    scanOptions.delimiter = head.delimiter;
    scanOptions.dataStart = head.dataStart;
    scanOptions.chunkBytes = tuning.chunkBytes;
    scanOptions.minPartBytes = tuning.minPartBytes;
    scanOptions.threads = threads;
    if (options.maxRows)
        scanOptions.maxRows = *options.maxRows;
    ReadResult read;
    read.delimiter = head.delimiter;
    read.structure = scanCsvStructure(source, scanOptions);
    read.storedBytesScanned = source.compressed() ? source.storedBytesConsumed() : 0;
    const CsvStructure& structure = read.structure;
    read.textBytesScanned = structure.textBytesRead;

    std::uint64_t rows = structure.rows;
    if (options.maxRows)
        rows = std::min<std::uint64_t>(rows, *options.maxRows);
    if (rows == 0 && structure.problem == CsvStructure::Problem::None)
        fail(source, head.dataStart > 0 ? head.dataStart - 1 : 0, 0,
             "the file has a header but no data rows");

    CsvLayout layout;
    layout.delimiter = head.delimiter;
    layout.names = head.names;
    layout.targets.resize(columnCount);
    std::vector<std::optional<ColumnType>> forced(columnCount);
    for (std::size_t c = 0; c < columnCount; ++c)
        if (auto it = options.columnTypes.find(head.names[c]); it != options.columnTypes.end())
            forced[c] = it->second;

    std::vector<std::uint32_t> guessed(columnCount, NoValue);
    if (rows > 0)
        guessed = sampleKinds(source, structure, layout, rows, tuning.typeSampleRows);

    std::vector<Column> columns =
        prepareColumns(head.names, forced, guessed, rows, threads, layout);

    std::vector<ChunkResult> results = parseChunks(source, structure, layout, rows, threads);
    if (structure.problem != CsvStructure::Problem::None)
        reportStructureProblem(source, structure, head.delimiter);

    settleGuessedTypes(source, structure, forced, rows, threads, layout, columns, results);

    for (std::size_t c = 0; c < columnCount; ++c) {
        if (layout.targets[c].mode == ColumnTarget::Mode::Codes)
            columns[c].categories = mergeCategories(results, structure.chunks, c,
                                                    columns[c].codes.data(), rows, threads);
        read.table.addColumn(std::move(columns[c]));
    }
    return read;
}

} // namespace

Table readCsv(const std::filesystem::path& file, const CsvOptions& options)
{
    auto source = openFileSource(file);
    return readSource(*source, options).table;
}

Table parseCsv(std::string_view text, const CsvOptions& options, const std::string& sourceName)
{
    auto source = memorySource(text, sourceName);
    return readSource(*source, options).table;
}

Table parseCsvTuned(std::string_view text, const CsvOptions& options, const CsvReadTuning& tuning,
                    const std::string& sourceName)
{
    auto source = memorySource(text, sourceName);
    return readSource(*source, options, tuning).table;
}

CsvShape sampleCsv(const std::filesystem::path& file, std::size_t sampleRows)
{
    auto source = openFileSource(file);
    CsvOptions options;
    options.maxRows = std::max<std::size_t>(sampleRows, 1);
    options.threads = 1;
    ReadResult read = readSource(*source, options);

    CsvShape shape;
    shape.fileBytes = source->storedBytes();
    shape.compressed = source->compressed();
    shape.delimiter = read.delimiter;
    shape.sampledRows = read.table.rowCount();
    const CsvStructure& structure = read.structure;
    if (structure.complete) {
        shape.estimatedRows = structure.rows;
    } else {
        // The text's size, for gzip from the compression ratio so far.
        double textBytes = static_cast<double>(shape.fileBytes);
        if (shape.compressed && read.storedBytesScanned > 0)
            textBytes *= static_cast<double>(read.textBytesScanned) /
                         static_cast<double>(read.storedBytesScanned);
        const std::uint64_t dataStart = structure.chunks.front().begin;
        double bytesPerRow = static_cast<double>(structure.chunks.back().end - dataStart) /
                             static_cast<double>(structure.rows);
        double estimate = (textBytes - static_cast<double>(dataStart)) / bytesPerRow;
        shape.estimatedRows =
            static_cast<std::uint64_t>(std::max(estimate, static_cast<double>(structure.rows)));
    }
    shape.sample = std::move(read.table);
    return shape;
}

} // namespace winnow::engine
