#pragma once

// Keyset page tokens for JobStore::list, private to the jobs library.

#include "jobs/job_query.h"
#include "jobs/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace winnow::jobs::paging {

// Where a page ended: the sort key and insertion sequence of its last job,
// and the query it belongs to, so a token is never applied to a different
// filter or sort.
struct Cursor {
    JobSortKey sortKey = JobSortKey::CreatedAt;
    SortOrder order = SortOrder::Descending;
    QByteArray queryDigest;
    QVariant lastKey;
    qint64 lastSeq = 0;
};

// A digest of the filter and sort, compared when a token comes back.
QByteArray queryDigest(const JobFilter& filter, const JobSort& sort);

// Opaque, URL-safe text.
QString encode(const Cursor& cursor);
Result<Cursor> decode(const QString& token);

} // namespace winnow::jobs::paging
