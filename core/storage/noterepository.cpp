#include "storage/noterepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "util/keys.h"

#include <QSqlQuery>

namespace rw {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString columnFor(NoteTarget::Kind kind)
{
    switch (kind) {
    case NoteTarget::Kind::Track:
        return QStringLiteral("track_id");
    case NoteTarget::Kind::Site:
        return QStringLiteral("site_id");
    case NoteTarget::Kind::Program:
        break;
    }
    return QStringLiteral("program_id");
}

QString tableFor(NoteTarget::Kind kind)
{
    switch (kind) {
    case NoteTarget::Kind::Track:
        return QStringLiteral("tracks");
    case NoteTarget::Kind::Site:
        return QStringLiteral("sites");
    case NoteTarget::Kind::Program:
        break;
    }
    return QStringLiteral("programs");
}

// The note columns plus the target's key and kind, resolved by joins.
const QString kSelect = QStringLiteral(
    "SELECT n.id, n.body, n.created, n.modified, n.peer_id, pe.name, n.external_id, "
    "CASE WHEN n.program_id IS NOT NULL THEN 'program' WHEN n.track_id IS NOT NULL THEN 'track' "
    "ELSE 'site' END, COALESCE(p.key, t.key, s.key) "
    "FROM notes n LEFT JOIN programs p ON p.id = n.program_id "
    "LEFT JOIN tracks t ON t.id = n.track_id LEFT JOIN sites s ON s.id = n.site_id "
    "LEFT JOIN peers pe ON pe.id = n.peer_id "
    "LEFT JOIN programs tp ON tp.id = t.program_id LEFT JOIN programs sp ON sp.id = s.program_id ");

// Notes whose target (and the target's program) is still shown.
const QString kVisible = QStringLiteral(
    "(p.id IS NULL OR p.withdrawn = 0) AND (t.id IS NULL OR (t.withdrawn = 0 AND "
    "tp.withdrawn = 0)) AND (s.id IS NULL OR (s.withdrawn = 0 AND sp.withdrawn = 0))");

} // namespace

Result<NoteTarget> NoteRepository::resolveTarget(const QString &key) const
{
    NoteTarget target;
    target.key = key;
    if (Keys::isValidTrackKey(key))
        target.kind = NoteTarget::Kind::Track;
    else if (Keys::isValidSiteKey(key))
        target.kind = NoteTarget::Kind::Site;
    else if (Keys::isValidProgramKey(key))
        target.kind = NoteTarget::Kind::Program;
    else
        return Error::input(tr("“%1” is not a program, track or site key.").arg(key));
    auto id = targetRowId(target);
    if (!id)
        return id.error();
    // Something withdrawn is gone for the user: say so as for an unknown key.
    const QString visible = target.kind == NoteTarget::Kind::Program
        ? QStringLiteral("SELECT withdrawn = 0 FROM programs WHERE id = ?")
        : QStringLiteral("SELECT x.withdrawn = 0 AND p.withdrawn = 0 FROM %1 x JOIN programs p "
                         "ON p.id = x.program_id WHERE x.id = ?")
              .arg(tableFor(target.kind));
    auto query = prepare(m_db, visible);
    if (!query)
        return query.error();
    query->addBindValue(*id);
    if (auto status = execute(*query, tr("finding “%1”").arg(key)); !status)
        return status.error();
    if (!query->next() || !query->value(0).toBool()) {
        return Error::notFound(
            tr("There is no %1 with the key “%2”.").arg(noteTargetKindId(target.kind), key));
    }
    return target;
}

Result<qint64> NoteRepository::targetRowId(const NoteTarget &target) const
{
    auto query =
        prepare(m_db, QStringLiteral("SELECT id FROM %1 WHERE key = ?").arg(tableFor(target.kind)));
    if (!query)
        return query.error();
    query->addBindValue(target.key);
    if (auto status = execute(*query, tr("finding “%1”").arg(target.key)); !status)
        return status.error();
    if (!query->next()) {
        return Error::notFound(
            tr("There is no %1 with the key “%2”.").arg(noteTargetKindId(target.kind), target.key));
    }
    return query->value(0).toLongLong();
}

