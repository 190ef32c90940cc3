#include "engine/core/errors.h"
#include "engine/data/csv_reader.h"
#include "models/csv_preview_model.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <zlib.h>

#include <memory>

using namespace Qt::StringLiterals;
using winnow::engine::ColumnType;
using winnow::models::CsvPreviewModel;
using winnow::models::CsvProblem;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool writeGzip(const QString& path, const QByteArray& content)
{
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    const int written = gzwrite(file, content.constData(), unsigned(content.size()));
    return gzclose(file) == Z_OK && written == content.size();
}

// Rows "i,value i,..." numbered from 1, under a header.
QByteArray numberedRows(int rows)
{
    QByteArray text = "id,amount,label,flag,when\n";
    for (int i = 1; i <= rows; ++i)
        text += QByteArray::number(i) + ',' + QByteArray::number(i * 0.25) + ",L" +
                QByteArray::number(i % 7) + ',' + (i % 2 ? "true" : "false") + ",2023-01-" +
                QByteArray::number(10 + i % 20) + '\n';
    return text;
}

bool waitUntilLoaded(CsvPreviewModel& model, int timeout = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (model.state() == CsvPreviewModel::State::Loading && timer.elapsed() < timeout)
        QTest::qWait(5);
    return model.state() != CsvPreviewModel::State::Loading;
}

bool waitUntilFetched(CsvPreviewModel& model, int timeout = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (model.isFetching() && timer.elapsed() < timeout)
        QTest::qWait(2);
    return !model.isFetching();
}

// Fetches every block there is.
void fetchAll(CsvPreviewModel& model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(waitUntilFetched(model));
    }
}

