#pragma once

#include "model/fact.h"

#include <QString>

namespace rw {

// Curriculum categories are a fixed vocabulary so that features from
// different programs line up in the compare view and in "feature" criteria.
namespace FeatureCategory {
QStringList ids();
bool isValid(const QString &id);
QString displayName(const QString &id);
} // namespace FeatureCategory

struct CurriculumFeature
{
    qint64 id = 0;
    qint64 programId = 0;
    QString key;
    QString programKey;
    QString trackKey; // empty when the feature belongs to the whole program
    QString category;
    QString name;
    QString duration;
    QString description;
    Origin origin = Origin::Catalog;
    QString source;
};

} // namespace rw
