#include "ranking/listanalysis.h"

#include "scoring/normalization.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rw {

ListAnalysis::ListAnalysis(RankList list, QList<Criterion> criteria, QList<RankEntry> entries,
                           std::vector<std::optional<double>> raw)
    : m_list(std::move(list))
    , m_criteria(std::move(criteria))
    , m_entries(std::move(entries))
    , m_raw(std::move(raw))
    , m_table(int(m_entries.size()), int(m_criteria.size()))
{
    m_raw.resize(size_t(m_entries.size()) * size_t(m_criteria.size()));
    for (int k = 0; k < criterionCount(); ++k)
        m_table.setWeight(k, m_criteria.at(k).weight);
    normalize();

    // Ties go to the manual order, then the name.
    std::vector<int> tieOrder(size_t(m_entries.size()));
    std::iota(tieOrder.begin(), tieOrder.end(), 0);
    std::stable_sort(tieOrder.begin(), tieOrder.end(), [this](int a, int b) {
        const RankEntry &x = m_entries.at(a);
        const RankEntry &y = m_entries.at(b);
        if (x.position != y.position)
            return x.position < y.position;
        return x.label().localeAwareCompare(y.label()) < 0;
    });
    m_order.setTieOrder(tieOrder);
    recompute();
}

void ListAnalysis::normalize()
{
    const int n = entryCount();
    const int m = criterionCount();
    std::vector<std::optional<double>> column(static_cast<size_t>(n));
    for (int k = 0; k < m; ++k) {
        const Criterion &c = m_criteria.at(k);
        for (int e = 0; e < n; ++e) {
            column[size_t(e)] =
                m_entries.at(e).withdrawn ? std::nullopt : m_raw[size_t(e) * size_t(m) + size_t(k)];
        }
        const auto values = Normalization::normalize(c.kind, c.direction, column);
        for (int e = 0; e < n; ++e)
            m_table.setValue(e, k, values[size_t(e)]);
    }
}

void ListAnalysis::recompute()
{
    m_table.recompute();
    const std::vector<int> &order = m_order.compute(m_table.scores());
    m_computedPosition.assign(size_t(m_entries.size()), 0);
    for (size_t i = 0; i < order.size(); ++i)
        m_computedPosition[size_t(order[i])] = int(i + 1);
}

int ListAnalysis::indexOfTrack(qint64 trackId) const
{
    for (int i = 0; i < entryCount(); ++i) {
        if (m_entries.at(i).trackId == trackId)
            return i;
    }
    return -1;
}

int ListAnalysis::indexOfCriterion(qint64 criterionId) const
{
    for (int i = 0; i < criterionCount(); ++i) {
        if (m_criteria.at(i).id == criterionId)
            return i;
    }
    return -1;
}

void ListAnalysis::setWeight(int criterion, double weight)
{
    m_criteria[criterion].weight = weight;
    m_table.setWeight(criterion, weight);
    recompute();
}

double ListAnalysis::totalWeight() const
{
    double total = 0;
    for (const Criterion &c : m_criteria)
        total += c.weight;
    return total;
}

double ListAnalysis::weightShare(int criterion) const
{
    const double total = totalWeight();
    return total > 0 ? m_criteria.at(criterion).weight / total : 0;
}

std::optional<double> ListAnalysis::score(int entry) const
{
    const auto s = m_table.score(entry);
    if (!s)
        return std::nullopt;
    return *s * 100.0;
}

std::optional<int> ListAnalysis::computedPosition(int entry) const
{
    const int position = m_computedPosition[size_t(entry)];
    if (position == 0)
        return std::nullopt;
    return position;
}

std::optional<int> ListAnalysis::distance(int entry) const
{
    const auto computed = computedPosition(entry);
    if (!computed)
        return std::nullopt;
    return *computed - m_entries.at(entry).position;
}

QStringList ListAnalysis::missing(int entry) const
{
    QStringList names;
    if (m_entries.at(entry).withdrawn)
        return names;
    for (int k = 0; k < criterionCount(); ++k) {
        if (!m_table.hasValue(entry, k))
            names.append(m_criteria.at(k).name);
    }
    return names;
}

std::optional<double> ListAnalysis::rawValue(int entry, int criterion) const
{
    return m_raw[size_t(entry) * size_t(criterionCount()) + size_t(criterion)];
}

std::optional<double> ListAnalysis::normalizedValue(int entry, int criterion) const
{
    return m_table.value(entry, criterion);
}

double ListAnalysis::contribution(int entry, int criterion) const
{
    return m_table.contribution(entry, criterion) * 100.0;
}

std::vector<int> ListAnalysis::scoredUserOrder() const
{
    std::vector<int> order;
    for (int e = 0; e < entryCount(); ++e) {
        if (m_table.hasScore(e))
            order.push_back(e);
    }
    return order;
}

