#include "util/jsonreader.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace rw {

QString JsonErrors::describe() const
{
    if (m_path.isEmpty())
        return m_message;
    return m_path + QStringLiteral(": ") + m_message;
}

void JsonErrors::fail(const QString &path, const QString &message)
{
    if (failed())
        return;
    m_path = path;
    m_message = message;
}

QString jsonIndexPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

JsonObjectReader::JsonObjectReader(const QJsonValue &value, QString path, JsonErrors &errors)
    : m_path(std::move(path))
    , m_errors(errors)
{
    if (!value.isObject()) {
        m_errors.fail(m_path.isEmpty() ? QStringLiteral("$") : m_path, tr("expected an object"));
        return;
    }
    m_object = value.toObject();
}

QString JsonObjectReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

bool JsonObjectReader::has(const QString &key) const
{
    return m_object.contains(key);
}

void JsonObjectReader::fail(const QString &key, const QString &message)
{
    m_errors.fail(pathOf(key), message);
}

QJsonValue JsonObjectReader::take(const QString &key)
{
    m_seen.insert(key);
    return m_object.value(key);
}

QJsonValue JsonObjectReader::value(const QString &key)
{
    return take(key);
}

QString JsonObjectReader::string(const QString &key, int maxLength)
{
    const QJsonValue v = take(key);
    if (m_errors.failed())
        return {};
    if (v.isUndefined()) {
        fail(key, tr("is missing"));
        return {};
    }
    if (!v.isString()) {
        fail(key, tr("expected a string"));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength) {
        fail(key, tr("is longer than %1 characters").arg(maxLength));
        return {};
    }
    return s;
}

QString JsonObjectReader::optionalString(const QString &key, int maxLength)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        m_seen.insert(key);
        return {};
    }
    return string(key, maxLength);
}

std::optional<double> JsonObjectReader::optionalNumber(const QString &key, double min, double max)
{
    const QJsonValue v = take(key);
    if (m_errors.failed() || v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key, tr("expected a number"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (d < min || d > max) {
        fail(key, tr("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> JsonObjectReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue v = take(key);
    if (m_errors.failed() || v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d) {
        fail(key, tr("expected a whole number"));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max)) {
        fail(key, tr("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

qint64 JsonObjectReader::integer(const QString &key, qint64 min, qint64 max)
{
    if (!m_errors.failed() && !m_object.contains(key)) {
        m_seen.insert(key);
        fail(key, tr("is missing"));
        return 0;
    }
    return optionalInteger(key, min, max).value_or(0);
}

bool JsonObjectReader::optionalBool(const QString &key, bool fallback)
{
    const QJsonValue v = take(key);
    if (m_errors.failed() || v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, tr("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

QJsonArray JsonObjectReader::array(const QString &key, qsizetype maxCount, bool required)
{
    const QJsonValue v = take(key);
    if (m_errors.failed())
        return {};
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, tr("is missing"));
        return {};
    }
    if (!v.isArray()) {
        fail(key, tr("expected an array"));
        return {};
    }
    QJsonArray a = v.toArray();
    if (a.size() > maxCount) {
        fail(key, tr("has %1 entries; at most %2 are allowed").arg(a.size()).arg(maxCount));
        return {};
    }
    return a;
}

QStringList JsonObjectReader::stringList(const QString &key, qsizetype maxCount, int maxLength)
{
    const QJsonArray a = array(key, maxCount);
    QStringList result;
    for (qsizetype i = 0; i < a.size() && !m_errors.failed(); ++i) {
        const QJsonValue item = a.at(i);
        if (!item.isString()) {
            m_errors.fail(jsonIndexPath(pathOf(key), i), tr("expected a string"));
        } else if (item.toString().size() > maxLength) {
            m_errors.fail(jsonIndexPath(pathOf(key), i),
                          tr("is longer than %1 characters").arg(maxLength));
        } else {
            result.append(item.toString());
        }
    }
    return result;
}

void JsonObjectReader::finish()
{
    if (m_errors.failed())
        return;
    QStringList unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            unknown.append(it.key());
    }
    if (!unknown.isEmpty()) {
        std::sort(unknown.begin(), unknown.end());
        m_errors.fail(pathOf(unknown.constFirst()), tr("is not a known field"));
    }
}

} // namespace rw
