// BrowsePage: reading the programs and their search text, so that a
// database of 10,000 programs shows at once (docs/performance.md):
//  - loadDatabase() lists the first screenful by name before the first
//    paint and the rest once the list has painted (completeList());
//  - the filter's search text is read on a worker thread
//    (SearchIndexBuilder) for large databases, started after that paint,
//    and at once for small ones;
//  - an edit of one program re-reads that program and its search text,
//    keeping everyone else's; other changes re-read the list (summaries).

#include "models/programtreemodel.h"
#include "pages/browsepage.h"
#include "pages/searchindexbuilder.h"
#include "storage/database.h"
#include "storage/programrepository.h"
#include "storage/resourcerepository.h"
#include "storage/searchtextrepository.h"
#include "util/keys.h"
#include "views/notespanel.h"
#include "views/programdetailsview.h"
#include "workspace.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QTreeView>

using namespace rw;

namespace {
int s_firstPageAbove = 1000;
int s_backgroundIndexAbove = 300;
int s_firstPage = 80; // enough rows for a tall screen
} // namespace

void BrowsePage::setLargeDatabaseThresholds(int firstPageAbove, int backgroundIndexAbove,
                                            int firstPage)
{
    s_firstPageAbove = firstPageAbove;
    s_backgroundIndexAbove = backgroundIndexAbove;
    s_firstPage = firstPage;
}

bool BrowsePage::isSearchReady() const
{
    return m_model->hasAllEntries() && !m_indexBuilder->isRunning();
}

void BrowsePage::loadDatabase()
{
    m_indexBuilder->cancel();
    m_staleEntries.clear();
    m_partial = false;
    Database *db = m_workspace->database();
    if (!db) {
        reload();
        return;
    }
    ProgramRepository repository(*db);
    const Result<int> counted = repository.countPrograms();
    const int count = counted ? *counted : 0;
    auto resources = ResourceRepository(*db).all();
    m_resources = resources ? *resources : QList<Resource>();
    // A screenful in name order is an index walk that stops early; any
    // other order needs every row anyway.
    if (count <= s_firstPageAbove || m_model->sortColumn() != ProgramTreeModel::NameColumn
        || m_model->sortOrder() != Qt::AscendingOrder) {
        m_model->setPrograms({}); // nothing to keep from another database
        readList({}, {});
        return;
    }
    auto page = repository.listSummaries(s_firstPage);
    if (!page) {
        Q_EMIT statusMessage(page.message());
        return;
    }
    m_shown = {};
    m_holdDetails = true;
    m_firstScreenQueued = false;
    m_model->setPrograms(std::move(page.value()));
    m_partial = true;
    m_total = count;
    fillFacets();
    applyFilter();
    // Not shown yet (the window is being built): once the list has painted
    // (eventFilter()), the first program's details show and the rest of the
    // list is read; already shown: right after this.
    if (m_view->viewport()->isVisible()) {
        m_firstScreenQueued = true;
        QTimer::singleShot(0, this, &BrowsePage::finishFirstScreen);
    }
}

bool BrowsePage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_partial && !m_firstScreenQueued && watched == m_view->viewport()
        && event->type() == QEvent::Paint) {
        m_firstScreenQueued = true;
        QTimer::singleShot(0, this, &BrowsePage::finishFirstScreen);
    }
    return QWidget::eventFilter(watched, event);
}

void BrowsePage::finishFirstScreen()
{
    if (!m_partial)
        return;
    // The details lay out rich text: worth a frame of their own, after the
    // list's and before the rest of the list is read.
    m_holdDetails = false;
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    else
        currentChanged();
    QTimer::singleShot(0, this, &BrowsePage::completeList);
}

