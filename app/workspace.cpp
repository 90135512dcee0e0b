#include "workspace.h"

#include "settings/appsettings.h"
#include "storage/backupstore.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/programrepository.h"
#include "undo/databasecommand.h"

#include <QTimer>
#include <QUndoStack>

using namespace rw;

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_backupTimer(new QTimer(this))
{
    m_backups.setMaxThreadCount(1);
    // A window left open for days still gets its daily backup.
    m_backupTimer->setInterval(std::chrono::hours(1));
    connect(m_backupTimer, &QTimer::timeout, this, &Workspace::makeDailyBackup);
}

Workspace::~Workspace()
{
    m_backups.waitForDone();
    // The window closes the database while its editors still exist; this
    // only covers a workspace dropped without that.
    if (m_database) {
        m_undoStack->clear();
        purgeDeleted();
    }
}

void Workspace::setDatabase(std::unique_ptr<Database> database)
{
    closeDatabase();
    m_database = std::move(database);
    if (m_database) {
        m_changeNotifier = new ChangeNotifier(*m_database, this);
        connect(m_changeNotifier, &ChangeNotifier::changedElsewhere, this,
                &Workspace::reloadAfterOutsideChange);
        m_backupTimer->start();
    }
    Q_EMIT databaseChanged();
}

void Workspace::reloadAfterOutsideChange()
{
    // Another window or rankwise-cli wrote to this file: show what it holds
    // now. Typing not yet saved stays in its editor and is saved after.
    notifyChanged({Everything});
    Q_EMIT changedElsewhere();
}

void Workspace::makeDailyBackup()
{
    if (!m_database || m_database->isReadOnly())
        return;
    // A copy of a large database takes seconds: on a worker thread, with a
    // connection of its own (one backup at a time).
    m_backups.start([path = m_database->path(), keep = Settings::backupKeep()] {
        if (auto made = BackupStore(path).createDailyIfDue(keep); !made)
            qWarning("Rankwise: the daily backup failed: %s", qPrintable(made.message()));
    });
}

void Workspace::closeDatabase()
{
    if (!m_database)
        return;
    flushPendingEdits();
    Q_EMIT databaseAboutToClose();
    delete m_changeNotifier; // it reads the database
    m_changeNotifier = nullptr;
    m_backupTimer->stop();
    // This window's undo history is what could bring the rows it deleted
    // back; once it is gone they are removed for good, with the notes
    // attached to them.
    m_undoStack->clear();
    purgeDeleted();
    m_database.reset();
}

void Workspace::purgeDeleted()
{
    if (m_deletedKeys.isEmpty() || m_database->isReadOnly())
        return;
    m_deletedKeys.removeDuplicates();
    if (auto purged = ProgramRepository(*m_database).purgeDeleted(m_deletedKeys); !purged)
        qWarning("Rankwise: %s", qPrintable(purged.message()));
    m_deletedKeys.clear();
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

void Workspace::notifyChanged(const Changed &change)
{
    Q_EMIT changed(change);
}

void Workspace::reportError(const Error &error)
{
    Q_EMIT errorOccurred(error.message);
    // What is stored may not be what the pages show any more.
    notifyChanged({Everything});
}
