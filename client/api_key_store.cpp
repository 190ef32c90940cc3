#include "client/api_key_store.h"

#include "client/logging.h"

#include <QMetaObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace winnow::client {

namespace {

// What went wrong, in words for the user; `doing` says what was being done.
QString keychainErrorText(const QString& doing, QKeychain::Error error, const QString& detail)
{
    QString reason;
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        reason = ApiKeyStore::tr("no API key is stored for this backend");
        break;
    case QKeychain::CouldNotDeleteEntry:
        reason = ApiKeyStore::tr("the keychain could not delete it (%1)").arg(detail);
        break;
    case QKeychain::AccessDeniedByUser:
        reason = ApiKeyStore::tr("access to the keychain was refused");
        break;
    case QKeychain::AccessDenied:
        reason = ApiKeyStore::tr("the keychain denied access (%1)").arg(detail);
        break;
    case QKeychain::NoBackendAvailable:
        reason = ApiKeyStore::tr("no keychain is available; start and unlock your desktop's "
                                 "keyring (GNOME Keyring or KWallet) and try again");
        break;
    case QKeychain::NotImplemented:
        reason = ApiKeyStore::tr("this system has no keychain Winnow can use");
        break;
    case QKeychain::OtherError:
        reason = detail.isEmpty() ? ApiKeyStore::tr("the keychain failed") : detail;
        break;
    }
    return ApiKeyStore::tr("%1: %2.").arg(doing, reason);
}

bool isRetryable(QKeychain::Error error)
{
    return error != QKeychain::EntryNotFound && error != QKeychain::AccessDeniedByUser;
}

} // namespace

ApiKeyRequest::ApiKeyRequest(Action action, const QString& service, const QString& backendId,
                             const QString& key, std::chrono::milliseconds retryDelay,
                             QObject* parent)
    : QObject(parent)
    , m_action(action)
    , m_service(service)
    , m_backendId(backendId)
    , m_key(key)
    , m_retryDelay(retryDelay)
{}

void ApiKeyRequest::start()
{
    ++m_attempts;
    QKeychain::Job* job = nullptr;
    switch (m_action) {
    case Action::Read: job = new QKeychain::ReadPasswordJob(m_service, this); break;
    case Action::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(m_key);
        job = write;
        break;
    }
    case Action::Remove: job = new QKeychain::DeletePasswordJob(m_service, this); break;
    }
    job->setKey(m_backendId);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, &ApiKeyRequest::onJobFinished);
    job->start();
}

void ApiKeyRequest::onJobFinished(QKeychain::Job* job)
{
    const QKeychain::Error error = job->error();
    switch (m_action) {
    case Action::Read:
        if (error == QKeychain::NoError) {
            m_found = true;
            m_key = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
            finish(true);
        } else if (error == QKeychain::EntryNotFound) {
            m_found = false;
            m_key.clear();
            finish(true);
        } else if (m_attempts == 1 && isRetryable(error)) {
            qCInfo(lcClient) << "reading the API key of" << m_backendId << "failed ("
                             << job->errorString() << "); trying again in" << m_retryDelay.count()
                             << "ms";
            QTimer::singleShot(m_retryDelay, this, &ApiKeyRequest::start);
        } else {
            finish(false, keychainErrorText(ApiKeyStore::tr("Could not read the API key"), error,
                                            job->errorString()));
        }
        break;
    case Action::Write:
        if (error == QKeychain::NoError)
            finish(true);
        else
            finish(false, keychainErrorText(ApiKeyStore::tr("Could not save the API key"), error,
                                            job->errorString()));
        break;
    case Action::Remove:
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            finish(true);
        else
            finish(false, keychainErrorText(ApiKeyStore::tr("Could not delete the API key"), error,
                                            job->errorString()));
        break;
    }
}

void ApiKeyRequest::finish(bool ok, const QString& error)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_ok = ok;
    m_error = error;
    if (!ok)
        qCWarning(lcClient) << "keychain request for" << m_backendId << "failed:" << error;
    // Queued: QtKeychain may report some failures from inside start().
    QMetaObject::invokeMethod(this, &ApiKeyRequest::deliver, Qt::QueuedConnection);
}

void ApiKeyRequest::deliver()
{
    m_finished = true;
    emit finished(m_ok);
    deleteLater();
}

QString ApiKeyStore::serviceName()
{
    return u"Winnow"_s;
}

ApiKeyStore::ApiKeyStore(QObject* parent) : QObject(parent) {}

ApiKeyRequest* ApiKeyStore::read(const QString& backendId)
{
    return startRequest(ApiKeyRequest::Action::Read, backendId, {});
}

ApiKeyRequest* ApiKeyStore::write(const QString& backendId, const QString& key)
{
    if (key.isEmpty())
        return remove(backendId);
    return startRequest(ApiKeyRequest::Action::Write, backendId, key);
}

ApiKeyRequest* ApiKeyStore::remove(const QString& backendId)
{
    return startRequest(ApiKeyRequest::Action::Remove, backendId, {});
}

ApiKeyRequest* ApiKeyStore::startRequest(ApiKeyRequest::Action action, const QString& backendId,
                                         const QString& key)
{
    auto* request = new ApiKeyRequest(action, serviceName(), backendId, key, m_retryDelay, this);
    if (backendId.isEmpty()) {
        request->finish(false, tr("Could not use the keychain: the backend has no id."));
        return request;
    }
    request->start();
    return request;
}

} // namespace winnow::client