void BrowsePage::completeList()
{
    if (!m_partial)
        return;
    Database *db = m_workspace->database();
    if (!db)
        return;
    auto programs = ProgramRepository(*db).listSummaries();
    if (!programs) {
        Q_EMIT statusMessage(programs.message());
        return;
    }
    m_partial = false;
    const bool detailsHeld = m_holdDetails; // asked for before the first paint
    m_holdDetails = false;
    const QString keep = currentKey();
    m_model->setPrograms(std::move(programs.value()));
    // Only now, so that the worker does not compete with the first paint.
    if (!m_model->hasAllEntries() && !m_indexBuilder->isRunning())
        rebuildSearchIndex();
    fillFacets();
    applyFilter();
    if (!keep.isEmpty()) {
        const QModelIndex again = m_model->indexOfKey(keep);
        if (again.isValid()) {
            const QSignalBlocker blocker(m_view->selectionModel());
            m_view->selectionModel()->setCurrentIndex(
                again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    if (detailsHeld) {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        else
            currentChanged();
    }
}

void BrowsePage::reload(const QString &focusKey)
{
    if (focusKey.isEmpty() || m_partial || !m_workspace->database()) {
        readList(focusKey.isEmpty() ? currentKey() : focusKey, focusKey);
        return;
    }
    // One program changed: read that one (10,000 others stay as they are).
    m_shown = {};
    const QString program = Keys::programOf(focusKey);
    auto summary = ProgramRepository(*m_workspace->database()).summary(program);
    if (!summary && summary.error().kind != Error::Kind::NotFound) {
        Q_EMIT statusMessage(summary.message());
        return;
    }
    m_model->replaceProgram(program, summary ? std::optional<Program>(*summary) : std::nullopt);
    QStringList keys = m_model->keysWithoutEntry();
    if (summary && !keys.contains(program))
        keys.append(program);
    refreshEntries(keys);
    fillFacets();
    applyFilter();
    selectKey(focusKey);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    if (!m_view->currentIndex().isValid()) {
        m_details->clear();
        m_notes->clear();
    }
}

void BrowsePage::readList(const QString &keep, const QString &changed)
{
    m_shown = {};
    m_partial = false;
    m_holdDetails = false;
    Database *db = m_workspace->database();
    if (!db) {
        m_indexBuilder->cancel();
        m_model->setPrograms({});
        m_details->clear();
        m_notes->clear();
        updateSummary(0, 0, false);
        return;
    }
    ProgramRepository repository(*db);
    auto programs = repository.listSummaries();
    if (!programs) {
        Q_EMIT statusMessage(programs.message());
        return;
    }
    m_model->setPrograms(std::move(programs.value()));
    // The program edited has new text; programs new to the list have none
    // yet. Without one named any program may have changed (an import,
    // another process): everyone's is read again.
    if (changed.isEmpty()) {
        rebuildSearchIndex();
    } else {
        QStringList keys = m_model->keysWithoutEntry();
        const QString program = Keys::programOf(changed);
        if (!keys.contains(program))
            keys.append(program);
        refreshEntries(keys);
    }
    fillFacets();
    applyFilter();
    if (!keep.isEmpty())
        selectKey(keep);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    if (!m_view->currentIndex().isValid()) {
        m_details->clear();
        m_notes->clear();
    }
}

void BrowsePage::rebuildSearchIndex()
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    m_staleEntries.clear();
    if (m_partial || m_model->programs().size() > s_backgroundIndexAbove) {
        // Entries already held keep serving the filter meanwhile.
        m_indexBuilder->start(db->path(), m_model->programs());
        return;
    }
    m_indexBuilder->cancel();
    auto entries = SearchTextRepository(*db).entries(m_model->programs());
    if (!entries) {
        Q_EMIT statusMessage(entries.message());
        return;
    }
    m_model->setEntries(std::move(entries.value()));
}

void BrowsePage::refreshEntries(const QStringList &programKeys)
{
    Database *db = m_workspace->database();
    if (!db || programKeys.isEmpty())
        return;
    if (m_indexBuilder->isRunning()) {
        // The build may have read these before they changed: read them
        // again when it is done.
        for (const QString &key : programKeys) {
            if (!m_staleEntries.contains(key))
                m_staleEntries.append(key);
        }
        return;
    }
    QList<Program> programs;
    for (const QString &key : programKeys) {
        const QModelIndex row = m_model->indexOfProgram(key);
        if (const Program *program = m_model->programAt(row))
            programs.append(*program);
        else if (m_model->contains(key))
            programs.append(*ProgramRepository(*db).summary(key)); // filtered out
    }
    if (programs.isEmpty())
        return;
    auto entries = SearchTextRepository(*db).entries(programs);
    if (!entries) {
        Q_EMIT statusMessage(entries.message());
        return;
    }
    m_model->setEntries(std::move(entries.value()));
}

void BrowsePage::searchIndexBuilt(QList<ProgramIndex::ProgramEntry> entries)
{
    m_model->setEntries(std::move(entries));
    QStringList stale = m_staleEntries + m_model->keysWithoutEntry();
    m_staleEntries.clear();
    stale.removeDuplicates();
    refreshEntries(stale);
    fillFacets();
    applyFilter();
    Q_EMIT searchReady();
}

void BrowsePage::followChange(const Workspace::Changed &change)
{
    const Workspace::Changes programs = Workspace::Programs | Workspace::Tracks | Workspace::Sites;
    if (change.what & programs)
        reload(change.key);
    else if ((change.what & Workspace::Notes) && change.key.isEmpty())
        reload(); // a classmate's notes, on any program
    else if (change.what & Workspace::Notes)
        refreshNotes(Keys::programOf(change.key));
}

void BrowsePage::refreshNotes(const QString &programKey)
{
    Database *db = m_workspace->database();
    if (!db || !m_model->contains(programKey))
        return;
    // The Notes column's counts, and the filter's text.
    if (auto summary = ProgramRepository(*db).summary(programKey))
        m_model->updateProgram(*summary);
    refreshEntries({programKey});
    // Typing saves every second; redraw the details once it settles.
    if (programKey == m_shown.key)
        m_detailsTimer.start();
}
