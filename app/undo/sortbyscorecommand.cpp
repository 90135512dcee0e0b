#include "undo/sortbyscorecommand.h"

#include "ranking/rankservice.h"
#include "storage/database.h"
#include "storage/ranklistrepository.h"
#include "storage/snapshotrepository.h"

SortByScoreCommand::SortByScoreCommand(RankDocument *document, qint64 listId,
                                       const rw::ListOrder &before)
    : RankCommand(document, tr("Sort by score"))
    , m_listId(listId)
    , m_before(before)
{ }

void SortByScoreCommand::redo()
{
    rw::Status status;
    if (m_snapshot.id == 0) {
        auto snapshot = rw::RankService(database()).sortByScore(m_listId);
        if (snapshot) {
            m_snapshot = *snapshot;
            auto after = rw::RankListRepository(database()).order(m_listId);
            if (after)
                m_after = *after;
            else
                status = after.error();
        } else {
            status = snapshot.error();
        }
    } else {
        status = database().write([&]() -> rw::Status {
            if (auto restored = rw::SnapshotRepository(database()).restore(m_snapshot); !restored)
                return restored;
            return rw::RankService(database()).applyOrder(m_listId, m_after);
        });
    }
    finish(status, RankDocument::Entries | RankDocument::Snapshots);
}

void SortByScoreCommand::undo()
{
    const rw::Status status = database().write([&]() -> rw::Status {
        if (auto applied = rw::RankService(database()).applyOrder(m_listId, m_before); !applied)
            return applied;
        return rw::SnapshotRepository(database()).remove(m_snapshot.id);
    });
    finish(status, RankDocument::Entries | RankDocument::Snapshots);
}
