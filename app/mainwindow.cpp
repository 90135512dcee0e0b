#include "mainwindow.h"

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

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_tabs(new QTabWidget(this))
    , m_browse(new BrowsePage(m_workspace, this))
    , m_compare(new ComparePage(m_workspace, this))
    , m_pathLabel(new QLabel(this))
    , m_readOnlyNotice(new QLabel(this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Pages"));
    m_tabs->addTab(m_browse, Icons::themedOnly(QStringLiteral("view-list-details")), tr("&Browse"));
    m_tabs->addTab(m_compare, Icons::themedOnly(QStringLiteral("view-split-left-right")),
                   tr("&Compare"));
    // A banner above the pages while the file cannot be written; plain text
    // because the reason names a path.
    m_readOnlyNotice->setTextFormat(Qt::PlainText);
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setFrameShape(QFrame::StyledPanel);
    m_readOnlyNotice->setMargin(6);
    m_readOnlyNotice->setBackgroundRole(QPalette::ToolTipBase);
    m_readOnlyNotice->setForegroundRole(QPalette::ToolTipText);
    m_readOnlyNotice->setAutoFillBackground(true);
    m_readOnlyNotice->setAccessibleName(tr("Read-only notice"));
    m_readOnlyNotice->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyNotice);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createActions();
    createToolBar();
    statusBar()->addPermanentWidget(m_pathLabel);

    connect(m_browse, &BrowsePage::compareRequested, this, [this](const QStringList &keys) {
        m_compare->setItems(keys);
        showPage(m_compare);
    });
    connect(m_browse, &BrowsePage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_compare, &ComparePage::itemsChanged, this, &MainWindow::updateCompareTitle);
    connect(m_workspace, &Workspace::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Rankwise"), message);
    });
    connect(m_workspace, &Workspace::databaseChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::databaseChanged, this, &MainWindow::updateReadOnlyNotice);
    connect(m_workspace, &Workspace::changedElsewhere, this, [this] {
        statusBar()->showMessage(
            tr("Updated with changes saved elsewhere (another Rankwise window or rankwise-cli)."),
            8000);
    });

    m_rank = new RankPage(m_workspace, this);
    addWorkspacePage(m_rank, tr("&Rank List"),
                     Icons::themedOnly(QStringLiteral("view-sort-descending")));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_rank->setListActions(
        {m_exportPdf, m_printPreview, m_print, separator, m_exportCsv, separator2, m_importCsv});
    connect(m_browse, &BrowsePage::addToRankListRequested, this, [this](const QString &trackKey) {
        if (Status added = m_rank->addTrack(trackKey); !added)
            QMessageBox::warning(this, tr("Cannot add to the rank list"), added.message());
        else
            statusBar()->showMessage(tr("Added to the rank list."), 5000);
    });

    restoreLayout();
    if (database) {
        RecentDatabases::add(database->path());
        m_workspace->setDatabase(std::move(database));
    }
    fillRecentMenu();
    m_browse->programView()->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // While the pages still exist, so pending note text is saved.
    m_workspace->closeDatabase();
}

Database *MainWindow::database() const
{
    return m_workspace->database();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_workspace->undoStack();
}

QTreeView *MainWindow::programView() const
{
    return m_browse->programView();
}

QLineEdit *MainWindow::filterEdit() const
{
    return m_browse->filterEdit();
}

ProgramDetailsView *MainWindow::detailsView() const
{
    return m_browse->detailsView();
}

void MainWindow::addWorkspacePage(QWidget *page, const QString &title, const QIcon &icon)
{
    m_tabs->addTab(page, icon, title);
    const int number = m_tabs->count();
    QAction *show = m_viewMenu->addAction(icon, title);
    if (number <= 9)
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    connect(show, &QAction::triggered, this, [this, page] { showPage(page); });
}

