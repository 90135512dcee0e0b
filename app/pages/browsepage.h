#pragma once

#include "model/program.h"
#include "model/resource.h"
#include "search/programindex.h"
#include "workspace.h"

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
class QSplitter;
class SearchIndexBuilder;
class QTreeView;

// The Browse tab: the filterable program tree on the left; the selected
// program's details and the notes panel on the right. It owns the actions
// that act on the selection (add, edit, delete, compare, new note); the
// window puts them in its menus and toolbar.
//
// A large database loads what the screen needs first (browseloading.cpp):
// the first programs by name before the window first paints, the rest of
// the list right after, and the filter's search text on a worker thread
// (SearchIndexBuilder); typing before it is ready filters once it is.
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
    // (a program, track or site key) or else what was selected. The focus
    // program's search text is read again; with no focus key, everyone's.
    void reload(const QString &focusKey = {});
    // Whether every program is listed (false between the first screenful
    // of a large database and the rest) and the filter searches everyone's
    // current text (false while it is read in the background; the text
    // held meanwhile, if any, still serves the filter).
    bool isListComplete() const { return !m_partial; }
    bool isSearchReady() const;
    // Lists the rest of the programs now rather than after the first paint.
    void completeList();

    // Databases with more programs than these list a first screenful
    // (`firstPage` programs) before the rest, and build the filter's search
    // text in the background (defaults: 1000, 300 and 80). For tests.
    static void setLargeDatabaseThresholds(int firstPageAbove, int backgroundIndexAbove,
                                           int firstPage = 80);
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

    // The splitters and columns, kept in the settings (Settings::browse…).
    void saveLayout() const;
    void restoreLayout();

Q_SIGNALS:
    // The filter's search text is complete (after a background build).
    void searchReady();
    void compareRequested(const QStringList &keys);
    // The user asked to put this track on the current rank list.
    void addToRankListRequested(const QString &trackKey);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Up to this many programs shown, their tracks are shown too.
    static constexpr int kExpandAllLimit = 1000;

    void createActions();
    // browseloading.cpp
    void loadDatabase();
    void finishFirstScreen();
    // Reads the list; selects `keep`; reads the search text of the program
    // `changed` names (a program, track or site key), or everyone's.
    void readList(const QString &keep, const QString &changed);
    void refreshEntries(const QStringList &programKeys);
    void rebuildSearchIndex();
    void searchIndexBuilt(QList<rw::ProgramIndex::ProgramEntry> entries);
    void updateSummary(int programs, int tracks, bool filtered);
    void scheduleFilter();
    void fillFacets();
    rw::SearchFacets facets() const;
    void currentChanged();
    void showProgram(const QString &programKey, const QString &targetKey);
    void followChange(const Workspace::Changed &change);
    void refreshNotes(const QString &programKey);
    void updateActions();
    QString rankableTrackKey() const;
    void showContextMenu(const QPoint &pos);

    Workspace *m_workspace;
    ProgramTreeModel *m_model;
    SearchIndexBuilder *m_indexBuilder;
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
    bool m_partial = false; // only the first screenful is listed
    bool m_holdDetails = false; // until the first screenful has painted
    bool m_firstScreenQueued = false; // finishFirstScreen() is on its way
    int m_total = 0; // programs in the database, while m_partial
    // Programs whose search text changed while a background build ran.
    QStringList m_staleEntries;
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
