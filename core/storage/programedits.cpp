// ProgramRepository's writes: the user's own programs, tracks and sites.
// Catalog rows are never changed here.

#include "storage/database.h"
#include "storage/programrepository.h"
#include "storage/sqlvalues.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

#include <QSet>
#include <QSqlQuery>

namespace rw {

namespace {

using SqlValues::nullable;

Result<QSqlQuery> run(Database &db, const QString &sql, const QVariantList &values,
                      const QString &doing)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    SqlValues::bindAll(*query, values);
    if (auto status = execute(*query, doing); !status)
        return status.error();
    return std::move(query.value());
}

// Empty when the range fits in [0, maxValue] with min <= max.
QString rangeProblem(const Range &range, const QString &what, double maxValue)
{
    for (const auto &end : {range.min, range.max}) {
        if (end && (*end < 0 || *end > maxValue))
            return ProgramRepository::tr("%1 must be between 0 and %2.").arg(what).arg(maxValue);
    }
    if (range.min && range.max && *range.min > *range.max)
        return ProgramRepository::tr("%1: the lower bound is above the upper bound.").arg(what);
    return {};
}

QString positionsProblem(const std::optional<int> &positions)
{
    if (positions && (*positions < 0 || *positions > 1000))
        return ProgramRepository::tr("Positions must be between 0 and 1000.");
    return {};
}

QString notFoundMessage(const QString &table, const QString &key)
{
    if (table == u"tracks")
        return ProgramRepository::tr("There is no track with the key “%1”.").arg(key);
    if (table == u"sites")
        return ProgramRepository::tr("There is no continuity site with the key “%1”.").arg(key);
    return ProgramRepository::tr("There is no program with the key “%1”.").arg(key);
}

} // namespace

QString ProgramRepository::validateFields(const Program &program)
{
    if (program.name.trimmed().isEmpty())
        return tr("A program needs a name.");
    if (program.institutionName.trimmed().isEmpty())
        return tr("A program needs an institution.");
    const QString website = program.website.trimmed();
    if (!website.isEmpty() && !website.startsWith(QStringLiteral("https://"))
        && !website.startsWith(QStringLiteral("http://")))
        return tr("The website must start with http:// or https://.");
    if (const QString problem = positionsProblem(program.positions); !problem.isEmpty())
        return problem;
    if (const QString problem = rangeProblem(program.ambulatoryShare, tr("Ambulatory share"), 100);
        !problem.isEmpty())
        return problem;
    return rangeProblem(program.ambulatoryMonths, tr("Ambulatory months"), 120);
}

QString ProgramRepository::validateTrack(const Track &track)
{
    const QString name = track.name.trimmed();
    if (name.isEmpty())
        return tr("Every track needs a name.");
    if (!track.nrmpCode.trimmed().isEmpty() && !NrmpCode::isValid(track.nrmpCode))
        return tr("Track “%1”: %2").arg(name, NrmpCode::problem(track.nrmpCode.trimmed()));
    if (const QString problem = positionsProblem(track.positions); !problem.isEmpty())
        return tr("Track “%1”: %2").arg(name, problem);
    if (const QString problem = rangeProblem(track.ambulatoryShare, tr("Ambulatory share"), 100);
        !problem.isEmpty())
        return tr("Track “%1”: %2").arg(name, problem);
    return {};
}

QString ProgramRepository::validate(const Program &program)
{
    if (const QString problem = validateFields(program); !problem.isEmpty())
        return problem;
    if (program.tracks.isEmpty())
        return tr("A program needs at least one track.");
    QSet<QString> names;
    QSet<QString> codes;
    for (const Track &track : program.tracks) {
        if (const QString problem = validateTrack(track); !problem.isEmpty())
            return problem;
        const QString name = track.name.trimmed();
        if (names.contains(name.toLower()))
            return tr("The track name “%1” is used twice.").arg(name);
        names.insert(name.toLower());
        if (!track.nrmpCode.trimmed().isEmpty()) {
            const QString code = NrmpCode::normalized(track.nrmpCode);
            if (codes.contains(code))
                return tr("The NRMP code %1 is used by two tracks.").arg(code);
            codes.insert(code);
        }
    }
    return {};
}

