#pragma once

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>
#include <QVariantList>

#include <utility>

// Prepare, bind and run in one call, for the repositories of the rank list
// builder. `doing` completes "… failed while <doing>" in error messages.
namespace rw::Statement {

// A read query, positioned before its first row.
inline Result<QSqlQuery> select(const Database &db, const QString &sql, const QVariantList &values,
                                const QString &doing)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    SqlValues::bindAll(*query, values);
    if (auto status = execute(*query, doing); !status)
        return status.error();
    return std::move(*query);
}

// A read query with `row` called on each result row in turn.
template<typename Row>
Status forEach(const Database &db, const QString &sql, const QVariantList &values,
               const QString &doing, Row &&row)
{
    auto query = select(db, sql, values, doing);
    if (!query)
        return query.error();
    while (query->next())
        row(std::as_const(*query));
    return {};
}

// A write; returns the number of rows it changed.
inline Result<int> run(const Database &db, const QString &sql, const QVariantList &values,
                       const QString &doing)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    SqlValues::bindAll(*query, values);
    if (auto status = execute(*query, doing); !status)
        return status.error();
    return query->numRowsAffected();
}

// An INSERT; returns the new row's id.
inline Result<qint64> insert(const Database &db, const QString &sql, const QVariantList &values,
                             const QString &doing)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    SqlValues::bindAll(*query, values);
    if (auto status = execute(*query, doing); !status)
        return status.error();
    return query->lastInsertId().toLongLong();
}

} // namespace rw::Statement
