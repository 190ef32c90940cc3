#include "models/csv_block_reader.h"

#include "engine/core/errors.h"
#include "engine/data/byte_source.h"
#include "engine/data/csv_dialect.h"
#include "engine/data/csv_reader.h"

#include <algorithm>
#include <limits>

namespace winnow::models {
namespace {

// Text is taken from the file in pieces of this size.
constexpr std::size_t kReadBytes = 256u << 10;
// A record this long without a line break outside quotes is most likely a
// stray quote that made the rest of the file look quoted; rather than read
// on to the end, the text so far goes to the engine, which names the quote.
constexpr std::size_t kLongestRecord = 16u << 20;
// Blocks stop at about this much text, however few rows that is (wide files).
constexpr std::size_t kBlockBytes = 4u << 20;

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; });
}

std::size_t lineBreaks(std::string_view text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

CsvBlockReader::CsvBlockReader(std::filesystem::path file, std::size_t headBytes)
    : m_file(std::move(file))
    , m_sourceName(m_file.string())
    , m_headBytes(std::max<std::size_t>(headBytes, 1))
{}

CsvBlockReader::~CsvBlockReader() = default;

std::size_t CsvBlockReader::fill(std::size_t wanted)
{
    while (!m_sourceDone && m_pending.size() < wanted) {
        const std::size_t before = m_pending.size();
        m_pending.resize(wanted);
        const std::size_t got = m_source->readFully(m_pending.data() + before, wanted - before);
        m_pending.resize(before + got);
        m_bytesRead += got;
        if (got < wanted - before)
            m_sourceDone = true;
    }
    return m_pending.size();
}

// Takes whole records off the front of the pending text: up to
// `maxRecords`, stopping early once `softMaxBytes` are taken. A line break
// ends a record only outside quotes, as in the engine's structure scan;
// blank lines count as records here (the engine skips them).
std::string CsvBlockReader::takeRecords(std::size_t maxRecords, std::size_t softMaxBytes)
{
    std::size_t records = 0;
    std::size_t end = 0; // just past the last whole record found
    std::size_t position = 0;
    bool inQuotes = false;
    for (;;) {
        const char* text = m_pending.data();
        const std::size_t size = m_pending.size();
        while (position < size) {
            const char c = text[position++];
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (c == '\n' && !inQuotes) {
                end = position;
                if (++records >= maxRecords || end >= softMaxBytes)
                    goto done;
            }
        }
        if (m_sourceDone) {
            end = size; // the last record may lack its line break
            break;
        }
        if (records == 0 && size >= kLongestRecord) {
            end = size;
            break;
        }
        fill(size + kReadBytes);
    }
done:
    std::string taken = m_pending.substr(0, end);
    m_pending.erase(0, end);
    m_pendingLine += lineBreaks(taken);
    return taken;
}

engine::Table CsvBlockReader::parse(const std::string& text, bool written) const
{
    engine::CsvOptions options;
    options.delimiter = m_delimiter;
    options.threads = 1;
    if (written)
        for (const std::string& name : m_columnNames)
            options.columnTypes[name] = engine::ColumnType::Categorical;
    return engine::parseCsv(text, options, m_sourceName);
}

CsvHead CsvBlockReader::readHead()
{
    m_source = engine::openFileSource(m_file);
    fill(m_headBytes);
    if (m_pending.starts_with("\xEF\xBB\xBF"))
        m_pending.erase(0, 3);
    // As the engine does: from the first megabyte, knowing whether it is
    // the whole file (else its last record may be cut).
    m_delimiter = engine::detectDelimiter(m_pending, m_sourceDone);

    // Blank lines before the header belong to it, so that line numbers in
    // the text handed to the engine are the file's.
    for (;;) {
        std::string record = takeRecords(1, std::numeric_limits<std::size_t>::max());
        m_header += record;
        if (record.empty() || !isBlank(record))
            break;
    }
    m_headerLines = lineBreaks(m_header);

    const std::size_t headerBytes = m_header.size();
    const std::string records =
        takeRecords(std::numeric_limits<std::size_t>::max(),
                    m_headBytes > headerBytes ? m_headBytes - headerBytes : 1);
    m_headText = std::make_shared<const std::string>(m_header + records);

    CsvHead head;
    head.typed = parse(*m_headText, false); // the engine's errors for an empty file, no rows...
    m_columnNames = head.typed.columnNames();
    head.written = parse(*m_headText, true);
    head.delimiter = m_delimiter;
    head.fileBytes = m_source->storedBytes();
    head.compressed = m_source->compressed();
    head.complete = atEnd();

    const std::uint64_t rows = head.typed.rowCount();
    if (head.complete || records.empty()) {
        head.estimatedRows = rows;
    } else {
        double textBytes = static_cast<double>(head.fileBytes);
        if (head.compressed && m_source->storedBytesConsumed() > 0)
            textBytes *= static_cast<double>(m_bytesRead) /
                         static_cast<double>(m_source->storedBytesConsumed());
        const double bytesPerRow = static_cast<double>(records.size()) / static_cast<double>(rows);
        const double estimate = (textBytes - static_cast<double>(headerBytes)) / bytesPerRow;
        head.estimatedRows =
            static_cast<std::uint64_t>(std::max(estimate, static_cast<double>(rows)));
    }
    return head;
}

engine::Table CsvBlockReader::parseBlock(const std::string& records) const
{
    if (isBlank(records)) {
        engine::Table empty;
        for (const std::string& name : m_columnNames)
            empty.addColumn(engine::Column::categorical(name, {}));
        return empty;
    }
    return parse(m_header + records, true);
}

engine::Table CsvBlockReader::readBlock(std::size_t maxRows)
{
    if (!m_source)
        throw std::logic_error("CsvBlockReader::readBlock before readHead");
    const std::uint64_t firstLine = m_pendingLine;
    const std::string records = takeRecords(std::max<std::size_t>(maxRows, 1), kBlockBytes);
    try {
        return parseBlock(records);
    } catch (const engine::InputError& error) {
        // The engine counted lines in the header and this block; move them
        // to where the block is in the file.
        std::optional<engine::FileLocation> location = error.location();
        if (location && location->line > m_headerLines)
            location->line = firstLine + (location->line - m_headerLines - 1);
        throw engine::InputError(error.problem(), location);
    }
}

bool CsvBlockReader::atEnd() const
{
    return m_source && m_sourceDone && m_pending.empty();
}

engine::Table
CsvBlockReader::retypedHead(const std::map<std::string, engine::ColumnType>& types) const
{
    if (!m_headText)
        throw std::logic_error("CsvBlockReader::retypedHead before readHead");
    engine::CsvOptions options;
    options.delimiter = m_delimiter;
    options.threads = 1;
    options.columnTypes = types;
    return engine::parseCsv(*m_headText, options, m_sourceName);
}

} // namespace winnow::models
