#include "workload.h"

#include "../crashprotocol.h"
#include "report.h"
#include "storage/backupstore.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/ranklistrepository.h"
#include "storage/sqlvalues.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

namespace rw::crash {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString joinIds(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

// Plain Qt Sql, so that the driver's own writes do not go through the code under test.
Result<QSqlQuery> run(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    if (!query.prepare(sql))
        return sqlError(query, QStringLiteral("preparing “%1”").arg(sql));
    SqlValues::bindAll(query, values);
    if (!query.exec())
        return sqlError(query, QStringLiteral("running “%1”").arg(sql));
    return query;
}

} // namespace

Workload::Workload(Database &db, QString run, quint32 seed, Mix mix)
    : m_db(db)
    , m_run(std::move(run))
    , m_random(seed)
    , m_mix(mix)
{ }

Status Workload::setup()
{
    Status created = m_db.write([&]() -> Status {
        for (int n = 1; n <= kCriteria; ++n) {
            auto insert = run(m_db,
                              QStringLiteral("INSERT OR IGNORE INTO criteria(name, weight, kind, "
                                             "position) VALUES (?, 1, 'rating', ?)"),
                              {criterionName(n), 100 + n});
            if (!insert)
                return insert.error();
        }
        auto list =
            run(m_db, QStringLiteral("SELECT id FROM rank_lists WHERE name = ?"), {listName()});
        if (!list)
            return list.error();
        if (list->next())
            return {};
        auto insert = run(m_db,
                          QStringLiteral("INSERT INTO rank_lists(name, kind, created) "
                                         "VALUES (?, 'supplemental', ?)"),
                          {listName(), now()});
        if (!insert)
            return insert.error();
        const qint64 listId = insert->lastInsertId().toLongLong();
        // The bundled catalog may have fewer tracks than the list needs.
        Program fixtures;
        fixtures.name = QStringLiteral("Crash fixtures");
        fixtures.institutionName = QStringLiteral("Crash Institution");
        for (int n = 1; n <= kListSize; ++n) {
            Track track;
            track.name = QStringLiteral("Track %1").arg(n);
            fixtures.tracks.append(track);
        }
        if (auto added = ProgramRepository(m_db).addProgram(fixtures); !added)
            return added.error();
        auto tracks =
            run(m_db, QStringLiteral("SELECT id FROM tracks ORDER BY id LIMIT %1").arg(kListSize));
        if (!tracks)
            return tracks.error();
        int position = 0;
        while (tracks->next()) {
            auto entry = run(m_db,
                             QStringLiteral("INSERT INTO rank_entries(list_id, track_id, position) "
                                            "VALUES (?, ?, ?)"),
                             {listId, tracks->value(0), ++position});
            if (!entry)
                return entry.error();
        }
        return position == kListSize ? Status()
                                     : Status(Error::internal(QStringLiteral("too few tracks")));
    });
    if (!created)
        return created;
    if (auto loaded = loadState(); !loaded)
        return loaded;
    report(QStringLiteral("ok setup ") + joinIds(m_tracks));
    return {};
}

Status Workload::loadState()
{
    auto criteria = run(m_db,
                        QStringLiteral("SELECT id FROM criteria WHERE name LIKE "
                                       "'Crash criterion %' ORDER BY id"));
    if (!criteria)
        return criteria.error();
    while (criteria->next())
        m_criteria.append(criteria->value(0).toLongLong());

    auto list = run(m_db, QStringLiteral("SELECT id FROM rank_lists WHERE name = ?"), {listName()});
    if (!list)
        return list.error();
    if (!list->next())
        return Error::internal(QStringLiteral("the crash list is missing"));
    m_listId = list->value(0).toLongLong();
    auto order = currentOrder();
    if (!order)
        return order.error();
    m_tracks = *order;

    auto programs = run(m_db,
                        QStringLiteral("SELECT id, key FROM programs WHERE origin = "
                                       "'catalog' ORDER BY id"));
    if (!programs)
        return programs.error();
    while (programs->next()) {
        m_programIds.append(programs->value(0).toLongLong());
        m_programKeys.append(programs->value(1).toString());
    }

    auto notes = run(m_db,
                     QStringLiteral("SELECT id, body FROM notes WHERE peer_id IS NULL AND "
                                    "body LIKE 'crash-note %' ORDER BY id DESC LIMIT 300"));
    if (!notes)
        return notes.error();
    while (notes->next()) {
        KnownNote note;
        note.id = notes->value(0).toLongLong();
        if (!parseNoteBody(notes->value(1).toString(), &note.token, &note.version))
            return Error::internal(QStringLiteral("a torn note body: ")
                                   + notes->value(1).toString());
        // Concurrent writers edit only their own notes, so each note's
        // version history stays known.
        if (m_mix == Mix::Concurrent && !note.token.startsWith(m_run + u'-'))
            continue;
        m_notes.append(note);
    }
    if (m_criteria.size() != kCriteria || m_tracks.size() != kListSize || m_programIds.isEmpty())
        return Error::internal(QStringLiteral("unexpected crash fixtures"));
    return {};
}

Result<QList<qint64>> Workload::currentOrder()
{
    auto entries = run(m_db,
                       QStringLiteral("SELECT track_id FROM rank_entries WHERE list_id = ? "
                                      "ORDER BY position"),
                       {m_listId});
    if (!entries)
        return entries.error();
    QList<qint64> order;
    while (entries->next())
        order.append(entries->value(0).toLongLong());
    return order;
}

QString Workload::nextToken()
{
    return m_run + u'-' + QString::number(++m_counter);
}

Status Workload::step()
{
    struct Choice
    {
        int crashWeight;
        int concurrentWeight;
        Status (Workload::*op)();
    };
    static const Choice choices[] = {
        {25, 25, &Workload::addNote}, {25, 20, &Workload::editNote}, {15, 10, &Workload::rate},
        {15, 10, &Workload::move},    {6, 5, &Workload::addProgram}, {10, 8, &Workload::import},
        {2, 2, &Workload::backup},    {2, 20, &Workload::bump},
    };
    int total = 0;
    for (const Choice &choice : choices)
        total += m_mix == Mix::Crash ? choice.crashWeight : choice.concurrentWeight;
    int pick = int(m_random.bounded(total));
    for (const Choice &choice : choices) {
        pick -= m_mix == Mix::Crash ? choice.crashWeight : choice.concurrentWeight;
        if (pick < 0)
            return (this->*choice.op)();
    }
    return {};
}

Status Workload::addNote()
{
    const QString token = nextToken();
    const NoteTarget target {NoteTarget::Kind::Program,
                             m_programKeys.at(m_random.bounded(int(m_programKeys.size())))};
    report(QStringLiteral("begin note ") + token);
    auto note = NoteRepository(m_db).add(target, noteBody(token, 0));
    if (!note)
        return note.error();
    m_notes.append({note->id, token, 0});
    report(QStringLiteral("ok note %1 %2").arg(token).arg(note->id));
    return {};
}

Status Workload::editNote()
{
    if (m_notes.isEmpty())
        return addNote();
    KnownNote &note = m_notes[m_random.bounded(int(m_notes.size()))];
    const int version = note.version + 1;
    report(QStringLiteral("begin edit %1 %2").arg(note.token).arg(version));
    if (auto updated = NoteRepository(m_db).update(note.id, noteBody(note.token, version));
        !updated)
        return updated;
    note.version = version;
    report(QStringLiteral("ok edit %1 %2").arg(note.token).arg(version));
    return {};
}

Status Workload::addProgram()
{
    const QString token = nextToken();
    Program program;
    program.name = programName(token);
    program.institutionName = QStringLiteral("Crash Institution");
    program.city = QStringLiteral("Boston");
    program.state = QStringLiteral("MA");
    Track categorical;
    categorical.name = QStringLiteral("Categorical");
    categorical.type = TrackType::Categorical;
    Track preliminary;
    preliminary.name = QStringLiteral("Preliminary");
    preliminary.type = TrackType::Preliminary;
    program.tracks = {categorical, preliminary};
    report(QStringLiteral("begin program ") + token);
    auto key = ProgramRepository(m_db).addProgram(program);
    if (!key)
        return key.error();
    report(QStringLiteral("ok program %1 %2").arg(token, *key));
    return {};
}

Status Workload::rate()
{
    const qint64 track = m_tracks.at(m_random.bounded(int(m_tracks.size())));
    const qint64 criterion = m_criteria.at(m_random.bounded(int(m_criteria.size())));
    const int value = int(m_random.bounded(1, 6));
    const QString what = QStringLiteral("%1 %2 %3").arg(track).arg(criterion).arg(value);
    report(QStringLiteral("begin rating ") + what);
    // The same write the app and the CLI make.
    Status status = CriterionRepository(m_db).setRating(track, criterion, value);
    if (!status)
        return status;
    report(QStringLiteral("ok rating ") + what);
    return {};
}

Status Workload::move()
{
    const int from = int(m_random.bounded(kListSize));
    const int to = int(m_random.bounded(kListSize));
    report(QStringLiteral("begin move %1 %2").arg(from).arg(to));
    QList<qint64> order;
    Status status = m_db.write([&]() -> Status {
        // Read inside the transaction: another process may have moved too.
        auto current = currentOrder();
        if (!current)
            return current.error();
        order = *current;
        order.move(from, to);
        // The same whole-order write the app and the CLI make for a move.
        ListOrder entries;
        for (qint64 id : std::as_const(order))
            entries.append({id, false});
        return RankListRepository(m_db).setOrder(m_listId, entries);
    });
    if (!status)
        return status;
    m_tracks = order;
    report(QStringLiteral("ok move %1 %2 %3").arg(from).arg(to).arg(joinIds(order)));
    return {};
}

Status Workload::import()
{
    const QString token = nextToken();
    report(QStringLiteral("begin import %1 %2").arg(token).arg(kImportSize));
    Status status = m_db.write([&]() -> Status {
        auto peer = run(m_db, QStringLiteral("INSERT INTO peers(name, imported_at) VALUES (?, ?)"),
                        {peerName(token), now()});
        if (!peer)
            return peer.error();
        const qint64 peerId = peer->lastInsertId().toLongLong();
        for (int i = 0; i < kImportSize; ++i) {
            const QString stamp = now();
            auto done = run(m_db,
                            QStringLiteral("INSERT INTO notes(program_id, body, created, modified, "
                                           "peer_id, external_id) VALUES (?, ?, ?, ?, ?, ?)"),
                            {m_programIds.at(m_random.bounded(int(m_programIds.size()))),
                             QString(QStringLiteral("Imported note %1 of %2: ").arg(i).arg(token)
                                     + QString(60, u'i')),
                             stamp, stamp, peerId, QStringLiteral("item-%1").arg(i)});
            if (!done)
                return done.error();
        }
        return {};
    });
    if (!status)
        return status;
    report(QStringLiteral("ok import %1 %2").arg(token).arg(kImportSize));
    return {};
}

Status Workload::backup()
{
    report(QStringLiteral("begin backup"));
    auto made = BackupStore(m_db.path()).create(BackupStore::Reason::Manual, kKeepBackups);
    if (!made)
        return made.error();
    report(QStringLiteral("ok backup ") + made->fileName);
    return {};
}

Status Workload::bump()
{
    report(QStringLiteral("begin bump"));
    int value = 0;
    Status status = m_db.write([&]() -> Status {
        // Read, then write what was read plus one: without a proper write
        // lock two processes would both write the same value.
        value = m_db.meta(counterKey(), QStringLiteral("0")).toInt() + 1;
        return m_db.setMeta(counterKey(), QString::number(value));
    });
    if (!status)
        return status;
    report(QStringLiteral("ok bump %1").arg(value));
    return {};
}

} // namespace rw::crash
