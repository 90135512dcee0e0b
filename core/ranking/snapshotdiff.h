#pragma once

#include "model/ranklist.h"
#include "model/snapshot.h"

#include <QList>
#include <QString>

namespace rw {

// What changed between a snapshot and the list as it is now.
struct SnapshotChange
{
    enum class Kind {
        Moved, // on both, at another place
        Added, // on the list now, not in the snapshot
        Removed, // in the snapshot, not on the list now
        Unchanged,
    };
    Kind kind = Kind::Unchanged;
    QString trackKey;
    QString label;
    int before = 0; // position in the snapshot, 0 when absent
    int after = 0; // position now, 0 when absent
    bool pinnedBefore = false;
    bool pinnedAfter = false;
};

namespace SnapshotDiff {
// One change per track, in the current order, then the removed ones in
// their snapshot order.
QList<SnapshotChange> compare(const Snapshot &snapshot, const QList<RankEntry> &current);
// True when nothing moved, arrived, left or changed its pin.
bool isUnchanged(const QList<SnapshotChange> &changes);
} // namespace SnapshotDiff

} // namespace rw
