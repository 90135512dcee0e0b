#include "scoring/ranking.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace rw {

namespace {
constexpr double kScale = 1e9;
constexpr int kScoreBits = 30; // 10^9 < 2^30
constexpr int kDigitBits = 11;
constexpr size_t kBuckets = size_t(1) << kDigitBits;
constexpr std::uint64_t kDigitMask = kBuckets - 1;
} // namespace

std::int64_t ComputedOrder::scoreKey(double score)
{
    // Scores are within 0..1, so adding a half and truncating rounds (and
    // avoids a library call per track).
    return std::int64_t(std::clamp(score, 0.0, 1.0) * kScale + 0.5);
}

void ComputedOrder::setTieOrder(const std::vector<int> &tracksInTieOrder)
{
    m_trackAtTieRank = tracksInTieOrder;
    m_tieRank.assign(tracksInTieOrder.size(), 0);
    for (size_t rank = 0; rank < tracksInTieOrder.size(); ++rank)
        m_tieRank[size_t(tracksInTieOrder[rank])] = int(rank);
}

const std::vector<int> &ComputedOrder::compute(const std::vector<double> &scores)
{
    // One 64-bit key per scored track: the inverted quantised score in the
    // high bits and the tie rank in the low bits, so an integer sort gives
    // best-first with ties in tie order.
    const size_t n = std::min(scores.size(), m_tieRank.size());
    const int tieBits = std::max(1, int(std::bit_width(n)));
    const std::uint64_t tieMask = (std::uint64_t(1) << tieBits) - 1;
    const int keyBits = kScoreBits + tieBits;
    m_keys.clear();
    for (size_t t = 0; t < n; ++t) {
        const double s = scores[t];
        if (std::isnan(s))
            continue;
        const auto inverted = std::uint64_t(std::int64_t(kScale) - scoreKey(s));
        m_keys.push_back((inverted << tieBits) | std::uint64_t(m_tieRank[t]));
    }
    // LSD radix sort, 11 bits a pass: linear time, which keeps ten thousand
    // tracks well under a millisecond. All digit histograms in one read.
    const int passes = (keyBits + kDigitBits - 1) / kDigitBits;
    m_counts.assign(size_t(passes) * kBuckets, 0);
    for (std::uint64_t key : m_keys) {
        for (int p = 0; p < passes; ++p)
            ++m_counts[size_t(p) * kBuckets + ((key >> (p * kDigitBits)) & kDigitMask)];
    }
    m_scratch.resize(m_keys.size());
    for (int p = 0; p < passes && m_keys.size() > 1; ++p) {
        std::uint32_t *counts = m_counts.data() + size_t(p) * kBuckets;
        const int shift = p * kDigitBits;
        if (counts[(m_keys.front() >> shift) & kDigitMask] == m_keys.size())
            continue; // every key shares this digit
        std::uint32_t sum = 0;
        for (size_t b = 0; b < kBuckets; ++b) {
            const std::uint32_t c = counts[b];
            counts[b] = sum;
            sum += c;
        }
        for (std::uint64_t key : m_keys)
            m_scratch[counts[(key >> shift) & kDigitMask]++] = key;
        m_keys.swap(m_scratch);
    }
    m_order.resize(m_keys.size());
    for (size_t i = 0; i < m_keys.size(); ++i)
        m_order[i] = m_trackAtTieRank[size_t(m_keys[i] & tieMask)];
    return m_order;
}

} // namespace rw
