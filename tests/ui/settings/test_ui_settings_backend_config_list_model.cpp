#include "models/backend_config_list_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using winnow::client::BackendConfig;
using winnow::client::BackendKind;
using winnow::models::BackendConfigListModel;

class TestBackendConfigListModel : public QObject {
    Q_OBJECT

private slots:
    void editing_keepsTheModelConsistent()
    {
        BackendConfigListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackends({BackendConfig::create(u"Hub"_s, BackendKind::MlHubProduction)});
        const int row = model.addBackend(BackendConfig::create(
            u"Team"_s, BackendKind::Custom, QUrl(u"http://team.example:8080"_s)));
        QCOMPARE(row, 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data().toString(), u"Team"_s);
        QCOMPARE(model.index(1).data(BackendConfigListModel::DetailRole).toString(),
                 u"Custom URL · team.example"_s);
        QCOMPARE(model.index(0).data(BackendConfigListModel::DetailRole).toString(),
                 u"ML Hub (production)"_s);
        QCOMPARE(model.index(1).data(BackendConfigListModel::UrlRole).toString(),
                 u"http://team.example:8080"_s);
        QVERIFY(model.index(1).data(BackendConfigListModel::ValidRole).toBool());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        BackendConfig edited = model.backend(1);
        edited.name = u"Team server"_s;
        model.setBackend(1, edited);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1));
        model.setBackend(1, edited); // no change, no signal
        QCOMPARE(changed.size(), 1);

        edited.url = QUrl();
        model.setBackend(1, edited);
        QVERIFY(!model.index(1).data(BackendConfigListModel::ValidRole).toBool());
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(u"address"_s));

        QCOMPARE(model.rowOf(edited.id), 1);
        model.removeBackend(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(edited.id), 0);
        model.removeBackend(5); // out of range: ignored
        QCOMPARE(model.rowCount(), 1);
    }

    void unnamedBackend_showsAPlaceholderName()
    {
        BackendConfigListModel model;
        model.addBackend(BackendConfig::create(u"  "_s, BackendKind::MlHubStaging));
        QCOMPARE(model.index(0).data().toString(), u"Unnamed backend"_s);
    }
};

QTEST_MAIN(TestBackendConfigListModel)
#include "test_ui_settings_backend_config_list_model.moc"
