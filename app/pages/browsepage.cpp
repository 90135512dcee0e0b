#include "pages/browsepage.h"

#include "icons.h"
#include "model/curriculumfeature.h"
#include "models/programtreemodel.h"
#include "pages/programedits.h"
#include "pages/searchindexbuilder.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/searchtextrepository.h"
#include "util/keys.h"
#include "views/notespanel.h"
#include "views/programdetailsview.h"
#include "widgets/noteeditor.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace rw;

namespace {
// Above this cost per filter pass, typing waits for a pause before filtering.
constexpr qint64 kInstantFilterMs = 40;
constexpr int kDebounceMs = 150;
constexpr int kDetailsRefreshMs = 700;
} // namespace

BrowsePage::BrowsePage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ProgramTreeModel(this))
    , m_indexBuilder(new SearchIndexBuilder(this))
    , m_filterEdit(new QLineEdit(this))
    , m_stateBox(new QComboBox(this))
    , m_typeBox(new QComboBox(this))
    , m_categoryBox(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_details(new ProgramDetailsView(this))
    , m_notes(new NotesPanel(workspace, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
{
    m_filterEdit->setPlaceholderText(
        tr("Filter by name, institution, city, site, curriculum or note text…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter programs"));
    m_filterEdit->addAction(Icons::themedOrBundled(QStringLiteral("edit-find")),
                            QLineEdit::LeadingPosition);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &BrowsePage::scheduleFilter);
    auto *clearFilter = new QAction(tr("Clear the Filter"), m_filterEdit);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filterEdit, &QLineEdit::clear);
    m_filterEdit->addAction(clearFilter);
    // Down (or Return) goes from the filter to what it found, as in a
    // search field with results below it.
    auto *toResults = new QAction(tr("Go to the Results"), m_filterEdit);
    toResults->setShortcuts(
        {QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    toResults->setShortcutContext(Qt::WidgetShortcut);
    connect(toResults, &QAction::triggered, this, [this] {
        if (m_filterTimer.isActive()) { // typed faster than the filter runs
            m_filterTimer.stop();
            applyFilter();
        }
        if (m_model->rowCount() == 0)
            return;
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    m_filterEdit->addAction(toResults);

    m_stateBox->setAccessibleName(tr("State"));
    m_typeBox->setAccessibleName(tr("Track type"));
    m_categoryBox->setAccessibleName(tr("Curriculum"));
    for (QComboBox *box : {m_stateBox, m_typeBox, m_categoryBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        connect(box, &QComboBox::currentIndexChanged, this, &BrowsePage::scheduleFilter);
    }

    m_filterTimer.setSingleShot(true);
    connect(&m_filterTimer, &QTimer::timeout, this, &BrowsePage::applyFilter);
    m_detailsTimer.setSingleShot(true);
    m_detailsTimer.setInterval(kDetailsRefreshMs);
    connect(&m_detailsTimer, &QTimer::timeout, this, [this] {
        if (m_shown.key.isEmpty() || !m_workspace->database())
            return;
        auto notes = NoteRepository(*m_workspace->database()).notesForProgram(m_shown.key);
        m_details->showProgram(m_shown, m_resources, notes ? *notes : QList<Note>());
    });

    // The model filters (ProgramTreeModel::setMatches()) and sorts itself.
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProgramTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Programs and tracks"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(ProgramTreeModel::NameColumn, 270);
    header->resizeSection(ProgramTreeModel::InstitutionColumn, 130);
    header->resizeSection(ProgramTreeModel::LocationColumn, 100);
    header->resizeSection(ProgramTreeModel::TypeColumn, 110);
    header->resizeSection(ProgramTreeModel::AmbulatoryColumn, 76);
    header->resizeSection(ProgramTreeModel::SitesColumn, 44);
    header->resizeSection(ProgramTreeModel::NotesColumn, 48);
    // Right-click the header to hide columns on a narrow screen.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 1; column < ProgramTreeModel::ColumnCount; ++column) {
            QAction *toggle =
                menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(column));
            connect(toggle, &QAction::toggled, header,
                    [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BrowsePage::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrowsePage::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, &BrowsePage::showContextMenu);

    m_summary->setAccessibleName(tr("How many programs are shown"));

    auto *facets = new QHBoxLayout;
    facets->setContentsMargins(0, 0, 0, 0);
    facets->addWidget(m_stateBox, 1);
    facets->addWidget(m_typeBox, 2);
    facets->addWidget(m_categoryBox, 3);

    auto *browser = new QWidget(this);
    auto *left = new QVBoxLayout(browser);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_filterEdit);
    left->addLayout(facets);
    left->addWidget(m_view, 1);
    left->addWidget(m_summary);

    m_rightSplitter->setObjectName(QStringLiteral("detailsSplitter"));
    m_rightSplitter->addWidget(m_details);
    m_rightSplitter->addWidget(m_notes);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_rightSplitter->setChildrenCollapsible(false);

    m_splitter->setObjectName(QStringLiteral("browseSplitter"));
    m_splitter->addWidget(browser);
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(0, 11);
    m_splitter->setStretchFactor(1, 9);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);

    connect(m_details, &ProgramDetailsView::noteTargetRequested, this, [this](const QString &key) {
        m_notes->setTarget(key);
        m_notes->editor()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_details, &ProgramDetailsView::editRequested, this,
            [this](const QString &key) { ProgramEdits::edit(window(), m_workspace, key); });
    connect(m_details, &ProgramDetailsView::deleteRequested, this, [this](const QString &key) {
        if (ProgramEdits::remove(window(), m_workspace, key))
            Q_EMIT statusMessage(tr("Deleted. Edit › Undo brings it back."));
    });

    connect(m_workspace, &Workspace::databaseChanged, this, &BrowsePage::loadDatabase);
    connect(m_workspace, &Workspace::databaseAboutToClose, m_indexBuilder,
            &SearchIndexBuilder::cancel);
    connect(m_workspace, &Workspace::changed, this, &BrowsePage::followChange);
    connect(m_indexBuilder, &SearchIndexBuilder::finished, this, &BrowsePage::searchIndexBuilt);
    connect(m_indexBuilder, &SearchIndexBuilder::failed, this, [this](const QString &message) {
        Q_EMIT statusMessage(message); // it says what was being read
    });
    // The rest of a long list is read once the first screenful is painted.
    m_view->viewport()->installEventFilter(this);

    createActions();
    fillFacets();
    updateActions();
}

void BrowsePage::selectKey(const QString &key)
{
    if (m_partial && !m_model->contains(Keys::programOf(key)))
        completeList();
    if (!m_model->contains(Keys::programOf(key)))
        return;
    if (!m_model->indexOfKey(key).isValid()) {
        // Hidden by the filter: show everything rather than hide what was asked for.
        const QSignalBlocker blocker(m_filterEdit);
        m_filterEdit->clear();
        for (QComboBox *box : {m_stateBox, m_typeBox, m_categoryBox}) {
            const QSignalBlocker boxBlocker(box);
            box->setCurrentIndex(0);
        }
        applyFilter();
    }
    const QModelIndex index = m_model->indexOfKey(key);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    if (Keys::isValidSiteKey(key))
        m_notes->setTarget(key);
}

QString BrowsePage::currentKey() const
{
    return m_view->currentIndex().data(ProgramTreeModel::KeyRole).toString();
}

QStringList BrowsePage::selectedKeys() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // In list order: a program before its tracks, programs as sorted.
    auto position = [](const QModelIndex &index) {
        return index.parent().isValid() ? std::pair(index.parent().row(), index.row() + 1)
                                        : std::pair(index.row(), 0);
    };
    std::sort(rows.begin(), rows.end(), [&](const QModelIndex &a, const QModelIndex &b) {
        return position(a) < position(b);
    });
    QStringList keys;
    for (const QModelIndex &row : std::as_const(rows))
        keys.append(row.data(ProgramTreeModel::KeyRole).toString());
    return keys;
}

void BrowsePage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void BrowsePage::scheduleFilter()
{
    m_filterTimer.start(m_lastFilterMs > kInstantFilterMs ? kDebounceMs : 0);
}

SearchFacets BrowsePage::facets() const
{
    SearchFacets facets;
    facets.state = m_stateBox->currentData().toString();
    const QString type = m_typeBox->currentData().toString();
    if (!type.isEmpty())
        facets.trackType = trackTypeFromId(type);
    facets.category = m_categoryBox->currentData().toString();
    return facets;
}

void BrowsePage::applyFilter()
{
    m_filterTimer.stop();
    const SearchFacets chosen = facets();
    const bool filtering = !m_filterEdit->text().trimmed().isEmpty() || !chosen.isEmpty();
    if (filtering && m_partial)
        completeList();
    if (filtering && !m_model->hasAllEntries()) {
        // Filtered once the search text is read (searchIndexBuilt()).
        m_summary->setText(tr("Preparing the filter: reading the text of %1 programs…")
                               .arg(m_model->programs().size()));
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const QString current = currentKey();
    // Typing on narrows what matched the keystroke before.
    ProgramIndex::Matches matches =
        m_model->searchIndex().match(m_filterEdit->text(), chosen, &m_model->matches());
    const int programs = matches.programCount;
    const int tracks = matches.trackCount;
    const bool filtered = !matches.all;
    m_model->setMatches(std::move(matches));
    // Tracks show under their programs while the list is short enough to
    // read; a list of thousands stays folded (and fast), one click away.
    if ((m_partial ? m_total : programs) <= kExpandAllLimit)
        m_view->expandAll();
    // Keep the selection when it is still shown (a reset forgets it).
    const QModelIndex again = m_model->indexOfKey(current);
    if (again.isValid()) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(
            again, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_lastFilterMs = clock.elapsed();
    updateSummary(programs, tracks, filtered);
}

void BrowsePage::updateSummary(int programs, int tracks, bool filtered)
{
    // The first screenful of a large database: what is listed of how many.
    const int total = m_partial ? m_total : int(m_model->programs().size());
    // Worded so that no count needs a plural form.
    if (m_partial)
        m_summary->setText(
            tr("Programs: %1 of %2 shown · tracks: %3").arg(programs).arg(total).arg(tracks));
    else if (!filtered)
        m_summary->setText(tr("Programs: %1 · tracks: %2").arg(total).arg(tracks));
    else if (programs == 0)
        m_summary->setText(tr("Nothing matches. Press Esc in the filter box to see all %1 "
                              "programs again.")
                               .arg(total));
    else
        m_summary->setText(
            tr("Programs: %1 of %2 shown · tracks: %3").arg(programs).arg(total).arg(tracks));
}

void BrowsePage::fillFacets()
{
    const ProgramIndex &index = m_model->searchIndex();
    auto refill = [](QComboBox *box, const QString &any,
                     const QList<QPair<QString, QString>> &items) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QString());
        for (const auto &[label, id] : items)
            box->addItem(label, id);
        const int found = box->findData(current);
        box->setCurrentIndex(found < 0 ? 0 : found);
    };
    QList<QPair<QString, QString>> states;
    for (const QString &state : index.states())
        states.append({state, state});
    refill(m_stateBox, tr("All states"), states);
    QList<QPair<QString, QString>> types;
    for (TrackType type : allTrackTypes())
        types.append({trackTypeDisplayName(type), trackTypeId(type)});
    refill(m_typeBox, tr("All track types"), types);
    QList<QPair<QString, QString>> categories;
    for (const QString &id : index.categories())
        categories.append({FeatureCategory::displayName(id), id});
    refill(m_categoryBox, tr("Any curriculum"), categories);
}

void BrowsePage::currentChanged()
{
    const QModelIndex source = m_view->currentIndex();
    const Program *summary = m_model->programAt(source);
    if (!summary || m_holdDetails) {
        updateActions();
        return;
    }
    const Track *track = m_model->trackAt(source);
    showProgram(summary->key, track ? track->key : summary->key);
    updateActions();
}

void BrowsePage::showProgram(const QString &programKey, const QString &targetKey)
{
    Database *db = m_workspace->database();
    if (!db)
        return;
    if (m_shown.key != programKey) {
        auto program = ProgramRepository(*db).program(programKey);
        if (!program) {
            Q_EMIT statusMessage(program.message());
            return;
        }
        m_shown = std::move(program.value());
    }
    m_detailsTimer.stop();
    auto notes = NoteRepository(*db).notesForProgram(programKey);
    m_details->showProgram(m_shown, m_resources, notes ? *notes : QList<Note>());
    m_notes->setProgram(m_shown, targetKey);
}

QString BrowsePage::rankableTrackKey() const
{
    // A track, or a program that has exactly one (nothing to choose).
    const QModelIndex source = m_view->currentIndex();
    if (const Track *track = m_model->trackAt(source))
        return track->key;
    const Program *program = m_model->programAt(source);
    if (program && program->tracks.size() == 1)
        return program->tracks.constFirst().key;
    return {};
}

void BrowsePage::updateActions()
{
    const QModelIndex source = m_view->currentIndex();
    const Program *program = m_model->programAt(source);
    const Track *track = m_model->trackAt(source);
    const bool own =
        track ? track->origin == Origin::User : program && program->origin == Origin::User;
    m_addTrack->setEnabled(program);
    m_addSite->setEnabled(program);
    m_edit->setEnabled(own);
    m_delete->setEnabled(own);
    m_newNote->setEnabled(program);
    m_addToRankList->setEnabled(!rankableTrackKey().isEmpty());
    m_compare->setEnabled(!m_view->selectionModel()->selectedRows().isEmpty());
}

void BrowsePage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_compare);
    menu.addAction(m_newNote);
    menu.addAction(m_addToRankList);
    menu.addSeparator();
    menu.addAction(m_addTrack);
    menu.addAction(m_addSite);
    menu.addAction(m_edit);
    menu.addAction(m_delete);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void BrowsePage::saveLayout() const
{
    Settings::browseSplitter.set(m_splitter->saveState());
    Settings::browseDetailsSplitter.set(m_rightSplitter->saveState());
    if (auto *notes = m_notes->findChild<QSplitter *>(QStringLiteral("notesSplitter")))
        Settings::browseNotesSplitter.set(notes->saveState());
    Settings::browseColumns.set(m_view->header()->saveState());
}

void BrowsePage::restoreLayout()
{
    // First start: the list gets a little more room than the details, the
    // details a little more than the notes (sizes act as proportions).
    if (!m_splitter->restoreState(Settings::browseSplitter.get()))
        m_splitter->setSizes({5600, 4400});
    if (!m_rightSplitter->restoreState(Settings::browseDetailsSplitter.get()))
        m_rightSplitter->setSizes({5500, 4500});
    if (auto *notes = m_notes->findChild<QSplitter *>(QStringLiteral("notesSplitter")))
        notes->restoreState(Settings::browseNotesSplitter.get());
    m_view->header()->restoreState(Settings::browseColumns.get());
}
