#include "ui/main_window.h"

#include "resources/resources.h"
#include "ui/about_dialog.h"
#include "ui/csv_drop.h"
#include "ui/job_list_empty_state.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMetaMethod>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

// Bumped when the toolbar or dock layout changes so much that an old saved
// state would restore it wrongly; restoreState() then ignores the old one.
constexpr int kLayoutVersion = 1;
const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
const QString kStatusBarKey = u"mainWindow/statusBarVisible"_s;
const QString kLastCsvDirectoryKey = u"paths/lastCsvDirectory"_s;

constexpr QSize kDefaultSize(1200, 760);
constexpr int kSidebarWidth = 230;

QAction* makeAction(QObject* parent, const QString& objectName, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

// Sets an action's text, and the status tip and tool tip that explain it;
// the tool tip names the shortcut too.
void describe(QAction* action, const QString& text, const QString& explanation)
{
    action->setText(text);
    action->setStatusTip(explanation);
    QString toolTip = QString(text).remove(u'&').remove(u'…');
    if (!action->shortcut().isEmpty())
        toolTip += u" (%1)"_s.arg(action->shortcut().toString(QKeySequence::NativeText));
    action->setToolTip(toolTip);
}

QStringList fileNames(const QStringList& paths)
{
    QStringList names;
    for (const QString& path : paths)
        names << QFileInfo(path).fileName();
    return names;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(resources::applicationIcon());
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks);
    setUnifiedTitleAndToolBarOnMac(true);

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createSidebar();
    connectActions();
    retranslateUi();
    setJobActionsEnabled(false);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    using resources::ActionIcon;
    using resources::actionIcon;

    m_actions.newJob = makeAction(this, u"newJobAction"_s, QKeySequence::New);
    m_actions.newJob->setIcon(actionIcon(ActionIcon::NewJob));
    m_actions.openCsv = makeAction(this, u"openCsvAction"_s, QKeySequence::Open);
    m_actions.openCsv->setIcon(actionIcon(ActionIcon::Open));
    m_actions.quit = makeAction(this, u"quitAction"_s, QKeySequence(u"Ctrl+Q"_s));
    m_actions.quit->setIcon(QIcon::fromTheme(u"application-exit"_s));
    m_actions.quit->setMenuRole(QAction::QuitRole);

    m_actions.stopJob = makeAction(this, u"stopJobAction"_s, QKeySequence(u"Ctrl+."_s));
    m_actions.stopJob->setIcon(actionIcon(ActionIcon::Stop));
    m_actions.cloneJob = makeAction(this, u"cloneJobAction"_s, QKeySequence(u"Ctrl+D"_s));
    m_actions.cloneJob->setIcon(actionIcon(ActionIcon::Clone));
    m_actions.deleteJob = makeAction(this, u"deleteJobAction"_s, QKeySequence::Delete);
    m_actions.deleteJob->setIcon(actionIcon(ActionIcon::Delete));
    m_actions.predict = makeAction(this, u"predictAction"_s, QKeySequence(u"Ctrl+Shift+P"_s));
    m_actions.predict->setIcon(actionIcon(ActionIcon::Predict));

    m_actions.showStatusBar = makeAction(this, u"showStatusBarAction"_s);
    m_actions.showStatusBar->setCheckable(true);
    m_actions.showStatusBar->setChecked(true);
    // F11 everywhere, whatever the platform's own full-screen key.
    m_actions.fullScreen = makeAction(this, u"fullScreenAction"_s, QKeySequence(Qt::Key_F11));
    m_actions.fullScreen->setCheckable(true);
    m_actions.fullScreen->setIcon(QIcon::fromTheme(u"view-fullscreen"_s));

    m_actions.aboutWinnow = makeAction(this, u"aboutWinnowAction"_s);
    m_actions.aboutWinnow->setIcon(resources::applicationIcon());
    m_actions.aboutWinnow->setMenuRole(QAction::AboutRole);
    m_actions.aboutQt = makeAction(this, u"aboutQtAction"_s);
    m_actions.aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_actions.newJob);
    m_fileMenu->addAction(m_actions.openCsv);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.quit);

    m_jobsMenu = menuBar()->addMenu(QString());
    m_jobsMenu->setObjectName(u"jobsMenu"_s);
    m_jobsMenu->addAction(m_actions.stopJob);
    m_jobsMenu->addAction(m_actions.cloneJob);
    m_jobsMenu->addAction(m_actions.deleteJob);
    m_jobsMenu->addSeparator();
    m_jobsMenu->addAction(m_actions.predict);

    // The View menu's toggles for the toolbar and the sidebar come from the
    // widgets themselves; createToolBar() and createSidebar() add them.
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_actions.aboutWinnow);
    m_helpMenu->addAction(m_actions.aboutQt);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_actions.newJob);
    m_toolBar->addAction(m_actions.openCsv);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.stopJob);
    m_toolBar->addAction(m_actions.cloneJob);
    m_toolBar->addAction(m_actions.deleteJob);
    m_toolBar->addAction(m_actions.predict);

    m_actions.showToolBar = m_toolBar->toggleViewAction();
    m_actions.showToolBar->setObjectName(u"showToolBarAction"_s);
    m_viewMenu->addAction(m_actions.showToolBar);
    m_viewMenu->addAction(m_actions.showStatusBar);
}

