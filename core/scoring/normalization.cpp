#include "scoring/normalization.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rw::Normalization {

std::vector<std::optional<double>> normalize(CriterionKind kind, Direction direction,
                                             const std::vector<std::optional<double>> &raw)
{
    std::vector<std::optional<double>> out(raw.size());
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const auto &value : raw) {
        if (value && std::isfinite(*value)) {
            low = std::min(low, *value);
            high = std::max(high, *value);
        }
    }
    for (size_t i = 0; i < raw.size(); ++i) {
        if (!raw[i] || !std::isfinite(*raw[i]))
            continue;
        const double r = *raw[i];
        double v = 0;
        switch (kind) {
        case CriterionKind::Rating:
            v = (r - 1.0) / 4.0;
            break;
        case CriterionKind::Attribute:
            v = high > low ? (r - low) / (high - low) : 0.5;
            break;
        case CriterionKind::Feature:
            v = r > 0 ? 1.0 : 0.0;
            break;
        }
        v = std::clamp(v, 0.0, 1.0);
        out[i] = direction == Direction::LowerIsBetter ? 1.0 - v : v;
    }
    return out;
}

} // namespace rw::Normalization
