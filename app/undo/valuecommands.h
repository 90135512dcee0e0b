#pragma once

#include "model/continuitysite.h"
#include "model/criterion.h"
#include "model/program.h"
#include "model/ranklist.h"
#include "model/track.h"
#include "undo/changevalue.h"

#include <optional>
#include <utility>

// The values an edit sets, each as a ValueProperty for ChangeValue: how it
// is written through the core, what that changes and whether consecutive
// changes of one value merge. A new setter is a new property here, not a new
// command class:
//
//     workspace->push(new ChangeValue(workspace, Values::weight, text, id, before, after));
namespace Values {

// (track id, criterion id)
using RatingKey = std::pair<qint64, qint64>;

extern const ValueProperty<qint64, double> weight;
extern const ValueProperty<qint64, QString> criterionName;
extern const ValueProperty<qint64, rw::Direction> direction;
extern const ValueProperty<RatingKey, std::optional<int>> rating;
// The user's own value of a fact criterion (a feature's 1/0, an attribute's
// number), which wins over the catalog's; std::nullopt goes back to it.
extern const ValueProperty<RatingKey, std::optional<double>> userValue;
// A list's entries, in order, with their pins; every change is its own step.
extern const ValueProperty<qint64, rw::ListOrder> listOrder;
// The user's own program, track or site, by key, all fields at once.
extern const ValueProperty<QString, rw::Program> program;
extern const ValueProperty<QString, rw::Track> track;
extern const ValueProperty<QString, rw::ContinuitySite> site;

} // namespace Values