void MainWindow::showPage(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(
        Icons::themed(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("&New Database…"));
    newDb->setShortcut(QKeySequence::New);
    newDb->setToolTip(tr("Start an empty database with the bundled catalog"));
    connect(newDb, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    QAction *open =
        file->addAction(Icons::themed(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton),
                        tr("&Open Database…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    m_recentMenu = file->addMenu(Icons::themedOnly(QStringLiteral("document-open-recent")),
                                 tr("Open &Recent"));
    file->addSeparator();
    QAction *importNotes = file->addAction(Icons::themedOnly(QStringLiteral("document-import")),
                                           tr("&Import a Classmate's Notes…"));
    importNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importNotes->setToolTip(tr("Preview a .rwnotes file and add its notes beside yours"));
    connect(importNotes, &QAction::triggered, this, &MainWindow::chooseNotesFileToImport);
    QAction *exportNotes = file->addAction(Icons::themedOnly(QStringLiteral("document-export")),
                                           tr("&Export Notes to Share…"));
    exportNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportNotes->setToolTip(tr("Write your notes to a .rwnotes file for classmates"));
    connect(exportNotes, &QAction::triggered, this, &MainWindow::exportNotes);
    QAction *classmates =
        file->addAction(Icons::themedOnly(QStringLiteral("system-users")), tr("C&lassmates…"));
    classmates->setToolTip(tr("See whose notes you imported and remove a classmate's notes"));
    connect(classmates, &QAction::triggered, this, &MainWindow::manageClassmates);
    file->addSeparator();
    createListActions(file);
    file->addSeparator();
    QAction *quit =
        file->addAction(Icons::themedOnly(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *stack = m_workspace->undoStack();
    m_undo = edit->addAction(Icons::themed(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack),
                             tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIconText(tr("Undo"));
    m_undo->setEnabled(false);
    m_redo = edit->addAction(Icons::themed(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward),
                             tr("&Redo"));
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setIconText(tr("Redo"));
    m_redo->setEnabled(false);
    // Typing not yet saved becomes an edit first, so undo takes it back too.
    connect(m_undo, &QAction::triggered, this, [this, stack] {
        m_workspace->flushPendingEdits();
        stack->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this, stack] {
        m_workspace->flushPendingEdits();
        stack->redo();
    });
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
        m_undo->setIconText(tr("Undo"));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
        m_redo->setIconText(tr("Redo"));
    });
    edit->addSeparator();
    m_find = edit->addAction(Icons::themedOnly(QStringLiteral("edit-find")), tr("&Find…"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setToolTip(tr("Filter the programs"));
    connect(m_find, &QAction::triggered, this, [this] {
        showPage(m_browse);
        m_browse->focusFilter();
    });
    edit->addSeparator();
    m_preferences = edit->addAction(Icons::themedOnly(QStringLiteral("preferences-system")),
                                    tr("&Preferences…"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setToolTip(tr("The applicant's name and the paper size for printed lists"));
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *browse = m_viewMenu->addAction(tr("&Browse"));
    browse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(browse, &QAction::triggered, this, [this] { showPage(m_browse); });
    QAction *compare = m_viewMenu->addAction(tr("&Compare"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(compare, &QAction::triggered, this, [this] { showPage(m_compare); });

    QMenu *program = menuBar()->addMenu(tr("&Program"));
    program->addAction(m_browse->addProgramAction());
    program->addAction(m_browse->addTrackAction());
    program->addAction(m_browse->addSiteAction());
    program->addAction(m_browse->editAction());
    program->addAction(m_browse->deleteAction());
    program->addSeparator();
    program->addAction(m_browse->compareAction());
    program->addAction(m_browse->newNoteAction());
    program->addAction(m_browse->addToRankListAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        help->addAction(Icons::themedOnly(QStringLiteral("help-about")), tr("&About Rankwise"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_browse->addProgramAction());
    bar->addAction(m_browse->editAction());
    bar->addAction(m_browse->deleteAction());
    bar->addSeparator();
    bar->addAction(m_browse->compareAction());
    bar->addAction(m_browse->newNoteAction());
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
}

void MainWindow::chooseNewDatabase()
{
    const QString dir =
        QFileInfo(database() ? database()->path() : Database::defaultPath()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                dir + QStringLiteral("/rankwise.sqlite"),
                                                tr("Rankwise databases (*.sqlite);;All files (*)"),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    createDatabase(path);
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString dir =
        QFileInfo(database() ? database()->path() : Database::defaultPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), dir, tr("Rankwise databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

bool MainWindow::createDatabase(const QString &path)
{
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Cannot create the database"),
                             tr("“%1” already exists. Choose another name, or open it with "
                                "File › Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return switchTo(path, true);
}

bool MainWindow::openDatabase(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("Cannot open the database"),
            tr("“%1” does not exist (any more).").arg(QDir::toNativeSeparators(path)));
        RecentDatabases::remove(path);
        fillRecentMenu();
        return false;
    }
    return switchTo(path, false);
}

bool MainWindow::switchTo(const QString &path, bool creating)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (database() && QFileInfo(database()->path()).absoluteFilePath() == absolute)
        return true;
    m_workspace->flushPendingEdits();
    const QString title =
        creating ? tr("Cannot create the database") : tr("Cannot open the database");
    auto opened = Database::open(absolute);
    if (!opened) {
        QMessageBox::warning(this, title, opened.message());
        return false;
    }
    if (auto installed = BundledCatalog::install(**opened); !installed) {
        QMessageBox::warning(this, title, installed.message());
        return false;
    }
    m_workspace->setDatabase(std::move(opened.value()));
    RecentDatabases::add(absolute);
    fillRecentMenu();
    statusBar()->showMessage(creating ? tr("Created %1").arg(QDir::toNativeSeparators(absolute))
                                      : tr("Opened %1").arg(QDir::toNativeSeparators(absolute)),
                             6000);
    return true;
}

void MainWindow::recoverDamagedDatabase(const QString &failure)
{
    if (!database())
        return;
    const QString path = database()->path();
    m_workspace->closeDatabase();
    DatabaseOpener opener(path, this);
    std::unique_ptr<Database> recovered = opener.recoverFrom(failure);
    if (!recovered) {
        close();
        return;
    }
    m_workspace->setDatabase(std::move(recovered));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::list();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(tr("%1 — %2").arg(
            QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentDatabases::clear();
        fillRecentMenu();
    });
}

void MainWindow::updateTitle()
{
    // Every edit is saved as it happens, so there is no "unsaved" mark.
    const QString path = database() ? database()->path() : QString();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("Rankwise")
                                  : tr("%1 — Rankwise").arg(QFileInfo(path).fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_pathLabel->setToolTip(tr("The open database; every change is saved to it as you make it."));
}

void MainWindow::updateCompareTitle(int count)
{
    const int index = m_tabs->indexOf(m_compare);
    m_tabs->setTabText(index, count > 0 ? tr("&Compare (%1)").arg(count) : tr("&Compare"));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(Settings::windowGeometry.get())) {
        // First start: fill a small screen, leave a margin on a large one.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        if (available.width() <= 1600)
            setGeometry(available);
        else
            resize(1480, 940);
    }
    restoreState(Settings::windowState.get());
    m_browse->restoreLayout();
    m_tabs->setCurrentIndex(Settings::windowPage.get() == 1 ? 1 : 0);
}

void MainWindow::saveLayout() const
{
    Settings::windowGeometry.set(saveGeometry());
    Settings::windowState.set(saveState());
    Settings::windowPage.set(m_tabs->currentIndex());
    m_browse->saveLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_workspace->closeDatabase();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rankwise"),
                       tr("<h3>Rankwise %1</h3><p>Compare residency programs, keep private notes "
                          "and build your rank order list, entirely offline.</p>")
                           .arg(QStringLiteral(RANKWISE_VERSION)));
}

void MainWindow::updateReadOnlyNotice()
{
    const Database *db = database();
    if (db && db->isReadOnly()) {
        m_readOnlyNotice->setText(tr("Read-only because %1. You can look at everything; changes "
                                     "cannot be saved to this file.")
                                      .arg(db->readOnlyReason()));
        m_readOnlyNotice->show();
    } else {
        m_readOnlyNotice->hide();
    }
}
