#pragma once

#include "util/result.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

class QTimer;
class QUndoStack;
class DatabaseCommand;

namespace rw {
class ChangeNotifier;
class Database;
} // namespace rw

// The open database as the window sees it: the database itself, the one undo
// stack every edit goes through, and the notifications pages listen to so
// they show what the database holds after any edit, undo or redo. Pages get
// the Workspace, never a Database of their own, because File > Open replaces
// the database underneath them (databaseChanged()).
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    rw::Database *database() const { return m_database.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Closes the current database (see closeDatabase()) and shows `database`.
    void setDatabase(std::unique_ptr<rw::Database> database);
    // Saves pending edits, forgets undo history and removes for good what
    // the user deleted in this database (deletions are soft until then).
    void closeDatabase();

    // Runs the command once; if that works it goes on the undo stack,
    // otherwise it is deleted and the error (a message naming what is wrong)
    // is returned for the caller to show where the user acted.
    rw::Status push(DatabaseCommand *command);
    // Asks every editor with typing not yet saved to save it now (before
    // undo, redo, switching database or quitting).
    void flushPendingEdits();

    // Called by commands after they changed the database.
    void notifyProgramsChanged(const QString &focusKey = {});
    void notifyNotesChanged(const QString &programKey);
    void reportError(const rw::Error &error);

Q_SIGNALS:
    void databaseChanged();
    // The database is about to close (another is being opened, or the window
    // closes): let go of everything that refers to it.
    void databaseAboutToClose();
    // Programs, tracks or sites were added, edited, deleted or restored;
    // `focusKey` names the one to show, if any. With a focus key only that
    // program, its tracks or its sites changed (pages may re-read just that
    // one); without one, anything may have.
    void programsChanged(const QString &focusKey);
    // Notes on this program, its tracks or its sites changed.
    void notesChanged(const QString &programKey);
    void flushRequested();
    void errorOccurred(const QString &message);
    // Another process (a second window, rankwise-cli) committed changes to
    // the open database; everything shown was reloaded.
    void changedElsewhere();

private:
    void reloadAfterOutsideChange();
    void makeDailyBackup();

    QUndoStack *m_undoStack; // a child of this object
    rw::ChangeNotifier *m_changeNotifier = nullptr;
    QTimer *m_backupTimer;
    QThreadPool m_backups; // the hourly check's backups
    std::unique_ptr<rw::Database> m_database;
};
