#pragma once

#include "model/track.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Adds a track of the user's own to a program (theirs or the catalog's).
class AddTrackCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTrackCommand)

public:
    AddTrackCommand(Workspace *workspace, const QString &programKey, const rw::Track &track);
    const QString &key() const { return m_key; }

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;

private:
    QString m_programKey;
    rw::Track m_track;
    QString m_key;
};
