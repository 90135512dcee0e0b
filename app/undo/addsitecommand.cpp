#include "undo/addsitecommand.h"

#include "storage/programrepository.h"
#include "workspace.h"

using namespace rw;

AddSiteCommand::AddSiteCommand(Workspace *workspace, const QString &programKey,
                               const ContinuitySite &site)
    : DatabaseCommand(workspace, tr("Add site “%1”").arg(site.name.trimmed()))
    , m_programKey(programKey)
    , m_site(site)
{ }

Status AddSiteCommand::doRedo()
{
    ProgramRepository programs(*workspace()->database());
    if (m_key.isEmpty()) {
        auto key = programs.addSite(m_programKey, m_site);
        if (!key)
            return key.error();
        m_key = *key;
    } else if (Status restored = programs.restoreItem(m_key); !restored) {
        return restored;
    }
    workspace()->notifyProgramsChanged(m_programKey);
    return {};
}

Status AddSiteCommand::doUndo()
{
    if (Status removed = ProgramRepository(*workspace()->database()).deleteItem(m_key); !removed)
        return removed;
    workspace()->notifyProgramsChanged(m_programKey);
    return {};
}
