#include "jobs/job_backend.h"
#include "models/csv_preview_model.h"
#include "newjob_test_support.h"
#include "ui/newjob/field_message.h"
#include "ui/newjob/predict_dialog.h"

#include <QDir>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace winnow;
using ui::PredictDialog;

namespace {

QString engineBinary()
{
    return qEnvironmentVariable("WINNOW_ENGINE_BINARY");
}

// What the local backend's predict does: runs `winnow-engine predict` on
// the job's model, and fails with the last line the engine wrote to stderr
// (its message for the user).
class EnginePredictOperation : public jobs::JobOperation {
public:
    EnginePredictOperation(const QString& modelDir, const QString& input, const QString& output)
    {
        connect(&m_process, &QProcess::finished, this,
                [this](int code, QProcess::ExitStatus status) {
                    const QStringList lines = QString::fromUtf8(m_process.readAllStandardError())
                                                  .split(u'\n', Qt::SkipEmptyParts);
                    if (status == QProcess::NormalExit && code == 0)
                        finish(true);
                    else
                        finish(false,
                               lines.isEmpty() ? u"the engine failed"_s : lines.last().trimmed());
                });
        m_process.start(engineBinary(), {u"predict"_s, u"--model"_s, modelDir, u"--data"_s, input,
                                         u"--out"_s, output});
    }

protected:
    void abort() override { m_process.kill(); }

private:
    QProcess m_process;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool dropOn(QWidget& target, const QString& path)
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = target.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    drop.setAccepted(false);
    QCoreApplication::sendEvent(&target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestPredictDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (engineBinary().isEmpty() || !QFileInfo(engineBinary()).isExecutable())
            QFAIL("WINNOW_ENGINE_BINARY does not name the winnow-engine program; build it first");
        QVERIFY(m_directory.isValid());

        // A real model, small and quick: naive Bayes on the churn sample.
        m_modelDir = m_directory.filePath(u"model"_s);
        QProcess train;
        train.start(engineBinary(),
                    {u"train"_s, u"--data"_s, newjob_test::sampleChurnCsv(), u"--target"_s,
                     u"churned"_s, u"--id-column"_s, u"customer_id"_s, u"--algorithms"_s,
                     u"naive_bayes"_s, u"--time-budget"_s, u"10"_s, u"--out"_s, m_modelDir});
        QVERIFY(train.waitForFinished(180000));
        QVERIFY2(train.exitCode() == 0, train.readAllStandardError().constData());
        QVERIFY(QFile::exists(m_modelDir + u"/metadata.json"_s));

        m_job.id = u"0b7a4c1e-0000-4000-8000-000000000001"_s;
        m_job.name = u"Churn"_s;
        m_job.dataPath = newjob_test::sampleChurnCsv();
        m_job.spec.targetName = u"churned"_s;
        m_job.spec.task = u"classification"_s;
        m_job.artifactDir = m_modelDir;
        m_job.setStatus(jobs::JobStatus::Finished);
    }

    void prediction_isPreviewedAndSaved()
    {
        QStringList calls;
        PredictDialog dialog(m_job, predictFunction(&calls));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* predictButton = dialog.findChild<QPushButton*>(u"predictButton"_s);
        auto* saveButton = dialog.findChild<QPushButton*>(u"savePredictionsButton"_s);
        QVERIFY(!predictButton->isEnabled()); // nothing to score yet
        QVERIFY(!saveButton->isEnabled());

        dialog.setInputFile(newjob_test::sampleChurnCsv());
        QVERIFY(predictButton->isEnabled());
        QSignalSpy finished(&dialog, &PredictDialog::predictionFinished);
        QTest::mouseClick(predictButton, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(dialog.findChild<QWidget*>(u"progressRow"_s)->isVisible());
        QVERIFY(!predictButton->isEnabled());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(calls.size(), 1);
        QVERIFY2(calls.first().startsWith(m_job.id + u" "_s + newjob_test::sampleChurnCsv()),
                 qPrintable(calls.first()));
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.errorText().isEmpty());

        // The predictions, as the engine wrote them, in the table.
        models::CsvPreviewModel* model = dialog.predictionsModel();
        QTRY_COMPARE(model->state(), models::CsvPreviewModel::State::Ready);
        auto* view = dialog.findChild<QTableView*>(u"predictionsView"_s);
        QCOMPARE(view->model(), model);
        QCOMPARE(model->rowCount(), 1000);
        QStringList header;
        for (int column = 0; column < model->columnCount(); ++column)
            header << model
                          ->headerData(column, Qt::Horizontal,
                                       models::CsvPreviewModel::ColumnNameRole)
                          .toString();
        QCOMPARE(header, (QStringList{u"customer_id"_s, u"prediction"_s, u"probability_no"_s,
                                      u"probability_yes"_s}));
        QCOMPARE(model->data(model->index(0, 0)).toString(), u"CUST-00001"_s);
        for (int row : {0, 499, 999}) {
            const QString label = model->data(model->index(row, 1)).toString();
            QVERIFY2(label == u"yes"_s || label == u"no"_s, qPrintable(label));
            const double no =
                model->data(model->index(row, 2), models::CsvPreviewModel::RawValueRole).toDouble();
            const double yes =
                model->data(model->index(row, 3), models::CsvPreviewModel::RawValueRole).toDouble();
            QVERIFY(qAbs(no + yes - 1.0) < 1e-9);
            QCOMPARE(label, yes > no ? u"yes"_s : u"no"_s);
        }
        QVERIFY(dialog.findChild<QLabel*>(u"resultLabel"_s)->text().contains(u"1,000"_s));

        // Save As copies the file whole.
        QVERIFY(saveButton->isEnabled());
        const QString saved = m_directory.filePath(u"saved-predictions.csv"_s);
        QVERIFY(newjob_test::writeFile(saved, "old content"));
        QSignalSpy savedSpy(&dialog, &PredictDialog::predictionsSaved);
        QSignalSpy messages(&dialog, &PredictDialog::messageRequested);
        QVERIFY(dialog.savePredictions(saved));
        QVERIFY(savedSpy.wait(10000));
        QCOMPARE(savedSpy.first().at(0).toBool(), true);
        QCOMPARE(readAll(saved), readAll(dialog.predictionsFile()));
        QVERIFY(readAll(saved).startsWith("customer_id,prediction,"));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().at(1).toString().contains(u"saved-predictions.csv"_s));

