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
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
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
const QString kDetailsSplitterKey = u"mainWindow/detailsSplitter"_s;
const QString kDetailsVisibleKey = u"mainWindow/detailsVisible"_s;
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

// Drawn over the job list while a CSV file is dragged over the window, so
// the drop has somewhere to go once there are jobs (before, the empty
// state's drop zone lights up instead).
class DropHighlight : public QWidget {
public:
    explicit DropHighlight(QWidget* parent) : QWidget(parent)
    {
        setObjectName(u"dropHighlight"_s);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setVisible(false);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor accent = palette().color(QPalette::Highlight);
        QColor fill = palette().color(QPalette::Base);
        fill.setAlphaF(0.82);
        const QRectF zone = QRectF(rect()).adjusted(10, 10, -10, -10);
        QPainterPath outline;
        outline.addRoundedRect(zone, 14, 14);
        painter.fillPath(outline, fill);
        QColor tint = accent;
        tint.setAlphaF(0.10);
        painter.fillPath(outline, tint);
        QPen pen(accent, 2.5, Qt::CustomDashLine);
        pen.setDashPattern({6.0, 5.0});
        painter.setPen(pen);
        painter.drawPath(outline);

        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        font.setWeight(QFont::DemiBold);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(
            zone, Qt::AlignCenter,
            QCoreApplication::translate("winnow::ui::MainWindow", "Drop to start a new job"));
    }
};

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
    m_actions.settings = makeAction(this, u"settingsAction"_s, QKeySequence::Preferences);
    if (m_actions.settings->shortcut().isEmpty())
        m_actions.settings->setShortcut(QKeySequence(u"Ctrl+,"_s));
    m_actions.settings->setIcon(QIcon::fromTheme(u"preferences-system"_s));
    m_actions.settings->setMenuRole(QAction::PreferencesRole);
    m_actions.quit = makeAction(this, u"quitAction"_s, QKeySequence(u"Ctrl+Q"_s));
    m_actions.quit->setIcon(QIcon::fromTheme(u"application-exit"_s));
    m_actions.quit->setMenuRole(QAction::QuitRole);

    // Open and Delete act on the job list only (it adds them to itself), so
    // Return and Delete keep their meaning in the search box and elsewhere.
    m_actions.openJob = makeAction(this, u"openJobAction"_s, QKeySequence(Qt::Key_Return));
    m_actions.openJob->setShortcutContext(Qt::WidgetShortcut);
    m_actions.stopJob = makeAction(this, u"stopJobAction"_s, QKeySequence(u"Ctrl+."_s));
    m_actions.stopJob->setIcon(actionIcon(ActionIcon::Stop));
    m_actions.cloneJob = makeAction(this, u"cloneJobAction"_s, QKeySequence(u"Ctrl+D"_s));
    m_actions.cloneJob->setIcon(actionIcon(ActionIcon::Clone));
    m_actions.deleteJob = makeAction(this, u"deleteJobAction"_s, QKeySequence::Delete);
    m_actions.deleteJob->setIcon(actionIcon(ActionIcon::Delete));
    m_actions.deleteJob->setShortcutContext(Qt::WidgetShortcut);
    m_actions.downloadModel =
        makeAction(this, u"downloadModelAction"_s, QKeySequence(u"Ctrl+Shift+S"_s));
    m_actions.downloadModel->setIcon(actionIcon(ActionIcon::Download));
    m_actions.exportReport = makeAction(this, u"exportReportAction"_s, QKeySequence(u"Ctrl+E"_s));
    m_actions.exportReport->setIcon(actionIcon(ActionIcon::Export));
    m_actions.predict = makeAction(this, u"predictAction"_s, QKeySequence(u"Ctrl+Shift+P"_s));
    m_actions.predict->setIcon(actionIcon(ActionIcon::Predict));
    m_actions.compareJobs = makeAction(this, u"compareJobsAction"_s, QKeySequence(u"Ctrl+K"_s));

    m_actions.showDetails = makeAction(this, u"showDetailsAction"_s, QKeySequence(u"Ctrl+I"_s));
    m_actions.showDetails->setCheckable(true);
    m_actions.showDetails->setChecked(true);
    m_actions.showDetails->setEnabled(false); // until there is a details panel
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
    m_fileMenu->addAction(m_actions.settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.quit);

    m_jobsMenu = menuBar()->addMenu(QString());
    m_jobsMenu->setObjectName(u"jobsMenu"_s);
    m_jobsMenu->addAction(m_actions.openJob);
    m_jobsMenu->addSeparator();
    m_jobsMenu->addAction(m_actions.stopJob);
    m_jobsMenu->addAction(m_actions.cloneJob);
    m_jobsMenu->addAction(m_actions.deleteJob);
    m_jobsMenu->addSeparator();
    m_jobsMenu->addAction(m_actions.downloadModel);
    m_jobsMenu->addAction(m_actions.exportReport);
    m_jobsMenu->addAction(m_actions.predict);
    m_jobsMenu->addAction(m_actions.compareJobs);

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
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions.predict);
    m_toolBar->addAction(m_actions.exportReport);

    m_actions.showToolBar = m_toolBar->toggleViewAction();
    m_actions.showToolBar->setObjectName(u"showToolBarAction"_s);
    m_viewMenu->addAction(m_actions.showToolBar);
    m_viewMenu->addAction(m_actions.showStatusBar);
}

