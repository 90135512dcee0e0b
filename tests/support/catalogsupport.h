#pragma once

// Finding a catalog's parts by key in the catalog tests; a missing key ends
// the test with its name.

#include "catalog/catalog.h"

#include <QtGlobal>

#include <algorithm>

namespace rw::test {

template<typename List>
const auto &byKey(const List &items, const QString &key, const char *what)
{
    const auto it = std::find_if(items.cbegin(), items.cend(),
                                 [&](const auto &item) { return item.key == key; });
    if (it == items.cend())
        qFatal("%s %s missing", what, qPrintable(key));
    return *it;
}

inline const Program &programByKey(const Catalog &catalog, const QString &key)
{
    return byKey(catalog.programs, key, "program");
}

inline const Track &trackByKey(const Program &program, const QString &key)
{
    return byKey(program.tracks, key, "track");
}

inline const ContinuitySite &siteByKey(const Program &program, const QString &key)
{
    return byKey(program.sites, key, "site");
}

inline const CurriculumFeature &featureByKey(const Program &program, const QString &key)
{
    return byKey(program.features, key, "feature");
}

} // namespace rw::test
