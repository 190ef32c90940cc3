#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace winnow::ui {

class JobDetailsPanel;

// Renders every enabled tab of a details panel to `<folder>/<prefix>-<tab>.png`
// (e.g. "churn-light-roc.png"), showing each in turn and letting it lay out
// and paint first; the pipeline page must have loaded already. Returns the
// files written. Tests use it to look at the panel, and a screenshot script
// for the documentation can too.
QStringList saveDetailsScreenshots(JobDetailsPanel* panel, const QString& folder,
                                   const QString& prefix);
// Renders any widget to `<folder>/<name>.png`; returns the path, or an
// empty string when it could not be written.
QString saveWidgetScreenshot(QWidget* widget, const QString& folder, const QString& name);

} // namespace winnow::ui
