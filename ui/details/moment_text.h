#pragma once

#include <QDateTime>
#include <QString>

namespace winnow::ui {

// A moment in the user's locale and time zone, to the second (a job's
// phases are seconds apart): "25/11/2026 20:56:48".
QString formatMoment(const QDateTime& time);

} // namespace winnow::ui
