#include "dialogs/importpreviewdialog.h"

#include "exchange/notesfilereader.h"
#include "models/importpreviewmodel.h"
#include "storage/database.h"
#include "storage/peerrepository.h"
#include "text/displayformat.h"
#include "undo/sharingcommands.h"
#include "util/inerttext.h"
#include "views/sharedpartsview.h"
#include "widgets/safetextbrowser.h"
#include "workspace.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace rw;

namespace {

// Program names are long and the track or site comes last: elide the middle
// of the "In their file" and "Here" columns so both ends stay readable.
class TargetColumnDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == ImportPreviewModel::TheirTargetColumn
            || index.column() == ImportPreviewModel::MatchColumn)
            option->textElideMode = Qt::ElideMiddle;
    }
};

// Text from the file, made inert and escaped for a rich-text label.
QString safe(const QString &text)
{
    return InertText::visibleLine(text).toHtmlEscaped();
}

QString dateText(const QDateTime &time)
{
    return DisplayFormat::dateTime(time);
}

// Keeps the preview's own state of the rows it has, whatever the model's.
const ImportPreview kNoPreview;

} // namespace

ImportPreviewDialog::ImportPreviewDialog(Workspace *workspace, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_path(path)
{
    setWindowTitle(tr("Import Classmate's Notes"));
    setSizeGripEnabled(true);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto file = NotesFileReader::readFile(path);
    QApplication::restoreOverrideCursor();
    if (!file) {
        m_error = file.message();
        buildErrorUi(m_error);
        return;
    }
    m_file = std::move(*file);
    m_valid = true;
    buildPreviewUi();
    refreshPreview();
    // Roomy on a large screen, never larger than a small one.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(qMin(1180, available.width() * 9 / 10), qMin(760, available.height() * 9 / 10));
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

Database &ImportPreviewDialog::db() const
{
    return *m_workspace->database();
}

const ImportPreview &ImportPreviewDialog::preview() const
{
    return m_model ? m_model->preview() : kNoPreview;
}

void ImportPreviewDialog::buildErrorUi(const QString &message)
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *text = new QLabel;
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(
        QStringLiteral("<p><b>") + tr("This note file cannot be imported.").toHtmlEscaped()
        + QStringLiteral("</b></p><p>") + safe(message) + QStringLiteral("</p><p>")
        + tr("Nothing was changed. Ask your classmate to export the file again.").toHtmlEscaped()
        + QStringLiteral("</p>"));
    text->setAccessibleName(tr("Why the file was refused"));
    text->setMinimumWidth(420);
    row->addWidget(text, 1);
    layout->addLayout(row);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void ImportPreviewDialog::buildPreviewUi()
{
    m_model = new ImportPreviewModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ImportPreviewModel::CategoryRole);

    auto *layout = new QVBoxLayout(this);

    m_heading = new QLabel;
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setWordWrap(true);
    m_heading->setText(
        QStringLiteral("<p style=\"font-size: large\"><b>")
        + tr("Notes from %1").arg(safe(m_file.exportedBy)) + QStringLiteral("</b></p><p>")
        + tr("File “%1”, written %2 · %n note(s)", nullptr, int(m_file.items.size()))
              .arg(QFileInfo(m_path).fileName().toHtmlEscaped(), dateText(m_file.exportedAt))
        + QStringLiteral("</p>"));
    layout->addWidget(m_heading);

    m_notice = new QLabel;
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *form = new QFormLayout;
    m_peerName = new QLineEdit(NotesImporter::defaultPeerName(m_file));
    m_peerName->setMaxLength(PeerRepository::kMaxNameLength);
    m_peerName->setAccessibleName(tr("Classmate's name"));
    m_peerName->setToolTip(tr("Their notes appear under this name beside yours. Importing again "
                              "under the same name updates them."));
    auto *nameLabel = new QLabel(tr("Show their notes &as:"));
    nameLabel->setBuddy(m_peerName);
    m_nameProblem = new QLabel;
    m_nameProblem->setWordWrap(true);
    m_nameProblem->hide();
    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_peerName);
    nameColumn->addWidget(m_nameProblem);
    form->addRow(nameLabel, nameColumn);
    layout->addLayout(form);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("What the import will do"));
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildNotesTab(), tr("&Notes (%1)").arg(m_file.items.size()));
    if (m_file.hasPrivateParts())
        m_tabs->addTab(buildSharedTab(), tr("&Ratings, ranks and weights (not stored)"));
    layout->addWidget(m_tabs, 1);

    m_unmatchedBox = new QGroupBox;
    auto *unmatched = new QVBoxLayout(m_unmatchedBox);
    m_skipUnmatched = new QRadioButton(tr("S&kip them"));
    m_addUnmatched = new QRadioButton(tr("A&dd their programs as my own, then import the notes"));
    m_skipUnmatched->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_skipUnmatched);
    group->addButton(m_addUnmatched);
    m_programsToAdd = new QLabel;
    m_programsToAdd->setWordWrap(true);
    m_programsToAdd->setTextFormat(Qt::PlainText);
    m_programsToAdd->setIndent(24);
    unmatched->addWidget(m_skipUnmatched);
    unmatched->addWidget(m_addUnmatched);
    unmatched->addWidget(m_programsToAdd);
    layout->addWidget(m_unmatchedBox);
    connect(m_addUnmatched, &QRadioButton::toggled, this, &ImportPreviewDialog::refreshPreview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Only once the button is inside the dialog does the dialog take it as its default.
    m_importButton->setDefault(true);

    // Typing a name re-plans after a pause, not on every key.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &ImportPreviewDialog::refreshPreview);
    connect(m_peerName, &QLineEdit::textChanged, this, [this](const QString &name) {
        const Status checked = PeerRepository::checkName(name.trimmed());
        m_nameOk = checked.ok();
        m_nameProblem->setText(checked ? QString() : checked.message());
        m_nameProblem->setVisible(!m_nameOk);
        m_importButton->setEnabled(m_nameOk);
        if (m_nameOk)
            m_refresh->start();
    });
}

