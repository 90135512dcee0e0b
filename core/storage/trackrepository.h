#pragma once

#include "model/track.h"
#include "util/result.h"

#include <QCoreApplication>

namespace rw {

class Database;

// The tracks of programs: read by key, and the user's own written. A track
// may be added to a catalog program (its key then starts with "my-" after
// the program's); catalog tracks are read-only.
class TrackRepository
{
    // One translation context for the program tree's repositories.
    Q_DECLARE_TR_FUNCTIONS(rw::ProgramRepository)

public:
    explicit TrackRepository(Database &db)
        : m_db(db)
    { }

    // A track by key with its program's key; NotFound when the user deleted it.
    Result<Track> track(const QString &key) const;
    // Adds a track of the user's own to a program; returns its new key.
    Result<QString> add(const QString &programKey, const Track &track);
    Status update(const Track &track);
    // Removes a track of the user's own for good: taking back an import that
    // added it, so that a redo adds it again under the same key. No error
    // when it is gone.
    Status purge(const QString &key);

    // Whether any track, deleted or withdrawn too, has this NRMP code.
    Result<bool> nrmpCodeTaken(const QString &code) const;

    // Whether the track can be saved; an Input error says what is wrong.
    static Status validate(const Track &track);

private:
    Database &m_db;
};

} // namespace rw
