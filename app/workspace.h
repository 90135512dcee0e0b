#pragma once

#include "util/result.h"

#include <QObject>
#include <QStringList>
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
// stack every edit goes through, and the one signal that says what an edit,
// undo or redo changed, so every page shows what the database holds. Pages
// and dialogs get the Workspace, never a Database or a stack of their own,
// because File > Open replaces the database underneath them
// (databaseChanged()).
class Workspace : public QObject
{
    Q_OBJECT

public:
    // What changed, so listeners re-read only that.
    enum Change {
        Programs = 0x1, // programs and their institutions
        Tracks = 0x2,
        Sites = 0x4,
        Notes = 0x8,
        Peers = 0x10, // classmates (their notes come with Notes)
        Lists = 0x20, // rank lists made, deleted or restored
        Entries = 0x40, // a list's entries, their order and pins
        Criteria = 0x80,
        Weights = 0x100, // only weights: scores and the computed order move
        Ratings = 0x200,
        Snapshots = 0x400,
        Everything = 0x7ff,
    };
    Q_DECLARE_FLAGS(Changes, Change)

    struct Changed
    {
        Changed(Changes changes = {}, const QString &programKey = {}, qint64 list = 0)
            : what(changes)
            , key(programKey)
            , listId(list)
        { }

        Changes what;
        // With Programs, Tracks, Sites or Notes: the key of the one program
        // (or its track or site) they touched, to re-read and show; empty
        // when anything may have changed.
        QString key;
        // With Lists: the list to show (one just made or brought back).
        qint64 listId;
    };

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    rw::Database *database() const { return m_database.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Closes the current database (see closeDatabase()) and shows `database`.
    void setDatabase(std::unique_ptr<rw::Database> database);
    // Saves pending edits, forgets undo history and removes for good what
    // this window deleted (deletions are soft until then).
    void closeDatabase();

    // Runs the command once; if that works it goes on the undo stack,
    // otherwise it is deleted and the error (a message naming what is wrong)
    // is returned for the caller to show where the user acted.
    rw::Status push(DatabaseCommand *command);
    // Asks every editor with typing not yet saved to save it now (before
    // undo, redo, switching database or quitting).
    void flushPendingEdits();

    // Called by the command base after every edit, undo and redo.
    void notifyChanged(const Changed &change);
    // A later undo or redo failed: says so, and has every page re-read.
    void reportError(const rw::Error &error);
    // A program, track or site this window deleted (soft): purged on close
    // unless brought back first.
    void rememberDeleted(const QString &key) { m_deletedKeys.append(key); }

Q_SIGNALS:
    void databaseChanged();
    // The database is about to close (another is being opened, or the window
    // closes): let go of everything that refers to it.
    void databaseAboutToClose();
    void changed(const Workspace::Changed &change);
    void flushRequested();
    void errorOccurred(const QString &message);
    // Another process (a second window, rankwise-cli) committed changes to
    // the open database; changed(Everything) was sent first.
    void changedElsewhere();

private:
    void reloadAfterOutsideChange();
    void makeDailyBackup();
    void purgeDeleted();

    QUndoStack *m_undoStack; // a child of this object
    rw::ChangeNotifier *m_changeNotifier = nullptr;
    QTimer *m_backupTimer;
    QThreadPool m_backups; // the hourly check's backups
    std::unique_ptr<rw::Database> m_database;
    QStringList m_deletedKeys;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Workspace::Changes)
Q_DECLARE_METATYPE(Workspace::Changed)