QString ProgramRepository::validateSite(const ContinuitySite &site)
{
    const QString name = site.name.trimmed();
    if (name.isEmpty())
        return tr("A continuity site needs a name.");
    if (!ResidentsPlaced::parse(site.residentsPlaced.text))
        return tr("Site “%1”: residents placed “%2” is not a number (12), a range (2-10) or an "
                  "open range (20+).")
            .arg(name, site.residentsPlaced.text.trimmed());
    if (site.distanceMiles && (*site.distanceMiles < 0 || *site.distanceMiles > 1000))
        return tr("Site “%1”: the distance must be between 0 and 1000 miles.").arg(name);
    for (const SiteLanguage &language : site.languages) {
        if (language.language.trimmed().isEmpty())
            return tr("Site “%1”: a language has no name.").arg(name);
    }
    for (const SiteService &service : site.services) {
        if (service.name.trimmed().isEmpty())
            return tr("Site “%1”: a service has no name.").arg(name);
    }
    return {};
}

Result<QString> ProgramRepository::uniqueKey(const QString &table, const QString &base) const
{
    auto query = prepare(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE key = ?").arg(table));
    if (!query)
        return query.error();
    for (int n = 1; n < 100000; ++n) {
        const QString candidate = n == 1 ? base : base + u'-' + QString::number(n);
        query->bindValue(0, candidate);
        if (auto status = execute(*query, tr("choosing a key")); !status)
            return status.error();
        const bool taken = query->next();
        query->finish();
        if (!taken)
            return candidate;
    }
    return Error::internal(tr("No free key for “%1”.").arg(base));
}

Result<qint64> ProgramRepository::institutionFor(const QString &rawName)
{
    const QString name = rawName.trimmed();
    auto find = run(m_db,
                    QStringLiteral("SELECT id FROM institutions WHERE name = ? "
                                   "COLLATE NOCASE ORDER BY origin LIMIT 1"),
                    {name}, tr("finding the institution"));
    if (!find)
        return find.error();
    if (find->next())
        return find->value(0).toLongLong();
    auto key = uniqueKey(QStringLiteral("institutions"), Keys::userPrefix() + Keys::slugify(name));
    if (!key)
        return key.error();
    auto insert = run(m_db,
                      QStringLiteral("INSERT INTO institutions(key, name, origin, source) "
                                     "VALUES (?, ?, 'user', ?)"),
                      {*key, name, userSource()}, tr("adding the institution"));
    if (!insert)
        return insert.error();
    return insert->lastInsertId().toLongLong();
}

Result<QStringList> ProgramRepository::institutionNames() const
{
    auto query = prepare(m_db,
                         QStringLiteral("SELECT DISTINCT name FROM institutions "
                                        "ORDER BY name COLLATE NOCASE"));
    if (!query)
        return query.error();
    if (auto status = execute(*query, tr("reading institutions")); !status)
        return status.error();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Result<ProgramRepository::RowState> ProgramRepository::rowState(const QString &key) const
{
    QString sql;
    RowState state;
    if (Keys::isValidTrackKey(key) || Keys::isValidSiteKey(key)) {
        state.table =
            Keys::isValidTrackKey(key) ? QStringLiteral("tracks") : QStringLiteral("sites");
        sql = QStringLiteral("SELECT x.id, p.id, p.key, x.origin, x.withdrawn, p.origin, "
                             "p.withdrawn FROM %1 x JOIN programs p ON p.id = x.program_id "
                             "WHERE x.key = ?")
                  .arg(state.table);
    } else if (Keys::isValidProgramKey(key)) {
        state.table = QStringLiteral("programs");
        sql = QStringLiteral("SELECT id, id, key, origin, withdrawn, origin, withdrawn "
                             "FROM programs WHERE key = ?");
    } else {
        return Error::input(tr("“%1” is not a program, track or site key.").arg(key));
    }
    auto query = prepare(m_db, sql);
    if (!query)
        return query.error();
    query->addBindValue(key);
    if (auto status = execute(*query, tr("finding “%1”").arg(key)); !status)
        return status.error();
    if (!query->next())
        return Error::notFound(notFoundMessage(state.table, key));
    state.id = query->value(0).toLongLong();
    state.programId = query->value(1).toLongLong();
    state.programKey = query->value(2).toString();
    state.user = query->value(3).toString() == u"user";
    state.withdrawn = query->value(4).toInt() != 0;
    state.programUser = query->value(5).toString() == u"user";
    state.programVisible = query->value(6).toInt() == 0;
    return state;
}

Result<ProgramRepository::RowState> ProgramRepository::editableRow(const QString &key) const
{
    auto state = rowState(key);
    if (!state)
        return state;
    if (!state->user) {
        return Error::input(tr("“%1” comes from the bundled catalog and cannot be changed; you "
                               "can annotate it with notes instead.")
                                .arg(key));
    }
    if (state->withdrawn || !state->programVisible)
        return Error::notFound(notFoundMessage(state->table, key));
    return state;
}

Status ProgramRepository::checkNrmpCode(const QString &rawCode, qint64 exceptTrackId) const
{
    const QString code = NrmpCode::normalized(rawCode);
    if (code.isEmpty())
        return {};
    // Deleted rows do not hold on to their code: they are purged on close.
    auto clash = prepare(m_db,
                         QStringLiteral("SELECT key FROM tracks WHERE nrmp_code = ? "
                                        "AND id != ? AND withdrawn = 0"));
    if (!clash)
        return clash.error();
    SqlValues::bindAll(*clash, {code, exceptTrackId});
    if (auto done = execute(*clash, tr("checking NRMP codes")); !done)
        return done;
    if (clash->next())
        return Error::conflict(tr("The NRMP code %1 already belongs to the track “%2”.")
                                   .arg(code, clash->value(0).toString()));
    return {};
}

Status ProgramRepository::checkUniqueName(const QString &table, qint64 programId,
                                          const QString &name, qint64 exceptId) const
{
    auto clash = prepare(m_db,
                         QStringLiteral("SELECT 1 FROM %1 WHERE program_id = ? AND "
                                        "withdrawn = 0 AND id != ? AND name = ? "
                                        "COLLATE NOCASE")
                             .arg(table));
    if (!clash)
        return clash.error();
    SqlValues::bindAll(*clash, {programId, exceptId, name.trimmed()});
    if (auto done = execute(*clash, tr("checking names")); !done)
        return done;
    if (!clash->next())
        return {};
    return Error::conflict(
        table == u"tracks"
            ? tr("The program already has a track named “%1”.").arg(name.trimmed())
            : tr("The program already has a continuity site named “%1”.").arg(name.trimmed()));
}

Status ProgramRepository::insertTrack(qint64 programId, const QString &key, int position,
                                      const Track &track)
{
    auto insert = run(
        m_db,
        QStringLiteral(
            "INSERT INTO tracks(key, program_id, position, name, type, nrmp_code, positions, "
            "schedule_model, ambulatory_share_min, ambulatory_share_max, ambulatory_months_min, "
            "ambulatory_months_max, description, origin, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'user', ?)"),
        {key, programId, position, track.name.trimmed(), trackTypeId(track.type),
         SqlValues::textOrNull(NrmpCode::normalized(track.nrmpCode)), nullable(track.positions),
         track.scheduleModel.trimmed(), nullable(track.ambulatoryShare.min),
         nullable(track.ambulatoryShare.max), nullable(track.ambulatoryMonths.min),
         nullable(track.ambulatoryMonths.max), track.description, userSource()},
        tr("adding the track “%1”").arg(track.name.trimmed()));
    if (!insert)
        return insert.error();
    return {};
}

Result<QString> ProgramRepository::addProgram(const Program &input)
{
    if (const QString problem = validate(input); !problem.isEmpty())
        return Error::input(problem);

    QString newKey;
    Status status = m_db.write([&]() -> Status {
        for (const Track &track : input.tracks) {
            if (auto clash = checkNrmpCode(track.nrmpCode, 0); !clash)
                return clash;
        }
        auto institutionId = institutionFor(input.institutionName);
        if (!institutionId)
            return institutionId.error();
        auto key = uniqueKey(QStringLiteral("programs"),
                             Keys::userPrefix() + Keys::slugify(input.name, 40));
        if (!key)
            return key.error();
        auto insert =
            run(m_db,
                QStringLiteral(
                    "INSERT INTO programs(key, name, institution_id, specialty, city, state, "
                    "description, website, positions, schedule_model, ambulatory_share_min, "
                    "ambulatory_share_max, ambulatory_months_min, ambulatory_months_max, origin, "
                    "source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'user', ?)"),
                {*key, input.name.trimmed(), *institutionId, input.specialty.trimmed(),
                 input.city.trimmed(), input.state.trimmed(), input.description,
                 input.website.trimmed(), nullable(input.positions), input.scheduleModel.trimmed(),
                 nullable(input.ambulatoryShare.min), nullable(input.ambulatoryShare.max),
                 nullable(input.ambulatoryMonths.min), nullable(input.ambulatoryMonths.max),
                 userSource()},
                tr("adding the program"));
        if (!insert)
            return insert.error();
        const qint64 programId = insert->lastInsertId().toLongLong();
        QSet<QString> slugs;
        for (qsizetype i = 0; i < input.tracks.size(); ++i) {
            const Track &track = input.tracks.at(i);
            QString slug = Keys::slugify(track.name, 40);
            for (int n = 2; slugs.contains(slug); ++n)
                slug = Keys::slugify(track.name, 40) + u'-' + QString::number(n);
            slugs.insert(slug);
            if (auto done = insertTrack(programId, Keys::trackKey(*key, slug), int(i), track);
                !done)
                return done;
        }
        newKey = *key;
        return {};
    });
    if (!status)
        return status.error();
    return newKey;
}

Status ProgramRepository::updateProgram(const Program &program)
{
    if (const QString problem = validateFields(program); !problem.isEmpty())
        return Error::input(problem);
    return m_db.write([&]() -> Status {
        auto state = editableRow(program.key);
        if (!state)
            return state.error();
        if (state->table != u"programs")
            return Error::input(tr("“%1” is not a program key.").arg(program.key));
        auto institutionId = institutionFor(program.institutionName);
        if (!institutionId)
            return institutionId.error();
        auto update =
            run(m_db,
                QStringLiteral("UPDATE programs SET name = ?, institution_id = ?, specialty = ?, "
                               "city = ?, state = ?, description = ?, website = ?, positions = ?, "
                               "schedule_model = ?, ambulatory_share_min = ?, "
                               "ambulatory_share_max = ?, ambulatory_months_min = ?, "
                               "ambulatory_months_max = ? WHERE id = ?"),
                {program.name.trimmed(), *institutionId, program.specialty.trimmed(),
                 program.city.trimmed(), program.state.trimmed(), program.description,
                 program.website.trimmed(), nullable(program.positions),
                 program.scheduleModel.trimmed(), nullable(program.ambulatoryShare.min),
                 nullable(program.ambulatoryShare.max), nullable(program.ambulatoryMonths.min),
                 nullable(program.ambulatoryMonths.max), state->id},
                tr("saving the program"));
        if (!update)
            return update.error();
        return {};
    });
}

Result<QString> ProgramRepository::addTrack(const QString &programKey, const Track &track)
{
    if (const QString problem = validateTrack(track); !problem.isEmpty())
        return Error::input(problem);
    QString newKey;
    Status status = m_db.write([&]() -> Status {
        auto program = rowState(programKey);
        if (!program)
            return program.error();
        if (program->table != u"programs" || program->withdrawn)
            return Error::notFound(notFoundMessage(QStringLiteral("programs"), programKey));
        if (auto clash = checkUniqueName(QStringLiteral("tracks"), program->id, track.name, 0);
            !clash)
            return clash;
        if (auto clash = checkNrmpCode(track.nrmpCode, 0); !clash)
            return clash;
        const QString slug =
            (program->user ? QString() : Keys::userPrefix()) + Keys::slugify(track.name, 40);
        auto key = uniqueKey(QStringLiteral("tracks"), Keys::trackKey(programKey, slug));
        if (!key)
            return key.error();
        auto position = run(m_db,
                            QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM tracks "
                                           "WHERE program_id = ?"),
                            {program->id}, tr("adding the track"));
        if (!position)
            return position.error();
        position->next();
        if (auto done = insertTrack(program->id, *key, position->value(0).toInt(), track); !done)
            return done;
        newKey = *key;
        return {};
    });
    if (!status)
        return status.error();
    return newKey;
}

Status ProgramRepository::updateTrack(const Track &track)
{
    if (const QString problem = validateTrack(track); !problem.isEmpty())
        return Error::input(problem);
    return m_db.write([&]() -> Status {
        auto state = editableRow(track.key);
        if (!state)
            return state.error();
        if (state->table != u"tracks")
            return Error::input(tr("“%1” is not a track key.").arg(track.key));
        if (auto clash =
                checkUniqueName(QStringLiteral("tracks"), state->programId, track.name, state->id);
            !clash)
            return clash;
        if (auto clash = checkNrmpCode(track.nrmpCode, state->id); !clash)
            return clash;
        auto update = run(
            m_db,
            QStringLiteral("UPDATE tracks SET name = ?, type = ?, nrmp_code = ?, positions = ?, "
                           "schedule_model = ?, ambulatory_share_min = ?, "
                           "ambulatory_share_max = ?, ambulatory_months_min = ?, "
                           "ambulatory_months_max = ?, description = ? WHERE id = ?"),
            {track.name.trimmed(), trackTypeId(track.type),
             SqlValues::textOrNull(NrmpCode::normalized(track.nrmpCode)), nullable(track.positions),
             track.scheduleModel.trimmed(), nullable(track.ambulatoryShare.min),
             nullable(track.ambulatoryShare.max), nullable(track.ambulatoryMonths.min),
             nullable(track.ambulatoryMonths.max), track.description, state->id},
            tr("saving the track “%1”").arg(track.name.trimmed()));
        if (!update)
            return update.error();
        return {};
    });
}

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

Status ProgramRepository::deleteItem(const QString &key)
{
    return m_db.write([&]() -> Status {
        auto state = editableRow(key);
        if (!state)
            return state.error();
        if (state->table == u"tracks") {
            auto others = run(m_db,
                              QStringLiteral("SELECT count(*) FROM tracks WHERE program_id = ? "
                                             "AND withdrawn = 0 AND id != ?"),
                              {state->programId, state->id}, tr("deleting the track"));
            if (!others)
                return others.error();
            if (others->next() && others->value(0).toInt() == 0)
                return Error::input(tr("“%1” is the program’s only track; delete the program "
                                       "instead.")
                                        .arg(key));
        }
        auto update =
            run(m_db, QStringLiteral("UPDATE %1 SET withdrawn = 1 WHERE id = ?").arg(state->table),
                {state->id}, tr("deleting “%1”").arg(key));
        if (!update)
            return update.error();
        return {};
    });
}

Status ProgramRepository::restoreItem(const QString &key)
{
    return m_db.write([&]() -> Status {
        auto state = rowState(key);
        if (!state)
            return state.error();
        if (!state->user)
            return Error::input(
                tr("“%1” comes from the bundled catalog and cannot be changed.").arg(key));
        auto update =
            run(m_db, QStringLiteral("UPDATE %1 SET withdrawn = 0 WHERE id = ?").arg(state->table),
                {state->id}, tr("restoring “%1”").arg(key));
        if (!update)
            return update.error();
        return {};
    });
}

Result<int> ProgramRepository::purgeDeleted()
{
    int removed = 0;
    Status status = m_db.write([&]() -> Status {
        for (const QString &table :
             {QStringLiteral("programs"), QStringLiteral("tracks"), QStringLiteral("sites")}) {
            auto remove = run(
                m_db,
                QStringLiteral("DELETE FROM %1 WHERE origin = 'user' AND withdrawn = 1").arg(table),
                {}, tr("removing deleted entries"));
            if (!remove)
                return remove.error();
            removed += remove->numRowsAffected();
        }
        auto institutions =
            run(m_db,
                QStringLiteral("DELETE FROM institutions WHERE origin = 'user' AND NOT EXISTS "
                               "(SELECT 1 FROM programs p WHERE p.institution_id = "
                               "institutions.id)"),
                {}, tr("removing unused institutions"));
        if (!institutions)
            return institutions.error();
        return {};
    });
    if (!status)
        return status.error();
    return removed;
}

} // namespace rw
