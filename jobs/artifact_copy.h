#pragma once

#include "jobs/job_backend.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace winnow::jobs {

// Copies a job's result files into a folder the user chose, in the
// background and a piece at a time, reporting bytes copied. The files are
// gathered in a hidden folder inside the destination and moved into place
// only when all of them are complete, so a cancelled or failed copy leaves
// the destination as it was.
class ArtifactCopy : public JobOperation {
    Q_OBJECT

public:
    struct File {
        QString source;
        QString fileName; // its name in the destination
    };

    // Bytes copied between two returns to the event loop.
    static constexpr qint64 chunkBytes = qint64(1) << 20;

    ArtifactCopy(const QString& jobId, const QList<File>& files, const QString& destination,
                 QObject* parent = nullptr);
    ~ArtifactCopy() override;

protected:
    void abort() override;

private:
    void step();
    bool openNext();
    void fail(const QString& error);
    void moveIntoPlace();

    QList<File> m_files;
    QString m_destination;
    std::unique_ptr<QTemporaryDir> m_staging;
    qsizetype m_current = -1;
    QFile m_source;
    QFile m_target;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_stopped = false;
};

} // namespace winnow::jobs
