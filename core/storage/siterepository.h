#pragma once

#include "model/continuitysite.h"
#include "util/result.h"

#include <QCoreApplication>

namespace rw {

class Database;

// The continuity sites of programs: read by key, and the user's own written
// with the tracks they serve, their languages and services. A site may be
// added to a catalog program; catalog sites are read-only.
class SiteRepository
{
    // One translation context for the program tree's repositories.
    Q_DECLARE_TR_FUNCTIONS(rw::ProgramRepository)

public:
    explicit SiteRepository(Database &db)
        : m_db(db)
    { }

    Result<ContinuitySite> site(const QString &key) const;
    // Adds a site of the user's own to a program; returns its new key.
    Result<QString> add(const QString &programKey, const ContinuitySite &site);
    // Saves a user site's fields, the tracks it serves, languages and services.
    Status update(const ContinuitySite &site);

    // Whether the site can be saved; an Input error says what is wrong.
    static Status validate(const ContinuitySite &site);

private:
    Status writeLists(qint64 siteId, qint64 programId, const ContinuitySite &site);

    Database &m_db;
};

} // namespace rw
