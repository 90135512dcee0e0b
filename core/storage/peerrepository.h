#pragma once

#include "model/peer.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <optional>

namespace rw {

class Database;

// One peer and every note of theirs, exactly as stored: what undoing a
// removal (or an import) puts back.
struct PeerLayer
{
    struct StoredNote
    {
        qint64 id = 0;
        QVariant programId;
        QVariant trackId;
        QVariant siteId;
        QString body;
        QString created;
        QString modified;
        QString externalId;
        QString peerTarget;
    };
    Peer peer;
    QString importedAt; // as stored
    QString fileExportedAt; // as stored
    QList<StoredNote> notes;
};

// Classmates whose note files were imported. Each peer's notes are one layer
// (notes.peer_id); removing a peer removes that layer and nothing else.
class PeerRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::PeerRepository)

public:
    explicit PeerRepository(Database &db)
        : m_db(db)
    { }

    // Every peer with their number of notes, by name.
    Result<QList<Peer>> peers() const;
    // The peer with this name (case-insensitive), if any.
    Result<std::optional<Peer>> find(const QString &name) const;
    // Like find(), but a missing peer is a NotFound error naming the known ones.
    Result<Peer> peer(const QString &name) const;

    // Removes the peer and all their notes; returns how many notes went.
    Result<int> remove(const QString &name);

    // A copy of the peer's whole layer, for undo.
    Result<PeerLayer> layer(const QString &name) const;
    // Puts a layer back with the same ids; the peer must not exist.
    Status restoreLayer(const PeerLayer &layer);
    // Deletes the peer with this id if it exists (for undo; no error when gone).
    Status removeById(qint64 id);

    // Empty when `name` can name a peer; otherwise what is wrong with it.
    static QString nameProblem(const QString &name);
    static constexpr int kMaxNameLength = 100;

private:
    Database &m_db;
};

} // namespace rw
