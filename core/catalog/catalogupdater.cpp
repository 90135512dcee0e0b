#include "catalog/catalogupdater.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace rw {

namespace {

const QString kVersionKey = QStringLiteral("catalog_version");

using SqlValues::textOrNull;

QVariant optional(const std::optional<double> &value)
{
    return SqlValues::nullable(value);
}

QVariant optional(const std::optional<int> &value)
{
    return SqlValues::nullable(value);
}

// Runs a prepared statement with positional values; returns the first
// column of the first row (the RETURNING id of an upsert) when there is one.
class Statement
{
public:
    Statement(const Database &db, const QString &sql)
        : m_query(db.connection())
    {
        m_ok = m_query.prepare(sql);
    }

    Result<qint64> run(const QVariantList &values, const QString &doing)
    {
        if (!m_ok)
            return sqlError(m_query, doing);
        SqlValues::bindAll(m_query, values);
        if (!m_query.exec())
            return sqlError(m_query, doing);
        const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : 0;
        m_query.finish();
        return id;
    }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

class Writer
{
public:
    explicit Writer(Database &db)
        : m_db(db)
    { }

    Status write(const Catalog &catalog);

private:
    Status writeInstitutions(const QList<Institution> &institutions);
    Status writeResources(const QList<Resource> &resources);
    Status writeProgram(const Program &program);
    Status writeTracks(qint64 programId, const Program &program);
    Status writeSites(qint64 programId, const Program &program);
    Status writeFeatures(qint64 programId, const Program &program);
    Status withdrawMissing(const QString &table, const QString &parentColumn, qint64 parentId,
                           const QStringList &keys);
    Status run(const QString &sql, const QVariantList &values, const QString &doing);

    Database &m_db;
    QHash<QString, qint64> m_institutionIds;
    QHash<QString, qint64> m_resourceIds;
    QHash<QString, qint64> m_trackIds;
};

Status Writer::run(const QString &sql, const QVariantList &values, const QString &doing)
{
    Statement statement(m_db, sql);
    auto result = statement.run(values, doing);
    if (!result)
        return result.error();
    return {};
}

Status Writer::withdrawMissing(const QString &table, const QString &parentColumn, qint64 parentId,
                               const QStringList &keys)
{
    // Keys go in as a JSON array so one statement handles any count.
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i)
            json += u',';
        json += u'"' + keys.at(i) + u'"'; // keys are validated slugs: no quoting needed
    }
    json += u']';
    QString sql = QStringLiteral("UPDATE %1 SET withdrawn = 1 WHERE origin = 'catalog' "
                                 "AND key NOT IN (SELECT value FROM json_each(?))")
                      .arg(table);
    QVariantList values {json};
    if (!parentColumn.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(parentColumn);
        values.append(parentId);
    }
    return run(sql, values, CatalogUpdater::tr("marking withdrawn catalog entries"));
}

Status Writer::writeInstitutions(const QList<Institution> &institutions)
{
    Statement upsert(
        m_db,
        QStringLiteral(
            "INSERT INTO institutions(key, name, origin, source) VALUES (?, ?, 'catalog', ?) "
            "ON CONFLICT(key) DO UPDATE SET name = excluded.name, source = excluded.source "
            "RETURNING id"));
    for (const Institution &institution : institutions) {
        auto id = upsert.run({institution.key, institution.name, institution.source},
                             CatalogUpdater::tr("saving institution “%1”").arg(institution.key));
        if (!id)
            return id.error();
        m_institutionIds.insert(institution.key, *id);
    }
    return {};
}

Status Writer::writeResources(const QList<Resource> &resources)
{
    Statement upsert(
        m_db,
        QStringLiteral(
            "INSERT INTO resources(key, name, kind, city, state, address, phone, website, "
            "description, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            "city = excluded.city, state = excluded.state, address = excluded.address, "
            "phone = excluded.phone, website = excluded.website, "
            "description = excluded.description, source = excluded.source RETURNING id"));
    Statement clearOfferings(
        m_db, QStringLiteral("DELETE FROM resource_offerings WHERE resource_id = ?"));
    Statement addOffering(
        m_db,
        QStringLiteral(
            "INSERT INTO resource_offerings(resource_id, position, category, name, description) "
            "VALUES (?, ?, ?, ?, ?)"));
    for (const Resource &resource : resources) {
        const QString doing = CatalogUpdater::tr("saving resource “%1”").arg(resource.key);
        auto id = upsert.run({resource.key, resource.name, resource.kind, resource.city,
                              resource.state, resource.address, resource.phone, resource.website,
                              resource.description, resource.source},
                             doing);
        if (!id)
            return id.error();
        m_resourceIds.insert(resource.key, *id);
        if (auto done = clearOfferings.run({*id}, doing); !done)
            return done.error();
        for (qsizetype i = 0; i < resource.offerings.size(); ++i) {
            const ResourceOffering &offering = resource.offerings.at(i);
            if (auto done = addOffering.run(
                    {*id, i, offering.category, offering.name, offering.description}, doing);
                !done)
                return done.error();
        }
    }
    return {};
}

