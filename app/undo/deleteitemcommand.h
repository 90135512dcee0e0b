#pragma once

#include "undo/databasecommand.h"

#include <QCoreApplication>

// Deletes a user program, track or site by key. The row is only marked
// withdrawn, so its notes, ratings and list entries survive and undo brings
// everything back as it was.
class DeleteItemCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteItemCommand)

public:
    // `name` is what the user calls it, for the Undo menu.
    DeleteItemCommand(Workspace *workspace, const QString &key, const QString &name);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;

private:
    QString m_key;
};
