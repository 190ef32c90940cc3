// Comparing jobs on real results: two churn models trained by the engine
// with different learners, their metrics side by side and their ROC curves
// in one chart.

#include "details_test_support.h"

#include "jobs/job_store.h"
#include "models/job_metrics_comparison_model.h"
#include "ui/details/compare_view.h"
#include "ui/details/copyable_table_view.h"
#include "ui/details/details_screenshots.h"
#include "ui/details/placeholder_stack.h"
#include "ui/details/result_chart_view.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace details_test;
using namespace winnow;
using winnow::models::JobMetricsComparisonModel;

class TestCompareView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<jobs::JobStore> m_store;
    TrainedJob m_logistic;
    TrainedJob m_bayes;
    QString m_logisticId;
    QString m_bayesId;

    QString addJob(const jobs::Job& job)
    {
        auto id = m_store->add(job);
        if (!id)
            qFatal("could not add a job: %s", qPrintable(id.errorString()));
        return *id;
    }

    TrainedJob trainChurn(const QString& name, const QString& algorithm)
    {
        return trainWithEngine(m_dir.filePath(u"jobs/"_s + name),
                               sourcePath(u"resources/samples/customer_churn.csv"_s),
                               {u"--target"_s, u"churned"_s, u"--id-column"_s, u"customer_id"_s,
                                u"--algorithms"_s, algorithm, u"--time-budget"_s, u"15"_s});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_logistic = trainChurn(u"logistic"_s, u"logistic_regression"_s);
        QVERIFY2(m_logistic.error.isEmpty(), qPrintable(m_logistic.error));
        m_bayes = trainChurn(u"bayes"_s, u"naive_bayes"_s);
        QVERIFY2(m_bayes.error.isEmpty(), qPrintable(m_bayes.error));
        m_store = std::make_unique<jobs::JobStore>(m_dir.filePath(u"jobs.sqlite"_s));
        QVERIFY(m_store->open());
        jobs::Job logistic = finishedJob(m_logistic, u"churned"_s);
        logistic.name = u"Churn, logistic regression"_s;
        m_logisticId = addJob(logistic);
        jobs::Job bayes = finishedJob(m_bayes, u"churned"_s);
        bayes.name = u"Churn, naive Bayes"_s;
        m_bayesId = addJob(bayes);
    }

    void cleanupTestCase() { m_store.reset(); }

    void twoJobs_rocCurvesOverlaid()
    {
        ui::CompareView view(m_store.get());
        view.resize(1200, 600);
        QSignalSpy ready(&view, &ui::CompareView::comparisonReady);
        view.setJobs({m_logisticId, m_bayesId});
        QVERIFY(ready.wait(20'000));
        QVERIFY(view.stack()->isShowingContent());

        QChart* chart = view.rocChartView()->chart();
        QList<QXYSeries*> curves;
        const QList<QAbstractSeries*> all = chart->series();
        for (QAbstractSeries* series : all) {
            if (series->objectName() == u"rocCurve"_s)
                curves << qobject_cast<QXYSeries*>(series);
        }
        QCOMPARE(curves.size(), 2);
        const QList<TrainedJob*> trained = {&m_logistic, &m_bayes};
        for (int i = 0; i < 2; ++i) {
            const QJsonObject metadata = trained.at(i)->metadata();
            const QJsonObject roc =
                metadata[u"winnow"_s][u"curves"_s][u"test"_s][u"roc"_s].toObject();
            const QList<double> fpr = doubles(roc[u"fpr"_s]);
            const QList<double> tpr = doubles(roc[u"tpr"_s]);
            QCOMPARE(curves.at(i)->count(), fpr.size());
            for (int p = 0; p < fpr.size(); ++p)
                QCOMPARE(curves.at(i)->at(p), QPointF(fpr.at(p), tpr.at(p)));
            const QString auc =
                QLocale().toString(metadata[u"metrics"_s][u"rocAuc"_s].toDouble(), 'f', 3);
            QVERIFY2(curves.at(i)->name().contains(auc), qPrintable(curves.at(i)->name()));
        }
        QVERIFY(curves.at(0)->name().startsWith(u"Churn, logistic regression"_s));
        QVERIFY(curves.at(0)->pen().color() != curves.at(1)->pen().color());
    }

    void metricsTable_highlightsBestPerRow()
    {
        ui::CompareView view(m_store.get());
        QSignalSpy ready(&view, &ui::CompareView::comparisonReady);
        view.setJobs({m_logisticId, m_bayesId});
        QVERIFY(ready.wait(20'000));
        JobMetricsComparisonModel* model = view.model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Churn, logistic regression"_s);

        const QJsonObject first = m_logistic.metadata()[u"metrics"_s].toObject();
        const QJsonObject second = m_bayes.metadata()[u"metrics"_s].toObject();
        for (const QString& key : {u"accuracy"_s, u"balancedAccuracy"_s, u"rocAuc"_s, u"ks"_s}) {
            const int row = model->rowOfKey(key);
            QVERIFY2(row >= 0, qPrintable(key));
            const double a = first[key].toDouble();
            const double b = second[key].toDouble();
            QCOMPARE(model->index(row, 1).data(JobMetricsComparisonModel::SortRole).toDouble(), a);
            QCOMPARE(model->index(row, 2).data(JobMetricsComparisonModel::SortRole).toDouble(), b);
            QList<int> best;
            if (a >= b)
                best << 1;
            if (b >= a)
                best << 2;
            QCOMPARE(model->bestColumns(row), best);
            QCOMPARE(model->index(row, best.first())
                         .data(JobMetricsComparisonModel::IsBestRole)
                         .toBool(),
                     true);
        }
        const QString copied = view.tableView()->text();
        QVERIFY(copied.contains(u"Churn, naive Bayes"_s));
    }

    void unfinishedJobs_areNamedAndLeftOut()
    {
        jobs::Job running;
        running.name = u"Still running"_s;
        running.spec.targetName = u"churned"_s;
        running.setStatus(jobs::JobStatus::Running);
        const QString runningId = addJob(running);

        ui::CompareView view(m_store.get());
        QSignalSpy ready(&view, &ui::CompareView::comparisonReady);
        view.setJobs({m_logisticId, runningId, m_bayesId});
        QVERIFY(ready.wait(20'000));
        QCOMPARE(view.model()->columnCount(), 3);
        QVERIFY2(view.noticeText().contains(u"Still running: it has not finished"_s),
                 qPrintable(view.noticeText()));

        ready.clear();
        view.setJobs({m_logisticId, runningId});
        QVERIFY(ready.count() == 1 || ready.wait(20'000));
        QVERIFY(!view.stack()->isShowingContent());
        QVERIFY(view.stack()->placeholderText().contains(u"two or more"_s));
    }

    void screenshot()
    {
        ui::CompareView view(m_store.get());
        view.resize(1280, 640);
        QSignalSpy ready(&view, &ui::CompareView::comparisonReady);
        view.setJobs({m_logisticId, m_bayesId});
        QVERIFY(ready.wait(20'000));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(150);
        const QString folder =
            qEnvironmentVariable("WINNOW_SCREENSHOTS_DIR",
                                 QStringLiteral(WINNOW_BINARY_DIR) + u"/screenshots/details"_s);
        QVERIFY(!ui::saveWidgetScreenshot(&view, folder, u"compare-light"_s).isEmpty());
    }
};

QTEST_MAIN(TestCompareView)
#include "test_compare_view.moc"
