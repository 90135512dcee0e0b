#pragma once

#include "model/snapshot.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rw {

class Database;

// Dated copies of rank lists. A snapshot copies the tracks' keys and labels,
// so it stays readable whatever happens to the catalog later.
class SnapshotRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::SnapshotRepository)

public:
    explicit SnapshotRepository(Database &db)
        : m_db(db)
    { }

    // Copies the list's current order.
    Result<Snapshot> take(qint64 listId, const QString &label, SnapshotReason reason);
    // The list's snapshots with their entries, newest first.
    Result<QList<Snapshot>> all(qint64 listId) const;
    Result<Snapshot> byId(qint64 id) const;
    Status remove(qint64 id);
    // Writes a snapshot back with its id, time and entries (undo and redo).
    Status restore(const Snapshot &snapshot);

    static Result<QString> checkLabel(const QString &label);
    static constexpr qsizetype kMaxLabelLength = 200;

private:
    // Snapshots whose `column` (id or list_id) equals `value`.
    Result<QList<Snapshot>> query(const QString &column, qint64 value) const;

    Database &m_db;
};

} // namespace rw