void MainWindow::createCentralArea()
{
    m_emptyState = new JobListEmptyState(this);
    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(u"jobListArea"_s);
    m_centralStack->addWidget(m_emptyState);
    setCentralWidget(m_centralStack);

    connect(m_emptyState, &JobListEmptyState::openCsvClicked, this, &MainWindow::chooseCsvFiles);
    connect(m_emptyState, &JobListEmptyState::sampleClicked, this,
            [this] { openCsvFiles({m_sampleCsvFile}); });
    statusBar()->setObjectName(u"statusBar"_s);
}

void MainWindow::createSidebar()
{
    // A stand-in until the backends sidebar exists: a heading and the one
    // backend every installation has.
    auto* placeholder = new QWidget;
    placeholder->setObjectName(u"backendsPlaceholder"_s);
    m_sidebarHeading = new QLabel(placeholder);
    QFont headingFont = m_sidebarHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 0.85);
    headingFont.setWeight(QFont::DemiBold);
    headingFont.setCapitalization(QFont::AllUppercase);
    m_sidebarHeading->setFont(headingFont);
    m_sidebarHeading->setForegroundRole(QPalette::PlaceholderText);

    m_backendList = new QListWidget(placeholder);
    m_backendList->setFrameShape(QFrame::NoFrame);
    m_backendList->setIconSize(QSize(20, 20));
    QIcon computer =
        QIcon::fromTheme(u"computer"_s, style()->standardIcon(QStyle::SP_ComputerIcon));
    auto* thisComputer = new QListWidgetItem(computer, QString(), m_backendList);
    thisComputer->setSizeHint(QSize(0, 34));
    thisComputer->setFlags(Qt::ItemIsEnabled);

    // One surface from the heading down, in the colour of lists.
    placeholder->setBackgroundRole(QPalette::Base);
    placeholder->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(placeholder);
    layout->setContentsMargins(8, 14, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_sidebarHeading);
    layout->addWidget(m_backendList);
    m_sidebarHeading->setContentsMargins(4, 0, 0, 0);

    m_sidebarDock = new QDockWidget(this);
    m_sidebarDock->setObjectName(u"backendsDock"_s);
    m_sidebarDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_sidebarDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    // No title bar: the sidebar carries its own heading, and View > Backends
    // shows and hides it.
    m_sidebarDock->setTitleBarWidget(new QWidget(m_sidebarDock));
    m_sidebarDock->setWidget(placeholder);
    addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);
    resizeDocks({m_sidebarDock}, {kSidebarWidth}, Qt::Horizontal);

    m_actions.showSidebar = m_sidebarDock->toggleViewAction();
    m_actions.showSidebar->setObjectName(u"showSidebarAction"_s);
    m_viewMenu->insertAction(m_actions.showStatusBar, m_actions.showSidebar);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions.fullScreen);
}

