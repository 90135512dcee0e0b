#include "storage/institutionrepository.h"

#include "model/fact.h"
#include "storage/programrows.h"
#include "storage/statement.h"
#include "util/keys.h"

namespace rw {

Result<qint64> InstitutionRepository::idFor(const QString &rawName)
{
    const QString name = rawName.trimmed();
    auto found = Statement::scalar(m_db,
                                   QStringLiteral("SELECT id FROM institutions WHERE name = ? "
                                                  "COLLATE NOCASE ORDER BY origin LIMIT 1"),
                                   {name}, tr("finding the institution"));
    if (!found)
        return found.error();
    if (found->isValid())
        return found->toLongLong();
    auto key = ProgramRows::uniqueKey(m_db, QStringLiteral("institutions"),
                                      Keys::userPrefix() + Keys::slugify(name));
    if (!key)
        return key.error();
    return Statement::insert(m_db,
                             QStringLiteral("INSERT INTO institutions(key, name, origin, source) "
                                            "VALUES (?, ?, 'user', ?)"),
                             {*key, name, userSource()}, tr("adding the institution"));
}

Result<QStringList> InstitutionRepository::names() const
{
    QStringList found;
    Status status = Statement::forEach(
        m_db, QStringLiteral("SELECT DISTINCT name FROM institutions ORDER BY name COLLATE NOCASE"),
        {}, tr("reading institutions"),
        [&](const QSqlQuery &q) { found.append(q.value(0).toString()); });
    if (!status)
        return status.error();
    return found;
}

Status InstitutionRepository::purge(const QString &key)
{
    auto removed = Statement::run(
        m_db,
        QStringLiteral("DELETE FROM institutions WHERE key = ? AND origin = 'user' AND NOT EXISTS "
                       "(SELECT 1 FROM programs p WHERE p.institution_id = institutions.id)"),
        {key}, tr("removing unused institutions"));
    if (!removed)
        return removed.error();
    return {};
}

Result<qint64> InstitutionRepository::lastId() const
{
    auto id =
        Statement::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM institutions"), {},
                          tr("reading institutions"), 0);
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QStringList> InstitutionRepository::keysAfter(qint64 id) const
{
    QStringList keys;
    Status status = Statement::forEach(
        m_db, QStringLiteral("SELECT key FROM institutions WHERE id > ? ORDER BY id"), {id},
        tr("reading institutions"),
        [&](const QSqlQuery &q) { keys.append(q.value(0).toString()); });
    if (!status)
        return status.error();
    return keys;
}

Status InstitutionRepository::purgeUnused()
{
    auto removed = Statement::run(
        m_db,
        QStringLiteral("DELETE FROM institutions WHERE origin = 'user' AND NOT EXISTS "
                       "(SELECT 1 FROM programs p WHERE p.institution_id = institutions.id)"),
        {}, tr("removing unused institutions"));
    if (!removed)
        return removed.error();
    return {};
}

} // namespace rw
