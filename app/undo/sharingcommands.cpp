#include "undo/sharingcommands.h"

#include "util/inerttext.h"

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
    auto receipt = NotesImporter(database()).apply(m_file, m_options);
    if (!receipt)
        return receipt.error();
    m_result = std::move(*receipt);
    setText(tr("Import notes from %1").arg(shown(m_result.preview.peerName)));
    return {};
}

Status ImportNotesCommand::doUndo()
{
    return NotesImporter(database()).undo(m_result);
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
