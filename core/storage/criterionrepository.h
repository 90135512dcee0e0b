#pragma once

#include "model/criterion.h"
#include "model/rating.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rw {

class Database;

// The user's criteria and their ratings. Every write validates first and
// changes nothing when the input is wrong.
class CriterionRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::CriterionRepository)

public:
    explicit CriterionRepository(Database &db)
        : m_db(db)
    { }

    // Every criterion in the user's order.
    Result<QList<Criterion>> all() const;
    Result<Criterion> byId(qint64 id) const;
    // Case-insensitive; NotFound names the criteria that do exist.
    Result<Criterion> byName(const QString &name) const;

    // Appends a new criterion; its id and position are filled in.
    Result<Criterion> add(const Criterion &criterion);
    // Puts a removed criterion back with the same id, position and ratings (undo).
    Status restore(const Criterion &criterion, const QList<Rating> &ratings);
    Status setWeight(qint64 id, double weight);
    Status rename(qint64 id, const QString &name);
    Status setDirection(qint64 id, Direction direction);
    // Deletes the criterion and its ratings.
    Status remove(qint64 id);

    // Ratings. `value` std::nullopt clears; only "rating" criteria take them.
    Status setRating(qint64 trackId, qint64 criterionId, std::optional<int> value);
    Result<std::optional<int>> rating(qint64 trackId, qint64 criterionId) const;
    // Many ratings in one transaction with one prepared statement (an
    // import's thousands): each value set, or cleared when std::nullopt.
    // Refuses, writing nothing, a value outside 1..5 or a criterion that is
    // not a rating.
    struct RatingChange
    {
        qint64 trackId = 0;
        qint64 criterionId = 0;
        std::optional<int> value;
    };
    Status setRatings(const QList<RatingChange> &changes);
    Result<QList<Rating>> ratings() const;
    Result<QList<Rating>> ratingsFor(qint64 criterionId) const;
    // The ratings of the tracks on one list (what scoring the list needs).
    Result<QList<Rating>> ratingsOnList(qint64 listId) const;

    // An Input error unless value is 1..5.
    static Status checkRating(int value);
    // Parses "1".."5" or "none" (clear).
    static Result<std::optional<int>> parseRating(const QString &text);

private:
    Result<QList<Criterion>> query(const QString &where, const QVariantList &values) const;
    Status checkUniqueName(const QString &name, qint64 exceptId) const;
    Status expectOneRow(const Result<int> &changed, qint64 id) const;

    Database &m_db;
};

} // namespace rw
