#include "ui/details/result_chart_tab.h"

#include "ui/details/placeholder_stack.h"
#include "ui/details/result_chart_view.h"
#include "ui/details/split_combo_box.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace winnow::ui {

ResultChartTab::ResultChartTab(const QString& caption, QList<Chart> charts,
                               Availability availability, bool dependsOnSplit, QWidget* parent)
    : QWidget(parent)
    , m_caption(caption)
    , m_charts(std::move(charts))
    , m_availability(std::move(availability))
{
    m_captionLabel = new QLabel(this);
    m_captionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_captionLabel->font();
    font.setBold(true);
    m_captionLabel->setFont(font);

    auto* header = new QHBoxLayout;
    header->addWidget(m_captionLabel, 1);
    if (dependsOnSplit) {
        m_splitBox = new SplitComboBox(this);
        auto* splitLabel = new QLabel(tr("Ro&ws:"), this);
        splitLabel->setBuddy(m_splitBox);
        header->addWidget(splitLabel);
        header->addWidget(m_splitBox);
        connect(m_splitBox, &SplitComboBox::splitChanged, this, [this](models::DataSplit split) {
            setSplit(split);
            emit splitChanged(split);
        });
    }

    auto* chartRow = new QWidget(this);
    auto* row = new QHBoxLayout(chartRow);
    row->setContentsMargins(0, 0, 0, 0);
    for (const Chart& chart : std::as_const(m_charts)) {
        auto* view = new ResultChartView(chartRow);
        view->setObjectName(chart.objectName);
        view->setAccessibleName(chart.accessibleName);
        connect(view, &ResultChartView::messageRequested, this, &ResultChartTab::messageRequested);
        row->addWidget(view, 1);
        m_views << view;
    }
    m_stack = new PlaceholderStack(chartRow, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    m_captionLabel->setText(m_caption);
}

void ResultChartTab::setDocument(Document document)
{
    m_document = std::move(document);
    rebuild();
}

void ResultChartTab::showPlaceholder(const QString& message)
{
    m_document.reset();
    for (ResultChartView* view : std::as_const(m_views))
        view->clearChart();
    m_captionLabel->setText(m_caption);
    if (m_splitBox)
        m_splitBox->setEnabled(false);
    m_stack->showPlaceholder(message);
}

void ResultChartTab::setSplit(models::DataSplit split)
{
    if (m_splitBox && m_splitBox->split() != split) {
        const QSignalBlocker blocker(m_splitBox);
        m_splitBox->setSplit(split);
    }
    if (split == m_split)
        return;
    m_split = split;
    if (m_document)
        rebuild();
}

void ResultChartTab::rebuild()
{
    if (!m_document)
        return;
    if (m_splitBox)
        m_splitBox->setEnabled(true);
    const QString unavailable = m_availability ? m_availability(*m_document, m_split) : QString();
    if (!unavailable.isEmpty()) {
        for (ResultChartView* view : std::as_const(m_views))
            view->clearChart();
        m_captionLabel->setText(m_caption);
        m_stack->showPlaceholder(unavailable);
        return;
    }
    const QString splitName =
        m_split == models::DataSplit::Test ? tr("test split") : tr("train split");
    QString caption = m_caption;
    if (m_splitBox) {
        const std::optional<qint64> rows = m_document->rowCount(m_split);
        caption =
            rows ? tr("%1 on the %2 (%3 rows)").arg(m_caption, splitName, QLocale().toString(*rows))
                 : tr("%1 on the %2").arg(m_caption, splitName);
    }
    m_captionLabel->setText(caption);
    for (int i = 0; i < m_views.size(); ++i) {
        Document document = m_document;
        const models::DataSplit split = m_split;
        ChartBuilder build = m_charts.at(i).build;
        const QString title = m_splitBox
                                  ? tr("%1 — %2").arg(m_charts.at(i).accessibleName, splitName)
                                  : m_charts.at(i).accessibleName;
        m_views.at(i)->setChartFactory([document, split, build, title](const ChartColors& colors) {
            QChart* chart = build(*document, split, colors);
            if (chart)
                chart->setTitle(title);
            return chart;
        });
    }
    m_stack->showContent();
}

} // namespace winnow::ui
