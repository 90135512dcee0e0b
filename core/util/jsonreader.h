#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

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

// Reads one JSON object strictly: each key must be expected, of the right
// type and within limits; finish() reports any key nobody asked for. After
// the first error every getter returns an empty value, so callers can read
// a whole structure and check errors once.
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(rw::JsonObjectReader)

public:
    JsonObjectReader(const QJsonValue &value, QString path, JsonErrors &errors);

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const;
    bool has(const QString &key) const;

    QString string(const QString &key, int maxLength = 100000);
    QString optionalString(const QString &key, int maxLength = 100000);
    std::optional<double> optionalNumber(const QString &key, double min, double max);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    bool optionalBool(const QString &key, bool fallback);
    // An array (empty when absent and not required), at most maxCount items.
    QJsonArray array(const QString &key, qsizetype maxCount, bool required = false);
    QJsonValue value(const QString &key);
    // A list of strings, each at most maxLength.
    QStringList stringList(const QString &key, qsizetype maxCount, int maxLength = 1000);

    // Reports the first key that was never read. Call after reading all keys.
    void finish();

private:
    QJsonValue take(const QString &key);
    void fail(const QString &key, const QString &message);

    QJsonObject m_object;
    QString m_path;
    JsonErrors &m_errors;
    QSet<QString> m_seen;
};

// "items[3]"
QString jsonIndexPath(const QString &arrayPath, qsizetype index);

} // namespace rw
