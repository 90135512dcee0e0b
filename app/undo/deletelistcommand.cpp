#include "undo/deletelistcommand.h"

#include "storage/ranklistrepository.h"

DeleteListCommand::DeleteListCommand(RankDocument *document, const rw::RankList &list,
                                     const rw::ListOrder &order,
                                     const QList<rw::Snapshot> &snapshots)
    : RankCommand(document, tr("Delete list “%1”").arg(list.name))
    , m_list(list)
    , m_order(order)
    , m_snapshots(snapshots)
{ }

void DeleteListCommand::redo()
{
    finish(rw::RankListRepository(database()).remove(m_list.id), RankDocument::Lists);
}

void DeleteListCommand::undo()
{
    const rw::Status status =
        rw::RankListRepository(database()).restore(m_list, m_order, m_snapshots);
    finish(status, RankDocument::Lists);
    if (status)
        document()->setCurrentList(m_list.id);
}
