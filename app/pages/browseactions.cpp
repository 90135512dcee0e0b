// BrowsePage's actions: what the Program menu, the toolbar and the list's
// context menu offer for the selection.

#include "icons.h"
#include "pages/browsepage.h"
#include "pages/programedits.h"
#include "views/notespanel.h"

#include <QAction>
#include <QTreeView>

void BrowsePage::createActions()
{
    m_addProgram = new QAction(Icons::themed(QStringLiteral("list-add"), QStyle::SP_FileIcon),
                               tr("Add &Program…"), this);
    m_addProgram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_addProgram->setToolTip(tr("Add a program the catalog does not have"));
    m_addProgram->setIconText(tr("Add Program"));
    connect(m_addProgram, &QAction::triggered, this,
            [this] { ProgramEdits::addProgram(window(), m_workspace); });

    m_addTrack = new QAction(tr("Add &Track…"), this);
    m_addTrack->setToolTip(tr("Add a track of your own to the selected program"));
    connect(m_addTrack, &QAction::triggered, this, [this] {
        if (!m_shown.key.isEmpty())
            ProgramEdits::addTrack(window(), m_workspace, m_shown.key);
    });
    m_addSite = new QAction(tr("Add Continuity &Site…"), this);
    m_addSite->setToolTip(tr("Add a continuity site of your own to the selected program"));
    connect(m_addSite, &QAction::triggered, this, [this] {
        if (!m_shown.key.isEmpty())
            ProgramEdits::addSite(window(), m_workspace, m_shown.key);
    });

    m_edit = new QAction(
        Icons::themed(QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView),
        tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(tr("Edit the selected program or track you added"));
    connect(m_edit, &QAction::triggered, this,
            [this] { ProgramEdits::edit(window(), m_workspace, currentKey()); });

    m_delete = new QAction(Icons::themed(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon),
                           tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    // Only in the program list: elsewhere Delete belongs to text fields.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_delete);
    m_delete->setToolTip(tr("Delete the selected program or track you added (undoable)"));
    connect(m_delete, &QAction::triggered, this, [this] {
        if (ProgramEdits::remove(window(), m_workspace, currentKey()))
            Q_EMIT statusMessage(tr("Deleted. Edit › Undo brings it back."));
    });

    m_compare = new QAction(
        Icons::themed(QStringLiteral("view-split-left-right"), QStyle::SP_FileDialogListView),
        tr("&Compare Selected"), this);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compare->setToolTip(tr("Compare the selected programs or tracks side by side (2 to 4; "
                             "Ctrl+click to select several)"));
    m_compare->setIconText(tr("Compare"));
    connect(m_compare, &QAction::triggered, this, [this] {
        const QStringList keys = selectedKeys();
        if (keys.size() > 4)
            Q_EMIT statusMessage(
                tr("Only the first 4 of the %1 selected are compared.").arg(keys.size()));
        Q_EMIT compareRequested(keys);
    });

    m_newNote = new QAction(Icons::themed(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                            tr("&New Note"), this);
    m_newNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newNote->setToolTip(tr("Write a new note on the selected program or track"));
    connect(m_newNote, &QAction::triggered, this, [this] { m_notes->newNote(); });

    m_addToRankList =
        new QAction(Icons::themedOnly(QStringLiteral("list-add")), tr("Add to &Rank List"), this);
    m_addToRankList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_addToRankList->setToolTip(tr("Put the selected track at the end of the rank list"));
    connect(m_addToRankList, &QAction::triggered, this, [this] {
        if (const QString key = rankableTrackKey(); !key.isEmpty())
            Q_EMIT addToRankListRequested(key);
    });
}
