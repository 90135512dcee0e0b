#pragma once

#include <QStringList>

// The databases opened lately, most recent first, kept in the settings (Settings::recentDatabases).
namespace RecentDatabases {

constexpr int kMaxEntries = 8;

QStringList list();
void add(const QString &path);
void remove(const QString &path);
void clear();

} // namespace RecentDatabases