QWidget *ImportPreviewDialog::buildNotesTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *filterRow = new QHBoxLayout;
    m_show = new QComboBox;
    m_show->addItem(tr("All items"), QString());
    m_show->addItem(tr("Not in your programs"), QStringLiteral("\\bunmatched\\b"));
    m_show->addItem(tr("New or updated"), QStringLiteral("\\b(new|updated|new-program)\\b"));
    m_show->addItem(tr("Unchanged"), QStringLiteral("\\b(unchanged|kept)\\b"));
    auto *showLabel = new QLabel(tr("&Show:"));
    showLabel->setBuddy(m_show);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_show);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);
    connect(m_show, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::applyFilter);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegate(new TargetColumnDelegate(m_view));
    m_view->setAccessibleName(tr("Notes in the file"));
    m_view->setAccessibleDescription(
        tr("Each note, what it is about in their file and here, how it matched, and what "
           "importing does"));
    m_view->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::HowColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::ChangeColumn,
                                                     QHeaderView::ResizeToContents);
    splitter->addWidget(m_view);

    m_noteView = new SafeTextBrowser;
    m_noteView->setAccessibleName(tr("Selected note"));
    m_noteView->setPlaceholderText(tr("Select a note to read it whole."));
    splitter->addWidget(m_noteView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportPreviewDialog::showCurrentNote);
    return page;
}

QWidget *ImportPreviewDialog::buildSharedTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("Your classmate chose to share these. They are shown here for your "
                               "information only: Rankwise never stores a classmate's ratings, "
                               "ranks, weights or lists, and yours stay exactly as they are."));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_shared = new SharedPartsView(m_file);
    layout->addWidget(m_shared, 1);
    return page;
}

ImportOptions ImportPreviewDialog::options() const
{
    ImportOptions options;
    options.peerName = m_peerName->text().trimmed();
    options.addUnmatched = m_addUnmatched->isChecked();
    return options;
}

void ImportPreviewDialog::refreshPreview()
{
    if (!m_valid || !m_nameOk)
        return;
    m_refresh->stop();
    const int currentRow =
        m_view->currentIndex().isValid() ? m_proxy->mapToSource(m_view->currentIndex()).row() : -1;
    auto preview = NotesImporter(db()).preview(m_file, options());
    if (!preview) {
        m_nameProblem->setText(preview.message());
        m_nameProblem->show();
        m_importButton->setEnabled(false);
        return;
    }
    m_model->setPreview(&m_file, *preview);
    m_importButton->setEnabled(true);
    // Keep the note being read; at first, start with the first one.
    const QModelIndex source = m_model->index(qMax(currentRow, 0), 0);
    if (source.isValid())
        m_view->setCurrentIndex(m_proxy->mapFromSource(source));
    updateSummary();
    showCurrentNote();
}

void ImportPreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_view || m_columnsSized)
        return;
    // The two place columns share what the fixed ones leave, the note gets the rest.
    m_columnsSized = true;
    const int width = m_view->viewport()->width()
        - m_view->horizontalHeader()->sectionSize(ImportPreviewModel::HowColumn)
        - m_view->horizontalHeader()->sectionSize(ImportPreviewModel::ChangeColumn);
    m_view->setColumnWidth(ImportPreviewModel::TheirTargetColumn, width * 3 / 10);
    m_view->setColumnWidth(ImportPreviewModel::MatchColumn, width * 3 / 10);
}

void ImportPreviewDialog::updateSummary()
{
    const ImportPreview &plan = m_model->preview();
    const ImportCounts &c = plan.counts;
    m_summary->setText(tr("%1 matched · %2 not in your programs — %3 new · %4 updated · %5 "
                          "unchanged")
                           .arg(c.matched)
                           .arg(c.unmatched)
                           .arg(c.added)
                           .arg(c.updated)
                           .arg(c.unchanged));

    QStringList notices;
    const QString name = InertText::isolate(InertText::visibleLine(plan.peerName));
    if (plan.fromThisDatabase)
        notices.append(tr("This file was exported from this very database: its notes are your "
                          "own, and importing stores them again as a classmate's."));
    if (plan.olderThanPrevious) {
        notices.append(tr("This file is older than the one you imported from %1 before (written "
                          "%2). Notes you already have from them are kept as they are; only "
                          "notes new to you are added.")
                           .arg(name, dateText(plan.previousFileExportedAt)));
    } else if (plan.peerExists) {
        notices.append(tr("You imported notes from %1 before: this import updates their notes "
                          "instead of adding copies.")
                           .arg(name));
    }
    if (c.keptNewer > 0)
        notices.append(tr("%n note(s) in this file are older than the copy you have and stay as "
                          "they are.",
                          nullptr, c.keptNewer));
    m_notice->setText(notices.join(u' '));
    m_notice->setVisible(!notices.isEmpty());

    m_unmatchedBox->setTitle(tr("Notes on programs you do not have (%1)").arg(c.unmatched));
    m_unmatchedBox->setEnabled(c.unmatched > 0);
    QStringList programs;
    for (const QString &program : plan.programsToAdd)
        programs.append(InertText::visibleLine(program));
    m_programsToAdd->setText(
        programs.isEmpty() ? QString() : tr("Adds: %1").arg(programs.join(QStringLiteral("; "))));
    m_programsToAdd->setVisible(!programs.isEmpty());
}

void ImportPreviewDialog::applyFilter()
{
    m_proxy->setFilterRegularExpression(m_show->currentData().toString());
}

void ImportPreviewDialog::showCurrentNote()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    const NoteItem *item = m_model->itemAt(row);
    const ImportItemPlan *plan = m_model->planAt(row);
    if (!item || !plan) {
        m_noteView->clear();
        return;
    }
    auto line = [](const QString &label, const QString &value) -> QString {
        return QStringLiteral("<p><b>") + label.toHtmlEscaped() + QStringLiteral("</b> ") + value
            + QStringLiteral("</p>");
    };
    QString html =
        line(tr("In their file:"),
             safe(item->target.institution) + QStringLiteral(" — ") + safe(item->target.label()));
    html +=
        line(tr("Here:"),
             (plan->match.matched() ? safe(plan->match.label) : tr("not in your programs"))
                 + QStringLiteral(" <i>(") + safe(plan->match.reason) + QStringLiteral(")</i>"));
    html += line(tr("Written:"),
                 tr("%1, last changed %2")
                     .arg(dateText(item->created), dateText(item->modified))
                     .toHtmlEscaped());
    if (InertText::hasActiveCharacters(item->body)) {
        html += QStringLiteral("<p><i>")
            + tr("This note holds control or text-direction characters; they are shown as "
                 "marks such as ⟦U+202E⟧ and have no effect.")
                  .toHtmlEscaped()
            + QStringLiteral("</i></p>");
    }
    html += QStringLiteral("<hr/><p style=\"white-space: pre-wrap\">")
        + InertText::visible(item->body).toHtmlEscaped() + QStringLiteral("</p>");
    m_noteView->setHtml(html);
}

void ImportPreviewDialog::accept()
{
    if (!m_valid) {
        reject();
        return;
    }
    if (!m_nameOk)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto *command = new ImportNotesCommand(m_workspace, m_file, options());
    const Status status = m_workspace->push(command); // deletes a refused command
    QApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox::warning(
            this, tr("Import failed"),
            tr("Nothing was imported: %1").arg(InertText::visibleLine(status.message())));
        return;
    }
    Q_EMIT imported(command->result().preview.peerName);
    QDialog::accept();
}
