#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rw {

// What a read-only look at a database file found. Opening, `rankwise-cli
// check`, backups and the recovery dialog all decide from this, so the same
// file gets the same verdict and the same sentence everywhere.
struct DatabaseHealth
{
    enum class Verdict {
        Healthy, // a Rankwise database this version can open (or a blank SQLite file)
        Missing, // no file, or an empty one
        NotSqlite, // some other kind of file, or one whose first page is destroyed
        NotRankwise, // another program's SQLite database
        Newer, // written by a newer Rankwise
        Damaged, // a Rankwise database that fails SQLite's checks
        Unreadable, // cannot be read at all (permissions, I/O error)
    };

    Verdict verdict = Verdict::Missing;
    QString path;
    // One sentence for a person: what is wrong and where (empty when healthy).
    QString message;
    // SQLite's own findings (integrity_check, foreign_key_check), at most 20.
    QStringList problems;
    qint64 bytes = 0;
    int applicationId = 0;
    int schemaVersion = 0;
    int objectCount = 0;
    QString writtenBy; // meta.written_by, when readable

    bool isHealthy() const { return verdict == Verdict::Healthy; }
    // A valid SQLite file with nothing in it yet: becomes a new database.
    bool isBlank() const { return applicationId == 0 && schemaVersion == 0 && objectCount == 0; }
    // Damage that restoring a backup is the answer to.
    bool isDamaged() const
    {
        return verdict == Verdict::Damaged || verdict == Verdict::NotSqlite
            || verdict == Verdict::Unreadable;
    }
    // A stable identifier of the verdict for JSON ("ok", "damaged", ...).
    QString verdictId() const;
};

// Looks at a database file without writing to it.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(rw::DatabaseCheck)

public:
    enum class Depth {
        Identity, // header, application id, schema version: what opening needs
        Quick, // plus PRAGMA quick_check: every page readable and well-formed
        Full, // plus PRAGMA integrity_check and foreign_key_check
    };

    static DatabaseHealth inspect(const QString &path, Depth depth = Depth::Full);
};

} // namespace rw
