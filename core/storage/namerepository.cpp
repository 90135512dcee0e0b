#include "storage/namerepository.h"

#include "storage/statement.h"

namespace rw {

Result<NamedRows> NameRepository::rows(Rows which) const
{
    const QString shown =
        which == Rows::Shown ? QStringLiteral(" WHERE x.withdrawn = 0") : QString();
    NamedRows rows;
    Status status = Statement::forEach(
        m_db,
        QStringLiteral("SELECT x.id, x.key, x.name, coalesce(i.name, ''), x.city, x.state "
                       "FROM programs x LEFT JOIN institutions i ON i.id = x.institution_id")
            + shown + QStringLiteral(" ORDER BY x.id"),
        {}, tr("reading programs"), [&](const QSqlQuery &q) {
            rows.programs.append({q.value(0).toLongLong(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString(), q.value(5).toString()});
        });
    if (!status)
        return status.error();
    status =
        Statement::forEach(m_db,
                           QStringLiteral("SELECT x.id, x.program_id, x.key, x.name, x.type, "
                                          "coalesce(x.nrmp_code, '') FROM tracks x")
                               + shown + QStringLiteral(" ORDER BY x.program_id, x.position, x.id"),
                           {}, tr("reading tracks"), [&](const QSqlQuery &q) {
                               rows.tracks.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                   q.value(2).toString(), q.value(3).toString(),
                                                   q.value(4).toString(), q.value(5).toString()});
                           });
    if (!status)
        return status.error();
    status = Statement::forEach(
        m_db,
        QStringLiteral("SELECT x.id, x.program_id, x.key, x.name, x.short_name FROM sites x")
            + shown + QStringLiteral(" ORDER BY x.program_id, x.position, x.id"),
        {}, tr("reading continuity sites"), [&](const QSqlQuery &q) {
            rows.sites.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                               q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString()});
        });
    if (!status)
        return status.error();
    return rows;
}

} // namespace rw
