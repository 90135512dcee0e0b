#include "dialogs/importcsvdialog.h"

#include "models/csvcolumnsmodel.h"
#include "models/csvrowsmodel.h"
#include "storage/database.h"
#include "storage/ranklistrepository.h"
#include "undo/sharingcommands.h"
#include "util/inerttext.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace rw;

namespace {

// Picks a column's role from a list.
class RoleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (CsvRole role : allCsvRoles())
            box->addItem(csvRoleDisplayName(role), int(role));
        box->setAccessibleName(ImportCsvDialog::tr("Import the column as"));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        const auto *box = static_cast<QComboBox *>(editor);
        if (box->currentData() != index.data(Qt::EditRole))
            model->setData(index, box->currentData(), Qt::EditRole);
    }
};

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTabKeyNavigation(false);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

ImportCsvDialog::ImportCsvDialog(Workspace *workspace, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_origin(QFileInfo(path).fileName())
    , m_fileLabel(new QLabel(this))
    , m_columnsModel(new CsvColumnsModel(this))
    , m_rowsModel(new CsvRowsModel(this))
    , m_columnsView(makeTable(m_columnsModel, tr("Columns of the file"), this))
    , m_rowsView(makeTable(m_rowsModel, tr("Rows of the file"), this))
    , m_toList(new QCheckBox(tr("Put the rows on the rank &list"), this))
    , m_listName(new QComboBox(this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_replanTimer(new QTimer(this))
{
    setWindowTitle(tr("Import a Spreadsheet — %1").arg(InertText::visibleLine(m_origin)));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);

    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_fileLabel);

    m_columnsView->setItemDelegateForColumn(CsvColumnsModel::RoleColumn, new RoleDelegate(this));
    m_columnsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_columnsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    QHeaderView *columnsHeader = m_columnsView->horizontalHeader();
    columnsHeader->setSectionResizeMode(CsvColumnsModel::NumberColumn,
                                        QHeaderView::ResizeToContents);
    columnsHeader->resizeSection(CsvColumnsModel::HeaderColumn, 170);
    columnsHeader->resizeSection(CsvColumnsModel::RoleColumn, 190);
    columnsHeader->resizeSection(CsvColumnsModel::SamplesColumn, 220);
    columnsHeader->setStretchLastSection(true);
    auto *columnsBox = new QGroupBox(tr("Columns: what each one is (click a role to change it)"));
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columnsView);

    QHeaderView *rowsHeader = m_rowsView->horizontalHeader();
    rowsHeader->setSectionResizeMode(CsvRowsModel::LineColumn, QHeaderView::ResizeToContents);
    rowsHeader->resizeSection(CsvRowsModel::ProgramColumn, 220);
    rowsHeader->resizeSection(CsvRowsModel::TrackColumn, 120);
    rowsHeader->resizeSection(CsvRowsModel::CodeColumn, 90);
    rowsHeader->setSectionResizeMode(CsvRowsModel::RankColumn, QHeaderView::ResizeToContents);
    rowsHeader->resizeSection(CsvRowsModel::OutcomeColumn, 190);
    rowsHeader->setStretchLastSection(true);
    m_rowsView->setTextElideMode(Qt::ElideRight);
    auto *rowsBox = new QGroupBox(tr("Rows: what each one becomes here"));
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->addWidget(m_rowsView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(columnsBox);
    splitter->addWidget(rowsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_columnsView->setMinimumHeight(m_columnsView->verticalHeader()->defaultSectionSize() * 4);
    layout->addWidget(splitter, 1);

    auto *listRow = new QHBoxLayout;
    m_listName->setEditable(true);
    m_listName->setInsertPolicy(QComboBox::NoInsert);
    m_listName->setAccessibleName(tr("Name of the rank list"));
    m_listName->setMinimumContentsLength(24);
    if (auto lists = RankListRepository(*m_workspace->database()).all()) {
        for (const RankList &list : *lists)
            m_listName->addItem(list.name);
    }
    m_listName->setEditText(
        QFileInfo(path).completeBaseName().left(int(RankListRepository::kMaxNameLength)));
    m_toList->setToolTip(tr("In the order of the Rank column, or of the rows when there is none. "
                            "An existing list's order is replaced, after a snapshot."));
    listRow->addWidget(m_toList);
    listRow->addWidget(m_listName, 1);
    layout->addLayout(listRow);

    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setIconSize(QSize(16, 16));
    m_problems->hide();
    layout->addWidget(m_problems);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("What the import does"));
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportCsvDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_replanTimer->setSingleShot(true);
    m_replanTimer->setInterval(200);
    connect(m_replanTimer, &QTimer::timeout, this, &ImportCsvDialog::replan);
    connect(m_toList, &QCheckBox::toggled, this, [this](bool on) {
        m_listName->setEnabled(on);
        replan();
    });
    connect(m_listName, &QComboBox::editTextChanged, m_replanTimer, qOverload<>(&QTimer::start));
    connect(m_columnsModel, &CsvColumnsModel::roleChosen, this, [this](int column, CsvRole role) {
        m_roles.insert(column, role);
        // After the editor has closed: replanning resets the model under it.
        QTimer::singleShot(0, this, &ImportCsvDialog::replan);
    });
    connect(m_problems, &QListWidget::currentRowChanged, this, &ImportCsvDialog::showProblemAt);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto table = CsvImporter::readFile(path);
    QApplication::restoreOverrideCursor();
    if (table) {
        m_table = std::move(*table);
        m_readable = true;
    } else {
        m_plan.origin = m_origin;
        m_plan.problems.append({0, 0, table.message()});
    }
    bool ranked = false;
    for (const QString &header : std::as_const(m_table.header))
        ranked = ranked || CsvColumns::roleForHeader(header) == CsvRole::Rank;
    m_toList->setChecked(ranked);
    m_listName->setEnabled(ranked);
    replan();

    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(qMin(1100, available.width() * 9 / 10), qMin(760, available.height() * 9 / 10));
    // Every column in sight when there is room: they are what the user checks first.
    const int rowHeight = m_columnsView->verticalHeader()->defaultSectionSize();
    const int columnsWanted = rowHeight * (int(m_table.header.size()) + 1) + 40;
    const int total = splitter->height() > 100 ? splitter->height() : height() / 2;
    splitter->setSizes(
        {qMin(columnsWanted, total * 3 / 5), total - qMin(columnsWanted, total * 3 / 5)});
}

CsvImportOptions ImportCsvDialog::options() const
{
    CsvImportOptions options;
    options.roles = m_roles;
    if (m_toList->isChecked())
        options.listName = m_listName->currentText().trimmed();
    return options;
}

void ImportCsvDialog::replan()
{
    m_replanTimer->stop();
    if (m_readable) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto planned = CsvImporter(*m_workspace->database()).plan(m_table, options(), m_origin);
        QApplication::restoreOverrideCursor();
        if (planned) {
            m_plan = std::move(*planned);
        } else {
            // A bad list name: the file itself may be fine.
            m_plan.problems = {{0, 0, planned.message()}};
        }
    }
    m_columnsModel->setPlan(m_plan);
    m_rowsModel->setPlan(m_plan);

    m_fileLabel->setText(
        m_readable
            ? tr("%1: %n row(s), separated by “%2”%3.", nullptr, int(m_table.rows.size()))
                  .arg(InertText::visibleLine(m_origin), m_table.separator,
                       m_table.hadByteOrderMark ? tr(", UTF-8 with a byte order mark") : QString())
            : tr("%1 cannot be imported.").arg(InertText::visibleLine(m_origin)));

    m_problems->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const CsvProblem &problem : std::as_const(m_plan.problems)) {
        auto *item = new QListWidgetItem(warning, problem.text(), m_problems);
        item->setData(Qt::UserRole, problem.line);
        item->setData(Qt::UserRole + 1, problem.column);
    }
    m_problems->setVisible(!m_plan.problems.isEmpty());
    if (m_problems->count() > 0) {
        // As tall as its lines, up to five; it scrolls beyond.
        const int lines = qMin(m_problems->count(), 5);
        m_problems->setFixedHeight(m_problems->sizeHintForRow(0) * lines
                                   + 2 * m_problems->frameWidth() + 4);
    }
    if (m_plan.ok()) {
        m_summary->setText(m_plan.summary() + u' '
                           + tr("The import is one step: Edit › Undo takes it all back."));
    } else {
        m_summary->setText(tr("%n problem(s) to fix in the file (or by choosing what a column "
                              "is) before it can be imported. Nothing has been written.",
                              nullptr, int(m_plan.problems.size())));
    }
    m_import->setEnabled(m_readable && m_plan.ok() && !m_plan.rows.isEmpty());
}

void ImportCsvDialog::showProblemAt(int index)
{
    QListWidgetItem *item = m_problems->item(index);
    if (!item)
        return;
    const int line = item->data(Qt::UserRole).toInt();
    const int column = item->data(Qt::UserRole + 1).toInt();
    if (line == 1 && column > 0) {
        m_columnsView->setCurrentIndex(
            m_columnsModel->index(column - 1, CsvColumnsModel::HeaderColumn));
    } else if (const int row = m_rowsModel->rowOfLine(line); row >= 0) {
        m_rowsView->selectRow(row);
        m_rowsView->scrollTo(m_rowsModel->index(row, 0));
    }
}

void ImportCsvDialog::accept()
{
    replan(); // the list name may have changed a moment ago
    if (!m_import->isEnabled())
        return;
    const CsvImportOptions chosen = options();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status =
        m_workspace->push(new ImportCsvCommand(m_workspace, m_table, chosen, m_origin));
    QApplication::restoreOverrideCursor();
    if (!status) {
        m_problems->clear();
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxCritical), status.message(),
                            m_problems);
        m_problems->show();
        return;
    }
    Q_EMIT imported(chosen.listName);
    QDialog::accept();
}
