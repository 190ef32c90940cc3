#include "engine/data/csv_structure.h"

#include "engine/data/byte_source.h"
#include "engine/data/parallel.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace winnow::engine {
namespace {

constexpr unsigned blockSize = 64;

// One bit per byte of a 64-byte block for each byte value the scan looks
// for, all computed from one load of the block.
struct BlockMasks {
    std::uint64_t quotes = 0;
    std::uint64_t newlines = 0;
    std::uint64_t returns = 0;
    std::uint64_t delimiters = 0;
    std::uint64_t spaces = 0;
};

#if defined(__SSE2__)
// One bit per byte of the block: which bytes equal `wanted`, for each of the
// three (or two) wanted bytes. The four 16-byte lanes are written out so
// that the compiler keeps everything in registers.
template <bool Three>
void matchBytes(const char* block, char first, char second, char third, std::uint64_t* masks)
{
    const __m128i a = _mm_set1_epi8(first);
    const __m128i b = _mm_set1_epi8(second);
    const __m128i c = _mm_set1_epi8(third);
    auto lane = [&](int i) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * i));
        auto bits = [&](__m128i needle) {
            return static_cast<std::uint64_t>(
                       static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, needle))))
                   << (16 * i);
        };
        masks[0] |= bits(a);
        masks[1] |= bits(b);
        if constexpr (Three)
            masks[2] |= bits(c);
    };
    lane(0);
    lane(1);
    lane(2);
    lane(3);
}
#else
template <bool Three>
void matchBytes(const char* block, char first, char second, char third, std::uint64_t* masks)
{
    for (unsigned i = 0; i < blockSize; ++i) {
        masks[0] |= static_cast<std::uint64_t>(block[i] == first) << i;
        masks[1] |= static_cast<std::uint64_t>(block[i] == second) << i;
        if constexpr (Three)
            masks[2] |= static_cast<std::uint64_t>(block[i] == third) << i;
    }
}
#endif

// What every block needs: quotes and line breaks.
void findRecordBytes(const char* block, BlockMasks& masks)
{
    std::uint64_t found[3] = {0, 0, 0};
    matchBytes<true>(block, '"', '\n', '\r', found);
    masks.quotes = found[0];
    masks.newlines = found[1];
    masks.returns = found[2];
}

// What only blocks with quotes need, to check where the quotes are.
void findFieldBytes(const char* block, char delimiter, BlockMasks& masks)
{
    std::uint64_t found[3] = {0, 0, 0};
    matchBytes<false>(block, delimiter, ' ', 0, found);
    masks.delimiters = found[0];
    masks.spaces = found[1];
}

