// CsvImporter::apply() and undo(): carrying a plan out in one transaction,
// and taking it back.

#include "exchange/csvimporter.h"

#include "exchange/namematcher.h"
#include "storage/database.h"
#include "storage/institutionrepository.h"
#include "storage/programrepository.h"
#include "storage/ranklistrepository.h"
#include "storage/snapshotrepository.h"
#include "storage/trackrepository.h"

#include <QHash>
#include <QSet>

namespace rw {

Result<CsvImportReceipt> CsvImporter::apply(const CsvTable &table, const CsvImportOptions &options,
                                            const QString &origin, const CsvImportReceipt *redoOf)
{
    CsvImportReceipt receipt;
    Status status = m_db.write([&]() -> Status {
        // Planned inside the transaction, so the plan is what gets written.
        auto planned = plan(table, options, origin);
        if (!planned)
            return planned.error();
        if (!planned->ok())
            return planned->error();
        receipt = CsvImportReceipt();
        receipt.plan = std::move(*planned);
        return carryOut(receipt.plan, receipt, redoOf);
    });
    if (!status)
        return status.error();
    return receipt;
}

Status CsvImporter::carryOut(const CsvImportPlan &plan, CsvImportReceipt &receipt,
                             const CsvImportReceipt *redoOf)
{
    ProgramRepository programs(m_db);
    InstitutionRepository institutions(m_db);
    auto lastInstitution = institutions.lastId();
    if (!lastInstitution)
        return lastInstitution.error();

    // Each row's track id, once it exists.
    QList<qint64> trackIds(plan.rows.size(), 0);
    receipt.trackKeys = QStringList(plan.rows.size(), QString());
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        trackIds[r] = plan.rows.at(r).trackId;
        receipt.trackKeys[r] = plan.rows.at(r).trackKey;
    }

    RankListRepository lists(m_db);
    for (const CsvNewProgram &newProgram : plan.newPrograms) {
        Program program;
        program.name = newProgram.name;
        program.institutionName = newProgram.institution;
        program.city = newProgram.city;
        program.state = newProgram.state;
        for (int r : newProgram.rows) {
            const CsvRowPlan &row = plan.rows.at(r);
            Track track;
            track.name = row.track;
            track.type = NameMatcher::typeForName(row.track);
            track.nrmpCode = row.nrmpCode;
            program.tracks.append(track);
        }
        auto key = programs.addProgram(program);
        if (!key)
            return Error {key.error().kind,
                          plan.origin + QStringLiteral(", ")
                              + tr("line %1").arg(plan.rows.at(newProgram.rows.first()).line)
                              + QStringLiteral(": ") + key.message()};
        receipt.addedPrograms.append(*key);
        // Tracks are stored in the order given.
        auto added = programs.summary(*key);
        if (!added)
            return added.error();
        for (qsizetype i = 0; i < newProgram.rows.size(); ++i) {
            if (i >= added->tracks.size())
                return Error::internal(tr("A track of “%1” was not stored.").arg(program.name));
            trackIds[newProgram.rows.at(i)] = added->tracks.at(i).id;
            receipt.trackKeys[newProgram.rows.at(i)] = added->tracks.at(i).key;
        }
    }
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        const CsvRowPlan &row = plan.rows.at(r);
        if (row.outcome != CsvRowPlan::Outcome::NewTrack)
            continue;
        Track track;
        track.name = row.track;
        track.type = NameMatcher::typeForName(row.track);
        track.nrmpCode = row.nrmpCode;
        auto key = TrackRepository(m_db).add(row.programKey, track);
        if (!key)
            return Error {key.error().kind,
                          plan.origin + QStringLiteral(", ") + tr("line %1").arg(row.line)
                              + QStringLiteral(": ") + key.message()};
        receipt.addedTracks.append(*key);
        receipt.trackKeys[r] = *key;
        auto ref = lists.track(*key);
        if (!ref)
            return ref.error();
        trackIds[r] = ref->id;
    }

    CriterionRepository criteria(m_db);
    QList<qint64> criterionIds;
    for (const CsvCriterionPlan &planned : plan.criteria) {
        if (planned.existingId) {
            criterionIds.append(planned.existingId);
            continue;
        }
        Criterion criterion;
        criterion.name = planned.name;
        criterion.weight = 1;
        criterion.kind = CriterionKind::Rating;
        auto added = criteria.add(criterion);
        if (!added)
            return added.error();
        criterionIds.append(added->id);
        receipt.addedCriteria.append(added->id);
    }

    auto existingRatings = criteria.ratings();
    if (!existingRatings)
        return existingRatings.error();
    QHash<QPair<qint64, qint64>, int> ratingBefore;
    for (const Rating &rating : std::as_const(*existingRatings))
        ratingBefore.insert({rating.trackId, rating.criterionId}, rating.value);
    QList<CriterionRepository::RatingChange> changes;
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        const CsvRowPlan &row = plan.rows.at(r);
        for (qsizetype c = 0; c < criterionIds.size() && c < row.ratings.size(); ++c) {
            if (!row.ratings.at(c))
                continue;
            changes.append({trackIds.at(r), criterionIds.at(c), row.ratings.at(c)});
            if (plan.criteria.at(c).existingId && row.trackId) {
                const auto it = ratingBefore.constFind({row.trackId, criterionIds.at(c)});
                receipt.previousRatings.append(
                    {row.trackId, criterionIds.at(c),
                     it == ratingBefore.cend() ? std::optional<int>() : std::optional<int>(*it)});
            }
        }
    }
    if (auto status = criteria.setRatings(changes); !status)
        return status;

    if (auto status = fillList(plan, trackIds, receipt, redoOf); !status)
        return status;

    auto added = institutions.keysAfter(*lastInstitution);
    if (!added)
        return added.error();
    receipt.addedInstitutions = *added;
    return {};
}

