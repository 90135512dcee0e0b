#pragma once

#include "model/program.h"
#include "model/resource.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

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
    // One program whole: tracks, sites, features, facts, partners.
    Result<Program> program(const QString &key) const;
    Result<QList<Resource>> resources() const;
    Result<Resource> resource(const QString &key) const;
    // The program a track or site key belongs to, or NotFound.
    Result<Track> track(const QString &key) const;

    // Adds a program of the user's own with its tracks; returns its new key.
    // Validates names and NRMP codes; writes nothing when anything is wrong.
    Result<QString> addProgram(const Program &program);
    // Deletes a user-added program with everything attached to it.
    Status deleteProgram(const QString &key);

    // Problems with a user program's fields, empty when it can be saved.
    static QString validate(const Program &program);

private:
    Result<qint64> institutionFor(const QString &name);
    Result<QString> uniqueKey(const QString &table, const QString &base) const;
    Status loadDetails(Program &program) const;

    Database &m_db;
};

} // namespace rw
