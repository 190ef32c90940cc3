// The whole app with a real engine, as a user drives it: the app's
// workspace opens a job store and the local backend in a temporary data
// folder; a CSV file dropped on the window opens the New Job dialog,
// prefilled from the file; Start submits a tiny real job, and its row goes
// from PENDING through RUNNING to FINISHED through the model's signals, in
// place, while the window's title counts it and the notifier tells of its
// end. Then the job is deleted through the job actions.

#include "app/workspace.h"
#include "jobs/job_store.h"
#include "jobs/local_backend.h"
#include "models/job_filter_proxy_model.h"
#include "models/job_list_model.h"
#include "ui/history/job_action_controller.h"
#include "ui/history/job_history_view.h"
#include "ui/history/job_notifier.h"
#include "ui/history/job_table_view.h"
#include "ui/main_window.h"
#include "ui/message_bar.h"
#include "ui/newjob/new_job_dialog.h"
#include "ui/newjob/predict_dialog.h"
#include "ui/settings/general_settings.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace winnow;
using jobs::JobStatus;
using models::JobListModel;

Q_DECLARE_METATYPE(winnow::ui::JobNotifier::Channel)

namespace {

// 300 rows, two informative features and a noise one, a binary target.
QString writeTinyCsv(const QTemporaryDir& directory)
{
    const QString path = directory.filePath(u"tiny.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator random(7);
    file.write("id,income,tenure,noise,churned\n");
    for (int i = 0; i < 300; ++i) {
        const double income = random.bounded(100.0);
        const double tenure = random.bounded(60.0);
        const double noise = random.bounded(1.0);
        const bool churned = income / 100.0 + (60.0 - tenure) / 60.0 + random.bounded(0.6) > 1.3;
        file.write(u"%1,%2,%3,%4,%5\n"_s.arg(i)
                       .arg(income, 0, 'f', 2)
                       .arg(tenure, 0, 'f', 1)
                       .arg(noise, 0, 'f', 3)
                       .arg(churned ? 1 : 0)
                       .toUtf8());
    }
    return path;
}

// Drags `path` onto `widget` at `where` (its middle by default) and drops
// it there, as a file manager would; returns whether the widget took it.
bool dropFile(QWidget& window, const QString& path, QPoint where = {})
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = where.isNull() ? window.rect().center() : where;
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    drop.setAccepted(false);
    QCoreApplication::sendEvent(&window, &drop);
    return enter.isAccepted() && drop.isAccepted();
}

} // namespace

class TestUiHistoryEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WinnowTest"_s);
        QCoreApplication::setApplicationName(u"test_ui_history_end_to_end"_s);
        QSettings().clear();
        // New jobs get a short time budget: the test watches a whole run.
        ui::JobDefaults defaults;
        defaults.maxRuntimeSeconds = 10;
        QSettings settings;
        defaults.save(settings);
        qRegisterMetaType<ui::JobNotifier::Channel>();
        const QByteArray engine = qgetenv("WINNOW_ENGINE_BINARY");
        QVERIFY2(!engine.isEmpty() && QFile::exists(QString::fromLocal8Bit(engine)),
                 "winnow-engine is missing: build the winnow-engine target (WINNOW_ENGINE_BINARY "
                 "names it)");
    }

    void realJob_goesFromPendingThroughRunningToFinished_inItsRow()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString csv = writeTinyCsv(data);
        QVERIFY(!csv.isEmpty());

        ui::MainWindow window;
        auto* workspace = new app::Workspace(data.filePath(u"winnow"_s), &window);
        QVERIFY2(workspace->startupProblem().isEmpty(), qPrintable(workspace->startupProblem()));
        QVERIFY(workspace->localBackend());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        JobListModel* model = workspace->jobModel();
        workspace->notifier()->setTrayAvailable(false);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy statuses(model, &JobListModel::statusChanged);
        QSignalSpy notified(workspace->notifier(), &ui::JobNotifier::notified);
        // Every status the row shows, as the model reports it: the one it was
        // inserted with, then each change.
        QList<JobStatus> seen;
        connect(
            model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex&, int first, int) { seen << model->summaryAt(first).status(); });
        connect(model, &JobListModel::statusChanged, this,
                [&](const QString&, JobStatus, JobStatus current) { seen << current; });

        // Drop the file on the window: the New Job dialog opens on it,
        // prefilled, and Start submits the job.
        QSignalSpy submittedSpy(workspace, &app::Workspace::jobSubmitted);
        QVERIFY(dropFile(window, csv));
        QTRY_VERIFY_WITH_TIMEOUT(workspace->newJobDialog() != nullptr, 5000);
        ui::NewJobDialog* dialog = workspace->newJobDialog();
        QCOMPARE(dialog->currentFile(), csv);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->canStart(), 20000);
        QCOMPARE(dialog->findChild<QComboBox*>(u"targetCombo"_s)->currentText(), u"churned"_s);
        QCOMPARE(dialog->findChild<QComboBox*>(u"idCombo"_s)->currentText(), u"id"_s);
        QCOMPARE(dialog->job().spec.maxRuntimeSeconds, 10);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(submittedSpy.wait(10000));
        const QString id = submittedSpy.at(0).at(0).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(workspace->store()->get(id)->spec.targetName, u"churned"_s);

        // The row arrived by an insert, as PENDING (or already further).
        QVERIFY(inserted.count() >= 1);
        const int row = model->rowOf(id);
        QVERIFY(row >= 0);

        // Watch it run: statuses in order, progress in its Status cell.
        bool sawRunningTitle = false;
        bool sawProgress = false;
        QElapsedTimer timer;
        timer.start();
        while (model->summaryAt(model->rowOf(id)).status() != JobStatus::Finished &&
               !jobs::isTerminal(model->summaryAt(model->rowOf(id)).status()) &&
               timer.elapsed() < 180000) {
            QTest::qWait(50);
            sawRunningTitle = sawRunningTitle || window.windowTitle().contains(u"1 running"_s);
            sawProgress = sawProgress || model->summaryAt(model->rowOf(id)).progress > 0.0;
        }
        const jobs::JobSummary finished = model->summaryAt(model->rowOf(id));
        QVERIFY2(finished.status() == JobStatus::Finished,
                 qPrintable(finished.statusText + u": "_s + finished.failureReason));
        QCOMPARE(seen,
                 (QList<JobStatus>{JobStatus::Pending, JobStatus::Running, JobStatus::Finished}));
        QVERIFY(sawRunningTitle);
        QVERIFY(sawProgress);
        QVERIFY(finished.bestScore.has_value());
        QCOMPARE(window.windowTitle(), u"Winnow"_s);

        // All through statusChanged and in-place dataChanged, never a reset,
        // and the row stayed the same row.
        QVERIFY(statuses.count() >= 2);
        QCOMPARE(statuses.constLast().at(2).value<JobStatus>(), JobStatus::Finished);
        QVERIFY(changed.count() > 2);
        for (const QList<QVariant>& signal : std::as_const(changed))
            QCOMPARE(signal.at(0).toModelIndex().row(), row);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);

        // The notifier told of it.
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), id);
        QCOMPARE(notified.at(0).at(1).toString(), u"Job finished"_s);

        // A CSV file dropped on the finished job's row is new data for its
        // model: the Predict dialog opens on it.
        ui::JobTableView* table = workspace->historyView()->table();
        const QModelIndex shown = workspace->jobProxy()->mapFromSource(model->index(row, 0));
        const QPoint onRow = table->visualRect(shown).center();
        QVERIFY(dropFile(*table->viewport(), csv, onRow));
        auto* predict = window.findChild<ui::PredictDialog*>(u"predictDialog"_s);
        QVERIFY(predict);
        QCOMPARE(predict->job().id, id);
        QCOMPARE(predict->inputFile(), csv);
        predict->reject();

        // Delete it through the job actions (confirming), and its row goes.
        QVERIFY(table->selectJob(id));
        workspace->actionController()->setConfirmation(
            [](const QStringList&, bool) { return true; });
        QVERIFY(window.actions().deleteJob->isEnabled());
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        window.actions().deleteJob->trigger();
        // The local backend may remove a finished job at once.
        QVERIFY2(removed.count() > 0 || removed.wait(20000),
                 qPrintable(window.messageBar()->text()));
        QCOMPARE(model->rowOf(id), -1);
        QVERIFY(!workspace->store()->get(id));
    }
};

QTEST_MAIN(TestUiHistoryEndToEnd)
#include "test_ui_history_end_to_end.moc"
