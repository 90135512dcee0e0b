#include "undo/addtrackcommand.h"

#include "storage/programrepository.h"
#include "workspace.h"

using namespace rw;

AddTrackCommand::AddTrackCommand(Workspace *workspace, const QString &programKey,
                                 const Track &track)
    : DatabaseCommand(workspace, tr("Add track “%1”").arg(track.name.trimmed()))
    , m_programKey(programKey)
    , m_track(track)
{ }

Status AddTrackCommand::doRedo()
{
    ProgramRepository programs(*workspace()->database());
    if (m_key.isEmpty()) {
        auto key = programs.addTrack(m_programKey, m_track);
        if (!key)
            return key.error();
        m_key = *key;
    } else if (Status restored = programs.restoreItem(m_key); !restored) {
        return restored;
    }
    workspace()->notifyProgramsChanged(m_key);
    return {};
}

Status AddTrackCommand::doUndo()
{
    if (Status removed = ProgramRepository(*workspace()->database()).deleteItem(m_key); !removed)
        return removed;
    workspace()->notifyProgramsChanged(m_programKey);
    return {};
}
