// crashdriver: a small program over rankwise_core for the process-level
// safety tests (tests/crash). It writes and reports; the tests kill it and
// check the database. See crashprotocol.h for what it prints.
//
//   crashdriver work DB RUN [--seed N] [--ops N] [--busy-timeout MS] [--concurrent]
//   crashdriver type DB                  types a note, one autosave per character
//   crashdriver idle DB                  keeps DB open until stdin closes
//   crashdriver hold DB MS               holds the write lock for MS milliseconds
//   crashdriver diskfull DB              fills the disk DB is on, then checks DB

#include "../crashprotocol.h"
#include "catalog/bundledcatalog.h"
#include "report.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/noterepository.h"
#include "workload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace rw;
using namespace rw::crash;

namespace {

int fail(const QString &message)
{
    complain(message);
    return 1;
}

std::unique_ptr<Database> openDatabase(const QString &path, const Database::Options &options,
                                       QString *error)
{
    auto db = Database::open(path, options);
    if (!db) {
        *error = db.message();
        return nullptr;
    }
    if (auto installed = BundledCatalog::install(**db); !installed) {
        *error = installed.message();
        return nullptr;
    }
    return std::move(db.value());
}

int work(const QString &path, const QStringList &args)
{
    if (args.isEmpty())
        return fail(QStringLiteral("work needs a run name"));
    const QString run = args.at(0);
    quint32 seed = quint32(qHash(run));
    int ops = -1;
    Database::Options options;
    Workload::Mix mix = Workload::Mix::Crash;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const QString value = args.value(i + 1);
        if (arg == u"--seed")
            seed = value.toUInt(), ++i;
        else if (arg == u"--ops")
            ops = value.toInt(), ++i;
        else if (arg == u"--busy-timeout")
            options.busyTimeoutMs = value.toInt(), ++i;
        else if (arg == u"--concurrent")
            mix = Workload::Mix::Concurrent;
        else
            return fail(QStringLiteral("unknown option ") + arg);
    }
    QString error;
    auto db = openDatabase(path, options, &error);
    if (!db)
        return fail(error);
    Workload workload(*db, run, seed, mix);
    if (auto status = workload.setup(); !status)
        return fail(status.message());
    for (int done = 0; ops < 0 || done < ops; ++done) {
        if (auto status = workload.step(); !status)
            return fail(status.message());
    }
    report(QStringLiteral("done"));
    return 0;
}

// The autosave path of the notes editor: every keystroke's text committed
// as it is typed. What was reported committed must survive a kill.
int type(const QString &path)
{
    QString error;
    auto db = openDatabase(path, {}, &error);
    if (!db)
        return fail(error);
    NoteRepository notes(*db);
    const QString prefix = typedBodyPrefix();
    const QString text = typedText();
    qint64 id = 0;
    qsizetype length = 0;
    {
        QSqlQuery query(db->connection());
        if (!query.exec(QStringLiteral("SELECT id, body FROM notes WHERE peer_id IS NULL AND "
                                       "body LIKE 'crash-type %'")))
            return fail(QStringLiteral("cannot find the typed note"));
        if (query.next()) {
            id = query.value(0).toLongLong();
            const QString body = query.value(1).toString();
            length = body.size() - prefix.size();
            if (body != prefix + text.left(length))
                return fail(QStringLiteral("the typed note is torn: ") + body);
        }
    }
    if (id == 0) {
        report(QStringLiteral("begin type 0"));
        auto note = notes.add({NoteTarget::Kind::Program, QStringLiteral("mgh-im")}, prefix);
        if (!note)
            return fail(note.message());
        id = note->id;
        report(QStringLiteral("ok type 0"));
    }
    for (;;) {
        // Past the end of the text, the typist starts over (a long session).
        length = length >= text.size() ? 1 : length + 1;
        report(QStringLiteral("begin type %1").arg(length));
        if (auto saved = notes.update(id, prefix + text.left(length)); !saved)
            return fail(saved.message());
        report(QStringLiteral("ok type %1").arg(length));
    }
}

