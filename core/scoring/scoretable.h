#pragma once

#include <optional>
#include <vector>

namespace rw {

// The normalised values of a set of tracks on a set of criteria (each 0..1
// or missing) and the criteria's weights, laid out for fast recomputation:
// one contiguous column per criterion, so that a weight change is a pass of
// multiply-adds over flat arrays.
//
//   score(t) = sum_k w_k v_tk / sum_k w_k   over the criteria k with a value for t
//
// A track has no score when no criterion with a positive weight has a value.
//
// Values are kept in single precision (about seven digits), which halves the
// memory the hot loop streams through; ratings (quarters) and features (0/1)
// are exact, and sums are taken in double precision.
class ScoreTable
{
public:
    ScoreTable() = default;
    ScoreTable(int trackCount, int criterionCount);

    int trackCount() const { return m_tracks; }
    int criterionCount() const { return m_criteria; }

    // value in 0..1, or std::nullopt for missing. Call recompute() afterwards.
    void setValue(int track, int criterion, std::optional<double> value);
    std::optional<double> value(int track, int criterion) const;
    bool hasValue(int track, int criterion) const;

    void setWeight(int criterion, double weight);
    double weight(int criterion) const { return m_weights[size_t(criterion)]; }
    const std::vector<double> &weights() const { return m_weights; }

    // Recomputes every score from the values and weights.
    void recompute();

    bool hasScore(int track) const { return m_denominators[size_t(track)] > 0; }
    // 0..1; std::nullopt when the track has no score.
    std::optional<double> score(int track) const;
    // Scores as a flat array, NaN where a track has none (for ranking).
    const std::vector<double> &scores() const { return m_scores; }
    // sum_k w_k v_tk and sum_k w_k over the criteria with a value for t.
    double numerator(int track) const { return m_numerators[size_t(track)]; }
    double denominator(int track) const { return m_denominators[size_t(track)]; }
    // What one criterion adds to the track's score (0..1, the parts sum to
    // the score); 0 when missing or when the track has no score.
    double contribution(int track, int criterion) const;

    // The sum of every weight (the missing values' included).
    double totalWeight() const { return m_totalWeight; }
    // The share of the total weight the track's score rests on, 0..1 (0 when
    // no weight is set).
    double coverage(int track) const;
    // The lowest and highest score (0..1) the track could have once its
    // missing values are known, each at its worst (0) and at its best (1):
    //   low = N / W,  high = (N + W - D) / W   (W the total weight).
    // Equal to the score when nothing weighted is missing; std::nullopt
    // when the track has no score.
    struct Range
    {
        double low = 0;
        double high = 0;
    };
    std::optional<Range> range(int track) const;

private:
    size_t cell(int track, int criterion) const
    {
        return size_t(criterion) * size_t(m_tracks) + size_t(track);
    }

    int m_tracks = 0;
    int m_criteria = 0;
    std::vector<float> m_values; // 0 where missing
    std::vector<float> m_present; // 1 where a value exists, else 0
    std::vector<double> m_weights;
    double m_totalWeight = 0;
    std::vector<double> m_numerators;
    std::vector<double> m_denominators;
    std::vector<double> m_scores;
};

} // namespace rw
