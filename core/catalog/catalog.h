#pragma once

#include "model/program.h"
#include "model/resource.h"

#include <QList>
#include <QString>

namespace rw {

struct CatalogSource
{
    QString file;
    QString title;
};

// A program catalog as shipped in resources/catalog/ (format in docs/catalog.md).
struct Catalog
{
    int version = 0;
    QList<CatalogSource> sources;
    QList<Institution> institutions;
    QList<Resource> resources;
    QList<Program> programs;
};

} // namespace rw
