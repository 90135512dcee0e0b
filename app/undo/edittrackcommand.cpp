#include "undo/edittrackcommand.h"

#include "storage/programrepository.h"
#include "workspace.h"

using namespace rw;

EditTrackCommand::EditTrackCommand(Workspace *workspace, const Track &before, const Track &after)
    : DatabaseCommand(workspace, tr("Edit track “%1”").arg(after.name.trimmed()))
    , m_before(before)
    , m_after(after)
{ }

Status EditTrackCommand::save(const Track &track)
{
    if (Status saved = ProgramRepository(*workspace()->database()).updateTrack(track); !saved)
        return saved;
    workspace()->notifyProgramsChanged(track.key);
    return {};
}

Status EditTrackCommand::doRedo()
{
    return save(m_after);
}

Status EditTrackCommand::doUndo()
{
    return save(m_before);
}
