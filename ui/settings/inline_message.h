#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace winnow::ui {

// A one-line message shown in place, beside what it is about: a busy
// indicator while something runs, then what came of it. Hidden while empty.
// Used instead of message boxes for the routine outcomes of a dialog.
class InlineMessage : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Busy, Information, Success, Warning, Error };

    explicit InlineMessage(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clearMessage();

    Kind kind() const { return m_kind; }
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QLabel* m_icon = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_text = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace winnow::ui
