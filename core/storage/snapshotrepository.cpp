#include "storage/snapshotrepository.h"

#include "storage/ranklistrepository.h"
#include "storage/statement.h"

#include <QHash>

namespace rw {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Status writeEntries(Database &db, const Snapshot &snapshot, const QString &doing)
{
    Statement insert(db,
                     QStringLiteral("INSERT INTO snapshot_entries(snapshot_id, position, "
                                    "track_key, label, pinned) VALUES (?, ?, ?, ?, ?)"));
    for (const SnapshotEntry &entry : snapshot.entries) {
        auto done = insert.run(
            {snapshot.id, entry.position, entry.trackKey, entry.label, entry.pinned}, doing);
        if (!done)
            return done.error();
    }
    return {};
}

} // namespace

Result<QString> SnapshotRepository::checkLabel(const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.size() > kMaxLabelLength) {
        return Error::input(
            tr("A snapshot label can have at most %1 characters.").arg(kMaxLabelLength));
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Error::input(tr("A snapshot label cannot contain control characters."));
    }
    return trimmed;
}

Result<Snapshot> SnapshotRepository::take(qint64 listId, const QString &label,
                                          SnapshotReason reason)
{
    auto checked = checkLabel(label);
    if (!checked)
        return checked.error();
    Snapshot snapshot;
    snapshot.listId = listId;
    snapshot.label = *checked;
    snapshot.reason = reason;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    Status status = m_db.write([&]() -> Status {
        RankListRepository lists(m_db);
        if (auto list = lists.byId(listId); !list)
            return list.error();
        auto entries = lists.entries(listId);
        if (!entries)
            return entries.error();
        for (const RankEntry &entry : *entries)
            snapshot.entries.append({entry.position, entry.trackKey, entry.label(), entry.pinned});
        auto id = Statement::insert(
            m_db,
            QStringLiteral("INSERT INTO snapshots(list_id, taken_at, "
                           "label, reason) VALUES (?, ?, ?, ?)"),
            {listId, timestamp(snapshot.takenAt), snapshot.label, snapshotReasonId(reason)},
            tr("taking a snapshot"));
        if (!id)
            return id.error();
        snapshot.id = *id;
        return writeEntries(m_db, snapshot, tr("taking a snapshot"));
    });
    if (!status)
        return status.error();
    return snapshot;
}

Status SnapshotRepository::restore(const Snapshot &snapshot)
{
    return m_db.write([&]() -> Status {
        auto id = Statement::insert(m_db,
                                    QStringLiteral("INSERT INTO snapshots(id, list_id, taken_at, "
                                                   "label, reason) VALUES (?, ?, ?, ?, ?)"),
                                    {snapshot.id, snapshot.listId, timestamp(snapshot.takenAt),
                                     snapshot.label, snapshotReasonId(snapshot.reason)},
                                    tr("restoring a snapshot"));
        if (!id)
            return id.error();
        return writeEntries(m_db, snapshot, tr("restoring a snapshot"));
    });
}

Status SnapshotRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        auto done = Statement::run(m_db, QStringLiteral("DELETE FROM snapshots WHERE id = ?"), {id},
                                   tr("deleting a snapshot"));
        if (!done)
            return done.error();
        if (*done != 1)
            return Error::notFound(tr("There is no snapshot with the id %1.").arg(id));
        return {};
    });
}

Result<QList<Snapshot>> SnapshotRepository::query(const QString &column, qint64 value) const
{
    const QString where = QStringLiteral(" WHERE s.%1 = ?").arg(column);
    auto q = Statement::select(m_db,
                               QStringLiteral("SELECT s.id, s.list_id, s.taken_at, s.label, "
                                              "s.reason FROM snapshots s")
                                   + where + QStringLiteral(" ORDER BY s.taken_at DESC, s.id DESC"),
                               {value}, tr("reading snapshots"));
    if (!q)
        return q.error();
    QList<Snapshot> snapshots;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        Snapshot s;
        s.id = q->value(0).toLongLong();
        s.listId = q->value(1).toLongLong();
        s.takenAt = QDateTime::fromString(q->value(2).toString(), Qt::ISODateWithMs);
        s.label = q->value(3).toString();
        s.reason = snapshotReasonFromId(q->value(4).toString());
        index.insert(s.id, snapshots.size());
        snapshots.append(s);
    }
    if (snapshots.isEmpty())
        return snapshots;
    auto e =
        Statement::select(m_db,
                          QStringLiteral("SELECT se.snapshot_id, se.position, se.track_key, "
                                         "se.label, se.pinned FROM snapshot_entries se "
                                         "JOIN snapshots s ON s.id = se.snapshot_id")
                              + where + QStringLiteral(" ORDER BY se.snapshot_id, se.position"),
                          {value}, tr("reading snapshots"));
    if (!e)
        return e.error();
    while (e->next()) {
        const auto it = index.constFind(e->value(0).toLongLong());
        if (it == index.cend())
            continue;
        snapshots[*it].entries.append({e->value(1).toInt(), e->value(2).toString(),
                                       e->value(3).toString(), e->value(4).toBool()});
    }
    return snapshots;
}

Result<QList<Snapshot>> SnapshotRepository::all(qint64 listId) const
{
    return query(QStringLiteral("list_id"), listId);
}

Result<Snapshot> SnapshotRepository::byId(qint64 id) const
{
    auto found = query(QStringLiteral("id"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no snapshot with the id %1.").arg(id));
    return found->constFirst();
}

} // namespace rw
