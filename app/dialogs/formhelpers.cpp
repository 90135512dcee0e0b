#include "dialogs/formhelpers.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

namespace FormHelpers {

QSpinBox *optionalCount(QWidget *parent, int maximum)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, maximum);
    box->setSpecialValueText(QWidget::tr("unknown"));
    box->setValue(-1);
    return box;
}

std::optional<int> countValue(const QSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<int>(box->value());
}

void setCount(QSpinBox *box, const std::optional<int> &value)
{
    box->setValue(value.value_or(-1));
}

QDoubleSpinBox *optionalNumber(QWidget *parent, double maximum, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(-1, maximum);
    box->setDecimals(1);
    box->setSuffix(suffix);
    box->setSpecialValueText(QWidget::tr("unknown"));
    box->setValue(-1);
    return box;
}

std::optional<double> numberValue(const QDoubleSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<double>(box->value());
}

void setNumber(QDoubleSpinBox *box, const std::optional<double> &value)
{
    box->setValue(value.value_or(-1));
}

} // namespace FormHelpers

RangeEdit::RangeEdit(double maximum, const QString &suffix, QWidget *parent)
    : QWidget(parent)
    , m_from(FormHelpers::optionalNumber(this, maximum, suffix))
    , m_to(FormHelpers::optionalNumber(this, maximum, suffix))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("from"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addStretch();
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    connect(m_from, &QDoubleSpinBox::valueChanged, this, &RangeEdit::changed);
    connect(m_to, &QDoubleSpinBox::valueChanged, this, &RangeEdit::changed);
}

rw::Range RangeEdit::range() const
{
    return {FormHelpers::numberValue(m_from), FormHelpers::numberValue(m_to)};
}

void RangeEdit::setRange(const rw::Range &range)
{
    FormHelpers::setNumber(m_from, range.min);
    FormHelpers::setNumber(m_to, range.max);
}

ProblemLine::ProblemLine(QDialogButtonBox *buttons, QWidget *parent)
    : QWidget(parent)
    , m_buttons(buttons)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Problem"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setProblem(QString());
}

void ProblemLine::setProblem(const QString &problem)
{
    m_text->setText(problem);
    m_icon->setVisible(!problem.isEmpty());
    m_text->setVisible(!problem.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(problem.isEmpty());
}

QString ProblemLine::problem() const
{
    return m_text->text();
}

void acceptWhenApplied(QDialog *dialog, ProblemLine *problem,
                       const std::function<rw::Status()> &apply)
{
    if (!problem->problem().isEmpty())
        return;
    if (rw::Status status = apply(); !status) {
        problem->setProblem(status.message());
        return;
    }
    dialog->accept();
}