Status CsvImporter::fillList(const CsvImportPlan &plan, const QList<qint64> &trackIds,
                             CsvImportReceipt &receipt, const CsvImportReceipt *redoOf)
{
    if (plan.listName.isEmpty())
        return {};
    RankListRepository lists(m_db);
    QSet<qint64> pinned;
    if (plan.existingListId) {
        auto order = lists.order(plan.existingListId);
        if (!order)
            return order.error();
        receipt.previousOrder = *order;
        for (const EntryState &entry : std::as_const(*order)) {
            if (entry.pinned)
                pinned.insert(entry.trackId);
        }
        SnapshotRepository snapshots(m_db);
        if (redoOf && redoOf->snapshotId) {
            if (auto status = snapshots.restore(redoOf->snapshot); !status)
                return status;
            receipt.snapshot = redoOf->snapshot;
        } else {
            auto snapshot =
                snapshots.take(plan.existingListId, tr("Before importing %1").arg(plan.origin),
                               SnapshotReason::Manual);
            if (!snapshot)
                return snapshot.error();
            receipt.snapshot = *snapshot;
        }
        receipt.snapshotId = receipt.snapshot.id;
        receipt.listId = plan.existingListId;
    } else {
        if (redoOf && redoOf->listCreated) {
            if (auto status = lists.restore(redoOf->createdList, {}, {}); !status)
                return status;
            receipt.createdList = redoOf->createdList;
        } else {
            auto created = lists.create(plan.listName, plan.listKind);
            if (!created)
                return created.error();
            receipt.createdList = *created;
        }
        receipt.listId = receipt.createdList.id;
        receipt.listCreated = true;
    }
    ListOrder order;
    for (int r : plan.listRows) {
        const qint64 id = trackIds.at(r);
        // A pin stays with its track when the list is replaced.
        order.append({id, pinned.contains(id)});
    }
    return lists.setOrder(receipt.listId, order);
}

Status CsvImporter::undo(const CsvImportReceipt &receipt)
{
    return m_db.write([&]() -> Status {
        RankListRepository lists(m_db);
        if (receipt.listCreated) {
            if (auto status = lists.remove(receipt.listId); !status)
                return status;
        } else if (receipt.listId) {
            if (auto status = lists.setOrder(receipt.listId, receipt.previousOrder); !status)
                return status;
            if (receipt.snapshotId) {
                if (auto status = SnapshotRepository(m_db).remove(receipt.snapshotId); !status)
                    return status;
            }
        }
        CriterionRepository criteria(m_db);
        if (auto status = criteria.setRatings(receipt.previousRatings); !status)
            return status;
        // Removing a criterion removes its ratings; removing a program its
        // tracks and their ratings: the import's rows go for good (not the
        // window's soft delete), so a redo can add them again under the same keys.
        for (qint64 id : receipt.addedCriteria) {
            if (auto status = criteria.remove(id); !status)
                return status;
        }
        ProgramRepository programs(m_db);
        for (const QString &key : receipt.addedTracks) {
            if (auto status = TrackRepository(m_db).purge(key); !status)
                return status;
        }
        for (const QString &key : receipt.addedPrograms) {
            if (auto status = programs.purgeProgram(key); !status)
                return status;
        }
        for (const QString &key : receipt.addedInstitutions) {
            if (auto status = InstitutionRepository(m_db).purge(key); !status)
                return status;
        }
        return {};
    });
}

} // namespace rw
