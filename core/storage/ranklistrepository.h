#pragma once

#include "model/ranklist.h"
#include "model/snapshot.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace rw {

class Database;

// A track as the list builder finds it by key.
struct TrackRef
{
    qint64 id = 0;
    QString key;
    QString label; // "Program — Track"
    QString nrmpCode;
    bool withdrawn = false;
};

// Rank lists and their entries. Orders are written whole (positions 1..n,
// no gaps, no ties), which is also what undo and redo need.
class RankListRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::RankListRepository)

public:
    explicit RankListRepository(Database &db)
        : m_db(db)
    { }

    // Primary lists first, then by name.
    Result<QList<RankList>> all() const;
    Result<RankList> byId(qint64 id) const;
    // Case-insensitive; NotFound names the lists that exist.
    Result<RankList> byName(const QString &name) const;

    Result<RankList> create(const QString &name, RankListKind kind);
    // Puts a deleted list back with its id, entries and snapshots (undo).
    Status restore(const RankList &list, const ListOrder &order, const QList<Snapshot> &snapshots);
    // Deletes a list with its entries and snapshots.
    Status remove(qint64 id);

    Result<QList<RankEntry>> entries(qint64 listId) const;
    Result<ListOrder> order(qint64 listId) const;
    // Where each entry's program is, by track id, in one query.
    Result<QHash<qint64, EntryPlace>> places(qint64 listId) const;
    // Replaces the list's order. Refuses duplicates, unknown tracks and more
    // than RankList::kMaxRanks entries, leaving the stored order untouched.
    Status setOrder(qint64 listId, const ListOrder &order);

    // Any track by key, withdrawn or not (NotFound, or Input for a malformed key).
    Result<TrackRef> track(const QString &key) const;
    Result<TrackRef> track(qint64 id) const;

    static Result<QString> checkName(const QString &name);
    static constexpr qsizetype kMaxNameLength = 60;

private:
    Result<QList<RankList>> query(const QString &where, const QVariantList &values) const;
    Result<QList<TrackRef>> tracks(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace rw
