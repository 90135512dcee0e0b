// What ProgramTreeModel shows: the cells of program and track rows, and the
// header.
#include "models/programtreemodel.h"
#include "text/displayformat.h"
#include "util/keys.h"

#include <QFont>

using namespace rw;

namespace {

QString locationText(const Program &program)
{
    if (program.city.isEmpty())
        return program.state;
    if (program.state.isEmpty())
        return program.city;
    return program.city + QStringLiteral(", ") + program.state;
}

} // namespace

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
            return DisplayFormat::range(program.ambulatoryShare, DisplayFormat::Unit::Percent);
        case SitesColumn:
            if (role == SortRole)
                return program.siteCount;
            return program.siteCount > 0 ? QVariant(program.siteCount) : QVariant();
        case NotesColumn:
            if (role == SortRole)
                return program.noteCount;
            return program.noteCount > 0 ? QVariant(program.noteCount) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn && program.origin == Origin::User)
            return tr("%1 (added by you)").arg(program.name);
        if (column == NameColumn)
            return program.name;
        if (column == NotesColumn)
            return tr("Notes on this program, its tracks and sites: %1").arg(program.noteCount);
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
            return DisplayFormat::range(share, DisplayFormat::Unit::Percent);
        }
        case InstitutionColumn:
            return track.nrmpCode.isEmpty() ? QVariant()
                                            : QVariant(tr("NRMP %1").arg(track.nrmpCode));
        case NotesColumn:
            if (role == SortRole)
                return track.noteCount;
            return track.noteCount > 0 ? QVariant(track.noteCount) : QVariant();
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
