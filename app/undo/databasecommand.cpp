#include "undo/databasecommand.h"

using namespace rw;

DatabaseCommand::DatabaseCommand(Workspace *workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{ }

Status DatabaseCommand::run(bool redo)
{
    Status status = redo ? doRedo() : doUndo();
    if (status) {
        m_done = redo;
        m_workspace->notifyChanged(changed());
    }
    return status;
}

Status DatabaseCommand::applyFirst()
{
    Status status = run(true);
    m_appliedByPush = status.ok();
    return status;
}

void DatabaseCommand::redo()
{
    // QUndoStack::push() calls redo(); the change was made by applyFirst().
    if (std::exchange(m_appliedByPush, false))
        return;
    if (Status status = run(true); !status) {
        setObsolete(true);
        m_workspace->reportError(status.error());
    }
}

void DatabaseCommand::undo()
{
    if (Status status = run(false); !status) {
        setObsolete(true);
        m_workspace->reportError(status.error());
    }
}
