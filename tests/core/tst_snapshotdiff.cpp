#include "ranking/snapshotdiff.h"

#include <QTest>

using namespace rw;

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private:
    static RankEntry entry(const QString &key, int position, bool pinned = false)
    {
        RankEntry e;
        e.trackKey = key;
        e.trackName = key;
        e.position = position;
        e.pinned = pinned;
        return e;
    }

private Q_SLOTS:
    void movedAddedRemoved()
    {
        Snapshot snapshot;
        snapshot.entries = {{1, QStringLiteral("a.x"), QStringLiteral("A"), false},
                            {2, QStringLiteral("b.x"), QStringLiteral("B"), false},
                            {3, QStringLiteral("c.x"), QStringLiteral("C"), false}};
        const QList<RankEntry> now {entry(QStringLiteral("b.x"), 1),
                                    entry(QStringLiteral("a.x"), 2, true),
                                    entry(QStringLiteral("d.x"), 3)};
        const auto changes = SnapshotDiff::compare(snapshot, now);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(0).kind, SnapshotChange::Kind::Moved);
        QCOMPARE(changes.at(0).before, 2);
        QCOMPARE(changes.at(0).after, 1);
        QCOMPARE(changes.at(1).kind, SnapshotChange::Kind::Moved);
        QVERIFY(changes.at(1).pinnedAfter && !changes.at(1).pinnedBefore);
        QCOMPARE(changes.at(2).kind, SnapshotChange::Kind::Added);
        QCOMPARE(changes.at(2).before, 0);
        QCOMPARE(changes.at(3).kind, SnapshotChange::Kind::Removed);
        QCOMPARE(changes.at(3).label, QStringLiteral("C"));
        QCOMPARE(changes.at(3).after, 0);
        QVERIFY(!SnapshotDiff::isUnchanged(changes));
    }

    void unchanged()
    {
        Snapshot snapshot;
        snapshot.entries = {{1, QStringLiteral("a.x"), QStringLiteral("A"), true}};
        QVERIFY(SnapshotDiff::isUnchanged(
            SnapshotDiff::compare(snapshot, {entry(QStringLiteral("a.x"), 1, true)})));
        // Only the pin changed: that is a change.
        QVERIFY(!SnapshotDiff::isUnchanged(
            SnapshotDiff::compare(snapshot, {entry(QStringLiteral("a.x"), 1, false)})));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
