#include "ui/job_list_empty_state.h"

#include "resources/resources.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

constexpr int kIllustrationSize = 128;
constexpr int kZoneMargin = 24;
constexpr qreal kZoneRadius = 14.0;
constexpr int kContentWidth = 520;

} // namespace

JobListEmptyState::JobListEmptyState(QWidget* parent) : QFrame(parent)
{
    setObjectName(u"jobListEmptyState"_s);

    m_illustration = new QLabel(this);
    m_illustration->setObjectName(u"emptyStateIllustration"_s);
    m_illustration->setAlignment(Qt::AlignCenter);

    m_title = new QLabel(this);
    m_title->setObjectName(u"emptyStateTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"emptyStateExplanation"_s);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"emptyStateOpenButton"_s);
    m_openButton->setIcon(resources::actionIcon(resources::ActionIcon::Open));
    m_openButton->setDefault(true);
    m_openButton->setMinimumHeight(34);

    m_sampleButton = new QPushButton(this);
    m_sampleButton->setObjectName(u"emptyStateSampleButton"_s);
    m_sampleButton->setMinimumHeight(34);
    m_sampleButton->setVisible(false);

    m_pending = new QLabel(this);
    m_pending->setObjectName(u"emptyStatePendingFiles"_s);
    m_pending->setAlignment(Qt::AlignCenter);
    m_pending->setWordWrap(true);
    m_pending->setTextFormat(Qt::PlainText);
    m_pending->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_sampleButton);
    buttons->addStretch();

    auto* column = new QWidget(this);
    column->setMaximumWidth(kContentWidth);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* content = new QVBoxLayout(column);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    content->addWidget(m_illustration);
    content->addSpacing(20);
    content->addWidget(m_title);
    content->addSpacing(10);
    content->addWidget(m_explanation);
    content->addSpacing(24);
    content->addLayout(buttons);
    content->addSpacing(16);
    content->addWidget(m_pending);

    // The column takes up to kContentWidth in the middle; what is left goes
    // to the margins, a little more below than above, where the eye expects
    // the centre to be.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kZoneMargin * 2, kZoneMargin * 2, kZoneMargin * 2, kZoneMargin * 2);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_openButton, &QPushButton::clicked, this, &JobListEmptyState::openCsvClicked);
    connect(m_sampleButton, &QPushButton::clicked, this, &JobListEmptyState::sampleClicked);

    updateIllustration();
    retranslateUi();
}

void JobListEmptyState::setSampleAvailable(bool available)
{
    m_sampleButton->setVisible(available);
}

void JobListEmptyState::setPendingFiles(const QStringList& paths)
{
    m_pendingFiles = paths;
    updatePendingText();
}

void JobListEmptyState::setDropHighlighted(bool highlighted)
{
    if (m_dropHighlighted == highlighted)
        return;
    m_dropHighlighted = highlighted;
    update();
}

void JobListEmptyState::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void JobListEmptyState::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);

    // The drop zone: a dashed, rounded outline that fills in while a CSV
    // file hovers over the window.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF zone =
        QRectF(rect()).adjusted(kZoneMargin, kZoneMargin, -kZoneMargin, -kZoneMargin);
    QPainterPath outline;
    outline.addRoundedRect(zone, kZoneRadius, kZoneRadius);

    const QColor accent = palette().color(QPalette::Highlight);
    QColor fill = m_dropHighlighted ? accent : palette().color(QPalette::Text);
    fill.setAlphaF(m_dropHighlighted ? 0.10 : 0.025);
    painter.fillPath(outline, fill);

    QColor border = m_dropHighlighted ? accent : palette().color(QPalette::Text);
    if (!m_dropHighlighted)
        border.setAlphaF(0.22);
    QPen pen(border, m_dropHighlighted ? 2.5 : 1.5, Qt::CustomDashLine);
    pen.setDashPattern({6.0, 5.0});
    painter.setPen(pen);
    painter.drawPath(outline);
}

void JobListEmptyState::retranslateUi()
{
    m_title->setText(tr("Drop a CSV here to start a job"));
    m_explanation->setText(
        tr("Winnow reads CSV files, plain or gzipped. Choose the column to predict, and "
           "Winnow trains, tunes and compares models to find the best one."));
    m_openButton->setText(tr("Open CSV…"));
    m_sampleButton->setText(tr("Try the Sample Data"));
    m_sampleButton->setToolTip(tr("Open a small customer-churn dataset that comes with Winnow"));
    m_illustration->setAccessibleName(tr("A CSV file dropping into Winnow"));
    setAccessibleName(tr("Empty job list"));
    setAccessibleDescription(tr("Drop a CSV file here, or open one, to start a job"));
    updatePendingText();
}

void JobListEmptyState::updateIllustration()
{
    const QIcon picture(resources::dropCsvIllustrationPath());
    m_illustration->setPixmap(
        picture.pixmap(QSize(kIllustrationSize, kIllustrationSize), devicePixelRatioF()));
}

void JobListEmptyState::updatePendingText()
{
    m_pending->setVisible(!m_pendingFiles.isEmpty());
    if (m_pendingFiles.isEmpty())
        return;
    QStringList names;
    for (const QString& path : std::as_const(m_pendingFiles))
        names << QFileInfo(path).fileName();
    m_pending->setText(tr("Ready for a new job: %1").arg(names.join(u", "_s)));
}

} // namespace winnow::ui
