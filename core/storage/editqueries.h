#pragma once

// Small helpers shared by ProgramRepository's write files (programedits.cpp,
// programsiteedits.cpp); not part of the repository's interface.

#include "storage/database.h"
#include "storage/programrepository.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace rw::EditQueries {

// Prepares, binds and runs one statement.
inline Result<QSqlQuery> run(Database &db, const QString &sql, const QVariantList &values,
                             const QString &doing)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    SqlValues::bindAll(*query, values);
    if (auto status = execute(*query, doing); !status)
        return status.error();
    return std::move(query.value());
}

inline QString notFoundMessage(const QString &table, const QString &key)
{
    if (table == u"tracks")
        return ProgramRepository::tr("There is no track with the key “%1”.").arg(key);
    if (table == u"sites")
        return ProgramRepository::tr("There is no continuity site with the key “%1”.").arg(key);
    return ProgramRepository::tr("There is no program with the key “%1”.").arg(key);
}

} // namespace rw::EditQueries