// Bit i becomes the parity of the set bits at positions 0..i: with quote
// bits in, the result marks the bytes inside quotes (opening quote included,
// closing quote excluded).
std::uint64_t prefixXor(std::uint64_t x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

unsigned highestBit(std::uint64_t x)
{
    return 63u - static_cast<unsigned>(std::countl_zero(x));
}

std::uint64_t bitsBelow(unsigned position)
{
    return position >= 64 ? ~0ull : (1ull << position) - 1;
}

class StructureScanner {
public:
    // Scans from `begin`, which must start a record outside quotes.
    StructureScanner(const CsvStructureOptions& options, std::uint64_t begin)
        : m_options(options)
        , m_chunkBegin(begin)
        , m_lastRecordStart(begin)
    {}

    // Scans `text`, found at offset `base`, block by block; the last block
    // may be partial. Returns false when scanning stops.
    bool scanText(const char* text, std::size_t size, std::uint64_t base)
    {
        std::size_t whole = size - size % blockSize;
        for (std::size_t offset = 0; offset < whole; offset += blockSize)
            if (!scanBlock(text + offset, base + offset, blockSize))
                return false;
        if (whole < size) {
            char padded[blockSize] = {};
            std::memcpy(padded, text + whole, size - whole);
            return scanBlock(padded, base + whole, static_cast<unsigned>(size - whole));
        }
        return true;
    }

    // Whether the part scanned so far ended cleanly where the next part was
    // assumed to start: outside quotes, without stopping. Parts start just
    // after a line break, so that break then ended a record.
    bool endedOutsideQuotes() const { return !m_inQuotes && !m_stopped; }
    bool stopped() const { return m_stopped; }

    // Ends a part that ended outside quotes at `end`, a record start.
    void closePart(std::uint64_t end) { closeChunkAt(end); }

    // Scans the block at offset `base`, of which the first `valid` bytes
    // are text (the rest zero padding). Returns false when scanning stops.
    bool scanBlock(const char* block, std::uint64_t base, unsigned valid)
    {
        const std::uint64_t validBits = bitsBelow(valid);
        BlockMasks bytes;
        findRecordBytes(block, bytes);
        const std::uint64_t quotes = bytes.quotes & validBits;
        const std::uint64_t newlines = bytes.newlines & validBits;
        const std::uint64_t returns = bytes.returns & validBits;
        // Most blocks have no quote in or before them; then delimiters and
        // spaces matter only for the last byte.
        const bool quoteFree = quotes == 0 && m_inQuotes == 0 && !m_closingPending;
        if (!quoteFree)
            findFieldBytes(block, m_options.delimiter, bytes);
        const std::uint64_t delimiters = bytes.delimiters & validBits;
        const std::uint64_t spaces = bytes.spaces & validBits;

        const std::uint64_t inside = prefixXor(quotes) ^ m_inQuotes;
        const std::uint64_t opening = quotes & inside;
        const std::uint64_t closing = quotes & ~inside;
        const std::uint64_t breaks = newlines & ~inside;

        // Quotes that the tokenizer would reject. An opening quote must
        // start a field (after a delimiter, a line break, spaces, or a
        // closing quote when the pair is a doubled quote); a closing quote
        // must end one. A closing quote in the last bit is judged with the
        // next block.
        const std::uint64_t mayPrecedeOpening =
            ((delimiters | newlines | spaces | closing) << 1) | m_openingAllowedCarry;
        const std::uint64_t mayFollowClosing =
            ((delimiters | newlines | returns | quotes | spaces | ~validBits) >> 1) | (1ull << 63);
        std::uint64_t bad = (opening & ~mayPrecedeOpening) | (closing & ~mayFollowClosing);

        const std::uint64_t recordStarts = (breaks << 1) | m_recordStartCarry;
        const std::uint64_t blankBreaks =
            breaks & (recordStarts | ((returns & recordStarts) << 1) | m_returnAtStartCarry);
        const std::uint64_t terminated = breaks & ~blankBreaks;

        if (m_stopped)
            return false;
        if (m_closingPending && valid > 0 &&
            !((delimiters | newlines | returns | quotes | spaces) & 1)) {
            return stopAtBadQuote(base - 1, m_lastRecordStart, 0);
        }
        if (bad) {
            unsigned at = static_cast<unsigned>(std::countr_zero(bad));
            std::uint64_t startsBefore = recordStarts & bitsBelow(at + 1);
            std::uint64_t recordStart =
                startsBefore ? base + highestBit(startsBefore) : m_lastRecordStart;
            return stopAtBadQuote(base + at, recordStart,
                                  std::popcount(terminated & bitsBelow(at)));
        }

        const std::uint64_t startsInText = recordStarts & validBits;
        if (base + blockSize - m_chunkBegin >= m_options.chunkBytes && startsInText) {
            unsigned at = static_cast<unsigned>(std::countr_zero(startsInText));
            m_chunkRows += std::popcount(terminated & bitsBelow(at));
            closeChunkAt(base + at);
            m_chunkRows += std::popcount(terminated & ~bitsBelow(at));
        } else {
            m_chunkRows += std::popcount(terminated);
        }

        // A line break in the last bit starts a record at the next block.
        if (breaks >> 63)
            m_lastRecordStart = base + blockSize;
        else if (recordStarts)
            m_lastRecordStart = base + highestBit(recordStarts);
        const std::uint64_t fieldOpenings = opening & ~((closing << 1) | m_closingCarry);
        if (fieldOpenings)
            m_lastFieldOpening = base + highestBit(fieldOpenings);

        m_inQuotes = (inside >> 63) ? ~0ull : 0;
        if (quoteFree) {
            const char last = block[blockSize - 1];
            m_openingAllowedCarry =
                (newlines >> 63) |
                (valid == blockSize && (last == m_options.delimiter || last == ' ') ? 1 : 0);
        } else {
            m_openingAllowedCarry = (delimiters | newlines | spaces | closing) >> 63;
        }
        m_recordStartCarry = breaks >> 63;
        m_returnAtStartCarry = (returns & recordStarts) >> 63;
        m_closingCarry = closing >> 63;
        m_closingPending = valid == blockSize && (closing >> 63);

        if (m_options.maxRows && m_structure.rows + m_chunkRows >= *m_options.maxRows) {
            closeChunkAt(m_lastRecordStart);
            m_stopped = true;
            return false;
        }
        return true;
    }

    // Called after the last block when scanning did not stop early.
    void finish(std::uint64_t textEnd, char lastByte)
    {
        m_structure.complete = true;
        if (m_inQuotes) {
            m_structure.problem = CsvStructure::Problem::UnterminatedQuote;
            m_structure.problemAt = m_lastFieldOpening;
            m_structure.problemRecordStart = m_lastRecordStart;
            m_structure.complete = false;
            closeChunkAt(m_lastRecordStart);
            return;
        }
        if (m_recordStartCarry)
            m_lastRecordStart = textEnd;
        std::uint64_t rest = textEnd - m_lastRecordStart;
        // A last record without a line break, unless all it has is a CR.
        if (rest > 0 && !(rest == 1 && lastByte == '\r'))
            ++m_chunkRows;
        closeChunkAt(textEnd);
    }

    CsvStructure take() { return std::move(m_structure); }

private:
    bool stopAtBadQuote(std::uint64_t at, std::uint64_t recordStart, int rowsBefore)
    {
        m_chunkRows += static_cast<std::uint64_t>(rowsBefore);
        m_structure.problem = CsvStructure::Problem::BadQuote;
        m_structure.problemAt = at;
        m_structure.problemRecordStart = recordStart;
        closeChunkAt(recordStart);
        m_stopped = true;
        return false;
    }

    void closeChunkAt(std::uint64_t end)
    {
        if (end > m_chunkBegin) {
            m_structure.chunks.push_back({m_chunkBegin, end, m_structure.rows, m_chunkRows});
            m_structure.rows += m_chunkRows;
        }
        m_chunkBegin = end;
        m_chunkRows = 0;
    }

    const CsvStructureOptions& m_options;
    CsvStructure m_structure;
    std::uint64_t m_chunkBegin;
    std::uint64_t m_chunkRows = 0;
    std::uint64_t m_lastRecordStart;
    std::uint64_t m_lastFieldOpening = 0;
    // What carries from one block into the next.
    std::uint64_t m_inQuotes = 0;
    std::uint64_t m_openingAllowedCarry = 1; // the data starts a field
    std::uint64_t m_recordStartCarry = 1;    // and a record
    std::uint64_t m_returnAtStartCarry = 0;
    std::uint64_t m_closingCarry = 0;
    bool m_closingPending = false;
    bool m_stopped = false;
};

constexpr std::size_t pieceSize = 8u << 20; // a multiple of blockSize

// Scans [begin, end) of a source that can read at an offset, a piece at a
// time. Returns false when the scanner stopped.
bool scanRange(ByteSource& source, StructureScanner& scanner, std::uint64_t begin,
               std::uint64_t end)
{
    for (std::uint64_t offset = begin; offset < end; offset += pieceSize) {
        auto size = static_cast<std::size_t>(std::min<std::uint64_t>(pieceSize, end - offset));
        auto piece = source.piece(offset, size);
        std::string_view text = piece->text();
        if (!scanner.scanText(text.data(), text.size(), offset))
            return false;
        if (text.size() < size)
            break; // the source is shorter than it said
    }
    return true;
}

char lastByteBefore(ByteSource& source, std::uint64_t end)
{
    char byte = 0;
    if (end > 0)
        source.readAt(end - 1, &byte, 1);
    return byte;
}

// Reads the whole text front to back, for sources that cannot read at an
// offset (gzip).
CsvStructure scanSequentially(ByteSource& source, const CsvStructureOptions& options)
{
    std::vector<char> buffer(pieceSize);
    source.rewind();
    source.skip(options.dataStart);
    StructureScanner scanner(options, options.dataStart);
    std::uint64_t base = options.dataStart;
    char lastByte = 0;
    for (;;) {
        std::size_t count = source.readFully(buffer.data(), buffer.size());
        if (count == 0)
            break;
        lastByte = buffer[count - 1];
        if (!scanner.scanText(buffer.data(), count, base)) {
            CsvStructure structure = scanner.take();
            structure.textBytesRead = base + count;
            return structure;
        }
        base += count;
        if (count < buffer.size())
            break;
    }
    scanner.finish(base, lastByte);
    CsvStructure structure = scanner.take();
    structure.textBytesRead = base;
    return structure;
}

// The offset just past the first line break at or after `from`, or `end`.
std::uint64_t nextLineStart(ByteSource& source, std::uint64_t from, std::uint64_t end)
{
    constexpr std::size_t step = 64u << 10;
    for (std::uint64_t offset = from; offset < end; offset += step) {
        auto piece = source.piece(
            offset, static_cast<std::size_t>(std::min<std::uint64_t>(step, end - offset)));
        std::string_view text = piece->text();
        if (std::size_t at = text.find('\n'); at != std::string_view::npos)
            return offset + at + 1;
        if (text.empty())
            break;
    }
    return end;
}

void appendPart(CsvStructure& whole, CsvStructure&& part)
{
    for (CsvChunk chunk : part.chunks) {
        chunk.firstRow += whole.rows;
        whole.chunks.push_back(chunk);
    }
    whole.rows += part.rows;
    whole.problem = part.problem;
    whole.problemAt = part.problemAt;
    whole.problemRecordStart = part.problemRecordStart;
    whole.complete = part.complete;
}

} // namespace

