#pragma once

#include <QString>

#include <optional>

namespace winnow::jobs {

// The machine's physical memory, from the MemTotal line of a meminfo file
// (Linux's /proc/meminfo); nullopt when it cannot be read.
std::optional<qint64>
physicalMemoryBytes(const QString& meminfoPath = QStringLiteral("/proc/meminfo"));

// What local jobs may use by default: three quarters of physical memory,
// leaving the rest to the desktop and the app; 4 GB when it cannot be read.
qint64 defaultMemoryLimitBytes();

// A size as winnow-engine writes it, so the runner's messages and the
// engine's agree: "3.2 GB" from 1 GB (2^30 bytes) on, else whole "MB" rounded up.
QString formatBytes(qint64 bytes);

} // namespace winnow::jobs
