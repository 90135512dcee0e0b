#pragma once

#include "model/ranklist.h"
#include "model/snapshot.h"
#include "undo/rankcommand.h"

// Sort by score, pins kept, after an automatic snapshot; undo restores the
// order and drops that snapshot, redo puts both back.
class SortByScoreCommand : public RankCommand
{
public:
    SortByScoreCommand(RankDocument *document, qint64 listId, const rw::ListOrder &before);
    void redo() override;
    void undo() override;

private:
    qint64 m_listId;
    rw::ListOrder m_before;
    rw::ListOrder m_after;
    rw::Snapshot m_snapshot;
};
