#include "undo/restoresnapshotcommand.h"

#include "ranking/rankservice.h"
#include "storage/database.h"
#include "storage/snapshotrepository.h"

#include <QLocale>

RestoreSnapshotCommand::RestoreSnapshotCommand(RankDocument *document, const rw::Snapshot &snapshot,
                                               const rw::ListOrder &before)
    : RankCommand(
        document,
        tr("Restore snapshot of %1")
            .arg(QLocale().toString(snapshot.takenAt.toLocalTime(), QLocale::ShortFormat)))
    , m_snapshotId(snapshot.id)
    , m_listId(snapshot.listId)
    , m_before(before)
{ }

void RestoreSnapshotCommand::redo()
{
    rw::Status status;
    if (m_automatic.id == 0) {
        auto restored = rw::RankService(database()).restoreSnapshot(m_snapshotId);
        if (restored) {
            m_automatic = restored->automatic;
            m_after = restored->order;
        } else {
            status = restored.error();
        }
    } else {
        status = database().write([&]() -> rw::Status {
            if (auto back = rw::SnapshotRepository(database()).restore(m_automatic); !back)
                return back;
            return rw::RankService(database()).applyOrder(m_listId, m_after);
        });
    }
    finish(status, RankDocument::Entries | RankDocument::Snapshots);
}

void RestoreSnapshotCommand::undo()
{
    const rw::Status status = database().write([&]() -> rw::Status {
        if (auto applied = rw::RankService(database()).applyOrder(m_listId, m_before); !applied)
            return applied;
        return rw::SnapshotRepository(database()).remove(m_automatic.id);
    });
    finish(status, RankDocument::Entries | RankDocument::Snapshots);
}
