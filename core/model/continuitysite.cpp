#include "model/continuitysite.h"

#include <QRegularExpression>

namespace rw {

QString siteLanguageKindId(SiteLanguage::Kind kind)
{
    return kind == SiteLanguage::Kind::Interpreter ? QStringLiteral("interpreter")
                                                   : QStringLiteral("staff");
}

std::optional<SiteLanguage::Kind> siteLanguageKindFromId(const QString &id)
{
    if (id == u"staff")
        return SiteLanguage::Kind::Staff;
    if (id == u"interpreter")
        return SiteLanguage::Kind::Interpreter;
    return std::nullopt;
}

QString siteServiceKindId(SiteService::Kind kind)
{
    switch (kind) {
    case SiteService::Kind::Subspecialty:
        return QStringLiteral("subspecialty");
    case SiteService::Kind::Program:
        return QStringLiteral("program");
    case SiteService::Kind::Service:
        break;
    }
    return QStringLiteral("service");
}

std::optional<SiteService::Kind> siteServiceKindFromId(const QString &id)
{
    if (id == u"subspecialty")
        return SiteService::Kind::Subspecialty;
    if (id == u"service")
        return SiteService::Kind::Service;
    if (id == u"program")
        return SiteService::Kind::Program;
    return std::nullopt;
}

std::optional<ResidentsPlaced> ResidentsPlaced::parse(const QString &text)
{
    // "60", "2-10" (any dash), "20+"; an empty text means unknown.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{1,4})\s*(?:([-\x{2013}\x{2014}])\s*(\d{1,4})|(\+))?\s*$)"));
    ResidentsPlaced placed;
    placed.text = text.trimmed();
    if (placed.text.isEmpty())
        return placed;
    const auto match = pattern.match(placed.text);
    if (!match.hasMatch())
        return std::nullopt;
    placed.min = match.captured(1).toInt();
    if (match.hasCaptured(3)) {
        placed.max = match.captured(3).toInt();
        if (*placed.max < *placed.min)
            return std::nullopt;
    } else if (!match.hasCaptured(4)) {
        placed.max = placed.min;
    }
    return placed;
}

} // namespace rw
