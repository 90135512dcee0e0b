#include "recoverydialog.h"

#include "storage/recovery.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace rw;

namespace {

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    // Paths and SQLite's words are data, never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RecoveryDialog::RecoveryDialog(const DatabaseHealth &health, const QList<Candidate> &candidates,
                               QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
    , m_list(new QListWidget(this))
    , m_restore(new QPushButton(tr("&Restore Backup"), this))
    , m_startEmpty(new QPushButton(tr("Start With an &Empty Database"), this))
    , m_quit(new QPushButton(tr("&Quit"), this))
{
    setWindowTitle(tr("Cannot Open the Database"));
    setMinimumWidth(560);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *title = textLabel(tr("Rankwise cannot open your database."), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    auto *what = textLabel(health.message, this);
    what->setAccessibleName(tr("What is wrong"));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(what);
    if (!health.problems.isEmpty()) {
        QStringList shown = health.problems.mid(0, 3);
        if (health.problems.size() > 3)
            shown.append(tr("(and more)"));
        auto *details =
            textLabel(tr("SQLite reported: %1").arg(shown.join(QStringLiteral("; "))), this);
        details->setForegroundRole(QPalette::PlaceholderText);
        text->addWidget(details);
    }

    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addLayout(text, 1);

    const QString aside =
        QFileInfo(Recovery::asideName(health.path, QStringLiteral("damaged"))).fileName();
    auto *listLabel =
        textLabel(candidates.isEmpty() ? tr("There are no backups of this database.")
                                       : tr("Backups of this database, newest first:"),
                  this);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setVisible(!candidates.isEmpty());
    listLabel->setBuddy(m_list);
    int preferred = -1;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        auto *item = new QListWidgetItem(describe(candidates.at(i)), m_list);
        item->setToolTip(candidates.at(i).backup.path);
        if (!candidates.at(i).usable) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        } else if (preferred < 0) {
            preferred = int(i);
        }
    }
    if (preferred >= 0)
        m_list->setCurrentRow(preferred);
    // Tall enough for every backup (up to ten), no empty space below them.
    const int rows = std::clamp(int(candidates.size()), 3, 10);
    m_list->setFixedHeight(rows * m_list->fontMetrics().height() * 13 / 10
                           + 2 * m_list->frameWidth() + 4);
    auto *explanation = textLabel(
        tr("Either way the damaged file is kept in the same folder as “%1”; nothing is "
           "deleted. Restoring brings back the database as it was when the backup was made; "
           "changes made since then are only in the damaged file.")
            .arg(aside),
        this);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_quit, QDialogButtonBox::RejectRole);
    buttons->addButton(m_startEmpty, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    m_startEmpty->setToolTip(tr("Keep the damaged file aside and start with a new database"));
    connect(m_restore, &QPushButton::clicked, this, [this] { choose(Choice::Restore); });
    connect(m_startEmpty, &QPushButton::clicked, this, [this] { choose(Choice::StartEmpty); });
    connect(m_quit, &QPushButton::clicked, this, [this] { choose(Choice::Quit); });
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_restore->isEnabled())
            choose(Choice::Restore);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    updateButtons();
    if (m_restore->isEnabled())
        m_list->setFocus();
    else
        m_quit->setFocus();
}

QString RecoveryDialog::describe(const Candidate &candidate)
{
    const BackupInfo &backup = candidate.backup;
    const QLocale locale = QLocale::system();
    const QDateTime local = backup.created.toLocalTime();
    const qint64 days = local.date().daysTo(QDate::currentDate());
    QString when;
    if (days == 0)
        when = tr("Today %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    else if (days == 1)
        when = tr("Yesterday %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    else
        when = locale.toString(local, QLocale::ShortFormat);
    QString line = tr("%1 · %2 · %3")
                       .arg(when, BackupStore::reasonText(backup.reason),
                            locale.formattedDataSize(backup.bytes));
    if (!candidate.usable)
        line += u' ' + tr("(damaged, cannot be restored)");
    return line;
}

std::optional<BackupInfo> RecoveryDialog::selectedBackup() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_candidates.size() || !m_candidates.at(row).usable)
        return std::nullopt;
    return m_candidates.at(row).backup;
}

void RecoveryDialog::updateButtons()
{
    const bool canRestore = selectedBackup().has_value();
    m_restore->setEnabled(canRestore);
    m_restore->setDefault(canRestore);
    m_quit->setDefault(!canRestore);
}

void RecoveryDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}
