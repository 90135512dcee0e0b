// CsvImporter::apply() and undo(): carrying a plan out in one transaction,
// and taking it back.

#include "exchange/csvimporter.h"

#include "exchange/csvtrackindex.h"
#include "storage/database.h"
#include "storage/programrepository.h"
#include "storage/ranklistrepository.h"
#include "storage/snapshotrepository.h"
#include "storage/statement.h"

#include <QHash>
#include <QSet>

namespace rw {

Result<QStringList> CsvImporter::userInstitutionKeys() const
{
    auto query = Statement::select(
        m_db, QStringLiteral("SELECT key FROM institutions WHERE origin = 'user'"), {},
        tr("reading institutions"));
    if (!query)
        return query.error();
    QStringList keys;
    while (query->next())
        keys.append(query->value(0).toString());
    return keys;
}

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
    auto institutionsBefore = userInstitutionKeys();
    if (!institutionsBefore)
        return institutionsBefore.error();

    // Each row's track id, once it exists.
    QList<qint64> trackIds(plan.rows.size(), 0);
    receipt.trackKeys = QStringList(plan.rows.size(), QString());
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        trackIds[r] = plan.rows.at(r).trackId;
        receipt.trackKeys[r] = plan.rows.at(r).trackKey;
    }

    ProgramRepository programs(m_db);
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
            track.type = CsvTrackIndex::typeForName(row.track);
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
        auto tracks = Statement::select(
            m_db,
            QStringLiteral(
                "SELECT t.id, t.key FROM tracks t JOIN programs p ON p.id = t.program_id "
                "WHERE p.key = ? ORDER BY t.position"),
            {*key}, tr("reading the new tracks"));
        if (!tracks)
            return tracks.error();
        for (int r : newProgram.rows) {
            if (!tracks->next())
                return Error::internal(tr("A track of “%1” was not stored.").arg(program.name));
            trackIds[r] = tracks->value(0).toLongLong();
            receipt.trackKeys[r] = tracks->value(1).toString();
        }
    }
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        const CsvRowPlan &row = plan.rows.at(r);
        if (row.outcome != CsvRowPlan::Outcome::NewTrack)
            continue;
        Track track;
        track.name = row.track;
        track.type = CsvTrackIndex::typeForName(row.track);
        track.nrmpCode = row.nrmpCode;
        auto key = programs.addTrack(row.programKey, track);
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

    auto institutionsAfter = userInstitutionKeys();
    if (!institutionsAfter)
        return institutionsAfter.error();
    const QSet<QString> before(institutionsBefore->cbegin(), institutionsBefore->cend());
    for (const QString &key : std::as_const(*institutionsAfter)) {
        if (!before.contains(key))
            receipt.addedInstitutions.append(key);
    }
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
        for (const auto &[table, keys] :
             {std::pair {QStringLiteral("tracks"), receipt.addedTracks},
              std::pair {QStringLiteral("programs"), receipt.addedPrograms}}) {
            for (const QString &key : keys) {
                auto removed = Statement::run(
                    m_db,
                    QStringLiteral("DELETE FROM %1 WHERE key = ? AND origin = 'user'").arg(table),
                    {key}, tr("taking back the import"));
                if (!removed)
                    return removed.error();
            }
        }
        for (const QString &key : receipt.addedInstitutions) {
            auto removed = Statement::run(
                m_db,
                QStringLiteral("DELETE FROM institutions WHERE key = ? AND origin = 'user' AND "
                               "NOT EXISTS (SELECT 1 FROM programs p WHERE p.institution_id = "
                               "institutions.id)"),
                {key}, tr("taking back the import"));
            if (!removed)
                return removed.error();
        }
        return {};
    });
}

} // namespace rw
