#pragma once

#include "model/criterion.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// How the rank list builder writes numbers for people, in one place so the
// list, the grid and the breakdown agree.
class RankFormat
{
    Q_DECLARE_TR_FUNCTIONS(RankFormat)

public:
    // "72.5", or "–" when there is none.
    static QString score(std::optional<double> score);
    // A weight without trailing zeros: "15", "2.5".
    static QString weight(double weight);
    // A share of the total: "15.0 %".
    static QString percent(double fraction);
    // A criterion's raw value for a track: "4", "55 %", "9 sites", "Yes";
    // "missing" when there is none.
    static QString rawValue(const rw::Criterion &criterion, std::optional<double> raw);
    // The short mark a grid cell shows for a missing value.
    static QString missingMark() { return QStringLiteral("–"); }
};
