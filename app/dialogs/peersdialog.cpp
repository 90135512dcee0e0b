#include "dialogs/peersdialog.h"

#include "models/peersmodel.h"
#include "storage/database.h"
#include "storage/peerrepository.h"
#include "undo/sharingcommands.h"
#include "util/inerttext.h"
#include "workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace rw;

PeersDialog::PeersDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new PeersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Classmates' Notes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Classmates whose notes you imported. Their notes appear beside "
                                "yours; removing a classmate removes only their notes."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PeersModel::SortRole);
    m_view = new QTableView;
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->sortByColumn(PeersModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PeersModel::NameColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Classmates"));
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(tr("No classmate's notes yet. Import a .rwnotes file a classmate sent "
                            "you to see their notes beside yours."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_remove = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    m_remove->setToolTip(tr("Remove the selected classmate and their notes (Delete)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });

    auto *removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    connect(removeAction, &QAction::triggered, this, [this] { removeSelected(); });
    addAction(removeAction);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeersDialog::updateButtons);
    connect(m_workspace, &Workspace::changed, this, [this](const Workspace::Changed &change) {
        if (change.what & Workspace::Peers)
            reload();
    });
    reload();
    resize(640, 380);
}

void PeersDialog::reload()
{
    auto peers = PeerRepository(*m_workspace->database()).peers();
    if (!peers) {
        QMessageBox::warning(this, tr("Cannot read classmates"), peers.message());
        return;
    }
    m_model->setPeers(*peers);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(PeersModel::NameColumn, QHeaderView::Stretch);
    const bool none = peers->isEmpty();
    m_view->setVisible(!none);
    m_empty->setVisible(none);
    if (!none && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
    updateButtons();
}

void PeersDialog::updateButtons()
{
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

void PeersDialog::removeSelected(bool confirm)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Peer *peer = m_model->peerAt(m_proxy->mapToSource(rows.constFirst()).row());
    if (!peer)
        return;
    const QString name = peer->name;
    const QString shown = InertText::isolate(InertText::visibleLine(name));
    if (confirm) {
        const QString question =
            tr("Remove %1 and their %n note(s)?", nullptr, peer->noteCount).arg(shown) + u' '
            + tr("Your own notes are not touched.") + u' ' + tr("You can undo this.");
        if (QMessageBox::question(this, tr("Remove Classmate"), question,
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    auto layer = PeerRepository(*m_workspace->database()).layer(name);
    Status removed = layer ? m_workspace->push(new RemovePeerCommand(m_workspace, *layer))
                           : Status(layer.error());
    if (!removed) {
        QMessageBox::warning(this, tr("Cannot remove"), removed.message());
        return;
    }
    Q_EMIT peersChanged(); // the workspace's change reloaded the list
}
