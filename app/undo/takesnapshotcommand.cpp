#include "undo/takesnapshotcommand.h"

#include "storage/snapshotrepository.h"

TakeSnapshotCommand::TakeSnapshotCommand(RankDocument *document, qint64 listId,
                                         const QString &label)
    : RankCommand(document, tr("Take snapshot"))
    , m_listId(listId)
    , m_label(label)
{ }

void TakeSnapshotCommand::redo()
{
    rw::SnapshotRepository snapshots(database());
    rw::Status status;
    if (m_snapshot.id == 0) {
        auto taken = snapshots.take(m_listId, m_label, rw::SnapshotReason::Manual);
        if (taken)
            m_snapshot = *taken;
        else
            status = taken.error();
    } else {
        status = snapshots.restore(m_snapshot);
    }
    finish(status, RankDocument::Snapshots);
}

void TakeSnapshotCommand::undo()
{
    finish(rw::SnapshotRepository(database()).remove(m_snapshot.id), RankDocument::Snapshots);
}
