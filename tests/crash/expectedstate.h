#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace rw::crash {

// Everything the crash driver reported as committed, and the one write that
// may have been in flight when it died. verify() compares a database file
// with it: every reported write is there, nothing half-written or unreported
// is (except the in-flight write, whole or not at all).
class ExpectedState
{
public:
    enum class Writers {
        One, // one driver at a time, killed: exact expectations
        Several, // drivers writing at once: orders and last values race
    };

    struct Counts
    {
        int committedWrites = 0; // "ok" lines absorbed
        int inFlightCommitted = 0; // in-flight writes found whole in the database
        int inFlightAbsent = 0; // in-flight writes found not there at all
        int notes = 0, programs = 0, imports = 0, ratings = 0, backups = 0;
        int bumps = 0;
        qsizetype typed = -1;
    };

    explicit ExpectedState(Writers writers = Writers::One)
        : m_writers(writers)
    { }

    // Reads what one driver run printed (complete lines only). Returns
    // protocol problems, such as an "ok" that does not match its "begin".
    QStringList absorb(const QByteArray &output);
    // Checks the database file; settles the in-flight write. Returns the
    // problems found, empty when all is well.
    QStringList verify(const QString &path);

    const Counts &counts() const { return m_counts; }
    bool hasInFlight() const { return !m_inFlight.isEmpty(); }
    QString inFlight() const { return m_inFlight.join(u' '); }

private:
    void checkNotes(QSqlDatabase &db, QStringList &problems);
    void checkPrograms(QSqlDatabase &db, QStringList &problems);
    void checkImports(QSqlDatabase &db, QStringList &problems);
    void checkRatings(QSqlDatabase &db, QStringList &problems);
    void checkOrder(QSqlDatabase &db, QStringList &problems);
    void checkCounter(QSqlDatabase &db, QStringList &problems);
    void checkTyped(QSqlDatabase &db, QStringList &problems);
    void checkBackups(const QString &path, QStringList &problems);
    void settle(bool committed);
    bool inFlightIs(const QString &op) const { return m_inFlight.value(1) == op; }

    Writers m_writers;
    Counts m_counts;
    QStringList m_inFlight; // the words of the dangling "begin" line
    bool m_inFlightFound = false;

    QHash<QString, int> m_noteVersions; // token -> version
    QSet<QString> m_programs;
    QHash<QString, int> m_imports; // token -> size
    QMap<QPair<qint64, qint64>, QSet<int>> m_ratings; // acceptable final values
    QList<qint64> m_order;
    QStringList m_backups;
    int m_counter = 0;
    qsizetype m_typed = -1;
};

} // namespace rw::crash
