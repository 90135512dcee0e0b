#pragma once

// What the repositories of the program tree (ProgramRepository,
// TrackRepository, SiteRepository) share: reading a track, and what writing
// the user's own rows checks. Not an interface of its own.

#include "model/program.h"
#include "util/result.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace rw {
class Database;
}

namespace rw::ProgramRows {

// "SELECT " + trackColumns() + " FROM tracks t JOIN programs p ON p.id =
// t.program_id" gives the rows trackFromRow() reads.
QString trackColumns();
Track trackFromRow(const QSqlQuery &q);

// What the database says about the row a key names.
struct RowState
{
    QString table; // programs, tracks or sites
    qint64 id = 0;
    qint64 programId = 0; // the row itself for a program
    QString programKey;
    bool user = false;
    bool withdrawn = false;
    bool programUser = false;
    bool programVisible = true;
};

Result<RowState> state(const Database &db, const QString &key);
// state(), refused unless the row is the user's own and shown.
Result<RowState> editable(const Database &db, const QString &key);
// editable(), refused also unless the row is of `table` (programs, tracks or sites).
Result<RowState> editable(const Database &db, const QString &key, const QString &table);
// `base`, or the first of base-2, base-3... that no row of `table` has.
Result<QString> uniqueKey(const Database &db, const QString &table, const QString &base);
// A Conflict when another shown row of `table` (tracks or sites) in the
// program has this name.
Status checkUniqueName(const Database &db, const QString &table, qint64 programId,
                       const QString &name, qint64 exceptId);
// A Conflict when a shown track other than `exceptTrackId` has the code.
Status checkNrmpCode(const Database &db, const QString &code, qint64 exceptTrackId);
Status insertTrack(const Database &db, qint64 programId, const QString &key, int position,
                   const Track &track);
// What NotFound says for a key of `table`.
QString notFoundMessage(const QString &table, const QString &key);

// Whether a range fits in [0, maxValue] with min <= max.
Status checkRange(const Range &range, const QString &what, double maxValue);
Status checkPositions(const std::optional<int> &positions);

} // namespace rw::ProgramRows
