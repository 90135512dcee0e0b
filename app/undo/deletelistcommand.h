#pragma once

#include "model/ranklist.h"
#include "model/snapshot.h"
#include "undo/rankcommand.h"

// Deletes a list; undo brings it back with its entries and snapshots.
class DeleteListCommand : public RankCommand
{
public:
    DeleteListCommand(RankDocument *document, const rw::RankList &list, const rw::ListOrder &order,
                      const QList<rw::Snapshot> &snapshots);
    void redo() override;
    void undo() override;

private:
    rw::RankList m_list;
    rw::ListOrder m_order;
    QList<rw::Snapshot> m_snapshots;
};
