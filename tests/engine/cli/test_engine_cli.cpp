// End-to-end tests of the winnow-engine program: the real binary, run as the
// job runner runs it, on real CSV files, checked against scikit-learn.

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString kPython = u"/usr/bin/python3"_s;

QString sourcePath(const QString& relative)
{
    return QStringLiteral(WINNOW_SOURCE_DIR) + u'/' + relative;
}

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
    qint64 millis = 0;
};

Run runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 300'000)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = u"timed out"_s;
        return run;
    }
    run.millis = timer.elapsed();
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run engine(const QStringList& arguments, int timeoutMs = 300'000)
{
    return runProgram(QStringLiteral(WINNOW_ENGINE_PATH), arguments, timeoutMs);
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<QJsonObject> readEvents(const QString& path)
{
    QList<QJsonObject> events;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return events;
    while (!file.atEnd()) {
        QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            events.append(QJsonDocument::fromJson(line).object());
    }
    return events;
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestEngineCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_data;

    QString data(const QString& name) const { return m_data.filePath(name); }

    // Trains on <name>_train.csv, predicts <name>_holdout.csv, and returns
    // scikit-learn's scores of the predictions.
    QJsonObject trainPredictScore(const QString& name, const QString& out)
    {
        Run train = engine({u"train"_s, u"--data"_s, data(name + u"_train.csv"_s), u"--target"_s,
                            u"target"_s, u"--id-column"_s, u"id"_s, u"--time-budget"_s, u"60"_s,
                            u"--out"_s, out, u"--events"_s, out + u"/events.jsonl"_s});
        if (train.exitCode != 0)
            qWarning().noquote() << train.err;
        [&] {
            QCOMPARE(train.exitCode, 0);
            // The budget is kept: 60 s, with a little slack for process start.
            QVERIFY2(train.millis < 65'000, qPrintable(u"took %1 ms"_s.arg(train.millis)));
        }();
        Run predict = engine({u"predict"_s, u"--model"_s, out, u"--data"_s,
                              data(name + u"_holdout.csv"_s), u"--out"_s, out + u"/pred.csv"_s});
        if (predict.exitCode != 0)
            qWarning().noquote() << predict.err;
        [&] { QCOMPARE(predict.exitCode, 0); }();
        Run score = runProgram(kPython, {sourcePath(u"tests/engine/cli/score_predictions.py"_s),
                                         data(name + u"_holdout.csv"_s), out + u"/pred.csv"_s});
        if (score.exitCode != 0)
            qWarning().noquote() << score.err;
        return QJsonDocument::fromJson(score.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kPython),
                 "Debian's /usr/bin/python3 is missing (scripts/install-deps)");
        QVERIFY(m_data.isValid());
        Run exported = runProgram(
            kPython, {sourcePath(u"tests/engine/cli/sklearn_datasets.py"_s), m_data.path()});
        QVERIFY2(exported.exitCode == 0,
                 qPrintable(u"exporting scikit-learn's datasets failed (python3-sklearn and "
                            "python3-pandas needed): "_s +
                            exported.err));
    }

    void help_everySubcommandAnswers()
    {
        for (const auto& command : {u"train"_s, u"predict"_s, u"describe"_s, u"estimate"_s}) {
            Run run = engine({command, u"--help"_s});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(u"Usage: winnow-engine "_s + command), qPrintable(run.out));
        }
        Run version = engine({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"winnow-engine "_s));
    }

    void breastCancer_rocAucAbove097()
    {
        QTemporaryDir out;
        QJsonObject scores = trainPredictScore(u"breast_cancer"_s, out.path());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(scores.value(u"rows"_s).toInt(), scores.value(u"holdoutRows"_s).toInt());
        QVERIFY2(scores.value(u"rocAuc"_s).toDouble() > 0.97,
                 qPrintable(QString::fromUtf8(QJsonDocument(scores).toJson())));

        // Every artifact is there, and metadata.json follows the schema.
        for (const auto& file : {u"metadata.json"_s, u"model.winnow"_s, u"pipeline.html"_s,
                                 u"train.csv"_s, u"test.csv"_s, u"leaderboard.json"_s})
            QVERIFY2(QFile::exists(out.filePath(file)), qPrintable(file));
        QVERIFY(!QFile::exists(out.filePath(u"checkpoint.json"_s)));
        Run valid = runProgram(kPython,
                               {u"-m"_s, u"jsonschema"_s, u"-i"_s, out.filePath(u"metadata.json"_s),
                                sourcePath(u"docs/metadata.schema.json"_s)});
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.out + valid.err));

        QJsonObject metadata = readJson(out.filePath(u"metadata.json"_s));
        QCOMPARE(metadata.value(u"target"_s).toArray(), (QJsonArray{0, 1}));
        QVERIFY(metadata.value(u"metrics"_s).toObject().contains(u"confusionMatrix"_s));
        QVERIFY(!metadata.value(u"features"_s).toArray().contains(u"id"_s));

        // The split files hold every training row exactly once.
        auto lines = [&](const QString& file) {
            QFile f(out.filePath(file));
            f.open(QIODevice::ReadOnly);
            return f.readAll().count('\n') - 1;
        };
        QFile train(data(u"breast_cancer_train.csv"_s));
        train.open(QIODevice::ReadOnly);
        QCOMPARE(lines(u"train.csv"_s) + lines(u"test.csv"_s), train.readAll().count('\n') - 1);

        // The event stream tells the whole story, in order.
        auto events = readEvents(out.filePath(u"events.jsonl"_s));
        QStringList statuses;
        double progress = 0.0;
        int candidates = 0;
        for (const auto& event : events) {
            QCOMPARE(event.value(u"contract"_s).toInt(), 1);
            QVERIFY(event.contains(u"time"_s));
            if (event.contains(u"progress"_s)) {
                QVERIFY(event.value(u"progress"_s).toDouble() >= progress);
                progress = event.value(u"progress"_s).toDouble();
            }
            QString type = event.value(u"type"_s).toString();
            if (type == u"status"_s &&
                statuses.value(statuses.size() - 1) != event[u"status"_s].toString())
                statuses << event.value(u"status"_s).toString();
            if (type == u"candidate"_s) {
                ++candidates;
                QVERIFY(event.value(u"pipeline"_s).isArray());
                QCOMPARE(event.value(u"scoring"_s).toString(), u"f1"_s);
            }
        }
        QCOMPARE(statuses, (QStringList{u"Starting"_s, u"AnalyzingData"_s, u"FeatureEngineering"_s,
                                        u"ModelTuning"_s, u"TrainingBestModel"_s,
                                        u"WritingArtifacts"_s, u"Completed"_s}));
        QVERIFY(candidates >= 3);
        QCOMPARE(progress, 1.0);

        Run describe = engine({u"describe"_s, u"--model"_s, out.path()});
        QCOMPARE(describe.exitCode, 0);
        QVERIFY(describe.out.contains(u"binary_classification"_s));
        QVERIFY(describe.out.contains(u"rocAuc"_s));
    }

    void wine_multiclassAccuracyAbove09()
    {
        QTemporaryDir out;
        QJsonObject scores = trainPredictScore(u"wine"_s, out.path());
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(scores.value(u"accuracy"_s).toDouble() > 0.9,
                 qPrintable(QString::fromUtf8(QJsonDocument(scores).toJson())));
        QJsonObject metadata = readJson(out.filePath(u"metadata.json"_s));
        QCOMPARE(metadata[u"winnow"_s][u"task"_s].toString(), u"multiclass_classification"_s);
        QCOMPARE(metadata[u"metrics"_s][u"confusionMatrix"_s][u"labels"_s].toArray().size(), 3);
    }

    void diabetes_regressionR2Above035()
    {
        QTemporaryDir out;
        QJsonObject scores = trainPredictScore(u"diabetes"_s, out.path());
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(scores.value(u"r2"_s).toDouble() > 0.35,
                 qPrintable(QString::fromUtf8(QJsonDocument(scores).toJson())));
        QJsonObject metadata = readJson(out.filePath(u"metadata.json"_s));
        QCOMPARE(metadata[u"winnow"_s][u"scoring"_s].toString(), u"mse"_s);
        QVERIFY(metadata[u"target"_s].toArray().isEmpty());
    }

    void numFeatures_keepsThatManyColumns()
    {
        QTemporaryDir out;
        Run train =
            engine({u"train"_s, u"--data"_s, data(u"breast_cancer_train.csv"_s), u"--target"_s,
                    u"target"_s, u"--id-column"_s, u"id"_s, u"--num-features"_s, u"5"_s,
                    u"--scoring"_s, u"ks"_s, u"--algorithms"_s, u"xgboost,logistic_regression"_s,
                    u"--time-budget"_s, u"30"_s, u"--out"_s, out.path()});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));
        QJsonObject metadata = readJson(out.filePath(u"metadata.json"_s));
        QCOMPARE(metadata[u"features"_s].toArray().size(), 5);
        QJsonArray board = readJson(out.filePath(u"leaderboard.json"_s))[u"candidates"_s].toArray();
        QCOMPARE(board.size(), 2);
        for (const auto& row : board)
            QVERIFY(QStringList({u"xgboost"_s, u"logistic_regression"_s})
                        .contains(row[u"algorithm"_s].toString()));

        // Held-out rows may lack the columns the model dropped, not the others.
        Run predict =
            engine({u"predict"_s, u"--model"_s, out.path(), u"--data"_s,
                    data(u"breast_cancer_holdout.csv"_s), u"--out"_s, out.filePath(u"pred.csv"_s)});
        QCOMPARE(predict.exitCode, 0);
    }

    void sigterm_stopsAndKeepsBestModel()
    {
        // A budget far beyond what the test waits for: only the signal ends it.
        QTemporaryDir out;
        QProcess process;
        process.start(QStringLiteral(WINNOW_ENGINE_PATH),
                      {u"train"_s, u"--data"_s, data(u"breast_cancer_train.csv"_s), u"--target"_s,
                       u"target"_s, u"--time-budget"_s, u"3600"_s, u"--events"_s, u"-"_s,
                       u"--out"_s, out.path()});
        QVERIFY(process.waitForStarted());
        QString seen;
        QElapsedTimer timer;
        timer.start();
        while (!seen.contains(u"\"type\":\"candidate\""_s) && timer.elapsed() < 120'000) {
            process.waitForReadyRead(1000);
            seen += QString::fromUtf8(process.readAllStandardOutput());
        }
        QVERIFY2(seen.contains(u"\"type\":\"candidate\""_s), "no candidate finished in 120 s");
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(120'000));
        seen += QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 5);
        QVERIFY(seen.contains(u"\"status\":\"Stopped\""_s));
        QJsonObject metadata = readJson(out.filePath(u"metadata.json"_s));
        QVERIFY(metadata[u"winnow"_s][u"stoppedEarly"_s].toBool());
        QVERIFY(QFile::exists(out.filePath(u"model.winnow"_s)));
    }

    void badInput_clearErrorsAndExitCodes()
    {
        QTemporaryDir out;
        Run unknownTarget = engine({u"train"_s, u"--data"_s, data(u"wine_train.csv"_s),
                                    u"--target"_s, u"tagret"_s, u"--out"_s, out.path()});
        QCOMPARE(unknownTarget.exitCode, 3);
        QVERIFY2(unknownTarget.err.contains(u"'tagret' is not a column"_s),
                 qPrintable(unknownTarget.err));
        QVERIFY(unknownTarget.err.contains(u"did you mean 'target'"_s));

        Run badFlag = engine({u"train"_s, u"--dta"_s, u"x.csv"_s});
        QCOMPARE(badFlag.exitCode, 2);
        QVERIFY(badFlag.err.contains(u"unknown option '--dta'"_s));

        Run wrongScoring =
            engine({u"train"_s, u"--data"_s, data(u"diabetes_train.csv"_s), u"--target"_s,
                    u"target"_s, u"--scoring"_s, u"ks"_s, u"--out"_s, out.path()});
        QCOMPARE(wrongScoring.exitCode, 3);
        QVERIFY2(wrongScoring.err.contains(u"does not fit a regression task"_s),
                 qPrintable(wrongScoring.err));

        const QString ragged = out.filePath(u"ragged.csv"_s);
        writeText(ragged, "a,b,target\n1,2,0\n3,4\n5,6,1\n");
        Run raggedRun = engine({u"train"_s, u"--data"_s, ragged, u"--target"_s, u"target"_s,
                                u"--out"_s, out.filePath(u"r"_s)});
        QCOMPARE(raggedRun.exitCode, 3);
        QVERIFY2(raggedRun.err.contains(ragged + u":3"_s), qPrintable(raggedRun.err));
        QVERIFY(!QFile::exists(out.filePath(u"r/metadata.json"_s)));
    }

    void predict_namesMissingColumnsAndRefusesDamagedModels()
    {
        QTemporaryDir out;
        Run train =
            engine({u"train"_s, u"--data"_s, data(u"wine_train.csv"_s), u"--target"_s, u"target"_s,
                    u"--algorithms"_s, u"naive_bayes"_s, u"--out"_s, out.path()});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));

        const QString partial = out.filePath(u"partial.csv"_s);
        writeText(partial, "alcohol,ash\n13.1,2.4\n");
        Run missing = engine({u"predict"_s, u"--model"_s, out.path(), u"--data"_s, partial,
                              u"--out"_s, out.filePath(u"p.csv"_s)});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(u"'malic_acid'"_s) && missing.err.contains(u"'proline'"_s),
                 qPrintable(missing.err));
        QVERIFY(!QFile::exists(out.filePath(u"p.csv"_s)));

        QFile model(out.filePath(u"model.winnow"_s));
        QVERIFY(model.open(QIODevice::ReadWrite));
        model.seek(model.size() / 2);
        model.write("garbage");
        model.close();
        Run damaged = engine({u"predict"_s, u"--model"_s, out.path(), u"--data"_s,
                              data(u"wine_holdout.csv"_s), u"--out"_s, out.filePath(u"p.csv"_s)});
        QCOMPARE(damaged.exitCode, 3);
        QVERIFY2(damaged.err.contains(u"damaged"_s), qPrintable(damaged.err));
    }

    void maxMemory_overrunFailsCleanly()
    {
#ifdef WINNOW_SANITIZE
        QSKIP("AddressSanitizer reserves terabytes of address space, so an address-space "
              "limit cannot be tested under it");
#endif
        // 600 000 rows of 8 numbers: about 40 MB parsed, far more once the
        // folds are encoded; 80 MB of address space cannot hold the run.
        QTemporaryDir out;
        const QString big = out.filePath(u"big.csv"_s);
        {
            std::string text = "a,b,c,d,e,f,g,h,y\n";
            text.reserve(40'000'000);
            char number[32];
            for (int i = 0; i < 600'000; ++i) {
                for (int c = 0; c < 8; ++c) {
                    int length = std::snprintf(number, sizeof number, "%.3f,",
                                               ((i * 7919LL + c * 104729LL) % 100003) / 1000.0);
                    text.append(number, static_cast<std::size_t>(length));
                }
                text += i % 3 == 0 ? "1\n" : "0\n";
            }
            writeText(big, QByteArray::fromStdString(text));
        }
        Run run = engine({u"train"_s, u"--data"_s, big, u"--target"_s, u"y"_s, u"--max-memory"_s,
                          u"80000000"_s, u"--events"_s, out.filePath(u"events.jsonl"_s), u"--out"_s,
                          out.filePath(u"o"_s)});
        QCOMPARE(run.status, QProcess::NormalExit);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"out of memory: needed about"_s), qPrintable(run.err));
        auto events = readEvents(out.filePath(u"events.jsonl"_s));
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().value(u"status"_s).toString(), u"Failed"_s);
        QVERIFY(!QFile::exists(out.filePath(u"o/metadata.json"_s)));
    }

    void estimate_reportsShapeAndMemory()
    {
        Run run = engine({u"estimate"_s, u"--data"_s, data(u"breast_cancer_train.csv"_s),
                          u"--target"_s, u"target"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonObject estimate = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(estimate.value(u"columns"_s).toInt(), 32);
        // 426 rows in the file; the estimate reads them all for so small a file.
        QCOMPARE(estimate.value(u"rows"_s).toInteger(), 426);
        QVERIFY(estimate.value(u"memoryBytes"_s).toDouble() > 100e6);
        QCOMPARE(estimate[u"columnTypes"_s][u"mean_radius"_s].toString(), u"numeric"_s);
    }
};

QTEST_GUILESS_MAIN(TestEngineCli)
#include "test_engine_cli.moc"
