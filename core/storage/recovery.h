#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace rw {

// Getting a usable database back: moving a damaged (or replaced) file aside
// and putting a backup in its place. Nothing is ever deleted or overwritten:
// the file being replaced is renamed, with its -wal and -shm files, to
// `<name>.<label>-<UTC time>.<suffix>` beside it.
class Recovery
{
    Q_DECLARE_TR_FUNCTIONS(rw::Recovery)

public:
    struct Restored
    {
        QString databasePath;
        QString backupPath;
        QString keptAs; // where the previous file went; empty when there was none
    };

    // True when another process has the database open (SQLite's own locks
    // on the file and its shared-memory file). Always false off Unix.
    static bool isInUse(const QString &databasePath);

    // The name moveAside() would use: `rankwise.damaged-2025-01-15T093012Z.sqlite`.
    static QString asideName(const QString &databasePath, const QString &label,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Renames the database and its -wal, -shm and -journal files aside with
    // `label` ("damaged", "replaced"); returns the database's new path.
    static Result<QString> moveAside(const QString &databasePath, const QString &label);

    // Checks the backup (integrity, a Rankwise database this version reads),
    // refuses while another process has the database open, copies the backup
    // beside the database, moves the current file aside with `label`, then
    // renames the copy into place.
    static Result<Restored> restore(const QString &backupPath, const QString &databasePath,
                                    const QString &label = QStringLiteral("replaced"));
};

} // namespace rw
