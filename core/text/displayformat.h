#pragma once

#include "model/criterion.h"
#include "model/fact.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace rw {

struct ResidentsPlaced;

// How Rankwise writes numbers, ranges and dates for people, in one place so
// that the window, the PDF report, the CSV file and the CLI's text output
// agree. Machine-readable output (JSON, stored values) does not use it.
//
// Every function takes the locale to write in: the window and the PDF pass
// the user's (the default), the CSV file and the CLI pass QLocale::c() so
// that their numbers read back in any locale.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(rw::DisplayFormat)

public:
    enum class Unit { None, Percent, Months, Miles };

    // The short mark shown where a number is missing: "–".
    static QString missingMark() { return QStringLiteral("–"); }

    // At most `decimals` decimals, no trailing zeros, never "-0": "15", "2.5".
    static QString number(double value, int decimals, const QLocale &locale = QLocale());
    // A score out of 100, or a difference of scores, always with one decimal
    // so that columns line up: "72.5", "65.0"; the missing mark when there is none.
    static QString score(std::optional<double> score, const QLocale &locale = QLocale());
    // A criterion's weight: at most three decimals, "15", "2.5".
    static QString weight(double weight, const QLocale &locale = QLocale());
    // A fraction (0..1) as a percentage with at most one decimal: "25%", "33.3%".
    static QString percent(double fraction, const QLocale &locale = QLocale());
    // A number (already formatted) with its unit: "40%", "15 months", "3.2 mi".
    static QString withUnit(const QString &number, Unit unit);
    // A range of facts: "2–10", "40–50%", "15 months", "at least 20%",
    // "20+" (open-ended, no unit), "up to 15 months"; empty when unknown.
    static QString range(const Range &range, Unit unit, const QLocale &locale = QLocale());
    // Residents placed at a site, from the numbers read out of what was
    // written: "2–10", "20+", "60"; what was written when it has no numbers.
    static QString residentsPlaced(const ResidentsPlaced &placed,
                                   const QLocale &locale = QLocale());
    // A distance in miles, at most one decimal: "3.2 mi".
    static QString distance(double miles, const QLocale &locale = QLocale());
    // A criterion's raw value for a track: "4", "55%", "9 sites", "Yes";
    // "missing" when there is none.
    static QString criterionValue(const Criterion &criterion, std::optional<double> raw,
                                  const QLocale &locale = QLocale());
    // A moment in local time, short: "12/2/26 3:40 PM" (the locale's form).
    static QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());
    // Short enough for a narrow list: today's time, or else the day.
    static QString compactDateTime(const QDateTime &time, const QLocale &locale = QLocale());
    // A day, short ("12/2/26") or long ("Wednesday, December 2, 2026").
    static QString date(QDate day, const QLocale &locale = QLocale());
    static QString longDate(QDate day, const QLocale &locale = QLocale());
};

} // namespace rw
