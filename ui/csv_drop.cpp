#include "ui/csv_drop.h"

#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace winnow::ui {

bool isCsvFileName(const QString& path)
{
    return path.endsWith(u".csv"_s, Qt::CaseInsensitive) ||
           path.endsWith(u".csv.gz"_s, Qt::CaseInsensitive);
}

QStringList csvFilesIn(const QMimeData* data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    const QList<QUrl> urls = data->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && isCsvFileName(url.toLocalFile()))
            files << url.toLocalFile();
    }
    return files;
}

} // namespace winnow::ui
