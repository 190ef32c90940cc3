// The job details panel on real results: the engine trains a binary
// (customer churn), a multiclass (scikit-learn's wine) and a regression
// (scikit-learn's diabetes) model, jobs in a real JobStore point at them,
// and every tab is read back from the real widgets and chart objects and
// compared with metadata.json.

#include "details_test_support.h"

#include "jobs/job_store.h"
#include "models/candidate_list_model.h"
#include "models/job_metrics_confusion_model.h"
#include "models/job_metrics_feature_model.h"
#include "models/job_metrics_table_model.h"
#include "ui/details/confusion_matrix_heat_map.h"
#include "ui/details/confusion_matrix_tab.h"
#include "ui/details/copyable_table_view.h"
#include "ui/details/details_screenshots.h"
#include "ui/details/features_tab.h"
#include "ui/details/job_details_panel.h"
#include "ui/details/job_log_tab.h"
#include "ui/details/job_metrics_tab.h"
#include "ui/details/job_overview_tab.h"
#include "ui/details/leaderboard_tab.h"
#include "ui/details/local_page_interceptor.h"
#include "ui/details/pipeline_tab.h"
#include "ui/details/placeholder_stack.h"
#include "ui/details/result_chart_tab.h"
#include "ui/details/result_chart_view.h"
#include "ui/details/split_combo_box.h"
#include "ui/details/text_file_follower.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHostAddress>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace details_test;
using namespace winnow;
using winnow::ui::JobDetailsPanel;

namespace {

template <typename Series = QXYSeries>
QList<Series*> seriesNamed(QChart* chart, const QString& objectName)
{
    QList<Series*> found;
    if (!chart)
        return found;
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* series : all) {
        if (series->objectName() == objectName) {
            if (auto* typed = qobject_cast<Series*>(series))
                found << typed;
        }
    }
    return found;
}

QChart* chartOf(ui::ResultChartTab* tab, int view = 0)
{
    return tab->chartViews().value(view) ? tab->chartViews().at(view)->chart() : nullptr;
}

// The points of a series against the file's numbers, exactly: the chart
// draws the engine's points, not a resampling of them.
void compareSeries(QXYSeries* series, const QList<double>& xs, const QList<double>& ys)
{
    QVERIFY(series);
    QCOMPARE(series->count(), xs.size());
    QCOMPARE(xs.size(), ys.size());
    const QList<QPointF> points = series->points();
    for (int i = 0; i < points.size(); ++i) {
        if (points.at(i).x() != xs.at(i) || points.at(i).y() != ys.at(i)) {
            QFAIL(qPrintable(u"point %1 is (%2, %3), the file says (%4, %5)"_s.arg(i)
                                 .arg(points.at(i).x(), 0, 'g', 17)
                                 .arg(points.at(i).y(), 0, 'g', 17)
                                 .arg(xs.at(i), 0, 'g', 17)
                                 .arg(ys.at(i), 0, 'g', 17)));
        }
    }
}

QString threeDecimals(double value)
{
    return QLocale().toString(value, 'f', 3);
}

// How far apart two images are in content: a blank or uniform image has one colour.
int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    const QImage small = image.scaled(200, 120);
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x)
            colours.insert(small.pixel(x, y));
    }
    return int(colours.size());
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::Mid, QColor(0x44, 0x46, 0x4b));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x77, 0x79, 0x7e));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x79, 0x7e));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x77, 0x79, 0x7e));
    return palette;
}

} // namespace

