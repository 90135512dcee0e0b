#include "undo/addprogramcommand.h"

#include "storage/programrepository.h"
#include "workspace.h"

using namespace rw;

AddProgramCommand::AddProgramCommand(Workspace *workspace, const Program &program)
    : DatabaseCommand(workspace, tr("Add program “%1”").arg(program.name.trimmed()))
    , m_program(program)
{ }

Status AddProgramCommand::doRedo()
{
    ProgramRepository programs(*workspace()->database());
    if (m_key.isEmpty()) {
        auto key = programs.addProgram(m_program);
        if (!key)
            return key.error();
        m_key = *key;
    } else if (Status restored = programs.restoreItem(m_key); !restored) {
        return restored;
    }
    workspace()->notifyProgramsChanged(m_key);
    return {};
}

Status AddProgramCommand::doUndo()
{
    if (Status removed = ProgramRepository(*workspace()->database()).deleteItem(m_key); !removed)
        return removed;
    workspace()->notifyProgramsChanged();
    return {};
}
