#pragma once

// Helpers shared by the New Job and Predict dialog tests.

#include "jobs/job_backend.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace newjob_test {

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

inline QString sampleChurnCsv()
{
    return QStringLiteral(WINNOW_SOURCE_DIR "/resources/samples/customer_churn.csv");
}

// A backend that runs nothing: enough for the dialog, which only reads
// its id, name and capabilities.
class FakeBackend : public winnow::jobs::JobBackend {
public:
    FakeBackend(QString id, QString name, winnow::jobs::BackendCapabilities capabilities)
        : m_id(std::move(id))
        , m_name(std::move(name))
        , m_capabilities(capabilities)
    {}

    QString id() const override { return m_id; }
    QString displayName() const override { return m_name; }
    winnow::jobs::BackendCapabilities capabilities() const override { return m_capabilities; }
    winnow::jobs::JobOperation* submit(const winnow::jobs::Job&) override { return notHere(); }
    winnow::jobs::JobOperation* stop(const QString&) override { return notHere(); }
    winnow::jobs::JobOperation* remove(const QString&) override { return notHere(); }
    winnow::jobs::JobOperation* downloadArtifacts(const QString&, const QString&) override
    {
        return notHere();
    }

private:
    winnow::jobs::JobOperation* notHere()
    {
        return winnow::jobs::JobOperation::failed(QStringLiteral("not in this test"), this);
    }

    QString m_id;
    QString m_name;
    winnow::jobs::BackendCapabilities m_capabilities;
};

// Runs Debian's Python with pandas on `script` (beside the tests) and
// returns its JSON output; an empty object and `error` set when Python or
// pandas is missing or the script fails.
inline QJsonObject runPython(const QString& script, const QStringList& arguments, QString* error)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python)) {
        *error = QStringLiteral("/usr/bin/python3 is missing (Debian's python3 with pandas is "
                                "needed to cross-check)");
        return {};
    }
    QProcess process;
    process.start(python,
                  QStringList{QStringLiteral(WINNOW_SOURCE_DIR "/tests/ui/newjob/") + script} +
                      arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2")
                     .arg(script, QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1 printed no JSON: %2").arg(script, parse.errorString());
        return {};
    }
    return document.object();
}

} // namespace newjob_test