class TestJobDetailsPanel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<jobs::JobStore> m_store;
    TrainedJob m_churn;
    TrainedJob m_wine;
    TrainedJob m_diabetes;
    QString m_churnId;
    QString m_wineId;
    QString m_diabetesId;

    QString addJob(const jobs::Job& job)
    {
        auto id = m_store->add(job);
        if (!id)
            qFatal("could not add a job: %s", qPrintable(id.errorString()));
        return *id;
    }

    // A panel showing a job, once its results are read.
    std::unique_ptr<JobDetailsPanel> panelWithResults(const QString& jobId)
    {
        auto panel = std::make_unique<JobDetailsPanel>(m_store.get());
        panel->resize(1280, 800);
        QSignalSpy loaded(panel.get(), &JobDetailsPanel::resultsLoaded);
        QSignalSpy failed(panel.get(), &JobDetailsPanel::resultsFailed);
        panel->setJob(jobId);
        if (!loaded.wait(20'000)) {
            qWarning().noquote() << "results not loaded:" << failed << panel->resultsMessage();
            return nullptr;
        }
        return panel;
    }

    // The folder of a copy of the churn results, to damage.
    QString copyOfChurnResults(const QString& name)
    {
        const QString folder = m_dir.filePath(u"copies/"_s + name);
        QDir().mkpath(folder + u"/out"_s);
        const QStringList files = QDir(m_churn.outDir).entryList(QDir::Files);
        for (const QString& file : files)
            QFile::copy(m_churn.outDir + u'/' + file, folder + u"/out/"_s + file);
        return folder;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY(m_dir.isValid());
        const QString dataError = exportSklearnDatasets(m_dir.filePath(u"data"_s));
        QVERIFY2(dataError.isEmpty(), qPrintable(dataError));

        const QStringList small{u"--time-budget"_s, u"15"_s};
        m_churn = trainWithEngine(
            m_dir.filePath(u"jobs/churn"_s), sourcePath(u"resources/samples/customer_churn.csv"_s),
            QStringList{u"--target"_s, u"churned"_s, u"--id-column"_s, u"customer_id"_s,
                        u"--algorithms"_s, u"logistic_regression,naive_bayes"_s} +
                small);
        QVERIFY2(m_churn.error.isEmpty(), qPrintable(m_churn.error));
        m_wine = trainWithEngine(
            m_dir.filePath(u"jobs/wine"_s), m_dir.filePath(u"data/wine_train.csv"_s),
            QStringList{u"--target"_s, u"target"_s, u"--id-column"_s, u"id"_s, u"--algorithms"_s,
                        u"logistic_regression,naive_bayes"_s} +
                small);
        QVERIFY2(m_wine.error.isEmpty(), qPrintable(m_wine.error));
        m_diabetes = trainWithEngine(
            m_dir.filePath(u"jobs/diabetes"_s), m_dir.filePath(u"data/diabetes_train.csv"_s),
            QStringList{u"--target"_s, u"target"_s, u"--id-column"_s, u"id"_s, u"--algorithms"_s,
                        u"ridge,elastic_net"_s} +
                small);
        QVERIFY2(m_diabetes.error.isEmpty(), qPrintable(m_diabetes.error));

        m_store = std::make_unique<jobs::JobStore>(m_dir.filePath(u"jobs.sqlite"_s));
        QVERIFY(m_store->open());
        jobs::Job churn = finishedJob(m_churn, u"churned"_s, u"classification"_s);
        churn.spec.idColumn = u"customer_id"_s;
        churn.spec.maxRuntimeSeconds = 15;
        churn.spec.algorithms = {u"logistic_regression"_s, u"naive_bayes"_s};
        churn.spec.otherFields.insert(u"team"_s, u"retention"_s);
        m_churnId = addJob(churn);
        for (const jobs::Candidate& candidate :
             candidatesFromEvents(m_churn.folder + u"/events.jsonl"_s, m_churnId))
            QVERIFY(m_store->addCandidate(candidate));
        m_wineId = addJob(finishedJob(m_wine, u"target"_s, u"classification"_s));
        m_diabetesId = addJob(finishedJob(m_diabetes, u"target"_s, u"regression"_s));
    }

    void cleanupTestCase() { m_store.reset(); }

    void roc_seriesHoldMetadataPointsAndAucInLegend()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        panel->show();
        panel->showPage(JobDetailsPanel::RocPage);
        const QJsonObject metadata = m_churn.metadata();
        const QJsonObject roc = metadata[u"winnow"_s][u"curves"_s][u"test"_s][u"roc"_s].toObject();
        const double auc = metadata[u"metrics"_s][u"rocAuc"_s].toDouble();

        QChart* chart = chartOf(panel->rocTab());
        const QList<QXYSeries*> curves = seriesNamed(chart, u"rocCurve"_s);
        QCOMPARE(curves.size(), 1);
        compareSeries(curves.first(), doubles(roc[u"fpr"_s]), doubles(roc[u"tpr"_s]));
        QVERIFY2(curves.first()->name().contains(u"AUC "_s + threeDecimals(auc)),
                 qPrintable(curves.first()->name()));
        const QList<QLegendMarker*> markers = chart->legend()->markers(curves.first());
        QCOMPARE(markers.size(), 1);
        QCOMPARE(markers.first()->label(), curves.first()->name());
        QVERIFY(markers.first()->isVisible());

        // The legend's AUC is the area under the drawn curve (the test
        // split is small enough that its curve is not thinned).
        const QList<QPointF> points = curves.first()->points();
        QVERIFY(points.size() < 300);
        double area = 0.0;
        for (int i = 1; i < points.size(); ++i)
            area += (points[i].x() - points[i - 1].x()) * (points[i].y() + points[i - 1].y()) / 2.0;
        QVERIFY2(std::abs(area - auc) < 1e-9, qPrintable(u"area %1, AUC %2"_s.arg(area).arg(auc)));

        const QList<QXYSeries*> diagonal = seriesNamed(chart, u"chanceDiagonal"_s);
        QCOMPARE(diagonal.size(), 1);
        QCOMPARE(diagonal.first()->points(), (QList<QPointF>{{0, 0}, {1, 1}}));
        QVERIFY(!chart->axes(Qt::Horizontal).first()->titleText().isEmpty());
        QVERIFY(!chart->axes(Qt::Vertical).first()->titleText().isEmpty());

        // The train split's curve, as the user picks it in the tab.
        auto* splitBox = panel->rocTab()->findChild<ui::SplitComboBox*>();
        QVERIFY(splitBox);
        splitBox->setSplit(models::DataSplit::Train);
        const QJsonObject trainRoc =
            metadata[u"winnow"_s][u"curves"_s][u"train"_s][u"roc"_s].toObject();
        compareSeries(seriesNamed(chartOf(panel->rocTab()), u"rocCurve"_s).value(0),
                      doubles(trainRoc[u"fpr"_s]), doubles(trainRoc[u"tpr"_s]));
        // The choice applies to every tab.
        QCOMPARE(panel->ksTab()->split(), models::DataSplit::Train);
    }

    void roc_hoverShowsPointValues()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        panel->show();
        panel->showPage(JobDetailsPanel::RocPage);
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        QXYSeries* curve = seriesNamed(chartOf(panel->rocTab()), u"rocCurve"_s).value(0);
        QVERIFY(curve);
        const int middle = curve->count() / 2;
        emit curve->hovered(curve->at(middle), true);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(u"Threshold"_s), qPrintable(tip));
        QVERIFY2(tip.contains(threeDecimals(curve->at(middle).y())), qPrintable(tip));
        emit curve->hovered(curve->at(middle), false);
    }

    void ks_marksAndLabelsTheStatistic()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        panel->show();
        panel->showPage(JobDetailsPanel::KsPage);
        const QJsonObject ks =
            m_churn.metadata()[u"winnow"_s][u"curves"_s][u"test"_s][u"ks"_s].toObject();
        const double statistic = ks[u"statistic"_s].toDouble();
        QChart* chart = chartOf(panel->ksTab());
        compareSeries(seriesNamed(chart, u"ksPositive"_s).value(0), doubles(ks[u"thresholds"_s]),
                      doubles(ks[u"cdfPositive"_s]));
        compareSeries(seriesNamed(chart, u"ksNegative"_s).value(0), doubles(ks[u"thresholds"_s]),
                      doubles(ks[u"cdfNegative"_s]));

        QXYSeries* mark = seriesNamed(chart, u"ksStatistic"_s).value(0);
        QVERIFY(mark);
        QCOMPARE(mark->count(), 2);
        QCOMPARE(mark->at(0).x(), ks[u"threshold"_s].toDouble());
        QCOMPARE(mark->at(1).x(), ks[u"threshold"_s].toDouble());
        QVERIFY(std::abs((mark->at(1).y() - mark->at(0).y()) - statistic) < 1e-12);
        QVERIFY2(mark->name().contains(threeDecimals(statistic)), qPrintable(mark->name()));
        // The metric in the file is the same number.
        QCOMPARE(m_churn.metadata()[u"metrics"_s][u"ks"_s].toDouble(), statistic);

        QString callout;
        const QList<QGraphicsItem*> items = chart->childItems();
        for (QGraphicsItem* item : items) {
            if (item->data(0).toString() == u"ksLabel"_s)
                callout = static_cast<QGraphicsSimpleTextItem*>(item)->text();
        }
        QVERIFY2(callout.contains(u"KS "_s + threeDecimals(statistic)), qPrintable(callout));
    }

    void precisionRecall_showsAveragePrecision()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        const QJsonObject pr =
            m_churn.metadata()[u"winnow"_s][u"curves"_s][u"test"_s][u"precisionRecall"_s]
                .toObject();
        QChart* chart = chartOf(panel->precisionRecallTab());
        QXYSeries* curve = seriesNamed(chart, u"precisionRecallCurve"_s).value(0);
        compareSeries(curve, doubles(pr[u"recall"_s]), doubles(pr[u"precision"_s]));
        QVERIFY(
            curve->name().contains(u"AP "_s + threeDecimals(pr[u"averagePrecision"_s].toDouble())));
    }

    void confusion_heatMapCellsEqualMetricCounts()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        panel->show();
        panel->showPage(JobDetailsPanel::ConfusionPage);
        const QJsonObject counts =
            m_churn.metadata()[u"metrics"_s][u"confusionMatrix"_s].toObject();
        const QStringList labels = {u"no"_s, u"yes"_s};
        ui::ConfusionMatrixHeatMap* heatMap = panel->confusionTab()->heatMap();
        QCOMPARE(heatMap->matrix().labels, labels);
        const QLocale locale;
        const qint64 expected[2][2] = {
            {counts[u"trueNegatives"_s].toInteger(), counts[u"falsePositives"_s].toInteger()},
            {counts[u"falseNegatives"_s].toInteger(), counts[u"truePositives"_s].toInteger()}};
        for (int t = 0; t < 2; ++t) {
            for (int p = 0; p < 2; ++p) {
                QCOMPARE(heatMap->cellText(t, p), locale.toString(expected[t][p]));
                QCOMPARE(panel->confusionTab()
                             ->model()
                             ->index(t, p)
                             .data(models::JobMetricsConfusionModel::CountRole)
                             .toLongLong(),
                         expected[t][p]);
                QVERIFY(!heatMap->cellRect(t, p).isEmpty());
                QVERIFY(heatMap->cellDescription(t, p).contains(labels.at(t)));
            }
        }
        // More rows, a stronger colour.
        const auto strength = [&](int t, int p) {
            return std::abs(heatMap->cellColor(t, p).lightness() -
                            heatMap->palette().color(QPalette::Base).lightness());
        };
        QVERIFY(expected[0][0] > expected[0][1]);
        QVERIFY(strength(0, 0) > strength(0, 1));

        // Normalised by true class: each row's shares.
        panel->confusionTab()->setNormalized(true);
        const double share = double(expected[1][1]) / double(expected[1][0] + expected[1][1]);
        QCOMPARE(heatMap->cellText(1, 1),
                 locale.toString(share * 100.0, 'f', 1) + locale.percent());

        // The table alternative holds the same numbers.
        panel->confusionTab()->setShowTable(true);
        QVERIFY(panel->confusionTab()->tableView()->isVisible());
        QCOMPARE(panel->confusionTab()->tableView()->model()->index(1, 1).data().toString(),
                 heatMap->cellText(1, 1));
    }

    void multiclass_confusionIsNByNAndRocHasOneCurvePerClass()
    {
        auto panel = panelWithResults(m_wineId);
        QVERIFY(panel);
        panel->show();
        const QJsonObject metadata = m_wine.metadata();
        const QJsonObject matrix = metadata[u"metrics"_s][u"confusionMatrix"_s].toObject();
        const QJsonArray labels = matrix[u"labels"_s].toArray();
        const QJsonArray rows = matrix[u"matrix"_s].toArray();
        ui::ConfusionMatrixHeatMap* heatMap = panel->confusionTab()->heatMap();
        QCOMPARE(heatMap->matrix().size(), 3);
        QCOMPARE(labels.size(), 3);
        for (int t = 0; t < 3; ++t) {
            QCOMPARE(heatMap->matrix().labels.at(t), labels.at(t).toString());
            for (int p = 0; p < 3; ++p)
                QCOMPARE(heatMap->cellText(t, p),
                         QLocale().toString(rows.at(t).toArray().at(p).toInteger()));
        }

        const QJsonObject perClass = metadata[u"metrics"_s][u"rocAucPerClass"_s].toObject();
        const QJsonObject rocs = metadata[u"winnow"_s][u"curves"_s][u"test"_s][u"roc"_s].toObject();
        const QList<QXYSeries*> curves = seriesNamed(chartOf(panel->rocTab()), u"rocCurve"_s);
        QCOMPARE(curves.size(), 3);
        for (QXYSeries* curve : curves) {
            const QString label = curve->property("classLabel").toString();
            QVERIFY(rocs.contains(label));
            compareSeries(curve, doubles(rocs[label][u"fpr"_s]), doubles(rocs[label][u"tpr"_s]));
            QVERIFY2(curve->name().contains(label) &&
                         curve->name().contains(threeDecimals(perClass[label].toDouble())),
                     qPrintable(curve->name()));
        }
        QCOMPARE(
            seriesNamed(chartOf(panel->precisionRecallTab()), u"precisionRecallCurve"_s).size(), 3);

        // KS is for two classes, residuals for regressions.
        QVERIFY(!panel->isTabEnabled(JobDetailsPanel::KsPage));
        QVERIFY(!panel->isTabEnabled(JobDetailsPanel::ResidualsPage));
        QVERIFY(panel->isTabEnabled(JobDetailsPanel::ConfusionPage));
    }

    void importance_barsMatchMetadataSorted()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        QList<std::pair<QString, double>> expected;
        const QJsonArray importance =
            m_churn.metadata()[u"winnow"_s][u"featureImportance"_s].toArray();
        QVERIFY(!importance.isEmpty());
        for (const QJsonValue& item : importance)
            expected.append({item[u"feature"_s].toString(), item[u"importance"_s].toDouble()});
        std::stable_sort(expected.begin(), expected.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        if (expected.size() > 25)
            expected.resize(25);

        QChart* chart = chartOf(panel->importanceTab());
        QVERIFY(chart);
        auto* bars = qobject_cast<QHorizontalBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 1);
        QBarSet* set = bars->barSets().first();
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(set->count(), expected.size());
        QCOMPARE(axis->categories().size(), expected.size());
        // Bottom up: the most important bar is the last category, drawn at the top.
        for (int i = 0; i < expected.size(); ++i) {
            const int bar = int(expected.size()) - 1 - i;
            QCOMPARE(axis->categories().at(bar), expected.at(i).first);
            QCOMPARE(set->at(bar), expected.at(i).second);
        }
    }

    void regression_residualPointsAndHistogram()
    {
        auto panel = panelWithResults(m_diabetesId);
        QVERIFY(panel);
        panel->show();
        panel->showPage(JobDetailsPanel::ResidualsPage);
        QVERIFY(!panel->isTabEnabled(JobDetailsPanel::RocPage));
        QVERIFY(!panel->isTabEnabled(JobDetailsPanel::KsPage));
        QVERIFY(!panel->isTabEnabled(JobDetailsPanel::ConfusionPage));
        QVERIFY(!panel->isTabEnabled(JobDetailsPanel::PrecisionRecallPage));
        QVERIFY(panel->isTabEnabled(JobDetailsPanel::ResidualsPage));

        const QJsonObject residuals =
            m_diabetes.metadata()[u"winnow"_s][u"curves"_s][u"test"_s][u"residuals"_s].toObject();
        const QList<double> actual = doubles(residuals[u"actual"_s]);
        const QList<double> predicted = doubles(residuals[u"predicted"_s]);
        QVERIFY(!actual.isEmpty());
        QChart* scatter = chartOf(panel->residualsTab(), 0);
        compareSeries(seriesNamed<QScatterSeries>(scatter, u"residualPoints"_s).value(0), actual,
                      predicted);
        QXYSeries* identity = seriesNamed(scatter, u"identityLine"_s).value(0);
        QVERIFY(identity);
        QCOMPARE(identity->at(0).x(), identity->at(0).y());
        QCOMPARE(identity->at(1).x(), identity->at(1).y());
        const double low = *std::min_element(actual.begin(), actual.end());
        const double high = *std::max_element(actual.begin(), actual.end());
        QVERIFY(identity->at(0).x() <= low && identity->at(1).x() >= high);

        // The histogram's bars against numpy's histogram of the same residuals.
        QChart* histogramChart = chartOf(panel->residualsTab(), 1);
        auto* area = seriesNamed<QAreaSeries>(histogramChart, u"residualHistogram"_s).value(0);
        QVERIFY(area);
        const QList<QPointF> outline = area->upperSeries()->points();
        QList<int> counts;
        for (int i = 0; i < outline.size(); i += 2)
            counts << int(outline.at(i).y());
        QJsonArray values;
        for (int i = 0; i < actual.size(); ++i)
            values.append(actual.at(i) - predicted.at(i));
        QTemporaryDir work;
        QFile request(work.filePath(u"request.json"_s));
        QVERIFY(request.open(QIODevice::WriteOnly));
        request.write(
            QJsonDocument(QJsonObject{{u"values"_s, values}, {u"bins"_s, counts.size()}}).toJson());
        request.close();
        QProcess python;
        python.start(kPython,
                     {sourcePath(u"tests/ui/details/numpy_histogram.py"_s), request.fileName()});
        QVERIFY2(python.waitForFinished(60'000) && python.exitCode() == 0,
                 qPrintable(u"%1 with numpy is needed: %2"_s.arg(
                     kPython, QString::fromUtf8(python.readAllStandardError()))));
        const QJsonObject numpy = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        const QJsonArray numpyCounts = numpy[u"counts"_s].toArray();
        QCOMPARE(numpyCounts.size(), counts.size());
        for (int i = 0; i < counts.size(); ++i)
            QCOMPARE(counts.at(i), numpyCounts.at(i).toInt());
        const QJsonArray edges = numpy[u"edges"_s].toArray();
        QVERIFY(std::abs(outline.first().x() - edges.first().toDouble()) < 1e-9);
        QVERIFY(std::abs(outline.last().x() - edges.last().toDouble()) < 1e-6);
    }

    void metrics_tableListsEveryNumberOfBothSplits()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        models::JobMetricsTableModel* model = panel->metricsTab()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject metadata = m_churn.metadata();
        const QStringList labels = {u"no"_s, u"yes"_s};
        int numbers = 0;
        for (const auto& [splitKey, column] :
             {std::pair{u"metrics"_s, int(models::JobMetricsTableModel::TestColumn)},
              std::pair{u"trainMetrics"_s, int(models::JobMetricsTableModel::TrainColumn)}}) {
            const QJsonObject metrics = metadata[splitKey].toObject();
            int here = 0;
            for (auto it = metrics.begin(); it != metrics.end(); ++it) {
                QList<std::pair<QString, double>> flat;
                if (it.key() == u"confusionMatrix"_s) {
                    const QJsonObject counts = it.value().toObject();
                    for (auto count = counts.begin(); count != counts.end(); ++count)
                        flat.append(
                            {u"confusionMatrix:"_s + count.key(), count.value().toDouble()});
                } else if (it.value().isObject()) {
                    const QJsonObject perClass = it.value().toObject();
                    for (auto value = perClass.begin(); value != perClass.end(); ++value) {
                        const int index = value.key().mid(5).toInt();
                        flat.append({it.key() + u':' + labels.at(index), value.value().toDouble()});
                    }
                } else {
                    flat.append({it.key(), it.value().toDouble()});
                }
                for (const auto& [key, value] : flat) {
                    const int row = model->rowOfKey(key);
                    QVERIFY2(row >= 0, qPrintable(key));
                    QCOMPARE(model->index(row, column)
                                 .data(models::JobMetricsTableModel::SortRole)
                                 .toDouble(),
                             value);
                    ++here;
                }
            }
            numbers = std::max(numbers, here);
        }
        QCOMPARE(model->rowCount(), numbers);
        const int auc = model->rowOfKey(u"rocAuc"_s);
        QCOMPARE(model->index(auc, 0).data().toString(), u"ROC AUC"_s);
        QCOMPARE(model->index(model->rowOfKey(u"balancedAccuracy"_s), 0).data().toString(),
                 u"Balanced accuracy"_s);
        QVERIFY(
            model->index(model->rowOfKey(u"recall:yes"_s), 0).data().toString().contains(u"yes"_s));

        panel->metricsTab()->tableView()->copyAll();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"ROC AUC\t"_s), qPrintable(copied));
        QCOMPARE(copied.count(u'\n'), model->rowCount() + 1);
    }

    void features_listSelectedFeaturesWithProfile()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        const QJsonObject metadata = m_churn.metadata();
        models::JobMetricsFeatureModel* model = panel->featuresTab()->model();
        QSortFilterProxyModel* shown = panel->featuresTab()->proxy();
        QCOMPARE(shown->rowCount(), metadata[u"features"_s].toArray().size());
        const QJsonArray profile = metadata[u"winnow"_s][u"dataProfile"_s].toArray();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString name =
                shown->index(row, models::JobMetricsFeatureModel::NameColumn).data().toString();
            QVERIFY(metadata[u"features"_s].toArray().contains(name));
            for (const QJsonValue& column : profile) {
                if (column[u"name"_s].toString() == name) {
                    QCOMPARE(shown->index(row, models::JobMetricsFeatureModel::MissingColumn)
                                 .data()
                                 .toString(),
                             QLocale().toString(column[u"missing"_s].toInteger()));
                }
            }
        }
        panel->featuresTab()->setShowAllColumns(true);
        QCOMPARE(shown->rowCount(), model->rowCount());
        QVERIFY(shown->rowCount() > metadata[u"features"_s].toArray().size());
    }

    void leaderboard_growsWhileTheJobRuns()
    {
        jobs::Job running;
        running.name = u"live churn"_s;
        running.spec.featureTableName = m_churn.dataPath;
        running.spec.targetName = u"churned"_s;
        running.spec.scoring = u"f1"_s;
        running.setStatus(jobs::JobStatus::Running);
        running.secondaryStatus = u"ModelTuning"_s;
        running.startedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        const QString id = addJob(running);

        JobDetailsPanel panel(m_store.get());
        panel.setJob(id);
        ui::LeaderboardTab* leaderboard = panel.leaderboardTab();
        models::CandidateListModel* model = leaderboard->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!leaderboard->stack()->isShowingContent());
        QVERIFY(panel.metricsTab()->stack()->placeholderText().contains(
            u"Results appear when the job finishes"_s));
        QVERIFY(!panel.predictButton()->isEnabled());

        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        const QList<jobs::Candidate> candidates =
            candidatesFromEvents(m_churn.folder + u"/events.jsonl"_s, id);
        QVERIFY(candidates.size() >= 2);
        double best = -1;
        for (int i = 0; i < candidates.size(); ++i) {
            QVERIFY(m_store->addCandidate(candidates.at(i)));
            QCOMPARE(model->rowCount(), i + 1);
            QCOMPARE(inserted.count(), i + 1);
            QVERIFY(leaderboard->stack()->isShowingContent());
            if (candidates.at(i).score && *candidates.at(i).score > best)
                best = *candidates.at(i).score;
            const int bestRow = model->bestRow();
            QVERIFY(bestRow >= 0);
            QCOMPARE(model->index(bestRow, models::CandidateListModel::ScoreColumn)
                         .data(models::CandidateListModel::SortRole)
                         .toDouble(),
                     best);
            // The table shows the best first.
            QCOMPARE(leaderboard->proxy()
                         ->index(0, 0)
                         .data(models::CandidateListModel::IsBestRole)
                         .toBool(),
                     true);
        }
    }

    void runningJobThatFinishes_showsItsResults()
    {
        jobs::Job job = finishedJob(m_churn, u"churned"_s);
        job.setStatus(jobs::JobStatus::Running);
        job.artifactDir.clear();
        job.endedAt = {};
        job.progress = 0.4;
        const QString id = addJob(job);
        JobDetailsPanel panel(m_store.get());
        panel.setJob(id);
        QVERIFY(!panel.results());
        QVERIFY(panel.overviewTab()->fieldText(u"Time left"_s).startsWith(u"about"_s));

        QSignalSpy loaded(&panel, &JobDetailsPanel::resultsLoaded);
        job.id = id;
        job.setStatus(jobs::JobStatus::Finished);
        job.artifactDir = m_churn.outDir;
        job.endedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->update(job, jobs::JobField::Status | jobs::JobField::ArtifactDir |
                                         jobs::JobField::EndedAt));
        QVERIFY(loaded.wait(20'000));
        QVERIFY(panel.results());
        QVERIFY(panel.metricsTab()->stack()->isShowingContent());
        QVERIFY(panel.predictButton()->isEnabled());
        QVERIFY(panel.overviewTab()->fieldText(u"Time left"_s).isEmpty() ||
                !panel.overviewTab()
                     ->findChild<QLabel*>(u"remainingValue"_s)
                     ->isVisibleTo(panel.overviewTab()));
    }

    void pipeline_loadsThePageWithTheNetworkBlocked()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        panel->show();
        QSignalSpy loaded(panel->pipelineTab(), &ui::PipelineTab::pageLoaded);
        panel->showPage(JobDetailsPanel::PipelinePage);
        QVERIFY(loaded.wait(60'000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QWebEngineView* view = panel->pipelineTab()->view();
        QVERIFY(view);
        QCOMPARE(view->url(), QUrl::fromLocalFile(m_churn.outDir + u"/pipeline.html"_s));
        QVERIFY(view->width() > 100);
        QVERIFY(view->page()->profile()->isOffTheRecord());
        QVERIFY(!view->title().isEmpty());

        // A page that reaches for the network is held back: a server on a
        // loopback port, which the page names, hears nothing from it.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                ++connections;
                socket->deleteLater();
            }
        });
        const QString remote = u"http://127.0.0.1:%1/x.png"_s.arg(server.serverPort());
        const QString folder = copyOfChurnResults(u"tracking"_s);
        QFile page(folder + u"/out/pipeline.html"_s);
        QVERIFY(page.open(QIODevice::WriteOnly | QIODevice::Truncate));
        page.write("<!DOCTYPE html><html><head><title>planted</title>"
                   "<link rel=\"stylesheet\" href=\"" +
                   remote.toUtf8() +
                   ".css\"></head><body>"
                   "<img src=\"" +
                   remote.toUtf8() + "\"><p>pipeline</p></body></html>");
        page.close();
        jobs::Job job = finishedJob(m_churn, u"churned"_s);
        job.artifactDir = folder + u"/out"_s;
        const QString id = addJob(job);
        loaded.clear();
        QSignalSpy results(panel.get(), &JobDetailsPanel::resultsLoaded);
        panel->setJob(id);
        QVERIFY(results.wait(20'000));
        panel->showPage(JobDetailsPanel::PipelinePage);
        QVERIFY(!loaded.isEmpty() || loaded.wait(60'000));
        QTRY_COMPARE(view->title(), u"planted"_s);
        // Time for a request to arrive, had one left.
        QTest::qWait(1500);
        QCOMPARE(connections, 0);
        QCOMPARE(view->url(), QUrl::fromLocalFile(folder + u"/out/pipeline.html"_s));
    }

    void pipeline_missingFileShowsMessage()
    {
        const QString folder = copyOfChurnResults(u"no-pipeline"_s);
        QVERIFY(QFile::remove(folder + u"/out/pipeline.html"_s));
        jobs::Job job = finishedJob(m_churn, u"churned"_s);
        job.artifactDir = folder + u"/out"_s;
        auto panel = panelWithResults(addJob(job));
        QVERIFY(panel);
        QVERIFY(!panel->pipelineTab()->stack()->isShowingContent());
        QVERIFY2(panel->pipelineTab()->stack()->placeholderText().contains(u"missing"_s),
                 qPrintable(panel->pipelineTab()->stack()->placeholderText()));
        QVERIFY(!panel->pipelineTab()->view());
    }

    void brokenMetadata_saysWhatIsWrongInline()
    {
        const QString folder = copyOfChurnResults(u"broken"_s);
        QFile metadata(folder + u"/out/metadata.json"_s);
        QVERIFY(metadata.open(QIODevice::WriteOnly | QIODevice::Truncate));
        metadata.write("{\"features\": [\"a\", ");
        metadata.close();
        jobs::Job job = finishedJob(m_churn, u"churned"_s);
        job.artifactDir = folder + u"/out"_s;
        JobDetailsPanel panel(m_store.get());
        QSignalSpy failed(&panel, &JobDetailsPanel::resultsFailed);
        panel.setJob(addJob(job));
        QVERIFY(failed.wait(20'000));
        const QString message = panel.metricsTab()->stack()->placeholderText();
        QVERIFY2(message.contains(u"not valid JSON"_s) && message.contains(u"metadata.json"_s),
                 qPrintable(message));
        QCOMPARE(panel.rocTab()->stack()->placeholderText(), message);

        // A finished job whose results are gone.
        job.artifactDir = m_dir.filePath(u"nowhere/out"_s);
        panel.setJob(addJob(job));
        QVERIFY(panel.resultsMessage().contains(u"missing"_s));
    }

    void waitingJobs_sayWhyThereAreNoResults()
    {
        jobs::Job pending;
        pending.spec.featureTableName = m_churn.dataPath;
        pending.spec.targetName = u"churned"_s;
        JobDetailsPanel panel(m_store.get());
        panel.setJob(addJob(pending));
        QVERIFY(panel.metricsTab()->stack()->placeholderText().contains(
            u"Results appear when the job finishes"_s));
        QVERIFY(panel.rocTab()->stack()->placeholderText().contains(
            u"Results appear when the job finishes"_s));
        QVERIFY(!panel.pipelineTab()->stack()->isShowingContent());
        QVERIFY(!panel.logTab()->stack()->isShowingContent());

        jobs::Job regression = pending;
        regression.spec.task = u"regression"_s;
        panel.setJob(addJob(regression));
        QVERIFY(!panel.isTabEnabled(JobDetailsPanel::RocPage));
        QVERIFY(panel.isTabEnabled(JobDetailsPanel::ResidualsPage));

        jobs::Job remote = finishedJob(m_churn, u"churned"_s);
        remote.backend = u"mlhub"_s;
        remote.remoteId = u"65395ed4506bc9b4b418f29a"_s;
        remote.artifactDir.clear();
        remote.artifactUri = u"s3://bucket/results"_s;
        const QString remoteId = addJob(remote);
        panel.setJob(remoteId);
        QVERIFY(panel.resultsMessage().contains(u"Download"_s));
        QSignalSpy download(&panel, &JobDetailsPanel::downloadRequested);
        auto* button = panel.rocTab()->stack()->findChild<QPushButton*>(u"placeholderAction"_s);
        QVERIFY(button);
        button->click();
        QCOMPARE(download.count(), 1);
        QCOMPARE(download.first().first().toString(), remoteId);
    }

    void overview_showsSpecTimelineDurationAndFailure()
    {
        jobs::Job failed = finishedJob(m_churn, u"churned"_s, u"classification"_s);
        failed.setStatus(jobs::JobStatus::Failed);
        failed.secondaryStatus = u"Failed"_s;
        failed.artifactDir.clear();
        failed.failureReason = u"customer_churn.csv:17:4: unterminated quoted field\n"
                               "the row starts: CUST-00017,\"2022-05-06"_s;
        failed.spec.scoring = u"ks"_s;
        failed.spec.testFraction = 0.25;
        failed.tags = {u"demo"_s};
        failed.timeline.resize(3);
        failed.endedAt = failed.startedAt.addSecs(65);
        JobDetailsPanel panel(m_store.get());
        panel.setJob(addJob(failed));
        ui::JobOverviewTab* overview = panel.overviewTab();
        QCOMPARE(overview->failureText(), failed.failureReason);
        QCOMPARE(overview->fieldText(u"Target"_s), u"churned"_s);
        QCOMPARE(overview->fieldText(u"Scoring"_s), u"KS"_s);
        QCOMPARE(overview->fieldText(u"Test fraction"_s), u"25"_s + QLocale().percent());
        QCOMPARE(overview->fieldText(u"Runs on"_s), u"This computer"_s);
        QCOMPARE(overview->fieldText(u"Data file"_s), QDir::toNativeSeparators(m_churn.dataPath));
        QCOMPARE(overview->fieldText(u"Elapsed"_s), u"1 min 05 s"_s);
        QCOMPARE(overview->fieldText(u"Tags"_s), u"demo"_s);
        QCOMPARE(overview->timeline()->topLevelItemCount(), 3);
        QCOMPARE(overview->timeline()->topLevelItem(1)->text(0), u"Analysing data"_s);
        QCOMPARE(overview->timeline()->topLevelItem(0)->text(2), u"1 s"_s);
        QVERIFY(panel.metricsTab()->stack()->placeholderText().contains(u"failed"_s));

        // Unknown spec fields are listed too.
        panel.setJob(m_churnId);
        QCOMPARE(panel.overviewTab()->fieldText(u"team"_s), u"retention"_s);
        QCOMPARE(panel.overviewTab()->fieldText(u"Algorithms"_s),
                 QLocale().createSeparatedList({u"Logistic regression"_s, u"Naive Bayes"_s}));
    }

    void log_rendersEventsReadablyAndFollowsLive()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        ui::JobLogTab* log = panel->logTab();
        QVERIFY(log->stack()->isShowingContent());
        QTRY_VERIFY(log->eventsView()->toPlainText().contains(u"Completed"_s));
        const QString text = log->eventsView()->toPlainText();
        QVERIFY2(text.contains(u"Analysing data: "_s), qPrintable(text));
        QVERIFY2(text.contains(u"Candidate 0, "_s), qPrintable(text));
        QVERIFY(!text.contains(u"\"contract\""_s));

        // A running job's log grows as the engine writes.
        const QString folder = m_dir.filePath(u"jobs/live"_s);
        QDir().mkpath(folder + u"/out"_s);
        QFile events(folder + u"/events.jsonl"_s);
        QVERIFY(events.open(QIODevice::WriteOnly));
        events.write(
            R"({"type":"status","status":"Starting","progress":0.0,"time":"2026-01-01T10:00:00.000Z","contract":1})"
            "\n");
        events.flush();
        jobs::Job running = finishedJob(m_churn, u"churned"_s);
        running.setStatus(jobs::JobStatus::Running);
        running.artifactDir = folder + u"/out"_s;
        running.endedAt = {};
        panel->setJob(addJob(running));
        QTRY_VERIFY(log->eventsView()->toPlainText().contains(u"Starting"_s));
        events.write(
            R"({"type":"warning","message":"only 426 rows: results may vary","time":"2026-01-01T10:00:01.000Z","contract":1})"
            "\n");
        events.write(R"({"type":"status","status":"Model)"); // half a line: not shown yet
        events.flush();
        QTRY_VERIFY_WITH_TIMEOUT(
            log->eventsView()->toPlainText().contains(u"Warning: only 426 rows"_s), 5000);
        QVERIFY(!log->eventsView()->toPlainText().contains(u"Model"_s));
        events.write(R"(Tuning","progress":0.1,"time":"2026-01-01T10:00:02.000Z","contract":1})"
                     "\n");
        events.flush();
        QTRY_VERIFY_WITH_TIMEOUT(
            log->eventsView()->toPlainText().contains(u"Searching for the best pipeline"_s), 5000);
    }

    void copyImage_putsTheChartOnTheClipboard()
    {
        auto panel = panelWithResults(m_churnId);
        QVERIFY(panel);
        panel->show();
        panel->showPage(JobDetailsPanel::RocPage);
        ui::ResultChartView* view = panel->rocTab()->chartViews().first();
        QSignalSpy message(view, &ui::ResultChartView::messageRequested);
        QVERIFY(view->copyImageAction()->isEnabled());
        view->copyImageAction()->trigger();
        const QImage copied = QApplication::clipboard()->image();
        QVERIFY(!copied.isNull());
        QVERIFY(copied.width() >= view->width());
        QVERIFY(distinctColours(copied) > 10);
        QCOMPARE(message.count(), 1);
        QTemporaryDir folder;
        QVERIFY(view->saveImage(folder.filePath(u"roc.png"_s)));
        QVERIFY(!QImage(folder.filePath(u"roc.png"_s)).isNull());
    }

    void screenshots_everyTabInLightAndDarkPalettes()
    {
        const QString folder =
            qEnvironmentVariable("WINNOW_SCREENSHOTS_DIR",
                                 QStringLiteral(WINNOW_BINARY_DIR) + u"/screenshots/details"_s);
        const QPalette light = QApplication::palette();
        for (const auto& [name, id] :
             {std::pair{u"churn"_s, m_churnId}, std::pair{u"wine"_s, m_wineId},
              std::pair{u"diabetes"_s, m_diabetesId}}) {
            for (bool dark : {false, true}) {
                QApplication::setPalette(dark ? darkPalette() : light);
                auto panel = panelWithResults(id);
                QVERIFY(panel);
                panel->show();
                QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
                QSignalSpy pipeline(panel->pipelineTab(), &ui::PipelineTab::pageLoaded);
                panel->showPage(JobDetailsPanel::PipelinePage);
                QVERIFY(pipeline.wait(60'000));
                panel->showPage(JobDetailsPanel::OverviewPage);
                const QStringList files = ui::saveDetailsScreenshots(
                    panel.get(), folder, name + (dark ? u"-dark"_s : u"-light"_s));
                QVERIFY(files.size() >= 8);
                for (const QString& file : files) {
                    const QImage image(file);
                    QVERIFY2(!image.isNull() && distinctColours(image) > 4, qPrintable(file));
                }
                if (dark) {
                    // The charts follow the palette.
                    QChart* chart =
                        chartOf(name == u"diabetes"_s ? panel->residualsTab() : panel->rocTab());
                    QCOMPARE(chart->backgroundBrush().color(),
                             darkPalette().color(QPalette::Window));
                    QCOMPARE(chart->plotAreaBackgroundBrush().color(),
                             darkPalette().color(QPalette::Base));
                }
            }
        }
        QApplication::setPalette(light);
        qInfo().noquote() << "screenshots in" << folder;
    }
};

QTEST_MAIN(TestJobDetailsPanel)
#include "test_job_details_panel.moc"
