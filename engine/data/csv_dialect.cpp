#include "engine/data/csv_dialect.h"

#include "engine/data/csv_tokenizer.h"

#include <optional>

namespace winnow::engine {
namespace {

constexpr std::size_t recordsToCompare = 50;

// Field counts of the first records, or nothing when the quotes make no
// sense with this delimiter.
std::optional<std::vector<std::size_t>> fieldCounts(std::string_view head, bool complete,
                                                    char delimiter)
{
    CsvTokenizer tokenizer(head.data(), head.data() + head.size(), delimiter);
    std::vector<std::size_t> counts;
    while (counts.size() < recordsToCompare) {
        tokenizer.skipBlankLines();
        if (tokenizer.atEnd())
            break;
        std::size_t fields = 0;
        for (;;) {
            CsvTokenizer::Field field = tokenizer.next();
            ++fields;
            if (field.problem == CsvTokenizer::Problem::UnterminatedQuote && !complete)
                return counts; // the head cut a quoted field
            if (field.problem != CsvTokenizer::Problem::None)
                return std::nullopt;
            if (field.end != CsvTokenizer::End::Delimiter) {
                // A record cut by the end of the head does not count.
                if (field.end == CsvTokenizer::End::Record || complete)
                    counts.push_back(fields);
                break;
            }
        }
    }
    return counts;
}

} // namespace

char detectDelimiter(std::string_view head, bool complete)
{
    // Failing a consistent split (a ragged file), the delimiter that splits
    // the header most, so that the error then reported is about the rows.
    char best = 0;
    std::size_t bestFields = 1;
    char widestHeader = ',';
    std::size_t widestHeaderFields = 1;
    for (char candidate : {',', ';', '\t', '|'}) {
        auto counts = fieldCounts(head, complete, candidate);
        if (!counts || counts->empty())
            continue;
        std::size_t fields = counts->front();
        bool consistent = true;
        for (std::size_t count : *counts)
            consistent = consistent && count == fields;
        if (consistent && fields > bestFields) {
            best = candidate;
            bestFields = fields;
        }
        if (fields > widestHeaderFields) {
            widestHeader = candidate;
            widestHeaderFields = fields;
        }
    }
    return best ? best : widestHeader;
}

} // namespace winnow::engine
