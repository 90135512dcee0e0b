#include "rank/addcriteriondialog.h"

#include "model/curriculumfeature.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace rw;

AddCriterionDialog::AddCriterionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_parameter(new QComboBox(this))
    , m_weight(new QDoubleSpinBox(this))
    , m_direction(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Add Criterion"));
    m_name->setMaxLength(int(CriterionRules::kMaxNameLength));
    m_name->setPlaceholderText(tr("e.g. Commute, Mentorship"));
    m_kind->addItem(tr("Your rating, 1 to 5"), int(CriterionKind::Rating));
    m_kind->addItem(tr("A program fact"), int(CriterionKind::Attribute));
    m_kind->addItem(tr("A curriculum feature is offered"), int(CriterionKind::Feature));
    m_weight->setRange(0, CriterionRules::kMaxWeight);
    m_weight->setDecimals(1);
    m_weight->setValue(10);
    m_direction->addItem(tr("Higher is better"), int(Direction::HigherIsBetter));
    m_direction->addItem(tr("Lower is better"), int(Direction::LowerIsBetter));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_problem->setAccessibleName(tr("Problem"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Measures:"), m_kind);
    form->addRow(tr("&Which:"), m_parameter);
    form->addRow(tr("W&eight:"), m_weight);
    form->addRow(tr("&Direction:"), m_direction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddCriterionDialog::updateParameters);
    updateParameters();
}

void AddCriterionDialog::updateParameters()
{
    m_parameter->clear();
    const auto kind = CriterionKind(m_kind->currentData().toInt());
    if (kind == CriterionKind::Attribute) {
        for (const CriterionAttribute attribute : CriterionAttributes::all())
            m_parameter->addItem(CriterionAttributes::displayName(attribute),
                                 criterionAttributeId(attribute));
    } else if (kind == CriterionKind::Feature) {
        for (const QString &id : FeatureCategory::ids())
            m_parameter->addItem(FeatureCategory::displayName(id), id);
    } else {
        m_parameter->addItem(tr("(you give each track 1 to 5)"));
    }
    m_parameter->setEnabled(kind != CriterionKind::Rating);
}

Criterion AddCriterionDialog::criterion() const
{
    Criterion c;
    c.name = m_name->text().trimmed();
    c.kind = CriterionKind(m_kind->currentData().toInt());
    c.parameter =
        c.kind == CriterionKind::Rating ? QString() : m_parameter->currentData().toString();
    c.weight = m_weight->value();
    c.direction = Direction(m_direction->currentData().toInt());
    return c;
}

void AddCriterionDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
}
