#include "models/programtreemodel.h"

#include "text/displayformat.h"
#include "util/keys.h"

#include <QFont>

#include <algorithm>
#include <numeric>

using namespace rw;

namespace {

// Child rows carry their program's (shown) row + 1 as internal id; top-level rows 0.
constexpr quintptr kTopLevel = 0;

// Orders two SortRole values: text without regard to case, numbers by value,
// a missing value first.
int compareSortValues(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return int(a.isValid()) - int(b.isValid());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseInsensitive);
    const double x = a.toDouble();
    const double y = b.toDouble();
    return x < y ? -1 : (x > y ? 1 : 0);
}

// Sorts `positions` by `keys` (indexed by position), keeping the given
// order among equals.
void sortPositions(QList<int> &positions, const QList<QVariant> &keys, Qt::SortOrder order)
{
    std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) {
        const int c = compareSortValues(keys.at(a), keys.at(b));
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
}

} // namespace

ProgramTreeModel::ProgramTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ProgramIndex::ProgramEntry ProgramTreeModel::emptyEntry(const Program &program)
{
    ProgramIndex::ProgramEntry entry;
    entry.key = program.key;
    entry.state = program.state;
    entry.tracks.reserve(program.tracks.size());
    for (const Track &track : program.tracks) {
        ProgramIndex::TrackEntry trackEntry;
        trackEntry.type = track.type;
        entry.tracks.append(trackEntry);
    }
    return entry;
}

namespace {

bool sameTracks(const Program &a, const Program &b)
{
    if (a.tracks.size() != b.tracks.size())
        return false;
    for (qsizetype t = 0; t < a.tracks.size(); ++t) {
        if (a.tracks.at(t).key != b.tracks.at(t).key || a.tracks.at(t).type != b.tracks.at(t).type)
            return false;
    }
    return true;
}

} // namespace

void ProgramTreeModel::setPrograms(QList<Program> programs)
{
    beginResetModel();
    // Entries already built stay with their programs; the rest wait.
    QList<ProgramIndex::ProgramEntry> old = m_index.entries();
    m_index.setEntries({});
    QList<ProgramIndex::ProgramEntry> entries;
    entries.reserve(programs.size());
    QList<bool> hasEntry;
    hasEntry.reserve(programs.size());
    QHash<QString, qsizetype> positions;
    positions.reserve(programs.size());
    m_missingEntries = 0;
    for (qsizetype p = 0; p < programs.size(); ++p) {
        const Program &program = programs.at(p);
        positions.insert(program.key, p);
        const qsizetype was = positionOf(program.key);
        if (was >= 0 && m_hasEntry.value(was) && sameTracks(m_programs.at(was), program)) {
            entries.append(std::move(old[was]));
            hasEntry.append(true);
        } else {
            entries.append(emptyEntry(program));
            hasEntry.append(false);
            ++m_missingEntries;
        }
    }
    old.clear();
    m_programs = std::move(programs);
    m_positions = std::move(positions);
    m_index.setEntries(std::move(entries));
    m_hasEntry = std::move(hasEntry);
    m_matches = {};
    computeOrder();
    rebuildRows();
    endResetModel();
}

void ProgramTreeModel::setEntries(QList<ProgramIndex::ProgramEntry> entries)
{
    QList<ProgramIndex::ProgramEntry> all = m_index.entries();
    m_index.setEntries({});
    for (ProgramIndex::ProgramEntry &entry : entries) {
        const qsizetype p = positionOf(entry.key);
        if (p < 0 || entry.tracks.size() != m_programs.at(p).tracks.size())
            continue;
        if (!m_hasEntry.at(p)) {
            m_hasEntry[p] = true;
            --m_missingEntries;
        }
        all[p] = std::move(entry);
    }
    m_index.setEntries(std::move(all));
    // What is shown was matched over other text: match everything again.
    m_matches.narrowable = false;
}

