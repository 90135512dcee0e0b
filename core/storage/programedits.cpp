// ProgramRepository's writes: the user's own programs and tracks, soft
// deletion and purging. Catalog rows are never changed here.

#include "storage/editqueries.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

#include <QSet>

namespace rw {

using EditQueries::notFoundMessage;
using EditQueries::run;
using SqlValues::nullable;

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

Result<int> ProgramRepository::purgeDeleted(const QStringList &keys)
{
    int removed = 0;
    Status status = m_db.write([&]() -> Status {
        for (const QString &key : keys) {
            const QString table = Keys::isValidTrackKey(key) ? QStringLiteral("tracks")
                : Keys::isValidSiteKey(key)                  ? QStringLiteral("sites")
                                                             : QStringLiteral("programs");
            // Only what is still deleted: a row brought back since stays.
            auto remove = run(m_db,
                              QStringLiteral("DELETE FROM %1 WHERE key = ? AND origin = 'user' "
                                             "AND withdrawn = 1")
                                  .arg(table),
                              {key}, tr("removing deleted entries"));
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
