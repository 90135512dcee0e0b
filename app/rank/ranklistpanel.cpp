#include "rank/ranklistpanel.h"

#include "rank/newlistdialog.h"
#include "rank/rankcontroller.h"
#include "rank/rankdocument.h"
#include "rank/ranklistmodel.h"
#include "rank/ranklistview.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

using namespace rw;

namespace {
QToolButton *toolButton(const QString &icon, const QString &text, const QString &tip,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}
} // namespace

RankListPanel::RankListPanel(RankController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new RankListModel(controller->document(), this))
    , m_view(new RankListView(this))
    , m_lists(new QComboBox(this))
    , m_newList(toolButton(QStringLiteral("document-new"), tr("&New list…"),
                           tr("Create a primary or supplemental rank list"), this))
    , m_deleteList(toolButton(QStringLiteral("edit-delete"), tr("Delete list"),
                              tr("Delete this list and its snapshots (Undo brings it back)"), this))
    , m_trackPicker(new QComboBox(this))
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("A&dd to list"), this))
    , m_sort(new QPushButton(QIcon::fromTheme(QStringLiteral("view-sort-descending")),
                             tr("&Sort by score"), this))
    , m_warnings(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_up(toolButton(QStringLiteral("go-up"), tr("Up"), tr("Move up (Ctrl+Up)"), this))
    , m_down(toolButton(QStringLiteral("go-down"), tr("Down"), tr("Move down (Ctrl+Down)"), this))
    , m_pin(toolButton(QStringLiteral("pin"), tr("Pin"),
                       tr("Pin or unpin: sort by score leaves pinned entries in place (Space)"),
                       this))
    , m_remove(toolButton(QStringLiteral("list-remove"), tr("Remove"),
                          tr("Take the entry off the list (Delete)"), this))
{
    m_lists->setAccessibleName(tr("Rank list"));
    m_lists->setMinimumContentsLength(16);
    m_trackPicker->setEditable(true);
    m_trackPicker->setInsertPolicy(QComboBox::NoInsert);
    m_trackPicker->setAccessibleName(tr("Track to add"));
    m_trackPicker->lineEdit()->setPlaceholderText(tr("Find a program or track to add…"));
    m_trackPicker->completer()->setFilterMode(Qt::MatchContains);
    m_trackPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_trackPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_trackPicker->setMinimumContentsLength(24);
    m_sort->setToolTip(tr("Reorder by score, leaving pinned entries in place. A snapshot of the "
                          "order before is taken first."));

    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setMargin(6);
    m_warnings->setAccessibleName(tr("NRMP warnings"));
    m_hint->setWordWrap(true);

    m_model->setParent(this);
    m_view->setModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RankListModel::TrackColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    auto fit = [&](int column, const QString &sample) {
        header->resizeSection(column, metrics.horizontalAdvance(sample) + 18);
    };
    fit(RankListModel::RankColumn, QStringLiteral("Rank"));
    fit(RankListModel::ScoreColumn, QStringLiteral("≈ 100.0"));
    fit(RankListModel::ComputedColumn, tr("By score"));
    fit(RankListModel::DistanceColumn, QStringLiteral("▼ 99"));
    fit(RankListModel::PinnedColumn, tr("Pin") + QStringLiteral("MM"));
    fit(RankListModel::NrmpColumn, QStringLiteral("1234140C0"));
    fit(RankListModel::MissingColumn, tr("10 missing"));
    m_view->setTextElideMode(Qt::ElideRight);

    auto *listRow = new QHBoxLayout;
    auto *listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_lists);
    listRow->addWidget(listLabel);
    listRow->addWidget(m_lists, 1);
    listRow->addWidget(m_newList);
    listRow->addWidget(m_deleteList);
    m_listRow = listRow;

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_trackPicker, 1);
    addRow->addWidget(m_add);
    addRow->addSpacing(12);
    addRow->addWidget(m_sort);

    auto *entryRow = new QHBoxLayout;
    for (QToolButton *button : {m_up, m_down, m_pin, m_remove})
        entryRow->addWidget(button);
    entryRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listRow);
    layout->addLayout(addRow);
    layout->addWidget(m_warnings);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(entryRow);

    RankDocument *document = controller->document();
    connect(m_lists, &QComboBox::activated, this, [this](int index) {
        m_controller->document()->setCurrentList(m_lists->itemData(index).toLongLong());
    });
    connect(m_newList, &QToolButton::clicked, this, &RankListPanel::openNewListDialog);
    connect(m_deleteList, &QToolButton::clicked, this,
            [this] { static_cast<void>(m_controller->deleteCurrentList()); });
    connect(m_add, &QPushButton::clicked, this, &RankListPanel::addPickedTrack);
    connect(m_trackPicker->lineEdit(), &QLineEdit::returnPressed, this,
            &RankListPanel::addPickedTrack);
    connect(m_sort, &QPushButton::clicked, this,
            [this] { static_cast<void>(m_controller->sortByScore()); });

    connect(m_view, &RankListView::moveRequested, controller, &RankController::moveEntry);
    connect(m_view, &RankListView::pinToggleRequested, controller, &RankController::togglePinned);
    connect(m_view, &RankListView::removeRequested, controller, &RankController::removeEntry);
    connect(m_model, &RankListModel::moveRequested, controller, &RankController::moveEntry);
    connect(m_model, &RankListModel::pinRequested, controller, &RankController::setPinned);
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row > 0)
            static_cast<void>(m_controller->moveEntry(m_view->currentTrackId(), row));
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row >= 0 && row + 1 < m_model->rowCount())
            static_cast<void>(m_controller->moveEntry(m_view->currentTrackId(), row + 2));
    });
    connect(m_pin, &QToolButton::clicked, this,
            [this] { static_cast<void>(m_controller->togglePinned(m_view->currentTrackId())); });
    connect(m_remove, &QToolButton::clicked, this,
            [this] { static_cast<void>(m_controller->removeEntry(m_view->currentTrackId())); });

    // Keep the same entry selected across the resets that every edit causes.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedTrack = m_view->currentTrackId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RankListPanel::restoreSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        Q_EMIT currentTrackChanged(m_view->currentTrackId());
    });

    connect(document, &RankDocument::listsChanged, this, &RankListPanel::updateLists);
    connect(document, &RankDocument::currentListChanged, this, &RankListPanel::updateLists);
    connect(document, &RankDocument::tracksChanged, this, &RankListPanel::updateTracks);
    connect(document, &RankDocument::analysisChanged, this, &RankListPanel::updateTracks);
    connect(document, &RankDocument::analysisChanged, this, &RankListPanel::updateWarnings);
    updateLists();
    updateTracks();
    updateWarnings();
    restoreSelection();
}

