#include "rank/rankdocument.h"
#include "rank/snapshotmodel.h"
#include "rankfixture.h"
#include "storage/snapshotrepository.h"

#include <QAbstractItemModelTester>

using namespace rw;

class TestSnapshotModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void listsSnapshotsWithChangesSince()
    {
        test::RankFixture f;
        QVERIFY(SnapshotRepository(f.temp.db())
                    .take(f.list.id, QStringLiteral("first look"), SnapshotReason::Manual)
                    .ok());
        QVERIFY(RankService(f.temp.db())
                    .applyOrder(f.list.id,
                                {{f.tracks.at(1).id, false},
                                 {f.tracks.at(0).id, false},
                                 {f.tracks.at(2).id, false}})
                    .ok());
        QVERIFY(
            SnapshotRepository(f.temp.db()).take(f.list.id, {}, SnapshotReason::BeforeSort).ok());
        RankDocument document(&f.workspace);
        SnapshotModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        // Newest first; unlabelled ones say why they were taken.
        QCOMPARE(model.data(model.index(0, SnapshotModel::WhyColumn)).toString(),
                 QStringLiteral("Before sort by score"));
        QCOMPARE(model.data(model.index(0, SnapshotModel::ChangedColumn)).toString(),
                 QStringLiteral("Same as now"));
        QCOMPARE(model.data(model.index(1, SnapshotModel::WhyColumn)).toString(),
                 QStringLiteral("first look"));
        QCOMPARE(model.data(model.index(1, SnapshotModel::RanksColumn)).toInt(), 4);
        const QString changed = model.data(model.index(1, SnapshotModel::ChangedColumn)).toString();
        QVERIFY2(changed.contains(QStringLiteral("2 moved")), qPrintable(changed));
        QVERIFY2(changed.contains(QStringLiteral("1 removed")), qPrintable(changed));
        QVERIFY(model.data(model.index(1, 0), SnapshotModel::SnapshotIdRole).toLongLong() > 0);
    }
};

QTEST_MAIN(TestSnapshotModel)
#include "tst_snapshotmodel.moc"
