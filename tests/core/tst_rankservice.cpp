#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/snapshotrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace rw;

// The list operations the window and the CLI share: planning with the NRMP
// rules, sort by score with pins and an automatic snapshot, restore.
class TestRankService : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::TempDatabase temp;
        RankService service {temp.db()};
        RankListRepository lists {temp.db()};
        CriterionRepository criteria {temp.db()};
        RankList list;
        QList<TrackRef> tracks;

        Fixture()
        {
            list = *lists.create(QStringLiteral("Main"), RankListKind::Primary);
            for (const char *key :
                 {"mgh-im.categorical", "mgh-im.primary-care", "umass-im.categorical",
                  "umass-im.primary-care", "bwh-pcpm.primary-care"})
                tracks.append(*lists.track(QString::fromLatin1(key)));
        }
        ListOrder order() { return *lists.order(list.id); }
        QStringList keys()
        {
            QStringList result;
            const auto entries = lists.entries(list.id);
            for (const RankEntry &e : *entries)
                result.append(e.trackKey);
            return result;
        }
        void rate(int track, const Criterion &c, int value)
        {
            QVERIFY(criteria.setRating(tracks.at(track).id, c.id, value).ok());
        }
    };

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void planning()
    {
        Fixture f;
        const QString name = f.list.name;
        auto order = RankService::planAdd({}, f.tracks.at(0), std::nullopt, name);
        order = RankService::planAdd(*order, f.tracks.at(1), std::nullopt, name);
        order = RankService::planAdd(*order, f.tracks.at(2), 1, name);
        QCOMPARE(order->size(), 3);
        QCOMPARE(order->at(0).trackId, f.tracks.at(2).id);

        auto again = RankService::planAdd(*order, f.tracks.at(0), std::nullopt, name);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY(again.message().contains(QStringLiteral("rank 2")));
        QCOMPARE(RankService::planAdd(*order, f.tracks.at(3), 5, name).error().kind,
                 Error::Kind::Input);
        QCOMPARE(RankService::planAdd(*order, f.tracks.at(3), 0, name).error().kind,
                 Error::Kind::Input);
        TrackRef withdrawn = f.tracks.at(3);
        withdrawn.withdrawn = true;
        QCOMPARE(RankService::planAdd(*order, withdrawn, std::nullopt, name).error().kind,
                 Error::Kind::Input);

        auto moved = RankService::planMove(*order, f.tracks.at(2), 3, name);
        QCOMPARE(moved->at(2).trackId, f.tracks.at(2).id);
        QCOMPARE(RankService::planMove(*order, f.tracks.at(2), 4, name).error().kind,
                 Error::Kind::Input);
        auto notThere = RankService::planMove(*order, f.tracks.at(4), 1, name);
        QCOMPARE(notThere.error().kind, Error::Kind::NotFound);
        QVERIFY(notThere.message().contains(f.tracks.at(4).key));

        auto pinned = RankService::planSetPinned(*order, f.tracks.at(1), true, name);
        QVERIFY(pinned->at(2).pinned);
        auto removed = RankService::planRemove(*pinned, f.tracks.at(0), name);
        QCOMPARE(removed->size(), 2);
    }

    void refuses301stRank()
    {
        ListOrder full;
        for (int i = 0; i < 300; ++i)
            full.append({qint64(1000 + i), false});
        TrackRef track;
        track.id = 5;
        track.key = QStringLiteral("x.y");
        track.label = QStringLiteral("X — Y");
        auto refused = RankService::planAdd(full, track, std::nullopt, QStringLiteral("Main"));
        QCOMPARE(refused.error().kind, Error::Kind::Input);
        QVERIFY(refused.message().contains(QStringLiteral("301")));
        full.removeLast();
        QVERIFY(RankService::planAdd(full, track, std::nullopt, QStringLiteral("Main")).ok());
    }

    void findsTheDefaultList()
    {
        test::TempDatabase temp;
        RankService service(temp.db());
        const auto none = service.findList({});
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
        // The plain fact, with a code each face turns into its own hint.
        QCOMPARE(none.error().code, Error::Code::NoRankLists);
        QVERIFY2(!none.message().contains(QStringLiteral("list create")),
                 qPrintable(none.message()));
        const auto named = service.findList(QStringLiteral("Main"));
        QCOMPARE(named.error().code, Error::Code::NoRankLists);
        QVERIFY(named.message().contains(QStringLiteral("Main")));
        RankListRepository lists(temp.db());
        QVERIFY(lists.create(QStringLiteral("A prelim"), RankListKind::Supplemental).ok());
        QVERIFY(lists.create(QStringLiteral("Zed"), RankListKind::Primary).ok());
        QCOMPARE(service.findList({})->name, QStringLiteral("Zed"));
        QCOMPARE(service.findList(QStringLiteral("a prelim"))->kind, RankListKind::Supplemental);
    }

    void analysisReadsRatingsFactsAndFeatures()
    {
        Fixture f;
        const auto culture = *f.criteria.add(test::makeCriterion(QStringLiteral("Culture"), 2));
        Criterion advocacy;
        advocacy.name = QStringLiteral("Advocacy");
        advocacy.weight = 1;
        advocacy.kind = CriterionKind::Feature;
        advocacy.parameter = QStringLiteral("advocacy");
        QVERIFY(f.criteria.add(advocacy).ok());
        Criterion sites;
        sites.name = QStringLiteral("Sites");
        sites.weight = 1;
        sites.kind = CriterionKind::Attribute;
        sites.parameter = QStringLiteral("continuity-sites");
        QVERIFY(f.criteria.add(sites).ok());
        // mgh categorical, mgh primary care, umass categorical
        QVERIFY(f.service
                    .applyOrder(f.list.id,
                                {{f.tracks.at(0).id, false},
                                 {f.tracks.at(1).id, false},
                                 {f.tracks.at(2).id, false}})
                    .ok());
        f.rate(0, culture, 5);
        f.rate(1, culture, 3);
        auto analysis = f.service.analyse(f.list.id);
        QVERIFY2(analysis.ok(), test::why(analysis).constData());
        QCOMPARE(analysis->entryCount(), 3);
        // Raw values: ratings, feature presence (recorded, else unknown), site
        // counts (11, 9, none).
        QCOMPARE(*analysis->rawValue(0, 0), 5.0);
        QCOMPARE(*analysis->rawValue(0, 1), 1.0); // buprenorphine training
        QCOMPARE(*analysis->rawValue(1, 1), 1.0);
        QCOMPARE(*analysis->rawValue(0, 2), 11.0);
        QCOMPARE(*analysis->rawValue(1, 2), 9.0);
        QVERIFY(!analysis->rawValue(2, 2));
        // mgh cat: (2*1 + 1 + 1) / 4 = 1; mgh pc: (2*0.5 + 1 + 0) / 4 = 0.5;
        // umass cat: nothing known (the catalog names no advocacy: unknown,
        // not No) -> no score.
        QCOMPARE(*analysis->score(0), 100.0);
        QCOMPARE(*analysis->score(1), 50.0);
        QVERIFY(!analysis->score(2));
        QVERIFY(analysis->missing(0).isEmpty());
        QCOMPARE(analysis->missing(2),
                 (QStringList {QStringLiteral("Culture"), QStringLiteral("Advocacy"),
                               QStringLiteral("Sites")}));
    }

    void sortKeepsPinsAndSnapshotsFirst()
    {
        Fixture f;
        const auto culture = *f.criteria.add(test::makeCriterion(QStringLiteral("Culture"), 1));
        // User order: 0 1 2 3 4, with 1 pinned; scores put 4 3 2 1 0 (0 unrated).
        ListOrder order;
        for (int i = 0; i < 5; ++i)
            order.append({f.tracks.at(i).id, i == 1});
        QVERIFY(f.service.applyOrder(f.list.id, order).ok());
        f.rate(1, culture, 1);
        f.rate(2, culture, 2);
        f.rate(3, culture, 4);
        f.rate(4, culture, 5);
        const QStringList before = f.keys();

        auto snapshot = f.service.sortByScore(f.list.id);
        QVERIFY2(snapshot.ok(), test::why(snapshot).constData());
        QCOMPARE(snapshot->reason, SnapshotReason::BeforeSort);
        QStringList snapshotKeys;
        for (const SnapshotEntry &e : snapshot->entries)
            snapshotKeys.append(e.trackKey);
        QCOMPARE(snapshotKeys, before);

        // Pinned mgh primary care stays 2nd; the rest by score, unrated last.
        QCOMPARE(f.keys(),
                 (QStringList {QStringLiteral("bwh-pcpm.primary-care"),
                               QStringLiteral("mgh-im.primary-care"),
                               QStringLiteral("umass-im.primary-care"),
                               QStringLiteral("umass-im.categorical"),
                               QStringLiteral("mgh-im.categorical")}));
        QVERIFY(f.order().at(1).pinned);
        QCOMPARE(SnapshotRepository(f.temp.db()).all(f.list.id)->size(), 1);
    }

    void sortPutsWithdrawnLast()
    {
        Fixture f;
        const auto culture = *f.criteria.add(test::makeCriterion(QStringLiteral("Culture"), 1));
        QVERIFY(f.service
                    .applyOrder(f.list.id,
                                {{f.tracks.at(2).id, false},
                                 {f.tracks.at(0).id, false},
                                 {f.tracks.at(1).id, false}})
                    .ok());
        f.rate(2, culture, 5); // umass categorical rated best, then withdrawn
        f.rate(0, culture, 2);
        f.rate(1, culture, 4);
        QSqlQuery q(f.temp->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE tracks SET withdrawn = 1 WHERE key = "
                                      "'umass-im.categorical'")));
        auto analysis = f.service.analyse(f.list.id);
        QVERIFY(!analysis->score(0));
        QVERIFY(!analysis->computedPosition(0));
        QVERIFY(f.service.sortByScore(f.list.id).ok());
        QCOMPARE(f.keys(),
                 (QStringList {QStringLiteral("mgh-im.primary-care"),
                               QStringLiteral("mgh-im.categorical"),
                               QStringLiteral("umass-im.categorical")}));
    }

    void restoreSnapshot()
    {
        Fixture f;
        QVERIFY(
            f.service.applyOrder(f.list.id, {{f.tracks.at(0).id, true}, {f.tracks.at(1).id, false}})
                .ok());
        const auto snapshot = *SnapshotRepository(f.temp.db())
                                   .take(f.list.id, QStringLiteral("v1"), SnapshotReason::Manual);
        QVERIFY(f.service
                    .applyOrder(f.list.id, {{f.tracks.at(2).id, false}, {f.tracks.at(1).id, false}})
                    .ok());
        auto restored = f.service.restoreSnapshot(snapshot.id);
        QVERIFY2(restored.ok(), test::why(restored).constData());
        QCOMPARE(f.order(), (ListOrder {{f.tracks.at(0).id, true}, {f.tracks.at(1).id, false}}));
        QCOMPARE(restored->automatic.reason, SnapshotReason::BeforeRestore);
        QCOMPARE(restored->automatic.entries.constFirst().trackKey, f.tracks.at(2).key);
        QVERIFY(restored->skipped.isEmpty());
        QCOMPARE(f.service.restoreSnapshot(987654).error().kind, Error::Kind::NotFound);
    }

    void restoreSkipsTracksThatAreGone()
    {
        Fixture f;
        Snapshot snapshot;
        snapshot.listId = f.list.id;
        snapshot.entries = {{1, QStringLiteral("my-gone.track"), QStringLiteral("Gone"), false},
                            {2, f.tracks.at(3).key, f.tracks.at(3).label, true}};
        QStringList skipped;
        auto order = f.service.orderFromSnapshot(snapshot, &skipped);
        QCOMPARE(*order, (ListOrder {{f.tracks.at(3).id, true}}));
        QCOMPARE(skipped, QStringList {QStringLiteral("my-gone.track")});
    }

    void suggestedCriteriaOnce()
    {
        test::TempDatabase temp;
        RankService service(temp.db());
        CriterionRepository criteria(temp.db());
        QVERIFY(criteria.add(test::makeCriterion(QStringLiteral("location"), 40)).ok());
        auto added = service.addSuggestedCriteria();
        QVERIFY(added.ok());
        QCOMPARE(added->size(), 8); // "Location" was taken
        QCOMPARE(service.addSuggestedCriteria()->size(), 0);
        QCOMPARE(criteria.all()->size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestRankService)
#include "tst_rankservice.moc"
