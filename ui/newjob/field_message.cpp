#include "ui/newjob/field_message.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace winnow::ui {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

QColor errorTextColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor warningTextColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x5a, 0x00);
}

FieldMessage::FieldMessage(QWidget* parent) : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"fieldMessageIcon"_s);
    m_text = new QLabel(this);
    m_text->setObjectName(u"fieldMessageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void FieldMessage::showMessage(Kind kind, const QString& text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    const bool changed = kind != m_kind || text != m_text->text() || isHidden();
    m_kind = kind;
    m_text->setText(text);
    updateLook();
    setAccessibleName(text);
    show();
    if (changed && kind != Kind::Note) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void FieldMessage::clearMessage()
{
    m_text->clear();
    setAccessibleName(QString());
    hide();
}

QString FieldMessage::text() const
{
    return m_text->text();
}

void FieldMessage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLook();
}

void FieldMessage::updateLook()
{
    const int size = fontMetrics().height() - 2;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QPalette palette = m_text->palette();
    switch (m_kind) {
    case Kind::Note:
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::PlaceholderText));
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        palette.setColor(QPalette::WindowText, warningTextColor(this->palette()));
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        palette.setColor(QPalette::WindowText, errorTextColor(this->palette()));
        break;
    }
    m_text->setPalette(palette);
    m_icon->setVisible(m_kind != Kind::Note);
    m_icon->setPixmap(
        style()->standardIcon(icon, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace winnow::ui