int idle(const QString &path)
{
    QString error;
    auto db = openDatabase(path, {}, &error);
    if (!db)
        return fail(error);
    report(QStringLiteral("open"));
    char buffer[256];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) { }
    return 0;
}

int hold(const QString &path, int milliseconds)
{
    QString error;
    auto db = openDatabase(path, {}, &error);
    if (!db)
        return fail(error);
    Status status = db->write([&]() -> Status {
        if (auto set = db->setMeta(QStringLiteral("held"), QStringLiteral("yes")); !set)
            return set;
        report(QStringLiteral("locked"));
        QThread::msleep(milliseconds);
        return {};
    });
    if (!status)
        return fail(status.message());
    report(QStringLiteral("released"));
    return 0;
}

// Runs on a tiny file system: writes notes until the disk is full, then
// checks that the failure was clear and that nothing was lost or torn.
int diskFull(const QString &path)
{
    QString error;
    auto db = openDatabase(path, {}, &error);
    if (!db)
        return fail(QStringLiteral("setup: ") + error);
    NoteRepository notes(*db);
    const NoteTarget target {NoteTarget::Kind::Program, QStringLiteral("mgh-im")};
    int saved = 0;
    QString failure;
    for (int i = 0; i < 100000; ++i) {
        auto note = notes.add(target, QStringLiteral("diskfull %1 ").arg(i) + QString(4000, u'd'));
        if (!note) {
            failure = note.message();
            break;
        }
        ++saved;
    }
    if (failure.isEmpty())
        return fail(QStringLiteral("the disk never filled"));
    report(QStringLiteral("saved %1").arg(saved));
    report(QStringLiteral("message ") + failure);
    if (!failure.contains(QStringLiteral("disk is full")))
        return fail(QStringLiteral("unclear message: ") + failure);
    if (db->inTransaction())
        return fail(QStringLiteral("a transaction was left open"));

    // A backup cannot fit either: it must fail cleanly and leave no file.
    auto backup = BackupStore(path).create(BackupStore::Reason::Manual, 3);
    if (backup)
        return fail(QStringLiteral("a backup fit on a full disk"));
    report(QStringLiteral("backup ") + backup.message());
    const QStringList leftovers =
        QDir(BackupStore(path).folder()).entryList(QDir::Files | QDir::Hidden);
    if (!leftovers.isEmpty())
        return fail(QStringLiteral("backup leftovers: ") + leftovers.join(u' '));

    auto count = [&](Database &database) {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM notes WHERE body LIKE 'diskfull %'"))
            || !query.next())
            return -1;
        return query.value(0).toInt();
    };
    if (count(*db) != saved)
        return fail(QStringLiteral("notes lost before closing"));
    db.reset();
    const DatabaseHealth health = DatabaseCheck::inspect(path, DatabaseCheck::Depth::Full);
    if (!health.isHealthy())
        return fail(QStringLiteral("damaged after the disk filled: ") + health.message);
    auto reopened = Database::open(path);
    if (!reopened)
        return fail(QStringLiteral("cannot reopen: ") + reopened.message());
    if (count(**reopened) != saved)
        return fail(QStringLiteral("notes lost after reopening"));
    report(QStringLiteral("result ok"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: crashdriver work|type|idle|hold|diskfull DB ..."));
    const QString mode = args.at(1);
    const QString path = args.at(2);
    if (mode == u"work")
        return work(path, args.mid(3));
    if (mode == u"type")
        return type(path);
    if (mode == u"idle")
        return idle(path);
    if (mode == u"hold" && args.size() > 3)
        return hold(path, args.at(3).toInt());
    if (mode == u"diskfull")
        return diskFull(path);
    return fail(QStringLiteral("unknown mode ") + mode);
}
