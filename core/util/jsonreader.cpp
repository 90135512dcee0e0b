#include "util/jsonreader.h"

#include <QJsonObject>

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

JsonObjectReader::JsonObjectReader(const QJsonValue &value, QString path,
                                   std::initializer_list<QLatin1String> names, JsonErrors &errors)
    : m_path(std::move(path))
    , m_errors(errors)
    , m_names(names)
    , m_values(qsizetype(names.size()), QJsonValue(QJsonValue::Undefined))
{
    if (!value.isObject()) {
        m_errors.fail(m_path.isEmpty() ? QStringLiteral("$") : m_path,
                      value.isUndefined() ? tr("is missing") : tr("expected an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    // Keys come sorted, so the first unknown one is the same on every run.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        qsizetype index = -1;
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            if (key == m_names.at(i)) {
                index = i;
                break;
            }
        }
        if (index >= 0)
            m_values[index] = it.value();
        else if (m_unknown.isNull())
            m_unknown = key;
    }
}

int JsonObjectReader::indexOf(QLatin1String key) const
{
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        if (m_names.at(i) == key)
            return int(i);
    }
    Q_ASSERT_X(false, "JsonObjectReader", "reading a field that was not declared");
    return -1;
}

QString JsonObjectReader::pathOf(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

bool JsonObjectReader::has(QLatin1String key) const
{
    const int index = indexOf(key);
    return index >= 0 && !m_values.at(index).isUndefined();
}

QJsonValue JsonObjectReader::value(QLatin1String key) const
{
    const int index = indexOf(key);
    return index >= 0 ? m_values.at(index) : QJsonValue(QJsonValue::Undefined);
}

void JsonObjectReader::fail(QLatin1String key, const QString &message)
{
    m_errors.fail(pathOf(key), message);
}

QString JsonObjectReader::string(QLatin1String key, int maxLength)
{
    if (m_errors.failed())
        return {};
    const QJsonValue v = value(key);
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

QString JsonObjectReader::optionalString(QLatin1String key, int maxLength)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return string(key, maxLength);
}

std::optional<qint64> JsonObjectReader::optionalInteger(QLatin1String key, qint64 min, qint64 max)
{
    const QJsonValue v = value(key);
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

qint64 JsonObjectReader::integer(QLatin1String key, qint64 min, qint64 max)
{
    if (!m_errors.failed() && !has(key)) {
        fail(key, tr("is missing"));
        return 0;
    }
    return optionalInteger(key, min, max).value_or(0);
}

std::optional<double> JsonObjectReader::optionalNumber(QLatin1String key, double min, double max)
{
    const QJsonValue v = value(key);
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

bool JsonObjectReader::optionalBool(QLatin1String key, bool fallback)
{
    const QJsonValue v = value(key);
    if (m_errors.failed() || v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, tr("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

QJsonArray JsonObjectReader::array(QLatin1String key, qsizetype maxCount, bool required)
{
    const QJsonValue v = value(key);
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

QStringList JsonObjectReader::stringList(QLatin1String key, qsizetype maxCount, int maxLength)
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
    if (!m_errors.failed() && !m_unknown.isNull())
        m_errors.fail(m_path.isEmpty() ? m_unknown : m_path + QLatin1Char('.') + m_unknown,
                      tr("is not a known field"));
}

} // namespace rw
