#pragma once

#include <QTableView>

// The ratings grid, made for typing: on a rating cell, 1 to 5 rate and move
// down to the next track, Delete, Backspace or 0 clear. Double-click (or F2)
// opens a chooser for mouse users.
class RatingsView : public QTableView
{
    Q_OBJECT

public:
    explicit RatingsView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fitColumns();
};
