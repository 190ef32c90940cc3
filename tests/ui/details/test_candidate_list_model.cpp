// CandidateListModel over a real JobStore: rows follow the store's
// candidates, ranks follow the job's scoring, and every change keeps the
// model consistent (QAbstractItemModelTester).

#include "jobs/job_store.h"
#include "models/candidate_list_model.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using winnow::jobs::Candidate;
using winnow::jobs::Job;
using winnow::jobs::JobStore;
using winnow::models::CandidateListModel;

namespace {

Candidate candidate(const QString& jobId, int index, const QString& algorithm,
                    std::optional<double> score, const QString& status = u"Completed"_s)
{
    Candidate c;
    c.jobId = jobId;
    c.index = index;
    c.algorithm = algorithm;
    c.pipeline =
        QJsonArray{QJsonObject{{u"name"_s, u"standardscaler"_s}, {u"params"_s, QJsonObject{}}},
                   QJsonObject{{u"name"_s, algorithm}, {u"params"_s, QJsonObject{}}}};
    c.score = score;
    c.status = status;
    c.fitSeconds = 0.25 * (index + 1);
    if (status != u"Completed"_s)
        c.message = u"out of time"_s;
    return c;
}

QList<int> ranks(const CandidateListModel& model)
{
    QList<int> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, CandidateListModel::RankColumn).data().toInt();
    return result;
}

} // namespace

class TestCandidateListModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<JobStore> m_store;

    QString addJob(const QString& scoring, const QString& task = {})
    {
        Job job;
        job.spec.featureTableName = u"data.csv"_s;
        job.spec.targetName = u"y"_s;
        job.spec.scoring = scoring;
        job.spec.task = task;
        job.setStatus(winnow::jobs::JobStatus::Running);
        auto id = m_store->add(job);
        if (!id)
            qFatal("could not add a job: %s", qPrintable(id.errorString()));
        return *id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
    }

    void init()
    {
        m_store = std::make_unique<JobStore>(m_folder.filePath(
            u"jobs-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(m_store->open(), "store did not open");
    }

    void cleanup() { m_store.reset(); }

    void setJobId_showsStoredCandidatesInIndexOrder()
    {
        const QString id = addJob(u"f1"_s);
        QVERIFY(m_store->addCandidate(candidate(id, 1, u"xgboost"_s, 0.8)));
        QVERIFY(m_store->addCandidate(candidate(id, 0, u"logistic_regression"_s, 0.7)));
        CandidateListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobId(id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(CandidateListModel::IndexRole).toInt(), 0);
        QCOMPARE(model.index(1, 0).data(CandidateListModel::IndexRole).toInt(), 1);
        QCOMPARE(model.index(0, CandidateListModel::AlgorithmColumn).data().toString(),
                 u"Logistic regression"_s);
        QCOMPARE(model.index(0, CandidateListModel::PipelineColumn).data().toString(),
                 u"Standard scaler → Logistic regression"_s);
        QCOMPARE(ranks(model), (QList<int>{2, 1}));
        QCOMPARE(model.bestRow(), 1);
        QVERIFY(model.index(1, CandidateListModel::ScoreColumn)
                    .data(CandidateListModel::IsBestRole)
                    .toBool());
        QCOMPARE(model.index(1, CandidateListModel::ScoreColumn)
                     .data(CandidateListModel::SortRole)
                     .toDouble(),
                 0.8);
    }

    void candidateAdded_insertsRowAndReranks()
    {
        const QString id = addJob(u"accuracy"_s);
        CandidateListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobId(id);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(m_store->addCandidate(candidate(id, 0, u"knn"_s, 0.6)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.bestRow(), 0);

        changed.clear();
        QVERIFY(m_store->addCandidate(candidate(id, 1, u"xgboost"_s, 0.9)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(ranks(model), (QList<int>{2, 1}));
        QCOMPARE(model.bestRow(), 1);
        // The old best lost its flag: its whole row changed.
        bool oldBestRowChanged = false;
        for (const QList<QVariant>& arguments : std::as_const(changed)) {
            const QModelIndex from = arguments.at(0).value<QModelIndex>();
            const QModelIndex to = arguments.at(1).value<QModelIndex>();
            if (from.row() == 0 && to.row() == 0 && from.column() == 0 &&
                to.column() == CandidateListModel::ColumnCount - 1)
                oldBestRowChanged = true;
        }
        QVERIFY(oldBestRowChanged);

        // A failed candidate has no score and no rank.
        QVERIFY(m_store->addCandidate(
            candidate(id, 2, u"random_forest"_s, std::nullopt, u"TimedOut"_s)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, CandidateListModel::RankColumn).data().toString(), QString());
        QCOMPARE(model.index(2, CandidateListModel::StatusColumn).data().toString(),
                 u"Timed out"_s);
        QCOMPARE(model.index(2, CandidateListModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 u"out of time"_s);
        QCOMPARE(reset.count(), 0);
    }

    void candidateAddedAgain_replacesRow()
    {
        const QString id = addJob(u"f1"_s);
        QVERIFY(m_store->addCandidate(candidate(id, 0, u"knn"_s, 0.6)));
        CandidateListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobId(id);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_store->addCandidate(candidate(id, 0, u"knn"_s, 0.75)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.index(0, CandidateListModel::ScoreColumn)
                     .data(CandidateListModel::SortRole)
                     .toDouble(),
                 0.75);
    }

    void errorScoring_ranksSmallestFirst()
    {
        const QString id = addJob(u"mse"_s, u"regression"_s);
        CandidateListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobId(id);
        QVERIFY(model.smallerIsBetter());
        QVERIFY(m_store->addCandidate(candidate(id, 0, u"ridge"_s, 3100.0)));
        QVERIFY(m_store->addCandidate(candidate(id, 1, u"elastic_net"_s, 2900.0)));
        QVERIFY(m_store->addCandidate(candidate(id, 2, u"knn"_s, 3500.0)));
        QCOMPARE(ranks(model), (QList<int>{2, 1, 3}));
        QCOMPARE(model.bestRow(), 1);
    }

    void noScoringInSpec_directionFollowsBestScore()
    {
        const QString id = addJob(QString());
        CandidateListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobId(id);
        QVERIFY(m_store->addCandidate(candidate(id, 0, u"ridge"_s, 10.0)));
        QVERIFY(m_store->addCandidate(candidate(id, 1, u"knn"_s, 20.0)));
        // The engine reports the smaller score as the best: an error scoring.
        auto job = m_store->get(id);
        QVERIFY(job);
        job->bestScore = 10.0;
        QVERIFY(m_store->update(*job, winnow::jobs::JobField::BestScore));
        QVERIFY(m_store->addCandidate(candidate(id, 2, u"xgboost"_s, 15.0)));
        QVERIFY(model.smallerIsBetter());
        QCOMPARE(ranks(model), (QList<int>{1, 3, 2}));

        // metadata.json's scoring settles it.
        model.setSmallerIsBetter(false);
        QCOMPARE(ranks(model), (QList<int>{3, 1, 2}));
    }

    void equalScores_shareRank()
    {
        const QString id = addJob(u"accuracy"_s);
        QVERIFY(m_store->addCandidate(candidate(id, 0, u"knn"_s, 0.8)));
        QVERIFY(m_store->addCandidate(candidate(id, 1, u"ridge"_s, 0.8)));
        QVERIFY(m_store->addCandidate(candidate(id, 2, u"xgboost"_s, 0.7)));
        CandidateListModel model(m_store.get());
        model.setJobId(id);
        QCOMPARE(ranks(model), (QList<int>{1, 1, 3}));
        QCOMPARE(model.bestRow(), 0); // the earlier of two equal scores
    }

    void sortProxy_ordersByRankWithUnrankedLast()
    {
        const QString id = addJob(u"f1"_s);
        QVERIFY(m_store->addCandidate(candidate(id, 0, u"knn"_s, std::nullopt, u"Failed"_s)));
        QVERIFY(m_store->addCandidate(candidate(id, 1, u"ridge"_s, 0.5)));
        QVERIFY(m_store->addCandidate(candidate(id, 2, u"xgboost"_s, 0.9)));
        CandidateListModel model(m_store.get());
        model.setJobId(id);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(CandidateListModel::SortRole);
        proxy.sort(CandidateListModel::RankColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, CandidateListModel::AlgorithmColumn).data().toString(),
                 u"XGBoost"_s);
        QCOMPARE(proxy.index(2, CandidateListModel::AlgorithmColumn).data().toString(),
                 u"k nearest neighbours"_s);
    }

    void otherJobsCandidates_areIgnored()
    {
        const QString shown = addJob(u"f1"_s);
        const QString other = addJob(u"f1"_s);
        CandidateListModel model(m_store.get());
        model.setJobId(shown);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_store->addCandidate(candidate(other, 0, u"knn"_s, 0.5)));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(inserted.count(), 0);
    }

    void jobRemoved_emptiesModel()
    {
        const QString id = addJob(u"f1"_s);
        QVERIFY(m_store->addCandidate(candidate(id, 0, u"knn"_s, 0.5)));
        CandidateListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobId(id);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(m_store->remove(id));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.jobId().isEmpty());
    }
};

QTEST_MAIN(TestCandidateListModel)
#include "test_candidate_list_model.moc"
