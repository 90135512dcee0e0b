#include "workspace.h"

#include "storage/database.h"
#include "storage/programrepository.h"
#include "undo/databasecommand.h"

#include <QUndoStack>

using namespace rw;

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{ }

Workspace::~Workspace()
{
    // The window closes the database while its editors still exist; this
    // only covers a workspace dropped without that.
    if (m_database) {
        m_undoStack->clear();
        (void)ProgramRepository(*m_database).purgeDeleted();
    }
}

void Workspace::setDatabase(std::unique_ptr<Database> database)
{
    closeDatabase();
    m_database = std::move(database);
    Q_EMIT databaseChanged();
}

void Workspace::closeDatabase()
{
    if (!m_database)
        return;
    flushPendingEdits();
    Q_EMIT databaseAboutToClose();
    // The undo history is what could bring deleted rows back; once it is
    // gone they are removed for good, with the notes attached to them.
    m_undoStack->clear();
    if (auto purged = ProgramRepository(*m_database).purgeDeleted(); !purged)
        qWarning("Rankwise: %s", qPrintable(purged.message()));
    m_database.reset();
}

Status Workspace::push(DatabaseCommand *command)
{
    if (!m_database) {
        delete command;
        return Error::internal(tr("No database is open."));
    }
    if (Status status = command->applyFirst(); !status) {
        delete command;
        return status;
    }
    m_undoStack->push(command);
    return {};
}

void Workspace::flushPendingEdits()
{
    Q_EMIT flushRequested();
}

void Workspace::notifyProgramsChanged(const QString &focusKey)
{
    Q_EMIT programsChanged(focusKey);
}

void Workspace::notifyNotesChanged(const QString &programKey)
{
    Q_EMIT notesChanged(programKey);
}

void Workspace::reportError(const Error &error)
{
    Q_EMIT errorOccurred(error.message);
}