void RankListPanel::restoreSelection()
{
    if (m_selectedTrack != 0)
        m_view->selectTrack(m_selectedTrack);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, RankListModel::TrackColumn));
    updateButtons();
    Q_EMIT currentTrackChanged(m_view->currentTrackId());
}

void RankListPanel::updateLists()
{
    RankDocument *document = m_controller->document();
    const QSignalBlocker blocker(m_lists);
    m_lists->clear();
    for (const RankList &list : document->lists()) {
        m_lists->addItem(list.kind == RankListKind::Supplemental
                             ? tr("%1 (supplemental)").arg(list.name)
                             : list.name,
                         list.id);
    }
    m_lists->setCurrentIndex(m_lists->findData(document->currentListId()));
    updateButtons();
    updateWarnings();
}

void RankListPanel::updateTracks()
{
    RankDocument *document = m_controller->document();
    const ListAnalysis *analysis = document->analysis();
    const QString typed = m_trackPicker->currentText();
    const QSignalBlocker blocker(m_trackPicker);
    m_trackPicker->clear();
    for (const TrackRef &track : document->tracks()) {
        if (analysis && analysis->indexOfTrack(track.id) >= 0)
            continue; // already on the list
        m_trackPicker->addItem(track.label, track.key);
    }
    m_trackPicker->setCurrentIndex(-1);
    m_trackPicker->setEditText(typed);
    updateButtons();
}

