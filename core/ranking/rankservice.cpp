#include "ranking/rankservice.h"

#include "ranking/nrmprules.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/snapshotrepository.h"
#include "storage/trackfactsrepository.h"
#include "storage/uservaluerepository.h"

#include <QHash>

namespace rw {

Result<RankList> RankService::findList(const QString &name) const
{
    RankListRepository lists(m_db);
    if (!name.isEmpty())
        return lists.byName(name);
    auto all = lists.all();
    if (!all)
        return all.error();
    if (all->isEmpty()) {
        return Error::notFound(tr("There are no rank lists yet."))
            .withCode(Error::Code::NoRankLists);
    }
    return all->constFirst(); // primary lists sort first
}

Result<ListAnalysis> RankService::analyse(qint64 listId) const
{
    RankListRepository lists(m_db);
    auto list = lists.byId(listId);
    if (!list)
        return list.error();
    auto entries = lists.entries(listId);
    if (!entries)
        return entries.error();
    CriterionRepository criteriaRepository(m_db);
    auto criteria = criteriaRepository.all();
    if (!criteria)
        return criteria.error();
    auto ratings = criteriaRepository.ratingsOnList(listId);
    if (!ratings)
        return ratings.error();
    QList<qint64> trackIds;
    for (const RankEntry &entry : *entries)
        trackIds.append(entry.trackId);
    QStringList categories; // only those the feature criteria read
    for (const Criterion &criterion : std::as_const(*criteria)) {
        if (criterion.kind == CriterionKind::Feature && !categories.contains(criterion.parameter))
            categories.append(criterion.parameter);
    }
    auto facts = TrackFactsRepository(m_db).factsFor(trackIds, categories);
    if (!facts)
        return facts.error();

    auto userValues = UserValueRepository(m_db).onList(listId);
    if (!userValues)
        return userValues.error();

    // The user's values, ratings and their values of facts alike.
    QHash<QPair<qint64, qint64>, double> userValueOf;
    for (const Rating &rating : *ratings)
        userValueOf.insert({rating.trackId, rating.criterionId}, rating.value);
    for (const UserValue &value : *userValues)
        userValueOf.insert({value.trackId, value.criterionId}, value.value);

    const size_t m = size_t(criteria->size());
    std::vector<std::optional<double>> raw(size_t(entries->size()) * m);
    std::vector<ListAnalysis::Origin> origins(raw.size());
    for (qsizetype e = 0; e < entries->size(); ++e) {
        const RankEntry &entry = entries->at(e);
        const TrackFacts trackFacts = facts->value(entry.trackId);
        for (qsizetype k = 0; k < criteria->size(); ++k) {
            const Criterion &c = criteria->at(k);
            const size_t i = size_t(e) * m + size_t(k);
            ListAnalysis::Origin &origin = origins[i];
            switch (c.kind) {
            case CriterionKind::Rating:
                break;
            case CriterionKind::Attribute:
                if (const auto attribute = c.attribute())
                    origin.catalogValue = trackFacts.attribute(*attribute);
                origin.catalogSource = trackFacts.source;
                break;
            case CriterionKind::Feature:
                origin.catalogValue = trackFacts.feature(c.parameter);
                origin.catalogSource = trackFacts.featureSource(c.parameter);
                break;
            }
            const auto mine = userValueOf.constFind({entry.trackId, c.id});
            if (mine != userValueOf.cend()) {
                raw[i] = *mine;
                origin.source = ListAnalysis::Source::You;
            } else if (origin.catalogValue) {
                raw[i] = origin.catalogValue;
                origin.source = ListAnalysis::Source::Catalog;
            }
        }
    }
    ListAnalysis analysis(*list, *criteria, *entries, std::move(raw));
    analysis.setOrigins(std::move(origins));
    return analysis;
}

qsizetype RankService::indexOf(const ListOrder &order, qint64 trackId)
{
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order.at(i).trackId == trackId)
            return i;
    }
    return -1;
}

Error RankService::notOnList(const TrackRef &track, const QString &listName)
{
    return Error::notFound(
        tr("%1 (%2) is not on the list “%3”.").arg(track.label, track.key, listName));
}

Result<ListOrder> RankService::planAdd(const ListOrder &order, const TrackRef &track,
                                       std::optional<int> position, const QString &listName)
{
    if (const qsizetype at = indexOf(order, track.id); at >= 0) {
        return Error::conflict(tr("%1 (%2) is already on the list “%3”, at rank %4.")
                                   .arg(track.label, track.key, listName)
                                   .arg(at + 1));
    }
    if (track.withdrawn) {
        return Error::input(tr("%1 (%2) is no longer offered (withdrawn from the catalog or "
                               "deleted), so it cannot be added.")
                                .arg(track.label, track.key));
    }
    if (auto room = NrmpRules::checkRoomFor(int(order.size()), track.label); !room)
        return room.error();
    const int last = int(order.size()) + 1;
    const int at = position.value_or(last);
    if (at < 1 || at > last) {
        return Error::input(tr("Position %1 is outside the list “%2”: use 1 to %3.")
                                .arg(at)
                                .arg(listName)
                                .arg(last));
    }
    ListOrder result = order;
    result.insert(at - 1, EntryState {track.id, false});
    return result;
}