void ListAnalysis::setOrigins(std::vector<Origin> origins)
{
    m_origins = std::move(origins);
    m_origins.resize(m_raw.size());
}

ListAnalysis::Origin ListAnalysis::origin(int entry, int criterion) const
{
    const size_t i = size_t(entry) * size_t(criterionCount()) + size_t(criterion);
    if (i < m_origins.size())
        return m_origins[i];
    if (!m_raw[i])
        return {};
    // Without origins: ratings are the user's, facts the catalog's.
    const bool rating = m_criteria.at(criterion).kind == CriterionKind::Rating;
    return {rating ? Source::You : Source::Catalog, rating ? std::nullopt : m_raw[i], {}};
}

QString ListAnalysis::sourceId(Source source)
{
    switch (source) {
    case Source::You:
        return QStringLiteral("you");
    case Source::Catalog:
        return QStringLiteral("catalog");
    case Source::None:
        break;
    }
    return {};
}

void ListAnalysis::setCoverageThreshold(double threshold)
{
    m_coverageThreshold =
        std::isfinite(threshold) ? std::clamp(threshold, 0.0, 1.0) : kDefaultCoverageThreshold;
}

double ListAnalysis::coverage(int entry) const
{
    if (m_entries.at(entry).withdrawn)
        return 0;
    return m_table.coverage(entry) * 100.0;
}

std::optional<ScoreTable::Range> ListAnalysis::scoreRange(int entry) const
{
    if (!isScored(entry))
        return std::nullopt;
    const auto range = m_table.range(entry);
    if (!range)
        return std::nullopt;
    return ScoreTable::Range {range->low * 100.0, range->high * 100.0};
}

bool ListAnalysis::isProvisional(int entry) const
{
    // Compared in 0..1 at the ranking's precision, so that 7 of 10 is not
    // "below 70%" over a rounding error.
    return !m_entries.at(entry).withdrawn
        && ComputedOrder::scoreKey(m_table.coverage(entry))
        < ComputedOrder::scoreKey(m_coverageThreshold);
}

bool ListAnalysis::separable(int a, int b) const
{
    const auto x = scoreRange(a);
    const auto y = scoreRange(b);
    if (!x || !y)
        return false;
    return x->low > y->high || y->low > x->high;
}

QString ListAnalysis::leftOutReasonId(LeftOutReason reason)
{
    switch (reason) {
    case LeftOutReason::Withdrawn:
        return QStringLiteral("withdrawn");
    case LeftOutReason::NoScore:
        return QStringLiteral("no-score");
    case LeftOutReason::LowCoverage:
        return QStringLiteral("low-coverage");
    }
    return {};
}

std::vector<ListAnalysis::LeftOut> ListAnalysis::leftOut() const
{
    std::vector<LeftOut> out;
    for (int e = 0; e < entryCount(); ++e) {
        if (m_entries.at(e).withdrawn)
            out.push_back({e, LeftOutReason::Withdrawn});
        else if (!isScored(e))
            out.push_back({e, LeftOutReason::NoScore});
        else if (isProvisional(e))
            out.push_back({e, LeftOutReason::LowCoverage});
    }
    return out;
}

bool ListAnalysis::countsForAids(int entry) const
{
    return isScored(entry) && !isProvisional(entry);
}

std::vector<ListAnalysis::MissingValue> ListAnalysis::rateFirst(int limit) const
{
    std::vector<MissingValue> values;
    for (const LeftOut &left : leftOut()) {
        if (left.reason == LeftOutReason::Withdrawn)
            continue;
        for (int k = 0; k < criterionCount(); ++k) {
            if (m_table.weight(k) > 0 && !m_table.hasValue(left.entry, k))
                values.push_back({left.entry, k});
        }
    }
    // Entries are already in the user's order; the heaviest weight first.
    std::stable_sort(values.begin(), values.end(),
                     [this](const MissingValue &a, const MissingValue &b) {
                         return m_table.weight(a.criterion) > m_table.weight(b.criterion);
                     });
    if (limit >= 0 && values.size() > size_t(limit))
        values.resize(size_t(limit));
    return values;
}

std::vector<PairStability> ListAnalysis::stability() const
{
    std::vector<int> order;
    for (int e : computedOrder()) {
        if (countsForAids(e))
            order.push_back(e);
    }
    return Sensitivity::adjacentPairs(m_table, order);
}

Agreement ListAnalysis::agreement() const
{
    std::vector<int> order;
    for (int e : scoredUserOrder()) {
        if (countsForAids(e))
            order.push_back(e);
    }
    return AgreementMeasure::compute(order, m_table.scores());
}

QList<NrmpRules::Warning> ListAnalysis::warnings() const
{
    return NrmpRules::check(m_entries);
}

} // namespace rw
