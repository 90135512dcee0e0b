#include "scoring/scoretable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rw {

ScoreTable::ScoreTable(int trackCount, int criterionCount)
    : m_tracks(std::max(trackCount, 0))
    , m_criteria(std::max(criterionCount, 0))
    , m_values(size_t(m_tracks) * size_t(m_criteria), 0.0f)
    , m_present(size_t(m_tracks) * size_t(m_criteria), 0.0f)
    , m_weights(size_t(m_criteria), 0.0)
    , m_numerators(size_t(m_tracks), 0.0)
    , m_denominators(size_t(m_tracks), 0.0)
    , m_scores(size_t(m_tracks), std::numeric_limits<double>::quiet_NaN())
{ }

void ScoreTable::setValue(int track, int criterion, std::optional<double> value)
{
    const size_t i = cell(track, criterion);
    if (value && std::isfinite(*value)) {
        m_values[i] = float(std::clamp(*value, 0.0, 1.0));
        m_present[i] = 1.0f;
    } else {
        m_values[i] = 0.0f;
        m_present[i] = 0.0f;
    }
}

std::optional<double> ScoreTable::value(int track, int criterion) const
{
    const size_t i = cell(track, criterion);
    if (m_present[i] == 0.0f)
        return std::nullopt;
    return double(m_values[i]);
}

bool ScoreTable::hasValue(int track, int criterion) const
{
    return m_present[cell(track, criterion)] != 0.0f;
}

void ScoreTable::setWeight(int criterion, double weight)
{
    m_weights[size_t(criterion)] = std::isfinite(weight) ? std::max(weight, 0.0) : 0.0;
}

namespace {

// One block of tracks against one criterion column. Restrict-qualified so
// the compiler may vectorise without run-time alias checks.
void accumulate(double w, const float *__restrict values, const float *__restrict present,
                double *__restrict num, double *__restrict den, size_t count)
{
    for (size_t t = 0; t < count; ++t) {
        num[t] += w * double(values[t]);
        den[t] += w * double(present[t]);
    }
}

// Tracks per block: the block's sums stay in the L1 cache while every
// criterion column streams through once.
constexpr size_t kBlock = 1024;

} // namespace

void ScoreTable::recompute()
{
    const size_t n = size_t(m_tracks);
    m_totalWeight = 0;
    for (double w : m_weights)
        m_totalWeight += w;
    double *num = m_numerators.data();
    double *den = m_denominators.data();
    std::fill_n(num, n, 0.0);
    std::fill_n(den, n, 0.0);
    for (size_t begin = 0; begin < n; begin += kBlock) {
        const size_t count = std::min(kBlock, n - begin);
        for (int k = 0; k < m_criteria; ++k) {
            const double w = m_weights[size_t(k)];
            if (w == 0.0)
                continue;
            const size_t column = size_t(k) * n + begin;
            accumulate(w, m_values.data() + column, m_present.data() + column, num + begin,
                       den + begin, count);
        }
    }
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    double *scores = m_scores.data();
    for (size_t t = 0; t < n; ++t)
        scores[t] = den[t] > 0 ? num[t] / den[t] : nan;
}

std::optional<double> ScoreTable::score(int track) const
{
    if (!hasScore(track))
        return std::nullopt;
    return m_scores[size_t(track)];
}

double ScoreTable::contribution(int track, int criterion) const
{
    const double den = m_denominators[size_t(track)];
    if (den <= 0)
        return 0;
    const size_t i = cell(track, criterion);
    return m_weights[size_t(criterion)] * double(m_values[i]) * double(m_present[i]) / den;
}

double ScoreTable::coverage(int track) const
{
    if (m_totalWeight <= 0)
        return 0;
    return std::clamp(m_denominators[size_t(track)] / m_totalWeight, 0.0, 1.0);
}

std::optional<ScoreTable::Range> ScoreTable::range(int track) const
{
    if (!hasScore(track))
        return std::nullopt;
    const double num = m_numerators[size_t(track)];
    const double den = m_denominators[size_t(track)];
    const double missing = std::max(m_totalWeight - den, 0.0);
    // Nothing weighted missing: exactly the score (no rounding drift).
    if (missing <= m_totalWeight * 1e-12)
        return Range {m_scores[size_t(track)], m_scores[size_t(track)]};
    return Range {num / m_totalWeight, (num + missing) / m_totalWeight};
}

} // namespace rw
