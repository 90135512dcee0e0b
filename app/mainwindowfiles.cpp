// MainWindow's exchanges with files: classmates' note files, the rank
// list's PDF and CSV, spreadsheets to import, and the preferences.
#include "catalog/bundledcatalog.h"
#include "dialogs/exportnotesdialog.h"
#include "dialogs/exportpdfdialog.h"
#include "dialogs/importcsvdialog.h"
#include "dialogs/importpreviewdialog.h"
#include "dialogs/peersdialog.h"
#include "dialogs/preferencesdialog.h"
#include "errorhints.h"
#include "exchange/ranklistcsv.h"
#include "icons.h"
#include "mainwindow.h"
#include "pages/browsepage.h"
#include "pages/comparepage.h"
#include "pages/rankpage.h"
#include "recentdatabases.h"
#include "settings/appsettings.h"
#include "startup/databaseopener.h"
#include "storage/database.h"
#include "util/keys.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace rw;

void MainWindow::chooseNotesFileToImport()
{
    const QString dir = Settings::folder(Settings::sharingFolder);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a Classmate's Notes"), dir,
                                     tr("Rankwise notes (*.rwnotes);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::rememberFolder(Settings::sharingFolder, path);
    importNotesFile(path);
}

void MainWindow::importNotesFile(const QString &path)
{
    if (!database())
        return;
    m_workspace->flushPendingEdits();
    ImportPreviewDialog dialog(m_workspace, path, this);
    connect(&dialog, &ImportPreviewDialog::imported, this, [this](const QString &peer) {
        statusBar()->showMessage(tr("Imported the notes of %1.").arg(peer), 8000);
    });
    dialog.exec();
}

void MainWindow::exportNotes()
{
    Database *db = database();
    if (!db)
        return;
    m_workspace->flushPendingEdits();
    QStringList programs;
    for (const QString &key : m_browse->selectedKeys()) {
        const QString program = key.section(u'.', 0, 0).section(u'@', 0, 0);
        if (!programs.contains(program))
            programs.append(program);
    }
    ExportNotesDialog dialog(*db, programs, this);
    connect(&dialog, &ExportNotesDialog::exported, this, [this](const QString &path, int notes) {
        statusBar()->showMessage(
            tr("Wrote %n note(s) to %1.", nullptr, notes).arg(QDir::toNativeSeparators(path)),
            8000);
    });
    dialog.exec();
}

void MainWindow::manageClassmates()
{
    if (!database())
        return;
    PeersDialog dialog(m_workspace, this);
    dialog.exec();
}

void MainWindow::createListActions(QMenu *file)
{
    m_exportPdf = file->addAction(Icons::themedOnly(QStringLiteral("document-export")),
                                  tr("Export Rank List as P&DF…"));
    m_exportPdf->setToolTip(tr("Write the rank list as a PDF to print or bring to your advisor"));
    connect(m_exportPdf, &QAction::triggered, this,
            [this] { showReportDialog(int(ExportPdfDialog::Purpose::Save)); });
    m_printPreview = file->addAction(Icons::themedOnly(QStringLiteral("document-print-preview")),
                                     tr("Print Pre&view…"));
    m_printPreview->setToolTip(tr("See the printed rank list page by page"));
    connect(m_printPreview, &QAction::triggered, this,
            [this] { showReportDialog(int(ExportPdfDialog::Purpose::Preview)); });
    m_print = file->addAction(Icons::themedOnly(QStringLiteral("document-print")),
                              tr("&Print Rank List…"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this,
            [this] { showReportDialog(int(ExportPdfDialog::Purpose::Print)); });
    m_exportCsv = file->addAction(tr("Export Rank List as &CSV…"));
    m_exportCsv->setToolTip(tr("Write the rank list and your ratings as a spreadsheet"));
    connect(m_exportCsv, &QAction::triggered, this, &MainWindow::chooseCsvExportPath);
    m_importCsv = file->addAction(Icons::themedOnly(QStringLiteral("document-import")),
                                  tr("Import a &Spreadsheet (CSV)…"));
    m_importCsv->setToolTip(tr("Bring in programs, ratings and a rank order from a spreadsheet, "
                               "with a preview first"));
    connect(m_importCsv, &QAction::triggered, this, &MainWindow::chooseCsvToImport);
}

void MainWindow::showReportDialog(int purpose)
{
    Database *db = database();
    if (!db)
        return;
    m_workspace->flushPendingEdits();
    ExportPdfDialog dialog(*db, m_rank->currentListName(), ExportPdfDialog::Purpose(purpose), this);
    connect(&dialog, &ExportPdfDialog::saved, this,
            [this](const QString &path, int ranks, int pages) {
                statusBar()->showMessage(tr("Wrote %n rank(s)", nullptr, ranks) + u' '
                                             + tr("on %n page(s) to %1.", nullptr, pages)
                                                   .arg(QDir::toNativeSeparators(path)),
                                         8000);
            });
    dialog.exec();
}

bool MainWindow::exportRankListCsv(const QString &path)
{
    Database *db = database();
    if (!db)
        return false;
    m_workspace->flushPendingEdits();
    auto written = RankListCsv::exportTo(*db, m_rank->currentListName(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Cannot export the rank list"),
                             ErrorHints::text(written.error()));
        return false;
    }
    statusBar()->showMessage(
        tr("Wrote %n rank(s) to %1.", nullptr, written->ranks).arg(QDir::toNativeSeparators(path)),
        8000);
    return true;
}

void MainWindow::chooseCsvExportPath()
{
    const QString list = m_rank->currentListName();
    if (list.isEmpty()) {
        QMessageBox::information(this, tr("Export Rank List as CSV"),
                                 tr("You have no rank list yet: start one on the Rank List page."));
        return;
    }
    const QString dir = Settings::folder(Settings::reportFolder);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export “%1” as CSV").arg(list),
        QDir(dir).filePath(Keys::slugify(list, 40) + QStringLiteral(".csv")),
        tr("CSV spreadsheets (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    Settings::rememberFolder(Settings::reportFolder, path);
    exportRankListCsv(path);
}

void MainWindow::chooseCsvToImport()
{
    const QString dir = Settings::folder(Settings::importFolder);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a Spreadsheet"), dir, tr("CSV spreadsheets (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::rememberFolder(Settings::importFolder, path);
    importCsvFile(path);
}

void MainWindow::importCsvFile(const QString &path)
{
    if (!database())
        return;
    m_workspace->flushPendingEdits();
    ImportCsvDialog dialog(m_workspace, path, this);
    connect(&dialog, &ImportCsvDialog::imported, this, [this, path](const QString &listName) {
        if (!listName.isEmpty()) {
            m_rank->showList(listName);
            showPage(m_rank);
        }
        statusBar()->showMessage(
            tr("Imported %1. Edit › Undo takes the import back.").arg(QFileInfo(path).fileName()),
            8000);
    });
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}
