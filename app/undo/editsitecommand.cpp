#include "undo/editsitecommand.h"

#include "storage/programrepository.h"
#include "util/keys.h"
#include "workspace.h"

using namespace rw;

EditSiteCommand::EditSiteCommand(Workspace *workspace, const ContinuitySite &before,
                                 const ContinuitySite &after)
    : DatabaseCommand(workspace, tr("Edit site “%1”").arg(after.name.trimmed()))
    , m_before(before)
    , m_after(after)
{ }

Status EditSiteCommand::save(const ContinuitySite &site)
{
    if (Status saved = ProgramRepository(*workspace()->database()).updateSite(site); !saved)
        return saved;
    workspace()->notifyProgramsChanged(Keys::programOf(site.key));
    return {};
}

Status EditSiteCommand::doRedo()
{
    return save(m_after);
}

Status EditSiteCommand::doUndo()
{
    return save(m_before);
}
