#include "storage/criterionrepository.h"

#include "storage/statement.h"

#include <QHash>

namespace rw {

namespace {

const QString kColumns =
    QStringLiteral("SELECT id, name, weight, kind, parameter, direction, position FROM criteria ");
const QString kUpsertRating =
    QStringLiteral("INSERT INTO ratings(track_id, criterion_id, value) VALUES (?, ?, ?) "
                   "ON CONFLICT(track_id, criterion_id) DO UPDATE SET value = excluded.value");
const QString kClearRating =
    QStringLiteral("DELETE FROM ratings WHERE track_id = ? AND criterion_id = ?");

Criterion fromRow(const QSqlQuery &q)
{
    Criterion c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.weight = q.value(2).toDouble();
    c.kind = criterionKindFromId(q.value(3).toString()).value_or(CriterionKind::Rating);
    c.parameter = q.value(4).toString();
    c.direction = directionFromValue(q.value(5).toInt());
    c.position = q.value(6).toInt();
    return c;
}

// Validates what a criterion row must satisfy, whoever wrote it.
Status checkCriterion(const Criterion &criterion)
{
    auto name = CriterionRules::checkName(criterion.name);
    if (!name)
        return name.error();
    if (auto weight = CriterionRules::checkWeight(criterion.weight); !weight)
        return weight;
    auto kind = CriterionRules::parseKindSpec(criterion.kindSpec());
    if (!kind)
        return kind.error();
    return {};
}

} // namespace

Result<QList<Criterion>> CriterionRepository::query(const QString &where,
                                                    const QVariantList &values) const
{
    QList<Criterion> list;
    Status status = Statement::forEach(
        m_db, kColumns + where + QStringLiteral(" ORDER BY position, id"), values,
        tr("reading criteria"), [&](const QSqlQuery &q) { list.append(fromRow(q)); });
    if (!status)
        return status.error();
    return list;
}

Result<QList<Criterion>> CriterionRepository::all() const
{
    return query({}, {});
}

Result<Criterion> CriterionRepository::byId(qint64 id) const
{
    auto found = query(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no criterion with the id %1.").arg(id));
    return found->constFirst();
}

Result<Criterion> CriterionRepository::byName(const QString &name) const
{
    auto found = query(QStringLiteral("WHERE name = ? COLLATE NOCASE"), {name.trimmed()});
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return found->constFirst();
    auto every = all();
    if (!every)
        return every.error();
    if (every->isEmpty()) {
        return Error::notFound(
            tr("There is no criterion named “%1”: no criteria are defined yet.").arg(name));
    }
    QStringList names;
    for (const Criterion &c : *every)
        names.append(c.name);
    return Error::notFound(tr("There is no criterion named “%1”. The criteria are: %2.")
                               .arg(name, names.join(QStringLiteral(", "))));
}

Status CriterionRepository::checkUniqueName(const QString &name, qint64 exceptId) const
{
    auto q = Statement::select(m_db,
                               QStringLiteral("SELECT id FROM criteria WHERE name = ? COLLATE "
                                              "NOCASE AND id <> ?"),
                               {name, exceptId}, tr("reading criteria"));
    if (!q)
        return q.error();
    if (q->next())
        return Error::conflict(tr("There is already a criterion named “%1”.").arg(name));
    return {};
}

Status CriterionRepository::expectOneRow(const Result<int> &changed, qint64 id) const
{
    if (!changed)
        return changed.error();
    if (*changed != 1)
        return Error::notFound(tr("There is no criterion with the id %1.").arg(id));
    return {};
}

Result<Criterion> CriterionRepository::add(const Criterion &criterion)
{
    Criterion added = criterion;
    auto name = CriterionRules::checkName(criterion.name);
    if (!name)
        return name.error();
    added.name = *name;
    if (auto status = checkCriterion(added); !status)
        return status.error();
    Status status = m_db.write([&]() -> Status {
        if (auto unique = checkUniqueName(added.name, 0); !unique)
            return unique;
        auto last = Statement::select(m_db,
                                      QStringLiteral("SELECT coalesce(max(position), 0) FROM "
                                                     "criteria"),
                                      {}, tr("reading criteria"));
        if (!last)
            return last.error();
        added.position = last->next() ? last->value(0).toInt() + 1 : 1;
        auto id =
            Statement::insert(m_db,
                              QStringLiteral("INSERT INTO criteria(name, weight, kind, "
                                             "parameter, direction, position) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {added.name, added.weight, criterionKindId(added.kind),
                               added.parameter, directionValue(added.direction), added.position},
                              tr("saving the criterion “%1”").arg(added.name));
        if (!id)
            return id.error();
        added.id = *id;
        return {};
    });
    if (!status)
        return status.error();
    return added;
}

Status CriterionRepository::restore(const Criterion &criterion, const QList<Rating> &ratings)
{
    if (auto status = checkCriterion(criterion); !status)
        return status;
    return m_db.write([&]() -> Status {
        if (auto unique = checkUniqueName(criterion.name, criterion.id); !unique)
            return unique;
        auto id = Statement::insert(m_db,
                                    QStringLiteral("INSERT INTO criteria(id, name, weight, kind, "
                                                   "parameter, direction, position) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                    {criterion.id, criterion.name, criterion.weight,
                                     criterionKindId(criterion.kind), criterion.parameter,
                                     directionValue(criterion.direction), criterion.position},
                                    tr("restoring the criterion “%1”").arg(criterion.name));
        if (!id)
            return id.error();
        for (const Rating &rating : ratings) {
            auto done = Statement::run(m_db,
                                       QStringLiteral("INSERT INTO ratings(track_id, "
                                                      "criterion_id, value) VALUES (?, ?, ?)"),
                                       {rating.trackId, criterion.id, rating.value},
                                       tr("restoring ratings"));
            if (!done)
                return done.error();
        }
        return {};
    });
}

Status CriterionRepository::setWeight(qint64 id, double weight)
{
    if (auto status = CriterionRules::checkWeight(weight); !status)
        return status;
    return m_db.write([&]() -> Status {
        return expectOneRow(Statement::run(m_db,
                                           QStringLiteral("UPDATE criteria SET weight = ? "
                                                          "WHERE id = ?"),
                                           {weight, id}, tr("saving the weight")),
                            id);
    });
}

Status CriterionRepository::rename(qint64 id, const QString &name)
{
    auto checked = CriterionRules::checkName(name);
    if (!checked)
        return checked.error();
    return m_db.write([&]() -> Status {
        if (auto unique = checkUniqueName(*checked, id); !unique)
            return unique;
        return expectOneRow(Statement::run(m_db,
                                           QStringLiteral("UPDATE criteria SET name = ? "
                                                          "WHERE id = ?"),
                                           {*checked, id}, tr("renaming the criterion")),
                            id);
    });
}

Status CriterionRepository::setDirection(qint64 id, Direction direction)
{
    return m_db.write([&]() -> Status {
        return expectOneRow(Statement::run(m_db,
                                           QStringLiteral("UPDATE criteria SET direction = ? "
                                                          "WHERE id = ?"),
                                           {directionValue(direction), id},
                                           tr("saving the direction")),
                            id);
    });
}

Status CriterionRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        return expectOneRow(Statement::run(m_db,
                                           QStringLiteral("DELETE FROM criteria WHERE id = ?"),
                                           {id}, tr("deleting the criterion")),
                            id);
    });
}

