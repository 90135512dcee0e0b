#pragma once

#include "model/criterion.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace rw {

class Database;

// The program facts that "attribute" and "feature" criteria read for one
// track, resolved the way scoring needs them: the track's own value, else its
// program's; ranges as midpoints; withdrawn sites not counted.
struct TrackFacts
{
    qint64 trackId = 0;
    bool withdrawn = false; // the track or its program
    QString source; // the program's source: where its facts come from
    std::optional<double> ambulatoryShare; // percent
    std::optional<double> continuitySites; // missing when none are recorded
    std::optional<double> positions;
    std::optional<double> ambulatoryMonths;
    // Curriculum categories offered to this track (program-wide features
    // count for every track, track-specific ones only for theirs), each with
    // the source of the feature that records it (a seed file name, or
    // "added by user").
    QSet<QString> featureCategories;
    QHash<QString, QString> featureSources;

    // The value of an attribute criterion's fact.
    std::optional<double> attribute(CriterionAttribute attribute) const;
    // 1 when a feature of the category is recorded for the track, else
    // missing: a source that does not mention a feature is no evidence that
    // the track lacks it, so the catalog never says "No" (only the user can).
    std::optional<double> feature(const QString &category) const;
    // Where the recorded feature of `category` comes from; empty when none.
    QString featureSource(const QString &category) const { return featureSources.value(category); }
};

// Reads TrackFacts for many tracks at once.
class TrackFactsRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::TrackFactsRepository)

public:
    explicit TrackFactsRepository(const Database &db)
        : m_db(db)
    { }

    // With `categories`, only those curriculum categories are looked up
    // (none when empty): a list's feature criteria name the few it needs.
    Result<QHash<qint64, TrackFacts>>
    factsFor(const QList<qint64> &trackIds,
             const std::optional<QStringList> &categories = std::nullopt) const;

private:
    const Database &m_db;
};

} // namespace rw
