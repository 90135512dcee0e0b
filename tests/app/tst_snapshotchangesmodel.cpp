#include "rank/rankdocument.h"
#include "rank/snapshotchangesmodel.h"
#include "rankfixture.h"
#include "storage/snapshotrepository.h"

#include <QAbstractItemModelTester>

using namespace rw;

class TestSnapshotChangesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void trackByTrack()
    {
        test::RankFixture f;
        const auto snapshot =
            *SnapshotRepository(f.temp.db()).take(f.list.id, {}, SnapshotReason::Manual);
        // Now: umass, mgh cat (pinned), mgh pc; bwh gone.
        QVERIFY(RankService(f.temp.db())
                    .applyOrder(f.list.id,
                                {{f.tracks.at(2).id, false},
                                 {f.tracks.at(0).id, true},
                                 {f.tracks.at(1).id, false}})
                    .ok());
        RankDocument document(&f.workspace);
        SnapshotChangesModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(snapshot.id);
        QCOMPARE(model.rowCount(), 4);
        auto cell = [&](int row, int column) {
            return model.data(model.index(row, column));
        };
        QCOMPARE(cell(0, SnapshotChangesModel::ThenColumn).toInt(), 3);
        QCOMPARE(cell(0, SnapshotChangesModel::NowColumn).toInt(), 1);
        QVERIFY(
            cell(0, SnapshotChangesModel::ChangeColumn).toString().startsWith(QStringLiteral("▲")));
        QVERIFY(cell(1, SnapshotChangesModel::ChangeColumn)
                    .toString()
                    .contains(QStringLiteral("pinned")));
        QCOMPARE(cell(3, SnapshotChangesModel::NowColumn).toString(), QStringLiteral("–"));
        QCOMPARE(cell(3, SnapshotChangesModel::ChangeColumn).toString(),
                 QStringLiteral("removed since"));
    }
};

QTEST_MAIN(TestSnapshotChangesModel)
#include "tst_snapshotchangesmodel.moc"
