#pragma once

#include <QMetaType>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

// Conversions between optional values and SQL NULL, shared by the repositories.
// An invalid QVariant binds as NULL; text is never NULL unless asked for with
// textOrNull(), because Qt binds a null QString as NULL.
namespace rw::SqlValues {

inline QVariant nullable(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

// Empty text is stored as NULL (for optional identifiers such as NRMP codes).
inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Binds positional values, turning null QStrings into empty text.
inline void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), value);
    }
}

inline std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

inline std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

} // namespace rw::SqlValues
