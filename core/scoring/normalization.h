#pragma once

#include "model/criterion.h"

#include <optional>
#include <vector>

namespace rw::Normalization {

// Turns one criterion's raw values for the tracks of a list into 0..1
// (DESIGN.md, Scoring):
//  - ratings 1..5 become (r - 1) / 4;
//  - attributes are min-max scaled across the tracks that have a value; when
//    they all have the same value each gets 0.5 (the fact does not tell the
//    tracks apart, and 0 or 1 would pretend it did);
//  - features are 1 (offered) or 0 (not offered);
//  - "lower is better" flips the result (v becomes 1 - v).
// A missing raw value stays missing; it never becomes 0.
std::vector<std::optional<double>> normalize(CriterionKind kind, Direction direction,
                                             const std::vector<std::optional<double>> &raw);

} // namespace rw::Normalization
