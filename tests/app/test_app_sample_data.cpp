// The bundled sample dataset: what it holds, that its script reproduces it,
// and that a model can learn from it (checked with scikit-learn).
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const char* const kPython = "/usr/bin/python3";

QString sourceFile(const QString& relative)
{
    return QDir(QStringLiteral(WINNOW_SOURCE_DIR)).filePath(relative);
}

QString samplePath()
{
    return sourceFile(u"resources/samples/customer_churn.csv"_s);
}

// The sample has no quoted fields, so splitting on commas reads it.
QList<QStringList> readRows(const QString& path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        rows << line.split(u',');
    }
    return rows;
}

} // namespace

class TestAppSampleData : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_rows = readRows(samplePath());
        QVERIFY2(!m_rows.isEmpty(), qPrintable(samplePath()));
        m_header = m_rows.takeFirst();
    }

    void sample_hasTheDocumentedColumns()
    {
        const QStringList expected{
            u"customer_id"_s,
            u"signup_date"_s,
            u"last_contact"_s,
            u"region"_s,
            u"plan"_s,
            u"contract"_s,
            u"payment_method"_s,
            u"paperless_billing"_s,
            u"auto_renew"_s,
            u"tenure_months"_s,
            u"monthly_charges"_s,
            u"total_charges"_s,
            u"addon_services"_s,
            u"support_calls_90d"_s,
            u"avg_session_minutes"_s,
            u"satisfaction_score"_s,
            u"churned"_s,
        };
        QCOMPARE(m_header, expected);
        QCOMPARE(m_rows.size(), 1000);
        for (const QStringList& row : std::as_const(m_rows))
            QCOMPARE(row.size(), expected.size());
    }

    void sample_mixesTypesAndHasGaps()
    {
        const auto column = [this](const QString& name) { return int(m_header.indexOf(name)); };
        QSet<QString> ids;
        QSet<QString> targets;
        QSet<QString> booleans;
        QSet<QString> contracts;
        QSet<QString> columnsWithGaps;
        for (const QStringList& row : std::as_const(m_rows)) {
            ids << row[column(u"customer_id"_s)];
            targets << row[column(u"churned"_s)];
            booleans << row[column(u"paperless_billing"_s)] << row[column(u"auto_renew"_s)];
            contracts << row[column(u"contract"_s)];
            QVERIFY(QDate::fromString(row[column(u"signup_date"_s)], Qt::ISODate).isValid());
            const QString contact = row[column(u"last_contact"_s)];
            QVERIFY(contact.isEmpty() ||
                    QDateTime::fromString(contact, u"yyyy-MM-dd HH:mm:ss"_s).isValid());
            bool isNumber = false;
            row[column(u"monthly_charges"_s)].toDouble(&isNumber);
            QVERIFY(isNumber);
            for (int i = 0; i < row.size(); ++i) {
                if (row[i].isEmpty())
                    columnsWithGaps << m_header[i];
            }
        }
        QCOMPARE(ids.size(), m_rows.size());
        QCOMPARE(targets, (QSet<QString>{u"yes"_s, u"no"_s}));
        QCOMPARE(booleans, (QSet<QString>{u"true"_s, u"false"_s}));
        QCOMPARE(contracts.size(), 3);
        QCOMPARE(columnsWithGaps,
                 (QSet<QString>{u"last_contact"_s, u"payment_method"_s, u"total_charges"_s,
                                u"avg_session_minutes"_s, u"satisfaction_score"_s}));
    }

    void sample_isReproducedByItsScript()
    {
        QVERIFY2(QFile::exists(QString::fromLatin1(kPython)), "/usr/bin/python3 is missing");
        QTemporaryDir directory;
        const QString output = directory.filePath(u"customer_churn.csv"_s);
        QProcess script;
        script.start(QString::fromLatin1(kPython),
                     {sourceFile(u"scripts/make-sample-data"_s), output});
        QVERIFY(script.waitForFinished(60'000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());

        QFile regenerated(output);
        QFile committed(samplePath());
        QVERIFY(regenerated.open(QIODevice::ReadOnly));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        QVERIFY2(regenerated.readAll() == committed.readAll(),
                 "scripts/make-sample-data no longer writes the committed sample");
    }

    void sample_hasALearnableSignal()
    {
        QVERIFY2(QFile::exists(QString::fromLatin1(kPython)),
                 "/usr/bin/python3 is missing: install python3, python3-pandas, python3-sklearn");
        QProcess check;
        check.start(QString::fromLatin1(kPython),
                    {sourceFile(u"tests/app/check_sample_data.py"_s), samplePath()});
        QVERIFY(check.waitForFinished(120'000));
        QVERIFY2(check.exitCode() == 0,
                 qPrintable(u"the scikit-learn check failed (are python3-sklearn and "
                            "python3-pandas installed?):\n"_s +
                            QString::fromUtf8(check.readAllStandardError())));
        const QJsonObject result = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
        QCOMPARE(result.value(u"rows"_s).toInt(), m_rows.size());

        // A plain linear model must find the signal, yet not separate the
        // classes perfectly: the sample should show models that differ.
        const double auc = result.value(u"auc"_s).toDouble();
        QVERIFY2(auc > 0.75 && auc < 0.97, qPrintable(QString::number(auc)));
        // Churners are a minority, as in real churn data, but not a rare one.
        const double positiveRate = result.value(u"positiveRate"_s).toDouble();
        QVERIFY2(positiveRate > 0.1 && positiveRate < 0.45,
                 qPrintable(QString::number(positiveRate)));
    }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

QTEST_GUILESS_MAIN(TestAppSampleData)
#include "test_app_sample_data.moc"
