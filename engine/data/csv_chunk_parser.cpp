#include "engine/data/csv_chunk_parser.h"

#include "engine/data/csv_tokenizer.h"
#include "engine/data/datetime_parsing.h"
#include "engine/data/fast_number.h"
#include "engine/data/utf8_validation.h"
#include "engine/data/value_parsing.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace winnow::engine {
namespace {

constexpr double missingValue = std::numeric_limits<double>::quiet_NaN();

std::string quoteProblem(CsvTokenizer::Problem problem)
{
    switch (problem) {
    case CsvTokenizer::Problem::StrayQuote:
        return "a quote inside an unquoted field; enclose the whole field in quotes and double "
               "the quotes inside it";
    case CsvTokenizer::Problem::TextAfterQuote:
        return "text after the closing quote of a quoted field; a quote inside a quoted field "
               "must be doubled";
    case CsvTokenizer::Problem::UnterminatedQuote:
        return "unterminated quoted field: the quote that opens it here is never closed";
    case CsvTokenizer::Problem::None: break;
    }
    return {};
}

std::string shown(std::string_view value)
{
    constexpr std::size_t longest = 60;
    if (value.size() <= longest)
        return "'" + std::string(value) + "'";
    return "'" + std::string(value.substr(0, longest)) + "...'";
}

// classifyValue, trying the expected kind first.
ClassifiedValue classifyExpecting(ColumnType expected, std::string_view trimmed)
{
    if (expected == ColumnType::Boolean) {
        if (auto value = parseBoolean(trimmed))
            return {*value, BooleanValue};
    } else if (expected == ColumnType::Datetime) {
        if (auto value = parseDatetime(trimmed))
            return {*value, DatetimeValue};
    }
    return classifyValue(trimmed);
}

class ChunkParser {
public:
    ChunkParser(const CsvLayout& layout, std::string_view text, std::uint64_t textOffset,
                ChunkResult& result)
        : m_layout(layout)
        , m_text(text)
        , m_textOffset(textOffset)
        , m_tokenizer(text.data(), text.data() + text.size(), layout.delimiter)
        , m_result(result)
    {
        std::size_t columns = layout.targets.size();
        m_result.kinds.assign(columns, NoValue);
        m_result.dictionaries.clear();
        m_result.dictionaries.resize(columns);
        m_result.error.reset();
        m_result.rows = 0;
    }

    void run(std::uint64_t firstRow, std::uint64_t maxRows)
    {
        const std::size_t columns = m_layout.targets.size();
        std::uint64_t row = firstRow;
        const std::uint64_t lastRow = firstRow + maxRows;
        while (row < lastRow) {
            m_tokenizer.skipBlankLines();
            if (m_tokenizer.atEnd())
                break;
            m_recordStart = m_tokenizer.position();
            for (std::size_t column = 0; column < columns; ++column) {
                if (!parseField(column, row, column + 1 == columns))
                    return finish(row - firstRow);
            }
            ++row;
        }
        finish(row - firstRow);
    }

private:
    void finish(std::uint64_t rows)
    {
        m_result.rows = rows;
        m_result.end =
            m_textOffset + static_cast<std::uint64_t>(m_tokenizer.position() - m_text.data());
    }

    bool parseField(std::size_t column, std::uint64_t row, bool lastColumn)
    {
        const ColumnTarget& target = m_layout.targets[column];
        if (target.expectNumbers && tryNumber(target, column, row, lastColumn))
            return true;
        CsvTokenizer::Field field = m_tokenizer.next();
        if (field.problem != CsvTokenizer::Problem::None) {
            fail(field.problemAt, column + 1, quoteProblem(field.problem));
            return false;
        }
        if (!fieldEndFits(field.end, column, lastColumn))
            return false;
        switch (target.mode) {
        case ColumnTarget::Mode::Skip: break;
        case ColumnTarget::Mode::Values: return storeValue(target, column, row, field.text);
        case ColumnTarget::Mode::Codes: storeCode(target, column, row, field.text); break;
        }
        return true;
    }

    // The fast path for numeric columns: a number read straight from the
    // text, when what follows it ends the field as expected. Anything else
    // (quotes, spaces, text, a wrong field count) takes the general path.
    bool tryNumber(const ColumnTarget& target, std::size_t column, std::uint64_t row,
                   bool lastColumn)
    {
        const char* start = m_tokenizer.position();
        const char* end = m_tokenizer.end();
        double value = 0.0;
        const char* next = readNumber(start, end, value);
        if (!next)
            return false;
        if (!lastColumn) {
            if (next == end || *next != m_layout.delimiter)
                return false;
            ++next;
        } else if (next != end) {
            if (*next == '\n')
                ++next;
            else if (*next == '\r' && (next + 1 == end || next[1] == '\n'))
                next += next + 1 == end ? 1 : 2;
            else
                return false;
        }
        m_tokenizer.setPosition(next);
        if (value == value)
            m_result.kinds[column] |= NumberValue;
        if (target.values)
            target.values[row] = value;
        return true;
    }

