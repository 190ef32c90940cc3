#include "jobs/job.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

constexpr std::array<std::pair<JobStatus, QStringView>, 7> statusTexts{{
    {JobStatus::Pending, u"PENDING"},
    {JobStatus::Running, u"RUNNING"},
    {JobStatus::Finished, u"FINISHED"},
    {JobStatus::Failed, u"FAILED"},
    {JobStatus::Stopped, u"STOPPED"},
    {JobStatus::Interrupted, u"INTERRUPTED"},
    {JobStatus::Unknown, u"UNKNOWN"},
}};

} // namespace

QString jobStatusText(JobStatus status)
{
    for (const auto& [known, text] : statusTexts) {
        if (known == status)
            return text.toString();
    }
    return u"UNKNOWN"_s;
}

JobStatus parseJobStatus(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const auto& [status, known] : statusTexts) {
        if (trimmed.compare(known, Qt::CaseInsensitive) == 0)
            return status;
    }
    return JobStatus::Unknown;
}

bool isTerminal(JobStatus status)
{
    switch (status) {
    case JobStatus::Finished:
    case JobStatus::Failed:
    case JobStatus::Stopped:
    case JobStatus::Interrupted: return true;
    case JobStatus::Pending:
    case JobStatus::Running:
    case JobStatus::Unknown: return false;
    }
    return false;
}

void Job::setStatusText(const QString& text)
{
    const JobStatus status = parseJobStatus(text);
    if (status != JobStatus::Unknown)
        m_statusText = jobStatusText(status);
    else if (text.trimmed().isEmpty())
        m_statusText = jobStatusText(JobStatus::Unknown);
    else
        m_statusText = text;
}

QString Job::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name;
    if (!spec.featureTableName.isEmpty() && !spec.targetName.isEmpty())
        return u"%1 (%2)"_s.arg(spec.featureTableName, spec.targetName);
    if (!spec.featureTableName.isEmpty())
        return spec.featureTableName;
    return id;
}

JobFields updatableJobFields()
{
    JobFields fields;
    for (quint32 bit = 1; bit <= quint32(JobField::Timeline); bit <<= 1)
        fields |= JobField(bit);
    return fields & ~JobFields(JobField::UpdatedAt);
}

QString jobFieldsText(JobFields fields)
{
    static constexpr std::array<std::pair<JobField, QStringView>, 18> names{{
        {JobField::Name, u"Name"},
        {JobField::Spec, u"Spec"},
        {JobField::Status, u"Status"},
        {JobField::SecondaryStatus, u"SecondaryStatus"},
        {JobField::Progress, u"Progress"},
        {JobField::BestScore, u"BestScore"},
        {JobField::FailureReason, u"FailureReason"},
        {JobField::RemoteId, u"RemoteId"},
        {JobField::ArtifactUri, u"ArtifactUri"},
        {JobField::ArtifactDir, u"ArtifactDir"},
        {JobField::DataPath, u"DataPath"},
        {JobField::Tags, u"Tags"},
        {JobField::CreatedAt, u"CreatedAt"},
        {JobField::UpdatedAt, u"UpdatedAt"},
        {JobField::StartedAt, u"StartedAt"},
        {JobField::EndedAt, u"EndedAt"},
        {JobField::Timeline, u"Timeline"},
        {JobField::Artifacts, u"Artifacts"},
    }};
    QStringList parts;
    for (const auto& [field, name] : names) {
        if (fields.testFlag(field))
            parts << name.toString();
    }
    return parts.isEmpty() ? u"None"_s : parts.join(u'|');
}

} // namespace winnow::jobs
