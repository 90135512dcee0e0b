#pragma once

#include "model/continuitysite.h"
#include "model/program.h"
#include "model/track.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

#include <functional>

// Adding a program of the user's own, or a track or site of theirs to any
// program. The first run adds it (and learns its key); undo deletes it
// (softly, so notes on it survive) and redo brings the same row back.
class AddItemCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddItemCommand)

public:
    static AddItemCommand *program(Workspace *workspace, const rw::Program &program);
    static AddItemCommand *track(Workspace *workspace, const QString &programKey,
                                 const rw::Track &track);
    static AddItemCommand *site(Workspace *workspace, const QString &programKey,
                                const rw::ContinuitySite &site);

    // The key of what was added (empty before the first run).
    const QString &key() const { return m_key; }

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override;

private:
    using Add = std::function<rw::Result<QString>(rw::Database &)>;
    AddItemCommand(Workspace *workspace, const QString &text, Workspace::Change what, Add add);

    Workspace::Change m_what;
    Add m_add;
    QString m_key;
};

// Deleting the user's own program, track or site: a soft delete, so undo
// brings it back with its notes, ratings and list entries; purged when the
// window closes the database.
class DeleteItemCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteItemCommand)

public:
    // `name` is what the user calls it, for the Undo menu.
    DeleteItemCommand(Workspace *workspace, const QString &key, const QString &name);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override;

private:
    QString m_key;
};
