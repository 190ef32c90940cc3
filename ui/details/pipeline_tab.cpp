#include "ui/details/pipeline_tab.h"

#include "ui/details/local_page_interceptor.h"
#include "ui/details/placeholder_stack.h"

#include <QDir>
#include <QFileInfo>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

// A page that stays on its own file: links and redirects elsewhere are
// refused (the interceptor blocks their requests too).
class OfflinePage : public QWebEnginePage {
public:
    OfflinePage(QWebEngineProfile* profile, LocalPageInterceptor* interceptor, QObject* parent)
        : QWebEnginePage(profile, parent)
        , m_interceptor(interceptor)
    {}

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType, bool) override
    {
        return m_interceptor->isAllowed(url);
    }

private:
    LocalPageInterceptor* m_interceptor;
};

} // namespace

PipelineTab::PipelineTab(QWidget* parent) : QWidget(parent)
{
    m_frame = new QWidget(this);
    auto* frameLayout = new QVBoxLayout(m_frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    m_stack = new PlaceholderStack(m_frame, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_interceptor = new LocalPageInterceptor(this);
    m_stack->showPlaceholder(tr("The pipeline appears when the job finishes."));
}

PipelineTab::~PipelineTab()
{
    // The page must go before the profile it uses.
    delete m_view;
    m_view = nullptr;
    delete m_profile;
}

void PipelineTab::ensureView()
{
    if (m_view)
        return;
    // No storage name: an off-the-record profile, nothing kept on disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings* settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);

    m_view = new QWebEngineView(m_frame);
    m_view->setObjectName(u"pipelineView"_s);
    m_view->setAccessibleName(tr("Pipeline diagram"));
    // Inside a splitter a web view may otherwise be squeezed to nothing.
    m_view->setMinimumSize(240, 180);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setPage(new OfflinePage(m_profile, m_interceptor, m_view));
    connect(m_view, &QWebEngineView::loadFinished, this, &PipelineTab::pageLoaded);
    m_frame->layout()->addWidget(m_view);
}

void PipelineTab::setPageFile(const QString& path)
{
    m_path = path;
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        showPlaceholder(path.isEmpty()
                            ? tr("This job has no pipeline page.")
                            : tr("The pipeline page %1 is missing: the job's results may have "
                                 "been moved or deleted.")
                                  .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_interceptor->setAllowedFile(path);
    m_stack->showContent();
    m_pending = true;
    if (isVisible())
        loadPending();
}

void PipelineTab::showPlaceholder(const QString& message)
{
    m_pending = false;
    m_interceptor->setAllowedFile({});
    m_stack->showPlaceholder(message);
}

void PipelineTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadPending();
}

void PipelineTab::loadPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    ensureView();
    m_view->load(m_interceptor->allowedUrl());
}

} // namespace winnow::ui
