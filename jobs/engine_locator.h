#pragma once

#include "jobs/result.h"

#include <QList>
#include <QString>

namespace winnow::jobs {

// Finds the winnow-engine program the local runner starts. It looks, in
// order, at the path the settings name (when they name one: then only
// there), the WINNOW_ENGINE_BINARY environment variable, the folder of the
// running program (where an installed or built app keeps its helpers), the
// install prefix's bin folder, and PATH. When nothing is found the error
// names every place it looked, so the user can tell what is missing.
class EngineLocator {
public:
    static QString programName() { return QStringLiteral("winnow-engine"); }

    // `configuredPath` is the settings' choice; empty means "search".
    explicit EngineLocator(QString configuredPath = {});

    Result<QString> locate() const;

private:
    // One place to look: the file there, and how the error names the place.
    struct Place {
        QString description;
        QString file; // empty: nothing to look at (e.g. an unset variable)
    };
    QList<Place> places() const;

    QString m_configuredPath;
};

} // namespace winnow::jobs
