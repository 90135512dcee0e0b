#include "model/snapshot.h"

#include <QCoreApplication>

namespace rw {

QString snapshotReasonId(SnapshotReason reason)
{
    switch (reason) {
    case SnapshotReason::BeforeSort:
        return QStringLiteral("before-sort");
    case SnapshotReason::BeforeRestore:
        return QStringLiteral("before-restore");
    case SnapshotReason::Manual:
        break;
    }
    return QStringLiteral("manual");
}

SnapshotReason snapshotReasonFromId(const QString &id)
{
    if (id == u"before-sort")
        return SnapshotReason::BeforeSort;
    if (id == u"before-restore")
        return SnapshotReason::BeforeRestore;
    return SnapshotReason::Manual;
}

QString snapshotReasonDisplayName(SnapshotReason reason)
{
    switch (reason) {
    case SnapshotReason::BeforeSort:
        return QCoreApplication::translate("rw::Snapshot", "Before sort by score");
    case SnapshotReason::BeforeRestore:
        return QCoreApplication::translate("rw::Snapshot", "Before restoring a snapshot");
    case SnapshotReason::Manual:
        break;
    }
    return QCoreApplication::translate("rw::Snapshot", "Taken by hand");
}

} // namespace rw
