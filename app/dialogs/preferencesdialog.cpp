#include "dialogs/preferencesdialog.h"

#include "report/reportsettings.h"
#include "settings/appsettings.h"
#include "util/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
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
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *interfaceBox = new QGroupBox(tr("Interface"));
    auto *interfaceForm = new QFormLayout(interfaceBox);
    const QString current = Translations::resolve(QString());
    m_language->addItem(tr("System default (%1)").arg(Translations::nativeName(current)),
                        QString());
    for (const QString &language : Translations::available())
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::languagePreference())));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->setAccessibleDescription(
        tr("Also sets how dates and numbers are written. Applies the next time Rankwise starts."));
    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    interfaceForm->addRow(languageLabel, m_language);
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("Rankwise will use this language the next time it starts."));
    // Keeps its room while hidden, so showing it moves nothing.
    QSizePolicy notePolicy = m_restartNote->sizePolicy();
    notePolicy.setRetainSizeWhenHidden(true);
    m_restartNote->setSizePolicy(notePolicy);
    m_restartNote->setVisible(false);
    interfaceForm->addRow(m_restartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setVisible(m_language->currentData().toString()
                                  != Settings::languagePreference());
    });
    layout->addWidget(interfaceBox);

    auto *reportBox = new QGroupBox(tr("Reports"));
    auto *reportLayout = new QVBoxLayout(reportBox);
    auto *intro = new QLabel(tr("Printed and exported rank lists use these unless you change "
                                "them when you export."));
    intro->setWordWrap(true);
    reportLayout->addWidget(intro);
    auto *form = new QFormLayout;
    m_applicant->setText(Settings::reportApplicantName());
    m_applicant->setPlaceholderText(tr("Your name as it should appear on the report"));
    m_applicant->setMaxLength(100);
    m_applicant->setAccessibleName(tr("Applicant's name"));
    auto *nameLabel = new QLabel(tr("&Applicant's name:"));
    nameLabel->setBuddy(m_applicant);
    form->addRow(nameLabel, m_applicant);

    PageSizeChoice::fill(m_pageSize);
    PageSizeChoice::select(m_pageSize, int(Settings::reportPageSize()));
    m_pageSize->setAccessibleName(tr("Paper size"));
    auto *sizeLabel = new QLabel(tr("&Paper size:"));
    sizeLabel->setBuddy(m_pageSize);
    form->addRow(sizeLabel, m_pageSize);
    reportLayout->addLayout(form);
    layout->addWidget(reportBox);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void PreferencesDialog::accept()
{
    Settings::applicantName.set(m_applicant->text().trimmed());
    Settings::setReportPageSize(QPageSize::PageSizeId(PageSizeChoice::selected(m_pageSize)));
    Settings::setLanguagePreference(m_language->currentData().toString());
    QDialog::accept();
}
