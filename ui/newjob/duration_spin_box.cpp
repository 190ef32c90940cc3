#include "ui/newjob/duration_spin_box.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace winnow::ui {
namespace {

int stepFor(int seconds, int direction)
{
    // Step from the side the value moves to, so that 60 s goes down to 50 s.
    const int probe = direction < 0 ? seconds - 1 : seconds;
    if (probe < 60)
        return 10;
    if (probe < 600)
        return 60;
    if (probe < 7200)
        return 300;
    return 1800;
}

} // namespace

DurationSpinBox::DurationSpinBox(QWidget* parent) : QSpinBox(parent)
{
    setRange(10, 7 * 24 * 3600);
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

void DurationSpinBox::stepBy(int steps)
{
    int value = this->value();
    const int direction = steps < 0 ? -1 : 1;
    for (int i = 0; i < std::abs(steps); ++i) {
        const int step = stepFor(value, direction);
        // Land on multiples of the step: 65 s goes up to 120 s, down to 60 s.
        value = direction > 0 ? (value / step + 1) * step : ((value + step - 1) / step - 1) * step;
    }
    setValue(std::clamp(value, minimum(), maximum()));
    selectAll();
}

QString DurationSpinBox::durationText(int seconds)
{
    const int hours = seconds / 3600;
    const int minutes = seconds % 3600 / 60;
    const int rest = seconds % 60;
    QStringList parts;
    if (hours > 0)
        parts << QCoreApplication::translate("winnow::ui::DurationSpinBox", "%1 h").arg(hours);
    if (minutes > 0)
        parts << QCoreApplication::translate("winnow::ui::DurationSpinBox", "%1 min").arg(minutes);
    if (rest > 0 || parts.isEmpty())
        parts << QCoreApplication::translate("winnow::ui::DurationSpinBox", "%1 s").arg(rest);
    return parts.join(u' ');
}

int DurationSpinBox::parseDuration(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool bare = false;
    const int minutes = trimmed.toInt(&bare);
    if (bare)
        return minutes >= 0 ? minutes * 60 : -1;
    // Numbers each followed by a unit; "1h30" takes the unit after h as minutes.
    static const QRegularExpression part(
        u"\\s*(\\d+)\\s*(hours?|hr|h|minutes?|mins|min|m|seconds?|secs|sec|s)?\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    int total = 0;
    qsizetype position = 0;
    QString previousUnit;
    while (position < trimmed.size()) {
        const QRegularExpressionMatch match =
            part.match(trimmed, position, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch() || match.capturedLength() == 0)
            return -1;
        const int number = match.captured(1).toInt();
        QString unit = match.captured(2).toLower();
        if (unit.isEmpty())
            unit = previousUnit.startsWith(u'h')   ? u"m"_s
                   : previousUnit.startsWith(u'm') ? u"s"_s
                                                   : QString();
        if (unit.isEmpty())
            return -1;
        if (unit.startsWith(u'h'))
            total += number * 3600;
        else if (unit.startsWith(u'm'))
            total += number * 60;
        else
            total += number;
        previousUnit = unit;
        position += match.capturedLength();
    }
    return total;
}

QString DurationSpinBox::textFromValue(int value) const
{
    return durationText(value);
}

int DurationSpinBox::valueFromText(const QString& text) const
{
    const int seconds = parseDuration(text);
    return seconds < 0 ? value() : seconds;
}

QValidator::State DurationSpinBox::validate(QString& input, int& position) const
{
    Q_UNUSED(position);
    const int seconds = parseDuration(input);
    if (seconds < 0)
        return QValidator::Intermediate; // perhaps on its way to one
    return seconds >= minimum() && seconds <= maximum() ? QValidator::Acceptable
                                                        : QValidator::Intermediate;
}

} // namespace winnow::ui
