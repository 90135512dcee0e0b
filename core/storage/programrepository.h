#pragma once

#include "model/program.h"
#include "model/resource.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rw {

class Database;

// Reads programs (catalog and user-added) with their tracks, sites and
// features, and writes the user's own programs.
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
    Result<QList<Resource>> resources() const;
    Result<Resource> resource(const QString &key) const;
    // The program a track or site key belongs to, or NotFound.
    Result<Track> track(const QString &key) const;

    // The names of every institution, for completing what the user types.
    Result<QStringList> institutionNames() const;

    // --- The user's own programs, tracks and sites (programedits.cpp). ---
    // Catalog rows are read-only: editing or deleting one is refused with a
    // message that says so. Tracks and sites may be added to catalog
    // programs (their keys start with "my-" after the program's).

    // Adds a program of the user's own with its tracks; returns its new key.
    // Validates names and NRMP codes; writes nothing when anything is wrong.
    Result<QString> addProgram(const Program &program);
    // Saves a user program's own fields (not its tracks or sites), by key.
    Status updateProgram(const Program &program);
    Result<QString> addTrack(const QString &programKey, const Track &track);
    Status updateTrack(const Track &track);
    Result<QString> addSite(const QString &programKey, const ContinuitySite &site);
    // Saves a user site's fields, the tracks it serves, languages and services.
    Status updateSite(const ContinuitySite &site);
    Result<ContinuitySite> site(const QString &key) const;

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

    // Problems with a user program (its fields and tracks), empty when it can be saved.
    static QString validate(const Program &program);
    // The program's own fields only.
    static QString validateFields(const Program &program);
    static QString validateTrack(const Track &track);
    static QString validateSite(const ContinuitySite &site);

private:
    // What the database says about the row a key names.
    struct RowState
    {
        QString table; // programs, tracks or sites
        qint64 id = 0;
        qint64 programId = 0; // the row itself for a program
        QString programKey;
        bool user = false;
        bool withdrawn = false;
        bool programUser = false;
        bool programVisible = true;
    };
    Result<qint64> institutionFor(const QString &name);
    Result<QString> uniqueKey(const QString &table, const QString &base) const;
    Result<RowState> rowState(const QString &key) const;
    Result<RowState> editableRow(const QString &key) const;
    Status checkNrmpCode(const QString &code, qint64 exceptTrackId) const;
    Status checkUniqueName(const QString &table, qint64 programId, const QString &name,
                           qint64 exceptId) const;
    Status insertTrack(qint64 programId, const QString &key, int position, const Track &track);
    Status writeSiteLists(qint64 siteId, qint64 programId, const ContinuitySite &site);
    Status loadDetails(Program &program) const;

    Database &m_db;
};

} // namespace rw
