#pragma once

#include "model/ranklist.h"
#include "model/snapshot.h"
#include "undo/rankcommand.h"

// Puts a snapshot's order back after snapshotting the current one; undo
// returns to the order before and drops that automatic snapshot.
class RestoreSnapshotCommand : public RankCommand
{
public:
    RestoreSnapshotCommand(RankDocument *document, const rw::Snapshot &snapshot,
                           const rw::ListOrder &before);
    void redo() override;
    void undo() override;

private:
    qint64 m_snapshotId;
    qint64 m_listId;
    rw::ListOrder m_before;
    rw::ListOrder m_after;
    rw::Snapshot m_automatic;
};
