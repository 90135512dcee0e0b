#include "rank/rankdocument.h"
#include "rank/ratingsmodel.h"
#include "rankfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rw;

class TestRatingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    // A weight moved (previewed or written) changes each column's share of
    // the weight, which the header's tooltip says.
    void headersFollowTheWeights()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        RatingsModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString before = model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString();
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QVERIFY(CriterionRepository(f.temp.db()).setWeight(f.culture.id, 100).ok());
        document.reloadWeights();
        QVERIFY(!headers.isEmpty());
        QCOMPARE(headers.constLast().at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QVERIFY(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString() != before);
    }

    void gridOfTracksByCriteria()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        RatingsModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3); // Culture, Location, Advocacy
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Culture"));
        QVERIFY(model.headerData(0, Qt::Vertical).toString().startsWith(QStringLiteral("1. ")));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, 0).toString(), QStringLiteral("2"));
        QCOMPARE(cell(0, 0, Qt::EditRole).toInt(), 2);
        // Missing shows as a mark and says so in words.
        QCOMPARE(cell(2, 1).toString(), QStringLiteral("–"));
        QVERIFY(!cell(2, 1, Qt::EditRole).isValid());
        QVERIFY(cell(2, 1, Qt::ToolTipRole).toString().contains(QStringLiteral("not rated")));
        QVERIFY(
            cell(2, 1, Qt::AccessibleTextRole).toString().contains(QStringLiteral("not rated")));
        // Features: the MGH tracks' Yes is the catalog's (with its source
        // file); umass's No is the user's (the fixture says so), with no
        // catalog value to suggest. Every cell is editable.
        QCOMPARE(cell(1, 2).toString(), QStringLiteral("Yes"));
        QCOMPARE(cell(1, 2, RatingsModel::SourceRole).toString(), QStringLiteral("catalog"));
        QVERIFY(
            cell(1, 2, Qt::ToolTipRole).toString().contains(QStringLiteral("from the catalog")));
        QVERIFY(cell(1, 2, Qt::ToolTipRole).toString().contains(QStringLiteral(".txt")));
        QVERIFY(!cell(1, 2, Qt::EditRole).isValid()); // not the user's
        QCOMPARE(cell(0, 2).toString(), QStringLiteral("Yes")); // buprenorphine training
        QCOMPARE(cell(0, 2, RatingsModel::SourceRole).toString(), QStringLiteral("catalog"));
        QCOMPARE(cell(2, 2).toString(), QStringLiteral("No"));
        QCOMPARE(cell(2, 2, RatingsModel::SourceRole).toString(), QStringLiteral("you"));
        QVERIFY(
            cell(2, 2, Qt::AccessibleTextRole).toString().contains(QStringLiteral("your value")));
        QCOMPARE(cell(2, 2, Qt::EditRole), QVariant(false));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
        QVERIFY(model.flags(model.index(0, 2)) & Qt::ItemIsEditable);
        QVERIFY(model.isRatingCell(model.index(3, 1)));
        QVERIFY(!model.isRatingCell(model.index(3, 2)));
        QVERIFY(model.isFeatureCell(model.index(3, 2)));
    }

    // Issue 14: the user's value of a fact wins, and clears back to the
    // catalog's, which stays visible as the suggestion.
    void userValuesOverrideTheCatalog()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        RatingsModel model(&document);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QSignalSpy requests(&model, &RatingsModel::valueRequested);
        QVERIFY(model.setData(model.index(1, 2), false, Qt::EditRole));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).at(0).toLongLong(), f.tracks.at(1).id);
        QCOMPARE(requests.at(0).at(2).value<std::optional<double>>(), std::optional<double>(0.0));
        QVERIFY(UserValueRepository(f.temp.db()).set(f.tracks.at(1).id, f.advocacy.id, 0.0).ok());
        document.reload(Workspace::Ratings);
        QCOMPARE(cell(1, 2).toString(), QStringLiteral("No"));
        QCOMPARE(cell(1, 2, RatingsModel::SuggestionRole).toString(), QStringLiteral("Yes"));
        QVERIFY(
            cell(1, 2, Qt::ToolTipRole).toString().contains(QStringLiteral("catalog says Yes")));
        QVERIFY(UserValueRepository(f.temp.db())
                    .set(f.tracks.at(1).id, f.advocacy.id, std::nullopt)
                    .ok());
        document.reload(Workspace::Ratings);
        QCOMPARE(cell(1, 2).toString(), QStringLiteral("Yes"));
        QCOMPARE(cell(1, 2, RatingsModel::SourceRole).toString(), QStringLiteral("catalog"));
    }

    void editsBecomeRequests()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        RatingsModel model(&document);
        QSignalSpy requests(&model, &RatingsModel::ratingRequested);
        QVERIFY(model.setData(model.index(3, 0), 4, Qt::EditRole));
        QVERIFY(model.setData(model.index(0, 0), QVariant(), Qt::EditRole));
        QVERIFY(!model.setData(model.index(0, 2), 1, Qt::EditRole)); // a feature
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).at(0).toLongLong(), f.tracks.at(3).id);
        QCOMPARE(requests.at(0).at(1).toLongLong(), f.culture.id);
        QCOMPARE(requests.at(0).at(2).value<std::optional<int>>(), std::optional<int>(4));
        QCOMPARE(requests.at(1).at(2).value<std::optional<int>>(), std::optional<int>());
    }

    void emptyWithoutList()
    {
        test::RankFixture f(false);
        RankDocument document(&f.workspace);
        RatingsModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_MAIN(TestRatingsModel)
#include "tst_ratingsmodel.moc"
