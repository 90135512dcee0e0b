#pragma once

#include "util/result.h"

#include <QDialog>

class PeersModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Workspace;

// The classmates whose notes were imported, with how many notes each and
// when; removing one removes their notes only, as an undoable step. Follows
// the workspace, so undoing a removal or an import shows here at once.
class PeersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeersDialog(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    // Removes the selected classmate after asking; `confirm` false skips the question (tests).
    void removeSelected(bool confirm = true);

    QTableView *view() const { return m_view; }
    PeersModel *model() const { return m_model; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void peersChanged();

private:
    void updateButtons();

    Workspace *m_workspace;
    PeersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_remove;
};
