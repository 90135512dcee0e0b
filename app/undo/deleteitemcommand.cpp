#include "undo/deleteitemcommand.h"

#include "storage/programrepository.h"
#include "util/keys.h"
#include "workspace.h"

using namespace rw;

DeleteItemCommand::DeleteItemCommand(Workspace *workspace, const QString &key, const QString &name)
    : DatabaseCommand(workspace, tr("Delete “%1”").arg(name))
    , m_key(key)
{ }

Status DeleteItemCommand::doRedo()
{
    if (Status removed = ProgramRepository(*workspace()->database()).deleteItem(m_key); !removed)
        return removed;
    // Show the program a deleted track or site belonged to.
    const QString program = Keys::programOf(m_key);
    workspace()->notifyProgramsChanged(program == m_key ? QString() : program);
    return {};
}

Status DeleteItemCommand::doUndo()
{
    if (Status restored = ProgramRepository(*workspace()->database()).restoreItem(m_key); !restored)
        return restored;
    workspace()->notifyProgramsChanged(m_key);
    return {};
}
