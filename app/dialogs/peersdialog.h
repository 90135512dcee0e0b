#pragma once

#include "util/result.h"

#include <QDialog>

#include <functional>

class PeersModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace rw {
class Database;
}

// The classmates whose notes were imported, with how many notes each and
// when; removing one removes their notes only (an undoable step on
// `undoStack` when one is given). Follows the undo stack, so undoing a
// removal or an import elsewhere shows here at once.
class PeersDialog : public QDialog
{
    Q_OBJECT

public:
    PeersDialog(rw::Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Given to the undo commands this dialog creates: called after their later
    // undo and redo, so the window can refresh and report failures.
    void setCommandObserver(std::function<void(const rw::Status &)> observer)
    {
        m_observer = std::move(observer);
    }

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

    rw::Database &m_db;
    QUndoStack *m_undoStack;
    std::function<void(const rw::Status &)> m_observer;
    PeersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_remove;
};
