#pragma once

#include "catalog/catalog.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rw {

// Parses and validates catalog JSON. Strict: unknown fields, wrong types,
// dangling references and duplicate keys are refused with the JSON path of
// the first problem, so a broken catalog never reaches a database.
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(rw::CatalogReader)

public:
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    // `origin` names the input in messages (a file name or resource path).
    static Result<Catalog> parse(const QByteArray &json, const QString &origin);
};

} // namespace rw
