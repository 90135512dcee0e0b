#include "models/comparechoicesmodel.h"

using namespace rw;

CompareChoicesModel::CompareChoicesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void CompareChoicesModel::setPrograms(const QList<Program> &programs)
{
    beginResetModel();
    m_choices.clear();
    qsizetype count = programs.size();
    for (const Program &program : programs)
        count += program.tracks.size();
    m_choices.reserve(count);
    for (const Program &program : programs) {
        const int row = int(m_choices.size());
        m_choices.append({program.name, program.key, -1});
        for (const Track &track : program.tracks)
            m_choices.append({track.name, track.key, row});
    }
    endResetModel();
}

void CompareChoicesModel::clear()
{
    beginResetModel();
    m_choices.clear();
    endResetModel();
}

int CompareChoicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant CompareChoicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_choices.size())
        return {};
    const Choice &choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return choice.program < 0
            ? choice.name
            : m_choices.at(choice.program).name + QStringLiteral(" — ") + choice.name;
    case KeyRole:
        return choice.key;
    default:
        return {};
    }
}
