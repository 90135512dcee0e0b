#include "rank/newlistdialog.h"

#include "storage/ranklistrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace rw;

NewListDialog::NewListDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New Rank List"));
    m_name->setMaxLength(int(RankListRepository::kMaxNameLength));
    m_name->setPlaceholderText(tr("e.g. Internal Medicine"));
    m_kind->addItem(tr("Primary list"), int(RankListKind::Primary));
    m_kind->addItem(tr("Supplemental list (preliminary positions)"),
                    int(RankListKind::Supplemental));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString NewListDialog::name() const
{
    return m_name->text().trimmed();
}

RankListKind NewListDialog::kind() const
{
    return RankListKind(m_kind->currentData().toInt());
}

void NewListDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(true);
}
