#include "pages/comparepage.h"

#include "icons.h"
#include "models/comparechoicesmodel.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/programrepository.h"
#include "util/keys.h"
#include "views/comparisonview.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace rw;

namespace {
constexpr int kKeyRole = CompareChoicesModel::KeyRole;
} // namespace

ComparePage::ComparePage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_addBox(new QComboBox(this))
    , m_addModel(new CompareChoicesModel(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_clearButton(new QPushButton(tr("C&lear"), this))
    , m_hideSame(new QCheckBox(tr("&Hide rows that are the same"), this))
    , m_view(new ComparisonView(this))
{
    m_providers.append(&m_notes);

    auto *addLabel = new QLabel(tr("Add a program or track:"), this);
    addLabel->setBuddy(m_addBox);
    m_addBox->setEditable(true);
    m_addBox->setInsertPolicy(QComboBox::NoInsert);
    m_addBox->setModel(m_addModel);
    m_addBox->setAccessibleName(tr("Program or track to add to the comparison"));
    m_addBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addBox->setMinimumContentsLength(32);
    m_addBox->lineEdit()->setPlaceholderText(tr("Type a name…"));
    m_addBox->completer()->setFilterMode(Qt::MatchContains);
    m_addBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_addBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_addBox, &QComboBox::activated, this, &ComparePage::addChosen);
    connect(m_addBox->lineEdit(), &QLineEdit::returnPressed, this, &ComparePage::addChosen);
    m_addButton->setIcon(Icons::themed(QStringLiteral("list-add"), QStyle::SP_ArrowDown));
    connect(m_addButton, &QPushButton::clicked, this, &ComparePage::addChosen);
    m_clearButton->setIcon(
        Icons::themed(QStringLiteral("edit-clear"), QStyle::SP_DialogResetButton));
    connect(m_clearButton, &QPushButton::clicked, this, [this] { setItems({}); });

    m_hideSame->setChecked(Settings::compareHideSame.get());
    connect(m_hideSame, &QCheckBox::toggled, this, [this](bool on) {
        Settings::compareHideSame.set(on);
        refresh();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(addLabel);
    bar->addWidget(m_addBox, 1);
    bar->addWidget(m_addButton);
    bar->addSpacing(12);
    bar->addWidget(m_hideSame);
    bar->addStretch();
    bar->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view, &ComparisonView::removeRequested, this, &ComparePage::removeItem);
    connect(m_workspace, &Workspace::databaseChanged, this, [this] {
        m_addBoxStale = true;
        if (isVisible())
            fillAddBox();
        setItems({});
    });
    connect(m_workspace, &Workspace::changed, this, [this](const Workspace::Changed &change) {
        if (change.what & (Workspace::Programs | Workspace::Tracks | Workspace::Sites)) {
            m_addBoxStale = true;
            if (isVisible())
                fillAddBox();
            refresh();
        } else if (change.what & Workspace::Notes) {
            const QString program = Keys::programOf(change.key);
            for (const QString &key : std::as_const(m_keys)) {
                if (program.isEmpty() || Keys::programOf(key) == program) {
                    refresh();
                    return;
                }
            }
        }
    });
    refresh();
}

ComparePage::~ComparePage() = default;

void ComparePage::addRowProvider(const CompareRowProvider *provider)
{
    m_providers.append(provider);
    refresh();
}

void ComparePage::setItems(const QStringList &keys)
{
    m_keys.clear();
    for (const QString &key : keys) {
        if (!m_keys.contains(key) && m_keys.size() < Comparison::kMaxItems)
            m_keys.append(key);
    }
    refresh();
    Q_EMIT itemsChanged(int(m_keys.size()));
}

void ComparePage::addItem(const QString &key)
{
    if (m_keys.contains(key) || m_keys.size() >= Comparison::kMaxItems)
        return;
    m_keys.append(key);
    refresh();
    Q_EMIT itemsChanged(int(m_keys.size()));
}

void ComparePage::removeItem(const QString &key)
{
    if (m_keys.removeAll(key) == 0)
        return;
    refresh();
    Q_EMIT itemsChanged(int(m_keys.size()));
}

void ComparePage::refresh()
{
    const bool full = m_keys.size() >= Comparison::kMaxItems;
    m_addBox->setEnabled(!full);
    m_addButton->setEnabled(!full);
    m_clearButton->setEnabled(!m_keys.isEmpty());
    // Hidden, it only remembers to redraw when shown again (notes autosave
    // every second while the Browse tab is in front).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    Database *db = m_workspace->database();
    if (!db || m_keys.isEmpty()) {
        m_view->showMessage(
            tr("Pick 2 to 4 programs or tracks to see them side by side.\n\nIn Browse, select "
               "them (Ctrl+click) and choose Program › Compare Selected, or add them here "
               "one by one."));
        return;
    }
    QList<CompareItem> items;
    QStringList gone;
    for (const QString &key : std::as_const(m_keys)) {
        auto item = Comparison::load(*db, key);
        if (item)
            items.append(std::move(item.value()));
        else
            gone.append(key); // deleted meanwhile
    }
    if (!gone.isEmpty()) {
        for (const QString &key : std::as_const(gone))
            m_keys.removeAll(key);
        Q_EMIT itemsChanged(int(m_keys.size()));
    }
    auto sections = Comparison::build(*db, items, m_providers);
    if (!sections) {
        m_view->showMessage(sections.message());
        return;
    }
    m_view->show(items, *sections, m_hideSame->isChecked());
}

void ComparePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_addBoxStale)
        fillAddBox();
    if (m_stale)
        refresh();
}

void ComparePage::fillAddBox()
{
    m_addModel->clear();
    Database *db = m_workspace->database();
    if (!db)
        return;
    m_addBoxStale = false;
    auto programs = ProgramRepository(*db).listSummaries();
    if (!programs)
        return;
    m_addModel->setPrograms(*programs);
    m_addBox->setCurrentIndex(-1);
    m_addBox->clearEditText();
}

void ComparePage::addChosen()
{
    const QString text = m_addBox->currentText();
    int row = m_addBox->findText(text, Qt::MatchFixedString);
    if (row < 0)
        row = m_addBox->currentIndex();
    QString key = row >= 0 ? m_addBox->itemData(row, kKeyRole).toString() : QString();
    if (key.isEmpty() && !text.trimmed().isEmpty()) {
        // Part of a name: one match is taken as meant; several are offered
        // in the popup to choose from with the arrow keys.
        QCompleter *completer = m_addBox->completer();
        completer->setCompletionPrefix(text);
        if (completer->completionCount() == 1)
            key = completer->completionModel()->index(0, 0).data(kKeyRole).toString();
        else if (completer->completionCount() > 1)
            completer->complete();
    }
    if (key.isEmpty())
        return;
    addItem(key);
    m_addBox->setCurrentIndex(-1);
    m_addBox->clearEditText();
}
