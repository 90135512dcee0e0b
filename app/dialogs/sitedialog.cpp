#include "dialogs/sitedialog.h"

#include "dialogs/formhelpers.h"
#include "storage/siterepository.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace rw;

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}

} // namespace

SiteDialog::SiteDialog(const QString &programName, const QList<Track> &tracks, bool adding,
                       QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_tracks(new QListWidget(this))
    , m_residents(new QLineEdit(this))
    , m_distance(FormHelpers::optionalNumber(this, 1000, tr(" mi")))
    , m_location(new QLineEdit(this))
    , m_languages(new QLineEdit(this))
    , m_interpreters(new QLineEdit(this))
    , m_services(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_problem(new ProblemLine(m_buttons, this))
{
    setWindowTitle(adding ? tr("Add a Continuity Site") : tr("Edit Continuity Site"));
    m_name->setPlaceholderText(tr("e.g. Chelsea HealthCare Center"));
    m_residents->setPlaceholderText(tr("12, 2-10 or 20+"));
    m_location->setPlaceholderText(tr("Neighbourhood or address"));
    m_languages->setPlaceholderText(tr("Spanish, Portuguese (comma separated)"));
    m_interpreters->setPlaceholderText(tr("Languages with interpreters"));
    m_services->setPlaceholderText(tr("Behavioral health, pharmacy (comma separated)"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_tracks->setAccessibleName(tr("Tracks trained here"));
    m_tracks->setMaximumHeight(100);
    for (const Track &track : tracks) {
        auto *item = new QListWidgetItem(track.name, m_tracks);
        item->setData(Qt::UserRole, track.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    auto *heading = new QLabel(tr("A continuity site of %1").arg(programName), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&hort name:"), m_shortName);
    form->addRow(tr("&Tracks trained here:"), m_tracks);
    form->addRow(tr("&Residents placed:"), m_residents);
    form->addRow(tr("&Distance from campus:"), m_distance);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Staff &languages:"), m_languages);
    form->addRow(tr("&Interpreters:"), m_interpreters);
    form->addRow(tr("&Services:"), m_services);
    form->addRow(tr("D&escription:"), m_description);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        acceptWhenApplied(this, m_problem, [this] { return m_apply ? m_apply(site()) : Status(); });
    });
    for (QLineEdit *edit : {m_name, m_residents, m_languages, m_interpreters, m_services})
        connect(edit, &QLineEdit::textChanged, this, &SiteDialog::validate);
    connect(m_distance, &QDoubleSpinBox::valueChanged, this, &SiteDialog::validate);
    setMinimumWidth(520);
    validate();
}

void SiteDialog::setSite(const ContinuitySite &site)
{
    m_original = site;
    m_name->setText(site.name);
    m_shortName->setText(site.shortName);
    for (int row = 0; row < m_tracks->count(); ++row) {
        QListWidgetItem *item = m_tracks->item(row);
        item->setCheckState(site.trackKeys.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_residents->setText(site.residentsPlaced.text);
    FormHelpers::setNumber(m_distance, site.distanceMiles);
    m_location->setText(site.location);
    QStringList staff;
    QStringList interpreters;
    for (const SiteLanguage &language : site.languages)
        (language.kind == SiteLanguage::Kind::Staff ? staff : interpreters)
            .append(language.language);
    m_languages->setText(staff.join(QStringLiteral(", ")));
    m_interpreters->setText(interpreters.join(QStringLiteral(", ")));
    QStringList services;
    for (const SiteService &service : site.services)
        services.append(service.name);
    m_services->setText(services.join(QStringLiteral(", ")));
    m_description->setPlainText(site.description);
    validate();
}

ContinuitySite SiteDialog::site() const
{
    ContinuitySite site = m_original;
    site.name = m_name->text().trimmed();
    site.shortName = m_shortName->text().trimmed();
    site.trackKeys.clear();
    for (int row = 0; row < m_tracks->count(); ++row) {
        const QListWidgetItem *item = m_tracks->item(row);
        if (item->checkState() == Qt::Checked)
            site.trackKeys.append(item->data(Qt::UserRole).toString());
    }
    site.residentsPlaced.text = m_residents->text().trimmed();
    site.distanceMiles = FormHelpers::numberValue(m_distance);
    site.location = m_location->text().trimmed();
    site.languages.clear();
    for (const QString &language : splitList(m_languages->text()))
        site.languages.append({language, SiteLanguage::Kind::Staff});
    for (const QString &language : splitList(m_interpreters->text()))
        site.languages.append({language, SiteLanguage::Kind::Interpreter});
    // The form edits services as one list; kinds the catalog recorded are kept.
    QList<SiteService> services;
    for (const QString &name : splitList(m_services->text())) {
        SiteService service {name, SiteService::Kind::Service};
        for (const SiteService &old : m_original.services) {
            if (old.name.compare(name, Qt::CaseInsensitive) == 0)
                service.kind = old.kind;
        }
        services.append(service);
    }
    site.services = services;
    site.description = m_description->toPlainText().trimmed();
    return site;
}

QString SiteDialog::problem() const
{
    return m_problem->problem();
}

void SiteDialog::validate()
{
    m_problem->setProblem(SiteRepository::validate(site()));
}
