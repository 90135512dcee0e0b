#include "dialogs/exportnotesdialog.h"

#include "exchange/notesfile.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/peerrepository.h"
#include "storage/programrepository.h"
#include "util/inerttext.h"
#include "util/keys.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace rw;

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

ExportNotesDialog::ExportNotesDialog(Database &db, const QStringList &selectedProgramKeys,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Share Notes with Classmates"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Writes your own notes to a file you can send to classmates. "
                                "Notes you imported from others are never included."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Which programs.
    auto *programsBox = new QGroupBox(tr("Programs"));
    auto *programsLayout = new QVBoxLayout(programsBox);
    m_all = new QRadioButton(tr("&All programs"));
    m_chosen = new QRadioButton(tr("&Chosen programs:"));
    m_onList = new QRadioButton(tr("Programs on the &list:"));
    m_lists = new QComboBox;
    m_lists->setAccessibleName(tr("Rank list"));
    m_lists->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_programFilter = new QLineEdit;
    m_programFilter->setPlaceholderText(tr("Filter programs…"));
    m_programFilter->setClearButtonEnabled(true);
    m_programFilter->setAccessibleName(tr("Filter programs"));
    m_programs = new QListWidget;
    m_programs->setAccessibleName(tr("Programs to share notes on"));
    m_programs->setUniformItemSizes(true);
    m_programs->setTextElideMode(Qt::ElideMiddle);
    m_programs->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_programs->setMinimumHeight(140);
    programsLayout->addWidget(m_all);
    programsLayout->addWidget(m_chosen);
    // The chosen-programs list sits under its radio button, indented.
    auto *chosenBlock = new QVBoxLayout;
    chosenBlock->setContentsMargins(24, 0, 0, 0);
    chosenBlock->addWidget(m_programFilter);
    chosenBlock->addWidget(m_programs, 1);
    programsLayout->addLayout(chosenBlock, 1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_onList);
    listRow->addWidget(m_lists);
    listRow->addStretch(1);
    programsLayout->addLayout(listRow);
    layout->addWidget(programsBox, 1);

    // What else.
    auto *privateBox = new QGroupBox(tr("Also share (private unless you tick them)"));
    auto *privateLayout = new QGridLayout(privateBox);
    m_ratings = new QCheckBox(tr("My &ratings of these tracks"));
    m_ranks = new QCheckBox(tr("My ran&ks (positions on my list)"));
    m_weights = new QCheckBox(tr("My criteria and their &weights"));
    m_listsBox = new QCheckBox(tr("My list na&mes and which tracks are on them"));
    m_ranks->setToolTip(tr("Positions on the list chosen above, or on your first primary list."));
    m_listsBox->setToolTip(tr("Without ranks, tracks are listed alphabetically so their order "
                              "gives nothing away."));
    privateLayout->addWidget(m_ratings, 0, 0);
    privateLayout->addWidget(m_ranks, 0, 1);
    privateLayout->addWidget(m_weights, 1, 0);
    privateLayout->addWidget(m_listsBox, 1, 1);
    m_privateWarning = new QLabel(tr("Your classmate will see what you ticked."));
    m_privateWarning->setWordWrap(true);
    privateLayout->addWidget(m_privateWarning, 2, 0, 1, 2);
    layout->addWidget(privateBox);

    // Who and where.
    auto *form = new QFormLayout;
    m_author = new QLineEdit(Settings::sharingAuthor.get());
    m_author->setPlaceholderText(tr("The name your classmates will see"));
    m_author->setMaxLength(PeerRepository::kMaxNameLength);
    m_author->setAccessibleName(tr("Your name"));
    m_authorProblem = new QLabel;
    m_authorProblem->setWordWrap(true);
    m_authorProblem->hide();
    auto *authorColumn = new QVBoxLayout;
    authorColumn->addWidget(m_author);
    authorColumn->addWidget(m_authorProblem);
    auto *authorLabel = new QLabel(tr("Your &name:"));
    authorLabel->setBuddy(m_author);
    form->addRow(authorLabel, authorColumn);
    m_path = new QLineEdit;
    m_path->setAccessibleName(tr("File to write"));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("What will be shared"));
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    // Only once the button is inside the dialog does the dialog take it as its default.
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportNotesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportNotesDialog::browse);

    fillPrograms(selectedProgramKeys);
    auto lists = NotesExporter(m_db).listNames();
    if (lists) {
        for (const QString &name : *lists)
            m_lists->addItem(InertText::visibleLine(name), name);
    }
    m_onList->setEnabled(m_lists->count() > 0);
    if (m_lists->count() == 0)
        m_onList->setToolTip(tr("You have no rank lists yet."));
    (selectedProgramKeys.isEmpty() ? m_all : m_chosen)->setChecked(true);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base =
        m_author->text().isEmpty() ? QStringLiteral("my") : Keys::slugify(m_author->text(), 30);
    setOutputPath(QDir(folder).filePath(base + QStringLiteral("-notes-")
                                        + QDate::currentDate().toString(Qt::ISODate) + u'.'
                                        + NotesFormat::fileSuffix()));

    // Counting reads every note: do it once typing and clicking pause.
    auto *recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(150);
    connect(recount, &QTimer::timeout, this, &ExportNotesDialog::updateState);
    auto later = [recount] {
        recount->start();
    };
    for (QRadioButton *button : {m_all, m_chosen, m_onList})
        connect(button, &QRadioButton::toggled, this, later);
    for (QCheckBox *box : {m_ratings, m_ranks, m_weights, m_listsBox})
        connect(box, &QCheckBox::toggled, this, later);
    connect(m_lists, &QComboBox::currentIndexChanged, this, later);
    connect(m_programs, &QListWidget::itemChanged, this, later);
    connect(m_author, &QLineEdit::textChanged, this, later);
    connect(m_path, &QLineEdit::textChanged, this, later);
    connect(m_programFilter, &QLineEdit::textChanged, this, &ExportNotesDialog::filterPrograms);
    updateState();
    resize(720, 640);
}

