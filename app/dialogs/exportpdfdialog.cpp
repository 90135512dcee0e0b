#include "dialogs/exportpdfdialog.h"

#include "dialogs/preferencesdialog.h"
#include "errorhints.h"
#include "report/reportsettings.h"
#include "settings/appsettings.h"
#include "storage/ranklistrepository.h"
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
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

using namespace rw;

namespace { } // namespace

ExportPdfDialog::ExportPdfDialog(Database &db, const QString &listName, Purpose purpose,
                                 QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_lists(new QComboBox(this))
    , m_applicant(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_breakdown(new QCheckBox(tr("Each entry's &breakdown: points per criterion"), this))
    , m_notes(new QCheckBox(tr("An excerpt of your own &notes on each entry"), this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(purpose == Purpose::Save ? tr("Export Rank List as PDF")
                                            : tr("Print Rank List"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (auto lists = RankListRepository(m_db).all()) {
        for (const RankList &list : *lists) {
            m_lists->addItem(tr("%1 (%2)").arg(InertText::visibleLine(list.name),
                                               rankListKindDisplayName(list.kind).toLower()),
                             list.name);
        }
    }
    const int current = m_lists->findData(listName);
    m_lists->setCurrentIndex(current >= 0 ? current : 0);
    m_lists->setAccessibleName(tr("Rank list"));
    auto *listLabel = new QLabel(tr("&List:"));
    listLabel->setBuddy(m_lists);
    form->addRow(listLabel, m_lists);

    m_applicant->setText(Settings::reportApplicantName());
    m_applicant->setPlaceholderText(tr("Your name as it should appear on the report"));
    m_applicant->setMaxLength(100);
    m_applicant->setAccessibleName(tr("Applicant's name"));
    auto *nameLabel = new QLabel(tr("&Applicant:"));
    nameLabel->setBuddy(m_applicant);
    form->addRow(nameLabel, m_applicant);

    PageSizeChoice::fill(m_pageSize);
    PageSizeChoice::select(m_pageSize, int(Settings::reportPageSize()));
    m_pageSize->setAccessibleName(tr("Paper size"));
    auto *sizeLabel = new QLabel(tr("Pa&per:"));
    sizeLabel->setBuddy(m_pageSize);
    form->addRow(sizeLabel, m_pageSize);
    layout->addLayout(form);

    auto *include = new QGroupBox(tr("Include"));
    auto *includeLayout = new QVBoxLayout(include);
    m_breakdown->setChecked(Settings::reportWithBreakdown.get());
    m_notes->setChecked(Settings::reportWithNotes.get());
    m_notes->setToolTip(tr("Only notes you wrote; notes imported from classmates are never "
                           "printed."));
    includeLayout->addWidget(m_breakdown);
    includeLayout->addWidget(m_notes);
    auto *always = new QLabel(tr("Always included: rank, program, track, NRMP code, city and "
                                 "state, score, and the criteria with their weights."));
    always->setWordWrap(true);
    includeLayout->addWidget(always);
    layout->addWidget(include);

    auto *fileForm = new QFormLayout;
    m_path->setAccessibleName(tr("PDF file to write"));
    auto *browse = new QPushButton(tr("B&rowse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    fileForm->addRow(pathLabel, pathRow);
    layout->addLayout(fileForm);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_preview = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save PDF"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    QPushButton *preferred = purpose == Purpose::Preview ? m_preview
        : purpose == Purpose::Print                      ? m_print
                                                         : m_save;
    preferred->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_preview, &QPushButton::clicked, this, &ExportPdfDialog::showPreview);
    connect(m_print, &QPushButton::clicked, this, &ExportPdfDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportPdfDialog::browse);

    const bool haveLists = m_lists->count() > 0;
    for (QWidget *widget : {static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_preview),
                            static_cast<QWidget *>(m_print), static_cast<QWidget *>(m_lists)})
        widget->setEnabled(haveLists);
    if (!haveLists)
        showProblem(tr("You have no rank list yet: start one on the Rank List page."));

    const QString folder = Settings::reportFolder.get(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    const QString base = haveLists ? Keys::slugify(m_lists->currentData().toString(), 40)
                                   : QStringLiteral("rank-list");
    setOutputPath(QDir(folder).filePath(base + u'-' + QDate::currentDate().toString(Qt::ISODate)
                                        + QStringLiteral(".pdf")));
    resize(600, sizeHint().height());
}

RankListReportOptions ExportPdfDialog::options() const
{
    RankListReportOptions options;
    options.listName = m_lists->currentData().toString();
    options.applicantName = m_applicant->text().trimmed();
    options.withBreakdown = m_breakdown->isChecked();
    options.withNotes = m_notes->isChecked();
    options.pageSize = QPageSize::PageSizeId(PageSizeChoice::selected(m_pageSize));
    options.locale = QLocale();
    return options;
}

QString ExportPdfDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ExportPdfDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportPdfDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Rank List as PDF"),
                                                      outputPath(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        setOutputPath(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".pdf") : path);
}

void ExportPdfDialog::remember() const
{
    Settings::applicantName.set(m_applicant->text().trimmed());
    Settings::setReportPageSize(QPageSize::PageSizeId(PageSizeChoice::selected(m_pageSize)));
    Settings::reportWithBreakdown.set(m_breakdown->isChecked());
    Settings::reportWithNotes.set(m_notes->isChecked());
}

void ExportPdfDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

Status ExportPdfDialog::save()
{
    const QString path = QDir::fromNativeSeparators(outputPath());
    if (path.isEmpty()) {
        showProblem(tr("Choose the file to write."));
        return Error::input(m_problem->text());
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = RankListReport::exportPdf(m_db, options(), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showProblem(ErrorHints::text(written.error()));
        return written.error();
    }
    remember();
    Settings::rememberFolder(Settings::reportFolder, path);
    Q_EMIT saved(path, written->ranks, written->pages);
    accept();
    return {};
}

void ExportPdfDialog::setUpPrinter(QPrinter &printer) const
{
    printer.setPageSize(QPageSize(QPageSize::PageSizeId(PageSizeChoice::selected(m_pageSize))));
    printer.setFullPage(true); // the report keeps its own margins
    printer.setDocName(tr("Rank Order List — %1").arg(m_lists->currentData().toString()));
}

Status ExportPdfDialog::printTo(QPrinter *printer)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = RankListReport::build(m_db, options());
    Status status = built ? built->report->render(*printer) : Status(built.error());
    QApplication::restoreOverrideCursor();
    if (!status) {
        showProblem(ErrorHints::text(status.error()));
        return status;
    }
    showProblem({});
    Q_EMIT printed(built->report->pageCount());
    return {};
}

void ExportPdfDialog::showPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Preview — Rank Order List"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { (void)printTo(target); });
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    preview.resize(qMin(1000, available.width() * 9 / 10), available.height() * 9 / 10);
    preview.exec();
    remember();
}

void ExportPdfDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Rank List"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printTo(&printer)) {
        remember();
        accept();
    }
}
