// BackendListModel: All jobs, this computer, the services set up and any
// other backend the history holds, each with its job and running counts,
// following the store and the registry.

#include "models/backend_list_model.h"
#include "models/backend_registry.h"
#include "tests/models/model_test_support.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace winnow;
using namespace winnow::models::testing;
using jobs::Job;
using jobs::JobField;
using jobs::JobStatus;
using models::BackendListModel;
using models::BackendRegistry;

namespace {

// A remote service that does nothing but say who it is.
class NamedBackend : public jobs::JobBackend {
public:
    NamedBackend(QString id, QString name, QObject* parent = nullptr)
        : JobBackend(parent)
        , m_id(std::move(id))
        , m_name(std::move(name))
    {}
    QString id() const override { return m_id; }
    QString displayName() const override { return m_name; }
    jobs::BackendCapabilities capabilities() const override
    {
        return jobs::BackendCapability::Stop;
    }
    jobs::JobOperation* submit(const Job&) override { return refuse(); }
    jobs::JobOperation* stop(const QString&) override { return refuse(); }
    jobs::JobOperation* remove(const QString&) override { return refuse(); }
    jobs::JobOperation* downloadArtifacts(const QString&, const QString&) override
    {
        return refuse();
    }

private:
    jobs::JobOperation* refuse() { return jobs::JobOperation::failed(u"not here"_s, this); }
    QString m_id;
    QString m_name;
};

QStringList namesIn(const BackendListModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row).data().toString();
    return names;
}

int countOf(const BackendListModel& model, const QString& id, int role)
{
    const int row = model.rowOf(id);
    return row < 0 ? -1 : model.index(row).data(role).toInt();
}

Job jobOn(const QString& backend, JobStatus status, int n)
{
    Job job = jobIn(status, u"job %1"_s.arg(n), utc(2024, 1, 1).addSecs(n));
    job.backend = backend;
    if (backend != jobs::localBackendId())
        job.remoteId = u"r%1"_s.arg(n);
    return job;
}

} // namespace

class TestModelsBackendListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyHistory_listsAllJobsAndThisComputer()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        BackendRegistry registry;
        BackendListModel model(&fixture.store(), &registry);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(namesIn(model), (QStringList{u"All jobs"_s, u"This computer"_s}));
        QCOMPARE(model.index(0).data(BackendListModel::BackendIdRole).toString(), QString());
        QVERIFY(model.index(0).data(BackendListModel::IsAllJobsRole).toBool());
        QCOMPARE(model.index(1).data(BackendListModel::BackendIdRole).toString(), u"local"_s);
        QCOMPARE(countOf(model, QString(), BackendListModel::JobCountRole), 0);
    }

    void counts_followTheStore()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        BackendRegistry registry;
        BackendListModel model(&fixture.store(), &registry);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(fixture.store().add(jobOn(u"local"_s, JobStatus::Running, 1)));
        QVERIFY(fixture.store().add(jobOn(u"local"_s, JobStatus::Finished, 2)));
        const auto remote = fixture.store().add(jobOn(u"mlhub-prod"_s, JobStatus::Running, 3));
        QVERIFY(remote);

        // A service no longer set up still gets a row for its past jobs.
        QTRY_COMPARE(namesIn(model),
                     (QStringList{u"All jobs"_s, u"This computer"_s, u"mlhub-prod"_s}));
        QCOMPARE(countOf(model, QString(), BackendListModel::JobCountRole), 3);
        QCOMPARE(countOf(model, u"local"_s, BackendListModel::JobCountRole), 2);
        QCOMPARE(countOf(model, u"mlhub-prod"_s, BackendListModel::JobCountRole), 1);
        QCOMPARE(countOf(model, QString(), BackendListModel::RunningCountRole), 2);
        QCOMPARE(countOf(model, u"local"_s, BackendListModel::RunningCountRole), 1);
        QVERIFY(!model.index(model.rowOf(u"mlhub-prod"_s))
                     .data(BackendListModel::IsConfiguredRole)
                     .toBool());

        Job job = *fixture.store().get(*remote);
        job.setStatus(JobStatus::Finished);
        QVERIFY(fixture.store().update(job, JobField::Status));
        QTRY_COMPARE(countOf(model, QString(), BackendListModel::RunningCountRole), 1);

        QVERIFY(fixture.store().remove(*remote));
        QTRY_COMPARE(namesIn(model), (QStringList{u"All jobs"_s, u"This computer"_s}));
        QCOMPARE(countOf(model, QString(), BackendListModel::JobCountRole), 2);
    }

    void configuredServices_comeAfterThisComputer_inTheOrderSetUp()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        QVERIFY(fixture.store().add(jobOn(u"aardvark"_s, JobStatus::Finished, 1)));
        BackendRegistry registry;
        BackendListModel model(&fixture.store(), &registry);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(namesIn(model), (QStringList{u"All jobs"_s, u"This computer"_s, u"aardvark"_s}));

        NamedBackend hub(u"mlhub-prod"_s, u"ML Hub (production)"_s);
        NamedBackend sagemaker(u"sagemaker"_s, u"SageMaker"_s);
        registry.addBackend(&hub);
        registry.addBackend(&sagemaker);
        QCOMPARE(namesIn(model),
                 (QStringList{u"All jobs"_s, u"This computer"_s, u"ML Hub (production)"_s,
                              u"SageMaker"_s, u"aardvark"_s}));
        QVERIFY(model.index(model.rowOf(u"sagemaker"_s))
                    .data(BackendListModel::IsConfiguredRole)
                    .toBool());

        registry.removeBackend(u"mlhub-prod"_s);
        QCOMPARE(namesIn(model),
                 (QStringList{u"All jobs"_s, u"This computer"_s, u"SageMaker"_s, u"aardvark"_s}));
    }

    void localBackend_namesItsRow()
    {
        StoreFixture fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.error()));
        BackendRegistry registry;
        BackendListModel model(&fixture.store(), &registry);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        {
            NamedBackend local(u"local"_s, u"This workstation"_s);
            registry.addBackend(&local);
            QCOMPARE(namesIn(model), (QStringList{u"All jobs"_s, u"This workstation"_s}));
            QVERIFY(changed.count() > 0);
        }
        // Destroyed: the registry forgets it, the row stays as this computer.
        QVERIFY(registry.backends().isEmpty());
        QCOMPARE(namesIn(model), (QStringList{u"All jobs"_s, u"This computer"_s}));
    }
};

QTEST_MAIN(TestModelsBackendListModel)
#include "test_models_backend_list_model.moc"
