#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/ranklistrepository.h"
#include "storage/uservaluerepository.h"
#include "testsupport.h"

#include <QTest>

using namespace rw;

// The user's values of any criterion: checked against the kind, winning over
// the catalog's facts in scoring, cleared back to them.
class TestUserValueRepository : public QObject
{
    Q_OBJECT

private:
    static Criterion make(const QString &name, CriterionKind kind, const QString &parameter = {})
    {
        Criterion c;
        c.name = name;
        c.weight = 1;
        c.kind = kind;
        c.parameter = parameter;
        return c;
    }

    static qint64 trackId(Database &db, const QString &key)
    {
        return RankListRepository(db).track(key)->id;
    }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void parsesByKind()
    {
        const Criterion rating = make(QStringLiteral("Culture"), CriterionKind::Rating);
        const Criterion feature =
            make(QStringLiteral("Research"), CriterionKind::Feature, QStringLiteral("research"));
        const Criterion share = make(QStringLiteral("Share"), CriterionKind::Attribute,
                                     QStringLiteral("ambulatory-share"));
        QCOMPARE(**UserValueRepository::parse(rating, QStringLiteral("4")), 4.0);
        QVERIFY(!UserValueRepository::parse(rating, QStringLiteral("6")));
        QVERIFY(!UserValueRepository::parse(rating, QStringLiteral("yes")));
        QCOMPARE(**UserValueRepository::parse(feature, QStringLiteral("Yes")), 1.0);
        QCOMPARE(**UserValueRepository::parse(feature, QStringLiteral("no")), 0.0);
        QVERIFY(!UserValueRepository::parse(feature, QStringLiteral("1")));
        QCOMPARE(**UserValueRepository::parse(share, QStringLiteral("42.5")), 42.5);
        QVERIFY(!UserValueRepository::parse(share, QStringLiteral("lots")));
        QVERIFY(!UserValueRepository::parse(share, QStringLiteral("120")));
        QVERIFY(!UserValueRepository::parse(share, QStringLiteral("nan")));
        for (const Criterion &c : {rating, feature, share})
            QVERIFY(!UserValueRepository::parse(c, QStringLiteral(" none "))->has_value());
    }

    void userValueWinsAndClearsBack()
    {
        test::TempDatabase temp;
        CriterionRepository criteria(temp.db());
        const Criterion advocacy = *criteria.add(
            make(QStringLiteral("Advocacy"), CriterionKind::Feature, QStringLiteral("advocacy")));
        const Criterion culture =
            *criteria.add(make(QStringLiteral("Culture"), CriterionKind::Rating));
        RankListRepository lists(temp.db());
        const RankList list = *lists.create(QStringLiteral("Main"), RankListKind::Primary);
        const qint64 pc = trackId(temp.db(), QStringLiteral("mgh-im.primary-care"));
        const qint64 cat = trackId(temp.db(), QStringLiteral("umass-im.categorical"));
        QVERIFY(lists.setOrder(list.id, {{pc, false}, {cat, false}}).ok());
        RankService service(temp.db());

        auto before = service.analyse(list.id);
        QVERIFY(before.ok());
        // The catalog records advocacy for MGH primary care; for UMass: unknown.
        QCOMPARE(before->origin(0, 0).source, ListAnalysis::Source::Catalog);
        QVERIFY(!before->origin(0, 0).catalogSource.isEmpty());
        QCOMPARE(before->origin(1, 0).source, ListAnalysis::Source::None);

        UserValueRepository values(temp.db());
        // The user says "No" where the catalog says Yes, and rates through the same call.
        QVERIFY(values.set(pc, advocacy.id, 0.0).ok());
        QVERIFY(values.set(cat, culture.id, 3.0).ok());
        QCOMPARE(**values.value(pc, advocacy.id), 0.0);
        QCOMPARE(**values.value(cat, culture.id), 3.0);
        QCOMPARE(**criteria.rating(cat, culture.id), 3);
        // Wrong values change nothing.
        QCOMPARE(values.set(pc, advocacy.id, 0.5).error().kind, Error::Kind::Input);
        QCOMPARE(values.set(cat, culture.id, 2.5).error().kind, Error::Kind::Input);
        QCOMPARE(values.set(987654, advocacy.id, 1.0).error().kind, Error::Kind::NotFound);
        QCOMPARE(**values.value(pc, advocacy.id), 0.0);

        auto after = service.analyse(list.id);
        QVERIFY(after.ok());
        QCOMPARE(*after->rawValue(0, 0), 0.0);
        const auto origin = after->origin(0, 0);
        QCOMPARE(origin.source, ListAnalysis::Source::You);
        QCOMPARE(*origin.catalogValue, 1.0); // the catalog's, kept as the suggestion
        QCOMPARE(after->origin(1, 1).source, ListAnalysis::Source::You);
        QCOMPARE(values.onList(list.id)->size(), 1);

        // Cleared: back to the catalog's Yes.
        QVERIFY(values.set(pc, advocacy.id, std::nullopt).ok());
        QVERIFY(!values.value(pc, advocacy.id)->has_value());
        auto cleared = service.analyse(list.id);
        QCOMPARE(*cleared->rawValue(0, 0), 1.0);
        QCOMPARE(cleared->origin(0, 0).source, ListAnalysis::Source::Catalog);
    }

    void restorePutsValuesBack()
    {
        test::TempDatabase temp;
        CriterionRepository criteria(temp.db());
        const Criterion share = *criteria.add(make(
            QStringLiteral("Share"), CriterionKind::Attribute, QStringLiteral("ambulatory-share")));
        const qint64 pc = trackId(temp.db(), QStringLiteral("mgh-im.primary-care"));
        UserValueRepository values(temp.db());
        QVERIFY(values.set(pc, share.id, 40.0).ok());
        const auto kept = *values.forCriterion(share.id);
        QCOMPARE(kept.size(), 1);
        QVERIFY(criteria.remove(share.id).ok());
        QVERIFY(values.all()->isEmpty()); // removed with the criterion
        QVERIFY(criteria.restore(share, {}).ok());
        QVERIFY(values.restore(kept).ok());
        QCOMPARE(*values.all(), kept);
    }
};

QTEST_GUILESS_MAIN(TestUserValueRepository)
#include "tst_uservaluerepository.moc"