void MainWindow::connectActions()
{
    connect(m_actions.newJob, &QAction::triggered, this, &MainWindow::requestNewJob);
    connect(m_actions.openCsv, &QAction::triggered, this, &MainWindow::chooseCsvFiles);
    connect(m_actions.quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_actions.showStatusBar, &QAction::toggled, this, &MainWindow::setStatusBarShown);
    connect(m_actions.fullScreen, &QAction::toggled, this, &MainWindow::setFullScreen);
    connect(m_actions.aboutWinnow, &QAction::triggered, this, &MainWindow::showAboutDialog);
    connect(m_actions.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(this, &MainWindow::csvFilesDropped, this, &MainWindow::openCsvFiles);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Winnow"));
    m_fileMenu->setTitle(tr("&File"));
    m_jobsMenu->setTitle(tr("&Jobs"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));

    describe(m_actions.newJob, tr("&New Job…"), tr("Set up a job that trains models on a table"));
    describe(m_actions.openCsv, tr("&Open CSV…"), tr("Choose CSV files to train on"));
    describe(m_actions.quit, tr("&Quit"), tr("Close Winnow"));
    describe(m_actions.stopJob, tr("&Stop"),
             tr("Stop the selected job and keep the best model found so far"));
    describe(m_actions.cloneJob, tr("&Clone"),
             tr("Start a new job with the selected job's settings"));
    describe(m_actions.deleteJob, tr("&Delete"), tr("Delete the selected job and its results"));
    describe(m_actions.predict, tr("&Predict…"),
             tr("Apply the selected job's best model to new data"));
    describe(m_actions.showToolBar, tr("&Toolbar"), tr("Show or hide the toolbar"));
    describe(m_actions.showStatusBar, tr("&Status Bar"), tr("Show or hide the status bar"));
    describe(m_actions.showSidebar, tr("&Backends"), tr("Show or hide the backends sidebar"));
    describe(m_actions.fullScreen, tr("&Full Screen"), tr("Use the whole screen for Winnow"));
    describe(m_actions.aboutWinnow, tr("&About Winnow"),
             tr("Version, licences and the libraries Winnow uses"));
    describe(m_actions.aboutQt, tr("About &Qt"), tr("The version and licence of Qt"));

    // Short labels on the toolbar, next to the icons.
    m_actions.newJob->setIconText(tr("New Job"));
    m_actions.openCsv->setIconText(tr("Open CSV"));
    m_actions.predict->setIconText(tr("Predict"));

    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_sidebarDock->setWindowTitle(tr("Backends"));
    if (m_sidebarHeading)
        m_sidebarHeading->setText(tr("Backends"));
    if (m_backendList) {
        m_backendList->item(0)->setText(tr("This computer"));
        m_backendList->setAccessibleName(tr("Backends"));
    }

    m_centralStack->setAccessibleName(tr("Jobs"));
    m_toolBar->setAccessibleName(tr("Main Toolbar"));
    m_sidebarDock->setAccessibleName(tr("Backends"));
    statusBar()->setAccessibleName(tr("Status"));
    menuBar()->setAccessibleName(tr("Menu"));
}

void MainWindow::setSampleCsvFile(const QString& path)
{
    m_sampleCsvFile = path;
    m_emptyState->setSampleAvailable(!path.isEmpty());
}

void MainWindow::setJobListWidget(QWidget* jobList)
{
    if (m_jobList) {
        m_centralStack->removeWidget(m_jobList);
        m_jobList->deleteLater();
    }
    m_jobList = jobList;
    m_centralStack->addWidget(jobList);
}

void MainWindow::setJobListEmpty(bool empty)
{
    const bool showList = !empty && m_jobList;
    m_centralStack->setCurrentWidget(showList ? m_jobList : static_cast<QWidget*>(m_emptyState));
}

void MainWindow::setSidebarWidget(QWidget* sidebar)
{
    if (QWidget* previous = m_sidebarDock->widget())
        previous->deleteLater();
    m_sidebarDock->setWidget(sidebar);
}

void MainWindow::setJobActionsEnabled(bool enabled)
{
    for (QAction* action :
         {m_actions.stopJob, m_actions.cloneJob, m_actions.deleteJob, m_actions.predict})
        action->setEnabled(enabled);
}

void MainWindow::openCsvFiles(const QStringList& paths)
{
    QStringList opened;
    QStringList messages;
    for (const QString& path : paths) {
        const QFileInfo file(path);
        if (!isCsvFileName(path)) {
            messages << tr("Skipped %1: Winnow opens .csv and .csv.gz files.").arg(file.fileName());
        } else if (!file.isFile() || !file.isReadable()) {
            messages
                << tr("Skipped %1: no readable file there.").arg(QDir::toNativeSeparators(path));
        } else {
            const QString absolute = file.absoluteFilePath();
            if (!m_pendingCsvFiles.contains(absolute))
                m_pendingCsvFiles << absolute;
            opened << absolute;
        }
    }

    if (!opened.isEmpty()) {
        messages.prepend(
            tr("Ready for a new job: %1").arg(fileNames(m_pendingCsvFiles).join(u", "_s)));
        m_emptyState->setPendingFiles(m_pendingCsvFiles);
        emit csvFilesOpened(opened);
    }
    if (!messages.isEmpty())
        statusBar()->showMessage(messages.join(u' '));
}

void MainWindow::chooseCsvFiles()
{
    QSettings settings;
    const QString startDirectory =
        settings
            .value(kLastCsvDirectoryKey,
                   QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
            .toString();
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Open CSV"), startDirectory,
                                      tr("CSV files (*.csv *.csv.gz *.CSV);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(kLastCsvDirectoryKey, QFileInfo(files.constFirst()).absolutePath());
    openCsvFiles(files);
}

void MainWindow::requestNewJob()
{
    emit newJobRequested();
    // Until a New Job dialog listens, say what a job would start from.
    if (!isSignalConnected(QMetaMethod::fromSignal(&MainWindow::newJobRequested))) {
        statusBar()->showMessage(
            m_pendingCsvFiles.isEmpty()
                ? tr("Open or drop a CSV file to start a job.")
                : tr("Ready for a new job: %1").arg(fileNames(m_pendingCsvFiles).join(u", "_s)));
    }
}

void MainWindow::showAboutDialog()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setStatusBarShown(bool shown)
{
    statusBar()->setVisible(shown);
}

void MainWindow::setFullScreen(bool fullScreen)
{
    if (fullScreen == isFullScreen())
        return;
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::WindowStateChange)
        m_actions.fullScreen->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (csvFilesIn(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_emptyState->setDropHighlighted(true);
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_emptyState->setDropHighlighted(false);
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    m_emptyState->setDropHighlighted(false);
    const QStringList files = csvFilesIn(event->mimeData());
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit csvFilesDropped(files);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        const QSize size = kDefaultSize.boundedTo(available.size() * 0.92);
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
    m_actions.showStatusBar->setChecked(settings.value(kStatusBarKey, true).toBool());
    setStatusBarShown(m_actions.showStatusBar->isChecked());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    settings.setValue(kStatusBarKey, m_actions.showStatusBar->isChecked());
}

} // namespace winnow::ui
