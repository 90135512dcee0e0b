// ProgramRepository's writes: the user's own programs, soft deletion and
// purging. Catalog rows are never changed here.

#include "storage/institutionrepository.h"
#include "storage/programrepository.h"
#include "storage/programrows.h"
#include "storage/statement.h"
#include "util/keys.h"

#include <QSet>

namespace rw {

using SqlValues::nullable;

Result<QString> ProgramRepository::addProgram(const Program &input)
{
    if (Status valid = validate(input); !valid)
        return valid.error();

    QString newKey;
    Status status = m_db.write([&]() -> Status {
        for (const Track &track : input.tracks) {
            if (auto clash = ProgramRows::checkNrmpCode(m_db, track.nrmpCode, 0); !clash)
                return clash;
        }
        auto institutionId = InstitutionRepository(m_db).idFor(input.institutionName);
        if (!institutionId)
            return institutionId.error();
        auto key = ProgramRows::uniqueKey(m_db, QStringLiteral("programs"),
                                          Keys::userPrefix() + Keys::slugify(input.name, 40));
        if (!key)
            return key.error();
        auto programId = Statement::insert(
            m_db,
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
        if (!programId)
            return programId.error();
        QSet<QString> slugs;
        for (qsizetype i = 0; i < input.tracks.size(); ++i) {
            const Track &track = input.tracks.at(i);
            QString slug = Keys::slugify(track.name, 40);
            for (int n = 2; slugs.contains(slug); ++n)
                slug = Keys::slugify(track.name, 40) + u'-' + QString::number(n);
            slugs.insert(slug);
            if (auto done = ProgramRows::insertTrack(m_db, *programId, Keys::trackKey(*key, slug),
                                                     int(i), track);
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
    if (Status valid = validateFields(program); !valid)
        return valid.error();
    return m_db.write([&]() -> Status {
        auto state = ProgramRows::editable(m_db, program.key, QStringLiteral("programs"));
        if (!state)
            return state.error();
        auto institutionId = InstitutionRepository(m_db).idFor(program.institutionName);
        if (!institutionId)
            return institutionId.error();
        auto update = Statement::run(
            m_db,
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

Status ProgramRepository::deleteItem(const QString &key)
{
    return m_db.write([&]() -> Status {
        auto state = ProgramRows::editable(m_db, key);
        if (!state)
            return state.error();
        if (state->table == u"tracks") {
            auto others =
                Statement::scalar(m_db,
                                  QStringLiteral("SELECT count(*) FROM tracks WHERE "
                                                 "program_id = ? AND withdrawn = 0 "
                                                 "AND id != ?"),
                                  {state->programId, state->id}, tr("deleting the track"));
            if (!others)
                return others.error();
            if (others->toInt() == 0)
                return Error::input(tr("“%1” is the program’s only track; delete the program "
                                       "instead.")
                                        .arg(key));
        }
        auto update = Statement::run(
            m_db, QStringLiteral("UPDATE %1 SET withdrawn = 1 WHERE id = ?").arg(state->table),
            {state->id}, tr("deleting “%1”").arg(key));
        if (!update)
            return update.error();
        return {};
    });
}

Status ProgramRepository::restoreItem(const QString &key)
{
    return m_db.write([&]() -> Status {
        auto state = ProgramRows::state(m_db, key);
        if (!state)
            return state.error();
        if (!state->user)
            return Error::input(
                tr("“%1” comes from the bundled catalog and cannot be changed.").arg(key));
        auto update = Statement::run(
            m_db, QStringLiteral("UPDATE %1 SET withdrawn = 0 WHERE id = ?").arg(state->table),
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
            auto remove =
                Statement::run(m_db,
                               QStringLiteral("DELETE FROM %1 WHERE key = ? AND origin = 'user' "
                                              "AND withdrawn = 1")
                                   .arg(table),
                               {key}, tr("removing deleted entries"));
            if (!remove)
                return remove.error();
            removed += *remove;
        }
        return InstitutionRepository(m_db).purgeUnused();
    });
    if (!status)
        return status.error();
    return removed;
}

Status ProgramRepository::purgeProgram(const QString &key)
{
    auto removed = Statement::run(
        m_db, QStringLiteral("DELETE FROM programs WHERE key = ? AND origin = 'user'"), {key},
        tr("deleting “%1”").arg(key));
    if (!removed)
        return removed.error();
    return {};
}

} // namespace rw
