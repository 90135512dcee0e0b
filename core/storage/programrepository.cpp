#include "storage/programrepository.h"

#include "storage/programrows.h"
#include "storage/statement.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace rw {

namespace {

using SqlValues::optionalDouble;
using SqlValues::optionalInt;

const QString kProgramColumns = QStringLiteral(
    "p.id, p.key, p.name, i.key, i.name, p.specialty, p.city, p.state, p.description, "
    "p.website, p.positions, p.schedule_model, p.ambulatory_share_min, p.ambulatory_share_max, "
    "p.ambulatory_months_min, p.ambulatory_months_max, p.origin, p.source, "
    "(SELECT count(*) FROM sites s WHERE s.program_id = p.id AND s.withdrawn = 0)");

Program programFromRow(const QSqlQuery &q)
{
    Program p;
    p.id = q.value(0).toLongLong();
    p.key = q.value(1).toString();
    p.name = q.value(2).toString();
    p.institutionKey = q.value(3).toString();
    p.institutionName = q.value(4).toString();
    p.specialty = q.value(5).toString();
    p.city = q.value(6).toString();
    p.state = q.value(7).toString();
    p.description = q.value(8).toString();
    p.website = q.value(9).toString();
    p.positions = optionalInt(q.value(10));
    p.scheduleModel = q.value(11).toString();
    p.ambulatoryShare = {optionalDouble(q.value(12)), optionalDouble(q.value(13))};
    p.ambulatoryMonths = {optionalDouble(q.value(14)), optionalDouble(q.value(15))};
    p.origin = originFromId(q.value(16).toString());
    p.source = q.value(17).toString();
    p.siteCount = q.value(18).toInt();
    return p;
}

// Runs a read query with one bound id and calls `row` for each result row.
template<typename Row>
Status eachRow(const Database &db, const QString &sql, const QVariantList &values, Row row)
{
    return Statement::forEach(db, sql, values, ProgramRepository::tr("reading programs"), row);
}

} // namespace

Result<QList<Program>> ProgramRepository::listPrograms(bool includeWithdrawn) const
{
    QList<Program> programs;
    QHash<qint64, qsizetype> indexById;
    const QString withdrawn =
        includeWithdrawn ? QString() : QStringLiteral(" WHERE p.withdrawn = 0");
    Status status =
        eachRow(m_db,
                QStringLiteral("SELECT ") + kProgramColumns
                    + QStringLiteral(" FROM programs p LEFT JOIN institutions i "
                                     "ON i.id = p.institution_id")
                    + withdrawn + QStringLiteral(" ORDER BY p.name COLLATE NOCASE, p.key"),
                {}, [&](const QSqlQuery &q) {
                    indexById.insert(q.value(0).toLongLong(), programs.size());
                    programs.append(programFromRow(q));
                });
    if (!status)
        return status.error();
    const QString trackFilter =
        includeWithdrawn ? QString() : QStringLiteral(" WHERE t.withdrawn = 0");
    status = eachRow(m_db,
                     QStringLiteral("SELECT ") + ProgramRows::trackColumns()
                         + QStringLiteral(" FROM tracks t JOIN programs p ON p.id = t.program_id")
                         + trackFilter + QStringLiteral(" ORDER BY t.program_id, t.position"),
                     {}, [&](const QSqlQuery &q) {
                         const auto it = indexById.constFind(q.value(1).toLongLong());
                         if (it != indexById.cend())
                             programs[*it].tracks.append(ProgramRows::trackFromRow(q));
                     });
    if (!status)
        return status.error();
    return programs;
}

Result<Program> ProgramRepository::program(const QString &key) const
{
    std::optional<Program> found;
    Status status = eachRow(m_db,
                            QStringLiteral("SELECT ") + kProgramColumns
                                + QStringLiteral(" FROM programs p LEFT JOIN institutions i "
                                                 "ON i.id = p.institution_id WHERE p.key = ? "
                                                 "AND NOT (p.origin = 'user' AND p.withdrawn = 1)"),
                            {key}, [&](const QSqlQuery &q) { found = programFromRow(q); });
    if (!status)
        return status.error();
    if (!found)
        return Error::notFound(tr("There is no program with the key “%1”.").arg(key));
    if (auto details = loadDetails(*found); !details)
        return details.error();
    return *found;
}

