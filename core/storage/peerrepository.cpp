#include "storage/peerrepository.h"

#include "storage/noterepository.h"
#include "storage/statement.h"
#include "util/inerttext.h"

#include <QStringList>

namespace rw {

namespace {

const QString kSelectPeers =
    QStringLiteral("SELECT pe.id, pe.name, pe.imported_at, pe.file_exported_at, "
                   "(SELECT COUNT(*) FROM notes n WHERE n.peer_id = pe.id) FROM peers pe ");

Peer peerFrom(const QSqlQuery &query)
{
    Peer peer;
    peer.id = query.value(0).toLongLong();
    peer.name = query.value(1).toString();
    peer.importedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    peer.fileExportedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    peer.noteCount = query.value(4).toInt();
    return peer;
}

} // namespace

Status PeerRepository::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::input(tr("A name must not be empty."));
    if (name.size() > kMaxNameLength)
        return Error::input(tr("A name can be at most %1 characters.").arg(kMaxNameLength));
    if (InertText::hasActiveCharacters(name) || name.contains(u'\n') || name.contains(u'\t'))
        return Error::input(tr("A name cannot hold control or text-direction characters."));
    if (name != name.trimmed())
        return Error::input(tr("A name cannot start or end with a space."));
    return {};
}

Result<QList<Peer>> PeerRepository::peers() const
{
    QList<Peer> peers;
    Status status = Statement::forEach(m_db, kSelectPeers + QStringLiteral("ORDER BY pe.name"), {},
                                       tr("reading classmates"),
                                       [&](const QSqlQuery &q) { peers.append(peerFrom(q)); });
    if (!status)
        return status.error();
    return peers;
}

Result<std::optional<Peer>> PeerRepository::find(const QString &name) const
{
    std::optional<Peer> found;
    Status status = Statement::forEach(m_db, kSelectPeers + QStringLiteral("WHERE pe.name = ?"),
                                       {name}, tr("finding the classmate “%1”").arg(name),
                                       [&](const QSqlQuery &q) { found = peerFrom(q); });
    if (!status)
        return status.error();
    return found;
}

Result<Peer> PeerRepository::peer(const QString &name) const
{
    auto found = find(name);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    auto all = peers();
    if (!all)
        return all.error();
    QStringList names;
    for (const Peer &peer : *all)
        names.append(QStringLiteral("“") + InertText::visibleLine(peer.name) + QStringLiteral("”"));
    if (names.isEmpty())
        return Error::notFound(tr("There is no classmate named “%1”: no note file has been "
                                  "imported yet.")
                                   .arg(InertText::visibleLine(name)));
    return Error::notFound(
        tr("There is no classmate named “%1”. Known: %2.")
            .arg(InertText::visibleLine(name), names.join(QStringLiteral(", "))));
}

Result<int> PeerRepository::remove(const QString &name)
{
    int removed = 0;
    Status status = m_db.write([&]() -> Status {
        auto found = peer(name);
        if (!found)
            return found.error();
        removed = found->noteCount;
        return removeById(found->id);
    });
    if (!status)
        return status.error();
    return removed;
}

Status PeerRepository::removeById(qint64 id)
{
    return m_db.write([&]() -> Status {
        // Notes go with the peer (ON DELETE CASCADE); own notes have no peer.
        auto done = Statement::run(m_db, QStringLiteral("DELETE FROM peers WHERE id = ?"), {id},
                                   tr("removing the classmate's notes"));
        if (!done)
            return done.error();
        return {};
    });
}

Result<qint64> PeerRepository::recordImport(const QString &name, const QString &importedAt,
                                            const QString &fileExportedAt)
{
    auto existing = find(name);
    if (!existing)
        return existing.error();
    if (!*existing)
        return Statement::insert(m_db,
                                 QStringLiteral("INSERT INTO peers(name, imported_at, "
                                                "file_exported_at) VALUES (?, ?, ?)"),
                                 {name, importedAt, fileExportedAt}, tr("saving the classmate"));
    auto updated =
        Statement::run(m_db,
                       QStringLiteral("UPDATE peers SET imported_at = ?, "
                                      "file_exported_at = MAX(file_exported_at, ?) "
                                      "WHERE id = ?"),
                       {importedAt, fileExportedAt, (*existing)->id}, tr("saving the classmate"));
    if (!updated)
        return updated.error();
    return (*existing)->id;
}

