#pragma once

#include <QList>
#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace winnow::ui {

// Keeps a web view offline: every request is blocked except for the one
// local file the view shows. A result page is self-contained; anything it
// (or a page planted in a results folder) asks of the network or of other
// files is refused, and recorded, so nothing leaks out of the computer.
class LocalPageInterceptor : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT

public:
    explicit LocalPageInterceptor(QObject* parent = nullptr);

    // The file whose requests pass; every other URL is blocked.
    void setAllowedFile(const QString& path);
    QUrl allowedUrl() const;
    bool isAllowed(const QUrl& url) const;

    // Every URL blocked so far, oldest first.
    QList<QUrl> blockedUrls() const;

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;

signals:
    void requestBlocked(const QUrl& url);

private:
    mutable QMutex m_mutex; // requests may be intercepted off the UI thread
    QUrl m_allowed;
    QList<QUrl> m_blocked;
};

} // namespace winnow::ui
