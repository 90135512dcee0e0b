#include "models/csvcolumnsmodel.h"

#include "util/inerttext.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

using namespace rw;

CsvColumnsModel::CsvColumnsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CsvColumnsModel::setPlan(const CsvImportPlan &plan)
{
    beginResetModel();
    m_columns = plan.columns;
    m_existingCriteria = QList<qint64>(m_columns.size(), 0);
    m_problem = QList<bool>(m_columns.size(), false);
    for (const CsvCriterionPlan &criterion : plan.criteria) {
        if (criterion.column < m_existingCriteria.size())
            m_existingCriteria[criterion.column] = criterion.existingId;
    }
    for (const CsvProblem &problem : plan.problems) {
        if (problem.line == 1 && problem.column > 0 && problem.column <= m_problem.size())
            m_problem[problem.column - 1] = true;
    }
    endResetModel();
}

int CsvColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int CsvColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return {};
    const CsvColumn &column = m_columns.at(index.row());
    const bool problem = m_problem.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NumberColumn:
            return column.index + 1;
        case HeaderColumn:
            return column.header.isEmpty() ? tr("(no header)")
                                           : InertText::visibleLine(column.header);
        case RoleColumn: {
            QString text = csvRoleDisplayName(column.role);
            if (column.role == CsvRole::Rating)
                text += m_existingCriteria.at(index.row()) ? tr(" (existing)") : tr(" (new)");
            return text;
        }
        case SamplesColumn: {
            QStringList samples;
            for (const QString &sample : column.samples)
                samples.append(InertText::visibleLine(sample));
            return samples.join(QStringLiteral(" · "));
        }
        case ReasonColumn:
            return problem ? tr("Problem: see the list below; %1").arg(column.reason)
                           : column.reason;
        }
    }
    if (role == Qt::EditRole && index.column() == RoleColumn)
        return int(column.role);
    if (role == Qt::DecorationRole && index.column() == ReasonColumn && problem)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == RoleColumn && column.chosen) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

bool CsvColumnsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_columns.size() || role != Qt::EditRole
        || index.column() != RoleColumn)
        return false;
    bool ok = false;
    const int id = value.toInt(&ok);
    if (!ok || !allCsvRoles().contains(CsvRole(id)))
        return false;
    // The dialog plans again and calls setPlan(); until then, show the choice.
    m_columns[index.row()].role = CsvRole(id);
    m_columns[index.row()].chosen = true;
    Q_EMIT dataChanged(index, index);
    Q_EMIT roleChosen(m_columns.at(index.row()).index, CsvRole(id));
    return true;
}

Qt::ItemFlags CsvColumnsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RoleColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CsvColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case HeaderColumn:
        return tr("Header");
    case RoleColumn:
        return tr("Imported as");
    case SamplesColumn:
        return tr("Examples");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}
