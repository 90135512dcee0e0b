#pragma once

#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace rw {

// Reads one JSON object of an untrusted file strictly, like JsonObjectReader
// (same messages, same JSON paths, first error wins), but for objects whose
// field names are known up front: it walks the object once, so reading
// 50,000 note items does no per-field lookups or bookkeeping sets. A field
// not among `names` is reported by finish().
class StrictObject
{
    Q_DECLARE_TR_FUNCTIONS(rw::StrictObject)

public:
    StrictObject(const QJsonValue &value, QString path, std::initializer_list<QLatin1String> names,
                 JsonErrors &errors);

    QString pathOf(QLatin1String key) const;
    bool has(QLatin1String key) const;
    QJsonValue value(QLatin1String key) const;

    QString string(QLatin1String key, int maxLength);
    QString optionalString(QLatin1String key, int maxLength);
    std::optional<qint64> optionalInteger(QLatin1String key, qint64 min, qint64 max);
    qint64 integer(QLatin1String key, qint64 min, qint64 max);
    std::optional<double> optionalNumber(QLatin1String key, double min, double max);
    bool optionalBool(QLatin1String key, bool fallback);
    QJsonArray array(QLatin1String key, qsizetype maxCount, bool required = false);

    // Reports a field that is not in `names`. Call after reading the others.
    void finish();

private:
    int indexOf(QLatin1String key) const;
    void fail(QLatin1String key, const QString &message);

    QString m_path;
    JsonErrors &m_errors;
    QList<QLatin1String> m_names;
    QList<QJsonValue> m_values; // undefined when absent
    QString m_unknown;
};

} // namespace rw
