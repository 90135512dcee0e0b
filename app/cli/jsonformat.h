#pragma once

#include "model/program.h"
#include "model/resource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

// The CLI's JSON shapes (documented in docs/cli.md). Scripts depend on
// these names; add fields, never rename them.
namespace rw::cli::JsonFormat {

QJsonValue nullable(const QString &text);
QJsonValue nullable(const std::optional<double> &value);
QJsonValue nullable(const std::optional<int> &value);
QJsonValue range(const Range &range);

QJsonObject trackSummary(const Track &track);
QJsonObject programSummary(const Program &program);
QJsonObject programDetails(const Program &program);
QJsonObject resource(const Resource &resource);

// Indented UTF-8 JSON with a trailing newline.
QByteArray toBytes(const QJsonValue &value);

} // namespace rw::cli::JsonFormat