Status Writer::writeTracks(qint64 programId, const Program &program)
{
    Statement upsert(
        m_db,
        QStringLiteral(
            "INSERT INTO tracks(key, program_id, position, name, type, nrmp_code, positions, "
            "schedule_model, ambulatory_share_min, ambulatory_share_max, ambulatory_months_min, "
            "ambulatory_months_max, description, origin, source, withdrawn) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'catalog', ?, 0) "
            "ON CONFLICT(key) DO UPDATE SET program_id = excluded.program_id, "
            "position = excluded.position, name = excluded.name, type = excluded.type, "
            "nrmp_code = excluded.nrmp_code, positions = excluded.positions, "
            "schedule_model = excluded.schedule_model, "
            "ambulatory_share_min = excluded.ambulatory_share_min, "
            "ambulatory_share_max = excluded.ambulatory_share_max, "
            "ambulatory_months_min = excluded.ambulatory_months_min, "
            "ambulatory_months_max = excluded.ambulatory_months_max, "
            "description = excluded.description, source = excluded.source, withdrawn = 0 "
            "WHERE tracks.origin = 'catalog' RETURNING id"));
    Statement clearFacts(m_db, QStringLiteral("DELETE FROM track_facts WHERE track_id = ?"));
    Statement addFact(m_db,
                      QStringLiteral("INSERT INTO track_facts(track_id, position, label, value, "
                                     "source) VALUES (?, ?, ?, ?, ?)"));
    QStringList keys;
    for (qsizetype i = 0; i < program.tracks.size(); ++i) {
        const Track &track = program.tracks.at(i);
        const QString doing = CatalogUpdater::tr("saving track “%1”").arg(track.key);
        auto id =
            upsert.run({track.key, programId, i, track.name, trackTypeId(track.type),
                        textOrNull(track.nrmpCode), optional(track.positions), track.scheduleModel,
                        optional(track.ambulatoryShare.min), optional(track.ambulatoryShare.max),
                        optional(track.ambulatoryMonths.min), optional(track.ambulatoryMonths.max),
                        track.description, track.source},
                       doing);
        if (!id)
            return id.error();
        if (*id == 0)
            return Error::conflict(
                CatalogUpdater::tr("The catalog's track key “%1” is taken by a track you added.")
                    .arg(track.key));
        m_trackIds.insert(track.key, *id);
        keys.append(track.key);
        if (auto done = clearFacts.run({*id}, doing); !done)
            return done.error();
        for (qsizetype f = 0; f < track.facts.size(); ++f) {
            const Fact &fact = track.facts.at(f);
            if (auto done = addFact.run({*id, f, fact.label, fact.value, fact.source}, doing);
                !done)
                return done.error();
        }
    }
    return withdrawMissing(QStringLiteral("tracks"), QStringLiteral("program_id"), programId, keys);
}

