#include "undo/importcsvcommand.h"

#include "storage/database.h"
#include "util/inerttext.h"
#include "workspace.h"

using namespace rw;

ImportCsvCommand::ImportCsvCommand(Workspace *workspace, CsvTable table, CsvImportOptions options,
                                   const QString &origin)
    : DatabaseCommand(workspace,
                      tr("Import %1").arg(InertText::isolate(InertText::visibleLine(origin))))
    , m_table(std::move(table))
    , m_options(std::move(options))
    , m_origin(origin)
{ }

Status ImportCsvCommand::doRedo()
{
    // After an undo, the list and snapshot come back as they were.
    auto receipt = CsvImporter(*workspace()->database())
                       .apply(m_table, m_options, m_origin, m_undone ? &m_receipt : nullptr);
    if (!receipt)
        return receipt.error();
    m_receipt = std::move(*receipt);
    m_undone = false;
    workspace()->notifyProgramsChanged();
    return {};
}

Status ImportCsvCommand::doUndo()
{
    if (Status undone = CsvImporter(*workspace()->database()).undo(m_receipt); !undone)
        return undone;
    m_undone = true;
    workspace()->notifyProgramsChanged();
    return {};
}