void ExportNotesDialog::fillPrograms(const QStringList &selected)
{
    auto programs = ProgramRepository(m_db).listSummaries();
    if (!programs)
        return;
    m_programs->blockSignals(true);
    for (const Program &program : *programs) {
        auto *item =
            new QListWidgetItem(program.name + QStringLiteral(" — ") + program.institutionName);
        item->setData(KeyRole, program.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(selected.contains(program.key) ? Qt::Checked : Qt::Unchecked);
        m_programs->addItem(item);
    }
    m_programs->blockSignals(false);
}

void ExportNotesDialog::filterPrograms(const QString &text)
{
    for (int i = 0; i < m_programs->count(); ++i) {
        QListWidgetItem *item = m_programs->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

ExportOptions ExportNotesDialog::options() const
{
    ExportOptions options;
    if (m_chosen->isChecked()) {
        options.selection = ExportOptions::Selection::Programs;
        for (int i = 0; i < m_programs->count(); ++i) {
            if (m_programs->item(i)->checkState() == Qt::Checked)
                options.programKeys.append(m_programs->item(i)->data(KeyRole).toString());
        }
    } else if (m_onList->isChecked()) {
        options.selection = ExportOptions::Selection::List;
        options.listName = m_lists->currentData().toString();
    }
    options.ratings = m_ratings->isChecked();
    options.ranks = m_ranks->isChecked();
    options.weights = m_weights->isChecked();
    options.lists = m_listsBox->isChecked();
    options.author = m_author->text().trimmed();
    return options;
}

QString ExportNotesDialog::outputPath() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + NotesFormat::fileSuffix();
    return path;
}

void ExportNotesDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportNotesDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Notes"), outputPath(),
        tr("Rankwise note files (*.%1)").arg(NotesFormat::fileSuffix()));
    if (!path.isEmpty())
        setOutputPath(path);
}

void ExportNotesDialog::updateState()
{
    m_programs->setEnabled(m_chosen->isChecked());
    m_programFilter->setEnabled(m_chosen->isChecked());
    m_lists->setEnabled(m_onList->isChecked());
    const bool anyPrivate = m_ratings->isChecked() || m_ranks->isChecked() || m_weights->isChecked()
        || m_listsBox->isChecked();
    m_privateWarning->setText(anyPrivate ? tr("Your classmate will see what you ticked.")
                                         : tr("Nothing private is included: only your notes."));

    const QString author = m_author->text().trimmed();
    const Status name = author.isEmpty() ? Status() : PeerRepository::checkName(author);
    const QString problem = name ? QString() : name.message();
    m_authorProblem->setText(problem);
    m_authorProblem->setVisible(!problem.isEmpty());

    bool canExport = !author.isEmpty() && problem.isEmpty() && !outputPath().isEmpty();
    const QString missing = author.isEmpty() ? u' ' + tr("Give your name to export.") : QString();
    ExportOptions chosen = options();
    chosen.author = QStringLiteral("x"); // counting does not need the name
    if (chosen.selection == ExportOptions::Selection::Programs && chosen.programKeys.isEmpty()) {
        m_summary->setText(tr("Tick the programs whose notes you want to share."));
        canExport = false;
    } else if (auto count = NotesExporter(m_db).count(chosen)) {
        m_summary->setText(tr("%n note(s)", nullptr, count->notes) + u' '
                           + tr("on %n program(s) will be shared.", nullptr, count->programs)
                           + missing);
    } else {
        m_summary->setText(count.message());
        canExport = false;
    }
    m_exportButton->setEnabled(canExport);
}

void ExportNotesDialog::accept()
{
    const QString path = outputPath();
    const ExportOptions chosen = options();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = NotesExporter(m_db).exportTo(path, chosen);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        QMessageBox::warning(this, tr("Export failed"), summary.message());
        return;
    }
    Settings::sharingAuthor.set(chosen.author);
    Q_EMIT exported(path, summary->notes);
    QDialog::accept();
}