Result<Note> NoteRepository::add(const NoteTarget &target, const QString &body)
{
    if (body.size() > kMaxBodyLength)
        return Error::input(
            tr("A note can hold at most %1 KB of text.").arg(kMaxBodyLength / 1024));
    Note note;
    note.target = target;
    note.body = body;
    note.created = note.modified = QDateTime::currentDateTimeUtc();
    Status status = m_db.write([&]() -> Status {
        auto rowId = targetRowId(target);
        if (!rowId)
            return rowId.error();
        auto insert = prepare(m_db,
                              QStringLiteral("INSERT INTO notes(%1, body, created, modified) "
                                             "VALUES (?, ?, ?, ?)")
                                  .arg(columnFor(target.kind)));
        if (!insert)
            return insert.error();
        SqlValues::bindAll(*insert,
                           {*rowId, body, timestamp(note.created), timestamp(note.modified)});
        if (auto done = execute(*insert, tr("saving the note")); !done)
            return done;
        note.id = insert->lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return note;
}

Status NoteRepository::restore(const Note &note)
{
    return m_db.write([&]() -> Status {
        auto rowId = targetRowId(note.target);
        if (!rowId)
            return rowId.error();
        auto insert = prepare(m_db,
                              QStringLiteral("INSERT INTO notes(id, %1, body, created, modified) "
                                             "VALUES (?, ?, ?, ?, ?)")
                                  .arg(columnFor(note.target.kind)));
        if (!insert)
            return insert.error();
        SqlValues::bindAll(
            *insert,
            {note.id, *rowId, note.body, timestamp(note.created), timestamp(note.modified)});
        return execute(*insert, tr("restoring the note"));
    });
}

Status NoteRepository::update(qint64 id, const QString &body, const QDateTime &modified)
{
    if (body.size() > kMaxBodyLength)
        return Error::input(
            tr("A note can hold at most %1 KB of text.").arg(kMaxBodyLength / 1024));
    return m_db.write([&]() -> Status {
        auto query = prepare(m_db,
                             QStringLiteral("UPDATE notes SET body = ?, modified = ? "
                                            "WHERE id = ? AND peer_id IS NULL"));
        if (!query)
            return query.error();
        const QDateTime stamp = modified.isValid() ? modified : QDateTime::currentDateTimeUtc();
        SqlValues::bindAll(*query, {body, timestamp(stamp), id});
        if (auto done = execute(*query, tr("saving the note")); !done)
            return done;
        if (query->numRowsAffected() != 1)
            return Error::notFound(tr("There is no note of yours with the id %1.").arg(id));
        return {};
    });
}

Status NoteRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        auto query =
            prepare(m_db, QStringLiteral("DELETE FROM notes WHERE id = ? AND peer_id IS NULL"));
        if (!query)
            return query.error();
        query->addBindValue(id);
        if (auto done = execute(*query, tr("deleting the note")); !done)
            return done;
        if (query->numRowsAffected() != 1)
            return Error::notFound(tr("There is no note of yours with the id %1.").arg(id));
        return {};
    });
}

Result<QList<Note>> NoteRepository::query(const QString &rawWhere, const QVariantList &values,
                                          bool visibleOnly) const
{
    QString where = rawWhere;
    if (visibleOnly)
        where = (where.isEmpty() ? QStringLiteral("WHERE ") : where + QStringLiteral(" AND "))
            + kVisible;
    auto query = prepare(m_db,
                         kSelect + where
                             + QStringLiteral(" ORDER BY n.peer_id IS NOT NULL, pe.name, "
                                              "n.created, n.id"));
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    SqlValues::bindAll(*query, values);
    if (auto status = execute(*query, tr("reading notes")); !status)
        return status.error();
    QList<Note> notes;
    while (query->next()) {
        Note note;
        note.id = query->value(0).toLongLong();
        note.body = query->value(1).toString();
        note.created = QDateTime::fromString(query->value(2).toString(), Qt::ISODateWithMs);
        note.modified = QDateTime::fromString(query->value(3).toString(), Qt::ISODateWithMs);
        if (!query->value(4).isNull())
            note.peerId = query->value(4).toLongLong();
        note.author = query->value(5).toString();
        note.externalId = query->value(6).toString();
        const QString kind = query->value(7).toString();
        note.target.kind = kind == u"track" ? NoteTarget::Kind::Track
            : kind == u"site"               ? NoteTarget::Kind::Site
                                            : NoteTarget::Kind::Program;
        note.target.key = query->value(8).toString();
        notes.append(note);
    }
    return notes;
}

Result<Note> NoteRepository::note(qint64 id) const
{
    auto notes = query(QStringLiteral("WHERE n.id = ?"), {id}, false);
    if (!notes)
        return notes.error();
    if (notes->isEmpty())
        return Error::notFound(tr("There is no note with the id %1.").arg(id));
    return notes->constFirst();
}

Result<QList<Note>> NoteRepository::notesFor(const NoteTarget &target) const
{
    auto rowId = targetRowId(target);
    if (!rowId)
        return rowId.error();
    return query(QStringLiteral("WHERE n.%1 = ?").arg(columnFor(target.kind)), {*rowId});
}

Result<QList<Note>> NoteRepository::notesForProgram(const QString &programKey) const
{
    auto rowId = targetRowId({NoteTarget::Kind::Program, programKey});
    if (!rowId)
        return rowId.error();
    // Three index lookups rather than an OR across the joins (a scan of
    // every note).
    return query(QStringLiteral("WHERE n.id IN (SELECT id FROM notes WHERE program_id = ? "
                                "UNION ALL SELECT x.id FROM tracks xt JOIN notes x "
                                "ON x.track_id = xt.id WHERE xt.program_id = ? "
                                "UNION ALL SELECT y.id FROM sites ys JOIN notes y "
                                "ON y.site_id = ys.id WHERE ys.program_id = ?)"),
                 {*rowId, *rowId, *rowId});
}

Result<QList<Note>> NoteRepository::all(const QString &targetKey) const
{
    if (targetKey.isEmpty())
        return query({}, {});
    auto target = resolveTarget(targetKey);
    if (!target)
        return target.error();
    if (target->kind == NoteTarget::Kind::Program)
        return notesForProgram(targetKey);
    return notesFor(*target);
}

Result<QStringList> NoteRepository::authors() const
{
    auto query = prepare(m_db,
                         QStringLiteral("SELECT DISTINCT pe.name FROM peers pe JOIN notes n "
                                        "ON n.peer_id = pe.id ORDER BY pe.name"));
    if (!query)
        return query.error();
    if (auto status = execute(*query, tr("reading notes")); !status)
        return status.error();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

} // namespace rw
