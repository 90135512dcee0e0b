#include "catalog/bundledcatalog.h"

#include "catalog/catalogreader.h"
#include "storage/database.h"

#include <QFile>

namespace rw::BundledCatalog {

namespace {
const QString kResourcePath = QStringLiteral(":/catalog/catalog.json");

Result<Catalog> read()
{
    QFile file(kResourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(
            CatalogReader::tr("The bundled catalog is missing from this build."));
    return CatalogReader::parse(file.readAll(), kResourcePath);
}
} // namespace

const Result<Catalog> &load()
{
    static const Result<Catalog> catalog = read();
    return catalog;
}

int version()
{
    return RANKWISE_CATALOG_VERSION;
}

Result<CatalogUpdater::Outcome> install(Database &db)
{
    const int installed = CatalogUpdater::installedVersion(db);
    if (installed >= version()) {
        CatalogUpdater::Outcome outcome;
        outcome.previousVersion = outcome.version = installed;
        return outcome;
    }
    const Result<Catalog> &catalog = load();
    if (!catalog)
        return catalog.error();
    if (db.isReadOnly()) {
        CatalogUpdater::Outcome outcome;
        outcome.previousVersion = outcome.version = CatalogUpdater::installedVersion(db);
        return outcome;
    }
    return CatalogUpdater::apply(db, *catalog);
}

} // namespace rw::BundledCatalog
