#include "jobs/engine_process.h"

#include "jobs/logging.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSaveFile>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

const QString messagePrefix = u"winnow-engine: "_s;

// Runs in the child between fork and exec: only async-signal-safe calls.
void prepareEngineChild(pid_t parent)
{
    // SIG_IGN survives exec; the engine then sees EPIPE instead of dying
    // when the app that read its events is gone.
    ::signal(SIGPIPE, SIG_IGN);
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    // The parent may have died before prctl took effect.
    if (::getppid() != parent)
        ::raise(SIGTERM);
}

} // namespace

QString engineMessage(const QStringList& stderrLines)
{
    for (qsizetype i = stderrLines.size() - 1; i >= 0; --i) {
        if (!stderrLines.at(i).startsWith(messagePrefix))
            continue;
        QStringList message = stderrLines.mid(i);
        message.first().remove(0, messagePrefix.size());
        while (!message.isEmpty() && message.last().trimmed().isEmpty())
            message.removeLast();
        return message.join(u'\n').trimmed();
    }
    for (qsizetype i = stderrLines.size() - 1; i >= 0; --i) {
        if (!stderrLines.at(i).trimmed().isEmpty())
            return stderrLines.at(i).trimmed();
    }
    return {};
}

EngineProcess::EngineProcess(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<EngineExit>();
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, &EngineProcess::kill);
    connect(&m_process, &QProcess::started, this, &EngineProcess::started);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &EngineProcess::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &EngineProcess::readStderr);
    connect(&m_process, &QProcess::finished, this, &EngineProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &EngineProcess::onError);
    const pid_t self = ::getpid();
    m_process.setChildProcessModifier([self] { prepareEngineChild(self); });
}

EngineProcess::~EngineProcess()
{
    // Nobody listens any more; QProcess's own destructor would kill and wait
    // too, but without the signals reaching half-destroyed owners.
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void EngineProcess::setWorkingDirectory(const QString& folder)
{
    m_process.setWorkingDirectory(folder);
}

void EngineProcess::setStdoutLog(const QString& path)
{
    m_stdoutLog.setFileName(path);
}

void EngineProcess::setStderrLog(const QString& path)
{
    m_stderrLogPath = path;
}

void EngineProcess::start(const QString& program, const QStringList& arguments)
{
    m_program = program;
    if (!m_stdoutLog.fileName().isEmpty() &&
        !m_stdoutLog.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcJobs) << "cannot write the event log" << m_stdoutLog.fileName() << ":"
                          << m_stdoutLog.errorString();
    }
    qCDebug(lcJobs) << "starting" << program << arguments;
    m_process.start(program, arguments, QIODevice::ReadOnly);
}

bool EngineProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 EngineProcess::processId() const
{
    return m_process.processId();
}

void EngineProcess::stop(std::chrono::milliseconds grace)
{
    // One SIGTERM only: the engine takes a second one as "stop at once,
    // without saving", which is not what a repeated request means here.
    if (!isRunning() || m_killTimer.isActive())
        return;
    m_process.terminate();
    m_killTimer.start(grace);
}

void EngineProcess::kill()
{
    if (isRunning())
        m_process.kill();
}

bool EngineProcess::waitForFinished(std::chrono::milliseconds timeout)
{
    if (m_finished)
        return true;
    const QDeadlineTimer deadline(timeout);
    // QProcess::waitForFinished() delivers its finished(), and so ours, before it returns.
    while (!m_finished && isRunning() && !deadline.hasExpired())
        m_process.waitForFinished(int(std::max<qint64>(1, deadline.remainingTime())));
    return m_finished;
}

void EngineProcess::readStdout()
{
    while (m_process.canReadLine()) {
        QByteArray line = m_process.readLine();
        if (m_stdoutLog.isOpen()) {
            m_stdoutLog.write(line);
            m_stdoutLog.flush();
        }
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            emit stdoutLine(line);
    }
}

void EngineProcess::readStderr()
{
    addStderrLines(m_process.readAllStandardError());
}

void EngineProcess::addStderrLines(const QByteArray& text)
{
    if (text.isEmpty())
        return;
    m_stderrPartial += text;
    qsizetype end = 0;
    while ((end = m_stderrPartial.indexOf('\n')) >= 0) {
        m_stderrTail << QString::fromUtf8(m_stderrPartial.left(end));
        m_stderrPartial.remove(0, end + 1);
    }
    while (m_stderrTail.size() > stderrTailLines)
        m_stderrTail.removeFirst();
    writeStderrLog();
}

void EngineProcess::writeStderrLog() const
{
    if (m_stderrLogPath.isEmpty())
        return;
    QSaveFile file(m_stderrLogPath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcJobs) << "cannot write" << m_stderrLogPath << ":" << file.errorString();
        return;
    }
    QStringList lines = m_stderrTail;
    if (!m_stderrPartial.isEmpty())
        lines << QString::fromUtf8(m_stderrPartial);
    file.write(lines.join(u'\n').toUtf8());
    file.write("\n");
    if (!file.commit())
        qCWarning(lcJobs) << "cannot write" << m_stderrLogPath << ":" << file.errorString();
}

void EngineProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    // Whatever is still in the pipes belongs to this run.
    readStdout();
    if (m_process.bytesAvailable() > 0) {
        const QByteArray rest = m_process.readAllStandardOutput();
        if (m_stdoutLog.isOpen())
            m_stdoutLog.write(rest + '\n');
        if (!rest.trimmed().isEmpty())
            emit stdoutLine(rest.trimmed());
    }
    addStderrLines(m_process.readAllStandardError());
    if (!m_stderrPartial.isEmpty()) {
        m_stderrTail << QString::fromUtf8(m_stderrPartial);
        m_stderrPartial.clear();
        writeStderrLog();
    }
    m_stdoutLog.close();

    EngineExit exit;
    if (status == QProcess::CrashExit) {
        exit.kind = EngineExit::Kind::Crashed;
        // QProcess documents exitCode() as undefined after a crash; on Unix
        // it holds the terminating signal, which is what the user needs.
        exit.code = exitCode > 0 && exitCode < 65 ? exitCode : 0;
    } else {
        exit.code = exitCode;
    }
    exit.message = engineMessage(m_stderrTail);
    finishOnce(exit, Delivery::Now);
}

void EngineProcess::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and the like end in finished() too
    m_stdoutLog.close();
    EngineExit exit;
    exit.kind = EngineExit::Kind::FailedToStart;
    exit.code = -1;
    exit.message =
        u"could not start %1: %2"_s.arg(QFileInfo(m_program).filePath(), m_process.errorString());
    // Queued: QProcess may report a failed start from inside start().
    finishOnce(exit, Delivery::Queued);
}

void EngineProcess::finishOnce(EngineExit exit, Delivery delivery)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcJobs) << m_program << "ended: kind" << int(exit.kind) << "code" << exit.code
                    << exit.message;
    if (delivery == Delivery::Now)
        emit finished(exit);
    else
        QMetaObject::invokeMethod(
            this, [this, exit] { emit finished(exit); }, Qt::QueuedConnection);
}

} // namespace winnow::jobs
