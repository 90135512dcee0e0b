#include "storage/ranklistrepository.h"
#include "storage/snapshotrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace rw;

// Lists, their orders and snapshots.
class TestRankListRepository : public QObject
{
    Q_OBJECT

private:
    // `count` user tracks in one user program, for lists longer than the catalog.
    static QList<qint64> addTracks(Database &db, int count)
    {
        QList<qint64> ids;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("INSERT INTO programs(key, name, origin, source) VALUES "
                              "('my-big', 'Big Program', 'user', 'added by user')"));
        const qint64 program = q.lastInsertId().toLongLong();
        for (int i = 0; i < count; ++i) {
            q.prepare(QStringLiteral("INSERT INTO tracks(key, program_id, position, name, type, "
                                     "origin, source) VALUES (?, ?, ?, ?, 'categorical', 'user', "
                                     "'added by user')"));
            q.addBindValue(QStringLiteral("my-big.t%1").arg(i));
            q.addBindValue(program);
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("Track %1").arg(i));
            if (!q.exec())
                qFatal("insert failed");
            ids.append(q.lastInsertId().toLongLong());
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void createFindRemove()
    {
        test::TempDatabase temp;
        RankListRepository lists(temp.db());
        auto supplemental = lists.create(QStringLiteral("Prelim"), RankListKind::Supplemental);
        QVERIFY(supplemental.ok());
        auto main = lists.create(QStringLiteral("Main"), RankListKind::Primary);
        QVERIFY(main.ok());
        QCOMPARE(lists.all()->constFirst().name, QStringLiteral("Main")); // primary first
        QCOMPARE(lists.create(QStringLiteral("main"), RankListKind::Primary).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(lists.create(QStringLiteral("  "), RankListKind::Primary).error().kind,
                 Error::Kind::Input);
        QCOMPARE(lists.byName(QStringLiteral("MAIN"))->id, main->id);
        auto missing = lists.byName(QStringLiteral("Other"));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QCOMPARE(missing.error().code, Error::Code::None); // there are lists to choose from
        QVERIFY(missing.message().contains(QStringLiteral("Main")));
        QVERIFY(lists.remove(supplemental->id).ok());
        QCOMPARE(lists.all()->size(), 1);
    }

    void ordersAreWrittenWhole()
    {
        test::TempDatabase temp;
        RankListRepository lists(temp.db());
        const auto list = *lists.create(QStringLiteral("Main"), RankListKind::Primary);
        const qint64 a = lists.track(QStringLiteral("mgh-im.primary-care"))->id;
        const qint64 b = lists.track(QStringLiteral("umass-im.categorical"))->id;
        const qint64 c = lists.track(QStringLiteral("bwh-pcpm.primary-care"))->id;
        QVERIFY(lists.setOrder(list.id, {{b, false}, {a, true}, {c, false}}).ok());
        const auto entries = *lists.entries(list.id);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).trackKey, QStringLiteral("umass-im.categorical"));
        QCOMPARE(entries.at(1).position, 2);
        QVERIFY(entries.at(1).pinned);
        QCOMPARE(entries.at(1).programKey, QStringLiteral("mgh-im"));
        QVERIFY(!entries.at(1).programName.isEmpty());
        QCOMPARE(*lists.order(list.id), (ListOrder {{b, false}, {a, true}, {c, false}}));

