#pragma once

#include <QWidget>

class QLabel;

namespace winnow::ui {

// A short message under a form field saying what is wrong with it (an
// error, which keeps the job from starting) or what to look out for (a
// warning), or a neutral note. Hidden while empty. Colours come from the
// palette, so it reads on light and dark themes alike.
class FieldMessage : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Note, Warning, Error };

    explicit FieldMessage(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clearMessage();

    Kind kind() const { return m_kind; }
    QString text() const;
    bool hasMessage() const { return !text().isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateLook();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    Kind m_kind = Kind::Note;
};

// A red that reads on the palette's window colour: darker on light
// themes, lighter on dark ones.
QColor errorTextColor(const QPalette& palette);
QColor warningTextColor(const QPalette& palette);

} // namespace winnow::ui
