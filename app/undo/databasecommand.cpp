#include "undo/databasecommand.h"

#include "workspace.h"

using namespace rw;

DatabaseCommand::DatabaseCommand(Workspace *workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{ }

Status DatabaseCommand::applyFirst()
{
    Status status = doRedo();
    m_appliedByPush = status.ok();
    return status;
}

void DatabaseCommand::redo()
{
    // QUndoStack::push() calls redo(); the change was made by applyFirst().
    if (std::exchange(m_appliedByPush, false))
        return;
    if (Status status = doRedo(); !status) {
        m_workspace->reportError(status.error());
        setObsolete(true);
    }
}

void DatabaseCommand::undo()
{
    if (Status status = doUndo(); !status) {
        m_workspace->reportError(status.error());
        setObsolete(true);
    }
}
