#include "storage/siterepository.h"

#include "storage/programrepository.h"
#include "storage/programrows.h"
#include "storage/statement.h"
#include "util/keys.h"

namespace rw {

using SqlValues::nullable;

Status SiteRepository::writeLists(qint64 siteId, qint64 programId, const ContinuitySite &site)
{
    const QString doing = tr("saving the site “%1”").arg(site.name.trimmed());
    for (const QString &table : {QStringLiteral("site_tracks"), QStringLiteral("site_languages"),
                                 QStringLiteral("site_services")}) {
        if (auto done =
                Statement::run(m_db, QStringLiteral("DELETE FROM %1 WHERE site_id = ?").arg(table),
                               {siteId}, doing);
            !done)
            return done.error();
    }
    for (const QString &trackKey : site.trackKeys) {
        auto track = Statement::scalar(m_db,
                                       QStringLiteral("SELECT id FROM tracks WHERE key = ? AND "
                                                      "program_id = ? AND withdrawn = 0"),
                                       {trackKey, programId}, doing);
        if (!track)
            return track.error();
        if (!track->isValid())
            return Error::input(
                tr("Site “%1”: “%2” is not a track of this program.").arg(site.name, trackKey));
        if (auto done = Statement::run(m_db,
                                       QStringLiteral("INSERT OR IGNORE INTO site_tracks(site_id, "
                                                      "track_id) VALUES (?, ?)"),
                                       {siteId, *track}, doing);
            !done)
            return done.error();
    }
    for (qsizetype i = 0; i < site.languages.size(); ++i) {
        const SiteLanguage &language = site.languages.at(i);
        if (auto done = Statement::run(
                m_db,
                QStringLiteral("INSERT INTO site_languages(site_id, position, "
                               "language, kind) VALUES (?, ?, ?, ?)"),
                {siteId, i, language.language.trimmed(), siteLanguageKindId(language.kind)}, doing);
            !done)
            return done.error();
    }
    for (qsizetype i = 0; i < site.services.size(); ++i) {
        const SiteService &service = site.services.at(i);
        if (auto done = Statement::run(
                m_db,
                QStringLiteral("INSERT INTO site_services(site_id, position, name, "
                               "kind) VALUES (?, ?, ?, ?)"),
                {siteId, i, service.name.trimmed(), siteServiceKindId(service.kind)}, doing);
            !done)
            return done.error();
    }
    return {};
}

Result<QString> SiteRepository::add(const QString &programKey, const ContinuitySite &site)
{
    if (Status valid = validate(site); !valid)
        return valid.error();
    const ResidentsPlaced placed = *ResidentsPlaced::parse(site.residentsPlaced.text);
    QString newKey;
    Status status = m_db.write([&]() -> Status {
        auto program = ProgramRows::state(m_db, programKey);
        if (!program)
            return program.error();
        if (program->table != u"programs" || program->withdrawn)
            return Error::notFound(
                ProgramRows::notFoundMessage(QStringLiteral("programs"), programKey));
        if (auto clash = ProgramRows::checkUniqueName(m_db, QStringLiteral("sites"), program->id,
                                                      site.name, 0);
            !clash)
            return clash;
        const QString slug =
            (program->user ? QString() : Keys::userPrefix()) + Keys::slugify(site.name, 40);
        auto key =
            ProgramRows::uniqueKey(m_db, QStringLiteral("sites"), Keys::siteKey(programKey, slug));
        if (!key)
            return key.error();
        auto siteId = Statement::insert(
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
        if (!siteId)
            return siteId.error();
        if (auto done = writeLists(*siteId, program->id, site); !done)
            return done;
        newKey = *key;
        return {};
    });
    if (!status)
        return status.error();
    return newKey;
}

Status SiteRepository::update(const ContinuitySite &site)
{
    if (Status valid = validate(site); !valid)
        return valid.error();
    const ResidentsPlaced placed = *ResidentsPlaced::parse(site.residentsPlaced.text);
    return m_db.write([&]() -> Status {
        auto state = ProgramRows::editable(m_db, site.key, QStringLiteral("sites"));
        if (!state)
            return state.error();
        if (auto clash = ProgramRows::checkUniqueName(m_db, QStringLiteral("sites"),
                                                      state->programId, site.name, state->id);
            !clash)
            return clash;
        auto update = Statement::run(
            m_db,
            QStringLiteral("UPDATE sites SET name = ?, short_name = ?, residents_placed = ?, "
                           "residents_min = ?, residents_max = ?, distance_miles = ?, "
                           "location = ?, description = ? WHERE id = ?"),
            {site.name.trimmed(), site.shortName.trimmed(), placed.text, nullable(placed.min),
             nullable(placed.max), nullable(site.distanceMiles), site.location.trimmed(),
             site.description, state->id},
            tr("saving the site “%1”").arg(site.name.trimmed()));
        if (!update)
            return update.error();
        return writeLists(state->id, state->programId, site);
    });
}

Result<ContinuitySite> SiteRepository::site(const QString &key) const
{
    if (!Keys::isValidSiteKey(key))
        return Error::input(tr("“%1” is not a continuity site key.").arg(key));
    auto program = ProgramRepository(m_db).program(Keys::programOf(key));
    if (program) {
        for (const ContinuitySite &site : program->sites) {
            if (site.key == key)
                return site;
        }
    }
    return Error::notFound(ProgramRows::notFoundMessage(QStringLiteral("sites"), key));
}

Status SiteRepository::validate(const ContinuitySite &site)
{
    const QString name = site.name.trimmed();
    if (name.isEmpty())
        return Error::input(tr("A continuity site needs a name."));
    if (!ResidentsPlaced::parse(site.residentsPlaced.text))
        return Error::input(
            tr("Site “%1”: residents placed “%2” is not a number (12), a range (2-10) or an "
               "open range (20+).")
                .arg(name, site.residentsPlaced.text.trimmed()));
    if (site.distanceMiles && (*site.distanceMiles < 0 || *site.distanceMiles > 1000))
        return Error::input(
            tr("Site “%1”: the distance must be between 0 and 1000 miles.").arg(name));
    for (const SiteLanguage &language : site.languages) {
        if (language.language.trimmed().isEmpty())
            return Error::input(tr("Site “%1”: a language has no name.").arg(name));
    }
    for (const SiteService &service : site.services) {
        if (service.name.trimmed().isEmpty())
            return Error::input(tr("Site “%1”: a service has no name.").arg(name));
    }
    return {};
}

} // namespace rw
