#include "resources/resources.h"
#include "ui/csv_drop.h"
#include "ui/job_list_empty_state.h"
#include "ui/main_window.h"
#include "ui/message_bar.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using winnow::ui::MainWindow;

namespace {

QString createFile(const QTemporaryDir& directory, const QString& name)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("a,b\n1,2\n");
    return path;
}

std::unique_ptr<QMimeData> dragOf(const QStringList& paths)
{
    auto data = std::make_unique<QMimeData>();
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    data->setUrls(urls);
    return data;
}

// Sends a drag entering the window, then a drop, as a real drag would.
// Returns whether the window accepted the drop.
bool dragAndDrop(MainWindow& window, const QMimeData* data, bool* enterAccepted)
{
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    *enterAccepted = enter.isAccepted();

    QDropEvent drop(QPointF(centre), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    drop.setAccepted(false);
    QCoreApplication::sendEvent(&window, &drop);
    return drop.isAccepted();
}

QMenu* menuNamed(MainWindow& window, const QString& objectName)
{
    return window.menuBar()->findChild<QMenu*>(objectName);
}

QStringList actionNames(const QMenu* menu)
{
    QStringList names;
    const QList<QAction*> actions = menu->actions();
    for (const QAction* action : actions) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    return names;
}

// Whether an icon draws something: some pixel of its 32-pixel image is not
// fully transparent.
bool drawsSomething(const QIcon& icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

} // namespace

class TestUiMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WinnowTest"_s);
        QCoreApplication::setApplicationName(u"test_ui_main_window"_s);
    }

    void init() { QSettings().clear(); }

    void menus_holdTheirActionsInOrder_data()
    {
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("File") << u"fileMenu"_s << u"&File"_s
                              << QStringList{u"newJobAction"_s, u"openCsvAction"_s,
                                             u"settingsAction"_s, u"quitAction"_s};
        QTest::newRow("Jobs") << u"jobsMenu"_s << u"&Jobs"_s
                              << QStringList{u"openJobAction"_s,       u"stopJobAction"_s,
                                             u"cloneJobAction"_s,      u"deleteJobAction"_s,
                                             u"downloadModelAction"_s, u"exportReportAction"_s,
                                             u"predictAction"_s,       u"compareJobsAction"_s};
        QTest::newRow("View") << u"viewMenu"_s << u"&View"_s
                              << QStringList{u"showToolBarAction"_s, u"showSidebarAction"_s,
                                             u"showDetailsAction"_s, u"showStatusBarAction"_s,
                                             u"fullScreenAction"_s};
        QTest::newRow("Help") << u"helpMenu"_s << u"&Help"_s
                              << QStringList{u"aboutWinnowAction"_s, u"aboutQtAction"_s};
    }

    void menus_holdTheirActionsInOrder()
    {
        QFETCH(QString, menu);
        QFETCH(QString, title);
        QFETCH(QStringList, actions);
        MainWindow window;
        const QMenu* found = menuNamed(window, menu);
        QVERIFY2(found, qPrintable(menu));
        QCOMPARE(found->title(), title);
        QCOMPARE(actionNames(found), actions);
    }

    void menuBar_showsFourMenusInOrder()
    {
        MainWindow window;
        QStringList titles;
        const QList<QAction*> menus = window.menuBar()->actions();
        for (const QAction* menu : menus)
            titles << menu->text();
        QCOMPARE(titles, (QStringList{u"&File"_s, u"&Jobs"_s, u"&View"_s, u"&Help"_s}));
    }

    void actions_haveTheUsualShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("New Job") << u"newJobAction"_s << QKeySequence(u"Ctrl+N"_s);
        QTest::newRow("Open CSV") << u"openCsvAction"_s << QKeySequence(u"Ctrl+O"_s);
        QTest::newRow("Quit") << u"quitAction"_s << QKeySequence(u"Ctrl+Q"_s);
        QTest::newRow("Full Screen") << u"fullScreenAction"_s << QKeySequence(u"F11"_s);
        QTest::newRow("Delete") << u"deleteJobAction"_s << QKeySequence(QKeySequence::Delete);
        QTest::newRow("Open") << u"openJobAction"_s << QKeySequence(Qt::Key_Return);
        QTest::newRow("Stop") << u"stopJobAction"_s << QKeySequence(u"Ctrl+."_s);
        QTest::newRow("Clone") << u"cloneJobAction"_s << QKeySequence(u"Ctrl+D"_s);
        QTest::newRow("Download Model")
            << u"downloadModelAction"_s << QKeySequence(u"Ctrl+Shift+S"_s);
        QTest::newRow("Export Report") << u"exportReportAction"_s << QKeySequence(u"Ctrl+E"_s);
        QTest::newRow("Predict") << u"predictAction"_s << QKeySequence(u"Ctrl+Shift+P"_s);
        QTest::newRow("Compare") << u"compareJobsAction"_s << QKeySequence(u"Ctrl+K"_s);
    }

    void actions_haveTheUsualShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        MainWindow window;
        const auto* found = window.findChild<QAction*>(action);
        QVERIFY2(found, qPrintable(action));
        QCOMPARE(found->shortcut(), shortcut);
        QVERIFY(found->toolTip().contains(shortcut.toString(QKeySequence::NativeText)));
    }

    void actions_explainThemselves()
    {
        MainWindow window;
        const auto& a = window.actions();
        for (QAction* action : {a.newJob, a.openCsv, a.settings, a.quit, a.openJob, a.stopJob,
                                a.cloneJob, a.deleteJob, a.downloadModel, a.exportReport, a.predict,
                                a.showToolBar, a.showStatusBar, a.showSidebar, a.showDetails,
                                a.fullScreen, a.aboutWinnow, a.aboutQt}) {
            QVERIFY(action);
            QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
            QVERIFY2(!action->statusTip().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
        }
        for (QAction* action : {a.newJob, a.openCsv, a.stopJob, a.cloneJob, a.deleteJob,
                                a.downloadModel, a.exportReport, a.predict, a.aboutWinnow})
            QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
    }

    void jobActions_waitForASelectedJob()
    {
        MainWindow window;
        const auto& a = window.actions();
        const auto jobActions = {a.openJob,       a.stopJob,      a.cloneJob, a.deleteJob,
                                 a.downloadModel, a.exportReport, a.predict};
        for (QAction* action : jobActions)
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(a.newJob->isEnabled());
        QVERIFY(a.openCsv->isEnabled());

        window.setJobActionsEnabled(true);
        for (QAction* action : jobActions)
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    }

    void mainWidgets_haveAccessibleNames()
    {
        MainWindow window;
        QVERIFY(!window.centralWidget()->accessibleName().isEmpty());
        const auto* toolBar = window.findChild<QToolBar*>(u"mainToolBar"_s);
        QVERIFY(toolBar && !toolBar->accessibleName().isEmpty());
        const auto* sidebar = window.findChild<QDockWidget*>(u"backendsDock"_s);
        QVERIFY(sidebar && !sidebar->accessibleName().isEmpty());
        QVERIFY(!window.statusBar()->accessibleName().isEmpty());
        const auto* emptyState = window.findChild<winnow::ui::JobListEmptyState*>();
        QVERIFY(emptyState && !emptyState->accessibleName().isEmpty());
    }

    void droppedCsv_emitsCsvFilesDroppedAndWaits()
    {
        QTemporaryDir directory;
        const QString csv = createFile(directory, u"churn.csv"_s);
        const QString gzipped = createFile(directory, u"sales.CSV.gz"_s);
        MainWindow window;
        window.show();
        QSignalSpy dropped(&window, &MainWindow::csvFilesDropped);
        QSignalSpy opened(&window, &MainWindow::csvFilesOpened);

        const auto data = dragOf({csv, gzipped});
        bool enterAccepted = false;
        QVERIFY(dragAndDrop(window, data.get(), &enterAccepted));
        QVERIFY(enterAccepted);

        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.at(0).at(0).toStringList(), (QStringList{csv, gzipped}));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(window.pendingCsvFiles(), (QStringList{csv, gzipped}));
        QVERIFY(window.statusBar()->currentMessage().contains(u"churn.csv"_s));
    }

    void droppedNonCsv_isRefused()
    {
        QTemporaryDir directory;
        const QString text = createFile(directory, u"notes.txt"_s);
        const QString spreadsheet = createFile(directory, u"table.xlsx"_s);
        MainWindow window;
        window.show();
        QSignalSpy dropped(&window, &MainWindow::csvFilesDropped);

        const auto data = dragOf({text, spreadsheet});
        bool enterAccepted = true;
        QVERIFY(!dragAndDrop(window, data.get(), &enterAccepted));
        QVERIFY(!enterAccepted);
        QCOMPARE(dropped.count(), 0);
        QVERIFY(window.pendingCsvFiles().isEmpty());
    }

    void droppedMix_keepsOnlyTheCsvFiles()
    {
        QTemporaryDir directory;
        const QString csv = createFile(directory, u"churn.csv"_s);
        const QString text = createFile(directory, u"notes.txt"_s);
        MainWindow window;
        QSignalSpy dropped(&window, &MainWindow::csvFilesDropped);

        const auto data = dragOf({text, csv});
        bool enterAccepted = false;
        QVERIFY(dragAndDrop(window, data.get(), &enterAccepted));
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.at(0).at(0).toStringList(), QStringList{csv});
    }

    void dragOverWindow_highlightsTheDropZone()
    {
        QTemporaryDir directory;
        const auto data = dragOf({createFile(directory, u"churn.csv"_s)});
        MainWindow window;
        const auto* emptyState = window.findChild<winnow::ui::JobListEmptyState*>();
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, data.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(emptyState->isDropHighlighted());
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(&window, &leave);
        QVERIFY(!emptyState->isDropHighlighted());
    }

    void openCsvFiles_skipsMissingAndNonCsvFiles()
    {
        QTemporaryDir directory;
        const QString csv = createFile(directory, u"churn.csv"_s);
        const QString text = createFile(directory, u"notes.txt"_s);
        const QString missing = directory.filePath(u"gone.csv"_s);
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::csvFilesOpened);

        window.openCsvFiles({text, csv, missing, csv});

        QCOMPARE(window.pendingCsvFiles(), QStringList{csv});
        QCOMPARE(opened.count(), 1);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"notes.txt"_s), qPrintable(message));
        QVERIFY2(message.contains(u"gone.csv"_s), qPrintable(message));
    }

    void openCsvFiles_withNothingReadable_emitsNothing()
    {
        QTemporaryDir directory;
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::csvFilesOpened);
        window.openCsvFiles({directory.filePath(u"gone.csv"_s), directory.path()});
        QCOMPARE(opened.count(), 0);
        QVERIFY(window.pendingCsvFiles().isEmpty());
    }

    void sampleButton_opensTheSampleFile()
    {
        QTemporaryDir directory;
        const QString sample = createFile(directory, u"customer_churn.csv"_s);
        MainWindow window;
        window.show();
        auto* button = window.findChild<QPushButton*>(u"emptyStateSampleButton"_s);
        QVERIFY(button);
        QVERIFY(!button->isVisible());

        window.setSampleCsvFile(sample);
        QVERIFY(button->isVisible());
        button->click();
        QCOMPARE(window.pendingCsvFiles(), QStringList{sample});
    }

    void newJob_emitsNewJobRequested()
    {
        MainWindow window;
        QSignalSpy requested(&window, &MainWindow::newJobRequested);
        window.actions().newJob->trigger();
        QCOMPARE(requested.count(), 1);
    }

    void newJobWithoutDialog_namesThePendingFiles()
    {
        QTemporaryDir directory;
        const QString csv = createFile(directory, u"churn.csv"_s);
        MainWindow window;
        window.openCsvFiles({csv});
        window.statusBar()->clearMessage();
        window.actions().newJob->trigger();
        QVERIFY(window.statusBar()->currentMessage().contains(u"churn.csv"_s));
    }

    void firstStart_usesTheDefaultSize()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The test display is 1920x1080, room enough for the default size.
        QCOMPARE(window.size(), QSize(1200, 760));
    }

    void layout_isRestoredByTheNextWindow()
    {
        const QRect geometry(70, 60, 900, 620);
        {
            MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.setGeometry(geometry);
            QTRY_COMPARE(first.geometry(), geometry);
            first.actions().showToolBar->trigger();
            first.actions().showStatusBar->trigger();
            QVERIFY(first.close());
        }
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QTRY_COMPARE(second.geometry(), geometry);
        QVERIFY(!second.findChild<QToolBar*>(u"mainToolBar"_s)->isVisible());
        QVERIFY(!second.statusBar()->isVisible());
        QVERIFY(!second.actions().showStatusBar->isChecked());
        QVERIFY(second.findChild<QDockWidget*>(u"backendsDock"_s)->isVisible());
    }

    void fullScreenAction_followsTheWindowState()
    {
        MainWindow window;
        window.show();
        window.actions().fullScreen->trigger();
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        window.actions().fullScreen->trigger();
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        window.showFullScreen();
        QVERIFY(window.actions().fullScreen->isChecked());
    }

    void jobListWidget_replacesTheEmptyState()
    {
        MainWindow window;
        auto* jobList = new QWidget;
        window.setJobListWidget(jobList);
        window.setJobListEmpty(false);
        auto* stack = window.findChild<QStackedWidget*>(u"jobListArea"_s);
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), jobList);
        window.setJobListEmpty(true);
        QVERIFY(qobject_cast<winnow::ui::JobListEmptyState*>(stack->currentWidget()));
    }

    void detailsWidget_showsBelowTheJobList_andFollowsItsAction()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.actions().showDetails->isEnabled());
        auto* jobList = new QWidget;
        auto* details = new QWidget;
        window.setJobListWidget(jobList);
        window.setDetailsWidget(details);
        QVERIFY(window.actions().showDetails->isEnabled());
        // Nothing to detail while the list is empty.
        window.setJobListEmpty(true);
        QVERIFY(!details->isVisible());
        window.setJobListEmpty(false);
        QVERIFY(details->isVisible());
        QVERIFY(details->geometry().top() >= jobList->geometry().bottom());
        window.actions().showDetails->trigger();
        QVERIFY(!details->isVisible());
        window.setDetailsVisible(true);
        QVERIFY(details->isVisible());
    }

    void showMessage_appearsInTheMessageBar_untilDismissed()
    {
        MainWindow window;
        window.show();
        auto* bar = window.messageBar();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        bool retried = false;
        window.showMessage(winnow::ui::MessageLevel::Error, u"The model could not be saved."_s,
                           u"Retry"_s, [&retried] { retried = true; });
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), u"The model could not be saved."_s);
        QCOMPARE(bar->level(), winnow::ui::MessageLevel::Error);
        QCOMPARE(bar->actionText(), u"Retry"_s);
        // The bar sits above the job list.
        const auto* stack = window.findChild<QStackedWidget*>(u"jobListArea"_s);
        QVERIFY(bar->mapTo(&window, QPoint(0, 0)).y() < stack->mapTo(&window, QPoint(0, 0)).y());

        auto* action = bar->findChild<QPushButton*>(u"messageBarActionButton"_s);
        QVERIFY(action && action->isVisible());
        action->click();
        QVERIFY(retried);
        QVERIFY(!bar->isVisible());

        window.showMessage(winnow::ui::MessageLevel::Warning, u"Careful."_s);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->actionText().isEmpty());
        auto* close = bar->findChild<QToolButton*>(u"messageBarCloseButton"_s);
        QVERIFY(close);
        close->click();
        QVERIFY(!bar->isVisible());
    }

    void infoMessages_leaveByThemselves()
    {
        MainWindow window;
        window.show();
        window.messageBar()->setInfoTimeout(50);
        window.showMessage(winnow::ui::MessageLevel::Info, u"Saved."_s);
        QVERIFY(window.messageBar()->isVisible());
        QTRY_VERIFY(!window.messageBar()->isVisible());
    }

    void runningJobs_showInTheTitle()
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), u"Winnow"_s);
        window.setRunningJobCount(2);
        QCOMPARE(window.windowTitle(), u"2 running — Winnow"_s);
        window.setRunningJobCount(0);
        QCOMPARE(window.windowTitle(), u"Winnow"_s);
    }

    void dragOverTheJobList_highlightsIt()
    {
        QTemporaryDir directory;
        const auto data = dragOf({createFile(directory, u"churn.csv"_s)});
        MainWindow window;
        window.show();
        window.setJobListWidget(new QWidget);
        window.setJobListEmpty(false);
        auto* highlight = window.findChild<QWidget*>(u"dropHighlight"_s);
        QVERIFY(highlight);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, data.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(highlight->isVisible());
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(&window, &leave);
        QVERIFY(!highlight->isVisible());
    }

    void icons_allDrawFromTheResources()
    {
        for (const auto icon : winnow::resources::kAllActionIcons) {
            const QString path = winnow::resources::actionIconPath(icon);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QVERIFY2(drawsSomething(winnow::resources::actionIcon(icon)), qPrintable(path));
        }
        QVERIFY(drawsSomething(winnow::resources::applicationIcon()));
        QVERIFY(drawsSomething(QIcon(winnow::resources::dropCsvIllustrationPath())));
    }

    void csvFileNames_areRecognisedByTheirEnding_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isCsv");
        QTest::newRow("csv") << u"/data/churn.csv"_s << true;
        QTest::newRow("upper case") << u"/data/CHURN.CSV"_s << true;
        QTest::newRow("gzipped") << u"/data/churn.csv.gz"_s << true;
        QTest::newRow("gzip, not csv") << u"/data/churn.tar.gz"_s << false;
        QTest::newRow("text") << u"/data/notes.txt"_s << false;
        QTest::newRow("csv in the middle") << u"/data/churn.csv.bak"_s << false;
        QTest::newRow("no extension") << u"/data/csv"_s << false;
    }

    void csvFileNames_areRecognisedByTheirEnding()
    {
        QFETCH(QString, path);
        QFETCH(bool, isCsv);
        QCOMPARE(winnow::ui::isCsvFileName(path), isCsv);
    }
};

QTEST_MAIN(TestUiMainWindow)
#include "test_ui_main_window.moc"
