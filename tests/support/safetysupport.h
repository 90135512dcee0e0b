#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace rw::test {

// Helpers for the data-safety tests: database files to damage, and a way to
// meet file permissions even when the tests run as root.

// Creates a closed Rankwise database at `path` with the bundled catalog and
// one own note whose body is `noteBody`; the journal is checkpointed into the
// file, so the file alone holds everything.
void makeDatabaseFile(const QString &path,
                      const QString &noteBody = QStringLiteral("Loved the continuity clinic."));

// The page size and page count the header records.
int pageSize(const QString &path);
int pageCount(const QString &path);
void truncateFile(const QString &path, qint64 size);
// Overwrites `count` whole pages from page `first` (1-based) with `byte`.
void overwritePages(const QString &path, int first, int count, char byte);

// tests/crash/driver: a program over the core that writes and reports.
QString crashDriverPath();
// Starts it with `args` and waits until it prints a line starting with
// `waitFor` (empty: just started). False, with the driver's stderr printed,
// when it does not get there.
// What it printed up to there is appended to `consumed` when given.
bool startDriver(QProcess &process, const QStringList &args, const QString &waitFor = {},
                 QByteArray *consumed = nullptr, int timeoutMs = 60000);

// While alive, the process acts as an unprivileged user (nobody) when it runs
// as root, so read-only files and folders are read-only for it too; a no-op
// otherwise. Folders it must reach are made world-accessible first.
class Unprivileged
{
public:
    explicit Unprivileged(const QStringList &reachableFolders = {});
    ~Unprivileged();
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;

private:
    bool m_switched = false;
};

} // namespace rw::test