Status CriterionRepository::checkRating(int value)
{
    if (value < Rating::kMin || value > Rating::kMax) {
        return Error::input(tr("A rating must be a whole number from 1 to 5, not %1.").arg(value));
    }
    return {};
}

Result<std::optional<int>> CriterionRepository::parseRating(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0)
        return std::optional<int>();
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    if (!ok || value < Rating::kMin || value > Rating::kMax) {
        return Error::input(
            tr("A rating must be a whole number from 1 to 5, or “none” to clear it; “%1” is "
               "not.")
                .arg(text));
    }
    return std::optional<int>(value);
}

Status CriterionRepository::setRating(qint64 trackId, qint64 criterionId, std::optional<int> value)
{
    if (value) {
        if (auto status = checkRating(*value); !status)
            return status;
    }
    return m_db.write([&]() -> Status {
        auto criterion = byId(criterionId);
        if (!criterion)
            return criterion.error();
        if (criterion->kind != CriterionKind::Rating) {
            return Error::input(tr("“%1” is not rated by you: its values come from the program "
                                   "facts (%2).")
                                    .arg(criterion->name, criterion->kindDisplay()));
        }
        auto track = Statement::select(m_db, QStringLiteral("SELECT 1 FROM tracks WHERE id = ?"),
                                       {trackId}, tr("reading tracks"));
        if (!track)
            return track.error();
        if (!track->next())
            return Error::notFound(tr("There is no track with the id %1.").arg(trackId));
        Result<int> done = value
            ? Statement::run(m_db, kUpsertRating, {trackId, criterionId, *value},
                             tr("saving the rating"))
            : Statement::run(m_db, kClearRating, {trackId, criterionId}, tr("clearing the rating"));
        if (!done)
            return done.error();
        return {};
    });
}

