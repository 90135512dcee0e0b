#include "storage/ranklistrepository.h"
#include "storage/trackfactsrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace rw;

// The facts attribute and feature criteria read, from the bundled catalog.
class TestTrackFactsRepository : public QObject
{
    Q_OBJECT

private:
    static TrackFacts factsOf(Database &db, const QString &key)
    {
        const qint64 id = RankListRepository(db).track(key)->id;
        return TrackFactsRepository(db).factsFor({id})->value(id);
    }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void attributes()
    {
        test::TempDatabase temp;
        // UMass primary care: 50-60% ambulatory -> 55.
        const auto umass = factsOf(temp.db(), QStringLiteral("umass-im.primary-care"));
        QCOMPARE(*umass.attribute(CriterionAttribute::AmbulatoryShare), 55.0);
        QVERIFY(!umass.attribute(CriterionAttribute::AmbulatoryMonths));
        QVERIFY(!umass.attribute(CriterionAttribute::ContinuitySites)); // none recorded
        // MGH primary care: 10-15 ambulatory months; 9 of the 13 sites take it.
        const auto mgh = factsOf(temp.db(), QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(*mgh.attribute(CriterionAttribute::AmbulatoryMonths), 12.5);
        QCOMPARE(*mgh.attribute(CriterionAttribute::ContinuitySites), 9.0);
        QCOMPARE(*factsOf(temp.db(), QStringLiteral("mgh-im.global-primary-care"))
                      .attribute(CriterionAttribute::ContinuitySites),
                 1.0);
        QVERIFY(!mgh.withdrawn);
        QVERIFY(!criterionAttributeFromId(QStringLiteral("unknown")));
    }

    void withdrawnSitesDoNotCount()
    {
        test::TempDatabase temp;
        QSqlQuery q(temp->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE sites SET withdrawn = 1 WHERE key = 'mgh-im@chelsea'")));
        QCOMPARE(*factsOf(temp.db(), QStringLiteral("mgh-im.primary-care"))
                      .attribute(CriterionAttribute::ContinuitySites),
                 8.0);
        // The global primary care track had only Chelsea: now missing, not 0.
        QVERIFY(!factsOf(temp.db(), QStringLiteral("mgh-im.global-primary-care"))
                     .attribute(CriterionAttribute::ContinuitySites));
    }

    void featuresByTrack()
    {
        test::TempDatabase temp;
        // Retreats at MGH are specific to the primary care track; its
        // advocacy (buprenorphine training) is on the categorical track too.
        const auto pc = factsOf(temp.db(), QStringLiteral("mgh-im.primary-care"));
        const auto cat = factsOf(temp.db(), QStringLiteral("mgh-im.categorical"));
        QCOMPARE(*pc.feature(QStringLiteral("retreats")), 1.0);
        QCOMPARE(*cat.feature(QStringLiteral("retreats")), 0.0);
        QCOMPARE(*pc.feature(QStringLiteral("advocacy")), 1.0);
        QVERIFY(!pc.featureSource(QStringLiteral("advocacy")).isEmpty());
        // Both MGH tracks have the buprenorphine training (an advocacy
        // feature), each with its source.
        QCOMPARE(*cat.feature(QStringLiteral("advocacy")), 1.0);
        QVERIFY(!cat.featureSource(QStringLiteral("advocacy")).isEmpty());
        // Program-wide features count for every track.
        QCOMPARE(*cat.feature(QStringLiteral("leadership")), 1.0);
        QCOMPARE(*pc.feature(QStringLiteral("leadership")), 1.0);
        QVERIFY(!factsOf(temp.db(), QStringLiteral("umass-im.categorical"))
                     .feature(QStringLiteral("research")));
    }

    // Issue 14: a program whose curriculum names no item of a category (BWH's
    // primary-care program and ambulatory training) is unknown there, not "No".
    void silenceIsNotNo()
    {
        test::TempDatabase temp;
        QSqlQuery q(temp->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO programs(key, name, origin, source) VALUES "
                                      "('my-y', 'Y', 'user', 'added by user')")));
        const qint64 program = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tracks(key, program_id, position, name, type, "
                                      "origin, source) VALUES ('my-y.pc', %1, 0, 'PC', "
                                      "'primary-care', 'user', 'added by user')")
                           .arg(program)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO features(key, program_id, position, category, "
                                      "name, origin, source) VALUES ('my-y#r', %1, 0, 'research', "
                                      "'R', 'user', 'y.json')")
                           .arg(program)));
        const auto facts = factsOf(temp.db(), QStringLiteral("my-y.pc"));
        QCOMPARE(*facts.feature(QStringLiteral("research")), 1.0);
        QCOMPARE(facts.featureSource(QStringLiteral("research")), QStringLiteral("y.json"));
        QVERIFY(!facts.feature(QStringLiteral("ambulatory")).has_value());
    }

    void noCurriculumMeansMissing()
    {
        test::TempDatabase temp;
        QSqlQuery q(temp->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO programs(key, name, origin, source) VALUES "
                                      "('my-x', 'X', 'user', 'added by user')")));
        const qint64 program = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO tracks(key, program_id, position, name, type, "
                                      "origin, source, positions) VALUES ('my-x.c', %1, 0, 'C', "
                                      "'categorical', 'user', 'added by user', 12)")
                           .arg(program)));
        const auto facts = factsOf(temp.db(), QStringLiteral("my-x.c"));
        QVERIFY(!facts.feature(QStringLiteral("research")));
        QCOMPARE(*facts.attribute(CriterionAttribute::Positions), 12.0);
        QVERIFY(TrackFactsRepository(temp.db()).factsFor({})->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrackFactsRepository)
#include "tst_trackfactsrepository.moc"
