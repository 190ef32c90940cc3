// The app's workspace: it opens the history and the local backend in the
// data folder, fills the window, says clearly at start when the history
// cannot be opened or another Winnow runs the folder's jobs (and still
// opens), and carries the job actions out on the backend.

#include "app/application.h"
#include "app/workspace.h"
#include "jobs/job_store.h"
#include "jobs/local_backend.h"
#include "models/job_list_model.h"
#include "tests/models/model_test_support.h"
#include "ui/history/job_action_controller.h"
#include "ui/history/job_history_view.h"
#include "ui/history/job_table_view.h"
#include "ui/job_list_empty_state.h"
#include "ui/main_window.h"
#include "ui/message_bar.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace winnow;
using namespace winnow::models::testing;
using jobs::Job;
using jobs::JobStatus;

namespace {

QString writeCsv(const QString& folder)
{
    const QString path = QDir(folder).filePath(u"small.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("id,x,y\n");
    for (int i = 0; i < 40; ++i)
        file.write(QByteArray::number(i) + ',' + QByteArray::number(i % 7) + ',' +
                   QByteArray::number(i % 2) + '\n');
    return path;
}

QWidget* shownInTheJobListArea(ui::MainWindow& window)
{
    auto* stack = window.findChild<QStackedWidget*>(u"jobListArea"_s);
    return stack ? stack->currentWidget() : nullptr;
}

} // namespace

class TestUiHistoryWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WinnowTest"_s);
        QCoreApplication::setApplicationName(u"test_ui_history_workspace"_s);
    }

    void init() { QSettings().clear(); }

    void newFolder_opensAnEmptyHistory_withTheInvitationToDropACsv()
    {
        QTemporaryDir data;
        ui::MainWindow window;
        auto* workspace = new app::Workspace(data.path(), &window);
        QVERIFY2(workspace->startupProblem().isEmpty(), qPrintable(workspace->startupProblem()));
        QVERIFY(!workspace->usesTemporaryHistory());
        QVERIFY(QFile::exists(data.filePath(u"jobs.sqlite"_s)));
        QVERIFY(workspace->localBackend());
        QCOMPARE(app::workspaceOf(&window), workspace);
        QVERIFY(qobject_cast<ui::JobListEmptyState*>(shownInTheJobListArea(window)));

        // A job arrives: the table replaces the invitation.
        QVERIFY(workspace->store()->add(jobIn(JobStatus::Finished, u"first"_s, utc(2024, 1, 1))));
        QCOMPARE(shownInTheJobListArea(window), workspace->historyView());
        QCOMPARE(workspace->jobModel()->rowCount(), 1);
    }

    void damagedHistory_opensOnATemporaryOne_andSaysWhy()
    {
        QTemporaryDir data;
        const QString file = data.filePath(u"jobs.sqlite"_s);
        {
            QFile garbage(file);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write("id,name\n1,this is a CSV file, not a database\n");
        }
        const QByteArray before = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        ui::MainWindow window;
        auto* workspace = new app::Workspace(data.path(), &window);
        QVERIFY(workspace->usesTemporaryHistory());
        const QString problem = workspace->startupProblem();
        QVERIFY2(problem.contains(u"jobs.sqlite"_s) && problem.contains(u"temporary"_s),
                 qPrintable(problem));
        // The app still works, on a history of its own, and says so inline.
        QVERIFY(workspace->store()->isOpen());
        QVERIFY(workspace->store()->add(jobIn(JobStatus::Pending, u"scratch"_s, utc(2024, 1, 1))));
        QCOMPARE(workspace->jobModel()->rowCount(), 1);
        QVERIFY(!window.messageBar()->isHidden());
        QCOMPARE(window.messageBar()->level(), ui::MessageLevel::Error);
        // And the damaged file was left alone.
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void secondWindowOnTheSameFolder_showsTheJobsButRunsNone()
    {
        QTemporaryDir data;
        ui::MainWindow first;
        auto* running = new app::Workspace(data.path(), &first);
        QVERIFY(running->localBackend());
        QVERIFY(running->store()->add(jobIn(JobStatus::Finished, u"shared"_s, utc(2024, 1, 1))));

        ui::MainWindow second;
        auto* other = new app::Workspace(data.path(), &second);
        QVERIFY(!other->usesTemporaryHistory());
        QVERIFY(!other->localBackend());
        QVERIFY2(other->startupProblem().contains(u"another Winnow"_s),
                 qPrintable(other->startupProblem()));
        QCOMPARE(other->jobModel()->rowCount(), 1);
        QVERIFY(!second.messageBar()->isHidden());
        QCOMPARE(second.messageBar()->level(), ui::MessageLevel::Warning);
    }

    void jobActions_reachTheLocalBackend()
    {
        QTemporaryDir data;
        const QString csv = writeCsv(data.path());
        ui::MainWindow window;
        window.show();
        auto* workspace = new app::Workspace(data.filePath(u"winnow"_s), &window);
        QVERIFY(workspace->localBackend());
        workspace->actionController()->setConfirmation(
            [](const QStringList&, bool) { return true; });

        Job done = jobIn(JobStatus::Finished, u"done"_s, utc(2024, 1, 1));
        done.dataPath = csv;
        done.spec.targetName = u"y"_s;
        done.spec.idColumn = u"id"_s;
        done.spec.maxRuntimeSeconds = 5;
        const auto original = workspace->store()->add(done);
        QVERIFY(original);
        ui::JobTableView* table = workspace->historyView()->table();
        QVERIFY(table->selectJob(*original));
        QVERIFY(window.actions().cloneJob->isEnabled());

        // Clone: a new job with the same spec and data, selected.
        QSignalSpy added(workspace->jobModel(), &QAbstractItemModel::rowsInserted);
        window.actions().cloneJob->trigger();
        // The local backend may store the copy at once, inside trigger().
        QVERIFY(added.count() > 0 || added.wait(10000));
        QCOMPARE(workspace->jobModel()->rowCount(), 2);
        QString copy;
        for (int row = 0; row < 2; ++row) {
            if (workspace->jobModel()->summaryAt(row).id != *original)
                copy = workspace->jobModel()->summaryAt(row).id;
        }
        QVERIFY(workspace->store()->get(copy)->name.contains(u"done"_s));
        QTRY_COMPARE(table->currentJobId(), copy);

        // Stop it, whether it still waits or already runs: it ends STOPPED
        // (or, had it been quicker than us, finished or failed).
        QTRY_VERIFY(window.actions().stopJob->isEnabled() ||
                    jobs::isTerminal(workspace->store()->get(copy)->status()));
        if (window.actions().stopJob->isEnabled())
            window.actions().stopJob->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(jobs::isTerminal(workspace->store()->get(copy)->status()), 30000);

        // Delete both, after the confirmation.
        table->selectAll();
        QSignalSpy removed(workspace->jobModel(), &QAbstractItemModel::rowsRemoved);
        window.actions().deleteJob->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(workspace->jobModel()->rowCount(), 0, 20000);
        QVERIFY(!workspace->store()->get(*original));
        QVERIFY(qobject_cast<ui::JobListEmptyState*>(shownInTheJobListArea(window)));
    }

    void failedAction_isShownInTheMessageBar()
    {
        QTemporaryDir data;
        ui::MainWindow window;
        window.show();
        auto* workspace = new app::Workspace(data.path(), &window);
        QVERIFY(workspace->localBackend());
        // A local job whose data is gone cannot be cloned.
        Job lost = jobIn(JobStatus::Finished, u"lost data"_s, utc(2024, 1, 1));
        lost.dataPath = data.filePath(u"gone.csv"_s);
        const auto id = workspace->store()->add(lost);
        QVERIFY(id);
        workspace->cloneJob(*id);
        QTRY_VERIFY(!window.messageBar()->isHidden());
        QCOMPARE(window.messageBar()->level(), ui::MessageLevel::Error);
        QVERIFY2(window.messageBar()->text().contains(u"lost data"_s),
                 qPrintable(window.messageBar()->text()));
    }
};

QTEST_MAIN(TestUiHistoryWorkspace)
#include "test_ui_history_workspace.moc"
