#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace rw {

// One open Rankwise database file: a named Qt Sql connection owned by the
// thread that opened it. Opening validates the file before anything is
// written (not SQLite, not Rankwise, newer schema: refused and untouched),
// then turns on WAL and foreign keys and runs pending migrations in one
// transaction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(rw::Database)

public:
    enum class Mode { ReadWrite, ReadOnly };

    // The schema this build reads and writes (PRAGMA user_version).
    static int currentSchemaVersion();
    // "RNKW" as a big-endian integer, so `file` and sqlite3 tools can tell
    // our files from other SQLite databases (PRAGMA application_id).
    static constexpr int kApplicationId = 0x524E4B57;

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);

    // QStandardPaths::AppDataLocation + "/rankwise.sqlite".
    static QString defaultPath();
    // The path a command-line face should use: the explicit one if given,
    // else $RANKWISE_DB, else defaultPath().
    static QString resolvePath(const QString &explicitPath);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `work` inside a write transaction (BEGIN IMMEDIATE, or a savepoint
    // when already inside one). Commits when it returns ok, rolls back
    // otherwise, so callers never leave half a change behind.
    Status write(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // A short string from the meta table, or `fallback`.
    QString meta(const QString &key, const QString &fallback = {}) const;
    // Must be called inside write().
    Status setMeta(const QString &key, const QString &value);

private:
    Database(QString path, QString connectionName, Mode mode);
    Status configure();
    Status migrate(int fromVersion);
    Status exec(const QString &sql);

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    int m_schemaVersion = 0;
    int m_depth = 0;
    int m_savepointCounter = 0;
};

// An Error carrying SQLite's own message, prefixed by what we were doing.
Error sqlError(const QSqlQuery &query, const QString &doing);

// Prepares `sql` on the database's connection; on failure returns the error.
Result<QSqlQuery> prepare(const Database &db, const QString &sql);
// Executes a prepared query, turning a failure into an Error.
Status execute(QSqlQuery &query, const QString &doing);

} // namespace rw
