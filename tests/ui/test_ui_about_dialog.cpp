#include "ui/about_dialog.h"
#include "winnow/version.h"

#include <QLabel>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using winnow::ui::AboutDialog;

class TestUiAboutDialog : public QObject {
    Q_OBJECT

private slots:
    void aboutDialog_listsEveryLibraryWithItsLicence()
    {
        AboutDialog dialog;
        const auto* table = dialog.findChild<QTreeWidget*>(u"aboutComponents"_s);
        QVERIFY(table);
        QMap<QString, QString> licences;
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = table->topLevelItem(row);
            QVERIFY2(!item->text(1).isEmpty(), qPrintable(item->text(0)));
            licences.insert(item->text(0), item->text(2));
        }
        const QMap<QString, QString> expected{
            {u"Qt 6"_s, u"LGPL-3.0-only"_s},      {u"XGBoost"_s, u"Apache-2.0"_s},
            {u"liblinear"_s, u"BSD-3-Clause"_s},  {u"Eigen"_s, u"MPL-2.0"_s},
            {u"nlohmann-json"_s, u"MIT"_s},       {u"Graphviz"_s, u"EPL-1.0"_s},
            {u"QtKeychain"_s, u"BSD-3-Clause"_s}, {u"zlib"_s, u"Zlib"_s},
            {u"SQLite"_s, u"Public domain"_s},
        };
        QCOMPARE(licences, expected);
    }

    void aboutDialog_showsVersionsAndLicence()
    {
        AboutDialog dialog;
        const QString version = dialog.findChild<QLabel*>(u"aboutVersion"_s)->text();
        QVERIFY2(version.contains(QLatin1StringView(winnow::kVersion)), qPrintable(version));
        const QString qt = dialog.findChild<QLabel*>(u"aboutQtVersions"_s)->text();
        QVERIFY2(qt.contains(QLatin1StringView(QT_VERSION_STR)), qPrintable(qt));
        QVERIFY2(qt.contains(QLatin1StringView(qVersion())), qPrintable(qt));
        const QString licence = dialog.findChild<QLabel*>(u"aboutLicence"_s)->text();
        QVERIFY(licence.contains(u"GNU General Public License"_s));
        QVERIFY(licence.contains(u"https://"_s));
    }
};

QTEST_MAIN(TestUiAboutDialog)
#include "test_ui_about_dialog.moc"
