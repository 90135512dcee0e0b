#include "storage/criterionrepository.h"
#include "storage/ranklistrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace rw;

class TestCriterionRepository : public QObject
{
    Q_OBJECT

private:
    static qint64 trackId(Database &db, const QString &key)
    {
        return RankListRepository(db).track(key)->id;
    }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void addListAndFind()
    {
        test::TempDatabase temp;
        CriterionRepository criteria(temp.db());
        auto location = criteria.add(test::makeCriterion(QStringLiteral("  Location "), 15));
        QVERIFY2(location.ok(), test::why(location).constData());
        QCOMPARE(location->name, QStringLiteral("Location"));
        QCOMPARE(location->position, 1);
        auto share = criteria.add(test::makeCriterion(QStringLiteral("Ambulatory"), 10,
                                                      CriterionKind::Attribute,
                                                      QStringLiteral("ambulatory-share")));
        QVERIFY(share.ok());
        QCOMPARE(share->position, 2);

        auto all = criteria.all();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).kindSpec(), QStringLiteral("attribute:ambulatory-share"));
        QCOMPARE(criteria.byName(QStringLiteral("location"))->id, location->id);
        auto missing = criteria.byName(QStringLiteral("Cost"));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.message().contains(QStringLiteral("Location, Ambulatory")));
    }

    void refusesBadInputAndChangesNothing()
    {
        test::TempDatabase temp;
        CriterionRepository criteria(temp.db());
        QVERIFY(criteria.add(test::makeCriterion(QStringLiteral("Location"), 15)).ok());
        QCOMPARE(criteria.add(test::makeCriterion(QStringLiteral("Cost"), -1)).error().kind,
                 Error::Kind::Input);
        QCOMPARE(criteria.add(test::makeCriterion(QStringLiteral("Cost"), 1001)).error().kind,
                 Error::Kind::Input);
        QCOMPARE(criteria.add(test::makeCriterion(QStringLiteral(""), 1)).error().kind,
                 Error::Kind::Input);
        QCOMPARE(criteria.add(test::makeCriterion(QStringLiteral("LOCATION"), 1)).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(criteria
                     .add(test::makeCriterion(QStringLiteral("X"), 1, CriterionKind::Attribute,
                                              QStringLiteral("salary")))
                     .error()
                     .kind,
                 Error::Kind::Input);
        QCOMPARE(criteria
                     .add(test::makeCriterion(QStringLiteral("X"), 1, CriterionKind::Feature,
                                              QStringLiteral("parking")))
                     .error()
                     .kind,
                 Error::Kind::Input);
        QCOMPARE(criteria.all()->size(), 1);

        const qint64 id = criteria.all()->constFirst().id;
        QCOMPARE(criteria.setWeight(id, -0.5).error().kind, Error::Kind::Input);
        QCOMPARE(criteria.setWeight(id, std::numeric_limits<double>::quiet_NaN()).error().kind,
                 Error::Kind::Input);
        QCOMPARE(criteria.byId(id)->weight, 15.0);
        QCOMPARE(criteria.setWeight(9999, 3).error().kind, Error::Kind::NotFound);
    }

    void kindSpecs()
    {
        QCOMPARE(CriterionRules::parseKindSpec(QStringLiteral("rating"))->first,
                 CriterionKind::Rating);
        auto feature = CriterionRules::parseKindSpec(QStringLiteral("feature:research"));
        QCOMPARE(feature->first, CriterionKind::Feature);
        QCOMPARE(feature->second, QStringLiteral("research"));
        QVERIFY(!CriterionRules::parseKindSpec(QStringLiteral("rating:5")).ok());
        QVERIFY(!CriterionRules::parseKindSpec(QStringLiteral("vibes")).ok());
        QVERIFY(!CriterionRules::parseKindSpec(QStringLiteral("attribute")).ok());
        QCOMPARE(*CriterionRules::parseWeight(QStringLiteral("2.5")), 2.5);
        QVERIFY(!CriterionRules::parseWeight(QStringLiteral("two")).ok());
        QVERIFY(!CriterionRules::parseWeight(QStringLiteral("-3")).ok());
        QVERIFY(!CriterionRules::parseWeight(QStringLiteral("inf")).ok());
    }

    void renameAndDirection()
    {
        test::TempDatabase temp;
        CriterionRepository criteria(temp.db());
        const auto a = *criteria.add(test::makeCriterion(QStringLiteral("Location"), 1));
        const auto b = *criteria.add(test::makeCriterion(QStringLiteral("Cost"), 1));
        QVERIFY(criteria.rename(a.id, QStringLiteral("Place")).ok());
        QCOMPARE(criteria.rename(b.id, QStringLiteral("place")).error().kind,
                 Error::Kind::Conflict);
        QVERIFY(criteria.rename(a.id, QStringLiteral("PLACE")).ok()); // its own name, recased
        QVERIFY(criteria.setDirection(b.id, Direction::LowerIsBetter).ok());
        QCOMPARE(criteria.byId(b.id)->direction, Direction::LowerIsBetter);
        QCOMPARE(criteria.byId(a.id)->name, QStringLiteral("PLACE"));
    }

    void ratings()
    {
        test::TempDatabase temp;
        CriterionRepository criteria(temp.db());
        const auto location = *criteria.add(test::makeCriterion(QStringLiteral("Location"), 1));
        const auto share =
            *criteria.add(test::makeCriterion(QStringLiteral("Share"), 1, CriterionKind::Attribute,
                                              QStringLiteral("ambulatory-share")));
        const qint64 track = trackId(temp.db(), QStringLiteral("mgh-im.primary-care"));

        QVERIFY(criteria.setRating(track, location.id, 4).ok());
        QCOMPARE(*criteria.rating(track, location.id).value(), 4);
        QVERIFY(criteria.setRating(track, location.id, 5).ok()); // replaces
        QCOMPARE(*criteria.rating(track, location.id).value(), 5);

        QCOMPARE(criteria.setRating(track, location.id, 0).error().kind, Error::Kind::Input);
        QCOMPARE(criteria.setRating(track, location.id, 6).error().kind, Error::Kind::Input);
        QCOMPARE(criteria.setRating(track, share.id, 3).error().kind, Error::Kind::Input);
        QCOMPARE(criteria.setRating(987654, location.id, 3).error().kind, Error::Kind::NotFound);
        QCOMPARE(*criteria.rating(track, location.id).value(), 5);

        QVERIFY(criteria.setRating(track, location.id, std::nullopt).ok());
        QVERIFY(!criteria.rating(track, location.id).value().has_value());

        QCOMPARE(*CriterionRepository::parseRating(QStringLiteral("3")).value(), 3);
        QVERIFY(!CriterionRepository::parseRating(QStringLiteral("none")).value().has_value());
        QVERIFY(!CriterionRepository::parseRating(QStringLiteral("3.5")).ok());
        QVERIFY(!CriterionRepository::parseRating(QStringLiteral("6")).ok());
    }

    void removeAndRestoreKeepsRatings()
    {
        test::TempDatabase temp;
        CriterionRepository criteria(temp.db());
        const auto a = *criteria.add(test::makeCriterion(QStringLiteral("Location"), 3));
        const auto b = *criteria.add(test::makeCriterion(QStringLiteral("Culture"), 2));
        const qint64 t1 = trackId(temp.db(), QStringLiteral("mgh-im.primary-care"));
        const qint64 t2 = trackId(temp.db(), QStringLiteral("umass-im.categorical"));
        QVERIFY(criteria.setRating(t1, a.id, 4).ok());
        QVERIFY(criteria.setRating(t2, a.id, 2).ok());
        const auto ratings = *criteria.ratingsFor(a.id);
        QCOMPARE(ratings.size(), 2);

        QVERIFY(criteria.remove(a.id).ok());
        QCOMPARE(criteria.all()->size(), 1);
        QVERIFY(criteria.ratings()->isEmpty()); // cascade

        QVERIFY(criteria.restore(a, ratings).ok());
        auto all = *criteria.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, a.id); // back in its place
        QCOMPARE(all.at(1).id, b.id);
        QCOMPARE(*criteria.ratingsFor(a.id), ratings);
    }

    void suggestedSetIsValid()
    {
        const auto suggested = suggestedCriteria();
        QCOMPARE(suggested.size(), 9);
        double total = 0;
        for (const Criterion &c : suggested) {
            total += c.weight;
            QVERIFY(CriterionRules::parseKindSpec(c.kindSpec()).ok());
        }
        QCOMPARE(total, 100.0);
    }
};

QTEST_GUILESS_MAIN(TestCriterionRepository)
#include "tst_criterionrepository.moc"
