#pragma once

#include "model/resource.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rw {

class Database;

// The catalog's resources (organisations an applicant may find useful that
// are not themselves rankable) with what each offers. Read-only: the
// catalog writes them.
class ResourceRepository
{
    // One translation context for the program tree's repositories.
    Q_DECLARE_TR_FUNCTIONS(rw::ProgramRepository)

public:
    explicit ResourceRepository(Database &db)
        : m_db(db)
    { }

    // Every resource by name.
    Result<QList<Resource>> all() const;
    Result<Resource> resource(const QString &key) const;

private:
    Database &m_db;
};

} // namespace rw
