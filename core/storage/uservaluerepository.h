#pragma once

#include "model/criterion.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rw {

class Database;

// The user's own value of a fact criterion (an attribute or a feature) for
// one track: it wins over the catalog's fact, which stays as the suggestion.
// A feature is 1 (Yes) or 0 (No); an attribute is the fact's number.
struct UserValue
{
    qint64 trackId = 0;
    qint64 criterionId = 0;
    double value = 0;

    friend bool operator==(const UserValue &, const UserValue &) = default;
};

// The user's values of any criterion: ratings (kept by CriterionRepository)
// and the values the user gives fact criteria (the `user_values` table).
// Every write checks the value against the criterion's kind first and
// changes nothing when it is wrong.
class UserValueRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::UserValueRepository)

public:
    explicit UserValueRepository(Database &db)
        : m_db(db)
    { }

    // Sets (or, with std::nullopt, clears) the user's value of any
    // criterion: a rating 1..5, a feature 0 or 1, an attribute's number.
    Status set(qint64 trackId, qint64 criterionId, std::optional<double> value);
    // The user's value of any criterion, or std::nullopt when they gave none.
    Result<std::optional<double>> value(qint64 trackId, qint64 criterionId) const;

    // The user's values of fact criteria (ratings are CriterionRepository's).
    Result<QList<UserValue>> all() const;
    Result<QList<UserValue>> forCriterion(qint64 criterionId) const;
    Result<QList<UserValue>> onList(qint64 listId) const;
    // Puts values back (undoing a criterion's removal), in one transaction.
    Status restore(const QList<UserValue> &values);

    // An Input error unless `value` suits the criterion's kind.
    static Status check(const Criterion &criterion, double value);
    // Parses what a person types for the criterion's kind: "1".."5" for a
    // rating, "yes"/"no" for a feature, a number for an attribute; "none"
    // clears (std::nullopt).
    static Result<std::optional<double>> parse(const Criterion &criterion, const QString &text);

private:
    Result<QList<UserValue>> read(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace rw
