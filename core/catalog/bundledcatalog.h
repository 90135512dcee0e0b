#pragma once

#include "catalog/catalog.h"
#include "catalog/catalogupdater.h"
#include "util/result.h"

namespace rw {

class Database;

// The catalog compiled into the binary (resources/catalog/catalog.json).
namespace BundledCatalog {

// Parsed once per process.
const Result<Catalog> &load();
// Its catalog_version, known at build time (no parsing).
int version();
// Updates the database's catalog rows when the bundled catalog is newer.
// A database already up to date costs one read: the catalog is not parsed.
Result<CatalogUpdater::Outcome> install(Database &db);

} // namespace BundledCatalog
} // namespace rw