Status Writer::writeSites(qint64 programId, const Program &program)
{
    Statement upsert(
        m_db,
        QStringLiteral(
            "INSERT INTO sites(key, program_id, position, name, short_name, residents_placed, "
            "residents_min, residents_max, distance_miles, location, description, origin, source, "
            "withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'catalog', ?, 0) "
            "ON CONFLICT(key) DO UPDATE SET program_id = excluded.program_id, "
            "position = excluded.position, name = excluded.name, short_name = excluded.short_name, "
            "residents_placed = excluded.residents_placed, residents_min = excluded.residents_min, "
            "residents_max = excluded.residents_max, distance_miles = excluded.distance_miles, "
            "location = excluded.location, description = excluded.description, "
            "source = excluded.source, withdrawn = 0 WHERE sites.origin = 'catalog' RETURNING id"));
    const QStringList childTables {QStringLiteral("site_tracks"), QStringLiteral("site_languages"),
                                   QStringLiteral("site_services"), QStringLiteral("site_facts")};
    Statement addTrack(m_db,
                       QStringLiteral("INSERT INTO site_tracks(site_id, track_id) VALUES (?, ?)"));
    Statement addLanguage(
        m_db,
        QStringLiteral(
            "INSERT INTO site_languages(site_id, position, language, kind) VALUES (?, ?, ?, ?)"));
    Statement addService(
        m_db,
        QStringLiteral(
            "INSERT INTO site_services(site_id, position, name, kind) VALUES (?, ?, ?, ?)"));
    Statement addFact(
        m_db,
        QStringLiteral(
            "INSERT INTO site_facts(site_id, position, label, value) VALUES (?, ?, ?, ?)"));

    QStringList keys;
    for (qsizetype i = 0; i < program.sites.size(); ++i) {
        const ContinuitySite &site = program.sites.at(i);
        const QString doing = CatalogUpdater::tr("saving continuity site “%1”").arg(site.key);
        auto id = upsert.run({site.key, programId, i, site.name, site.shortName,
                              site.residentsPlaced.text, optional(site.residentsPlaced.min),
                              optional(site.residentsPlaced.max), optional(site.distanceMiles),
                              site.location, site.description, site.source},
                             doing);
        if (!id)
            return id.error();
        if (*id == 0)
            return Error::conflict(
                CatalogUpdater::tr("The catalog's site key “%1” is taken by a site you added.")
                    .arg(site.key));
        keys.append(site.key);
        for (const QString &table : childTables) {
            if (auto done = run(QStringLiteral("DELETE FROM %1 WHERE site_id = ?").arg(table),
                                {*id}, doing);
                !done)
                return done;
        }
        for (const QString &trackKey : site.trackKeys) {
            if (auto done = addTrack.run({*id, m_trackIds.value(trackKey)}, doing); !done)
                return done.error();
        }
        for (qsizetype l = 0; l < site.languages.size(); ++l) {
            const SiteLanguage &language = site.languages.at(l);
            if (auto done = addLanguage.run(
                    {*id, l, language.language, siteLanguageKindId(language.kind)}, doing);
                !done)
                return done.error();
        }
        for (qsizetype s = 0; s < site.services.size(); ++s) {
            const SiteService &service = site.services.at(s);
            if (auto done =
                    addService.run({*id, s, service.name, siteServiceKindId(service.kind)}, doing);
                !done)
                return done.error();
        }
        for (qsizetype f = 0; f < site.facts.size(); ++f) {
            const Fact &fact = site.facts.at(f);
            if (auto done = addFact.run({*id, f, fact.label, fact.value}, doing); !done)
                return done.error();
        }
    }
    return withdrawMissing(QStringLiteral("sites"), QStringLiteral("program_id"), programId, keys);
}

Status Writer::writeFeatures(qint64 programId, const Program &program)
{
    // Nothing of the user's points at a feature, so the catalog's features
    // of a program are simply replaced.
    if (auto done = run(QStringLiteral("DELETE FROM features WHERE program_id = ? "
                                       "AND origin = 'catalog'"),
                        {programId}, CatalogUpdater::tr("replacing curriculum features"));
        !done)
        return done;
    Statement insert(
        m_db,
        QStringLiteral(
            "INSERT INTO features(key, program_id, track_id, position, category, name, duration, "
            "description, origin, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'catalog', ?)"));
    for (qsizetype i = 0; i < program.features.size(); ++i) {
        const CurriculumFeature &feature = program.features.at(i);
        const QVariant trackId =
            feature.trackKey.isEmpty() ? QVariant() : QVariant(m_trackIds.value(feature.trackKey));
        if (auto done =
                insert.run({feature.key, programId, trackId, i, feature.category, feature.name,
                            feature.duration, feature.description, feature.source},
                           CatalogUpdater::tr("saving feature “%1”").arg(feature.key));
            !done)
            return done.error();
    }
    return {};
}

