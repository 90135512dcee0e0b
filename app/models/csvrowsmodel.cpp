#include "models/csvrowsmodel.h"

#include "util/inerttext.h"

#include <QApplication>
#include <QStyle>

using namespace rw;

CsvRowsModel::CsvRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CsvRowsModel::setPlan(const CsvImportPlan &plan)
{
    beginResetModel();
    m_rows = plan.rows;
    m_problemOfLine.clear();
    for (const CsvProblem &problem : plan.problems) {
        if (problem.line > 1 && !m_problemOfLine.contains(problem.line))
            m_problemOfLine.insert(problem.line, problem.message);
    }
    endResetModel();
}

int CsvRowsModel::rowOfLine(int line) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).line == line)
            return int(r);
    }
    return -1;
}

int CsvRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CsvRowsModel::outcomeText(const CsvRowPlan &row)
{
    switch (row.outcome) {
    case CsvRowPlan::Outcome::MatchedByCode:
        return tr("Matched by NRMP code");
    case CsvRowPlan::Outcome::MatchedByNames:
        return tr("Matched by names");
    case CsvRowPlan::Outcome::NewTrack:
        return tr("New track of your own");
    case CsvRowPlan::Outcome::NewProgram:
        break;
    }
    return tr("New program of your own");
}

QVariant CsvRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CsvRowPlan &row = m_rows.at(index.row());
    const auto problem = m_problemOfLine.constFind(row.line);
    const bool hasProblem = problem != m_problemOfLine.cend();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case ProgramColumn:
            return InertText::visibleLine(row.program);
        case TrackColumn:
            return InertText::visibleLine(row.track);
        case CodeColumn:
            return row.nrmpCode;
        case RankColumn:
            return row.rank ? QVariant(*row.rank) : QVariant();
        case OutcomeColumn:
            if (hasProblem)
                return tr("Problem: %1").arg(*problem);
            return row.planned ? outcomeText(row) : QVariant();
        case HereColumn:
            if (!row.planned)
                return {};
            return row.remark.isEmpty() ? InertText::visibleLine(row.label)
                                        : tr("%1 (%2)").arg(InertText::visibleLine(row.label),
                                                            InertText::visibleLine(row.remark));
        }
    }
    if (role == Qt::ToolTipRole
        && (index.column() == OutcomeColumn || index.column() == HereColumn))
        return data(index, Qt::DisplayRole);
    if (role == Qt::DecorationRole && index.column() == OutcomeColumn && hasProblem)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::TextAlignmentRole
        && (index.column() == LineColumn || index.column() == RankColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CsvRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ProgramColumn:
        return tr("Program");
    case TrackColumn:
        return tr("Track");
    case CodeColumn:
        return tr("NRMP code");
    case RankColumn:
        return tr("Rank");
    case OutcomeColumn:
        return tr("What happens");
    case HereColumn:
        return tr("Here");
    }
    return {};
}
