#include "dialogs/preferencesdialog.h"

#include "report/reportsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace rw;

namespace PageSizeChoice {

void fill(QComboBox *box)
{
    box->addItem(PreferencesDialog::tr("US Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    box->addItem(PreferencesDialog::tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
}

void select(QComboBox *box, int pageSizeId)
{
    const int index = box->findData(pageSizeId);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

int selected(const QComboBox *box)
{
    return box->currentData().toInt();
}

} // namespace PageSizeChoice

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_applicant(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Printed and exported rank lists use these unless you change "
                                "them when you export."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_applicant->setText(ReportSettings::applicantName());
    m_applicant->setPlaceholderText(tr("Your name as it should appear on the report"));
    m_applicant->setMaxLength(100);
    m_applicant->setAccessibleName(tr("Applicant's name"));
    auto *nameLabel = new QLabel(tr("&Applicant's name:"));
    nameLabel->setBuddy(m_applicant);
    form->addRow(nameLabel, m_applicant);

    PageSizeChoice::fill(m_pageSize);
    PageSizeChoice::select(m_pageSize, int(ReportSettings::pageSize()));
    m_pageSize->setAccessibleName(tr("Paper size"));
    auto *sizeLabel = new QLabel(tr("&Paper size:"));
    sizeLabel->setBuddy(m_pageSize);
    form->addRow(sizeLabel, m_pageSize);
    layout->addLayout(form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void PreferencesDialog::accept()
{
    ReportSettings::setApplicantName(m_applicant->text());
    ReportSettings::setPageSize(QPageSize::PageSizeId(PageSizeChoice::selected(m_pageSize)));
    QDialog::accept();
}
