#include "jobs/memory_size.h"

#include <QFile>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

constexpr qint64 mebibyte = qint64(1) << 20;
constexpr qint64 gibibyte = qint64(1) << 30;

} // namespace

std::optional<qint64> physicalMemoryBytes(const QString& meminfoPath)
{
    QFile file(meminfoPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    // "MemTotal:       24684096 kB"
    static const QRegularExpression memTotal(uR"(^MemTotal:\s+(\d+)\s*kB\s*$)"_s,
                                             QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = memTotal.match(QString::fromLatin1(file.readAll()));
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 kib = match.captured(1).toLongLong(&ok);
    if (!ok || kib <= 0)
        return std::nullopt;
    return kib * 1024;
}

qint64 defaultMemoryLimitBytes()
{
    const std::optional<qint64> physical = physicalMemoryBytes();
    if (!physical)
        return 4 * gibibyte;
    return *physical / 4 * 3;
}

QString formatBytes(qint64 bytes)
{
    // printf, as the engine's formatBytes, so both round alike (3.25 -> "3.2").
    char text[32];
    if (bytes >= gibibyte)
        std::snprintf(text, sizeof text, "%.1f GB", double(bytes) / double(gibibyte));
    else
        std::snprintf(text, sizeof text, "%.0f MB",
                      std::ceil(double(std::max<qint64>(bytes, 0)) / double(mebibyte)));
    return QString::fromLatin1(text);
}

} // namespace winnow::jobs