Status ProgramRepository::loadDetails(Program &program) const
{
    const QVariantList id {program.id};
    Status status = eachRow(m_db,
                            QStringLiteral("SELECT label, value, source FROM program_facts "
                                           "WHERE program_id = ? ORDER BY position"),
                            id, [&](const QSqlQuery &q) {
                                program.facts.append({q.value(0).toString(), q.value(1).toString(),
                                                      q.value(2).toString()});
                            });
    if (!status)
        return status;
    status = eachRow(m_db,
                     QStringLiteral("SELECT name, role, source FROM program_partners "
                                    "WHERE program_id = ? ORDER BY position"),
                     id, [&](const QSqlQuery &q) {
                         program.partners.append(
                             {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
                     });
    if (!status)
        return status;
    status = eachRow(
        m_db,
        QStringLiteral("SELECT r.key FROM program_resources pr JOIN resources r "
                       "ON r.id = pr.resource_id WHERE pr.program_id = ? ORDER BY r.name"),
        id, [&](const QSqlQuery &q) { program.resourceKeys.append(q.value(0).toString()); });
    if (!status)
        return status;

    QHash<qint64, qsizetype> trackIndex;
    QHash<qint64, QString> trackKeys;
    status = eachRow(m_db,
                     QStringLiteral("SELECT ") + ProgramRows::trackColumns()
                         + QStringLiteral(" FROM tracks t JOIN programs p ON p.id = t.program_id "
                                          "WHERE t.program_id = ? AND t.withdrawn = 0 "
                                          "ORDER BY t.position"),
                     id, [&](const QSqlQuery &q) {
                         Track track = ProgramRows::trackFromRow(q);
                         trackIndex.insert(track.id, program.tracks.size());
                         trackKeys.insert(track.id, track.key);
                         program.tracks.append(track);
                     });
    if (!status)
        return status;
    status =
        eachRow(m_db,
                QStringLiteral("SELECT f.track_id, f.label, f.value, f.source FROM track_facts f "
                               "JOIN tracks t ON t.id = f.track_id WHERE t.program_id = ? "
                               "ORDER BY f.track_id, f.position"),
                id, [&](const QSqlQuery &q) {
                    const auto it = trackIndex.constFind(q.value(0).toLongLong());
                    if (it != trackIndex.cend())
                        program.tracks[*it].facts.append(
                            {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
                });
    if (!status)
        return status;

    QHash<qint64, qsizetype> siteIndex;
    status = eachRow(m_db,
                     QStringLiteral("SELECT id, key, name, short_name, residents_placed, "
                                    "residents_min, residents_max, distance_miles, location, "
                                    "description, origin, source FROM sites "
                                    "WHERE program_id = ? AND withdrawn = 0 ORDER BY position"),
                     id, [&](const QSqlQuery &q) {
                         ContinuitySite site;
                         site.id = q.value(0).toLongLong();
                         site.programId = program.id;
                         site.programKey = program.key;
                         site.key = q.value(1).toString();
                         site.name = q.value(2).toString();
                         site.shortName = q.value(3).toString();
                         site.residentsPlaced.text = q.value(4).toString();
                         site.residentsPlaced.min = optionalInt(q.value(5));
                         site.residentsPlaced.max = optionalInt(q.value(6));
                         site.distanceMiles = optionalDouble(q.value(7));
                         site.location = q.value(8).toString();
                         site.description = q.value(9).toString();
                         site.origin = originFromId(q.value(10).toString());
                         site.source = q.value(11).toString();
                         siteIndex.insert(site.id, program.sites.size());
                         program.sites.append(site);
                     });
    if (!status)
        return status;
    auto siteAt = [&](const QSqlQuery &q) -> ContinuitySite * {
        const auto it = siteIndex.constFind(q.value(0).toLongLong());
        return it == siteIndex.cend() ? nullptr : &program.sites[*it];
    };
    status = eachRow(m_db,
                     QStringLiteral("SELECT st.site_id, st.track_id FROM site_tracks st "
                                    "JOIN sites s ON s.id = st.site_id "
                                    "JOIN tracks t ON t.id = st.track_id "
                                    "WHERE s.program_id = ? ORDER BY st.site_id, t.position"),
                     id, [&](const QSqlQuery &q) {
                         if (ContinuitySite *site = siteAt(q)) {
                             const QString trackKey = trackKeys.value(q.value(1).toLongLong());
                             if (!trackKey.isEmpty())
                                 site->trackKeys.append(trackKey);
                         }
                     });
    if (!status)
        return status;
    status = eachRow(m_db,
                     QStringLiteral("SELECT l.site_id, l.language, l.kind FROM site_languages l "
                                    "JOIN sites s ON s.id = l.site_id WHERE s.program_id = ? "
                                    "ORDER BY l.site_id, l.position"),
                     id, [&](const QSqlQuery &q) {
                         if (ContinuitySite *site = siteAt(q))
                             site->languages.append({q.value(1).toString(),
                                                     siteLanguageKindFromId(q.value(2).toString())
                                                         .value_or(SiteLanguage::Kind::Staff)});
                     });
    if (!status)
        return status;
    status = eachRow(m_db,
                     QStringLiteral("SELECT v.site_id, v.name, v.kind FROM site_services v "
                                    "JOIN sites s ON s.id = v.site_id WHERE s.program_id = ? "
                                    "ORDER BY v.site_id, v.position"),
                     id, [&](const QSqlQuery &q) {
                         if (ContinuitySite *site = siteAt(q))
                             site->services.append({q.value(1).toString(),
                                                    siteServiceKindFromId(q.value(2).toString())
                                                        .value_or(SiteService::Kind::Service)});
                     });
    if (!status)
        return status;
    status = eachRow(
        m_db,
        QStringLiteral("SELECT f.site_id, f.label, f.value FROM site_facts f "
                       "JOIN sites s ON s.id = f.site_id WHERE s.program_id = ? "
                       "ORDER BY f.site_id, f.position"),
        id, [&](const QSqlQuery &q) {
            if (ContinuitySite *site = siteAt(q))
                site->facts.append({q.value(1).toString(), q.value(2).toString(), site->source});
        });
    if (!status)
        return status;

    return eachRow(m_db,
                   QStringLiteral("SELECT f.id, f.key, t.key, f.category, f.name, f.duration, "
                                  "f.description, f.origin, f.source FROM features f "
                                  "LEFT JOIN tracks t ON t.id = f.track_id "
                                  "WHERE f.program_id = ? ORDER BY f.position"),
                   id, [&](const QSqlQuery &q) {
                       CurriculumFeature feature;
                       feature.id = q.value(0).toLongLong();
                       feature.programId = program.id;
                       feature.programKey = program.key;
                       feature.key = q.value(1).toString();
                       feature.trackKey = q.value(2).toString();
                       feature.category = q.value(3).toString();
                       feature.name = q.value(4).toString();
                       feature.duration = q.value(5).toString();
                       feature.description = q.value(6).toString();
                       feature.origin = originFromId(q.value(7).toString());
                       feature.source = q.value(8).toString();
                       program.features.append(feature);
                   });
}

} // namespace rw
