#pragma once

#include "model/continuitysite.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Adds a continuity site of the user's own to a program.
class AddSiteCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSiteCommand)

public:
    AddSiteCommand(Workspace *workspace, const QString &programKey, const rw::ContinuitySite &site);
    const QString &key() const { return m_key; }

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;

private:
    QString m_programKey;
    rw::ContinuitySite m_site;
    QString m_key;
};
