#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlQuery;
class QVariant;

namespace rw {

enum class SqliteFailure;

// One open Rankwise database file: a named Qt Sql connection owned by the
// thread that opened it. Opening validates the file before anything is
// written (not SQLite, not Rankwise, newer schema: refused and untouched),
// backs it up before a schema upgrade, turns on WAL and foreign keys and runs
// pending migrations in one transaction. A file the user cannot write opens
// read-only and says why (readOnlyReason()).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(rw::Database)

public:
    enum class Mode { ReadWrite, ReadOnly };

    struct Options
    {
        Mode mode = Mode::ReadWrite;
        // SQLite's own wait for another connection's lock, per attempt.
        int busyTimeoutMs = 5000;
        // How long a write keeps retrying to start when SQLite still reports
        // the database busy (another window or the CLI writing for long).
        int lockWaitMs = 30000;
        // Run PRAGMA quick_check on an existing file and refuse it when damaged.
        bool verify = false;
        // Backups kept (BackupStore) when an upgrade makes one; 0: no backup.
        int keepBackups = 10;
    };

    // The schema this build reads and writes (PRAGMA user_version).
    static int currentSchemaVersion();
    // "RNKW" as a big-endian integer, so `file` and sqlite3 tools can tell
    // our files from other SQLite databases (PRAGMA application_id).
    static constexpr int kApplicationId = 0x524E4B57;

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);

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
    // Why a database asked for writing is read-only ("the file is
    // read-only"); empty when writable or when opened read-only on purpose.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `work` inside a write transaction (BEGIN IMMEDIATE, or a savepoint
    // when already inside one). Commits when it returns ok, rolls back
    // otherwise, so callers never leave half a change behind. While another
    // process holds the write lock it waits (busy timeout, then retries up to
    // Options::lockWaitMs) instead of failing.
    Status write(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // While set, every statement a Statement prepares is added to `log`, so
    // that tests can check the query plans of what the app really runs
    // (tst_queryplans). nullptr turns it off.
    void setStatementLog(QStringList *log) { m_statementLog = log; }
    QStringList *statementLog() const { return m_statementLog; }

    // A short string from the meta table, or `fallback`.
    QString meta(const QString &key, const QString &fallback = {}) const;
    // Must be called inside write().
    Status setMeta(const QString &key, const QString &value);

private:
    Database(QString path, QString connectionName, const Options &options);
    Status connect();
    Status configure();
    Status migrate();
    Status exec(const QString &sql);
    // Executes `sql`, retrying while SQLite reports the database busy; can
    // hand back the first value and, on failure, SQLite's reason.
    Status execWaiting(const QString &sql, const QString &doing, QVariant *firstValue = nullptr,
                       SqliteFailure *failure = nullptr);

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    QString m_readOnlyReason;
    int m_busyTimeoutMs;
    int m_lockWaitMs;
    int m_schemaVersion = 0;
    int m_depth = 0;
    int m_savepointCounter = 0;
    QStringList *m_statementLog = nullptr;
};

// An Error carrying SQLite's own message, prefixed by what we were doing.
// A full disk, a read-only file, a busy or damaged database get a sentence
// saying so and what to do.
Error sqlError(const QSqlQuery &query, const QString &doing);

} // namespace rw
