#pragma once

#include <QStringList>

class QMimeData;

namespace winnow::ui {

// Whether Winnow reads `path` as a table by its name: ".csv" or ".csv.gz",
// in any letter case.
bool isCsvFileName(const QString& path);

// The local CSV files among the URLs a drag carries, in their order.
QStringList csvFilesIn(const QMimeData* data);

} // namespace winnow::ui
