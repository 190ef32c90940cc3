#include "ui/message_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

constexpr int kGlyphSize = 18;
constexpr qreal kRadius = 6.0;

QColor mixed(const QColor& base, const QColor& tint, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (tint.redF() - base.redF()) * amount,
                            base.greenF() + (tint.greenF() - base.greenF()) * amount,
                            base.blueF() + (tint.blueF() - base.blueF()) * amount);
}

// The level's sign, drawn rather than taken from a font or a bitmap so it is
// sharp at any scale: a disc with "i", "!" or a cross.
QPixmap levelGlyph(MessageLevel level, const QColor& color, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(kGlyphSize, kGlyphSize) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(1, 1, kGlyphSize - 2, kGlyphSize - 2);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(disc);

    QPen pen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    const QPointF c = disc.center();
    switch (level) {
    case MessageLevel::Info:
        painter.drawLine(QPointF(c.x(), c.y() - 0.5), QPointF(c.x(), c.y() + 4.0));
        painter.drawPoint(QPointF(c.x(), c.y() - 4.0));
        break;
    case MessageLevel::Warning:
        painter.drawLine(QPointF(c.x(), c.y() - 4.5), QPointF(c.x(), c.y() + 0.5));
        painter.drawPoint(QPointF(c.x(), c.y() + 4.0));
        break;
    case MessageLevel::Error:
        painter.drawLine(c + QPointF(-3.2, -3.2), c + QPointF(3.2, 3.2));
        painter.drawLine(c + QPointF(-3.2, 3.2), c + QPointF(3.2, -3.2));
        break;
    }
    return pixmap;
}

} // namespace

MessageLevel messageLevelFrom(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
    case QtInfoMsg: return MessageLevel::Info;
    case QtWarningMsg: return MessageLevel::Warning;
    case QtCriticalMsg:
    case QtFatalMsg: return MessageLevel::Error;
    }
    return MessageLevel::Info;
}

MessageBar::MessageBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(u"messageBar"_s);
    setAccessibleName(tr("Message"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon = new QLabel(this);
    m_icon->setObjectName(u"messageBarIcon"_s);
    m_icon->setFixedSize(kGlyphSize, kGlyphSize);

    m_text = new QLabel(this);
    m_text->setObjectName(u"messageBarText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_actionButton = new QPushButton(this);
    m_actionButton->setObjectName(u"messageBarActionButton"_s);
    m_actionButton->setVisible(false);

    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(u"messageBarCloseButton"_s);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(
        QIcon::fromTheme(u"window-close"_s, style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_closeButton->setIconSize(QSize(14, 14));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 7, 6, 7);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignVCenter);

    m_autoHide.setSingleShot(true);
    connect(&m_autoHide, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_actionButton, &QPushButton::clicked, this, &MessageBar::runAction);

    retranslateUi();
    setVisible(false);
}

void MessageBar::showMessage(MessageLevel level, const QString& text, const QString& actionText,
                             std::function<void()> action)
{
    m_level = level;
    m_text->setText(text);
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->setVisible(!actionText.isEmpty());
    m_icon->setPixmap(levelGlyph(level, levelColor(), devicePixelRatioF()));
    switch (level) {
    case MessageLevel::Info: m_icon->setAccessibleName(tr("Information")); break;
    case MessageLevel::Warning: m_icon->setAccessibleName(tr("Warning")); break;
    case MessageLevel::Error: m_icon->setAccessibleName(tr("Error")); break;
    }
    setAccessibleDescription(text);

    m_autoHide.stop();
    if (level == MessageLevel::Info && m_infoTimeoutMs > 0 && actionText.isEmpty())
        m_autoHide.start(m_infoTimeoutMs);
    setVisible(true);
    update();
}

void MessageBar::dismiss()
{
    m_autoHide.stop();
    m_action = nullptr;
    if (!isHidden()) {
        setVisible(false);
        emit dismissed();
    }
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::actionText() const
{
    return m_actionButton->isHidden() ? QString() : m_actionButton->text();
}

void MessageBar::runAction()
{
    // The action may show another message; dismiss first so it stays.
    std::function<void()> action = std::move(m_action);
    dismiss();
    if (action)
        action();
}

QColor MessageBar::levelColor() const
{
    switch (m_level) {
    case MessageLevel::Info: return palette().color(QPalette::Highlight);
    case MessageLevel::Warning: return QColor(0xd9, 0x8e, 0x1c);
    case MessageLevel::Error: return QColor(0xe0, 0x4a, 0x4a);
    }
    return palette().color(QPalette::Highlight);
}

void MessageBar::retranslateUi()
{
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
}

void MessageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && !isHidden())
        m_icon->setPixmap(levelGlyph(m_level, levelColor(), devicePixelRatioF()));
    QFrame::changeEvent(event);
}

void MessageBar::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    // A rounded band tinted with the level's colour over the window's own
    // background, so it reads in light and dark themes alike.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Window);
    const QColor tint = levelColor();
    const QRectF band = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(band, kRadius, kRadius);
    painter.fillPath(path, mixed(base, tint, 0.14));
    painter.setPen(QPen(mixed(base, tint, 0.55), 1.0));
    painter.drawPath(path);
}

} // namespace winnow::ui
