#include "storage/noterepository.h"

#include "storage/statement.h"
#include "util/keys.h"

namespace rw {

namespace {

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
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

QString NoteRepository::targetColumn(NoteTarget::Kind kind)
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
    auto shown = Statement::scalar(m_db, visible, {*id}, tr("finding “%1”").arg(key), false);
    if (!shown)
        return shown.error();
    if (!shown->toBool()) {
        return Error::notFound(
            tr("There is no %1 with the key “%2”.").arg(noteTargetKindId(target.kind), key));
    }
    return target;
}

Result<qint64> NoteRepository::targetRowId(const NoteTarget &target) const
{
    auto id = Statement::scalar(
        m_db, QStringLiteral("SELECT id FROM %1 WHERE key = ?").arg(tableFor(target.kind)),
        {target.key}, tr("finding “%1”").arg(target.key));
    if (!id)
        return id.error();
    if (!id->isValid()) {
        return Error::notFound(
            tr("There is no %1 with the key “%2”.").arg(noteTargetKindId(target.kind), target.key));
    }
    return id->toLongLong();
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
        auto id =
            Statement::insert(m_db,
                              QStringLiteral("INSERT INTO notes(%1, body, created, "
                                             "modified) VALUES (?, ?, ?, ?)")
                                  .arg(targetColumn(target.kind)),
                              {*rowId, body, timestamp(note.created), timestamp(note.modified)},
                              tr("saving the note"));
        if (!id)
            return id.error();
        note.id = *id;
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
        auto done = Statement::run(
            m_db,
            QStringLiteral("INSERT INTO notes(id, %1, body, created, "
                           "modified) VALUES (?, ?, ?, ?, ?)")
                .arg(targetColumn(note.target.kind)),
            {note.id, *rowId, note.body, timestamp(note.created), timestamp(note.modified)},
            tr("restoring the note"));
        if (!done)
            return done.error();
        return {};
    });
}

Status NoteRepository::update(qint64 id, const QString &body, const QDateTime &modified)
{
    if (body.size() > kMaxBodyLength)
        return Error::input(
            tr("A note can hold at most %1 KB of text.").arg(kMaxBodyLength / 1024));
    return m_db.write([&]() -> Status {
        const QDateTime stamp = modified.isValid() ? modified : QDateTime::currentDateTimeUtc();
        auto changed = Statement::run(m_db,
                                      QStringLiteral("UPDATE notes SET body = ?, modified = ? "
                                                     "WHERE id = ? AND peer_id IS NULL"),
                                      {body, timestamp(stamp), id}, tr("saving the note"));
        if (!changed)
            return changed.error();
        if (*changed != 1)
            return Error::notFound(tr("There is no note of yours with the id %1.").arg(id));
        return {};
    });
}

Status NoteRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        auto changed = Statement::run(
            m_db, QStringLiteral("DELETE FROM notes WHERE id = ? AND peer_id IS NULL"), {id},
            tr("deleting the note"));
        if (!changed)
            return changed.error();
        if (*changed != 1)
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
    QList<Note> notes;
    Status status = Statement::forEach(
        m_db,
        kSelect + where
            + QStringLiteral(" ORDER BY n.peer_id IS NOT NULL, pe.name, n.created, n.id"),
        values, tr("reading notes"), [&](const QSqlQuery &q) {
            Note note;
            note.id = q.value(0).toLongLong();
            note.body = q.value(1).toString();
            note.created = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            note.modified = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
            if (!q.value(4).isNull())
                note.peerId = q.value(4).toLongLong();
            note.author = q.value(5).toString();
            note.externalId = q.value(6).toString();
            const QString kind = q.value(7).toString();
            note.target.kind = kind == u"track" ? NoteTarget::Kind::Track
                : kind == u"site"               ? NoteTarget::Kind::Site
                                                : NoteTarget::Kind::Program;
            note.target.key = q.value(8).toString();
            notes.append(note);
        });
    if (!status)
        return status.error();
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
    return query(QStringLiteral("WHERE n.%1 = ?").arg(targetColumn(target.kind)), {*rowId});
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

Result<QList<Note>> NoteRepository::ownNotes() const
{
    return query(QStringLiteral("WHERE n.peer_id IS NULL"), {}, false);
}

Result<QHash<qint64, QStringList>> NoteRepository::ownNotesOnList(qint64 listId) const
{
    // Two indexed lookups (notes on the track, notes on its program) rather
    // than one join on an OR, which SQLite would answer with a scan.
    QHash<qint64, QStringList> bodies;
    Status status = Statement::forEach(
        m_db,
        QStringLiteral(
            "SELECT e.track_id, n.body, 0 AS on_program, n.modified FROM rank_entries e "
            "JOIN notes n ON n.track_id = e.track_id "
            "WHERE e.list_id = ? AND n.peer_id IS NULL "
            "UNION ALL "
            "SELECT e.track_id, n.body, 1, n.modified FROM rank_entries e "
            "JOIN tracks t ON t.id = e.track_id JOIN notes n ON n.program_id = t.program_id "
            "WHERE e.list_id = ? AND n.peer_id IS NULL "
            "ORDER BY 1, 3, 4 DESC"),
        {listId, listId}, tr("reading your notes on the list"),
        [&](const QSqlQuery &q) { bodies[q.value(0).toLongLong()].append(q.value(1).toString()); });
    if (!status)
        return status.error();
    return bodies;
}

Result<QStringList> NoteRepository::authors() const
{
    QStringList names;
    Status status = Statement::forEach(
        m_db,
        QStringLiteral("SELECT DISTINCT pe.name FROM peers pe "
                       "JOIN notes n ON n.peer_id = pe.id "
                       "ORDER BY pe.name"),
        {}, tr("reading notes"), [&](const QSqlQuery &q) { names.append(q.value(0).toString()); });
    if (!status)
        return status.error();
    return names;
}

} // namespace rw
