#pragma once

#include "model/program.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rw {

class Database;

// Reads programs (catalog and user-added) with their tracks, sites and
// features, and writes the user's own programs. Their tracks, sites,
// institutions and resources have repositories of their own (TrackRepository,
// SiteRepository, InstitutionRepository, ResourceRepository), which share
// this class's translation context.
class ProgramRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::ProgramRepository)

public:
    explicit ProgramRepository(Database &db)
        : m_db(db)
    { }

    // Every program with its tracks (no sites or features), ordered by name.
    Result<QList<Program>> listPrograms(bool includeWithdrawn = false) const;

    // --- What the browse list shows (programsummaries.cpp). ---
    // Programs shown, ordered by name, with only the list's columns filled
    // (key, name, institution name, city, state, ambulatory share, origin,
    // site and note counts) and their tracks likewise (key, name, type, NRMP
    // code, ambulatory share, origin, note count): a fraction of what
    // listPrograms() reads. With `limit` > 0, only the first ones by name
    // (an index walk, no sort), for showing a screenful at once.
    Result<QList<Program>> listSummaries(int limit = 0) const;
    // One program's summary; NotFound when it is not shown (withdrawn).
    Result<Program> summary(const QString &programKey) const;
    // How many programs are shown (not withdrawn).
    Result<int> countPrograms() const;
    // One program whole: tracks, sites, features, facts, partners.
    Result<Program> program(const QString &key) const;

    // --- The user's own programs (programedits.cpp). ---
    // Catalog rows are read-only: editing or deleting one is refused with a
    // message that says so.

    // Adds a program of the user's own with its tracks; returns its new key.
    // Validates names and NRMP codes; writes nothing when anything is wrong.
    Result<QString> addProgram(const Program &program);
    // Saves a user program's own fields (not its tracks or sites), by key.
    Status updateProgram(const Program &program);

    // Deleting is a soft delete: the user's program, track or site (named
    // by its key) is marked withdrawn and disappears everywhere, while its
    // notes, ratings and list entries stay so restoreItem() brings it back
    // exactly. purgeDeleted() removes such rows for good.
    Status deleteItem(const QString &key);
    Status restoreItem(const QString &key);
    // Removes for good those of `keys` (the user's programs, tracks and
    // sites) that are still deleted, with everything attached, and user
    // institutions nothing refers to; returns how many rows went. Only the
    // one who deleted a row may purge it: another window on the same file
    // may still bring back rows it deleted itself.
    Result<int> purgeDeleted(const QStringList &keys);
    // Removes a program of the user's own with everything attached for
    // good: taking back an import that added it, so that a redo adds it
    // again under the same key. No error when it is gone.
    Status purgeProgram(const QString &key);

    // Whether a user program (its fields and tracks) can be saved; an Input
    // error says what is wrong.
    static Status validate(const Program &program);
    // The program's own fields only.
    static Status validateFields(const Program &program);

private:
    Status loadDetails(Program &program) const;

    Database &m_db;
};

} // namespace rw
