#include "rank/snapshotspanel.h"

#include "rank/rankcontroller.h"
#include "rank/rankdocument.h"
#include "rank/snapshotchangesmodel.h"
#include "rank/snapshotmodel.h"
#include "storage/snapshotrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SnapshotsPanel::SnapshotsPanel(RankController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_snapshots(new SnapshotModel(controller->document(), this))
    , m_changes(new SnapshotChangesModel(controller->document(), this))
    , m_label(new QLineEdit(this))
    , m_take(new QPushButton(QIcon::fromTheme(QStringLiteral("camera-photo")), tr("&Take snapshot"),
                             this))
    , m_restore(new QPushButton(QIcon::fromTheme(QStringLiteral("document-revert")),
                                tr("&Restore this snapshot"), this))
    , m_snapshotView(new QTableView(this))
    , m_changesView(new QTableView(this))
{
    m_label->setPlaceholderText(tr("Label (optional), e.g. after second looks"));
    m_label->setMaxLength(int(rw::SnapshotRepository::kMaxLabelLength));
    m_label->setAccessibleName(tr("Snapshot label"));
    m_restore->setToolTip(tr("Put this order back (your current order is snapshotted first, "
                             "and Undo takes you back)"));

    for (QTableView *view : {m_snapshotView, m_changesView}) {
        view->verticalHeader()->hide();
        view->setAlternatingRowColors(true);
        view->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
    }
    m_snapshotView->setModel(m_snapshots);
    m_snapshotView->setAccessibleName(tr("Snapshots"));
    m_snapshotView->horizontalHeader()->setSectionResizeMode(SnapshotModel::WhyColumn,
                                                             QHeaderView::Stretch);
    m_changesView->setModel(m_changes);
    m_changesView->setAccessibleName(tr("Changes since the snapshot"));
    m_changesView->horizontalHeader()->setSectionResizeMode(SnapshotChangesModel::TrackColumn,
                                                            QHeaderView::Stretch);
    m_changesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_changesView->setTextElideMode(Qt::ElideMiddle); // program at the front, track at the end

    auto *take = new QHBoxLayout;
    take->addWidget(m_label, 1);
    take->addWidget(m_take);
    auto *changesHeader = new QHBoxLayout;
    changesHeader->addWidget(new QLabel(tr("What changed since the selected snapshot:"), this), 1);
    changesHeader->addWidget(m_restore);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(take);
    layout->addWidget(m_snapshotView, 2);
    layout->addLayout(changesHeader);
    layout->addWidget(m_changesView, 3);

    connect(m_take, &QPushButton::clicked, this, [this] {
        if (m_controller->takeSnapshot(m_label->text()))
            m_label->clear();
    });
    connect(m_label, &QLineEdit::returnPressed, m_take, &QPushButton::click);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedSnapshot())
            static_cast<void>(m_controller->restoreSnapshot(id));
    });
    connect(m_snapshotView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SnapshotsPanel::showSelected);
    connect(m_snapshots, &QAbstractItemModel::modelReset, this, &SnapshotsPanel::followSnapshots);
    followSnapshots();
}

// A reset drops the selection: keep showing the same snapshot if it is
// still there, else the newest one.
void SnapshotsPanel::followSnapshots()
{
    for (int column : {int(SnapshotModel::TakenColumn), int(SnapshotModel::RanksColumn),
                       int(SnapshotModel::ChangedColumn)})
        m_snapshotView->resizeColumnToContents(column);
    const qint64 shown = m_changes->snapshotId();
    for (int row = 0; row < m_snapshots->rowCount(); ++row) {
        const QModelIndex index = m_snapshots->index(row, 0);
        if (index.data(SnapshotModel::SnapshotIdRole).toLongLong() == shown) {
            m_snapshotView->setCurrentIndex(index);
            return;
        }
    }
    if (m_snapshots->rowCount() > 0)
        m_snapshotView->setCurrentIndex(m_snapshots->index(0, 0));
    showSelected();
}

qint64 SnapshotsPanel::selectedSnapshot() const
{
    const QModelIndex current = m_snapshotView->currentIndex();
    return current.isValid()
        ? current.siblingAtColumn(0).data(SnapshotModel::SnapshotIdRole).toLongLong()
        : 0;
}

void SnapshotsPanel::showSelected()
{
    const qint64 id = selectedSnapshot();
    m_changes->setSnapshot(id);
    m_restore->setEnabled(id != 0);
    m_take->setEnabled(m_controller->document()->currentList() != nullptr);
}
