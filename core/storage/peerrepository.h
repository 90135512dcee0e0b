#pragma once

#include "model/note.h"
#include "model/peer.h"
#include "storage/statement.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <optional>
#include <vector>

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

    // A note file from `name` is being imported: adds the peer, or brings
    // the one there is up to date (the file's time never goes back);
    // returns the peer's id. Times as stored (ISO 8601, UTC).
    Result<qint64> recordImport(const QString &name, const QString &importedAt,
                                const QString &fileExportedAt);

    // Whether `name` can name a peer; an Input error says what is wrong.
    static Status checkName(const QString &name);
    static constexpr int kMaxNameLength = 100;

private:
    Database &m_db;
};

// A note of a peer's as an import writes it.
struct PeerNote
{
    NoteTarget::Kind kind = NoteTarget::Kind::Program;
    qint64 rowId = 0; // in programs, tracks or sites
    QString body;
    QString created; // as stored
    QString modified;
    QString externalId; // the file's item id
    QString peerTarget; // what the file calls the target
};

// Writes one peer's notes during an import, each statement prepared once:
// an import can bring 50,000 notes. Use inside Database::write().
class PeerNotesWriter
{
public:
    PeerNotesWriter(Database &db, qint64 peerId);

    Status add(const PeerNote &note);
    // Replaces the stored note `noteId` (the same item of a newer file).
    Status update(qint64 noteId, const PeerNote &note);

private:
    std::vector<Statement> m_inserts; // by NoteTarget::Kind
    Statement m_update;
    QString m_doing; // translated once
};

} // namespace rw