void ProgramTreeModel::replaceProgram(const QString &key, const std::optional<Program> &summary)
{
    beginResetModel();
    const qsizetype position = positionOf(key);
    QList<ProgramIndex::ProgramEntry> entries = m_index.entries();
    m_index.setEntries({});
    if (position >= 0 && summary) {
        if (!sameTracks(m_programs.at(position), *summary) && m_hasEntry.at(position)) {
            entries[position] = emptyEntry(*summary);
            m_hasEntry[position] = false;
            ++m_missingEntries;
        }
        entries[position].state = summary->state;
        m_programs[position] = *summary;
    } else if (summary) {
        m_positions.insert(summary->key, m_programs.size());
        m_programs.append(*summary);
        entries.append(emptyEntry(*summary));
        m_hasEntry.append(false);
        ++m_missingEntries;
    } else if (position >= 0) {
        if (!m_hasEntry.at(position))
            --m_missingEntries;
        m_programs.removeAt(position);
        entries.removeAt(position);
        m_hasEntry.removeAt(position);
        m_positions.remove(key);
        for (auto it = m_positions.begin(); it != m_positions.end(); ++it) {
            if (*it > position)
                --*it;
        }
    }
    m_index.setEntries(std::move(entries));
    m_matches = {};
    computeOrder();
    rebuildRows();
    endResetModel();
}

QStringList ProgramTreeModel::keysWithoutEntry() const
{
    QStringList keys;
    for (qsizetype p = 0; p < m_programs.size() && keys.size() < m_missingEntries; ++p) {
        if (!m_hasEntry.at(p))
            keys.append(m_programs.at(p).key);
    }
    return keys;
}

void ProgramTreeModel::setMatches(ProgramIndex::Matches matches)
{
    // A reset, not row-by-row removals: with thousands of rows coming and
    // going on a keystroke, views and persistent indexes handle one reset in
    // linear time where scattered removals cost quadratic time.
    beginResetModel();
    m_matches = std::move(matches);
    rebuildRows();
    endResetModel();
}

void ProgramTreeModel::computeOrder()
{
    const qsizetype count = m_programs.size();
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    m_trackOrder.resize(count);
    QList<QVariant> keys;
    if (m_sortColumn >= 0) {
        keys.reserve(count);
        for (const Program &program : std::as_const(m_programs))
            keys.append(programData(program, m_sortColumn, SortRole));
        sortPositions(m_order, keys, m_sortOrder);
    }
    for (qsizetype p = 0; p < count; ++p) {
        const Program &program = m_programs.at(p);
        QList<int> &tracks = m_trackOrder[p];
        tracks.resize(program.tracks.size());
        std::iota(tracks.begin(), tracks.end(), 0);
        if (m_sortColumn >= 0 && tracks.size() > 1) {
            keys.clear();
            for (const Track &track : program.tracks)
                keys.append(trackData(program, track, m_sortColumn, SortRole));
            sortPositions(tracks, keys, m_sortOrder);
        }
    }
}

void ProgramTreeModel::rebuildRows()
{
    m_rows.clear();
    m_trackRows.clear();
    m_rows.reserve(m_programs.size());
    m_trackRows.reserve(m_programs.size());
    for (int p : std::as_const(m_order)) {
        if (!m_matches.program(p))
            continue;
        QList<int> tracks;
        for (int t : m_trackOrder.at(p)) {
            if (m_matches.track(p, t))
                tracks.append(t);
        }
        m_rows.append(p);
        m_trackRows.append(tracks);
    }
}

void ProgramTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Where each persistent index points, by position rather than row.
    struct Where
    {
        int program;
        int track; // -1 for the program's own row
        int column;
    };
    const QModelIndexList before = persistentIndexList();
    QList<Where> where;
    where.reserve(before.size());
    for (const QModelIndex &index : before) {
        if (index.internalId() == kTopLevel) {
            where.append({m_rows.value(index.row(), -1), -1, index.column()});
        } else {
            const int parentRow = int(index.internalId() - 1);
            where.append({m_rows.value(parentRow, -1),
                          m_trackRows.value(parentRow).value(index.row(), -1), index.column()});
        }
    }
    m_sortColumn = column;
    m_sortOrder = order;
    computeOrder();
    rebuildRows();
    QList<int> rowOf(m_programs.size(), -1);
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        rowOf[m_rows.at(row)] = int(row);
    QModelIndexList after;
    after.reserve(before.size());
    for (const Where &w : std::as_const(where)) {
        const int row = w.program >= 0 ? rowOf.value(w.program, -1) : -1;
        if (row < 0) {
            after.append(QModelIndex());
        } else if (w.track < 0) {
            after.append(createIndex(row, w.column, kTopLevel));
        } else {
            const int trackRow = int(m_trackRows.at(row).indexOf(w.track));
            after.append(trackRow < 0 ? QModelIndex()
                                      : createIndex(trackRow, w.column, quintptr(row) + 1));
        }
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qsizetype ProgramTreeModel::positionOf(const QString &programKey) const
{
    return m_positions.value(programKey, -1);
}

bool ProgramTreeModel::contains(const QString &programKey) const
{
    return positionOf(programKey) >= 0;
}

void ProgramTreeModel::updateEntry(const QString &programKey, ProgramIndex::ProgramEntry entry)
{
    const qsizetype position = positionOf(programKey);
    if (position < 0 || entry.tracks.size() != m_programs.at(position).tracks.size())
        return;
    m_index.replaceEntry(position, std::move(entry));
    if (!m_hasEntry.at(position)) {
        m_hasEntry[position] = true;
        --m_missingEntries;
    }
    // The shown matches were computed over the old text; the next keystroke
    // must look at every program again.
    m_matches.narrowable = false;
}

void ProgramTreeModel::updateProgram(const Program &summary)
{
    const qsizetype position = positionOf(summary.key);
    if (position < 0 || !sameTracks(m_programs.at(position), summary))
        return;
    m_programs[position] = summary;
    const QModelIndex program = indexOfProgram(summary.key);
    if (!program.isValid())
        return;
    Q_EMIT dataChanged(index(program.row(), 0), index(program.row(), ColumnCount - 1));
    const int tracks = rowCount(program);
    if (tracks > 0)
        Q_EMIT dataChanged(index(0, 0, program), index(tracks - 1, ColumnCount - 1, program));
}

QModelIndex ProgramTreeModel::indexOfKey(const QString &key) const
{
    const QModelIndex program = indexOfProgram(Keys::programOf(key));
    if (!program.isValid() || !Keys::isValidTrackKey(key))
        return program;
    const QList<Track> &tracks = m_programs.at(m_rows.at(program.row())).tracks;
    const QList<int> &shown = m_trackRows.at(program.row());
    for (qsizetype row = 0; row < shown.size(); ++row) {
        if (tracks.at(shown.at(row)).key == key)
            return index(int(row), 0, program);
    }
    return program;
}

const Program *ProgramTreeModel::programAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype row =
        index.internalId() == kTopLevel ? index.row() : qsizetype(index.internalId() - 1);
    return row >= 0 && row < m_rows.size() ? &m_programs.at(m_rows.at(row)) : nullptr;
}

const Track *ProgramTreeModel::trackAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kTopLevel)
        return nullptr;
    const qsizetype parentRow = qsizetype(index.internalId() - 1);
    const Program *program = programAt(index);
    if (!program || index.row() >= m_trackRows.at(parentRow).size())
        return nullptr;
    return &program->tracks.at(m_trackRows.at(parentRow).at(index.row()));
}

QModelIndex ProgramTreeModel::indexOfProgram(const QString &key) const
{
    const qsizetype position = positionOf(key);
    if (position < 0 || !m_matches.program(position))
        return {};
    const qsizetype row = m_rows.indexOf(int(position));
    return row < 0 ? QModelIndex() : index(int(row), 0);
}

QModelIndex ProgramTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_rows.size())
        return {};
    if (row >= m_trackRows.at(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProgramTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ProgramTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_trackRows.at(parent.row()).size());
}

int ProgramTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}
