#pragma once

#include "exchange/notesfile.h"
#include "exchange/targetmatcher.h"
#include "storage/peerrepository.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace rw {

class Database;

struct ImportOptions
{
    QString peerName; // empty: the file's exported_by, cleaned
    bool addUnmatched = false; // add programs nothing matches as the user's own; else skip them
};

// What importing one item does.
struct ImportItemPlan
{
    enum class Change {
        New, // a note this peer has not shared before
        Updated, // newer than the copy stored from this peer
        Unchanged, // the same as the copy stored
        KeptNewer, // older than the copy stored: the stored one stays
        Skipped, // nothing here matches and unmatched items are skipped
        AddedAsOwn, // nothing here matches; its program is added as the user's own
    };
    qsizetype index = 0; // into NotesFile::items
    TargetMatch match;
    Change change = Change::New;
    qint64 existingNoteId = 0;
};

struct ImportCounts
{
    int matched = 0;
    int unmatched = 0;
    int added = 0; // new notes (matched, plus unmatched ones whose program is added)
    int updated = 0;
    int unchanged = 0; // includes keptNewer
    int keptNewer = 0;
    int skipped = 0;
    int programsAdded = 0;
};

// The preview: every item with its match and what will happen to it.
struct ImportPreview
{
    QString peerName;
    bool peerExists = false;
    QDateTime previousFileExportedAt; // of the newest file imported before from this peer
    bool olderThanPrevious = false; // this file was written before that one
    bool fromThisDatabase = false; // exported from this very database: the user's own notes
    QList<ImportItemPlan> items;
    ImportCounts counts;
    QStringList programsToAdd; // "Institution — Program", as the file names them
};

// What an import did, in enough detail to take it back exactly (undo).
struct NotesImportReceipt
{
    ImportPreview preview; // as applied
    qint64 peerId = 0;
    std::optional<PeerLayer> previousLayer; // the peer's notes before, when the peer existed
    QStringList addedProgramKeys;
    QStringList addedInstitutionKeys;
};

// Brings a classmate's notes in as their own layer: preview() says what
// would happen and writes nothing; apply() does it in one transaction
// (prepared statements, all or nothing) and undo() takes it back. Notes are keyed by the file's
// item ids, so importing the same or a newer file again updates the peer's notes instead of adding
// copies; an item older than the stored copy never rolls it back. Ratings, ranks, weights and lists
// in the file are never stored: the user's own are never touched (the preview shows them for
// information).
class NotesImporter
{
    Q_DECLARE_TR_FUNCTIONS(rw::NotesImporter)

public:
    explicit NotesImporter(Database &db)
        : m_db(db)
    { }

    Result<ImportPreview> preview(const NotesFile &file, const ImportOptions &options) const;
    Result<NotesImportReceipt> apply(const NotesFile &file, const ImportOptions &options);
    // Takes back what apply() did, in one transaction: the peer's notes as
    // they were (no peer when the import added it), and the programs and
    // institutions it added removed for good, so that importing again adds
    // them under the same keys. Only valid while the database is as apply()
    // left it.
    Status undo(const NotesImportReceipt &receipt);

    // The file's author as a peer name: active characters removed, trimmed.
    static QString defaultPeerName(const NotesFile &file);
    // The plan's change for display ("new", "updated", ...).
    static QString changeName(ImportItemPlan::Change change);
    static QString changeId(ImportItemPlan::Change change);

private:
    // preview(), handing the peer's notes as they are to `layerBefore`.
    Result<ImportPreview> planImport(const NotesFile &file, const ImportOptions &options,
                                     std::optional<PeerLayer> *layerBefore) const;
    Result<QStringList> addUnmatchedPrograms(const NotesFile &file, const ImportPreview &plan);

    Database &m_db;
};

} // namespace rw
