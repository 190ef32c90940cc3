#pragma once

#include <QString>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace winnow::ui {

class LocalPageInterceptor;
class PlaceholderStack;

// The job's pipeline.html: the fitted pipeline drawn as a graph, in a web
// view that never touches the network. The view uses its own off-the-record
// profile (no cache, no cookies on disk) with an interceptor that blocks
// every request but the page file itself, and it runs no scripts. The web
// engine starts only when the tab is first shown.
class PipelineTab : public QWidget {
    Q_OBJECT

public:
    explicit PipelineTab(QWidget* parent = nullptr);
    ~PipelineTab() override;

    // Shows the page at `path` (loaded when the tab is visible); a missing
    // file shows a message instead.
    void setPageFile(const QString& path);
    void showPlaceholder(const QString& message);
    QString pageFile() const { return m_path; }

    // Null until the tab was first shown with a page.
    QWebEngineView* view() const { return m_view; }
    LocalPageInterceptor* interceptor() const { return m_interceptor; }
    PlaceholderStack* stack() const { return m_stack; }

signals:
    void pageLoaded(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureView();
    void loadPending();

    QString m_path;
    bool m_pending = false;
    QWidget* m_frame = nullptr;
    QWebEngineProfile* m_profile = nullptr;
    LocalPageInterceptor* m_interceptor = nullptr;
    QWebEngineView* m_view = nullptr;
    PlaceholderStack* m_stack = nullptr;
};

} // namespace winnow::ui
