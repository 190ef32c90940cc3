#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace winnow::jobs {

// How a winnow-engine process ended.
struct EngineExit {
    enum class Kind {
        Exited,        // ended by itself; `code` is its exit code
        Crashed,       // killed by a signal; `code` is the signal (0 when unknown)
        FailedToStart, // never ran; `message` says why
    };
    Kind kind = Kind::Exited;
    int code = 0;
    // The engine's own last error message on stderr ("winnow-engine: "
    // taken off), or why it could not start. May span several lines.
    QString message;
};

// One winnow-engine child process, any subcommand: it reads stdout line by
// line, keeps the tail of stderr, and can be stopped politely (SIGTERM,
// then SIGKILL after a grace period).
//
// The child asks the kernel for SIGTERM when Winnow dies (PR_SET_PDEATHSIG),
// so an engine never outlives the app by more than the time it needs to
// keep its best model, and ignores SIGPIPE, so that writing its events to a
// reader that is gone does not kill it before it has saved that model.
//
// finished() comes exactly once, also when the engine could not be started,
// and never from inside start(). Delete the object later (deleteLater), not
// in a slot connected to finished().
class EngineProcess : public QObject {
    Q_OBJECT

public:
    // Lines of stderr kept in memory and in the stderr log.
    static constexpr int stderrTailLines = 50;

    explicit EngineProcess(QObject* parent = nullptr);
    // An engine still running is killed.
    ~EngineProcess() override;

    void setWorkingDirectory(const QString& folder);
    // Every stdout line is appended to this file as it comes (the job's events.jsonl).
    void setStdoutLog(const QString& path);
    // This file always holds the last stderrTailLines lines of stderr.
    void setStderrLog(const QString& path);

    void start(const QString& program, const QStringList& arguments);
    bool isRunning() const;
    qint64 processId() const;

    // SIGTERM now, SIGKILL if the engine still runs after `grace`.
    void stop(std::chrono::milliseconds grace);
    void kill();
    // Blocks until the engine ended or `timeout` passed; finished() has
    // been emitted when this returns true. For shutting down only.
    bool waitForFinished(std::chrono::milliseconds timeout);

    QStringList stderrTail() const { return m_stderrTail; }

signals:
    void started();
    void stdoutLine(const QByteArray& line);
    void finished(const winnow::jobs::EngineExit& exit);

private:
    void readStdout();
    void readStderr();
    void addStderrLines(const QByteArray& text);
    void writeStderrLog() const;
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    enum class Delivery { Now, Queued };
    void finishOnce(EngineExit exit, Delivery delivery);

    QProcess m_process;
    QTimer m_killTimer;
    QFile m_stdoutLog;
    QString m_stderrLogPath;
    QByteArray m_stderrPartial;
    QStringList m_stderrTail;
    QString m_program;
    bool m_finished = false;
};

// The message an engine left on stderr: from its last line starting with
// "winnow-engine: " to the end, that prefix taken off (the engine's
// messages may span lines); else the last non-empty line.
QString engineMessage(const QStringList& stderrLines);

} // namespace winnow::jobs

Q_DECLARE_METATYPE(winnow::jobs::EngineExit)
