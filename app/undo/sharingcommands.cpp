#include "undo/sharingcommands.h"

#include "storage/database.h"
#include "storage/programrepository.h"
#include "util/inerttext.h"

#include <QSqlQuery>

using namespace rw;

namespace {

QString shown(const QString &name)
{
    return InertText::isolate(InertText::visibleLine(name));
}

} // namespace

ImportNotesCommand::ImportNotesCommand(Workspace *workspace, NotesFile file, ImportOptions options)
    : DatabaseCommand(workspace, {})
    , m_file(std::move(file))
    , m_options(std::move(options))
{ }

Status ImportNotesCommand::doRedo()
{
    Database &db = database();
    return db.write([&]() -> Status {
        const QString name = m_options.peerName.isEmpty() ? NotesImporter::defaultPeerName(m_file)
                                                          : m_options.peerName;
        PeerRepository peers(db);
        auto existing = peers.find(name);
        if (!existing)
            return existing.error();
        m_before.reset();
        if (*existing) {
            auto layer = peers.layer(name);
            if (!layer)
                return layer.error();
            m_before = std::move(*layer);
        }
        auto result = NotesImporter(db).apply(m_file, m_options);
        if (!result)
            return result.error();
        m_result = std::move(*result);
        setText(tr("Import notes from %1").arg(shown(m_result.preview.peerName)));
        return {};
    });
}

Status ImportNotesCommand::doUndo()
{
    Database &db = database();
    return db.write([&]() -> Status {
        PeerRepository peers(db);
        if (auto status = peers.removeById(m_result.peerId); !status)
            return status;
        if (m_before) {
            if (auto status = peers.restoreLayer(*m_before); !status)
                return status;
        }
        // Programs the import added exist only because of it: remove them for
        // good (not the soft delete of the UI), so a redo can add them again
        // under the same keys.
        auto program =
            prepare(db, QStringLiteral("DELETE FROM programs WHERE key = ? AND origin = 'user'"));
        if (!program)
            return program.error();
        for (const QString &key : std::as_const(m_result.addedProgramKeys)) {
            program->bindValue(0, key);
            if (auto status = execute(*program, tr("removing an added program")); !status)
                return status;
        }
        auto institution =
            prepare(db,
                    QStringLiteral("DELETE FROM institutions WHERE key = ? AND origin = "
                                   "'user' AND NOT EXISTS (SELECT 1 FROM programs p "
                                   "WHERE p.institution_id = institutions.id)"));
        if (!institution)
            return institution.error();
        for (const QString &key : std::as_const(m_result.addedInstitutionKeys)) {
            institution->bindValue(0, key);
            if (auto status = execute(*institution, tr("removing an added institution")); !status)
                return status;
        }
        return {};
    });
}

Workspace::Changed ImportNotesCommand::changed() const
{
    // It can add programs and touches notes anywhere.
    return {Workspace::Programs | Workspace::Tracks | Workspace::Notes | Workspace::Peers};
}

RemovePeerCommand::RemovePeerCommand(Workspace *workspace, PeerLayer layer)
    : DatabaseCommand(workspace, tr("Remove %1's notes").arg(shown(layer.peer.name)))
    , m_layer(std::move(layer))
{ }

Status RemovePeerCommand::doRedo()
{
    return PeerRepository(database()).removeById(m_layer.peer.id);
}

Status RemovePeerCommand::doUndo()
{
    return PeerRepository(database()).restoreLayer(m_layer);
}

Workspace::Changed RemovePeerCommand::changed() const
{
    return {Workspace::Notes | Workspace::Peers};
}

ImportCsvCommand::ImportCsvCommand(Workspace *workspace, CsvTable table, CsvImportOptions options,
                                   const QString &origin)
    : DatabaseCommand(workspace, tr("Import %1").arg(shown(origin)))
    , m_table(std::move(table))
    , m_options(std::move(options))
    , m_origin(origin)
{ }

Status ImportCsvCommand::doRedo()
{
    // After an undo, the list and snapshot come back as they were.
    auto receipt = CsvImporter(database())
                       .apply(m_table, m_options, m_origin, m_undone ? &m_receipt : nullptr);
    if (!receipt)
        return receipt.error();
    m_receipt = std::move(*receipt);
    m_undone = false;
    return {};
}

Status ImportCsvCommand::doUndo()
{
    if (Status undone = CsvImporter(database()).undo(m_receipt); !undone)
        return undone;
    m_undone = true;
    return {};
}

Workspace::Changed ImportCsvCommand::changed() const
{
    return {Workspace::Programs | Workspace::Tracks | Workspace::Lists | Workspace::Entries
                | Workspace::Criteria | Workspace::Ratings | Workspace::Snapshots,
            {},
            isDone() ? m_receipt.listId : 0};
}
