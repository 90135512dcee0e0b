#include "undo/editprogramcommand.h"

#include "storage/programrepository.h"
#include "workspace.h"

using namespace rw;

EditProgramCommand::EditProgramCommand(Workspace *workspace, const Program &before,
                                       const Program &after)
    : DatabaseCommand(workspace, tr("Edit program “%1”").arg(after.name.trimmed()))
    , m_before(before)
    , m_after(after)
{ }

Status EditProgramCommand::save(const Program &program)
{
    if (Status saved = ProgramRepository(*workspace()->database()).updateProgram(program); !saved)
        return saved;
    workspace()->notifyProgramsChanged(program.key);
    return {};
}

Status EditProgramCommand::doRedo()
{
    return save(m_after);
}

Status EditProgramCommand::doUndo()
{
    return save(m_before);
}
