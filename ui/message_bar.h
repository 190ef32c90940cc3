#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace winnow::ui {

// How serious a message is. Widgets that need the window's message bar emit
// messageRequested(MessageLevel, QString); the main window shows it.
enum class MessageLevel { Info, Warning, Error };

// QtMsgType's nearest level, for areas that report with it: debug and info
// are Info, warning is Warning, critical and fatal are Error.
MessageLevel messageLevelFrom(QtMsgType type);

// An inline, dismissible message at the top of the window's central area,
// for what would otherwise be a modal dialog: "The model could not be
// saved: the disk is full." It shows one message at a time, tinted by its
// level, with an optional action button ("Retry", "Show Details"). Info
// messages leave by themselves after a while; warnings and errors stay
// until dismissed or replaced.
class MessageBar : public QFrame {
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    // Shows `text`, replacing any message shown. With `actionText`, a
    // button that runs `action` and then dismisses the bar.
    void showMessage(MessageLevel level, const QString& text, const QString& actionText = {},
                     std::function<void()> action = {});
    void dismiss();

    MessageLevel level() const { return m_level; }
    QString text() const;
    QString actionText() const;

    // How long an Info message stays; 0 keeps it until dismissed.
    void setInfoTimeout(int milliseconds) { m_infoTimeoutMs = milliseconds; }

signals:
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslateUi();
    void runAction();
    QColor levelColor() const;

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_actionButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QTimer m_autoHide;
    MessageLevel m_level = MessageLevel::Info;
    std::function<void()> m_action;
    int m_infoTimeoutMs = 8000;
};

} // namespace winnow::ui