Result<PeerLayer> PeerRepository::layer(const QString &name) const
{
    auto found = peer(name);
    if (!found)
        return found.error();
    PeerLayer layer;
    layer.peer = *found;
    Status status = Statement::forEach(
        m_db, QStringLiteral("SELECT imported_at, file_exported_at FROM peers WHERE id = ?"),
        {found->id}, tr("reading the classmate"), [&](const QSqlQuery &q) {
            layer.importedAt = q.value(0).toString();
            layer.fileExportedAt = q.value(1).toString();
        });
    if (!status)
        return status.error();
    status = Statement::forEach(
        m_db,
        QStringLiteral("SELECT id, program_id, track_id, site_id, body, created, modified, "
                       "external_id, peer_target FROM notes WHERE peer_id = ? ORDER BY id"),
        {found->id}, tr("reading the classmate's notes"), [&](const QSqlQuery &q) {
            PeerLayer::StoredNote note;
            note.id = q.value(0).toLongLong();
            // A NULL comes back as a null string, which bindAll() would store as ''.
            auto id = [&](int column) {
                return q.value(column).isNull() ? QVariant() : q.value(column);
            };
            note.programId = id(1);
            note.trackId = id(2);
            note.siteId = id(3);
            note.body = q.value(4).toString();
            note.created = q.value(5).toString();
            note.modified = q.value(6).toString();
            note.externalId = q.value(7).toString();
            note.peerTarget = q.value(8).toString();
            layer.notes.append(note);
        });
    if (!status)
        return status.error();
    return layer;
}

Status PeerRepository::restoreLayer(const PeerLayer &layer)
{
    return m_db.write([&]() -> Status {
        auto peer =
            Statement::run(m_db,
                           QStringLiteral("INSERT INTO peers(id, name, imported_at, "
                                          "file_exported_at) VALUES (?, ?, ?, ?)"),
                           {layer.peer.id, layer.peer.name, layer.importedAt, layer.fileExportedAt},
                           tr("restoring the classmate"));
        if (!peer)
            return peer.error();
        Statement note(m_db,
                       QStringLiteral("INSERT INTO notes(id, program_id, track_id, site_id, body, "
                                      "created, modified, peer_id, external_id, peer_target) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const PeerLayer::StoredNote &stored : layer.notes) {
            auto done = note.run({stored.id, stored.programId, stored.trackId, stored.siteId,
                                  stored.body, stored.created, stored.modified, layer.peer.id,
                                  stored.externalId, stored.peerTarget},
                                 tr("restoring the classmate's notes"));
            if (!done)
                return done.error();
        }
        return {};
    });
}

PeerNotesWriter::PeerNotesWriter(Database &db, qint64 peerId)
    : m_update(db,
               QStringLiteral("UPDATE notes SET program_id = ?, track_id = ?, site_id = ?, "
                              "body = ?, created = ?, modified = ?, peer_target = ? WHERE id = ?"))
    , m_doing(PeerRepository::tr("saving the classmate's notes"))
{
    // One statement per target column, with the peer's id written in: every
    // bound value costs Qt Sql a lookup, and this runs 50,000 times.
    for (NoteTarget::Kind kind :
         {NoteTarget::Kind::Program, NoteTarget::Kind::Track, NoteTarget::Kind::Site}) {
        m_inserts.emplace_back(db,
                               QStringLiteral("INSERT INTO notes(%1, body, created, modified, "
                                              "peer_id, external_id, peer_target) "
                                              "VALUES (?, ?, ?, ?, %2, ?, ?)")
                                   .arg(NoteRepository::targetColumn(kind))
                                   .arg(peerId));
    }
}

Status PeerNotesWriter::add(const PeerNote &note)
{
    auto done = m_inserts[size_t(note.kind)].run(
        {note.rowId, note.body, note.created, note.modified, note.externalId, note.peerTarget},
        m_doing);
    if (!done)
        return done.error();
    return {};
}

Status PeerNotesWriter::update(qint64 noteId, const PeerNote &note)
{
    const QVariant row(note.rowId);
    auto done = m_update.run({note.kind == NoteTarget::Kind::Program ? row : QVariant(),
                              note.kind == NoteTarget::Kind::Track ? row : QVariant(),
                              note.kind == NoteTarget::Kind::Site ? row : QVariant(), note.body,
                              note.created, note.modified, note.peerTarget, noteId},
                             m_doing);
    if (!done)
        return done.error();
    return {};
}

} // namespace rw
