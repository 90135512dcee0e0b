#include "dialogs/trackdialog.h"

#include "dialogs/formhelpers.h"
#include "storage/trackrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace rw;

TrackDialog::TrackDialog(const QString &programName, bool adding, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_positions(FormHelpers::optionalCount(this, 1000))
    , m_schedule(new QLineEdit(this))
    , m_share(new RangeEdit(100, QStringLiteral(" %"), this))
    , m_description(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_problem(new ProblemLine(m_buttons, this))
{
    setWindowTitle(adding ? tr("Add a Track") : tr("Edit Track"));
    for (TrackType type : allTrackTypes())
        m_type->addItem(trackTypeDisplayName(type), trackTypeId(type));
    m_name->setPlaceholderText(tr("e.g. Primary Care"));
    m_code->setPlaceholderText(QStringLiteral("1234140C0"));
    m_code->setMaxLength(12);
    m_code->setToolTip(tr("Four digits (institution), three digits (specialty), a letter "
                          "(position type) and a digit (track)"));
    m_schedule->setPlaceholderText(tr("e.g. 4+1"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);

    auto *heading = new QLabel(tr("A track of %1").arg(programName), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("NRMP &code:"), m_code);
    form->addRow(tr("&Positions:"), m_positions);
    form->addRow(tr("Sc&hedule:"), m_schedule);
    form->addRow(tr("&Ambulatory share:"), m_share);
    form->addRow(tr("&Description:"), m_description);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        acceptWhenApplied(this, m_problem,
                          [this] { return m_apply ? m_apply(track()) : Status(); });
    });
    for (QLineEdit *edit : {m_name, m_code, m_schedule})
        connect(edit, &QLineEdit::textChanged, this, &TrackDialog::validate);
    connect(m_positions, &QSpinBox::valueChanged, this, &TrackDialog::validate);
    connect(m_share, &RangeEdit::changed, this, &TrackDialog::validate);
    setMinimumWidth(480);
    validate();
}

void TrackDialog::setTrack(const Track &track)
{
    m_original = track;
    m_name->setText(track.name);
    m_type->setCurrentIndex(m_type->findData(trackTypeId(track.type)));
    m_code->setText(track.nrmpCode);
    FormHelpers::setCount(m_positions, track.positions);
    m_schedule->setText(track.scheduleModel);
    m_share->setRange(track.ambulatoryShare);
    m_description->setPlainText(track.description);
    validate();
}

Track TrackDialog::track() const
{
    Track track = m_original;
    track.name = m_name->text().trimmed();
    track.type = trackTypeFromId(m_type->currentData().toString()).value_or(TrackType::Categorical);
    track.nrmpCode = m_code->text().trimmed().toUpper();
    track.positions = FormHelpers::countValue(m_positions);
    track.scheduleModel = m_schedule->text().trimmed();
    track.ambulatoryShare = m_share->range();
    track.description = m_description->toPlainText().trimmed();
    return track;
}

QString TrackDialog::problem() const
{
    return m_problem->problem();
}

void TrackDialog::validate()
{
    m_problem->setProblem(TrackRepository::validate(track()));
}
