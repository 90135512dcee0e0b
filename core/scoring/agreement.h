#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace rw {

// How well the user's own order agrees with the computed one.
struct Agreement
{
    // Kendall's tau-b between the user's order and the scores: 1 when every
    // pair agrees, -1 when every pair is reversed. Pairs with equal scores
    // count as ties (neither agreeing nor disagreeing). std::nullopt with
    // fewer than two tracks or when every score is equal.
    std::optional<double> tau;
    int pairs = 0;
    int concordant = 0;
    int discordant = 0;
    int tiedPairs = 0;
    // (ranked higher by the user, scored higher), in the user's order.
    std::vector<std::pair<int, int>> disagreements;
};

namespace AgreementMeasure {
// `userOrder`: track indices in the user's order (scored tracks only);
// `scores`: by track index.
Agreement compute(const std::vector<int> &userOrder, const std::vector<double> &scores);
} // namespace AgreementMeasure

} // namespace rw