        // A place that cannot be written says so in the dialog.
        savedSpy.clear();
        QVERIFY(dialog.savePredictions(m_directory.filePath(u"no/such/folder/p.csv"_s)));
        QVERIFY(savedSpy.wait(10000));
        QCOMPARE(savedSpy.first().at(0).toBool(), false);
        QVERIFY(dialog.errorText().contains(u"Could not save"_s));

        if (const QString folder = qEnvironmentVariable("WINNOW_SCREENSHOT_DIR"); !folder.isEmpty())
            dialog.grab().save(folder + u"/predict-dialog.png"_s);
    }

    void missingColumn_showsTheEnginesMessage()
    {
        // The sample without tenure_months.
        QFile in(newjob_test::sampleChurnCsv());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray out;
        int dropAt = -1;
        while (!in.atEnd()) {
            QList<QByteArray> fields = in.readLine().trimmed().split(',');
            if (dropAt < 0)
                dropAt = int(fields.indexOf("tenure_months"));
            fields.removeAt(dropAt);
            out += fields.join(',') + '\n';
        }
        QVERIFY(dropAt > 0);
        const QString path = m_directory.filePath(u"without-tenure.csv"_s);
        QVERIFY(newjob_test::writeFile(path, out));

        PredictDialog dialog(m_job, predictFunction());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setInputFile(path);
        QSignalSpy finished(&dialog, &PredictDialog::predictionFinished);
        dialog.predict();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString error = dialog.errorText();
        QVERIFY2(error.contains(u"tenure_months"_s) && error.contains(u"lacks"_s),
                 qPrintable(error));
        auto* message = dialog.findChild<ui::FieldMessage*>(u"inputMessage"_s);
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), ui::FieldMessage::Kind::Error);
        QVERIFY(!dialog.findChild<QPushButton*>(u"savePredictionsButton"_s)->isEnabled());
        QCOMPARE(dialog.predictionsModel()->rowCount(), 0);
        if (const QString folder = qEnvironmentVariable("WINNOW_SCREENSHOT_DIR"); !folder.isEmpty())
            dialog.grab().save(folder + u"/predict-dialog-missing-column.png"_s);
    }

    void droppedFile_isScored()
    {
        PredictDialog dialog(m_job, predictFunction());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &PredictDialog::predictionFinished);
        QVERIFY(dropOn(dialog, newjob_test::sampleChurnCsv()));
        QCOMPARE(dialog.inputFile(), newjob_test::sampleChurnCsv());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QTRY_COMPARE(dialog.predictionsModel()->rowCount(), 1000);
    }

    void cancelling_stopsThePrediction()
    {
        PredictDialog dialog(m_job, predictFunction());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setInputFile(newjob_test::sampleChurnCsv());
        QSignalSpy finished(&dialog, &PredictDialog::predictionFinished);
        dialog.predict();
        QVERIFY(dialog.isRunning());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"cancelPredictionButton"_s),
                          Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(dialog.errorText().isEmpty()); // a note, not an error
        QVERIFY(dialog.findChild<QPushButton*>(u"predictButton"_s)->isEnabled());
    }

private:
    PredictDialog::PredictFunction predictFunction(QStringList* calls = nullptr) const
    {
        const QString modelDir = m_modelDir;
        return
            [modelDir, calls](const QString& jobId, const QString& input, const QString& output) {
                if (calls)
                    *calls << jobId + u' ' + input + u' ' + output;
                return new EnginePredictOperation(modelDir, input, output);
            };
    }

    QTemporaryDir m_directory;
    QString m_modelDir;
    jobs::Job m_job;
};

QTEST_MAIN(TestPredictDialog)
#include "test_ui_newjob_predict_dialog.moc"
