#include "models/programtreemodel.h"

#include "util/keys.h"

#include <QFont>
#include <QLocale>

using namespace rw;

namespace {

// Child rows carry their program's (shown) row + 1 as internal id; top-level rows 0.
constexpr quintptr kTopLevel = 0;

QString shareText(const Range &share)
{
    const QLocale locale;
    if (share.min && share.max && *share.min != *share.max)
        return ProgramTreeModel::tr("%1–%2%").arg(locale.toString(*share.min),
                                                  locale.toString(*share.max));
    if (const auto value = share.midpoint())
        return ProgramTreeModel::tr("%1%").arg(locale.toString(*value));
    return {};
}

QString locationText(const Program &program)
{
    if (program.city.isEmpty())
        return program.state;
    if (program.state.isEmpty())
        return program.city;
    return program.city + QStringLiteral(", ") + program.state;
}

} // namespace

ProgramTreeModel::ProgramTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ProgramTreeModel::setPrograms(QList<Program> programs, ProgramIndex index)
{
    beginResetModel();
    m_programs = std::move(programs);
    m_index = std::move(index);
    m_matches = {};
    rebuildRows();
    endResetModel();
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

void ProgramTreeModel::rebuildRows()
{
    m_rows.clear();
    m_trackRows.clear();
    m_rows.reserve(m_programs.size());
    m_trackRows.reserve(m_programs.size());
    for (qsizetype p = 0; p < m_programs.size(); ++p) {
        if (!m_matches.program(p))
            continue;
        QList<int> tracks;
        for (qsizetype t = 0; t < m_programs.at(p).tracks.size(); ++t) {
            if (m_matches.track(p, t))
                tracks.append(int(t));
        }
        m_rows.append(int(p));
        m_trackRows.append(tracks);
    }
}

qsizetype ProgramTreeModel::positionOf(const QString &programKey) const
{
    for (qsizetype p = 0; p < m_programs.size(); ++p) {
        if (m_programs.at(p).key == programKey)
            return p;
    }
    return -1;
}

bool ProgramTreeModel::contains(const QString &programKey) const
{
    return positionOf(programKey) >= 0;
}

void ProgramTreeModel::updateEntry(const QString &programKey, ProgramIndex::ProgramEntry entry)
{
    const qsizetype position = positionOf(programKey);
    if (position < 0 || position >= m_index.size())
        return;
    m_index.replaceEntry(position, std::move(entry));
    // The shown matches were computed over the old text; the next keystroke
    // must look at every program again.
    m_matches.narrowable = false;
    const QModelIndex program = indexOfProgram(programKey);
    if (!program.isValid())
        return;
    Q_EMIT dataChanged(index(program.row(), NotesColumn), index(program.row(), NotesColumn));
    const int tracks = rowCount(program);
    if (tracks > 0)
        Q_EMIT dataChanged(index(0, NotesColumn, program), index(tracks - 1, NotesColumn, program));
}

const ProgramIndex::ProgramEntry *ProgramTreeModel::entryAt(qsizetype position) const
{
    return position >= 0 && position < m_index.size() ? &m_index.entries().at(position) : nullptr;
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
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_programs.at(m_rows.at(row)).key == key)
            return index(int(row), 0);
    }
    return {};
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

QVariant ProgramTreeModel::data(const QModelIndex &index, int role) const
{
    const Program *program = programAt(index);
    if (!program)
        return {};
    if (const Track *track = trackAt(index))
        return trackData(*program, *track, index.column(), role);
    return programData(*program, index.column(), role);
}

QVariant ProgramTreeModel::programData(const Program &program, int column, int role) const
{
    switch (role) {
    case KeyRole:
        return program.key;
    case IsTrackRole:
        return false;
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            return program.name;
        case InstitutionColumn:
            return program.institutionName;
        case LocationColumn:
            return locationText(program);
        case TypeColumn: {
            // The kinds of track on offer, each once.
            QStringList types;
            for (const Track &track : program.tracks) {
                const QString type = trackTypeDisplayName(track.type);
                if (!types.contains(type))
                    types.append(type);
            }
            return types.join(QStringLiteral(", "));
        }
        case AmbulatoryColumn:
            if (role == SortRole)
                return program.ambulatoryShare.midpoint().value_or(-1);
            return shareText(program.ambulatoryShare);
        case SitesColumn:
            if (role == SortRole)
                return program.siteCount;
            return program.siteCount > 0 ? QVariant(program.siteCount) : QVariant();
        case NotesColumn: {
            const qsizetype row = &program - m_programs.constData();
            const int notes = entryAt(row) ? entryAt(row)->noteCount : 0;
            if (role == SortRole)
                return notes;
            return notes > 0 ? QVariant(notes) : QVariant();
        }
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn && program.origin == Origin::User)
            return tr("%1 (added by you)").arg(program.name);
        if (column == NameColumn)
            return program.name;
        if (column == NotesColumn) {
            const qsizetype row = &program - m_programs.constData();
            const int notes = entryAt(row) ? entryAt(row)->noteCount : 0;
            return tr("Notes on this program, its tracks and sites: %1").arg(notes);
        }
        break;
    case Qt::FontRole:
        if (column == NameColumn && program.origin == Origin::User) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == SitesColumn || column == NotesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProgramTreeModel::trackData(const Program &program, const Track &track, int column,
                                     int role) const
{
    switch (role) {
    case KeyRole:
        return track.key;
    case IsTrackRole:
        return true;
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            return track.name;
        case TypeColumn:
            return trackTypeDisplayName(track.type);
        case AmbulatoryColumn: {
            const Range &share =
                track.ambulatoryShare.isEmpty() ? program.ambulatoryShare : track.ambulatoryShare;
            if (role == SortRole)
                return share.midpoint().value_or(-1);
            return shareText(share);
        }
        case InstitutionColumn:
            return track.nrmpCode.isEmpty() ? QVariant()
                                            : QVariant(tr("NRMP %1").arg(track.nrmpCode));
        case NotesColumn: {
            const int notes = trackNoteCount(program, track);
            if (role == SortRole)
                return notes;
            return notes > 0 ? QVariant(notes) : QVariant();
        }
        default:
            break;
        }
        break;
    case Qt::FontRole:
        if (column == NameColumn && track.origin == Origin::User) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return track.origin == Origin::User ? tr("%1 (added by you)").arg(track.name)
                                                : track.name;
        break;
    case Qt::TextAlignmentRole:
        if (column == NotesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

int ProgramTreeModel::trackNoteCount(const Program &program, const Track &track) const
{
    const ProgramIndex::ProgramEntry *entry = entryAt(&program - m_programs.constData());
    const qsizetype row = &track - program.tracks.constData();
    if (!entry || row < 0 || row >= entry->tracks.size())
        return 0;
    return entry->tracks.at(row).noteCount;
}

QVariant ProgramTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Program / track");
    case InstitutionColumn:
        return tr("Institution");
    case LocationColumn:
        return tr("City, state");
    case TypeColumn:
        return tr("Track type");
    case AmbulatoryColumn:
        return tr("Ambulatory");
    case SitesColumn:
        return tr("Sites");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}
