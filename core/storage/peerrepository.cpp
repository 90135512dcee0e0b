#include "storage/peerrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "util/inerttext.h"

#include <QSqlQuery>
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

QString PeerRepository::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A name must not be empty.");
    if (name.size() > kMaxNameLength)
        return tr("A name can be at most %1 characters.").arg(kMaxNameLength);
    if (InertText::hasActiveCharacters(name) || name.contains(u'\n') || name.contains(u'\t'))
        return tr("A name cannot hold control or text-direction characters.");
    if (name != name.trimmed())
        return tr("A name cannot start or end with a space.");
    return {};
}

Result<QList<Peer>> PeerRepository::peers() const
{
    auto query = prepare(m_db, kSelectPeers + QStringLiteral("ORDER BY pe.name"));
    if (!query)
        return query.error();
    if (auto status = execute(*query, tr("reading classmates")); !status)
        return status.error();
    QList<Peer> peers;
    while (query->next())
        peers.append(peerFrom(*query));
    return peers;
}

Result<std::optional<Peer>> PeerRepository::find(const QString &name) const
{
    auto query = prepare(m_db, kSelectPeers + QStringLiteral("WHERE pe.name = ?"));
    if (!query)
        return query.error();
    query->addBindValue(name);
    if (auto status = execute(*query, tr("finding the classmate “%1”").arg(name)); !status)
        return status.error();
    if (!query->next())
        return std::optional<Peer>();
    return std::optional<Peer>(peerFrom(*query));
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
        auto query = prepare(m_db, QStringLiteral("DELETE FROM peers WHERE id = ?"));
        if (!query)
            return query.error();
        query->addBindValue(id);
        return execute(*query, tr("removing the classmate's notes"));
    });
}

Result<PeerLayer> PeerRepository::layer(const QString &name) const
{
    auto found = peer(name);
    if (!found)
        return found.error();
    PeerLayer layer;
    layer.peer = *found;
    auto times = prepare(m_db,
                         QStringLiteral("SELECT imported_at, file_exported_at FROM peers "
                                        "WHERE id = ?"));
    if (!times)
        return times.error();
    times->addBindValue(found->id);
    if (auto status = execute(*times, tr("reading the classmate")); !status)
        return status.error();
    if (times->next()) {
        layer.importedAt = times->value(0).toString();
        layer.fileExportedAt = times->value(1).toString();
    }
    auto notes = prepare(m_db,
                         QStringLiteral("SELECT id, program_id, track_id, site_id, body, created, "
                                        "modified, external_id, peer_target FROM notes "
                                        "WHERE peer_id = ? ORDER BY id"));
    if (!notes)
        return notes.error();
    notes->setForwardOnly(true);
    notes->addBindValue(found->id);
    if (auto status = execute(*notes, tr("reading the classmate's notes")); !status)
        return status.error();
    while (notes->next()) {
        PeerLayer::StoredNote note;
        note.id = notes->value(0).toLongLong();
        // A NULL comes back as a null string, which bindAll() would store as ''.
        auto id = [&](int column) {
            return notes->value(column).isNull() ? QVariant() : notes->value(column);
        };
        note.programId = id(1);
        note.trackId = id(2);
        note.siteId = id(3);
        note.body = notes->value(4).toString();
        note.created = notes->value(5).toString();
        note.modified = notes->value(6).toString();
        note.externalId = notes->value(7).toString();
        note.peerTarget = notes->value(8).toString();
        layer.notes.append(note);
    }
    return layer;
}

Status PeerRepository::restoreLayer(const PeerLayer &layer)
{
    return m_db.write([&]() -> Status {
        auto peer = prepare(m_db,
                            QStringLiteral("INSERT INTO peers(id, name, imported_at, "
                                           "file_exported_at) VALUES (?, ?, ?, ?)"));
        if (!peer)
            return peer.error();
        SqlValues::bindAll(
            *peer, {layer.peer.id, layer.peer.name, layer.importedAt, layer.fileExportedAt});
        if (auto status = execute(*peer, tr("restoring the classmate")); !status)
            return status;
        auto note = prepare(m_db,
                            QStringLiteral("INSERT INTO notes(id, program_id, track_id, site_id, "
                                           "body, created, modified, peer_id, external_id, "
                                           "peer_target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!note)
            return note.error();
        for (const PeerLayer::StoredNote &stored : layer.notes) {
            SqlValues::bindAll(*note,
                               {stored.id, stored.programId, stored.trackId, stored.siteId,
                                stored.body, stored.created, stored.modified, layer.peer.id,
                                stored.externalId, stored.peerTarget});
            if (auto status = execute(*note, tr("restoring the classmate's notes")); !status)
                return status;
        }
        return {};
    });
}

} // namespace rw
