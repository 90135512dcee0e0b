#include "models/programtreemodel.h"

#include <QLocale>

using namespace rw;

namespace {

// Child rows carry their program's row + 1 as internal id; top-level rows 0.
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

void ProgramTreeModel::setPrograms(QList<Program> programs)
{
    beginResetModel();
    m_programs = std::move(programs);
    endResetModel();
}

const Program *ProgramTreeModel::programAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype row =
        index.internalId() == kTopLevel ? index.row() : qsizetype(index.internalId() - 1);
    return row >= 0 && row < m_programs.size() ? &m_programs.at(row) : nullptr;
}

const Track *ProgramTreeModel::trackAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kTopLevel)
        return nullptr;
    const Program *program = programAt(index);
    if (!program || index.row() >= program->tracks.size())
        return nullptr;
    return &program->tracks.at(index.row());
}

QModelIndex ProgramTreeModel::indexOfProgram(const QString &key) const
{
    for (qsizetype row = 0; row < m_programs.size(); ++row) {
        if (m_programs.at(row).key == key)
            return index(int(row), 0);
    }
    return {};
}

QModelIndex ProgramTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_programs.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_programs.size())
        return {};
    if (row >= m_programs.at(parent.row()).tracks.size())
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
        return int(m_programs.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_programs.at(parent.row()).tracks.size());
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
        case TypeColumn:
            return role == SortRole
                ? QVariant(program.tracks.size())
                : QVariant(tr("%n track(s)", nullptr, int(program.tracks.size())));
        case AmbulatoryColumn:
            if (role == SortRole)
                return program.ambulatoryShare.midpoint().value_or(-1);
            return shareText(program.ambulatoryShare);
        case SitesColumn:
            if (role == SortRole)
                return program.siteCount;
            return program.siteCount > 0 ? QVariant(program.siteCount) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn && program.origin == Origin::User)
            return tr("Added by you");
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
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
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
    }
    return {};
}
