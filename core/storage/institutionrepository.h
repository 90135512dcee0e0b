#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace rw {

class Database;

// The institutions that sponsor programs: the catalog's, and those the
// user's own programs name (added as the user's when no institution has the
// name, removed when no program names them any more).
class InstitutionRepository
{
    // One translation context for the program tree's repositories.
    Q_DECLARE_TR_FUNCTIONS(rw::ProgramRepository)

public:
    explicit InstitutionRepository(Database &db)
        : m_db(db)
    { }

    // The names of every institution, for completing what the user types.
    Result<QStringList> names() const;
    // The institution with this name (any case), added as the user's own
    // when there is none.
    Result<qint64> idFor(const QString &name);

    // The newest institution's id, and the keys of those added after `id`:
    // what an import added.
    Result<qint64> lastId() const;
    Result<QStringList> keysAfter(qint64 id) const;
    // Removes an institution of the user's own that no program refers to,
    // for good (taking back an import that added it); no error when it is
    // gone or still used.
    Status purge(const QString &key);
    // Removes every such institution.
    Status purgeUnused();

private:
    Database &m_db;
};

} // namespace rw
