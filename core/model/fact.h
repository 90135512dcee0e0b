#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace rw {

// Where a row came from: the bundled catalog (read-only for the user) or the
// user's own additions.
enum class Origin { Catalog, User };

QString originId(Origin origin);
Origin originFromId(const QString &id);

// The source string recorded for user-added rows.
inline QString userSource()
{
    return QStringLiteral("added by user");
}

// A labelled fact that is shown but not computed with ("Year opened: 1971").
struct Fact
{
    QString label;
    QString value;
    QString source;

    friend bool operator==(const Fact &, const Fact &) = default;
};

// An inclusive numeric range where either end may be open ("50-60%",
// "up to 15 months"). Used for ambulatory share and ambulatory months.
struct Range
{
    std::optional<double> min;
    std::optional<double> max;

    bool isEmpty() const { return !min && !max; }
    // A single number for scoring and sorting: the midpoint, or whichever end exists.
    std::optional<double> midpoint() const
    {
        if (min && max)
            return (*min + *max) / 2.0;
        return min ? min : max;
    }
    friend bool operator==(const Range &, const Range &) = default;
};

} // namespace rw
