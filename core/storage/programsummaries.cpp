// ProgramRepository: the browse list's lean reads (see programrepository.h).

#include "storage/database.h"
#include "storage/programrepository.h"
#include "storage/sqlvalues.h"
#include "storage/statement.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace rw {

namespace {

using SqlValues::optionalDouble;

// Site and note counts come from index lookups (sites_live, notes_*): no
// site or note row is read.
const QString kSummaryColumns = QStringLiteral(
    "SELECT p.id, p.key, p.name, i.name, p.city, p.state, p.ambulatory_share_min, "
    "p.ambulatory_share_max, p.origin, "
    "(SELECT count(*) FROM sites s WHERE s.program_id = p.id AND s.withdrawn = 0), "
    "(SELECT count(*) FROM notes n WHERE n.program_id = p.id) + "
    "(SELECT count(*) FROM sites s JOIN notes n ON n.site_id = s.id "
    "WHERE s.program_id = p.id AND s.withdrawn = 0) "
    "FROM programs p LEFT JOIN institutions i ON i.id = p.institution_id WHERE p.withdrawn = 0");

const QString kTrackSummaryColumns = QStringLiteral(
    "SELECT t.id, t.program_id, t.key, t.name, t.type, t.nrmp_code, t.ambulatory_share_min, "
    "t.ambulatory_share_max, t.origin, (SELECT count(*) FROM notes n WHERE n.track_id = t.id) "
    "FROM tracks t WHERE t.withdrawn = 0");

Status readRows(const Database &db, const QString &sql, const QVariantList &values,
                const std::function<void(const QSqlQuery &)> &row)
{
    return Statement::forEach(db, sql, values, ProgramRepository::tr("reading programs"), row);
}

// Fills in the tracks of `programs` (all of them when `all`, else by id).
Status addTrackSummaries(const Database &db, QList<Program> &programs, bool all)
{
    QHash<qint64, qsizetype> indexById;
    indexById.reserve(programs.size());
    QStringList ids;
    for (qsizetype i = 0; i < programs.size(); ++i) {
        indexById.insert(programs.at(i).id, i);
        if (!all)
            ids.append(QString::number(programs.at(i).id));
    }
    if (!all && ids.isEmpty())
        return {};
    // The ids come from the database, never from the user.
    const QString restriction =
        all ? QString() : QStringLiteral(" AND t.program_id IN (%1)").arg(ids.join(u','));
    return readRows(
        db,
        kTrackSummaryColumns + restriction + QStringLiteral(" ORDER BY t.program_id, t.position"),
        {}, [&](const QSqlQuery &q) {
            const auto it = indexById.constFind(q.value(1).toLongLong());
            if (it == indexById.cend())
                return; // a track of a withdrawn program
            Program &program = programs[*it];
            Track t;
            t.id = q.value(0).toLongLong();
            t.programId = program.id;
            t.key = q.value(2).toString();
            t.programKey = program.key;
            t.name = q.value(3).toString();
            t.type = trackTypeFromId(q.value(4).toString()).value_or(TrackType::Other);
            t.nrmpCode = q.value(5).toString();
            t.ambulatoryShare = {optionalDouble(q.value(6)), optionalDouble(q.value(7))};
            t.origin = originFromId(q.value(8).toString());
            t.noteCount = q.value(9).toInt();
            program.noteCount += t.noteCount;
            program.tracks.append(std::move(t));
        });
}

Program summaryFromRow(const QSqlQuery &q)
{
    Program p;
    p.id = q.value(0).toLongLong();
    p.key = q.value(1).toString();
    p.name = q.value(2).toString();
    p.institutionName = q.value(3).toString();
    p.city = q.value(4).toString();
    p.state = q.value(5).toString();
    p.ambulatoryShare = {optionalDouble(q.value(6)), optionalDouble(q.value(7))};
    p.origin = originFromId(q.value(8).toString());
    p.siteCount = q.value(9).toInt();
    p.noteCount = q.value(10).toInt();
    return p;
}

} // namespace

Result<QList<Program>> ProgramRepository::listSummaries(int limit) const
{
    QList<Program> programs;
    // In the order of the programs_name index, so that a limit stops early.
    QString sql = kSummaryColumns + QStringLiteral(" ORDER BY p.name COLLATE NOCASE, p.key");
    QVariantList values;
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
        programs.reserve(limit);
    } else if (auto count = countPrograms()) {
        programs.reserve(*count); // thousands: no growing by copies
    }
    if (Status status = readRows(m_db, sql, values,
                                 [&](const QSqlQuery &q) { programs.append(summaryFromRow(q)); });
        !status)
        return status.error();
    if (Status status = addTrackSummaries(m_db, programs, limit <= 0); !status)
        return status.error();
    return programs;
}

Result<Program> ProgramRepository::summary(const QString &programKey) const
{
    QList<Program> found;
    if (Status status =
            readRows(m_db, kSummaryColumns + QStringLiteral(" AND p.key = ?"), {programKey},
                     [&](const QSqlQuery &q) { found.append(summaryFromRow(q)); });
        !status)
        return status.error();
    if (found.isEmpty())
        return Error::notFound(tr("There is no program with the key “%1”.").arg(programKey));
    if (Status status = addTrackSummaries(m_db, found, false); !status)
        return status.error();
    return found.constFirst();
}

Result<int> ProgramRepository::countPrograms() const
{
    int count = 0;
    if (Status status =
            readRows(m_db, QStringLiteral("SELECT count(*) FROM programs WHERE withdrawn = 0"), {},
                     [&](const QSqlQuery &q) { count = q.value(0).toInt(); });
        !status)
        return status.error();
    return count;
}

} // namespace rw
