#pragma once

#include "model/track.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Changes a user track: name, type, NRMP code, positions, schedule…
class EditTrackCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditTrackCommand)

public:
    EditTrackCommand(Workspace *workspace, const rw::Track &before, const rw::Track &after);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;

private:
    rw::Status save(const rw::Track &track);

    rw::Track m_before;
    rw::Track m_after;
};
