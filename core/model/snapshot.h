#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace rw {

// Why a snapshot was taken: by hand, or automatically before an operation
// that rewrites the whole order.
enum class SnapshotReason { Manual, BeforeSort, BeforeRestore };

QString snapshotReasonId(SnapshotReason reason);
SnapshotReason snapshotReasonFromId(const QString &id);
QString snapshotReasonDisplayName(SnapshotReason reason);

// One line of a snapshot. Tracks are named by key and label so a snapshot
// still reads well after a track has left the catalog.
struct SnapshotEntry
{
    int position = 0;
    QString trackKey;
    QString label;
    bool pinned = false;

    friend bool operator==(const SnapshotEntry &, const SnapshotEntry &) = default;
};

// A dated copy of a list's order.
struct Snapshot
{
    qint64 id = 0;
    qint64 listId = 0;
    QDateTime takenAt;
    QString label;
    SnapshotReason reason = SnapshotReason::Manual;
    QList<SnapshotEntry> entries;
};

} // namespace rw
