#pragma once

#include "model/program.h"
#include "model/resource.h"
#include "search/programindex.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class NotesPanel;
class ProgramDetailsView;
class ProgramTreeModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTreeView;
class Workspace;

// The Browse tab: the filterable program tree on the left; the selected
// program's details and the notes panel on the right. It owns the actions
// that act on the selection (add, edit, delete, compare, new note); the
// window puts them in its menus and toolbar.
class BrowsePage : public QWidget
{
    Q_OBJECT

public:
    explicit BrowsePage(Workspace *workspace, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *stateBox() const { return m_stateBox; }
    QComboBox *trackTypeBox() const { return m_typeBox; }
    QComboBox *categoryBox() const { return m_categoryBox; }
    QTreeView *programView() const { return m_view; }
    ProgramDetailsView *detailsView() const { return m_details; }
    NotesPanel *notesPanel() const { return m_notes; }
    ProgramTreeModel *programModel() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }

    QAction *addProgramAction() const { return m_addProgram; }
    QAction *addTrackAction() const { return m_addTrack; }
    QAction *addSiteAction() const { return m_addSite; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *compareAction() const { return m_compare; }
    QAction *newNoteAction() const { return m_newNote; }
    QAction *addToRankListAction() const { return m_addToRankList; }

    // Reads programs again and re-applies the filter; selects `focusKey`
    // (a program, track or site key) or else what was selected.
    void reload(const QString &focusKey = {});
    void selectKey(const QString &key);
    // The key of the current row: a program or a track.
    QString currentKey() const;
    // Keys of the selected rows, top to bottom.
    QStringList selectedKeys() const;
    void focusFilter();
    // Filters now rather than after the typing pause; returns nothing, but
    // lastFilterMs() then says what the pass cost (for the benchmark).
    void applyFilter();
    qint64 lastFilterMs() const { return m_lastFilterMs; }

    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

Q_SIGNALS:
    void compareRequested(const QStringList &keys);
    // The user asked to put this track on the current rank list.
    void addToRankListRequested(const QString &trackKey);
    void statusMessage(const QString &message);

private:
    void createActions();
    void scheduleFilter();
    void fillFacets();
    rw::SearchFacets facets() const;
    void currentChanged();
    void showProgram(const QString &programKey, const QString &targetKey);
    void refreshNotes(const QString &programKey);
    void updateActions();
    QString rankableTrackKey() const;
    void showContextMenu(const QPoint &pos);

    Workspace *m_workspace;
    ProgramTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filterEdit;
    QComboBox *m_stateBox;
    QComboBox *m_typeBox;
    QComboBox *m_categoryBox;
    QTreeView *m_view;
    QLabel *m_summary;
    ProgramDetailsView *m_details;
    NotesPanel *m_notes;
    QSplitter *m_splitter;
    QSplitter *m_rightSplitter;

    QTimer m_filterTimer;
    QTimer m_detailsTimer;
    qint64 m_lastFilterMs = 0;
    rw::Program m_shown; // the program in the details view, whole
    QList<rw::Resource> m_resources;

    QAction *m_addProgram;
    QAction *m_addTrack;
    QAction *m_addSite;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_compare;
    QAction *m_newNote;
    QAction *m_addToRankList = nullptr;
};
