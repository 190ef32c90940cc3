#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace winnow::engine {

// Splits CSV text into fields, one at a time, by RFC 4180: a field is
// either plain text without quotes, or enclosed in double quotes, where a
// doubled quote stands for one and delimiters and line breaks are text.
// Spaces before an opening or after a closing quote are allowed. Records end
// with LF or CRLF; a lone CR is text.
//
// The tokenizer is strict about quotes (a quote inside an unquoted field, or
// text after a closing quote, is an error) so that where records end is
// decided by quote parity alone, which is what lets the reader split a file
// for parallel parsing without reading it twice in full (csv_structure.h).
class CsvTokenizer {
public:
    enum class End {
        Delimiter, // more fields follow in this record
        Record,    // the record ended with a line break, now consumed
        Input,     // the text ended without a line break
    };
    enum class Problem {
        None,
        StrayQuote,        // a quote inside an unquoted field
        TextAfterQuote,    // something other than a delimiter after a closing quote
        UnterminatedQuote, // the text ends inside a quoted field
    };
    struct Field {
        std::string_view text;
        End end = End::Input;
        Problem problem = Problem::None;
        // Where the problem is: the stray quote, the character after the
        // closing quote, or the opening quote.
        const char* problemAt = nullptr;
        bool quoted = false;
    };

    CsvTokenizer(const char* begin, const char* end, char delimiter)
        : m_position(begin)
        , m_end(end)
        , m_delimiter(delimiter)
    {}

    const char* position() const { return m_position; }
    void setPosition(const char* position) { m_position = position; }
    const char* end() const { return m_end; }
    bool atEnd() const { return m_position >= m_end; }
    char delimiter() const { return m_delimiter; }

    // Skips empty lines at the current position (a record start). The
    // structure scan skips exactly the same ones.
    void skipBlankLines()
    {
        while (m_position < m_end) {
            if (*m_position == '\n')
                ++m_position;
            else if (*m_position == '\r' && (m_position + 1 == m_end || m_position[1] == '\n'))
                m_position += m_position + 1 == m_end ? 1 : 2;
            else
                break;
        }
    }

    // Consumes what ends a field at the current position, if anything does.
    bool consumeFieldEnd(End& end)
    {
        if (m_position == m_end) {
            end = End::Input;
            return true;
        }
        char c = *m_position;
        if (c == m_delimiter) {
            ++m_position;
            end = End::Delimiter;
            return true;
        }
        if (c == '\n') {
            ++m_position;
            end = End::Record;
            return true;
        }
        if (c == '\r') {
            if (m_position + 1 == m_end) {
                ++m_position;
                end = End::Input;
                return true;
            }
            if (m_position[1] == '\n') {
                m_position += 2;
                end = End::Record;
                return true;
            }
        }
        return false;
    }

    // Reads the next field. Its text points into the input, or into a
    // scratch buffer when quotes had to be undoubled; it stays valid until
    // the next call.
    Field next()
    {
        Field field;
        const char* start = m_position;
        const char* p = start;
        while (p < m_end && *p == ' ')
            ++p;
        if (p < m_end && *p == '"') {
            readQuoted(p, field);
            return field;
        }
        p = start;
        for (;;) {
            p = skipPlainText(p);
            if (p == m_end)
                break;
            char c = *p;
            if (c == m_delimiter || c == '\n')
                break;
            if (c == '\r') {
                if (p + 1 == m_end || p[1] == '\n')
                    break;
                ++p; // a lone CR is text
                continue;
            }
            // A quote inside an unquoted field.
            field.problem = Problem::StrayQuote;
            field.problemAt = p;
            field.text = std::string_view(start, static_cast<std::size_t>(p - start));
            m_position = p;
            return field;
        }
        field.text = std::string_view(start, static_cast<std::size_t>(p - start));
        m_position = p;
        consumeFieldEnd(field.end);
        return field;
    }

private:
    // The first delimiter, quote, CR or LF at or after `p`, or the end;
    // 16 bytes at a time while that many are left.
    const char* skipPlainText(const char* p) const
    {
#if defined(__SSE2__)
        const __m128i delimiter = _mm_set1_epi8(m_delimiter);
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i newline = _mm_set1_epi8('\n');
        const __m128i carriageReturn = _mm_set1_epi8('\r');
        while (m_end - p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const __m128i special = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, delimiter), _mm_cmpeq_epi8(bytes, quote)),
                _mm_or_si128(_mm_cmpeq_epi8(bytes, newline),
                             _mm_cmpeq_epi8(bytes, carriageReturn)));
            const int mask = _mm_movemask_epi8(special);
            if (mask != 0)
                return p + __builtin_ctz(static_cast<unsigned>(mask));
            p += 16;
        }
#endif
        while (p < m_end && !isSpecial(*p))
            ++p;
        return p;
    }

    bool isSpecial(char c) const
    {
        return c == m_delimiter || c == '"' || c == '\n' || c == '\r';
    }

    void readQuoted(const char* quote, Field& field)
    {
        field.quoted = true;
        const char* contentStart = quote + 1;
        const char* p = contentStart;
        bool undoubled = false;
        for (;;) {
            const void* found = std::memchr(p, '"', static_cast<std::size_t>(m_end - p));
            if (!found) {
                field.problem = Problem::UnterminatedQuote;
                field.problemAt = quote;
                m_position = m_end;
                return;
            }
            const char* q = static_cast<const char*>(found);
            if (q + 1 < m_end && q[1] == '"') {
                // A doubled quote: one quote character in the text.
                if (!undoubled) {
                    m_scratch.assign(contentStart, q + 1);
                    undoubled = true;
                } else {
                    m_scratch.append(p, q + 1);
                }
                p = q + 2;
                continue;
            }
            if (undoubled) {
                m_scratch.append(p, q);
                field.text = m_scratch;
            } else {
                field.text =
                    std::string_view(contentStart, static_cast<std::size_t>(q - contentStart));
            }
            p = q + 1;
            break;
        }
        while (p < m_end && *p == ' ')
            ++p;
        m_position = p;
        if (!consumeFieldEnd(field.end)) {
            field.problem = Problem::TextAfterQuote;
            field.problemAt = p;
        }
    }

    const char* m_position;
    const char* m_end;
    char m_delimiter;
    std::string m_scratch;
};

} // namespace winnow::engine
