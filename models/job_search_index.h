#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace winnow::models {

class JobListModel;

// The search texts of every row of a JobListModel (JobRow::searchText), in
// row order in one contiguous buffer, so that a keystroke in the search box
// is one search through a few megabytes rather than a hundred thousand
// small searches, each first fetching its text from somewhere on the heap.
//
// The index is a snapshot: it is right until the model's rows change, and
// whoever keeps one throws it away then (JobFilterProxyModel does).
class JobSearchIndex {
public:
    void build(const JobListModel& model);
    void clear();
    bool isBuilt() const { return m_built; }
    int rowCount() const { return int(m_rowStart.empty() ? 0 : m_rowStart.size() - 1); }

    // For each row, whether its text contains `needle` (a folded search
    // text, in UTF-8). An empty needle is in every row.
    std::vector<char> rowsContaining(std::string_view needle) const;

private:
    // The rows' texts, each followed by a NUL, which no search text holds:
    // a match never runs from one row into the next.
    std::string m_text;
    // Where row i's text starts; one more entry holds the end.
    std::vector<quint32> m_rowStart;
    bool m_built = false;
};

} // namespace winnow::models