CsvStructure scanCsvStructure(ByteSource& source, const CsvStructureOptions& options)
{
    if (!source.canReadAt())
        return scanSequentially(source, options);
    const std::uint64_t end = source.storedBytes();
    const std::uint64_t dataBytes = end > options.dataStart ? end - options.dataStart : 0;
    unsigned parts = options.maxRows ? 1 : std::max(1u, options.threads);
    while (parts > 1 && dataBytes / parts < options.minPartBytes)
        --parts;

    // Each part but the first starts just after a line break and is scanned
    // on the guess that this break is outside quotes, as almost all are. A
    // guess is checked once the part before it is done: when it was wrong,
    // that part's scanner simply goes on through the next part.
    std::vector<std::uint64_t> starts{options.dataStart};
    for (unsigned i = 1; i < parts; ++i) {
        std::uint64_t nominal = options.dataStart + dataBytes * i / parts;
        std::uint64_t start = nextLineStart(source, std::max(nominal, starts.back()), end);
        if (start >= end)
            break;
        starts.push_back(start);
    }
    starts.push_back(end);
    const std::size_t partCount = starts.size() - 1;

    std::vector<std::unique_ptr<StructureScanner>> scanners(partCount);
    std::vector<char> finished(partCount, 0);
    runOnThreads(static_cast<unsigned>(partCount), [&](unsigned part) {
        scanners[part] = std::make_unique<StructureScanner>(options, starts[part]);
        finished[part] = scanRange(source, *scanners[part], starts[part], starts[part + 1]);
    });

    CsvStructure whole;
    StructureScanner* current = scanners[0].get();
    bool running = finished[0];
    for (std::size_t part = 1; part < partCount && running; ++part) {
        if (current->endedOutsideQuotes()) {
            current->closePart(starts[part]);
            appendPart(whole, current->take());
            current = scanners[part].get();
            running = finished[part];
        } else {
            running = scanRange(source, *current, starts[part], starts[part + 1]);
        }
    }
    if (running)
        current->finish(end, lastByteBefore(source, end));
    appendPart(whole, current->take());
    return whole;
}

} // namespace winnow::engine