    bool fieldEndFits(CsvTokenizer::End end, std::size_t column, bool lastColumn)
    {
        const std::size_t expected = m_layout.targets.size();
        if (!lastColumn && end != CsvTokenizer::End::Delimiter) {
            fail(m_recordStart, 0,
                 "expected " + std::to_string(expected) + " fields as in the header, found " +
                     std::to_string(column + 1));
            return false;
        }
        if (lastColumn && end == CsvTokenizer::End::Delimiter) {
            std::size_t found = column + 1 + countRemainingFields();
            fail(m_recordStart, 0,
                 "expected " + std::to_string(expected) + " fields as in the header, found " +
                     std::to_string(found));
            return false;
        }
        return true;
    }

    std::size_t countRemainingFields()
    {
        std::size_t count = 0;
        for (;;) {
            CsvTokenizer::Field field = m_tokenizer.next();
            ++count;
            if (field.problem != CsvTokenizer::Problem::None ||
                field.end != CsvTokenizer::End::Delimiter)
                return count;
        }
    }

    bool storeValue(const ColumnTarget& target, std::size_t column, std::uint64_t row,
                    std::string_view field)
    {
        std::string_view text = trimSpaces(field);
        double value = missingValue;
        if (isMissingMarker(text)) {
            // stays missing
        } else if (target.forced) {
            std::optional<double> parsed;
            const char* expectation = "";
            switch (*target.forced) {
            case ColumnType::Numeric:
                parsed = parseNumber(text);
                expectation = "is not a number (the column is numeric)";
                break;
            case ColumnType::Boolean:
                parsed = parseBoolean(text);
                expectation = "is not true or false (the column is boolean)";
                break;
            case ColumnType::Datetime:
                parsed = parseDatetime(text);
                expectation = "is not an ISO 8601 date or date-time (the column is a datetime)";
                break;
            case ColumnType::Categorical: break;
            }
            if (!parsed) {
                fail(field.data() >= m_text.data() && field.data() < m_text.data() + m_text.size()
                         ? field.data()
                         : m_recordStart,
                     column + 1,
                     "value " + shown(field) + " in column '" + m_layout.names[column] + "' " +
                         expectation);
                return false;
            }
            value = *parsed;
        } else {
            ClassifiedValue classified = classifyExpecting(target.expected, text);
            value = classified.value;
            m_result.kinds[column] |= classified.kind;
        }
        if (target.values)
            target.values[row] = value;
        return true;
    }

    void storeCode(const ColumnTarget& target, std::size_t column, std::uint64_t row,
                   std::string_view field)
    {
        std::int32_t code = -1;
        if (!isMissingField(field))
            code = m_result.dictionaries[column].intern(field);
        if (target.codes)
            target.codes[row] = code;
    }

    void fail(const char* at, std::size_t column, std::string message)
    {
        m_result.error =
            CsvParseError{m_textOffset + static_cast<std::uint64_t>(at - m_text.data()), column,
                          std::move(message)};
    }

    const CsvLayout& m_layout;
    std::string_view m_text;
    std::uint64_t m_textOffset;
    CsvTokenizer m_tokenizer;
    ChunkResult& m_result;
    const char* m_recordStart = nullptr;
};

} // namespace

void parseChunk(const CsvLayout& layout, std::string_view text, std::uint64_t textOffset,
                std::uint64_t firstRow, std::uint64_t maxRows, ChunkResult& result)
{
    ChunkParser(layout, text, textOffset, result).run(firstRow, maxRows);
    // Bytes that are not UTF-8 are an error too; whichever problem comes
    // first in the text is the one reported.
    std::size_t checked = static_cast<std::size_t>(result.end - textOffset);
    if (result.error)
        checked = static_cast<std::size_t>(result.error->offset - textOffset);
    std::size_t invalid = findInvalidUtf8(text.substr(0, checked));
    if (invalid != std::string_view::npos) {
        auto byte = static_cast<unsigned char>(text[invalid]);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", byte);
        result.error =
            CsvParseError{textOffset + invalid,
                          fieldNumberAt(text, textOffset, layout.delimiter, textOffset + invalid),
                          std::string("invalid UTF-8 (byte ") + hex + "); save the file as UTF-8"};
    }
}

std::size_t fieldNumberAt(std::string_view text, std::uint64_t textOffset, char delimiter,
                          std::uint64_t offset)
{
    const char* target = text.data() + (offset - textOffset);
    CsvTokenizer tokenizer(text.data(), text.data() + text.size(), delimiter);
    std::size_t field = 1;
    tokenizer.skipBlankLines();
    while (!tokenizer.atEnd()) {
        CsvTokenizer::Field read = tokenizer.next();
        if (tokenizer.position() > target || read.problem != CsvTokenizer::Problem::None)
            return field;
        if (read.end == CsvTokenizer::End::Delimiter) {
            ++field;
        } else {
            field = 1;
            tokenizer.skipBlankLines();
        }
        if (tokenizer.position() > target)
            return field;
    }
    return field;
}

} // namespace winnow::engine
