#pragma once

#include "model/criterion.h"
#include "model/ranklist.h"
#include "ranking/nrmprules.h"
#include "scoring/agreement.h"
#include "scoring/ranking.h"
#include "scoring/scoretable.h"
#include "scoring/sensitivity.h"

#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace rw {

// Everything the rank list builder shows about one list: the user's order,
// each entry's score and computed position, and the decision aids. Built
// once from the database; a weight change recomputes it in memory (the UI
// previews slider drags this way before anything is written).
class ListAnalysis
{
public:
    ListAnalysis() = default;
    // `raw` holds each entry's raw value per criterion, row-major
    // (entry * criteria.size() + criterion): ratings 1..5, attribute facts,
    // features 1/0; std::nullopt when missing. Withdrawn entries are left
    // unscored whatever their values.
    ListAnalysis(RankList list, QList<Criterion> criteria, QList<RankEntry> entries,
                 std::vector<std::optional<double>> raw);

    const RankList &list() const { return m_list; }
    const QList<Criterion> &criteria() const { return m_criteria; }
    const QList<RankEntry> &entries() const { return m_entries; }
    int entryCount() const { return int(m_entries.size()); }
    int criterionCount() const { return int(m_criteria.size()); }
    const ScoreTable &table() const { return m_table; }

    // Where a value comes from: the user (a rating, or their own value of a
    // fact, which wins) or the catalog; with the catalog's value kept as
    // the suggestion when the user's overrides it.
    enum class Source { None, Catalog, You };
    struct Origin
    {
        Source source = Source::None;
        std::optional<double> catalogValue;
        QString catalogSource; // the seed file the catalog's fact comes from
    };
    // Row-major like `raw`; optional (every value is then the catalog's,
    // ratings the user's).
    void setOrigins(std::vector<Origin> origins);
    Origin origin(int entry, int criterion) const;
    static QString sourceId(Source source); // "you", "catalog" or empty

    int indexOfTrack(qint64 trackId) const;
    int indexOfCriterion(qint64 criterionId) const;

    // Changes one weight in memory and recomputes scores and order.
    void setWeight(int criterion, double weight);
    double weightShare(int criterion) const; // of the total weight, 0..1
    double totalWeight() const;

    // 0..100, or std::nullopt when no weighted criterion has a value (or the
    // entry is withdrawn).
    std::optional<double> score(int entry) const;
    bool isScored(int entry) const { return score(entry).has_value(); }
    // 1-based place in the computed order; std::nullopt when unscored.
    std::optional<int> computedPosition(int entry) const;
    // computed - user position: positive when the user ranks the entry
    // higher than its score does.
    std::optional<int> distance(int entry) const;
    // Names of the criteria with no value for the entry (empty when withdrawn).
    QStringList missing(int entry) const;
    std::optional<double> rawValue(int entry, int criterion) const;
    std::optional<double> normalizedValue(int entry, int criterion) const;
    // Points out of 100 that one criterion adds to the entry's score.
    double contribution(int entry, int criterion) const;

    // Entry indices best first (scored entries only).
    const std::vector<int> &computedOrder() const { return m_order.order(); }
    // Scored entries in the user's order.
    std::vector<int> scoredUserOrder() const;

    // Coverage and ranges (ranking.md). The threshold is the user's
    // preference, passed in (core reads no settings); 0..1.
    static constexpr double kDefaultCoverageThreshold = 0.7;
    void setCoverageThreshold(double threshold);
    double coverageThreshold() const { return m_coverageThreshold; }
    // 0..100: the share of the total weight the entry's score rests on (0
    // when withdrawn).
    double coverage(int entry) const;
    // 0..100: the lowest and highest score once the missing values are known
    // (each at its worst and at its best); std::nullopt when unscored.
    std::optional<ScoreTable::Range> scoreRange(int entry) const;
    // Below the coverage threshold (and not withdrawn): not to be trusted yet.
    bool isProvisional(int entry) const;
    // Two scored entries whose ranges overlap cannot be told apart yet.
    bool separable(int a, int b) const;

    // The gut check and rank stability use only scored entries at or above
    // the threshold; these are the others, in the user's order.
    enum class LeftOutReason { Withdrawn, NoScore, LowCoverage };
    static QString leftOutReasonId(LeftOutReason reason); // "withdrawn", "no-score", "low-coverage"
    struct LeftOut
    {
        int entry = -1;
        LeftOutReason reason = LeftOutReason::NoScore;
    };
    std::vector<LeftOut> leftOut() const;
    bool countsForAids(int entry) const;
    // With fewer than two entries to compare, what to rate first: missing
    // values (entry, criterion) of the entries left out for their coverage,
    // heaviest criterion first, then in the user's order.
    struct MissingValue
    {
        int entry = -1;
        int criterion = -1;
    };
    std::vector<MissingValue> rateFirst(int limit = 5) const;

    // Over the entries that count for the aids only.
    std::vector<PairStability> stability() const;
    Agreement agreement() const;
    QList<NrmpRules::Warning> warnings() const;

private:
    void normalize();
    void recompute();

    RankList m_list;
    QList<Criterion> m_criteria;
    QList<RankEntry> m_entries;
    std::vector<std::optional<double>> m_raw;
    std::vector<Origin> m_origins;
    ScoreTable m_table;
    ComputedOrder m_order;
    std::vector<int> m_computedPosition; // per entry, 0 when unscored
    double m_coverageThreshold = kDefaultCoverageThreshold;
};

} // namespace rw
