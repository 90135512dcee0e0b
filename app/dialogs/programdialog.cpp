#include "dialogs/programdialog.h"

#include "dialogs/formhelpers.h"
#include "icons.h"
#include "storage/programrepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace rw;

ProgramDialog::ProgramDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_name(new QLineEdit(this))
    , m_institution(new QLineEdit(this))
    , m_specialty(new QLineEdit(tr("Internal Medicine"), this))
    , m_city(new QLineEdit(this))
    , m_state(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_positions(FormHelpers::optionalCount(this, 1000))
    , m_schedule(new QLineEdit(this))
    , m_share(new RangeEdit(100, QStringLiteral(" %"), this))
    , m_description(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_problem(new ProblemLine(m_buttons, this))
{
    setWindowTitle(mode == Mode::Add ? tr("Add a Program") : tr("Edit Program"));
    m_name->setPlaceholderText(tr("e.g. Lakeside Internal Medicine Residency"));
    m_institution->setPlaceholderText(tr("The sponsoring hospital"));
    m_state->setPlaceholderText(tr("e.g. MA"));
    m_state->setMaximumWidth(120);
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_schedule->setPlaceholderText(tr("e.g. 4+1 or 3+2"));
    m_description->setPlaceholderText(tr("In your own words"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Institution:"), m_institution);
    form->addRow(tr("&Specialty:"), m_specialty);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("S&tate:"), m_state);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&Positions:"), m_positions);
    form->addRow(tr("Sc&hedule:"), m_schedule);
    form->addRow(tr("&Ambulatory share:"), m_share);
    form->addRow(tr("&Description:"), m_description);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    if (mode == Mode::Add) {
        auto *group =
            new QGroupBox(tr("Tracks (what you rank; each with its own NRMP code)"), this);
        auto *groupLayout = new QVBoxLayout(group);
        m_trackGrid = new QGridLayout;
        m_trackGrid->addWidget(new QLabel(tr("Name"), group), 0, 0);
        m_trackGrid->addWidget(new QLabel(tr("Type"), group), 0, 1);
        m_trackGrid->addWidget(new QLabel(tr("NRMP code (optional)"), group), 0, 2);
        m_trackGrid->setColumnStretch(0, 3);
        m_trackGrid->setColumnStretch(2, 2);
        groupLayout->addLayout(m_trackGrid);
        auto *add = new QPushButton(Icons::themed(QStringLiteral("list-add"), QStyle::SP_ArrowDown),
                                    tr("Add &Track"), group);
        connect(add, &QPushButton::clicked, this, [this] {
            addTrackRow();
            m_tracks.constLast().name->setFocus();
        });
        groupLayout->addWidget(add, 0, Qt::AlignLeft);
        layout->addWidget(group);
        addTrackRow();
        m_tracks.constFirst().name->setText(tr("Categorical"));
    }

    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        acceptWhenApplied(this, m_problem,
                          [this] { return m_apply ? m_apply(program()) : Status(); });
    });

    for (QLineEdit *edit :
         {m_name, m_institution, m_specialty, m_city, m_state, m_website, m_schedule})
        connect(edit, &QLineEdit::textChanged, this, &ProgramDialog::validate);
    connect(m_positions, &QSpinBox::valueChanged, this, &ProgramDialog::validate);
    connect(m_share, &RangeEdit::changed, this, &ProgramDialog::validate);
    setMinimumWidth(600);
    validate();
}

void ProgramDialog::addTrackRow()
{
    TrackRow row;
    row.name = new QLineEdit(this);
    row.name->setAccessibleName(tr("Track name"));
    row.type = new QComboBox(this);
    row.type->setAccessibleName(tr("Track type"));
    for (TrackType type : allTrackTypes())
        row.type->addItem(trackTypeDisplayName(type), trackTypeId(type));
    row.code = new QLineEdit(this);
    row.code->setAccessibleName(tr("NRMP code"));
    row.code->setPlaceholderText(QStringLiteral("1234140C0"));
    row.code->setMaxLength(12);
    auto *remove = new QToolButton(this);
    remove->setIcon(Icons::themed(QStringLiteral("list-remove"), QStyle::SP_DialogDiscardButton));
    remove->setToolTip(tr("Remove this track"));
    remove->setAccessibleName(tr("Remove track"));
    row.remove = remove;
    connect(row.name, &QLineEdit::textChanged, this, &ProgramDialog::validate);
    connect(row.code, &QLineEdit::textChanged, this, &ProgramDialog::validate);
    connect(row.type, &QComboBox::currentIndexChanged, this, &ProgramDialog::validate);
    connect(remove, &QToolButton::clicked, this, [this, remove] { removeTrackRow(remove); });
    m_tracks.append(row);
    relayoutTracks();
    validate();
}

void ProgramDialog::removeTrackRow(QWidget *removeButton)
{
    for (qsizetype i = 0; i < m_tracks.size(); ++i) {
        const TrackRow row = m_tracks.at(i);
        if (row.remove != removeButton)
            continue;
        m_tracks.removeAt(i);
        for (QWidget *w : {static_cast<QWidget *>(row.name), static_cast<QWidget *>(row.type),
                           static_cast<QWidget *>(row.code), row.remove})
            w->deleteLater();
        break;
    }
    relayoutTracks();
    validate();
}

void ProgramDialog::relayoutTracks()
{
    for (qsizetype i = 0; i < m_tracks.size(); ++i) {
        const TrackRow &row = m_tracks.at(i);
        const int r = int(i) + 1;
        m_trackGrid->addWidget(row.name, r, 0);
        m_trackGrid->addWidget(row.type, r, 1);
        m_trackGrid->addWidget(row.code, r, 2);
        m_trackGrid->addWidget(row.remove, r, 3);
        row.remove->setEnabled(m_tracks.size() > 1);
    }
}

void ProgramDialog::setProgram(const Program &program)
{
    m_original = program;
    m_key = program.key;
    m_name->setText(program.name);
    m_institution->setText(program.institutionName);
    m_specialty->setText(program.specialty);
    m_city->setText(program.city);
    m_state->setText(program.state);
    m_website->setText(program.website);
    FormHelpers::setCount(m_positions, program.positions);
    m_schedule->setText(program.scheduleModel);
    m_share->setRange(program.ambulatoryShare);
    m_description->setPlainText(program.description);
    validate();
}

void ProgramDialog::setInstitutions(const QStringList &names)
{
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_institution->setCompleter(completer);
}

Program ProgramDialog::program() const
{
    // Start from what was loaded so fields the form does not show survive.
    Program program = m_original;
    program.key = m_key;
    program.name = m_name->text().trimmed();
    program.institutionName = m_institution->text().trimmed();
    program.specialty = m_specialty->text().trimmed();
    program.city = m_city->text().trimmed();
    program.state = m_state->text().trimmed();
    program.website = m_website->text().trimmed();
    program.positions = FormHelpers::countValue(m_positions);
    program.scheduleModel = m_schedule->text().trimmed();
    program.ambulatoryShare = m_share->range();
    program.description = m_description->toPlainText().trimmed();
    if (m_mode == Mode::Add) {
        program.tracks.clear();
        for (const TrackRow &row : m_tracks) {
            Track track;
            track.name = row.name->text().trimmed();
            track.type = trackTypeFromId(row.type->currentData().toString())
                             .value_or(TrackType::Categorical);
            track.nrmpCode = row.code->text().trimmed();
            program.tracks.append(track);
        }
    }
    return program;
}

QString ProgramDialog::problem() const
{
    return m_problem->problem();
}

void ProgramDialog::validate()
{
    const Program current = program();
    m_problem->setProblem(m_mode == Mode::Add ? ProgramRepository::validate(current)
                                              : ProgramRepository::validateFields(current));
}
