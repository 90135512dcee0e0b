#pragma once

#include "model/note.h"
#include "model/program.h"

#include <QWidget>

class NoteEditor;
class NoteListModel;
class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;
class QToolButton;
class SafeTextBrowser;
class Workspace;

// The notes on one part of the selected program (the program itself, one
// of its tracks or one of its continuity sites): the user's own, editable
// and saved as they type, and classmates', read-only and rendered, with a
// filter by author. Every change goes through the workspace's undo stack.
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(Workspace *workspace, QWidget *parent = nullptr);

    // Shows the notes of `program` (loaded whole, for its tracks and
    // sites) on `targetKey`, or on the program itself when empty.
    void setProgram(const rw::Program &program, const QString &targetKey = {});
    void setTarget(const QString &targetKey);
    void clear();

    // Starts a new own note on the current target, from a template (an id
    // from NoteTemplates) or blank, and puts the cursor in it.
    void newNote(const QString &templateId = {});
    void deleteCurrentNote();
    // Saves typing that has not been saved yet.
    void flush();

    const rw::NoteTarget &target() const { return m_target; }
    qint64 currentNoteId() const { return m_currentId; }
    NoteEditor *editor() const { return m_editor; }
    QListView *noteList() const { return m_list; }
    QComboBox *targetBox() const { return m_targetBox; }
    QComboBox *authorBox() const { return m_authorBox; }
    SafeTextBrowser *viewer() const { return m_viewer; }

private:
    void reload();
    void reloadAuthors();
    void fillTargets(const QString &selectKey);
    void save();
    void showNote(int row);
    void showDraft(const QString &body);
    void selectCurrentRow();
    void updateView();
    void updateStatus(const QString &error = {});
    void targetChosen();

    Workspace *m_workspace;
    rw::Program m_program;
    rw::NoteTarget m_target;
    qint64 m_currentId = 0; // 0: a draft, written on the first save
    rw::Note m_saved; // the current own note as stored
    bool m_viewingPeer = false;
    bool m_saving = false;

    NoteListModel *m_model;
    QComboBox *m_targetBox;
    QComboBox *m_authorBox;
    QToolButton *m_newButton;
    QToolButton *m_deleteButton;
    QToolButton *m_previewButton;
    QListView *m_list;
    QStackedWidget *m_stack;
    NoteEditor *m_editor;
    SafeTextBrowser *m_viewer;
    QLabel *m_status;
};
