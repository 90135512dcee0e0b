#include "mainwindow.h"

#include "models/programtreemodel.h"
#include "storage/database.h"
#include "storage/programrepository.h"
#include "views/programdetailsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace rw;

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_model(new ProgramTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_programView(new QTreeView(this))
    , m_details(new ProgramDetailsView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setWindowTitle(tr("%1 — Rankwise").arg(QFileInfo(m_database->path()).fileName()));
    setWindowFilePath(m_database->path());

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProgramTreeModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filterEdit->setPlaceholderText(tr("Filter programs, institutions, cities…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter programs"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_programView->setModel(m_proxy);
    m_programView->setSortingEnabled(true);
    m_programView->sortByColumn(ProgramTreeModel::NameColumn, Qt::AscendingOrder);
    m_programView->setUniformRowHeights(true);
    m_programView->setAlternatingRowColors(true);
    m_programView->setAccessibleName(tr("Programs and tracks"));
    m_programView->header()->setSectionResizeMode(ProgramTreeModel::NameColumn,
                                                  QHeaderView::Interactive);
    m_programView->header()->resizeSection(ProgramTreeModel::NameColumn, 320);
    connect(m_programView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelectedProgram);

    auto *browser = new QWidget(this);
    auto *browserLayout = new QVBoxLayout(browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addWidget(m_filterEdit);
    browserLayout->addWidget(m_programView);

    m_splitter->addWidget(browser);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();
    statusBar()->showMessage(m_database->path());
    reloadPrograms();
    restoreLayout();
    m_programView->setFocus(Qt::OtherFocusReason);
    if (m_proxy->rowCount() > 0)
        m_programView->setCurrentIndex(m_proxy->index(0, 0));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit =
        file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Rankwise"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::reloadPrograms()
{
    auto programs = ProgramRepository(*m_database).listPrograms();
    if (!programs) {
        QMessageBox::warning(this, tr("Cannot read programs"), programs.message());
        return;
    }
    m_model->setPrograms(std::move(programs.value()));
    m_programView->expandAll();
    statusBar()->showMessage(tr("%n program(s)", nullptr, int(m_model->programs().size())));
}

void MainWindow::showSelectedProgram()
{
    const QModelIndex current = m_proxy->mapToSource(m_programView->currentIndex());
    const Program *summary = m_model->programAt(current);
    if (!summary) {
        m_details->clear();
        return;
    }
    ProgramRepository repository(*m_database);
    auto program = repository.program(summary->key);
    if (!program) {
        QMessageBox::warning(this, tr("Cannot read the program"), program.message());
        return;
    }
    auto resources = repository.resources();
    m_details->showProgram(*program, resources ? *resources : QList<Resource>());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_programView->header()->restoreState(
        settings.value(QStringLiteral("window/programColumns")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/programColumns"),
                      m_programView->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rankwise"),
                       tr("<h3>Rankwise %1</h3><p>Compare residency programs, keep private notes "
                          "and build your rank order list, entirely offline.</p>")
                           .arg(QStringLiteral(RANKWISE_VERSION)));
}
