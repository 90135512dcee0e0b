#pragma once

#include "storage/backupstore.h"
#include "storage/databasecheck.h"

#include <QDialog>
#include <QList>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

// Shown when the database cannot be opened because the file is damaged:
// says what is wrong and where, lists the backups (newest good one chosen),
// and lets the user restore one, start with an empty database, or quit. It
// only asks; DatabaseOpener does what was chosen. Either way the damaged
// file is kept aside, never overwritten or deleted.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Quit, Restore, StartEmpty };

    struct Candidate
    {
        rw::BackupInfo backup;
        bool usable = false;
        QString problem; // why it cannot be restored
    };

    RecoveryDialog(const rw::DatabaseHealth &health, const QList<Candidate> &candidates,
                   QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The backup chosen to restore, if any.
    std::optional<rw::BackupInfo> selectedBackup() const;

    QListWidget *backupList() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *startEmptyButton() const { return m_startEmpty; }
    QPushButton *quitButton() const { return m_quit; }

    // "Today 09:30 · daily backup · 240 KB" for the list.
    static QString describe(const Candidate &candidate);

private:
    void choose(Choice choice);
    void updateButtons();

    QList<Candidate> m_candidates;
    QListWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_startEmpty;
    QPushButton *m_quit;
    Choice m_choice = Choice::Quit;
};
