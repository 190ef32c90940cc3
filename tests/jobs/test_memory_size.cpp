// The memory limit's default and how sizes are written in messages.

#include "jobs/memory_size.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace winnow::jobs;
using namespace Qt::StringLiterals;

class TestMemorySize : public QObject {
    Q_OBJECT

private slots:
    void physicalMemory_isReadFromMemTotal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"meminfo"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("MemFree:         9000 kB\nMemTotal:       24684096 kB\nSwapTotal: 0 kB\n");
        file.close();
        QCOMPARE(physicalMemoryBytes(path), qint64(24684096) * 1024);
        QVERIFY(!physicalMemoryBytes(dir.filePath(u"missing"_s)));
    }

    void defaultLimit_isThreeQuartersOfThisMachine()
    {
        const std::optional<qint64> physical = physicalMemoryBytes();
        QVERIFY2(physical, "/proc/meminfo has no MemTotal line");
        QCOMPARE(defaultMemoryLimitBytes(), *physical / 4 * 3);
    }

    void formatBytes_writesSizesAsTheEngineDoes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << u"0 MB"_s;
        QTest::newRow("a byte rounds up") << qint64(1) << u"1 MB"_s;
        QTest::newRow("10 MiB") << qint64(10) * 1024 * 1024 << u"10 MB"_s;
        QTest::newRow("300 000 000") << qint64(300000000) << u"287 MB"_s;
        QTest::newRow("1 GiB") << (qint64(1) << 30) << u"1.0 GB"_s;
        QTest::newRow("3.25 GiB") << qint64(3.25 * double(qint64(1) << 30)) << u"3.2 GB"_s;
    }

    void formatBytes_writesSizesAsTheEngineDoes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatBytes(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestMemorySize)
#include "test_memory_size.moc"