Result<ListOrder> RankService::planMove(const ListOrder &order, const TrackRef &track, int position,
                                        const QString &listName)
{
    const qsizetype from = indexOf(order, track.id);
    if (from < 0)
        return notOnList(track, listName);
    if (position < 1 || position > order.size()) {
        return Error::input(tr("Position %1 is outside the list “%2”: use 1 to %3.")
                                .arg(position)
                                .arg(listName)
                                .arg(order.size()));
    }
    ListOrder result = order;
    result.move(from, position - 1);
    return result;
}

Result<ListOrder> RankService::planSetPinned(const ListOrder &order, const TrackRef &track,
                                             bool pinned, const QString &listName)
{
    const qsizetype at = indexOf(order, track.id);
    if (at < 0)
        return notOnList(track, listName);
    ListOrder result = order;
    result[at].pinned = pinned;
    return result;
}

Result<ListOrder> RankService::planRemove(const ListOrder &order, const TrackRef &track,
                                          const QString &listName)
{
    const qsizetype at = indexOf(order, track.id);
    if (at < 0)
        return notOnList(track, listName);
    ListOrder result = order;
    result.removeAt(at);
    return result;
}

ListOrder RankService::planSort(const ListAnalysis &analysis)
{
    const QList<RankEntry> &entries = analysis.entries();
    ListOrder result(entries.size());
    QList<bool> taken(entries.size(), false);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).pinned) {
            result[i] = {entries.at(i).trackId, true};
            taken[i] = true;
        }
    }
    QList<int> movable;
    for (int e : analysis.computedOrder()) {
        if (!entries.at(e).pinned)
            movable.append(e);
    }
    for (int e = 0; e < int(entries.size()); ++e) {
        if (!entries.at(e).pinned && !analysis.isScored(e))
            movable.append(e);
    }
    qsizetype slot = 0;
    for (int e : std::as_const(movable)) {
        while (taken[slot])
            ++slot;
        result[slot] = {entries.at(e).trackId, false};
        taken[slot] = true;
    }
    return result;
}

Status RankService::applyOrder(qint64 listId, const ListOrder &order)
{
    return RankListRepository(m_db).setOrder(listId, order);
}

Result<Snapshot> RankService::sortByScore(qint64 listId)
{
    Snapshot snapshot;
    Status status = m_db.write([&]() -> Status {
        auto analysis = analyse(listId);
        if (!analysis)
            return analysis.error();
        auto taken = SnapshotRepository(m_db).take(listId, {}, SnapshotReason::BeforeSort);
        if (!taken)
            return taken.error();
        snapshot = *taken;
        return applyOrder(listId, planSort(*analysis));
    });
    if (!status)
        return status.error();
    return snapshot;
}

Result<ListOrder> RankService::orderFromSnapshot(const Snapshot &snapshot,
                                                 QStringList *skipped) const
{
    RankListRepository lists(m_db);
    ListOrder order;
    for (const SnapshotEntry &entry : snapshot.entries) {
        auto track = lists.track(entry.trackKey);
        if (!track) {
            if (track.error().kind != Error::Kind::NotFound
                && track.error().kind != Error::Kind::Input)
                return track.error();
            if (skipped)
                skipped->append(entry.trackKey);
            continue;
        }
        if (indexOf(order, track->id) < 0)
            order.append({track->id, entry.pinned});
    }
    return order;
}

Result<RankService::Restored> RankService::restoreSnapshot(qint64 snapshotId)
{
    Restored restored;
    Status status = m_db.write([&]() -> Status {
        SnapshotRepository snapshots(m_db);
        auto snapshot = snapshots.byId(snapshotId);
        if (!snapshot)
            return snapshot.error();
        auto order = orderFromSnapshot(*snapshot, &restored.skipped);
        if (!order)
            return order.error();
        restored.order = *order;
        auto automatic = snapshots.take(snapshot->listId, {}, SnapshotReason::BeforeRestore);
        if (!automatic)
            return automatic.error();
        restored.automatic = *automatic;
        return applyOrder(snapshot->listId, restored.order);
    });
    if (!status)
        return status.error();
    return restored;
}

Status RankService::redoReorder(qint64 listId, const ListOrder &order, const Snapshot &automatic)
{
    return m_db.write([&]() -> Status {
        if (Status restored = SnapshotRepository(m_db).restore(automatic); !restored)
            return restored;
        return applyOrder(listId, order);
    });
}

Status RankService::undoReorder(qint64 listId, const ListOrder &order, qint64 automaticId)
{
    return m_db.write([&]() -> Status {
        if (Status applied = applyOrder(listId, order); !applied)
            return applied;
        return SnapshotRepository(m_db).remove(automaticId);
    });
}

Result<QList<Criterion>> RankService::addSuggestedCriteria()
{
    QList<Criterion> added;
    Status status = m_db.write([&]() -> Status {
        CriterionRepository criteria(m_db);
        for (const Criterion &suggestion : suggestedCriteria()) {
            auto existing = criteria.byName(suggestion.name);
            if (existing)
                continue;
            if (existing.error().kind != Error::Kind::NotFound)
                return existing.error();
            auto criterion = criteria.add(suggestion);
            if (!criterion)
                return criterion.error();
            added.append(*criterion);
        }
        return {};
    });
    if (!status)
        return status.error();
    return added;
}

} // namespace rw
