#include "storage/statement.h"

namespace rw {

Statement::Statement(const Database &db, const QString &sql)
    : Statement(db.connection(), sql)
{
    if (QStringList *log = db.statementLog())
        log->append(sql);
}

Statement::Statement(const QSqlDatabase &connection, const QString &sql)
    : m_query(connection)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Status Statement::exec(const QVariantList &values, const QString &doing)
{
    if (!m_prepared)
        return sqlError(m_query, doing);
    SqlValues::bindAll(m_query, values);
    if (!m_query.exec())
        return sqlError(m_query, doing);
    return {};
}

Result<int> Statement::run(const QVariantList &values, const QString &doing)
{
    if (auto status = exec(values, doing); !status)
        return status.error();
    const int changed = m_query.numRowsAffected();
    m_query.finish();
    return changed;
}

Result<qint64> Statement::insert(const QVariantList &values, const QString &doing)
{
    if (auto status = exec(values, doing); !status)
        return status.error();
    const qint64 id = m_query.lastInsertId().toLongLong();
    m_query.finish();
    return id;
}

Result<qint64> Statement::returningId(const QVariantList &values, const QString &doing)
{
    auto id = scalar(values, doing, 0);
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QVariant> Statement::scalar(const QVariantList &values, const QString &doing,
                                   const QVariant &none)
{
    if (auto status = exec(values, doing); !status)
        return status.error();
    QVariant value = m_query.next() ? m_query.value(0) : none;
    m_query.finish();
    return value;
}

Result<bool> Statement::exists(const QVariantList &values, const QString &doing)
{
    if (auto status = exec(values, doing); !status)
        return status.error();
    const bool found = m_query.next();
    m_query.finish();
    return found;
}

Result<Statement> Statement::select(const Database &db, const QString &sql,
                                    const QVariantList &values, const QString &doing)
{
    Statement statement(db, sql);
    if (auto status = statement.exec(values, doing); !status)
        return status.error();
    return statement;
}

Result<int> Statement::run(const Database &db, const QString &sql, const QVariantList &values,
                           const QString &doing)
{
    return Statement(db, sql).run(values, doing);
}

Result<qint64> Statement::insert(const Database &db, const QString &sql, const QVariantList &values,
                                 const QString &doing)
{
    return Statement(db, sql).insert(values, doing);
}

Result<QVariant> Statement::scalar(const Database &db, const QString &sql,
                                   const QVariantList &values, const QString &doing,
                                   const QVariant &none)
{
    return Statement(db, sql).scalar(values, doing, none);
}

Result<bool> Statement::exists(const Database &db, const QString &sql, const QVariantList &values,
                               const QString &doing)
{
    return Statement(db, sql).exists(values, doing);
}

} // namespace rw
