#include "ui/details/placeholder_stack.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

PlaceholderStack::PlaceholderStack(QWidget* content, QWidget* parent)
    : QStackedWidget(parent)
    , m_content(content)
{
    m_placeholder = new QWidget(this);
    m_placeholder->setObjectName(u"placeholder"_s);
    m_message = new QLabel(m_placeholder);
    m_message->setObjectName(u"placeholderMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMaximumWidth(520);
    m_action = new QPushButton(m_placeholder);
    m_action->setObjectName(u"placeholderAction"_s);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &PlaceholderStack::actionTriggered);

    auto* layout = new QVBoxLayout(m_placeholder);
    layout->addStretch(1);
    layout->addWidget(m_message, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    addWidget(m_content);
    addWidget(m_placeholder);
    setCurrentWidget(m_placeholder);
}

void PlaceholderStack::showContent()
{
    setCurrentWidget(m_content);
}

void PlaceholderStack::showPlaceholder(const QString& message, const QString& actionText)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setCurrentWidget(m_placeholder);
}

QString PlaceholderStack::placeholderText() const
{
    return isShowingContent() ? QString() : m_message->text();
}

} // namespace winnow::ui
