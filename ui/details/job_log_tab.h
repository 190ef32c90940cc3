#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace winnow::ui {

class PlaceholderStack;
class TextFileFollower;

// A job's log: the engine's events (events.jsonl) as readable lines, and
// what it wrote to stderr, following both while the job runs. The view
// keeps to the end while it is scrolled there, and stays put when the user
// scrolled up to read.
class JobLogTab : public QWidget {
    Q_OBJECT

public:
    explicit JobLogTab(QWidget* parent = nullptr);

    // Starts over with these files (either may be missing, or appear later).
    void setLogFiles(const QString& eventsFile, const QString& stderrFile);
    void showPlaceholder(const QString& message);
    // Reads what was appended since the last poll.
    void poll();

    QPlainTextEdit* eventsView() const { return m_events; }
    QPlainTextEdit* stderrView() const { return m_stderr; }
    TextFileFollower* eventsFollower() const { return m_eventsFollower; }
    TextFileFollower* stderrFollower() const { return m_stderrFollower; }
    PlaceholderStack* stack() const { return m_stack; }

private:
    void appendEvents(const QStringList& lines);
    void appendStderr(const QStringList& lines);
    static void appendFollowing(QPlainTextEdit* view, const QStringList& lines);

    QPlainTextEdit* m_events;
    QPlainTextEdit* m_stderr;
    QLabel* m_stderrHeading;
    TextFileFollower* m_eventsFollower;
    TextFileFollower* m_stderrFollower;
    PlaceholderStack* m_stack;
};

} // namespace winnow::ui
