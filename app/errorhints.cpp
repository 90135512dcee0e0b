#include "errorhints.h"

QString ErrorHints::text(const rw::Error &error)
{
    switch (error.code) {
    case rw::Error::Code::NoRankLists:
        return error.message + u' ' + tr("Create one with “New list…” on the Rank List page.");
    case rw::Error::Code::None:
        break;
    }
    return error.message;
}