Result<std::optional<int>> CriterionRepository::rating(qint64 trackId, qint64 criterionId) const
{
    auto q = Statement::select(m_db,
                               QStringLiteral("SELECT value FROM ratings WHERE track_id = ? AND "
                                              "criterion_id = ?"),
                               {trackId, criterionId}, tr("reading ratings"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<int>();
    return std::optional<int>(q->value(0).toInt());
}

Status CriterionRepository::setRatings(const QList<RatingChange> &changes)
{
    for (const RatingChange &change : changes) {
        if (change.value) {
            if (auto status = checkRating(*change.value); !status)
                return status;
        }
    }
    return m_db.write([&]() -> Status {
        auto criteria = all();
        if (!criteria)
            return criteria.error();
        QHash<qint64, const Criterion *> byId;
        for (const Criterion &criterion : std::as_const(*criteria))
            byId.insert(criterion.id, &criterion);
        Statement upsert(m_db, kUpsertRating);
        Statement clear(m_db, kClearRating);
        for (const RatingChange &change : changes) {
            const Criterion *criterion = byId.value(change.criterionId);
            if (!criterion)
                return Error::notFound(
                    tr("There is no criterion with the id %1.").arg(change.criterionId));
            if (criterion->kind != CriterionKind::Rating) {
                return Error::input(tr("“%1” is not rated by you: its values come from the "
                                       "program facts (%2).")
                                        .arg(criterion->name, criterion->kindDisplay()));
            }
            auto done = change.value
                ? upsert.run({change.trackId, change.criterionId, *change.value},
                             tr("saving ratings"))
                : clear.run({change.trackId, change.criterionId}, tr("saving ratings"));
            if (!done)
                return done.error();
        }
        return {};
    });
}

namespace {
Result<QList<Rating>> readRatings(const Database &db, const QString &where,
                                  const QVariantList &values)
{
    auto q = Statement::select(db,
                               QStringLiteral("SELECT track_id, criterion_id, value FROM ratings ")
                                   + where + QStringLiteral(" ORDER BY criterion_id, track_id"),
                               values, CriterionRepository::tr("reading ratings"));
    if (!q)
        return q.error();
    QList<Rating> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt()});
    return list;
}
} // namespace

Result<QList<Rating>> CriterionRepository::ratings() const
{
    return readRatings(m_db, {}, {});
}

Result<QList<Rating>> CriterionRepository::ratingsFor(qint64 criterionId) const
{
    return readRatings(m_db, QStringLiteral("WHERE criterion_id = ?"), {criterionId});
}

Result<QList<Rating>> CriterionRepository::ratingsOnList(qint64 listId) const
{
    return readRatings(
        m_db,
        QStringLiteral("WHERE track_id IN (SELECT track_id FROM rank_entries WHERE list_id = ?)"),
        {listId});
}

} // namespace rw