void MainWindow::createCentralArea()
{
    // From the top: the message bar (hidden until there is something to
    // say), then the job list (or the empty state) above the job details.
    auto* central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    m_messageBar = new MessageBar(central);
    m_emptyState = new JobListEmptyState(central);
    m_centralStack = new QStackedWidget(central);
    m_centralStack->setObjectName(u"jobListArea"_s);
    m_centralStack->addWidget(m_emptyState);
    m_detailsSplitter = new QSplitter(Qt::Vertical, central);
    m_detailsSplitter->setObjectName(u"jobDetailsSplitter"_s);
    m_detailsSplitter->setChildrenCollapsible(false);
    m_detailsSplitter->addWidget(m_centralStack);

    auto* barLayout = new QVBoxLayout;
    barLayout->setContentsMargins(8, 8, 8, 4);
    barLayout->addWidget(m_messageBar);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(barLayout);
    layout->addWidget(m_detailsSplitter, 1);
    setCentralWidget(central);
    m_dropHighlight = new DropHighlight(m_centralStack);

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
    m_viewMenu->insertAction(m_actions.showStatusBar, m_actions.showDetails);
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
    connect(m_actions.showDetails, &QAction::toggled, this, [this](bool shown) {
        if (m_details)
            m_details->setVisible(shown && m_centralStack->currentWidget() == m_jobList);
    });
    connect(m_actions.aboutWinnow, &QAction::triggered, this, &MainWindow::showAboutDialog);
    connect(m_actions.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(this, &MainWindow::csvFilesDropped, this, &MainWindow::openCsvFiles);
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_jobsMenu->setTitle(tr("&Jobs"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));

    describe(m_actions.newJob, tr("&New Job…"), tr("Set up a job that trains models on a table"));
    describe(m_actions.openCsv, tr("&Open CSV…"), tr("Choose CSV files to train on"));
    describe(m_actions.settings, tr("&Settings…"),
             tr("Backends, defaults of new jobs, data folder and language"));
    describe(m_actions.quit, tr("&Quit"), tr("Close Winnow"));
    describe(m_actions.openJob, tr("&Open"), tr("Show the selected job's details and results"));
    describe(m_actions.stopJob, tr("&Stop"),
             tr("Stop the selected job and keep the best model found so far"));
    describe(m_actions.cloneJob, tr("&Clone"),
             tr("Start a new job with the selected job's settings"));
    describe(m_actions.deleteJob, tr("&Delete…"), tr("Delete the selected jobs and their results"));
    describe(m_actions.downloadModel, tr("Download &Model…"),
             tr("Save the selected job's best model to a folder"));
    describe(m_actions.exportReport, tr("&Export Report…"),
             tr("Write a report of the selected jobs' results to share"));
    describe(m_actions.predict, tr("&Predict…"),
             tr("Apply the selected job's best model to new data"));
    describe(m_actions.compareJobs, tr("C&ompare"),
             tr("Show the selected finished jobs' metrics side by side"));
    describe(m_actions.showToolBar, tr("&Toolbar"), tr("Show or hide the toolbar"));
    describe(m_actions.showStatusBar, tr("&Status Bar"), tr("Show or hide the status bar"));
    describe(m_actions.showSidebar, tr("&Backends"), tr("Show or hide the backends sidebar"));
    describe(m_actions.showDetails, tr("Job &Details"),
             tr("Show or hide the details of the open job"));
    describe(m_actions.fullScreen, tr("&Full Screen"), tr("Use the whole screen for Winnow"));
    describe(m_actions.aboutWinnow, tr("&About Winnow"),
             tr("Version, licences and the libraries Winnow uses"));
    describe(m_actions.aboutQt, tr("About &Qt"), tr("The version and licence of Qt"));

    // Short labels on the toolbar, next to the icons.
    m_actions.newJob->setIconText(tr("New Job"));
    m_actions.openCsv->setIconText(tr("Open CSV"));
    m_actions.predict->setIconText(tr("Predict"));
    m_actions.deleteJob->setIconText(tr("Delete"));
    m_actions.exportReport->setIconText(tr("Export Report"));

    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_sidebarDock->setWindowTitle(tr("Backends"));
    if (m_sidebarHeading)
        m_sidebarHeading->setText(tr("Backends"));
    if (m_backendList) {
        m_backendList->item(0)->setText(tr("This computer"));
        m_backendList->setAccessibleName(tr("Backends"));
    }

    centralWidget()->setAccessibleName(tr("Jobs"));
    m_centralStack->setAccessibleName(tr("Job list"));
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
    if (m_details)
        m_details->setVisible(showList && m_actions.showDetails->isChecked());
}

void MainWindow::setDetailsWidget(QWidget* details)
{
    if (m_details)
        m_details->deleteLater();
    m_details = details;
    m_actions.showDetails->setEnabled(details != nullptr);
    if (!details)
        return;
    m_detailsSplitter->addWidget(details);
    m_detailsSplitter->setStretchFactor(0, 2);
    m_detailsSplitter->setStretchFactor(1, 3);
    m_detailsSized =
        m_detailsSplitter->restoreState(QSettings().value(kDetailsSplitterKey).toByteArray());
    details->setVisible(m_actions.showDetails->isChecked() &&
                        m_centralStack->currentWidget() == m_jobList);
}

void MainWindow::setDetailsVisible(bool visible)
{
    m_actions.showDetails->setChecked(visible);
    if (!m_details)
        return;
    m_details->setVisible(visible && m_centralStack->currentWidget() == m_jobList);
    // The first time a job opens, its charts get the larger share; after
    // that the user's own split is kept (and saved).
    if (m_details->isVisible() && !m_detailsSized) {
        const int height = m_detailsSplitter->height();
        m_detailsSplitter->setSizes({height * 2 / 5, height - height * 2 / 5});
        m_detailsSized = true;
    }
}

void MainWindow::setRunningJobCount(int count)
{
    if (count == m_runningJobCount)
        return;
    m_runningJobCount = count;
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // The application's name ends the title, as desktops expect (they add it
    // themselves to a title that does not end with it).
    setWindowTitle(m_runningJobCount > 0 ? tr("%n running — Winnow", nullptr, m_runningJobCount)
                                         : tr("Winnow"));
}

void MainWindow::showMessage(MessageLevel level, const QString& text, const QString& actionText,
                             std::function<void()> action)
{
    m_messageBar->showMessage(level, text, actionText, std::move(action));
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::setSidebarWidget(QWidget* sidebar)
{
    if (QWidget* previous = m_sidebarDock->widget())
        previous->deleteLater();
    m_sidebarDock->setWidget(sidebar);
}

void MainWindow::setJobActionsEnabled(bool enabled)
{
    for (QAction* action : {m_actions.openJob, m_actions.stopJob, m_actions.cloneJob,
                            m_actions.deleteJob, m_actions.downloadModel, m_actions.exportReport,
                            m_actions.predict, m_actions.compareJobs})
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

void MainWindow::clearPendingCsvFiles()
{
    m_pendingCsvFiles.clear();
    m_emptyState->setPendingFiles({});
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
    setDropHighlighted(true);
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDropHighlighted(false);
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::setDropHighlighted(bool highlighted)
{
    m_emptyState->setDropHighlighted(highlighted);
    const bool overList = highlighted && m_centralStack->currentWidget() != m_emptyState;
    if (overList) {
        m_dropHighlight->setGeometry(m_centralStack->rect());
        m_dropHighlight->raise();
    }
    m_dropHighlight->setVisible(overList);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    setDropHighlighted(false);
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
    m_actions.showDetails->setChecked(settings.value(kDetailsVisibleKey, true).toBool());
    setStatusBarShown(m_actions.showStatusBar->isChecked());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
    settings.setValue(kStatusBarKey, m_actions.showStatusBar->isChecked());
    settings.setValue(kDetailsVisibleKey, m_actions.showDetails->isChecked());
    if (m_details)
        settings.setValue(kDetailsSplitterKey, m_detailsSplitter->saveState());
}

} // namespace winnow::ui
