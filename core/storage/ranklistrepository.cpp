#include "storage/ranklistrepository.h"

#include "storage/snapshotrepository.h"
#include "storage/statement.h"
#include "util/keys.h"

#include <QSet>

namespace rw {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Withdrawn when the track or its program is: a catalog update dropped it or
// the user deleted it.
const QString kTrackColumns = QStringLiteral(
    "SELECT t.id, t.key, p.name, t.name, coalesce(t.nrmp_code, ''), "
    "(t.withdrawn <> 0 OR p.withdrawn <> 0) FROM tracks t JOIN programs p ON p.id = t.program_id ");

} // namespace

Result<QString> RankListRepository::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::input(tr("A rank list needs a name."));
    if (trimmed.size() > kMaxNameLength)
        return Error::input(
            tr("A rank list name can have at most %1 characters.").arg(kMaxNameLength));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return Error::input(tr("A rank list name cannot contain control characters."));
    }
    return trimmed;
}

Result<QList<RankList>> RankListRepository::query(const QString &where,
                                                  const QVariantList &values) const
{
    auto q =
        Statement::select(m_db,
                          QStringLiteral("SELECT id, name, kind, created FROM rank_lists ") + where
                              + QStringLiteral(" ORDER BY kind = 'supplemental', name "
                                               "COLLATE NOCASE, id"),
                          values, tr("reading rank lists"));
    if (!q)
        return q.error();
    QList<RankList> lists;
    while (q->next()) {
        RankList list;
        list.id = q->value(0).toLongLong();
        list.name = q->value(1).toString();
        list.kind = rankListKindFromId(q->value(2).toString()).value_or(RankListKind::Primary);
        list.created = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
        lists.append(list);
    }
    return lists;
}

Result<QList<RankList>> RankListRepository::all() const
{
    return query({}, {});
}

Result<RankList> RankListRepository::byId(qint64 id) const
{
    auto found = query(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no rank list with the id %1.").arg(id));
    return found->constFirst();
}

Result<RankList> RankListRepository::byName(const QString &name) const
{
    auto found = query(QStringLiteral("WHERE name = ? COLLATE NOCASE"), {name.trimmed()});
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return found->constFirst();
    auto every = all();
    if (!every)
        return every.error();
    if (every->isEmpty()) {
        return Error::notFound(
                   tr("There is no rank list named “%1”: there are no rank lists yet.").arg(name))
            .withCode(Error::Code::NoRankLists);
    }
    QStringList names;
    for (const RankList &list : *every)
        names.append(list.name);
    return Error::notFound(tr("There is no rank list named “%1”. The lists are: %2.")
                               .arg(name, names.join(QStringLiteral(", "))));
}

Result<RankList> RankListRepository::create(const QString &name, RankListKind kind)
{
    auto checked = checkName(name);
    if (!checked)
        return checked.error();
    RankList list;
    list.name = *checked;
    list.kind = kind;
    list.created = QDateTime::currentDateTimeUtc();
    Status status = m_db.write([&]() -> Status {
        auto existing = query(QStringLiteral("WHERE name = ? COLLATE NOCASE"), {list.name});
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return Error::conflict(tr("There is already a rank list named “%1”.").arg(list.name));
        auto id = Statement::insert(m_db,
                                    QStringLiteral("INSERT INTO rank_lists(name, kind, created) "
                                                   "VALUES (?, ?, ?)"),
                                    {list.name, rankListKindId(kind), timestamp(list.created)},
                                    tr("creating the rank list “%1”").arg(list.name));
        if (!id)
            return id.error();
        list.id = *id;
        return {};
    });
    if (!status)
        return status.error();
    return list;
}

Status RankListRepository::restore(const RankList &list, const ListOrder &order,
                                   const QList<Snapshot> &snapshots)
{
    return m_db.write([&]() -> Status {
        auto id = Statement::insert(
            m_db,
            QStringLiteral("INSERT INTO rank_lists(id, name, kind, "
                           "created) VALUES (?, ?, ?, ?)"),
            {list.id, list.name, rankListKindId(list.kind), timestamp(list.created)},
            tr("restoring the rank list “%1”").arg(list.name));
        if (!id)
            return id.error();
        if (auto status = setOrder(list.id, order); !status)
            return status;
        SnapshotRepository snapshotRepository(m_db);
        for (const Snapshot &snapshot : snapshots) {
            if (auto status = snapshotRepository.restore(snapshot); !status)
                return status;
        }
        return {};
    });
}

Status RankListRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        auto done = Statement::run(m_db, QStringLiteral("DELETE FROM rank_lists WHERE id = ?"),
                                   {id}, tr("deleting the rank list"));
        if (!done)
            return done.error();
        if (*done != 1)
            return Error::notFound(tr("There is no rank list with the id %1.").arg(id));
        return {};
    });
}

