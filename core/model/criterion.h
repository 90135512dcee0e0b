#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace rw {

// How a criterion gets its value for a track: a rating the user gives (1 to
// 5), a numeric program fact, or whether a curriculum category is offered.
enum class CriterionKind { Rating, Attribute, Feature };

QString criterionKindId(CriterionKind kind);
std::optional<CriterionKind> criterionKindFromId(const QString &id);

// Stored as 1 / -1 (the `direction` column).
enum class Direction { HigherIsBetter, LowerIsBetter };

QString directionId(Direction direction); // "higher" or "lower"
int directionValue(Direction direction);
Direction directionFromValue(int value);

// The program facts an "attribute" criterion can read. Each has an id used
// in `--kind attribute:ID` and stored in the criterion's parameter; the one
// table in criterion.cpp maps id <-> enum <-> label, and code past parsing
// switches on the enum, never on the id text.
enum class CriterionAttribute { AmbulatoryShare, ContinuitySites, Positions, AmbulatoryMonths };

QString criterionAttributeId(CriterionAttribute attribute); // "ambulatory-share"
std::optional<CriterionAttribute> criterionAttributeFromId(const QString &id);

namespace CriterionAttributes {
QList<CriterionAttribute> all();
QStringList ids();
// "Ambulatory share", translated.
QString displayName(CriterionAttribute attribute);
} // namespace CriterionAttributes

// A user-defined yardstick with its weight. Weights are non-negative numbers
// whose shares of the total are what matter (shown as percentages).
struct Criterion
{
    Q_DECLARE_TR_FUNCTIONS(rw::Criterion)

public:
    qint64 id = 0;
    QString name;
    double weight = 0;
    CriterionKind kind = CriterionKind::Rating;
    QString parameter; // attribute id or feature category; empty for ratings
    Direction direction = Direction::HigherIsBetter;
    int position = 0;

    // "rating", "attribute:ambulatory-share", "feature:research": the form
    // the CLI takes and prints.
    QString kindSpec() const;
    // A short description for people: "Your rating (1–5)", "Feature: Research".
    QString kindDisplay() const;
    // The fact an attribute criterion reads; none for other kinds (or an
    // unknown id, which parseKindSpec never lets in).
    std::optional<CriterionAttribute> attribute() const;
};

namespace CriterionRules {
constexpr double kMaxWeight = 1000;
constexpr qsizetype kMaxNameLength = 60;

// Parses a kind spec ("rating", "attribute:FIELD", "feature:CATEGORY").
Result<std::pair<CriterionKind, QString>> parseKindSpec(const QString &spec);
// The name trimmed, or an Input error saying what is wrong with it.
Result<QString> checkName(const QString &name);
// An Input error when the weight is negative, too large or not a number.
Status checkWeight(double weight);
// Parses user text as a weight ("12", "2.5"), with the same checks.
Result<double> parseWeight(const QString &text);
} // namespace CriterionRules

// The starting set offered to a new user; every one of them is editable.
QList<Criterion> suggestedCriteria();

} // namespace rw
