#pragma once

// Helpers shared by the job store tests.

#include "jobs/job.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace winnow::jobs::testing {

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
                     int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

// Time that moves only when a test says so; JobStore::setClock(std::ref(clock)).
class FakeClock {
public:
    QDateTime operator()() const { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now = utc(2024, 3, 1, 9, 0);
};

// A local job with a realistic spec.
inline Job sampleJob(const QString& name = QStringLiteral("churn, first try"))
{
    Job job;
    job.name = name;
    job.spec.featureTableName = QStringLiteral("churn_2023");
    job.spec.idColumn = QStringLiteral("customer_id");
    job.spec.targetName = QStringLiteral("churned");
    job.spec.task = QStringLiteral("classification");
    job.spec.scoring = QStringLiteral("f1");
    job.spec.numFeatures = 8;
    job.spec.generations = 2;
    job.spec.seed = 7;
    job.dataPath = QStringLiteral("/home/ana/data/churn_2023.csv");
    return job;
}

// JSON written with single quotes, which read better in C++ strings. (Qt's
// moc misreads some raw string literals, so tests avoid them.)
inline QByteArray q(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

inline QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace winnow::jobs::testing
