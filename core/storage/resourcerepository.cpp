#include "storage/resourcerepository.h"

#include "storage/statement.h"

#include <QHash>

namespace rw {

Result<QList<Resource>> ResourceRepository::all() const
{
    QList<Resource> resources;
    QHash<qint64, qsizetype> index;
    Status status = Statement::forEach(
        m_db,
        QStringLiteral("SELECT id, key, name, kind, city, state, address, phone, "
                       "website, description, source FROM resources "
                       "ORDER BY name COLLATE NOCASE"),
        {}, tr("reading programs"), [&](const QSqlQuery &q) {
            Resource r;
            r.id = q.value(0).toLongLong();
            r.key = q.value(1).toString();
            r.name = q.value(2).toString();
            r.kind = q.value(3).toString();
            r.city = q.value(4).toString();
            r.state = q.value(5).toString();
            r.address = q.value(6).toString();
            r.phone = q.value(7).toString();
            r.website = q.value(8).toString();
            r.description = q.value(9).toString();
            r.source = q.value(10).toString();
            index.insert(r.id, resources.size());
            resources.append(r);
        });
    if (!status)
        return status.error();
    status = Statement::forEach(
        m_db,
        QStringLiteral("SELECT resource_id, category, name, description "
                       "FROM resource_offerings ORDER BY resource_id, position"),
        {}, tr("reading programs"), [&](const QSqlQuery &q) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.cend())
                resources[*it].offerings.append(
                    {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        });
    if (!status)
        return status.error();
    return resources;
}

Result<Resource> ResourceRepository::resource(const QString &key) const
{
    auto every = all();
    if (!every)
        return every.error();
    for (const Resource &r : std::as_const(*every)) {
        if (r.key == key)
            return r;
    }
    return Error::notFound(tr("There is no resource with the key “%1”.").arg(key));
}

} // namespace rw
