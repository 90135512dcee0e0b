#include "pages/rankpage.h"

#include "rank/rankdocument.h"
#include "rank/ranklistpanel.h"
#include "rank/rankworkspace.h"
#include "storage/database.h"
#include "workspace.h"

#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

RankPage::RankPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_workspace, &Workspace::databaseAboutToClose, this, &RankPage::drop);
    connect(m_workspace, &Workspace::databaseChanged, this, &RankPage::rebuild);
    connect(m_workspace, &Workspace::changed, this, [this](const Workspace::Changed &change) {
        // Re-reading every track and the list's analysis is for when it is
        // seen, not for every edit made in Browse (the document follows the
        // rank list's own changes itself).
        if (!(change.what & (Workspace::Programs | Workspace::Tracks)))
            return;
        m_reloadPending = m_rank != nullptr;
        if (isVisible())
            ensureBuilt();
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
    m_stale = true;
    if (isVisible())
        ensureBuilt();
}

void RankPage::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

RankWorkspace *RankPage::rankWorkspace()
{
    ensureBuilt();
    return m_rank;
}

void RankPage::ensureBuilt()
{
    if (m_reloadPending && !m_stale && m_rank) {
        m_reloadPending = false;
        m_rank->reload();
    }
    if (!m_stale)
        return;
    m_reloadPending = false;
    m_stale = false;
    if (m_workspace->database()) {
        m_rank = new RankWorkspace(m_workspace, this);
        m_layout->addWidget(m_rank);
        if (!m_listActions.isEmpty()) {
            auto *button = new QToolButton(m_rank);
            button->setText(tr("E&xport"));
            button->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setPopupMode(QToolButton::InstantPopup);
            button->setToolTip(tr("Export, print or import the rank list"));
            button->setAccessibleName(tr("Export, print or import"));
            auto *menu = new QMenu(button);
            menu->addActions(m_listActions);
            button->setMenu(menu);
            m_rank->listPanel()->addToListRow(button);
        }
    }
}

void RankPage::setListActions(const QList<QAction *> &actions)
{
    m_listActions = actions;
    rebuild();
}

QString RankPage::currentListName()
{
    ensureBuilt();
    if (!m_rank)
        return {};
    const rw::RankList *list = m_rank->document()->currentList();
    return list ? list->name : QString();
}

void RankPage::showList(const QString &name)
{
    ensureBuilt();
    if (!m_rank)
        return;
    for (const rw::RankList &list : m_rank->document()->lists()) {
        if (list.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_rank->document()->setCurrentList(list.id);
            return;
        }
    }
}

rw::Status RankPage::addTrack(const QString &trackKey)
{
    ensureBuilt();
    if (!m_rank)
        return rw::Error::internal(tr("No database is open."));
    return m_rank->addTrack(trackKey);
}
