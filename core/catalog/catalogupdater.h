#pragma once

#include "catalog/catalog.h"
#include "util/result.h"

#include <QCoreApplication>

namespace rw {

class Database;

// Brings a database's catalog rows up to a catalog version. Catalog rows are
// upserted by key so their ids (and every note, rating and list entry that
// points at them) survive; programs, tracks and sites a newer catalog drops
// are marked withdrawn rather than deleted. Rows the user added are never
// read or written here.
class CatalogUpdater
{
    Q_DECLARE_TR_FUNCTIONS(rw::CatalogUpdater)

public:
    struct Outcome
    {
        int previousVersion = 0; // 0 when the database had no catalog
        int version = 0;
        bool changed = false;
    };

    // Applies `catalog` when it is newer than the database's (or `force`).
    static Result<Outcome> apply(Database &db, const Catalog &catalog, bool force = false);

    // The catalog version stored in the database, 0 if none.
    static int installedVersion(const Database &db);
};

} // namespace rw
