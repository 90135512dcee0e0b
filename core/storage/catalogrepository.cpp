#include "storage/catalogrepository.h"

namespace rw {

namespace {

using SqlValues::nullable;
using SqlValues::textOrNull;

QString clearing(const QString &table, const QString &column)
{
    return QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, column);
}

QString withdrawing(const QString &table, bool perProgram)
{
    return QStringLiteral("UPDATE %1 SET withdrawn = 1 WHERE origin = 'catalog' "
                          "AND key NOT IN (SELECT value FROM json_each(?))%2")
        .arg(table, perProgram ? QStringLiteral(" AND program_id = ?") : QString());
}

} // namespace

CatalogRepository::CatalogRepository(Database &db)
    : m_db(db)
    , m_institution(
          db,
          QStringLiteral(
              "INSERT INTO institutions(key, name, origin, source) VALUES (?, ?, 'catalog', ?) "
              "ON CONFLICT(key) DO UPDATE SET name = excluded.name, source = excluded.source "
              "RETURNING id"))
    , m_resource(db,
                 QStringLiteral(
                     "INSERT INTO resources(key, name, kind, city, state, address, phone, website, "
                     "description, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                     "city = excluded.city, state = excluded.state, address = excluded.address, "
                     "phone = excluded.phone, website = excluded.website, "
                     "description = excluded.description, source = excluded.source RETURNING id"))
    , m_clearOfferings(
          db, clearing(QStringLiteral("resource_offerings"), QStringLiteral("resource_id")))
    , m_addOffering(
          db,
          QStringLiteral(
              "INSERT INTO resource_offerings(resource_id, position, category, name, description) "
              "VALUES (?, ?, ?, ?, ?)"))
    , m_program(
          db,
          QStringLiteral(
              "INSERT INTO programs(key, name, institution_id, specialty, city, state, "
              "description, website, positions, schedule_model, ambulatory_share_min, "
              "ambulatory_share_max, ambulatory_months_min, ambulatory_months_max, origin, "
              "source, withdrawn) "
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
              "withdrawn = 0 WHERE programs.origin = 'catalog' RETURNING id"))
    , m_clearProgramFacts(db,
                          clearing(QStringLiteral("program_facts"), QStringLiteral("program_id")))
    , m_clearPartners(db,
                      clearing(QStringLiteral("program_partners"), QStringLiteral("program_id")))
    , m_clearProgramResources(
          db, clearing(QStringLiteral("program_resources"), QStringLiteral("program_id")))
    , m_addProgramFact(
          db,
          QStringLiteral("INSERT INTO program_facts(program_id, position, label, value, source) "
                         "VALUES (?, ?, ?, ?, ?)"))
    , m_addPartner(
          db,
          QStringLiteral("INSERT INTO program_partners(program_id, position, name, role, source) "
                         "VALUES (?, ?, ?, ?, ?)"))
    , m_addProgramResource(
          db,
          QStringLiteral(
              "INSERT OR IGNORE INTO program_resources(program_id, resource_id) VALUES (?, ?)"))
    , m_track(db,
              QStringLiteral(
                  "INSERT INTO tracks(key, program_id, position, name, type, nrmp_code, positions, "
                  "schedule_model, ambulatory_share_min, ambulatory_share_max, "
                  "ambulatory_months_min, ambulatory_months_max, description, origin, source, "
                  "withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'catalog', ?, 0) "
                  "ON CONFLICT(key) DO UPDATE SET program_id = excluded.program_id, "
                  "position = excluded.position, name = excluded.name, type = excluded.type, "
                  "nrmp_code = excluded.nrmp_code, positions = excluded.positions, "
                  "schedule_model = excluded.schedule_model, "
                  "ambulatory_share_min = excluded.ambulatory_share_min, "
                  "ambulatory_share_max = excluded.ambulatory_share_max, "
                  "ambulatory_months_min = excluded.ambulatory_months_min, "
                  "ambulatory_months_max = excluded.ambulatory_months_max, "
                  "description = excluded.description, source = excluded.source, withdrawn = 0 "
                  "WHERE tracks.origin = 'catalog' RETURNING id"))
    , m_clearTrackFacts(db, clearing(QStringLiteral("track_facts"), QStringLiteral("track_id")))
    , m_addTrackFact(db,
                     QStringLiteral("INSERT INTO track_facts(track_id, position, label, value, "
                                    "source) VALUES (?, ?, ?, ?, ?)"))
    , m_site(db,
             QStringLiteral(
                 "INSERT INTO sites(key, program_id, position, name, short_name, "
                 "residents_placed, residents_min, residents_max, distance_miles, location, "
                 "description, origin, source, withdrawn) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'catalog', ?, 0) "
                 "ON CONFLICT(key) DO UPDATE SET program_id = excluded.program_id, "
                 "position = excluded.position, name = excluded.name, "
                 "short_name = excluded.short_name, residents_placed = excluded.residents_placed, "
                 "residents_min = excluded.residents_min, residents_max = excluded.residents_max, "
                 "distance_miles = excluded.distance_miles, location = excluded.location, "
                 "description = excluded.description, source = excluded.source, withdrawn = 0 "
                 "WHERE sites.origin = 'catalog' RETURNING id"))
    , m_clearSiteTracks(db, clearing(QStringLiteral("site_tracks"), QStringLiteral("site_id")))
    , m_clearLanguages(db, clearing(QStringLiteral("site_languages"), QStringLiteral("site_id")))
    , m_clearServices(db, clearing(QStringLiteral("site_services"), QStringLiteral("site_id")))
    , m_clearSiteFacts(db, clearing(QStringLiteral("site_facts"), QStringLiteral("site_id")))
    , m_addSiteTrack(db, QStringLiteral("INSERT INTO site_tracks(site_id, track_id) VALUES (?, ?)"))
    , m_addLanguage(db,
                    QStringLiteral("INSERT INTO site_languages(site_id, position, language, kind) "
                                   "VALUES (?, ?, ?, ?)"))
    , m_addService(db,
                   QStringLiteral("INSERT INTO site_services(site_id, position, name, kind) "
                                  "VALUES (?, ?, ?, ?)"))
    , m_addSiteFact(db,
                    QStringLiteral("INSERT INTO site_facts(site_id, position, label, value) "
                                   "VALUES (?, ?, ?, ?)"))
    , m_clearFeatures(
          db, QStringLiteral("DELETE FROM features WHERE program_id = ? AND origin = 'catalog'"))
    , m_addFeature(db,
                   QStringLiteral(
                       "INSERT INTO features(key, program_id, track_id, position, category, name, "
                       "duration, description, origin, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "'catalog', ?)"))
    , m_withdrawPrograms(db, withdrawing(QStringLiteral("programs"), false))
    , m_withdrawTracks(db, withdrawing(QStringLiteral("tracks"), true))
    , m_withdrawSites(db, withdrawing(QStringLiteral("sites"), true))
{ }

Status CatalogRepository::clear(Statement &statement, qint64 id, const QString &doing)
{
    if (auto done = statement.run({id}, doing); !done)
        return done.error();
    return {};
}

Result<qint64> CatalogRepository::upsertInstitution(const Institution &institution)
{
    return m_institution.returningId({institution.key, institution.name, institution.source},
                                     tr("saving institution “%1”").arg(institution.key));
}

Result<qint64> CatalogRepository::upsertResource(const Resource &resource)
{
    const QString doing = tr("saving resource “%1”").arg(resource.key);
    auto id = m_resource.returningId({resource.key, resource.name, resource.kind, resource.city,
                                      resource.state, resource.address, resource.phone,
                                      resource.website, resource.description, resource.source},
                                     doing);
    if (!id)
        return id;
    if (auto done = clear(m_clearOfferings, *id, doing); !done)
        return done.error();
    for (qsizetype i = 0; i < resource.offerings.size(); ++i) {
        const ResourceOffering &offering = resource.offerings.at(i);
        if (auto done = m_addOffering.run(
                {*id, i, offering.category, offering.name, offering.description}, doing);
            !done)
            return done.error();
    }
    return id;
}

Result<qint64> CatalogRepository::upsertProgram(const Program &program, qint64 institutionId,
                                                const QList<qint64> &resourceIds)
{
    const QString doing = tr("saving program “%1”").arg(program.key);
    auto id = m_program.returningId(
        {program.key, program.name, institutionId, program.specialty, program.city, program.state,
         program.description, program.website, nullable(program.positions), program.scheduleModel,
         nullable(program.ambulatoryShare.min), nullable(program.ambulatoryShare.max),
         nullable(program.ambulatoryMonths.min), nullable(program.ambulatoryMonths.max),
         program.source},
        doing);
    if (!id || *id == 0)
        return id;
    for (Statement *statement :
         {&m_clearProgramFacts, &m_clearPartners, &m_clearProgramResources}) {
        if (auto done = clear(*statement, *id, doing); !done)
            return done.error();
    }
    for (qsizetype i = 0; i < program.facts.size(); ++i) {
        const Fact &fact = program.facts.at(i);
        if (auto done = m_addProgramFact.run({*id, i, fact.label, fact.value, fact.source}, doing);
            !done)
            return done.error();
    }
    for (qsizetype i = 0; i < program.partners.size(); ++i) {
        const Partner &partner = program.partners.at(i);
        if (auto done =
                m_addPartner.run({*id, i, partner.name, partner.role, partner.source}, doing);
            !done)
            return done.error();
    }
    for (qint64 resourceId : resourceIds) {
        if (auto done = m_addProgramResource.run({*id, resourceId}, doing); !done)
            return done.error();
    }
    return id;
}

Result<qint64> CatalogRepository::upsertTrack(qint64 programId, int position, const Track &track)
{
    const QString doing = tr("saving track “%1”").arg(track.key);
    auto id = m_track.returningId(
        {track.key, programId, position, track.name, trackTypeId(track.type),
         textOrNull(track.nrmpCode), nullable(track.positions), track.scheduleModel,
         nullable(track.ambulatoryShare.min), nullable(track.ambulatoryShare.max),
         nullable(track.ambulatoryMonths.min), nullable(track.ambulatoryMonths.max),
         track.description, track.source},
        doing);
    if (!id || *id == 0)
        return id;
    if (auto done = clear(m_clearTrackFacts, *id, doing); !done)
        return done.error();
    for (qsizetype f = 0; f < track.facts.size(); ++f) {
        const Fact &fact = track.facts.at(f);
        if (auto done = m_addTrackFact.run({*id, f, fact.label, fact.value, fact.source}, doing);
            !done)
            return done.error();
    }
    return id;
}

Result<qint64> CatalogRepository::upsertSite(qint64 programId, int position,
                                             const ContinuitySite &site,
                                             const QList<qint64> &trackIds)
{
    const QString doing = tr("saving continuity site “%1”").arg(site.key);
    auto id = m_site.returningId({site.key, programId, position, site.name, site.shortName,
                                  site.residentsPlaced.text, nullable(site.residentsPlaced.min),
                                  nullable(site.residentsPlaced.max), nullable(site.distanceMiles),
                                  site.location, site.description, site.source},
                                 doing);
    if (!id || *id == 0)
        return id;
    for (Statement *statement :
         {&m_clearSiteTracks, &m_clearLanguages, &m_clearServices, &m_clearSiteFacts}) {
        if (auto done = clear(*statement, *id, doing); !done)
            return done.error();
    }
    for (qint64 trackId : trackIds) {
        if (auto done = m_addSiteTrack.run({*id, trackId}, doing); !done)
            return done.error();
    }
    for (qsizetype l = 0; l < site.languages.size(); ++l) {
        const SiteLanguage &language = site.languages.at(l);
        if (auto done = m_addLanguage.run(
                {*id, l, language.language, siteLanguageKindId(language.kind)}, doing);
            !done)
            return done.error();
    }
    for (qsizetype s = 0; s < site.services.size(); ++s) {
        const SiteService &service = site.services.at(s);
        if (auto done =
                m_addService.run({*id, s, service.name, siteServiceKindId(service.kind)}, doing);
            !done)
            return done.error();
    }
    for (qsizetype f = 0; f < site.facts.size(); ++f) {
        const Fact &fact = site.facts.at(f);
        if (auto done = m_addSiteFact.run({*id, f, fact.label, fact.value}, doing); !done)
            return done.error();
    }
    return id;
}

Status CatalogRepository::replaceFeatures(qint64 programId,
                                          const QList<CurriculumFeature> &features,
                                          const QHash<QString, qint64> &trackIds)
{
    if (auto done = clear(m_clearFeatures, programId, tr("replacing curriculum features")); !done)
        return done;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const CurriculumFeature &feature = features.at(i);
        const QVariant trackId =
            feature.trackKey.isEmpty() ? QVariant() : QVariant(trackIds.value(feature.trackKey));
        if (auto done = m_addFeature.run({feature.key, programId, trackId, i, feature.category,
                                          feature.name, feature.duration, feature.description,
                                          feature.source},
                                         tr("saving feature “%1”").arg(feature.key));
            !done)
            return done.error();
    }
    return {};
}

Status CatalogRepository::withdrawAllBut(Table table, qint64 programId, const QStringList &keys)
{
    // Keys go in as a JSON array so one statement handles any count.
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i)
            json += u',';
        json += u'"' + keys.at(i) + u'"'; // keys are validated slugs: no quoting needed
    }
    json += u']';
    const QString doing = tr("marking withdrawn catalog entries");
    auto done = table == Table::Programs
        ? m_withdrawPrograms.run({json}, doing)
        : (table == Table::Tracks ? m_withdrawTracks : m_withdrawSites)
              .run({json, programId}, doing);
    if (!done)
        return done.error();
    return {};
}

} // namespace rw
