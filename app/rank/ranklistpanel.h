#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;
class RankController;
class RankListModel;
class RankListView;

// The list being built: which list, adding tracks, the entries in the
// user's order beside their scores and computed positions, sort by score,
// and the NRMP warnings.
class RankListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RankListPanel(RankController *controller, QWidget *parent = nullptr);

    RankListView *view() const { return m_view; }
    RankListModel *model() const { return m_model; }
    QComboBox *listBox() const { return m_lists; }
    QComboBox *trackPicker() const { return m_trackPicker; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *sortButton() const { return m_sort; }
    QLabel *warnings() const { return m_warnings; }

    // Puts a widget (the window's export and print menu) at the end of the
    // row that chooses the list.
    void addToListRow(QWidget *widget);

public Q_SLOTS:
    void openNewListDialog();

Q_SIGNALS:
    void currentTrackChanged(qint64 trackId);

private:
    void updateLists();
    void updateTracks();
    void updateWarnings();
    void updateButtons();
    void addPickedTrack();
    void restoreSelection();

    RankController *m_controller;
    RankListModel *m_model;
    RankListView *m_view;
    QComboBox *m_lists;
    QToolButton *m_newList;
    QToolButton *m_deleteList;
    QComboBox *m_trackPicker;
    QPushButton *m_add;
    QPushButton *m_sort;
    QLabel *m_warnings;
    QLabel *m_hint;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_pin;
    QToolButton *m_remove;
    qint64 m_selectedTrack = 0;
    QHBoxLayout *m_listRow = nullptr;
};
