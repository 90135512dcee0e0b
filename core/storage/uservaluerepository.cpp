#include "storage/uservaluerepository.h"

#include "storage/criterionrepository.h"
#include "storage/statement.h"

#include <cmath>

namespace rw {

namespace {
const QString kUpsert =
    QStringLiteral("INSERT INTO user_values(track_id, criterion_id, value) VALUES (?, ?, ?) "
                   "ON CONFLICT(track_id, criterion_id) DO UPDATE SET value = excluded.value");
const QString kClear =
    QStringLiteral("DELETE FROM user_values WHERE track_id = ? AND criterion_id = ?");
} // namespace

Status UserValueRepository::check(const Criterion &criterion, double value)
{
    switch (criterion.kind) {
    case CriterionKind::Rating:
        if (value != std::floor(value))
            return Error::input(tr("A rating must be a whole number from 1 to 5, not %1.")
                                    .arg(QString::number(value)));
        return CriterionRepository::checkRating(int(value));
    case CriterionKind::Feature:
        if (value != 0 && value != 1)
            return Error::input(tr("“%1” takes yes or no.").arg(criterion.name));
        return {};
    case CriterionKind::Attribute: {
        const double max = criterion.parameter == u"ambulatory-share" ? 100 : 1e9;
        if (!std::isfinite(value) || value < 0 || value > max) {
            return Error::input(
                tr("“%1” takes a number from 0 to %2, not %3.")
                    .arg(criterion.name, QString::number(max), QString::number(value)));
        }
        return {};
    }
    }
    return {};
}

Result<std::optional<double>> UserValueRepository::parse(const Criterion &criterion,
                                                         const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0)
        return std::optional<double>();
    switch (criterion.kind) {
    case CriterionKind::Rating: {
        auto rating = CriterionRepository::parseRating(trimmed);
        if (!rating)
            return rating.error();
        return std::optional<double>(**rating);
    }
    case CriterionKind::Feature:
        if (trimmed.compare(QStringLiteral("yes"), Qt::CaseInsensitive) == 0)
            return std::optional<double>(1.0);
        if (trimmed.compare(QStringLiteral("no"), Qt::CaseInsensitive) == 0)
            return std::optional<double>(0.0);
        return Error::input(tr("“%1” is a feature: give yes, no or “none” to clear your value, "
                               "not “%2”.")
                                .arg(criterion.name, text));
    case CriterionKind::Attribute: {
        bool ok = false;
        const double value = trimmed.toDouble(&ok);
        if (!ok) {
            return Error::input(tr("“%1” takes a number (or “none” to clear your value), not "
                                   "“%2”.")
                                    .arg(criterion.name, text));
        }
        if (Status status = check(criterion, value); !status)
            return status.error();
        return std::optional<double>(value);
    }
    }
    return std::optional<double>();
}

Status UserValueRepository::set(qint64 trackId, qint64 criterionId, std::optional<double> value)
{
    return m_db.write([&]() -> Status {
        CriterionRepository criteria(m_db);
        auto criterion = criteria.byId(criterionId);
        if (!criterion)
            return criterion.error();
        if (value) {
            if (Status status = check(*criterion, *value); !status)
                return status;
        }
        if (criterion->kind == CriterionKind::Rating) {
            return criteria.setRating(trackId, criterionId,
                                      value ? std::optional<int>(int(*value)) : std::nullopt);
        }
        auto track = Statement::exists(m_db, QStringLiteral("SELECT 1 FROM tracks WHERE id = ?"),
                                       {trackId}, tr("reading tracks"));
        if (!track)
            return track.error();
        if (!*track)
            return Error::notFound(tr("There is no track with the id %1.").arg(trackId));
        auto done = value
            ? Statement::run(m_db, kUpsert, {trackId, criterionId, *value}, tr("saving your value"))
            : Statement::run(m_db, kClear, {trackId, criterionId}, tr("clearing your value"));
        if (!done)
            return done.error();
        return {};
    });
}

Result<std::optional<double>> UserValueRepository::value(qint64 trackId, qint64 criterionId) const
{
    auto found = Statement::scalar(
        m_db,
        QStringLiteral("SELECT value FROM user_values WHERE track_id = ? AND criterion_id = ? "
                       "UNION ALL SELECT value FROM ratings WHERE track_id = ? AND "
                       "criterion_id = ?"),
        {trackId, criterionId, trackId, criterionId}, tr("reading your values"));
    if (!found)
        return found.error();
    if (found->isNull())
        return std::optional<double>();
    return std::optional<double>(found->toDouble());
}

Result<QList<UserValue>> UserValueRepository::read(const QString &where,
                                                   const QVariantList &values) const
{
    QList<UserValue> list;
    Status status = Statement::forEach(
        m_db,
        QStringLiteral("SELECT track_id, criterion_id, value FROM user_values ") + where
            + QStringLiteral(" ORDER BY criterion_id, track_id"),
        values, tr("reading your values"), [&](const QSqlQuery &q) {
            list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble()});
        });
    if (!status)
        return status.error();
    return list;
}

Result<QList<UserValue>> UserValueRepository::all() const
{
    return read({}, {});
}

Result<QList<UserValue>> UserValueRepository::forCriterion(qint64 criterionId) const
{
    return read(QStringLiteral("WHERE criterion_id = ?"), {criterionId});
}

Result<QList<UserValue>> UserValueRepository::onList(qint64 listId) const
{
    return read(
        QStringLiteral("WHERE track_id IN (SELECT track_id FROM rank_entries WHERE list_id = ?)"),
        {listId});
}

Status UserValueRepository::restore(const QList<UserValue> &values)
{
    return m_db.write([&]() -> Status {
        Statement upsert(m_db, kUpsert);
        for (const UserValue &v : values) {
            auto done =
                upsert.run({v.trackId, v.criterionId, v.value}, tr("restoring your values"));
            if (!done)
                return done.error();
        }
        return {};
    });
}

} // namespace rw
