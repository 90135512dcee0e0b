#pragma once

#include "model/criterion.h"
#include "model/ranklist.h"
#include "model/snapshot.h"
#include "ranking/listanalysis.h"
#include "storage/ranklistrepository.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace rw {

class Database;

// The rank list builder's operations, shared by the window and the CLI.
//
// List edits are planned on a ListOrder first (pure functions that check the
// NRMP rules and name what is wrong), then written whole with applyOrder();
// the UI's undo commands keep the before and after orders.
class RankService
{
    Q_DECLARE_TR_FUNCTIONS(rw::RankService)

public:
    explicit RankService(Database &db)
        : m_db(db)
    { }

    Database &database() const { return m_db; }

    // The list named `name`; with an empty name the first primary list (or
    // the first list) so that commands work without --list.
    Result<RankList> findList(const QString &name) const;
    // Scores, computed order and decision aids for a list, from the database.
    Result<ListAnalysis> analyse(qint64 listId) const;

    // Planning. `track` names the entry in messages; `listName` the list.
    static Result<ListOrder> planAdd(const ListOrder &order, const TrackRef &track,
                                     std::optional<int> position, const QString &listName);
    static Result<ListOrder> planMove(const ListOrder &order, const TrackRef &track, int position,
                                      const QString &listName);
    static Result<ListOrder> planSetPinned(const ListOrder &order, const TrackRef &track,
                                           bool pinned, const QString &listName);
    static Result<ListOrder> planRemove(const ListOrder &order, const TrackRef &track,
                                        const QString &listName);
    // Sort by score: pinned entries keep their places; the other places are
    // filled by the scored entries in computed order, then the unscored ones
    // (withdrawn, or with no values) in their current order.
    static ListOrder planSort(const ListAnalysis &analysis);

    Status applyOrder(qint64 listId, const ListOrder &order);

    // Snapshot, then sort by score, in one transaction. Returns the
    // automatic snapshot (taken even when the order does not change).
    Result<Snapshot> sortByScore(qint64 listId);

    // The order a snapshot describes, with the tracks that no longer exist
    // left out (their keys go to `skipped`).
    Result<ListOrder> orderFromSnapshot(const Snapshot &snapshot, QStringList *skipped) const;
    struct Restored
    {
        Snapshot automatic; // the list just before the restore
        ListOrder order;
        QStringList skipped;
    };
    // Puts a snapshot's order back, after an automatic snapshot of the
    // current one, in one transaction.
    Result<Restored> restoreSnapshot(qint64 snapshotId);

    // The redo and the undo of sortByScore() and restoreSnapshot(), each in
    // one transaction: the list set to `order` with the automatic snapshot
    // put back (redo), or set to `order` with it removed (undo).
    Status redoReorder(qint64 listId, const ListOrder &order, const Snapshot &automatic);
    Status undoReorder(qint64 listId, const ListOrder &order, qint64 automaticId);

    // Adds the suggested criteria whose names are not taken yet; returns
    // those it added.
    Result<QList<Criterion>> addSuggestedCriteria();

private:
    static qsizetype indexOf(const ListOrder &order, qint64 trackId);
    static Error notOnList(const TrackRef &track, const QString &listName);

    Database &m_db;
};

} // namespace rw
