#pragma once

#include "engine/data/table.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace winnow::ui {

// The choices a user made for one data file, so that the next job on the
// same file starts from them: the columns' roles and types, the features
// left out, the task and scoring. Search budgets are not kept per file:
// they come from the job defaults each time.
struct FileChoices {
    QString target;
    QString idColumn;
    bool noIdColumn = false; // "None" was chosen: do not suggest one again
    QString dateColumn;
    std::optional<QDate> startDate;
    std::optional<QDate> endDate;
    QString task;
    QString scoring;
    QStringList uncheckedFeatures; // so that columns new to the file start checked
    int numFeatures = 0;
    bool toBalance = false;
    QHash<QString, engine::ColumnType> columnTypes;
    QString featureTable;

    bool operator==(const FileChoices&) const = default;
};

// Keeps FileChoices for the most recent files in the settings
// ("newJob/fileChoices", a JSON list, newest first), and the backend last
// chosen ("newJob/backend").
class NewJobMemory {
public:
    static constexpr int kMaximumFiles = 50;

    std::optional<FileChoices> choicesFor(const QString& file) const;
    void remember(const QString& file, const FileChoices& choices);

    QString lastBackend() const;
    void setLastBackend(const QString& id);
};

} // namespace winnow::ui
