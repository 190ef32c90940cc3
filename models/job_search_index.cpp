#include "models/job_search_index.h"

#include "models/job_list_model.h"

#include <algorithm>

namespace winnow::models {

void JobSearchIndex::build(const JobListModel& model)
{
    const int rows = model.rowCount();
    m_text.clear();
    m_rowStart.clear();
    m_rowStart.reserve(size_t(rows) + 1);
    for (int row = 0; row < rows; ++row) {
        m_rowStart.push_back(quint32(m_text.size()));
        const QByteArray& text = model.searchTextAt(row);
        m_text.append(text.constData(), size_t(text.size()));
        m_text.push_back('\0');
    }
    m_rowStart.push_back(quint32(m_text.size()));
    m_built = true;
}

void JobSearchIndex::clear()
{
    m_text.clear();
    m_text.shrink_to_fit();
    m_rowStart.clear();
    m_rowStart.shrink_to_fit();
    m_built = false;
}

std::vector<char> JobSearchIndex::rowsContaining(std::string_view needle) const
{
    const int rows = rowCount();
    if (needle.empty())
        return std::vector<char>(size_t(rows), 1);
    std::vector<char> found(size_t(rows), 0);
    const std::string_view text(m_text);
    size_t at = text.find(needle);
    while (at != std::string_view::npos) {
        // The row holding the match; the search goes on from the next row.
        const auto next = std::upper_bound(m_rowStart.begin(), m_rowStart.end(), quint32(at));
        const auto row = size_t(next - m_rowStart.begin()) - 1;
        found[row] = 1;
        at = text.find(needle, *next);
    }
    return found;
}

} // namespace winnow::models
