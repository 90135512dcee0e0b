#pragma once

#include "util/result.h"

#include <QMainWindow>

#include <memory>

class BrowsePage;
class ComparePage;
class RankPage;
class ProgramDetailsView;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTreeView;
class QUndoStack;
class Workspace;

namespace rw {
class Database;
}

// The workspace window: pages in tabs (Browse, Compare, and those added
// with addWorkspacePage()), the File, Edit, View, Program and Help menus,
// and the undo stack every edit goes through. Its title names the open
// database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<rw::Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What pages use: the open database (it changes on File > Open; listen to
    // Workspace::databaseChanged) and the undo stack.
    Workspace *workspace() const { return m_workspace; }
    rw::Database *database() const;
    QUndoStack *undoStack() const;
    // Adds a page as a tab after the existing ones, reachable from the View
    // menu with Ctrl+<its number>.
    void addWorkspacePage(QWidget *page, const QString &title, const QIcon &icon);
    void showPage(QWidget *page);

    BrowsePage *browsePage() const { return m_browse; }
    ComparePage *comparePage() const { return m_compare; }
    RankPage *rankPage() const { return m_rank; }
    QTabWidget *pages() const { return m_tabs; }
    QTreeView *programView() const;
    QLineEdit *filterEdit() const;
    ProgramDetailsView *detailsView() const;
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *findAction() const { return m_find; }

    // File menu work, callable directly: errors are shown in a message box
    // and the current database stays open. Return whether it worked.
    bool openDatabase(const QString &path);
    bool createDatabase(const QString &path);
    // The open database was found damaged after it was opened (StartupChecks
    // reads every page once the window is up): closes it and offers the
    // recovery dialog, as start-up does; closes the window when the user
    // chooses to quit.
    void recoverDamagedDatabase(const QString &failure);
    // Shows the import preview for a classmate's note file (File > Import,
    // a .rwnotes file given on the command line or double-clicked).
    void importNotesFile(const QString &path);
    // Shows the preview of a spreadsheet import (File > Import Spreadsheet).
    void importCsvFile(const QString &path);
    // Writes the rank list shown on the Rank List page as CSV; errors are
    // shown in a message box.
    bool exportRankListCsv(const QString &path);

    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *printAction() const { return m_print; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *importCsvAction() const { return m_importCsv; }
    QAction *preferencesAction() const { return m_preferences; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void chooseNewDatabase();
    void chooseDatabaseToOpen();
    bool switchTo(const QString &path, bool creating);
    void fillRecentMenu();
    void updateTitle();
    void updateCompareTitle(int count);
    void restoreLayout();
    void saveLayout() const;
    void showAbout();
    void updateReadOnlyNotice();
    void chooseNotesFileToImport();
    void exportNotes();
    void manageClassmates();
    void createListActions(QMenu *file);
    void showReportDialog(int purpose);
    void chooseCsvExportPath();
    void chooseCsvToImport();
    void showPreferences();

    Workspace *m_workspace;
    QTabWidget *m_tabs;
    BrowsePage *m_browse;
    ComparePage *m_compare;
    RankPage *m_rank = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_importCsv = nullptr;
    QAction *m_preferences = nullptr;
    QLabel *m_pathLabel;
    QLabel *m_readOnlyNotice;
};
