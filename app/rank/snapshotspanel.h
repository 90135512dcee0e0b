#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;
class RankController;
class SnapshotChangesModel;
class SnapshotModel;

// Snapshots of the current list: take one (with an optional label), see
// what changed since any of them, and restore one.
class SnapshotsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotsPanel(RankController *controller, QWidget *parent = nullptr);

    QTableView *snapshotView() const { return m_snapshotView; }
    QLineEdit *labelEdit() const { return m_label; }
    QPushButton *takeButton() const { return m_take; }
    QPushButton *restoreButton() const { return m_restore; }
    SnapshotModel *snapshotModel() const { return m_snapshots; }
    SnapshotChangesModel *changesModel() const { return m_changes; }
    qint64 selectedSnapshot() const;

private:
    void showSelected();
    void followSnapshots();

    RankController *m_controller;
    SnapshotModel *m_snapshots;
    SnapshotChangesModel *m_changes;
    QLineEdit *m_label;
    QPushButton *m_take;
    QPushButton *m_restore;
    QTableView *m_snapshotView;
    QTableView *m_changesView;
};
