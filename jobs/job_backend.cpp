#include "jobs/job_backend.h"

#include <QMetaObject>

namespace winnow::jobs {

JobOperation::JobOperation(QObject* parent) : QObject(parent) {}

JobOperation* JobOperation::failed(const QString& error, QObject* parent)
{
    auto* operation = new JobOperation(parent);
    operation->finish(false, error);
    return operation;
}

void JobOperation::cancel()
{
    if (m_finishing)
        return;
    m_cancelled = true;
    abort();
    finish(false, tr("Cancelled"));
}

void JobOperation::reportProgress(qint64 done, qint64 total)
{
    if (!m_finishing)
        emit progress(done, total);
}

void JobOperation::finish(bool ok, const QString& error)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_ok = ok;
    m_error = ok ? QString() : error;
    // Queued, so that finished() never reaches a caller before it could connect.
    QMetaObject::invokeMethod(this, &JobOperation::deliver, Qt::QueuedConnection);
}

void JobOperation::deliver()
{
    m_finished = true;
    emit finished(m_ok, m_error);
    deleteLater();
}

} // namespace winnow::jobs
