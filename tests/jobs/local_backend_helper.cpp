// A stand-in for the app in test_local_backend_recovery: it opens a job
// store and a LocalBackend, submits one long job and says when the job has
// its first candidate, then waits to be killed.
//
//   local_backend_helper DATABASE DATA_FOLDER ENGINE CSV
//
// Prints "submitted <job id>", then "running <job id> <engine pid>".

#include "jobs/job_folder.h"
#include "jobs/job_store.h"
#include "jobs/local_backend.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace winnow::jobs;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 5) {
        std::fprintf(stderr, "usage: local_backend_helper DATABASE DATA_FOLDER ENGINE CSV\n");
        return 2;
    }
    QTextStream out(stdout);
    JobStore store(arguments.at(1));
    if (Result<void> opened = store.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorString()));
        return 1;
    }
    LocalBackendSettings settings;
    settings.dataFolder = arguments.at(2);
    settings.engineBinary = arguments.at(3);
    LocalBackend backend(&store, settings);
    if (Result<void> started = backend.start(); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.errorString()));
        return 1;
    }

    Job job;
    job.name = u"killed with its owner"_s;
    job.dataPath = arguments.at(4);
    job.spec.targetName = u"y"_s;
    // A quick first candidate, then slow ones.
    job.spec.algorithms = {u"logistic_regression"_s, u"linear_svm"_s, u"knn"_s, u"decision_tree"_s,
                           u"naive_bayes"_s};
    job.spec.maxRuntimeSeconds = 900;
    JobOperation* submitted = backend.submit(job);
    QString jobId;
    QObject::connect(submitted, &JobOperation::finished, &app, [&](bool ok, const QString& error) {
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            app.exit(1);
            return;
        }
        jobId = submitted->jobId();
        out << "submitted " << jobId << Qt::endl;
    });
    QObject::connect(&store, &JobStore::candidateAdded, &app, [&](const QString& id, int) {
        static bool said = false;
        if (said || id != jobId)
            return;
        said = true;
        QFile pid(backend.jobFolder(id).pidFile());
        pid.open(QIODevice::ReadOnly);
        out << "running " << id << ' ' << pid.readAll().trimmed() << Qt::endl;
    });
    return app.exec();
}
