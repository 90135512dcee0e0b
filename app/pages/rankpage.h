#pragma once

#include "util/result.h"

#include <QList>
#include <QWidget>

class QAction;
class QVBoxLayout;
class RankWorkspace;
class Workspace;

// The Rank List tab: hosts the rank list builder for whichever database the
// window has open, building a new RankWorkspace when the database changes
// and reloading it when programs or tracks change elsewhere. The builder
// (lists, ratings, scores) is made when the tab is first shown or first
// asked for, not at start-up, and read again when next shown or asked for
// after programs changed.
class RankPage : public QWidget
{
    Q_OBJECT

public:
    explicit RankPage(Workspace *workspace, QWidget *parent = nullptr);

    // Builds it first when needed; nullptr without a database.
    RankWorkspace *rankWorkspace();
    bool isBuilt() const { return !m_stale; }
    // Puts a track on the current list (from the browser's "Add to Rank List").
    rw::Status addTrack(const QString &trackKey);
    // The list shown, empty when there is none.
    QString currentListName();
    // Shows the list with this name (case aside), if there is one.
    void showList(const QString &name);
    // The window's export, print and import actions, offered from a menu
    // button beside the list chooser.
    void setListActions(const QList<QAction *> &actions);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void drop();
    void ensureBuilt();

    Workspace *m_workspace;
    QVBoxLayout *m_layout;
    RankWorkspace *m_rank = nullptr;
    bool m_stale = true; // m_rank is not what the database holds
    bool m_reloadPending = false; // programs changed since m_rank was read
    QList<QAction *> m_listActions;
};
