#pragma once

#include "jobs/job.h"

#include <QFlags>
#include <QObject>
#include <QString>

namespace winnow::jobs {

// One piece of asynchronous work a backend does: submitting a job, stopping
// it, removing it, downloading its results.
//
// The contract (docs/jobs.md, "Backends"):
// - finished() is emitted exactly once, always from the event loop, never
//   from inside the call that created the operation, so connecting right
//   after the call is never too late.
// - progress() may come any number of times before finished(), never after.
// - cancel() stops the work; the operation then finishes with ok == false
//   and wasCancelled() == true. Cancelling a finished operation does nothing.
// - The operation deletes itself (deleteLater) after finished(); keep it in
//   a QPointer to use it later.
class JobOperation : public QObject {
    Q_OBJECT

public:
    explicit JobOperation(QObject* parent = nullptr);

    // An operation that fails with `error` as soon as the event loop runs,
    // e.g. for a call the backend cannot do.
    static JobOperation* failed(const QString& error, QObject* parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_ok; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    // The Winnow id of the job concerned; for submit(), known once the job is in the JobStore.
    QString jobId() const { return m_jobId; }

public slots:
    void cancel();

signals:
    // Bytes or steps done so far, of `total` (-1 when unknown).
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString& error);

protected:
    void setJobId(const QString& id) { m_jobId = id; }
    void reportProgress(qint64 done, qint64 total);
    // Ends the operation; only the first call counts. finished() follows
    // from the event loop.
    void finish(bool ok, const QString& error = {});
    // Stops the actual work (a request, a process); called once, by cancel().
    virtual void abort() {}

private:
    void deliver();

    QString m_jobId;
    QString m_error;
    bool m_ok = false;
    bool m_finishing = false; // finish() was called; finished() is on its way
    bool m_finished = false;  // finished() was emitted
    bool m_cancelled = false;
};

// What a backend can do beyond running jobs, so the UI offers only that.
enum class BackendCapability : quint32 {
    None = 0,
    Stop = 1u << 0,              // stop a running job
    RemoveRemotely = 1u << 1,    // remove() deletes the job on the service too
    Predict = 1u << 2,           // apply a trained model to new data
    UploadData = 1u << 3,        // submit() sends a local CSV along
    DownloadArtifacts = 1u << 4, // results can be fetched to a local folder
    ListHistory = 1u << 5,       // the service lists its past jobs, for mirroring
};
Q_DECLARE_FLAGS(BackendCapabilities, BackendCapability)
Q_DECLARE_OPERATORS_FOR_FLAGS(BackendCapabilities)

// Somewhere jobs run: this computer ("local") or a configured remote service
// (ML Hub, winnow-server, SageMaker). The UI talks to every backend through
// this interface.
//
// A backend keeps the JobStore up to date: it adds the submitted job, then
// writes status, progress, candidates and artifacts as they come, so views
// watch the store's signals, never the backend. Job ids in these calls are
// Winnow's ids (Job::id); the backend finds remote ids in the store.
// A call the backend's capabilities do not include returns an operation that
// fails with a message saying so.
class JobBackend : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // "local", or the id the user's configuration gives a remote service.
    virtual QString id() const = 0;
    // For menus and columns: "This computer", "ML Hub (production)".
    virtual QString displayName() const = 0;
    virtual BackendCapabilities capabilities() const = 0;
    bool can(BackendCapability capability) const { return capabilities().testFlag(capability); }

    // Starts a job from `job`'s spec (and dataPath for local data). The
    // operation succeeds once the backend accepted the job and stored it;
    // its jobId() is then the job's id in the store. Training continues
    // after that and shows in the store.
    virtual JobOperation* submit(const Job& job) = 0;
    // Asks a running job to stop; it ends as STOPPED, keeping the best model so far.
    virtual JobOperation* stop(const QString& jobId) = 0;
    // Removes the job: its results, on the service too with RemoveRemotely, and its entry in the
    // store.
    virtual JobOperation* remove(const QString& jobId) = 0;
    // Fetches the job's results into `folder` and records them as its
    // artifacts; progress() counts bytes.
    virtual JobOperation* downloadArtifacts(const QString& jobId, const QString& folder) = 0;
};

} // namespace winnow::jobs
