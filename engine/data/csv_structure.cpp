#include "engine/data/csv_structure.h"

#include "engine/data/byte_source.h"

#include <bit>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace winnow::engine {
namespace {

constexpr unsigned blockSize = 64;

// One bit per byte of a 64-byte block: which bytes equal `wanted`.
struct ByteMatcher {
#if defined(__SSE2__)
    explicit ByteMatcher(const char* block)
    {
        for (int i = 0; i < 4; ++i)
            m_lanes[i] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * i));
    }
    std::uint64_t matches(char wanted) const
    {
        const __m128i needle = _mm_set1_epi8(wanted);
        std::uint64_t mask = 0;
        for (int i = 0; i < 4; ++i) {
            auto bits =
                static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(m_lanes[i], needle)));
            mask |= static_cast<std::uint64_t>(bits) << (16 * i);
        }
        return mask;
    }
    __m128i m_lanes[4];
#else
    explicit ByteMatcher(const char* block) : m_block(block) {}
    std::uint64_t matches(char wanted) const
    {
        std::uint64_t mask = 0;
        for (unsigned i = 0; i < blockSize; ++i)
            mask |= static_cast<std::uint64_t>(m_block[i] == wanted) << i;
        return mask;
    }
    const char* m_block;
#endif
};

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
    explicit StructureScanner(const CsvStructureOptions& options)
        : m_options(options)
        , m_chunkBegin(options.dataStart)
        , m_lastRecordStart(options.dataStart)
    {}

    // Scans the block at offset `base`, of which the first `valid` bytes
    // are text (the rest zero padding). Returns false when scanning stops.
    bool scanBlock(const char* block, std::uint64_t base, unsigned valid)
    {
        const std::uint64_t validBits = bitsBelow(valid);
        ByteMatcher bytes(block);
        const std::uint64_t quotes = bytes.matches('"') & validBits;
        const std::uint64_t newlines = bytes.matches('\n') & validBits;
        const std::uint64_t returns = bytes.matches('\r') & validBits;
        const std::uint64_t delimiters = bytes.matches(m_options.delimiter) & validBits;
        const std::uint64_t spaces = bytes.matches(' ') & validBits;

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

        if (recordStarts)
            m_lastRecordStart = base + highestBit(recordStarts);
        const std::uint64_t fieldOpenings = opening & ~((closing << 1) | m_closingCarry);
        if (fieldOpenings)
            m_lastFieldOpening = base + highestBit(fieldOpenings);

        m_inQuotes = (inside >> 63) ? ~0ull : 0;
        m_openingAllowedCarry = (delimiters | newlines | spaces | closing) >> 63;
        m_recordStartCarry = breaks >> 63;
        m_returnAtStartCarry = (returns & recordStarts) >> 63;
        m_closingCarry = closing >> 63;
        m_closingPending = valid == blockSize && (closing >> 63);

        if (m_options.maxRows && m_structure.rows + m_chunkRows >= *m_options.maxRows) {
            closeChunkAt(m_lastRecordStart);
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
};

} // namespace

CsvStructure scanCsvStructure(ByteSource& source, const CsvStructureOptions& options)
{
    constexpr std::size_t bufferSize = 1 << 20;
    std::vector<char> buffer(bufferSize + blockSize);
    source.rewind();
    source.skip(options.dataStart);

    StructureScanner scanner(options);
    std::uint64_t base = options.dataStart;
    char lastByte = 0;
    for (;;) {
        std::size_t count = source.readFully(buffer.data(), bufferSize);
        if (count == 0)
            break;
        lastByte = buffer[count - 1];
        std::memset(buffer.data() + count, 0, blockSize);
        for (std::size_t offset = 0; offset < count; offset += blockSize) {
            auto valid = static_cast<unsigned>(std::min<std::size_t>(blockSize, count - offset));
            if (!scanner.scanBlock(buffer.data() + offset, base + offset, valid))
                return scanner.take();
        }
        base += count;
        if (count < bufferSize)
            break;
    }
    scanner.finish(base, lastByte);
    return scanner.take();
}

} // namespace winnow::engine
