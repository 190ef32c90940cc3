#include "ui/details/moment_text.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

class MomentText {
    Q_DECLARE_TR_FUNCTIONS(MomentText)
};

} // namespace

QString formatMoment(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return MomentText::tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                       local.time().toString(u"HH:mm:ss"_s));
}

} // namespace winnow::ui
