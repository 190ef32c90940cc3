#include "ui/details/local_page_interceptor.h"

#include <QFileInfo>
#include <QMetaObject>

namespace winnow::ui {

LocalPageInterceptor::LocalPageInterceptor(QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent)
{}

void LocalPageInterceptor::setAllowedFile(const QString& path)
{
    const QMutexLocker lock(&m_mutex);
    m_allowed = path.isEmpty() ? QUrl() : QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
}

QUrl LocalPageInterceptor::allowedUrl() const
{
    const QMutexLocker lock(&m_mutex);
    return m_allowed;
}

bool LocalPageInterceptor::isAllowed(const QUrl& url) const
{
    const QMutexLocker lock(&m_mutex);
    if (m_allowed.isEmpty() || !url.isLocalFile())
        return false;
    // The same file, whatever its fragment or query (an anchor in the page).
    return url.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery | QUrl::NormalizePathSegments) ==
           m_allowed.adjusted(QUrl::NormalizePathSegments);
}

QList<QUrl> LocalPageInterceptor::blockedUrls() const
{
    const QMutexLocker lock(&m_mutex);
    return m_blocked;
}

void LocalPageInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    const QUrl url = info.requestUrl();
    if (isAllowed(url))
        return;
    info.block(true);
    {
        const QMutexLocker lock(&m_mutex);
        m_blocked.append(url);
    }
    QMetaObject::invokeMethod(
        this, [this, url] { emit requestBlocked(url); }, Qt::QueuedConnection);
}

} // namespace winnow::ui
