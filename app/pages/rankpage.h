#pragma once

#include "util/result.h"

#include <QWidget>

class QVBoxLayout;
class RankWorkspace;
class Workspace;

// The Rank List tab: hosts the rank list builder for whichever database the
// window has open, building a new RankWorkspace when the database changes
// and reloading it when programs or tracks change elsewhere.
class RankPage : public QWidget
{
    Q_OBJECT

public:
    explicit RankPage(Workspace *workspace, QWidget *parent = nullptr);

    RankWorkspace *rankWorkspace() const { return m_rank; }
    // Puts a track on the current list (from the browser's "Add to Rank List").
    rw::Status addTrack(const QString &trackKey);

private:
    void rebuild();
    void drop();

    Workspace *m_workspace;
    QVBoxLayout *m_layout;
    RankWorkspace *m_rank = nullptr;
};
