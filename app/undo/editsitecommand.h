#pragma once

#include "model/continuitysite.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Changes a user continuity site: its fields, tracks served, languages, services.
class EditSiteCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSiteCommand)

public:
    EditSiteCommand(Workspace *workspace, const rw::ContinuitySite &before,
                    const rw::ContinuitySite &after);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;

private:
    rw::Status save(const rw::ContinuitySite &site);

    rw::ContinuitySite m_before;
    rw::ContinuitySite m_after;
};