        // A duplicate is refused and the stored order stays.
        QCOMPARE(lists.setOrder(list.id, {{a, false}, {a, false}}).error().kind,
                 Error::Kind::Input);
        QCOMPARE(lists.order(list.id)->size(), 3);
        // An unknown track fails inside the transaction: nothing changes.
        QVERIFY(!lists.setOrder(list.id, {{a, false}, {987654, false}}).ok());
        QCOMPARE(*lists.order(list.id), (ListOrder {{b, false}, {a, true}, {c, false}}));
    }

    void refuses301stRank()
    {
        test::TempDatabase temp;
        RankListRepository lists(temp.db());
        const auto list = *lists.create(QStringLiteral("Main"), RankListKind::Primary);
        const auto ids = addTracks(temp.db(), 301);
        ListOrder order;
        for (int i = 0; i < 300; ++i)
            order.append({ids.at(i), false});
        QVERIFY(lists.setOrder(list.id, order).ok());
        order.append({ids.at(300), false});
        auto refused = lists.setOrder(list.id, order);
        QCOMPARE(refused.error().kind, Error::Kind::Input);
        QVERIFY(refused.message().contains(QStringLiteral("300")));
        QCOMPARE(lists.order(list.id)->size(), 300);
    }

    void withdrawnTracksAreFlagged()
    {
        test::TempDatabase temp;
        RankListRepository lists(temp.db());
        const auto list = *lists.create(QStringLiteral("Main"), RankListKind::Primary);
        const auto track = *lists.track(QStringLiteral("umass-im.primary-care"));
        QVERIFY(!track.withdrawn);
        QVERIFY(lists.setOrder(list.id, {{track.id, false}}).ok());
        QSqlQuery q(temp->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE programs SET withdrawn = 1 WHERE key = 'umass-im'")));
        QVERIFY(lists.track(QStringLiteral("umass-im.primary-care"))->withdrawn);
        QVERIFY(lists.entries(list.id)->constFirst().withdrawn);
        QCOMPARE(lists.track(QStringLiteral("Not a key")).error().kind, Error::Kind::Input);
        QCOMPARE(lists.track(QStringLiteral("mgh-im.nothing")).error().kind, Error::Kind::NotFound);
    }

    void snapshotsTakeListRemoveRestore()
    {
        test::TempDatabase temp;
        RankListRepository lists(temp.db());
        SnapshotRepository snapshots(temp.db());
        const auto list = *lists.create(QStringLiteral("Main"), RankListKind::Primary);
        const qint64 a = lists.track(QStringLiteral("mgh-im.primary-care"))->id;
        const qint64 b = lists.track(QStringLiteral("umass-im.categorical"))->id;
        QVERIFY(lists.setOrder(list.id, {{a, true}, {b, false}}).ok());

        auto first =
            snapshots.take(list.id, QStringLiteral("after interviews"), SnapshotReason::Manual);
        QVERIFY2(first.ok(), test::why(first).constData());
        QCOMPARE(first->entries.size(), 2);
        QCOMPARE(first->entries.at(0).trackKey, QStringLiteral("mgh-im.primary-care"));
        QVERIFY(first->entries.at(0).pinned);
        QVERIFY(first->entries.at(0).label.contains(QStringLiteral("—")));

        QVERIFY(lists.setOrder(list.id, {{b, false}}).ok());
        auto second = snapshots.take(list.id, {}, SnapshotReason::BeforeSort);
        QVERIFY(second.ok());
        auto all = *snapshots.all(list.id);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, second->id); // newest first
        QCOMPARE(all.at(1).label, QStringLiteral("after interviews"));
        QCOMPARE(all.at(1).entries, first->entries);
        QCOMPARE(all.at(0).reason, SnapshotReason::BeforeSort);

        QVERIFY(snapshots.remove(first->id).ok());
        QCOMPARE(snapshots.byId(first->id).error().kind, Error::Kind::NotFound);
        QVERIFY(snapshots.restore(*first).ok());
        auto back = snapshots.byId(first->id);
        QCOMPARE(back->entries, first->entries);
        QCOMPARE(back->takenAt, first->takenAt);

        QVERIFY(!SnapshotRepository::checkLabel(QString(201, u'x')).ok());
        QCOMPARE(snapshots.take(987654, {}, SnapshotReason::Manual).error().kind,
                 Error::Kind::NotFound);
    }

    void deletedListComesBackWhole()
    {
        test::TempDatabase temp;
        RankListRepository lists(temp.db());
        SnapshotRepository snapshots(temp.db());
        const auto list = *lists.create(QStringLiteral("Main"), RankListKind::Primary);
        const qint64 a = lists.track(QStringLiteral("mgh-im.primary-care"))->id;
        QVERIFY(lists.setOrder(list.id, {{a, true}}).ok());
        const auto snapshot = *snapshots.take(list.id, QStringLiteral("x"), SnapshotReason::Manual);
        const auto order = *lists.order(list.id);
        const auto kept = *snapshots.all(list.id);

        QVERIFY(lists.remove(list.id).ok());
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM snapshots")).toInt(),
                 0);
        QVERIFY(lists.restore(list, order, kept).ok());
        QCOMPARE(*lists.order(list.id), order);
        QCOMPARE(snapshots.byId(snapshot.id)->entries, snapshot.entries);
        QCOMPARE(lists.byId(list.id)->name, QStringLiteral("Main"));
    }
};

QTEST_GUILESS_MAIN(TestRankListRepository)
#include "tst_ranklistrepository.moc"
