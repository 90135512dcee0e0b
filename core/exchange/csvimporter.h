#pragma once

#include "exchange/csv.h"
#include "exchange/csvimportplan.h"
#include "model/snapshot.h"
#include "storage/criterionrepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace rw {

class Database;

// What an import did, in enough detail to take it back exactly (the
// window's undo): the rows it added, the ratings it replaced and the list
// order it replaced.
struct CsvImportReceipt
{
    CsvImportPlan plan;
    QStringList trackKeys; // per plan row: the track it is now
    QStringList addedPrograms; // keys
    QStringList addedTracks; // keys of tracks added to existing programs
    QStringList addedInstitutions; // keys
    QList<qint64> addedCriteria;
    // For criteria that existed: each rating the import wrote, as it was before.
    QList<CriterionRepository::RatingChange> previousRatings;
    qint64 listId = 0;
    bool listCreated = false;
    RankList createdList; // when listCreated
    ListOrder previousOrder; // when an existing list was replaced
    qint64 snapshotId = 0; // the snapshot taken of it first
    Snapshot snapshot;
};

// Imports a rank-list spreadsheet (CSV): programs and tracks, matched to
// those here by NRMP code and then by names or added as the user's own;
// every rating column as a criterion (weight 1) with its ratings; and, when
// asked, a list in the Rank column's order (or the rows' order). A file with
// any problem is refused whole, naming each problem's line and column;
// an import is one transaction.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(rw::CsvImporter)

public:
    explicit CsvImporter(Database &db)
        : m_db(db)
    { }

    // Reads and parses a file without touching any database.
    static Result<CsvTable> readFile(const QString &path);

    // What importing `table` would do. Problems in the file are in the plan
    // (plan.ok() is false); a bad list name or a database failure is an error.
    Result<CsvImportPlan> plan(const CsvTable &table, const CsvImportOptions &options,
                               const QString &origin) const;
    // Plans again and carries the plan out in one transaction. A plan with
    // problems is refused (an Input error naming them) and nothing is written.
    // `redoOf`, the receipt of the same import taken back by undo(), makes
    // the list and snapshot come back as they were (same id and time).
    Result<CsvImportReceipt> apply(const CsvTable &table, const CsvImportOptions &options,
                                   const QString &origin, const CsvImportReceipt *redoOf = nullptr);
    // Takes back what apply() did, in one transaction (undo). Only valid
    // while the database is as apply() left it.
    Status undo(const CsvImportReceipt &receipt);

private:
    Status carryOut(const CsvImportPlan &plan, CsvImportReceipt &receipt,
                    const CsvImportReceipt *redoOf);
    Status fillList(const CsvImportPlan &plan, const QList<qint64> &trackIds,
                    CsvImportReceipt &receipt, const CsvImportReceipt *redoOf);

    Database &m_db;
};

} // namespace rw
