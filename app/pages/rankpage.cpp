#include "pages/rankpage.h"

#include "rank/rankworkspace.h"
#include "storage/database.h"
#include "workspace.h"

#include <QVBoxLayout>

RankPage::RankPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_workspace, &Workspace::databaseAboutToClose, this, &RankPage::drop);
    connect(m_workspace, &Workspace::databaseChanged, this, &RankPage::rebuild);
    connect(m_workspace, &Workspace::programsChanged, this, [this] {
        if (m_rank)
            m_rank->reload();
    });
    rebuild();
}

void RankPage::drop()
{
    // The rank workspace holds a reference to the database: it must go first.
    delete m_rank;
    m_rank = nullptr;
}

void RankPage::rebuild()
{
    drop();
    if (rw::Database *db = m_workspace->database()) {
        m_rank = new RankWorkspace(*db, m_workspace->undoStack(), this);
        m_layout->addWidget(m_rank);
    }
}

rw::Status RankPage::addTrack(const QString &trackKey)
{
    if (!m_rank)
        return rw::Error::internal(tr("No database is open."));
    return m_rank->addTrack(trackKey);
}
