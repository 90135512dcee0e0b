#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace rw {

// SQLite's primary result codes that Rankwise reacts to; the low byte of the
// extended code Qt reports as QSqlError::nativeErrorCode().
enum class SqliteFailure { None, Other, Busy, ReadOnly, Corrupt, Full, CantOpen, NotADatabase, Io };

SqliteFailure classifySqliteError(const QSqlError &error);

// Short-lived Qt Sql connections on a database file that are not a Database:
// read-only looks for checks, backups and restores.
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(rw::SqliteConnection)

public:
    // A process-wide unique connection name.
    static QString uniqueName();

    // Opens `path` read-only under a new connection name and proves it can be
    // read. A WAL database in a folder the user cannot write cannot create its
    // shared-memory file; when no unsaved journal exists it is then opened
    // as immutable, which needs no such file.
    // `failure` and `detail`, when given, receive SQLite's reason for a
    // failed open and its own words.
    static Result<SqliteConnection>
    openReadOnly(const QString &path, SqliteFailure *failure = nullptr, QString *detail = nullptr);

    // The same for a connection that is added but not open yet (Database's
    // own read-only connection). Sets *immutable when that fallback was used.
    static Status openReadOnlyOn(QSqlDatabase &db, const QString &path, int busyTimeoutMs,
                                 SqliteFailure *failure, bool *immutable,
                                 QString *detail = nullptr);

    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&) = delete;
    SqliteConnection(const SqliteConnection &) = delete;
    ~SqliteConnection();

    QSqlDatabase database() const;
    // True when opened as immutable (read-only folder).
    bool isImmutable() const { return m_immutable; }

private:
    explicit SqliteConnection(QString name)
        : m_name(std::move(name))
    { }

    QString m_name;
    bool m_immutable = false;
};

} // namespace rw
