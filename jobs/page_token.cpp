#include "jobs/page_token.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace winnow::jobs::paging {

namespace {

constexpr quint8 tokenVersion = 1;

Error invalidToken()
{
    return {ErrorKind::InvalidData,
            u"the page token is not one this job list gave out; start again from the first page"_s};
}

} // namespace

QByteArray queryDigest(const JobFilter& filter, const JobSort& sort)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << filter.status << filter.nameContains << filter.createdAfter << filter.createdBefore
        << filter.updatedAfter << filter.updatedBefore << filter.backend << int(sort.key)
        << int(sort.order);
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).left(12);
}

QString encode(const Cursor& cursor)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << tokenVersion << int(cursor.sortKey) << int(cursor.order) << cursor.queryDigest
        << cursor.lastKey << cursor.lastSeq;
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<Cursor> decode(const QString& token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalidToken();

    QDataStream in(*decoded);
    in.setVersion(QDataStream::Qt_6_0);
    quint8 version = 0;
    int sortKey = 0;
    int order = 0;
    Cursor cursor;
    in >> version >> sortKey >> order >> cursor.queryDigest >> cursor.lastKey >> cursor.lastSeq;
    if (in.status() != QDataStream::Ok || !in.atEnd() || version != tokenVersion ||
        sortKey < int(JobSortKey::Name) || sortKey > int(JobSortKey::BestScore) ||
        (order != int(SortOrder::Ascending) && order != int(SortOrder::Descending)) ||
        !cursor.lastKey.isValid() || cursor.lastSeq <= 0) {
        return invalidToken();
    }
    cursor.sortKey = JobSortKey(sortKey);
    cursor.order = SortOrder(order);
    return cursor;
}

} // namespace winnow::jobs::paging
