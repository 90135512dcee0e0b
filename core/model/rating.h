#pragma once

#include <QtGlobal>

namespace rw {

// The user's 1-to-5 rating of one track on one "rating" criterion. A track
// without a row has no rating: missing, never 0.
struct Rating
{
    qint64 trackId = 0;
    qint64 criterionId = 0;
    int value = 0;

    static constexpr int kMin = 1;
    static constexpr int kMax = 5;

    friend bool operator==(const Rating &, const Rating &) = default;
};

} // namespace rw
