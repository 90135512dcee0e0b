#pragma once

#include <cstdint>
#include <vector>

namespace rw {

// Turns scores into the computed order: best score first; equal scores keep
// the tie order the caller gives (the user's manual order, then the name).
// Tracks without a score (NaN) are left out.
//
// Scores are compared at nine decimals of 0..1 (a billionth of a point on
// the 0-100 scale), so that two tracks whose scores are equal on paper do not
// part ways over the last bit of a floating-point sum.
class ComputedOrder
{
public:
    // `tracksInTieOrder` lists every track index once, in tie-break order.
    void setTieOrder(const std::vector<int> &tracksInTieOrder);

    // Track indices best first. The returned reference stays valid until the
    // next call; no allocation after the first call for a given size.
    const std::vector<int> &compute(const std::vector<double> &scores);
    const std::vector<int> &order() const { return m_order; }

    // The quantised score used for comparisons; equal keys are ties.
    static std::int64_t scoreKey(double score);
    static bool tied(double a, double b) { return scoreKey(a) == scoreKey(b); }

private:
    std::vector<int> m_tieRank; // by track
    std::vector<int> m_trackAtTieRank;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint64_t> m_scratch;
    std::vector<std::uint32_t> m_counts;
    std::vector<int> m_order;
};

} // namespace rw
