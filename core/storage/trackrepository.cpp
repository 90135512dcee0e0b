#include "storage/trackrepository.h"

#include "storage/programrows.h"
#include "storage/statement.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

#include <optional>

namespace rw {

using SqlValues::nullable;

Result<Track> TrackRepository::track(const QString &key) const
{
    std::optional<Track> found;
    Status status = Statement::forEach(
        m_db,
        QStringLiteral("SELECT ") + ProgramRows::trackColumns()
            + QStringLiteral(" FROM tracks t JOIN programs p ON p.id = t.program_id "
                             "WHERE t.key = ? AND NOT (t.origin = 'user' AND t.withdrawn = 1) "
                             "AND NOT (p.origin = 'user' AND p.withdrawn = 1)"),
        {key}, tr("reading programs"),
        [&](const QSqlQuery &q) { found = ProgramRows::trackFromRow(q); });
    if (!status)
        return status.error();
    if (!found)
        return Error::notFound(tr("There is no track with the key “%1”.").arg(key));
    return *found;
}

Result<QString> TrackRepository::add(const QString &programKey, const Track &track)
{
    if (Status valid = validate(track); !valid)
        return valid.error();
    QString newKey;
    Status status = m_db.write([&]() -> Status {
        auto program = ProgramRows::state(m_db, programKey);
        if (!program)
            return program.error();
        if (program->table != u"programs" || program->withdrawn)
            return Error::notFound(
                ProgramRows::notFoundMessage(QStringLiteral("programs"), programKey));
        if (auto clash = ProgramRows::checkUniqueName(m_db, QStringLiteral("tracks"), program->id,
                                                      track.name, 0);
            !clash)
            return clash;
        if (auto clash = ProgramRows::checkNrmpCode(m_db, track.nrmpCode, 0); !clash)
            return clash;
        const QString slug =
            (program->user ? QString() : Keys::userPrefix()) + Keys::slugify(track.name, 40);
        auto key = ProgramRows::uniqueKey(m_db, QStringLiteral("tracks"),
                                          Keys::trackKey(programKey, slug));
        if (!key)
            return key.error();
        auto position = Statement::scalar(m_db,
                                          QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 "
                                                         "FROM tracks WHERE program_id = ?"),
                                          {program->id}, tr("adding the track"));
        if (!position)
            return position.error();
        if (auto done = ProgramRows::insertTrack(m_db, program->id, *key, position->toInt(), track);
            !done)
            return done;
        newKey = *key;
        return {};
    });
    if (!status)
        return status.error();
    return newKey;
}

Status TrackRepository::update(const Track &track)
{
    if (Status valid = validate(track); !valid)
        return valid.error();
    return m_db.write([&]() -> Status {
        auto state = ProgramRows::editable(m_db, track.key, QStringLiteral("tracks"));
        if (!state)
            return state.error();
        if (auto clash = ProgramRows::checkUniqueName(m_db, QStringLiteral("tracks"),
                                                      state->programId, track.name, state->id);
            !clash)
            return clash;
        if (auto clash = ProgramRows::checkNrmpCode(m_db, track.nrmpCode, state->id); !clash)
            return clash;
        auto update = Statement::run(
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

Status TrackRepository::purge(const QString &key)
{
    auto removed = Statement::run(m_db,
                                  QStringLiteral("DELETE FROM tracks WHERE key = ? AND origin = "
                                                 "'user'"),
                                  {key}, tr("deleting “%1”").arg(key));
    if (!removed)
        return removed.error();
    return {};
}

Result<bool> TrackRepository::nrmpCodeTaken(const QString &code) const
{
    return Statement::exists(m_db, QStringLiteral("SELECT 1 FROM tracks WHERE nrmp_code = ?"),
                             {code}, tr("checking NRMP codes"));
}

Status TrackRepository::validate(const Track &track)
{
    const QString name = track.name.trimmed();
    if (name.isEmpty())
        return Error::input(tr("Every track needs a name."));
    if (!track.nrmpCode.trimmed().isEmpty() && !NrmpCode::isValid(track.nrmpCode))
        return Error::input(
            tr("Track “%1”: %2").arg(name, NrmpCode::problem(track.nrmpCode.trimmed())));
    for (const Status &checked :
         {ProgramRows::checkPositions(track.positions),
          ProgramRows::checkRange(track.ambulatoryShare, tr("Ambulatory share"), 100)}) {
        if (!checked)
            return Error::input(tr("Track “%1”: %2").arg(name, checked.message()));
    }
    return {};
}

} // namespace rw
