#pragma once

#include "model/program.h"
#include "model/resource.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rw {

struct CatalogSource
{
    QString file;
    QString title;
};

// Where single fields of a catalog item come from when that is not the
// item's own source: a program's city may be "general knowledge" while the
// rest of it comes from a seed file. Keys are the catalog file's field names
// ("city", "website"). Kept with the parsed file; not stored in the database.
using FieldSources = QMap<QString, QString>;

// A program catalog as shipped in resources/catalog/ (format in docs/catalog.md).
struct Catalog
{
    int version = 0;
    QList<CatalogSource> sources;
    QList<Institution> institutions;
    QList<Resource> resources;
    QList<Program> programs;
    // By program or resource key; only items with a `field_sources` entry.
    QHash<QString, FieldSources> fieldSources;

    // Where one field (as the catalog file names it) of a program or a
    // resource comes from.
    QString sourceOf(const Program &program, const QString &field) const
    {
        return fieldSources.value(program.key).value(field, program.source);
    }
    QString sourceOf(const Resource &resource, const QString &field) const
    {
        return fieldSources.value(resource.key).value(field, resource.source);
    }
};

} // namespace rw
