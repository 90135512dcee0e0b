#pragma once

#include <QTableView>

// The list table: one entry selected at a time, reordered by drag and drop
// or from the keyboard (Ctrl+Up / Ctrl+Down move the current entry, Space
// pins or unpins it, Delete takes it off the list). The view only asks; the
// workspace turns requests into undo commands.
class RankListView : public QTableView
{
    Q_OBJECT

public:
    explicit RankListView(QWidget *parent = nullptr);

    qint64 currentTrackId() const;
    void selectTrack(qint64 trackId);

Q_SIGNALS:
    void moveRequested(qint64 trackId, int position);
    void pinToggleRequested(qint64 trackId);
    void removeRequested(qint64 trackId);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool handlesKey(const QKeyEvent *event) const;
};