void RankListPanel::updateWarnings()
{
    const ListAnalysis *analysis = m_controller->document()->analysis();
    QStringList lines;
    if (analysis) {
        for (const NrmpRules::Warning &warning : analysis->warnings())
            lines.append(tr("⚠ %1").arg(warning.message));
    }
    m_warnings->setText(lines.join(u'\n'));
    // The NRMP code column only when some entry has one.
    bool anyCode = false;
    for (int e = 0; analysis && e < analysis->entryCount(); ++e)
        anyCode = anyCode || !analysis->entries().at(e).nrmpCode.isEmpty();
    m_view->setColumnHidden(RankListModel::NrmpColumn, !anyCode);
    m_warnings->setVisible(!lines.isEmpty());

    if (!m_controller->document()->currentList())
        m_hint->setText(tr("No rank list yet. Create one with “New list…” to start ranking."));
    else if (analysis && analysis->entryCount() == 0)
        m_hint->setText(tr("This list is empty. Find a program or track above and add it."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void RankListPanel::updateButtons()
{
    RankDocument *document = m_controller->document();
    const bool hasList = document->currentList() != nullptr;
    const int row = m_view->currentIndex().row();
    const bool hasEntry = row >= 0;
    m_deleteList->setEnabled(hasList);
    m_trackPicker->setEnabled(hasList);
    m_add->setEnabled(hasList && m_trackPicker->count() > 0);
    m_sort->setEnabled(hasList && m_model->rowCount() > 1);
    m_up->setEnabled(hasEntry && row > 0);
    m_down->setEnabled(hasEntry && row + 1 < m_model->rowCount());
    m_pin->setEnabled(hasEntry);
    m_remove->setEnabled(hasEntry);
}

void RankListPanel::addPickedTrack()
{
    // The typed text may match an item the completer offered without it
    // being chosen; take the exact match, else the single one containing it.
    QString key = m_trackPicker->currentData().toString();
    const QString typed = m_trackPicker->currentText().trimmed();
    if (key.isEmpty() || m_trackPicker->itemText(m_trackPicker->currentIndex()) != typed) {
        key.clear();
        int found = -1;
        int matches = 0;
        for (int i = 0; i < m_trackPicker->count(); ++i) {
            if (m_trackPicker->itemText(i).compare(typed, Qt::CaseInsensitive) == 0) {
                found = i;
                matches = 1;
                break;
            }
            if (!typed.isEmpty()
                && m_trackPicker->itemText(i).contains(typed, Qt::CaseInsensitive)) {
                found = i;
                ++matches;
            }
        }
        if (matches == 1)
            key = m_trackPicker->itemData(found).toString();
        else if (!typed.isEmpty())
            m_controller->reportProblem(
                matches == 0
                    ? tr("No track to add matches “%1”.").arg(typed)
                    : tr("%n tracks match “%1”: choose one from the list.", nullptr, matches)
                          .arg(typed));
    }
    if (key.isEmpty())
        return;
    const RankList *list = m_controller->document()->currentList();
    if (!list)
        return;
    if (m_controller->addTrack(key)) {
        m_trackPicker->setEditText(QString());
        if (auto track = RankListRepository(m_controller->document()->database()).track(key))
            m_view->selectTrack(track->id);
    }
}

void RankListPanel::addToListRow(QWidget *widget)
{
    m_listRow->addWidget(widget);
}

void RankListPanel::openNewListDialog()
{
    NewListDialog dialog(this);
    if (m_controller->document()->lists().isEmpty())
        dialog.nameEdit()->setText(tr("My rank list"));
    while (dialog.exec() == QDialog::Accepted) {
        const Status status = m_controller->createList(dialog.name(), dialog.kind());
        if (status)
            return;
        dialog.showProblem(status.message());
    }
}
