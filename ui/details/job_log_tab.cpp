#include "ui/details/job_log_tab.h"

#include "ui/details/engine_event_text.h"
#include "ui/details/placeholder_stack.h"
#include "ui/details/text_file_follower.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

QPlainTextEdit* newLogView(QWidget* parent, const QString& objectName, const QString& name)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(name);
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setMaximumBlockCount(50000);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

JobLogTab::JobLogTab(QWidget* parent) : QWidget(parent)
{
    m_events = newLogView(this, u"eventsLogView"_s, tr("Job log"));
    m_events->setPlaceholderText(tr("Waiting for the engine's first event…"));
    m_stderr = newLogView(this, u"stderrLogView"_s, tr("Engine error output"));
    m_stderrHeading = new QLabel(tr("Engine error output (stderr)"), this);
    m_stderrHeading->setBuddy(m_stderr);

    auto* stderrBox = new QWidget(this);
    auto* stderrLayout = new QVBoxLayout(stderrBox);
    stderrLayout->setContentsMargins(0, 4, 0, 0);
    stderrLayout->addWidget(m_stderrHeading);
    stderrLayout->addWidget(m_stderr);
    stderrBox->hide();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_events);
    splitter->addWidget(stderrBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_stack = new PlaceholderStack(splitter, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_eventsFollower = new TextFileFollower(this);
    m_stderrFollower = new TextFileFollower(this);
    connect(m_eventsFollower, &TextFileFollower::linesAppended, this, &JobLogTab::appendEvents);
    connect(m_eventsFollower, &TextFileFollower::restarted, m_events, &QPlainTextEdit::clear);
    connect(m_stderrFollower, &TextFileFollower::linesAppended, this,
            [this, stderrBox](const QStringList& lines) {
                stderrBox->show();
                appendStderr(lines);
            });
    connect(m_stderrFollower, &TextFileFollower::restarted, m_stderr, &QPlainTextEdit::clear);
}

void JobLogTab::setLogFiles(const QString& eventsFile, const QString& stderrFile)
{
    if (eventsFile == m_eventsFollower->file() && stderrFile == m_stderrFollower->file() &&
        m_stack->isShowingContent()) {
        poll();
        return;
    }
    m_events->clear();
    m_stderr->clear();
    m_stderr->parentWidget()->hide();
    m_eventsFollower->setFile(eventsFile);
    m_stderrFollower->setFile(stderrFile);
    m_stack->showContent();
    poll();
}

void JobLogTab::showPlaceholder(const QString& message)
{
    m_eventsFollower->setFile({});
    m_stderrFollower->setFile({});
    m_events->clear();
    m_stderr->clear();
    m_stack->showPlaceholder(message);
}

void JobLogTab::poll()
{
    m_eventsFollower->poll();
    m_stderrFollower->poll();
}

void JobLogTab::appendFollowing(QPlainTextEdit* view, const QStringList& lines)
{
    if (lines.isEmpty())
        return;
    QScrollBar* bar = view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const int kept = bar->value();
    view->appendPlainText(lines.join(u'\n'));
    if (atEnd)
        bar->setValue(bar->maximum());
    else
        bar->setValue(kept);
}

void JobLogTab::appendEvents(const QStringList& lines)
{
    QStringList readable;
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            // Not an event: show it as it is rather than lose it.
            readable << line;
            continue;
        }
        if (std::optional<EngineLogLine> entry = describeEngineEvent(document.object()))
            readable << formatLogLine(*entry);
    }
    appendFollowing(m_events, readable);
}

void JobLogTab::appendStderr(const QStringList& lines)
{
    appendFollowing(m_stderr, lines);
}

} // namespace winnow::ui