Result<QList<RankEntry>> RankListRepository::entries(qint64 listId) const
{
    auto q = Statement::select(
        m_db,
        QStringLiteral("SELECT t.id, t.key, t.name, p.key, p.name, coalesce(t.nrmp_code, ''), "
                       "e.position, e.pinned, (t.withdrawn <> 0 OR p.withdrawn <> 0) "
                       "FROM rank_entries e JOIN tracks t ON t.id = e.track_id "
                       "JOIN programs p ON p.id = t.program_id "
                       "WHERE e.list_id = ? ORDER BY e.position"),
        {listId}, tr("reading the rank list"));
    if (!q)
        return q.error();
    QList<RankEntry> list;
    while (q->next()) {
        RankEntry entry;
        entry.trackId = q->value(0).toLongLong();
        entry.trackKey = q->value(1).toString();
        entry.trackName = q->value(2).toString();
        entry.programKey = q->value(3).toString();
        entry.programName = q->value(4).toString();
        entry.nrmpCode = q->value(5).toString();
        entry.position = q->value(6).toInt();
        entry.pinned = q->value(7).toBool();
        entry.withdrawn = q->value(8).toBool();
        list.append(entry);
    }
    return list;
}

Result<ListOrder> RankListRepository::order(qint64 listId) const
{
    auto q = Statement::select(m_db,
                               QStringLiteral("SELECT track_id, pinned FROM rank_entries "
                                              "WHERE list_id = ? ORDER BY position"),
                               {listId}, tr("reading the rank list"));
    if (!q)
        return q.error();
    ListOrder order;
    while (q->next())
        order.append({q->value(0).toLongLong(), q->value(1).toBool()});
    return order;
}

Result<QHash<qint64, EntryPlace>> RankListRepository::places(qint64 listId) const
{
    QHash<qint64, EntryPlace> places;
    Status status = Statement::forEach(
        m_db,
        QStringLiteral("SELECT e.track_id, coalesce(i.name, ''), p.city, p.state "
                       "FROM rank_entries e JOIN tracks t ON t.id = e.track_id "
                       "JOIN programs p ON p.id = t.program_id "
                       "LEFT JOIN institutions i ON i.id = p.institution_id WHERE e.list_id = ?"),
        {listId}, tr("reading where the list's programs are"), [&](const QSqlQuery &q) {
            places.insert(q.value(0).toLongLong(),
                          {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        });
    if (!status)
        return status.error();
    return places;
}

Status RankListRepository::setOrder(qint64 listId, const ListOrder &order)
{
    if (order.size() > RankList::kMaxRanks) {
        return Error::input(tr("A rank list can hold at most %1 tracks; this order has %2.")
                                .arg(RankList::kMaxRanks)
                                .arg(order.size()));
    }
    QSet<qint64> seen;
    for (const EntryState &entry : order) {
        if (seen.contains(entry.trackId))
            return Error::input(tr("A track can appear only once on a rank list."));
        seen.insert(entry.trackId);
    }
    return m_db.write([&]() -> Status {
        if (auto list = byId(listId); !list)
            return list.error();
        auto cleared =
            Statement::run(m_db, QStringLiteral("DELETE FROM rank_entries WHERE list_id = ?"),
                           {listId}, tr("saving the rank list"));
        if (!cleared)
            return cleared.error();
        Statement insert(m_db,
                         QStringLiteral("INSERT INTO rank_entries(list_id, track_id, position, "
                                        "pinned) VALUES (?, ?, ?, ?)"));
        for (qsizetype i = 0; i < order.size(); ++i) {
            auto done = insert.run({listId, order.at(i).trackId, int(i + 1), order.at(i).pinned},
                                   tr("saving the rank list"));
            if (!done)
                return done.error();
        }
        return {};
    });
}

Result<QList<TrackRef>> RankListRepository::tracks(const QString &where,
                                                   const QVariantList &values) const
{
    auto q = Statement::select(m_db, kTrackColumns + where, values, tr("reading tracks"));
    if (!q)
        return q.error();
    QList<TrackRef> list;
    while (q->next()) {
        TrackRef ref;
        ref.id = q->value(0).toLongLong();
        ref.key = q->value(1).toString();
        ref.label = q->value(2).toString() + QStringLiteral(" — ") + q->value(3).toString();
        ref.nrmpCode = q->value(4).toString();
        ref.withdrawn = q->value(5).toBool();
        list.append(ref);
    }
    return list;
}

Result<TrackRef> RankListRepository::track(const QString &key) const
{
    if (!Keys::isValidTrackKey(key)) {
        return Error::input(
            tr("“%1” is not a track key; track keys look like mgh-im.primary-care.").arg(key));
    }
    auto found = tracks(QStringLiteral("WHERE t.key = ?"), {key});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no track with the key “%1”.").arg(key));
    return found->constFirst();
}

Result<TrackRef> RankListRepository::track(qint64 id) const
{
    auto found = tracks(QStringLiteral("WHERE t.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no track with the id %1.").arg(id));
    return found->constFirst();
}

} // namespace rw
