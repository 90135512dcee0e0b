#include "ranking/snapshotdiff.h"

#include <QHash>
#include <QSet>

namespace rw::SnapshotDiff {

QList<SnapshotChange> compare(const Snapshot &snapshot, const QList<RankEntry> &current)
{
    QHash<QString, const SnapshotEntry *> before;
    for (const SnapshotEntry &entry : snapshot.entries)
        before.insert(entry.trackKey, &entry);
    QList<SnapshotChange> changes;
    QSet<QString> present;
    for (const RankEntry &entry : current) {
        present.insert(entry.trackKey);
        SnapshotChange change;
        change.trackKey = entry.trackKey;
        change.label = entry.label();
        change.after = entry.position;
        change.pinnedAfter = entry.pinned;
        if (const SnapshotEntry *old = before.value(entry.trackKey)) {
            change.before = old->position;
            change.pinnedBefore = old->pinned;
            change.kind = old->position == entry.position ? SnapshotChange::Kind::Unchanged
                                                          : SnapshotChange::Kind::Moved;
        } else {
            change.kind = SnapshotChange::Kind::Added;
        }
        changes.append(change);
    }
    for (const SnapshotEntry &entry : snapshot.entries) {
        if (present.contains(entry.trackKey))
            continue;
        SnapshotChange change;
        change.kind = SnapshotChange::Kind::Removed;
        change.trackKey = entry.trackKey;
        change.label = entry.label;
        change.before = entry.position;
        change.pinnedBefore = entry.pinned;
        changes.append(change);
    }
    return changes;
}

bool isUnchanged(const QList<SnapshotChange> &changes)
{
    for (const SnapshotChange &change : changes) {
        if (change.kind != SnapshotChange::Kind::Unchanged
            || change.pinnedBefore != change.pinnedAfter)
            return false;
    }
    return true;
}

} // namespace rw::SnapshotDiff
