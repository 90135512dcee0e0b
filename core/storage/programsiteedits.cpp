// ProgramRepository's writes of the user's own continuity sites.

#include "storage/editqueries.h"
#include "util/keys.h"

namespace rw {

using EditQueries::notFoundMessage;
using EditQueries::run;
using SqlValues::nullable;

Status ProgramRepository::writeSiteLists(qint64 siteId, qint64 programId,
                                         const ContinuitySite &site)
{
    const QString doing = tr("saving the site “%1”").arg(site.name.trimmed());
    for (const QString &table : {QStringLiteral("site_tracks"), QStringLiteral("site_languages"),
                                 QStringLiteral("site_services")}) {
        if (auto done = run(m_db, QStringLiteral("DELETE FROM %1 WHERE site_id = ?").arg(table),
                            {siteId}, doing);
            !done)
            return done.error();
    }
    for (const QString &trackKey : site.trackKeys) {
        auto track = run(m_db,
                         QStringLiteral("SELECT id FROM tracks WHERE key = ? AND program_id = ? "
                                        "AND withdrawn = 0"),
                         {trackKey, programId}, doing);
        if (!track)
            return track.error();
        if (!track->next())
            return Error::input(
                tr("Site “%1”: “%2” is not a track of this program.").arg(site.name, trackKey));
        if (auto done = run(m_db,
                            QStringLiteral("INSERT OR IGNORE INTO site_tracks(site_id, track_id) "
                                           "VALUES (?, ?)"),
                            {siteId, track->value(0)}, doing);
            !done)
            return done.error();
    }
    for (qsizetype i = 0; i < site.languages.size(); ++i) {
        const SiteLanguage &language = site.languages.at(i);
        if (auto done = run(
                m_db,
                QStringLiteral("INSERT INTO site_languages(site_id, position, "
                               "language, kind) VALUES (?, ?, ?, ?)"),
                {siteId, i, language.language.trimmed(), siteLanguageKindId(language.kind)}, doing);
            !done)
            return done.error();
    }
    for (qsizetype i = 0; i < site.services.size(); ++i) {
        const SiteService &service = site.services.at(i);
        if (auto done =
                run(m_db,
                    QStringLiteral("INSERT INTO site_services(site_id, position, name, "
                                   "kind) VALUES (?, ?, ?, ?)"),
                    {siteId, i, service.name.trimmed(), siteServiceKindId(service.kind)}, doing);
            !done)
            return done.error();
    }
    return {};
}

Result<QString> ProgramRepository::addSite(const QString &programKey, const ContinuitySite &site)
{
    if (const QString problem = validateSite(site); !problem.isEmpty())
        return Error::input(problem);
    const ResidentsPlaced placed = *ResidentsPlaced::parse(site.residentsPlaced.text);
    QString newKey;
    Status status = m_db.write([&]() -> Status {
        auto program = rowState(programKey);
        if (!program)
            return program.error();
        if (program->table != u"programs" || program->withdrawn)
            return Error::notFound(notFoundMessage(QStringLiteral("programs"), programKey));
        if (auto clash = checkUniqueName(QStringLiteral("sites"), program->id, site.name, 0);
            !clash)
            return clash;
        const QString slug =
            (program->user ? QString() : Keys::userPrefix()) + Keys::slugify(site.name, 40);
        auto key = uniqueKey(QStringLiteral("sites"), Keys::siteKey(programKey, slug));
        if (!key)
            return key.error();
        auto insert = run(
            m_db,
            QStringLiteral(
                "INSERT INTO sites(key, program_id, position, name, short_name, "
                "residents_placed, residents_min, residents_max, distance_miles, location, "
                "description, origin, source) VALUES (?, ?, (SELECT COALESCE(MAX(position), -1) "
                "+ 1 FROM sites WHERE program_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, 'user', ?)"),
            {*key, program->id, program->id, site.name.trimmed(), site.shortName.trimmed(),
             placed.text, nullable(placed.min), nullable(placed.max), nullable(site.distanceMiles),
             site.location.trimmed(), site.description, userSource()},
            tr("adding the site “%1”").arg(site.name.trimmed()));
        if (!insert)
            return insert.error();
        if (auto done = writeSiteLists(insert->lastInsertId().toLongLong(), program->id, site);
            !done)
            return done;
        newKey = *key;
        return {};
    });
    if (!status)
        return status.error();
    return newKey;
}

Status ProgramRepository::updateSite(const ContinuitySite &site)
{
    if (const QString problem = validateSite(site); !problem.isEmpty())
        return Error::input(problem);
    const ResidentsPlaced placed = *ResidentsPlaced::parse(site.residentsPlaced.text);
    return m_db.write([&]() -> Status {
        auto state = editableRow(site.key);
        if (!state)
            return state.error();
        if (state->table != u"sites")
            return Error::input(tr("“%1” is not a continuity site key.").arg(site.key));
        if (auto clash =
                checkUniqueName(QStringLiteral("sites"), state->programId, site.name, state->id);
            !clash)
            return clash;
        auto update =
            run(m_db,
                QStringLiteral("UPDATE sites SET name = ?, short_name = ?, residents_placed = ?, "
                               "residents_min = ?, residents_max = ?, distance_miles = ?, "
                               "location = ?, description = ? WHERE id = ?"),
                {site.name.trimmed(), site.shortName.trimmed(), placed.text, nullable(placed.min),
                 nullable(placed.max), nullable(site.distanceMiles), site.location.trimmed(),
                 site.description, state->id},
                tr("saving the site “%1”").arg(site.name.trimmed()));
        if (!update)
            return update.error();
        return writeSiteLists(state->id, state->programId, site);
    });
}

Result<ContinuitySite> ProgramRepository::site(const QString &key) const
{
    if (!Keys::isValidSiteKey(key))
        return Error::input(tr("“%1” is not a continuity site key.").arg(key));
    auto program = this->program(Keys::programOf(key));
    if (program) {
        for (const ContinuitySite &site : program->sites) {
            if (site.key == key)
                return site;
        }
    }
    return Error::notFound(notFoundMessage(QStringLiteral("sites"), key));
}

} // namespace rw
