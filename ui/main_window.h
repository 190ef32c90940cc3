#pragma once

#include "ui/message_bar.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace winnow::ui {

class DropHighlight;
class JobListEmptyState;

// Every action of the main window, so the code that owns jobs, backends and
// dialogs can connect to them and enable them. Each has an object name
// ("newJobAction", ...), an icon where one helps, a shortcut where one is
// usual, a status tip and a tool tip.
struct MainWindowActions {
    QAction* newJob = nullptr;
    QAction* openCsv = nullptr;
    QAction* settings = nullptr;
    QAction* quit = nullptr;
    QAction* openJob = nullptr;
    QAction* stopJob = nullptr;
    QAction* cloneJob = nullptr;
    QAction* deleteJob = nullptr;
    QAction* downloadModel = nullptr;
    QAction* exportReport = nullptr;
    QAction* predict = nullptr;
    QAction* compareJobs = nullptr;
    QAction* showToolBar = nullptr;
    QAction* showStatusBar = nullptr;
    QAction* showSidebar = nullptr;
    QAction* showDetails = nullptr;
    QAction* fullScreen = nullptr;
    QAction* aboutWinnow = nullptr;
    QAction* aboutQt = nullptr;
};

// Winnow's main window: the job list in the middle (an invitation to drop a
// CSV file while there are no jobs) with the details of the open job below
// it, the backends sidebar on the left, a message bar over the job list for
// routine errors, the menus, the toolbar and the status bar. It remembers
// its size, position and layout between runs.
//
// CSV files the user hands over (on the command line, by dropping them or
// with Open CSV…) wait in pendingCsvFiles() for the New Job dialog.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    const MainWindowActions& actions() const { return m_actions; }

    QStringList pendingCsvFiles() const { return m_pendingCsvFiles; }
    // The pending files became a job: forget them.
    void clearPendingCsvFiles();
    // Offers the bundled sample dataset in the empty job list; an empty path
    // hides the offer.
    void setSampleCsvFile(const QString& path);

    // Puts the job list view in the central area. The empty state shows
    // instead while setJobListEmpty(true).
    void setJobListWidget(QWidget* jobList);
    void setJobListEmpty(bool empty);
    // Replaces the sidebar's placeholder with the backends sidebar.
    void setSidebarWidget(QWidget* sidebar);
    // Puts the job details panel below the job list; View > Job Details
    // shows and hides it.
    void setDetailsWidget(QWidget* details);
    QWidget* detailsWidget() const { return m_details; }
    void setDetailsVisible(bool visible);
    // Enables the Jobs menu's actions, which act on the selected job.
    void setJobActionsEnabled(bool enabled);

    // Says in the title how many jobs run: "2 running — Winnow".
    void setRunningJobCount(int count);
    int runningJobCount() const { return m_runningJobCount; }

    MessageBar* messageBar() const { return m_messageBar; }

public slots:
    // Shows `text` in the message bar over the job list, with a button
    // running `action` when `actionText` is given. For routine errors and
    // news; never a modal dialog.
    void showMessage(winnow::ui::MessageLevel level, const QString& text,
                     const QString& actionText = {}, std::function<void()> action = {});
    // Shows `text` in the status bar for a while.
    void showStatusMessage(const QString& text);

    // Adds the readable CSV files among `paths` to pendingCsvFiles() and
    // emits csvFilesOpened() with them; says in the status bar what was
    // taken and what was skipped, and why.
    void openCsvFiles(const QStringList& paths);

signals:
    // CSV files were dropped on the window.
    void csvFilesDropped(const QStringList& paths);
    // CSV files joined pendingCsvFiles(): the New Job dialog starts from them.
    void csvFilesOpened(const QStringList& paths);
    // The user asked for a new job (File > New Job…).
    void newJobRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createSidebar();
    void connectActions();
    void retranslateUi();

    void chooseCsvFiles();
    void requestNewJob();
    void showAboutDialog();
    void setStatusBarShown(bool shown);
    void setFullScreen(bool fullScreen);
    void setDropHighlighted(bool highlighted);
    void updateWindowTitle();

    void restoreLayout();
    void saveLayout() const;

    MainWindowActions m_actions;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_jobsMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QDockWidget* m_sidebarDock = nullptr;
    // Parts of the sidebar placeholder, gone once setSidebarWidget() runs.
    QPointer<QLabel> m_sidebarHeading;
    QPointer<QListWidget> m_backendList;
    MessageBar* m_messageBar = nullptr;
    QSplitter* m_detailsSplitter = nullptr;
    QStackedWidget* m_centralStack = nullptr;
    JobListEmptyState* m_emptyState = nullptr;
    DropHighlight* m_dropHighlight = nullptr;
    QWidget* m_jobList = nullptr;
    QWidget* m_details = nullptr;
    bool m_detailsSized = false; // the splitter has a size from the user or the first open
    int m_runningJobCount = 0;

    QStringList m_pendingCsvFiles;
    QString m_sampleCsvFile;
};

} // namespace winnow::ui