QString cell(const CsvPreviewModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestCsvPreviewModel : public QObject {
    Q_OBJECT

private slots:
    void init() { m_directory = std::make_unique<QTemporaryDir>(); }

    void smallFile_showsValuesAsWrittenAndTypesAsTheEngineReadsThem()
    {
        const QString path = m_directory->filePath(u"small.csv"_s);
        QVERIFY(writeFile(path, "code,price,available,added,colour\n"
                                "01234,1.50,true,2023-10-17,red\n"
                                "00042,NA,False,2023-10-18 16:47:14,\"blue, dark\"\n"
                                "10000,3e2,TRUE,,green\n"));
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy sampled(&model, &CsvPreviewModel::sampleChanged);
        model.setFile(path);
        QCOMPARE(model.state(), CsvPreviewModel::State::Loading);
        QVERIFY(waitUntilLoaded(model));
        QCOMPARE(model.state(), CsvPreviewModel::State::Ready);
        QCOMPARE(sampled.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 5);
        QVERIFY(model.sampleIsWholeFile());
        QVERIFY(model.isComplete());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.estimatedRowCount(), 3);

        // Values as written: leading zeros, the number's own form, quotes removed.
        QCOMPARE(cell(model, 0, 0), u"01234"_s);
        QCOMPARE(cell(model, 0, 1), u"1.50"_s);
        QCOMPARE(cell(model, 2, 1), u"3e2"_s);
        QCOMPARE(cell(model, 1, 4), u"blue, dark"_s);
        // Missing markers are missing.
        QCOMPARE(cell(model, 1, 1), QString());
        QVERIFY(model.data(model.index(1, 1), CsvPreviewModel::MissingRole).toBool());
        QVERIFY(!model.data(model.index(0, 1), CsvPreviewModel::MissingRole).toBool());
        // Raw values typed as the engine reads them.
        QCOMPARE(model.data(model.index(2, 1), CsvPreviewModel::RawValueRole).toDouble(), 300.0);
        QCOMPARE(model.data(model.index(1, 2), CsvPreviewModel::RawValueRole).toBool(), false);
        QCOMPARE(model.data(model.index(1, 3), CsvPreviewModel::RawValueRole).toDateTime(),
                 QDateTime(QDate(2023, 10, 18), QTime(16, 47, 14), Qt::UTC));
        QCOMPARE(model.data(model.index(0, 1), Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);

        // The types are those the engine's reader infers for the whole file.
        const winnow::engine::Table table =
            winnow::engine::readCsv(QFile::encodeName(path).toStdString());
        QCOMPARE(model.columnCount(), int(table.columnCount()));
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString expected = QString::fromStdString(
                winnow::engine::columnTypeName(table.column(std::size_t(column)).type));
            QCOMPARE(model.headerData(column, Qt::Horizontal, CsvPreviewModel::ColumnTypeRole)
                         .toString(),
                     expected);
            QCOMPARE(model.headerData(column, Qt::Horizontal, CsvPreviewModel::ColumnNameRole)
                         .toString(),
                     QString::fromStdString(table.column(std::size_t(column)).name));
        }
        QCOMPARE(model.columnType(0), ColumnType::Numeric); // shown as written, read as a number
        QCOMPARE(model.columnType(1), ColumnType::Numeric);
        QCOMPARE(model.columnType(2), ColumnType::Boolean);
        QCOMPARE(model.columnType(3), ColumnType::Datetime);
        // The header shows the name and the type.
        const QString header = model.headerData(1, Qt::Horizontal).toString();
        QVERIFY2(header.startsWith(u"price\n"_s) && header.contains(u"numeric"_s),
                 qPrintable(header));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"1"_s);
    }

    void fetchMore_addsRowsInBlocksUntilTheEnd()
    {
        const int rows = 5000;
        const QString path = m_directory->filePath(u"rows.csv"_s);
        QVERIFY(writeFile(path, numberedRows(rows)));
        // No QAbstractItemModelTester here: it calls fetchMore() itself
        // whenever rows arrive, so the blocks this test counts would depend
        // on timing (fetchingEverything_passesTheModelTester has one).
        CsvPreviewModel model;
        model.setHeadBytes(4096);
        model.setBlockRows(700);
        model.setFile(path);
        QVERIFY(waitUntilLoaded(model));
        QCOMPARE(model.state(), CsvPreviewModel::State::Ready);
        const int head = model.rowCount();
        QVERIFY2(head > 10 && head < 400, qPrintable(QString::number(head)));
        QVERIFY(!model.sampleIsWholeFile());
        QVERIFY(model.canFetchMore({}));
        // The estimate from the head's bytes per row is near the truth (rows
        // here grow longer as their numbers do, so it is a little high).
        QVERIFY2(qAbs(model.estimatedRowCount() - rows) < rows / 5,
                 qPrintable(QString::number(model.estimatedRowCount())));

        QSignalSpy inserted(&model, &CsvPreviewModel::rowsInserted);
        model.fetchMore({});
        QVERIFY(model.isFetching());
        QVERIFY(waitUntilFetched(model));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), head + 700);
        QCOMPARE(inserted.first().at(1).toInt(), head);
        QCOMPARE(inserted.first().at(2).toInt(), head + 699);

        fetchAll(model);
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(model.isComplete());
        QVERIFY(!model.canFetchMore({}));
        // Every row is the file's, in order, across block boundaries.
        for (int row : {0, head - 1, head, head + 699, head + 700, rows - 1}) {
            QCOMPARE(cell(model, row, 0), QString::number(row + 1));
            QCOMPARE(model.headerData(row, Qt::Vertical).toString(), QLocale().toString(row + 1));
        }
        QCOMPARE(cell(model, rows - 1, 1), QString::number((rows)*0.25));
        // Rows beyond the head sort by the value the engine would read.
        QCOMPARE(model.data(model.index(rows - 1, 1), CsvPreviewModel::RawValueRole).toDouble(),
                 rows * 0.25);
    }

    void fetchingEverything_passesTheModelTester()
    {
        const int rows = 3000;
        const QString path = m_directory->filePath(u"tested.csv"_s);
        QVERIFY(writeFile(path, numberedRows(rows)));
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeadBytes(4096);
        model.setBlockRows(500);
        model.setFile(path);
        QVERIFY(waitUntilLoaded(model));
        fetchAll(model);
        QVERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), rows);
        for (int row = 0; row < rows; row += 97)
            QCOMPARE(cell(model, row, 0), QString::number(row + 1));
    }

    void maximumRows_stopsFetching()
    {
        const QString path = m_directory->filePath(u"many.csv"_s);
        QVERIFY(writeFile(path, numberedRows(3000)));
        CsvPreviewModel model;
        model.setHeadBytes(2048);
        model.setBlockRows(400);
        model.setMaximumRows(1000);
        model.setFile(path);
        QVERIFY(waitUntilLoaded(model));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.isComplete());
        QVERIFY(!model.canFetchMore({}));
    }

    void gzipFile_readsLikeThePlainFile()
    {
        const QByteArray text = numberedRows(2000);
        const QString plain = m_directory->filePath(u"plain.csv"_s);
        const QString packed = m_directory->filePath(u"packed.csv.gz"_s);
        QVERIFY(writeFile(plain, text));
        QVERIFY(writeGzip(packed, text));
        CsvPreviewModel a, b;
        for (CsvPreviewModel* model : {&a, &b}) {
            model->setHeadBytes(8192);
            model->setBlockRows(500);
        }
        a.setFile(plain);
        b.setFile(packed);
        QVERIFY(waitUntilLoaded(a));
        QVERIFY(waitUntilLoaded(b));
        QCOMPARE(b.state(), CsvPreviewModel::State::Ready);
        fetchAll(a);
        fetchAll(b);
        QCOMPARE(b.rowCount(), 2000);
        QCOMPARE(b.rowCount(), a.rowCount());
        for (int row : {0, 777, 1999})
            for (int column = 0; column < a.columnCount(); ++column)
                QCOMPARE(cell(b, row, column), cell(a, row, column));
        for (int column = 0; column < a.columnCount(); ++column)
            QCOMPARE(b.columnType(column), a.columnType(column));
    }

    void malformedHead_reportsFileLineAndColumn()
    {
        const QString path = m_directory->filePath(u"broken.csv"_s);
        QVERIFY(writeFile(path, "a,b,c\n1,2,3\n4,5,6\n7,\"8,9\n"));
        CsvPreviewModel model;
        QSignalSpy states(&model, &CsvPreviewModel::stateChanged);
        model.setFile(path);
        QVERIFY(waitUntilLoaded(model));
        QCOMPARE(model.state(), CsvPreviewModel::State::Failed);
        QCOMPARE(model.rowCount(), 0);
        const CsvProblem problem = model.error();
        QCOMPARE(problem.file, path);
        QCOMPARE(problem.line, 4);
        QCOMPARE(problem.column, 2);
        QVERIFY2(problem.message.contains(u"unterminated quoted field"_s),
                 qPrintable(problem.message));
        QVERIFY2(problem.text().startsWith(u"broken.csv, line 4, column 2: "_s),
                 qPrintable(problem.text()));

        // The engine says the same about the same place.
        try {
            winnow::engine::readCsv(QFile::encodeName(path).toStdString());
            QFAIL("the engine read a malformed file");
        } catch (const winnow::engine::InputError& error) {
            QCOMPARE(QString::fromStdString(error.problem()), problem.message);
            QCOMPARE(qint64(error.location()->line), problem.line);
            QCOMPARE(int(error.location()->column), problem.column);
        }
    }

    void malformedFurtherDown_reportsTheLineInTheWholeFile()
    {
        // Good rows for the head, then a ragged record far below it.
        QByteArray text = numberedRows(3000);
        text += "3001,1.5,L1,true,2023-01-11,surplus\n";
        const QByteArray more = numberedRows(50);
        text += more.mid(more.indexOf('\n') + 1);
        const QString path = m_directory->filePath(u"ragged.csv"_s);
        QVERIFY(writeFile(path, text));

        CsvPreviewModel model;
        model.setHeadBytes(4096);
        model.setBlockRows(1000);
        QSignalSpy failed(&model, &CsvPreviewModel::fetchFailed);
        model.setFile(path);
        QVERIFY(waitUntilLoaded(model));
        QCOMPARE(model.state(), CsvPreviewModel::State::Ready);
        fetchAll(model);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!model.canFetchMore({}));
        const CsvProblem problem = model.error();
        QCOMPARE(problem.line, 3002); // header, 3000 rows, then the ragged one
        try {
            winnow::engine::readCsv(QFile::encodeName(path).toStdString());
            QFAIL("the engine read a ragged file");
        } catch (const winnow::engine::InputError& error) {
            QCOMPARE(qint64(error.location()->line), problem.line);
            QCOMPARE(int(error.location()->column), problem.column);
            QCOMPARE(QString::fromStdString(error.problem()), problem.message);
        }
        // The rows before it stay.
        QVERIFY(model.rowCount() >= 2000);
        QCOMPARE(cell(model, 1999, 0), u"2000"_s);
    }

    void notACsvFile_failsWithTheEnginesMessage()
    {
        const QString path = m_directory->filePath(u"picture.csv"_s);
        QVERIFY(writeFile(
            path, QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000001000000010008")));
        CsvPreviewModel model;
        model.setFile(path);
        QVERIFY(waitUntilLoaded(model));
        QCOMPARE(model.state(), CsvPreviewModel::State::Failed);
        QVERIFY2(model.error().message.contains(u"UTF-8"_s), qPrintable(model.error().message));
        QCOMPARE(model.error().line, 1);
    }

    void emptyAndMissingFiles_fail()
    {
        const QString empty = m_directory->filePath(u"empty.csv"_s);
        QVERIFY(writeFile(empty, ""));
        CsvPreviewModel model;
        model.setFile(empty);
        QVERIFY(waitUntilLoaded(model));
        QCOMPARE(model.state(), CsvPreviewModel::State::Failed);
        QCOMPARE(model.error().message, u"the file is empty"_s);

        model.setFile(m_directory->filePath(u"absent.csv"_s));
        QVERIFY(waitUntilLoaded(model));
        QCOMPARE(model.state(), CsvPreviewModel::State::Failed);
        QVERIFY2(model.error().message.contains(u"cannot open"_s),
                 qPrintable(model.error().message));

        model.clear();
        QCOMPARE(model.state(), CsvPreviewModel::State::Empty);
        QCOMPARE(model.columnCount(), 0);
    }

    void forcedTypes_readTheHeadAgainAndReportValuesThatDoNotFit()
    {
        const QString path = m_directory->filePath(u"typed.csv"_s);
        QVERIFY(writeFile(path, "zip,price,name\n1000,1.5,a\n2000,2.5,b\n3000,x,c\n"));
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFile(path);
        QVERIFY(waitUntilLoaded(model));
        QCOMPARE(model.columnType(0), ColumnType::Numeric);
        QCOMPARE(model.columnType(1), ColumnType::Categorical); // "x" makes it text

        QSignalSpy headers(&model, &CsvPreviewModel::headerDataChanged);
        QSignalSpy sampled(&model, &CsvPreviewModel::sampleChanged);
        model.setForcedTypes({{u"zip"_s, ColumnType::Categorical}});
        QVERIFY(model.isRetyping());
        QTRY_COMPARE(sampled.count(), 1);
        QVERIFY(!model.isRetyping());
        QCOMPARE(model.columnType(0), ColumnType::Categorical);
        QCOMPARE(model.inferredType(0), ColumnType::Numeric);
        QCOMPARE(headers.count(), 1); // only the column whose type changed
        QCOMPARE(headers.first().at(1).toInt(), 0);
        QCOMPARE(headers.first().at(2).toInt(), 0);
        QVERIFY(model.typeError().isNull());

        // A value that is not a number in a column forced numeric.
        QSignalSpy typeErrors(&model, &CsvPreviewModel::typeErrorChanged);
        model.setForcedTypes({{u"price"_s, ColumnType::Numeric}});
        QTRY_COMPARE(typeErrors.count(), 1);
        const CsvProblem problem = model.typeError();
        QCOMPARE(problem.line, 4);
        QCOMPARE(problem.column, 2);
        QVERIFY2(problem.message.contains(u"'x'"_s) && problem.message.contains(u"price"_s),
                 qPrintable(problem.message));
        // The sample keeps the last types that fit.
        QCOMPARE(model.columnType(0), ColumnType::Categorical);
        QCOMPARE(model.columnType(1), ColumnType::Categorical);

        model.setForcedTypes({});
        QTRY_COMPARE(typeErrors.count(), 2);
        QVERIFY(model.typeError().isNull());
        QCOMPARE(model.columnType(0), ColumnType::Numeric);

        // Forced from the start of a read.
        model.setFile(path, {{u"zip"_s, ColumnType::Categorical}});
        QVERIFY(waitUntilLoaded(model));
        QCOMPARE(model.columnType(0), ColumnType::Categorical);
    }

    void anotherFile_dropsTheFirstOnesResults()
    {
        const QString first = m_directory->filePath(u"first.csv"_s);
        const QString second = m_directory->filePath(u"second.csv"_s);
        QVERIFY(writeFile(first, "a,b\n1,2\n"));
        QVERIFY(writeFile(second, "x,y,z\n1,2,3\n4,5,6\n"));
        CsvPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFile(first);
        model.setFile(second); // before the first is read
        QVERIFY(waitUntilLoaded(model));
        QTest::qWait(50); // the first read's result, if any, comes and is dropped
        QCOMPARE(model.file(), second);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.rowCount(), 2);
    }

    void largeFile_showsItsHeadAtOnceWithoutHoldingUpTheUi()
    {
        // About 1 GiB (200 MiB when the disk is short of room), made by
        // repeating a block of rows.
        const QStorageInfo storage(m_directory->path());
        const qint64 target = storage.bytesAvailable() > (6LL << 30) ? (1LL << 30) : (200LL << 20);
        const QString path = m_directory->filePath(u"large.csv"_s);
        QByteArray block;
        for (int i = 0; i < 20000; ++i)
            block += "CUST-" + QByteArray::number(100000 + i) + ",42.5," +
                     QByteArray::number(i % 97) + ",East,Premium,2023-05-06,true,no\n";
        qint64 rows = 0;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("customer_id,charges,calls,region,plan,signup,renew,churned\n");
            while (file.size() < target) {
                QVERIFY(file.write(block) == block.size());
                rows += 20000;
            }
        }
        qInfo("generated %s: %.0f MiB, %lld rows", qPrintable(path),
              double(QFileInfo(path).size()) / (1 << 20), rows);

        CsvPreviewModel model;
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();

        QElapsedTimer opening;
        opening.start();
        model.setFile(path);
        const qint64 setFileMs = opening.elapsed();
        QVERIFY(waitUntilLoaded(model, 30000));
        const qint64 headMs = opening.elapsed();
        QCOMPARE(model.state(), CsvPreviewModel::State::Ready);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(cell(model, 0, 0), u"CUST-100000"_s);

        // Scrolling down reads a block at a time, never the whole file.
        for (int i = 0; i < 5; ++i) {
            model.fetchMore({});
            QVERIFY(waitUntilFetched(model));
        }
        ticker.stop();
        qInfo(
            "setFile returned in %lld ms; head shown after %lld ms; longest UI-thread gap %lld ms; "
            "%lld bytes read",
            setFileMs, headMs, longestGap, model.bytesRead());
        QVERIFY2(model.bytesRead() < (16 << 20), qPrintable(QString::number(model.bytesRead())));
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
        QVERIFY2(qAbs(model.estimatedRowCount() - rows) < rows / 20,
                 qPrintable(QString::number(model.estimatedRowCount())));
        QFile::remove(path);
    }

private:
    std::unique_ptr<QTemporaryDir> m_directory;
};

QTEST_MAIN(TestCsvPreviewModel)
#include "test_ui_newjob_csv_preview_model.moc"
