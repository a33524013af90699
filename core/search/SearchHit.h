#pragma once

#include <QString>

namespace lintas::search {

struct SearchHit {
    QString kind; // "client", "case" or "note"
    QString entityId;
    QString caseId; // the case a case/note hit belongs to
    QString clientId; // the client a client/case hit belongs to
    QString title;
    QString snippet; // matched text with [brackets] around hits
    double rank = 0;
};

} // namespace lintas::search
