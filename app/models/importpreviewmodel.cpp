#include "models/importpreviewmodel.h"

#include "util/inerttext.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace rw;

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setPreview(const NotesFile *file, const ImportPreview &preview)
{
    beginResetModel();
    m_file = file;
    m_preview = preview;
    endResetModel();
}

const ImportItemPlan *ImportPreviewModel::planAt(int row) const
{
    if (!m_file || row < 0 || row >= m_preview.items.size())
        return nullptr;
    return &m_preview.items.at(row);
}

const NoteItem *ImportPreviewModel::itemAt(int row) const
{
    const ImportItemPlan *plan = planAt(row);
    return plan ? &m_file->items.at(plan->index) : nullptr;
}

QString ImportPreviewModel::howName(TargetMatch::How how)
{
    switch (how) {
    case TargetMatch::How::Key:
        return tr("Key");
    case TargetMatch::How::NrmpCode:
        return tr("NRMP code");
    case TargetMatch::How::Names:
        return tr("Names");
    case TargetMatch::How::ProgramOnly:
        return tr("Program only");
    case TargetMatch::How::None:
        break;
    }
    return tr("No match");
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_file ? 0 : int(m_preview.items.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    const ImportItemPlan *plan = index.isValid() ? planAt(index.row()) : nullptr;
    if (!plan)
        return {};
    const NoteItem &item = m_file->items.at(plan->index);
    const bool matched = plan->match.matched();

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TheirTargetColumn:
            return InertText::visibleLine(item.target.label());
        case MatchColumn:
            return matched ? InertText::visibleLine(plan->match.label) : tr("Not in your programs");
        case HowColumn:
            return howName(plan->match.how);
        case ChangeColumn:
            return NotesImporter::changeName(plan->change);
        case TextColumn:
            return InertText::excerpt(item.body, 160);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TheirTargetColumn:
            return QString(
                InertText::visibleLine(item.target.institution) + QStringLiteral(" — ")
                + InertText::visibleLine(item.target.label()) + QStringLiteral("\n")
                + tr("Key in their file: %1").arg(InertText::visibleLine(item.target.key)));
        case MatchColumn:
        case HowColumn:
            return InertText::visibleLine(plan->match.reason);
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        // Skipped rows recede; the Change column says so in words too.
        if (plan->change == ImportItemPlan::Change::Skipped)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (index.column() == MatchColumn && !matched) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case ChangeRole:
        return int(plan->change);
    case MatchedRole:
        return matched;
    case CategoryRole: {
        QString category = matched ? QStringLiteral("matched") : QStringLiteral("unmatched");
        category += u' ' + NotesImporter::changeId(plan->change);
        return category;
    }
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TheirTargetColumn:
        return tr("In their file");
    case MatchColumn:
        return tr("Here");
    case HowColumn:
        return tr("Matched by");
    case ChangeColumn:
        return tr("Import");
    case TextColumn:
        return tr("Note");
    }
    return {};
}
