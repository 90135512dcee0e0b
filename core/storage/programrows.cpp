#include "storage/programrows.h"

#include "storage/programrepository.h"
#include "storage/statement.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

namespace rw::ProgramRows {

using SqlValues::nullable;
using SqlValues::optionalDouble;
using SqlValues::optionalInt;

QString trackColumns()
{
    return QStringLiteral(
        "t.id, t.program_id, t.key, p.key, t.name, t.type, t.nrmp_code, t.positions, "
        "t.schedule_model, t.ambulatory_share_min, t.ambulatory_share_max, "
        "t.ambulatory_months_min, t.ambulatory_months_max, t.description, t.origin, t.source");
}

Track trackFromRow(const QSqlQuery &q)
{
    Track t;
    t.id = q.value(0).toLongLong();
    t.programId = q.value(1).toLongLong();
    t.key = q.value(2).toString();
    t.programKey = q.value(3).toString();
    t.name = q.value(4).toString();
    t.type = trackTypeFromId(q.value(5).toString()).value_or(TrackType::Other);
    t.nrmpCode = q.value(6).toString();
    t.positions = optionalInt(q.value(7));
    t.scheduleModel = q.value(8).toString();
    t.ambulatoryShare = {optionalDouble(q.value(9)), optionalDouble(q.value(10))};
    t.ambulatoryMonths = {optionalDouble(q.value(11)), optionalDouble(q.value(12))};
    t.description = q.value(13).toString();
    t.origin = originFromId(q.value(14).toString());
    t.source = q.value(15).toString();
    return t;
}

QString notFoundMessage(const QString &table, const QString &key)
{
    if (table == u"tracks")
        return ProgramRepository::tr("There is no track with the key “%1”.").arg(key);
    if (table == u"sites")
        return ProgramRepository::tr("There is no continuity site with the key “%1”.").arg(key);
    return ProgramRepository::tr("There is no program with the key “%1”.").arg(key);
}

Result<QString> uniqueKey(const Database &db, const QString &table, const QString &base)
{
    Statement taken(db, QStringLiteral("SELECT 1 FROM %1 WHERE key = ?").arg(table));
    for (int n = 1; n < 100000; ++n) {
        const QString candidate = n == 1 ? base : base + u'-' + QString::number(n);
        auto found = taken.exists({candidate}, ProgramRepository::tr("choosing a key"));
        if (!found)
            return found.error();
        if (!*found)
            return candidate;
    }
    return Error::internal(ProgramRepository::tr("No free key for “%1”.").arg(base));
}

Result<RowState> state(const Database &db, const QString &key)
{
    QString sql;
    RowState row;
    if (Keys::isValidTrackKey(key) || Keys::isValidSiteKey(key)) {
        row.table = Keys::isValidTrackKey(key) ? QStringLiteral("tracks") : QStringLiteral("sites");
        sql = QStringLiteral("SELECT x.id, p.id, p.key, x.origin, x.withdrawn, p.origin, "
                             "p.withdrawn FROM %1 x JOIN programs p ON p.id = x.program_id "
                             "WHERE x.key = ?")
                  .arg(row.table);
    } else if (Keys::isValidProgramKey(key)) {
        row.table = QStringLiteral("programs");
        sql = QStringLiteral("SELECT id, id, key, origin, withdrawn, origin, withdrawn "
                             "FROM programs WHERE key = ?");
    } else {
        return Error::input(
            ProgramRepository::tr("“%1” is not a program, track or site key.").arg(key));
    }
    bool found = false;
    Status status = Statement::forEach(
        db, sql, {key}, ProgramRepository::tr("finding “%1”").arg(key), [&](const QSqlQuery &q) {
            found = true;
            row.id = q.value(0).toLongLong();
            row.programId = q.value(1).toLongLong();
            row.programKey = q.value(2).toString();
            row.user = q.value(3).toString() == u"user";
            row.withdrawn = q.value(4).toInt() != 0;
            row.programUser = q.value(5).toString() == u"user";
            row.programVisible = q.value(6).toInt() == 0;
        });
    if (!status)
        return status.error();
    if (!found)
        return Error::notFound(notFoundMessage(row.table, key));
    return row;
}

Result<RowState> editable(const Database &db, const QString &key)
{
    auto row = state(db, key);
    if (!row)
        return row;
    if (!row->user) {
        return Error::input(
            ProgramRepository::tr("“%1” comes from the bundled catalog and cannot be changed; "
                                  "you can annotate it with notes instead.")
                .arg(key));
    }
    if (row->withdrawn || !row->programVisible)
        return Error::notFound(notFoundMessage(row->table, key));
    return row;
}

Result<RowState> editable(const Database &db, const QString &key, const QString &table)
{
    auto row = editable(db, key);
    if (!row || row->table == table)
        return row;
    if (table == u"tracks")
        return Error::input(ProgramRepository::tr("“%1” is not a track key.").arg(key));
    if (table == u"sites")
        return Error::input(ProgramRepository::tr("“%1” is not a continuity site key.").arg(key));
    return Error::input(ProgramRepository::tr("“%1” is not a program key.").arg(key));
}

Status checkNrmpCode(const Database &db, const QString &rawCode, qint64 exceptTrackId)
{
    const QString code = NrmpCode::normalized(rawCode);
    if (code.isEmpty())
        return {};
    // Deleted rows do not hold on to their code: they are purged on close.
    auto clash =
        Statement::scalar(db,
                          QStringLiteral("SELECT key FROM tracks WHERE nrmp_code = ? "
                                         "AND id != ? AND withdrawn = 0"),
                          {code, exceptTrackId}, ProgramRepository::tr("checking NRMP codes"));
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return Error::conflict(
            ProgramRepository::tr("The NRMP code %1 already belongs to the track “%2”.")
                .arg(code, clash->toString()));
    return {};
}

Status checkUniqueName(const Database &db, const QString &table, qint64 programId,
                       const QString &name, qint64 exceptId)
{
    auto clash = Statement::exists(db,
                                   QStringLiteral("SELECT 1 FROM %1 WHERE program_id = ? AND "
                                                  "withdrawn = 0 AND id != ? AND name = ? "
                                                  "COLLATE NOCASE")
                                       .arg(table),
                                   {programId, exceptId, name.trimmed()},
                                   ProgramRepository::tr("checking names"));
    if (!clash)
        return clash.error();
    if (!*clash)
        return {};
    return Error::conflict(
        table == u"tracks"
            ? ProgramRepository::tr("The program already has a track named “%1”.")
                  .arg(name.trimmed())
            : ProgramRepository::tr("The program already has a continuity site named “%1”.")
                  .arg(name.trimmed()));
}

Status insertTrack(const Database &db, qint64 programId, const QString &key, int position,
                   const Track &track)
{
    auto insert = Statement::run(
        db,
        QStringLiteral(
            "INSERT INTO tracks(key, program_id, position, name, type, nrmp_code, positions, "
            "schedule_model, ambulatory_share_min, ambulatory_share_max, ambulatory_months_min, "
            "ambulatory_months_max, description, origin, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'user', ?)"),
        {key, programId, position, track.name.trimmed(), trackTypeId(track.type),
         SqlValues::textOrNull(NrmpCode::normalized(track.nrmpCode)), nullable(track.positions),
         track.scheduleModel.trimmed(), nullable(track.ambulatoryShare.min),
         nullable(track.ambulatoryShare.max), nullable(track.ambulatoryMonths.min),
         nullable(track.ambulatoryMonths.max), track.description, userSource()},
        ProgramRepository::tr("adding the track “%1”").arg(track.name.trimmed()));
    if (!insert)
        return insert.error();
    return {};
}

Status checkRange(const Range &range, const QString &what, double maxValue)
{
    for (const auto &end : {range.min, range.max}) {
        if (end && (*end < 0 || *end > maxValue))
            return Error::input(
                ProgramRepository::tr("%1 must be between 0 and %2.").arg(what).arg(maxValue));
    }
    if (range.min && range.max && *range.min > *range.max)
        return Error::input(
            ProgramRepository::tr("%1: the lower bound is above the upper bound.").arg(what));
    return {};
}

Status checkPositions(const std::optional<int> &positions)
{
    if (positions && (*positions < 0 || *positions > 1000))
        return Error::input(ProgramRepository::tr("Positions must be between 0 and 1000."));
    return {};
}

} // namespace rw::ProgramRows