Status Writer::writeProgram(const Program &program)
{
    const QString doing = CatalogUpdater::tr("saving program “%1”").arg(program.key);
    Statement upsert(
        m_db,
        QStringLiteral(
            "INSERT INTO programs(key, name, institution_id, specialty, city, state, description, "
            "website, positions, schedule_model, ambulatory_share_min, ambulatory_share_max, "
            "ambulatory_months_min, ambulatory_months_max, origin, source, withdrawn) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'catalog', ?, 0) "
            "ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
            "institution_id = excluded.institution_id, specialty = excluded.specialty, "
            "city = excluded.city, state = excluded.state, description = excluded.description, "
            "website = excluded.website, positions = excluded.positions, "
            "schedule_model = excluded.schedule_model, "
            "ambulatory_share_min = excluded.ambulatory_share_min, "
            "ambulatory_share_max = excluded.ambulatory_share_max, "
            "ambulatory_months_min = excluded.ambulatory_months_min, "
            "ambulatory_months_max = excluded.ambulatory_months_max, source = excluded.source, "
            "withdrawn = 0 WHERE programs.origin = 'catalog' RETURNING id"));
    auto id = upsert.run(
        {program.key, program.name, m_institutionIds.value(program.institutionKey),
         program.specialty, program.city, program.state, program.description, program.website,
         optional(program.positions), program.scheduleModel, optional(program.ambulatoryShare.min),
         optional(program.ambulatoryShare.max), optional(program.ambulatoryMonths.min),
         optional(program.ambulatoryMonths.max), program.source},
        doing);
    if (!id)
        return id.error();
    if (*id == 0)
        return Error::conflict(
            CatalogUpdater::tr("The catalog's program key “%1” is taken by a program you added.")
                .arg(program.key));

    for (const QString &table :
         {QStringLiteral("program_facts"), QStringLiteral("program_partners"),
          QStringLiteral("program_resources")}) {
        if (auto done =
                run(QStringLiteral("DELETE FROM %1 WHERE program_id = ?").arg(table), {*id}, doing);
            !done)
            return done;
    }
    Statement addFact(
        m_db,
        QStringLiteral("INSERT INTO program_facts(program_id, position, label, value, source) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < program.facts.size(); ++i) {
        const Fact &fact = program.facts.at(i);
        if (auto done = addFact.run({*id, i, fact.label, fact.value, fact.source}, doing); !done)
            return done.error();
    }
    Statement addPartner(
        m_db,
        QStringLiteral("INSERT INTO program_partners(program_id, position, name, role, source) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < program.partners.size(); ++i) {
        const Partner &partner = program.partners.at(i);
        if (auto done = addPartner.run({*id, i, partner.name, partner.role, partner.source}, doing);
            !done)
            return done.error();
    }
    Statement addResource(
        m_db,
        QStringLiteral(
            "INSERT OR IGNORE INTO program_resources(program_id, resource_id) VALUES (?, ?)"));
    for (const QString &resourceKey : program.resourceKeys) {
        if (auto done = addResource.run({*id, m_resourceIds.value(resourceKey)}, doing); !done)
            return done.error();
    }

    if (auto done = writeTracks(*id, program); !done)
        return done;
    if (auto done = writeSites(*id, program); !done)
        return done;
    return writeFeatures(*id, program);
}

Status Writer::write(const Catalog &catalog)
{
    if (auto done = writeInstitutions(catalog.institutions); !done)
        return done;
    if (auto done = writeResources(catalog.resources); !done)
        return done;
    QStringList programKeys;
    for (const Program &program : catalog.programs) {
        if (auto done = writeProgram(program); !done)
            return done;
        programKeys.append(program.key);
    }
    return withdrawMissing(QStringLiteral("programs"), QString(), 0, programKeys);
}

} // namespace

int CatalogUpdater::installedVersion(const Database &db)
{
    return db.meta(kVersionKey, QStringLiteral("0")).toInt();
}

Result<CatalogUpdater::Outcome> CatalogUpdater::apply(Database &db, const Catalog &catalog,
                                                      bool force)
{
    Outcome outcome;
    outcome.previousVersion = installedVersion(db);
    outcome.version = catalog.version;
    if (!force && outcome.previousVersion >= catalog.version) {
        outcome.version = outcome.previousVersion;
        return outcome;
    }
    Status status = db.write([&]() -> Status {
        // Re-read inside the lock: another process may have updated meanwhile.
        if (!force && installedVersion(db) >= catalog.version)
            return {};
        Writer writer(db);
        if (auto done = writer.write(catalog); !done)
            return done;
        outcome.changed = true;
        return db.setMeta(kVersionKey, QString::number(catalog.version));
    });
    if (!status)
        return status.error();
    return outcome;
}

} // namespace rw
