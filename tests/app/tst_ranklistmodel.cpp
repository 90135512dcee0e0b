#include "rank/rankdocument.h"
#include "rank/ranklistmodel.h"
#include "rankfixture.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QPointF>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace rw;

class TestRankListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void showsUserOrderBesideComputedOrder()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        RankListModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(RankListModel::ColumnCount));
        // Scores: mgh cat (3*0.25 + 1 + 1) / 5 = 55 (advocacy: buprenorphine training);
        // mgh pc (3*0.75 + 1) / 4 = 81.25;
        // umass pc 3 / 4 -> (3*1 + 0)/4 = 75 (advocacy 0); bwh: advocacy 0 only -> 0.
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, RankListModel::RankColumn).toInt(), 1);
        QCOMPARE(cell(0, RankListModel::TrackColumn).toString(),
                 QStringLiteral("Categorical — Massachusetts General Hospital Internal Medicine "
                                "Residency"));
        QCOMPARE(cell(0, RankListModel::ScoreColumn).toString(), QStringLiteral("55.0"));
        QCOMPARE(cell(1, RankListModel::ScoreColumn).toString(), QStringLiteral("81.3"));
        QCOMPARE(cell(0, RankListModel::ComputedColumn).toInt(), 3);
        QCOMPARE(cell(1, RankListModel::ComputedColumn).toInt(), 1);
        // Distances, with arrows so colour is never the only signal.
        QCOMPARE(cell(0, RankListModel::DistanceColumn).toString(), QStringLiteral("▲ 2"));
        QCOMPARE(cell(1, RankListModel::DistanceColumn).toString(), QStringLiteral("▼ 1"));
        QVERIFY(cell(0, RankListModel::DistanceColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2 place")));
        QCOMPARE(cell(2, RankListModel::MissingColumn).toString(), QStringLiteral("1 missing"));
        QVERIFY(cell(2, RankListModel::MissingColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Location")));
        QCOMPARE(cell(0, RankListModel::PinnedColumn, Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
        QCOMPARE(cell(1, RankListModel::TrackColumn, RankListModel::TrackIdRole).toLongLong(),
                 f.tracks.at(1).id);
        QVERIFY(model.flags(model.index(0, RankListModel::PinnedColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    }

    // Coverage and range where the score is: mgh cat rests on every
    // criterion (Culture 3, Location 1, Advocacy 1 of 5); mgh pc on 4 of 5,
    // Location missing; bwh on Advocacy (No) alone, 20%: provisional.
    void scoresShowCoverageAndRange()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        RankListModel model(&document);
        auto cell = [&](int row, int role) {
            return model.data(model.index(row, RankListModel::ScoreColumn), role);
        };
        QCOMPARE(cell(0, RankListModel::ScoreRangeRole).toPointF(), QPointF(55, 55));
        QVERIFY(cell(0, Qt::ToolTipRole).toString().contains(QStringLiteral("every criterion")));
        // mgh pc: N = 3 * 0.75 + 1 = 3.25 of 5: 65 to 85.
        QCOMPARE(cell(1, RankListModel::ScoreRangeRole).toPointF(), QPointF(65, 85));
        QCOMPARE(cell(1, RankListModel::ScoreValueRole).toDouble(), 81.25);
        QVERIFY(cell(1, Qt::ToolTipRole).toString().contains(QStringLiteral("80%")));
        QCOMPARE(cell(1, RankListModel::ProvisionalRole).toBool(), false);
        QCOMPARE(cell(3, Qt::DisplayRole).toString(), QStringLiteral("≈ 0.0"));
        QCOMPARE(cell(3, RankListModel::ProvisionalRole).toBool(), true);
        QCOMPARE(cell(3, RankListModel::ScoreRangeRole).toPointF(), QPointF(0, 80));
        QVERIFY(cell(3, Qt::AccessibleTextRole).toString().contains(QStringLiteral("Provisional")));
    }

    void withdrawnEntriesAreFlagged()
    {
        test::RankFixture f;
        QSqlQuery q(f.temp->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE tracks SET withdrawn = 1 WHERE key = "
                                      "'umass-im.primary-care'")));
        RankDocument document(&f.workspace);
        RankListModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.data(model.index(2, RankListModel::TrackColumn))
                    .toString()
                    .contains(QStringLiteral("withdrawn")));
        QCOMPARE(model.data(model.index(2, RankListModel::ComputedColumn)).toString(),
                 QStringLiteral("–"));
        QVERIFY(model.data(model.index(2, RankListModel::TrackColumn), Qt::FontRole)
                    .value<QFont>()
                    .italic());
    }

    void dropsBecomeMoveRequests()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        RankListModel model(&document);
        QSignalSpy moves(&model, &RankListModel::moveRequested);
        auto drag = [&](int row) {
            return model.mimeData({model.index(row, RankListModel::TrackColumn)});
        };
        // Between rows 2 and 3 (before row 3), from row 0: to rank 3.
        std::unique_ptr<QMimeData> data(drag(0));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.at(0).at(0).toLongLong(), f.tracks.at(0).id);
        QCOMPARE(moves.at(0).at(1).toInt(), 3);
        // Onto row 0, from row 3: to rank 1.
        data.reset(drag(3));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(0, 0)));
        QCOMPARE(moves.at(1).at(1).toInt(), 1);
        // After the last row: to the end.
        data.reset(drag(1));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(moves.at(2).at(1).toInt(), 4);
        // Onto itself: nothing to do.
        data.reset(drag(2));
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(2, 0)));
        QCOMPARE(moves.size(), 3);
        // Foreign data is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
        QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    }

    void pinTogglesBecomeRequests()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        RankListModel model(&document);
        QSignalSpy pins(&model, &RankListModel::pinRequested);
        QVERIFY(model.setData(model.index(1, RankListModel::PinnedColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.at(0).at(0).toLongLong(), f.tracks.at(1).id);
        QCOMPARE(pins.at(0).at(1).toBool(), true);
        QVERIFY(!model.setData(model.index(1, RankListModel::ScoreColumn), 3, Qt::EditRole));
    }

    void previewUpdatesScoresOnly()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        RankListModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        document.previewWeight(f.location.id, 20); // mgh cat has Location 5
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.data(model.index(0, RankListModel::ComputedColumn)).toInt(), 1);
    }
};

QTEST_MAIN(TestRankListModel)
#include "tst_ranklistmodel.moc"
