#pragma once

#include <QStackedWidget>
#include <QString>

class QLabel;
class QPushButton;

namespace winnow::ui {

// A page that shows its content, or in its place a short message saying why
// there is nothing to show ("Results appear when the job finishes"), with
// an optional button for what the user can do about it.
class PlaceholderStack : public QStackedWidget {
    Q_OBJECT

public:
    explicit PlaceholderStack(QWidget* content, QWidget* parent = nullptr);

    void showContent();
    // `actionText` empty: no button.
    void showPlaceholder(const QString& message, const QString& actionText = {});
    bool isShowingContent() const { return currentWidget() == m_content; }
    QString placeholderText() const;
    QWidget* content() const { return m_content; }

signals:
    // The placeholder's button was clicked.
    void actionTriggered();

private:
    QWidget* m_content;
    QWidget* m_placeholder;
    QLabel* m_message;
    QPushButton* m_action;
};

} // namespace winnow::ui
