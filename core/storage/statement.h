#pragma once

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>
#include <QVariantList>

#include <utility>

namespace rw {

// One SQL statement: prepared once, then bound and run as often as needed
// (a catalog update runs one upsert for thousands of rows, an import one
// insert for 50,000 notes). Values bind by position through
// SqlValues::bindAll; every failure, preparing included, is an Error from
// sqlError() where `doing` completes "… while <doing>". The static functions
// prepare, run once and forget, for the statements that run once. The only
// way code in core/storage talks to SQLite, apart from Database's own
// transaction and migration plumbing.
class Statement
{
public:
    Statement(const Database &db, const QString &sql);
    // On a connection that is not a Database's (the data-safety code, which
    // inspects files before, or beside, opening them).
    Statement(const QSqlDatabase &connection, const QString &sql);

    Statement(Statement &&) = default;
    Statement &operator=(Statement &&) = default;

    // Runs with `values`; a read is then positioned before its first row
    // (next(), value()).
    Status exec(const QVariantList &values, const QString &doing);
    // A read, calling `row` with each result row in turn.
    template<typename Row>
    Status forEach(const QVariantList &values, const QString &doing, Row &&row);
    // A write; the number of rows it changed.
    Result<int> run(const QVariantList &values, const QString &doing);
    // An INSERT; the new row's id.
    Result<qint64> insert(const QVariantList &values, const QString &doing);
    // A statement with a RETURNING id (an upsert): the id, or 0 when it
    // returned no row (the upsert's WHERE left the row alone).
    Result<qint64> returningId(const QVariantList &values, const QString &doing);
    // The first column of the first row (a count, a lookup), or `none`
    // when there is no row.
    Result<QVariant> scalar(const QVariantList &values, const QString &doing,
                            const QVariant &none = {});
    // Whether the read gives any row.
    Result<bool> exists(const QVariantList &values, const QString &doing);

    // After exec(): the rows, one at a time.
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }

    // Prepared, run once and forgotten.
    static Result<Statement> select(const Database &db, const QString &sql,
                                    const QVariantList &values, const QString &doing);
    template<typename Row>
    static Status forEach(const Database &db, const QString &sql, const QVariantList &values,
                          const QString &doing, Row &&row);
    static Result<int> run(const Database &db, const QString &sql, const QVariantList &values,
                           const QString &doing);
    static Result<qint64> insert(const Database &db, const QString &sql, const QVariantList &values,
                                 const QString &doing);
    static Result<QVariant> scalar(const Database &db, const QString &sql,
                                   const QVariantList &values, const QString &doing,
                                   const QVariant &none = {});
    static Result<bool> exists(const Database &db, const QString &sql, const QVariantList &values,
                               const QString &doing);

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

template<typename Row>
Status Statement::forEach(const QVariantList &values, const QString &doing, Row &&row)
{
    if (auto status = exec(values, doing); !status)
        return status;
    while (m_query.next())
        row(std::as_const(m_query));
    m_query.finish();
    return {};
}

template<typename Row>
Status Statement::forEach(const Database &db, const QString &sql, const QVariantList &values,
                          const QString &doing, Row &&row)
{
    return Statement(db, sql).forEach(values, doing, std::forward<Row>(row));
}

} // namespace rw
