#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

// One backup file of a database.
struct BackupInfo
{
    QString path;
    QString fileName;
    QDateTime created; // UTC, from the file name
    int sequence = 0; // orders backups made within the same second
    QString reason; // "daily", "upgrade", "manual"
    qint64 bytes = 0;
};

// The backups of one database file, kept in a `backups` folder beside it:
// `<database file name>.<UTC time>.<reason>.bak`, e.g.
// `rankwise.sqlite.2025-01-15T093012Z.daily.bak`, so they sort by time and
// name the database they belong to. Each is a complete SQLite database made
// with VACUUM INTO from a consistent snapshot, checked with integrity_check
// before it gets its final name; a backup that fails is never kept, and older
// ones are only pruned after a new one succeeded.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(rw::BackupStore)

public:
    enum class Reason { Daily, Upgrade, Manual };
    static constexpr int kDefaultKeep = 10;

    static QString reasonId(Reason reason);
    // "daily backup", "backup before upgrade"... for people.
    static QString reasonText(const QString &reasonId);

    explicit BackupStore(const QString &databasePath);

    QString databasePath() const { return m_databasePath; }
    QString folder() const;

    // This database's backups, newest first. Other files are ignored.
    QList<BackupInfo> list() const;

    // Backs the database up now, then keeps only the newest `keep` backups.
    Result<BackupInfo> create(Reason reason, int keep,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Backs up unless a backup was already made on `now`'s local day; the
    // value is empty when none was due.
    Result<std::optional<BackupInfo>>
    createDailyIfDue(int keep, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Deletes all but the newest `keep` (at least one) backups.
    Status prune(int keep);

    // A backup named by the user: "latest", a file name in the folder, or a
    // path. NotFound with the folder named when there is none.
    Result<BackupInfo> find(const QString &nameOrPath) const;
    // The newest backup that passes the full integrity check.
    std::optional<BackupInfo> newestGood() const;

private:
    QString uniqueFileName(const QDateTime &now, Reason reason) const;
    void removeStalePartials() const;

    QString m_databasePath;
};

} // namespace rw
