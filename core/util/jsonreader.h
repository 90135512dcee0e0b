#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace rw {

// Collects the first problem found while reading untrusted JSON, with the
// JSON path where it is (`programs[2].sites[0].name`).
class JsonErrors
{
public:
    bool failed() const { return !m_message.isEmpty(); }
    const QString &message() const { return m_message; }
    const QString &path() const { return m_path; }
    // "programs[2].name: expected a string"
    QString describe() const;
    void fail(const QString &path, const QString &message);

private:
    QString m_path;
    QString m_message;
};

// Reads one JSON object of an untrusted file strictly: the object's field
// names are declared up front, each field read must be of the right type and
// within limits, and finish() reports a field that was not declared. It walks
// the object once, so reading 50,000 note items does no per-field lookups or
// bookkeeping sets. After the first error every getter returns an empty
// value, so callers can read a whole structure and check errors once.
// Reading a field that was not declared is a programming error (asserted).
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(rw::JsonObjectReader)

public:
    JsonObjectReader(const QJsonValue &value, QString path,
                     std::initializer_list<QLatin1String> names, JsonErrors &errors);

    const QString &path() const { return m_path; }
    QString pathOf(QLatin1String key) const;
    bool has(QLatin1String key) const;
    // The raw value: undefined when absent.
    QJsonValue value(QLatin1String key) const;

    QString string(QLatin1String key, int maxLength);
    QString optionalString(QLatin1String key, int maxLength);
    std::optional<qint64> optionalInteger(QLatin1String key, qint64 min, qint64 max);
    qint64 integer(QLatin1String key, qint64 min, qint64 max);
    std::optional<double> optionalNumber(QLatin1String key, double min, double max);
    bool optionalBool(QLatin1String key, bool fallback);
    // An array (empty when absent and not required), at most maxCount items.
    QJsonArray array(QLatin1String key, qsizetype maxCount, bool required = false);
    // A list of strings (empty when absent), each at most maxLength.
    QStringList stringList(QLatin1String key, qsizetype maxCount, int maxLength);

    // Reports a field that is not among the declared names. Call after
    // reading the others.
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

// "items[3]"
QString jsonIndexPath(const QString &arrayPath, qsizetype index);

} // namespace rw
