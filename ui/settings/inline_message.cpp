#include "ui/settings/inline_message.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace winnow::ui {

InlineMessage::InlineMessage(QWidget* parent) : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"inlineMessageIcon"_s);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"inlineMessageBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(48);
    m_busy->setMaximumHeight(fontMetrics().height() * 2 / 3);

    m_text = new QLabel(this);
    m_text->setObjectName(u"inlineMessageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_busy, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    m_busy->setVisible(kind == Kind::Busy);
    m_icon->setVisible(kind != Kind::Busy);
    updateIcon();
    setAccessibleName(text);
    show();
    if (kind == Kind::Error || kind == Kind::Warning) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void InlineMessage::clearMessage()
{
    m_text->clear();
    setAccessibleName(QString());
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

void InlineMessage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
}

void InlineMessage::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Busy:
    case Kind::Information: pixmap = QStyle::SP_MessageBoxInformation; break;
    case Kind::Success: pixmap = QStyle::SP_DialogApplyButton; break;
    case Kind::Warning: pixmap = QStyle::SP_MessageBoxWarning; break;
    case Kind::Error: pixmap = QStyle::SP_MessageBoxCritical; break;
    }
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()
                          ->standardIcon(pixmap, nullptr, this)
                          .pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace winnow::ui
